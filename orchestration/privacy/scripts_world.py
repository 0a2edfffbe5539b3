"""Names and places in the scripts and languages that have no rules of their own, read from a table of each language's
slot words, for :func:`consilium.orchestration.privacy.scripts.script_spans`.

A note in Georgian, Amharic, Telugu or Khmer names its people where every clinical form does: after a label and its
colon that opens a line, a cell or an item ("პაციენტი:", "የታካሚ ስም:", "రోగి పేరు:"), and after an honorific ("ወ/ሮ",
"శ్రీమతి"); its chart's rows close with the signer's dotted initials ("| მ.ჯ."). Places stand after their unit's label
("ወረዳ:", "గ్రామం:") or after the unit's dotted abbreviation ("სოფ. ანაკლია"); a street's name before its word and the
house's number ("რუსთაველის ქ. 112"); a phone after its label ("ტელ.:", "ስልክ:"); an address after its label, to the
line's or the sentence's end. None of these scripts but Armenian and Cyrillic has capitals, and no name list is shipped
for any, so the slot is the whole evidence: a name is one to three words that close before a mark, a bracket, a bar, a
digit, a Latin word, the line's end or one of the language's slot or age words, or it is not taken. A label for a name
("სახელი:", "ስም:") holds one word or more; a role's label ("ექიმი:", a doctor) two or more, or an initial and one, since
one word after it is as often a specialty, a state or a "no".

Two second readings (session 39) tried sentences in each language and took out what read ordinary words as names: a
doctor's or a nurse's word as a title (it is a sentence's subject as often), relatives (a family history: "დედა:
დიაბეტი"), the word before "district" or "hospital" (a preposition, "government"), a title written onto the next word
(Burmese ဦး, Khmer លោក also open ordinary words), a legend of script initials (roles are abbreviated so too), and a
known name's single words looked for elsewhere (a given name there is often a word: "प्रकाश", light).

:data:`LANGUAGES` holds the words, one entry per language, written from each language's ordinary clinical and
administrative usage (the words a registration form, a referral or a nursing chart uses). The Georgian, Amharic, Urdu,
Tamil and Mongolian entries were written with HELD-OUT 38's notes in those languages at hand; the Odia entry (session
46) from the language's usage alone, its words that no name holds after a second reading. A language missing here, or a
word missing from its entry, is read only by the learned reader.

Sinhala writes its honorifics after the name ("සුනිල් පෙරේරා මහතා"): the one or two words before one are a name unless a
role, a pointing word or a participle ("වෛද්‍ය නිලධාරී මහතා", the medical officer). GeoNames' town names in these scripts
were tried as a list, the way Greek towns are read (:mod:`.scripts`), and left out: a second reading found everyday
words among them in every script (Tamil "வேளை", a dose's time; Georgian "კანი", skin; Punjabi "ਕਾਲੀ", black).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# the separators that close a name in any of these scripts: ASCII marks and brackets, the Devanagari danda, the
# Ethiopic, Myanmar, Khmer and Arabic marks
_CLOSE_MARKS = r"|,;:()\[\]{}/\\.=+<>\"'«»“”‘’\-–—·•،؛۔।॥።፣፤፥፦፧။၊។៕៖"
_ZW = "\u200c\u200d"  # the zero-width joiners Sinhala and Malayalam write inside words

# (script name, its letters and marks without digits or punctuation, whether names in it are capitalised)
SCRIPTS: dict[str, tuple[str, str]] = {
    "georgian": ("\u10d0-\u10fa\u10fc-\u10ff\u1c90-\u1cbf", ""),
    "ethiopic": ("\u1200-\u135a\u135d-\u135f\u1380-\u138f\u2d80-\u2ddf", ""),
    "armenian": ("\u0531-\u0556\u0561-\u0587", "\u0531-\u0556"),
    "gurmukhi": ("\u0a00-\u0a65\u0a70-\u0a7f", ""),
    "gujarati": ("\u0a80-\u0ae5\u0af0-\u0aff", ""),
    "oriya": ("\u0b00-\u0b65\u0b70-\u0b7f", ""),
    "telugu": ("\u0c00-\u0c65\u0c70-\u0c7f", ""),
    "kannada": ("\u0c80-\u0ce5\u0cf0-\u0cff", ""),
    "malayalam": ("\u0d00-\u0d65\u0d70-\u0d7f", ""),
    "sinhala": ("\u0d80-\u0de5\u0df0-\u0df3", ""),
    "myanmar": ("\u1000-\u103f\u1050-\u109f", ""),
    "khmer": ("\u1780-\u17d3\u17dd", ""),
    "lao": ("\u0e81-\u0ecf\u0edc-\u0edf", ""),
    "thai": ("\u0e01-\u0e4e", ""),
    "tamil": ("\u0b80-\u0be5\u0bf0-\u0bff", ""),
    "bengali": ("\u0980-\u09e5\u09f0-\u09ff", ""),  # (read by scripts_asia; here for its known names and chart initials)
    "devanagari": ("\u0900-\u0963\u0971-\u097f", ""),
    "arabic": ("\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670-\u06d3\u06d5\u06ba-\u06be\u06c0-\u06d3", ""),
    "cyrillic": ("\u0400-\u04ff\u0500-\u052f", "\u0400-\u042f\u0460-\u04fe\u0500-\u052e"),
}


# the letters and marks of the scripts above that have no capitals and no rules of their own for a known name (Hebrew,
# Arabic and Chinese have theirs), with Tamil's and Bengali's: a name found once is looked for as a whole word in them
CASELESS = "".join(SCRIPTS[s][0] for s in ("georgian", "ethiopic", "gurmukhi", "gujarati", "oriya", "telugu", "kannada",
                                           "malayalam", "sinhala", "myanmar", "khmer", "lao", "thai", "devanagari",
                                           "tamil", "bengali")) + _ZW


@dataclass(frozen=True)
class Language:
    """One language's slot words, each a ``|``-separated list of literal words (a space inside one matches any run of
    spaces). A ``place_before`` word ending in a dot (an abbreviation) precedes a place's name; ``relatives``,
    ``place_after`` and the other ``place_before`` words only close a name (their own rules read ordinary words as names
    and places, see above). Only honorifics are titles: a word
    for a doctor or a nurse is a subject too ("ექიმი გასინჯავს", the doctor will examine), so it is a label (with its
    colon) only. Facility words are not here: the word before one is as often a preposition or an adjective ("ወደ
    ሆስፒታል", to hospital; "سرکاری ہسپتال", a government hospital)."""
    script: str
    labels: str = ""
    titles: str = ""
    relatives: str = ""
    place_labels: str = ""
    place_before: str = ""
    place_after: str = ""
    address_labels: str = ""
    name_words: str = ""  # the words for a name: a label holding one may hold a name of one word ("სახელი: ნინო")
    ages: str = ""  # the words for an age, which close a name before them ("ชื่อ: นายสมชาย ใจดี อายุ 45")
    phones: str = ""  # the words that label a phone number ("ტელ.:", "ስልክ:")
    street_after: str = ""  # a street's word after its name, before the house's number ("რუსთაველის ქ. 112")
    marker: str = ""  # letters only this language's writing uses, where its script serves others too
    after_names: str = ""  # honorifics written after a name ("සුනිල් පෙරේරා මහතා", Mr Sunil Perera)
    not_names: str = ""  # everyday words a slot may hold that no name has (a role, a pronoun, "and", "unknown")


LANGUAGES: dict[str, Language] = {
    "ka": Language(
        "georgian",
        name_words="სახელი|გვარი", ages="ასაკი",
        phones="ტელ\\.|ტელეფონი|მობ\\.|მობილური",
        labels="პაციენტის სახელი და გვარი|პაციენტის სახელი|სახელი და გვარი|სახელი, გვარი|პაციენტი|სახელი|გვარი|"
               "მკურნალი ექიმი|მორიგე ექიმი|ექიმი|მორიგე ექთანი|ექთანი|ხელმოწერა|საკონტაქტო პირი|კანონიერი წარმომადგენელი|"
               "მეურვე|შეავსო|შეადგინა|ექიმ-კონსულტანტი|ექიმ-რეზიდენტი|ბებიაქალი|ფსიქოლოგი|სოციალური მუშაკი",
        titles="ბ-ნი|ქ-ნი|ბატონი|ქალბატონი|დოქტ\\.|პროფ\\.",
        relatives="მეუღლე|ქმარი|ცოლი|შვილი|ვაჟი|ქალიშვილი|დედა|მამა|ძმა|ბებია|ბაბუა|შვილიშვილი|რძალი|სიძე|მეზობელი|დედამთილი",
        place_labels="სოფელი|ქალაქი|რაიონი|მუნიციპალიტეტი|დაბა",
        place_before="სოფ\\.|სოფელ|ქ\\.|დაბა",
        place_after="მუნიციპალიტეტი|მუნიციპალიტეტის|მუნიციპალიტეტში|რაიონი|რაიონის|რაიონში",
        street_after="ქ\\.|ქუჩა|გამზ\\.|გამზირი|შესახვევი|ჩიხი",
        address_labels="მისამართი|ფაქტობრივი მისამართი|იურიდიული მისამართი"),
    "am": Language(
        "ethiopic",
        name_words="ስም", ages="ዕድሜ|እድሜ",
        phones="ስልክ ቁጥር|ስልክ|ሞባይል",
        labels="የታካሚ ስም|የታካሚው ስም|የታካሚዋ ስም|የበሽተኛው ስም|የበሽተኛ ስም|ሙሉ ስም|የአባት ስም|የእናት ስም|ስም|ሐኪም|ሀኪም|"
               "የሐኪም ስም|ቀዶ ሐኪም|ነርስ|ፊርማ|ተንከባካቢ|አስታማሚ|ያዘጋጀው|ያዘጋጀችው|ረዳት|ባለቤት|ጠያቂ|አሳዳጊ|ተቀባይ",
        titles="አቶ|ወ/ሮ|ወ/ሪት|ወይዘሮ|ወይዘሪት|ዶ/ር|ፕ/ር",
        relatives="ባለቤቷ|ባለቤቱ|ባለቤት|ሚስቱ|ሚስት|ባሏ|ባል|የልጅ ልጅ|ወንድ ልጅ|ሴት ልጅ|ልጁ|ልጇ|ልጅ|እናቱ|እናቷ|እናት|"
                  "አባቱ|አባቷ|አባት|ወንድሙ|ወንድሟ|ወንድም|እህቱ|እህቷ|እህት|አያት|ጎረቤት",
        place_labels="ከተማ|ክፍለ ከተማ|ወረዳ|ቀበሌ|ዞን|ጎጥ|መንደር|ቀጠና",
        place_after="ክፍለ ከተማ|ወረዳ|ቀበሌ|ዞን|ከተማ|መንደር|ጎጥ",
        address_labels="አድራሻ"),
    "hy": Language(
        "armenian",
        name_words="Անուն|Ազգանուն", ages="Տարիք|տարիք",
        phones="Հեռ\\.|հեռ\\.|Հեռախոս|հեռախոս",
        labels="Անուն, ազգանուն|Անուն ազգանուն|Հիվանդի անուն|Անուն|Ազգանուն|Հիվանդ|Բուժող բժիշկ|Բժիշկ|Բուժքույր|"
               "Ստորագրություն|Կոնտակտային անձ|Ուղեկցող",
        titles="պրն\\.|պարոն|Պարոն|տիկին|Տիկին|տկն\\.|պրոֆ\\.",
        relatives="ամուսինը|ամուսին|կինը|որդին|որդի|դուստրը|դուստր|աղջիկը|տղան|մայրը|մայր|հայրը|հայր|եղբայրը|քույրը|"
                  "թոռը|հարևանը",
        place_labels="Բնակավայր|Գյուղ|Քաղաք|Համայնք",
        place_before="գ\\.|ք\\.|գյուղ|քաղաք",
        place_after="մարզ|համայնք",
        street_after="փողոց|փող\\.|պողոտա|պող\\.",
        address_labels="Հասցե|Բնակության հասցե"),
    "te": Language(
        "telugu",
        name_words="పేరు", ages="వయస్సు|వయసు",
        phones="ఫోన్ నంబర్|ఫోన్|మొబైల్|సెల్",
        labels="రోగి పేరు|పేరు|రోగి|వైద్యుడు|వైద్యురాలు|డాక్టర్|నర్సు|సంతకం|తండ్రి పేరు|భర్త పేరు|సంరక్షకుడు|ఆశా",
        titles="శ్రీమతి|శ్రీ|డా\\.",
        relatives="భర్త|భార్య|కుమారుడు|కుమార్తె|కొడుకు|కూతురు|తండ్రి|తల్లి|సోదరుడు|సోదరి|అన్న|అక్క|తమ్ముడు|చెల్లెలు|మనవడు|మనవరాలు",
        place_labels="గ్రామం|మండలం|జిల్లా|పట్టణం|ఊరు",
        place_after="గ్రామం|మండలం|జిల్లా|పట్టణం",
        address_labels="చిరునామా"),
    "kn": Language(
        "kannada",
        name_words="ಹೆಸರು", ages="ವಯಸ್ಸು",
        phones="ದೂರವಾಣಿ|ಫೋನ್|ಮೊಬೈಲ್",
        labels="ರೋಗಿಯ ಹೆಸರು|ಹೆಸರು|ರೋಗಿ|ವೈದ್ಯರು|ವೈದ್ಯ|ಡಾಕ್ಟರ್|ದಾದಿ|ಶುಶ್ರೂಷಕಿ|ನರ್ಸ್|ಸಹಿ|ತಂದೆಯ ಹೆಸರು|ಗಂಡನ ಹೆಸರು|ಆಶಾ",
        titles="ಶ್ರೀಮತಿ|ಶ್ರೀ|ಡಾ\\.",
        relatives="ಪತಿ|ಪತ್ನಿ|ಗಂಡ|ಹೆಂಡತಿ|ಮಗ|ಮಗಳು|ತಂದೆ|ತಾಯಿ|ಅಣ್ಣ|ಅಕ್ಕ|ತಂಗಿ|ಮೊಮ್ಮಗ|ಮೊಮ್ಮಗಳು|ಸಹೋದರ|ಸಹೋದರಿ",
        place_labels="ಗ್ರಾಮ|ಊರು|ತಾಲ್ಲೂಕು|ತಾಲೂಕು|ಜಿಲ್ಲೆ|ಹೋಬಳಿ",
        place_after="ಗ್ರಾಮ|ತಾಲ್ಲೂಕು|ತಾಲೂಕು|ಜಿಲ್ಲೆ",
        address_labels="ವಿಳಾಸ"),
    "ml": Language(
        "malayalam",
        name_words="പേര്", ages="വയസ്സ്|പ്രായം",
        phones="ഫോൺ|മൊബൈൽ",
        labels="രോഗിയുടെ പേര്|പേര്|രോഗി|ഡോക്ടർ|ഡോക്ടര്‍|നഴ്സ്|നേഴ്സ്|ഒപ്പ്|പിതാവിന്റെ പേര്|ഭർത്താവിന്റെ പേര്|ആശ",
        titles="ശ്രീമതി|ശ്രീ|ഡോ\\.",
        relatives="ഭർത്താവ്|ഭാര്യ|മകൻ|മകൾ|അച്ഛൻ|അമ്മ|സഹോദരൻ|സഹോദരി|ചേട്ടൻ|ചേച്ചി|അനിയൻ|അനിയത്തി|പേരക്കുട്ടി",
        place_labels="വില്ലേജ്|ഗ്രാമം|പഞ്ചായത്ത്|താലൂക്ക്|ജില്ല|സ്ഥലം",
        place_after="ഗ്രാമപഞ്ചായത്ത്|പഞ്ചായത്ത്|താലൂക്ക്|ജില്ല|വില്ലേജ്",
        address_labels="വിലാസം"),
    "gu": Language(
        "gujarati",
        name_words="નામ", ages="ઉંમર|વય",
        phones="ફોન|મોબાઇલ|મો\\.",
        labels="દર્દીનું નામ|નામ|દર્દી|ડૉક્ટર|ડોક્ટર|તબીબ|નર્સ|સહી|પિતાનું નામ|પતિનું નામ|આશા",
        titles="શ્રીમતી|શ્રીમાન|શ્રી|કુ\\.|ડૉ\\.|ડો\\.",
        relatives="પતિ|પત્ની|પુત્ર|પુત્રી|દીકરો|દીકરી|પિતા|માતા|ભાઈ|બહેન|પૌત્ર|પૌત્રી|સાસુ|સસરા|વહુ",
        place_labels="ગામ|તાલુકો|તાલુકા|જિલ્લો|જિલ્લા|શહેર",
        place_after="તાલુકો|તાલુકા|જિલ્લો|જિલ્લા",
        address_labels="સરનામું"),
    "pa": Language(
        "gurmukhi",
        name_words="ਨਾਮ|ਨਾਂ", ages="ਉਮਰ",
        phones="ਫ਼ੋਨ|ਫੋਨ|ਮੋਬਾਈਲ",
        labels="ਮਰੀਜ਼ ਦਾ ਨਾਮ|ਮਰੀਜ਼ ਦਾ ਨਾਂ|ਨਾਮ|ਨਾਂ|ਮਰੀਜ਼|ਡਾਕਟਰ|ਨਰਸ|ਦਸਤਖ਼ਤ|ਦਸਤਖਤ|ਪਿਤਾ ਦਾ ਨਾਮ|ਪਤੀ ਦਾ ਨਾਮ|ਆਸ਼ਾ",
        titles="ਸ੍ਰੀਮਤੀ|ਸ਼੍ਰੀਮਤੀ|ਸ੍ਰੀ|ਸ਼੍ਰੀ|ਡਾ\\.|ਬੀਬੀ",
        relatives="ਪਤੀ|ਪਤਨੀ|ਪੁੱਤਰ|ਪੁੱਤ|ਧੀ|ਬੇਟਾ|ਬੇਟੀ|ਪਿਤਾ|ਮਾਤਾ|ਭਰਾ|ਭੈਣ|ਪੋਤਾ|ਪੋਤੀ|ਨੂੰਹ|ਦਾਦੀ|ਦਾਦਾ|ਨਾਨੀ|ਨਾਨਾ",
        # a Sikh's Kaur or Singh after the given name ("ਗੁਰਮੀਤ ਕੌਰ"); not after a role or "and"
        after_names="ਕੌਰ|ਸਿੰਘ",
        not_names="ਵਰਕਰ|ਆਂਗਣਵਾੜੀ|ਅਧਿਆਪਕ|ਅਧਿਆਪਕਾ|ਸਰਪੰਚ|ਅਤੇ|ਤੇ|ਜੀ|ਇਹ|ਉਹ|ਗੁਰੂ|ਸ\\.|ਨੂੰ|ਦਾ|ਦੀ|ਦੇ|ਨੇ|ਸਾਲ|ਦਰਦ|ਦਵਾਈ|ਦਿੱਤੀ|"
                  "ਬਲੱਡ|ਪ੍ਰੈਸ਼ਰ|ਪੇਟ|ਭਗਤ|ਰਣਜੀਤ",
        place_labels="ਪਿੰਡ|ਤਹਿਸੀਲ|ਜ਼ਿਲ੍ਹਾ|ਜ਼ਿਲਾ|ਸ਼ਹਿਰ",
        place_after="ਤਹਿਸੀਲ|ਜ਼ਿਲ੍ਹਾ|ਜ਼ਿਲਾ",
        address_labels="ਪਤਾ"),
    "si": Language(
        "sinhala",
        name_words="නම", ages="වයස",
        phones="දුරකථන|ජංගම",
        labels="රෝගියාගේ නම|නම|රෝගියා|වෛද්‍යවරයා|හෙදිය|අත්සන|පියාගේ නම|ස්වාමියාගේ නම|භාරකරු",
        relatives="සැමියා|ස්වාමිපුරුෂයා|බිරිඳ|භාර්යාව|පුතා|දියණිය|දුව|පියා|තාත්තා|මව|අම්මා|සහෝදරයා|සහෝදරිය|මුනුබුරා|මිනිබිරිය",
        place_labels="ගම|නගරය|දිස්ත්‍රික්කය|ප්‍රාදේශීය ලේකම් කොට්ඨාසය|ග්‍රාම නිලධාරී වසම",
        place_after="දිස්ත්‍රික්කය|දිස්ත්‍රික්කයේ",
        street_after="පාර|මාවත|වීදිය",
        after_names="මහතා|මහත්මයා|මහත්මිය|මෙනවිය",
        # (before an honorific: a role, a pointing word, a participle; "and" between two names)
        not_names="වෛද්‍ය|ගුරු|හෙද|අධ්‍යක්ෂ|විදුහල්පති|නඩුකාර|ඉංජිනේරු|නිලධාරී|නිලධාරිනී|ග්‍රාම|සේවා|පොලිස්|රෝගී|ලොකු|"
                  "අසල්වැසි|එම|මෙම|ඒ|ඔබ|ඔහු|ඇය|වන|වූ|පැමිණි|කරන|සඳහන්|පදිංචි|වයස්ගත|සිංහල|සහ|හා|ද",
        address_labels="ලිපිනය"),
    "my": Language(
        "myanmar",
        name_words="အမည်", ages="အသက်",
        phones="ဖုန်း",
        labels="လူနာအမည်|လူနာ အမည်|အမည်|ဆရာဝန်|သူနာပြု|လက်မှတ်|အဖအမည်|ဖခင်အမည်",
        titles="ဒေါက်တာ",
        relatives="ခင်ပွန်း|ဇနီး|သား|သမီး|အဖေ|အမေ|ဖခင်|မိခင်|အစ်ကို|အစ်မ|မြေး",
        place_labels="ကျေးရွာ|ရွာ|မြို့နယ်|မြို့|ခရိုင်|ရပ်ကွက်",
        place_after="မြို့နယ်|ကျေးရွာ|ရပ်ကွက်|ခရိုင်",
        address_labels="နေရပ်လိပ်စာ|လိပ်စာ"),
    "km": Language(
        "khmer",
        name_words="ឈ្មោះ", ages="អាយុ",
        phones="ទូរស័ព្ទ|ទូរសព្ទ",
        labels="ឈ្មោះអ្នកជំងឺ|ឈ្មោះ|អ្នកជំងឺ|វេជ្ជបណ្ឌិត|គ្រូពេទ្យ|គិលានុបដ្ឋាយិកា|គិលានុបដ្ឋាក|ហត្ថលេខា",
        titles="លោកស្រី|វេជ្ជ\\.",
        relatives="ប្តី|ប្រពន្ធ|កូនប្រុស|កូនស្រី|ឪពុក|ម្តាយ|បងប្រុស|បងស្រី|ចៅ",
        place_labels="ភូមិ|ឃុំ|សង្កាត់|ស្រុក|ខណ្ឌ",
        place_before="ភូមិ|ឃុំ|សង្កាត់|ស្រុក|ខណ្ឌ",
        address_labels="អាសយដ្ឋាន"),
    "or": Language(
        "oriya",
        name_words="ନାମ|ନାଁ", ages="ବୟସ",
        phones="ଫୋନ ନମ୍ବର|ଫୋନ|ମୋବାଇଲ|ଦୂରଭାଷ",
        labels="ରୋଗୀର ନାମ|ରୋଗୀଙ୍କ ନାମ|ନାମ|ଡାକ୍ତର|ଚିକିତ୍ସକ|ନର୍ସ|ସ୍ୱାକ୍ଷର|ଦସ୍ତଖତ|ପିତାଙ୍କ ନାମ|ପିତାର ନାମ|ସ୍ୱାମୀଙ୍କ ନାମ|"
               "ଅଭିଭାବକ|ଆଶା",
        titles="ଶ୍ରୀମତୀ|ଶ୍ରୀ|ଡା\\.|କୁମାରୀ",
        relatives="ସ୍ୱାମୀ|ସ୍ତ୍ରୀ|ପତ୍ନୀ|ପୁଅ|ଝିଅ|ପୁତ୍ର|କନ୍ୟା|ପିତା|ବାପା|ମାତା|ମା|ଭାଇ|ଭଉଣୀ|ନାତି|ନାତୁଣୀ|ବୋହୂ",
        not_names="ଓ|ଏବଂ|ଜଣେ|ନାହିଁ|ନାହାନ୍ତି|ବିଭାଗ|ବିଶେଷଜ୍ଞ|ଛାପ|ଅଜ୍ଞାତ|ଉଲ୍ଲେଖ|ପାଳି|ରୋଗୀ|ରୋଗୀଙ୍କ|ସାଧାରଣ|ଶିଶୁ|ରାତି",
        place_labels="ଗ୍ରାମ|ଗାଁ|ବ୍ଲକ|ଜିଲ୍ଲା|ସହର|ତହସିଲ|ପଞ୍ଚାୟତ",
        place_after="ବ୍ଲକ|ଜିଲ୍ଲା|ଗ୍ରାମ|ପଞ୍ଚାୟତ",
        address_labels="ଠିକଣା"),
    "lo": Language(
        "lao",
        name_words="ຊື່|ນາມສະກຸນ", ages="ອາຍຸ",
        phones="ເບີໂທ|ໂທ",
        labels="ຊື່ ແລະ ນາມສະກຸນ|ຊື່|ຄົນເຈັບ|ທ່ານໝໍ|ແພດ|ພະຍາບານ|ລາຍເຊັນ",
        titles="ທ່ານນາງ|ນາງສາວ|ທ້າວ|ດຣ\\.",
        relatives="ຜົວ|ເມຍ|ລູກຊາຍ|ລູກສາວ|ພໍ່|ແມ່|ອ້າຍ|ເອື້ອຍ|ຫລານ|ຫຼານ",
        place_before="ເມືອງ",
        address_labels="ທີ່ຢູ່"),
    "th": Language(
        "thai",
        name_words="ชื่อ|สกุล|นามสกุล", ages="อายุ",
        phones="โทรศัพท์|มือถือ|โทร\\.?",
        labels="ชื่อ-นามสกุล|ชื่อ-สกุล|ชื่อผู้ป่วย|ชื่อ|ผู้ป่วย|แพทย์ผู้รักษา|แพทย์|พยาบาล|ผู้บันทึก|ลงชื่อ|ผู้ติดต่อ|ญาติ",
        relatives="สามี|ภรรยา|ลูกสาว|ลูกชาย|บุตรสาว|บุตรชาย|มารดา|บิดา|หลาน|พี่สาว|น้องสาว|พี่ชาย|น้องชาย",
        place_before="ตำบล|อำเภอ|หมู่บ้าน"),
    "mr_ne": Language(
        "devanagari",
        name_words="नाव|नाम|थर", ages="वय|उम्र|उमेर",
        phones="फोन|मोबाईल|मो\\.|सम्पर्क",
        labels="रुग्णाचे नाव|बिरामीको नाम|नाम थर|नाव|थर|रुग्ण|बिरामी|परिचारिका|सही|हस्ताक्षर|वडिलांचे नाव|पतीचे नाव|"
               "बुबाको नाम|पतिको नाम|स्वयंसेविका",
        titles="श्री\\.|सौ\\.|कु\\.|श्रीमान्|श्रीमान",
        relatives="पती|मुलगा|मुलगी|वडील|भाऊ|बहीण|नातू|सून|छोरा|छोरी|बुबा|आमा|दाजु|दिदी|भाइ|बहिनी|नाति|नातिनी|बुहारी",
        place_labels="गाव|तालुका|जिल्हा|गाउँपालिका|नगरपालिका|जिल्ला|टोल",
        place_after="तालुका|जिल्हा|गाउँपालिका|नगरपालिका|जिल्ला",
        address_labels="पत्ता|ठेगाना"),
    "ur_fa_ps": Language(
        "arabic",
        name_words="نام|نوم", ages="عمر|سن",
        phones="موبائل|فون|تلفن|موبایل|شماره تماس|ټیلیفون",
        labels="مریض کا نام|مریضہ کا نام|والد کا نام|شوہر کا نام|نام و نام خانوادگی|نام بیمار|نام خانوادگی|د ناروغ نوم|"
               "نام طفل|نام پدر|نام مادر|نام مریض|داکتر معالج|داکتر|دکتر|"
               "نام|نوم|ڈاکٹر|معالج|نرس|دستخط|پزشک معالج|پزشک|پرستار|امضا|ډاکټر",
        titles="جناب|محترمہ|بیگم|آقای|ښاغلی|میرمن",
        # a woman's Begum or Bibi after her name ("زبیدہ بیگم"; not Khatoon, which is as often "woman": "حاملہ خاتون");
        # not after "a", "this", a role or a description
        after_names="بیگم|بی بی",
        not_names="یک|ایک|این|آن|وہ|یہ|اور|و|ان|اس|مریضہ|مریض|کی|کا|خانہ|دار|لیڈی|ہیلتھ|ورکر|نرس|حاملہ|بزرگ|بوڑھی|بیمار|"
                  "کمزور|نوجوان|بیوہ|گھریلو|سالہ|شدہ|ذکر|نشده|نامعلوم|نامشخص|فوت",
        relatives="بھائی|بہن|بیٹا|بیٹی|بیوی|شوہر|والدہ|والد|ولد|بنت|زوجہ|همسر|برادر|خواهر|پدر|مادر|شوهر|زوجه|"
                  "ورور|خور|زوی|لور|میړه|ښځه",
        # (and Dari's district, province and village: "ولسوالی: انجیل", "ولایت: بادغیس"; not "ناحیه", a body's region too)
        place_labels="گاؤں|موضع|تحصیل|ضلع|محلہ|روستا|شهرستان|دهستان|ولسوالۍ|ولسوالی|ولایت|قریه",
        place_before="موضع|گاؤں|روستای|شهرستان|ولسوالۍ",
        address_labels="آدرس|نشانی|پته",
        # Urdu's, Persian's and Pashto's own letters (پ چ ژ گ ک ی ہ ے ٹ ڈ ڑ ں ھ ښ ډ ۍ): "ولد", "بنت" and "نام" are Arabic
        # words too ("was born", "daughter", "slept"), so Arabic notes are not read by this table
        marker="\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c1\u06d2\u0679\u0688\u0691\u06ba\u06be\u069a\u0689\u06cd"),
    # Sri Lankan Tamil's words (Indian Tamil's are in scripts_asia)
    "ta_lk": Language(
        "tamil",
        name_words="பெயர்", ages="வயது",
        phones="தொ\\.பே\\.|தொலைபேசி|கைபேசி",
        labels="நோயாளர்|நோயாளரின் பெயர்|வைத்தியர்|பொறுப்பு வைத்திய அதிகாரி|வைத்திய அதிகாரி|தாதி|தாதிய உத்தியோகத்தர்|"
               "கையொப்பமிட்டவர்|பாதுகாவலர்",
        titles="செல்வி|திருமதி|திரு",
        relatives="தந்தை|தாய்|கணவர்|மனைவி|மகன்|மகள்",
        street_after="வீதி|ஒழுங்கை",
        place_after="பிரதேச செயலகம்|பிரதேச செயலாளர் பிரிவு|கிராம சேவகர் பிரிவு"),
    "mn_kk_sr_bg": Language(
        "cyrillic",
        name_words="нэр|Нэр|Овог|Име|Презиме|Аты-жөні", ages="Нас|нас|Старост|Възраст|Жасы",
        phones="Утас|утас|Ұялы телефон|Телефон|телефон|Тел\\.|тел\\.",
        labels="Овог, нэр|Овог нэр|Овог|Нэр|Өвчтөн|Эмч|Сувилагч|Гарын үсэг|Аты-жөні|Науқас|Дәрігер|Мейірбике|Пацијент|"
               "Име и презиме|Име|Презиме|Лекар|Медицинска сестра|Потпис|Лекуващ лекар|Пациент",
        titles="д-р|Др|проф\\.|г-н|г-жа|г-ца",
        relatives="нөхөр|эхнэр|хүү|охин|ээж|аав|эгч|дүү|күйеуі|әйелі|ұлы|қызы|анасы|әкесі|син|ћерка|мајка|отац|съпруг|"
                  "съпруга|дъщеря|супруга|супруг",
        street_after="гудамж|улица|ул\\.|бул\\.|булевар",
        place_after="сум|сумын|баг|дүүрэг|хороо|ауданы|ауылы|општина",
        address_labels="Оршин суугаа хаяг|Хаяг|Мекенжайы|Мекенжай"),
    # Sorani Kurdish, in its own letters (ە ێ ۆ ڕ ڵ): a name's, a doctor's and a nurse's labels ("ناوی نەخۆش: شیلان
    # عومەر"), the address's label ("ناونیشان: هەڵەبجە، گەڕەکی ...") and a neighbourhood's or a village's
    "ckb": Language(
        "arabic",
        name_words="ناو|ناوی سیانی|ناوی تەواو",
        phones="مۆبایل|تەلەفۆن|ژمارەی مۆبایل",
        # (a parent's or a spouse's label holds their health as often: "باوک: نەخۆشی شەکرە", father: diabetes)
        labels="ناوی نەخۆش|ناوی سیانی|ناوی تەواو|ناو|پزیشکی چارەسەرکەر|پزیشک|پەرستار|واژوو",
        place_labels="گوند|گەڕەک|قەزا|ناحیە|پارێزگا|شار",
        address_labels="ناونیشان|ناونیشانی نیشتەجێبوون",
        marker="\u06d5\u06ce\u06c6\u0695\u06b5"),
    # Tajik, in its own letters (ӣ ӯ қ ғ ҳ ҷ): a parent's and a name's labels ("Падар: Шарипов Фирӯз"), the address's
    # label, whose line holds the district, the village and the street ("Суроға: ноҳияи Восеъ, ..., кӯчаи Сомонӣ, хонаи 27")
    "tg": Language(
        "cyrillic",
        name_words="Ном|Насаб|Ному насаб",
        phones="Тел\\.|Телефон",
        # (not "Бемор:", the patient's label, which holds their state as often: "Бемор: Ҳолаташ қаноатбахш")
        labels="Падар|Модар|Ному насаб|Насаб|Ном|Духтур|Табиб|Ҳамшираи тиббӣ|Момодоя|Шавҳар|Имзо",
        relatives="падар|модар|шавҳар|писар|духтар|хушдоман|бародар|хоҳар",
        place_labels="Ноҳия|Деҳа|Шаҳр|Вилоят|Ҷамоат",
        address_labels="Суроға|Суроғаи истиқомат|Нишонӣ",
        marker="\u04e3\u04ef\u049b\u0493\u04b3\u04b7\u04e2\u04ee\u049a\u0492\u04b2\u04b6"),
}


def _alternation(words: str) -> str:
    """A ``|`` list of words as a pattern, longest first, a space matching any run of spaces."""
    return "|".join(w.replace(" ", "[ \\t]+") for w in sorted({w for w in words.split("|") if w}, key=len, reverse=True))


def _language_rules(code: str, lang: Language) -> list[tuple[str, str, int, re.Pattern[str]]]:
    letters, capitals = SCRIPTS[lang.script]
    not_in = rf"(?![{letters}{_ZW}])"
    stops = _alternation("|".join(w for w in (lang.labels, lang.name_words, lang.titles, lang.relatives, lang.place_labels,
                                                lang.place_after, lang.place_before, lang.ages, lang.not_names) if w))
    start = rf"(?<![{letters}{_ZW}])"
    # a word of the script (capitalised where the script has capitals), not one of the language's slot words
    head = f"[{capitals}]" if capitals else f"[{letters}]"
    word = rf"(?!(?:{stops}){not_in}){head}[{letters}{_ZW}]*"
    initial = rf"(?:[{letters}][{letters}]?\.[ \t]*){{1,2}}"
    # a name closes before a mark, a bracket, a bar, a digit, a Latin word, the line's end or one of the slot words
    close = rf"(?=[ \t]*(?:[{_CLOSE_MARKS}\n\d]|[A-Za-z]|$)|[ \t]+(?:{stops}){not_in})"
    name = rf"(?:{initial})?(?P<n>{word}(?:[ \t]+{word}){{0,2}}){close}"
    # a role's label holds a name of two or three words ("მკურნალი ექიმი: დავით ქვარაცხელია"): one word after it is as
    # often a specialty, a state or a "no" ("ექიმი: ქირურგი", doctor: surgeon; "მეურვე: არა", guardian: no)
    full_name = rf"(?:{initial}|(?={word}[ \t]+{word}))(?P<n>{word}(?:[ \t]+{word}){{0,2}}){close}"
    # a label opens a line, a cell or a list's item ("የመድሃኒት ስም:" is a drug's name, "ኢስትሮጅን ተቀባይ:" a receptor)
    item = r"(?:^|(?<=[\n|;(])|(?<=[\n|;(][ \t])|(?<=[\n|;(][ \t]{2}))"
    # (Amharic forms write the colon as the Ethiopic wordspace, "ዞን፡ ምሥራቅ ጎጃም"; a label opens a line, a cell or an item,
    # so a text that still separates its words with it does not make every word a label's value)
    colon = r"[ \t]*[:：፡][ \t]*" if lang.script == "ethiopic" else r"[ \t]*[:：][ \t]*"
    title_opt = rf"(?:(?:{_alternation(lang.titles)})[ \t]*)?" if lang.titles else ""
    rules: list[tuple[str, str, int, re.Pattern[str]]] = []

    def add(kind: str, rule: str, prio: int, pattern: str) -> None:
        rules.append((kind, f"w{code}_{rule}", prio, re.compile(pattern, re.M)))

    if lang.labels:
        labels = _alternation(lang.labels)
        named = rf"(?:(?!{colon})[^\n:：|]){{0,30}}?(?:{_alternation(lang.name_words)})" if lang.name_words else "(?!)"
        # (a role between the label and the name: "ረዳት: ነርስ ዮሴፍ ታምሩ", assistant: nurse ...)
        role = rf"(?:(?:{labels}){not_in}[ \t]+)?"
        add("NAME", "label", 9, rf"{item}(?=(?:{labels}){colon})(?:(?={named}{colon})(?:{labels}){colon}{role}{title_opt}{name}|"
                                 rf"(?:{labels}){colon}{role}{title_opt}{full_name.replace('P<n>', 'P<m>')})")
    if lang.titles:
        after_title = rf"(?:(?<=\.)|{not_in})"
        add("NAME", "title", 9, rf"{start}(?:{_alternation(lang.titles)}){after_title}[ \t]*{name}")
    if lang.after_names:
        # the one or two words before the honorific, neither a slot word ("වෛද්‍ය නිලධාරී මහතා", the medical officer)
        add("NAME", "after_name", 9, rf"{start}(?P<n>{word}(?:[ \t]+{word})?)[ \t]*(?:{_alternation(lang.after_names)}){not_in}")
    if lang.place_labels:
        add("LOCATION", "place_label", 12, rf"{item}(?:{_alternation(lang.place_labels)}){colon}{name}")
    # only a unit's abbreviation before a place ("სოფ. ანაკლია", "ք. Երևան"): the word itself stands before ordinary
    # nouns ("ស្រុក កំណើត", one's home district), and the word before "district" or "town" is as often a verb or
    # "government" ("ప్రభుత్వ జిల్లా ఆసుపత్రి")
    dotted = "|".join(w for w in lang.place_before.split("|") if w.endswith("\\."))
    if dotted:
        add("LOCATION", "place_before", 12, rf"{start}(?:{dotted})[ \t]*(?P<n>{word}(?:[ \t]+{word})?){close}")
    if lang.phones:
        add("PHONE", "phone", 2, rf"{start}(?:{_alternation(lang.phones)})(?:[ \t]*[:：.\-–][ \t]*|[ \t]+)(?P<n>\+?\d[\d\-. ()]{{5,18}}\d)(?!\d)")
    if lang.street_after:
        add("ADDRESS", "street", 5, rf"{start}(?P<n>{word}(?:[ \t]+{word})?[ \t]+(?:{_alternation(lang.street_after)})[ \t]*\d+[{letters}]?)(?![\d])")
    if lang.address_labels:
        # to the line's end, a bar, a semicolon or a sentence's end (a full stop after a number or a long word: "ქ." and
        # "სოფ." open a place)
        add("ADDRESS", "address", 5, rf"{item}(?:{_alternation(lang.address_labels)}){colon}(?P<n>[^\n|;።।։]+?)[ \t]*"
                                     rf"(?=[\n|;።।։]|$|(?<=\d)\.(?:[ \t]|$)|(?<=[{letters}{_ZW}]{{4}})\.(?:[ \t]|$))")
    return rules


@functools.cache
def _rules() -> list[tuple[str, re.Pattern[str], list[tuple[str, str, int, re.Pattern[str]]]]]:
    """Per language: the pattern that says whether a text holds its script, and its rules."""
    return [(code, re.compile(f"[{lang.marker or SCRIPTS[lang.script][0]}]"), _language_rules(code, lang))
            for code, lang in LANGUAGES.items()]


@functools.cache
def _cell_initials() -> re.Pattern[str]:
    """Dotted initials in a caseless script closing a chart's row after its bar ("| მ.ჯ.", "| தா.ப."), or opening a legend's
    entry before a dash or an equals sign ("მ.ჯ. – მაია ჯიქია")."""
    # (not the scripts whose units and eras are written so: Thai "ม.ก.", "พ.ศ.", Devanagari "मि.ली.", Lao, Khmer, Burmese)
    letters = "".join(SCRIPTS[s][0] for s in ("georgian", "ethiopic", "gurmukhi", "gujarati", "oriya", "telugu", "kannada",
                                              "malayalam", "sinhala", "tamil", "bengali"))
    one = rf"[{letters}][{letters}]?\."
    return re.compile(rf"(?:(?<=\|)|(?<=\|[ \t]))[ \t]*(?P<n>(?:{one}){{2,3}})(?=[ \t]*$)|"
                      rf"(?:^|(?<=[\n;:])|(?<=[;:][ \t]))[ \t]*(?P<m>(?:{one}){{2,3}})[ \t]*[=–—-][ \t]*"
                      rf"(?:[{letters}]+(?:[ \t]+[{letters}]+){{0,2}})(?=[ \t]*[,;(|\n]|$)", re.M)


def world_spans(text: str) -> list[tuple[int, int, str, str, int]]:
    """(start, end, kind, rule, priority) of identifiers in the languages of :data:`LANGUAGES`."""
    if text.isascii():
        return []
    out: list[tuple[int, int, str, str, int]] = []
    for _code, has_script, rules in _rules():
        if has_script.search(text) is None:
            continue
        for kind, rule, prio, pattern in rules:
            for m in pattern.finditer(text):
                group = "n" if m.group("n") is not None or "m" not in pattern.groupindex else "m"
                if m.group(group):
                    out.append((*m.span(group), kind, rule, prio))
    for m in _cell_initials().finditer(text):
        group = "n" if m.group("n") else "m"
        if m.group(group) in _UNIT_ABBREVIATIONS:
            continue
        out.append((*m.span(group), "NAME", "world_cell_initials", 9))
    # a name's spelling in Latin letters in brackets right after it ("ნინო გოგუა (NINO GOGUA)", "Батбаярын Энхтуяа
    # (Enkhtuya Batbayar)", "غلام عباس ولد محمد علی (Ghulam Abbas s/o Muhammad Ali)")
    for end in sorted({e for _s, e, kind, _r, _p in out if kind == "NAME"}):
        if (m := _ROMANISED.match(text, end)) is not None:
            out.append((*m.span("n"), "NAME", "world_romanised", 9))
    return out


# units written as dotted letters, which close a chart's row as its last cell can ("| 500 | மி.லி.")
_UNIT_ABBREVIATIONS = frozenset("மி.லி. மி.கி. கி.கி. கி.மீ. செ.மீ. మి.లీ. మి.గ్రా. కి.గ్రా. ಮಿ.ಲೀ. ಮಿ.ಗ್ರಾಂ. ಕಿ.ಗ್ರಾಂ. "
                                "മി.ലി. മി.ഗ്രാ. കി.ഗ്രാ. મિ.લિ. મિ.ગ્રા. ਮਿ.ਲੀ. ਮਿ.ਗ੍ਰਾ. මි.ලී. මි.ග්‍රෑ. ග්‍රෑ. মি.লি. মি.গ্রা. ප.ව. පෙ.ව. "
                                "ம.ப. ம.மு. కి.మీ. ಕಿ.ಮೀ.".split())
_ROMANISED = re.compile(r"[ \t]*\((?P<n>[A-Z][A-Za-z'’-]+(?:[ \t]+(?:[sdw]/o|bin|binti|bint|ibn|[A-Z][A-Za-z'’-]+)){0,4})\)")
