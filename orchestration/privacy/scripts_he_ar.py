"""Identifiers written in Hebrew and Arabic script, for :func:`consilium.orchestration.privacy.scripts.script_spans`.

Neither script has capital letters, and no name list is shipped for either: a name is read only from the slot
it stands in (a label with a colon, a title, a relative word, a role before a colon, a log's last cell with initials)
up to the punctuation, digit or line end that closes it, at most four words. Hospitals are read after their facility
words (בית החולים, המרכז הרפואי, مستشفى) to the end of the clause; an address label's value (כתובת:, العنوان:) to the
end of its line; a street with its number, and places after the word for their kind (סניף, קיבוץ, حي, محافظة).
Towns are also read by GeoNames' Hebrew and Arabic names (:func:`_towns`). A name or place found is then looked for in
the whole case, with a preposition's letters written onto it (:func:`~.names.known_name_pattern`).
"""

from __future__ import annotations

import functools
import re

_HE = "\u05d0-\u05ea"
_AR = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
# A Hebrew word may carry a hyphen ("בן-חמו") or a geresh ("ג'ורג'"); an Arabic one is letters only.
# (a whole word, never one cut short: "המעקב." is not "המעק", "درعا." not "درع")
_HE_WORD = rf"[{_HE}]{{2,}}(?:[-־][{_HE}]+)*(?:['׳][{_HE}]*)?(?![{_HE}\"״])"  # not an abbreviation ("ד\"ר", "ת\"ז")
# (an Arabic word may carry its vowel marks and shadda: "عمّان")
_AR_WORD = rf"[{_AR}][{_AR}\u064b-\u0652\u0670]+(?![{_AR}\u064b-\u0652\u0670])"  # ("د.", one letter, is a title)


def _name(word: str, stop: str, nick: bool = True) -> str:
    """One to four words of a script, none of them a word that closes the name (an age word, a label); a nickname in
    brackets may follow the first ("אלכסנדר (סשה) גורודצקי", "רחל (רוחל'ה) אזולאי")."""
    one = rf"(?!(?:{stop})(?![{_HE}{_AR}\-־]))" + word
    nickname = rf"[{_HE}{_AR}][{_HE}{_AR}'׳]+"  # (a short one too: "יוסף (ג'ו) מלכה")
    if not nick:
        return rf"{one}(?:[ \t]+{one}){{0,3}}"
    closed = rf"(?=[ \t]*(?:[,.;:|()\n\d]|$|(?:{stop})(?![{_HE}{_AR}\-־])))"
    return rf"{one}(?:[ \t]+\({nickname}\)[ \t]+{one}{closed}|(?:[ \t]+{one}){{0,3}})"


# Words that end a name in each script: the age after it ("בן 74", "العمر"), sex, record and ID labels.
_HE_STOP = r"בן|בת|גיל|ת\"ז|ת״ז|מספר|טלפון|טל|נייד|כתובת|זכר|נקבה|שנים|שנה"
# (and the prepositions, which no name holds: "زوجته فاطمة رافقته إلى المستشفى"; not "على", which Egypt also writes
# for the name Ali)
_AR_STOP = (r"العمر|عمره|عمرها|سنة|عاما|عامًا|الرقم|رقم|هاتف|جوال|العنوان|ذكر|أنثى|الطبي|"
            r"إلى|الى|في|من|عن|مع|منذ|بعد|قبل|حتى|لدى|عند")

# professional roles before a colon that sign a letter or a form ("יועצת גנטית: ...", "עו\"ס: ...")
_HE_ROLES = (r"יועץ|יועצת|עו[\"״]ס|עובד(?:ת)?[ \t]+סוציאלי(?:ת)?|פיזיותרפיסט(?:ית)?|דיאטנ(?:ית)?|דיאטן|רוקח(?:ת)?|מיילדת|"
             r"פסיכולוג(?:ית)?|מרפא(?:ה)?[ \t]+בעיסוק|קלינאי(?:ת)?[ \t]+תקשורת|מתמחה|מזכיר(?:ה)?|גנטיקאי(?:ת)?")
