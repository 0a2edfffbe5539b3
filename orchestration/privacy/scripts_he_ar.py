"""Identifiers written in Hebrew and Arabic script, for :func:`consilium.orchestration.privacy.scripts.script_spans`.

Neither script has capital letters, and no name list is shipped for either: a name is read only from the slot
it stands in (a label with a colon, a title, a relative word) up to the punctuation, digit or line end that
closes it, at most four words. Hospitals are read after their facility words (בית החולים, המרכז הרפואי,
مستشفى) to the end of the clause; an address label's value (כתובת:, العنوان:) to the end of its line.
"""

from __future__ import annotations

import functools
import re

_HE = "\u05d0-\u05ea"
_AR = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
# A Hebrew word may carry a hyphen ("בן-חמו") or a geresh ("ג'ורג'"); an Arabic one is letters only.
_HE_WORD = rf"[{_HE}]{{2,}}(?:[-־][{_HE}]+)*(?:['׳][{_HE}]*)?(?![\"״.])"  # not an abbreviation ("ד\"ר", "ת\"ז")
_AR_WORD = rf"[{_AR}]{{2,}}(?!\.)"  # not an abbreviation ("د.")


def _name(word: str, stop: str) -> str:
    """One to four words of a script, none of them a word that closes the name (an age word, a label)."""
    one = rf"(?!(?:{stop})(?![{_HE}{_AR}\-־]))" + word
    return rf"{one}(?:[ \t]+{one}){{0,3}}"


# Words that end a name in each script: the age after it ("בן 74", "العمر"), sex, record and ID labels.
_HE_STOP = r"בן|בת|גיל|ת\"ז|ת״ז|מספר|טלפון|טל|נייד|כתובת|זכר|נקבה|שנים|שנה"
_AR_STOP = r"العمر|عمره|عمرها|سنة|عاما|عامًا|الرقم|رقم|هاتف|جوال|العنوان|ذكر|أنثى|الطبي"

_HE_LABELS = (r"שם(?:[ \t]+(?:המטופל(?:ת)?|החולה|המטופל/ת|פרטי|משפחה|האם|האב|המלווה))?|המטופל(?:ת)?|רופא(?:ה)?(?:[ \t]+"
              r"(?:מטפל(?:ת)?|משפחה|מפנה|אחראי(?:ת)?|תורן(?:ית)?))?|אחות(?:[ \t]+אחראית)?|אח[ \t]+אחראי|איש[ \t]+קשר|"
              r"אשת[ \t]+קשר|חתימה|נבדק(?:ה)?[ \t]+על[ \t]+ידי|מלווה")
_HE_TITLES = r"ד\"ר|ד״ר|דר'|פרופ'|פרופ׳|פרופסור|גב'|גב׳|הגב'|מר|גברת|האחות|האח"
_HE_RELATIVES = r"הבן|הבת|בנו|בנה|בתו|בתה|האישה|אשתו|הבעל|בעלה|האם|אמו|אמה|האב|אביו|אביה|אחיו|אחיה|אחותו|אחותה|נכדו|נכדה|נכדתו|השכן|השכנה|המטפלת|המטפל"
_AR_LABELS = (r"(?:اسم[ \t]+)?(?:المريض(?:ة)?|المريضه)|الاسم|اسم|الطبيب(?:ة)?(?:[ \t]+(?:المعالج(?:ة)?|المسؤول(?:ة)?|المقيم(?:ة)?))?|"
              r"الممرض(?:ة)?|للتواصل|جهة[ \t]+الاتصال|المرافق(?:ة)?|التوقيع|ولي[ \t]+الأمر")
_AR_TITLES = r"د\.|الدكتور(?:ة)?|دكتور(?:ة)?|السيد(?:ة)?|السيده|الأستاذ(?:ة)?|الممرض(?:ة)?|الحاج(?:ة)?"
_AR_RELATIVES = (r"ابنها|ابنه|ابنتها|ابنته|بنتها|بنته|زوجها|زوجته|أخوها|أخوه|أخيه|أخته|أختها|والدها|والده|والدتها|والدته|أمه|أمها|"
                 r"أبوه|أبوها|حفيدها|حفيده|حفيدته|جاره|جارها|خاله|خالها|عمه|عمها|ابن[ \t]+عمه|ابن[ \t]+عمها")
