"""Session 30's rules (the rules alone, without the learned reader): a table's cells read by their column
(orchestration/privacy/tables.py), a surname in capitals opening a list entry, a clinician's registration number closing
a sign-off field, Chinese titles and relatives in traditional characters, Greek names in capitals after a form's label.
Each with what must stay."""

from __future__ import annotations

import pytest

from consilium.orchestration.privacy import learned
from consilium.orchestration.privacy.deid import Deidentifier
from consilium.orchestration.privacy.tables import header_kind, table_spans
from tests.deid_snippets import rules_unlearned as _rules


LINE_LIST = (
    "# | Name | Age/Sex | Village | Mobile | Admitted | Dehydration | Treatment\n"
    "1 | Amani Wekesa | 34/M | Kisumu Ndogo | 0712 448 190 | 23/01 | severe (Plan C) | Ringer's lactate 100 mL/kg\n"
    "2 | Zawadi Otieno | 27/F | Mbaka Oromo | 0733 902 114 | 23/01 | some (Plan B) | ORS 75 mL/kg\n"
    "3 | KIPRONO Alinafe | 61/F | Nyalenda | none | 24/01 | severe, shock | RL via 2 lines; Foley catheter\n")


def test_a_line_lists_columns_are_read_by_their_header():
    out = _rules(LINE_LIST)
    for identifier in ("Kisumu Ndogo", "Mbaka Oromo", "Nyalenda", "0712 448 190", "0733 902 114", "KIPRONO", "Alinafe",
                       "Wekesa", "Otieno"):
        assert identifier not in out, out
    # the clinical columns stay as they were, and so does an empty cell
    for kept in ("severe (Plan C)", "some (Plan B)", "Ringer's lactate 100 mL/kg", "ORS 75 mL/kg", "severe, shock",
                 "Foley catheter", "| none |", "34/M", "Dehydration"):
        assert kept in out, (kept, out)


def test_a_column_with_no_header_is_read_by_what_the_rules_found_in_most_of_its_cells():
    text = ("1 | Mrs Achieng Were | 34/F | Kisumu | stable\n"
            "2 | Mr Otieno Ouma | 51/M | Nakuru | stable\n"
            "3 | Mrs Nyokabi Kamau | 44/F | Githurai Kimbo | improving\n")
    with learned.using(None):
        d = Deidentifier()
        spans = d.find(text)
    assert any(s.rule == "table_column" and text[s.start:s.end] == "Githurai Kimbo" for s in spans), spans
    out = _rules(text)
    assert "improving" in out and "Mrs [NAME" in out and "Mr [NAME" in out  # the titles stay as they were


def test_a_name_cell_keeps_a_genotype_or_a_test_written_in_it():
    text = ("No | Name | Age/Sex | Town | Review\n"
            "1 | FUSEINI Wunpini (twin of Nasiha, also HbSS) | 6/F | Savelugu | HbSS. Hb 7.4 g/dL\n"
            "2 | ABUKARI Sumaila | 11/M | Kumbungu | HbSC. HbA1c not done\n")
    out = _rules(text)
    assert "HbSS" in out and "HbSC" in out and "HbA1c" in out
    assert "FUSEINI" not in out and "Savelugu" not in out and "Kumbungu" not in out


@pytest.mark.parametrize(("cell", "kind"), [("Name", "NAME"), ("Patient name", "NAME"), ("Village / quartier", "LOCATION"),
                                            ("Mobile no.", "PHONE"), ("NRC", "ID"), ("Hosp. no.", "ID"), ("DOB", None),
                                            ("Case ID", "ID"), ("Drug name", None), ("Ward", None), ("Test", None),
                                            ("Dose", None), ("Fluid", None), ("Paid", None)])
def test_header_cells_name_the_kind_of_their_column(cell, kind):
    assert header_kind(cell) == kind


def test_a_table_cell_already_found_or_protected_is_not_taken_again():
    text = "Name | Age | Town\nAmani Wekesa | 34 | Kisumu\nZawadi Otieno | 27 | Nakuru\n"
    found = [(18, 30, "NAME")]
    spans = table_spans(text, found, [(text.index("Kisumu"), text.index("Kisumu") + 6)])
    assert all(not (s < 30 and 18 < e) for s, e, _ in spans)
    assert all(text[s:e] != "Kisumu" for s, e, _ in spans)
    assert (text.index("Nakuru"), text.index("Nakuru") + 6, "LOCATION") in spans