_HE_LABELS = (rf"(?:{_HE_ROLES})(?:[ \t]+[{_HE}]{{2,}}){{0,2}}(?=[ \t]*[:：])|שם(?:[ \t]+(?:המטופל(?:ת)?|החולה|המטופל/ת|פרטי|משפחה|האם|האב|המלווה))?|המטופל(?:ת)?|רופא(?:ה)?(?:[ \t]+"
              r"(?:מטפל(?:ת)?|משפחה|מפנה|אחראי(?:ת)?|תורן(?:ית)?))?|אחות(?:[ \t]+אחראית)?|אח[ \t]+אחראי|איש[ \t]+קשר|"
              r"אשת[ \t]+קשר|חתימה|נבדק(?:ה)?[ \t]+על[ \t]+ידי|מלווה|"
              # a patient without the article, and the nurses of a shift ("מטופל: ...", "אחיות: ...")
              r"מטופל(?:ת)?|אחיות")
_HE_TITLES = r"ד\"ר|ד״ר|דר'|פרופ'|פרופ׳|פרופסור|גב'|גב׳|הגב'|מר|גברת|האחות|האח"
_HE_RELATIVES = (r"הבן|הבת|בנו|בנה|בתו|בתה|האישה|אשתו|הבעל|בעלה|האם|אמו|אמה|האב|אביו|אביה|אחיו|אחיה|אחותו|אחותה|נכדו|נכדה|נכדתו|"
                 r"השכן|השכנה|הסבתא|סבתו|סבתה|הסבא|סבו|סבה|הדודה|דודתו|דודתה|הנכד|הנכדה|בן[ \t]+הזוג|בת[ \t]+הזוג|"
                 r"בן[ \t]+זוגה|בת[ \t]+זוגו")
# words that name a relative or a carer only where a comma or a colon sets the name after them apart ("אחות, מיכל, בת 35"):
# "אחות" is a nurse too, "המטפלת" the treating one ("האונקולוגית המטפלת עודכנה")
_HE_RELATIVES_SET_APART = r"אח|אחות|סבתא|סבא|המטפלת|המטפל"
_AR_LABELS = (r"(?:اسم[ \t]+)?(?:المريض(?:ة)?|المريضه)|"
              # a person's name and surname after whose they are ("اسم المتوفى ولقبه:", "الاسم واللقب:", "اسم الأم:")
              r"(?:الاسم|اسم)[ \t]+(?:المتوفى|المتوفاة|الأم|الأب|الزوج|الزوجة|المرافق|المرافقة|الطبيب|الطبيبة|العائلة)"
              r"(?:[ \t]+(?:ولقبه|ولقبها|الكامل|الثلاثي))?|(?:الاسم|اسم)[ \t]+(?:واللقب|ولقبه|ولقبها|الكامل|الثلاثي|الرباعي)|"
              r"الاسم|اسم|الطبيب(?:ة)?(?:[ \t]+(?:المعالج(?:ة)?|المسؤول(?:ة)?|المقيم(?:ة)?))?|"
              r"الممرض(?:ة)?(?:[ \t]+(?:المسؤول(?:ة)?|المناوب(?:ة)?))?|للتواصل|جهة[ \t]+الاتصال|المرافق(?:ة)?|التوقيع|ولي[ \t]+الأمر")
_AR_TITLES = r"د\.|الدكتور(?:ة)?|دكتور(?:ة)?|السيد(?:ة)?|السيده|الأستاذ(?:ة)?|الممرض(?:ة)?|الحاج(?:ة)?"
_AR_RELATIVES = (r"ابنها|ابنه|ابنتها|ابنته|بنتها|بنته|زوجها|زوجته|أخوها|أخوه|أخيه|أخته|أختها|والدها|والده|والدتها|والدته|أمه|أمها|"
                 r"أبوه|أبوها|حفيدها|حفيده|حفيدته|جاره|جارها|خاله|خالها|عمه|عمها|ابن[ \t]+عمه|ابن[ \t]+عمها")
