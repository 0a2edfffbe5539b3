"""Identifiers written in Greek, Chinese, Russian (Cyrillic) and Hindi (Devanagari) script (Hebrew and Arabic in
:mod:`~consilium.orchestration.privacy.scripts_he_ar`, Korean and Japanese in
:mod:`~consilium.orchestration.privacy.scripts_asia`, with Tamil), for :func:`consilium.orchestration.privacy.detect.detect`.

Greek has capital letters, so a Greek name is found like an English one: after a title ("κ.",
"Δρ"), a label ("Ονοματεπώνυμο:"), a relative ("η κόρη του Ελένη"), or as a listed given name
beside another capitalised word. Chinese has neither capitals nor spaces: a name is a listed surname
and one or two characters, accepted only in a context that calls for a person (a label, a title
after it, a relative before it, "患者" before it and punctuation after it, "男/女, NN岁" after it).
Addresses, hospitals and phone numbers follow each script's own conventions.
"""

from __future__ import annotations

import functools
import re

from consilium.orchestration.privacy import gazetteer as G
from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.scripts_he_ar import he_ar_spans
from consilium.orchestration.privacy.scripts_asia import asia_spans, has_asian_script
from consilium.orchestration.privacy.scripts_world import world_spans
from consilium.orchestration.privacy.vocabulary import fold

GR_UP = "Α-ΩΆΈ-ΊΌΎ-ΏΪΫ"
GR_LO = "α-ωά-ώϊϋΐΰ"
_GR_WORD = rf"[{GR_UP}][{GR_LO}]+(?:-[{GR_UP}][{GR_LO}]+)?"
_GR_NAME = rf"(?!(?:Δρ|Δρα|Καθ|Κα|Κος)\b){_GR_WORD}(?:[ \t]+{_GR_WORD}){{0,2}}"
# a name in capitals, as a form or a certificate writes it ("Επώνυμο: ΚΑΡΑΝΙΚΟΛΑΣ"), after a label only; not a specialty
# ("Ιατρός: ΠΑΘΟΛΟΓΟΣ", "ΧΕΙΡΟΥΡΓΟΣ")
_GR_CAPS_NAME = rf"(?![{GR_UP}]*(?:ΟΛΟΓΟΣ|ΟΛΟΓΟΥ|ΙΑΤΡΟΣ|ΙΑΤΡΟΥ|ΟΥΡΓΟΣ|ΟΥΡΓΟΥ)\b)[{GR_UP}]{{2,}}(?:-[{GR_UP}]{{2,}})?(?:[ \t]+[{GR_UP}]{{2,}}(?:-[{GR_UP}]{{2,}})?){{0,2}}(?![{GR_LO}])"
# (a priest, "π.", after his article: "ο π. Βαρνάβας"; elsewhere "π." opens "π.χ.")
_GR_TITLES = r"κ\.|κα\.?|κας\.?|κου\.?|κος\.?|κυρία|κυρίας|κύριος|κυρίου|κ\.κ\.|Δρα|Δρος|Δρ\.?|δρ\.?|Καθ\.|(?<=ο[ \t])π\.|(?<=τον[ \t])π\.|(?<=του[ \t])π\.|καθηγητής|καθηγήτρια|ιατρός|γιατρός|νοσηλεύτρια|νοσηλευτής"
_GR_LABELS = (r"Όνομα|Ονοματεπώνυμο|Επώνυμο|Ασθενής|Ασθενούς|Συγγενής|Συνοδός|Θεράπων(?:\s+ιατρός)?|Ιατρός|Γιατρός|"
              r"Νοσηλεύτρια|Νοσηλευτής|Υπογραφή|Παραπέμπων(?:\s+ιατρός)?|Πατρώνυμο|Μητρώνυμο")
# the team's roles before a colon, as a note's foot or an operation note lists them
_GR_ROLE_LABELS = (r"Διευθυντής|Διευθύντρια|Επιμελητής|Επιμελήτρια|Ειδικευόμενος|Ειδικευόμενη|Ιατροί|Εργαλειοδότης|"
              r"Εργαλειοδότρια|Βοηθός|Βοηθοί|Μαία|Φυσικοθεραπευτής|Φυσικοθεραπεύτρια|Προϊσταμένη|Προϊστάμενος|Υπεύθυνος|"
              r"Υπεύθυνη|Συντονιστής|Συντονίστρια|Εξέτασε|Συνέταξε|Παρέλαβε|Φαρμακοποιός|Λογοθεραπεύτρια|Λογοθεραπευτής|"
              r"Νοσηλευτές|Κοινωνική[ \t]+λειτουργός|Κοινωνικός[ \t]+λειτουργός|[Α-ΩΆΈ-Ώ][α-ωά-ώ]+(?:λόγος|λόγοι|ουργός|ουργοί)")
# what closes a father's name after a person's: the age, the birth date, the social security number or the residence
_GR_FATHER_CLOSES = (r"(?=[ \t]*,[ \t]*(?:\d{1,3}[ \t]*(?:ετών|χρονών|έτη|ετ\.)|γεν|ΑΜΚΑ|Α\.?Μ|κάτοικ|Κάτοικ)|"
                     r"[ \t]+\d{1,3}[ \t]*(?:ετών|χρονών))")
# the first letters of the words that name institutions and their parts, not people
_GR_INSTITUTION = r"(?:Νοσοκομ|Κλινικ|Κέντρ|Τμήμα|Τμήματ|Μονάδ|Εργαστ|Ιατρεί|Πανεπιστ|Υπουργ|Δήμ|Περιφέρ|Σχολ|Υπηρεσ|Οργαν|Ταμεί|Ινστιτ)"
_GR_FIRST = "|".join(sorted(G.GREEK_FIRST_NAMES, key=len, reverse=True))


# A Greek name's other cases, from the nominative a note gives first: a man's in -ας and -ης ("Ανδρέας": "τον Ανδρέα"),
# a listed given name's in -ος ("Χαράλαμπος": "τον Χαράλαμπο", "του Χαράλαμπου": a surname in -ος is as often an
# adjective, "Λευκός" and "Λευκό επίχρισμα"), a woman's in -α and -η takes -ς in the genitive ("της Ελένης")
_GREEK_ENDS = re.compile(r"(?P<stem>[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰ]{2,})(?P<end>ας|άς|ης|ής|ος|ός|α|ά|η|ή)")
_GREEK_OTHER_CASES = {"ας": ("α",), "άς": ("ά",), "ης": ("η",), "ής": ("ή",), "ος": ("ο", "ου", "ε"), "ός": ("ό", "ού", "έ"),
                      "α": ("ας",), "ά": ("άς",), "η": ("ης",), "ή": ("ής",)}


def greek_cases(word: str) -> set[str]:
    """The other cases of a Greek given name or surname in the nominative (see above); none for another word."""
    m = _GREEK_ENDS.fullmatch(word)
    if m is None or m.group("end") in ("ος", "ός") and word not in G.GREEK_FIRST_NAMES:
        return set()
    return {m.group("stem") + end for end in _GREEK_OTHER_CASES[m.group("end")]}


# the listed given names in every case, for the kin words (:data:`G.GREEK_KIN`)
_GR_FIRST_CASES = "|".join(sorted({f for n in G.GREEK_FIRST_NAMES for f in (n, *greek_cases(n))}, key=len, reverse=True))

_HAN = r"\u4e00-\u9fff"
_SURNAME = "|".join(sorted(G.CHINESE_SURNAMES, key=len, reverse=True))
_SURNAMES = frozenset(G.CHINESE_SURNAMES)
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# A Chinese name: surname plus one or two characters; the second is not taken when it starts the next word.
_STOP_CHARS = "来去在说是于因和与及與的了也都陪签称表诉代已到曾诊住入出院患病男女岁年月日"
_ZH_NAME = rf"(?:{_SURNAME})[{_HAN}](?:(?![{_STOP_CHARS}])[{_HAN}])?"
# what a clinician does, written after their role ("医生查房", a ward round): 查 is a surname too
_ZH_ROUNDS = r"查房|查体|查體|查看|巡房|巡视|巡視|交班"
# where a transliterated name may begin without a space: after a character that is not Han, or after a relative or a
# label written straight before it ("丈夫艾力·吐尔逊"); each lookbehind has its own fixed width
_RELATIVE_OR_LABEL_WORDS = sorted({w for w in (G.CHINESE_RELATIVES + "|" + G.CHINESE_LABELS).split("|") if w}, key=len, reverse=True)
_AFTER_NAME_CONTEXT = "(?:" + "|".join([rf"(?<![{_HAN}])"] + [f"(?<={w})" for w in _RELATIVE_OR_LABEL_WORDS]) + ")"
_RELATIVE_OR_LABEL = "|".join(_RELATIVE_OR_LABEL_WORDS)  # (a name's characters do not begin one)
# the characters that end a transliterated name's last part: the stop characters, but "都" ends "阿不都拉"
_DOT_NAME_STOP = _STOP_CHARS.replace("都", "")
# the labels whose field holds a person's name and nothing else
_ZH_NAME_LABELS = r"姓名|患者姓名|病人姓名|病患姓名|联系人|聯絡人|紧急联系人|緊急聯絡人|漢名|汉名|族名|原名|本名"
# characters of diseases and findings, which no name is written with ("母亲 糖尿病", "姊姊 红斑狼疮")
_NOT_IN_NAMES = "病癌炎症瘤疮瘡痛伤傷塞梗压壓肿腫痹"
_ZH_HELPERS = r"外傭|外佣|菲傭|菲佣|印傭|印佣|家傭|家佣|保母|看護|看护"
_ZH_ROLES = r"医师|醫師|医生|醫生|大夫|护士长|護士長|护士|護士|护理师|護理師|治疗师|治療師|药剂师|藥劑師|药师|藥師|技师|技師|社工|营养师|營養師"