# the words that label a phone number in Hebrew and Arabic (read by id_rules' labelled phone too)
PHONE_LABELS = r"טלפון|טל['׳]?|נייד|פקס|هاتف|الهاتف|جوال|الجوال|موبايل|فاكس|تلفون"
_COLON = r"[ \t]*[:：][ \t]*"
# a relation word or a title never starts the name it announces
_HE_NAME = _name(_HE_WORD, rf"{_HE_STOP}|{_HE_RELATIVES}|{_HE_TITLES}")
_AR_NAME = _name(_AR_WORD, rf"{_AR_STOP}|{_AR_RELATIVES}|{_AR_TITLES}")


@functools.cache
def _rules() -> list[tuple[str, str, int, re.Pattern[str]]]:
    """The rules, compiled when the first text in either script comes (most cases hold none)."""
    return [
        ("NAME", "he_label", 9, re.compile(rf"(?<![{_HE}])(?:{_HE_LABELS}){_COLON}(?:(?:{_HE_RELATIVES}|{_HE_TITLES})(?![{_HE}])[ \t]*)?"
                                           rf"(?P<n>{_HE_NAME})")),
        ("NAME", "he_title", 9, re.compile(rf"(?<![{_HE}])(?:{_HE_TITLES})[ \t]+(?P<n>{_HE_NAME})")),
        ("NAME", "he_relative", 9, re.compile(rf"(?<![{_HE}])(?:{_HE_RELATIVES})(?![{_HE}])[ \t]*[:,]?[ \t]*(?P<n>{_HE_NAME})")),
        ("HOSPITAL", "he_hospital", 5, re.compile(rf"(?P<n>(?:(?:ה)?מרכז[ \t]+(?:ה)?רפואי|בית[ \t]+(?:ה)?חולים|בי\"ח|ביה\"ח|בי״ח|ביה״ח|"
                                                  rf"מרפאת|קופת[ \t]+חולים)[ \t]+{_HE_NAME})")),
        ("NAME", "ar_label", 9, re.compile(rf"(?<![{_AR}])(?:{_AR_LABELS}){_COLON}(?:(?:{_AR_RELATIVES}|{_AR_TITLES})(?![{_AR}])[ \t]*)?"
                                           rf"(?P<n>{_AR_NAME})")),
        ("NAME", "ar_title", 9, re.compile(rf"(?<![{_AR}])(?:{_AR_TITLES})(?![{_AR}])[ \t]*(?P<n>{_AR_NAME})")),
        ("NAME", "ar_relative", 9, re.compile(rf"(?<![{_AR}])(?:{_AR_RELATIVES})(?![{_AR}])[ \t]*[:،,]?[ \t]*(?P<n>{_AR_NAME})")),
        ("HOSPITAL", "ar_hospital", 5, re.compile(rf"(?P<n>(?:مستشفى|مستشفي|المستشفى|مركز[ \t]+صحي|مركز[ \t]+طبي|عيادة|مجمع[ \t]+طبي)"
                                                  rf"[ \t]+{_AR_NAME})")),
    ]


# "כתובת: רחוב הגעתון 12, נהריה", "العنوان: حي ..., شارع ... 19، الزرقاء": the whole value of an address label.
@functools.cache
def _address_label() -> re.Pattern[str]:
    return re.compile(rf"(?:כתובת|מען|מקום[ \t]+מגורים|العنوان|عنوان[ \t]+السكن|السكن|مكان[ \t]+الإقامة){_COLON}(?P<n>[^\n]+?)"
                      # (to the line's end, or to a phone's label on the same line: "..., שדרות. טלפון: 050-...")
                      rf"[ \t.,،]*(?=\n|$|(?:{PHONE_LABELS})[ \t]*[:：]?[ \t]*[+\d\u0660-\u0669])")


_HAS_HE = re.compile(rf"[{_HE}]")
_HAS_AR = re.compile(rf"[{_AR}]")


def he_ar_spans(text: str) -> list[tuple[int, int, str, str, int]]:
    """(start, end, kind, rule, priority) of Hebrew- and Arabic-script identifiers."""
    hebrew, arabic = _HAS_HE.search(text) is not None, _HAS_AR.search(text) is not None
    if not (hebrew or arabic):
        return []
    out = [(*m.span("n"), "ADDRESS", "he_ar_address_label", 5) for m in _address_label().finditer(text)]
    for kind, rule, prio, pattern in _rules():
        if rule.startswith("he_") and not hebrew or rule.startswith("ar_") and not arabic:
            continue
        out += [(*m.span("n"), kind, rule, prio) for m in pattern.finditer(text) if m.end("n") > m.start("n")]
    return out