# the words that label a phone number in Hebrew and Arabic (read by id_rules' labelled phone too)
PHONE_LABELS = r"טלפון|טל['׳]?|נייד|פקס|هاتف|الهاتف|جوال|الجوال|موبايل|فاكس|تلفون"
_COLON = r"[ \t]*[:：][ \t]*"
# a relation word or a title never starts the name it announces
_HE_NAME = _name(_HE_WORD, rf"{_HE_STOP}|{_HE_RELATIVES}|{_HE_RELATIVES_SET_APART}|{_HE_TITLES}")
_HE_NAME_PLAIN = _name(_HE_WORD, rf"{_HE_STOP}|{_HE_RELATIVES}|{_HE_RELATIVES_SET_APART}|{_HE_TITLES}", nick=False)
# (a name's lineage words do not count among its four: "سالم بن خلفان بن سعيد البادي")
_AR_ONE = rf"(?!(?:{_AR_STOP}|{_AR_RELATIVES}|{_AR_TITLES})(?![{_HE}{_AR}\-־])){_AR_WORD}"
_AR_NAME = rf"{_AR_ONE}(?:[ \t]+(?:(?:بن|بنت|ابن)[ \t]+)?{_AR_ONE}){{0,3}}"
# a relative named with the article ("الأب", "والأم", "الأخت"): only before a name with its lineage ("والأم شيخة بنت ناصر
# المقبالي") or a name and an age in brackets ("الأخت مريم (٦ سنوات)"); before other words these are a sentence ("الأم
# مصابة بالسكري")
_AR_KIN = r"الأب|الأم|الأخ|الأخت|الابن|الابنة|الزوج|الزوجة|الجد|الجدة|الخال|الخالة|العم|العمة"
_AR_AGE_IN_BRACKETS = r"[ \t]*\([ \t]*[\d\u0660-\u0669]+[ \t]*(?:سنوات|سنة|عاما|عامًا|أشهر|شهر|شهور)"
# the words after "مستوصف" (a dispensary) that say which one it is not by name: the quarter's, the village's, a private one
_AR_GENERIC_FAC = (rf"(?:الحي|القرية|المدرسة|الخاص|المحلي|الحكومي|الأهلي|الخيري|التابع|العام|الرعاية|الصحي|الطبي|البلدة|المخيم|"
                    rf"الجامعي|المركزي|الأقرب|القريب)(?![{_AR}])")
_AR_DEF = rf"ال[{_AR}][{_AR}\u064b-\u0652\u0670]+(?![{_AR}\u064b-\u0652\u0670])"


