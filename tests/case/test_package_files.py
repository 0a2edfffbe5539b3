"""``pydicom:NAME`` references resolve to the file pydicom's own lookup names, without importing pydicom."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.fresh_python import last_line_of

pytest.importorskip("pydicom")

# the demo cases' references, one from pydicom-data's store, a pattern, and names nobody has
NAMES = ["RG1_UNCI.dcm", "CT_small.dcm", "MR_small.dcm", "MR-SIEMENS-DICOM-WithOverlays.dcm", "rtplan.dcm",
         "*.dcm", "no_such_file_anywhere.dcm"]


def test_the_same_file_as_pydicoms_lookup():
    from pydicom.data import get_testdata_file

    from consilium.orchestration.case.package_files import pydicom_test_file

    for name in NAMES:
        expected = get_testdata_file(name, download=False)
        found = pydicom_test_file(name) if expected else None  # a missing name may try a download: not here
        assert (str(found) if found else None) == expected, name


def test_a_changed_store_file_is_not_taken(tmp_path, monkeypatch):
    from consilium.orchestration.case import package_files

    store = tmp_path / "data_store"
    (store / "data").mkdir(parents=True)
    (store / "data" / "RG1_UNCI.dcm").write_bytes(b"not the radiograph")
    real = package_files._package_dir
    monkeypatch.setattr(package_files, "_package_dir", lambda name: store if name == "data_store" else real(name))
    assert package_files._installed_copy("RG1_UNCI.dcm") is None  # pydicom's hashes.json disagrees
    assert package_files._installed_copy("/etc/passwd") is None  # absolute: pydicom's function refuses it


def test_loading_the_demo_case_imports_no_pydicom():
    code = ("import sys\n"
            "from consilium.orchestration import demo_scenarios, load_case\n"
            "case = load_case(demo_scenarios() / 'demo_pneumonia_cxr.yaml')\n"
            "assert case.imaging[0].files and all(f.is_file() for s in case.imaging for f in s.files)\n"
            "print('pydicom' in sys.modules)\n")
    assert last_line_of(code) == "False"
