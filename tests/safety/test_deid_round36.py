"""Session 51's changes after HELD-OUT 51's blind measurement (written here in other words than the notes'): Latvian,
Icelandic and Basque dates, two dotted dates joined by a hyphen, the Eid feasts as East Africa spells them; a town
after a distance and a point of the compass, after a street of generic words, a First Nation; a casualty's triage tag,
the ZIP codes of the US territories, a state licence's dotted number; Finnish, Basque and Icelandic hospitals after
their name; Tajik and Sorani Kurdish labels and address lines; a facility named after a person whose name is an
eponym; and the clinical strings that were taken: a questionnaire's score out of its total, a one-word statute with
its year, treaties by their city (and their years for a patient over 89), a class written in another language after a
city, patch-test chambers, lipid and foetal-alcohol criteria, an office after an addressee's label, the words of an
airport after a given name."""

from __future__ import annotations

import pytest

from tests.deid_snippets import contains, gone_and_kept


@pytest.mark.parametrize("text, gone, kept", [
    ("Izmeklēts 2024. gada 17. oktobrī; kontrole 5. martā.", ["2024. gada 17. oktobrī", "5. martā"], []),
    ("Innlögn 3. febrúar 2025, útskrift 11. júlí.", ["3. febrúar 2025", "11. júlí"], []),
    ("Ebakuntza 2024ko ekainaren 12an; kontrola 2025eko urtarrilaren 9a.", ["2024ko ekainaren 12an",
                                                                           "2025eko urtarrilaren 9a"], []),
    ("Sairausloma 3.2.2025-17.3.2025 ja 1.4.2025.", ["3.2.2025", "17.3.2025", "1.4.2025"], []),
    ("Review booked after Idd el Hajj? No: after Id ul Fitr, then Eid al-Adha.", ["Id ul Fitr", "Eid al-Adha"], []),
    # a count after a date with a hyphen, a dose range, a Latvian year of a dose
    ("Dose 12-05-2025-3 units; 2 mg-4 mg; 2025. gada budžets", [], ["2 mg-4 mg", "gada budžets"]),
])
def test_dates_of_latvian_icelandic_basque_and_finnish_notes_and_east_african_feasts(
        text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)


@pytest.mark.parametrize("text, gone, kept", [
    ("The crash was 4 miles east of Wibaux on the interstate.", ["Wibaux"], []),
    ("Camp about 30 km NW of Tennant Creek.", ["Tennant Creek"], []),
    ("Runs a bakery on Church Street, Kilrush.", ["Kilrush"], []),
    ("Member of the Attawapiskat First Nation.", ["Attawapiskat First Nation"], []),
    ("Tag 1207-334 | YELLOW; later tag 1207-334 to theatre.", ["1207-334"], []),
    ("Ship to Christiansted, VI 00820; clinic in Hagatna, GU 96910.", ["00820", "96910"], []),
    ("Jane Roe, MD | NPI 1234567893 | IL 036.1187224", ["036.1187224"], []),
    ("Lähete: Lapin keskussairaala; Oulun hyvinvointialue.", ["Lapin keskussairaala", "Oulun hyvinvointialue"], []),
    ("Bidalita: Zumarraga Ospitalea.", ["Zumarraga Ospitalea"], []),
    ("Seen by the psychiatrist of the Charcot Mental Health Care Centre today.", ["Charcot Mental Health Care Centre"], []),
])
def test_places_numbers_and_facilities(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)


@pytest.mark.parametrize("text, gone, kept", [
    ("Ном: Раҳимова Нилуфар\nПадар: Раҳимов Ҷамшед Алиевич - ронанда\nСуроға: ноҳияи Шаҳритус, деҳаи Обшорон, "
     "кӯчаи Айнӣ, хонаи 5", ["Раҳимова Нилуфар", "Раҳимов Ҷамшед", "ноҳияи Шаҳритус", "кӯчаи Айнӣ, хонаи 5"], []),
    ("ناوی نەخۆش: شیلان عومەر\nناونیشان: سلێمانی، گەڕەکی سەرچنار، کۆڵانی ٤", ["شیلان عومەر", "گەڕەکی سەرچنار"], []),
    # a parent's or a patient's label holding their health, not a name
    ("Бемор: Ҳолаташ қаноатбахш, ҳушёр.\nباوک: نەخۆشی شەکرە هەیە", [], ["Ҳолаташ қаноатбахш", "نەخۆشی شەکرە"]),
])
def test_tajik_and_sorani_kurdish_labels(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)


@pytest.mark.parametrize("text, gone, kept", [
    ("PHQ-9 at this visit 6/27; GAD-7 today 5/21.", [], ["PHQ-9 at this visit 6/27", "GAD-7 today 5/21"]),
    ("Holds a certificate under the Firearms Act 1968; Children Act 1989 applies.", [],
     ["Firearms Act 1968", "Children Act 1989"]),
    ("Aged 92. Body moved under the Strasbourg Agreement 1973 and the Agreement of Berlin 1937; "
     "widowed 1990.", ["1990"], ["Strasbourg Agreement 1973", "Agreement of Berlin 1937"]),
    ("Aged 94. Certified under the International Health Regulations (2005); Hoyme-kriteria 2016.", [],
     ["International Health Regulations (2005)", "Hoyme-kriteria 2016"]),
    ("Citologija: Bethesda kategorija IV (FN).", [], ["Bethesda kategorija IV"]),
    ("Patch test with Finn Chambers on Scanpor; Simon Broome-kriterier and Dutch Lipid Clinic Network 9; the Morges "
     "strategy.", [],
     ["Finn Chambers", "Simon Broome", "Dutch Lipid Clinic Network", "Morges strategy"]),
    ("To: Vehicle Licensing Office, Swansea\nRe: fitness to drive", [], ["Vehicle Licensing Office"]),
    # a son named like the chambers, a doctor named like the criteria
    ("Her son Finn Chambers attends; referred by Simon Broome, GP.", ["Finn Chambers", "Simon Broome"], []),
    # a given name's airport: its name goes, "International" is no name elsewhere
    ("Flew from Queen Beatrix International Airport. Notifiable under the International Health Regulations.",
     ["Beatrix"], ["International Health Regulations"]),
])
def test_clinical_strings_the_rules_took(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)
