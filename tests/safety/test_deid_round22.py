"""Session 36's rules (the rules alone, without the learned reader): contact numbers after a name, postcodes beside a
found place, landforms, letterheads of institutes, firms by their trade, feasts and more months, plates and call
signs, initials and surnames in a table's cells, Chinese, Hindi, Hebrew and Arabic slots. Each with what must stay."""

from __future__ import annotations

import pytest

from consilium.orchestration.privacy import learned
from tests.deid_snippets import rules_unlearned as _rules


@pytest.mark.parametrize("text, gone", [
    # a contact's number after their name and a comma, closing the clause
    ("NOK: wife Mrs Nhem Sophy, 012 482 730\nHistory: fever", ["012 482 730"]),
    ("Camp owner at Aranka (Mr Dhanraj Sukhu, 621-8830) agreed to bed her.", ["621-8830"]),
    # a bare postcode before a found place, and after one before a bar
    ("Stora Brogatan 7, 761 30 Norrtälje, Sweden.", ["761 30"]),
    ("East Avenue, Diliman, Quezon City 1101 | Trunkline (02) 8981 0300", ["1101"]),
    # landforms and a lake before its name
    ("ran 5 h with wet mitts to the Scatter Creek checkpoint; hands rewarmed", ["Scatter Creek"]),
    ("'Rose Cottage', Cow Path, Half Tree Hollow. Teaching assistant", ["Half Tree Hollow"]),
    ("a carcass was found at the edge of Lake Liambezi (GPS fix sent)", ["Lake Liambezi"]),
    # letterheads in capitals that name an institute or end in a word of care
    ("NATIONAL KIDNEY AND TRANSPLANT INSTITUTE - Hemodialysis Unit\nPatient: x", ["NATIONAL KIDNEY AND TRANSPLANT INSTITUTE"]),
    ("SONAM NORBOO MEMORIAL (SNM) HOSPITAL, LEH - 194101\nReferral", ["SONAM NORBOO MEMORIAL"]),
    # firms by their trade after a preposition
    ("a retired haulier (formerly with Cambrian Freight Lines) with loose stools", ["Cambrian Freight Lines"]),
    # feasts and months
    ("wants her back at the home for Mothering Sunday. Physio at 10.", ["Mothering Sunday"]),
    ("the last working day before Khmer New Year; client anxious", ["Khmer New Year"]),
    ("Φερριτίνη 1.840 ng/mL (Νοέμβριος: 2.210). MRI T2*", ["Νοέμβριος"]),
    ("Date: 2. august 2025\nSeafarer examined", ["2. august 2025"]),
    ("WCCG e-referral | Dydd Llun 16 Chwefror 2026", ["16 Chwefror 2026"]),
    ("7月底火把节回村探亲后咳嗽加重", ["火把节"]),
    # plates without a space, a bracket before "registration", call signs, an aircraft after a helicopter's type
    ("Ambulância SAMU, placa RTB4E27. Médica de plantão", ["RTB4E27"]),
    ("was riding his motorcycle (registration 6C4RV) on the Western Ring Road", ["6C4RV"]),
    ("IMO 9351725 | Call sign OJKR | Flag: Finland", ["OJKR"]),
    ("Flown 17:20 on the crew-change S-92 (G-WNSX) to Aberdeen heliport", ["G-WNSX"]),
    # initials closing a table's line, a surname in capitals opening a cell
    ("07:05 | EMT-0412 | Nelly | amoxicillin-clavulanate | M.T.\n07:40 | next", ["M.T."]),
    ("25H190503 | TAN, Li (WV-0630012) | ER | 01:15", ["TAN, Li"]),
    # Chinese: a name with its contact number, its romanisation, a township
    ("其子罗健（手机 139 8176 5024）今早10点来签同意书。", ["罗健"]),
    ("姓名：關秀蓮（KWAN, Sau Lin）\u3000性別：女", ["KWAN, Sau Lin"]),
    ("9月27日至瑞穗鄉舞鶴台地割草", ["瑞穗鄉"]),
    # Hindi health workers, a health centre's village, a Hindu date
    ("रेफ़र करने वाली आशा: कमला निनामा; ANM: पूजा गरासिया, उप स्वास्थ्य केंद्र छोटी सरवन",
     ["कमला निनामा", "पूजा गरासिया", "छोटी सरवन"]),
    ("भर्ती: दीपावली के दिन; कार्तिक अमावस्या, विक्रम संवत 2082", ["दीपावली", "कार्तिक अमावस्या", "विक्रम संवत 2082"]),
    # Turkish relatives, Malay forms of address, the Iban "anak", Hebrew and Arabic labels, "Dre"
    ("Hastayı oğlu Cevdet kendi aracıyla getirdi.", ["Cevdet"]),
    ("ibu Puan Rohana binti Ismail, 019-933 2817", ["Rohana"]),
    ("Employee: Jefferson anak Ngelambong | Male | 38", ["Ngelambong"]),
    ("מטופל: מרדכי בן-שושן | ת.ז. 318462074", ["מרדכי"]),
    ("الممرضة المسؤولة: رنا العمري (ر.ع) | رئيسة القسم", ["رنا العمري"]),
    ("Dre Évangéline Harvey-Bouchard, pédiatre", ["Évangéline"]),
])
def test_session_36_slots(text, gone):
    out = _rules(text)
    for part in gone:
        assert part not in out, (part, out)


@pytest.mark.parametrize("text, kept", [
    # an age after a name and a comma is no phone
    ("Mr Tom Jones, 45 years, retired", ["45 years"]),
    # anatomy and scores are no landforms
    ("Pelvic Inlet: adequate; Thoracic Inlet view normal", ["Pelvic Inlet", "Thoracic Inlet"]),
    ("Lake Louise AMS score 4 at 3,400 m", ["Lake Louise AMS score"]),
    # a document's title in capitals is no letterhead
    ("EMERGENCY DEPARTMENT - TRIAGE NOTE\nx", ["EMERGENCY DEPARTMENT"]),
    ("CARDIAC REHAB - WEEK 3\nx", ["CARDIAC REHAB"]),
    # clinical words after a preposition are no firm
    ("rash on Hands and Feet, bitten by Bull Terrier", ["Hands and Feet", "Bull Terrier"]),
    # doses' times, routes and countries closing a table's line are no initials; a problem and its grade in a cell
    # are no surname and given name
    ("| Paracetamol | 1 g | Q.D.S.\n| Amoxicillin | 500 mg | P.O.\n| visit | U.K.", ["Q.D.S.", "P.O.", "U.K."]),
    ("| HTN, Controlled |\n| COPD, Mild |", ["HTN, Controlled", "COPD, Mild"]),
    # a hometown is no township; the nurse in charge's role is no name
    ("他回到家乡后在家乡生活", ["家乡"]),
    ("الممرضة المسؤولة: رنا العمري", ["المسؤولة"]),
])
def test_session_36_keeps(text, kept):
    out = _rules(text)
    for part in kept:
        assert part in out, (part, out)


def test_a_date_after_a_name_and_a_comma_is_shifted_as_a_date_not_taken_as_a_phone():
    out = _rules("Dr John Smith, 12-03-2024. Reviewed")
    assert "12-03-2024" not in out and "[PHONE" not in out, out
