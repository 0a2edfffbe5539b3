"""Identifiers found by slot and shape in the sixth round of issue 14 (the classes HELD-OUT 5 leaked): facilities
named by everyday words before a facility word, names beside desk roles, quoted nicknames and sign-offs, Welsh,
Indian and rural address parts, dictated address lines, plates with spaces, health numbers and charts, names in
Chinese, Greek and Hindi outside a labelled slot, a Russian district hospital; and the clinical phrases (a
disease named after a river, a device maker's product) that stand in the same slots but name no one. Examples
are this file's own, not taken from a note set."""

from __future__ import annotations

import pytest

from consilium.orchestration.privacy.deid import Deidentifier


def _out(text: str) -> str:
    return Deidentifier(seed=7, day_first=True).deidentify(text)


@pytest.mark.parametrize("text, hidden", [
    # facilities and employers of everyday words
    ("PCP: Ines Vargas, NP (Willow Creek Family Health). Faxed to Hillcrest Pharmacy.", ["Willow Creek", "Hillcrest"]),
    ("Lives at Tallangatta Bush Nursing Centre. Refer to Snake River Spine Institute.", ["Tallangatta", "Snake River Spine"]),
    ("Works for Manawatū Dairy Trust. Letter to Dyfed-Powys Police.", ["Manawatū Dairy", "Dyfed-Powys"]),
    ("Kind regards,\nDr Ottoline Baird\nBrookvale Medical", ["Ottoline", "Baird", "Brookvale"]),
    ("Care Home review, Wirrinya Lodge Aged Care, Parkes", ["Wirrinya", "Parkes"]),
    ("Ilorin Teaching Hospital (ILTH) accepted him; ILTH cardiology to review.", ["Ilorin", "ILTH"]),
    # names in prose
    ("Message taken by Marigold (reception), passed to Keri (PN).", ["Marigold", "Keri"]),
    ("His fishing buddy Clancy found him. Grandson Ezekiel (she calls him Zeke) rang.", ["Clancy", "Ezekiel", "Zeke"]),
    ("Obs stable overnight. -RN Ogunbiyi", ["Ogunbiyi"]),
    ("BIB wife. 58M Torvald \"Tor\" Lindqvist-Mbeki, chest pain.", ["Torvald", "Tor", "Lindqvist-Mbeki"]),
    ("Seen by Dr (Mrs) T. A. Oyediran-Lamb.", ["Oyediran-Lamb"]),
    ("44F warehouse picker, Gurpreet Bains-Randhawa, PHN 9011223344.", ["Gurpreet", "Bains-Randhawa", "9011223344"]),
    ("Mrs Philippa Ormondroyd, 97 (DOB 01/01/1928), frail.", ["Philippa", "Ormondroyd", "97"]),
    # address parts
    ("Clinic letter, Ysbyty Penrhos Stanley. Tŷ Mawr comma Llanrug comma Caernarfon LL55 4AA", ["Penrhos", "Mawr", "Llanrug", "Caernarfon"]),
    ("R/o Mu. Po. Kasegaon, Tal. Walwa, Dist. Sangli 415404. Fell at Varandha ghat.", ["Kasegaon", "Walwa", "Sangli", "415404", "Varandha"]),
    ("RMB 3310, Manjimup WA 6258. Previously RR 2, 118 Concession Rd. Mail: Box 77, Outlook SK S0L 2N0.",
     ["RMB 3310", "Manjimup", "RR 2", "Box 77", "Outlook"]),
    ("Transferred from Rural Hospital, Golden BC, then past Whakamaru.", ["Golden", "Whakamaru"]),
    ("Hurt playing for Knockbridge. Seen by Home Treatment Team Ceredigion. Cousin on +685 22 771 (Apia).",
     ["Knockbridge", "Ceredigion", "Apia"]),
    ("सामुदायिक स्वास्थ्य केंद्र, मोहनलालगंज", ["मोहनलालगंज"]),
    # numbers and plates
    ("Came on his two-wheeler (GJ 05 KL 2231); the other car (LAG 551 XA).", ["GJ 05 KL 2231", "LAG 551 XA"]),
    ("HSN 734 112 908. Assurance-maladie QC 552 301 477. Chart 2290-113. Claim WC-23-774120. Hosp No: LUTH/SUR/2231.",
     ["734 112 908", "552 301 477", "2290-113", "WC-23-774120", "LUTH/SUR/2231"]),
    ("ABHA address kavya.menon@abdm", ["kavya.menon"]),
    # scripts
    ("Mr Wong Ka-ho (黃家豪), 70. Daughter 黃美華 (Wong Mei-wah) interprets.", ["Ka-ho", "黃家豪", "黃美華", "Mei-wah"]),
    ("電話：(02)2771-3344；手機（太太 林秀英）", ["2771-3344", "林秀英"]),
    ("Η κόρη της κας Παρασκευής Ντόκου", ["Παρασκευής", "Ντόκου"]),
    ("मरीज़: शांति देवी\nमोबाइल: 9839 112 440", ["शांति", "9839 112 440"]),
    ("ГБУЗ «Вичугская ЦРБ». Направлена в Тейковская ЦРБ.", ["Вичугская", "Тейковская"]),
])
def test_round6_slot_identifiers_are_removed(text, hidden):
    out = _out(text)
    for part in hidden:
        assert part not in out, (part, out)


@pytest.mark.parametrize("text", [
    "West Nile neuroinvasive disease; West Nile virus IgM positive",
    "Device: Abbott Assurity MRI pacemaker; Medtronic Azure XT DR MRI SureScan pacemaker",
    "Clinical Pharmacy review; Community Pharmacy; the Trust policy; Acute Medical Unit",
    "RR 18, HR 90, SpO2 96%",
    "Started TPN (PN) today; cost RMB 1440 in China",
    "Stage 'Severe' Score",
    "Team Leader review; Stroke Team Review; plays for England",
])
def test_round6_clinical_phrases_survive(text):
    assert _out(text) == text
