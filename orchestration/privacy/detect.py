"""Where the identifiers are: span detection for :mod:`consilium.orchestration.privacy.deid`.

:func:`detect` returns non-overlapping :class:`Span` objects of kinds NAME, MRN, PHONE, EMAIL, URL,
ADDRESS, POSTCODE, ID, DATE and AGE (ages over 89). Rules run in a fixed priority order; where two
candidates overlap, the higher-priority (then the longer) one wins.

The rules live by concern: numbers, contacts and addresses in :mod:`id_rules`, person names in
:mod:`names`, places and facilities in :mod:`places`, Greek and Chinese script in :mod:`scripts`,
dates in :mod:`dates`. This module gathers their candidates, protects eponyms and clinical phrases
("Graves disease", "circle of Willis", "Glasgow Coma Scale") from the weak rules, and chooses.
"""

from __future__ import annotations

import re
from itertools import chain
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from consilium.orchestration.privacy import gazetteer as G
from consilium.orchestration.privacy import namelists as N
from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.dates import (BE_DATE, BE_SCRIPTS, FOREIGN_DATE, find_dates, labelled_day_months, latin_foreign_dates,
                                                   months_and_holidays, weekday_days)
from consilium.orchestration.privacy.id_rules import (
    AGE_DIGITS,
    AGE_RULES,
    BIRTH_YEAR,
    DIGIT,
    GENERIC_ID_DIGITS,
    GENERIC_IDS,
    NEEDS_DIGITS,
    NEEDS_LITERAL,
    RULES,
    id_shape_ok,
    platform_handle_ok,
    registration_numbers,
)
from consilium.orchestration.privacy.names import (
    AGE_NAME_RE,
    ANY_GIVEN,
    COLLOQUIAL_REL_RE,
    COMMON_WORD_GIVEN,
    DEMOGRAPHIC_NAME_RE,
    GAZ_RE,
    LABEL_RE,
    LEAD_RE,
    LEAD_SIGNED_RE,
    NAME_TAIL_RE,
    NICKNAME_RE,
    PAREN_RE,
    QUOTED_BETWEEN_RE,
    QUOTED_CUE,
    REL_AFTER_RE,
    REL_BARE_RE,
    REL_RE,
    RELATIVE_WORD,
    INITIAL_CREDENTIAL_RE,
    MAIDEN_CUE,
    MAIDEN_RE,
    RELATION_CUE,
    BEFORE_RELATION_RE,
    LINE_PERSON_RE,
    LEGEND_INITIAL_NAME,
    word_initials,
    LISTED_RELATIVE_RE,
    GROUP_RELATIVE_CUE,
    GROUP_RELATIVE_RE,
    WORKMATE_RE,
    ROLE_AFTER_RE,
    ROLE_ABBREVIATION,
    ROLE_CAPITALS,
    ROLE_CAPITALS_RE,
    INITIAL_CUE,
    ROLE_ALSO_TERM,
    ROLE_HEADS_FORMS,
    ROLE_PAREN_RE,
    CREDENTIAL_AFTER_RE,
    ROLE_BEFORE_RE,
    ROLE_STEMS,
    STRONG,
    SUBJECT_CUE,
    SUBJECT_RE,
    TITLE_RE,
    UPPER_COMMA_RE,
    WEAK,
    clinical_letters,
    everyday_words,
    extend_known,
    known_name_pattern,
    overlaps,
    plain,
    signature_spans,
    trim_name,
    upper_surnames,
    word_not_name,
)
from consilium.orchestration.privacy.address_lines import (address_places, address_rest, chained_places, phones_after,
                                                          postcodes_after, postcodes_before)
from consilium.orchestration.privacy.casing import cased_view
from consilium.orchestration.privacy.place_slots import SERVICE_VOCABULARY, places_after
from consilium.orchestration.privacy.places import place_spans
from consilium.orchestration.privacy.residual import JOINABLE, residual_spans
from consilium.orchestration.privacy.scripts import is_han, is_he_ar, script_spans
from consilium.orchestration.privacy.scripts_asia import KO_SURNAMES
from consilium.orchestration.privacy.tables import signer, table_spans
from consilium.orchestration.privacy.vocabulary import is_language, known
from consilium.orchestration.privacy.wordlist import WordListFinder

