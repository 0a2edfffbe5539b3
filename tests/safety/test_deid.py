"""De-identification: leaks must be zero on the synthetic corpus, clinical content must survive."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from consilium.orchestration.case.model import Case, Demographics, Expected, ImagingStudy, LabResult
from consilium.orchestration.privacy import learned
from consilium.orchestration.privacy.deid import AGE_TEXT, Deidentifier, deidentify_case, scan_output
from consilium.orchestration.privacy.dates import find_dates
from consilium.orchestration.privacy.corpora import deid_corpus as corpus
from consilium.orchestration.privacy.evaluate import _lost, evaluate, leaked_parts

# Measured on the default corpus (240 records, seed 20261123): 0 of 3,707 protected strings lost, and
# 0 on seeds 1-10. The bound leaves room for a few losses without letting real regressions through.
MAX_OVER_REDACTION_PCT = 1.0


@pytest.fixture(scope="module")
def records():
    return corpus.build_corpus()


@pytest.fixture(scope="module")
def report(records):
    # the learned reader's probe tenths from the context file (privacy/learned.py), as the floors tests read them
    with learned.using_cached_context():
        return evaluate(records)


# --- corpus-level figures ------------------------------------------------------------------------
def test_corpus_is_large_deterministic_and_covers_every_kind(records):
    assert len(records) >= 200
    assert [r.text for r in corpus.build_corpus(5)] == [r.text for r in records[:5]]
    kinds = {p.kind for r in records for p in r.identifiers}
    assert kinds == {"NAME", "MRN", "PHONE", "EMAIL", "URL", "ADDRESS", "POSTCODE", "ID", "DATE", "AGE"}
    formats = {p.fmt for r in records for p in r.identifiers if p.kind == "DATE"}
    assert len(formats) >= 12


def test_leak_check_is_not_vacuous(records):
    """Every planted identifier counts as leaked in the raw text, so a zero below means something."""
    for rec in records[:40]:
        assert all(leaked_parts(p, rec.text) for p in rec.identifiers), rec.id
    naive = re.sub(r"\b[A-Z][a-z]+\b", "[X]", records[0].text)  # a redactor that hits every capital
    assert _lost(records[0].protected, records[0].text, naive)


def test_no_identifier_survives(report):
    assert report.leaked == 0, report.examples["leaks"][:10]
    assert report.case_leaked == 0, report.examples["case_leaks"][:10]


def test_over_redaction_is_bounded(report):
    assert report.protected > 3000
    assert report.over_redaction_pct <= MAX_OVER_REDACTION_PCT, report.examples["lost"][:10]
    assert report.case_over_redaction_pct <= MAX_OVER_REDACTION_PCT
    assert report.held_out_lost <= 0.01 * report.held_out


def test_dates_shift_round_trip_and_scan(report):
    assert report.round_trip_ok == report.records
    # The misses are month-first records whose dates are all ambiguous (04/07/2022), read day-first.
    assert report.dates_shifted_exactly >= 0.95 * report.dates
    assert report.scan_findings_after_deid == 0, report.examples["scan_fp"][:10]
    assert report.scan_recall[0] >= 0.9 * report.scan_recall[1]


# --- unit behaviour ------------------------------------------------------------------------------
def test_placeholders_are_stable_and_mapping_stays_local():
    d = Deidentifier(seed="a")
    one = d.deidentify("Seen by Dr Oluwaseun Adeyemi. Tel: 0113 496 0000.")
    two = d.deidentify("Dr Oluwaseun Adeyemi called back on 0113 496 0000.")
    assert one == "Seen by Dr [NAME_1]. Tel: [PHONE_1]."
    assert "[NAME_1]" in two and "[PHONE_1]" in two
    assert d.reidentify("[NAME_1] / [PHONE_1]") == "Oluwaseun Adeyemi / 0113 496 0000"
    assert sorted(d.originals()) == [("NAME", "Oluwaseun Adeyemi"), ("PHONE", "0113 496 0000")]


def test_date_offset_is_seeded_nonzero_and_keeps_intervals():
    assert Deidentifier(seed="case-1").shift_days == Deidentifier(seed="case-1").shift_days
    assert len({Deidentifier(seed=f"case-{i}").shift_days for i in range(20)}) > 10
    d = Deidentifier(seed="x")
    assert 30 <= abs(d.shift_days) <= 365
    out = d.deidentify("Admitted 2024-03-05, discharged 15 March 2024, clinic on March 29, 2024.")
    shifted = [m.value for m in find_dates(out)]
    assert shifted[0] != date(2024, 3, 5)
    assert [(b - shifted[0]).days for b in shifted] == [0, 10, 24]


def test_the_screen_before_the_date_patterns_lets_every_date_through(records, monkeypatch):
    """find_dates skips its patterns when a text holds nothing any of them needs; it must skip no text that
    holds a date: the same dates with the screen as without it, on corpus and note sentences and near misses."""
    from consilium.orchestration.privacy import dates
    from consilium.orchestration.privacy.evaluate import NOTE_SETS

    texts = [r.text for r in records] + [r.text for name in ("dev", "heldout2", "heldout3") for r in NOTE_SETS[name]()]
    pieces = [p for t in texts for p in re.split(r"(?<=[.;\n])\s+", t) if p]
    pieces += ["score 3.5, CRP 120 mg/L", "Decreased air entry", "May need 2 units", "seen 3/2024", "MAR 5 24",
               "on 12.3.24", "1/2/3", "Sept 9th", "NOV 2023", "2024.1.5 and 7-8-09", "Admitted 17/3", "power 4/5",
               "kontrola 14. 10. 2025", "Hb 12. 5 g/dl"]
    screened = [[(d.start, d.end, d.text) for df in (True, False) for d in find_dates(p, day_first=df)] for p in pieces]
    monkeypatch.setattr(dates, "_MAY_HOLD_DATE", re.compile(""))  # matches every text: no screen
    unscreened = [[(d.start, d.end, d.text) for df in (True, False) for d in find_dates(p, day_first=df)] for p in pieces]
    assert sum(map(bool, unscreened)) > 500  # the check holds dates, not only prose
    assert [p for p, a, b in zip(pieces, screened, unscreened) if a != b] == []


def test_every_date_pattern_match_holds_what_the_screen_says_it_needs(records):
    """Each pattern's entry in the screen (``dates._NEEDS``) occurs inside each of its matches."""
    from consilium.orchestration.privacy import dates
    from consilium.orchestration.privacy.evaluate import NOTE_SETS

    texts = [r.text for r in records] + [r.text for name in ("dev", "heldout2", "heldout3") for r in NOTE_SETS[name]()]
    texts += ["Admitted 17/3", "seen 3/2024", "Tuesday 5 March 2024", "2024.1.5", "7-8-09", "MAR 5 24", "NOV 2023",
              "nar. 3. 4. 1950"]
    matched = dict.fromkeys(dates._NEEDS, 0)
    for kind, pattern in dates.PATTERNS:
        need = re.compile(dates._NEEDS[kind])
        for text in texts:
            for m in pattern.finditer(text):
                matched[kind] += 1
                assert need.search(text, m.start(), m.end()), (kind, m.group())
    assert all(matched.values()), matched  # every pattern was exercised


