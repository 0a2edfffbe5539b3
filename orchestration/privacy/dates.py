"""Finding exact dates in clinical text and shifting them by a fixed number of days.

A de-identified case keeps the *intervals* between its dates (admission to discharge, onset to
scan) but not the dates themselves: every date is moved by the same per-case offset and written
back in the format it was found in (separators, zero padding, month-name style, ordinal suffix,
two-digit year). A weekday written next to a date is recomputed for the shifted date, so it never
betrays the original.

Bare years ("in 2019") are left alone, as HIPAA Safe Harbor allows; month-and-year ("March 2024")
is shifted from the 15th of that month. Ambiguous numeric dates (03/05/2024) are read day-first or
month-first as the caller says; a case is read one way throughout, so its intervals survive either
way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from consilium.orchestration.privacy.patterns import by_first_letter, found_by
from consilium.orchestration.privacy.scripts import DEVANAGARI

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# A date with no year is placed in a leap year so that 29 February stays valid.
_YEARLESS = 2000


def _alternation(words: list[str], abbrev: int) -> str:
    forms: list[str] = []
    for w in words:
        for f in (w, w[:abbrev], "Sept" if w == "September" else ""):
            if f:
                forms += [f, f.upper()]
    return "|".join(sorted(set(forms), key=len, reverse=True))


# Month names are matched capitalised or upper case only: lower-case "may" and "march" are verbs.
_MON = _alternation(MONTHS, 3)
_WD = _alternation(WEEKDAYS, 3)
_ORD = r"(?:st|nd|rd|th|ST|ND|RD|TH)"
_END = r"(?![\w/])"
# the same names branching on their first letter, for the patterns that look for them at every place of a text
_MON_FIRST = by_first_letter(_MON)
_WEEKDAY = rf"(?:(?P<wd>{by_first_letter(_WD)})\.?,?\s+(?:the\s+)?)?"

_DIGIT = re.compile(r"\d")
# The words that date an event, before a day and month written without a year ("Admitted 17/3", "booked 6/28").
_DATING_WORDS = (r"admitted|adm\.?|booked|scheduled|due|dated|appt\.?|appointment|discharged|seen|reviewed|presented|"
                 r"attended|operated|scanned|delivered|born|died|d/c|"
                 # a weekday before a day and month ("Friday 21/11", "Παρασκευή 21/11")
                 r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun|"
                 r"δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|ngày|"
                 # Greek "on" before a day and month ("στις 5/3"); not "from" or "up to", which also lead a score ("έως 8/10")
                 r"στις|στη|στην")
_DATING_WORD = re.compile(rf"\b(?i:{_DATING_WORDS})[ \t]+(?:(?i:on|for)[ \t]+)?$")
# a weekday with the day and month alone in brackets after it: "a crab trap Thursday (8/7)" (not "Monday (8/10 pain)")
_WEEKDAY_BRACKET = re.compile(rf"\b(?i:{_WD})[ \t]+\($")
# Words after which a day and month are as often a duration in the notation of UK notes ("since 3/7" is three
# days, "f/u 6/52" six weeks, "review 3/12" three months): they date an event only when the second number cannot
# be such a denominator ("since 11/09", "f/u 9/18:", "onset 07/01", "revisit 09/07").
_SINCE_WORD = re.compile(r"\b(?i:since|onset|f/u|follow[- ]?up|revisit|review|on|sent|signed|e-signed|done|performed|"
                         r"started|stopped|taken|collected|until|till)[ \t]*:?[ \t]+(?:(?i:on)[ \t]+)?$")
# Russian and Ukrainian "from" and "to" of a stay, before a dotted day and month ("с 02.06 по 14.06.2025"); not before
# a slashed pair, which there is a score or a fraction as often ("боль до 7/10", "по 1/2 таблетки")
_STAY_WORD = re.compile(r"(?<![\w])(?:с|со|по|з|із|від|до)[ \t]+$")
_DURATION_DENOMINATORS = frozenset({7, 12, 24, 52})
_ON_BEFORE = re.compile(r"\b(?i:on)[ \t]+$")
_SINCE_FROM_BEFORE = re.compile(r"\b(?i:since|from|until|till|of)[ \t]+$")
_FRACTION_OF = re.compile(r"[ \t]*(?i:of|tabs?|tablets?|doses?|strength|power|units?|mg|ml)\b")
# a clock time right after a day and month: an event's date and time ("cannulated 6/11 at 02:10", "el 17/01 a las 07:00",
# "Paeds ED - 12/12 19:45"); a score or a fraction is not followed by one
_TIME_AFTER = re.compile(r"[ \t,]+(?:(?i:at|@|a[ \t]+las|à|um|alle|om)[ \t]*)?(?:[01]?\d|2[0-3])[:h]\d{2}\b")
# a chart's row opened by a day and month written with two digits each, its time in the next cell ("22/01 | 12:00 |
# Paracetamol"); a score in a chart is written without the zero ("7/10 | 14:00", "Power 4/5 | 09:00")
_CELL_TIME_AFTER = re.compile(r"[ \t]*\|[ \t]*(?:[01]\d|2[0-3])[:h]\d{2}\b")
# an appointment with a clinician right after the day and month ("Sickle Cell Clinic, 3/4 with Dr. Wetherington")
_WITH_CLINICIAN = re.compile(r"[ \t]+with[ \t]+(?:Dr|Mr|Mrs|Ms|Miss|Prof|Doctor)\b")
# (a result with decimals: "INR 2,6", "HbA1c 7.8%"; "Apgar 9 (9/10)" and "40% (4/10)" are a score and a count)
_VALUE_BEFORE = re.compile(r"\d[.,]\d+[ \t]*(?:[a-zA-Zµ/%]{1,8}[ \t]*)?$")
_SINCE_WORDS = r"since|onset|f/u|follow[- ]?up|revisit|review|on|sent|signed|done|performed|started|stopped|taken|collected|until|till"
# a text without one is spared the year-less pattern (the word lists branching on their first letters, as for a cue)
_ANY_DATING_WORD = re.compile(rf"\b(?:{by_first_letter(_DATING_WORDS, ignore_case=True)}|(?:{by_first_letter(_SINCE_WORDS, ignore_case=True)})\b)"
                              r"|\d/\d{1,2}[ \t,]+(?:\D{0,6})\d{1,2}[:h]\d{2}\b|\b(?i:morning|afternoon|evening|night)[ \t]+of\b")
# a part of a day with "of" before a day and month: "on the evening of 10/11", "the night of 7/24" (not a fraction)
_PART_OF_DAY_OF = re.compile(r"\b(?i:the)[ \t]+(?i:morning|afternoon|evening|night)[ \t]+of[ \t]+$")
# Dates with a month written in Russian, Greek or Hindi, or in Chinese characters ("12 марта 2024 г.",
# "5 Μαρτίου 2024", "12 मार्च 2024", "2024年3月12日"). They are not shifted (their month names would need
# each language's grammar to be written back) but replaced whole by a placeholder, so no day of them survives.
_FOREIGN_MONTHS = (
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|"
    # and "in" a month, before its year ("в марте 2024 г.", "у березні 2025 р.")
    "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|"
    "січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні|"
    # Ukrainian, the day's month and the month alone
    "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    "січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень|"
    "Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου|"
    "Ιανουάριο[ςυ]?|Φεβρουάριο[ςυ]?|Μάρτιο[ςυ]?|Απρίλιο[ςυ]?|Μάιο[ςυ]?|Ιούνιο[ςυ]?|Ιούλιο[ςυ]?|Αύγουστο[ςυ]?|"
    "Σεπτέμβριο[ςυ]?|Οκτώβριο[ςυ]?|Νοέμβριο[ςυ]?|Δεκέμβριο[ςυ]?|"
    "जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|"
    # Marathi's and Nepali's spellings of them (not Marathi "मे", May, a common misspelling of Hindi "में", in)
    "जानेवारी|फेब्रुवारी|एप्रिल|जुलै|ऑगस्ट|सप्टेंबर|ऑक्टोबर|नोव्हेंबर|डिसेंबर|फेब्रुअरी|अप्रिल|अगस्ट|"
    "सेप्टेम्बर|अक्टोबर|नोभेम्बर|डिसेम्बर|"
    # Arabic, as Egypt and the Gulf and as the Levant and Iraq name them, and Hebrew, with the prefix "in"/"to"
    "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    # and as the Maghreb names them, after the French ("17 جويلية 2025", "3 أوت"; its May and June below)
    "جانفي|فيفري|أفريل|افريل|جويلية|جويليه|أوت|اوت|"
    # and Persian's (Iran's and Afghanistan's) spellings of the Gregorian months ("۱۲ اکتبر ۲۰۲۵")
    "ژانویه|فوریه|آوریل|ژوئن|ژوئیه|سپتامبر|اکتبر|نوامبر|دسامبر|"
    "كانون[ \t]+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين[ \t]+الأول|تشرين[ \t]+الثاني|كانون[ \t]+الأول|"
    "[בל]?(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)|"
    # Bulgarian (the months Russian shares are above), Gujarati
    "януари|февруари|април|юни|юли|септември|октомври|ноември|декември|"
    "(?:જાન્યુઆરી|ફેબ્રુઆરી|માર્ચ|એપ્રિલ|મે|જૂન|જુલાઈ|ઓગસ્ટ|સપ્ટેમ્બર|ઓક્ટોબર|નવેમ્બર|ડિસેમ્બર)(?![\u0a81-\u0ae3])"
)
# Armenian months, in the genitive a date writes them in ("1988 թ. դեկտեմբերի 7") and alone; Khmer months after "ខែ"
_ARMENIAN_MONTHS = (r"հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|նոյեմբեր|դեկտեմբեր")
_KHMER_MONTHS = r"មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ"
# the months of the Solar Hijri calendar of Iran and Afghanistan, in Persian ("۹ آذر", "۱۲ دی ۱۴۰۳"): only after a day
# or before a year of that calendar (13xx, 14xx), since "مهر" is a seal, "تیر" an arrow and "دی" the letter D
# ("ویتامین دی ۱۰۰۰")
_PERSIAN_MONTHS = "فروردین|اردیبهشت|خرداد|تیر|مرداد|امرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"
# and as Afghanistan names them, after the zodiac ("۲۰ میزان ۱۴۰۴"): only between a day and a year of that calendar, since
# each is an everyday word too ("سرطان", cancer; "حمل", pregnancy; "میزان", amount)
_AFGHAN_MONTHS = "حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت"
# the Gregorian months in Sinhala, Burmese, Telugu, Odia and Lao, read with a day or a year beside them ("නොවැම්බර් 5",
# "၂၀၂၄ ဇူလိုင် ၁၅", "12 ଅଗଷ୍ଟ 2025")
_SOUTH_ASIAN_MONTHS = ("ජනවාරි|පෙබරවාරි|මාර්තු|අප්\u200dරේල්|අප්රේල්|මැයි|ජූනි|ජූලි|අගෝස්තු|සැප්තැම්බර්|ඔක්තෝබර්|නොවැම්බර්|දෙසැම්බර්|"
                       "ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|သြဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|နိုဝင်ဘာ|ဒီဇင်ဘာ|"
                       "జనవరి|ఫిబ్రవరి|మార్చి|ఏప్రిల్|మే|జూన్|జూలై|ఆగస్టు|సెప్టెంబర్|సెప్టెంబరు|అక్టోబర్|అక్టోబరు|నవంబర్|నవంబరు|డిసెంబర్|డిసెంబరు|"
                       "ଜାନୁଆରୀ|ଫେବୃଆରୀ|ମାର୍ଚ୍ଚ|ଅପ୍ରେଲ|ମଇ|ଜୁନ|ଜୁଲାଇ|ଅଗଷ୍ଟ|ସେପ୍ଟେମ୍ବର|ଅକ୍ଟୋବର|ନଭେମ୍ବର|ଡିସେମ୍ବର|"
                       "ມັງກອນ|ກຸມພາ|ມີນາ|ເມສາ|ພຶດສະພາ|ມິຖຸນາ|ກໍລະກົດ|ສິງຫາ|ກັນຍາ|ຕຸລາ|ພະຈິກ|ທັນວາ|"
                       # and Kannada's, Malayalam's, Gurmukhi's and Urdu's ("ಆಗಸ್ಟ್ 16", "12 ജൂൺ 2025", "۳ جنوری ۲۰۲۵")
                       "ಜನವರಿ|ಫೆಬ್ರವರಿ|ಮಾರ್ಚ್|ಏಪ್ರಿಲ್|ಮೇ|ಜೂನ್|ಜುಲೈ|ಆಗಸ್ಟ್|ಸೆಪ್ಟೆಂಬರ್|ಅಕ್ಟೋಬರ್|ನವೆಂಬರ್|ಡಿಸೆಂಬರ್|"
                       "ജനുവരി|ഫെബ്രുവരി|മാർച്ച്|ഏപ്രിൽ|മേയ്|ജൂൺ|ജൂലൈ|ഓഗസ്റ്റ്|ആഗസ്റ്റ്|സെപ്റ്റംബർ|ഒക്ടോബർ|നവംബർ|ഡിസംബർ|"
                       "ਜਨਵਰੀ|ਫ਼ਰਵਰੀ|ਫਰਵਰੀ|ਮਾਰਚ|ਅਪ੍ਰੈਲ|ਅਪਰੈਲ|ਮਈ|ਜੂਨ|ਜੁਲਾਈ|ਅਗਸਤ|ਸਤੰਬਰ|ਅਕਤੂਬਰ|ਨਵੰਬਰ|ਦਸੰਬਰ|"
                       "جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر")
# a day (1 to 31 in ASCII digits, or one or two of another script's) and a year (19xx, 20xx or a Buddhist era's 25xx);
# Telugu "మార్చి" is also "having changed" ("మందు మార్చి 2 వారాల", change the drug for 2 weeks), so it opens no date
_SA_DAY = r"(?:3[01]|[12][0-9]|0?[1-9]|(?![0-9])\d{1,2})(?!\d)"
_SA_YEAR = r"(?:19|20|25|၁၉|၂၀|၂၅|໑໙|໒໐|໒໕|෧෯|෨෦|۱۹|۲۰|١٩|٢٠)\d\d(?!\d)"
# (a dose after a word that is also a month, "మోతాదు మార్చి 10 mg", the dose changed to 10 mg, is no date)
_NO_UNIT = (r"(?![ \t]*(?:(?i:mg|mcg|µg|g|kg|ml|l|iu|units?|%|mmol|mm|cm)\b|ملی[ \t]*گرام|گولی|دن|بار|ਦਿਨ|ਵਾਰ|ਗੋਲੀ|"
            r"ਮਿਲੀਗ੍ਰਾਮ|ಬಾರಿ|ದಿನ|ಮಿ\.?ಗ್ರಾಂ|ಮಾತ್ರೆ|ഗുളിക|ദിവസ|തവണ))")  # (a count: "مئی 5 دن", "ਜੂਨ 3 ਦਿਨ")
# a day, a month and a Buddhist-era year in digits, as Thailand, Laos and Cambodia write it ("14/11/2568"), read in a text
# of their scripts (detect.py)
BE_DATE = re.compile(r"(?<![\d/.])(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.]25\d\d(?![\d/.]|\.\d)"
                     r"(?![ \t]*(?i:dilution|iu|units?|me|mg|ml)\b)")
BE_SCRIPTS = re.compile(r"[\u0e01-\u0e5b\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f]")
_SA_LETTERS = "\u0d80-\u0dff\u1000-\u109f\u0c00-\u0c7f\u0b00-\u0b7f\u0e80-\u0eff\u200d\u0c80-\u0cff\u0d00-\u0d7f\u0a00-\u0a7f\u0600-\u06ff"
FOREIGN_DATE = re.compile(
    # an Armenian date, its year first ("1988 թ. դեկտեմբերի 7", "մարտի 3-ին"), and a Khmer one ("ថ្ងៃទី២២ ខែកញ្ញា ឆ្នាំ២០២៦")
    rf"(?<![\w])(?:\d{{4}}[ \t]*թ\.?[ \t]*)?(?:{_ARMENIAN_MONTHS})ի[ \t]+\d{{1,2}}(?:-?ին)?(?!\d)"
    rf"|(?:ថ្ងៃទី[ \t]*)?(?<!\d)\d{{1,2}}[ \t]*ខែ(?:{_KHMER_MONTHS})(?:[ \t]*ឆ្នាំ[ \t]*\d{{4}})?"
    rf"|(?=[\d\u0370-\u03ff\u0400-\u04ff\u0900-\u097f\u0600-\u06ff\u05d0-\u05ea\u0a80-\u0aff])(?<![\w])(?:\d{{1,2}}(?:η|ης|ας|ου)?(?:[ \t]+(?:προς|και|έως|-|–)[ \t]+\d{{1,2}}(?:η|ης|ας|ου)?)?[ \t]+(?i:{_FOREIGN_MONTHS})(?![\w])(?:[ \t,]+\d{{4}}(?:[ \t]*(?:г\.|года|год|р\.|року|рік))?)?"
    rf"|(?i:{_FOREIGN_MONTHS})[ \t]+\d{{4}}(?:[ \t]*(?:г\.|года|год|р\.|року|рік))?)(?![\w])"
    rf"|(?<![\w{_SA_LETTERS}])(?:(?:{_SA_YEAR}[ \t]+)?(?!మార్చి)(?:{_SOUTH_ASIAN_MONTHS})[ \t]+{_SA_DAY}{_NO_UNIT}(?:[ \t,]+{_SA_YEAR})?"
    rf"|{_SA_DAY}[ \t]+(?:{_SOUTH_ASIAN_MONTHS})(?![{_SA_LETTERS}])(?:[ \t,]+{_SA_YEAR})?|(?:{_SOUTH_ASIAN_MONTHS})[ \t]+{_SA_YEAR})(?![\d])"
    rf"|(?<![\w])\d{{1,2}}[ \t]+(?:{_PERSIAN_MONTHS})(?![\w])(?:[ \t]+\d{{4}})?"
    rf"|(?<![\w])(?:{_PERSIAN_MONTHS})[ \t]+[1۱][34۳۴]\d\d(?![\w])"
    rf"|(?<![\w])\d{{1,2}}[ \t]+(?:{_AFGHAN_MONTHS})[ \t]+[1۱][34۳۴]\d\d(?![\w])"
    # (the Maghreb's May and June only with their year: "جوان" is young in Persian, "۲ جوان", two young people)
    rf"|(?<![\w])\d{{1,2}}[ \t]+(?:ماي|جوان)[ \t]+\d{{4}}(?![\w])"
    r"|\d{4}年\d{1,2}月(?:\d{1,2}[日号])?|(?<!\d)\d{1,2}月\d{1,2}[日号]"
    # a year of a Japanese era or of the Republic of China's calendar ("昭和63年", "平成5年3月2日", "令和元年", "民國109年")
    # (with its month: a year alone is kept, as "2019年" is, unless the patient is over 89: deid.py)
    r"|(?:明治|大正|昭和|平成|令和|民國|民国)[ \t]*(?:\d{1,3}|元)年\d{1,2}月(?:\d{1,2}[日号])?"
    # Tamil: "2024 ஆகஸ்ட் 20", "20 ஆகஸ்ட் 2024"
    r"|(?:\d{4}[ \t]+)?(?:ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்)"
    r"(?:[ \t]+\d{1,2}(?!\d)|[ \t]+\d{4})|\d{1,2}[ \t]+(?:ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|"
    r"நவம்பர்|டிசம்பர்)(?:[ \t]+\d{4})?"
    # Thai: "9 สิงหาคม 2568", "3 ส.ค." (a Buddhist-era year; digits ASCII or Thai)
    r"|\d{1,2}[ \t]*(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)(?:[ \t]*\d{2,4})?"
    # Kazakh: "2025 жылғы 14 қазанда", "2025 жылғы қыркүйекте", "14 қазан 2025" (a month with its case ending)
    r"|(?<![\w])(?:(?:19|20)\d\d[ \t]+жыл(?:ғы|ы)[ \t]+(?:\d{1,2}[ \t]+)?|(?<!\d)\d{1,2}[ \t]+)"
    r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)[а-яәіңғүұқөһ]*(?:[ \t]+(?:19|20)\d\d)?"
    # Korean: "2025년 10월 28일", "10월 30일"
    r"|\d{4}년[ \t]*\d{1,2}월(?:[ \t]*\d{1,2}일)?|(?<!\d)\d{1,2}월[ \t]*\d{1,2}일")
# Month names of French, Spanish, Portuguese, Italian and German notes ("le 3 février 2026", "3 de marzo de 2025",
# "12. März", "mars 2025"): a word beside a day or a year in digits, kept when it is such a month. Read only in a text
# with a digit (detect.date_candidates); candidates are found once per text, so a review spends about 0.02 ms here.
# ("1er mars 1929" leaves "1er": only a day written in digits is read.)
_TURKISH_MONTHS = "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"
_AZ_UZ_MONTHS = "yanvar fevral aprel iyun iyul avqust avgust sentyabr oktyabr noyabr dekabr"  # (mart, may as Turkish's)
# Icelandic and Latvian months, named and in the locative ("20. nóvember", "9. novembrī"): in small letters only, since
# written with a capital they are given names too ("Rúm 4 Ágúst Pálsson", "Palāta 5 Augusts Ozols")
_LOWER_MONTHS = """
janúar febrúar apríl maí júní júlí ágúst nóvember
janvāris februāris aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris
janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī
"""
_LOWER_ONLY = frozenset(_LOWER_MONTHS.split())
LATIN_FOREIGN_MONTHS = frozenset(("""
janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
januar jänner februar märz juni juli oktober dezember
marts maj august augusti september november
ionawr chwefror mawrth ebrill mehefin gorffennaf awst medi hydref tachwedd rhagfyr
januari februari maart april mei augustus december
maret agustus desember
""" + _TURKISH_MONTHS + """
machi aprili julai agosti septemba oktoba novemba desemba
ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie
stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
január február március április május június július augusztus szeptember október
ledna února března dubna května června července srpna září října listopadu prosince
januára februára apríla mája júna júla augusta septembra októbra novembra decembra
""" + _AZ_UZ_MONTHS + """
xaneiro febreiro xuño xullo setembro
pebrero marso hunyo hulyo setyembre oktubre nobyembre disyembre
janar shkurt prill qershor korrik gusht shtator tetor nëntor dhjetor
""").split()) | _LOWER_ONLY  # Dutch; Indonesian and Malay (the others they share are above); Turkish; Polish (the genitive of a date);
# Swahili; Romanian; the Danish, Norwegian, Faroese and Swedish months the others lack ("2. august 2025"), and the
# Welsh ones ("16 Chwefror 2026"); Hungarian; the Czech and Slovak genitives ("14. října 2025"); Azerbaijani and Uzbek;
# Galician ("19 de xaneiro"); Tagalog ("Oktubre 27, 2025"); Albanian ("12 gusht 2025"); Icelandic ("20. nóvember");
# Latvian, named and in the locative ("9. novembrī")
# (a month's name is up to twelve letters: "października")
_DAY_THEN_WORD = re.compile(r"(?<![\w.,/-])(?:[12]?\d|3[01])\.?[ \t]+(?:de[ \t]+)?(?P<m>[^\W\d_]{3,12})(?![\w])"
                            r"(?:[ \t,]+(?:de[ \t]+)?(?P<y>(?:19|20)\d\d)(?![\w]))?")
_WORD_THEN_YEAR = re.compile(r"(?<![\w])(?P<m>[^\W\d_]{3,12})[ \t]+(?:de[ \t]+)?(?:19|20)\d\d(?![\w])")
# the year first, as Hungarian writes a date ("2025. november 6.", "2024. március"), its month in lower case (a
# capitalised month after a number and a full stop opens a sentence: "Urine output 2000. April clinic letter")
_YEAR_THEN_WORD = re.compile(r"(?<![\w.])(?:19|20)\d\d\.[ \t]*(?P<m>[^\W\d_]{3,12})(?:[ \t]+(?:[12]?\d|3[01])\.?(?![\d]))?")
# the month before its day and a year after a comma, as Tagalog writes it ("Oktubre 27, 2025")
_WORD_THEN_DAY = re.compile(r"(?<![\w])(?P<m>[^\W\d_]{3,12})[ \t]+(?:[12]?\d|3[01]),[ \t]*(?:19|20)\d\d(?![\w])")
# a Lithuanian date, in its own order only: the year with "m.", the month in the genitive, the day with "d." ("2025 m.
# liepos 18 d.", "liepos 18 d.", "2025 m. liepos"); "3 liepos žiedų arbatos" is three cups of linden tea
_LT_MONTHS = "sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio"
_LITHUANIAN_DATE = re.compile(rf"(?<![\w.])(?:(?:19|20)\d\d[ \t]*m\.[ \t]*)?(?:{_LT_MONTHS})[ \t]+(?:[12]?\d|3[01])[ \t]*d\.(?![\w])"
                              rf"|(?<![\w.])(?:19|20)\d\d[ \t]*m\.[ \t]*(?:{_LT_MONTHS})(?![\w])")

# a Latvian date with its year first ("2025. gada 3. decembrī"), and a Basque one, the year with "-(e)ko", the month in
# the genitive or the inessive, the day after it ("2025eko azaroaren 25a", "2026ko urtarrilaren 8a", "2025eko martxoan")
_LATVIAN_DATE = re.compile(r"(?<![\w.])(?:19|20)\d\d\.[ \t]*gad[aā][ \t]+(?:(?:[12]?\d|3[01])\.[ \t]*)?(?P<m>[^\W\d_]{3,12})(?![\w])")
_EU_MONTHS = "urtarril|otsail|martxo|apiril|maiatz|ekain|uztail|abuztu|irail|urri|azaro|abendu"
_BASQUE_DATE = re.compile(rf"(?<![\w])(?:19|20)\d\d(?:ko|eko)[ \t]+(?:{_EU_MONTHS})(?:aren|ren|an|ean|a)?"
                          r"(?:[ \t]+(?:[12]?\d|3[01])(?:a|an|ean|etik|ra|era|tik)?)?(?![\w])")


def latin_foreign_dates(text: str) -> list[tuple[int, int]]:
    """(start, end) of the dates written with a month name of :data:`LATIN_FOREIGN_MONTHS`."""
    out = [m.span() if m.group("y") else (m.start(), m.end("m")) for m in _DAY_THEN_WORD.finditer(text)
           if _month(m.group("m"))]
    out += [m.span() for m in _WORD_THEN_DAY.finditer(text) if _month(m.group("m"))]
    out += [m.span() for m in _LITHUANIAN_DATE.finditer(text)]
    out += [m.span() for m in _LATVIAN_DATE.finditer(text) if _month(m.group("m"))]
    out += [m.span() for m in _BASQUE_DATE.finditer(text)]
    return out + [m.span() for m in _WORD_THEN_YEAR.finditer(text) if _month(m.group("m"))] + [
        m.span() for m in _YEAR_THEN_WORD.finditer(text) if m.group("m").islower() and _month(m.group("m"))]


_MONTH_AFTER = re.compile(rf"[ \t]*(?:of[ \t]+)?(?:{_MON})\b")


def weekday_days(text: str) -> list[tuple[int, int]]:
    """(start, end) of a weekday and an ordinal day written without a month ("since Sat 8th", "Review Friday
    14th"): a date of the case all the same, which cannot be shifted without its month and is replaced whole."""
    return [m.span("d" if m.group("d") else "t") for m in _WEEKDAY_DAY.finditer(text)
            if m.group("d") and not _MONTH_AFTER.match(text, m.end("d")) or m.group("t")]


_WEEKDAY_DAY = re.compile(rf"(?P<d>\b(?:Tues|Thurs|Thur|Weds|{_WD})\.?,?[ \t]+(?:the[ \t]+)?\d{{1,2}}{_ORD})\b|"
                          # "since the 12th," "until the 31st so": the day of a month when nothing names what it counts
                          # ("from the 2nd toe", "on the 3rd day" count something else)
                          rf"\b(?i:since|on|from|until|till|by)[ \t]+(?P<t>the[ \t]+\d{{1,2}}{_ORD})\b"
                          rf"(?=[ \t]*(?:[,.;:)\n]|$|(?:and|at|so|but|when|then|or)\b))")


# A month on its own is an element of a date of the case (Safe Harbor keeps only the year): after a word that places
# an event in it ("since August", "in March", "mid-December", "until May"; "May" as a verb has none of these before
# it), and the holidays that name a day ("on Christmas Day", "around Labor Day"). Replaced whole: there is no day to shift.
_MONTHS_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ALONE = re.compile(rf"(?:\b(?i:since|in|during|until|till|by|from|through|throughout|early|mid|late|end[ \t]+of|"
                          # (these only before a month: "for Christmas disease" is a haemophilia)
                          rf"(?:for|last|next|this|after|before|around)(?=[ \t]+(?:{_MONTHS_FULL})\b)|"
                          # (a yearly habit: "every August"; "Each May be given" is the verb)
                          rf"(?:every|each)(?=[ \t]+(?:{_MONTHS_FULL})\b)(?![ \t]+May[ \t]+[a-z])|"
                          rf"beginning[ \t]+of|start[ \t]+of)[ \t-]+|\b(?i:mid|early|late)-)(?:the[ \t]+)?"
                          rf"(?P<m>(?:{_MONTHS_FULL}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Christmas|Easter|Thanksgiving|Diwali|"
                          rf"Hanukkah|(?!(?:Admission|Discharge|Operation|Surgery|Treatment|Dialysis|Clinic|Study|Transplant|"
                          rf"Procedure|Theatre|Ward|Post|Pre|Result|Review|Delivery)[ \t])[A-Z][a-z]{{3,}}[ \t]+Day))\b\.?"
                          # ("in July 1,240 copies/mL": a count follows; a dash set apart by spaces ends the clause)
                          rf"(?![ \t]*(?:\d(?!,\d{{3}})|[A-Z][a-z]|-(?![ \t])))")
# months in a row, each of them an element of a date ("creatinine 118 -> 164 -> 212 (Mar / Jul / Oct)", "Jan-Mar",
# "June and July"): two months or more joined by a slash, a dash, an arrow, a comma or "to"/"and", capitalised
_MONTH_WORD = rf"(?:{_MONTHS_FULL}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MONTH_JOIN = r"[ \t]*(?:/|,|-|–|->|→|>)[ \t]*|[ \t]+(?:to|and|&)[ \t]+"
_MONTH_SERIES = re.compile(rf"(?<![\w'’/-]){_MONTH_WORD}(?:(?:{_MONTH_JOIN}){_MONTH_WORD})+(?![\w'’/-])")
_MONTH_IN_SERIES = re.compile(_MONTH_WORD.removesuffix(r"\.?") + r"\b")
# a month of Italian, Spanish, French and Portuguese notes alone after a word that places an event in it ("ricoverata ad
# agosto", "alla festa a novembre", "desde enero", "depuis juillet"), written in small letters as those languages write
# them ("Mayo" of "Mayo Clinic" and "in Mayo" stay); and an English month alone in brackets ("cycle #1 (March) cancelled")
_ROMANCE_MONTHS = ("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|enero|febrero|"
                   "abril|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|avril|juin|juillet|"
                   "août|septembre|octobre|décembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro")
_ROMANCE_MONTH_ALONE = re.compile(r"\b(?i:a|ad|in|di|da|entro|fino[ \t]+a|dal|nel|en|em|de|desde|hasta|depuis|avant|après|após|até|"
                                  r"durante|inizio|fine|metà|principios[ \t]+de|finales[ \t]+de|mediados[ \t]+de|début|fin|"
                                  r"prima[ \t]+di|dopo|antes[ \t]+de|después[ \t]+de|depois[ \t]+de)[ \t]+"
                                  rf"(?P<m>{_ROMANCE_MONTHS})\b(?![ \t]*\d)|\((?P<b>{_MONTHS_FULL})\)")
# a Polish month alone, in the locative after "w" ("w lipcu", "w sierpniu": in July, in August)
_POLISH_LOCATIVE_MONTHS = ("styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|"
                           "grudniu")
_POLISH_MONTH_ALONE = re.compile(rf"\b[wW][ \t]+(?P<m>{_POLISH_LOCATIVE_MONTHS})\b")
# a Russian month alone after a preposition that places an event in it ("с ноября", "до марта", "в мае", "в конце
# августа"), and a Turkish, Azerbaijani or Uzbek one before the word for month ("iyun ayında", "haziran ayında")
_RU_MONTHS_INFLECTED = (r"январ[яеь]|феврал[яеь]|март[аеу]?|апрел[яеь]|ма[яей]|июн[яеь]|июл[яеь]|август[аеу]?|сентябр[яеь]|"
                        r"октябр[яеь]|ноябр[яеь]|декабр[яеь]")
_RUSSIAN_MONTH_ALONE = re.compile(r"(?<![А-Яа-яЁё])(?i:с|со|до|по|в|во|к|после|от|с[ \t]+начала|в[ \t]+начале|в[ \t]+конце|"
                                  r"в[ \t]+середине|до[ \t]+конца|с[ \t]+конца|с[ \t]+середины)[ \t]+"
                                  rf"(?P<m>(?:{_RU_MONTHS_INFLECTED}))(?![А-Яа-яЁё])")
_TURKIC_MONTH_ALONE = re.compile(rf"(?<![\w])(?P<m>(?i:may|{'|'.join((_TURKISH_MONTHS + ' ' + _AZ_UZ_MONTHS).split())}))"
                                 r"[ \t]+(?:ay(?:ı|ında|ından|ına|inda|idan|ida))(?![\w])")
# a day of the month alone, after a word that dates an event ("not fit to return before the 24th", "until the 15th");
# not a count ("the 3rd day", "the 24th percentile", "the 2nd dose"; "after the 2nd" is as often a dose or a cycle)
_ORDINAL_DAY_ALONE = re.compile(r"\b(?i:before|by|until|till|since)[ \t]+the[ \t]+(?P<m>(?:[12]?\d|3[01])(?:st|nd|rd|th))\b"
                                r"(?![ \t]*(?:of[ \t]+)?[A-Za-z\d])(?![ \t]*[-/]\d)")  # (nor "after the 3rd 5 mL")
# Greek feasts that date an event ("για τα Χριστούγεννα", "το Πάσχα")
_GREEK_FEAST = re.compile(r"(?<![\w])(?:Χριστούγεννα|Πάσχα|Δεκαπενταύγουστου?|Πρωτοχρονιά|Καθαρά[ \t]+Δευτέρα|Καθαρή[ \t]+Δευτέρα|Θεοφάνε?ια|"
                          # (after their article: "Φώτα σβηστά" are lights, "Κατακλυσμός από αίμα" a flood)
                          r"(?<=τα[ \t])Φώτα|(?<=των[ \t])Φώτων|(?<=του[ \t])Κατακλυσμού|(?<=τον[ \t])Κατακλυσμό|(?<=ο[ \t])Κατακλυσμός|"
                          r"Απόκριες|Τσικνοπέμπτη|Μεγάλη[ \t]+(?:Εβδομάδα|Πέμπτη|Παρασκευή)|Μεγάλο[ \t]+Σάββατο|Αγίου[ \t]+Πνεύματος|"
                          r"Ανάσταση|Ευαγγελισμό[ςυ]?|Κοίμηση[ \t]+της[ \t]+Θεοτόκου)(?![\w])")
# the feasts of Hebrew and Arabic notes: those whose names are theirs alone wherever they stand ("עד אחרי ראש השנה",
# "عيد الفطر"), and a month of fasting or a feast whose word is also an everyday one ("פסח", "رمضان") after a word
# that places an event at it ("אחרי פסח", "خلال رمضان"), as the English ones are read
_HE = "\u05d0-\u05ea"
_AR = "\u0621-\u063a\u0641-\u064a"
_HE_AR_FEAST = re.compile(
    rf"(?<![{_HE}{_AR}])(?:ו?ב?(?:ראש[ \t]+השנה|יום[ \t]+(?:ה)?כיפורים?|ה?סוכות|ה?חנוכה|ה?פורים|ה?שבועות|"
    rf"ט[\"״]ו[ \t]+בשבט|ל[\"״]ג[ \t]+בעומר|תשעה[ \t]+באב|שמחת[ \t]+תורה)|"
    # a day of a Hebrew month in Hebrew numerals ("ט״ו באב", "כ״ה בכסלו", "ג׳ בתשרי"); a single letter's day not before Av,
    # "father" as often ("סוכרת סוג ב' באב", type 2 diabetes in the father)
    rf"(?:[יכל][\"״][א-ט]|ט[\"״][וז])[ \t]+ב(?:תשרי|חשוון|חשון|מרחשוון|כסלו|טבת|שבט|אדר(?:[ \t]+[אב]['׳])?|"
    rf"ניסן|אייר|סיוון|סיון|תמוז|אב|אלול)|"
    rf"[א-טיכל]['׳][ \t]+ב(?:תשרי|חשוון|חשון|מרחשוון|כסלו|טבת|שבט|אדר(?:[ \t]+[אב]['׳])?|ניסן|אייר|סיוון|סיון|תמוז|אלול)|"
    rf"(?:عيد[ \t]+(?:الفطر|الأضحى|الاضحى|الفصح|القيامة)|(?:العيد|اليوم)[ \t]+الوطني|(?:ليلة[ \t]+)?المولد[ \t]+النبوي|ليلة[ \t]+القدر|رأس[ \t]+السنة(?:[ \t]+الهجرية|[ \t]+الميلادية)?)|"
    # a Hebrew month: after the word "month" ("בחודש אלול", "חודש אב"), or one whose name is no everyday word
    rf"(?:(?<=חודש[ \t])|(?<=בחודש[ \t]))(?:תשרי|חשוון|חשון|מרחשוון|כסלו|טבת|שבט|אדר(?:[ \t]+[אב]['׳])?|ניסן|אייר|סיוון|סיון|תמוז|אב|אלול)|"
    rf"ו?ב?(?:תשרי|חשוון|מרחשוון|כסלו|ניסן|סיוון|תמוז|אלול)|"
    rf"(?<=אחרי[ \t])(?:ה)?(?:פסח|חג)|(?<=לפני[ \t])(?:ה)?פסח|(?<=מאז[ \t])(?:ה)?פסח|(?<=עד[ \t])(?:ה)?פסח|ב?פסח(?=[ \t]*[;,.)]|[ \t]+(?:הקרוב|הבא|שעבר))|"
    rf"(?:(?<=خلال[ \t])|(?<=بعد[ \t])|(?<=قبل[ \t])|(?<=منذ[ \t])|(?<=حتى[ \t])|(?<=أثناء[ \t])|(?<=في[ \t])|(?<=شهر[ \t]))(?:شهر[ \t]+)?رمضان)"
    rf"(?![{_HE}{_AR}])")
# a month and a day without a year, as US notes write them ("CT on January 30:", "seen March 3rd"), and a Vietnamese
# date ("ngày 3 tháng 3 năm 2026", "ngày 28/2")
_MONTH_DAY = re.compile(rf"\b(?:{_MONTHS_FULL})[ \t]+(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b(?![ \t]*(?:,[ \t]*)?(?:\d|[:/.]\d))"
                        r"(?![ \t]*(?i:mg|mcg|micrograms?|g|kg|ml|l|units?|tabs?|tablets?|caps?|puffs?|drops?|%|mmol|km|mi|miles?|"
                        r"hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|times?|x)\b)")
# a date of the Ethiopian calendar ("Meskerem 17, 2018 E.C.", "Tikimt 5") and of Nepal's Bikram Sambat ("2082 Magh 14",
# "Asar 3"): a month of theirs with its day
_OTHER_CALENDAR_DATE = re.compile(
    # with its year, or after a word that dates ("on", "since", "Admitted:"): "Kartik 12 y/o" is a boy, "after Asar 2
    # tablets" the afternoon prayer
    r"(?:(?P<y0>\b(?:19|20)\d\d[ \t]+)|(?P<cue>(?<![\w])(?i:on|since|from|until|till|by|started|date|dated|admitted|discharged|seen)[:.]?[ \t]+))?"
    r"\b(?P<m>(?:Meskerem|Tikimt|Tekemt|Hidar|Hedar|Tahsas|Yekatit|Megabit|Miyazya|Miazia|Ginbot|Hamle|"
    r"Nehase|Nehasse|Pagume|Baisakh|Baishakh|Jestha|Jeth|Ashadh|Asar|Shrawan|Saun|Bhadra|Bhadau|Ashwin|Asoj|Kartik|Mangsir|"
    r"Poush|Magh|Falgun|Phagun|Chaitra)[ \t]+(?:[12]?\d|3[0-2])\b(?![ \t]*(?i:mg|mcg|ml|g|units?|%|x)\b)"
    r"(?P<y>,?[ \t]+(?:19|20)\d\d(?:[ \t]+E\.?C\.?)?)?)")
_VIETNAMESE_DATE = re.compile(r"\b(?i:ngày)[ \t]+(?:\d{1,2}[ \t]+tháng[ \t]+\d{1,2}(?:[ \t]+năm[ \t]+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)")
# the feasts that a note names alone ("home for Christmas", "since Easter"): taken after a word that places an event
# at them (:data:`_HOLIDAY`), and anywhere in the case of a patient over 89 (:func:`feasts_alone`)
FEASTS = (r"Christmas|Easter|Thanksgiving|Diwali|Divali|Deepavali|Phagwah|Holi(?![ \t]+(?i:powder|colou?rs?|paint|dye))|Onam|Hanukkah|Eid|"
           r"New[ \t]+Year|Vesak|Gawai|Dashain|Tihar|Pongal|Songkran|Nowruz|Midsummer|midsommar|Teej|Befana|la[ \t]+Befana|"
           r"Epifania|Epiphany|Ferragosto|Toussaint|la[ \t]+Toussaint|Pentecost|Pentecôte|Whitsun|Candlemas|Carnival|"
           r"Carnaval|Carnevale|Navratri|Dussehra|Chuseok|Obon|Losar|Passover|Pesach|Purim|Sukkot|Kwanzaa|Thaipusam|"
           r"Matariki|Timkat|Meskel|Fasika|Navidad|Noël|Sinulog|Junkanoo|Christmas[ \t]+and[ \t]+New[ \t]+Year|"
           # the feasts of the Islamic and Hindu calendars, where a word places an event at them ("stopped it
           # during Ramadan"); "Ramadan fasting" before a clinical word stays
           r"Ramadan|Ramzan|Ramazan|Ramadhan|Uttarayan|Makar[ \t]+Sankranti|Ugadi|Baisakhi|Vaisakhi|Rakhi|Bihu|"
           r"Muharram|Ashura|Mawlid|Shavuot|Tisha[ \t]+B'?Av|Elul|Simchat[ \t]+Torah")
# (not a feast's disease, tree, food or fast: "Christmas disease", "Easter eggs", "Ramadan fasting")
_NOT_A_FEAST_AFTER = (r"(?![ \t]*(?:[A-Z][a-z]|\d)|[ \t]+(?i:disease|factor|tree|eggs?|island|cake|pudding|sweets|dinner|lunch|meal|"
                      r"food|fever|fast|fasts|fasting|fasted|diet|dosing|regimen|guidance|advice|education|clinic|study|cohort|"
                      r"lily|lilies|cactus|rose|resolutions?)\b)")
_HOLIDAY = re.compile(r"\b(?:Christmas[ \t]+(?:Day|Eve)|Boxing[ \t]+Day|New[ \t]+Year['’]s(?:[ \t]+(?:Day|Eve))?|"
                      r"Old[ \t]+Year['’]s[ \t]+(?:Night|Day|Eve)|Incwala|Umhlanga[ \t]+Reed[ \t]+Dance|"
                      r"Labou?r[ \t]+Day|Memorial[ \t]+Day|Independence[ \t]+Day|Thanksgiving(?:[ \t]+Day)?|"
                      r"Easter[ \t]+(?:Sunday|Monday|Saturday|Day)|Good[ \t]+Friday|Anzac[ \t]+Day|Australia[ \t]+Day|Canada[ \t]+Day|"
                      r"Waitangi[ \t]+Day|Halloween|Valentine['’]s[ \t]+Day|St\.?[ \t]+Patrick['’]s[ \t]+Day|"
                      r"Bonfire[ \t]+Night|Guy[ \t]+Fawkes(?:[ \t]+Night)?|Remembrance[ \t]+(?:Day|Sunday)|Veterans[ \t]+Day|"
                      r"Juneteenth|Mother['’]s[ \t]+Day|Father['’]s[ \t]+Day|Hogmanay|Carnival[ \t]+(?:Monday|Tuesday)|"
                      r"Shrove[ \t]+Tuesday|Ash[ \t]+Wednesday|(?:Chinese|Lunar)[ \t]+New[ \t]+Year|Presidents['’]?[ \t]+Day|Tynwald[ \t]+Day|"
                      r"(?:Eid|Idd|Id)[ \t-](?:ul|al|el)[ \t-](?:Fitr|Adha|Azha|Kabir|Saghir)|Thiruvonam|"
                      # national and local days ("since Heritage Day 2023", "(Arrival Day)", "Vesak Poya day")
                      r"(?:Heritage|Arrival|Emancipation|Republic|Youth|Freedom|Reconciliation|Discovery|Mashujaa|Madaraka|"
                      r"Jamhuri|Heroes['’]?|Victoria|Whit|Ascension|Vesak(?:[ \t]+Poya)?|Poson(?:[ \t]+Poya)?|Liberation|Natal|Decoration)[ \t]+[Dd]ay"
                      r"(?![ \t]+(?:Unit|Clinic|Centre|Center|Hospital|Ward|Service|Services|Surgery))|"
                      r"Up[ \t]+Helly[ \t]+Aa|Glorious[ \t]+Twelfth|Shrove[ \t]+Tues|(?:St\.?[ \t]+)?Paddy['’]s[ \t]+Day|"
                      # feasts whose names are theirs alone, wherever they stand ("(day after Mardi Gras)", "(Nochebuena)")
                      r"Mardi[ \t]+Gras|Durga[ \t]+Puja|Raksha[ \t]+Bandhan|Ganesh[ \t]+Chaturthi|Makar[ \t]+Sankranti|"
                      r"Yom[ \t]+Kippur|Rosh[ \t]+Hashanah|Hari[ \t]+Raya(?:[ \t]+(?:Puasa|Haji|Aidilfitri|Aidiladha))?|Nochebuena|"
                      r"Nochevieja|D[íi]a[ \t]+de[ \t]+(?:los[ \t]+)?(?:Muertos|Reyes|la[ \t]+Independencia)|Twelfth[ \t]+Night|"
                      r"Burns[ \t]+Night|Ólavsøka|Olavsoka|Crop[ \t]+Over|Cup[ \t]+Match|Holi[ \t]+festival|Chhath(?:[ \t]+Puja)?|"
                      r"Mothering[ \t]+Sunday|(?:Khmer|Sinhala(?:[ \t]+and[ \t]+Tamil)?|Lao|Thai)[ \t]+New[ \t]+Year|Mariä[ \t]+Himmelfahrt|"
                      r"Avurudu|L-Imnarja|Imnarja|Старый[ \t]+Новый[ \t]+год|Наурыз[ \t]+мейрам[а-яәіңғүұқөһ]*|"
                      r"Ferragosto|(?:Kurban|Ramazan|Şeker)[ \t]+Bayram[ıi]|Quarta-feira[ \t]+de[ \t]+Cinzas|Sexta-feira[ \t]+Santa|"
                      r"[Ff]iestas[ \t]+[Pp]atrias|Semana[ \t]+Santa|Mi'?raj|Laylat[ \t]+al-Qadr|Eid[ \t]+Mubarak|"
                      # Galician and Portuguese Epiphany, the Philippine All Saints' days, Lithuanian midsummer (in its
                      # cases) and Slovak All Souls' ("ingresou o día de Reis", "sa Undas", "po Joninių", "po Dušičkách")
                      r"[Dd][íi]a[ \t]+de[ \t]+Reis|Undas|Jonin(?:ės|ių|ėse|ėmis|ėms)|Dušičk(?:y|ách|ami|ám))\b"
                      # a feast alone after a word that places an event at it ("home for Christmas", "since Easter")
                      r"|(?:(?<=\b[Aa]t[ \t])|(?<=\b[Ff]or[ \t])|(?<=\b[Bb]efore[ \t])|(?<=\b[Aa]fter[ \t])|(?<=\b[Oo]ver[ \t])|"
                      r"(?<=\b[Aa]round[ \t])|(?<=\b[Ss]ince[ \t])|(?<=\b[Uu]ntil[ \t])|(?<=\b[Tt]ill[ \t])|(?<=\bbecause[ \t]of[ \t])|"
                      r"(?<=\b[Dd]uring[ \t])|(?<=\b[Tt]hrough[ \t])|(?<=\bin[ \t])|"
                      # and the same words of Italian, French, Spanish and Portuguese notes ("per la Befana", "depuis la Toussaint")
                      r"(?<=\b[Pp]er[ \t])|(?<=\b[Dd]opo[ \t])|(?<=\b[Pp]rima[ \t]di[ \t])|(?<=\b[Dd]epuis[ \t])|(?<=\b[Aa]vant[ \t])|"
                      r"(?<=\b[Aa]près[ \t])|(?<=\b[Pp]our[ \t])|(?<=\b[Pp]ara[ \t])|(?<=\b[Dd]esde[ \t])|(?<=\b[Hh]asta[ \t])|"
                      r"(?<=\b[Aa]ntes[ \t]de[ \t])|(?<=\b[Dd]espués[ \t]de[ \t])|(?<=\b[Aa]té[ \t])|(?<=\b[Aa]pós[ \t])|(?<=\b[Dd]epois[ \t]d[aeo][ \t]))"
                      rf"(?:{FEASTS})\b{_NOT_A_FEAST_AFTER}")
# A feast named alone anywhere in the case of a patient over 89, whose every date element goes (Safe Harbor): "and
# Christmas at home with his great-grandson"; not "Christmas disease" (read by deid.py with its bare years).
_FEAST_ALONE = re.compile(rf"\b(?:{FEASTS})\b{_NOT_A_FEAST_AFTER}")


def feasts_alone(text: str) -> list[tuple[int, int]]:
    """(start, end) of the feasts ``text`` names (see above)."""
    return [m.span() for m in _FEAST_ALONE.finditer(text)]


# a day written in words ("on the eleventh of February", "the fourteenth of May, nineteen thirty-three", "twelfth of
# march nineteen fifty four" as dictated), with its year in words when one follows
_ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
                  "fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
# (the month capitalised, as the lower-case view writes it too: "symptoms may first appear" holds no date)
_DAY_IN_WORDS = re.compile(rf"(?i:\b(?-i:{_MONTHS_FULL})[ \t]+(?:the[ \t]+)?(?:(?:twenty|thirty)[ \t-])?(?:{_ORDINAL_WORDS})\b|"
                           rf"\b(?:the[ \t]+)?(?:(?:twenty|thirty)[ \t-])?(?:{_ORDINAL_WORDS})[ \t]+(?:of[ \t]+)?(?-i:{_MONTHS_FULL})\b"
                           rf"(?:,?[ \t]+(?:1[89]\d\d|20\d\d)\b|,?[ \t]+(?:nineteen|two[ \t]+thousand(?:[ \t]+and)?|twenty)(?:[ \t-]+(?:ten|eleven|twelve|"
                           rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                           rf"seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|oh)){{1,2}})?)")
# the same in Greek ("τον Αύγουστο", "αρχές Φεβρουαρίου") and Chinese ("11月", "3月中旬", "農曆新年")
_GREEK_MONTH_ALONE = re.compile(r"(?:\b(?:τον|από[ \t]+τον|μέχρι[ \t]+τον|έως[ \t]+τον|τέλη|αρχές|μέσα|μέσα[ \t]+του|τέλος)[ \t]+)"
                                # (the genitive moves the accent: "Φεβρουάριο", "Φεβρουαρίου")
                                r"(?P<m>(?:Ιανου[άα]ρ|Φεβρου[άα]ρ|Μ[άα]ρτ|Απρ[ίι]λ|Μ[άα][ιΐ]|Ιο[ύυ]ν|Ιο[ύυ]λ|Α[ύυ]γο[υ]στ|Σεπτ[έε]μβρ|"
                                r"Οκτ[ώω]βρ|Νο[έε]μβρ|Δεκ[έε]μβρ)[α-ωάέήίόύώϊΐ]{0,4})(?![\w])")
# a Greek month named in the nominative stands for itself, as a heading or a result's date ("(Δεκέμβριος)",
# "Νοέμβριος: 2.210"): Greek writes no other word so
_GREEK_MONTH_NOMINATIVE = re.compile(r"(?<![\w])(?P<m>Ιανουάριος|Φεβρουάριος|Μάρτιος|Απρίλιος|Μάιος|Ιούνιος|Ιούλιος|Αύγουστος|"
                                     r"Σεπτέμβριος|Οκτώβριος|Νοέμβριος|Δεκέμβριος)(?![\w])")
_CHINESE_MONTH_ALONE = re.compile(r"(?<!\d年)(?<![\d孕第])"
                                  # (a month in digits right after a symptom or a verb and before a comma, a stop or "余" is
                                  # a duration: "反复癫痫发作2月，", "咳嗽3月余"; "于2月，" and "今年2月" are months)
                                  r"(?:(?<![\u4e00-\u9fff])|(?<=[于於在到至從从自年今])|(?!(?:1[0-2]|[1-9])月[，,。；;余多]))"
                                  r"(?P<m>(?:1[0-2]|[1-9])月(?:中旬|上旬|下旬|初|底|中)?)(?![\d日号號])|"
                                  # written in characters, where it names a month: in brackets, after "in", "this year", or
                                  # before "just"/"of"/"early" ("HbA1c 8.9%（二月）", "她十一月就滿92歲"); "咳嗽三月余",
                                  # "停经二月", "术后三月" are durations of months
                                  r"(?:(?<=[（(於于在到至從从])|(?<=今年|去年|明年|前年))(?P<m2>(?:十[一二]|[一二三四五六七八九十正腊臘])月(?:中旬|上旬|下旬|初|底)?)(?=[）)]|就|份|底|初|中旬|上旬|下旬)|"
                                  r"(?<![年孕第一二三四五六七八九十\d])(?P<m3>(?:十[一二]|[一二三四五六七八九十正腊臘])月)(?=就|份|底|初|中旬|上旬|下旬|[）)])|"
                                  # a day of the lunar calendar ("农历六月二十四", "農曆九月十三", "农历冬月廿四")
                                  r"(?P<h>(?:农历|農曆|阴历|陰曆|旧历|舊曆)(?:十[一二]|[一二三四五六七八九十正冬腊臘])月"
                                  r"(?:初[一二三四五六七八九十]|[二廿]十?[一二三四五六七八九]?|三十|十[一二三四五六七八九]?|[一二三四五六七八九])?|"
                                  r"农历新年|農曆新年|春节|春節|中秋节|中秋節|中秋|国庆节|國慶節|元旦|除夕|元宵|清明|端午|冬至|重阳|重陽|"
                                  # the days of the new year ("年初二", "大年初二", "年三十晚")
                                  r"大年初[一二三四五六七八九十]|年初[一二三四五六七八九十]|大?年三十(?:晚)?|大年夜|"
                                  r"明年[一二三四五六七八九十]{1,2}月|"
                                  # and the Japanese ones ("お正月は家で迎えたい", "年末に帰省")
                                  r"お正月|正月|(?<![\u4e00-\u9fff])元日(?![\u4e00-\u9fff])|お盆|旧盆|盆休み|年末年始|年末|大晦日|ゴールデンウィーク|七夕|節分|送り火|五山送り火|"
                                  # (and Japan's public holidays, a word of their own: "成人の日に", not "海の日焼け", "登山の日帰り")
                                  r"(?<![\u4e00-\u9fff])(?:成人の日|敬老の日|文化の日|勤労感謝の日|建国記念の日|昭和の日|"
                                  r"憲法記念日|こどもの日|子どもの日|みどりの日|スポーツの日|体育の日|天皇誕生日|海の日|山の日|"
                                  r"春分の日|秋分の日)(?=[にはをのもでとがかま、。）)\s]|$)|"
                                  # the Yi and Bai torch festival, the Tibetan new year, and the Korean harvest festival, new
                                  # year and days ("어버이날", Parents' Day)
                                  r"火把节|火把節|藏历新年|藏曆新年|추석|설날|한가위|어버이날|어린이날|광복절|개천절|한글날|삼일절|"
                                  # Zhuang "third of the third month", Songkran, Gujarat's kite day and feasts, Bulgarian
                                  # name days and feasts, the Armenian Easter and New Year in their cases
                                  r"(?<![\u4e00-\u9fff])三月三(?![日号號\u4e00-\u9fff])|(?:วัน|ช่วง|หลัง|ก่อน|เทศกาล)สงกรานต์|"
                                  r"(?<![\u0a81-\u0ae3])(?:ઉત્તરાયણ|મકરસંક્રાંતિ|દિવાળી|હોળી|નવરાત્રી)(?![\u0a81-\u0ae3])|"
                                  # (and Punjab's: "ਵਿਸਾਖੀ ਤੋਂ ਬਾਅਦ", after Vaisakhi)
                                  r"(?<![\u0a01-\u0a75])(?:ਵਿਸਾਖੀ|ਵੈਸਾਖੀ|ਲੋਹੜੀ|ਦੀਵਾਲੀ|ਗੁਰਪੁਰਬ|ਹੋਲਾ[ \t]+ਮਹੱਲਾ)(?![\u0a01-\u0a75])|"
                                  r"(?<![А-Яа-я])(?<!Дядо )(?<!ул\. )(?<!бул\. )(?:Гергьовден|Великден|Коледа|Тодоровден|Ивановден|Димитровден|Никулден)(?![А-Яа-я])|"
                                  # Macedonian feasts, Russia's new-year and May holidays, the Czech Christmas and Easter in
                                  # their cases ("по Илинден", "после январских праздников", "až po Vánocích")
                                  r"(?<![А-Яа-яЃЌЅЈЉЊЏѓќѕјљњџ])(?:Илинден|Велигден|Божиќ)(?![А-Яа-яѓќѕјљњџ])|"
                                  r"(?<![А-Яа-яЁё])(?i:новогодн|январск|майск)(?:ие|их|им|ими)[ \t]+праздник(?:и|ов|ах|ам|ами)?(?![А-Яа-яЁё])|"
                                  r"\b(?:Vánoc|Velikonoc)(?:e|ích|emi|ům)?\b|"
                                  r"(?<![\u0530-\u058f])(?:Զատիկ(?:ը|ին|ից|ի)?|Նոր[ \t]+տար(?:ի|ին|ուց|վա|վանից))(?![\u0561-\u0587])|"
                                  # the Hui feasts of Eid in Chinese, Telugu and Odia harvest feasts, Sinhala full-moon
                                  # (Poya) days by their month, a Burmese full or new moon by its month
                                  r"(?<![\u4e00-\u9fff])(?:开斋节|開齋節|古尔邦节|古爾邦節|宰牲节)|"
                                  r"(?<![\u0c00-\u0c7f])(?:సంక్రాంతి|ఉగాది|దీపావళి|దసరా)(?![\u0c00-\u0c7f])|"
                                  r"(?<![\u0b00-\u0b7f])(?:ନୂଆଖାଇ|ରଥଯାତ୍ରା|ଦୀପାବଳି|ରଜ[ \t]+ପର୍ବ|ଦଶହରା)(?![\u0b00-\u0b7f])|"
                                  r"(?:දුරුතු|නවම්|මැදින්|බක්|වෙසක්|පොසොන්|ඇසළ|නිකිණි|බිනර|වප්|ඉල්|උඳුවප්)[ \t]+පොහොය|"
                                  r"(?:တန်ခူး|ကဆုန်|နယုန်|ဝါဆို|ဝါခေါင်|တော်သလင်း|သီတင်းကျွတ်|တန်ဆောင်မုန်း|နတ်တော်|ပြာသို|တပို့တွဲ|တပေါင်း)"
                                  r"(?:လပြည့်|လဆန်း|လဆုတ်|လကွယ်)(?:ကျော်)?(?:[ \t]*\d{1,2}[ \t]*ရက်)?)")
# Hindu feasts and dates of the Hindu calendar written in Devanagari ("दीपावली के दिन", "कार्तिक अमावस्या, विक्रम संवत 2082")
_HINDI_FEASTS = (r"दीपावली|दिवाली|होली|होलिका[ \t]+दहन|दशहरा|विजयादशमी|नवरात्रि|नवरात्र|रक्षाबंधन|राखी|मकर[ \t]+संक्रांति|छठ|"
                 r"करवा[ \t]+चौथ|गणेश[ \t]+चतुर्थी|जन्माष्टमी|रामनवमी|लोहड़ी|बैसाखी|ईद|बकरीद|मुहर्रम|रमज़ान|रमजान")
_HINDI_MONTHS = r"चैत्र|चैत|वैशाख|ज्येष्ठ|जेठ|आषाढ़|आषाढ|श्रावण|सावन|भाद्रपद|भादो|आश्विन|क्वार|कार्तिक|मार्गशीर्ष|अगहन|पौष|पूस|माघ|फाल्गुन|फागुन"
# Nepali's spellings of the Bikram Sambat months ("२०८२ कात्तिक १२ गते": the year first, "गते" after the day), a date
# only with its year before or "गते" after: "पुस" is also pus ("पुस २० ml"), and a month's name before a count is a count
_NEPALI_MONTHS = r"बैशाख|असार|साउन|भदौ|असोज|कात्तिक|मंसिर|पुस"
_HINDI_DATE = re.compile(rf"(?<![{DEVANAGARI}])(?:(?:{_HINDI_FEASTS})|(?:\d{{4}}[ \t]+)?(?:{_HINDI_MONTHS})(?:[ \t]+(?:शुक्ल|कृष्ण)(?:[ \t]+पक्ष)?)?"
                         rf"(?:[ \t]+(?:अमावस्या|पूर्णिमा|प्रतिपदा|एकादशी|\d{{1,2}}(?:[ \t]*गते)?))|(?:विक्रम[ \t]+)?संवत[ \t]*\d{{4}}"
                         rf"|\d{{4}}[ \t]+(?:{_NEPALI_MONTHS}|{_HINDI_MONTHS})[ \t]+\d{{1,2}}(?:[ \t]*गते)?"
                         rf"|(?:{_NEPALI_MONTHS})[ \t]+\d{{1,2}}[ \t]*गते)(?![{DEVANAGARI}])")
_MONTH_OR_HOLIDAY_WORDS = (r"ary\b|helly|twelfth|shrove|march|april|may\b|june|july|august|ber\b|day|eve\b|halloween|thanksgiving|"
                                   r"ιανου|φεβρου|μ[άα]ρτ|απρ[ίι]λ|μ[άα][ιΐ]|ιο[ύυ]ν|ιο[ύυ]λ|α[ύυ]γου|σεπτ|οκτ[ώω]|νο[έε]μ|δεκ[έε]μ|月|월|新年|春[节節]|中秋|國慶|国庆|"
                                   r"元旦|除夕|元宵|清明|端午|冬至|重[阳陽]|ngày|christmas|easter|diwali|hanukkah|χριστούγεννα|πάσχα|πρωτοχρονιά|"
                                   r"\bjan\b|\bfeb\b|\bmar\b|\bapr\b|\bjun\b|\bjul\b|\baug\b|\bsept?\b|\boct\b|\bnov\b|\bdec\b|"
                                   r"night|juneteenth|hogmanay|carnival|vesak|gawai|dashain|tihar|pongal|songkran|nowruz|midsum|midsom|"
                                   r"mothering|himmelfahrt|avurudu|imnarja|новый|мейрам|incwala|umhlanga|火把|旧盆|추석|설날|한가위|어버이날|어린이날|광복절|개천절|"
                                   r"开斋|開齋|古尔邦|古爾邦|宰牲|సంక్రాంతి|ఉగాది|దీపావళి|దసరా|ନୂଆଖାଇ|ରଥଯାତ୍ରା|ଦୀପାବଳି|ରଜ|ଦଶହରା|පොහොය|လပြည့်|လဆန်း|လဆုတ်|လကွယ်|"
                                   r"الوطني|январ|феврал|март|апрел|ма[яей]|июн|июл|август|сентябр|октябр|ноябр|декабр|[ \t]ay(?:ı|ında|ından|ına|inda|idan|ida)\b|"
                                   r"三月三|สงกรานต์|ઉત્તરાયણ|મકરસંક્રાંતિ|દિવાળી|હોળી|નવરાત્રી|ден\b|великден|коледа|божиќ|праздник|vánoc|velikonoc|զատիկ|նոր[ \t]+տար|"
                                   r"한글날|삼일절|藏历|藏曆|の日|記念日|天皇誕生|"
                                   r"paddy|new[ \t]+year|\beid\b|\bidd?[ \t-](?:ul|al|el)[ \t-]|divali|deepavali|phagwah|\bholi\b|onam\b|tuesday|wednesday|"
                                   r"teej|befana|epifania|epiphany|ferragosto|toussaint|pentecost|whitsun|candlemas|carnaval|navratri|"
                                   r"dussehra|chuseok|obon\b|losar|passover|pesach|purim|sukkot|kwanzaa|thaipusam|matariki|timkat|meskel|"
                                   r"fasika|navidad|noël|sinulog|junkanoo|mardi|puja|bandhan|chaturthi|sankranti|kippur|hashanah|raya\b|"
                                   r"nochebuena|nochevieja|muertos|reyes|independencia|ólavsøka|olavsoka|crop[ \t]+over|cup[ \t]+match|"
                                   # (the Romance months as _ROMANCE_MONTH_ALONE reads them, every one of them)
                                   rf"{_ROMANCE_MONTHS}|"
                                   r"festival|פסח|השנה|חודש|תשרי|חשוון|כסלו|ניסן|סיוון|תמוז|אלול|כיפור|סוכות|חנוכה|פורים|שבועות|בשבט|"
                                   r"בעומר|באב|תורה|عيد|المولد|القدر|السنة|رمضان|ramadan|ramzan|ramazan|ramadhan|uttarayan|ugadi|"
                                   r"baisakhi|vaisakhi|rakhi|bihu\b|muharram|ashura|mawlid|shavuot|"
                                   r"b'?av\b|elul\b|simchat|bayram|cinzas|santa\b|patrias|mi'?raj\b|al-qadr|mubarak|"
                                   r"chhath|δευτέρα|θεοφάνε?ια|φώτα|φώτων|κατακλυσμ|απόκριες|τσικνοπέμπτη|μεγάλ|πνεύματος|ανάσταση|ευαγγελισμ|κοίμηση|"
                                   r"年初|年三十|大年夜|正月|元日|お盆|盆休み|年末|大晦日|ゴールデンウィーク|七夕|節分|送り火|"
                                   r"reis\b|undas\b|jonin|dušičk|ਵਿਸਾਖੀ|ਵੈਸਾਖੀ|ਲੋਹੜੀ|ਦੀਵਾਲੀ|ਗੁਰਪੁਰਬ|ਹੋਲਾ|"
                                   # the Ethiopian and Nepali months
                                   r"meskerem|tikimt|tekemt|hidar|hedar|tahsas|yekatit|megabit|miyazya|miazia|ginbot|hamle|nehas|pagume|"
                                   r"baisakh|baishakh|jestha|jeth\b|ashadh|asar\b|shrawan|saun\b|bhadra|bhadau|ashwin|asoj|kartik|mangsir|"
                                   rf"poush|magh\b|falgun|phagun|chaitra|\d(?:st|nd|rd|th)\b|{_POLISH_LOCATIVE_MONTHS}|"
                                   # (a Hindu date holds a feast, a month or "संवत": _HINDI_DATE)
                                   rf"संवत|{_HINDI_FEASTS}|{_HINDI_MONTHS}|{_NEPALI_MONTHS}")
# (a cue only says whether: found in one pass that branches on the first letters, patterns.found_by)
_MONTH_OR_HOLIDAY_CUE = found_by(_MONTH_OR_HOLIDAY_WORDS, ignore_case=True)


# any other named day or festival ("after Chilembwe Day", "Garifuna Settlement Day", "Liberation Day trip", "by the
# Heilala Festival"): one to three capitalised words before "Day" or "Festival", not a count ("Post-op Day 3"), not a
# day service ("Surgical Day Unit", "Sick Day Rules"); a holiday when a word of it is no English or clinical word, or a
# word before places an event at it ("before Liberation Day")
_NAMED_DAY = re.compile(r"(?<![\w'’-])(?P<n>(?!(?:Same|Next|Every|Each|Per|Sick|Rest|Whole|Full|Half|One|Two|Three|Four|Five|Six|"
                        r"Seven|First|Second|Third|Fourth|Fifth|Last|Previous|Following|Post-op|Postop|Post-operative|Operative|"
                        r"Study|Treatment|Cycle|Birth|Admission|Discharge|Open|Training|Sports|School|Work|Working|Dialysis|"
                        r"Clinic|Theatre|Ward|Visit|Fasting|Good|Bad|Home|Pain|Dry|Feed|Feeding|Surgical|Medical|Mental|Hospice|"
                        r"Respite|Leave|Bank|Test|Trial|Infusion|Chemo|Chemotherapy|Radiotherapy|Injection|Procedure|The|A|An|"
                        r"This|That|Today|Any|Which|What|Big|Long|Short|Busy|Quiet|Normal|Usual|Typical|Better|Worse|Best|Worst)\b)"
                        r"(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:Day|Festival|festival))\b(?![ \t]*\d)(?![ \t]+(?:Unit|Units|Case|Cases|Surgery|Hospital|Centre|Hall|Grounds|"
                        r"Center|Ward|Care|Clinic|Services?|Programme|Program|Patients?|Procedures?|Stay|Treatment|Rules?|Hospice|"
                        r"Therapy|Rehab|Team|Room|Bed|Beds|Lounge|Area|Bay|Theatre|List|Surgeries)\b)")
_PLACING_BEFORE = re.compile(r"(?i:\b(?:before|after|since|until|till|on|for|over|around|from|by|of|at|during|"
                             r"the[ \t]+day[ \t]+after|eve[ \t]+of))[ \t]+(?:the[ \t]+)?$")


def named_days(text: str) -> list[tuple[int, int]]:
    """(start, end) of a named day no list holds (see :data:`_NAMED_DAY`)."""
    if "Day" not in text and "estival" not in text:
        return []
    from consilium.orchestration.privacy.vocabulary import known  # (the vocabulary is loaded only where a day is named)

    out = []
    for m in _NAMED_DAY.finditer(text):
        words = m.group("n").split()[:-1]
        if _PLACING_BEFORE.search(text, max(0, m.start() - 25), m.start()) or any(not known(w) for w in words):
            out.append(m.span("n"))
    return out


# Days and months without a year that their place names as dates: a list after a label of dates ("Visit dates: 10/1,
# 10/3", "訪問日：10/1, 10/3"), the next visit in Chinese after its colon ("下次訪視：11/5"), a return visit in Hebrew
# ("ביקור חוזר 29/9"), and a table's first column under "Date" ("Date | Wt (kg)" then "10/11 | 6.3"), unless the
# column reads as fractions of one denominator (days of a course, "1/7, 3/7, 5/7"). A second reading found "Visits: 3/4
# completed", Greek "από 8/10 σε 3/10" (pain) and dotted times ("08.10 - arrived") read so: those forms are left.
_DM = r"\d{1,2}/\d{1,2}(?![\d/])"
_DATE_LIST = re.compile(rf"(?:\b(?i:dates?|visit[ \t]+dates?)|訪問日|訪問日時|受診日|来院日|日付|ημερομηνίες|дати|даты|תאריכים)"
                        rf"[ \t]*[:：][ \t]*(?P<l>{_DM}(?:[ \t]*[,、，;][ \t]*{_DM})*)")
_NEXT_VISIT = re.compile(rf"(?:下次|下回)(?:訪視|访视|随访|隨訪|回診|回诊|复诊|複診|門診|门诊|返診|返诊|就診|就诊)(?:時間|时间|日期)?"
                         rf"[ \t]*[:：][ \t]*(?P<d>{_DM})(?![ \t]*次)")
_SINCE_OTHER = re.compile(rf"(?<!\w)ביקור[ \t]+חוזר[ \t]+(?P<d>{_DM})(?![ \t]*(?:שנתי|חודשי|mg|ml|mL|%))")
_DATE_HEADER = re.compile(r"^[ \t|]*(?:(?i:date|visit[ \t]+date)|日付|Ημερομηνία|Дата|תאריך)[ \t]*\|", re.M)
_ROW_DM = re.compile(rf"^[ \t|]*(?P<d>{_DM})[ \t]*\|", re.M)


def _day_month_valid(pair: str) -> bool:
    a, b = (int(x) for x in pair.split("/"))
    return 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)