# deid.py imports these from here: the names module is an implementation detail of detection.
__all__ = ["PLACEHOLDER_KINDS", "Candidates", "Span", "candidates", "choose", "date_candidates", "detect",
           "known_candidates", "known_name_pattern", "word_not_name"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    rule: str
    priority: int


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


PLACEHOLDER_KINDS = ("NAME", "MRN", "PHONE", "EMAIL", "URL", "ADDRESS", "POSTCODE", "ID", "HOSPITAL", "LOCATION", "DATE")
_PLACEHOLDER_RE = _c(r"\[(?:" + "|".join(PLACEHOLDER_KINDS) + r")_\d+\]")
_ABSOLUTE = [e for e in P.EPONYM_PHRASES if re.search(r"[\s-]", e)]
_SINGLE = [e for e in P.EPONYM_PHRASES if not re.search(r"[\s-]", e)]
_PROTECT_ABS = _c(P.lead_words(_ABSOLUTE) + r"(?<![\w-])(?:"
                  + P.by_first_letter("|".join(re.escape(e) for e in sorted(_ABSOLUTE, key=len, reverse=True))) + r")")
# what may lead to a signer's name (patterns.SIGNED_LEADS), and a signer's initials ("A.", "J.T.", "KB")
_SIGNED_CUE = re.compile(r"(?:typed|checked|witnessed|signed|prepared|completed|scribed|triaged|supervised) by")
_SIGNER_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{2,3}")


def _signed_role(word: str) -> bool:
    """A role's or a service's word where a signer's name would stand ("Senior Physiotherapist", "Safeguarding Lead",
    "Tissue Viability", "Approved Clinician")."""
    low = word.lower()
    return (low.startswith(ROLE_STEMS) or low in ("lead", "clinician", "team", "staff", "viability", "safeguarding", "senior", "junior")
            or word in SERVICE_VOCABULARY)


# a colorectal cancer's stage by its author, the letter a word of its own ("Dukes C. Gleason 7", "Dukes' stage B";
# not "Dukes Court", "Mr Dukes Brown")
_DUKES_STAGE = _c(r"\bDukes['’]?[ \t]+(?:stage[ \t]+)?[A-D][12]?(?![\w'’])")
# an aortic dissection's class: "Stanford A", "Stanford type B", "DeBakey II" (also before a word of another script:
# "Stanford A型"); not a name's initial ("Stanford B. Jones") nor a count ("Kim Stanford 2 pm")
_DISSECTION_CLASS = _c(r"\b(?:Stanford[ \t]+(?:type[ \t]+)?[AB]|DeBakey[ \t]+(?:type[ \t]+)?(?:I{1,3}|[123]))(?![A-Za-z0-9'’])"
                       r"(?![ \t]*\.[ \t]*[A-Z])")
# makers of implanted and worn devices, whose names are surnames and given names too (both device patterns below)
_DEVICE_MAKERS = (r"Abbott|Medtronic|Biotronik|Boston[ \t]+Scientific|St\.?[ \t]+Jude(?:[ \t]+Medical)?|MicroPort|Sorin|LivaNova|"
                  r"Zoll|Philips|Edwards|Dexcom|Insulet|Tandem")
# makers of imaging, monitoring, ventilation, eye, wound, laboratory and telemedicine equipment and of retrieval
# aircraft, whose names are surnames, given names or places too: the maker and its product's words stay ("Siemens
# MAGNETOM Vida 3T", "Philips IntelliVue MX450", "Invacare microAIR", "Cessna Grand Caravan")
_EQUIPMENT_MAKERS = (r"Siemens(?:[ \t]+Healthineers)?|GE[ \t]+Healthcare|Fujifilm|Olympus|Pentax|(?:Karl[ \t]+)?Storz|Stryker|Invacare|"
                     r"Polycom|Zeiss|Alcon|Getinge|Maquet|Dräger|Draeger|ResMed|Masimo|Mindray|Welch[ \t]+Allyn|Hill-Rom|"
                     r"ArjoHuntleigh|Teleflex|Coloplast|ConvaTec|Mölnlycke|Molnlycke|Cessna|Beechcraft|Pilatus|Embraer|Sikorsky|"
                     r"AgustaWestland|Eurocopter|Aurolab|Topcon|Optos|Cepheid|Sysmex|bioMérieux|bioMerieux|Hologic|Omron|"
                     r"Nihon[ \t]+Kohden|Philips|Medtronic|Biotronik|Zoll|Dexcom|Insulet|Fresenius|Cochlear|Oticon|Phonak|"
                     r"Vapotherm|Laerdal|Intersurgical|Vygon|Terumo|Nipro|Nikkiso|SonoSite|Sonosite|Clarius|Varian|Elekta|"
                     r"Brainlab|Natus|Nonin|Covidien|Ethicon|Arthrex|DePuy(?:[ \t]+Synthes)?|Synthes|Smiths[ \t]+Medical")
_PROTECT_WEAK = [
    # not before a hospital's word: "Ottawa" is a rule's eponym, "The Ottawa Hospital" a hospital ("Whipple Surgery", "Marfan
    # Clinic" stay: a clinic or an operation may be named after an eponym)
    _c(P.lead_words(_SINGLE) + r"(?<![\w-])(?:" + "|".join(re.escape(e) for e in sorted(_SINGLE, key=len, reverse=True))
       + r")(?![\w])(?![ \t]+(?:Hospitals?|Infirmary|Medical[ \t]+Cent(?:re|er)|Health(?:[ \t]+Sciences?)?[ \t]+Cent(?:re|er)|"
       r"Health[ \t]+System)\b)"),
    # "Forrest IIa ulcer", "Mobitz II block": a class between the eponym and its head; not before a phone
    # number ("Son Howard cell 561.555.0148" names a son and his mobile)
    # (the hyphenated name is read atomically: its words may hold hyphens themselves, and trying every way to split
    # "Ab-Ab-Ab-..." took exponential time)
    # (and a test's kind between: "Chester step test", "Jobe's empty can test", "Bruce treadmill protocol")
    _c(rf"{P.NAME_WORD_LEAD}(?>{P.NAME_WORD}(?:[-–]{P.NAME_WORD})*)(?:['’]s|s['’]|['’])?[ \t]+(?:(?:type|grade|class|stage|level|step|"
       rf"walk|walking|shuttle|stress|exercise|treadmill|tilt|patch|prick|breath|sweat|squeeze|grip|drawer|tap|stretch|pinch|"
       rf"empty[ \t]+can|lift-off|apprehension|relocation|compression|distraction)[ \t]+)?"
       rf"(?:(?:[IVX]{{1,4}}|\d{{1,2}})[a-d]?[ \t]+)?(?:{P.EPONYM_HEADS})\b(?![ \t]*:?[ \t]*\+?\(?\d[\d .()-]{{6,}})"),
    _c(rf"{P.lead_words(P.OF_EPONYM_HEADS.split('|'), ignore_case=True)}\b(?:{P.OF_EPONYM_HEADS})\s+of\s+{P.NAME_WORD}", re.I),
    # "Edinburgh Postnatal Depression Scale", "Rome IV criteria", "Bristol stool chart", "Cincinnati stroke scale": places
    # in tools' names, with the clinical words such a tool is named by between the place and its head
    # ("Sioux Lakes Area Health System" is a hospital, not a tool: a health system is no scoring system)
    _c(rf"{P.NAME_WORD_LEAD}{P.NAME_WORD}(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]+(?:[A-Z][\w/-]*|stool|ankle|knee|hip|foot|coma|depression|sleepiness|"
       r"stroke|prehospital|pre-hospital|frailty|falls?|delirium|dementia|cognitive|mobility|nutrition|malnutrition|ulcer|wound|asthma|"
       r"sepsis|trauma|head|injury|concussion|bleeding|acuity|severity|prognostic|risk|early|warning|fracture|syncope|cervical|spine|"
       r"chest|pain|cardiac|arrest|neonatal|paediatric|pediatric|obstetric|bronchiolitis|croup|airway|disability|functional|"
       rf"rehabilitation|outcome|outcomes|assessment|screening|mental|status|emergency)){{0,3}}[ \t]+"
       rf"(?<!Health )(?i:scales?|scores?|criteria|classification|rules?|chart|questionnaire|protocol|triage|model|definition|"
       rf"staging|grading|guidelines?|consensus|system|index|screen|tool)\b"),
    # a classification by its author or body and a class ("Kennedy Class III", "New York Heart Association class II")
    # (or a level of evidence: "Brighton Collaboration level 1")
    _c(rf"{P.NAME_WORD_LEAD}{P.NAME_WORD}(?:['’]s)?(?:[ \t]+{P.NAME_WORD}){{0,3}}[ \t]+(?i:class|grade|level)[ \t]+(?:[IVX]{{1,4}}|[1-5])[a-d]?\b"),
    _c(r"\bplaster\s+of\s+Paris\b", re.I),
    # diseases named after a valley, river or forest: "Murray Valley encephalitis", "Barmah Forest virus"
    _c(rf"{P.NAME_WORD_LEAD}{P.NAME_WORD}[ \t]+(?:Valley|River|Forest|Mountain|Lake|Creek|Hill|Island|Nile)[ \t]+(?:\w+[ \t]+)?"
       rf"(?:virus|fever|encephalitis|disease)\b"),
    # a device maker and its product before the kind of device: "Abbott Assurity MRI pacemaker" (makers' names
    # are surnames and given names too, and a product's name is an unknown word)
    _c(rf"\b(?:{_DEVICE_MAKERS})(?:[ \t]+[\w-]+){{1,5}}?[ \t]+(?i:pacemaker|ICD|CRT-?[DP]|defibrillator|"
       rf"loop[ \t]+recorder|lead|valve|pump|sensor|monitor|stent|MVR|AVR|TVR|prosthesis)\b"),
    # a classification named after its class: "Stage IIIb Fontaine", "grade II Clavien-Dindo"
    _c(rf"{P.lead_words(('stage', 'grade', 'class', 'type', 'category'), ignore_case=True)}(?i:stage|grade|class|type|category)[ \t]+(?:[IVX]{{1,4}}|\d{{1,2}})[a-d]?[ \t]+{P.NAME_WORD}(?:[-–]{P.NAME_WORD})?"),
    # a classification's class with its subclass letter after the eponym, head or none: "Forrest IIa", "Forrest Ib"
    # (a person's generation suffix has no letter: "John Smith III")
    _c(rf"{P.NAME_WORD_LEAD}{P.NAME_WORD}[ \t]+(?:I{{1,3}}|IV)[a-c](?![\w])"),
    # (last, so that the indices tests/safety/test_regex_leads.py names stay) a Russian eponym after its head, in the genitive: "синдром Вольфа-Паркинсона-Уайта", "шкала Глазго"
    _c(r"(?<![\w-])(?i:синдром|болезн|шкал|симптом|феномен|проб|тест|реакци|критери|классификаци|перелом|операци|триад|"
       r"метод|индекс|опухол)[а-яё]*[ \t]+[А-ЯЁ][а-яё]+(?:[-–][А-ЯЁ][а-яё]+)*"),
    # a Spanish, Italian, French or Portuguese eponym after its head and "de" / "di" ("férula de Thomas", "formula di
    # Parkland", "regola del 9 di Wallace", "signe de Murphy", "síndrome de Guillain-Barré"); the "de" is needed:
    # "Signe" and "Tala" are given names too ("Daughter Signe Enstrom-Haug")
    _c(r"(?<![\w-])(?i:f[ée]rula|f[óo]rmula|regola|regra|r[èe]gle|signo|segno|signe|sinal|maniobra|manovra|man[œo]e?uvre|prueba|"
       r"prova|[ée]preuve|s[íi]ndrome|syndrome|enfermedad|malattia|maladie|doen[çc]a|escala|scala|[ée]chelle|clasificaci[óo]n|"
       r"classificazione|classifica[çc][ãa]o|criterios?|criteri|crit[èe]res?|crit[ée]rios?|puntuaci[óo]n|punteggio|[íi]ndice|"
       r"test|teste|tri[áa]da|triade|reflejo|riflesso|r[ée]flexe|reflexo|operaci[óo]n|operazione|op[ée]ration|opera[çc][ãa]o|"
       r"t[ée]cnica|technique|m[ée]todo|m[ée]thode|fractura|frattura|fracture|fratura|abordaje|incisi[óo]n|incisione|"
       r"attelle|tala)"
       r"(?:[ \t]+(?i:de[ \t]+la|della|dello|del|de|di|du|des|da|do)|[ \t]+(?i:d)['’])(?:[ \t]+\d+[ \t]+(?i:de|di|del|du|da|do))?[ \t]*"
       r"(?<![\w])[A-ZÀ-ÖØ-Ý][\w'’]+(?:[ \t]*[-–][ \t]*[A-ZÀ-ÖØ-Ý][\w'’]+)*"),
    # the kind of device, then its maker and product in brackets: "cardiac pacemaker (Abbott Assurity MRI, serial ...)"
    _c(rf"(?i:pacemaker|ICD|CRT-?[DP]|defibrillator|loop[ \t]+recorder|valve|pump|sensor|monitor|stent)[ \t]*\("
       rf"(?:{_DEVICE_MAKERS})(?:[ \t]+[\w-]+){{0,4}}"),
    # an organism's serovar or serogroup, named or after the titre that reacted with it: "serogroup Australis",
    # "MAT 1:800 Icterohaemorrhagiae" (Leptospira's are Latin words no dictionary holds; some are places' names)
    _c(r"(?<![\w-])(?i:sero(?:var|group|type)s?|sv\.|sg\.)[ \t]+[A-Z][a-z]{3,}|(?<![\d:.])1[ \t]*:[ \t]*\d{2,6}[ \t]+[A-Z][a-z]{4,}"),
    # an eponym in Latin letters after a Greek head, within a few Greek words: "κανόνας των εννιά του Wallace",
    # "κριτήρια Bologna", "βαθμού Gardner", "χορήγηση υγρών κατά Parkland"
    # (the head whole, not "Σημείωση" after "σημεί"; one eponym, not a person's two names: "Κατά Maria Lopez")
    _c(r"(?<![\w])(?i:κανόνας|κανόνα|κανόνες|κριτήρια|κριτηρίων|κριτήριο|σύνδρομο|συνδρόμου|νόσος|νόσου|νόσο|σημείο|σημεία|"
       r"σημείου|κλίμακα|κλίμακας|ταξινόμηση|ταξινόμησης|δοκιμασία|δοκιμασίας|χειρισμός|χειρισμό|χειρισμού|τεχνική|τεχνικής|"
       r"μέθοδος|μεθόδου|μέθοδο|βαθμός|βαθμού|βαθμό|τύπος|τύπου|τύπο|εξίσωση|εξίσωσης|δείκτης|δείκτη|κατά)(?![\w])"
       r"(?:[ \t]+[α-ωάέήίόύώϊϋΐΰ]+){0,3}[ \t]+[A-Z][A-Za-zÀ-ÿ'’]+(?:[-–][A-Z][A-Za-zÀ-ÿ'’]+)*(?![\w'’-]|[ \t]+[A-Z][a-z])"),
    # two eponyms joined in brackets after what they name: "AV fistula (Cimino-Brescia)", "shunt (Blalock-Taussig)"
    _c(r"(?i:fistula|shunt|graft|flap|repair|anastomosis|procedure|operation|incision|approach|technique|classification|"
       r"sign|test|manoeuvre|maneuver|syndrome|disease|criteria|score)[ \t]*\([ \t]*[A-Z][a-zà-ÿ]+(?:[ \t]*[-–][ \t]*[A-Z][a-zà-ÿ]+)+[ \t]*\)"),
    # a statute by its name: "Nova Scotia Personal Directives Act", "Mental Capacity Act 2005"
    # (with a part in brackets: "Organ Donation (Deemed Consent) Act 2019")
    _c(rf"{P.NAME_WORD_LEAD}{P.NAME_WORD}(?:[ \t]+(?:{P.NAME_WORD}|\({P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,3}}\))){{1,6}}[ \t]+Act\b"
       rf"(?:[ \t]+(?:of[ \t]+)?(?:19|20)\d\d)?"),
    # ... of one word, with its year ("the Firearms Act 1968", "Children Act 1989")
    _c(rf"{P.NAME_WORD_LEAD}{P.NAME_WORD}[ \t]+Act[ \t]+(?:of[ \t]+)?(?:19|20)\d\d\b"),
    # a treaty or a declaration by its city, before or after its word ("the Strasbourg Agreement 1973", "Agreement of
    # Berlin 1937", "Declaration of Helsinki", "the Geneva Convention"; not "Bon Accord", a town)
    _c(r"(?<![\w-])(?:Agreement|Convention|Treaty|Accord|Protocol|Declaration)[ \t]+of[ \t]+[A-Z][a-z]{2,}(?![\w-]|[ \t]+[A-Z])|"
       r"(?<![\w-])[A-Z][a-z]{2,}[ \t]+(?:Agreement|Convention|Treaty|Declaration)(?![\w-])"
       # (not a building or a place named after one: "Hynes Convention Center", "Waitangi Treaty Grounds")
       r"(?![ \t]+(?:Cent(?:re|er)|Grounds|Hall|Road|Street|Complex|Park|Building|House|Square|Place)\b)"),
    # ... and in capitals, as a form's heading writes it ("MENTAL HEALTH ACT 1983")
    _c(r"(?<![\w-])[A-Z]{2,}(?:[ \t]+(?:[A-Z]{2,}|\([A-Z ]{2,40}\))){1,6}[ \t]+ACT\b(?:[ \t]+(?:OF[ \t]+)?(?:19|20)\d\d)?"),
    # culture media, aircraft and devices whose words are names or places elsewhere (:data:`patterns.EQUIPMENT_PHRASES`)
    _c(r"(?<![\w-])(?:" + "|".join(re.escape(e) for e in sorted(P.EQUIPMENT_PHRASES, key=len, reverse=True)) + r")(?![\w-])"),
    # an equipment maker and its product's words after it (see _EQUIPMENT_MAKERS)
    _c(rf"(?<![\w-])(?:{_EQUIPMENT_MAKERS})(?:[ \t]+(?:[A-Z][\w+.-]*|[a-z]+[A-Z][\w-]*|\d[\w.-]*)){{0,3}}"),
    # a type by its author and a word or two in small letters ("Lauren intestinal type", "Bristol stool type 7"; not
    # "Devaney has type 2 diabetes", "Smith with type 1")
    _c(rf"{P.NAME_WORD_LEAD}{P.NAME_WORD}(?:[ \t]+(?!(?:with|that|this|from|have|into|when|were|been|said|says|signed|"
       rf"than|then|their|there)\b)[a-z]{{4,}}){{1,2}}[ \t]+type\b"),
    # an eponym in Latin letters before a Chinese or Japanese head (criteria, protocol, score, grade, stage, syndrome,
    # sign, test, scale, index, formula, classification): "King's College 标准", "Prescott 方案", "Child-Pugh 分级"
    _c(rf"{P.NAME_WORD_LEAD}{P.NAME_WORD}(?:['’]s)?(?:[ \t-]+{P.NAME_WORD}){{0,2}}[ \t]*(?:标准|標準|方案|评分|評分|分级|分級|分期|"
       r"综合征|綜合症|綜合徵|症候群|征|徵|试验|試驗|テスト|量表|指数|指數|公式|准则|準則|分类|分類|評価|评估|評估|法则|法則|手術|手术|スコア|分類)"),
    # an eponym in Latin letters before a Greek type, grade or stage, or after a Greek malformation or dysplasia:
    # "Chiari τύπου I", "δυσμορφία Chiari", "Gleason βαθμού 7"
    _c(rf"{P.NAME_WORD_LEAD}{P.NAME_WORD}(?:[-–]{P.NAME_WORD})?[ \t]+(?:τύπου|βαθμού|σταδίου)\b|"
       rf"(?<![\w])(?i:δυσμορφία|δυσμορφίας|δυσπλασία|δυσπλασίας|ανωμαλία|ανωμαλίας)[ \t]+{P.NAME_WORD}"),
    # the wind's force on Beaufort's scale ("Beaufort 8", "Beaufort force 6") and the scores written by their acronym and a
    # value, which no name or place list holds ("IPSS 24", "NIHSS 7", "EPDS 14")
    _c(r"\bBeaufort(?:[ \t]+(?:force|scale))?[ \t]+\d{1,2}\b|(?<![\w-])(?:IPSS|NIHSS|EPDS|PHQ-?9|PHQ-?2|GAD-?7|AUDIT(?:-C)?|DAS28|BASDAI|"
       r"PASI|SCORAD|EDSS|UPDRS|MMSE|MoCA|ODI|IIEF(?:-5)?|KPS|ECOG|NEWS2?|MEWS|PEWS|qSOFA|SOFA|APACHE(?:[ \t]+II)?|CFS|TIMI|"
       r"mMRC|CAT|ACT|HADS|K10|DASS(?:-21)?|WOMAC|KOOS|HOOS|PEDIS|FRAX|MUST|ISS|RTS|GCS)[ \t]*:?[ \t]*\d{1,3}\b"),
    # the Paris classification of a polyp: "Paris 0-Is", "Paris 0-IIa"
    _c(r"\bParis[ \t]+(?:type[ \t]+|class(?:ification)?[ \t]+)?0-I{1,3}[a-cps]{0,2}\b"),
    # an assay's eponym with its value and unit ("Bethesda 0 BU", "Hounsfield 40 HU")
    _c(rf"{P.NAME_WORD_LEAD}{P.NAME_WORD}[ \t]+[<>≤≥]?[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:BU|HU)\b"),
    # a classification's author or city and its class in Roman numerals, the word standing alone after a word in small
    # letters or a mark ("ulcer, Forrest III.", "đáy sạch – Forrest III", "theo Maastricht VI/Florence"); a person's
    # generation follows a given name, a title or a word that leads to a person ("John Smith III", "Mr Smith II", "and
    # Fontenot III", "met with Smith II")
    # (the word in small letters before is taken with it: a look behind cannot see a whole word)
    _c(rf"(?:(?<![\w'’-])(?!(?:and|or|nor|with|by|to|from|for|of|but|see|saw|met|called|named|told|asked|son|daughter|wife|"
       rf"husband|brother|sister|father|mother|uncle|aunt|cousin|nephew|niece|friend|neighbou?r|grandson|granddaughter|partner)"
       rf"[ \t])[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž\u1ea1-\u1ef9]*[ \t]+|(?<=[–—:;,(/-])[ \t]*|^[ \t]*)"
       rf"(?>{P.NAME_WORD})[ \t]+(?:I{{1,3}}|IV|VI{{0,3}}|IX|X)[a-d]?(?=[ \t]*(?:[.,;:)/]|$)|[ \t]+[a-z])", re.M),
    # a virus by its name after the word, as Spanish, Portuguese, Italian and French write it ("virus Andes", "vírus
    # Oropouche", "virus del Nilo Occidental")
    _c(r"(?<![\w-])(?i:virus|vírus)[ \t]+(?:(?i:del|de|do|da|di|du)[ \t]+)?[A-ZÀ-ÖØ-Ý][a-zà-ÿ]+"),
    # where a condition was acquired, written before it ("HA-AKI", hospital-acquired; "CA-MRSA", community-acquired)
    _c(r"\b(?:HA|CA|HCA|HO|CO|VA)-(?:AKI|UTI|VTE|MRSA|CDI|BSI|PNA|HAP|CAP|VAP|AKD|C\.?[ \t]?diff)\b"),
]
# A law's or an order's number and date, which no rule takes (added to the spans nothing overlaps, with the
# placeholders): "приказ Минздравсоцразвития России № 194н от 24.04.2008", "loi n° 2002-303 du 4 mars 2002", "loi du 5
# mars 2007", "Ley 41/2002 de 14 de noviembre"
_LAW_DATE = _c(r"(?i:приказ|закон|постановлени|распоряжени|указ)[а-яё]*[^\n;]{0,60}?№[ \t]*[\w./-]+[ \t]+от[ \t]+\d{1,2}\.\d{1,2}\.\d{4}|"
               r"\b(?i:loi|décret|decret|arrêté|arrete|ordonnance|ley|decreto|legge)(?:[ \t]+(?:n[°º]|no\.?)?[ \t]*[\d/-]+)?[ \t]+"
               r"(?:du|de|del)[ \t]+\d{1,2}(?:er)?[ \t]+(?:de[ \t]+)?[a-zéû]+[ \t]+(?:de[ \t]+)?\d{4}")
# What follows a classification named after a city or a person, so that the name before it is neither a
# place nor a person: "Montreal L2", "Vienna A1", "Atlanta moderately severe", "Eron class II", "Los Angeles
# grade C" (checked at the end of a weak candidate, which costs nothing where there is none).
# "Bethesda VI", "Prague C2M4" and "revised Atlanta: moderately severe" are classes written after the city too.
_CLASS_AFTER = re.compile(r"(?:[ \t]+(?:(?i:class|grade|stage|type|category|level|"
                          # (as other languages write the word after a classification named after a city: "Bethesda
                          # kategorija III", "Bosniak Kategorie IIF"; after a name, "Ivan Horvat tip 2" is a person's)
                          r"(?:(?<=Bethesda[ \t])|(?<=Bosniak[ \t]))"
                          r"(?:kategorija|kategorie|kategoria|kategória|catégorie|categoría|categoria))[ \t]+(?:[IVX]{1,4}|\d{1,2}|[A-E])[a-dA-D]?\b|"
                          r"[A-EL]\d\b(?![ \t]*\d[A-Z]{2}\b)|"  # not a postcode: "Birmingham B8 1HU"
                          r"[IV]{1,3}[abc]?\b(?![.'’])|C\d{1,2}[ \t]?M\d{1,2}\b)|"
                          r":?[ \t]+(?:mild|moderate|moderately[ \t]+severe|severe)\b(?![ \t]+(?:weather|storms?|floods?|winter)))")
# after a word taken only by a weak rule, a device's model ("Hamilton T1", "Hamilton C6") or a species epithet ("Naja
# mossambica", "Naja nigricollis") says it is a maker or a genus, not a person
_SPECIES_OR_EPONYM = (r"(?:['’]s)?[ \t]+(?i:sign|fingers?|pupil|law|chart|dynamometer|procedure|operation|"
                      r"o?esophagectomy|manoeuvre|maneuver|reflex|triad|phenomenon|criteria|classification|"
                      r"scale|score|fracture|repair|syndrome|disease)\b|"
                      r"[ \t]*\d{1,3}[ \t]*(?:分|(?i:pts?|points?)\b)|"
                      r"[ \t]+[a-z]{4,}(?:ica|ensis|oides|icus|atus|alis|collis|ii|ae|anus|inus)\b")
_MODEL_OR_SPECIES_AFTER = re.compile(_SPECIES_OR_EPONYM + r"|[ \t]+[A-Z]\d{1,2}\b(?![/.:-]\d)(?![ \t]+[A-Z\d][A-Z\d]{2,3}\b)")
# the same without the model code, for a place: a UK postcode district after a town reads as one ("Sheffield S10")
_SPECIES_OR_EPONYM_AFTER = re.compile(_SPECIES_OR_EPONYM)
_GENERALISED_AGE = re.compile(r"[- ]or[- ]older")
_AGE_WORD = r"(?:ninety|(?:a|one)[ \t-]+hundred(?:[ \t-]+and)?)(?:[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
_AGE_IN_WORDS = re.compile(rf"(?i:\b(?P<v>{_AGE_WORD})(?=[ \t-]*(?:years?|yrs?)[ \t-]*(?:old|of[ \t]+age)\b)|"
                           rf"\baged?[ \t]+(?P<v2>{_AGE_WORD})\b|"
                           # "her ninety-seventh birthday", "his ninetieth"
                           rf"\b(?P<v3>ninetieth|hundredth|ninety[ \t-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
                           rf"(?=[ \t]+birthday\b)|"
                           # a person's age said of them: "she was \"Ninety-one last February\"", "he turned ninety-four"
                           rf"\b(?:she|he|mum|mother|dad|father|patient)(?:['’]s|[ \t]+(?:is|was|turned|turns|will[ \t]+be))"
                           # (closing the clause or before when: "He was ninety minutes late" is no age)
                           rf"[ \t]+[\"“‘']?(?P<v4>{_AGE_WORD})\b(?=[ \t]*(?:[\"”’'.,;:!?)]|$|(?:last|this|next|in|on|at|now|today|"
                           rf"years?|yrs?|and)\b)))")
# ... and in Greek and Chinese: a person's age as one word ("η ενενηντατετράχρονη ασθενής"), after "aged" ("ηλικίας
# ενενήντα τεσσάρων"), "九十六歲高齡"; not "ενενήντα λεπτά" (minutes), a building's or a hospital's ninety years, "活到九十岁"
# (to live to a round ninety; "我活到九十四歲" is her age) or "九十岁以上患者" (patients over ninety)
_AGE_IN_OTHER_WORDS = re.compile(r"(?i:(?<!\w)ενεν[ηή]ντα\w*χρον[ηοε][ςυι]?(?!\w)|ηλικίας[ \t]+ενεν[ηή]ντα(?:[ \t]+\w+)?)|"
                                 r"(?:(?<!活到)(?<!到)(?:九十|一百)|九十[一二三四五六七八九]|一百零?[一二三四五六七八九十])[岁歲]"
                                 r"(?!以上|以下|多)|"
                                 # a hundredth birthday's feast ("办过百岁寿宴"; not the blessing "长命百岁"), an Armenian age
                                 # of ninety-one to ninety-nine in one word ("Իննսունմեկամյա"; "իննսունամյա" is as often an
                                 # anniversary)
                                 r"(?<![一二三四五六七八九十])(?<!长命)(?<!長命)百[岁歲](?=寿宴|壽宴|大寿|大壽)|"
                                 r"(?i:իննսուն(?:մեկ|երկու|երեք|չորս|հինգ|վեց|յոթ|ութ|ինը)ամյա)(?![\u0561-\u0587])")
_SPACES = re.compile(r"[ \t]+")
# a count or level written without its unit ("Platelet count 450000", "CK peaked at 150000", "viral load 250000")
_COUNT_BEFORE = re.compile(r"(?i:count|counts|load|level|levels|titre|titer|peak(?:ed)?(?:[ \t]+at)?|platelets?|plt|wbc|"
                           r"ck|cd4|ldh|ferritin|d-dimer|bnp|igf-1|of|was|is|at|=|~|>|<)[ \t:]*\Z")
# a bracket of one to four words of another script's letters and marks (no Latin letter, no digit)
_OTHER_LETTERS = r"[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0eff\u10a0-\u10ff\u1200-\u137f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"
_OTHER_LETTER = re.compile(_OTHER_LETTERS)
_KO_OR_HAN_SURNAMES = KO_SURNAMES | frozenset(G.CHINESE_SURNAMES)
_HAN_OR_HANGUL = re.compile(r"[\u3400-\u9fff\uac00-\ud7a3]{2,4}")
# words of caseless scripts that a bracket after a name holds when it is no name: the person's relation or role to the
# patient, or their language ("(زوجة المريض)", "(अनुवादक)", "(ภรรยา)", "(מתורגמן)")
_NOT_NATIVE_NAME = frozenset("زوجة زوج ابن ابنة بنت أم أب المريض المريضة طبيب طبيبة مترجم مترجمة ممرضة ممرض العربية عربي "
                             "فارسی دری اردو پشتو पत्नी पति बेटा बेटी माँ पिता अनुवादक डॉक्टर नर्स हिन्दी हिंदी "
                             "ญาติ ภรรยา สามี ลูก แม่ พ่อ ล่าม ภาษาไทย בת בן אשה אישה בעל אם אב מתורגמן מתורגמנית עברית".split())


def _native_name(words: str, latin_words: int) -> bool:
    """Whether a bracket of another script's words after a name spells that name: capitalised words where the script
    has capitals (Greek, Cyrillic, Armenian); two to four characters opening with a listed surname in Chinese characters
    and Hangul; as many words as the name, none a relation, a role or a language, in the caseless scripts."""
    parts = words.replace("・", " ").replace("·", " ").split()
    if any(p[0].lower() != p[0].upper() for p in parts):
        return all(p[0].isupper() for p in parts)
    if _HAN_OR_HANGUL.fullmatch(words):
        return words[0] in _KO_OR_HAN_SURNAMES or words[:2] in _KO_OR_HAN_SURNAMES
    return len(parts) == latin_words >= 2 and not any(p in _NOT_NATIVE_NAME for p in parts)


_COPY_LABEL = re.compile(r"\b(?i:cc|re|to)[ \t]*[:\-–][ \t]*\Z")
# an office's word right after an addressee's or a copy's value: "To: Firearms Licensing Department" is an office
_ADDRESSEE_LABEL = re.compile(r"\b(?i:cc|to)[ \t]*[:\-–][ \t]*\Z")
_OFFICE_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?:Department|Dept|Office|Unit|Section|Bureau|Branch|Division|Directorate|Registry|"
                           r"Authority|Agency|Board|Committee|Council|Commission|Service|Services|Team)\b")