@pytest.mark.parametrize("text", ["2024-03-05", "05/03/2024", "5 March 2024", "March 5, 2024", "5th Mar 2024",
                                  "05-MAR-2024", "Tuesday 5 March 2024", "the 5th of March, 2024", "5 Mar '24"])
def test_many_date_formats_shift_in_their_own_format(text):
    d = Deidentifier(shift_days=31, day_first=True)
    out = d.deidentify(f"Seen on {text}.")
    assert text not in out
    [m] = find_dates(out)
    assert m.value == date(2024, 4, 5)
    if "Tuesday" in text:
        assert out.startswith("Seen on Friday")  # the weekday is recomputed
    assert d.reidentify(out) == f"Seen on {text}."


def test_ages_over_89_are_generalised_and_others_kept():
    d = Deidentifier(seed=1)
    assert d.deidentify("A 92-year-old woman") == "A 90-or-older-year-old woman"
    assert d.deidentify("Patient aged 95, mother 97 yo") == f"Patient aged {AGE_TEXT}, mother {AGE_TEXT} yo"
    assert d.deidentify("An 89-year-old man, Hb 92 g/L, 120 mg") == "An 89-year-old man, Hb 92 g/L, 120 mg"


@pytest.mark.parametrize("text", [
    "Graves disease, Parkinson's disease and Crohn's disease; Murphy's sign negative.",
    "Sister Mary Joseph nodule; Austin Flint murmur; circle of Willis; pouch of Douglas; bundle of His.",
    "Charles Bonnet syndrome and Thomas splint; Denis Browne splint; Stevens-Johnson syndrome.",
    "Metformin 500 mg BD, Lasix 40 mg, Eliquis 5 mg; K+ 6.1 mmol/L, Na 128 mEq/L, glucose 450 mg/dL.",
    "Viral load 1200000 copies/mL, platelets 250,000/mm3, WBC 15600/mm3, CA 125 350 U/mL.",
    "Seen by Cardiology. Discussed with Microbiology. Patient Presents With Shortness Of Breath.",
    "ECG: ST elevation in II, III, aVF. L4/L5 disc. BP 180/110. Titre 1/1280. GCS 15/15. 14:30.",
    "Lives with his wife. Mother had breast cancer at 52. Will review tomorrow. Mark the site.",
    "Phoned at 1430 hrs; rang on 3 occasions; called at 10:30, BP 120/80.",
    "Size No. 8 tube; #NOF on the left; No. 2 catheter; #1 priority is analgesia; C#4 rib.",
    "Route of administration: oral; route 2 failed. Intensivist and hospitalist aware.",
    "He ran out of Entresto last week and has run out of Lasix too.",
    "Pressure areas intact, Braden 13; Waterlow 15. Epworth 17, Alvarado 8, Killip II, Barthel 45/100.",
])
def test_clinical_text_is_left_alone(text):
    assert Deidentifier(seed=1).deidentify(text) == text