# (and, dotted, a list of three days or more after a schedule's label, each a valid day and month, in the order of the
# calendar: "схема Essen: 14.10, 17.10, 21.10, 28.10"; a list of lab values is none, "Cr 1.01, 1.03, 1.05"; a Korean
# date in full, its parts each closed by a dot: "2025. 5. 8.")
_DOTTED_DM = r"\d{1,2}\.\d{2}(?!\d|\.\d)"
_DOTTED_LIST = re.compile(rf"(?i:схем[аиіуою]*|графік[уа]?|график[ау]?|дні|дни|дат[иы]?|schedule|dates|визит[ыи]?|візит[иі]?|"
                          rf"введення|вакцинац[іи][яїи])[^\n:]{{0,20}}:[ \t]*(?P<l>{_DOTTED_DM}(?:[ \t]*,[ \t]*{_DOTTED_DM}){{2,}})")
# (and a year and month alone before a Korean word that dates it: "다음 건강검진은 2026. 5. 예정", "2024. 3.부터"; not a
# numbered list's next item, "목표 2000. 2. 체중 측정")
_KOREAN_FULL = re.compile(r"(?<![\d.])(?:19|20)\d{2}\.[ \t](?:1[0-2]|0?[1-9])\.(?:[ \t](?:3[01]|[12]\d|0?[1-9])\.(?![ \t]?\d(?!\d*(?:회|시|:\d\d)))|"
                          r"(?=[ \t]*(?:예정|에|부터|까지|경|쯤|께|말|초|중순|하순|상순|이후|이전|당시|중)(?![\uac00-\ud7a3])|[ \t]*(?:예정|부터|까지|이후|이전)))")


