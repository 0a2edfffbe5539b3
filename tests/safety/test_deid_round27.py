"""Session 42's changes: Ukrainian and Persian months, a place or person after a Russian or Ukrainian preposition,
Ukrainian relatives in the nominative, a Greek title before initials, Chinese roles ending in 师/師 or 长/長 and a
Chinese given name written alone, Japanese doctors named by what they do, West African titles, initials declared after
a comma inside the name's brackets, and one initial before a surname no vocabulary holds, narrowed after a second
reading (347 snippets written to break them); and, after HELD-OUT 42's measurement, Russian months "in" which, stays
from a day to a day, Chinese clinicians before a bracket or a spaced title, "USS" as a scan; each with what must
stay."""

from __future__ import annotations

import pytest

from tests.deid_snippets import gone_and_kept as _gone_and_kept, present as _present, rules_alone as _rules


@pytest.mark.parametrize("text, gone, kept", [
    # months of Ukrainian and of the Solar Hijri calendar, beside a day or a year
    ("Наступний огляд команди: 17 грудня. Виписаний 3 листопада 2025 р.", ["17 грудня", "3 листопада"],
     ["Наступний огляд команди"]),
    ("ویزیت بعدی: ۹ آذر\nآزمایش: هموگلوبین ۹٫۸", ["۹ آذر"], ["هموگلوبین ۹٫۸"]),
    ("نوار قلب در مهر ۱۴۰۱ طبیعی بود. ویتامین دی ۱۰۰۰ واحد", ["مهر ۱۴۰۱"], ["ویتامین دی ۱۰۰۰"]),
    # a capitalised word after a preposition of place is a place or a person; a country, a department and a score's
    # name after another word are not
    ("Первинна ампутація у Запоріжжі, реампутація у Львові. Мешкають у Стрию.", ["Запоріжжі", "Львові", "Стрию"],
     ["Первинна ампутація"]),
    ("Переведён в Отделение реанимации, родился в Украине. Оценка по Апгар 8/9, шкала Глазго 15.", [],
     ["Отделение", "Украине", "Апгар", "Глазго"]),
    # only a listed town, in its case: not "Вас", a drug, a department, a country, a region, a heading or a month
    ("Переведён из Казани, живёт в Омске, был в Києві, під Бахмутом, под Москвой.",
     ["Казани", "Омске", "Києві", "Бахмутом", "Москвой"], ["Переведён"]),
    ("У Вас выявлено. Переведена з Варфарину на Ксарелто, в Кардиологическое отделение. Вернулся из Египта, из Индии, "
     "был в Азии и в Сибири. Из Анамнеза: в Октябре", [],
     ["Вас", "Варфарину", "Кардиологическое", "Египта", "Индии", "Азии", "Сибири", "Анамнеза", "Октябре"]),
    # after HELD-OUT 42's measurement: a month "in" which ("в марте 2024 г."), a stay from a day to a day ("с 02.06 по
    # 14.06.2025"), a town whose vowel drops ("Череповце"); a dose or a value with its unit stays
    ("Бросил в марте 2024 г., госпитализация с 02.06 по 14.06.2025. Живёт в Череповце.",
     ["марте 2024", "02.06", "Череповце"], ["Бросил"]),
    ("Принимать по 1.5 мг. По 12.10 ммоль/л. Снизить до 2.5 л. Боль до 7/10, по 1/2 таблетки.", [],
     ["1.5 мг", "12.10 ммоль", "2.5 л", "7/10", "1/2 таблетки"]),
    # Ukrainian relatives in the nominative
    ("Родина: дружина Оксана та син Тарас (6 р.), бабуся Галина.", ["Оксана", "Тарас", "Галина"], ["Родина"]),
    # a family history's disease after a relative, and "мати" (also "to have") before a noun, are no names
    ("Спадковість: мати — Гіпертонічна хвороба; бабуся Цукровий діабет, дідусь Інфаркт міокарда. Може мати Алергію.", [],
     ["Гіпертонічна", "Цукровий", "Інфаркт", "Алергію"]),
    # a Greek title before an initial and a surname
    ("Επανέλεγχος αύριο (Δρ Μ. Αθανασοπούλου).", ["Αθανασοπούλου", "Μ."], ["Επανέλεγχος"]),
])
def test_scripts(text: str, gone: list[str], kept: list[str]) -> None:
    _gone_and_kept(text, gone, kept, lambda word, out: word in out)