@pytest.mark.parametrize("text, hidden", [
    ("Patient: O'NEILL, Emeka", ["NEILL", "Emeka"]),
    ("Ms Ngozi van der Berg was reviewed. van der Berg tolerated it.", ["Ngozi", "Berg"]),
    ("Kind regards,\nSiobhan Thistlethwaite\nConsultant", ["Siobhan", "Thistlethwaite"]),
    ("Electronically signed by: Tadeusz Kowalski, MD", ["Tadeusz", "Kowalski"]),
    ("This 88-year-old woman (Brigid Haddad) was admitted", ["Brigid", "Haddad"]),
    ("Xiaoling Okafor is a 74-yr-old woman", ["Xiaoling", "Okafor"]),
    ("his wife, Mei Lindqvist, visits daily", ["Mei", "Lindqvist"]),
    ("Email j.smith+clinic@example.co.uk or see www.smithfamily.com/blog", ["smith"]),
    ("Tel +44 (0)20 7946 0958, fax (555) 555-0123 ext. 44, mobile 07700 900123", ["7946", "0123", "900123"]),
    ("SSN 123-45-6789; NHS no 943 476 5919; MRN#4567123; Hosp no. K123456", ["6789", "5919", "4567123", "K123456"]),
    ("Lives at 4567 N. Oak Ave., Apt 5B, Springfield, IL 62704-1234", ["Oak", "Springfield", "62704"]),
    ("Flat 3, 12 St John's Road, Leeds LS1 4AP; postcode M14 5RB", ["John", "Leeds", "LS1", "5RB"]),
    ("Jane's husband Rob picked her up.", ["Jane", "Rob"]),
    # a number one calls someone on, a few words after the verb (seventh round)
    ("Will ring daughter on 555 0142 tomorrow; wife can be reached at 555-0199.", ["0142", "0199"]),
    # a town of several everyday words (seventh round: the town list keeps them)
    ("Usually shops in Red Deer on Saturdays; transferred from Mount Gambier.", ["Deer", "Gambier"]),
    # numbers after "#", "No." and more labels; codes written with hyphens or a closing # (seventh round)
    ("Security officer, badge 5512; tribal citizen #60231; MLR No. 311/25; folder KRH 5120-11.", ["5512", "60231", "311/25", "5120"]),
    ("Key safe left of the porch, code 2-7-0-5; keypad 8830# at the side gate. Nursing licence 6620.", ["2-7-0-5", "8830", "6620"]),
    # numbered roads; day services, dialysis units, elementary schools and cooperatives after their own name
    ("Breakdown on Hwy 412, lives at 2210 W Hwy 9 N.", ["412", "2210"]),
    ("Stock comes via Kilmurvey most weeks.", ["Kilmurvey"]),
    ("Veteran: HALVORSEN, TRYGVE\nClient: Dubrowski, Anka", ["HALVORSEN", "TRYGVE", "Dubrowski"]),
    ("Attends Ferncliffe Day Centre; dialysis at Red Willow Dialysis; son at Cedar Flats Elementary.",
     ["Ferncliffe", "Willow", "Cedar"]),
    # a nursing or community role written as capitals before a name (session 22)
    ("HV Morwenna Tregear visited. TVN Siân Penhaligon reviewed the sacrum.", ["Morwenna", "Tregear", "Siân", "Penhaligon"]),
])
def test_identifiers_in_many_formats_are_removed(text, hidden):
    out = Deidentifier(seed=1).deidentify(text)
    for part in hidden:
        assert part not in out, out


