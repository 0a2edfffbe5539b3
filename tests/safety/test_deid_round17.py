"""Session 31's rules (the rules alone, without the learned reader): Russian names by their patronymic or by two
initials wherever they stand, a person after their job or a relative and a dash, districts by their adjective and
number plates; Chinese reviewers and handlers after their label, a department between a label and a name, a
subdistrict after its district and a district in brackets, and staff and member numbers; question words are no part of
a known name. Each with what must stay."""

from __future__ import annotations

import pytest

from consilium.orchestration.privacy import learned
from tests.deid_snippets import rules_unlearned as _rules


@pytest.mark.parametrize("text, gone", [
    # surname, given name and patronymic with no title before them, in the nominative and the dative
    ("Консультировал по телефону: Петренко Олег Викторович, кардиохирург.", ["Петренко", "Олег", "Викторович"]),
    ("Результат сообщён Зиннатуллиной Алие Маратовне в 14:10.", ["Зиннатуллиной", "Алие", "Маратовне"]),
    # given name and patronymic, as a colleague is addressed
    ("Ольга Сергеевна назначила повторный анализ крови.", ["Ольга", "Сергеевна"]),
    # a surname beside two initials, either way round
    ("Передан дежурному хирургу Мусину Т. Р. в приёмном покое.", ["Мусину"]),
    ("Заключение подписал А. В. Колесников.", ["Колесников"]),
    # a relative after a dash, a person after their job
    ("Дочь — Гарипова Эльвира сопровождала больную.", ["Гарипова", "Эльвира"]),
    ("Водитель Лаптев доставил пациента.", ["Лаптев"]),
])
def test_russian_names_are_found_by_their_patronymic_initials_or_job(text, gone):
    out = _rules(text)
    for word in gone:
        assert word not in out, out


@pytest.mark.parametrize("text, kept", [
    # the title before a known name is not part of it, in Russian as in English
    ("Пациент Лаптев поступил в 10:20. Пациент Лаптев осмотрен.", ["Пациент", "поступил", "осмотрен"]),
    # an eponymous syndrome and a scale are no names; a sentence's initials-like abbreviation is no person
    ("Синдром Вольфа-Паркинсона-Уайта, шкала Глазго 15 баллов.", ["Синдром Вольфа-Паркинсона-Уайта", "шкала Глазго 15 баллов"]),
    ("Жалобы на боль в груди, т. е. типичная стенокардия.", ["т. е. типичная стенокардия"]),
    # a district named by an ordinary adjective in lower case is a part of the body, not a place
    ("Боль в правом подвздошном районе живота.", ["правом подвздошном районе"]),
])
def test_russian_clinical_text_stays(text, kept):
    out = _rules(text)
    for words in kept:
        assert words in out, out


def test_a_russian_district_and_number_plate_go():
    out = _rules("Проживает в Кировском районе г. Уфы; автомобиль гос. номер Е 512 КХ 799, второй — М718ОР02.")
    for identifier in ("Кировском", "Е 512 КХ 799", "М718ОР02"):
        assert identifier not in out, out
    assert "Проживает" in out and "автомобиль" in out


@pytest.mark.parametrize("text, gone", [
    ("检验：血常规　审核：欧阳建华", ["欧阳建华"]),
    ("联系人：保卫科 王丽娟 0571-8800 1234", ["王丽娟"]),
    ("用人单位：某某有限公司（西湖区转塘街道）", ["西湖区", "转塘街道"]),
    ("工号：KQ-2231　学号：20210457", ["KQ-2231", "20210457"]),
])
def test_chinese_reviewers_departments_districts_and_staff_numbers_go(text, gone):
    out = _rules(text)
    for identifier in gone:
        assert identifier not in out, out


@pytest.mark.parametrize("text, kept", [
    ("转入（外科病区），", ["外科病区"]),
    ("住院部（东院区）", ["东院区"]),
    ("审核：血常规正常", ["血常规正常"]),
])
def test_chinese_wards_campuses_and_results_stay(text, kept):
    out = _rules(text)
    for words in kept:
        assert words in out, out


def test_a_question_word_before_a_known_name_is_no_part_of_it():
    out = _rules("Reviewed by Dr Anwuli Nwachukwu-Ebere. Does Nwachukwu-Ebere agree? Ask Nwachukwu-Ebere, or Call Amaka.")
    assert "Nwachukwu" not in out
    for word in ("Does", "Ask", "Call"):
        assert f"{word} [NAME_" in out, out


@pytest.mark.parametrize("text, kept, gone", [
    # Spanish, Italian, French and Portuguese eponyms after their head and "de" / "di"; a person named the same way stays
    # a person ("Paciente Thomas Ruiz, de Parkland")
    ("Se colocó férula de Thomas y se calculó la fórmula de Parkland. Paciente: Ignacio Thomas Ruiz.",
     ["férula de Thomas", "fórmula de Parkland"], ["Ignacio", "Ruiz"]),
    ("Segno di Murphy positivo; regola del 9 di Wallace: 18 %. Medico: dott.ssa Giulia Ferrandi.",
     ["Segno di Murphy", "regola del 9 di Wallace"], ["Giulia", "Ferrandi"]),
    ("Signe de Lasègue à droite; maladie de Crohn connue. Patient : Mathis Garnier.",
     ["Signe de Lasègue", "maladie de Crohn"], ["Mathis", "Garnier"]),
    # a head word that is also a given name is no head without its "de"
    ("Daughter Signe Aasland-Ruud 701-555-0148 visits; Tala Moana signed.", [], ["Signe", "Aasland-Ruud", "Moana"]),
    # a brand alone in brackets after its drug or vaccine; a name alone in brackets after a relative goes
    ("Adrenaline (Emerade) 500 mcg IM, batch 7QK4182, at 14:02; husband (Oyelowo) called 999. Seen by Dr Ama Boateng.",
     ["Adrenaline (Emerade) 500 mcg"], ["Oyelowo", "Boateng", "7QK4182"]),
    # the kind of device, then its maker and product in brackets
    ("Permanent pacemaker (Abbott Endurity Core, serial PZK418273S) fitted at Ysbyty Gwynedd.",
     ["pacemaker (Abbott Endurity Core"], ["PZK418273S"]),
    # a traditional-Chinese hospital after 於 (at) or 因 (because of) is read from that word on, not before it
    ("2021年因急性心肌梗塞於瑪嘉烈醫院接受治療。", ["急性心肌梗塞"], ["瑪嘉烈醫院"]),
    # and from the verb of admission or transfer on: "因社區獲得性肺炎入住屯門醫院" names 屯門醫院, not the pneumonia
    ("2024年3月因社區獲得性肺炎入住屯門醫院，後送往伊利沙伯醫院急症室。", ["社區獲得性肺炎入住", "送往", "急症室"],
     ["屯門", "伊利沙伯"]),
])
def test_eponyms_brands_and_devices_stay_and_the_people_beside_them_go(text, kept, gone):
    out = _rules(text)
    for words in kept:
        assert words in out, (words, out)
    for words in gone:
        assert words not in out, (words, out)