# (initials after who dictated or transcribed, past its date and time only, closing the clause; a login of two words with
# a dot or an underscore after what printed or exported: "printed by pvd.front2", not "a.m." or "pdf.js")
_BY_INITIALS = re.compile(r"\b(?:(?i:dictated|transcribed)(?:[ \t]+(?:on[ \t]+)?\d[\d/.:-]*(?:[ \t]+\d[\d:.]*)?)?[ \t]+by[ \t]+"
                          r"(?P<n>[A-Z]{2,4}|[a-z]{2,4})(?=[ \t]*(?:[/|,;)\n]|\.(?:[ \t]|$)|$))"
                          r"|(?i:printed|exported)\b[^\n|]{0,40}?\bby[ \t]+"
                          r"(?P<m>[a-z]{2,}[._][a-z]{2,}\d*)(?![\w@-]|\.\w)(?![ \t]+(?i:app|job|service|script|module|tool|system)\b))")
_NOT_LOGIN_ENDS = ("js", "py", "exe", "pdf", "txt", "csv", "xml", "json", "html", "htm", "com", "org", "net", "io", "app", "doc",
                   "docx", "xls", "xlsx", "png", "jpg", "gov", "nhs", "edu", "daily", "log")
# role abbreviations that dictate or transcribe a letter as often as a person
_NOT_DICTATOR = frozenset("me us him her reg sec med pt dr gp rn pa np mo jmo pgy st cmo nnp cssd bts sho spr fy ed icu".split())
_NATIVE_SPELLING = re.compile(rf"[ \t]*[(（][ \t]*(?P<n>{_OTHER_LETTERS}+(?:[ \t・·]{_OTHER_LETTERS}+){{0,3}})[ \t]*[)）]")
_NON_LATIN = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0370-\u03ff\u0400-\u04ff\u0900-\u097f\u4e00-\u9fff\uac00-\ud7a3\u0b80-\u0bff"
                        r"\u0e01-\u0e5b\u0530-\u058f\u0a80-\u0aff\u1780-\u17ff\u0d80-\u0dff\u1000-\u109f\u0c00-\u0c7f\u0b00-\u0b7f"
                        r"\u0e80-\u0eff\u0a00-\u0a7f\u0c80-\u0cff\u0d00-\u0d7f]")  # where FOREIGN_DATE can match


class ProtectedSpans(Sequence[tuple[int, int]]):
    """The (start, end) spans that the weak rules may not take, found on first use: most texts have no weak
    candidate, no place and no known name, and never need them. Safe to share between threads (two first uses
    find the same spans)."""

    __slots__ = ("_absolute", "_found", "_text")

    def __init__(self, text: str, absolute: list[tuple[int, int]]) -> None:
        self._text, self._absolute = text, absolute
        self._found: list[tuple[int, int]] | None = None

    def _spans(self) -> list[tuple[int, int]]:
        found = self._found
        if found is None:
            found = self._found = self._absolute + [(m.start(), m.end()) for p in _PROTECT_WEAK for m in p.finditer(self._text)]
        return found

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._spans())

    def __len__(self) -> int:
        return len(self._spans())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # equal to a list, and as unhashable

    def __repr__(self) -> str:
        return repr(self._spans())

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[tuple[int, int]]: ...

    def __getitem__(self, i: int | slice) -> tuple[int, int] | Sequence[tuple[int, int]]:
        return self._spans()[i]