@functools.cache
def _rules() -> list[tuple[str, str, int, re.Pattern[str]]]:
    """The rules, compiled when the first text in either script comes (most cases hold none)."""
    return [
        ("NAME", "he_label", 9, re.compile(rf"(?<![{_HE}])(?:{_HE_LABELS}){_COLON}(?:(?:{_HE_RELATIVES}|{_HE_TITLES})(?![{_HE}])[ \t]*)?"
                                           rf"(?P<n>{_HE_NAME})")),
        ("NAME", "he_title", 9, re.compile(rf"(?<![{_HE}])(?:{_HE_TITLES})[ \t]+(?P<n>{_HE_NAME})")),
        # (after one letter of a preposition or conjunction: "שאמה, רחל בן-דוד")
        ("NAME", "he_relative", 9, re.compile(rf"(?<![{_HE}])[ושכלב]?(?:(?:{_HE_RELATIVES})(?![{_HE}])[ \t]*[:,]?|"
                                              rf"(?:{_HE_RELATIVES_SET_APART})[ \t]*[:,])[ \t]*(?P<n>{_HE_NAME})")),
        ("HOSPITAL", "he_hospital", 5, re.compile(rf"(?P<n>(?:(?:ה)?מרכז[ \t]+(?:ה)?רפואי|בית[ \t]+(?:ה)?חולים|בי\"ח|ביה\"ח|בי״ח|ביה״ח|"
                                                  rf"מרפאת|קופת[ \t]+חולים)[ \t]+{_HE_NAME_PLAIN})")),
        # a street with its number, and the town after its comma ("דרך שיבא 2, רמת גן"); "דרך" is "by way of" too,
        # so the number must close the street ("דרך הפה 3 פעמים" is by mouth three times)
        ("ADDRESS", "he_street", 5, re.compile(rf"(?<![{_HE}])(?P<n>(?:רח['׳]|רחוב|דרך|שד['׳]|שדרות|סמטת|כיכר)[ \t]+{_HE_WORD}(?:[ \t]+{_HE_WORD}){{0,2}}"
                                               rf"[ \t]+\d{{1,4}}[{_HE}]?(?:,[ \t]*{_HE_WORD}(?:[ \t]+{_HE_WORD})?(?=[ \t]*(?:[|\n,.]|$)))?)(?=[ \t]*(?:[|\n,.]|$))")),
        # a place after the word that says what kind of place it is ("סניף רעננה", "קיבוץ יגור", "העיר עכו")
        ("LOCATION", "he_place_word", 12, re.compile(rf"(?<![{_HE}])(?:סניף|קיבוץ|הקיבוץ|מושב|המושב|העיר|היישוב|יישוב|הכפר|כפר)[ \t]+"
                                                     rf"(?P<n>{_HE_WORD}(?:[ \t]+{_HE_WORD})?)(?=[ \t]*(?:[|\n,.;:()]|$))")),
        # a street, a quarter, a town, a village or a camp, after the word that names its kind ("شارع الأمير محمد",
        # "حي التركمان", "محافظة درعا", "مخيم الزعتري")
        ("ADDRESS", "ar_street", 5, re.compile(rf"(?<![{_AR}])(?P<n>(?:شارع|ش\.)[ \t]+{_AR_WORD}(?:[ \t]+{_AR_WORD}){{0,2}}(?:[ \t]+[\d\u0660-\u0669]+)?)"
                                               rf"(?=[ \t]*(?:[|\n,.،؛]|$))")),
        ("LOCATION", "ar_place_word", 12, re.compile(rf"(?<![{_AR}])(?:حي|محافظة|مدينة|قرية|بلدة|مخيم|منطقة|جبل)[ \t]+"
                                                     rf"(?P<n>{_AR_WORD}(?:[ \t]+{_AR_WORD})?)(?=[ \t]*(?:[|\n,.،؛:()]|$))")),
        # where a person comes from or was born, a label's value ("الأصل: بصرى الحرير، محافظة درعا")
        ("LOCATION", "ar_origin", 12, re.compile(rf"(?:الأصل|مكان[ \t]+الولادة|مكان[ \t]+الميلاد|مسقط[ \t]+الرأس|البلد[ \t]+الأصلي){_COLON}"
                                                 rf"(?P<n>{_AR_WORD}(?:[ \t]+{_AR_WORD}){{0,2}})")),
        # a clinician's licence after its Hebrew label ("מ.ר. 38215", "מס' רישיון 12345")
        ("ID", "he_licence", 4, re.compile(r"(?<![\u05d0-\u05ea])(?:מ\.ר\.?|מ\"ר|מ״ר|מס['׳]?[ \t]+רישיון|רישיון[ \t]+מס['׳]?)"
                                           r"[ \t]*[:：]?[ \t]*(?P<n>\d{4,8})(?!\d)")),
        # a log line signed with initials in a table's last cell ("... TCC | ש.ד.", "... هيبارين 5000 وحدة | ر.ع"): a letter
        # with a dot is no abbreviation of either script there (theirs are written with ״ or as words)
        ("NAME", "he_ar_log_initials", 9, re.compile(rf"(?<=\|)[ \t]*(?P<n>[{_HE}]\.[{_HE}]\.?(?:[{_HE}]\.?)?|[{_AR}]\u0640?\.[{_AR}]\u0640?(?:\.[{_AR}])?)"
                                                     rf"(?=[ \t]*(?:\||\n|$))")),
        ("NAME", "ar_label", 9, re.compile(rf"(?<![{_AR}])(?:{_AR_LABELS}){_COLON}(?:(?:{_AR_RELATIVES}|{_AR_TITLES})(?![{_AR}])[ \t]*)?"
                                           rf"(?!(?:غير|لا|لايوجد|مجهول|مجهولة|متوفى|متوفي|متوفاة|مطلق|مطلقة|يرجى|نفس|المريض|المريضة|بدون|قيد|سيتم)(?![{_AR}]))"
                                           rf"(?P<n>{_AR_NAME})")),
        # (not the role's own second word: "الممرضة المسؤولة" is the nurse in charge)
        ("NAME", "ar_title", 9, re.compile(rf"(?<![{_AR}])(?:{_AR_TITLES})(?![{_AR}])[ \t]*(?!(?:المسؤول|المناوب)(?:ة)?(?![{_AR}]))"
                                           rf"(?P<n>{_AR_NAME})")),
        ("NAME", "ar_relative", 9, re.compile(rf"(?<![{_AR}])(?:{_AR_RELATIVES})(?![{_AR}])[ \t]*[:،,]?[ \t]*(?P<n>{_AR_NAME})")),
        ("NAME", "ar_kin", 9, re.compile(rf"(?<![{_AR}])و?(?:{_AR_KIN})[ \t]+(?P<n>(?!لأب|لأم){_AR_ONE}[ \t]+(?:بن|بنت)[ \t]+{_AR_ONE}"
                                         rf"(?:[ \t]+(?:(?:بن|بنت)[ \t]+)?{_AR_ONE})?|(?!ال|لأم|لأب|غير){_AR_ONE}(?={_AR_AGE_IN_BRACKETS}))")),
        # a clinician registered "under number" with an order or a council ("مسجلة بعمادة الأطباء تحت عدد 14582")
        ("ID", "ar_registered", 4, re.compile(r"(?:مسجل|مسجلة|مقيد|مقيدة|المسجل|المسجلة)[^\n،,.؛]{0,40}?تحت[ \t]+(?:عدد|رقم)[ \t]*:?[ \t]*"
                                              r"(?P<n>[\d\u0660-\u0669]{3,8})(?![\d\u0660-\u0669])(?![ \t]*(?:ملغ|مغ|ملغم|مل|وحدة|وحدات|حالة|حالات|مستفيد|مستفيدا|مريض|مريضا|مرة|إجمالا|%)(?![\u0621-\u064a]))")),
        # (and Dari's hospital by its name, two words at most, none a verb, a preposition or a ward's: "شفاخانه حوزوی
        # هرات"; not "به شفاخانه منتقل شد", "شفاخانه اطفال تحت درمان"; Persian's "بیمارستان" is as often the word alone,
        # "در بیمارستان بستری شد")
        ("HOSPITAL", "ar_hospital", 5, re.compile(rf"(?P<n>(?:مستشفى|مستشفي|المستشفى|مركز[ \t]+صحي|مركز[ \t]+طبي|عيادة|مجمع[ \t]+طبي)"
                                                  rf"[ \t]+{_AR_NAME}|شفاخانهٔ?(?:[ \t]+{_FA_HOSPITAL_WORD}){{1,2}}(?![{_AR}])|"
                                                  # (a Persian hospital named after a doctor, an imam or a martyr: "بیمارستان دکتر شیخ")
                                                  rf"(?:بیمارستان|درمانگاه)[ \t]+(?:دکتر|امام|شهید|حضرت)[ \t]+{_FA_HOSPITAL_WORD}"
                                                  rf"(?:[ \t]+{_FA_HOSPITAL_WORD})?(?=[ \t]*[،,.؛:\n)]|$)|مستوصف[ \t]+(?:(?:ابن|دار|أبو|بن)[ \t]+{_AR_ONE}|(?!{_AR_GENERIC_FAC}){_AR_DEF})"
                                                  rf"(?:[ \t]+(?!{_AR_GENERIC_FAC}){_AR_DEF})?)")),
    ]