# (kind, rule, priority, pattern)
@functools.cache
def _rules() -> list[tuple[str, str, int, re.Pattern[str]]]:
    """The Greek and Chinese rules, compiled when the first text in either script comes (most cases hold none)."""
    return [
        # (an initial or two may stand between the title and the surname: "Δρ Μ. Αθανασοπούλου")
        ("NAME", "gr_title", 9, re.compile(rf"(?<![\w])(?:{_GR_TITLES})[ \t]*(?P<n>(?:[{GR_UP}]\.[ \t]?){{0,2}}{_GR_NAME})")),
        # (a word or two of the role's own may stand before the colon: "Νοσηλεύτρια διαλογής: Ν. Καλογεράκη"; an
        # initial may stand before the surname)
        ("NAME", "gr_label", 9, re.compile(rf"(?:{_GR_LABELS})[ \t]*:[ \t]*(?:(?:{_GR_TITLES})[ \t]*)?(?P<n>{_GR_NAME}|{_GR_CAPS_NAME})")),
        # (so too a role, or a label and a word of its own, before the colon: "Νοσηλεύτρια διαλογής: Ν. Καλογεράκη",
        # with an initial before the surname; but a word in small letters after the value makes it a sentence, not a
        # name: "Παθολόγος: Εκτίμηση αύριο", "Χειρουργός: Γενική αναισθησία")
        ("NAME", "gr_role_label", 9, re.compile(rf"(?:{_GR_ROLE_LABELS}|(?:{_GR_LABELS})(?:[ \t]+[α-ωά-ώ]{{3,}}){{1,2}})[ \t]*:[ \t]*"
                                                rf"(?:(?:{_GR_TITLES})[ \t]*)?(?P<n>(?:[{GR_UP}]\.[ \t]?){{0,2}}(?:{_GR_NAME}|{_GR_CAPS_NAME}))"
                                                r"(?![ \t]*[α-ωά-ώ\w])")),
        # a letter's sign-off, then the name on the next line ("Με εκτίμηση,\nΔιονύσης Κουτσογιαννόπουλος")
        # a label or a role's label before dotted initials alone ("Εργαλειοδότρια: Ε.Κ.", "Νοσηλεύτρια: Μ.Π.")
        ("NAME", "gr_label_initials", 9, re.compile(rf"(?:{_GR_ROLE_LABELS}|{_GR_LABELS})[ \t]*:[ \t]*"
                                                    r"(?P<n>[Α-ΩΆΈ-Ώ]\.[ \t]?[Α-ΩΆΈ-Ώ]\.(?:[ \t]?[Α-ΩΆΈ-Ώ]\.)?)")),
        ("NAME", "gr_signoff", 9, re.compile(rf"(?:Με[ \t]+εκτίμηση|Με[ \t]+τιμή|Μετά[ \t]+τιμής|Φιλικά|Με[ \t]+φιλικούς[ \t]+χαιρετισμούς|"
                                             rf"Με[ \t]+συναδελφικούς[ \t]+χαιρετισμούς)[ \t]*,?[ \t]*\n[ \t]*(?:(?:{_GR_TITLES})[ \t]*)?(?P<n>{_GR_NAME})")),
        # a nickname in quotes in brackets after a person's name with its article ("τον Ανδρέα (\"Αντρίκκο\")")
        ("NAME", "gr_nickname", 9, re.compile(rf"(?<![\w])(?:[Οο]|[Ηη]|τον|την|τη|του|της)[ \t]+[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰ]{{2,}}"
                                              rf"[ \t]*\([ \t]*[\"«“'‘](?P<n>{_GR_WORD})[\"»”'’][ \t]*\)")),
        ("NAME", "gr_kin", 9, re.compile(rf"(?i:\b(?:{G.GREEK_KIN}))(?:[ \t]+(?:του|της|τους|μου|σας))?,?[ \t]+"
                                          rf"(?:(?:ο|η|τον|την|τη)[ \t]+)?(?P<n>(?:{_GR_FIRST_CASES})(?![\w])(?:[ \t]+{_GR_WORD})?)")),
        ("NAME", "gr_relative", 9, re.compile(rf"(?i:\b(?:{G.GREEK_RELATIVES}))(?:[ \t]+(?:του|της|τους|μου|σας))?,?[ \t]+"
                                              rf"(?:(?:ο|η|κ\.|κα)[ \t]+)?(?P<n>{_GR_NAME})")),
        # "Κλίνη 3: Όνομα Επώνυμο, 58 ετών": given name and surname before the age in years, as "Name, 58M" is in
        # English ("Άνδρας, 58 ετών", a man, is one word)
        ("NAME", "gr_age_slot", 9, re.compile(rf"(?<![\w])(?P<n>(?!(?:Δρ|Καθ|Κα|Κος)\b){_GR_WORD}(?:[ \t]+{_GR_WORD}){{1,2}}),[ \t]*\d{{1,3}}[ \t]*"
                                                 r"(?:ετών|χρονών|έτη)(?![\w])")),
        ("NAME", "gr_given", 11, re.compile(rf"(?<![\w])(?P<n>(?:{_GR_FIRST})(?:[ \t]+{_GR_WORD}){{0,2}})(?![\w])")),
        ("ADDRESS", "gr_street", 5, re.compile(
            rf"(?P<n>(?i:οδός|οδ\.|λεωφόρος|λεωφ\.|πλατεία|πλ\.)[ \t]*{_GR_WORD}(?:[ \t]+{_GR_WORD}){{0,2}}"
            rf"(?:[ \t]+\d{{1,4}}[α-ω]?)?(?:,[ \t]*(?:{_GR_WORD}[ \t]*)?(?:\d{{3}}[ \t]?\d{{2}})?(?:[ \t]*{_GR_WORD}){{0,2}})?)")),
        ("ADDRESS", "gr_number_street", 5, re.compile(
            rf"(?P<n>{_GR_WORD}(?:[ \t]+{_GR_WORD}){{0,2}}[ \t]+\d{{1,4}}[α-ω]?,[ \t]*(?:{_GR_WORD}[ \t]+)?\d{{3}}[ \t]?\d{{2}}"
            rf"(?:[ \t]+{_GR_WORD}(?:[ \t]+{_GR_WORD})?)?)")),
        # a street named for a saint, with its number: "Αγίου Κοσμά 7", "Αγίας Σοφίας 15α"
        # (the number closes it: "Νοσηλεία στο Αγίου Σάββα 10 ημέρες" is a hospital and a stay)
        ("ADDRESS", "gr_saint_street", 5, re.compile(rf"(?<![\w])(?P<n>(?:Αγίου|Αγίας|Αγίων|Αγ\.)[ \t]+{_GR_WORD}(?:[ \t]+{_GR_WORD})?[ \t]+\d{{1,4}}[α-ω]?)"
                                                     r"(?=[ \t]*(?:[,;)\n]|$))")),
        ("PHONE", "gr_phone_label", 2, re.compile(r"(?:Τηλ\.?|Τηλέφωνο|Κιν\.?|Κινητό|κινητό)[ \t]*[:.]?[ \t]*(?P<n>\+?\d[\d \-]{6,16}\d)")),
        ("POSTCODE", "gr_postcode", 6, re.compile(r"(?P<n>(?:Τ\.?Κ\.?|ΤΚ)[ \t:]*\d{3}[ \t]?\d{2})")),
        # five digits before a Greek town at a line's or a cell's start ("| 82300 Καρδάμυλα Χίου |")
        ("POSTCODE", "gr_postcode_before_town", 6, re.compile(rf"(?:^|(?<=\|)|(?<=,))[ \t]*(?P<n>\d{{3}}[ \t]?\d{{2}})(?=[ \t]+(?!Μονάδ|Μον\.)[Α-ΩΆΈ-Ώ][α-ωά-ώ]{{3,}})", re.M)),
        ("LOCATION", "gr_town", 12, re.compile(rf"(?<![\w])(?P<n>{G.GREEK_TOWNS})(?![\w])")),
        # "μένει στο Κιάτο", "από το Αίγιο": a capitalised word after a preposition and its article is a place in
        # Greek (months, weekdays and the words of institutions are capitalised too, and are left out)
        ("LOCATION", "gr_place_prep", 12, re.compile(
            rf"(?<![\w])(?:από|στο|στη|στην|στον|στα|προς|κοντά[ \t]+σ(?:το|τη|την))[ \t]+(?:(?:το|τη|την|τον|τα|τις|τους)[ \t]+)?"
            rf"(?!(?:Ιανουάρ|Ιανουαρ|Φεβρουάρ|Φεβρουαρ|Μάρτ|Μαρτ|Απρίλ|Απριλ|Μάι|Μαΐ|Ιούν|Ιουν|Ιούλ|Ιουλ|Αύγουστ|Αυγουστ|Σεπτέμβρ|"
            rf"Σεπτεμβρ|Οκτώβρ|Οκτωβρ|Νοέμβρ|Νοεμβρ|Δεκέμβρ|Δεκεμβρ|Δευτέρ|Τρίτ|Τετάρτ|Πέμπτ|Παρασκευ|Σάββατ|Κυριακ|Νοσοκομ|"
            rf"Κέντρ|Κλινικ|Τμήμα|Μονάδ|Χειρουργ|Πανεπιστ|Γενικ|Ιατρ|Εντατικ|Πάσχα|Χριστούγ|"
            # (nor a title before a name: "από τον Δρ. Αλεξίου")
            rf"(?:Δρ|Δρα|Δρος|Καθ)(?![\w])))(?P<n>{_GR_WORD})")),
        # a relative's given name and surname after a colon ("Μητέρα: Σταματία Παπαδημητρίου"); a family history's
        # "Μητέρα: Καρκίνος μαστού" has one capitalised word
        ("NAME", "gr_relative_colon", 9, re.compile(rf"(?i:\b(?:{G.GREEK_RELATIVES})):[ \t]+(?P<n>{_GR_WORD}[ \t]+{_GR_WORD})(?![ \t]+[α-ωά-ώ])")),
        # a newborn by the family's surname: "Νεογνό θήλυ Παπαδημητρίου"
        ("NAME", "gr_newborn", 9, re.compile(rf"(?<![\w])(?:[Νν]εογνό|[Ββ]ρέφος):?(?:[ \t]+(?i:θήλυ|άρρεν|αγόρι|κορίτσι))?[ \t]+"
                                             rf"(?!Ίκτερος|Τελειόμηνο|Πρόωρο)(?P<n>{_GR_WORD}(?:(?<=ου)|(?<=[ηάαή])))(?![\w])")),
        # a father's name after the patient's name and surname: "Γρηγόρης Χατζηπαναγιώτης του Στρατή, 67 ετών"
        ("NAME", "gr_patronymic", 9, re.compile(rf"(?<![\w]){_GR_WORD}(?:[ \t]+\([^()\n]{{1,20}}\))?[ \t]+{_GR_WORD}[ \t]+(?:του|της)[ \t]+(?P<n>{_GR_WORD})"
                                                + _GR_FATHER_CLOSES)),
        # ... and the person's own given name and surname before it ("τον Μανούσο Σφακιανάκη-Ξυλούρη του Στυλιανού, 29 ετών")
        ("NAME", "gr_before_patronymic", 9, re.compile(rf"(?<![\w])(?P<n>(?!(?:Δρ|Δρα|Καθ|Κα|Κος)\b){_GR_WORD}(?:[ \t]+\([^()\n]{{1,20}}\))?[ \t]+{_GR_WORD})"
                                                       rf"[ \t]+(?:του|της)[ \t]+{_GR_WORD}" + _GR_FATHER_CLOSES)),
        # the mother's name after the father's ("του Στρατή και της Μυρσίνης,"): not an institution's words
        ("NAME", "gr_matronymic", 9, re.compile(rf"(?<![\w])του[ \t]+(?!{_GR_INSTITUTION}){_GR_WORD}[ \t]+και[ \t]+της[ \t]+"
                                                rf"(?P<n>(?!{_GR_INSTITUTION}){_GR_WORD})(?=[ \t]*[,|(\n])")),
        # Cyprus writes a four-digit postcode before the town: "Γρίβα Διγενή 118, 3101 Λεμεσός"
        ("ADDRESS", "gr_postcode_town", 6, re.compile(rf"{_GR_WORD}[ \t]+{_GR_WORD}(?:[ \t]+[Α-Ω]΄)?[ \t]+\d{{1,4}}[α-ω]?,[ \t]*(?P<n>\d{{4}}[ \t]+{_GR_WORD})(?![\w])")),
        # "Κάτοικος Λίνδου", "κάτοικο Κόνιτσας": a resident of a place, written in the genitive
        ("LOCATION", "gr_resident", 12, re.compile(rf"(?<![\w])(?:[Κκ]άτοικο[ςι]?|[Κκ]άτοικοι)[ \t]+(?!Εξωτερικού|Αλλοδαπής|Γηροκομείου|Ιδρύματος|Αγροτικής|Ορεινής|Περιοχής|Χωριού|Πόλης)"
                                                   rf"(?P<n>{_GR_WORD}(?:[ \t]+{_GR_WORD})?)")),
        ("HOSPITAL", "gr_hospital", 5, re.compile(
            rf"(?P<n>(?:(?:Γενικό|Πανεπιστημιακό|Περιφερειακό|Ιδιωτικό|Στρατιωτικό|Παίδων|Ογκολογικό|Πολυδύναμο)[ \t]+)*"
            rf"(?:Νοσοκομείο|Νοσοκομείου|Κλινική|Κλινικής|Κέντρο\s+Υγείας|Κέντρου\s+Υγείας|"
            # a rural surgery by its village ("Περιφερειακό Ιατρείο Σκαλοχωρίου"), not a hospital's clinic by its subject
            # ("Ιατρείο Απομυελινωτικών Νοσημάτων")
            rf"(?<=Περιφερειακό[ \t])Ιατρείο|(?<=Περιφερειακού[ \t])Ιατρείου)"
            rf"(?:[ \t]+(?:{_GR_WORD}|«[^»\n]{{2,40}}»)){{1,3}})")),
        # the same in capitals, as letterheads write it: "ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΠΑΦΟΥ", "ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΚΑΛΛΟΝΗΣ"
        ("HOSPITAL", "gr_hospital_caps", 5, re.compile(
            r"(?<![\w])(?P<n>(?:(?:ΓΕΝΙΚΟ|ΠΑΝΕΠΙΣΤΗΜΙΑΚΟ|ΠΕΡΙΦΕΡΕΙΑΚΟ|ΙΔΙΩΤΙΚΟ|ΣΤΡΑΤΙΩΤΙΚΟ|ΠΑΙΔΩΝ|ΟΓΚΟΛΟΓΙΚΟ|ΠΟΛΥΔΥΝΑΜΟ)[ \t]+)*"
            r"(?:ΝΟΣΟΚΟΜΕΙΟ|ΝΟΣΟΚΟΜΕΙΟΥ|ΚΛΙΝΙΚΗ|ΚΛΙΝΙΚΗΣ|ΚΕΝΤΡΟ[ \t]+ΥΓΕΙΑΣ|ΚΕΝΤΡΟΥ[ \t]+ΥΓΕΙΑΣ)(?:[ \t]+[Α-ΩΆΈ-ΏΪΫ]{3,}(?![\w])){1,3})")),
        # a hospital's name in Greek quotation marks ("«Ανδρέας Παπανδρέου»"); not a sign named by a word in lower case
        # ("γλώσσα «φράουλα»", strawberry tongue)
        ("HOSPITAL", "gr_hospital_quoted", 5, re.compile(r"(?P<n>«[A-ZΑ-ΩΆΈ-ΏΪΫ][^»\n]{1,39}»)")),
        # a Greek number plate or boat's registry mark (three of the letters Greek and Latin share, four digits: "ΧΝΡ-2846",
        # "ΜΥΤ 1184") and a postcode of three and two digits before its town ("564 29 Θεσσαλονίκη")
        ("ID", "gr_plate", 3, re.compile(r"(?<![\w-])(?P<n>[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{3}[ -]?\d{4})(?![\w-])")),
        # (after an address's comma, a line's start or "Τ.Κ.": "Hb 125 00 Μονάδες" is no postcode)
        ("POSTCODE", "gr_postcode", 6, re.compile(rf"(?:^|(?<=,[ \t])|(?<=\|[ \t])|(?<=Τ\.Κ\.[ \t])|(?<=ΤΚ[ \t]))(?P<n>[1-8]\d{{2}}[ \t]\d{{2}})"
                                                  rf"(?=[ \t]+{_GR_WORD})", re.M)),
        ("PHONE", "gr_phone", 7, re.compile(r"(?<![\w+.])(?P<n>(?:2\d{2}|69\d)(?:[ .\-]?\d){7})(?!\d)")),
        # (a department may stand between the label and the name: "联系人：安全科 沈丽娟")
        # (a name of four or five characters after a label, a Mongolian or Tibetan one, ends where the field does:
        # "调查人：乌兰其其格（旗疾控中心）")
        ("NAME", "zh_label", 9, re.compile(rf"(?:{G.CHINESE_LABELS})[ \t]*[:：][ \t]*(?:[{_HAN}]{{1,6}}[科部室组組处處][ \t\u3000]+)?"
                                           rf"(?P<n>(?:{_SURNAME})(?:(?![{_STOP_CHARS}])[{_HAN}]){{3,4}}(?=[（(，,。、；;\s]|$)|{_ZH_NAME})", re.M)),
        # a label before a person's initials in Latin capitals alone ("助理：LMY", "记录者：ZQ")
        ("NAME", "zh_label_initials", 9, re.compile(rf"(?:{G.CHINESE_LABELS})[ \t]*[:：][ \t\u3000]*(?P<n>[A-Z]{{2,4}})(?![A-Za-z])")),
        # labels that name a person are not always followed by a colon: "姓名黄志伟，"
        ("NAME", "zh_label_bare", 9, re.compile(rf"(?:姓名|患者姓名|病人姓名|联系人|紧急联系人)[ \t]*(?P<n>{_ZH_NAME})(?=[，,。、；;\s（(])")),
        # a clinician after the word of their role, with or without a colon: "護理師 高雅惠", "已通知駐院醫生歐陽志明，",
        # "接诊医师：字丽萍　上级医师"; the name must end where the text does or at punctuation or a space, so that
        # "医生明天复诊" (明 is a surname) is no name, and a name written straight after the role has three characters
        # ("護理師衛教，" is health teaching)
        # (a word in brackets may stand between the role and its colon: "诊断医师（签名）：田晓红")
        ("NAME", "zh_role", 9, re.compile(rf"(?:{_ZH_ROLES})(?:[（(][{_HAN}]{{1,4}}[）)])?(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+|(?=[{_HAN}]{{3}}))(?!{_ZH_ROUNDS})"
                                          rf"(?P<n>{_ZH_NAME})(?=[，,。、；;\s（()）]|$)", re.M)),
        # ... and after any role that ends in 师/師 (a trade or profession: "物理师：隋明月", "社工師 蔡宗翰") or in 长/長
        # (the head of a ward, a village or a neighbourhood: "鄰長 郭金水"), with a colon or a space between; there a
        # name has three characters, as most have ("麻醉师：全麻，", "心理咨询师：安慰，" and "院长 查房" name no one)
        ("NAME", "zh_role_suffix", 9, re.compile(rf"(?<![{_HAN}])[{_HAN}]{{1,4}}[师師长長](?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)"
                                                 rf"(?!{_ZH_ROUNDS})(?P<n>(?:{_SURNAME})(?:(?![{_STOP_CHARS}])[{_HAN}]){{2}})"
                                                 r"(?=[，,。、；;\s（()）]|$)", re.M)),
        # a name transliterated into characters, its parts joined by a middle dot: "艾力·吐尔逊", "热娜古丽·阿不都拉" (not
        # Japanese "・", which joins a list's words: "記号・番号")
        ("NAME", "zh_dot_name", 9, re.compile(rf"{_AFTER_NAME_CONTEXT}(?![^\s，,。；;、]*?(?:综合|綜合|紫癜|症|征|徵|病))(?P<n>(?:(?!{_RELATIVE_OR_LABEL})(?![{_DOT_NAME_STOP}])[{_HAN}]){{2,5}}"
                                              rf"(?:[·•‧][{_HAN}](?:(?!{G.CHINESE_TITLES_AFTER})(?![{_DOT_NAME_STOP}])[{_HAN}]){{1,4}}){{1,2}})")),
        # a second person after a full-width space on a label's line: "医师：热娜古丽·阿不都拉　王建新"
        ("NAME", "zh_label_second", 9, re.compile(rf"(?:{G.CHINESE_LABELS})[ \t]*[:：][^\n：:]{{2,20}}?\u3000[ \t]*(?P<n>{_ZH_NAME})(?=[ \t]*$|[，,。；;\u3000])",
                                                  re.M)),
        # (not a facility before its head: "衛生所主任", "内科主任")
        ("NAME", "zh_title", 9, re.compile(rf"(?P<n>(?![{_HAN}]{{0,2}}[所院科室部局站处處])(?!卫生|衛生)({_ZH_NAME}))"
                                          rf"(?={G.CHINESE_TITLES_AFTER})")),
        # ... or with a space before a clinician's title, alone in brackets or a clause ("（邢德明 主任医师）")
        ("NAME", "zh_title_spaced", 9, re.compile(rf"(?<![{_HAN}])(?!{_ZH_ROUNDS})(?P<n>{_ZH_NAME})[ \t\u3000]"
                                                  r"(?:副?主任医师|副?主任醫師|主治医师|主治醫師|住院医师|住院醫師|医师|醫師|教授|护士长|護士長|护士|護士)"
                                                  rf"(?![{_HAN}])")),
        ("NAME", "zh_relative", 9, re.compile(rf"(?:{G.CHINESE_RELATIVES})(?:是|叫|名叫|为)?[，,：:]?[ \t\u3000]*(?P<n>{_ZH_NAME})")),
        # the second and third of the relatives or workmates listed: "工友陈小燕、邢春花近日亦有发热"
        ("NAME", "zh_relative_list", 9, re.compile(rf"(?:{G.CHINESE_RELATIVES})[，,：:]?[ \t\u3000]*{_ZH_NAME}(?:[、和及与與][ \t]*{_ZH_NAME})?"
                                                   rf"[、和及与與][ \t]*(?P<n>{_ZH_NAME})")),
        # a wife or husband as a form's one character, the name after a space or a colon ("聯絡人：妻　周美玲"), not a
        # word's second character ("夫妻关系")
        ("NAME", "zh_spouse", 9, re.compile(rf"(?<![{_HAN}])[妻夫](?:[ \t\u3000]*[：:][ \t\u3000]*|[ \t\u3000]+)(?P<n>{_ZH_NAME})"
                                            r"(?=[ \t\u3000，,。；;（(]|$|\d)", re.M)),
        # a relative or a live-in helper named in Latin letters: "外傭 Marites Dalisay", "女兒 Jenny Lau"
        # (after a role word or a name label, two capitalised words: "护士 Foley 护理", "患者Hb 85" are no names)
        ("NAME", "zh_relative_latin", 9, re.compile(rf"(?:{G.CHINESE_RELATIVES}|{_ZH_HELPERS}|{_ZH_NAME_LABELS})[ \t\u3000]*[:：]?[ \t\u3000]*"
                                                    r"(?P<n>[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,2})\b")),
        ("NAME", "zh_role_latin", 9, re.compile(rf"(?:{_ZH_ROLES})[ \t\u3000]*[:：]?[ \t\u3000]*"
                                                r"(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})\b")),
        # a clinician's role in Latin letters before a name in characters: "Dr 麥詠琪", "APN 梁詠詩", "RN 陳子軒"
        ("NAME", "zh_latin_title", 9, re.compile(rf"\b(?:Dr|DR|Prof|APN|RN|EN|SN|NO|MO|RMO|HO|NP|CNS|OT|PT|ST|SW|MSW)\.?[ \t\u3000]*"
                                                 rf"(?P<n>{_ZH_NAME})(?=[ \t\u3000，,。、；;（()）]|$)", re.M)),
        ("NAME", "zh_patient", 9, re.compile(rf"(?:患者|病人|病员|本人|伤者|产妇|患儿)[ \t]*(?P<n>{_ZH_NAME})(?=[，,。、（(\s;；:：])")),
        # the name's romanisation after it, the surname in capitals ("姓名：關秀蓮（KWAN, Sau Lin）", "病人：張詠欣 CHEUNG Hoi Yan")
        ("NAME", "zh_romanised", 9, re.compile(rf"(?:{G.CHINESE_LABELS})[ \t]*[:：][ \t]*{_ZH_NAME}[ \t\u3000]*[（(]?[ \t]*"
                                               r"(?P<n>[A-Z]{2,}(?:-[A-Z]{2,})?,?[ \t]+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
                                               r"(?=[ \t]*[）)]|[ \t\u3000]*(?:[|｜，,\u3000]|$))", re.M)),
        # a name with its contact number in brackets straight after it ("学校卫生老师马秀英（电话 0834-...）", "其子罗健（手机 ...）"):
        # a contact line's shape, whatever word comes before the name
        ("NAME", "zh_name_phone", 9, re.compile(rf"(?P<n>{_ZH_NAME})(?=[ \t]*[（(][ \t]*(?:电话|電話|手机|手機|分机|分機|内线|內線|"
                                                rf"联系电话|聯絡電話|[Tt]el|TEL|\+?\d[\d \-]{{5,}}))")),
        ("NAME", "zh_sex_age", 9, re.compile(rf"(?P<n>{_ZH_NAME})[，,、\s]*[男女][，,、\s]*\d{{1,3}}[岁歲]")),
        ("NAME", "zh_subject", 11, re.compile(rf"(?:^|(?<=[。；;！!\n]))[ \t]*(?P<n>{_ZH_NAME})(?=于|因|主诉|自述|诉|入院|就诊|来院|到院)",
                                              re.M)),
        ("ADDRESS", "zh_address", 5, re.compile(
            rf"(?P<n>(?:[{_HAN}]{{2,7}}(?:省|自治区))?(?:[{_HAN}]{{2,7}}市)?(?:[{_HAN}]{{1,7}}(?:区|县|镇|乡|區|縣|鎮|鄉))?"
            rf"[{_HAN}\d]{{1,12}}(?:路|街|大道|巷|弄|胡同|道)(?:[一二三四五六七八九十]+段)?(?:\d+|[一二三四五六七八九十百]+)[号號]"
            rf"(?:[{_HAN}\d]{{0,10}}(?:\d+|[一二三四五六七八九十]+)(?:室|楼|樓|栋|棟|幢|单元|單元|层|層))*)")),
        ("LOCATION", "zh_place", 12, re.compile(
            rf"(?:住在|居住在|居住于|住于|家住|来自|籍贯|户籍|出生于|生于|搬到|迁至|前往|去过|到过|现住)[:：]?(?P<n>"
            rf"(?:[{_HAN}]{{2,7}}(?:省|自治区|自治區))?[{_HAN}]{{2,7}}(?:市|县|縣|区|區|镇|鎮|乡|鄉|村))")),
        ("LOCATION", "zh_city", 12, re.compile(rf"(?:^|(?<=[^{_HAN}])|(?<=[在于从到至往自]))(?P<n>[{_HAN}]{{2,4}}(?:市|县|縣|镇|鎮|村))", re.M)),
        # a township or an Indigenous village (Taiwan's 部落) after a word of going or being, a bracket or a label
        # ("9月27日至瑞穗鄉", "（馬太鞍部落）"); not a hometown ("家乡", "老鄉")
        ("LOCATION", "zh_township", 12, re.compile(rf"(?<=[在于於从從到至往自（(：:\s])(?![家故老同城他异異下回])"
                                                   rf"(?P<n>[{_HAN}]{{2,3}}(?:乡|鄉)|[{_HAN}]{{2,5}}部落)")),
        # the district after a city: "成都市武侯区"
        ("LOCATION", "zh_district", 12, re.compile(rf"(?<=[市县縣])(?P<n>[{_HAN}]{{1,4}}?(?:区|區|县|縣|镇|鎮|乡|鄉|街道))")),
        # a subdistrict or town after its district ("钱塘区下沙街道"), and a district with no city before it where a
        # subdistrict, a street or a bracket's end follows ("（钱塘区下沙街道）"); not a ward, a campus or a community
        # ("外科病区", "院区", "社区")
        ("LOCATION", "zh_subdistrict", 12, re.compile(rf"(?<=[区區])(?P<n>[{_HAN}]{{2,4}}?(?:街道|镇|鎮|乡|鄉))")),
        ("LOCATION", "zh_district_bare", 12, re.compile(rf"(?:^|(?<=[（(，,、：:\s]))(?P<n>[{_HAN}]{{2,3}}(?<![病院社城景山疫分小园園校厂廠监監辖轄片库庫老新])[区區])"
                                                        rf"(?=[{_HAN}]{{2,4}}(?:街道|镇|鎮|乡|鄉|路|街|大道)|[）)，,])", re.M)),
        # an employer, a hotel or a school by its word: "宏遠客運", "原上海申达纺织厂", "在圓山大飯店", "成都锦程物流有限公司"
        ("LOCATION", "zh_organisation", 12, re.compile(
            rf"(?:^|(?<=[：:（(，,、。；;\s])|(?<=[在原於于到从從]))(?![在原於于到从從由])(?P<n>[{_HAN}]{{2,12}}?(?:股份有限公司|有限公司|公司|纺织厂|紡織廠|"
            rf"工厂|工廠|厂|廠|煤矿|煤礦|矿业|礦業|农场|農場|林场|林場|渔场|漁場|养殖场|養殖場|合作社|大飯店|大饭店|飯店|饭店|酒店|客運|客运|中學|中学|小學|小学|大學|大学|鄰舍中心|邻舍中心|老人院|安老院))", re.M)),
        # a doctor's licence in Taiwan ("醫字第039517號")
        ("ID", "zh_licence", 2, re.compile(r"[醫医][字師师]第[ \t]*(?P<n>\d{4,8})[ \t]*[號号]")),
        # a fishing boat's number: its province's character, its county and 渔 right before four to six digits ("赣都昌渔0417");
        # not fishermen counted ("渔民300人", "苏渔1200名")
        ("ID", "zh_fishing_boat", 4, re.compile(r"(?P<n>[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
                                                 r"[\u4e00-\u9fff]{0,4}[渔漁]\d{4,6})(?![\d人名例余次位户])")),
        ("ID", "zh_handle", 3, re.compile(r"(?:微信号?|微信號|WeChat|QQ号?|QQ號)[ \t]*[:：]?[ \t]*(?P<n>[A-Za-z][A-Za-z0-9_.\-]{4,29})")),
        # (read from the word before it: "因吸入性肺炎入住明愛醫院" names 明愛醫院, not the pneumonia before it)
        ("HOSPITAL", "zh_hospital", 5, re.compile(
            rf"(?:入住|送往|送至|送到|转介至|轉介至|转介|轉介|转入|轉入|转至|轉至|在|于|到|至|从|转|赴|於|從|轉)?"
            rf"(?P<n>(?:(?!入住|住院|入院|就诊|就診|送往|送至|送到|转介|轉介|求诊|求診)"
            rf"[^\s，。、；：,.;:()（）在于到至从的是为转赴於從為轉因]){{2,14}}"
            rf"(?:医院|卫生院|诊所|卫生服务中心|保健院|疗养院|门诊部|醫院|分院|診所|衛生所|療養院|"
            # institutes of prevention and control, care homes, blood and disease control centres
            rf"防治院|防治所|防治中心|疾控中心|疾病预防控制中心|护理院|護理院|安老院|護老院|养老院|養老院|血站|急救中心))")),
        # a Chinese name in brackets after an English one, or after an English relative or title ("Mrs Lau Siu-fong
        # (劉小芳)", "Son 陳志偉"), and its romanised form in brackets after it ("陳志偉 (Chan Chi-wai)")
        ("NAME", "zh_in_english", 9, re.compile(rf"(?:[A-Za-z][ \t]*[(（]|\b(?i:son|daughter|wife|husband|partner|mother|father|brother|"
                                                rf"sister|grandson|granddaughter|friend|carer|mr|mrs|ms|miss|dr)\.?[ \t]+)"
                                                rf"(?P<n>(?:{_SURNAME})[{_HAN}]{{1,2}})(?=[)）\s,.;]|$)")),
        ("NAME", "zh_romanised", 9, re.compile(rf"[{_HAN}][ \t]*[(（](?P<n>[A-Z][a-z]{{1,6}}(?:[ \t]+[A-Z][a-z]{{1,6}}(?:-[a-z]{{1,6}})?){{1,2}})[)）]")),
        # and in capitals, as Hong Kong writes it: "陳樂晴（CHAN LOK CHING）"
        # (each word holds a vowel and none is a Roman numeral or a grading system's letters: "（NYHA III）", "（ASA II）")
        ("NAME", "zh_romanised_caps", 9, re.compile(rf"[{_HAN}][ \t]*[(（](?!(?:NYHA|ASA|GOLD|DM|HFREF|HFPEF|CKD|TNM|GCS|FIGO|WHO|CCS|KDIGO)\b)"
                                                    rf"(?P<n>(?![IVX]+\b)[A-Z]*[AEIOUY][A-Z]*(?:[ \t-]+(?![IVX]+\b)[A-Z]*[AEIOUY][A-Z]*){{1,3}})[)）]")),
        # a name with no listed surname (Tibetan, Uyghur, Yi: "扎西多吉", "降央曲珍") where a form's field holds nothing
        # else: after a name label ("姓名："; not a clinician's, whose field may hold "请示上级"), ending where the field
        # does (a full-width space, the line's end); or after a relative and a space, before a space or a phone number;
        # never a word of a disease ("母亲 糖尿病")
        ("NAME", "zh_field_name", 9, re.compile(rf"(?:{_ZH_NAME_LABELS})[ \t]*[:：][ \t]*(?P<n>(?![{_STOP_CHARS}])(?:(?![{_NOT_IN_NAMES}])[{_HAN}]){{2,4}})"
                                                r"(?=[ \t]*\u3000|[ \t]*$)", re.M)),
        ("NAME", "zh_relative_field", 9, re.compile(rf"(?:{G.CHINESE_RELATIVES})[ \t\u3000]+(?P<n>(?![{_STOP_CHARS}])(?:(?![{_NOT_IN_NAMES}])[{_HAN}]){{2,4}})"
                                                    r"(?=[ \t\u3000]|$|[（(]|\d)", re.M)),
        ("PHONE", "zh_phone_label", 2, re.compile(
            r"(?:電話|手機|聯絡電話|电话|手机|联系电话|联系方式|座机|传真|傳真|手机号|电话号码|電話號碼|手提電話)[ \t]*[:：]?[ \t]*(?P<n>\+?[\d\-\s()（）]{7,20}\d)")),
        ("PHONE", "zh_mobile", 7, re.compile(r"(?<![\d])(?P<n>1[3-9]\d[ \-]?\d{4}[ \-]?\d{4})(?!\d)")),
        ("PHONE", "zh_landline", 7, re.compile(r"(?<![\d])(?P<n>[（(]?0\d{2,3}[)）]?[ \-]?\d{3,4}[ \-]?\d{4})(?!\d)")),
        ("ID", "zh_id_card", 4, re.compile(r"(?<![\dA-Za-z])(?P<n>\d{17}[\dXx])(?![\dA-Za-z])")),
    ]


