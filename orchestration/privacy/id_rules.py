"""Rules for the identifiers written as numbers, contacts and addresses, and for ages, for
:func:`consilium.orchestration.privacy.detect.detect`: record and insurance numbers, phones, e-mails,
URLs and IPs, plates, licences, serials, handles and codes, street addresses and postcodes.

Data only: each rule is (kind, rule, priority, pattern), the value being group ``v`` when present.
"""

from __future__ import annotations

import re

from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.namelists import is_common_word
from consilium.orchestration.privacy.scripts_he_ar import PHONE_LABELS as HE_AR_PHONE_LABELS
from consilium.orchestration.privacy.scripts_world import LANGUAGES
from consilium.orchestration.privacy.vocabulary import known


_c = re.compile  # short, for the rule tables below


_NUM_LABEL_TAIL = r"\s*(?:[:#=]|\bis\b|[-–])?\s*(?:(?:no|num|number)\.?\s*[:#]?\s*)?#?\s*"
_ID_VALUE = (
    r"(?P<v>(?-i:[A-Z]{4} ?\d{4} ?\d{4}(?!\d)|\d{3}[ -]\d{3}[ -]\d{4}(?!\d)|\d{3}[ -]\d{2}[ -]\d{4}(?!\d)|"
    r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b|\d{3,5}(?: \d{3,5}){1,3}(?!\d|\.\d)|"
    r"(?:(?:[A-Z]{1,5}[-/]){2,3}|[A-Z]{1,5}-[A-Z]{1,5} (?=\d)|[A-Z]{1,5}[-/]?|[A-Z]{1,5} (?=\d))?\d[\dA-Za-z]*(?:[-/.][\dA-Za-z]+)*))"
)
_MRN_LABEL = (
    r"MRN|M\.R\.N\.?|medical\s+record(?:\s+(?:number|no\.?|num|#))?|med\.?\s*rec(?:ord)?\.?|"
    r"hospital\s+(?:number|no\.?|#|id|num)|hosp\.?\s*(?:no\.?|#|number)|unit\s+(?:number|no\.?|#)|"
    r"case\s+(?:number|no\.?|#)|chart\s+(?:number|no\.?|#)|chart(?=[ \t]*:?[ \t]*\d+-\d|[ \t]*:?[ \t]*\d{5}|[ \t]*:?[ \t]*(?!IVF?-|NEWS-|IV-)[A-Z]{1,5}-\d{3})|patient\s+(?:id|number|no\.?|#|identifier)|"
    r"pt\.?\s*(?:id|no\.?|#)|account(?:\s+(?:number|no\.?|#))?|acct\.?|a/c|"
    r"encounter(?:\s+(?:id|number|no\.?|#))?|visit\s+(?:id|number|no\.?|#)|admission\s+(?:id|number|no\.?|#)|"
    r"FIN|CSN|HAR|EPR\s+(?:no\.?|number|id)|(?-i:BHT)|(?-i:H\.?C\.?)\s*N\.?\s*[º°o]\.?|"
    # a hospital's file, and the record's name in Portuguese, Spanish, French, Italian and German ("Processo n.º HAM-PED
    # 2026/0417", "Hospital file 1187")
    r"(?:hospital|case|patient|medical)\s+file(?:\s+(?:number|no\.?|#))?|processo(?:\s+cl[íi]nico)?\s*n\.?\s*[º°o]|"
    r"prontu[áa]rio|n[º°]\s+de\s+(?:processo|prontu[áa]rio|historia|dossier)|historia\s+cl[íi]nica(?:\s+n[º°.]?)?|"
    r"(?:n[º°]\s+)?dossier(?:\s+(?:patient|m[ée]dical))?|cartella(?:\s+clinica)?(?:\s+n\.?)?|fallnummer|aktenzeichen"
)
_ID_LABEL = (
    r"NHS(?:\s+(?:number|no\.?|#|num))?|CHI(?:\s+(?:number|no\.?))?|SSN|S\.S\.N\.?|"
    r"social\s+security(?:\s+(?:number|no\.?|#))?|NI\s+(?:number|no\.?)|national\s+insurance(?:\s+(?:number|no\.?))?|"
    r"insurance(?:\s+(?:id|number|no\.?|policy(?:\s+(?:number|no\.?))?))?|policy(?:\s+(?:number|no\.?|#|id))?|"
    r"member(?:ship)?\s+(?:id|number|no\.?|#)|subscriber\s+(?:id|number|no\.?)|group\s+(?:number|no\.?|#)|"
    r"medicare(?:\s+(?:number|no\.?|id|#))?|medicaid(?:\s+(?:number|no\.?|id|#))?|passport(?:\s+(?:number|no\.?|#))?|"
    r"driv(?:er'?s?|ing)\s+licen[cs]e(?:\s+(?:number|no\.?|#))?|licen[cs]e\s+(?:number|no\.?|#)|DEA|NPI|"
    r"GMC(?:\s+(?:number|no\.?))?|NMC(?:\s+pin)?|registration\s+(?:number|no\.?)|reg\.\s+no\.?|serial(?:\s+(?:number|no\.?|#))?|"
    r"device\s+(?:id|serial)|accession(?:\s+(?:number|no\.?|#))?|acc\.?\s*(?:no\.?|#)|specimen\s+(?:id|number|no\.?)|"
    r"lab\s+(?:id|number|no\.?)|sample\s+(?:id|number|no\.?)|reference\s+(?:number|no\.?|#)|ref\.?\s+(?:no\.?|#)|"
    r"our\s+ref|your\s+ref|ID|identifier|VIN|vehicle\s+registration|"
    # a casualty's triage tag ("Tag 0418-221 | RED"; not the German day, "Tag 3", "pro Tag 1500-2000 ml")
    r"triage\s+tag(?:\s+(?:number|no\.?|#))?|(?-i:[Tt]ag|TAG)(?=[ \t]*(?:#|no\.?)?[ \t]*\d{3,4}-\d{3}(?![\d/-]|[ \t]*(?i:ml|kcal|mg|mmhg|units?|iu|g)\b))|"
    # other countries' health and identity numbers: NZ NHI, Australian IHI/URN, Irish PPSN, Canadian health
    # cards, US Medicare MBI, India's Aadhaar and ABHA, Russian SNILS and OMS policies
    r"NHIS?(?:\s+(?:number|no\.?))?|IHI|URN|UR\s*(?:number|no\.?)|(?-i:UR)|RAMQ|HSN|MSP|HCN|assurance[-\s]maladie(?:\s+(?-i:[A-Z]{2})\b)?|PPSN?(?:\s+(?:number|no\.?))?|OHIP|PHN|ULI|MBI|(?-i:MCP)|"
    r"health\s+card(?:\s+(?:number|no\.?))?|health\s+(?:and\s+care\s+|&\s*care\s+)?(?:number|no\.?)|H&C(?:\s+(?:number|no\.?))?|"
    r"aadhaar(?:\s+(?:number|no\.?))?|ABHA(?:\s+(?:number|no\.?|id))?|UHID|IP\s+(?:number|no\.?)|OP\s+(?:number|no\.?)|"
    r"badge|folder|HRN|PHIN|MLR(?:\s+(?:number|no\.?))?|(?:IPD|OPD)(?:/Reg)?\s+(?:number|no\.?)|citizen(?:ship)?\s*(?:number|no\.?|#)|"
    r"member(?=\s+[A-Z]{0,3}\d)|(?-i:SIN)|social\s+insurance(?:\s+(?:number|no\.?))?|"  # Canada's social insurance number
    # Portugal's tax and health-service numbers, Italy's health card, Spain's health card and identity numbers
    r"(?-i:NIF|NISS|NIE|DNI|CIP|HN)|"
    # national identity numbers by their letters: Seychelles' and Nigeria's NIN; Caribbean national insurance (NIS) with
    # its word for number (NIS 2016 is a database's year; NIC, CNI, NIK and NID are also a nursing intervention's code,
    # a calcineurin inhibitor, a kinase and diabetes)
    r"(?-i:NIN)|(?-i:NIS)\s+(?:number|no\.?)|n\.?[º°]\s+de\s+utente(?:\s+SNS)?|utente(?:\s+SNS)?|tessera\s+sanitaria|tarjeta\s+sanitaria"
)
_PHONE_LABEL = (
    r"t[ée]l(?:ephone)?|phone|ph|mobile|mob|cell(?:phone)?|fax|pager|pgr|bleep|contact\s+(?:number|no\.?|tel)|"
    # French, Dutch and German words for "can be reached on", and Dutch and German names of a mobile
    r"joignable\s+au|bereikbaar\s+(?:op|via)|erreichbar\s+unter|telefoon(?:nummer)?|mobiel|handy|fono|"
    r"m[óo]vil|tel[ée]fono|tlf|celular|telem[óo]vel|cellulare|t[ée]l[ée]phone|telefon|"  # Spanish, Portuguese, Italian, French, German
    r"mobil|mobiln[íý]|mobiltelefon|telefonsz[áa]m|"  # Czech, Slovak, Hungarian and Scandinavian words for a mobile
    r"HP|H/P|hand\s*phone|"  # Singapore's and Malaysia's "handphone"
    r"(?:home|work|daytime|evening)\s+(?:number|no\.?|phone|tel)|landline|ext(?:ension)?|whatsapp|"
    r"s[íi]mi|office(?=\s+\+?\d)|"  # Icelandic; an office's number
    r"call(?:\s+(?:me|him|her|them|back))?(?:\s+on)?|text|sms"
)
_PHONE_VALUE = r"(?P<v>\+?(?:\(\d{1,5}\)|0\d{1,4}/(?=\d)|\d{1,5})(?:[ .\-]?(?:\(\d{1,5}\)|\d{1,5})){0,6}(?:\s*(?:x|ext\.?|extension|int\.|interno|ramal|poste)\s*\d{1,5})?)"
# a plate's value after a word that names it: five to eleven capitals, digits, spaces and hyphens, a digit and a letter among them
# (a plate written without a space may have up to eight: Brazil's "RTB4E27", Victoria's "6C4RV")
_PLATE_VALUE = r"(?P<v>(?=[A-Z0-9 -]{5,11}(?![\w-]))(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])(?:[A-Z0-9]{5,8}|[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){0,3}))(?![\w-])"
_PLATE_LABEL = (r"(?:licen[cs]e|number|registration|reg\.?)\s+plate|plate(?:\s+(?:number|no\.?))?|"
                r"(?:vehicle|car|van)\s+(?:reg(?:istration)?|plate)(?:\s+(?:number|no\.?|mark))?|reg(?:istration)?\s+(?:number|no\.?|mark)|"
                r"rego(?:\s+(?:of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:car|vehicle|van)|number|no\.?))?")
# the nationality marks of ICAO's list, before an aircraft's registration ("A2-KBW", "9N-AMK", "C-GKWR", "YJ-RV10")
_ICAO_MARKS = ("A2|A3|A5|A6|A7|A8|AP|B|C|C2|C3|C5|C6|C9|CC|CN|CP|CS|CU|CX|D|D2|D4|D6|DQ|E3|E5|E7|EC|EI|EK|EP|ER|ES|"
               "ET|EW|EX|EY|EZ|F|G|H4|HA|HB|HC|HH|HI|HK|HL|HP|HR|HS|HZ|I|J2|J3|J5|J6|J7|J8|JA|JU|JY|LN|LV|LX|LY|LZ|M|"
               "N|OB|OD|OE|OH|OK|OM|OO|OY|P|P2|P4|PH|PJ|PK|PP|PR|PT|PU|PZ|RA|RP|S2|S5|S7|S9|SE|SP|ST|SU|SX|T2|T3|T7|"
               "T9|TC|TF|TG|TI|TJ|TL|TN|TR|TS|TT|TU|TY|TZ|UK|UN|UP|UR|V2|V3|V4|V5|V6|V7|V8|VH|VN|VP|VQ|VT|XA|XB|XC|"
               "XT|XU|XY|YA|YI|YJ|YK|YL|YN|YR|YS|YU|YV|Z|Z3|ZA|ZK|ZP|ZS|3A|3B|3C|3D|3X|4K|4L|4O|4R|4W|4X|5A|5B|5H|5N|"
               "5R|5T|5U|5V|5W|5X|5Y|6O|6V|6Y|7O|7P|7Q|7T|8P|8Q|8R|9A|9G|9H|9J|9K|9L|9M|9N|9Q|9U|9V|9Y")
# A street's name compounded with its kind, in German and in the Scandinavian languages ("Lindenstraße 22",
# "Sykehusveien 35", "Storgata 4", "Kungsgatan 12", "Østerbrogade 9"; a Danish street is no "Brigade")
_GERMAN_STREET_END = r"straße|strasse|weg|gasse|platz|allee"
_NORDIC_STREET_END = r"veien|vegen|gata|gaten|gatan|(?<![Bb]ri)gade|vägen|vej"
# hyphenated clinical acronyms that have an aircraft mark's shape ("B-ALL ETA 15:30", "C-ANCA en route to the lab")
_NOT_A_MARK = (r"(?!(?i:g-csf|gm-csf|[tb]-all|[ch]a-mrsa|[ha]a-vap|hc-vap|s-icd|[bt]-cll|t-pll|t-lgl|[cp]-anca|m-chat|st-elev|b-cell|"
               r"c-kit|n-myc|b-nhl|ha-aki|ha-bsi|ha-uti|hr-hpv|hs-crp|ra-ild|rp-ild|pt-inr|lv-gls|ob-gyn|d-dimer)\b)")
# ("DL" not after a slash, nor as the unit's "dL": "mg/dL 1250" is a unit and a value; "illinois dl m532-..." is a licence)
_LICENCE_LABEL = (r"(?:driv(?:er'?s?|ing)\s+|professional\s+|medical\s+|nursing\s+|firearms?\s+|pilot'?s?\s+)?licen[cs]e|(?<!/)(?-i:DL|dl|Dl)|lic\.|"
                  r"(?:GMC|NMC|HCPC|AHPRA|DEA|NPI|state\s+licen[cs]e)|(?-i:RPh)|(?:nr\s+)?(?-i:PWZ)|"
                  # regulators' registration numbers: councils (GMC, SAMC), Canada's colleges of physicians and surgeons
                  # (CPSO, CPSBC), of Quebec (CMQ) and of nurses (CNO, BCCNM), New Zealand's councils (MCNZ, NCNZ)
                  r"(?-i:[A-Z]{0,3}(?:MC|NC|DC|PC)|MCI|HPCSA|SACSSP|RCCP|SANC|SAPC|NMBI|PSI|CORU|MDCN|PMDC|BMDC|SLMC|NCK|CPS[A-Z]{1,3}|CMQ|"
                  r"CNO|BCCNM|[MNP]CNZ|MCR)\b(?:\s+(?i:reg(?:istration)?\.?))?")
_SERIAL_LABEL = (r"serial(?:\s+(?:number|no\.?|#))?|S/N|SN|(?:device|implant|pacemaker|ICD|pump|generator|lead|"
                 r"hearing\s+aid|wheelchair|monitor|lot|batch)\s+(?:serial|ID|identifier|number|no\.?|#|SN|S/N)|"
                 r"(?:lot|batch|UDI|IMEI|MAC(?:\s+address)?)(?:\s+(?:number|no\.?|#))?")
_CODE_LABEL = (r"key\s*safe|keysafe|key\s+box|lock\s*box|door\s+code|entry\s+code|gate\s+code|access\s+code|"
               r"alarm\s+code|building\s+code|security\s+code|PIN|passcode|password|keypad")