@dataclass(frozen=True)
class Candidates:
    """What :func:`detect` finds in a text before the case's known names are added, in the order the
    final choice (:func:`_resolve`) sees them: ``before``, then the dates, then ``after``, the known names
    and ``places``. None of it depends on the names a case has taught, so a de-identifier scanning the
    same text again (as it does, once names are learned) computes it once."""

    before: list[Span]
    after: list[Span]
    places: list[Span]
    placeholders: list[tuple[int, int]]
    weak_protect: Sequence[tuple[int, int]]
    has_digit: bool
    countries: tuple[tuple[int, int], ...] = ()  # where a country is named on its own (:func:`without_countries`)


# A case's short fields (analyte names, units, body sites, "unknown") recur from case to case, and every rule
# costs its call however short the text: their candidates are kept for the process, but only of a text in which
# no rule found anything and that holds no digit (no date, number or placeholder), so that no identifier the
# detector knows stays in memory after its case. A candidate list depends on the text alone; callers only read it.
_SHORT_TEXT = 80
_KEPT_MAX = 4096
_kept: dict[tuple[str, bool], Candidates] = {}


_GAUGE_BEFORE = re.compile(r"\d[ \t]?\Z")
# a surname in capitals, a comma and given names opening a table's cell ("| CABALLERO, Jun-Jun (WV-0918463) |",
# "| TAN, Li (WV-...)"): taken when the given names are no everyday or clinical words ("| HTN, Controlled |" stays)
_CELL_UPPER_COMMA = re.compile(rf"(?:^|(?<=\|))[ \t]*(?P<n>{P.UPPER_NAME}(?:[ \t]+{P.UPPER_NAME})?,[ \t]*"
                               r"(?P<g>[A-Z][a-z]+(?:[-'’ ][A-Z]?[a-z]+){0,2}))(?=[ \t]*(?:\(|\||$))", re.M)
_CELL_INITIALS = re.compile(r"\|[ \t]*(?P<n>(?:[A-ZΑ-ΩА-ЯЁ]\.(?:-?[A-ZΑ-ΩА-ЯЁ]\.?)?){2,4})[ \t]*$", re.M)
# (dotted initials keep their last dot, "J.P.R."; "JPR." ends a sentence)
# and a check's or a signature's label before them, one signer or two ("Checked: JM/AB 14:20", "witnessed by KO",
# "Second checker - RT")
_INITIALS_FIELD = re.compile(r"\b(?:(?P<label>(?i:initials))[ \t]*(?:[:=]|-[ \t])|(?i:checked|second[ \t]+check(?:er)?|witness(?:ed)?|co-?signed|countersigned|signed)"
                             r"[ \t]*(?:[:=]|-[ \t])|(?i:(?:checked|witnessed|co-?signed|countersigned|given|verified|administered|"
                             r"drawn[ \t]+up|double[ \t]+checked|seen|reviewed|dispensed|prepared|completed|entered|recorded|"
                             r"transcribed|dictated|typed|counsell?ed|supervised|scribed|triaged)[ \t]+by)[ \t:]*[ \t]|"
                             # (a test may be what did these, so only in a label's form: "Tested by: JK / PE", not
                             # "tested by PCR")
                             r"(?i:(?:tested|screened|assessed|examined|performed|collected|measured|taken|fitted|reported)"
                             r"[ \t]+by)[ \t]*:[ \t])[ \t]*"
                             r"(?P<n>[A-Z](?:\.[ \t]?[A-Z]){1,3}\.|[A-Z](?:-?[A-Z]){1,3}(?:[ \t]*/[ \t]*[A-Z](?:-?[A-Z]){1,3})?)(?![\w-])")
# after a check's label, a signer's initials close the entry, stand before its time or before another signer; a word
# or a value after them says they named a document, a test or a reading ("ID checked: NYS driver licence", "Checked: BM
# 6.2", "Cannula site checked: VIP 0")
_SIGNER_END = re.compile(r"[ \t]*(?:$|[\n,;.|)(]|(?:and|&)\b|(?:@|at)?[ \t]*(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])[.h]?[0-5]\d)\b)")
# initials with a signer's role in brackets, as a meeting's attendance lists who came ("Present: AW (surgeon), LT
# (oncology)"): only on a line that an attendance word opens; elsewhere "TTE (cardiology)" is a test and its service
# (after a heading that names a meeting: "MDT 03/11 - present:"; "Murmur - present:" is a finding). The list runs to
# the first full stop or semicolon ("Present: RIF pain x2 days. PET (oncology) booked")
_ATTENDANCE = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?(?:[^:\n]{0,30}?\b(?i:MDT|meeting|round|huddle|conference|minutes|clinic|board)\b"
                         r"[^:\n]{0,15}?[ \t][-–—][ \t]+)?(?:MDT[ \t]+)?(?i:(?:members[ \t]+|also[ \t]+|those[ \t]+)?present|attendees|"
                         r"attendance|in[ \t]+attendance|attending|members|apologies|discussed[ \t]+by)[ \t]*[:\-–][^.;\n]*$")
# off a meeting's line, a doctor's grade written short ("CTG (registrar)" is a trace the registrar read), with a word
# that says a person is meant, before ("discussed with AB (SpR)", "bleep KO (SHO)") or after ("JM (FY1) to review", "KO
# (FY1) for Dr X"): a job list gives each task to a grade ("Jobs: BC (FY1)", "- TTA (F1)")
_GRADES = r"FY[12]|F[12]|SHO|SpR|StR|CT[1-3]|ST[1-8]|RMO|JMO|HMO|PGY-?[1-5]"
_GRADE_CUE_BEFORE = re.compile(r"(?i:\b(?:by|with|to|for|bleep(?:ed)?|called|informed|discussed|d/w|seen|reviewed))[ \t]+$")
_GRADE_CUE_AFTER = re.compile(r"[ \t]*(?i:to[ \t]+review|aware|bleeped|informed|reviewed|saw|seen|for[ \t]+Dr\b|[:,-]?[ \t]*(?:agrees?|happy|says?))")
_SPECIALTIES = (r"surgery|surgeon|surgical|oncology|oncologist|radiology|radiologist|pathology|pathologist|haematology|"
                r"hematology|cardiology|cardiologist|anaesthetics?|anesthesia|anaesthetist|anesthesiologist|palliative(?:[ \t]+care)?|"
                r"nursing|pharmacy|dietetics|physiotherapy|medicine|paediatrics|pediatrics|psychiatry|geriatrics|"
                r"respiratory|gastro(?:enterology)?|urology|neurology|nephrology|renal|MDT[ \t]+coordinator|"
                r"chair|coordinator|scribe|minutes|consultant|registrar|CNS")
_INITIALS_ROLE = re.compile(rf"(?<![\w/.-])(?P<n>[A-Z]{{2,3}})[ \t]*\((?:(?P<grade>{_GRADES})|(?i:{P.STAFF_ROLES}|{_SPECIALTIES}))\)")
# a name written as an initial and a surname with its bearer's initials in brackets after it, the way a chart's signers
# are listed under it ("A. Dunne (AD), Staff Nurse", "S. O'Connell (SOC)", "M.J. Kowalczyk (MJK)"): the bracket holds
# exactly the name's initials, so it is no acronym's expansion ("Atrial Fibrillation (AF)" opens with no initial)
_SELF_DECLARED = re.compile(rf"(?<![\w.])(?P<n>(?:[{P.UP}]\.[ \t]?){{1,3}}{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD})?)"
                            r"[ \t]*\((?P<i>[A-Z]{2,5})\)")
# an organism's genus and species, capitalised in a hurried note ("H. Pylori (HP)", "S. Epidermidis (SE)", "C. Diff
# (CD)"): a Latin ending no surname has, a word of the laboratory or of a disease in the sentence, or a species'
# ending on a word the vocabulary knows
_LATIN_ENDING = re.compile(r"(?i:.*(?:ae|ii|um|idis|itis|alis|ensis|genes|ica|philia|ophila|ilus|coccus|bacter)|diff|difficile)")
_SPECIES_SHAPE = re.compile(r"[a-z]{3,}(?:us|um|ae|is|ii|es|ensis|ans|ens|ius|i)|[a-z]{4,}a")
_LAB_WORD = re.compile(r"(?i:\b(?:grew|grown|growth|growing|cultur\w*|isolat\w*|organisms?|pcr|toxin|swabs?|stool|sputum|urine|"
                       r"mc&s|sensitiv\w*|resistan\w*|colonis\w*|coloniz\w*|infect\w*|spp|screen\w*|serology|antigen|"
                       r"bacter\w*|fung\w*|parasit\w*|smear|film|csf|outbreak|lymphoma|leuka?emia|subsets?|disease|due[ \t]+to|"
                       r"\w+(?:itis|osis|iasis)))\b")
# and the shortened words of a rhythm, an organism or a cell ("A. Fib (AF)", "H. Flu (HF)", "T. Cell (TC)")
# one initial or two, then a capitalised word that no vocabulary holds as written ("Marcus R. Guidry", "seen with M.
# Oyelaran"): a surname, where the word after a genus's initial is a Latin epithet the vocabulary knows ("S. Aureus")
# or has a Latin ending ("P. Jirovecii"); not after a full stop's abbreviation ("approx. Xyz"), nor at a line's start
# before a colon (a list's letter: "A. Triage:")
# (and only where a person's initial stands: at a line's or a cell's start, after a bracket or a comma, after a word
# that leads to a person, a staff role, a given name or a word no vocabulary holds; a grade or a class closing a
# sentence before the next one's first word is no initial: "Child-Pugh C. Ascites", "influenza A. Proned")
_INITIAL_UNKNOWN = re.compile(rf"(?:(?<=^)|(?<=[ \t(|,;]))(?P<n>(?:[{P.UP}]\.[ \t]?){{1,2}}(?P<w>{P.NAME_WORD}))(?![\w'’-]|[ \t]*:)", re.M)
# (a word of an organism's shape, "Auris", "Jejuni", "Cepacia", in a list, at a line's start or after "with", "to" or
# "from" is an epithet ("due to C. Neoformans"): only after a word that leads to a person alone is it a surname; nor
# is a grade's or a blood group's letter an initial)
_PERSON_CUE_BEFORE = re.compile(rf"(?:^|[(|,;:&]|\b(?:and|with|to|from|(?P<strong>by|cc|per|via|called|told|met|asked|"
                                rf"informed|contacted|paged|bleeped|saw|seen|spoke|discussed|d/w|(?i:{P.STAFF_ROLES}))))[ \t]*$")
_LETTER_WORD_BEFORE = re.compile(r"\b(?i:group|grade|type|class|stage|score|phase|zone|level|lead|grp|Rh)[ \t:]*$")
_WORD_BEFORE = re.compile(r"([A-Z][\w'’]*)[ \t]+$")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'’-]+")
# the first words of eponymous signs, scores and scales ("Killip I. GRACE 142"), which are no given names
_EPONYM_FIRST = frozenset(w.split()[0].removesuffix("'s") for w in P.EPONYM_PHRASES)
_NOT_SURNAME = frozenset("Fib Flutter Tach Brady Flu Pneumo Cell Strep Staph Coli Vivax Penn Diff Aureus".split())
# a title before a person's initials alone, as a transcript or a chart names its clinician ("Dr R-C: Any drainage?",
# "seen by Dr MK"); not a catheter's French gauge ("28 Fr ICC"), which is no title here
_TITLE_INITIALS = re.compile(r"(?<![\w.])(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sr|Sister|Doctor)\.?[ \t]+"
                             r"(?P<n>[A-Z](?:-?[A-Z]){1,3})(?![\w-])")
# a nickname after its label ("Nickname: Bongi", "nickname 'Bongi'"); unquoted, not an everyday word or a language
# ("Nickname: Same as first name", "Nickname: Welsh speaker")
_FAMILY_CALLS = frozenset("grandad granddad gran granny grandma grandpa nana nan nanna mum mom dad papa pop poppy".split())
_NICKNAME_LABEL = re.compile(rf"\b(?i:nickname)(?:[ \t]+is)?[ \t]*:?[ \t]*(?P<q>['\"‘“])?(?P<n>{P.NAME_WORD})(?(q)['\"’”])")
# the name rules' cue words, found in one pass each (patterns.any_of)
_ROLE_CAPITALS_CUE = P.any_of(ROLE_CAPITALS)
_COLLOQUIAL_CUE = P.any_of(P.COLLOQUIAL_STEMS)


def candidates(text: str, *, weak_names: bool = True) -> Candidates:
    """Every rule's candidate spans in ``text`` except dates and the case's known names."""
    if len(text) > _SHORT_TEXT:
        return _find_candidates(text, weak_names)
    found = _kept.get((text, weak_names))
    if found is None:
        found = _find_candidates(text, weak_names)
        if not (found.has_digit or found.before or found.after or found.places):
            if len(_kept) >= _KEPT_MAX:
                _kept.clear()
            _kept[(text, weak_names)] = found
    return found


# the fewest digits a value of these rules holds ("MRN 12" is no record number, "call at 1430" no phone number)
_MIN_DIGITS = {"mrn_label": 3, "id_label": 3, "ssn": 3, "nhs_number": 3, "ni_number": 3, "phone_after_verb": 7,
               "number_sign": 4}