# Russian: a capitalised name after a title, a label or a relative ("Пациент Кузнецов Андрей Петрович",
# "Лечащий врач Соколова Е. В.", "Дочь Ирина"), places after "г." / "ул.".
# (Ukrainian letters too: і, ї, є, ґ and the apostrophe of "Мар'яна"; and Macedonian's and Serbian's: "Ѓурѓица",
# "Љубица", "Џемаил", "Ђорђе")
_RU_UPPER = "А-ЯЁІЇЄҐЃЌЅЈЉЊЏЂЋ"
_RU_LOWER = "а-яёіїєґѓќѕјљњџђћ"
_RU_WORD = rf"[{_RU_UPPER}][{_RU_LOWER}]+(?:['’ʼ][{_RU_LOWER}]+)?(?:-[{_RU_UPPER}][{_RU_LOWER}]+)?"
_RU_NAME = rf"{_RU_WORD}(?:[ \t]+(?!(?i:{{ctx}})(?![{_RU_LOWER}]))(?:{_RU_WORD}|[{_RU_UPPER}]\.(?:[ \t]?[{_RU_UPPER}]\.)?)){{{{0,2}}}}"
_RU_CONTEXT = (r"пациент(?:ка|а|у|ом)?|больн(?:ой|ая|ого|ую)|ФИО|Ф\.\s?И\.\s?О\.|врач(?:\s+общей\s+практики)?|лечащий\s+врач|участковый\s+врач|доктор|медсестра|"
               r"медбрат|фельдшер|заведующ(?:ий|ая)(?:\s+отделением)?|подпись|контактное\s+лицо|представитель|"
               r"дочь|дочери|сын|сына|жена|жены|муж|мужа|мать|матери|отец|отца|брат|брата|сестра|сестры|внук|внучка|"
               # the same in the instrumental and dative ("доставлен братом Нурбеком", "позвонили дочери")
               r"дочерью|сыном|сыну|женой|жене|мужем|мужу|матерью|отцом|отцу|братом|брату|сестрой|сестре|внуком|внучкой|"
               r"сосед(?:ка)?|опекун|г-н|г-жа|гр\.|тов\.|"
               # Ukrainian: patient, doctor, signature, contact person, relatives, Mr/Mrs
               r"пацієнт(?:ка|а|у|ом|ки)?|хвор(?:ий|а|ого)|ПІБ|П\.\s?І\.\s?Б\.|лікар(?:ка|я)?|лікуючий\s+лікар|підпис|"
               r"контактна\s+особа|донька|доньки|дочка|син|сина|дружина|дружини|чоловік|чоловіка|батько|батька|онук|онука|"
               r"матері|бабуся|бабусі|дідусь|дідуся|свекруха|теща|тесть|"
               r"сусід(?:ка)?|опікун|пан|пані|"
               # a person after their job, in any case ("водитель Кузьмин", "передан кардиологу Ахметзянову")
               r"(?:водител|кардиолог|хирург|терапевт|невролог|педиатр|анестезиолог|реаниматолог|акушер|санитар|"
               r"диспетчер|ординатор|фельдшер|медсестр)[а-яё]{0,3}")