_FA_NOT_HOSPITAL_NAME = ("بستری|منتقل|رفت|رفته|آمد|آمده|مراجعه|راجع|در|به|از|و|را|شد|شده|است|قرار|تحت|درمان|اطفال|قلب|"
                         "دیابت|زنان|ولادی|عمومی|خصوصی|ملی(?=[ \t]*$)")
# a word of a Persian hospital's name: any whole word but those (the group closes the alternation, so that a word that
# only begins like one, "وزیر" like "و", is still a name's)
_FA_HOSPITAL_WORD = rf"(?!(?:{_FA_NOT_HOSPITAL_NAME})(?![{_AR}]))[{_AR}]+"
# "כתובת: רחוב הגעתון 12, נהריה", "العنوان: حي ..., شارع ... 19، الزرقاء": the whole value of an address label.
@functools.cache
def _address_label() -> re.Pattern[str]:
    return re.compile(rf"(?:כתובת|מען|מקום[ \t]+מגורים|العنوان|عنوان[ \t]+السكن|السكن|مكان[ \t]+الإقامة){_COLON}(?P<n>[^\n]+?)"
                      # (to the line's end, or to a phone's label on the same line: "..., שדרות. טלפון: 050-...")
                      rf"[ \t.,،]*(?=\n|$|(?:{PHONE_LABELS})[ \t]*[:：]?[ \t]*[+\d\u0660-\u0669])")


