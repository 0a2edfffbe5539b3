"""The ``pacs`` settings section and the UIDs a case names a study by (no PACS needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilium.orchestration import load_case, load_settings
from consilium.orchestration.case.io import CaseFormatError
from consilium.orchestration.settings import SettingsError


def test_the_pacs_section_of_a_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text(f"home: {tmp_path / 'home'}\n"
                    "pacs: {url: 'https://pacs.example.org/dicom-web', auth_env: HOSPITAL_PACS, timeout_s: 10}\n")
    settings = load_settings(path)
    assert settings.pacs is not None and settings.pacs.auth_env == "HOSPITAL_PACS"
    assert settings.pacs.timeout_s == 10 and settings.pacs_cache == tmp_path / "home" / "pacs"
    assert load_settings(None, home=tmp_path).pacs is None  # off unless configured


@pytest.mark.parametrize("section, field", [
    ("{url: 'pacs.example.org'}", "pacs.url"),  # not an http(s) URL
    ("{url: 'http://pacs', auth_env: 'user:secret'}", "pacs.auth_env"),  # a secret where its variable's name goes
    ("{url: 'http://pacs', password: 'secret'}", "pacs.password"),  # no field for a secret
    ("{url: 'http://pacs', timeout_s: 0}", "pacs.timeout_s"),
])
def test_a_bad_pacs_section_names_its_field(tmp_path: Path, section: str, field: str) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text(f"pacs: {section}\n")
    with pytest.raises(SettingsError, match=f"field '{field}'"):
        load_settings(path)


def test_a_case_file_names_a_study_by_uid(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text("id: c1\npresenting_complaint: Cough\nimaging:\n"
                    "  - {id: ct1, modality: auto, study_uid: 1.2.840.10008.1, series_uid: 1.2.840.10008.1.2}\n")
    (study,) = load_case(path).imaging
    assert (study.study_uid, study.series_uid, study.files) == ("1.2.840.10008.1", "1.2.840.10008.1.2", [])


@pytest.mark.parametrize("study, message", [
    ("{id: ct1, modality: CT, study_uid: '1.2.840.abc'}", "not a DICOM UID"),
    ("{id: ct1, modality: CT, study_uid: '1.2..3'}", "not a DICOM UID"),
    ("{id: ct1, modality: CT, study_uid: '" + "1." * 32 + "1'}", "not a DICOM UID"),  # 65 characters
    ("{id: ct1, modality: CT, series_uid: '1.2.3'}", "series_uid needs the study_uid"),
])
def test_a_bad_uid_is_refused_with_its_place(tmp_path: Path, study: str, message: str) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(f"id: c1\npresenting_complaint: Cough\nimaging:\n  - {study}\n")
    with pytest.raises(CaseFormatError, match=message) as err:
        load_case(path)
    assert "imaging" in str(err.value) and "case.yaml" in str(err.value)
