"""A real PACS for the tests: Debian's Orthanc with its DICOMweb plugin on 127.0.0.1, holding pydicom's
CT and MR test images, behind a user and password (so that the credentials path runs too)."""

from __future__ import annotations

import base64
import copy
import io
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.uid import generate_uid

# Where Debian's orthanc-dicomweb puts the plugin (`dpkg -L orthanc-dicomweb`).
DICOMWEB_PLUGIN = Path("/usr/share/orthanc/plugins/libOrthancDicomWeb.so")
USER, PASSWORD = "consilium", "pacs-test-password"
TEST_FILES = ("CT_small.dcm", "MR_small.dcm")


@dataclass(frozen=True)
class Pacs:
    """A running Orthanc: its DICOMweb base URL, and the UIDs of what it holds, by pydicom file name."""

    url: str
    rest: str
    studies: dict[str, tuple[str, str, str]]  # file -> (StudyInstanceUID, SeriesInstanceUID, Modality)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(url: str, *, data: bytes | None = None, timeout: float = 5) -> bytes:
    token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    req = urllib.request.Request(url, data=data, headers={"Authorization": f"Basic {token}"},
                                 method="POST" if data is not None else "GET")
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.read()


def _orthanc_binary() -> str:
    found = shutil.which("Orthanc") or ("/usr/sbin/Orthanc" if Path("/usr/sbin/Orthanc").exists() else None)
    if found and DICOMWEB_PLUGIN.exists():
        return found
    why = "Orthanc or its DICOMweb plugin is not installed (apt-get install orthanc orthanc-dicomweb)"
    if os.environ.get("CI"):
        raise RuntimeError(why + "; scripts/test.sh installs them")  # in CI a missing PACS is a failure
    pytest.skip(why + "; scripts/test.sh installs them")


def _upload_two_series(rest: str) -> dict[str, tuple[str, str, str]]:
    """A study of two series made from CT_small: a one-image "scout" and a two-slice volume."""
    source = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    study, scout, volume = generate_uid(), generate_uid(), generate_uid()
    for series, z in [(scout, 0.0), (volume, 0.0), (volume, 5.0)]:
        ds = copy.deepcopy(source)
        ds.StudyInstanceUID, ds.SeriesInstanceUID = study, series
        ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
        ds.ImagePositionPatient = [*list(ds.ImagePositionPatient)[:2], z]
        buffer = io.BytesIO()
        ds.save_as(buffer, enforce_file_format=True)
        answer = json.loads(_request(f"{rest}/instances", data=buffer.getvalue()))
        assert answer.get("Status") == "Success", answer
    return {"two-series": (study, volume, "CT"), "two-series-scout": (study, scout, "CT")}


@pytest.fixture(scope="session")
def pacs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pacs]:
    binary = _orthanc_binary()
    root = tmp_path_factory.mktemp("orthanc")
    port = free_port()
    config = {
        "Name": "consilium-test-pacs", "StorageDirectory": str(root / "db"), "IndexDirectory": str(root / "db"),
        "HttpServerEnabled": True, "HttpPort": port, "RemoteAccessAllowed": False,
        "DicomServerEnabled": False, "AuthenticationEnabled": True, "RegisteredUsers": {USER: PASSWORD},
        "Plugins": [str(DICOMWEB_PLUGIN)], "DicomWeb": {"Enable": True, "Root": "/dicom-web/"},
    }
    (root / "orthanc.json").write_text(json.dumps(config))
    log = root / "orthanc.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([binary, str(root / "orthanc.json")], stdout=out, stderr=subprocess.STDOUT)
    rest = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if json.loads(_request(f"{rest}/system")).get("Version"):
                break
        except (OSError, ValueError):
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"Orthanc did not start; log:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.2)
    studies = {}
    for name in TEST_FILES:
        path = get_testdata_file(name)
        answer = json.loads(_request(f"{rest}/instances", data=Path(path).read_bytes()))
        assert answer.get("Status") in ("Success", "AlreadyStored"), answer
        ds = pydicom.dcmread(path, stop_before_pixels=True)
        studies[name] = (str(ds.StudyInstanceUID), str(ds.SeriesInstanceUID), str(ds.Modality))
    studies.update(_upload_two_series(rest))
    yield Pacs(url=f"{rest}/dicom-web", rest=rest, studies=studies)
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