# and the fewest the checks below leave a value of a rule (counted as they count, with str.isdigit)
_VALUE_DIGITS = {**_MIN_DIGITS, "phone_label": 3, "phone_intl": 8, "phone_uk": 10, "shaped_id": 5}
# RULES with what each needs in the text before its pattern is worth trying: digits (``\d``, and str.isdigit ones for
# the checks of its value), and one of some strings: looked for one by one when they are few, else in one pass
# (patterns.any_of). And the rules a text without a digit can pass, in the same order, so that such a text is not walked
# through the others.
_LONG_CUE = 6


def _cue(strings: tuple[str, ...] | None) -> tuple[str, ...] | Callable[[str], object] | None:
    return P.any_of(strings).search if strings is not None and len(strings) > _LONG_CUE else strings


_GATED_RULES = [(kind, rule, prio, pattern, NEEDS_DIGITS.get(rule, 0), _VALUE_DIGITS.get(rule, 0),
                 _cue(NEEDS_LITERAL.get(rule))) for kind, rule, prio, pattern in RULES]
_GATED_WITHOUT_DIGITS = [gated for gated in _GATED_RULES if gated[4] == 0 and gated[5] == 0]


# a person's title, credential or role earlier on a sign-off line, before a register's number ("Solange Pelletier, RN |
# RNANT/NU 8314"); a 24-hour time after a role's letters is no register number ("Dr Okoro, SPR 2130")
_REGISTER_HOLDER = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Sr|Sister|Nurse|Midwife|RN|RM|RGN|MD|DO|NP|PA|BDS|MBBS|MBChB|FRC\w*|PhD|"
                              r"(?i:physician|surgeon|consultant|resident|pharmacist|officer|therapist|practitioner|scientist|"
                              r"physiotherapist|paramedic|midwife|dentist|optometrist|psychologist|dietitian|radiographer|"
                              r"sonographer|technologist))\b")
_ROLE_BEFORE_TIME = re.compile(r"\b(?:SHO|SPR|SpR|DR|FY[12]|CT\d|ST\d|REG|RMO|HO)[ \t]+$")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
# a number after a place label's first words: a house, plot or block number of an address ("No 12", "No. ZN-14")
_HOME_LABEL_NUMBER = re.compile(r"[ \t]*\.?[ \t]*[A-Z]{0,3}-?\d")
# Units after two numbers that make them measures, not a phone number ("birth weights 3450 3120 g").
_MEASURE_AFTER = re.compile(r"[ \t]*(?:g|grams?|cm|mm|m|km|ml|mls|steps|kcal|cal|mins?|secs?|s|hours?|hrs?)\b", re.I)