def test_reidentify_restores_placeholders_and_unshifts_reformatted_dates():
    d = Deidentifier(shift_days=40, day_first=True)
    out = d.deidentify("Mr John Smith was admitted on 5 March 2024.")
    assert out == "Mr [NAME_1] was admitted on 14 April 2024."
    answer = "Mr NAME_1 should be reviewed; admission 2024-04-14 suggests day 3 today."
    assert d.reidentify(answer) == "Mr John Smith should be reviewed; admission 2024-03-05 suggests day 3 today."
    assert d.reidentify(answer, unshift_dates=False).endswith("2024-04-14 suggests day 3 today.")


def test_scan_output_finds_leaks_and_ignores_placeholders():
    d = Deidentifier(seed=1)
    d.deidentify("Name: Tadeusz Kowalski, MRN: 00123456, born 12/03/1950")
    assert scan_output("Mr [NAME_1] (MRN [MRN_1]) needs an ECG.", d) == []
    found = scan_output("Kowalski should call 0113 496 0000; MRN 00123456; born 12/03/1950.", d)
    assert {f.kind for f in found} >= {"NAME", "PHONE", "MRN", "DATE"}
    assert [f.text for f in scan_output("Contact j.doe@example.com")] == ["j.doe@example.com"]


def test_deidentify_case_walks_every_field_and_stays_valid():
    case = Case(
        id="case-17", title="Referral: Mrs Okafor",
        demographics=Demographics(age_years=93, sex="female", description="93-year-old woman"),
        presenting_complaint="Okafor reports chest pain since 5 March 2024.",
        history="Name: Ngozi OKAFOR. NHS no 943 476 5919.", social_history="Lives at 12 Acacia Avenue, Leeds LS1 4AP.",
        medications=["Bisoprolol 2.5 mg"], allergies=["penicillin"],
        labs=[LabResult(name="Troponin T", value=45, unit="ng/L", time="2024-03-05 14:30")],
        examination={"CVS": "HS I+II+0; Austin Flint murmur"}, other_results={"ECG 05/03/2024": "ST depression V4-6"},
        imaging=[ImagingStudy(id="ACC 1234567", modality="CT", files=[Path("scan/okafor.dcm")],
                              report="Reported by Dr Priya Raman.")],
        expected=Expected(diagnosis="NSTEMI"),
    )
    safe, deid = deidentify_case(case, seed="s")
    text = safe.render() + safe.model_dump_json(exclude={"id", "imaging"})
    for part in ["Okafor", "OKAFOR", "Ngozi", "5919", "Acacia", "LS1 4AP", "Priya", "Raman", "1234567", "5 March 2024",
                 "2024-03-05", "05/03/2024", "93"]:
        assert part not in text, part
    assert safe.id == "case-17" and safe.expected == case.expected
    assert safe.imaging[0].files == case.imaging[0].files
    assert safe.demographics.age_years == 90
    assert "Austin Flint murmur" in text and "Bisoprolol 2.5 mg" in text and "14:30" in safe.labs[0].time
    assert Case.model_validate(safe.model_dump()) == safe
    assert deidentify_case(case, seed="s")[1].shift_days == deid.shift_days