def _dotted_schedule(pairs: list[str]) -> bool:
    """Whether dotted pairs are days and months in the calendar's order (day first)."""
    days = [(int(b), int(a)) for a, b in (p.split(".") for p in pairs)]
    return all(1 <= d <= 31 and 1 <= m <= 12 for m, d in days) and days == sorted(days) and len(set(days)) == len(days)


def labelled_day_months(text: str) -> list[tuple[int, int]]:
    """(start, end) of days and months without a year that their place names as dates, and of Korean dates in full
    (see above)."""
    if "/" not in text and "." not in text:
        return []
    out = [m.span() for m in _KOREAN_FULL.finditer(text)] if ". " in text else []
    for m in _DOTTED_LIST.finditer(text) if "." in text and ":" in text else ():
        pairs = list(re.finditer(_DOTTED_DM, m.group("l")))
        if _dotted_schedule([p.group() for p in pairs]):
            out += [(m.start("l") + p.start(), m.start("l") + p.end()) for p in pairs]
    if "/" not in text:
        return out
    out += [(m.start("l") + d.start(), m.start("l") + d.end()) for m in _DATE_LIST.finditer(text)
           for d in re.finditer(_DM, m.group("l")) if _day_month_valid(d.group())]
    out += [m.span("d") for pattern in (_NEXT_VISIT, _SINCE_OTHER) for m in pattern.finditer(text) if _day_month_valid(m.group("d"))]
    out += [m.span() for m in _CJK_MONTH_DAY.finditer(text)] if _CJK_NOTE.search(text) else []
    for header in _DATE_HEADER.finditer(text):
        # the rows of that table: the lines after the header whose first cell is a day and month, up to the first
        # that is not
        rows, start = [], text.find("\n", header.end()) + 1
        while 0 < start < len(text):
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            row = _ROW_DM.match(text, start, end)
            if row is None or not _day_month_valid(row.group("d")):
                break
            rows.append(row)
            start = end + 1
        pairs = [[int(x) for x in r.group("d").split("/")] for r in rows]
        fractions = len(pairs) >= 2 and len({b for _, b in pairs}) == 1 and all(a <= b for a, b in pairs)
        out += [] if fractions else [r.span("d") for r in rows]
    return out


