"""Imaging studies named by DICOM UID, fetched from a DICOMweb server (a PACS) before the review starts.

A case may name a study by ``study_uid`` (and ``series_uid``) instead of, or besides, files. Before any
part of the review sees the case, :func:`fetch_studies` asks the PACS in the settings which instances the
study (or series) holds (QIDO-RS), fetches the ones not already cached (WADO-RS, streamed series by
series), and adds the cached files to the study's ``files``; from there on the study is read like any
other. Credentials come from the environment variable the settings name, never from the case.

A study that cannot be fetched (no PACS configured, not found, server down, too slow, refused
credentials, a server error, over the size cap) is reviewed without its images, and the reason is
stated on that study the way a refused file is (:class:`NotFetched`, a
:class:`~consilium.orchestration.case.confine.RefusedFile`): it names the study by its id and the kind of
problem, never a UID or the server's address, since it travels into the opinion that later prompts quote.

The cache keeps one folder per study (named by a hash of the server and the StudyInstanceUID) and one
file per instance (named by a hash of its SOPInstanceUID): nothing of the case names a file, and an
instance fetched once is not fetched again. Folders are 0700, files 0600.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consilium.orchestration.case.confine import RefusedFile
from consilium.orchestration.case.model import Case, ImagingStudy
from consilium.orchestration.errors import PartFailure
from consilium.orchestration.files import PRIVATE_FILE, PRIVATE_FOLDER, atomic_write, private_folder
from consilium.orchestration.settings import PacsSettings, Settings

log = logging.getLogger(__name__)

# DICOM JSON tags (PS3.18 F.2) in a QIDO-RS instance result.
SERIES_UID_TAG, SOP_UID_TAG, MODALITY_TAG = "0020000E", "00080018", "00080060"


@dataclass(frozen=True)
class NotFetched(RefusedFile):
    """A study named by UID whose images could not be fetched; ``path`` holds the UIDs (clinician, log)."""

    def __str__(self) -> str:
        return f"{self.where}: its images were not fetched from the PACS ({self.problem})"


class PacsError(PartFailure):
    """One study could not be fetched. The message is for the operator and the log; ``problem`` is the kind
    of failure without UIDs or addresses, which is what the opinion (and so a model) is told."""

    def __init__(self, message: str, *, problem: str):
        super().__init__(message)
        self.problem = problem


ClientFactory = Callable[[PacsSettings], Any]


@dataclass(frozen=True)
class FetchedStudy:
    files: list[Path]
    modality: str  # as the images state it
    note: str = ""  # what was chosen for the reader (prompt-safe: counts only)


def fetch_studies(case: Case, settings: Settings, *, client_factory: ClientFactory | None = None
                  ) -> tuple[Case, list[NotFetched], list[str]]:
    """``case`` with each study named by UID given its fetched files, a notice per study that was not
    fetched, and notes on what was chosen (one series of several), each naming its study by id.

    ``client_factory`` builds the DICOMweb client from the PACS settings (tests and other transports);
    by default :func:`dicomweb_client_for`."""
    if not any(s.study_uid for s in case.imaging):
        return case, [], []
    studies: list[ImagingStudy] = []
    missed: list[NotFetched] = []
    notes: list[str] = []
    client: Any = None
    for study in case.imaging:
        if not study.study_uid:
            studies.append(study)
            continue
        try:
            if settings.pacs is None:
                raise PacsError("no PACS is configured (settings: pacs.url)", problem="no PACS is configured")
            client = client or (client_factory or dicomweb_client_for)(settings.pacs)
            fetched = fetch_study(client, study.study_uid, study.series_uid, settings.pacs,
                                  study_folder(settings, study.study_uid))
        except Exception as exc:  # noqa: BLE001 - one study fails alone; the unexpected is logged in full
            uids = f"study {study.study_uid}" + (f" series {study.series_uid}" if study.series_uid else "")
            if isinstance(exc, PacsError):
                log.warning("case %s, imaging %s: PACS %s not fetched: %s", case.id, study.id, uids, exc)
                problem = exc.problem
            else:
                log.exception("case %s, imaging %s: PACS %s: unexpected failure", case.id, study.id, uids)
                problem = f"the study could not be fetched (an unexpected {type(exc).__name__}; see the log)"
            missed.append(NotFetched(f"imaging {study.id}", problem, uids))
            studies.append(study.model_copy(update={"modality": _stated(study.modality, "unknown modality")}))
            continue
        if fetched.note:
            notes.append(f"imaging {study.id}: {fetched.note}")
        studies.append(study.model_copy(update={"files": [*study.files, *fetched.files],
                                                "modality": _stated(study.modality, fetched.modality)}))
    return case.model_copy(update={"imaging": studies}), missed, notes


def _stated(modality: str, found: str) -> str:
    return found if modality.strip().lower() == "auto" else modality


def study_folder(settings: Settings, study_uid: str) -> Path:
    """The cache folder of one study: a hash of the server and the UID, nothing of the case's text."""
    assert settings.pacs is not None
    key = hashlib.sha256(f"{settings.pacs.url.rstrip('/')}\n{study_uid}".encode()).hexdigest()[:32]
    return settings.pacs_cache / key