# Towns by GeoNames' Hebrew and Arabic names (namelists.he_ar_towns). A town of two words or more is taken
# wherever it stands ("רמת גן", "أم درمان"); a town of one word may be an everyday one ("טירה" is a castle, "جدة" a
# grandmother, "حمص" chickpeas), so it is taken only where a place stands: with the letter of "in", "from" or "to"
# written onto it ("בחיפה", "מחיפה", "بعمان"), after a preposition or a town's word ("في درعا", "مدينة إربد"), or
# closing an address after its comma ("..., רעננה 4345201").
@functools.cache
def _towns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from consilium.orchestration.privacy.namelists import he_ar_towns

    towns = sorted(he_ar_towns(), key=len, reverse=True)
    several = "|".join(re.escape(t) for t in towns if " " in t or "-" in t)
    one = "|".join(re.escape(t) for t in towns if " " not in t and "-" not in t)
    letters = f"{_HE}{_AR}\u064b-\u0652"
    anywhere = re.compile(rf"(?<![{letters}])(?:[ובהלמשכ]{{1,2}}|[وفبل]|ال)?(?P<n>{several})(?![{letters}])")
    slot = re.compile(rf"(?:(?<![{letters}])[ושכ]?[בלמ]|(?<![{letters}])ו?[בל]?(?:העיר|תושב|תושבת|גר|גרה|מתגורר|מתגוררת)[ \t]+|"
                      rf"(?<![{letters}])[وف]?(?:في|من|إلى|الى|قرب|مدينة|بمدينة|لمدينة|محافظة|بلدة|ب)[ \t]*|"
                      rf"[,،][ \t]*(?=(?:{one})[ \t]*(?:\d|[,.،|;\n]|$)))(?P<n>{one})(?![{letters}])")
    return anywhere, slot


_HAS_HE = re.compile(rf"[{_HE}]")
_HAS_AR = re.compile(rf"[{_AR}]")


def he_ar_spans(text: str) -> list[tuple[int, int, str, str, int]]:
    """(start, end, kind, rule, priority) of Hebrew- and Arabic-script identifiers."""
    hebrew, arabic = _HAS_HE.search(text) is not None, _HAS_AR.search(text) is not None
    if not (hebrew or arabic):
        return []
    out = [(*m.span("n"), "ADDRESS", "he_ar_address_label", 5) for m in _address_label().finditer(text)]
    for kind, rule, prio, pattern in _rules():
        if rule.startswith("he_") and not rule.startswith("he_ar_") and not hebrew or rule.startswith("ar_") and not arabic:
            continue
        out += [(*m.span("n"), kind, rule, prio) for m in pattern.finditer(text) if m.end("n") > m.start("n")]
    for pattern in _towns():
        out += [(*m.span("n"), "LOCATION", "he_ar_town", 12) for m in pattern.finditer(text)]
    return out