# a head of department's title ("Зав. відділенням: ..."): where a name stops, but no name's cue (it heads a department)
_RU_STOP = r"зав\.?|завідувач(?:ка)?|заведующ(?:ий|ая)"
# Ukrainian jobs before a person's name and surname, or name and initials, after a space only ("бригадир Вовк Степан",
# "хірург Бойко О. П."): after a colon or a dash the words are as often a finding ("Хірург: Гострий апендицит")
_UA_JOBS = (r"травматолог|ортопед|хірург|гінеколог|уролог|онколог|невропатолог|анестезіолог|водій|водія|медбрат|бригадир|"
            r"лісник|вчител|колег|коллег")  # (and a colleague: "колега Ігор Сорока")
_RU_NAME = _RU_NAME.format(ctx=f"{_RU_CONTEXT}|{_RU_STOP}")  # a name stops where the next person's title begins
# the first words of the diseases a family history writes after a relative, capitalised, in Russian and Ukrainian
_RU_DISEASE = (r"(?:Рак|Інфаркт|Инфаркт|Інсульт|Инсульт|Цукров|Сахарн|Гіпертон|Гипертон|Хвороб|Болезн|Синдром|Алерг|"
               r"Діабет|Диабет|Туберкул|Астм|Пневмон|Онко|Паркінсон|Паркинсон|Альцгеймер|Епілеп|Эпилеп|Деменц|Цироз|"
               r"Цирроз|Гепатит|Ішем|Ишем|Ожирін|Ожирен|Подагр|Остеопороз|Глауком|Катаракт|Психоз|Шизофрен|Депрес)")