def dicomweb_client_for(cfg: PacsSettings) -> Any:
    """A ``dicomweb-client`` client for the configured server, authenticated from ``cfg.auth_env``."""
    try:
        import requests
        from dicomweb_client.api import DICOMwebClient
    except ImportError as exc:
        raise PacsError(f"fetching studies from a PACS needs dicomweb-client ({exc}); install the 'imaging' extra",
                        problem="the PACS client is not installed") from None
    session = requests.Session()
    if cfg.auth_env:
        secret = os.environ.get(cfg.auth_env, "")
        if not secret:
            raise PacsError(f"the PACS credentials variable {cfg.auth_env} is not set",
                            problem="the PACS credentials are not set")
        user, colon, password = secret.partition(":")
        if colon:
            session.auth = (user, password)
        else:
            session.headers["Authorization"] = f"Bearer {secret}"
    client = DICOMwebClient(cfg.url.rstrip("/"), session=session, timeout=(cfg.timeout_s, cfg.timeout_s))
    # dicomweb-client retries 429/503/504 up to five times with exponential waits: a review should not
    # sit behind a struggling PACS for minutes, so one answer decides and the notice says which.
    client.set_http_retry_params(retry=False)
    return client


def fetch_study(client: Any, study_uid: str, series_uid: str | None, cfg: PacsSettings,
                folder: Path) -> FetchedStudy:
    """The cached files of the series' instances, fetching what is missing, and the modality they state.
    Without ``series_uid`` a study of several series gives the one with the most images (a scout or a
    dose report beside the volume would make the readers refuse the mixture), and the note says so.
    Raises :class:`PacsError` with the kind of problem."""
    deadline = time.monotonic() + cfg.max_fetch_s
    with _transport_errors(cfg):
        found = client.search_for_instances(study_instance_uid=study_uid, series_instance_uid=series_uid,
                                            get_remaining=True)
    wanted: dict[str, str] = {}  # SOPInstanceUID -> SeriesInstanceUID
    modalities: dict[str, str] = {}  # SeriesInstanceUID -> Modality
    for row in found or []:
        sop, series = _value(row, SOP_UID_TAG), _value(row, SERIES_UID_TAG)
        if sop and series:
            wanted[sop] = series
            modalities[series] = modalities.get(series) or _value(row, MODALITY_TAG)
    if not wanted:
        what = "series" if series_uid else "study"
        named = f"study {study_uid}" + (f" series {series_uid}" if series_uid else "")
        raise PacsError(f"{what} not found on {cfg.url}: {named}",
                        problem=f"the {what} was not found on the PACS")
    wanted, note = _one_series(wanted)
    if len(wanted) > cfg.max_instances:
        raise PacsError(f"study {study_uid}: {len(wanted)} instances, more than max_instances {cfg.max_instances}",
                        problem=f"more than {cfg.max_instances} images, the limit for one study")
    _private_folder(folder)
    paths = {sop: folder / f"{_hash(sop)}.dcm" for sop in wanted}
    total = sum(p.stat().st_size for p in paths.values() if p.exists())
    for series in dict.fromkeys(wanted.values()):
        if all(paths[sop].exists() for sop, s in wanted.items() if s == series):
            continue
        with _transport_errors(cfg):
            for instance in client.iter_series(study_uid, series):
                sop = str(getattr(instance, "SOPInstanceUID", ""))
                if sop not in paths or paths[sop].exists():
                    continue
                total += _write_private(paths[sop], instance)
                if total > cfg.max_study_bytes:
                    raise PacsError(f"study {study_uid}: over max_study_bytes {cfg.max_study_bytes}",
                                    problem=f"larger than the {_size(cfg.max_study_bytes)} limit per study")
                if time.monotonic() > deadline:
                    raise PacsError(f"study {study_uid}: not fetched within max_fetch_s {cfg.max_fetch_s:g}",
                                    problem=f"not fetched within {cfg.max_fetch_s:g} s")
    absent = [sop for sop, p in paths.items() if not p.exists()]
    if absent:
        raise PacsError(f"study {study_uid}: the PACS listed {len(absent)} instance(s) it did not send",
                        problem=f"the PACS did not send {len(absent)} of the {len(paths)} images it listed")
    return FetchedStudy([paths[sop] for sop in wanted], modalities[next(iter(wanted.values()))] or "unknown modality",
                        note)