# a month in Korean standing alone, or with its early, middle or late part ("4월 말 고사리 채취", "3월 초", "작년 11월에",
# "4월말경"); a year in digits before it is the foreign dates' (FOREIGN_DATE), a day after it too, and "3개월" (three
# months) is a duration
_KOREAN_MONTH_ALONE = re.compile(r"(?<![\d.])(?<!\d년)(?<!\d년[ \t])(?:1[0-2]|[1-9])월(?:[ \t]*(?:초순|상순|중순|하순|초|말|중))?(?:경)?"
                                 r"(?![ \t]*\d{1,2}일)(?=[ \t,.)(/~\-]|$|(?:에는|에|부터|까지|의|은|는|이|쯤|달)(?![가-힣]))")
# a month and a day with a slash opening a clause of a Korean, Japanese or Chinese note, before the word of what happened
# then ("5/3 발열 시작, 5/5 보건지소 방문", "。3/12 入院"); inside a clause the shape is a fraction or a score ("근력 4/5 감소",
# "NRS 7/10으로", "食事 1/2 摂取"), and a half or a third of a dose or a count is none ("1/2 용량", "4/5 例")
_CJK_MONTH_DAY = re.compile(r"(?:^|(?<=[.,;:(。、，：（\n])|(?<=[.,;:(。、，：（][ \t]))"
                            r"(?:1[0-2]|[1-9])/(?:3[01]|[12]\d|[1-9])(?![\d/.:])"
                            r"(?=[ \t]?(?:[(（][월화수목금토일月火水木金土日][)）]|[~～\-–][ \t]?\d|[가-힣\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa]))"
                            r"(?![ \t]?(?:정|알|캡슐|포|회|번|개|병|앰플|바이알|팩|이상|이하|정도|가량|씩|용량|만|錠|包|回|本|個|枚|以上|以下|程度|量|例|名|人|"
                            r"カプセル|アンプル|片|粒|支|次|袋|瓶))", re.M)