_PLATFORMS = (r"instagram|insta|facebook|FB|tiktok|twitter|snapchat|etsy|youtube|reddit|discord|telegram|linkedin|twitch|"
              r"messenger|viber|"  # (a chat's handle: "Messenger: aroha.hohaia.77")
              r"bluesky|mastodon|pinterest|tumblr|whatsapp|skype|xbox|psn|playstation|roblox|onlyfans|grindr|tinder|"
              r"hinge|bumble|vinted|ebay|depop|patreon|substack|soundcloud|github|kik|wechat|weibo|vk|vkontakte|kakaotalk|kakao|zalo")
_ACCOUNT_WORDS = r"shop|page|account|profile|channel|handle|username|user\s+name|user|name|id|store|blog|server|login"
_UK_PC = r"(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]? ?\d[ABD-HJLNP-UW-Z]{2})"
_ZIP = r"\d{5}(?:-\d{4})?"
_STATES = "|".join(P.US_STATES)
_CZ_STREET = rf"[{P.UP}][{P.LO}]+(?:ova|ého|ní|ská|cká|ovo)[ \t]+\d{{1,5}}/\d{{1,4}}[a-zA-Z]?"
_AU_STATES = P.AU_STATES  # a 4-digit postcode after one of these
_ADDR_TAIL = (
    rf"(?:,?\s+(?:Apt\.?|Apartment|Unit|Suite|Ste\.?|Flat|#)\s*[\w-]{{1,6}})?(?:,[ \t]*RD[ \t]*\d{{1,2}}\b)?"
    rf"(?:,[ \t]*{P.NAME_WORD}(?:[ \t-]{P.NAME_WORD}){{0,2}}){{0,3}}"
    rf"(?:,?[ \t]+(?:{_AU_STATES})[ \t]+\d{{4}}(?!\d)|(?:,?[ \t]+(?:{_STATES})\b)?(?:,?[ \t]+(?:{_ZIP}|{_UK_PC}|"
    rf"(?:\d{{4}}|[1-8]\d{{5}})(?=[ \t]*(?:[.,;:)(\n]|$))))?)(?!\w)"
)
# (kind, rule, priority, pattern): the value is group "v" when present, else the whole match.
RULES: list[tuple[str, str, int, re.Pattern[str]]] = [
    ("EMAIL", "email", 0, _c(r"(?<![\w.+-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")),
    ("EMAIL", "email_obfuscated", 0, _c(r"\b[\w.+-]+\s*[\[({]at[\])}]\s*[\w-]+(?:\s*(?:[\[({]dot[\])}]|\.)\s*[\w-]+)+", re.I)),
    ("URL", "url", 1, _c(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>\"'()\[\]{}]+", re.I)),
    ("URL", "domain", 1, _c(r"(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|edu|gov|mil|info|biz|io|"
                           r"app|health|uk|us|ca|au|nz|ie|de|fr|nl|es|it)\b(?:/[^\s<>\"'()\[\]{}]*)?", re.I)),
    ("URL", "ip_address", 1, _c(r"(?=\d)(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\d|\.\d)")),
    # (a label is a whole word: "NPIAP 2016" is no NPI)
    ("MRN", "mrn_label", 2, _c(rf"\b(?:{_MRN_LABEL})(?![A-Za-z]){_NUM_LABEL_TAIL}{_ID_VALUE}", re.I)),
    # a register's code alone in a table's cell, as a log writes each patient's ("07:05 | EMT-0412 | Name, 40 M |")
    ("MRN", "cell_code", 4, _c(r"(?:(?<=\|)|(?<=\|[ \t]))[ \t]*(?P<v>[A-Z]{2,5}-\d{3,6})(?=[ \t]*\|)")),
    ("ID", "id_label", 2, _c(rf"\b(?:{_ID_LABEL})(?![A-Za-z]){_NUM_LABEL_TAIL}{_ID_VALUE}", re.I)),
    ("ID", "plate", 2, _c(rf"\b(?:{_PLATE_LABEL})\s*(?:[:#=]|\bis\b)?\s*(?P<v>(?-i:[A-Z0-9]{{1,4}}[ -]?[A-Z0-9]{{1,4}}(?:[ -][A-Z0-9]{{1,4}})?))\b", re.I)),
    # (not an antigen and its test: "rK39 RDT", read in capitals in a note the rules case)
    ("ID", "uk_plate", 4, _c(r"\b[A-Z]{2}\d{2}[ ]?(?!(?:RDT|PCR|ECG|EEG|CXR|MRI|USS|TSH|LFT|FBC|CRP|ESR|ABG|VBG|HIV|TTE|OGD)\b)"
                             r"[A-Z]{3}\b")),
    # New Zealand NHI numbers (three letters without I or O, then four digits, or two digits and two letters)
    ("ID", "nz_nhi", 4, _c(r"(?=[A-HJ-NP-Z])\b[A-HJ-NP-Z]{3}(?:\d{4}|\d{2}[A-HJ-NP-Z]{2})\b")),
    ("ID", "licence", 2, _c(rf"\b(?:{_LICENCE_LABEL}){_NUM_LABEL_TAIL}(?P<v>(?-i:\d{{3,5}}(?: \d{{3,5}}){{1,3}}(?!\d|\.\d)|(?=[A-Z0-9.-]*\d)[A-Z0-9][A-Z0-9-]{{2,20}}(?:\.\d{{3,}})?[A-Z0-9]))\b", re.I)),
    ("ID", "serial", 2, _c(rf"\b(?:{_SERIAL_LABEL})\s*(?:[:#=]|\bis\b)?\s*(?P<v>(?-i:[A-Z0-9][A-Z0-9-/.]{{3,24}}[A-Z0-9]))\b", re.I)),
    ("ID", "handle", 1, _c(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_]")),
    # "posts as dalesman_lew", "login jharwood2", "Tidepool as kenzie.bg": a handle-shaped word (a dot or an
    # underscore inside, or letters then digits) after the words that introduce one. (An underscore word alone
    # is no handle here: the prompts and replies are full of field and input names, "lab_panel", "bmi_over_25".)
    ("ID", "handle_as", 3, _c(r"(?=[AaLlUuNnCc])\b(?:[Aa]s|[Ll]og(?:in|-in|on)|[Uu]ser(?:name)?|[Aa]lias|[Nn]ick(?:name)?|[Aa]ccount|"
                              r"[Cc]alled)(?:[ \t]+is)?[ \t]*:?[ \t]+['\"‘“]?"
                              r"(?P<v>[a-z][a-z0-9]{2,}(?:[._][a-z0-9]+)+|[a-z]{3,}\d+)(?![\w@]|\.[a-z])")),
    # "ref 6QT44821A", "Reg. No. 48812", "enrolee no. FCT/0923/331874", "certificate (14/NYP/3321)": a value
    # with four digits or more after a reference, registration, enrolment, claim or certificate word
    ("ID", "reference", 2, _c(r"\b(?:ref(?:erence)?|reg(?:istration)?\.?[ \t]*(?:no|number|#)|enrol(?:l)?(?:ment|ee)[ \t]*(?:no|number|id)|"
                              r"claim(?:[ \t]*(?:no|number|ref|id))?|certificate|cert\.?|folio|file[ \t]*(?:no|number)|membership|"
                              r"case|incident|crime|badge|group|pass|card|MLC|FIR|(?:police|crime|incident|case)[ \t]+(?:ref|no|number))\.?"
                              r"[ \t]*(?:no\.?|number)?[ \t]*(?:[:#]|\bis\b)?[ \t]*\(?"
                              r"(?P<v>(?-i:\d{3,5}(?: \d{3,5}){1,3}(?!\d|\.\d)|(?=(?:[A-Z/-]*\d){4})[A-Z0-9]+(?:[/-][A-Z0-9]+)*))(?![\w/-]|\.\w)", re.I)),
    # identifiers by shape alone (checked by id_shape_ok): letter and digit groups joined by slashes
    # ("FCT/0923/331874"), and capitals and five digits or more mixed in one word ("6QT44821A", "2219A4471")
    ("ID", "shaped_id", 4, _c(r"(?<![\w/-])[A-Z0-9]{2,14}(?:/[A-Z0-9]{1,8}){0,3}(?![\w/-])")),
    # a case or report number of capitals, a year and a serial ("INSP-CHO-26-0214", "GHS-AEFI-TML-25-014",
    # "MDG-ANK-PES-2025-0047"); not a standard's number ("NOM-033-SSA2-2011") nor a trial's of two letters
    # ("ECOG-ACRIN EA-19-123")
    ("ID", "year_serial_code", 3, _c(r"(?<![\w/.-])(?!(?:ISO|EN|IEC|BS|AS|NZS|DIN|ASTM|NOM|ANSI|IEEE|CLSI|ICD|DSM|WHO)-)"
                                     r"(?:[A-Z]{3,6}|[A-Z]{2,6}(?:-[A-Z]{1,6}){1,3})-\d{2,4}-\d{3,5}(?![\w/-]|\.\d)")),
    # a licence number with its register's letters before it, after a licence word ("lic. F 04182", "license PS 48217",
    # "LA lic. MD.204183")
    ("ID", "licence_lettered", 2, _c(r"\b(?i:lic\.|licen[cs]e)(?:[ \t]+(?i:no\.?|number|#))?[ \t]*:?[ \t]*"
                                     r"(?P<v>(?!(?:PIN|NO|NR|REG)\b)[A-Z]{1,3}[ .]\d{4,8})(?![\w.]| \d)")),
    # a vehicle's plate after the vehicle: "Car 221-C-4471", "his car (LKP482)", "OK tag HGK-318"
    # France's plates (two letters, three digits, two letters, with hyphens: "EF-418-KT"), Bangladesh's by their district
    # ("Moulvibazar-Chha 11-0417", "Dhaka Metro-Ga 12-3456") and Nepal's by their zone ("Lu 1 Ja 2147", "Ba 2 Cha 1234")
    ("ID", "plate_shaped", 3, _c(r"(?<![\w-])(?P<v>[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}|"
                                 r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?-[A-Z][a-z]{1,3}[ \t]\d{2}-\d{4}|"
                                 r"(?:Ba|Bhe|Dha|Ga|Ja|Ka|Ko|Lu|Ma|Me|Na|Ra|Sa|Se)[ \t]\d{1,2}[ \t](?:Pa|Cha|Kha|Ja|Ga|Ka|Ha|Ba|Ya)[ \t]\d{3,4}|"
                                 # Tanzania's, Kenya's and Uganda's ("T 418 DKM", "KDA 512Q", "UBH 204K")
                                 # (not a dose's unit: "T 100 MCG", "UFH 500U/kg")
                                 r"T[ \t]\d{3}[ \t](?!MCG|MGS|IUS|MLS|KGS|BPM|HRS|MIN|TAB|CAP)[A-Z]{3}|"
                                 r"K[A-Z]{2}[ \t]\d{3}[A-Z]|U[A-Z]{2}[ \t]\d{3}[A-TV-Z])(?![\w/-])")),
    # a register's number of two groups of capitals and a serial ("registered UKR/ALB/088": a district's and a
    # register's letters); not a year, nor viruses or genes ("HIV/HCV/2024", "CMV/EBV/1000 copies")
    ("ID", "register_letters", 3, _c(r"(?<![\w/-])(?!(?:HIV|HCV|HBV|HAV|CMV|EBV|HSV|VZV|HPV|HLA|DRB|RSV|HTLV)/)"
                                     r"(?P<v>[A-Z]{2,5}/(?!(?:HIV|HCV|HBV|CMV|EBV|HSV|VZV|HPV|DRB|RSV)/)[A-Z]{2,5}/"
                                     r"(?!(?:19|20)\d\d(?!\d))\d{3,6})(?![\w/-])(?![ \t]*(?i:copies|iu|cells|units?)\b)")),
    # a plate after the word other countries give it ("dominio AB 418 KD", "matrícula 4821 KTR", "targa AB123CD")
    ("ID", "plate_word", 3, _c(r"\b(?i:dominio|matr[íi]cula|immatriculation|targa|kennzeichen|placas?|plaque|registo)[ \t]*[:(#]?[ \t]*"
                               + _PLATE_VALUE)),
    # a vehicle's plate after the vehicle and what it is for ("Vehicle for home visit: MG 418 AB")
    ("ID", "vehicle_for", 3, _c(r"\b(?i:vehicle|car|van|ambulance|motorbike|truck)[ \t]+(?i:for|used|of)[^\n:]{0,30}:[ \t]*"
                                + _PLATE_VALUE)),
    ("ID", "vehicle_plate", 3, _c(r"\b(?i:car|van|vehicle|bike|motorbike|motorcycle|scooter|moped|auto|rickshaw|tractor|jeep|bus|cab|"
                                  r"truck|ute|lorry|taxi|tag|plates?|rego|reg|wheeler|rental|pickup|trawler|boat|bakkie|coble|lancha|tuk-tuk(?:[ \t]+driver)?|"
                                  r"parking(?:[ \t]+(?:label|permit|pass))?(?:[ \t]+for)?|trakt[öo]r\w*|"
                                  # a car by its make ("drives a grey Audi, KFZ 8127")
                                  r"audi|bmw|ford|toyota|honda|nissan|mazda|hyundai|kia|volkswagen|vw|vauxhall|peugeot|renault|skoda|"
                                  r"subaru|mitsubishi|holden|chevrolet|chevy|dodge|tesla|volvo|fiat|citro[eë]n|mercedes|lexus|suzuki)\b,?[ \t]*"
                                  # (the bracket may open before the label: "his motorcycle (registration 6C4RV)")
                                  r"(?:\([ \t]*(?=(?i:reg)))?(?:(?i:reg(?:istration)?|number|no\.?|plate|is|was)[ \t]*)?[:(#]?[ \t]*"
                                  r"(?P<v>(?=[A-Z0-9 -]{5,13}(?![\w-]))(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,8}(?:[- ][A-Z0-9]{1,5}){0,3})(?![\w-])")),
    # an Irish plate: the year, the county's letters, the serial ("191-MO-4182", "08-D-12345")
    ("ID", "ie_plate", 3, _c(r"\b(?i:driv\w*|drove|car|van|vehicle|reg(?:istration)?|plate|taxi|jeep|lorry|truck)\b[^\n]{0,30}?"
                             r"(?<![\w-])(?P<v>\d{2,3}-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|W|WH|WX|WW)"
                             r"-\d{1,6})(?![\w-])")),
    # a register's number after the council or board that keeps it, after a registration word or with the register's
    # letter ("Bermuda Medical Council Reg. 418", "Nursing Council N-2184"; not "Tumour Board 123 cases")
    ("ID", "council_number", 3, _c(r"\b(?:Council|Board)[ \t]+(?P<r>(?i:reg(?:istration)?|no|number)\.?[ \t]*(?:(?i:no)\.?[ \t]*)?:?[ \t]*)?"
                                   r"(?!(?:19|20)\d\d\b)(?P<v>(?(r)(?:[A-Z]{1,2}-?)?\d{3,6}(?:/[A-Z]{1,3})?|[A-Z]{1,2}-\d{3,6}))"
                                   r"(?![\w/-]|[.,]\d)")),
    # a register's serial and its year, either way round ("N/1418/2025", "3107/2026", "2026/017"); not two years
    # ("2019/2020"), a law's number and year ("ν. 2071/1992", "Law 2071/1992") nor a dose or a volume ("Co-amoxiclav
    # 2000/200 mg", "intake 1500/2000 mL")
    ("ID", "serial_year", 4, _c(r"(?<![\w./-])(?<!ν\.[ \t])(?<!Ν\.[ \t])(?<!(?i:law)[ \t])(?<!(?i:ley)[ \t])(?<!(?i:act)[ \t])"
                                r"(?P<v>(?:[A-Z]{1,4}/)?(?!(?:19|20)\d\d/(?:19|20)\d\d(?!\d))(?:\d{3,5}/(?:19|20)\d\d|(?:19|20)\d\d/\d{3,4}))"
                                r"(?![\w/-]|[.,]\d)(?![ \t]*(?i:mg|mcg|µg|ug|g|kg|ml|l|iu|u|units?|mmol|µmol|umol|mcl|cc|%)\b)")),
    # a plate after Chile's "patente" ("patente KTRW-41"; not a Portuguese "ductus arteriosus patente PDA 3 mm")
    ("ID", "patente", 3, _c(r"\bpatente[ \t]*:?[ \t]*(?P<v>[A-Z]{2,4}[- ]?\d{2,4})(?![\w-])(?![ \t]*(?i:mm|cm|mL|mg)\b)")),
    # an aircraft's registration right after its type ("the charter Islander YJ-RV10", "ÉVAQ Challenger C-GQEV")
    ("ID", "aircraft_type", 3, _c(r"\b(?:Islander|Twin[ \t]+Otter|Dash[ \t]?8|Challenger|Beech(?:craft)?(?:[ \t]+\d+)?|Caravan|Dornier(?:[ \t]+\d+)?|"
                                  rf"Pilatus(?:[ \t]+PC-?\d+)?|Cessna(?:[ \t]+\d+)?|Learjet(?:[ \t]+\d+)?)[ \t]+\(?" + _NOT_A_MARK
                                  + rf"(?P<v>(?-i:(?:{_ICAO_MARKS})-[A-Z]{{2}}[A-Z0-9]{{1,3}}))(?![\w-])")),
    # an aircraft's registration before what it did ("TF-GNX departed 11:15", "C-GQEV wheels up 04:10")
    ("ID", "aircraft_before", 3, _c(rf"(?<![\w-])" + _NOT_A_MARK + rf"(?P<v>(?-i:(?:{_ICAO_MARKS})-[A-Z]{{3,4}}))(?=[ \t]+(?:departed|landed|took[ \t]+off|"
                                    rf"wheels[ \t]+up|ETA|en[ \t]+route|inbound|airborne)\b)")),
    # a boat's or a car's registration in brackets after its name ("the creel boat Ocean Gleaner (SY 287)", "the station
    # Land Cruiser (QLD 418 KZP)")
    ("ID", "named_vehicle", 3, _c(r"\b(?i:boat|trawler|coble|yacht|cruiser|hilux|ute|bakkie|truck)\b"
                                  r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]*\((?P<v>[A-Z]{1,3}[ -]?\d{2,5}(?:[ -]?[A-Z]{1,3})?)\)")),
    # a case's number opening a line list's cell or line or after a label's colon: its district's letters, the year and a
    # serial ("| KAS-26-031 |", "EPID No.: PAK-KP-BNU-25-0418"; not a trial's "ECOG-ACRIN EA-19-123" in prose)
    ("ID", "case_number", 4, _c(r"(?:^|(?<=\|)|(?<=\|[ \t])|(?<=:)|(?<=:[ \t]))[ \t]*(?P<v>[A-Z]{2,5}(?:-[A-Z]{1,4}){0,3}-\d{2}-\d{3,5})(?![\w-])", re.M)),
    # an aircraft's registration a few words after an aviation word ("Coastguard helicopter (S-92, G-MCGQ)", "Rega-Helikopter HB-ZRT")
    ("ID", "aircraft_near", 3, _c(r"(?i:\b(?:helicop\w*|helikop\w*|aircraft|air[ \t]+ambulance|hems|medevac|coastguard|rfds|"
                                  r"pc-?(?:12|24)|king[ \t]+air|learjet|wheels[ \t]+up|flown|flight(?![ \t]+of\b)|charter|airlift\w*|\w*hubschrauber|cessna|piper|pa-?\d\d|"
                                  # helicopters by type, and the Italian and Greek words ("S-92 LN-ONQ tasked", "Bell 212, OY-HDN",
                                  # "elisoccorso (I-EDRP)", "αεροσκάφος ΕΚΑΒ (SX-DKR)")
                                  r"s-92|aw1\d\d|ec1\d\d|bell[ \t]+\d{3}|elisoccorso|αεροσκάφ\w*)\b)[^.\n]{0,30}?"
                                  r"(?<![\w-])" + _NOT_A_MARK +
                                  # the nationality marks of ICAO's list ("A2-KBW", "9N-AMK", "8R-GHT", "C6-BFK", "OE-XEC")
                                  rf"(?P<v>(?-i:(?:{_ICAO_MARKS})-[A-Z]{{3,4}}))(?![\w-])"
                                  r"(?![ \t]*\d)")),  # not a drug or a cell type before its dose ("G-CSF 300 mcg")
    # Japan's and Korea's aircraft, written without a hyphen, after a word for a helicopter ("県防災ヘリ JA6932", "헬기 HL9658";
    # not Helicobacter, ヘリコバクター), and a Greek air transfer's ("αεροδιακομιδή ΕΚΑΒ (SX-KTR)")
    ("ID", "aircraft_asia", 3, _c(r"(?:ヘリ(?!コ)|헬기|헬리콥터)[^\n。]{0,20}?(?P<v>JA(?:\d{3}[\dA-Z]|\d{2}[A-Z]{2})|HL\d{4})"
                                  r"(?![A-Za-z0-9-])")),
    ("ID", "aircraft_gr", 3, _c(r"(?i:αεροδιακομιδ)\w*[^\n.]{0,30}?(?P<v>SX-[A-Z]{3})(?![\w-])")),
    # a ship's or an aircraft's call sign after its label ("Call sign OJKR", "call sign OW 2418", "callsign C6FQ4")
    ("ID", "call_sign", 3, _c(r"\b(?i:call[ -]?sign)[ \t]*[:#]?[ \t]*(?P<v>(?=[A-Z0-9]*[A-Z])(?:[A-Z0-9]{3,7}|[A-Z0-9]{2}(?=[ ]\d))(?:[ ]\d{2,4})?)(?![\w-])")),
    # the last four of a masked SSN ("SSN ***-**-4417"), and France's NIR in its groups ("1 58 07 63 113 042 41")
    ("ID", "ssn_masked", 2, _c(r"(?<=\*\*-|[xX]{2}-)(?P<v>\d{4})(?!\d)")),  # "SSN ***-**-4417", "xxx-xx-6619"
    ("ID", "fr_nir", 2, _c(r"(?<!\d)(?<!\d )[12][ ]?\d{2}[ ]?\d{2}[ ]?(?:\d{2}|2[AB])[ ]?\d{3}[ ]?\d{3}[ ]?\d{2}(?![\d])")),
    # a position: latitude and longitude ("60°41'N 000°52'W"), or a British grid reference ("grid SN 9412 3718")
    ("LOCATION", "coordinates", 4, _c(r"\b\d{1,3}°[ \t]?\d{1,2}(?:[.,]\d+)?['′]?(?:[ \t]?\d{1,2}(?:[.,]\d+)?[\"″])?[ \t]?[NS],?[ \t]+"
                                      r"\d{1,3}°[ \t]?\d{1,2}(?:[.,]\d+)?['′]?(?:[ \t]?\d{1,2}(?:[.,]\d+)?[\"″])?[ \t]?[EW]\b")),
    # a latitude and a longitude in decimal degrees, four decimals or more each, after a word for them ("GPS 40.8112,
    # -94.3407", "الإحداثيات 25.8601, 44.2218"; a pair of p-values or ratios is none)
    ("LOCATION", "coordinates_decimal", 4, _c(r"(?:\b(?i:gps|co-?ordinates?|lat(?:itude)?|long(?:itude)?|lat/long|location|position|"
                                              r"geo(?:location)?|pin(?:ned)?|LZ|landing[ \t]+zone|helipad)\b|الإحداثيات|إحداثيات|座標|坐标|좌표|координати|координаты|"
                                              r"συντεταγμένες)[ \t:=(]{0,4}"
                                              r"(?P<v>-?(?:[1-8]?\d)\.\d{4,7},[ \t]*-?(?:1[0-7]\d|\d{1,2})\.\d{4,7})(?!\w|\.\d)")),
    # a Cayman Islands postcode ("KY1-1104", "KY2-2201")
    ("POSTCODE", "ky_postcode", 4, _c(r"\b(?:Cayman|Brac|George[ \t]+Town|Bodden[ \t]+Town|West[ \t]+Bay|East[ \t]+End|North[ \t]+Side)"
                                      r"[^\n]{0,30}?\b(?P<v>KY[1-3]-\d{4})\b")),
    # a medical or nursing council's registration number after its acronym and a registration word in any script
    # ("(CGMC पंजीयन क्र. 8417)", "(OMC ରେଜି. ନଂ 17382)", "APMC రిజి. నం. 73519")
    ("ID", "council_registration", 2, _c(r"\b[A-Z]{1,4}MC\b[ \t]*(?:[\u0900-\u0dff]+\.?[ \t]*){1,3}(?P<v>\d{3,7})(?!\d)")),
    # an Indian plate written with hyphens (a state's code first; "HR-55AB-2090" too), a Lao one after the word for a
    # registration or a car
    ("ID", "in_plate_hyphens", 3, _c(r"\b(?P<v>(?:AN|AP|AR|AS|BR|CG|CH|DD|DL|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|"
                                     r"PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB)(?:-\d{1,2}-?[A-Z]{1,3}-\d{3,4}|[ ]?\d{2}[ ][A-Z]{1,3}[ ]\d{4}))\b")),
    # (and with spaces: "PB03 AK 4182", "MH 12 AB 1234")
    ("ID", "la_plate", 3, _c(r"(?:ທະບຽນ|ລົດ)[^\d\n]{0,12}?(?<![\u0e80-\u0eff])(?P<v>[\u0e81-\u0eae]{2}[ \t]?\d{4})(?!\d)")),
    ("LOCATION", "grid_reference", 4, _c(r"\b(?i:grid(?:[ \t]+ref(?:erence)?)?|OS[ \t]+grid)[ \t:]*(?P<v>[A-Z]{2}[ \t]?\d{3,5}[ \t]?\d{3,5})\b")),
    # Switzerland's AHV number ("756.4820.3917.53")
    ("ID", "ch_ahv", 2, _c(r"(?<![\d.])756\.\d{4}\.\d{4}\.\d{2}(?![\d.])")),
    # an ambulance's plate right after it ("Ambulance SAB 8341 G", "ambulance F 9203", "Ambulance TL-C-0173", "Ambulance GL-2217", "gari la
    # wagonjwa SMZ 4418"; not "Ambulance: HR 120")
    ("ID", "ambulance_plate", 3, _c(r"\b(?i:ambulance|wagonjwa)[ \t]+\(?(?!(?:ETA|ETD|ALS|BLS|ILS|CAD|REF|NIV|BP|HR|PR|RR|GCS|SPO|SAT|BM|BGL|EWS|GTN|ECG|TNK|UFH|PLT|CK|"
                                    r"WCC|WBC|CRP|INR|HB|NA|GLU|LMWH)\b)"
                                    r"(?P<v>[A-Z]{2,3}[ ]?\d{3,5}(?:[ ]?[A-Z]{1,2})?|[A-Z][ ]\d{4,5}|[A-Z]{1,3}-(?:[A-Z]{1,2}-)?\d{3,5})(?![\w-])"
                                    r"(?![ \t]*(?i:mg|mcg|ml|mmhg|h|hrs?|min|units?|u|iu|bpm|%|af|sr|st|kcal)\b)")),
    # a Polish plate after its label ("nr rej. KR 4J182")
    ("ID", "pl_plate", 3, _c(r"\b(?i:nr)[ \t]+(?i:rej)\.?[ \t]*(?P<v>[A-Z]{1,3}[ ]?(?=[0-9A-Z]{0,4}\d)[0-9A-Z]{4,5})(?![\w-])")),
    # an aircraft's registration after the aircraft ("LifeMed fixed-wing (N417LM)", "aircraft C-GLXW", "CareFlight aircraft VH-NTQ")
    ("ID", "aircraft", 3, _c(r"\b(?:(?i:aircraft|aeroplane|airplane|fixed[- ]wing|helicopter|chopper|king[ \t]+air|pc-?12|"
                                r"flight[ \t]+(?:team|crew))"
                                # (an air carrier's name and its flight's number: "Ozark Air 3 (N417OA)")
                                r"|[A-Z][a-z]+[ \t]+Air(?:[ \t]+\d{1,3})?)\b[ \t]*"
                                r"(?:(?i:reg(?:istration)?|tail(?:[ \t]+number)?|number|no\.?|is|was)[ \t]*)?[:(#]?[ \t]*"
                                r"(?!N(?:95|99|100|2O?)\b)"
                                r"(?P<v>N[1-9]\d{1,4}[A-Z]{0,2}|N[1-9][A-Z]{1,2}|[A-Z]{1,2}-[A-Z]{3,4}|[A-Z]{2}-[A-Z0-9]{3,4})(?![\w-])")),
    # an ABHA address (India's health account handle): "ravi.k@abdm"
    ("ID", "abha_address", 1, _c(r"(?<![\w.@])[\w.-]+@(?:abdm|sbx)\b")),
    # a plate in brackets after a vehicle named in Greek, Chinese, Japanese or Korean ("με ιδιωτικό αυτοκίνητο (NKR 426)",
    # "由救護車（AM 7218）送院", "승용차(58가 2371)")
    ("ID", "vehicle_plate_script", 3, _c(r"(?:(?i:αυτοκίνητ|ασθενοφόρ|φορτηγ|μηχαν)\w*|(?i:ταξί)(?!\w)|救護車|救护车|私家車|私家车|汽車|汽车|貨車|货车|的士|"
                                         r"車牌|车牌|救急車|自動車|乗用車|タクシー|トラック|승용차|구급차|택시|트럭|차량|오토바이)[ \t]*[（(:：][ \t]*"
                                         r"(?P<v>(?=[A-Z0-9 -]{4,11}[)）])(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){0,3}"
                                         r"|\d{2,3}[가-힣][ \t]?\d{4})[ \t]*[)）]")),
    # a Korean plate by its shape: two or three digits, a syllable, four digits ("58가 2371")
    # (not a count and a measure: "재태주령 38주 3200 g")
    # a Korean licence's or certificate's number written "제 ... 호" after its word ("면허번호 제84213호", "전문의 제1874호")
    ("ID", "kr_licence", 2, _c(r"(?:(?:면허|자격|전문의|자격증)(?:[ \t]*번호)?|등록[ \t]*번호)[ \t]*[:：]?[ \t]*"
                                    r"(?P<v>제[ \t]*\d{3,7}[ \t]*호)(?!실)")),
    ("ID", "kr_plate", 3, _c(r"(?<![\w-])(?P<v>\d{2,3}(?![일세개회분시년월명번병알])[가-힣][ \t]?\d{4})(?![\w-])"
                             r"(?![ \t]*(?i:g|kg|mg|ml|cc|mm|cm)\b)")),
    ("ID", "cn_plate", 3, _c(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·・ ]?[A-Z0-9]{5,6}(?![A-Z0-9])")),
    # IPv6 as written, compressed ("fe80::1ac2:7bff:fe31:9d04"; a text without "::" is spared the rule)
    ("URL", "ipv6", 1, _c(r"(?<![\w:])[0-9a-fA-F]{0,4}(?::{1,2}[0-9a-fA-F]{1,4}){2,7}(?![\w:])")),
    # "key safe by the door, code 3817": the code a few words after the key safe
    # (and in Galician, Spanish, Portuguese: "Chave na caixa de seguridade do portal, código 3852")
    ("ID", "access_code_later", 2, _c(r"\b(?i:key\s*safe|keysafe|key\s+box|lock\s*box|keypad|door|gate|entry|caixa\s+de\s+seguridade|"
                                      r"caja\s+de\s+seguridad|caixa\s+de\s+segurança|cofre\s+de\s+llaves)\b[^.\n]{0,40}?"
                                      r"\b(?i:code|pin|c[óo]digo)\b[ \t]*(?:is[ \t]*)?[:#=-]?[ \t]*(?P<v>\d{3,8}|\d(?:-\d){2,7})(?![\d-])")),
    # "Key safe by the back door for the carers: 1966": the code after a colon that closes the key safe's words, when the
    # words before the colon name who uses it or where it is (not "pulse on arrival: 112", "helpline: 0800 123 456")
    ("ID", "access_code_colon", 2, _c(r"\b(?i:key\s*safe|keysafe|key\s+box|lock\s*box|keypad)\b[^.\n:;]{0,60}?"
                                      r"\b(?i:carers?|nurses?|staff|GP|team|visitors|family|son|daughter|door|entrance|gate|"
                                      r"garage|porch|wall|side|rear|front|back|box|safe|keypad)\)?:[ \t]*"
                                      r"(?P<v>\d{3,8})(?![\d:/-]|[.,]\d|[ \t]+\d|[ \t]*(?i:am|pm|h|hrs?|hours|mg|ml|mm|kg|g|cm|bpm|mmol)\b|[ \t]*%)")),
    # a professional registration after "reg." or a registering body's word: "HPCZ reg. CO/04172", "AHPC PT/0419",
    # "cédula profissional 48213", "n.º colegiado 28/41177"
    ("ID", "registration", 2, _c(r"\b(?:(?i:reg(?:istration)?\.?|c[ée]dula(?:\s+profissional)?|n\.?[º°]\s+colegiado|colegiado|"
                                       r"iscrizione(?:\s+albo)?)(?:\s+(?i:no\.?|number|n\.?[º°]))?\s*[:#]?\s*|(?-i:[A-Z]{3,5})\s+(?=[A-Z]{1,4}/\d))"
                                       # "reg. 70-14417", "(reg. RN-0418-27)", "CO/04172"; four digits at least
                                       r"(?P<v>(?=(?:[A-Z/ -]*\d){4})(?:[A-Z]{1,4}[/ -])?(?!(?:19|20)\d\d(?![\d/-]))\d{2,8}(?:[/-]\d{2,6}){0,2})(?![\w/-])(?![ \t]*[A-Z]{1,3}\b)"
                                       r"(?![ \t]*(?i:units?|iu|mg|ml|mmol)\b)")),  # not a plate ("reg 8842 HT")
    ("ADDRESS", "plot", 5, _c(r"\b(?:Plot|Stand|Erf|Lot)[ \t]+(?:No\.?[ \t]*)?\d{1,6}[A-Z]?\b")),
    # a Singapore or Malaysian housing block before its street or unit, or after "at" ("Blk 58 Lengkok Bahru #07-213",
    # "activity centre at Blk 55"); not a nerve or heart block ("interscalene Blk 20 mL", "AV Blk 2 yrs ago")
    ("ADDRESS", "housing_block", 5, _c(r"(?:(?<=\bat[ \t])|(?<=\bAt[ \t]))Blk\.?[ \t]*\d{1,4}[A-Z]?\b"
                                       r"(?![ \t]*(?:mL|ml|mg|min|mins|hrs?|h|yrs?|cm|mm|%|\d))|"
                                       r"\bBlk\.?[ \t]*\d{1,4}[A-Z]?(?=[ \t]+(?:[A-Z][a-z]|#))")),
    # a vessel by its name, after its prefix or the word for its kind ("MV SKUA EXPLORER", "the reef day-boat Coral
    # Wanderer", "trawler Ocean Gleaner"); "MS" (multiple sclerosis), "RV" and "SV" (ventricle, stroke volume) are no
    # prefix here, nor "MV" before a ventilator's word ("MV Settings")
    # ("USS" is an ultrasound scan too, before what it scanned: "USS KUB", "USS abdo")
    ("LOCATION", "vessel", 5, _c(r"(?:\b(?:M/V|M/S|MV|MY|R/V|F/V|HMS|HMAS|HMNZS|HMCS|USNS|USS(?![ \t]+(?:[A-Z]{2,4}\b|(?i:abdo|abdomen|"
                                 r"pelvis|neck|liver|renal|kidneys?|thyroid|scrotum|testes|hips?|breast|doppler|guided)\b))|RFA)[ \t]+"
                                 r"(?!(?i:mode|settings?|ventilation|vent|support|weaning|parameters|days?|hours?|trial|ratio)\b)|"
                                 r"\b(?i:day-boat|boat|vessel|yacht|trawler|ferry|tanker|barge|catamaran|dhow|longliner|seiner|tug|"
                                 r"cruise[ \t]+ship|freighter|dredger|sailboat|schooner|ketch|fishing[ \t]+ship)[ \t]+(?:the[ \t]+)?)"
                                 r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                                 r"July|August|September|October|November|December|Terminal|Ramp|Harbour|Harbor|Port|Crew)\b)"
                                 r"(?P<v>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})")),
    # an island by its name ("Isle of Lewis", "Isles of Scilly")
    ("LOCATION", "isle_of", 5, _c(rf"\bIsles?[ \t]+of[ \t]+(?!Langerhans|Reil)(?P<v>{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD})?)")),
    ("ID", "handle_label", 2, _c(r"\b(?i:handle|username|user\s+name|screen\s+name|gamertag|instagram|twitter|tiktok|snapchat|"
                                 r"skype|telegram|discord|x\.com)\s*(?:(?i:handle|account|id|name)\s*)?"
                                 # a separator or an @ before the value: "unable to handle the noise" names no one
                                 r"(?:(?:[:=]|\bis\b)\s*|(?=@))"
                                 r"(?!(?i:handle|account|is|name|id|username)\b)(?P<v>@?[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])")),
    # "Instagram summerrr.bw", "via Facebook (cian.fogarty.79)", "Viber - aung.min": a handle after
    # a platform's name, without an @ or a label (accepted by platform_handle_ok)
    ("ID", "handle_platform", 3, _c(rf"\b(?i:{_PLATFORMS})\b(?P<cue>(?:[ \t]*\(?[ \t]*(?:(?i:his|her|their|my)[ \t]+)?(?i:{_ACCOUNT_WORDS}))?"
                                    r"(?:[ \t]+(?i:as|under|called|named|is))?)"
                                    r"(?:[ \t]*[:(]?|[ \t]*[\-–—](?=[ \t]*[a-z]))[ \t]*['\"‘“]?@?(?P<v>(?=[a-z0-9_.]*[a-z])[a-z0-9][a-z0-9_.]{2,29}[a-z0-9_])(?![\w@]|\.[a-z])")),
    ("ID", "handle_line", 3, _c(r"(?<![A-Z][ \t])\bLINE(?:[ \t]+(?i:id))?(?:[ \t]*[:：]?|[ \t]*[\-–—](?=[ \t]*[a-z]))[ \t]*(?!(?:rt|lt|r|l)\.)(?P<v>(?=[a-z0-9_.]*[a-z])(?=[a-z0-9_.]*[._\d])[a-z0-9][a-z0-9_.]{2,29}[a-z0-9_])(?![\w@]|\.[a-z])")),
    # a handle after a messaging platform's name written in another script ("카카오톡 ID: minji_k92", "ไลน์: som.k",
    # "واتساب: amal.h"): it holds a dot, an underscore or a digit, as handle_line's does
    ("ID", "handle_script", 3, _c(r"(?:카카오톡|카톡|ライン(?=[ \t]*(?:ID|id))|ไลน์|ໄລນ໌|वॉट्सऐप|व्हाट्सएप|واتساب|واتس اب|ווטסאפ|וואטסאפ|вайбер|телеграм|"
                                  r"вотсап|ватсап)(?:[ \t]*(?:ID|id|아이디))?[ \t]*[:：\-–—]?[ \t]*"
                                  r"(?P<v>(?=[a-z0-9_.]*[._\d])[a-z][a-z0-9_.]{2,29}[a-z0-9_])(?![\w@]|\.[a-z])")),
    ("ID", "handle_account", 3, _c(rf"(?i:\.(?:com|net|org|io|app|co\.uk|com\.au)\S*[ \t]+(?:{_ACCOUNT_WORDS})[ \t]*:?[ \t]*)"
                                   r"(?P<v>(?=[a-z0-9_.]*[a-z])[a-z0-9][a-z0-9_.]{2,29}[a-z0-9_])(?![\w@]|\.[a-z])")),
    ("ID", "access_code", 2, _c(rf"\b(?:{_CODE_LABEL})\s*(?:(?:number|no\.?|code)\s*)?(?:[:=#-]|\bis\b)?\s*(?P<v>(?=[A-Z#*]*\d)[A-Z0-9#*]{{3,10}})(?![\w])", re.I)),
    # (the number may stand in brackets after the word: "informed by phone (71 555 418)")
    # (or a word that says whose or which, before a colon: "Teléfono fixo: 982 14 07 36", "Tel. ambulancie: 054/472 18 36")
    ("PHONE", "phone_label", 2, _c(rf"\b(?:{_PHONE_LABEL})\b\.?(?:\s*(?:number|no\.?|#)|[ \t]+[^\W\d_]{{3,14}}(?=[ \t]*:))?"
                                   rf"\s*[:=\-]?\s*(?:\((?!\d{{1,5}}\)))?{_PHONE_VALUE}", re.I)),
    # eight digits in two groups of four, as Hong Kong, Singapore and Malta write a phone number ("NOK niece, 7955 2184");
    # not a 24-hour time or a year (they start with 0, 1 or 2)
    ("PHONE", "phone_eight", 7, _c(r"(?<![\w.,/:+-])[3-9]\d{3}[ ]\d{4}(?![\w,/:-]|[.,]\d|[ ]\d)")),
    # a local number of seven to ten digits in the groups many countries write ("72 904 115", "091 553 218", "088-517 418",
    # "070-555 18 27", "77 41827"); not a count with its unit ("12 500 000 IU"), nor pairs alone ("Values 01 02 03 04")
    ("PHONE", "phone_grouped", 7, _c(r"(?<![\w.,/:+-])(?:\d{2,3}[ -]\d{3}[ ]\d{3}|\d{3}-\d{3}[ ]\d{2}[ ]\d{2}|"
                                     r"\d{2}[ ]\d{5})(?![\w/-]|[.,]\d|[ ]\d)(?![ \t]*(?i:mg|mcg|ml|g|kg|l|iu|u|units?|copies|cells|/|%|"
                                     r"mmol|µmol|umol|nmol|pmol|ng|pg|mm|cm|m|km|h|hrs?|min|days?|weeks?|years?|bpm|cfu|x|×|per)\b)")),
    # Turkey's numbers, grouped 4-3-2-2 ("0532 604 27 19", "(0462) 230 22 00")
    # Japan's numbers: a trunk prefix and three groups joined by hyphens, ten or eleven digits ("0980-43-7715",
    # "090-1234-5678", "03-3812-2111")
    ("PHONE", "phone_jp", 7, _c(r"(?<![\w.,/:+-])0\d{1,4}-\d{1,4}-\d{4}(?![\w/-]|[.,]\d)")),
    # a mobile of ten digits grouped 4-3-3, as South Asia writes it ("9845 218 736"; an NHS number is 3-3-4)
    ("PHONE", "phone_433", 7, _c(r"(?<![\w.,/:+-])[6-9]\d{3}[ ]\d{3}[ ]\d{3}(?![\w/-]|[.,]\d|[ ]\d)")),
    ("PHONE", "phone_tr", 7, _c(r"(?<![\w.,/:+-])(?:0\d{3}|\(0\d{3}\))[ ]\d{3}[ ]\d{2}[ ]\d{2}(?![\w/:-]|[.,]\d|[ ]\d)")),
    # a Turkish plate: the province's two digits, one to three letters, two to four digits ("61 KT 3095", "34 ABC 12")
    ("ID", "plate_tr", 4, _c(r"(?<![\w.,/:+-])(?P<v>(?:0[1-9]|[1-7]\d|8[01])[ ](?!(?:IU|MG|ML|KG|MCG|MMOL|CM|MM|UI|GR|LT)\b)(?:[A-Z]{2,3}[ ]\d{2,4}|[A-Z][ ]\d{4}))(?![\w/-]|[.,]\d)")),
    # a Turkish street or quarter by its word and number ("Cumhuriyet Cad. No: 12/4", "Atatürk Mah.", "Gül Sok. No 3")
    ("ADDRESS", "street_tr", 5, _c(rf"(?<![\w'’-])(?P<v>{P.NAME_WORD_EXT}(?:[ \t]+{P.NAME_WORD_EXT}){{0,2}}[ \t]+(?:Mah(?:allesi)?|Mh|Cad(?:desi)?|Cd|"
                                   rf"Sok(?:ak|ağı)?|Sk|Bulvarı|Bulv|Blv)\b\.?(?:[ \t]*(?:No|no)[ \t]*[:.]?[ \t]*\d{{1,4}}(?:/\d{{1,4}})?)?)")),
    # a numbered road, with or without a house number before it ("Hwy 287", "4471 E Hwy 30"); not "Route 1: IV"
    ("ADDRESS", "highway", 5, _c(r"\b(?:\d{1,6}[ \t]+(?:[NSEW][ \t]+)?)?(?:(?:Hwy|Highway|Interstate|State[ \t]+(?:Highway|Route)|"
                                 r"County[ \t]+Road)[ \t]+|(?<=[\dNSEW][ \t])US-)\d{1,4}[A-Z]?\b(?:[ \t]+[NSEW]\b)?")),
    # a number after "#" (the sign taken with it) or after "No." ("citizen #44718", "MLR No. 188/24"); "#NOF 2019" is not
    ("ID", "number_sign", 6, _c(r"(?:(?<![\w#&])#[ \t]?(?:[A-Z]{1,5}[-/]?)?\d[\dA-Z]*(?:[-/][\dA-Z]+)*(?![\w/-])|"
                                r"\b(?i:no)\.[ \t]?#?[ \t]?(?P<v>(?:[A-Z]{1,5}[-/ ]?){0,2}(?:[A-Z]\d|\d)[\dA-Z]*"
                                r"(?:[-/][\dA-Z]+)*)(?![\w/-]))")),
    # a number one calls, rings or texts someone on, a few words after the verb ("ring daughter on 555 0142", "can be
    # reached at 555-0199"); below the dates, so that "called on 2024-03-01" stays a date
    ("PHONE", "phone_after_verb", 5, _c(rf"\b(?:call(?:ed|ing)?|ring(?:ing)?|rang|text(?:ed|ing)?|phon(?:e|ed|ing)|"
                                        rf"reach(?:ed)?|contact(?:ed)?)\b(?:[ \t]+(?!on\b|at\b)[\w'’]+){{0,3}}[ \t]+"
                                        rf"(?:on|at)[ \t]+{_PHONE_VALUE}", re.I)),
    # a relative's number straight after the relative, as a contact line writes it ("Contact: mother 771 4523 | father
    # 390 8816")
    # (three digits and four, a space between: "500-1000 mg" for a son is a dose range)
    # (the relatives alone, not a carer, a child or a friend: "carer 800 1200 1700 2100" are visits' times, "child 100 1000"
    # a fluid's rule)
    ("PHONE", "phone_after_relative", 5, _c(r"\b(?i:mother|father|mum|mom|dad|wife|husband|son|daughter|sister|brother|aunt|"
                                            r"uncle|grandmother|grandfather|granddaughter|grandson|granny|niece|nephew|"
                                            r"step(?:mother|father|son|daughter)|neighbou?r|partner|guardian|NOK)[ \t]*[:=\-–]?[ \t]*"
                                            r"(?P<v>\d{3}[ ]\d{4})(?![\d/.:,]\d|[\d/:])"
                                            r"(?![ \t]*(?i:mg|mcg|µg|ml|l|iu|units?|kcal|cal|steps|g|kg|mmol|%|x|times)\b)")),
    ("POSTCODE", "postcode_label", 2, _c(rf"(?i:\b(?:post\s?code|postal\s+code|zip(?:\s+code)?|pin(?:\s*code)?|eircode|cep))\s*[:#]?\s*"
                                         rf"(?P<v>\d{{5}}-\d{{3}}|{_UK_PC}|{_ZIP}|\d{{3}} ?\d{{3}}|[A-Z]\d{{2}} ?[0-9A-Z]{{4}}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{{4}})\b")),
    ("ADDRESS", "address_label", 2, _c(r"(?i:\b(?:(?:home\s+)?(?:address|addr\.?)|domicilio|direcci[óo]n|adresse|anschrift|wohnort|morada|"
                                       r"endere[çc]o|indirizzo|residenza|adres|adresas|adresa|enderezo|tirahan)\s*[:\-]|\b(?:wohnhaft(?:\s+in)?|domicili[ée]e?|"
                                       r"residente\s+(?:in|a|em|en))(?=\s+\S))\s*(?P<v>[^\n;|]+?)"
                                       r"(?=\s*(?:$|\n|;|\||(?<![ \t][A-Z])(?<!\bSt)(?<!\bApt)(?<!\bul)(?<!\bal)(?<!\bpl)(?<![ \t]m)(?<!\bnr)(?<!\bMah)(?<!\bCad)(?<!\bSok)(?<!\bMh)(?<!\bCd)(?<!\bSk)(?<!\bBulv)(?<!\bMorc)\.\s+[A-Z]|"
                                       r"\s(?:Tel|Phone|Mobile|Email|DOB|NHS|MRN)\b))", re.M)),
    # where a patient lives, after a label that names a place: "Village: Kolomotu'a.", "Residence: Purok 3" (not "Home:",
    # which heads a list of home medicines as often: "Home: Metformin, Lisinopril"; detect.py drops everyday words alone)
    ("LOCATION", "home_label", 12, _c(r"(?i:\b(?:residence|home[ \t]?town|village|town))[ \t]*:[ \t]*"
                                      rf"(?P<v>{P.NAME_WORD_EXT}(?:[ \t]+{P.NAME_WORD_EXT}){{0,3}}(?:,[ \t]*{P.NAME_WORD_EXT}(?:[ \t]+{P.NAME_WORD_EXT}){{0,2}}){{0,2}})"
                                      r"(?![\w'’-])")),
    ("ID", "ssn", 4, _c(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")),
    ("ID", "nhs_number", 4, _c(r"(?<![\d-])\d{3} \d{3} \d{4}(?![\d-])")),
    ("ID", "ni_number", 4, _c(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")),
    ("ADDRESS", "street", 5, _c(
        rf"(?<![\w/.])(?:(?:Flat|Apt\.?|Apartment|Unit|Suite|Ste\.?|Room)\s*#?\s*[\w-]{{1,6}},?\s+)?\d{{1,5}}[A-Za-z]?"
        rf"(?:[-/]\d{{1,5}}[A-Za-z]?)?,?[ \t]+(?:(?:[NSEW]|NE|NW|SE|SW)\.?[ \t]+)?"
        rf"(?:(?:{P.NAME_WORD}(?:['’]s)?|\d{{1,3}}(?:st|nd|rd|th))[ \t]+){{1,4}}"
        rf"(?:{P.STREET_SUFFIX})\b\.?{_ADDR_TAIL}")),
    ("ADDRESS", "po_box", 5, _c(rf"\b(?:P\.?\s?O\.?\s+Box|P\.\s?M\.\s?B\.?)\s+\d+{_ADDR_TAIL}", re.I)),  # and Nigeria's Private Mail Bag
    # a private bag, a French, Portuguese, Spanish or German post box, or a bare box, before its town ("Private Bag A14,
    # Mokhotlong", "BP 118, Lambaréné", "Box 418, Rossville"): the town after the comma says it is no reading ("BP 118/70")
    ("ADDRESS", "po_box_town", 5, _c(rf"\b(?:Private[ \t]+(?:Mail[ \t]+)?Bag|Locked[ \t]+Bag|GPO[ \t]+Box|BP|B\.P\.|Caixa[ \t]+Postal|House(?:[ \t]+No\.?)?|Stand|Erf|Plot|"
                                     rf"Apartado(?:[ \t]+Postal)?|Casilla|Postfach|Box)[ \t]+[A-Z]?\d{{1,6}}(?=,[ \t]*{P.NAME_WORD})")),
    # a house's name in quotation marks after "Home:" or "Address:" ("Home: 'Cronk y Voddy', Glen Road")
    ("ADDRESS", "house_name_quoted", 5, _c(r"\b(?:Home|Address|Addr\.?|Residence)[ \t]*:[ \t]*(?P<v>['‘\"“][A-Z][^'’\"”\n]{1,40}['’\"”])")),
    # Malta's postcode after its town, which follows the street and a comma ("Triq Dun Karm, Msida MSD 2090")
    # (weakest of all: a boat's mark or a state before its postcode, read by other rules, has the same shape)
    ("POSTCODE", "mt_postcode", 13, _c(rf",[ \t]*[{P.UP}][{P.LO}]+[ \t]+(?P<v>(?!(?:QLD|NSW|VIC|TAS|ACT|NTL)\b)[A-Z]{{3}}[ \t]?\d{{4}})(?![\w-])(?![ \t]*(?i:mg|mcg|ml|units?|iu|g)\b)")),
    # a street of any language with its number before a postcode and its town ("Mediteranska 14, 85310 Budva",
    # "Kunningarstíggjur 7, FO-700 Klaksvík", "Währinger Gürtel 18-20, 1090 Wien")
    ("ADDRESS", "street_before_postcode", 5, _c(rf"(?<![\w'’-])(?!(?:Day|Score|Bed|Room|Ward|Grade|Stage|Type|Level|Cycle|Week|Dose|Page|"
                                                rf"Line|Bay|Floor|Gate|Class|Step|Phase|Part|Table|Figure|Visit|Session|January|February|March|"
                                                rf"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
                                                rf"Aug|Sep|Sept|Oct|Nov|Dec)\b)(?P<v>{P.NAME_WORD_EXT}(?:[ \t]+{P.NAME_WORD_EXT}){{0,2}}[ \t]+\d{{1,4}}[a-zA-Z]?"
                                                rf"(?:[-/]\d{{1,4}}[a-zA-Z]?)?),[ \t]*(?:[A-Z]{{1,3}}-)?(?!(?:19|20)\d\d\b)\d{{3,5}}[ \t]+{P.NAME_WORD}")),
    # continental streets: the street word first ("8 rue des Tanneurs", "Via Garibaldi 31", "C/ Mayor 14", "ul. Kościuszki
    # 7") or a German compound ("Lindenstraße 22"); and a continental postcode before its town after a comma
    # ("..., 59800 Lille", "4050-031 Porto", "34-400 Nowy Targ")
    ("ADDRESS", "street_continental", 5, _c(
        rf"(?=[\d{P.UP}]|(?i:[rabciqups]))(?:(?<![\d.])\b\d{{1,4}}(?:[ \t]*(?:bis|ter))?,?[ \t]+)?(?<![\w/])(?:(?i:rue|avenue|boulevard|chemin|allée|impasse|quai|place|route|cours|passage|sentier|square)|Via|Viale|Piazza|"
        rf"Corso|Vicolo|Calle|C/|Avda\.?|Avenida|Plaza|Paseo|Rua|Travessa|Largo|(?<!\d[ \t])ul\.|ulica|Aleja|Jl\.|Jln\.?|Jalan)[ \t]+"
        rf"(?:(?:de|del|della|dei|degli|des|du|de[ \t]+la|do|da|dos|das|di|d['’]|l['’])[ \t]*)*{P.NAME_WORD}(?:[ \t]+{P.NAME_WORD}){{0,2}}"
        rf"(?:,?[ \t]*\d{{1,4}}[a-zA-Z]?(?:/\d{{1,4}})?\b)?|\b[{P.UP}][{P.LO}]+(?:{_GERMAN_STREET_END}|str\.|damm|straat|gracht|laan|plein|kade|singel|dijk|"
        rf"{_NORDIC_STREET_END})[ \t]+\d{{1,4}}[a-zA-Z]?\b")),
    # a postcode with its country's letters after an address's comma, closing the field or before its town ("...,
    # AZ4500 |", "..., LV-1001 Rīga", "LT-01100", "MD-2001", "AD500"); not a vaccine's or a drug's letters ("AZ 2021",
    # "AZ 1000 mg") nor a protocol's ("LV-2019 strain")
    ("POSTCODE", "postcode_country_letters", 6, _c(rf"(?:(?<=,)|(?<=,[ \t]))(?P<v>(?:AZ\d{{4}}|LV-\d{{4}}|LT-\d{{5}}|MD-\d{{4}}|AD\d{{3}}))"
                                                   rf"(?=[ \t]*(?:[|,;\n]|$)|[ \t]+[{P.UP}][{P.LO}])", re.M)),
    # a Czech or Slovak street, named by an adjective, with its two numbers ("Havlíčkova 1187/12", "Palackého 4/2",
    # "Nádražní 815/3"), after an address's label on its line or before its postcode, and the postcode of three and two
    # digits after it ("Havlíčkova 1187/12, 789 01"); the shape alone is a pressure, a dose or a ratio as often
    # ("Ranní 135/85", "Morfina 10/20", "Angina 3/7")
    ("ADDRESS", "street_cz", 5, _c(rf"(?:(?i:bydliště|bydlisko|adresa|bytem|ulice|pobyt)[^\n|;]{{0,40}}?(?<![\w'’-])(?P<v>{_CZ_STREET})(?![\w/])|"
                                   # (before such a postcode, any street and its number: "Kláštorská 12, 085 01", "Sv. Jakuba
                                   # 21, 085 01 Bardejov", "Storgatan 4, 123 45 Stockholm")
                                   rf"(?<![\w'’-])(?P<w>{_CZ_STREET}|(?:Sv\.[ \t]+)?[{P.UP}][{P.LO}]+(?:[ \t]+[{P.UP}][{P.LO}]+)?[ \t]+\d{{1,5}}[a-zA-Z]?)"
                                   rf"(?=,[ \t]*\d{{3}}[ ]\d{{2}}(?!\d)))")),
    # a Lithuanian street with its abbreviated kind and number ("Liepojos g. 41", "Kvietinių g. 14-3", "Savanorių pr. 7"),
    # and a Latvian one ("Brīvības iela 12")
    # (the street's name in the genitive before the Lithuanian kinds: "Amoksiklavas g. 1" is a dose, "Interna pl. 5" a floor)
    ("ADDRESS", "street_lt_lv", 5, _c(rf"(?<![\w'’-])(?P<v>(?:[{P.UP}][{P.LO}]+[ \t]+)?[{P.UP}][{P.LO}]*(?:ų|os|io|ės|o)[ \t]+(?:g|pr|al|pl|skg)\.[ \t]*"
                                      rf"\d{{1,4}}[A-Za-z]?(?:-\d{{1,4}})?|[{P.UP}][{P.LO}]+[ \t]+iela[ \t]*\d{{1,4}}[A-Za-z]?(?:-\d{{1,4}})?)(?![\w/])"
                                      r"(?![ \t]*(?i:mg|g|ml|tab|kaps|vnt)\b)")),
    # a US rural grid address ("4185 N 900 W") and a house on a numbered road ("3418 Route 16", "1207 County Road 12")
    # (one of north and south and one of east and west, nothing more after: "50 W 75 W 100 W" are watts, "220 N" newtons)
    ("ADDRESS", "street_grid", 5, _c(r"(?<![\w/.,-])(?<![NSEW][ \t])(?P<v>\d{2,5}[ \t]+(?:[NS][ \t]+\d{2,4}[ \t]+[EW]|[EW][ \t]+\d{2,4}[ \t]+[NS]))"
                                     r"(?![\w-])(?![ \t]+\d+[ \t]+[NSEW]\b)")),
    # (a house's number of three digits or more: "bus 42 Route 9" is none)
    ("ADDRESS", "house_on_route", 5, _c(r"(?<![\w/.,:-])(?P<v>\d{3,6}[ \t]+(?:Route|Rte\.?|State[ \t]+Road|County[ \t]+Road|Township[ \t]+Road|"
                                        r"Farm[ \t]+to[ \t]+Market(?:[ \t]+Road)?)[ \t]+\d{1,4}[A-Z]?)(?![\w-])")),
    # Anguilla's one postcode
    ("POSTCODE", "ai_postcode", 6, _c(r"\b(?P<v>AI-?2640)\b")),
    ("POSTCODE", "postcode_cz", 6, _c(rf"(?<![\w'’-]){_CZ_STREET},[ \t]*(?P<v>\d{{3}}[ ]\d{{2}})(?!\d)")),
    # (a Dutch postcode, four digits and two letters, only after a house number: ", 1000 IU Vitamin D3" is a dose)
    ("POSTCODE", "postcode_continental", 6, _c(rf",[ \t]*(?P<v>\d{{5}}|\d{{4}}-\d{{3}}|\d{{2}}-\d{{3}}|(?<=\d,[ \t])\d{{4}}[ ](?!IU|ML|MG|MI|MM|CM|KG|UI)[A-Z]{{2}})[ \t]+(?={P.NAME_WORD})")),
    # four digits before the town after a continental street and its number, as Norway, Denmark, Austria and Switzerland
    # write them ("Sykehusveien 35, 9613 Hammerfest", "Storgata 4, 0184 Oslo")
    ("POSTCODE", "postcode_four", 6, _c(rf"[{P.LO}](?:{_NORDIC_STREET_END}|{_GERMAN_STREET_END})[ \t]+\d{{1,4}}[a-zA-Z]?,[ \t]*"
                                        rf"(?P<v>\d{{4}})(?=[ \t]+{P.NAME_WORD})")),
    # rural routes ("RR 2 Box 118, Wahpeton ND 58075"), numbered streets without a number ("on 23rd Ave"),
    # Indian layouts ("#112, 4th Cross", "2nd Main"), a house number before a one-word street of the north of
    # England and Scotland ("7a Soutergate", "12b Wheelgate") or such a street after "on" ("left on Briggate")
    # a rural route with its box, a route before a street number ("RR 3, 2281 Ferry Rd"; "RR 18, HR 90" is a
    # respiratory rate), a roadside mail box before its place ("RMB 1440, Balingup"), a box after a mail word
    ("ADDRESS", "rural_route", 5, _c(rf"(?=[RHSMmP])\b(?:(?:RR|R\.R\.|HC|Rural[ \t]+Route|Star[ \t]+Route)[ \t]*\d{{1,3}},?[ \t]+Box[ \t]+\d{{1,5}}{_ADDR_TAIL}|"
                                     rf"RR[ \t]*\d{{1,2}}(?=,?[ \t]+\d{{1,5}}[ \t]+[A-Z][a-z])|RMB[ \t]*\d{{1,5}}(?=,[ \t]*[A-Z][a-z])|"
                                     rf"(?i:mail(?:ing)?|postal)(?:[ \t]+address)?[ \t]*:?[ \t]*(?P<v>Box[ \t]+\d{{1,5}}))")),
    ("ADDRESS", "numbered_street", 5, _c(rf"(?=[#\d])(?:#[ \t]*\d{{1,5}}(?:/\d{{1,4}})?,?[ \t]*)?\b\d{{1,3}}(?:st|nd|rd|th)[ \t]+"
                                         rf"(?:(?:{P.STREET_SUFFIX})\b\.?|(?:Cross|Main|Block|Sector|Phase)(?:[ \t]+(?:Road|Rd))?\b)")),
    ("ADDRESS", "gate_street", 5, _c(r"(?=[A-Z])\b[A-Z][a-z]{2,}(?:gate|garth|wynd)\b")),
    # a UK prison number ("A1234BC"): a letter, four digits and two letters, which no clinical term is written as
    ("ID", "prison_number", 4, _c(r"(?=[A-Z])\b[A-Z]\d{4}[A-Z]{2}\b")),
    # Brazil's CPF ("305.196.274-07"), and a record number after "Prontuário" or "MR#"
    ("ID", "br_cpf", 2, _c(r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d-])")),
    ("MRN", "record_label_more", 2, _c(r"(?:\b(?i:prontu[áa]rio|prontu[áa]rio[ \t]+n[º°o]\.?)|\bMR#)[ \t]*[:#]?[ \t]*(?P<v>(?:[A-Z]{1,6}-)?(?=(?:[-./]?\d){4})\d[\d.\-/]*\d)(?![\w-])")),
    # Brazil's national health card (Cartão Nacional de Saúde): fifteen digits after "CNS" (not the nervous system)
    ("ID", "br_cns", 4, _c(r"\bCNS[ \t]*:?[ \t]*(?P<v>\d{3}[ \t]?\d{4}[ \t]?\d{4}[ \t]?\d{4})(?!\d)")),
    # a Brazilian doctor's council registration ("CRM-MG 48.217", "CRM 123456")
    # (a bare "CRM 2024" is cardiac rhythm management: the council's state or a dotted number says it is a registration)
    ("ID", "br_crm", 2, _c(r"\bCRM(?:[-/ ][A-Z]{2}[ \t]*(?:n[º°o]\.?)?[ \t]*(?P<v>\d{1,3}(?:\.\d{3})+|\d{4,7})|[ \t]*(?:n[º°o]\.?)?[ \t]*"
                           r"(?P<w>\d{1,3}(?:\.\d{3})+))(?![\w.])")),
    # Chile's national number, dotted with its check digit ("RUN 16.482.037-8", "RUT 7.218.440-K")
    ("ID", "cl_run", 2, _c(r"\b(?:RUN|RUT|Rut|Run)[ \t]*(?:N[º°o]\.?[ \t]*)?[:]?[ \t]*(?P<v>\d{1,2}\.\d{3}\.\d{3}-[\dkK])(?![\w-])")),
    # (not a clause's number of short parts: "СанПиН № 2.1.3.2630"; "№ 7701.2345.6789.0012" is a policy's)
    ("MRN", "numero", 2, _c(r"№[ \t]*(?P<v>(?=(?:[/.-]?\d){4})(?!\d{1,2}\.\d{1,2}\.)\d[\d/.-]*\d)")),
    # a US clinician's licence after the state's code and the profession ("IL psychologist 071.009218", "NV RN 882014")
    ("ID", "us_state_licence", 4, _c(rf"\b(?:{_STATES})[ \t]+(?:(?i:psychologist|physician|pharmacist|nurse|dentist|counselor|"
                                     r"therapist|midwife|paramedic)|RN|LPN|APRN|CNM|NP|PA|MD|DO|DDS|DMD|RPh|LCSW|LPC|LMFT|EMT|OT|PT)"
                                     r"[ \t]+(?:(?i:lic(?:en[cs]e)?\.?)[ \t]*)?(?:#|(?i:no\.?))?[ \t]*(?P<v>[A-Z]{0,3}(?=(?:[.\-]?\d){5})\d[\d.\-]{3,}\d)(?![\w])"
                                     # (five digits or more, no unit after: "OK PT 12.45 s", "OR RN 1200-1500 mL")
                                     r"(?![ \t]*(?i:s|sec|secs|seconds|ml|l|mg|g|units?|mmol|x)\b|[ \t]*%)")),
    # ... and a licence's dotted number after the state's code alone ("| VT 042.0131874", "IL 036.118722"): no ZIP, dose or
    # count is written so
    # (in a signature's cells after a bar, or with a leading zero as licences have; no unit after: not "GA 38.571429 weeks")
    ("ID", "us_state_dotted_licence", 4, _c(rf"(?:(?<=\|[ \t])(?:{_STATES})[ \t]+(?=\d)|(?<![\w.])(?:{_STATES})[ \t]+(?=0))"
                                            r"(?P<v>\d{2,4}\.\d{5,8})(?![\w.])(?![ \t]*(?:%|(?i:mm|cm|ml|l|kg|g|mg|weeks?|wk|"
                                            r"mmhg|l/min|s|sec)\b))")),
    # a record, file or card number after its label in Greek, Arabic, Chinese or Russian ("αρ. μητρώου 2025/18473",
    # "رقم الملف 2025/4418", "病歷號碼：HN21048837", "номер карты 44-1182"); the value holds three digits or more
    ("MRN", "number_label_script", 2, _c(r"(?:(?i:αρ(?:ιθμός|\.))[ \t]*(?i:μητρώου|φακέλου|ασθενούς|εισαγωγής|ταυτότητας|διαβατηρίου|κάρτας|"
                                         r"πρωτ(?:οκόλλου|\.)|παραπεμπτικού|εξέτασης|δείγματος|βιοψίας|παρασκευάσματος|αίτησης)"
                                         r"(?:[ \t]+[Α-Ω]{2,5}(?![Α-Ω/-]))?"
                                         # ("ΑΜ 26-04182", "Α.Μ. 5207"; not "Ca ΑΜ 2018")
                                         r"|(?<![\w.])Α\.?Μ\.?(?![\w])(?![ \t]*(?:19|20)\d\d\b)"
                                         r"|رقم[ \t]+(?:الملف|الهوية|السجل|المريض|التأمين|الجواز|البطاقة|الإقامة)"
                                         # (a clinician's licence: "ترخيص OMSB رقم ٤٧١٨٢")
                                         r"|ترخيص(?:[ \t]+[A-Z]{2,6})?(?:[ \t]+(?:مزاولة[ \t]+المهنة|رقم))?"
                                         r"|(?:病历|病歷|病案|住院|门诊|門診|登记|登記|卡|编|編|工|员工|員工|职工|職工|学|學|会员|會員|医保|醫保|社保|就诊|就診|保单|保單)[号號](?:码|碼)?"
                                         r"|(?i:номер)[ \t]+(?:карты|полиса|истории[ \t]+болезни|паспорта)"
                                         # (a Hebrew file's, record's or referral's number: "מס' תיק 12345")
                                         r"|(?<![\u05d0-\u05ea])(?:מס['׳]|מספר)[ \t]+(?:תיק|רשומה|אשפוז|מטופל|ביטוח|דרכון|מקרה|הפניה|דגימה|בדיקה)"
                                         r"(?=[ \t]*[:：]?[ \t]*[\dA-Z/-]+(?![\dA-Z/-])(?![ \t]*(?:מתוך|מ[\"״]ל|מ[\"״]ג|תאים|יחידות|%))))[ \t]*[:：]?[ \t]*"
                                         # (letters first in groups too: "رقم الملف: EPH-BSK/25/07418")
                                         r"(?P<v>(?=(?:[A-ZΑ-Ω/-]*\d){3})(?:[A-ZΑ-Ω]{1,6}[/-]){0,3}[A-ZΑ-Ω]{0,4}[/-]?\d[\dA-ZΑ-Ω]*(?:[/-][\dA-ZΑ-Ω]+)*)(?![\w/-])")),
    # a file's or a card's number by its shape: an office's letters, then a year and a serial after slashes
    # ("EPH-BSK/25/07418", "QRShP-PZ/2025/0187", "N-2025/07418", "GUMH/MAT/25/0418"); not a classification's edition
    # ("ER/PR-90/100", "HR-96/120", "G-CSF/30/480" are results and doses: the serial has four digits or more, or
    # three after a year of four)
    ("MRN", "file_number_shape", 3, _c(r"(?<![\w/-])(?!(?:ICD|DSM|COVID|SARS|HIV|ISO|WHO|AJCC|TNM|FIGO|ER|PR|HR|BP|G-CSF)\b)"
                                       r"(?P<v>(?:[A-Z][A-Za-z]{0,5}[-/]){1,3}(?:(?:19|20)\d{2}/\d{3,6}|\d{2}/\d{4,6}))(?![\w/-])")),
    ("POSTCODE", "uk_postcode", 6, _c(rf"\b{_UK_PC}\b")),
    ("POSTCODE", "us_zip", 6, _c(rf"\b(?:{_STATES})[ \t]+(?P<v>{_ZIP})\b(?!\s*(?:U|IU|units?)\b)")),
    # the ZIP codes of the US territories after their codes, in the ranges they hold ("St. Thomas, VI 00802", "PR 00926",
    # "GU 96913")
    # (after a town and its comma, as an address writes them: not "Catalogue GU 96900", "Lot AS 00712")
    ("POSTCODE", "us_territory_zip", 6, _c(r"(?<=,[ \t])(?:VI|PR|GU|AS|MP)[ \t]+(?P<v>(?:00[6-9]\d\d|969\d\d|96799)(?:-\d{4})?)"
                                           r"(?![\w-])")),
    # Canadian postal codes ("K7L 1A6"), Irish Eircodes ("H53 X2F7"), Indian PIN codes after a town ("Chennai - 600020")
    # (the space is required: "T2N1M0" is a TNM stage)
    ("POSTCODE", "ca_postcode", 6, _c(r"(?=[ABCEGHJ-NPRSTVXY])\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d\b")),
    ("POSTCODE", "eircode", 6, _c(r"(?=[AC-FHKNPRTV-Y])\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ](?=[0-9AC-FHKNPRTV-Y]{0,3}\d)(?=[0-9AC-FHKNPRTV-Y]{0,3}[A-Z])[0-9AC-FHKNPRTV-Y]{4}\b")),
    ("POSTCODE", "in_pin", 6, _c(rf",[ \t]*{P.NAME_WORD}[ \t]*[-–][ \t]*(?P<v>[1-8]\d{{2}}[ ]?\d{{3}})(?!\d)")),
    ("PHONE", "in_mobile", 7, _c(r"(?=[+6-9])(?<![\w+])(?:\+91[ -]?)?[6-9]\d{4}[ -]\d{5}(?!\d)")),
    # a Russian number: 8, an area code of three to five digits, then the rest in hyphenated groups, eleven digits in all
    ("PHONE", "ru_phone", 7, _c(r"(?=8)(?<![\w+])8[ -]?(?:\(?\d{3}\)?[ -]?\d{3}|\(\d{4}\)[ -]?\d{2}|\(\d{5}\)[ -]?\d)-\d{2}-\d{2}(?!\d)")),
    # Cameroon's mobiles: a 6, its network's digit and seven more, in pairs ("6 95 20 17 44", "695 20 17 44"), where a
    # contact's number stands: after a dash or a colon, or opening a bracket or a line (not a series of counts,
    # "Troponin 6 15 22 40 85")
    ("PHONE", "phone_cm", 7, _c(r"(?:(?<=[-–:][ \t])|(?<=\()|(?<=\(\+237[ \t])|^)6[ .]?[5-9]\d(?:[ .]\d{2}){3}(?![\w/-]|[.,]\d|[ ]\d)",
                               re.M)),
    # a French or Dutch number: ten digits written in pairs after the leading 0 ("04 73 75 55 18", "06-55 23 41 87")
    ("PHONE", "phone_pairs", 7, _c(r"(?=0)(?<![\w.,/:+-])0[1-9][ .\-](?!0)\d{2}(?:[ .\-]\d{2}){3}(?![\w/-]|[.,]\d)")),
    # a phone label in Cyrillic or Greek script ("тел. 8 (3822) 55-41-87", "τηλ. 2410 555 123")
    ("PHONE", "phone_label_script", 2, _c(rf"(?<![\w])(?i:тел(?:ефон)?|моб(?:ильный)?|τηλ(?:έφωνο)?|κιν(?:ητό)?|φαξ|fax|"
                                          rf"{HE_AR_PHONE_LABELS})\.?\s*[:=\-]?\s*{_PHONE_VALUE}")),
    # an extension in Greek, Chinese and Japanese ("εσωτ. 3562", "內線 3562", "分機 3627", "内線 2104")
    ("PHONE", "phone_extension_script", 2, _c(r"(?<![\w])(?:εσωτ(?:ερικό)?\.?|ΕΣΩΤ\.?|內線|内线|分機|分机|内線)[ \t]*[:：]?[ \t]*(?P<v>\d{3,5})(?!\d)")),
    # a number of phone's shape in brackets right after a word, as a relative's or a contact's is given
    # ("κ. Νίκος Χαραλάμπους (99 527 118)", "蔡淑儀姑娘 (2463 9058)"): groups of two to four digits, seven to eleven in all
    ("PHONE", "phone_bracket", 6, _c(r"(?<=[^\W\d_])[ \t]*\((?P<v>\+?\d{2,4}(?:[ \t.-]\d{2,4}){1,3})\)")),
    # Australian Medicare numbers are written in groups: "Medicare 2951 48736 1"
    ("ID", "au_medicare", 2, _c(r"\b(?i:medicare)(?:\s+(?i:no\.?|number|card))?\s*[:#]?\s*(?P<v>\d{4}[ ]\d{5}[ ]\d(?:[ /-]?\d)?)(?!\d)")),
    ("ID", "aadhaar", 4, _c(r"(?=[2-9])(?<![\d-])[2-9]\d{3} \d{4} \d{4}(?![\d-])")),
    ("ID", "ru_snils", 4, _c(r"(?=\d)(?<![\d-])\d{3}-\d{3}-\d{3}[ -]\d{2}(?![\d-])")),
    # (a statute's year after "ACT" in capitals is no Canberra postcode: "MENTAL HEALTH ACT 1983")
    ("POSTCODE", "au_postcode", 6, _c(rf"(?=[NVQWSTA])\b(?:{_AU_STATES})(?<![A-Z]{{2}}[ \t]ACT)[ \t]+(?P<v>\d{{4}})(?!\d)")),
    ("POSTCODE", "zip_plus4", 6, _c(r"(?<![\d-])\d{5}-\d{4}(?![\d-])")),
    ("PHONE", "phone_intl", 7, _c(r"(?<![\w+])\+\d{1,3}(?:[ .\-]?\(0\))?(?:[ .\-]?\(?\d{1,5}\)?){2,6}(?!\d)")),
    # (not three links of a longer chain of doses: "3-10-30-100-300-1000-3000 mg")
    ("PHONE", "phone_us", 7, _c(r"(?<![\w.])(?<!\d-)(?:1[ .\-])?(?:\(\d{3}\)[ ]?|\d{3}[ .\-])\d{3}[ .\-]\d{4}(?!\d|-\d)"
                               r"(?:\s*(?:x|ext\.?)\s*\d{1,5})?")),
    # A regulator's register and its number end a sign-off line: "Solange Pelletier, RN | RNANT/NU 8314", "Paediatric
    # Resident | MCJ 3095". Letters alone, then digits, last on the line after a bar, a comma or a bracket; not a lab
    # or vital sign's abbreviation ("..., WBC 11000") and not a year ("HTN, CABG 2015")
    # (detect.py keeps it only on a line that names a person's title, credential or role before it)
    ("ID", "register_line_end", 4, _c(r"[|,(][ \t]*(?!(?:WBC|WCC|PLTS?|CK|CPK|BNP|LDH|AFP|ALP|ALT|AST|GGT|TSH|PSA|CRP|ESR|HB|HGB|HCT|NA|CA|"
                                         r"PTH|CEA|HCG|BHCG|IG[AEGM]|FSH|LH|ANC|ALC|VL|HR|BP|RR|GFR|EGFR|NT|INR|APTT|PT|CFU|IU|MG|ML|KG|"
                                         r"MCG|CD|TG|LDL|HDL|ACTH|ADH|EPO|OSM|FEV|FVC|PEF|PEFR|EF|LVEF|QTC|QT|PR|QRS)\b)"
                                         rf"(?!(?:{_STATES}|{_AU_STATES})[ \t]+\d{{4,5}}\b)"
                                         r"[A-Z]{2,6}(?:/[A-Z]{2,5})?[ \t]+(?P<v>[A-Z]{0,4}[-/]?(?!(?:19|20)\d\d\b)\d{4,8})[ \t]*\)?[ \t]*$", re.M)),
    ("PHONE", "phone_au", 7, _c(r"(?<![\w.])(?:\(0\d\)[ ]?\d{4}[ \-]?\d{4}|04\d{2}[ \-]?\d{3}[ \-]?\d{3}|1[38]00[ \-]?\d{3}[ \-]?\d{3})(?!\d)")),
    # Irish landlines: a one- or two-digit area code ("01 849 2271", "021 432 1190")
    ("PHONE", "phone_ie", 7, _c(r"(?=0)(?<![\w.])0[1-9]\d?[ \-]\d{3}[ \-]\d{4}(?!\d)")),
    ("PHONE", "phone_uk", 7, _c(r"(?<![\w.])(?:\(0\d{2,4}\)[ ]?|0\d{2,4}[ \-]?)\d{3,4}[ \-]?\d{3,4}(?!\d)")),
]
# Rules led by a label word ("MRN", "Tel", "seen by", ...) start at a letter: saying so first lets the
# regex engine skip every other position cheaply (a label rule took about 40% less time on a model's reply).
# The same matches as without it: every alternative of these labels begins with a letter (checked against
# the unprefixed patterns on the corpus in tests/safety/test_wordlist.py).
LETTER_FIRST = "(?i:(?=[a-z]))"
LABEL_LED = ("mrn_label", "id_label", "plate", "licence", "serial", "handle_label", "handle_platform", "access_code", "phone_label",
             "handle_as", "reference", "vehicle_plate", "access_code_later",
             "postcode_label", "address_label", "home_label")
RULES = [(k, r, pr, re.compile(LETTER_FIRST + pat.pattern, pat.flags) if r in LABEL_LED else pat)
          for k, r, pr, pat in RULES]
# Rules that cannot match without one of these (lower-case) strings in the text.
NEEDS_LITERAL = {"home_label": ("residence", "hometown", "home town", "village", "town"), "email": ("@",), "email_obfuscated": ("at]", "at)", "at}"), "url": ("://", "www."),
                  "address_label": ("addr", "domicil", "direcci", "adresse", "anschrift", "wohn", "morada", "endere",
                                    "indirizzo", "residen", "adres", "enderezo", "tirahan"), "postcode_label": ("post", "zip", "pin", "eircode", "cep"),
                 "in_pin": (",",), "au_medicare": ("medicare",), "phone_after_verb": ("call", "ring", "rang", "text", "phon", "reach", "contact"), "handle_account": (".",),
                 "handle_platform": tuple(_PLATFORMS.lower().split("|")), "ipv6": ("::",), "handle_line": ("line",), "kr_licence": ("제",),
                 "handle_script": ("카카오톡", "카톡", "ライン", "ไลน์", "ໄລນ໌", "वॉट्सऐप", "व्हाट्सएप", "واتس", "ווטסאפ", "וואטסאפ",
                                   "вайбер", "телеграм", "вотсап", "ватсап"),
                 "access_code_later": ("code", " pin", "código", "codigo"), "access_code_colon": ("key", "lock"), "plot": ("plot ", "stand ", "erf ", "lot "), "isle_of": ("isle",),
                 "postcode_four": ("veien", "vegen", "gata", "gatan", "gade", "vägen", "vej ", "straße",
                                   "strasse", "gasse", "weg ", "platz", "allee"),
                 "reference": ("ref ", "ref.", "ref:", "ref#", "reference", "reg.", "reg ", "registration", "enrol", "claim",
                               "certificate", "cert", "folio", "file no", "file number", "membership", "case", "incident", "crime",
                               "badge", "group", "pass", "card", "mlc", "fir "),
                 "named_vehicle": ("boat", "trawler", "coble", "yacht", "cruiser", "hilux", "ute", "bakkie", "truck"),
                 "licence_lettered": ("lic",), "patente": ("patente",),
                 "aircraft_type": ("islander", "otter", "dash", "challenger", "beech", "caravan", "dornier", "pilatus", "cessna", "learjet"),
                 "aircraft_before": ("departed", "landed", "took off", "wheels up", "eta", "en route", "inbound", "airborne"),
                 "council_number": ("council", "board"),
                 "ie_plate": ("driv", "drove", "car", "van", "vehicle", "reg", "plate", "taxi", "jeep", "lorry", "truck"), "case_number": ("-",),
                 "numero": ("№",), "call_sign": ("call sign", "callsign", "call-sign"), "ambulance_plate": ("ambulance", "wagonjwa"), "coordinates": ("°",), "grid_reference": ("grid",), "ky_postcode": ("ky",), "council_registration": ("mc",), "la_plate": ("ທະບຽນ", "ລົດ"), "ssn_masked": ("**-", "xx-"), "aircraft_asia": ("ヘリ", "헬기", "헬리콥터"), "aircraft_gr": ("αεροδιακομιδ",),
                 "coordinates_decimal": ("gps", "coordinat", "lat", "long", "location", "position", "geo", "pin", "lz", "landing zone", "helipad", "إحداثيات",
                                         "座標", "坐标", "좌표", "координат", "συντεταγμέν"),
                 "phone_after_relative": ("mother", "father", "mum", "mom", "dad", "wife", "husband", "son", "daughter",
                                          "sister", "brother", "aunt", "uncle", "grand", "niece", "nephew", "step", "neighbo",
                                          "partner", "guardian", "nok"),
                 "aircraft_near": ("heli", "aircraft", "air ambulance", "hems", "medevac", "coastguard", "rfds", "s-92", "aw1", "ec1", "bell ", "elisoccorso", "αεροσκάφ", "pc-", "pc1", "pc2", "king air", "learjet", "wheels up", "flown", "flight", "charter", "airlift", "hubschrauber", "cessna", "piper", "pa-", "pa2", "pa3", "pa4"), "ch_ahv": ("756.",), "br_cpf": ("-",), "record_label_more": ("prontu", "mr#"), "br_cns": ("cns",), "br_crm": ("crm",), "pl_plate": ("rej",), "cl_run": ("run", "rut"), "aircraft": ("aircraft", "plane", "wing", "helicopter", "chopper", "king air", "pc12", "pc-12", "flight", " air"), "number_label_script": ("αρ", "α.μ", "αμ ", "رقم", "号", "號", "номер", "מס"), "registration": ("reg", "dula", "colegiado", "iscrizione", "/"), "abha_address": ("@abdm", "@sbx"), "rural_route": ("box", "rr", "rmb"),
                 "numbered_street": tuple(f"{d}{s} " for d in "0123456789" for s in ("st", "nd", "rd", "th")),
                 "gate_street": ("gate ", "gate,", "gate.", "garth", "wynd"),
                 "vehicle_plate": ("car ", "car(", "car:", "van ", "van(", "van:", "vehicle", "bike", "motor", "truck", "ute ", "scooter",
                                   "pickup", "trawler", "boat", "bakkie", "coble", "lancha", "tuk", "parking", "trakt", "audi", "bmw", "ford", "toyota", "honda", "nissan", "mazda",
                                   "hyundai", "kia", "volkswagen", "vw", "vauxhall", "peugeot", "renault", "skoda", "subaru",
                                   "mitsubishi", "holden", "chevrolet", "chevy", "dodge", "tesla", "volvo", "fiat", "citro",
                                   "mercedes", "lexus", "suzuki",
                                   "moped", "auto ", "rickshaw", "tractor", "jeep", "bus ", "cab ",
                                   "lorry", "taxi", "wheeler", "rental", "tag ", "tag:", "plate", "rego", "reg ", "reg:", "reg."),
                 "handle": ("@",),
                 "domain": tuple("." + tld for tld in ("com", "org", "net", "edu", "gov", "mil", "info", "biz", "io", "app",
                                                       "health", "uk", "us", "ca", "au", "nz", "ie", "de", "fr", "nl", "es", "it")),
                 "handle_label": ("handle", "user", "screen", "gamertag", "instagram", "twitter", "tiktok", "snapchat", "skype",
                                  "telegram", "discord", "x.com"),
                 "street_continental": ("rue", "avenue", "avenida", "boulevard", "chemin", "allée", "impasse", "quai", "via", "piazza", "place",
                                        "route", "cours", "passage", "sentier", "square",
                                        "corso", "vicolo", "calle", "jl.", "jln", "jalan", "c/", "avda", "plaza", "paseo", "rua", "travessa", "largo",
                                        "ul.", "ulica", "aleja", "straße", "strasse", "str.", "weg", "gasse", "platz", "allee",
                                        "damm", "straat", "gracht", "laan", "plein", "kade", "singel", "dijk", "veien", "vegen",
                                        "gata", "gaten", "gatan", "gade", "vägen", "vej")}


def id_shape_ok(value: str, rule: str) -> bool:
    """Whether a word matched by shape alone is an identifier: five digits or more with a capital among them
    (no test, gene or stage name is written so), two capitals in a slashed one; an IPv6 has a "::"."""
    digits = sum(ch.isdigit() for ch in value)
    if re.fullmatch(r"G\d{1,2}P\d{1,5}", value):  # gravida and para in obstetric shorthand ("G2P1001")
        return False
    if rule == "ipv6":
        return "::" in value and any(ch.isalpha() for ch in value)
    if "/" in value:  # "FCT/0923/331874"; a council's register with five digits ("MDCN/R/38417")
        return value.count("/") >= 2 and (digits >= 6 or digits >= 5 and re.search(r"[A-Z]{3}", value) is not None) \
            and re.search(r"[A-Z]{2}", value) is not None
    return 7 <= len(value) and digits >= 5 and any(ch.isalpha() for ch in value)


def platform_handle_ok(value: str, cue: str) -> bool:
    """A handle after a platform's name is taken when it looks like one (a dot, an underscore or a digit in
    it) or when words say it is one ("as", "account") and it is no everyday word ("Instagram account is private")."""
    if _FILE_NAME.search(value) or value.startswith("t.me"):
        return False  # a picture or a document sent by it ("via whatsapp - ecg.jpg"), a channel's address
    return bool(re.search(r"[._\d]", value)) or (bool(cue.strip()) and len(value) >= 5 and not is_common_word(value))


_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|heic|pdf|docx?|xlsx?|mp4|mov|txt|dcm)$", re.I)


# Rules that cannot match in a text with fewer digits (``\d``) than this: the digits their pattern itself takes (a
# phone number's ten, an SSN's nine), or one for a rule whose value always holds a digit. A text without a digit, as
# most of a case's fields are, skips them all; "within 1 hour" skips all but those needing one. (tests/safety/
# test_regex_leads.py reads each pattern to check that it takes at least this many digits.) The age and
# generic-number rules below need two and five.
NEEDS_DIGITS = {"us_territory_zip": 5, "us_state_dotted_licence": 7, "registration": 2, "register_line_end": 4, "br_cns": 15, "ip_address": 4, "mrn_label": 1, "id_label": 1, "plate": 1, "uk_plate": 2, "nz_nhi": 2, "licence": 1,
                "serial": 1, "kr_licence": 3, "reference": 1, "shaped_id": 1, "year_serial_code": 5, "vehicle_plate": 1, "vehicle_plate_script": 1, "kr_plate": 6, "cn_plate": 1, "ipv6": 1, "named_vehicle": 2, "case_number": 5, "ie_plate": 3, "council_number": 1, "licence_lettered": 4, "patente": 2,
                "access_code_later": 3, "access_code_colon": 3, "plot": 1, "access_code": 1, "phone_label": 1, "highway": 1, "number_sign": 1,
                "phone_after_verb": 1, "postcode_label": 1, "ssn": 9, "nhs_number": 10, "ni_number": 6, "street": 1,
                "po_box": 1, "po_box_town": 1, "phone_tr": 10, "phone_jp": 7, "phone_433": 10, "cell_code": 3, "plate_tr": 4, "street_tr": 1, "mt_postcode": 4, "plate_shaped": 3, "plate_word": 1, "vehicle_for": 1, "street_before_postcode": 1, "postcode_continental": 4, "postcode_four": 4, "rural_route": 1, "numbered_street": 1, "prison_number": 4,
                "numero": 2, "ambulance_plate": 3, "coordinates": 4, "grid_reference": 6, "ky_postcode": 4, "council_registration": 3, "in_plate_hyphens": 3, "us_state_licence": 2, "postcode_country_letters": 3, "street_cz": 1, "postcode_cz": 7, "la_plate": 4, "ch_ahv": 13, "ssn_masked": 4, "fr_nir": 13, "br_cpf": 11, "record_label_more": 2, "br_crm": 4, "pl_plate": 1, "number_label_script": 1, "cl_run": 7, "uk_postcode": 1, "us_zip": 5, "ca_postcode": 3, "eircode": 1, "in_pin": 6,
                "in_mobile": 10, "ru_phone": 11, "phone_pairs": 10, "phone_label_script": 1, "phone_extension_script": 3, "phone_bracket": 4, "au_medicare": 10, "aadhaar": 12, "ru_snils": 11, "au_postcode": 4,
                "zip_plus4": 9, "phone_intl": 3, "phone_us": 10, "phone_au": 10, "phone_ie": 9, "phone_uk": 9,
                "phone_eight": 8, "phone_grouped": 7, "serial_year": 7, "phone_cm": 9, "phone_after_relative": 7, "register_letters": 3,
                "coordinates_decimal": 10, "file_number_shape": 6, "street_lt_lv": 1, "street_grid": 4, "house_on_route": 4, "ai_postcode": 4}
AGE_DIGITS, GENERIC_ID_DIGITS = 2, 5
DIGIT = re.compile(r"\d")
# (the words for an age in the languages that scripts_world reads; the words for years of age after a number in them)
# (not Mongolian "нас" in lower case, which is "us" in Russian: "у нас 95 коек")
_AGE_WORDS = "|".join(word for lang in LANGUAGES.values() for word in lang.ages.split("|") if word and word != "нас")
_YEAR_WORDS = ("අවුරුදු|හැවිරිදි|సంవత్సరాలు|సంవత్సరాల|ఏళ్ల|ఏళ్ళ|ବର୍ଷ|ବର୍ଷୀୟ|বছর|বছরের|வயது|"
               "ವರ್ಷ|ವರ್ಷದ|വയസ്സ്|വയസ്|ਸਾਲ|ਸਾਲਾਂ|વર્ષ|वर्षे|वर्षीय|वर्षको|वर्ष|साल|წლის|ዓመት|ዓመቷ|ዓመቱ|ساله|سالہ|سال|настай")
# (Thai, Lao, Khmer and Burmese write the next word on: "93 ปีในเดือนมกราคม"; not "this year", "ago", "a year",
# "twice": "ปีนี้", "ปีที่แล้ว", "ปีละครั้ง", "နှစ်ကြိမ်")
_YEAR_WORDS_UNSPACED = "ปี(?!นี้|ที่|ก่อน|ละ|หน้า)|ປີ(?!ນີ້|ທີ່|ກ່ອນ)|ឆ្នាំ|နှစ်(?!ကြိမ်|ခါ|လုံး|ခု|ပြည့်)"
# (a year word after a reading is its time, not an age: "گلوکوز 110 سال پیش", "پالس ৯৬ বছর ধরে", "100 წლის იუბილე")
_NOT_AGE_AFTER = "گذشته|پیش|قبل|بھر|भर|पहले|पुराना|ধরে|পুরনো|પહેલા|განმავლობაში|იუბილე|ሙሉ|قدمت"
AGE_RULES = [
    _c(r"\b(?P<v>\d{2,3})(?=\s*-?\s*(?:years?|yrs?)\s*-?\s*old\b)", re.I),
    _c(r"\b(?P<v>\d{2,3})(?=\s*(?:yo|y/o|y\.o\.)(?!\w))", re.I),
    _c(r"\b(?P<v>\d{2,3})(?=\s+years?\s+of\s+age\b)", re.I),
    _c(r"\b(?P<v>9\d|1[0-3]\d)(?=[ \t]*(?:years?|yrs?)[ \t]*(?:[.;,)]|$))", re.I | re.M),  # "DOB 29-Feb-1932, 92 years."
    _c(r"(?<!\d)(?P<v>\d{2,3})(?=\s*(?:(?:лет|года|год|ετών|χρονών|χρόνων|χρον[ηοα]ς?|वर्ष|साल|yaşında|yaş|سنة|عاما|عامًا|שנים)(?![\w-])|[岁歲歳세]))"),
    # (Russian, Greek, Hindi, Chinese, Japanese, Korean, Turkish, Arabic, Hebrew) and the age before its number in Hebrew and
    # Arabic ("בת 94", "العمر: 93")
    _c(r"(?<![\u05d0-\u05ea])(?:בן|בת|גיל)[ \t]*:?[ \t]*(?P<v>\d{2,3})(?!\d)"),
    _c(r"(?:العمر|عمره|عمرها|السن)[ \t]*[:：]?[ \t]*(?P<v>\d{2,3})(?!\d)"),
    # (and the words that say "aged" in Bulgarian, Armenian and Gujarati, not those for years of a duration: "92-годишна",
    # "91 տարեկան", "૯૨ વર્ષના"; and Khmer's age before its number, "អាយុ ៩២ ឆ្នាំ")
    _c(r"(?<![\d.,])(?P<v>\d{2,3})(?=[ \t-]*(?:годишн[аиоя]|годишен|տարեկան|વર્ષના|વર્ષની|વર્ષનો|વર્ષીય))"),
    _c(r"អាយុ[ \t]*៖?[ \t]*(?P<v>\d{2,3})(?!\d)"),
    # the word for an age before its number in the languages of scripts_world ("อายุ 92 ปี", "వయస్సు: 94", "වයස
    # අවුරුදු 91"), and the words for years of age after one in those and a few more ("၉၂ နှစ်", "93 ବର୍ଷ", "۹۱ ساله"):
    # a duration of ninety years or more is no clinical fact, so only a centenary's "100 ปี" is read as an age too
    # (the number closed by a year word or by punctuation: "อายุ 95 วัน" is a baby's 95 days, "у нас 95 коек" no age)
    _c(rf"(?<![^\W\d_])(?:{_AGE_WORDS})[ \t]*[:：\-–៖]?[ \t]*(?:(?:{_YEAR_WORDS}|{_YEAR_WORDS_UNSPACED})[ \t]*)?(?P<v>\d{{2,3}})"
       rf"(?![\d:/%]|[.,]\d)(?=[ \t]*(?:(?:{_YEAR_WORDS})(?![^\W\d_])|{_YEAR_WORDS_UNSPACED}|[,;.)|\n،؛।]|$))"),
    _c(rf"(?<![\d.,:/])(?P<v>\d{{2,3}})(?=[ \t]*(?:(?:{_YEAR_WORDS})(?![^\W\d_])(?![ \t]*(?:{_NOT_AGE_AFTER}))|{_YEAR_WORDS_UNSPACED}))"),
    # a birthday in Greek: "κλείνει τα 95", "έκλεισε τα 92" (not "η γλυκόζη κλείνει τα 99 mg/dl")
    _c(r"(?:κλείνει|έκλεισε|κλείσει)[ \t]+τα[ \t]+(?P<v>\d{2,3})(?![\d%,/]|\.\d|[ \t]*(?:mg|ml|μον|bpm|χιλ|mmHg))"),
    _c(r"\b(?P<v>\d{2,3})(?=[ \t]*(?:ans|años|anos|anni|Jahren?|jaar)\b|-jährige?[rn]?\b)"),  # French, Spanish, Portuguese,
    _c(r"\b(?:di|de)[ \t]+(?:anni|años|anos)[ \t]+(?P<v>\d{2,3})\b"),  # "di anni 94"
    # Italian, German ("mit 92 Jahren", "92-jähriger"), Dutch
    _c(r"\b(?:aged?|age\s+of)\s*[:=]?\s*(?P<v>\d{2,3})\b(?!\s*(?:months?|weeks?|days?|mg|%)|\.\d)", re.I),
    # "Mrs Gladys Ormerod, 91, lives": a bare number between commas after a capitalised word (a name)
    _c(rf"\b[{P.UP}][{P.LO}]+,[ \t]*(?P<v>\d{{2,3}})(?=[ \t]*(?:,|\((?i:DOB|born|b\.)|[MF]\b|y\b|yrs?\b|years?\b))"),
    # an age to come or reached ("she'll be 94 in June", "turns 92 in August", "θα κλείσει τα 92", "I've had 97 good winters")
    # (the number closes the clause or comes before a time: "will be 110 bpm" and "turned 90 deg" are no ages)
    _c(r"(?<!HR[ \t])(?<!BP[ \t])(?<!rate[ \t])(?<!sats[ \t])(?<!temp[ \t])(?<!pulse[ \t])"
       r"\b(?i:(?:she|he|they|i)['’]ll[ \t]+be|will[ \t]+be|turns?|turned|turning|would[ \t]+have[ \t]+been|"
       r"κλείσει[ \t]+τα|έκλεισε[ \t]+τα|γίνεται)[ \t]+(?P<v>\d{2,3})"
       r"(?=[ \t]*(?:[.,;:!?)\"'’·]|$|(?i:in|on|next|this|today|tomorrow|soon|years?|yrs?|yo|τον|την|το|στις)\b))"),
    # an age a person hopes for ("wants to see 97", "meant to reach 100", "make it to 97", "goin' for 91"; not "Sats
    # expected to reach 94", "Hb to reach 100")
    _c(r"\b(?i:(?:wants?|wanted|wanting|hopes?|hoped|hoping|meant|means|plans?|planned|determined|longs?|longed)[ \t]+to[ \t]+"
       r"(?:see|reach)|make[ \t]+it[ \t]+to|go(?:ing|in['’]?)[ \t]+for)[ \t]+(?P<v>\d{2,3})"
       r"(?=[ \t]*(?:[.,;:!?)\"'’]|$|(?i:in|on|next|this|years?)\b))"),
    # age and sex after a history's label ("History: 95F, unwitnessed fall"); not a temperature ("Vitals: 98F", "T: 97F")
    _c(r"(?:(?<=History:[ \t])|(?<=HPI:[ \t])|(?<=Patient:[ \t])|(?<=Pt:[ \t])|(?<=Age/sex:[ \t])|(?<=Age/Sex:[ \t])|"
       r"(?<=Summary:[ \t])|(?<=Presentation:[ \t]))(?P<v>\d{2,3})[ \t]?[MF](?=[,;]|[ \t]+[a-z(])"),
    # a relative's age between commas ("his mother, 92, who is bedbound") and a person's age in a table's cell after
    # the name's and before the date of birth ("Mrs Ivy Robson | 92 | DOB 21/09/1933")
    _c(r"\b(?i:mother|father|wife|husband|aunt|uncle|grandmother|grandfather|grandma|grandpa|gran|nan|sister|brother|"
       r"partner|widow|widower|mum|mom|dad)[ \t]*,[ \t]*(?P<v>\d{2,3})[ \t]*,"),
    _c(rf"\b[{P.UP}][{P.LO}]+[ \t]*\|[ \t]*(?P<v>\d{{2,3}})[ \t]*\|(?=[ \t]*(?:DOB|D\.O\.B|born|b\.|[MF][ \t]*\|))"),
    _c(r"\b(?i:i['’]ve[ \t]+had)[ \t]+(?P<v>\d{2,3})(?=[ \t]+\w+[ \t]+(?i:years|winters|summers|christmases|birthdays)\b)"),
    # the age in a patient's own words ("I'm 94, my dear")
    _c(r"\b(?i:I['’]m|I[ \t]+am)[ \t]+(?P<v>\d{2,3})(?=[ \t]*(?:[.,;:!?)\"'’]|$|(?i:years?|next|this|in|on)\b))"),
    # the age in brackets after a date of birth ("DOB 11.04.1929 (95)", "DOB: 09/22/1931 (93 y)")
    _c(r"(?i:\b(?:DOB|D\.O\.B\.?|born|date[ \t]+of[ \t]+birth)\b)[^\n()]{1,25}?\((?P<v>\d{2,3})(?:[ \t]*(?i:y|yo|yrs?|years?)\.?)?\)"),
    # age and sex in a header, the age's unit a letter ("92 Y F", "92Y M"), and an age's birthday ("her 95th birthday")
    _c(r"\b(?P<v>\d{2,3})[ \t]?[Yy][ \t]*/?[ \t]*[MF]\b"),
    _c(r"\b(?P<v>\d{2,3})(?:st|nd|rd|th)[ \t]+birthday\b", re.I),
    # age and sex between the slashes or bars of a header ("Pt: X Y / 97F / DOB ..."); not a temperature ("T 97F")
    _c(r"(?<=[A-Za-z][ \t][/|])[ \t]*(?P<v>\d{2,3})[ \t]?[MF](?=[ \t]*[/|])"),
    # an age alone in a header's cell ("| 96 y | DOB ...") and a birthday by its ordinal ("home for her 93rd in June"; not
    # "her 99th centile")
    _c(r"(?<=[/|])[ \t]*(?P<v>\d{2,3})[ \t]?(?:y|yrs?|years?)\.?(?=[ \t]*[/|])"),
    _c(r"\b(?i:his|her|their|my|your)[ \t]+(?P<v>\d{2,3})(?:st|nd|rd|th)\b(?=[ \t]*(?:[.,;!?)]|$|(?i:in|on|this|next|birthday)\b))", re.M),
]
BIRTH_YEAR = _c(r"\b(?:born(?:\s+in)?|b\.|year\s+of\s+birth|YOB|birth\s+year)\s*:?\s*(?P<v>(?:18|19|20)\d\d)(?!\d|[/.-]\d)", re.I)
GENERIC_IDS = [
    # a comma closes a number unless a digit follows it ("HRN 0072418, Medicare ..."; "1,234,567" is one count)
    _c(r"(?<![\d.,])\d{7,}(?!\d|[.,]\d)"),
    # six digits standing alone, not inside a longer code ("interpreter #550912"); a count or dose of six digits
    # carries a unit or a thousands separator
    _c(r"(?<![\w.,:])\d{6}(?!\w|[.,]\d)"),
    _c(r"\b(?=[A-Za-z]{0,4}-?\d{5,})[A-Z]{1,4}-?\d{5,}[A-Z]?\b"),
    # Thailand's 13-digit identity number as written: 1-4-5-2-1 ("3-4199-00182-76-7")
    _c(r"(?<![\w-])\d-\d{4}-\d{5}-\d{2}-\d(?![\w-])"),
    # Italy's fiscal code: six letters, two digits, a letter, two digits, a letter, three digits, a letter
    _c(r"(?<![\w-])[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?![\w-])"),
    # letters and two hyphenated groups of digits, six digits or more in all ("AP-25-00418", "BHC-25-18834"): a
    # file or docket number (a year-and-serial reference); clinical names of this shape have fewer digits
    _c(r"(?<![\w-])[A-Z]{2,5}-\d{2,4}-\d{4,6}(?![\w-])"),
    # three or more hyphenated groups of three or four digits ("TRN 118-402-775", a Canadian SIN): a number of
    # record. A date or range has a group of one or two digits, or two groups; doses, readings and times over a day
    # ("300-300-600", "180-220-250", "0800-1200-1600") are round: every group ends in 0, and those are left.
    _c(r"(?<![\w.,/-])(?!(?:\d{2,3}0-){2,}\d{2,3}0(?![\w/-]))\d{3,4}(?:-\d{3,4}){2,}(?![\w/-]|[.,]\d)"),
]


# A clinician's registration number closing a field of their sign-off ("Dr X, Cardiologist | ΑΜ ΙΣ Λέσβου 2286",
# "Colegio Médico de Honduras n.º 14827", "Dominica Nurses Council RN 1047", "KMDC reg. 117", "YRNA 2741"): a field
# opened by a bar, a bracket or a comma on a line that names a person, made of a regulator's words or a register
# label, then a number of three digits or more at the field's end. Without a register word, only an acronym of four
# capitals or more that is no English word may name the register (not "CRP 112", "ALT 118").
_REGISTER_WORD = (r"reg(?:istration|istered|n)?\.?|no\.?|n\.?[ \t]?[º°o]\.?|nº|nr\.?|núm\.?|num\.?|mat\.?|matr[ií]cula|"
                  r"cert(?:ificate)?\.?|licen[cs]e|lic\.?|id|council|college|colegio|col·legi(?:at|ada)?|ordem|ordine|"
                  r"orden|ordre|board|association|kammer|prof\.?|profesional|tescil|leyfi|autorisations?-?id|aut\.?-?id|"
                  r"αρ\.?|εγγραφής|μητρώου|αμ|ι\.?σ\.?|π?ισ|συλλόγου|συμβουλίου")
_REGISTER_FIELD = re.compile(
    r"(?:^|[|(,;])[ \t]*(?P<label>(?:[^\W\d_][\w.·'’/-]*[ \t]+){0,6}?[^\W\d_][\w.·'’/-]*)[ \t]*[:#]?[ \t]*"
    r"(?P<v>(?=[\w./-]*\d)[A-Z0-9][A-Z0-9./-]{1,18}[A-Z0-9])(?=[ \t]*(?:[|),;]|$))", re.M)
_REGISTER_LABEL_WORD = re.compile(rf"(?i:{_REGISTER_WORD})")
_ACRONYM = re.compile(r"[A-Z]{4,8}(?:-[A-Z]{1,3})?")
# a clinician's title or role before an acronym's field: "Dr X | HPCZ 30518", not a patient's "X | PEFR 350"
_CLINICIAN_CUE = re.compile(r"\b(?:Dr|Dra|Doctor|Prof|Nurse|Sister|Midwife|RN|RM|EN|RGN|MO|Medex|Physician|Officer|"
                            r"Consultant|Surgeon|Registrar|[A-Z][a-z]+(?:ist|ian))\b\.?")


def registration_numbers(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) of each registration number in a sign-off field after a name in ``names`` on its line (see
    :data:`_REGISTER_FIELD`)."""
    found = []
    for m in _REGISTER_FIELD.finditer(text):
        value = m.group("v")
        if sum(ch.isdigit() for ch in value) < 3:
            continue
        line_start = text.rfind("\n", 0, m.start("v")) + 1
        if not any(line_start <= s < m.start("label") for s, _ in names):
            continue
        words = m.group("label").split()
        if not (any(_REGISTER_LABEL_WORD.fullmatch(w.rstrip(":")) for w in words)
                or any(_ACRONYM.fullmatch(w) and not known(w.lower()) for w in words)
                and _CLINICIAN_CUE.search(text, line_start, m.start("label"))):
            continue
        found.append(m.span("v"))
    return found