def test_a_surname_in_capitals_opening_a_list_entry_goes_with_the_given_name():
    out = _rules("Chair 2 - DEIYE, Evodia, 44 F, new start.\n1. NONA-WAIA, Tahlia, 14 F, Saibai Island.\n"
                 "4. WARE, Kaiyu, 8 M.")
    for surname in ("DEIYE", "NONA-WAIA", "WARE"):
        assert surname not in out, out


def test_an_acronym_before_a_name_is_no_surname():
    out = _rules("GP Sarah Jones saw her. (CT, John Evans 45M) ICU Mark Smith.")
    assert "GP " in out and "(CT, " in out and "ICU " in out


@pytest.mark.parametrize(("line", "number"), [
    ("Ιατρός: Ιουλία Χατζηδιαμαντή-Κουτσκουδή | ΑΜ ΙΣ Λέσβου 2286", "2286"),
    ("Signed: Dra. Karla Ivonne Cárcamo Mejía | Colegio Médico de Honduras n.º 14827", "14827"),
    ("Recorded by: Dr Rosemary Teannaki-Uriam, MO | KMDC reg. 117 | rt@health.example.org", "117"),
    ("Assessing nurse: Yvette Marchand-Sheldon, RN | YRNA 2741 | visit booked", "2741"),
    ("Dr Chipo Nkandu-Sichone (Chair, HPCZ 30518)", "30518"),
])
def test_a_registration_number_closing_a_sign_off_field_is_taken(line, number):
    assert number not in _rules(line)


def test_a_patients_results_in_a_line_with_their_name_stay():
    out = _rules("Patient: John Smith | CRP 112 | MCHC 330 | NTPROBNP 4500 | PEFR 350")
    for kept in ("CRP 112", "MCHC 330", "NTPROBNP 4500", "PEFR 350"):
        assert kept in out, out


def test_chinese_titles_and_relatives_in_traditional_characters():
    out = _rules("會診意見（感染科 林怡廷醫師）。聯絡人：妻\u3000周美玲\u30000912345678\n長子黃國雄已移民。")
    for name in ("林怡廷", "周美玲", "黃國雄"):
        assert name not in out, out
    # a facility before its head, and husband-and-wife as one word, are no names
    assert "衛生所主任" in _rules("衛生所主任：鍾宜蓁醫師")
    assert "夫妻关系良好" in _rules("夫妻关系良好，王医生查房")


def test_greek_names_in_capitals_after_a_forms_labels():
    text = "Επώνυμο: ΚΑΡΑΝΙΚΟΛΑΣ | Όνομα: ΘΕΟΦΑΝΗΣ | Πατρώνυμο: ΛΑΖΑΡΟΣ | Μητρώνυμο: ΣΟΦΙΑ"
    out = _rules(text)
    for name in ("ΚΑΡΑΝΙΚΟΛΑΣ", "ΘΕΟΦΑΝΗΣ", "ΛΑΖΑΡΟΣ", "ΣΟΦΙΑ"):
        assert name not in out, out
    # the label "Πατρώνυμο" (patronymic) is no form of Patras; Patras still is a town
    assert "Πατρώνυμο" in out
    assert "Πάτρα" not in _rules("Μένει στην Πάτρα με την κόρη της.")
    # a specialty in capitals after the doctor's label stays
    assert "ΠΑΘΟΛΟΓΟΣ" in _rules("Ιατρός: ΠΑΘΟΛΟΓΟΣ")


def test_a_date_column_is_left_to_the_date_rules_and_an_answers_table_of_shifted_dates_is_no_finding():
    from consilium.orchestration.privacy.deid import scan_output

    deid = Deidentifier(seed="t")
    note = ("# | Name | Onset | Admitted | Outcome\n1 | Amani Wekesa | 19/08/2025 | 20/08/2025 | discharged\n"
            "2 | Zawadi Otieno | 20/08/2025 | 21/08/2025 | in CTC\n")
    out = deid.deidentify(note)
    assert "[DATE_" not in out and "19/08/2025" not in out  # shifted by the date rules, not replaced
    answer = "| Date | Event | Ward |\n| 12/03/2025 | admitted | HDU |\n| 14/03/2025 | discharged | Ward 4 |\n"
    assert not [f for f in scan_output(answer, deid) if f.kind == "DATE"]