_CJK_NOTE = re.compile(r"[가-힣\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff]")


def months_and_holidays(text: str) -> list[tuple[int, int]]:
    """(start, end) of a month standing alone after a word that places an event in it, and of a named holiday."""
    if not _MONTH_OR_HOLIDAY_CUE.search(text):
        return []
    days = [m.span() for m in _DAY_IN_WORDS.finditer(text)]
    days += [m.span("m") for m in _GREEK_MONTH_ALONE.finditer(text)]
    days += [m.span("m") for m in _GREEK_MONTH_NOMINATIVE.finditer(text)]
    days += [m.span(next(g for g in ("m", "m2", "m3", "h") if m.group(g))) for m in _CHINESE_MONTH_ALONE.finditer(text)]
    days += [m.span() for m in _MONTH_DAY.finditer(text)] + [m.span() for m in _VIETNAMESE_DATE.finditer(text)]
    days += [(m.start() if m.group("y0") else m.start("m"), m.end("m")) for m in _OTHER_CALENDAR_DATE.finditer(text)
             if m.group("y0") or m.group("y") or m.group("cue")]
    days += [m.span() for m in _GREEK_FEAST.finditer(text)] + [m.span("m") for m in _POLISH_MONTH_ALONE.finditer(text)]
    days += [m.span("m") for m in _RUSSIAN_MONTH_ALONE.finditer(text)] + [m.span("m") for m in _TURKIC_MONTH_ALONE.finditer(text)]
    days += [m.span() for m in _HE_AR_FEAST.finditer(text)]
    days += [m.span() for m in _HINDI_DATE.finditer(text)]
    days += [m.span() for m in _KOREAN_MONTH_ALONE.finditer(text)] if "월" in text else []
    days += [m.span("m" if m.group("m") else "b") for m in _ROMANCE_MONTH_ALONE.finditer(text)]
    days += [m.span("m") for m in _ORDINAL_DAY_ALONE.finditer(text)]
    # (different months: "Jun-Jun" is a Filipino given name)
    for series in _MONTH_SERIES.finditer(text):
        months = list(_MONTH_IN_SERIES.finditer(series.group()))
        if len({m.group()[:3] for m in months}) == len(months):
            days += [(series.start() + m.start(), series.start() + m.end()) for m in months]
    return days + [m.span("m") for m in _MONTH_ALONE.finditer(text)
                   if not any(s <= m.start("m") < e for s, e in days)] + [m.span() for m in _HOLIDAY.finditer(text)] + named_days(text)


