"""``pydicom:NAME`` references, found without importing pydicom when the file is installed.

``pydicom.data.get_testdata_file`` imports all of pydicom (about a second on 2 busy cores, a tenth of
a warm review's time to its first model call) to look in two folders. The same two folders are
searched here the same way first: pydicom's own ``data/test_files`` (recursively, first match), then
the pydicom-data package's ``data`` folder, whose file counts only if its sha256 is the one pydicom's
``hashes.json`` lists (pydicom's own check). Anything else (another data source, a download, a
name that is an absolute path, which pydicom refuses) goes to pydicom's function as before.
"""

from __future__ import annotations

import json
import os
from importlib.util import find_spec
from pathlib import Path

from consilium.orchestration.digest import sha256_file


def _package_dir(name: str) -> Path | None:
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))



def _installed_copy(name: str) -> Path | None:
    pydicom_dir = _package_dir("pydicom")
    if pydicom_dir is None or os.path.isabs(name):
        return None
    local = next((pydicom_dir / "data" / "test_files").rglob(name), None)
    if local is not None:
        return local
    store = _package_dir("data_store")  # the pydicom-data distribution
    hashes_file = pydicom_dir / "data" / "hashes.json"
    if store is None or not hashes_file.is_file():
        return None
    found = next((store / "data").glob(name), None)
    if found is None:
        return None
    hashes = {k.lower(): v for k, v in json.loads(hashes_file.read_text(encoding="utf-8")).items()}
    return found if hashes.get(found.name.lower()) == sha256_file(found) else None


def pydicom_test_file(name: str) -> Path | None:
    """The installed file ``pydicom.data.get_testdata_file(name)`` names, or ``None``."""
    if (found := _installed_copy(name)) is not None:
        return found
    from pydicom.data import get_testdata_file

    path = get_testdata_file(name)
    return Path(path) if path else None