# A patronymic names a person wherever it stands: given name and patronymic, the surname before them, in any case
# ("Сабирова Алсу Ринатовна", "Марату Фаридовичу"); so do two initials beside a surname ("Ахметзянову Р. Н.",
# "Р. И. Гиниятуллин").
# (and Ukrainian's, "Юрійович", "Іванівна", "Андріївна"; not an adjective in -ивна, "Позитивна", "Інтенсивна")
_RU_PATRONYMIC = (r"(?:[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:(?:[оеё]вич|ьич|[иы]ч)(?:а|у|ем|е)?|(?:[оеё]вн|[иы]чн|иничн)(?:а|ы|е|у|ой))(?![а-яёіїєґ])|"
                  r"[А-ЯЁІЇЄҐ][а-яёіїєґ]{2,}[ії]вн(?:а|и|і|у|ою)(?![а-яёіїєґ]))")
_RU_INITIALS = r"[А-ЯЁІЇЄҐ]\.[ \t]?[А-ЯЁІЇЄҐ]\."
# a Russian or Ukrainian title, label, relative or job: never part of the name beside it ("Пациент Иванов")
RU_CONTEXT_WORD = re.compile(rf"(?i:{_RU_CONTEXT}|{_RU_STOP})")
# Russian number plates: a letter, three digits, two letters and a region of two or three digits, in the twelve letters
# that look Latin ("А418КМ116", "В 123 ОР 77")
_RU_PLATE_LETTER = "АВЕКМНОРСТУХ"
# Hindi: Devanagari has no capitals, so a name is read only from its slot (an honorific, a label, a relative)
# up to a word that cannot be part of it.
DEVANAGARI = "\u0900-\u0963\u0966-\u097f"  # the block without its full stops (danda "।" and "॥"), for a character class
_HI_STOP = ("का|की|के|है|हैं|ने|को|से|में|और|जी|उम्र|आयु|वर्ष|साल|साथ|द्वारा|तथा|एवं|या|पर|भी|नाम|देखा|निवासी|"
            "ग्राम|गाँव|गांव|जिला|ज़िला|पुत्र|पुत्री|पत्नी|पति|बेटा|बेटी|पिता|माता|मोबाइल|फोन|अस्पताल|डॉ")
_HI_WORD = rf"(?!(?:{_HI_STOP})(?![{DEVANAGARI}]))[{DEVANAGARI}]+"
# (a name may open with dotted initials, each followed by a space: "डॉ. आर. के. मिश्र"; an abbreviation written without,
# "टी.बी.", "ए.एन.एम.", is none)
_HI_NAME = rf"(?:[{DEVANAGARI}]{{1,3}}\.[ \t]+){{0,3}}{_HI_WORD}(?:[ \t]+{_HI_WORD}){{0,2}}"
_HI_TITLES = r"श्रीमती|श्री|सुश्री|कुमारी|स्व\.|डॉ\.?|डॉक्टर|डा\.|ई\.[ \t]?एम\.[ \t]?टी\."
_HI_LABELS = r"मरीज़|मरीज|रोगी|नाम|रोगी\s+का\s+नाम|मरीज़?\s+का\s+नाम|पिता\s+का\s+नाम|पति\s+का\s+नाम|माता\s+का\s+नाम|संपर्क"
# the health workers a village note names by role before a colon ("आशा: <name>", "ANM: <name>", "परामर्शदाता: <name>")
_HI_ROLES = (r"आशा|ASHA|ए\.?एन\.?एम\.?|ANM|AWW|आंगनवाड़ी[ \t]+कार्यकर्ता|कार्यकर्ता|सहायिका|परामर्शदाता|चिकित्सक|"
             r"चिकित्सा[ \t]+अधिकारी|अधिकारी|नर्स|स्टाफ[ \t]+नर्स|पर्यवेक्षक|सुपरवाइज़र|सुपरवाइजर|प्रभारी|तकनीशियन|फार्मासिस्ट")
# the health centres named by their village ("उप स्वास्थ्य केंद्र <village>", "आंगनवाड़ी केंद्र <village>")
_HI_CENTRE = r"(?:उप|प्राथमिक|सामुदायिक)[ \t]+स्वास्थ्य[ \t]+(?:केंद्र|केन्द्र)|आंगनवाड़ी[ \t]+(?:केंद्र|केन्द्र)"
_HI_RELATIVES = r"पत्नी|पति|पुत्र|पुत्री|बेटा|बेटी|बेटे|माता|पिता|भाई|बहन|पोता|पोती|बहू|दामाद|सास|ससुर"
_HI_PLACE = r"निवासी|ग्राम|गाँव|गांव|जिला|ज़िला|जनपद|तहसील|शहर|मोहल्ला|कस्बा|कॉलोनी"
_HI_STATES = (r"मध्य[ \t]+प्रदेश|उत्तर[ \t]+प्रदेश|हिमाचल[ \t]+प्रदेश|आंध्र[ \t]+प्रदेश|अरुणाचल[ \t]+प्रदेश|राजस्थान|बिहार|महाराष्ट्र|"
              r"गुजरात|पंजाब|हरियाणा|उत्तराखंड|उत्तराखण्ड|झारखंड|झारखण्ड|छत्तीसगढ़|ओडिशा|उड़ीसा|पश्चिम[ \t]+बंगाल|असम|कर्नाटक|"
              r"केरल|तमिलनाडु|तमिल[ \t]+नाडु|तेलंगाना|गोवा|दिल्ली|जम्मू[ \t]+(?:और|व)[ \t]+कश्मीर|त्रिपुरा|मणिपुर|मेघालय|नागालैंड|"
              r"मिज़ोरम|मिजोरम|सिक्किम")