def _month(word: str) -> bool:
    """A month name as a month is written, in lower case or with a capital ("mars", "März"); not an acronym ("MARS")."""
    return word.lower() in LATIN_FOREIGN_MONTHS and word in (word.lower(), word.capitalize()) and (
        word.islower() or word.lower() not in _LOWER_ONLY)


# the units a value with a decimal point is written with, which a day and month with a dot never is
_DOT_UNITS = r"mg|g|mcg|ug|kg|ml|mL|l|L|mmol|umol|nmol|pmol|iu|IU|u|units?|cm|mm|m|s|h|hrs?|min|bpm|mmHg|kPa|x10|fl|pg"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(r"(?<![\d/.\-])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
                       r"(?![\d/]|[.\-]\d)")),
    # (two dotted dates joined by a hyphen are a period: "15.11.2025-28.2.2026")
    ("num", re.compile(r"(?:(?<![\d/.\-])|(?<=\d\.(?:19|20)\d\d-))(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)"
                       r"(?P<y>(?:19|20)\d\d|\d\d)(?:(?![\d/]|[.\-]\d)|(?<=\.(?:19|20)\d\d)(?=-\d\d?\.\d\d?\.(?:19|20)\d\d(?!\d|\.\d)))")),
    # a day, a month and a year each after a dot and a space, as Czech, Slovak, German and Hungarian notes write them
    # ("14. 10. 2025", "nar. 3. 4. 1950"): the year in four digits, the day first
    ("num_spaced", re.compile(r"(?<![\d/.\-])(?P<a>\d{1,2})\.[ \t](?P<b>\d{1,2})\.[ \t](?P<y>(?:19|20)\d\d)"
                              rf"(?![\d/]|[.\-]\d)(?![ \t]*(?:(?i:kcal|cal|steps?|units?|{_DOT_UNITS})\b|%))")),
    ("dmy", re.compile(rf"\b{_WEEKDAY}(?P<d>\d{{1,2}})(?P<suf>{_ORD})?(?:\s+of)?[\s\-.]*(?P<mon>{_MON_FIRST})\b\.?"
                       rf"(?:,?[\s\-.]*(?P<y>(?:19|20)\d\d){_END}|(?:[\-.]|\s?')(?P<y2>\d\d){_END})?")),
    ("mdy", re.compile(rf"\b{_WEEKDAY}(?P<mon>{_MON_FIRST})\b\.?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?P<suf>{_ORD})?(?!\s*(?:mg|ml|mL|g|kg|%|am|pm))"
                       rf"(?:,?\s*(?P<y>(?:19|20)\d\d){_END}|(?![\d:]|,\d))")),  # (not "in July 1,240 copies/mL")
    ("my", re.compile(rf"\b(?P<mon>{_MON_FIRST})\b\.?,?\s+(?P<y>(?:19|20)\d\d){_END}")),
    # (not one in a round thousand, a risk's or a rate's ratio: "약 1/2000", "1/2000 births")
    ("nmy", re.compile(r"(?<![\d/.\-])(?!1/(?:1900|2000)(?![\d/]))(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)(?![\d/])")),
    # a day and month without a year after a word that dates an event ("Admitted 17/3", "booked 6/28"); not a
    # duration ("admitted 3/7 ago", "seen 2/52") nor a score ("power 4/5" has no such word before it)
    # (led by its digits, the fast way for the regex engine; the character before is checked in find_dates)
    ("numdm", re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/]|\.\d)(?![ \t]*(?i:ago|days?|weeks?|wks?|months?))")),
    # a day and month with a dot, both parts of two digits, only after a word that dates an event ("on 24.03",
    # "onset 08.08", "Injured 13.02."): elsewhere "37.50" is a value
    ("numdm_dot", re.compile(r"(?P<a>\d{2})\.(?P<b>\d{2})(?!\d|[.,]\d)"
                                rf"(?![ \t]*(?:(?i:ago|days?|weeks?|wks?|months?|{_DOT_UNITS})\b|[µ%°]))")),
]

