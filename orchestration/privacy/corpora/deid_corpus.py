"""A synthetic, deterministic evaluation set for de-identification (`python -m consilium.orchestration.privacy.evaluate`).

:func:`build_corpus` writes clinical notes (discharge summaries, referral letters, ED notes, clinic
letters, radiology reports) with planted identifiers of every kind in many formats, and clinical
content that must survive untouched: drugs and doses, lab values with units, eponymous diseases and
signs, anatomical terms, scores, ages under 90. Every record also comes as a :class:`Case`, so that
:func:`consilium.orchestration.privacy.deid.deidentify_case` can be measured on the same content.

All names, numbers and addresses are invented; phone numbers use reserved fictional ranges where
such ranges exist (555-01xx, Ofcom drama numbers). Many given names are deliberately *outside* the
de-identifier's given-name list, so that context rules, not the list, have to find them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from consilium.orchestration.case.model import Case, Demographics, ImagingStudy, LabResult

SEED = 20261123
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FEMALE = ["Emma", "Oluwaseun", "Siobhan", "Priya", "Xiaoling", "Anneliese", "Rhiannon", "Mei", "Ngozi", "Margaret",
          "Fatima", "Ines", "Agnieszka", "Aaliyah", "Brigid", "Dorothy", "Keiko", "Zainab", "Svetlana", "Catriona"]
MALE = ["John", "Tadeusz", "Kwame", "Rajesh", "Declan", "Hamish", "Mohammed", "Javier", "Thomas", "Dmitri", "Arjun",
        "Oisin", "Tobias", "Yusuf", "Kenji", "Bartholomew", "Emeka", "Lars", "Callum", "Ifeanyi"]
SURNAMES = ["Smith", "Adeyemi", "O'Neill", "McAllister", "Nakamura", "Kowalski", "Okafor", "Fitzgerald", "Nguyen",
            "Patel", "Hughes-Whitfield", "Okonkwo", "Brennan", "Lindqvist", "Rahman", "Haddad", "Castellanos", "Ferreira",
            "Abernathy", "Pemberton", "Thistlethwaite", "Dubois", "Kaur", "Chowdhury", "MacLeod", "D'Souza",
            "Achterberg", "Brown", "White", "van der Berg", "Oyelaran", "Szymanski", "Henriksen", "Mbeki"]
RELATIVES = ["wife", "husband", "daughter", "son", "sister", "brother", "partner", "niece", "carer", "neighbour"]
US_STREETS = [("Oak", "Avenue"), ("Maple", "Street"), ("Cedar Ridge", "Road"), ("Elm", "St."), ("Lakeview", "Drive"),
              ("Willow Creek", "Lane"), ("Sycamore", "Blvd"), ("Magnolia", "Court"), ("5th", "Avenue"), ("Pine", "Way")]
UK_STREETS = [("Acacia", "Avenue"), ("Station", "Road"), ("Church", "Lane"), ("Highfield", "Close"),
              ("St John's", "Road"), ("Beechwood", "Crescent"), ("Mill", "Street"), ("Victoria", "Terrace"),
              ("Primrose", "Gardens"), ("Kingfisher", "Way")]
US_CITIES = [("Springfield", "IL"), ("Riverside", "CA"), ("Fairview", "TX"), ("Madison", "WI"), ("Salem", "OR"),
             ("Greenville", "SC"), ("Georgetown", "KY"), ("Clinton", "MD")]
UK_TOWNS = [("Leeds", "LS1 4AP"), ("Manchester", "M14 5RB"), ("Bristol", "BS8 1TH"), ("York", "YO10 5DD"),
            ("Norwich", "NR4 7UY"), ("Cardiff", "CF10 3AT"), ("London", "SW1A 1AA"), ("Sheffield", "S10 2TN"),
            ("Birmingham", "B15 2TT"), ("Edinburgh", "EH3 9HA")]

DRUGS = ["metformin 500 mg BD", "Ramipril 5mg OD", "atorvastatin 40 mg nocte", "Apixaban 5 mg BD",
         "Warfarin (INR target 2-3)", "amoxicillin 500 mg TDS", "Co-amoxiclav 1.2 g IV", "Levothyroxine 100 micrograms",
         "Bisoprolol 2.5 mg", "Furosemide 40 mg IV", "Salbutamol 100 micrograms PRN", "Prednisolone 40 mg",
         "Omeprazole 20 mg", "Insulin glargine 18 units", "Morphine sulfate 10 mg", "Lisinopril 10 mg", "Amlodipine 5 mg",
         "Sertraline 50 mg", "Gabapentin 300 mg", "Ceftriaxone 2 g", "Enoxaparin 40 mg SC", "Allopurinol 100 mg",
         "Tamsulosin 400 micrograms", "Adalimumab 40 mg", "Methotrexate 15 mg weekly", "Ondansetron 4 mg",
         "Paracetamol 1 g QDS", "Lasix 40 mg", "Zoloft 50 mg", "Lipitor 20 mg", "Tylenol 650 mg", "Augmentin 625 mg"]
LABS = [("Na", "134", "mmol/L"), ("K+", "5.9", "mmol/L"), ("Hb", "92", "g/L"), ("HbA1c", "58", "mmol/mol"),
        ("eGFR", "45", "mL/min/1.73m2"), ("CRP", "120", "mg/L"), ("WBC", "14.2", "x10^9/L"), ("Troponin T", "45", "ng/L"),
        ("INR", "3.2", ""), ("TSH", "0.01", "mU/L"), ("free T4", "38", "pmol/L"), ("platelets", "95", "x 10^9/L"),
        ("ALT", "250", "U/L"), ("Lactate", "4.2", "mmol/L"), ("creatinine", "180", "µmol/L"), ("glucose", "22.4", "mmol/L"),
        ("ferritin", "8", "ug/L"), ("CD4 count", "350", "cells/mm3"), ("viral load", "1200000", "copies/mL"),
        ("PSA", "12.4", "ng/mL"), ("CA 125", "350", "U/mL"), ("pH", "7.21", ""), ("pCO2", "6.8", "kPa"),
        ("D-dimer", "2400", "ng/mL"), ("BNP", "1250", "pg/mL"), ("phosphate", "0.4", "mmol/L"), ("urea", "14.2", "mmol/L"),
        ("bilirubin", "45", "umol/L"), ("platelet count", "450000", "/µL"), ("white cell count", "11000", "/mm3")]
EPONYMS = ["Graves disease", "Graves' disease", "Parkinson's disease", "Crohn's disease", "Hashimoto's thyroiditis",
           "Cushing's syndrome", "Addison's disease", "Bell's palsy", "Guillain-Barré syndrome", "Murphy's sign",
           "Stevens-Johnson syndrome", "Sister Mary Joseph nodule", "Austin Flint murmur", "Wolff-Parkinson-White syndrome",
           "Barrett's oesophagus", "Hodgkin lymphoma", "Glasgow Coma Scale 14", "Wells score of 6", "Kernig's sign",
           "Down syndrome", "Charcot-Marie-Tooth disease", "Miller Fisher syndrome", "Meckel's diverticulum", "Baker's cyst",
           "Paget's disease of bone", "Alzheimer's disease", "Raynaud's phenomenon", "Sjögren's syndrome",
           "Wilson's disease", "Kawasaki disease", "Mallory-Weiss tear", "Whipple's procedure", "Lewy body dementia",
           "Gram-negative bacilli", "Foley catheter", "Gleason score 7", "Child-Pugh class B", "Grey Turner's sign",
           "Cullen's sign", "Ann Arbor stage II", "von Willebrand disease", "Mobitz type II block", "Kussmaul breathing",
           "Cheyne-Stokes respiration", "Argyll Robertson pupils", "Trousseau's sign", "Homans' sign", "McBurney's point",
           "Virchow's node", "Marfan syndrome", "Turner syndrome", "Ewing sarcoma", "Burkitt lymphoma", "Kaposi sarcoma",
           "Zollinger-Ellison syndrome", "Budd-Chiari syndrome", "Dupuytren's contracture", "Colles fracture",
           "Smith's fracture", "Epley manoeuvre", "Valsalva manoeuvre", "Hartmann's procedure", "Nissen fundoplication",
           "Roux-en-Y gastric bypass", "Mantoux test", "Coombs test", "Tinel's sign", "Lachman test", "Babinski sign",
           "Jones criteria", "Duke criteria", "Light's criteria", "Centor score", "Ottawa ankle rules",
           "Creutzfeldt-Jakob disease", "Ehlers-Danlos syndrome", "Henoch-Schönlein purpura", "Still's disease",
           "Gilbert's syndrome", "Conn's syndrome", "Hunter syndrome", "Ménière's disease", "Takayasu arteritis",
           "Behçet's disease", "tetralogy of Fallot", "Lambert-Eaton syndrome", "Wernicke's encephalopathy",
           "Horner syndrome", "Pancoast tumour", "Wilms tumour", "Zenker's diverticulum", "Hirschsprung disease",
           "Tay-Sachs disease", "Addisonian crisis", "Parkinsonism"]
ANATOMY = ["left anterior descending artery", "L4/L5 disc", "C5-C6", "T2 vertebra", "right upper quadrant",
           "circle of Willis", "bundle of His", "loop of Henle", "Achilles tendon", "Broca's area", "Eustachian tube",
           "Fallopian tube", "islets of Langerhans", "sphincter of Oddi", "pouch of Douglas", "Scarpa's fascia",
           "Hartmann's pouch", "ampulla of Vater", "ligament of Treitz", "S1 nerve root", "Calot's triangle",
           "Peyer's patches", "Kupffer cells", "Purkinje fibres", "sinoatrial node"]
OTHER = ["COVID-19", "SARS-CoV-2", "BRCA1", "HLA-B27", "T2DM", "ICD-10 code E11.9", "NEWS2 score 7", "GCS 14/15",
         "CURB-65 score of 3", "CHA2DS2-VASc 4", "NYHA class III", "ECOG 1", "BRAF V600E", "HER2-positive",
         "Ki-67 30%", "T2N1M0", "Stage IIIB", "12-lead ECG", "BP 150/92 mmHg", "SpO2 91% on air", "HR 112 bpm",
         "RR 24/min", "Temp 38.9 °C", "BMI 31", "seen by Cardiology", "discussed with Microbiology",
         "referred to Gastroenterology", "Emergency Department", "Dear Colleague"]

# Written after the de-identifier's word lists, and never added to them: how the rules fare on
# clinical content nobody tuned them for (brand names, eponyms whose first word is a given name or a
# surname, services after "discussed with").
HELD_OUT = ["Osler's nodes", "Janeway lesions", "Roth spots", "Quincke's sign", "Corrigan's pulse", "Beck's triad",
            "Charcot's triad", "Reynolds' pentad", "Courvoisier's law", "Battle's sign", "Kehr's sign",
            "Hoffmann's sign", "Lhermitte's sign", "Uhthoff's phenomenon", "Todd's paresis", "Cushing's triad",
            "Pfannenstiel incision", "Seldinger technique", "Sengstaken-Blakemore tube", "Ryle's tube", "Guedel airway",
            "Thomas splint", "Denis Browne splint", "Bristol stool chart type 6", "Rockall score of 4",
            "Glasgow-Blatchford score 9", "Alvarado score 7", "Epworth Sleepiness Scale 15",
            "Edinburgh Postnatal Depression Scale", "Rinne test", "Weber test", "Dix-Hallpike manoeuvre",
            "Trendelenburg gait", "Simmonds' test", "Allen's test", "Froment's sign", "Schober's test",
            "Nikolsky sign", "Koebner phenomenon", "Kayser-Fleischer rings", "Koplik spots", "Heberden's nodes",
            "Bouchard's nodes", "Felty syndrome", "Sheehan syndrome", "Waterhouse-Friderichsen syndrome",
            "Boerhaave syndrome", "Ogilvie syndrome", "Fitz-Hugh-Curtis syndrome", "Goodpasture syndrome",
            "Alport syndrome", "Fanconi anaemia", "Evans syndrome", "Richter transformation",
            "Waldenström macroglobulinaemia", "de Quervain's thyroiditis", "Prader-Willi syndrome", "DiGeorge syndrome",
            "Noonan syndrome", "Williams syndrome", "Rett syndrome", "Charles Bonnet syndrome", "Capgras delusion",
            "Eliquis 5 mg", "Xarelto 20 mg", "Januvia 100 mg", "Ozempic 1 mg", "Jardiance 10 mg", "Entresto 49/51 mg",
            "Humira 40 mg", "Symbicort 200/6", "Ventolin 2 puffs", "Movicol 1 sachet", "Oramorph 5 mg",
            "Zopiclone 7.5 mg", "Adcal-D3", "Buscopan 20 mg", "Tazocin 4.5 g", "Gentamicin 5 mg/kg",
            "Digoxin 125 micrograms", "Novorapid 6 units", "Lantus 20 units", "Madopar 62.5 mg", "Sinemet 25/100",
            "Levetiracetam 500 mg", "Mirtazapine 15 mg", "discussed with the Haematology team",
            "under the care of Respiratory Medicine", "seen by the Stroke team", "Discussed with Dermatology",
            "Spoke to Radiology", "Thames Valley Ambulance"]


@dataclass
class Planted:
    """One identifier put into a record. ``tokens`` must not survive anywhere in the output."""

    kind: str
    value: str
    tokens: list[str] = field(default_factory=list)
    when: date | None = None  # dates: the date written
    fmt: str = ""             # dates: the format it was written in


@dataclass
class Record:
    id: str
    text: str
    case: Case
    identifiers: list[Planted]
    protected: list[str]
    held_out: list[str]
    day_first: bool


def format_date(d: date, fmt: str) -> str:
    """Write ``d`` in one of the corpus formats (also used to compute the expected shifted text)."""
    mon = MONTHS[d.month - 1]
    suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "iso": f"{d:%Y-%m-%d}", "iso_slash": f"{d:%Y/%m/%d}", "dmy_slash": f"{d:%d/%m/%Y}",
        "dmy_dot": f"{d.day}.{d.month}.{d.year}", "mdy_slash": f"{d:%m/%d/%Y}", "mdy_short": f"{d.month}/{d.day}/{d:%y}",
        "d_month_y": f"{d.day} {mon} {d.year}", "month_d_y": f"{mon} {d.day}, {d.year}",
        "dth_mon_y": f"{d.day}{suf} {mon[:3]} {d.year}", "dd_MON_yyyy": f"{d:%d}-{mon[:3].upper()}-{d.year}",
        "wd_d_month_y": f"{WEEKDAYS[d.weekday()]} {d.day} {mon} {d.year}", "mon_dth_y": f"{mon[:3]} {d.day}{suf}, {d.year}",
        "dth_of_month_y": f"the {d.day}{suf} of {mon}, {d.year}", "dd_mon_yy": f"{d:%d}-{mon[:3]}-{d:%y}",
    }[fmt]


UK_DATE_FORMATS = ["iso", "dmy_slash", "dmy_dot", "d_month_y", "dth_mon_y", "dd_MON_yyyy", "wd_d_month_y",
                   "dth_of_month_y", "dd_mon_yy", "iso_slash"]
US_DATE_FORMATS = ["iso", "mdy_slash", "mdy_short", "month_d_y", "mon_dth_y", "d_month_y", "dd_MON_yyyy"]


class _Builder:
    def __init__(self, rng: random.Random, index: int) -> None:
        self.rng, self.index = rng, index
        self.us = rng.random() < 0.45
        self.planted: list[Planted] = []
        self.protected: list[str] = []

    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.rng.choice(seq)

    def one_of(self, *makers):  # type: ignore[no-untyped-def]
        """Build only the chosen alternative, so that only its identifiers are planted."""
        return self.rng.choice(makers)()

    def name(self, female: bool | None = None) -> tuple[str, str]:
        female = self.rng.random() < 0.5 if female is None else female
        return self.pick(FEMALE if female else MALE), self.pick(SURNAMES)

    def plant_name(self, *parts: str) -> None:
        toks = [t for p in parts for t in p.replace("-", " ").split() if len(t) > 1 and t not in ("van", "der")]
        self.planted.append(Planted("NAME", " ".join(parts), toks + [p for p in parts if "-" in p]))

    def date(self, start: int = 2018, end: int = 2025) -> str:
        d = date(start, 1, 1) + timedelta(days=self.rng.randrange((date(end, 12, 31) - date(start, 1, 1)).days))
        fmt = self.pick(US_DATE_FORMATS if self.us else UK_DATE_FORMATS)
        text = format_date(d, fmt)
        self.planted.append(Planted("DATE", text, [text], d, fmt))
        return text

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        r, d = self.rng, self.digits
        a = str(r.randrange(201, 990))
        us = [f"({a}) 555-01{d(2)}", f"{a}-555-01{d(2)}", f"{a}.555.01{d(2)}", f"+1 {a} 555 01{d(2)}",
              f"1-{a}-555-01{d(2)}", f"{a}-555-01{d(2)} ext. {d(3)}"]
        uk = [f"020 7946 0{d(3)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"+44 (0)20 7946 0{d(3)}",
              f"01632 960{d(3)}", f"0113 496 0{d(3)}", f"(0161) 496 0{d(3)}"]
        intl = [f"+33 1 42 68 {d(2)} {d(2)}", f"+49 30 {d(7)}", f"+61 2 9876 {d(4)}", f"+91 98765 {d(5)}",
                f"+353 1 {d(3)} {d(4)}"]
        value = r.choice(us if self.us else uk) if r.random() < 0.8 else r.choice(intl)
        self.planted.append(Planted("PHONE", value, [value] + [g for g in value.replace("(", " ").replace(")", " ")
                                                               .replace("-", " ").replace(".", " ").split() if len(g) >= 4]))
        return value

    def ident(self, kind: str, value: str) -> str:
        # Parts of four or more digits must go too (not four-digit parts that read as years).
        groups = [g for g in value.replace("-", " ").replace("/", " ").split()
                  if sum(c.isdigit() for c in g) >= 5 or (g.isdigit() and len(g) == 4 and not 1900 <= int(g) <= 2099)]
        self.planted.append(Planted(kind, value, [value] + groups))
        return value

    def mrn_line(self) -> str:
        d, pick = self.digits, self.pick
        label, value = pick([("MRN:", f"00{d(6)}"), ("MRN#", d(7)), ("Medical Record Number:", f"{d(4)}-{d(4)}"),
                             ("Hospital No:", f"RX{d(7)}"), ("Hosp no.", f"K{d(6)}"), ("Unit number", d(7)),
                             ("Acct#", f"A-{d(6)}"), ("Account number:", d(8)), ("Patient ID:", f"PT-{d(6)}"),
                             ("CSN", d(9)), ("Encounter #:", d(7))])
        return f"{label} {self.ident('MRN', value)}"

    def id_line(self) -> str:
        d, pick = self.digits, self.pick
        label, value = pick([("NHS Number:", f"{d(3)} {d(3)} {d(4)}"), ("NHS no", d(10)), ("SSN", f"{d(3)}-{d(2)}-{d(4)}"),
                             ("social security number", f"{d(3)} {d(2)} {d(4)}"), ("NI number:", f"AB {d(2)} {d(2)} {d(2)} C"),
                             ("Insurance policy no.", f"XYZ-{d(6)}"), ("Medicare ID", f"1EG4-TE5-MK{d(2)}"),
                             ("Passport", d(9)), ("Driver's licence number", f"D{d(7)}"),
                             ("Accession number:", f"RAD-{d(4)}-{d(5)}"), ("ref", f"{d(3)}-{d(2)}-{d(4)}")])
        return f"{label} {self.ident('ID', value)}"

    def email(self, first: str, last: str) -> str:
        f, l, n = first.lower(), last.lower().replace("'", "").replace(" ", ""), self.digits(2)
        value = self.pick([f"{f}.{l}@example.com", f"{f[0]}{l}{n}@mail.co.uk", f"{f}_{l}@nhs.net",
                           f"{l.upper()}.{f.upper()}@HOSPITAL.ORG", f"{f}+clinic@gmail.com", f"{f} [at] example [dot] com"])
        local = value.split("@")[0].split(" [at]")[0]
        self.planted.append(Planted("EMAIL", value, [value] + ([local] if len(local) >= 4 else [])))
        return value

    def url(self, first: str, last: str) -> str:
        l = last.lower().replace("'", "").replace(" ", "")
        value = self.pick([f"https://www.{l}family.com/blog", f"http://portal.example-hospital.org/patients/{self.digits(6)}",
                           f"www.{l}-{first.lower()}.co.uk", f"{l}photos.net/album/3", f"https://10.12.3.{self.rng.randrange(2, 250)}/pacs/viewer?study=88",
                           f"facebook.com/{first.lower()}.{l}{self.digits(2)}"])
        self.planted.append(Planted("URL", value, [value]))
        return value

    def address(self) -> str:
        n = str(self.rng.randrange(1, 9999))
        if self.us:
            (street, suffix), (city, st) = self.pick(US_STREETS), self.pick(US_CITIES)
            zipc = self.digits(5) + (f"-{self.digits(4)}" if self.rng.random() < 0.3 else "")
            value = self.pick([f"{n} {street} {suffix}, {city}, {st} {zipc}", f"{n} N. {street} {suffix}, Apt {self.rng.randrange(1, 40)}B, {city}, {st} {zipc}",
                               f"PO Box {self.digits(4)}, {city}, {st} {zipc}"])
        else:
            (street, suffix), (town, pc) = self.pick(UK_STREETS), self.pick(UK_TOWNS)
            value = self.pick([f"{n} {street} {suffix}, {town} {pc}", f"Flat {self.rng.randrange(1, 30)}, {n} {street} {suffix}, {town}, {pc}",
                               f"{n}a {street} {suffix}, {town}"])
        parts = [p.strip() for p in value.split(",")]
        self.planted.append(Planted("ADDRESS", value, [value] + [p for p in parts if any(c.isdigit() for c in p) or len(p) > 3]))
        return value

    def postcode(self) -> str:
        value = self.digits(5) if self.us else self.pick(UK_TOWNS)[1]
        self.planted.append(Planted("POSTCODE", value, [value]))
        return f"ZIP {value}" if self.us else f"postcode {value}"

    def age_phrase(self) -> tuple[float, str]:
        age = self.rng.choice([self.rng.randrange(18, 89), self.rng.randrange(90, 106)])
        phrase = self.pick([f"{age}-year-old", f"{age} year old", f"{age}-yr-old"])
        if age > 89:
            self.planted.append(Planted("AGE", phrase, [phrase]))
        else:
            self.protected.append(phrase)
        return float(age), phrase

    def clinical(self, k: int, pool: list[str]) -> list[str]:
        items = self.rng.sample(pool, k)
        self.protected += items
        return items


SPECIALTIES = ["cardiology", "respiratory", "renal", "gastroenterology", "stroke", "surgical", "medical"]
COMPLAINTS = ["central chest pain", "shortness of breath", "confusion and fever", "left-sided weakness",
              "abdominal pain and vomiting", "a fall at home", "haematemesis", "palpitations", "back pain"]


def _record(rng: random.Random, i: int) -> Record:
    b = _Builder(rng, i)
    female = rng.random() < 0.5
    first, last = b.name(female)
    title = b.pick(["Mrs", "Ms", "Miss"]) if female else "Mr"
    sex = "woman" if female else "man"
    pron, poss = ("She", "her") if female else ("He", "his")
    rel = b.pick(RELATIVES)
    rfirst, rlast = b.name()
    (c1f, c1l), (c2f, c2l) = b.name(), b.name()
    b.plant_name(first, last)

    header = b.pick([f"Name: {first} {last}", f"Patient: {last.upper()}, {first}", f"PATIENT NAME: {first.upper()} {last.upper()}",
                     f"Pt: {title} {first} {last}", f"RE: {title} {first} {last}", ""])
    header_lines = [header] if header else []
    header_lines.append(f"DOB: {b.date(1925, 2005)}   {b.mrn_line()}   {b.id_line()}")
    age, age_text = b.age_phrase()
    if age > 89 and rng.random() < 0.5:  # other spellings of an age over 89
        b.planted.pop()
        n = int(age)
        age_text = b.pick([f"aged {n}", f"age {n}", f"{n} yo", f"{n} y/o", f"{n} years of age"])
        b.planted.append(Planted("AGE", age_text, [age_text]))
    who = b.pick([f"{title} {last}", f"{first} {last}", f"{title} {first} {last}"])
    presenting = b.one_of(
        lambda: f"{who} is a {age_text} {sex} who presented to the Emergency Department on {b.date()} with {b.pick(COMPLAINTS)}.",
        lambda: f"{who} ({age_text}, {sex}) attended clinic on {b.date()} complaining of {b.pick(COMPLAINTS)}.",
        lambda: f"This {age_text} {sex} ({who}) was admitted on {b.date()} with {b.pick(COMPLAINTS)}.") if "old" in age_text else \
        f"{who} ({age_text}, {sex}) presented on {b.date()} with {b.pick(COMPLAINTS)}."

    social = b.one_of(
        lambda: f"{pron} lives with {poss} {rel} {rfirst} at {b.address()}.",
        lambda: f"{pron} lives alone at {b.address()}; {poss} {rel}, {rfirst} {rlast}, visits daily.",
        lambda: f"Address: {b.address()}. NOK: {rfirst} {rlast} ({rel}), tel {b.phone()}.",
        lambda: f"Collateral history from {rfirst} {rlast} ({rel}). Home: {b.address()}.")
    b.plant_name(rfirst, rlast) if rlast in social else b.plant_name(rfirst)
    social += " " + b.one_of(
        lambda: f"{poss.capitalize()} {rel} can be reached on {b.phone()}.",
        lambda: f"Mobile: {b.phone()}.",
        lambda: f"Contact number {b.phone()} (home).",
        lambda: f"Tel {b.phone()}.",
        lambda: f"Please call {b.phone()} to rebook.")
    social += " " + b.one_of(
        lambda: f"Lives in the {b.postcode()} area.",
        lambda: f"Email: {b.email(first, last)}.",
        lambda: f"Family blog: {b.url(first, last)}.",
        lambda: f"Registered at {b.postcode()}.",
        lambda: "")

    clinician = b.one_of(
        lambda: f"Seen by Dr {c1l} ({b.pick(SPECIALTIES)} SpR) on {b.date()}.",
        lambda: f"Discussed with {c1f} {c1l}, {b.pick(SPECIALTIES)} registrar.",
        lambda: f"Reviewed by Prof. {c1f[0]}. {c1l} on the ward round.",
        lambda: f"Care handed over to Dr {c1f} {c1l}.")
    b.plant_name(c1f, c1l) if c1f in clinician else b.plant_name(c1l)
    bare = b.pick([f"{last} tolerated the procedure well.", f"{first} was anxious but settled.",
                   f"{title} {last}'s {rel} was updated by phone.", f"Plan discussed with {first}."])

    # A record never uses an eponym that shares a word with one of its people or places ("Smith's
    # fracture" for a Mr Smith): such a word cannot be both redacted and kept.
    avoid = {w for n in (first, last, rfirst, rlast, c1f, c1l, c2f, c2l) for w in n.split()} | {
        w for p in b.planted if p.kind == "ADDRESS" for part in p.value.split(",") for w in part.split()}

    def usable(pool: list[str]) -> list[str]:
        return [e for e in pool if not any(w in avoid for w in e.replace("'", " ").replace("-", " ").split())]

    drugs, eps = b.clinical(rng.randrange(2, 5), DRUGS), b.clinical(2, usable(EPONYMS))
    anat, other = b.clinical(2, usable(ANATOMY)), b.clinical(2, usable(OTHER))
    held = b.clinical(2, usable(HELD_OUT))
    labs = rng.sample(LABS, 4)
    lab_text = [f"{n} {v} {u}".strip() for n, v, u in labs]
    b.protected += lab_text
    lab_date = b.date()
    clinical = (f"Background: {eps[0]}; {other[0]}. Medications: {', '.join(drugs)}.\n"
                f"Bloods on {lab_date}: {', '.join(lab_text)}.\n"
                f"On examination: tender {anat[0]}; {eps[1]}. {other[1]}.\n"
                f"{held[0][0].upper() + held[0][1:]} was considered. Also noted: {held[1]}.")
    imaging = (f"CT {b.pick(['head', 'chest', 'abdomen'])} {b.date()}: no acute abnormality; {anat[1]} unremarkable. "
               f"{b.id_line()}. Reported by Dr {c2f} {c2l}, Consultant Radiologist.")
    b.plant_name(c2f, c2l)
    plan = b.one_of(
        lambda: f"Follow-up in clinic on {b.date()}. {bare}",
        lambda: f"{bare} Next review {b.date()}.",
        lambda: f"{bare} Results will be posted to {b.url(first, last)}.",
        lambda: f"{bare} Queries to {b.email(c1f, c1l)}.")
    signature = b.pick([f"Kind regards,\n{c1f} {c1l}\nConsultant Physician", f"Yours sincerely,\n\nDr {c1f} {c1l} MBChB MRCP",
                        f"Electronically signed by: {c1f} {c1l}, MD", f"{c1f[0]}. {c1l}, FY2", f"— Dr {c1l}",
                        f"Signed: {c1f} {c1l}"])
    if c1f in signature and not any(p.kind == "NAME" and c1f in p.tokens for p in b.planted):
        b.plant_name(c1f, c1l)
    body = [*header_lines, presenting, social, clinician, clinical, imaging, plan, signature]
    text = "\n".join(body)

    case = Case(
        id=f"deid-{i:04d}", title=f"Referral: {title} {last}",
        demographics=Demographics(age_years=age, sex="female" if female else "male", description=f"{age_text} {sex}"),
        presenting_complaint=presenting, history="\n".join([*header_lines, clinician, plan]), social_history=social,
        past_medical_history=f"{eps[0]}; {other[0]}", medications=drugs,
        labs=[LabResult(name=n, value=float(v), unit=u, time=lab_date) for n, v, u in labs],
        examination={"General": f"tender {anat[0]}; {eps[1]}. {other[1]}.",
                     "Other": f"{held[0][0].upper() + held[0][1:]} was considered. Also noted: {held[1]}."},
        imaging=[ImagingStudy(id=f"img{i}", modality="CT", report=imaging)],
        other_results={"Correspondence": signature},
    )
    b.protected[b.protected.index(held[0])] = held[0][0].upper() + held[0][1:]
    return Record(f"deid-{i:04d}", text, case, b.planted, b.protected, [held[0][0].upper() + held[0][1:], held[1]],
                  day_first=not b.us)


def build_corpus(n: int = 240, seed: int = SEED) -> list[Record]:
    """``n`` synthetic records; the same ``seed`` always gives the same records."""
    rng = random.Random(seed)
    return [_record(rng, i) for i in range(n)]