# --- the issue-14 misses: new kinds, other scripts, the 90+ rule, sentence-initial words --------
@pytest.mark.parametrize("text, hidden", [
    ("Transferred from Ninewells Hospital, then St Columba's Hospice.", ["Ninewells", "Columba"]),
    ("Her son lives in Boston. She moved from Dunfermline to Ilorin.", ["Boston", "Dunfermline", "Ilorin"]),
    ("Wife Sandra phoned. Daughter Olamide visited. Carer: Bethan.", ["Sandra", "Olamide", "Bethan"]),
    ("Lives on Harley Street. Found outside a shop on Juniper Crescent.", ["Harley", "Juniper"]),
    ("Monitoring uploads to 10.1.2.3.", ["10.1.2.3"]),
    ("Car registration AB12 CDE; driver's licence MORGA753116SM9; pacemaker serial PJN724519S.",
     ["AB12", "MORGA753116SM9", "PJN724519S"]),
    ("Mobile 0412 345 678; sister on (02) 9876 5432.", ["0412", "9876"]),
    ("Instagram handle is @jess_92. Key safe code 4821.", ["jess_92", "4821"]),
    ("Ασθενής: Γιώργος Παπαδόπουλος, οδός Ερμού 25, 105 63 Αθήνα. Τηλ. 210 1234567. Η κόρη του Ελένη.",
     ["Γιώργος", "Παπαδόπουλος", "Ερμού", "105 63", "1234567", "Ελένη"]),
    ("患者王小明，男，65岁，住址：北京市朝阳区建国路88号，电话13812345678。妻子李华陪同。曾在北京协和医院住院。",
     ["王小明", "建国路88号", "13812345678", "李华", "协和医院"]),
])
def test_issue_14_misses_are_removed(text, hidden):
    out = Deidentifier(seed=1).deidentify(text)
    for part in hidden:
        assert part not in out, out


def test_date_of_birth_of_a_patient_over_89_keeps_no_year():
    d = Deidentifier(seed=1)
    out = d.deidentify("DOB: 12/03/1931. Seen 5 March 2024. Born in 1931, widowed 1990.")
    assert "1931" not in out and "1930" not in out and "1932" not in out, out
    assert "[DATE_1]" in out and d.reidentify(out, unshift_dates=False).startswith("DOB: 12/03/1931.")
    young = Deidentifier(seed=1).deidentify("DOB: 12/03/1960. Seen 5 March 2024.")
    assert "[DATE_" not in young and "12/03/1960" not in young


def test_sentence_initial_words_equal_to_a_name_are_kept():
    for name, sentence in [("Will", "Will need repeat bloods."), ("Mark", "Mark the site before theatre."),
                           ("Frank", "Frank haematuria on catheterisation.")]:
        d = Deidentifier(seed=1)
        out = d.deidentify(f"Name: {name} Okoro\n{sentence}\n{name} was upset.")
        assert sentence in out and "Okoro" not in out and f"\n{name} was" not in out, out
        assert scan_output(sentence, d) == []


def test_clinical_place_eponyms_survive():
    text = ("Edinburgh Postnatal Depression Scale 12; Bristol stool chart type 6; Rome IV criteria; plaster of Paris "
            "cast; Ottawa ankle rules; seen in the Fracture Clinic at the District General Hospital.")
    assert Deidentifier(seed=1).deidentify(text) == text