# What each form above cannot match without: a run of digits and separators, or one of the month names it
# reads, whole. Most texts of a case and of a result hold none of these ("CRP 120 mg/L", "score 3.5",
# "Decreased air entry"), and one search of them all settles it for every pattern. A pattern added above
# must say here what it needs: the import check below makes sure each has an entry, and tests/safety/test_deid.py
# that every match of a pattern holds its entry.
_NEEDS = {"ymd": r"\d[-/.]\d{1,2}[-/.]\d", "num": r"\d[-/.]\d{1,2}[-/.]\d", "num_spaced": r"\d\.[ \t]\d{1,2}\.[ \t]\d",
          "dmy": rf"(?:{_MON_FIRST})\b",
          "mdy": rf"(?:{_MON_FIRST})\b", "my": rf"(?:{_MON_FIRST})\b", "nmy": r"\d/(?:19|20)\d\d", "numdm": r"\d/\d",
          "numdm_dot": r"\d\.\d"}
if set(_NEEDS) != {kind for kind, _ in PATTERNS}:
    raise RuntimeError(f"dates: the screen's needs {sorted(_NEEDS)} do not match the patterns")
_MAY_HOLD_DATE = re.compile("|".join(dict.fromkeys(_NEEDS.values())))
# and each need apart, looked for once per text that passes the screen: a pattern whose need is absent is not tried
_NEED = {need: re.compile(need) for need in dict.fromkeys(_NEEDS.values())}


@dataclass(frozen=True)
class DateMatch:
    """One date found in a text: where it is, what it means, and how to write it back shifted."""

    start: int
    end: int
    text: str
    value: date
    kind: str  # "full", "day_month" (no year) or "month_year"
    _groups: tuple[tuple[str, int, int, str], ...]  # (role, start, end, original text) per field

    def shifted(self, days: int) -> str:
        """This date moved by ``days`` and written in the same format."""
        new = self.value + timedelta(days=days)
        if self.kind == "day_month" and new.year != self.value.year:
            new = new.replace(year=self.value.year) if not (new.month == 2 and new.day == 29) else new
        out = self.text
        padded = self._zero_padded()
        for role, s, e, old in sorted(self._groups, key=lambda g: g[1], reverse=True):
            out = out[:s] + _render(role, old, new, padded) + out[e:]
        return out

    def _zero_padded(self) -> bool:
        """Whether day and month numbers are written with two digits (05/03/2024, 05-MAR-2024)."""
        nums = [old for role, _, _, old in self._groups if role in ("d", "m")]
        if any(n.startswith("0") for n in nums):
            return True
        if any(len(n) == 1 for n in nums):
            return False
        has_month_name = any(role == "mon" for role, *_ in self._groups)
        return not has_month_name or bool(re.match(r"\d\d-", self.text))


def _render(role: str, old: str, new: date, padded: bool = False) -> str:
    if role == "d":
        return f"{new.day:02d}" if padded else str(new.day)
    if role == "m":
        return f"{new.month:02d}" if padded else str(new.month)
    if role == "y":
        return f"{new.year % 100:02d}" if len(old) == 2 else str(new.year)
    if role == "suf":
        suf = "th" if 10 <= new.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(new.day % 10, "th")
        return suf.upper() if old.isupper() else suf
    names = MONTHS if role == "mon" else WEEKDAYS
    word = names[new.month - 1] if role == "mon" else names[new.weekday()]
    if old.lower() == "sept":
        word = word[:4] if word == "September" else word[:3]
    elif old.lower() not in (n.lower() for n in names):
        word = word[:3]
    return word.upper() if old.isupper() and len(old) > 1 else word


def _month_number(name: str) -> int:
    key = name[:3].lower()
    return next(i for i, m in enumerate(MONTHS, 1) if m[:3].lower() == key)


def _year(text: str) -> int:
    y = int(text)
    # Two-digit years: 00-39 are this century, 40-99 the last (birth dates of older patients).
    return y if len(text) == 4 else (2000 + y if y < 40 else 1900 + y)


def _build(kind_name: str, m: re.Match[str], day_first: bool) -> DateMatch | None:
    g = m.groupdict()
    spans: list[tuple[str, int, int, str]] = []
    base = m.start()

    def keep(role: str, group: str) -> None:
        if m.group(group) is not None:
            spans.append((role, m.start(group) - base, m.end(group) - base, m.group(group)))

    try:
        if kind_name == "ymd":
            value, kind = date(int(g["y"]), int(g["m"]), int(g["d"])), "full"
            keep("y", "y")
            keep("m", "m")
            keep("d", "d")
        elif kind_name in ("num", "num_spaced"):
            a, b = int(g["a"]), int(g["b"])
            dfirst = True if a > 12 else False if b > 12 else day_first or kind_name == "num_spaced"
            d, mo = (a, b) if dfirst else (b, a)
            value, kind = date(_year(g["y"]), mo, d), "full"
            keep("d" if dfirst else "m", "a")
            keep("m" if dfirst else "d", "b")
            keep("y", "y")
        elif kind_name in ("dmy", "mdy"):
            ytext = g.get("y") or g.get("y2")
            value = date(_year(ytext) if ytext else _YEARLESS, _month_number(g["mon"]), int(g["d"]))
            kind = "full" if ytext else "day_month"
            for role in ("wd", "d", "suf", "mon", "y"):
                keep(role, role)
            if g.get("y2"):
                keep("y", "y2")
        elif kind_name in ("numdm", "numdm_dot"):
            a, b = int(g["a"]), int(g["b"])
            dfirst = True if a > 12 else False if b > 12 else day_first
            value, kind = date(_YEARLESS, b if dfirst else a, a if dfirst else b), "day_month"
            keep("d" if dfirst else "m", "a")
            keep("m" if dfirst else "d", "b")
        elif kind_name == "my":
            value, kind = date(int(g["y"]), _month_number(g["mon"]), 15), "month_year"
            keep("mon", "mon")
            keep("y", "y")
        else:  # nmy: 03/2024
            value, kind = date(int(g["y"]), int(g["m"]), 15), "month_year"
            keep("m", "m")
            keep("y", "y")
    except ValueError:  # 31 February and the like: not a date
        return None
    return DateMatch(m.start(), m.end(), m.group(), value, kind, tuple(spans))


# Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai,
# Lao, Tibetan, Myanmar and Khmer digits, read as the ASCII digits they are (one character for one, so every position
# holds): "١٢/٠٣/٢٠٢٥" is 12/03/2025, "០៣/០២/២០២០" 03/02/2020.
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0,
                0x0F20, 0x1040, 0x17E0)
_OTHER_DIGITS = str.maketrans({chr(base + i): str(i) for base in _DIGIT_ZEROS for i in range(10)})
_HAS_OTHER_DIGIT = re.compile("[" + "".join(f"{chr(base)}-{chr(base + 9)}" for base in _DIGIT_ZEROS) + "]")


def find_dates(text: str, *, day_first: bool = True) -> list[DateMatch]:
    """Every date in ``text``, longest first where candidates overlap, in reading order."""
    if _HAS_OTHER_DIGIT.search(text):
        text = text.translate(_OTHER_DIGITS)
    if not _DIGIT.search(text) or not _MAY_HOLD_DATE.search(text):
        return []
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    dating = _ANY_DATING_WORD.search(text) is not None
    needed = {need: rx.search(text) is not None for need, rx in _NEED.items()}
    for kind_name, pattern in PATTERNS:
        if not needed[_NEEDS[kind_name]]:
            continue
        if kind_name == "numdm" and not dating and not any(d.kind == "full" and "/" in d.text for d in found) \
                and not _PARTS_ANYWHERE.search(text):
            continue
        # a note that writes its full dates with slashes writes its year-less ones so too ("08/03/2025 ... debridement
        # 8/3, second look 8/5"): there, a day and month after a word naming an event and not read as a score or a
        # fraction is a date (a note that writes its dates in words gets no such reading: "Completed 4/6 cycles")
        slashed = kind_name == "numdm" and any(d.kind == "full" and "/" in d.text for d in found)
        for m in pattern.finditer(text):
            if kind_name == "numdm" and (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "/.-_")
                                         or not _dated_day_month(text, m, day_first, slashed)):
                continue
            if kind_name == "numdm_dot" and (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "/.-_,")
                                             or not _dotted_day_month(text, m)):
                continue
            dm = _build(kind_name, m, day_first)
            if dm is None or any(s < dm.end and dm.start < e for s, e in taken):
                continue
            found.append(dm)
            taken.append((dm.start, dm.end))
    return sorted(found, key=lambda d: d.start)


def _dotted_day_month(text: str, m: re.Match[str]) -> bool:
    """Whether a day and month written with a dot (``numdm_dot``) is a date: right after a word that dates an event or
    "on", "since", "onset" and the like, and not after a score's or a value's name."""
    before = text[max(0, m.start() - 16):m.start()]
    # (a value with its unit is no date: "По 12.10 ммоль/л")
    return (_DATING_WORD.search(before) is not None or _SINCE_WORD.search(before) is not None
            or _STAY_WORD.search(before) is not None) and not _SCORE_BEFORE.search(before) \
        and not _UNIT_AFTER.match(text, m.end()) and not _CYRILLIC_UNIT_AFTER.match(text, m.end())