def _find_candidates(text: str, weak_names: bool) -> Candidates:
    before: list[Span] = []
    after: list[Span] = []

    def add(into: list[Span], s: int, e: int, kind: str, rule: str, prio: int) -> None:
        if e > s:
            into.append(Span(s, e, kind, rule, prio))

    placeholders = [(m.start(), m.end()) for m in _PLACEHOLDER_RE.finditer(text)]
    has_digit = DIGIT.search(text) is not None
    if has_digit:
        placeholders += [(m.start(), m.end()) for m in _LAW_DATE.finditer(text)]
    digits_re, digits_any = (len(DIGIT.findall(text)), sum(map(str.isdigit, text))) if has_digit else (0, 0)
    lower = text.lower()
    for kind, rule, prio, pattern, needs_digits, value_digits, cue in _GATED_RULES if has_digit else _GATED_WITHOUT_DIGITS:
        if digits_re < needs_digits or digits_any < value_digits or cue is not None and not (
                any(map(lower.__contains__, cue)) if type(cue) is tuple else cue(lower)):
            continue
        for m in pattern.finditer(text):
            g = "v" if "v" in pattern.groupindex and m.group("v") else 0
            s, e = m.span(g)
            val = text[s:e].rstrip(".,;:!?'\")]")
            e = s + len(val)
            digits = sum(ch.isdigit() for ch in val)
            # (a labelled number of five or six digits in groups is a small country's: "phone 36 195", "Mobile 54 187";
            # not after "ph", "HP", which read values too)
            if digits < _MIN_DIGITS.get(rule, 0) or rule == "phone_label" and digits < (3 if re.search(
                    r"bleep|pager|pgr|ext", m.group(), re.I) else 5 if " " in val.strip() and not re.match(
                    r"(?i:ph|hp|h/p)\b", m.group()) else 7) or rule in ("phone_intl",) and not 8 <= digits <= 15 \
                    or rule == "phone_bracket" and not 7 <= digits <= 11 or rule == "phone_jp" and not 10 <= digits <= 11:
                continue
            if rule == "phone_uk" and not 10 <= digits <= 11 or rule == "domain" and val in P.WEB_SERVICES:
                continue
            if rule in ("shaped_id", "ipv6") and not id_shape_ok(val, rule) or rule == "shaped_id" and P.UNIT_AFTER.match(text, e):
                continue
            if rule == "phone_eight" and (P.UNIT_AFTER.match(text, e) or _MEASURE_AFTER.match(text, e)):  # "3450 3120 g"
                continue
            if rule == "phone_grouped" and _series(val):  # "Sodium 128 131 134", "SBP 145 138 132": readings, no number
                continue
            # a reference value has a letter, five digits in a row, or six digits in slashed or spaced groups:
            # "ref 60-110" is a reference range, "MLC No. 114/2024" and "pass 0044 8819 2270" are numbers
            # (or seven digits in hyphenated groups of three or more that read as no range: "call ref 1410-0733"; "ref
            # 767-1590" and "1500-4000" are ranges)
            if rule == "reference" and not (re.search(r"[A-Z]|\d{5}", val) or re.search(r"[/ ]", val) and digits >= 6
                                            or _HYPHEN_REF.fullmatch(val) and digits >= 7 and not _a_range(val)):
                continue
            if rule == "register_line_end" and (not _REGISTER_HOLDER.search(text, text.rfind("\n", 0, s) + 1, s) or (
                    _CLOCK.fullmatch(val) and _ROLE_BEFORE_TIME.search(text, max(0, s - 8), s))):
                continue  # "Fluid balance: IN 2450, OUT 1800", "Dr Okoro, SPR 2130": no one's register
            if rule == "home_label":
                if _HOME_LABEL_NUMBER.match(text, e):
                    continue  # "Home: No 12 Ayedun Street", "Residence: Purok 3": the address rules read those
                if text[e:e + 1] == "." and len(val.rsplit(None, 1)[-1]) <= 4:  # "Cahersiveen, Co. Kerry": an abbreviation
                    val = val[:max(val.rfind(","), 0)]
                    e = s + len(val)
                if not val or all(N.is_common_word(plain(w)) for w in val.replace(",", " ").split()):
                    continue  # "Home: Independent, Lives With Wife"
            if rule in ("handle_platform", "handle_account") and not platform_handle_ok(
                    val, m.group("cue") if rule == "handle_platform" else "account"):
                continue
            add(before, s, e, kind, rule, prio)
    for pattern in AGE_RULES if digits_re >= AGE_DIGITS else ():
        for m in pattern.finditer(text):
            if 90 <= int(m.group("v")) <= 130 and not _GENERALISED_AGE.match(text, m.end("v")):
                # an ordinal's ending goes with it: "her 95th birthday" becomes "her 90 or older birthday"
                ordinal = text[m.end("v"):m.end("v") + 2] in ("st", "nd", "rd", "th") and text[m.end("v") + 2:m.end("v") + 3] == " "
                add(after, m.start("v"), m.end("v") + (2 if ordinal else 0), "AGE", "age_over_89", 8)
    # an age over 89 written in words ("ninety-one years old", "aged ninety-three")
    for m in _AGE_IN_WORDS.finditer(text) if "ninety" in lower or "hundred" in lower else ():
        add(after, *m.span(next(g for g in ("v", "v2", "v3", "v4") if m.group(g))), "AGE", "age_over_89", 8)
    for m in _AGE_IN_OTHER_WORDS.finditer(text) if "ενεν" in lower or "九十" in text or "百" in text or "իննսուն" in lower else ():
        add(after, *m.span(), "AGE", "age_over_89", 8)
    for pattern in GENERIC_IDS if digits_re >= GENERIC_ID_DIGITS else ():
        for m in pattern.finditer(text):
            if not P.UNIT_AFTER.match(text, m.end()) and not _COUNT_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                s, e = _whole_code(text, m.start(), m.end())
                if not _VARIANT_ID.fullmatch(text, s, e):  # a gene variant's dbSNP number is no one's ("rs1801133")
                    add(after, s, e, "ID", "long_number", 10)

    absolute = [(m.start(), m.end()) for m in _PROTECT_ABS.finditer(text)] + placeholders
    absolute += [m.span() for m in _DUKES_STAGE.finditer(text)] if "Dukes" in text else []
    absolute += [m.span() for m in _DISSECTION_CLASS.finditer(text)] if "Stanford" in text or "DeBakey" in text else []
    weak_protect = ProtectedSpans(text, absolute)
    # The rules that start with a name sequence try one at every capital letter: a text without the
    # context word they end in (a relative, a subject's verb) is spared them.
    relative = RELATIVE_WORD.search(text) is not None
    name_rules: list[tuple[str, re.Pattern[str], bool]] = [
        ("title", TITLE_RE, False), ("label", LABEL_RE, False),
        *([("relative", REL_RE, False), ("relative_after", REL_AFTER_RE, False)] if relative else []),
        ("paren", PAREN_RE, False), ("lead", LEAD_RE, True),
        *([("lead_signed", LEAD_SIGNED_RE, True)] if _SIGNED_CUE.search(lower) else []),
        *([("role", ROLE_BEFORE_RE, True)] if any(map(lower.__contains__, ROLE_STEMS)) or ROLE_ABBREVIATION.search(text) else []),
        *([("role", ROLE_CAPITALS_RE, True)] if _ROLE_CAPITALS_CUE.search(text) else []),
        *([("relative_bare", REL_BARE_RE, False)] if relative else []),
        *([("relative_bare", COLLOQUIAL_REL_RE, False)] if _COLLOQUIAL_CUE.search(lower) else []),
        *([("initial_credential", INITIAL_CREDENTIAL_RE, False)] if INITIAL_CUE.search(text) else []),
        *([("maiden", MAIDEN_RE, False)] if any(map(lower.__contains__, MAIDEN_CUE)) else []),
        *([("before_relation", BEFORE_RELATION_RE, True)] if any(map(text.__contains__, RELATION_CUE)) else []),
        *([("line_person", LINE_PERSON_RE, True)] if "Woman" in text or "eceased" in text else []),
        *([("listed_relative", LISTED_RELATIVE_RE, True)] if relative and "," in text else []),
        *([("relative_group", GROUP_RELATIVE_RE, True), ("relative_group", WORKMATE_RE, True)]
          if any(map(lower.__contains__, GROUP_RELATIVE_CUE)) else []),
    ]
    if weak_names:
        subject = SUBJECT_CUE.search(text) is not None
        name_rules += [*([("subject", SUBJECT_RE, True)] if subject else []), ("given_name", GAZ_RE, True),
                       ("upper_comma", UPPER_COMMA_RE, True),
                       *([("age_slot", AGE_NAME_RE, True), ("demographic", DEMOGRAPHIC_NAME_RE, True)] if has_digit else []),
                       ("role_after", ROLE_AFTER_RE, True), ("role_paren", ROLE_PAREN_RE, True),
                       ("credential_after", CREDENTIAL_AFTER_RE, True)]
    for rule, pattern, weak in name_rules:
        for m in pattern.finditer(text):
            trimmed = trim_name(text, *m.span("n"), weak=weak)
            if trimmed is None:
                continue
            s, e = trimmed
            words = [plain(w) for w in text[s:e].split()]
            # ("Northern Ireland", "West Virginia": a given name after a point of the compass is a place's)
            if rule == "given_name" and (not _given_name_holds(words) or words[0] in _COMPASS_WORDS
                                         or _COMPASS_BEFORE.search(text, max(0, s - 12), s)):
                continue
            # (a state's name alone before its plate, licence or law: "(Indiana plate 418BKT", "a Georgia driver's licence")
            if rule == "given_name" and len(words) == 1 and words[0] in G.KEPT_REGIONS and _REGION_NOUN_AFTER.match(text, e):
                continue
            # a listed given name that names a scale, right before its score ("Norton 12", "Lawton IADL 3/8", "Mayo 2",
            # "Gardner 4AA"); not before an age or a count ("Braden 14 years", "Norton 3 times")
            if rule == "given_name" and (P.scale_score(text, s) or P.scale_score(text, e - len(text[s:e].split()[-1]))):
                continue
            # after "checked by", "triaged by" and the like, a person's shape: a listed given name first, initials, or
            # two words or more not all everyday ones ("checked by A. Burns", "typed by KB", "witnessed by Mary Stone";
            # not "checked by Pharmacist", "triaged by Streaming Nurse", "prepared by Aseptic Unit")
            if rule == "lead_signed" and not (words[0] in ANY_GIVEN and not (len(words) == 1 and _signed_role(words[0]))
                                              or _SIGNER_INITIALS.fullmatch(text[s:e].split()[0])
                                              and ("." in text[s:e].split()[0] or P.signer_initials(words[0]))
                                              or len(words) >= 2 and not everyday_words(words)
                                              and not any(w in P.NOT_NAME or _signed_role(w) for w in words)):
                continue
            # a capitalised relative heading a title's everyday words ("WHO Child Growth Standards", "Parent Support
            # Group") names no relative; "Wife Hope" and "Daughter Rose" still do
            if rule == "relative_bare" and len(words) >= 2 and everyday_words(words) and _CAPITALISED_BEFORE.search(
                    text[m.start():s]):
                continue
            # a capitalised role may head a title ("Physio Assessment"); a role in prose is followed by a person
            cased_role = rule == "role" and not m.group("role")[:1].islower()
            if rule == "title" and m.group().split()[0].rstrip(".") in P.SOFT_TITLES and everyday_words(words):
                continue
            # (after "Madam" or "Ma'am", a given name and a surname: "Yes Ma'am Tylenol helped", "Madam Butterfly" stay)
            if rule == "title" and m.group().split()[0] in _ADDRESS_FORMS and len(words) < 2:
                continue
            # "both sons Duchenne,", "children Hib and PCV", "co-workers Covid positive": after several relatives or workmates, a
            # word the clinical vocabulary holds is a disease, a brand or a vaccine unless it is a listed given name
            if rule in ("relative_group", "listed_relative") and known(words[0]) and words[0] not in ANY_GIVEN:
                continue
            # "CC: ATV rollover" (the chief complaint), "To: ENT team": after a copy's, a subject's or an addressee's label, capitals
            # before a lower-case word are an abbreviation, not a listed given name
            if (rule == "label" and _COPY_LABEL.search(text, max(0, s - 12), s) and re.fullmatch(r"[A-Z]{2,5}", text[s:e])
                    and re.match(r"[ \t]+[a-z]", text[e:e + 2]) and text[s:e].title() not in ANY_GIVEN):
                continue
            # (an office named by everyday words: "To: Firearms Licensing Department"; not "To: Ceredigion Adult
            # Safeguarding Team", a county's)
            if rule == "label" and _ADDRESSEE_LABEL.search(text, max(0, s - 12), s) and _OFFICE_AFTER.match(text, e) \
                    and all(known(w) for w in words) and words[0] not in ANY_GIVEN:
                continue
            # "28 Fr ICC": a catheter's French gauge after its size, not a priest
            if rule == "title" and m.group().startswith("Fr") and _GAUGE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue
            if (rule in ("age_slot", "role_after", "role_paren", "demographic", "credential_after", "before_relation", "line_person",
                         "relative_group")
                    or cased_role) and everyday_words(words):
                continue
            # "w/o" is also "without" and "s/o" "suggestive of" ("Syncope w/o LOC", "Colonoscopy s/o Crohn's"): a name
            # before them opens with a listed given name; before "d/o" (daughter of) any name that is no everyday word
            if rule == "before_relation" and text[e:].lstrip()[:1] in "swSW" and words[0] not in ANY_GIVEN:
                continue
            # "Nurse practitioner: Lisinopril increased", "Ward manager: Informed" head a note, not a person
            if rule == "label" and P.ROLE_LABEL_END.search(text[m.start():s]) and (
                    everyday_words(words) or P.DRUG_SUFFIX.search(words[0])):
                continue
            # "CNS Gwenllian Prothero" but not "CNS Involvement": a listed given name, or two words that are no
            # everyday words
            if (rule == "role" and m.group("role") in ROLE_HEADS_FORMS
                    or rule == "label" and P.ROLE_LETTERS_END.search(text[m.start():s])) and not (
                    words[0] in ANY_GIVEN or re.fullmatch(r"[A-Z]\.?", words[0])
                    or ":" in text[m.start():s] and len(words) >= 2 and not any(map(N.is_common_word, words))):
                continue
            if rule == "role" and m.group("role").split()[-1] in ROLE_ALSO_TERM and words[0] not in ANY_GIVEN and (
                    len(words) < 2 or any(N.is_common_word(w) for w in words)):
                continue
            # after a role and a comma ("the social worker, Sioned Bowen, will visit") a person opens with a listed
            # given name or a word no vocabulary holds as written, has a surname that is no everyday word, and the
            # apposition closes after it: "the physiotherapist, Occupational Therapy and ...", "the nurse, Braden Scale
            # 14", "the physio, Zimmer Frame issued" name no one
            if rule == "role" and "," in text[m.end("role"):s] and not (
                    (words[0] in ANY_GIVEN or not known(words[0], inflected=False))
                    and len(words) >= 2 and not any(N.is_common_word(w) for w in words[1:])
                    and _APPOSITION_END.match(text, e)):
                continue
            # after "61M, " a person has a given name and a surname, and a lab value ("Hb 92") is no name
            if rule == "demographic" and (len(words) < 2 or re.match(r"[ \t]*\d", text[e:e + 3])):
                continue
            weak_rule = rule in ("subject", "given_name", "upper_comma", "relative_bare", "relative_group", "age_slot", "role_after",
                                 "role_paren", "demographic", "credential_after") or cased_role
            if overlaps(s, e, weak_protect if weak_rule else absolute) or weak_rule and (
                    _CLASS_AFTER.match(text, e) or _MODEL_OR_SPECIES_AFTER.match(text, e)):
                continue
            if (tail := NAME_TAIL_RE.match(text, e)) and not (_ONE_INITIAL.fullmatch(text, tail.start(), tail.end())
                                                            and _genus_or_group(text, tail.end())):
                e = tail.end()
            add(after, s, e, "NAME", rule, WEAK if weak_rule else STRONG)
    after += _nicknames(text, after, absolute)
    # dotted initials closing a log's or a table's line after its bar ("... amoxicillin | M.T.", "Fortimel | G.C."): the
    # one who wrote the line
    for m in _CELL_INITIALS.finditer(text) if "|" in text else ():
        if re.sub(r"[.-]", "", m.group("n")) not in P.NOT_INITIALS and not overlaps(*m.span("n"), absolute):
            add(after, *m.span("n"), "NAME", "cell_initials", STRONG)
    # the initials of who dictated or transcribed a letter, after "by" past its date and time ("Dictated 11/06/2025 15:02
    # by TJR / transcribed ... by jkh"), and the login that printed or exported it ("printed from 172.16.8.41 by
    # pvd.front2")
    for m in _BY_INITIALS.finditer(text) if "by" in text else ():
        group = "n" if m.group("n") else "m"
        value = m.group(group)
        if (value.rsplit(".", 1)[-1].rstrip("0123456789") not in _NOT_LOGIN_ENDS if group == "m" else
                value.lower() not in _NOT_DICTATOR and P.signer_initials(value.upper()) and not N.is_common_word(value)) \
                and not overlaps(*m.span(group), absolute):
            add(after, *m.span(group), "NAME", "by_initials", STRONG)
    # a person's initials as a form's field gives them ("Patient initials: C-M-K", "Initials: J.P.R."), a trial's or a
    # register's way of naming a participant without the name
    for m in _INITIALS_FIELD.finditer(text):
        if not (m.group("label") or _SIGNER_END.match(text, m.end("n"))) or overlaps(*m.span("n"), absolute):
            continue
        if all(map(signer, m.group("n").split("/"))):
            add(after, *m.span("n"), "NAME", "initials_field", STRONG)
    for m in _INITIALS_ROLE.finditer(text) if "(" in text else ():
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        cue = _GRADE_CUE_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _GRADE_CUE_AFTER.match(text, m.end())
        if (m.group("grade") and cue or _ATTENDANCE.match(line)) and P.signer_initials(m.group("n")) \
                and not overlaps(*m.span("n"), absolute):
            add(after, *m.span("n"), "NAME", "initials_role", STRONG)
    for m in chain(_SELF_DECLARED.finditer(text) if "(" in text else (), LEGEND_INITIAL_NAME.finditer(text) if "." in text else ()):
        last = m.group("n").split()[-1].split(".")[-1]
        sentence = text[max(text.rfind(".", 0, m.start() - 3), text.rfind("\n", 0, m.start())) + 1:
                        min(x for x in (text.find("\n", m.end()), len(text)) if x >= 0)]
        if (last in _NOT_SURNAME or _LATIN_ENDING.fullmatch(last) or _LAB_WORD.search(sentence)
                or _SPECIES_SHAPE.fullmatch(last.lower()) and known(last)):
            continue
        if m.group("i") == "".join(word_initials(m.group("n"))) and not overlaps(*m.span("n"), absolute):
            add(after, *m.span("n"), "NAME", "self_declared", STRONG)
    for m in _INITIAL_UNKNOWN.finditer(text) if "." in text else ():
        word = m.group("w")
        if (len(word) < 3 or not _LATIN_WORD.fullmatch(word) or known(word, inflected=False) or N.is_common_word(word)
                or word in P.NOT_NAME
                or word in _NOT_SURNAME or _LATIN_ENDING.fullmatch(word) or overlaps(*m.span("n"), absolute)):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        prev = _WORD_BEFORE.search(text, line_start, m.start())
        cue = _PERSON_CUE_BEFORE.search(text, line_start, m.start())
        if m.group("n")[0] in "IVX" or _LETTER_WORD_BEFORE.search(text, line_start, m.start()):
            continue
        if _SPECIES_SHAPE.fullmatch(word.lower()) and not (cue is not None and cue.group("strong")):
            continue
        if not (cue or prev is not None and (
                prev.group(1) in ANY_GIVEN or not known(prev.group(1), inflected=False) and prev.group(1) not in P.NOT_NAME
                and prev.group(1) not in _EPONYM_FIRST)):
            continue
        add(after, *m.span("n"), "NAME", "initial_unknown", STRONG)
    for m in _TITLE_INITIALS.finditer(text):
        if P.signer_initials(m.group("n")) and not overlaps(*m.span("n"), absolute):
            add(after, *m.span("n"), "NAME", "title_initials", STRONG)
    for m in _NICKNAME_LABEL.finditer(text) if "ickname" in text or "ICKNAME" in text else ():
        word = m.group("n")
        if (m.group("q") or not (N.is_common_word(word) or known(word) or is_language(word) or word.lower() in _FAMILY_CALLS)) \
                and not overlaps(*m.span("n"), absolute):
            add(after, *m.span("n"), "NAME", "nickname_label", STRONG)
    for m in _CELL_UPPER_COMMA.finditer(text) if "|" in text else ():
        surname, given = m.group("n").split(",")[0], re.split(r"[-'’ ]", m.group("g"))
        if len(surname) >= 3 and all(w in ANY_GIVEN or not (known(w.lower()) or N.is_common_word(w)) for w in given if w) \
                and not overlaps(*m.span("n"), absolute):
            add(after, *m.span("n"), "NAME", "cell_upper_comma", STRONG)
    for s, e in signature_spans(text):
        trimmed = trim_name(text, s, e, weak=False)
        if trimmed and not overlaps(*trimmed, absolute):
            add(after, *trimmed, "NAME", "signature", STRONG)
    for m in _FAMILY_OF.finditer(text) if "family" in lower else ():
        word = m.group("n")
        if not (N.is_common_word(word) or known(word) or word in N.EPONYM_WORDS or word.endswith(_TAXON_ENDINGS)
                or word in _COMMUNITIES or is_language(word)) \
                and not overlaps(*m.span("n"), absolute):
            add(after, *m.span("n"), "NAME", "family_of", STRONG)
    for m in _BY_INITIALS_ON_DATE.finditer(text) if " by " in text else ():
        # (a route or a test signs nothing "on" a day; after "typed by" the letters are a person's whatever they spell)
        group = "n" if m.group("n") else "t"
        # (before an office's role in brackets the letters are a person's whatever they spell, "typed by PR (ESD admin)";
        # elsewhere not a role's or a test's letters, "Dictated by CNS (heart failure)", "Dictated by SPR.")
        bracket = group == "t" and _OFFICE_ROLE.match(text, m.end(group)) is not None
        if (m.group(group) not in _NOT_TYPIST if bracket else m.group(group) not in _NOT_SIGNER_BY) \
                and not overlaps(*m.span(group), absolute):
            add(after, *m.span(group), "NAME", "signer_on_date", STRONG)
    for m in _LETTER_REFERENCE.finditer(text) if "/" in text else ():
        if not overlaps(*m.span("n"), absolute):
            add(after, *m.span("n"), "NAME", "letter_reference", STRONG)
    # (or alone on the line after its author's, its capitals the author's initials: "Dr Rowena Halliwell-Brace, GMC
    # 6148203" then "RHB/kt")
    for m in _REFERENCE_LINE.finditer(text) if "/" in text else ():
        line_before = text[text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start()))) + 1:m.start()]
        if not overlaps(*m.span("n"), absolute) and _initials_of_a_name(line_before, m.group("c")):
            add(after, *m.span("n"), "NAME", "letter_reference", STRONG)
    for s, e in dotted_initials(text) if "." in text else ():
        if not overlaps(s, e, absolute):
            add(after, s, e, "NAME", "dotted_initials", STRONG)
    place_protect = lambda a, b: overlaps(a, b, weak_protect)  # noqa: E731
    found_places = place_spans(text, place_protect) + script_spans(text) + address_places(
        text, [c.start for c in before if c.kind == "POSTCODE"], place_protect)
    # a place closing the clause after a person named in a strong slot, a facility or a place ("GP: Dr X Y,
    # Bishopstown.", "Butterworth Hospital, Grand Rapids MI", "Galiwin'ku (Elcho Island)")
    ends = [c.end for c in after if c.kind == "NAME" and c.priority == STRONG] + [f[1] for f in found_places
                                                                                  if f[2] in ("HOSPITAL", "LOCATION")]
    # and the place in brackets after a phone number or another number ("+676 874 4412 (Nuku'alofa)")
    ends += [c.end for c in before if c.kind in ("PHONE", "ID")]
    found_places += places_after(text, ends, place_protect)
    # an address line's other links: the names before a place joined by commas, a bare postcode closing it
    found_places += chained_places(text, [f[0] for f in found_places if f[2] == "LOCATION"], place_protect,
                                   [c.end for c in before if c.kind == "ADDRESS"] + [f[1] for f in found_places if f[2] == "ADDRESS"])
    if has_digit:
        found_places += address_rest(text, [c.end for c in before if c.rule == "postcode_continental"],
                                     [c.end for c in before if c.kind == "ADDRESS"]
                                     + [f[1] for f in found_places if f[2] == "ADDRESS"], place_protect)
    if has_digit:
        postcodes = postcodes_after(text, [f[1] for f in found_places if f[2] in ("LOCATION", "ADDRESS")]
                                    + [c.end for c in before if c.kind == "ADDRESS"])
        # and the place after that postcode ("Lives Ipswich 4305 (Dinmore-Riverview)")
        found_places += postcodes + places_after(text, [p[1] for p in postcodes], place_protect)
        found_places += postcodes_before(text, [f[0] for f in found_places if f[2] == "LOCATION"])
        found_places += phones_after(text, [c.end for c in after if c.kind == "NAME"]
                                     + [f[1] for f in found_places if f[2] == "LOCATION"])
    places = [Span(s, e, kind, rule, prio) for s, e, kind, rule, prio in found_places
              if e > s and not (kind == "LOCATION" and (_CLASS_AFTER.match(text, e) or _SPECIES_OR_EPONYM_AFTER.match(text, e)))]
    # (a town before its US state and ZIP or a postcode is no country: "Lebanon, NH 03756", "Peru, IN 46970")
    vouched = {(p.start, p.end) for p in places if p.rule in _VOUCHED_BY_POSTCODE}
    return Candidates(before, after, places, placeholders, weak_protect, has_digit,
                      tuple(c for c in countries(text) if c not in vouched))