def _one_series(wanted: dict[str, str]) -> tuple[dict[str, str], str]:
    counts: dict[str, int] = {}
    for series in wanted.values():
        counts[series] = counts.get(series, 0) + 1
    if len(counts) == 1:
        return wanted, ""
    chosen = max(counts, key=counts.__getitem__)  # the first listed among equals
    note = (f"the study has {len(counts)} series; the one with the most images ({counts[chosen]}) was read "
            "(name its series_uid to read another)")
    return {sop: s for sop, s in wanted.items() if s == chosen}, note


@contextmanager
def _transport_errors(cfg: PacsSettings) -> Iterator[None]:
    """Turn what ``requests`` (and decoding the answer) raise into a :class:`PacsError` naming the kind."""
    import requests

    try:
        yield
    except PacsError:
        raise
    except requests.Timeout as exc:
        raise PacsError(f"{cfg.url}: no answer within {cfg.timeout_s:g} s ({exc})",
                        problem=f"the PACS did not answer within {cfg.timeout_s:g} s") from None
    except requests.ConnectionError as exc:
        raise PacsError(f"{cfg.url}: cannot connect ({exc})", problem="the PACS could not be reached") from None
    except requests.HTTPError as exc:
        status = exc.response.status_code if exc.response is not None else 0
        if status in (401, 403):
            problem = "the PACS refused the credentials"
        elif status == 404:
            problem = "the study was not found on the PACS"
        else:
            problem = f"the PACS answered with an error (HTTP {status})"
        raise PacsError(f"{cfg.url}: {exc}", problem=problem) from None
    except (requests.RequestException, ValueError, OSError) as exc:
        # a malformed multipart answer, an undecodable instance, a full disk
        raise PacsError(f"{cfg.url}: {type(exc).__name__}: {exc}",
                        problem=f"the study could not be fetched ({type(exc).__name__})") from None


def _value(row: dict[str, Any], tag: str) -> str:
    values = (row.get(tag) or {}).get("Value") or []
    return str(values[0]) if values else ""


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _private_folder(folder: Path) -> None:
    private_folder(folder.parent)  # HOME/pacs: the user's own folder keeps its mode if it exists
    private_folder(folder)
    os.chmod(folder, PRIVATE_FOLDER)  # a study folder is ours alone, whatever made it before


def _write_private(path: Path, instance: Any) -> int:
    """Write one instance as a DICOM file readable by its owner only, atomically, so that a fetch cut short
    never leaves a half file the cache would take for a whole one. Returns its size."""
    from pydicom import dcmwrite

    buffer = io.BytesIO()
    dcmwrite(buffer, instance, enforce_file_format=True)
    data = buffer.getvalue()
    with atomic_write(path, binary=True, mode=PRIVATE_FILE) as out:
        out.write(data)
    return len(data)


def _size(n: int) -> str:
    return f"{n / 2**30:g} GiB" if n >= 2**30 else f"{n / 2**20:g} MiB" if n >= 2**20 else f"{n} bytes"