def _dated_day_month(text: str, m: re.Match[str], day_first: bool, slashed: bool) -> bool:
    """Whether a day and month without a year (``numdm``) is a date: after a word that dates an event; after
    "since", "on", "f/u" and the like unless a fraction follows or, in a day-first note, the second number is a
    duration's denominator ("since 3/7"); or, in a note that writes its dates with slashes, anywhere that is no
    score or fraction ("power 4/5", "pain 6/10", "VA 6/9", "2/3 of")."""
    before = text[max(0, m.start() - 16):m.start()]
    # a questionnaire's score, its name a few words before and no more than its total ("PHQ-9 today 4/27", "MoCA on
    # recall 21/30")
    scale = _QUESTIONNAIRE_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if scale and int(m.group("b")) in _QUESTIONNAIRE_TOTALS and int(m.group("a")) <= int(m.group("b")) \
            and not _DATES_IT.search(scale.group("between")):
        return False
    # a fraction of a meal or a dose is followed by a time too ("Ate 1/2 at 12:30"): both numbers under 5 are one
    fraction = int(m.group("a")) <= 4 and int(m.group("b")) <= 4 or _FRACTION_OF.match(text, m.end()) is not None
    # (not a count of days after an operation in a day-first note: "on the night of 2/7 post-op")
    if (_WEEKDAY_BRACKET.search(before) and text[m.end():m.end() + 1] == ")" or _PART_OF_DAY_OF.search(before)
            and not (day_first and int(m.group("b")) in _DURATION_DENOMINATORS) and m.group("b") != "10") and not fraction:
        return True
    if _DATING_WORD.search(before) or _WITH_CLINICIAN.match(text, m.end()) and not _SCORE_BEFORE.search(before) or (
            _TIME_AFTER.match(text, m.end()) and not _SCORE_BEFORE.search(before) and not fraction):
        return True
    # (a chart's row: written as a date's parts, two digits each, opening the line, a time in the next cell)
    if (_CELL_TIME_AFTER.match(text, m.end()) and text[max(0, m.start() - 1):m.start()] in ("", "\n")
            and _date_parts(m.group("a"), m.group("b"), day_first)):
        return True
    # in a note that writes its dates with slashes, a day and month in brackets after a result is the result's date
    # ("INR 2,6 (30/10)"); a score in brackets has its name, not a value, before it ("MMSE (24/30)")
    if slashed and text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")" and (_VALUE_BEFORE.search(
            text, max(0, m.start() - 12), m.start() - 1) or text[m.end() + 1:m.end() + 2] == ":") and not fraction:  # "Culture (28/10): MRSA"
        return True
    # (after "on", a first number over 12 is a day, not a count of days or months: "on 13/12", "on 24/7"; and anywhere,
    # after "since", "from" or "until", over 24 before 12: a child's age in months goes to 24/12 and then to years, so
    # "since 27/12" is a day of December, while "aged 30/12" stays an age)
    if _FRACTION_OF.match(text, m.end()) or day_first and int(m.group("b")) in _DURATION_DENOMINATORS and m.group("b")[0] != "0" \
            and not (int(m.group("a")) > 12 and _ON_BEFORE.search(before)
                     or int(m.group("a")) > 24 and m.group("b") == "12" and _SINCE_FROM_BEFORE.search(before)):
        return False
    if _SINCE_WORD.search(before):
        return True
    clause = text[max(0, m.start() - 30):m.start()].rsplit("\n", 1)[-1]
    # anywhere, a day and month written as a date's own parts ("Admitted to Grey Hospital 02/05", "coning 13/03",
    # "desde 31/01", "by 26/02") unless a score, a fraction, a device's setting, a measure or a unit reads it
    # ("BiPAP 20/10", "PEEP 10/05", "pCO2 06/10", "balance +13/11", "follicles 14/12 mm"); a pair ending in a
    # duration's denominator ("aged 15/12") was turned away above
    if _date_parts(m.group("a"), m.group("b"), day_first, month_first_too=True) and not (
            fraction or _SCORE_BEFORE.search(before) or _SCORE_WORD.search(clause) or _SCORE_AFTER.match(text, m.end())
            or _SETTING_WORD.search(clause) or _MEASURE_BEFORE.search(before) or _UNIT_AFTER.match(text, m.end())):
        return True
    # in such a note, a day and month written as a date's own parts (zero-padded, or with a day that no month can be)
    # after a word that dates ("from 28/09", "Next session 28/11", "our lab, 30/01") or in a range ("11/08 to 15/08");
    # not a ventilator's, an insulin's or a pupil's pair ("BiPAP 20/10", "then 20/10 units", "Pupils 03/03 mm")
    if slashed and _date_parts(m.group("a"), m.group("b"), day_first) and (
            _PADDED_CUE.search(clause) or _RANGE_AFTER.match(text, m.end()) or _RANGE_BEFORE.search(clause)) and not (
            _SCORE_BEFORE.search(before) or _SCORE_WORD.search(clause) or _SCORE_AFTER.match(text, m.end())):
        return True
    # two days of one stay in a range ("night of 9/23 into 9/24"): both days over 12, of one month, the second a fortnight
    # at most after the first (a score's range keeps its denominator, "GCS 9/15 to 12/15"; "VA 6/18 to 6/24" and "Nodes
    # 2/14 to 3/17" are no stay), nor after a score's or a count's name in the clause
    if slashed and not _SCORE_WORD.search(clause) and not _NOT_A_STAY.search(clause) and (
            (other := _RANGE_PAIR_AFTER.match(text, m.end())) or (other := _RANGE_PAIR_BEFORE.search(clause))) \
            and _stay_days((m.group("a"), m.group("b")), (other.group("a"), other.group("b")), day_first):
        return True
    event = _EVENT_BEFORE.search(clause) if slashed else None
    # the colon of "Injury: 19/07" heads the event's date, not a score's value
    scored_before = before.rstrip(" \t").removesuffix(":") if event and ":" in event.group() else before
    return (event is not None and not _SCORE_BEFORE.search(scored_before)
            and not _SCORE_WORD.search(clause) and not _SCORE_AFTER.match(text, m.end()))


# the dating words before such a day and month, and the other end of a range after or before it
_PADDED_CUE = re.compile(r"\b(?i:from|until|till|to[ \t]+start|next(?:[ \t]+[a-z]+)?|session|visit|lab|f/u|follow-up|"
                         r"due|back|returns?|επίσκεψη|ραντεβού)\b[^\n\d]{0,6}$|\|[ \t]*$")  # or a table's cell ("| 11/02 | 12/02 |")
_RANGE_AFTER = re.compile(r"[ \t]*(?:to|into|until|till|-|–)[ \t]*\d{1,2}/\d{1,2}\b")  # ("night of 9/23 into 9/24")
_RANGE_BEFORE = re.compile(r"\d{1,2}/\d{1,2}[ \t]*(?:to|into|until|till|and|-|–|,)[ \t]*$")  # or a list ("04/03 and 01/04")
_RANGE_PAIR_AFTER = re.compile(r"[ \t]*(?:to|into|until|till|-|–)[ \t]*(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])")
_RANGE_PAIR_BEFORE = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})[ \t]*(?:to|into|until|till|-|–)[ \t]*$")


_NOT_A_STAY = re.compile(r"(?i:\b(?:power|gcs|mmse|moca|va|acuity|vision|snellen|nodes?|ln|cores?|scores?|scored|rated|pain|"
                         r"strength|grade|ratio|apgar|bp|hr|rr|sats?|x)\b)")


def _stay_days(first: tuple[str, str], second: tuple[str, str], day_first: bool) -> bool:
    """Whether two slashed pairs are two days over the 12th of one month, as the note writes them, one to fourteen days
    apart."""
    days = [(int(a), int(b)) if day_first else (int(b), int(a)) for a, b in (first, second)]
    (day1, month1), (day2, month2) = days
    return (all(13 <= day <= 31 and 1 <= month <= 12 for day, month in days) and month1 == month2
            and 0 < abs(day2 - day1) <= 14)


# a device's setting, a count or a dilution written in a date's shape, a lab's name before it, and a unit after it
_SETTING_WORD = re.compile(r"(?i:\b(?:bi-?pap|cpap|[ie]pap|niv|nippv|peep|ps|pc|pcv|psv|simv|pressures?|support|vent\w*|"
                           r"settings?|mode|flows?|apgars?|follicles?|balance|titre|titer|dilution|units?|iu|insulin|"
                           r"novomix|humalog|humulin|mixtard|novorapid|lantus|levemir|tresiba)\b)")
_MEASURE_BEFORE = re.compile(r"(?:[A-Za-z]+\d+[ \t]*|[+±-])$")
_UNIT_AFTER = re.compile(rf"[ \t]*(?:{_DOT_UNITS}|cmH2O|cm[ \t]?H2O|mmHg)\b")
_CYRILLIC_UNIT_AFTER = re.compile(r"[ \t]*(?:мг|мкг|г|кг|мл|л|ммоль|мкмоль|нмоль|ед|од|МЕ|см|мм|мин|ч|%)(?![а-яё])")
# a pair of two-digit numbers that could be a day and a month, for the text that has no dating word at all
_PARTS_ANYWHERE = re.compile(r"(?<![\w/.-])(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|[12]\d|3[01])(?![\w/])")


def _date_parts(a: str, b: str, day_first: bool, month_first_too: bool = False) -> bool:
    """Whether ``a/b`` is written as a day and a month are and a score is not, in a note that writes the day first: two
    digits each, a valid day and month, and a zero before one of them or a day over 12. In a note that writes the month
    first, only with ``month_first_too`` and only so written, month then day ("07/28", "05/09"): there "1/16" is as
    often a titre as the 16th of January."""
    if month_first_too and not day_first and len(a) == 2 == len(b) and 1 <= int(a) <= 12 and 1 <= int(b) <= 31:
        return a[0] == "0" or b[0] == "0" or int(b) >= 13
    if not day_first or len(a) != 2 or len(b) != 2 or not 1 <= int(a) <= 31 or not 1 <= int(b) <= 12:
        return False
    return a[0] == "0" or b[0] == "0" or int(a) >= 13


# the word before a day and month that names an event: a past participle ("transferred", "cannulated", "crushed";
# capitalised only where a sentence starts, since "Allred 8/8" is a score named after its author),
# a procedure ("debridement", "hemiarthroplasty", "hysteroscopy") or an appointment, dose or sample word
_EVENT_BEFORE = re.compile(r"(?:\b[a-z]{3,}ed|(?:^|(?<=\n)|(?<=[.;] ))[A-Z][a-z]{2,}ed|(?i:\b(?:[a-z]+(?:ectomy|otomy|ostomy|plasty|scopy|graphy|ment|sis)|look|graft|clinic|run|"
                           r"fill|dose|sample|specimen|visit|appt|appointment|surgery|op|procedure|scan|biopsy|transfer|"
                           r"admission|discharge|available|due|ends?|expires?|next|last|booked|injury|injured|incident|accident|"
                           r"exposure|resection|repair|fixation|insertion|removal|excision|ablation|replacement|transplant|"
                           r"induction|injection|infusion|vaccination|yesterday|today|tomorrow)))[,:]?[ \t]+\(?$")
# a questionnaire's or a scale's letters a few words before a slashed pair (see _dated_day_month)
_QUESTIONNAIRE_BEFORE = re.compile(r"(?:(?i:(?<![\w-])(?:phq-?9|phq-?2|gad-?7|epds|mmse|moca|ace-?iii|hads|k-?10|dass(?:-21)?|ipss|"
                                   r"nihss|pcl-?5|ciwa(?:-ar)?|cows|gcs))|(?<![\w-])AUDIT(?:-C)?)(?![\w-])(?P<between>[^\n/\d]{0,12})\Z")
# (the totals those scales are scored out of, as each instrument's published scoring gives them: PHQ-2 6, AUDIT-C 12,
# GCS 15, GAD-7 and a HADS subscale 21, PHQ-9 27, MMSE, MoCA and EPDS 30, IPSS 35, AUDIT 40, NIHSS and HADS 42, COWS 48,
# K10 50, DASS-21 63, CIWA-Ar 67, PCL-5 80, ACE-III 100; a date after a word that dates it is a date: "MoCA booked for
# 11/30")
_QUESTIONNAIRE_TOTALS = frozenset({6, 12, 15, 21, 27, 30, 35, 40, 42, 48, 50, 63, 67, 80, 100})
_DATES_IT = re.compile(r"(?i:\b(?:on|due|for|booked|done|last|since|from|until|by|at|was|dated?)\b)")
# a score's name a few words before ("Strength improved 4/5", "pain reduced 3/10")
_SCORE_WORD = re.compile(r"(?i:\b(?:power|strength|pain|score[ds]?|grade[ds]?|gcs|vas|nrs|mrc|apgar|vision|acuity|sats?|"
                         r"flexion|extension|abduction|adduction|rotation|grip|cycles?|courses?)\b)")
# what makes a day-and-month shape a score, a fraction or a reading
_SCORE_BEFORE = re.compile(r"(?i:\b(?:power|gcs|mmse|moca|ace-?iii|score[ds]?|pain|strength|grade|va|acuity|vision|ratio|apgar|"
                           r"bishop|nrs|vas|mrc|oxford|sats?|spo2|fio2|p/f|rr|hr|bp|x|parity|para|gravida|g\d+p|"
                           r"scored?|rated|out|of|in|at|about|approx|~)\b[^\n/]{0,6}|[=~<>×x*:]\s*)$")
_SCORE_AFTER = re.compile(r"[ \t]*(?:\(|[A-Z][a-z]|(?i:rd|road|st|street|ave|avenue|dr|drive|cres|ct|court|pl|place|way|lane|ln)\b|(?i:on|in|at)[ \t]+(?:the[ \t]+)?(?:scale|score|test|exam)|(?i:power|strength|pain|"
                          r"vision|acuity|score|scale|points?|marks?|correct|criteria|positive|negative|cores?|nodes?|"
                          r"fingers?|toes?|teeth|segments?|vessels?|lobes?|quadrants?|limbs?|bottles?|sets?|samples?|"
                          r"doses?|puffs?|tabs?|tablets?|units?|ml|mg|mmol|l|sites?|areas?|attempts?|trials?|cycles?|"
                          r"courses?|fractions?|sessions?)\b)")


def infer_day_first(texts: Iterator[str] | list[str], default: bool = True) -> bool:
    """Day-first unless the texts hold an unambiguous month-first numeric date (and no day-first one)."""
    votes = {True: 0, False: 0}
    num = PATTERNS[1][1]
    for text in texts:
        for m in num.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            if a > 12 >= b:
                votes[True] += 1
            elif b > 12 >= a:
                votes[False] += 1
    if votes[True] == votes[False]:
        return default
    return votes[True] > votes[False]