@functools.cache
def _script_rules() -> list[tuple[str, str, int, re.Pattern[str]]]:
    """The Cyrillic and Devanagari rules, compiled when the first text in either script comes."""
    return [
        # (a family history's disease after a relative is no name: "бабуся Цукровий діабет", "мать — Рак желудка")
        ("NAME", "ru_context", 9, re.compile(rf"(?<![\w-])(?i:{_RU_CONTEXT})[ \t]*(?:[:—–-][ \t]*)?(?!{_RU_DISEASE})(?P<n>{_RU_NAME})")),
        ("NAME", "ua_job", 9, re.compile(rf"(?<![\w-])(?i:{_UA_JOBS})[а-яіїєґ]{{0,3}}[ \t]+"
                                         rf"(?P<n>{_RU_WORD}[ \t]+(?:{_RU_WORD}|{_RU_INITIALS}))")),
        ("NAME", "ru_patronymic", 9, re.compile(rf"(?<![\w-])(?P<n>(?:(?!(?i:{_RU_CONTEXT}|{_RU_STOP})(?![а-яёіїєґ])){_RU_WORD}[ \t]+){{1,2}}{_RU_PATRONYMIC})")),
        # a nickname after "по прозвищу"/"по кличке" (in guillemets or not) and a name after "некий" ("некий Виталий")
        ("NAME", "ru_nickname", 9, re.compile(r"(?<![\w-])(?:по[ \t]+прозвищу|по[ \t]+кличке|некий|некая|некоего|некой)[ \t]+[«\"“]?(?P<n>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)")),
        ("NAME", "ru_initials", 9, re.compile(rf"(?<![\w-])(?P<n>{_RU_WORD}[ \t]+{_RU_INITIALS}|{_RU_INITIALS}[ \t]?{_RU_WORD})(?![\w-])")),
        # a district named by its adjective ("Приволжский район", "в Ленинском р-не")
        ("LOCATION", "ru_district", 12, re.compile(r"(?<![\w-])(?P<n>[А-ЯЁ][а-яё]+(?:ск|цк|ов|ин)(?:ий|ой|ого|ому|ом|ая|ую)[ \t]+"
                                                   r"(?:район[а-я]{0,2}|р-н[а-я]{0,2}|округ[а-я]{0,2}|микрорайон[а-я]{0,2}))")),
        # a listed town (GeoNames' Cyrillic names: lists/towns_cyrillic.txt) after a preposition of place, in the case
        # the preposition gives it ("у Львові", "мешкають у Стрию", "переведён из Казани", "в Омске"): see
        # :func:`cyrillic_town`; a capitalised word there is as often a drug, a department, a country or "Вас"
        ("LOCATION", "ru_after_preposition", 12, re.compile(
            r"(?<![\w-])(?:[УуВв]|[Вв]о|[Іі]з|[Зз]і|[Зз]|[Дд]о|[Бб]іля|[Пп]облизу|[Пп]ід|[Ии]з|[Пп]од|[Вв]озле|[Оо]коло|[Бб]лиз)[ \t]+"
            r"(?P<n>[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]{2,}(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ]+)?)(?![\w-])")),
        # Ukrainian plates: two letters, four digits and two letters, in the letters that look Latin ("АО 4172 ВМ"), not a CT's
        ("ID", "ua_plate", 4, re.compile(r"(?<![\w-])(?!КТ)(?P<n>[АВЕІКМНОРСТХ]{2}[ \t]?\d{4}[ \t]?[АВЕІКМНОРСТХ]{2})(?![\w-])")),
        ("ID", "ru_plate", 4, re.compile(rf"(?<![\w-])(?P<n>[{_RU_PLATE_LETTER}][ \t]?\d{{3}}[ \t]?[{_RU_PLATE_LETTER}]{{2}}[ \t]?\d{{2,3}})(?![\w-])")),
        ("LOCATION", "ru_town", 12, re.compile(rf"(?<![\w-])(?:г\.|город[ае]?|пос\.|пос[её]л(?:ок|ке|ка|ку)|пгт|п\.(?=[ \t]*[А-ЯЁ])|дер\.|деревн[яеи]|"
                                               r"станиц[аеы]|хутор[ае]?|с\.|м\.|місто|смт|село|(?<=в[ \t])селе)[ \t]*"
                                               rf"(?P<n>{_RU_WORD}(?:[ \t]+{_RU_WORD})?)")),
        # a postcode of four or five digits before its town after a Cyrillic street ("ул. Партизанска бб, 7000 Битола",
        # "бул. Витоша 12, 1000 София")
        ("POSTCODE", "ru_postcode_town", 6, re.compile(r"(?<![\w-])(?:ул\.|улица|бул\.|булевар|булевард)[ \t]+[^\n,|;]{1,40}?,[ \t]*"
                                                        r"(?P<n>\d{4,5})(?=[ \t]+[А-ЯЁЃЌЅЈЉЊЏЂЋ][а-яёѓќѕјљњџђћ])")),
        ("ADDRESS", "ru_street", 5, re.compile(rf"(?<![\w-])(?:ул\.|улица|вул\.|вулиця|пров\.|провулок|бульв\.|площа|пр-т|просп\.|проспект|пер\.|переулок|ш\.|шоссе|наб\.|"
                                               rf"бул\.|бульвар|пл\.|мкр\.?)[ \t]*(?P<n>{_RU_WORD}(?:[ \t]+{_RU_WORD})?"
                                               r"(?:,?[ \t]*(?:д\.|дом|буд\.)?[ \t]*\d+[а-я]?)?(?:,?[ \t]*(?:корп\.|стр\.)[ \t]*\d+)?"
                                               r"(?:,?[ \t]*(?:кв\.|квартира)[ \t]*\d+)?)")),
        # Russian hospitals are named by kind and number ("ГКБ № 34", "ЦРБ № 2"), workplaces and schools by a name
        # in guillemets ("завод «Сибсельмаш»")
        ("HOSPITAL", "ru_hospital_number", 5, re.compile(r"(?<![\w-])(?P<n>(?:[А-ЯЁ]{0,2}(?:ГКБ|КБ|ГБ|ЦРБ|ЦГБ|ОКБ|РКБ|ГП|МСЧ|ПНД|КВД|ГКП)|"
                                                         r"[Бб]ольница|[Пп]оликлиника|[Рр]оддом|[Рр]одильный[ \t]+дом|"
                                                         r"[Дд]испансер)[ \t]*№[ \t]*\d+)")),
        # a district or town hospital named by its place's adjective ("Шуйская ЦРБ"), an institution's legal form
        # before its name in guillemets ("ОБУЗ «...»")
        ("HOSPITAL", "ru_hospital_place", 5, re.compile(r"(?<![\w-])(?P<n>[А-ЯЁ][а-яё]+(?:ая|ий|ой|ое|ая[ \t]+городская)[ \t]+"
                                                        r"(?:ЦРБ|ЦГБ|ЦРКБ|РБ|ГБ|ОКБ|РКБ|МСЧ|ГКБ|больница))")),
        # ... and in Ukrainian, in any case ("Воловецька лікарня", "до Мукачівської ЦРЛ")
        # (not a city's or a village's hospital: "Міська лікарня №3", "Сільська лікарня")
        ("HOSPITAL", "ua_hospital_place", 5, re.compile(r"(?<![\w-])(?!(?:Міськ|Сільськ)[а-яіїєґ]*[ \t])"
                                                        r"(?P<n>[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+(?:ськ|цьк|зьк)(?:а|ої|ій|у)[ \t]+"
                                                        r"(?:(?:міськ|районн|обласн|центральн)(?:а|ої|ій|у)[ \t]+)?"
                                                        r"(?:ЦРЛ|ЦРБ|ЦМЛ|ОКЛ|лікарн(?:я|і|ею|ю)|поліклінік(?:а|и|і|у)))")),
        ("HOSPITAL", "ru_institution_quoted", 5, re.compile(r"(?<![\w-])(?:[ОМГ]?[ГО]?БУЗ|ГУЗ|МУЗ|ФГБУ|ГАУЗ|КГБУЗ)[ \t]*(?P<n>«[^»\n]{2,60}»)")),
        ("LOCATION", "ru_quoted_place", 12, re.compile(r"(?<![\w-])(?:(?:завод|фабрик|комбинат|компани|фирм|школ|гимнази|лице|колледж|"
                                                       r"техникум|университет|детск(?:ий|ом|ого)[ \t]+сад|санатори|клиник|больниц|"
                                                       r"центр)[а-яё]{0,3}|ООО|ОАО|ЗАО|АО|ПАО|ИП)[ \t]*(?P<n>«[^»\n]{2,40}»)")),
        ("PHONE", "hi_phone_label", 2, re.compile(r"(?:मोबाइल|मोबाईल|फ़ोन|फोन|दूरभाष)[ \t]*(?:नं\.?|नंबर)?[ \t]*[:：]?[ \t]*(?P<n>\+?\d[\d\- ]{6,16}\d)")),
        # the town after a health centre or hospital and a comma ("सामुदायिक स्वास्थ्य केंद्र, <town>")
        ("LOCATION", "hi_facility_place", 12, re.compile(rf"(?:केंद्र|केन्द्र|अस्पताल|चिकित्सालय)[ \t]*,[ \t]*(?P<n>{_HI_WORD})")),
        # a town in brackets after its state ("पंजाब (लुधियाना) में मजदूरी")
        # (not a kind of area or a direction: "बिहार (ग्रामीण)", "गुजरात (पश्चिम)")
        ("LOCATION", "hi_after_state", 12, re.compile(rf"(?<![{DEVANAGARI}])(?:{_HI_STATES})[ \t]*\([ \t]*"
                                                      r"(?!(?:सामान्य|ग्रामीण|शहरी|स्थानिक|पश्चिम|पूर्व|पूर्वी|उत्तर|दक्षिण|मध्य)[ \t]*\))"
                                                      rf"(?P<n>{_HI_WORD})[ \t]*\)")),
        # a council's or a register's number after its Hindi label ("पंजी. सं. 41287", "रजि. नं.: 5521")
        # (its word for number is needed: "पंजीकरण 12 सप्ताह पर" is a registration at twelve weeks)
        ("ID", "hi_registration", 4, re.compile(r"(?:पंजी\.|पंजीकरण|रजि\.|रजिस्ट्रेशन)[ \t]*(?:सं\.|संख्या|नं\.|नंबर|क्र\.|क्रमांक)[ \t]*"
                                                r"[:：]?[ \t]*(?P<n>[A-Za-z/-]{0,12}[\d०-९][\d०-९A-Za-z/-]*)")),
        # a record's, a card's or a licence's number after its label in Hindi, Nepali or Marathi and the word for number
        # ("दर्ता नं. 23614", "नागरिकता प्रमाणपत्र नं.: 12-34", "बीमा नम्बर 4417", "नोंदणी क्रमांक 5521", a medico-legal case's
        # or a police report's "एमएलसी नं. 27/2026"); three digits or
        # more ("वडा नं. ६" is a ward, and no label here)
        # (not "संख्या", a count: "मरीज संख्या 3450 रही")
        ("ID", "hi_number_label", 4, re.compile(r"(?<![\u0900-\u097f])(?:दर्ता|नोंदणी|नागरिकता|प्रमाणपत्र|प्रमाणपत्राचा|बीमा|विमा|आधार|"
                                                r"पहचान[ \t]+पत्र|परवाना|अनुज्ञप्ति|अनुमतिपत्र|लाइसेंस|लाइसेन्स|भर्ती|भरती|दाखला|ओपीडी|आईपीडी|"
                                                r"मरीज|रोगी|रुग्ण|बिरामी|फाइल|फ़ाइल|केस|प्रकरण|एमएलसी|एमएलआर|एफआईआर|एफ़आईआर|जीडी|पंजीयन)[ \t]*(?:नं\.?|नंबर|नम्बर|क्र\.|क्रमांक)"
                                                r"[ \t]*[:：]?[ \t]*(?P<n>(?=(?:[A-Za-z/-]*[\d०-९]){3})[A-Za-z/-]{0,12}[\d०-९][\d०-९A-Za-z/-]*+)"
                                                r"(?![ \t]*(?:से|में|प्रति|भन्दा|वर|पार|पुगेको|जणांवर|मा[ \t]+पुग))")),
        # the town before its state ("सीहोर, मध्य प्रदेश"), as "Town, STATE" is read in English
        ("LOCATION", "hi_before_state", 12, re.compile(rf"(?<![{DEVANAGARI}])(?P<n>{_HI_WORD}),[ \t]*(?:{_HI_STATES})(?![{DEVANAGARI}])")),
        ("NAME", "hi_title", 9, re.compile(rf"(?:{_HI_TITLES})[ \t]*(?P<n>{_HI_NAME})")),
        ("NAME", "hi_label", 9, re.compile(rf"(?:{_HI_LABELS})[ \t]*[:：\-–][ \t]*(?:(?:{_HI_TITLES})[ \t]*)?(?P<n>{_HI_NAME})")),
        ("NAME", "hi_role", 9, re.compile(rf"(?<![{DEVANAGARI}\w])(?:{_HI_ROLES})[ \t]*[:：\-–][ \t]*(?:(?:{_HI_TITLES})[ \t]*)?(?P<n>{_HI_NAME})")),
        ("LOCATION", "hi_centre_place", 12, re.compile(rf"(?:{_HI_CENTRE})[ \t]+(?P<n>{_HI_WORD}(?:[ \t]+{_HI_WORD})?)")),
        # a neighbour or an EMT by one name before the mark of the doer or a closing bracket ("पड़ोसी रमेश ने गाड़ी से
        # पहुँचाया", "(..., ईएमटी विकास)"); not "पड़ोसी लेकर आए", "ईएमटी टीम ने" (the neighbour brought her, the EMT team)
        ("NAME", "hi_neighbour", 9, re.compile(rf"(?<![{DEVANAGARI}])(?:पड़ोसी|पड़ोसन|पड़ोसी|पड़ोसन|पडोसी|पडोसन|ईएमटी)[ \t]+"
                                               rf"(?!(?:टीम|रिपोर्ट|स्टाफ|महिला|पुरुष|युवक|युवती|लोग|लोगों|परिवार|दल)(?![{DEVANAGARI}]))"
                                               rf"(?P<n>{_HI_WORD})(?=[ \t]+ने(?![{DEVANAGARI}])|[ \t]*[)）])")),
        ("NAME", "hi_relative", 9, re.compile(rf"(?<![{DEVANAGARI}])(?:{_HI_RELATIVES})[ \t]*[:：,]?[ \t]*(?:(?:{_HI_TITLES})[ \t]*)?(?P<n>{_HI_NAME})")),
        ("LOCATION", "hi_place", 12, re.compile(rf"(?<![{DEVANAGARI}])(?:{_HI_PLACE})[ \t]+(?:(?:{_HI_PLACE})[ \t]+)?(?P<n>{_HI_NAME})")),
        # (from a word's start: "गाड़ी से अस्पताल" is "by car to hospital", and its "े" no hospital's name)
        ("HOSPITAL", "hi_hospital", 5, re.compile(rf"(?<![{DEVANAGARI}])(?P<n>{_HI_WORD}(?:[ \t]+{_HI_WORD}){{0,2}}[ \t]+(?:अस्पताल|हॉस्पिटल|चिकित्सालय|मेडिकल[ \t]+कॉलेज))")),
        # a district's or a civil hospital named by its town after it ("जिला अस्पताल सीहोर में", "सिविल अस्पताल अंबाला")
        ("HOSPITAL", "hi_hospital_town", 5, re.compile(rf"(?<![{DEVANAGARI}])(?P<n>(?:जिला|ज़िला|सिविल|सामान्य|सरकारी|उप[ \t]+जिला)[ \t]+"
                                                       rf"(?:अस्पताल|चिकित्सालय)[ \t]+{_HI_WORD})(?![{DEVANAGARI}])"
                                                       # (the town closes the name: "जिला अस्पताल भेजा गया" sends her there)
                                                       rf"(?=[ \t]*(?:[,।)|\n]|$|(?:में|से|को|का|की|के|पर|तक)(?![{DEVANAGARI}])))")),
    ]


