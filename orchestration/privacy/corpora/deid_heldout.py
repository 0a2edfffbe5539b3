"""Hand-written held-out notes for the de-identification evaluation, written after the rules of issue 14
and not used to change them: the figures on these are the honest ones (``evaluate --held-out``).

Each note lists its identifiers (kind, the parts that must not survive) and clinical strings that must.
"""

from __future__ import annotations

from consilium.orchestration.errors import Defect
from consilium.orchestration.case.model import Case
from consilium.orchestration.privacy.corpora.deid_corpus import Planted, Record

# (text, [(kind, [parts that must not survive])], [clinical strings that must survive])
Note = tuple[str, list[tuple[str, list[str]]], list[str]]

NOTES: list[Note] = [
    ("Mrs Philippa Dunmore, 94, was brought from Rowanbank Care Home by ambulance. Her nephew Callum rang from Inverness.",
     [("NAME", ["Philippa", "Dunmore"]), ("HOSPITAL", ["Rowanbank"]), ("NAME", ["Callum"]), ("LOCATION", ["Inverness"])],
     ["ambulance"]),
    ("Grandson Kieran drove her in from Tamworth. Previously treated at Good Hope Hospital for a hip fracture.",
     [("NAME", ["Kieran"]), ("LOCATION", ["Tamworth"]), ("HOSPITAL", ["Good Hope"])], ["hip fracture"]),
    ("Born 02/11/1929, he is now 95 years old and lives with his daughter in Gorleston.",
     [("DOB90", ["1929", "02/11/1929"]), ("AGE", ["95 years old"]), ("LOCATION", ["Gorleston"])], []),
    ("Frank melaena overnight; Hb 71 g/L. Frank Osei was transfused two units.",
     [("NAME", ["Osei"])], ["Frank melaena overnight", "Hb 71 g/L"]),
    ("Mark the left groin for access. Patient: Mark Whitlock. Contact his partner, Ines, on 0423 118 907.",
     [("NAME", ["Whitlock"]), ("NAME", ["Ines"]), ("PHONE", ["0423 118 907"])], ["Mark the left groin for access."]),
    ("Telemetry gateway 192.168.40.17 stopped sending. Loop recorder serial RTX448120Q was interrogated.",
     [("IP", ["192.168.40.17"]), ("SERIAL", ["RTX448120Q"])], ["Loop recorder"]),
    ("Found by police beside his van, reg number KX19 PLM. Licence no. WHITL610214J99AB.",
     [("PLATE", ["KX19 PLM"]), ("LICENCE", ["WHITL610214J99AB"])], []),
    ("Carers use keysafe 7391; she tweets as @nanabee_44 about her garden.",
     [("CODE", ["7391"]), ("HANDLE", ["nanabee_44"])], []),
    ("Lives alone on Mulberry Walk since her husband Desmond died; attends the Brackenridge Surgery.",
     [("ADDRESS", ["Mulberry Walk"]), ("NAME", ["Desmond"]), ("HOSPITAL", ["Brackenridge"])], []),
    ("Referred by Dr Anwen Pritchard, Ysbyty Gwynedd, with Wells score 5 and CURB-65 of 2.",
     [("NAME", ["Anwen", "Pritchard"])], ["Wells score 5", "CURB-65 of 2"]),
    ("Ο κ. Σπύρος Αλεξίου, 78 ετών, από τη Λάρισα, τηλ. 6944 123 456. Συνοδός: η σύζυγος Βασιλική.",
     [("NAME", ["Σπύρος", "Αλεξίου"]), ("LOCATION", ["Λάρισα"]), ("PHONE", ["6944 123 456"]), ("NAME", ["Βασιλική"])],
     ["78 ετών"]),
    ("Νοσηλεύτηκε στο Γενικό Νοσοκομείο Βόλου τον Μάρτιο. Διεύθυνση: Λεωφόρος Αλεξάνδρας 44, 114 73 Αθήνα.",
     [("HOSPITAL", ["Βόλου"]), ("ADDRESS", ["Αλεξάνδρας 44", "114 73"])], []),
    ("患者陈建华，女，72岁，因发热咳嗽3天入院。儿子陈伟电话：139-2210-8876。",
     [("NAME", ["陈建华"]), ("NAME", ["陈伟"]), ("PHONE", ["139-2210-8876"])], ["发热咳嗽3天"]),
    ("家住上海市徐汇区漕溪北路120号。曾于复旦大学附属中山医院行冠脉支架术。主治医师：刘一鸣",
     [("ADDRESS", ["漕溪北路120号"]), ("HOSPITAL", ["中山医院"]), ("NAME", ["刘一鸣"])], ["冠脉支架术"]),
    ("Will benefit from physiotherapy. Will Ashdown's wife, Moira, lives in Ballycastle.",
     [("NAME", ["Ashdown"]), ("NAME", ["Moira"]), ("LOCATION", ["Ballycastle"])], ["Will benefit from physiotherapy."]),
    ("Discussed at the Northern Lights Hospice MDT; son Ravi (mobile 07700 900 361) agrees with DNACPR.",
     [("HOSPITAL", ["Northern Lights"]), ("NAME", ["Ravi"]), ("PHONE", ["07700 900 361"])], ["DNACPR"]),
]


def notes_records(notes: list[Note], prefix: str) -> list[Record]:
    """Hand-written notes as corpus records (ids ``<prefix>-NN``); a planted part or clinical string that
    is not in its note's text is a mistake in the note set (:class:`~consilium.orchestration.errors.Defect`)."""
    out = []
    for k, (text, idents, protected) in enumerate(notes):
        rid = f"{prefix}-{k:02d}"
        missing = [t for _, tokens in idents for t in tokens if t not in text] + [p for p in protected if p not in text]
        if missing:
            raise Defect(f"{rid}: {missing} not in the note's text")
        planted = [Planted(kind, " ".join(tokens), tokens) for kind, tokens in idents]
        out.append(Record(rid, text, Case(id=rid, history=text), planted, protected, [], day_first=True))
    return out


def held_out_records() -> list[Record]:
    """The notes above as corpus records (ids ``held-NN``)."""
    return notes_records(NOTES, "held")