@pytest.mark.parametrize("text, gone, kept", [
    # any role ending in 师/師 or 长/長 before a name, with a colon or a space
    ("参与者：社工師 蔡宗翰。見證人（鄰長 郭金水）", ["蔡宗翰", "郭金水"], ["社工師", "鄰長"]),
    # there a name has three characters: an anaesthetic, comfort and a ward round name no one
    ("麻醉师：全麻，院长 查房，心理咨询师：安慰，", [], ["全麻", "查房", "安慰"]),
    ("患儿身长 50cm，生长 缓慢，体重增长 明显。", [], ["身长", "缓慢", "明显"]),
    # a found name's two-character given name alone, where no other character touches it; inside a word it stays
    ("发药人\n10月31日｜60 mg｜丽华\n护士：段丽华", ["丽华", "段丽华"], ["发药人"]),
    ("患者王志明，男，45岁。体征：标志明显。", ["王志明"], ["标志明显"]),
    ("| 时间 | 药物 | 签名 |\n| 08:00 | 头孢 | 丽华 |\n护士：段丽华", ["丽华"], ["头孢"]),
    ("患者：陈国庆，男。国庆 假期后复查。", ["陈国庆"], ["国庆 假期"]),
    # a clinician's name with a word in brackets before the colon, or a space before their title
    ("诊断医师（签名）：田晓红（资格证号 0417号）\n09:00 随主任查房（邢德明 主任医师）", ["田晓红", "邢德明"], ["查房"]),
    # a listed town named bare after a word of being or going; inside a run of characters, or a generic word, it stays
    ("長女 黃麗雲（自高雄返回）。患者在昆明打工，来自青岛的游客。", ["高雄", "昆明", "青岛"], ["返回", "打工"]),
    ("祝您安康。在安康中心就诊。从长治疗。在中心等候。患者于十日出院。在联合治疗下，在光明的环境下。转至安宁，", [],
     ["安康", "长治", "中心", "十日", "联合", "光明", "安宁"]),
    # a Japanese doctor named by what they do, before the colon
    ("解析：臨床検査技師 金城 あゆみ　判読医：新垣 浩二\n報告日", ["新垣", "浩二"], ["判読医"]),
    ("担当医：未定", [], ["未定"]),
    ("専門医：循環器 内科へ紹介。研修医：採血 実施します", [], ["循環器", "採血"]),
])
def test_han(text: str, gone: list[str], kept: list[str]) -> None:
    _gone_and_kept(text, gone, kept, lambda word, out: word in out)


@pytest.mark.parametrize("text, gone, kept", [
    # a day over 24 before 12 is a day of December, not a count of months; a child's age in months stays
    ("Watery diarrhoea since 27/12. Unwell from 29/12.", ["27/12", "29/12"], ["Watery diarrhoea"]),
    ("Cough since 3/12. Aged 18/12. Power 4/5. Toddler aged 30/12, now 30/12.", [], ["3/12", "18/12", "4/5", "30/12"]),
    # West African titles
    ("Brought by her mother-in-law, Hajiya Binta, after a radio announcement.", ["Binta"], ["radio announcement"]),
    ("Seen with Malam Garba Danjuma at the clinic.", ["Garba", "Danjuma"], ["clinic"]),
    # initials declared after a comma inside the brackets that hold the name, then used alone
    # (the declaring "IM" itself stays: letters of a route after a comma in brackets are as often a dose's)
    ("cc: DN team (Iona MacAskill, IM). Signed IM 10:00", ["MacAskill", "Signed IM"], ["team"]),
    ("Plan (Dr Ken Brown, KB) agreed. KB aware.", ["KB", "Brown"], ["agreed"]),
    ("Given (paracetamol, IM) today.", [], ["IM", "paracetamol"]),
    ("(Iona MacAskill, IM) visited. Ceftriaxone 1 g (stat, IM).", ["MacAskill"], ["stat, IM"]),
    # signers after more verbs with "by"; a test, a service or a unit is no signer
    ("Dispensed by: MT. Dictated by AK, typed by LW.", ["MT", "AK", "LW"], ["Dispensed"]),
    ("Tested by: PCR. Seen by PICU. Sample taken by: FNA. Examined by: EUA.", [], ["PCR", "PICU", "FNA", "EUA"]),
    # one initial before a surname no vocabulary holds; an organism's genus and epithet are no person
    ("Handover: flight paramedic with R. Guidry, then Marcus T. Boudreaux.", ["Guidry", "Boudreaux"], ["Handover"]),
    # an ultrasound scan is no vessel's prefix before what it scanned
    ("USS KUB: kidneys 9.1 cm. USS abdo normal. Crew of the USS Enterprise.", ["Enterprise"], ["USS KUB", "USS abdo"]),
    # a grade or a class closing a sentence before the next one's first word
    ("CRP 142 mg/L. Alvarado score 8. Child-Pugh C. Ascites present. Killip I. GRACE 142. Proned for influenza A. "
     "Proned 16 h/d", [], ["Alvarado", "Ascites", "GRACE", "Proned"]),
    ("P. Jirovecii pneumonia. S. Aureus grown. Dx: H. Pylori. A. Triage: done", [],
     ["Jirovecii", "Aureus", "Pylori", "Triage"]),
    ("Candidaemia with C. Auris; C. Glabrata. C. Jejuni and G. Lamblia (S. Maltophilia, B. Cepacia).", [],
     ["Auris", "Glabrata", "Jejuni", "Lamblia", "Maltophilia", "Cepacia"]),
    ("Hinchey I. Tazocin IV. Blood group: O. Kleihauer negative.", [], ["Tazocin", "Kleihauer"]),
])
def test_english(text: str, gone: list[str], kept: list[str]) -> None:
    _gone_and_kept(text, gone, kept, _present)