_HAS_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
_HAS_DEVANAGARI = re.compile(rf"[{DEVANAGARI}]")
_HAS_GREEK = re.compile(rf"[{GR_UP}{GR_LO}]")
_HAS_HAN = re.compile(rf"[{_HAN}]")


# "住址：长沙市...", "पता: मकान नं. 14, ...।", "Адрес: ...": an address label's value up to the end of its line
# or sentence, street, building, flat and postcode alike.
_ADDRESS_LABEL_RE = re.compile(r"(?:家庭住址|现住址|联系地址|住址|地址|住所|現住所|自宅|居住地|주소|முகவரி|ที่อยู่|Адреса|адреса|Адрес|адрес|Διεύθυνση|Δ/νση|पता)[ \t]*[:：][ \t]*"
                               r"(?P<n>[^\n。；;|।]+?)[ \t]*(?=[\n。；;|।]|\u3000(?=[^\u3000\n]{1,6}[:：])|$|"
                               # (or before a phone on the same line: "住所：旭川市永山3条14丁目2-7　電話 0166-...")
                               r"[ \t\u3000]+(?:電話|TEL|Tel|ＴＥＬ|携帯|FAX|電話番号|电话|手机|전화|휴대폰)[ \t:：]*[\d０-９(（+]|\.[ \t]+[Α-ΩΆΈ-ΏA-ZА-ЯЁ][α-ωά-ώa-zа-яё]{2,}|"
                               # a Hindi label after a full stop ("...सीकर 332001. मोबाइल: ..."); an abbreviation's full
                               # stop goes on ("नं. 12", "पो. खेड़ा, जि. सीकर")
                               r"\.[ \t]+(?:मोबाइल|मोबाईल|फ़ोन|फोन|दूरभाष|संपर्क|ईमेल|मरीज़?|रोगी|उम्र|आयु|निदान|इतिहास)(?![\u0900-\u0963]))")


_GR_DEPARTMENT_AFTER = re.compile(r"[ \t]+(?:Κλινικ|ΚΛΙΝΙΚ|Τμήμα|ΤΜΗΜΑ|Μονάδ|ΜΟΝΑΔ|Εργαστήρ|ΕΡΓΑΣΤΗΡ|Ιατρεί|ΙΑΤΡΕΙ)")


# A town named bare in Chinese characters ("長女 黃麗雲（自高雄返回）", "在昆明打工"): a listed town (GeoNames, in
# characters: lists/towns_han.txt) after a word of being or going, then its word for city or county, a particle, a
# punctuation mark or a verb of living, working or coming; inside a run of characters a town's name is often a word of
# its own ("祝您安康", "在安康中心" stays)
_TOWN_BEFORE = r"[自从從在到至往去回住来來赴返离離于於]"
_TOWN_AFTER = r"[市县縣区區镇鎮的人回返来來去工务務打住出生读讀上做经經开開探治就看定居，,。、；;）)\s]"


@functools.cache
def _han_towns() -> re.Pattern[str]:
    from consilium.orchestration.privacy.namelists import han_towns

    towns = "|".join(re.escape(t) for t in sorted(han_towns(), key=len, reverse=True))
    return re.compile(rf"(?<={_TOWN_BEFORE})(?P<n>{towns})(?={_TOWN_AFTER}|$)", re.M)


@functools.cache
def _greek_towns() -> re.Pattern[str]:
    """The towns of Greece and Cyprus by their Greek names (:func:`~.namelists.greek_towns`), as whole words after a
    lower-case word ("στη Λάρισα", "από το Αγρίνιο"), a comma or a postcode, or opening a line before a comma and a
    number: a capitalised word at a sentence's, a line's or a label's start is as often an everyday word ("Μέσα σε 48
    ώρες", "Χώρα καταγωγής:", "Θέρμη και ερυθρότητα"), and a scale or a virus after its noun is no place ("κλίμακα",
    "ιός"). GeoNames' names in the scripts of :mod:`.scripts_world` were tried the same way and left out."""
    from consilium.orchestration.privacy.namelists import greek_towns

    towns = "|".join(re.escape(t) for t in sorted(greek_towns(), key=len, reverse=True))
    greek = "\u0370-\u03ff\u1f00-\u1fff"
    not_after = ("κλίμακα|κλίμακας|κριτήρια|κριτηρίων|κανόνες|κανόνων|σύστημα|συστήματος|ιός|ιού|πυρετός|πυρετού|νόσος|"
                 "νόσου|σύνδρομο|συνδρόμου|διακήρυξη|διακήρυξης|μέθοδος|μεθόδου|δοκιμασία|δοκιμασίας|σημείο|τεστ|πρωτόκολλο|"
                 "πρωτοκόλλου|ταξινόμηση|ταξινόμησης")
    # after a lower-case word, a comma or a postcode ("Οδός Νίκαιας, 4131 Ύψωνας"), or opening a line before a comma and
    # a postcode or a date ("Ρίο, 265 04 Πάτρα", "Καλλονή, 27/07/2025")
    before = rf"(?:(?<![{greek}])(?!(?:{not_after})[ \t])[α-ωάέήίόύώϊϋΐΰς]+[ \t]+|(?<=,[ \t])|(?<![\d.,/:-])(?:\d{{3}}[ \t]?\d{{2}}|\d{{4}})[ \t]+)"
    return re.compile(rf"{before}(?P<n>{towns})(?![{greek}])|^(?P<m>{towns}),[ \t]*(?=\d)", re.M)


