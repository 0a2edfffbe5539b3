"""Identifiers found by slot and shape in the fourth round of issue 14 (the classes HELD-OUT 3 leaked):
institutions in capitals or as acronyms, places after transfer verbs, "in"/"nr", a comma or a form label,
names beside age-and-sex shorthand, ids after reference words or a vehicle, handles after "as"/"login";
and the clinical phrases that stand in the same slots but name no one and nowhere."""

from __future__ import annotations

import pytest

from consilium.orchestration.privacy.deid import Deidentifier


def _out(text: str) -> str:
    return Deidentifier(seed=5, day_first=True).deidentify(text)


@pytest.mark.parametrize("text, hidden", [
    ("ABERGAVENNY COTTAGE INFIRMARY, LLANTILIO\nClinic letter.", ["ABERGAVENNY", "LLANTILIO"]),
    ("Seen in QEUH Emergency, then in WGH for a week.", ["QEUH", "WGH"]),
    ("Conveyed to RVI ED by crew.", ["RVI"]),
    ("Lives with his sister and her dog in Tregaminion; fell nr Polkerris.", ["Tregaminion", "Polkerris"]),
    ("Admitted to Ravenscar Vale, discharged to Thornaby-on-Tees.", ["Ravenscar", "Thornaby-on-Tees"]),
    ("GP: Dr Ailsa Crowther, Auchtermuchty. Echo at Mercy Medical Center, Cedar Falls IA.",
     ["Crowther", "Auchtermuchty", "Cedar Falls"]),
    ("Flown in from Milingimbi (Crocodile Islands).", ["Milingimbi", "Crocodile Islands"]),
    ("Step-down bed at Glenfarg House. Family MD: Riverbend Family Medicine. CLSC Ahuntsic follows.",
     ["Glenfarg", "Riverbend", "Ahuntsic"]),
    ("Care home: Willowmere. Employer: Drummond Freight.", ["Willowmere", "Drummond"]),
    ("ED triage. 72F, Winifred Saltmarsh-Oyelaran, from home.", ["Winifred", "Saltmarsh-Oyelaran"]),
    ("Name: Thomas Varghese K.J., 44/M, driver.", ["Varghese", "K.J."]),
    ("Referred by Mrs June Pargeter; PACS manager Ifeoma Chukwu fixed the order. SW: Baljit Randhawa.",
     ["Pargeter", "Ifeoma", "Chukwu", "Baljit", "Randhawa"]),
    ("Council tax claim ref 9RT20417C; HCPC Reg. No. 33091; scheme no. BEN/2201/448812.",
     ["9RT20417C", "33091", "BEN/2201/448812"]),
    ("Her car 181-MO-2207 and his van (KPT552) are outside; TX tag LRW-904.", ["181-MO-2207", "KPT552", "LRW-904"]),
    ("Posts as moorland_ramble; order placed under login sboateng3 from fd00::3a:11ff:fe02:77.",
     ["moorland_ramble", "sboateng3", "fd00::3a:11ff:fe02:77"]),
    ("Cochlear implant serials 7741C2203 and 7741C2204. Key safe round the back, code 2719.",
     ["7741C2203", "7741C2204", "2719"]),
    ("住址：广州市天河区体育西路103号5栋1201室\n电话：020-3855 1190", ["体育西路103号"]),
    ("Mrs Edna Pollitt, DOB 1931, 94 years.", ["Pollitt", "94 years"]),
    ("Clinic letter, Portumna.\nWhānau live in Ruatōria and Tikitiki.", ["Portumna", "Ruatōria", "Tikitiki"]),
    ("Доставлена в ДГКБ № 9. Учится в гимназии, работает мать на комбинате «Северсталь».", ["ДГКБ № 9", "Северсталь"]),
])
def test_round4_slot_identifiers_are_removed(text, hidden):
    out = _out(text)
    for part in hidden:
        assert part not in out, (part, out)


@pytest.mark.parametrize("text", [
    "Crohn's disease, Montreal A3 L2 B2. Oesophagitis, Los Angeles grade B. Pancreatitis, Atlanta mild.",
    "Cellulitis, Eron class IV. Killip class III. Vienna classification A2.",
    "ICD: Boston Scientific Dynagen; CRT-D by St. Jude Medical; hearing aids by Oticon.",
    "Transferred to Resus, then to ICU; admitted via AMU; referred to Cardiology; sent to Theatre.",
    "Presented in Addisonian crisis; placed in Trendelenburg; history taken in Urdu; logged in Cerner.",
    "TSH 2.4, ACTH normal, ADHD on methylphenidate, BPH on tamsulosin; seen in HDU.",
    "Hb 101 g/L; HbA1c 48 mmol/mol; BRCA2 negative; T2N0M0; CA19-9 raised; FEV1 1.9 L; V600E mutant.",
    "Alum Rock Road, Saltley, Birmingham B8 1HU is the address on file.",
    "Tremor in Parkinson and Huntington disease; common in Crohn and UC; rare in Wegener; seen in Sjogren.",
    "Discharge summary: Stable. Referral: Urgent. Clinic letter - Dermatology.",
    # what the system's own prompts and replies hold (recorded evaluations): field and input names, reference
    # ranges, score and test names in capitals, microbes, lab names
    "Inputs not documented (high_risk_surgery, bmi_over_25); evidence [lab_panel:labs]; json_schema given.",
    "Creatinine: 92 umol/L (ref 60-110); Sodium: 134 mmol/L (ref 133-146). HEART not computed: 4 of 5 inputs.",
    "To obtain the results of the TORCH screen; risk of HIB infection; common in Staphylococcus aureus infections.",
    "Leukocyte Count in Synovial Fluid: 26,000/mm3; seen in Klebsiella pneumoniae and Pseudomonas aeruginosa.",
])
def test_round4_clinical_phrases_survive(text):
    out = _out(text)
    kept = text.split("Alum Rock Road, Saltley, ")[-1].split(" is the")[0] if "Alum" in text else text
    if "Alum" in text:
        assert "B8 1HU" not in out  # the postcode goes, and "B8" is not read as a Montreal-style class
    else:
        assert out == kept, out