# what closes a name in apposition: a comma, a bracket, a sentence's or a line's end
_APPOSITION_END = re.compile(r"[ \t]*(?:[,;()]|\.(?:[ \t]|$)|$)", re.M)
_ONE_INITIAL = re.compile(r"[ \t]+[A-Z]\.")
_WORD_AFTER = re.compile(r"[ \t]*([a-z]{4,}|[+-]|(?i:rh|neg|pos)\b)")


def _genus_or_group(text: str, end: int) -> bool:
    """Whether one initial after a name, ending at ``end``, is a genus's or a blood group's: a species' epithet or a
    sign follows it ("Dr Nair C. difficile", "Mrs Okafor E. coli", "O. negative"), not an everyday word ("P.
    checked")."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and (not N.is_common_word(m.group(1)) or m.group(1) in ("negative", "positive"))


_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+[ \t:(-]*$")
_COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"})
_COMPASS_BEFORE = re.compile(rf"(?<![\w'’-])(?:{'|'.join(sorted(_COMPASS_WORDS))})[ \t]+$")


def _given_name_holds(words: list[str]) -> bool:
    """A listed given name that is also a word needs a name after it; one that is an everyday word needs a
    surname that is not ("Bill Featherby", not "Bill Payment"); "Tanner stage" is not a person."""
    first = words[0]
    wordlike = first in P.WORDLIKE_FIRST or first in N.WORDLIKE_GIVEN_NAMES or first in COMMON_WORD_GIVEN
    if len(words) == 1:
        return not wordlike
    # (nor before a device's or a kit's letters alone: "RDT (Crystal VC)", "Hope XL")
    if wordlike and all(re.fullmatch(r"[A-Z\d]{1,3}", w) for w in words[1:]):
        return False
    # (a state's or a country's name before an acronym or a word of law and office is theirs: "Indiana POST form",
    # "Indiana Code 16-36-7", "Georgia Medicaid")
    if first in G.KEPT_REGIONS and len(words) == 2 and words[1] in _REGION_OFFICE_WORDS:
        return False
    return first not in COMMON_WORD_GIVEN or not everyday_words(words[1:])


_REGION_NOUN_AFTER = re.compile(r"[ \t]+(?:plates?|licen[cs]e|driver['’]?s?|registration|rego|law|code|statute|resident|"
                                r"state|county|medicaid|residency)\b", re.I)
_REGION_OFFICE_WORDS = frozenset("""Code Codes Statute Statutes Law Laws Act Rules Regulations Medicaid Medicare Department
Dept State University Health Board Registry Form Court Police Highway Public Poison Bureau Division Office Commission
Plan Administrative Supreme Legislature Constitution POST POLST MOLST MOST DMV BMV DOH DHS DPH DCS CPS APS DSS""".split())


def _nicknames(text: str, names: list[Span], absolute: list[tuple[int, int]]) -> list[Span]:
    """A nickname in brackets right after a name, and a surname after the bracket ("Archibald (Archie)
    Lennox-Boyd", "Mr Bishop (Clive)"), and the name's spelling in its own script in brackets after it, with the
    priority of the name they follow."""
    found: list[Span] = []
    for end, prio in sorted({(c.end, c.priority) for c in names if c.kind == "NAME"}):
        m = NICKNAME_RE.match(text, end)
        if not m:
            continue
        # (a language in brackets after an interpreter's name is no nickname: "Abdirahman Warsame (Somali)")
        if m.group("nick") and is_language(m.group("nick")):
            continue
        for group in ("nick", "sur", "qnick", "qsur", "after"):
            if m.group(group) and (trimmed := trim_name(text, *m.span(group), weak=True)) and not overlaps(*trimmed, absolute):
                found.append(Span(*trimmed, "NAME", "nickname", prio))
    # the same name in its own script in brackets after it ("Kim Min-jun (김민준)", "Nikos Pappas (Νίκος Παππάς)")
    for start, end, prio in sorted({(c.start, c.end, c.priority) for c in names if c.kind == "NAME"}) \
            if _OTHER_LETTER.search(text) else ():
        if ((m := _NATIVE_SPELLING.match(text, end)) and _native_name(m.group("n"), len(text[start:end].split()))
                and not overlaps(*m.span("n"), absolute)):
            found.append(Span(*m.span("n"), "NAME", "native_spelling", prio))
    # a quoted nickname between a given name and a surname that no rule found ('Osric "Ozzy" Farnfield'): the
    # quotes say all three are one person's, when the surname is no everyday word
    for m in QUOTED_BETWEEN_RE.finditer(text) if QUOTED_CUE.search(text) else ():
        if m.group("a") in P.NOT_NAME or m.group("c") in P.NOT_NAME or N.is_common_word(m.group("c")):
            continue
        for group in ("a", "b", "c"):
            if (trimmed := trim_name(text, *m.span(group), weak=True)) and not overlaps(*trimmed, absolute):
                found.append(Span(*trimmed, "NAME", "nickname_between", WEAK))
    return found


def date_candidates(text: str, *, day_first: bool, has_digit: bool) -> list[Span]:
    """Dates and birth years in ``text`` (they depend on how ambiguous dates are read)."""
    found = [Span(d.start, d.end, "DATE", f"date_{d.kind}", 3) for d in find_dates(text, day_first=day_first)
             if d.end > d.start]
    found += [Span(m.start("v"), m.end("v"), "DATE", "birth_year", 3)
              for m in (BIRTH_YEAR.finditer(text) if has_digit else ()) if m.end("v") > m.start("v")]
    if has_digit and _NON_LATIN.search(text):
        found += [Span(m.start(), m.end(), "DATE", "date_foreign", 3) for m in FOREIGN_DATE.finditer(text)]
        if BE_SCRIPTS.search(text):
            found += [Span(m.start(), m.end(), "DATE", "date_buddhist_era", 3) for m in BE_DATE.finditer(text)]
    found += [Span(s, e, "DATE", "date_month_alone", 3) for s, e in months_and_holidays(text)]
    if has_digit:
        found += [Span(s, e, "DATE", "date_labelled", 3) for s, e in labelled_day_months(text)]
        found += [Span(s, e, "DATE", "date_foreign", 3) for s, e in latin_foreign_dates(text)]
        found += [Span(s, e, "DATE", "date_weekday_day", 3) for s, e in weekday_days(text)]
    return found


def known_candidates(text: str, known: re.Pattern[str], weak_protect: Sequence[tuple[int, int]]) -> list[Span]:
    """Mentions of the names this case has already taught, grown over the capitalised words beside them."""
    found: list[Span] = []
    for m in known.finditer(text):
        if overlaps(m.start(), m.end(), weak_protect) or word_not_name(text, m.start(), m.end()) or _CLASS_AFTER.match(text, m.end()):
            continue
        s, e = (m.start(), m.end()) if is_han(m.group()) or is_he_ar(m.group()) or m.groupdict().get("ini") \
            else extend_known(text, m.start(), m.end(), weak_protect)
        if e > s:
            found.append(Span(s, e, "NAME", "known_name", WEAK + 1))
    return found


def known_place_candidates(text: str, places: re.Pattern[str], weak_protect: Sequence[tuple[int, int]]) -> list[Span]:
    """Mentions of the places and facilities this case has already shown (:func:`~.deid.place_words`)."""
    return [Span(m.start(), m.end(), "LOCATION", "known_place", WEAK + 1) for m in places.finditer(text)
            if not overlaps(m.start(), m.end(), weak_protect) and not P.scale_score(text, m.start())]


_VARIANT_ID = re.compile(r"rs\d+")
_HYPHEN_REF = re.compile(r"\d{3,}(?:-\d{3,})+")


def _a_range(value: str) -> bool:
    """Whether hyphenated numbers read as a range: rising ("ref 767-1590") or round ("1500-4000")."""
    groups = [int(g) for g in value.split("-")]
    return all(a < b for a, b in zip(groups, groups[1:])) or all(g % 10 == 0 for g in groups)
# a surname before "family" ("shared with the Esh family"), not a word, a taxon's family or an eponym
_FAMILY_OF = re.compile(r"\b[Tt]he[ \t]+(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+family\b")
_TAXON_ENDINGS = ("idae", "aceae", "viridae", "ales", "virus", "bacter", "coccus", "ella", "myces", "ida")
# communities a family belongs to ("the Rohingya family group", "the Mennonite family")
_COMMUNITIES = frozenset("Rohingya Mennonite Amish Hmong Hazara Roma Traveller Bedouin Maori Inuit Sami Yazidi Hutterite "
                         "Pashtun Tamil Sikh Hindu Muslim Jewish Catholic".split())
# a clinician's initials between "by" and the day of what they did ("Spirometry here by AF on 08/09/25")
_BY_INITIALS_ON_DATE = re.compile(r"\bby[ \t]+(?P<n>[A-Z]{2,3})[ \t]+on[ \t]+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"
                                  # (or after the verb of a letter's typing, before the person's role in brackets or closing
                                  # the clause: "Notes typed by PR (ESD admin)"; not a role's letters before a word,
                                  # "Dictated by ENT registrar", "typed by OPD secretary")
                                  r"|\b(?i:typed|dictated|transcribed|scribed)[ \t]+by[ \t]+(?P<t>[A-Z]{2,3})\b"
                                  r"(?=[ \t]*\([ \t]*[A-Za-z]|[ \t]*(?:[,.;|\n]|\Z))")
_NOT_TYPIST = frozenset({"AI", "IT", "OCR", "EPR", "EHR", "EMR"})
_OFFICE_ROLE = re.compile(r"[ \t]*\([^)\n]{0,20}\b(?i:admin|administrator|secretary|typist|clerk|scribe|receptionist|"
                          r"coordinator|PA)\b")
# what the capitals and the letters of a letter's reference are not: a unit, a route, a dose's times, a copy's reader
_NOT_UNIT_CAPITALS = r"(?!(?:I?U|MIU|CFU|RBC|WBC|EU|NG|PG|UG|MG|KG|ML|MIL|LPF|HPF|MM|CM|MMOL|IV|PO|SC|IM|GP|ICU)/)"
_NOT_UNIT_LETTERS = (r"(?!(?:ml|dl|l|day|hpf|lpf|min|h|hr|kg|g|mg|mcg|wk|mo|yr|s|sec|mmol|umol|ul|cl|prn|od|bd|tds|qds|nocte|mane|"
                     r"po|iv|sc|im|ng|ngt|pv|pt|fm|rh|os|hdu|ast|sup|ot|dn|ae|nad|abx|mri|ckd|ue|hdl|deg|bpm|cm|mm|qid|bid|tid|sos|"
                     r"npo|mlh|sw|slt)\b)")
# a letter's reference of its author's and its typist's initials closing a field of a line that dictates, types or
# refers ("Dictated 02/12/2025, typed 04/12/2025 | KB/mh", "Our ref: KB/mh", "Typed 14/03/2025 KB/mh"); not a unit ("|
# IU/ml |", "CFU/ml") or a dose's times ("BD/prn")
_LETTER_REFERENCE = re.compile(r"^(?=[^\n]*(?i:dictated|typed|\bref\b))[^\n]*?(?:\||(?i:ref):?|"
                               # (or straight after the word or its date: "Typed 14/03/2025 KB/mh", "Dictated KB/mh")
                               r"(?i:dictated|typed)[ \t]+(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}[ \t]+)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}[ \t]+)[ \t]*"
                               rf"(?P<n>{_NOT_UNIT_CAPITALS}[A-Z]{{2,3}}/{_NOT_UNIT_LETTERS}[a-z]{{2,3}})(?=[ \t]*(?:$|\|))", re.M)
_REFERENCE_LINE = re.compile(rf"^[ \t]*(?P<n>{_NOT_UNIT_CAPITALS}(?P<c>[A-Z]{{2,4}})/{_NOT_UNIT_LETTERS}[a-z]{{2,3}})"
                             r"(?=[ \t]*(?:$|\|))", re.M)


def _initials_of_a_name(text: str, capitals: str) -> bool:
    """Whether ``capitals`` are the initials of a person's name of as many capitalised words in ``text`` ("RHB":
    "Rowena Halliwell-Brace", "BWH": "Bethan Wyn Hughes"; not "Heart Rate", everyday words)."""
    words = r"[ \t'’-]+".join(rf"{c}[a-z]+" for c in capitals)
    return any(not everyday_words(re.split(r"[ \t'’-]+", m.group())) for m in re.finditer(rf"\b{words}\b", text))


# tests and devices that do something "on" a day ("confirmed by PET on 14/2/24"), with :data:`P.NOT_SIGNER`'s
_NOT_SIGNER_ON_DATE = frozenset("BP PET NGS LFD CGM RAT EM OCT DXA".split())
_NOT_SIGNER_BY = P.NOT_SIGNER | _NOT_SIGNER_ON_DATE
# A person's dotted initials, in any script with capitals or in Hebrew: closing a field after a label or words in
# brackets that name someone's part in the work (:data:`_PERSON_PART`: "Scrub: N.E.", "Νοσηλεύτρια ενδοσκοπίου: Ε.Μ.",
# "Старша медсестра: Л.С.", "(אחות ת.ל.)"), the next ones after "and" ("πλήρωμα: Δ.Φ. και Μ.Π."), or before a person's
# role in brackets ("K.H. (dietitian)"); not a route's or a clinical abbreviation's letters ("Route: P.O.", "D.O.A.")
_UP_ANY = r"[A-ZΑ-ΩΆΈΉΊΌΎΏА-ЯЁІЇЄҐ\u05d0-\u05ea]"
_ONE_DOTTED = rf"(?:Ma?c)?{_UP_ANY}\."  # (a Scottish or Irish surname's initial with its prefix: "A.McL.")
_DOTTED = rf"{_ONE_DOTTED}[ \t]?{_ONE_DOTTED}(?:[ \t]?{_ONE_DOTTED})?"
_FIELD_END = r"(?=[ \t]*(?:$|[),;|]|(?:και|and|и|і|та|ו)[ \t]))"
# (the words of a person's part in the work: a dotted abbreviation after any other label or bracket is as often a
# diagnosis, a unit or a route, "Ιστορικό: Α.Υ.", "(μέσω Τ.Ε.Π.)", "Status: D.O.A.")
_PERSON_PART = re.compile(r"(?i:initials|scrub|nurse|circulating|runner|assistant|anaesthetist|anesthetist|surgeon|crew|midwife|sister|"
                          r"witness|checked|checker|signed|porter|paramedic|technician|physio|dietitian|pharmacist|escort|"
                          r"interpreter|scribe|recorder|πλήρωμα|νοσηλεύτ|νοσηλευτ|νοσ\.|συνοδ|διασώστ|μαία|τεχνολόγ|επανέλεγχ|"
                          r"медсестр|медбрат|сестра|лікар|врач|фельдшер|санітар|акушер|асистент|ассистент|"
                          r"אחות|(?<![\u05d0-\u05ea])אח(?![\u05d0-\u05ea])|רופא|רופאה|מיילדת)")
_DOTTED_FIELD = re.compile(rf"(?:(?P<label>[^\n:：()|;]{{1,40}})[:：][ \t]*|\((?P<inside>[^()\n:]{{0,24}}?[ \t]))(?P<n>{_DOTTED})"
                           rf"{_FIELD_END}", re.M)
_DOTTED_AND = re.compile(rf"[ \t]*(?:και|and|и|і|та|ו)[ \t]+(?P<n>{_DOTTED}){_FIELD_END}", re.M)
_DOTTED_ROLE = re.compile(rf"(?<![\w.])(?P<n>{_DOTTED})[ \t]*\((?=(?i:patient|dietitian|dietician|nurse|physio|pharmacist|"
                          r"midwife|carer|mother|father|wife|husband|son|daughter|interpreter|social[ \t]+worker|OT|SLT)\b)")
# Latin letters that are an abbreviation dotted ("S.O.", significant other; "W.N.L.", "E.D.D."), with
# :data:`P.NOT_SIGNER`'s and :func:`clinical_letters`'
_DOTTED_NOT_INITIALS = frozenset("SO DOA WNL WCB IDC EDD LOC VA UE ETT RD AA UAE USN".split())


def dotted_initials(text: str) -> list[tuple[int, int]]:
    """Where a person's dotted initials stand (:data:`_DOTTED_FIELD`, :data:`_DOTTED_AND`, :data:`_DOTTED_ROLE`)."""
    out = []
    for m in [*_DOTTED_FIELD.finditer(text), *_DOTTED_ROLE.finditer(text)]:
        cue = m.groupdict().get("label") or m.groupdict().get("inside")
        if m.re is _DOTTED_FIELD and not (cue and _PERSON_PART.search(cue)):
            continue
        while m is not None:
            letters = re.sub(r"[.\s]", "", m.group("n"))
            if not (letters.isascii() and (letters in P.NOT_SIGNER | _DOTTED_NOT_INITIALS or clinical_letters(letters))):
                out.append(m.span("n"))
            m = _DOTTED_AND.match(text, m.end("n"))
    return out