# Slavic and Central Asian surnames written in Latin letters, known by their endings ("Karimova", "Toʻxtasinov",
# "Ganiyeva", "Petrovich"), with a person's initials before or after them, or a capitalised word beside them (a given
# name before, or after in the surname-first order of Russian and Uzbek forms: "Yoʻldosheva Muqaddas"), and a patronymic
# after that ("Rustamovich", "Aziz oʻgʻli"). Two letters at least before the ending ("Nova", "Kiev" stay); not before a
# hyphen ("Sokolov-Lyon"). Uzbek's letters oʻ and gʻ are written with a turned comma (U+02BB) or an apostrophe.
_LATIN_LOWER = r"(?:[a-z]|[ʻʼ'’‘](?=[a-z]))"
_SLAVIC_SURNAME = rf"[A-Z]{_LATIN_LOWER}{{2,}}?(?:ov|ev|yev|ova|eva|yeva|ovich|evich|ovna|evna|yevich|yevna)(?![\w'’ʻʼ-])"
_LATIN_WORD = rf"[A-Z]{_LATIN_LOWER}+(?![\w'’ʻʼ-])"
_PATRONYMIC = (rf"[A-Z]{_LATIN_LOWER}+(?:ovich|evich|ovna|evna|yevich|yevna|ich|ichna)(?![\w-])"
               rf"|{_LATIN_WORD}[ \t]+(?:o[ʻ'‘’]g[ʻ'‘’]li|qizi)(?![\w])")
_LATIN_INITIALS = r"[A-Z]\.(?:[ \t]?[A-Z]\.)?"
_LATIN_SURNAME_NAME = re.compile(
    rf"(?<![\w'’ʻʼ.-])(?:{_LATIN_INITIALS}[ \t]*(?P<s1>{_SLAVIC_SURNAME})"
    rf"|(?P<s2>{_SLAVIC_SURNAME})[ \t]+{_LATIN_INITIALS}"
    rf"|(?P<s3>{_SLAVIC_SURNAME})[ \t](?P<w3>{_LATIN_WORD})(?:[ \t](?:{_PATRONYMIC}))?"
    rf"|(?P<w4>{_LATIN_WORD})[ \t](?P<s4>{_SLAVIC_SURNAME})(?:[ \t](?:{_PATRONYMIC}))?)")
_LATIN_SURNAME_CUE = re.compile(r"[a-z](?:ov|ev|ova|eva)\b")


def latin_slavic_names(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`_LATIN_SURNAME_NAME`, less the eponyms among the surnames. A capitalised word beside the
    surname goes with it unless it is an everyday English word or a clinical one: before the surname such a word stays
    and the surname goes ("Contact Orlova"); after it, a clinical word stays ("Petrov Hyperkalaemia") and an everyday
    word makes a sign's, a tool's or a place's name, so nothing goes ("Korotkov Phase V", "Markov Model"). Initials or a
    patronymic make it a person's name whatever the word."""
    if not _LATIN_SURNAME_CUE.search(text):
        return []
    from consilium.orchestration.privacy.namelists import is_common_word
    from consilium.orchestration.privacy.vocabulary import known

    out = []
    for m in _LATIN_SURNAME_NAME.finditer(text):
        surname = next(m.group(g) for g in ("s1", "s2", "s3", "s4") if m.group(g))
        if surname in _SURNAME_EPONYMS:
            continue
        word = m.group("w3") or m.group("w4")
        patronymic = m.end() > max(m.end("w3"), m.end("s3"), m.end("w4"), m.end("s4"))
        if word is None or patronymic or not (is_common_word(word) or known(word.lower())):
            out.append(m.span())
        elif m.group("s4") or not is_common_word(word):
            out.append(m.span("s3" if m.group("s3") else "s4"))
    return out


# surnames of these endings that name signs, methods and institutions ("Korotkov sounds", "Ilizarov frame")
_SURNAME_EPONYMS = frozenset("Korotkov Korsakov Ilizarov Bekhterev Pirogov Filatov Markov Sechenov Bakulev Kolmogorov".split())


def script_spans(text: str) -> list[tuple[int, int, str, str, int]]:
    """(start, end, kind, rule, priority) of Greek-, Chinese-, Cyrillic- and Devanagari-script identifiers, of the
    other scripts' (:mod:`.scripts_he_ar`, :mod:`.scripts_asia`, :mod:`.scripts_world`), and of Slavic and Central
    Asian surnames in Latin letters (:func:`latin_slavic_names`)."""
    greek, han = _HAS_GREEK.search(text) is not None, _HAS_HAN.search(text) is not None
    russian, hindi = _HAS_CYRILLIC.search(text) is not None, _HAS_DEVANAGARI.search(text) is not None
    out: list[tuple[int, int, str, str, int]] = he_ar_spans(text) + asia_spans(text) + world_spans(text)
    out += [(s, e, "NAME", "latin_slavic_surname", 9) for s, e in latin_slavic_names(text)]
    if greek or han or russian or hindi or has_asian_script(text):
        out += [(*m.span("n"), "ADDRESS", "script_address_label", 5) for m in _ADDRESS_LABEL_RE.finditer(text)]
    for kind, rule, prio, pattern in _script_rules() if russian or hindi else ():
        if rule.startswith("ru_") and not russian or rule.startswith("hi_") and not hindi:
            continue
        out += [(*m.span("n"), kind, rule, prio) for m in pattern.finditer(text) if m.end("n") > m.start("n")
                and (rule != "ru_after_preposition" or cyrillic_town(m.group("n")))]
    if not (greek or han):
        return out
    out += [(*m.span("n"), "LOCATION", "zh_known_town", 12) for m in (_han_towns().finditer(text) if han else ())]
    out += [(*m.span("n" if m.group("n") else "m"), "LOCATION", "el_known_town", 12)
            for m in (_greek_towns().finditer(text) if greek else ())]
    for kind, rule, prio, pattern in _rules():
        if rule.startswith("gr_") and not greek or rule.startswith("zh_") and not han:
            continue
        for m in pattern.finditer(text):
            s, e = m.span("n")
            if rule.startswith("zh_") and kind == "NAME" and text[s:e] in G.CHINESE_NOT_NAMES:
                continue
            # a department after a preposition is no place: "στην Παθολογική Κλινική", "στο Καρδιολογικό Τμήμα"
            if rule == "gr_place_prep" and _GR_DEPARTMENT_AFTER.match(text, e) and fold(text[s:e]).startswith(G.GENERIC_PLACE_STEMS):
                continue
            if kind == "NAME" and rule.startswith("zh_") and any(text.startswith(w, s) for w in G.CHINESE_NOT_NAMES):
                continue
            # (Latin capitals after a label are a person's initials, not a test's: "医师：CT")
            if rule == "zh_label_initials" and not P.signer_initials(text[s:e]):
                continue
            out.append((s, e, kind, rule, prio))
            if kind == "NAME" and rule in _ZH_LISTING_RULES:
                out += [(*n, "NAME", "zh_name_list", prio) for n in _listed_after(text, e)]
    return out


# the rules whose name may open a list of people ("诊断医师（签名）：田晓红（...）、冉光辉、班文杰")
_ZH_LISTING_RULES = frozenset({"zh_label", "zh_role", "zh_role_suffix"})
# a listed name: after an enumeration comma, a surname's name closing its item
_ZH_LISTED = re.compile(rf"(?:[（(][^）)\n]{{0,40}}[）)])?[ \t]*、[ \t]*(?P<n>{_ZH_NAME})(?=[、，,。；;\s（(]|$)")


def _listed_after(text: str, end: int) -> list[tuple[int, int]]:
    """The names listed after the name that ends at ``end``, each after an enumeration comma (up to five)."""
    out = []
    for _ in range(5):
        m = _ZH_LISTED.match(text, end)
        if m is None or text[m.start("n"):m.end("n")] in G.CHINESE_NOT_NAMES:
            break
        out.append(m.span("n"))
        end = m.end("n")
    return out


# the one or two letters of a preposition, an article or a conjunction written onto a Hebrew or Arabic word
# ("ברעננה", in Ra'anana; "والحريري")
HE_AR_PREFIX = r"(?:[ובהלמשכ]{1,2}|[وفبلك]|ال|وال|بال|لل|فال)"
_HE_AR_START = re.compile(r"[\u05d0-\u05ea\u0621-\u064a]")


def is_he_ar(text: str) -> bool:
    """Whether ``text`` opens with a Hebrew or Arabic letter (scripts without capitals whose words take prefixes)."""
    return _HE_AR_START.match(text) is not None


# the case endings a town's name takes after a preposition, each with the endings of the nominative it may come from
# ("Москве" of Москва, "Омске" of Омск, "Казани" of Казань, "Стрию" of Стрий, "Якутска" of Якутск, "Бахмутом" of Бахмут,
# "Череповце" of Череповец, with the vowel that drops)
_CASE_ENDINGS = {"це": ("ец",), "ке": ("ок",), "е": ("", "а", "я", "о", "е", "ь", "й"), "і": ("", "а", "я", "о", "ь", "й"),
                 "и": ("ь", "я"), "ї": ("я",), "у": ("", "й", "а"), "ю": ("й", "ь", "я"), "а": ("", "ь", "й", "о"),
                 "я": ("ь", "й"), "ы": ("а",), "ом": ("", "о"), "ем": ("", "ь", "й", "е"), "ой": ("а",), "ою": ("а",),
                 "ей": ("я", "ь"), "єю": ("я",)}


def cyrillic_town(word: str) -> bool:
    """Whether ``word`` is a listed town's name in Cyrillic, as written or in a case a preposition puts it in
    (:data:`_CASE_ENDINGS`; "Києві" of Київ, with Ukrainian's є for ї; "Львові" of the Russian Львов)."""
    from consilium.orchestration.privacy.namelists import cyrillic_towns

    towns = cyrillic_towns()
    if word in towns:
        return True
    for ending, nominatives in _CASE_ENDINGS.items():
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            for s in {stem, stem.replace("є", "ї")}:
                if any(s + end in towns for end in nominatives):
                    return True
    return False


def han_given_name(name: str) -> str | None:
    """The two-character given name of a Chinese name of a listed surname ("丽华" of "段丽华", "志明" of "欧阳志明"), which
    a note may write alone (a dispensing table's column, a list of those present); None for any other name."""
    if not _HAN_ONLY.fullmatch(name):
        return None
    # (a compound surname is the name's surname where it stands: "司马光" has the given name 光, not 马光)
    surname = name[:2] if name[:2] in _SURNAMES else name[:1] if name[:1] in _SURNAMES else None
    return name[len(surname):] if surname is not None and len(name) - len(surname) == 2 else None


def is_han(text: str) -> bool:
    """Whether ``text`` holds a Chinese character (names in it are matched without word boundaries)."""
    return _HAS_HAN.search(text) is not None