_ADDRESS_FORMS = frozenset({"Madam", "Ma'am", "Ma’am"})


def _whole_code(text: str, start: int, end: int) -> tuple[int, int]:
    """A run of digits grown to the code of letters and digits it stands in: a UK driving licence number
    "WOOD9607146GE9AB" goes whole, not its digits alone."""
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isascii() and text[end].isalnum():
        end += 1
    return start, end


# the kinds of a place or a facility: their short forms in brackets are taken (:func:`_short_forms`), their words
# looked for in the rest of a case (:func:`~.deid.place_words`)
PLACE_KINDS = ("LOCATION", "HOSPITAL")
# a facility's or a place's short form in brackets right after it: "Hospital Nacional Guido Valadares (HNGV)"
_SHORT_FORM = re.compile(r"[ \t]*[(（](?P<n>[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ][A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ&/.-]{1,9})[)）]")


def _short_forms(text: str, chosen: Sequence[Span], weak_protect: Sequence[tuple[int, int]]) -> list[Span]:
    """The short forms in brackets after the places and facilities taken, when they open with the place's first letter
    (so that "Wells (PE) score" gives nothing even where "Wells" is a town)."""
    out = []
    for c in chosen:
        if c.kind not in PLACE_KINDS or not (m := _SHORT_FORM.match(text, c.end)):
            continue
        s, e = m.span("n")
        if m.group("n")[0] == text[c.start:c.end].lstrip("«\"'")[:1].upper() and not overlaps(s, e, weak_protect) \
                and not any(o.start < e and s < o.end for o in chosen):
            out.append(Span(s, e, c.kind, "short_form", WEAK))
    return out


_VOUCHED_BY_POSTCODE = frozenset({"place_before_postcode", "place_before_state"})
# A country named on its own: not a word of a longer name before or after it ("Belize City", "Norway House", "New
# Mexico", "Port of Spain", "Sierra Leone Police Hospital")
_COUNTRY = WordListFinder(N.COUNTRIES, r"(?![\w'’-]|[ \t]+(?:[A-Z]|of\b|&))")
# (a capitalised word that opens a sentence or a line is no part of the name: "Visited Trinidad and Tobago")
_NAME_BEFORE = re.compile(r"(?:(?<![\w'’.-])(?<!^)(?<!\n)(?<![.!?:;|(][ \t])(?<![.!?:;|(])[A-Z][\w'’.-]*|\bof|\bde|&)[ \t]+$")


def countries(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a country or territory on its own (:data:`namelists.COUNTRIES`)."""
    return [m.span() for m in _COUNTRY.finditer(text)
            if not _NAME_BEFORE.search(text, max(0, m.span()[0] - 30), m.span()[0])]


def without_countries(where: Sequence[tuple[int, int]], spans: list[Span]) -> list[Span]:
    """``spans`` less the places, the names of weak rules and the reader's spans that lie within a country named on
    its own (``where``: :func:`countries` of their text, kept in its :class:`Candidates`). Safe Harbor keeps countries;
    "Returned from Sierra Leone" is a travel history, and "Sierra" a given name. A strong rule's name stays: "Dr
    Jordan" is a person, though no such name is listed."""
    if not where:
        return spans
    return [c for c in spans if not (any(s <= c.start and c.end <= e for s, e in where)
                                     and (c.kind in PLACE_KINDS or c.kind == "NAME" and c.priority != STRONG))]


def _series(value: str) -> bool:
    """Whether the groups of digits in ``value`` read as a series of one measure: none twice another ("128 131 134",
    "120 135 150"); a phone's groups are unrelated numbers ("72 904 115", "091 553 218")."""
    groups = [int(g) for g in re.findall(r"\d+", value)]
    return min(groups) > 0 and max(groups) < 2 * min(groups)


def choose(found: Candidates, dates: list[Span], known: list[Span], text: str) -> list[Span]:
    """The final non-overlapping spans from a text's candidates (see :func:`_resolve`), and the unknown words
    beside them (:mod:`~consilium.orchestration.privacy.residual`); none within a country named on its own."""
    return without_countries(found.countries, _choose(found, dates, known, text))


def _choose(found: Candidates, dates: list[Span], known: list[Span], text: str) -> list[Span]:
    chosen = _resolve([*found.before, *dates, *found.after, *known, *found.places], found.placeholders)
    if "|" in text or "\t" in text:  # a table's cells, read by their column (:mod:`.tables`)
        cells = table_spans(text, [(c.start, c.end, c.kind) for c in chosen], found.weak_protect)
        if cells:
            chosen = sorted(chosen + [Span(s, e, kind, "table_column", WEAK) for s, e, kind in cells], key=lambda c: c.start)
    if not chosen:
        return chosen
    if surnames := upper_surnames(text, [(c.start, c.end) for c in chosen if c.kind == "NAME"],
                                  [*found.weak_protect, *((c.start, c.end) for c in chosen)]):
        chosen = sorted(chosen + [Span(s, e, "NAME", "upper_surname", WEAK) for s, e in surnames], key=lambda c: c.start)
    if "(" in text and (short := _short_forms(text, chosen, found.weak_protect)):
        chosen = sorted(chosen + short, key=lambda c: c.start)
    if found.has_digit and (numbers := [(s, e) for s, e in registration_numbers(
            text, [(c.start, c.end) for c in chosen if c.kind == "NAME"])
            if not overlaps(s, e, found.weak_protect) and not any(c.start < e and s < c.end for c in chosen)]):
        chosen = sorted(chosen + [Span(s, e, "ID", "registration", WEAK) for s, e in numbers], key=lambda c: c.start)
    extra = [Span(s, e, kind, "unknown_word", WEAK)
             for s, e, kind in residual_spans(text, [(c.start, c.end, c.kind) for c in chosen], found.weak_protect)]
    if not extra:
        return chosen
    # a word taken beside a span of its kind, with only spaces between, joins it: "Ysbyty" + "Penmaen" is one hospital
    merged: list[Span] = []
    for span in sorted(chosen + extra, key=lambda c: c.start):
        last = merged[-1] if merged else None
        if (last is not None and last.kind == span.kind and last.kind in JOINABLE
                and "unknown_word" in (last.rule, span.rule)
                and _SPACES.fullmatch(text, last.end, span.start)):
            merged[-1] = Span(last.start, span.end, last.kind, last.rule if span.rule == "unknown_word" else span.rule,
                              max(last.priority, span.priority))
        else:
            merged.append(span)
    return merged


def detect(text: str, *, day_first: bool = True, known: re.Pattern[str] | None = None,
           dates: bool = True, weak_names: bool = True) -> list[Span]:
    """Every identifier span in ``text`` (non-overlapping, in reading order). A text typed in lower case is read
    through its :func:`~consilium.orchestration.privacy.casing.cased_view` (same length, same spans)."""
    text = cased_view(text) or text
    found = candidates(text, weak_names=weak_names)
    return choose(found, date_candidates(text, day_first=day_first, has_digit=found.has_digit) if dates else [],
                  known_candidates(text, known, found.weak_protect) if known is not None else [], text)


def _resolve(cands: list[Span], placeholders: list[tuple[int, int]]) -> list[Span]:
    """Highest priority (then longest) first; a candidate overlapping only chosen spans of its own
    kind widens them to the union ("446-555-0140" + "ext. 441"), any other overlap drops it."""
    chosen: list[Span] = []
    for span in sorted(cands, key=lambda c: (c.priority, c.start - c.end, c.start)):
        if overlaps(span.start, span.end, placeholders):
            continue
        hits = [c for c in chosen if c.start < span.end and span.start < c.end]
        if not hits:
            chosen.append(span)
        elif all(c.kind == span.kind for c in hits) and span.kind not in ("DATE", "AGE"):
            for c in hits:
                chosen.remove(c)
            chosen.append(Span(min([span.start] + [c.start for c in hits]), max([span.end] + [c.end for c in hits]),
                               span.kind, hits[0].rule, hits[0].priority))
    return sorted(chosen, key=lambda c: c.start)
