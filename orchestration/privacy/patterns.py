"""Word lists and regular expressions behind :mod:`consilium.orchestration.privacy.deid`.

Kept apart from the de-identifier so that the rules can be read (and extended) in one place.
Everything here is data: no function in this module changes a text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable


def lead(chars: str) -> str:
    """A lookahead for the characters every match of a pattern starts with (the body of a character class), to put
    first in that pattern: the regex engine then passes over the other positions of a text cheaply. The matches are
    the same; a rule that starts with a lookbehind or an optional group takes a third to a half less time."""
    return f"(?=[{chars}])"


def lead_words(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """:func:`lead` for a pattern that starts with one of ``words`` (literal words, or an alternation's parts);
    with ``ignore_case`` the lookahead ignores case as the words do, by the engine's own rules."""
    firsts = {w[0] for w in words}
    if not all(c.isalpha() for c in firsts):
        raise ValueError(f"{sorted(firsts)}: every word must start with a letter")
    found = lead("".join(sorted(firsts)))
    return f"(?i:{found})" if ignore_case else found


# The characters the regex engine's IGNORECASE reads as another one beyond its upper and lower case: the Kelvin sign
# as "k", the long s as "s", the dotted and dotless i, Greek and Cyrillic letter forms (a test derives the list anew
# from the engine's own tables).
CASE_VARIANTS = ("is\xb5\u0130\u0131\u017f\u01c5\u01c8\u01cb\u01f2\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc"
                 "\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f4\u03f5\u0432\u0434\u043e\u0441"
                 "\u0442\u044a\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e61\u1e9b\u1e9e\u1f88\u1f89"
                 "\u1f8a\u1f8b\u1f8c\u1f8d\u1f8e\u1f8f\u1f98\u1f99\u1f9a\u1f9b\u1f9c\u1f9d\u1f9e\u1f9f\u1fa8\u1fa9\u1faa"
                 "\u1fab\u1fac\u1fad\u1fae\u1faf\u1fbc\u1fbe\u1fcc\u1fd3\u1fe3\u1ffc\u2126\u212a\u212b\ua64b\ufb05\ufb06")


@functools.cache  # a few dozen letters, asked for by every list split ignoring case
def case_forms(letter: str) -> str:
    """Every character that IGNORECASE matches ``letter`` with, in order."""
    pool = {letter, *CASE_VARIANTS}
    for _ in range(2):  # and their own cases: the Kelvin sign's lower case is "k", whose upper case is "K"
        pool |= {form for c in pool for form in (c.lower(), c.upper(), c.title()) if len(form) == 1}
    return "".join(sorted(c for c in pool if re.fullmatch(re.escape(letter), c, re.I)))


def _scan(body: str) -> Iterable[tuple[int, int]]:
    """(position, depth of groups there) of each character of a regular expression's ``body`` that stands outside a
    class and an escape."""
    depth, i = 0, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1 + (body[i + 1:i + 2] == "^")
            i += body[i:i + 1] == "]"  # a "]" first is a member
            while body[i] != "]":
                i += 2 if body[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        yield i, depth
        i += 1


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of a regular expression's ``body`` (split at the ``|`` outside groups and classes)."""
    cuts = [i for i, depth in _scan(body) if depth == 0 and body[i] == "|"]
    return [body[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True)]


_FIRST_CLASS = re.compile(r"\[(\w+)\](?![?*+{])")  # "[äa]rzt": a class of letters, once


def _opened(alternative: str) -> list[str]:
    """``alternative`` as the alternatives it holds when it opens with a group of plain alternatives or a class of
    letters, in their order ("(?:patient|pt)'s name" as "patient's name", "pt's name"; an optional group's as its
    alternatives, then the rest without it): the same matches, tried in the same order."""
    if m := _FIRST_CLASS.match(alternative):
        return [c + alternative[m.end():] for c in m.group(1)]
    if not alternative.startswith("(?:"):
        return [alternative]
    end = next(i for i, depth in _scan(alternative) if depth == 0)  # the group's closing bracket
    inner, rest = alternative[3:end], alternative[end + 1:]
    if "(" in inner or "[" in inner:
        return [alternative]
    if rest[:1] == "?" and rest[1:2] not in ("?", "+"):  # "(?:NHS )?Trust": with the group first, then without
        return [o for part in _alternatives(inner) for o in _opened(part + rest[1:])] + _opened(rest[1:])
    if rest[:1] in ("?", "*", "+", "{"):
        return [alternative]
    return [o for part in _alternatives(inner) for o in _opened(part + rest)]


def _first(alternative: str) -> tuple[str, str] | None:
    """(the character an alternative opens with, the rest) when it opens with one plain character (a letter, or a
    punctuation mark as re.escape writes it) that no quantifier follows; None otherwise."""
    if alternative[:1].isalpha():
        first, rest = alternative[0], alternative[1:]
    elif alternative[:1] == "\\" and len(alternative) > 1 and not alternative[1].isalnum():
        first, rest = alternative[1], alternative[2:]
    else:
        return None
    return None if rest[:1] in ("?", "*", "+", "{") else (first, rest)


def _expanded(body: str) -> list[str]:
    """The alternatives of ``body``, each opening with a group of plain alternatives opened (:func:`_opened`)."""
    return [o for part in _alternatives(body) for o in _opened(part)]


def by_first_letter(body: str, *, ignore_case: bool = False, depth: int = 2) -> str:
    """An alternation's ``body`` rewritten to branch on its first letters: "Mr|Mrs|Dr" as "M(?:r(?:|s))|D(?:r)".

    The engine tries every alternative at every position of a text, and passes over one cheaply only when it opens
    with a plain character or class compared case by case; in a word list of hundreds ignoring case, it tried them
    all. Branching on the first character (and again on the next, ``depth`` characters deep; with ``ignore_case`` on
    the class of each one's case forms, so put the result outside any ``(?i:...)``) gives the same matches in the
    same order: alternatives starting with one character keep their order, and those starting with others never
    match where these do.

    Without ``ignore_case`` the result is for a pattern that does not ignore case: under a flag that does,
    "pt|PT|pa" would try "pa" before "PT". A body that cannot be split so (an alternative opening with a class, an
    escape such as ``\\s`` or an optional letter) comes back as it was; with ``ignore_case``, in a ``(?i:...)``, so
    that the result ignores case wherever it is put."""
    split = _branched(_expanded(body), ignore_case, depth)
    return split if split is not None else f"(?i:{body})" if ignore_case else body


def _branched(alternatives: list[str], ignore_case: bool, depth: int) -> str | None:
    """:func:`by_first_letter` of these alternatives; None when one of them does not open with a plain character."""
    firsts = [_first(a) for a in alternatives]
    if not all(firsts):
        return None
    groups: dict[str, list[str]] = {}
    for first, rest in firsts:  # type: ignore[misc]
        groups.setdefault(case_forms(first) if ignore_case else first, []).append(rest)
    if ignore_case and len("".join(groups)) != len(set("".join(groups))):
        return None  # two characters sharing a case form: the branches would not be apart
    flags = "?i:" if ignore_case else "?:"

    def after(rests: list[str]) -> str:
        # the alternatives after one first character, opened and split again on the next one, ``depth`` characters deep
        deeper = depth > 1 and len(rests) > 1
        split = _branched(_expanded("|".join(rests)), ignore_case, depth - 1) if deeper else None
        return f"(?:{split})" if split is not None else f"({flags}{'|'.join(rests)})"

    return "|".join((f"[{re.escape(first)}]" if len(first) > 1 else re.escape(first)) + after(rests)
                    for first, rests in groups.items())


def found_by(body: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    """A pattern that finds something in a text exactly when one of the alternatives of ``body`` matches in it, for a
    cue that only says whether: those that open with a plain character branch on it (:func:`by_first_letter`), the
    others follow; which one is found first, and where, may differ from the plain alternation."""
    alternatives = _expanded(body)
    split = [a for a in alternatives if _first(a)]
    rest = [a for a in alternatives if not _first(a)]
    parts = [by_first_letter("|".join(split), ignore_case=ignore_case)] if split else []
    if rest:
        parts.append(f"(?i:{'|'.join(rest)})" if ignore_case else "|".join(rest))
    return re.compile("|".join(parts))


def any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern found in a text exactly when one of ``words`` is in it (as ``any(w in text for w in words)``), in
    one pass that branches on their first characters: the cue of a rule, checked on every text."""
    return re.compile(by_first_letter("|".join(re.escape(w) for w in words)))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common given names (English-speaking countries plus frequent names of other origins). A name from
# this list next to a capitalised word is taken as a person's name without other context; names
# outside it are found only through context (titles, labels, relatives, signatures).
FIRST_NAMES = _words("""
Aaron Abdul Abigail Adam Adebayo Adrian Agnes Ahmed Aisha Alan Albert Alex Alexander Alexandra Alice
Alison Amanda Amelia Amir Amy Andrea Andrew Angela Anita Ann Anna Anne Annie Anthony Antonio Arjun
Arthur Ashley Audrey Barbara Barry Beatrice Ben Benjamin Bernard Beth Betty Beverley Bilal Bob
Brenda Brian Bridget Bruce Carl Carlos Carmen Carol Caroline Catherine Charles Charlie Charlotte
Chen Chloe Chris Christina Christine Christopher Claire Clara Colin Connor Craig Daniel Danielle
David Dawn Deborah Denise Dennis Derek Diana Diane Donald Donna Doris Dorothy Douglas Duncan Edward
Eileen Elaine Eleanor Elena Elizabeth Ella Ellen Emily Emma Eric Ethan Eve Evelyn Fatima Fiona
Florence Frances Francis Frank Gareth Gary Gemma Geoffrey George Georgia Gerald Gillian Gloria Gordon
Grace Gwen Hannah Harold Harry Hassan Hazel Heather Helen Henry Hilary Howard Hugh Ian Imran Irene
Isaac Isabel Isabella Ivan Jack Jacob Jacqueline James Jamie Jane Janet Janice Jasmine Jason Jean
Jeffrey Jennifer Jeremy Jessica Jill Joan Joanne Joe John Jonathan Jose Joseph Joshua Joyce Juan
Judith Julia Julian Julie Karen Kate Katherine Kathleen Keith Kenneth Kevin Kim Laura Lauren Leah
Lee Leo Leon Leslie Liam Linda Lisa Liz Logan Lorraine Louise Lucy Luis Luke Lynn Maria Marie Marion
Mark Martha Martin Mary Matthew Maureen Megan Melissa Michael Michelle Mohammed Muhammad Nancy Natalie
Neil Nicholas Nicola Noah Norman Oliver Olivia Omar Oscar Pamela Patricia Patrick Paul Pauline Peter
Philip Priya Rachel Rajesh Ralph Raymond Rebecca Richard Rita Robert Robin Roger Ronald Rosa Rose
Rosemary Ruth Ryan Sally Samantha Samuel Sandra Sara Sarah Scott Sean Sharon Sheila Shirley Simon
Sophia Sophie Stanley Stephen Steven Stuart Susan Sylvia Tanya Teresa Terence Theresa Thomas Timothy
Tom Tony Tracy Valerie Vanessa Victor Victoria Vincent Walter Wayne Wendy William Yasmin Yusuf Zoe
Fred Freddie Steve Danny Johnny Jimmy Tommy Eddie Dave Jim Tim Matt Cody Kyle Jenny Phil Jackie Billy Molly
Sebastian Vivian Jake Bobby Lillian Jerry Ricky Teddy Vince Mike Sam Alfie Archie Ollie Sunil Anil
Siobhan Aoife Niamh Sinead Ciara Cian Oisin Eoin Rhys Dafydd Gethin Carys Sian Bronwen Iwan Aled
""")

TITLES = (r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Doctor|Sister|Nurse|Rev|Revd|Sir|Dame|Lady|Lord|Master|Mme|Mlle|Herrn|Herr|Frau|Sra|Sr|Sgt|Capt|Col|"
          r"Sig\.ra|Sig\.na|Sig|Dott\.ssa|Dott|Prof\.ssa|Dra|Srta|Dona|"  # Italian, Portuguese and Spanish
          r"Docteur|Professeur|Madame|Monsieur|Mademoiselle|Doutor|Doutora|Doctora|Dottore|Dottoressa|Señor|Señora|Senhor|Senhora|Dre|"
          r"Madam|Ma['’]am|Chief|Alhaji|Alhaja|Mallam|Malam|Mallama|Hajiya|Hajia|Pastor|Engr|Hon|Smt|Shri|Shrimati|Kumari|Sheikh|Imam|Rabbi|Fr|Mst|Mosammat|Enf|Enfa|"
          # Malay forms of address ("Puan Rohana binti Ismail", "Encik Azlan")
          r"Puan|Encik|Cik|Tuan|Datuk|Dato|Datin|Hajah|Haji|"
          # service ranks ("Cpl Haydn Rees", "SAC Bryony Pendlebury")
          r"Cpl|LCpl|Pte|Spr|Gnr|Maj|Brig|SAC|Cfn|Tpr|Rfn|Gdsm|Mne|SSgt|Flt[ \t]+Lt|Sqn[ \t]+Ldr|Wg[ \t]+Cdr|Lt[ \t]+Col|"
          # police ("Cst. Devinder Grewal" of the RCMP, "Insp Hale"), and Polish doctors' titles ("lek. Jan Nowak")
          # (written out, not as character classes: casing.py reads the title words from this text)
          r"Cst|Const|Constable|Supt|Lek|lek|Mgr|mgr)")
# Titles that also head everyday phrases ("Chief Complaint", "Sister ward"): a name after them must not be
# everyday words alone.
SOFT_TITLES = frozenset("Chief Hon Pastor Fr Madam Ma'am Ma’am".split())

# Capitalised words that can follow a title or a label but are never part of a person's name.
NOT_NAME = _words("""
The A An And Or Of On In At To For From With By Was Is Are Were Has Had Have He She They His Her
Their It This That These Those We I You There Here Where When What Which Who Whose Why How Patient Pt Ward Hospital Clinic Centre Center Department
Dept Unit Team Service Services Practice Surgery Medical Health Trust Foundation NHS Consultant
Registrar Doctor Nurse Sister Specialist Emergency Urgent Acute General Royal University St Saint
Cardiology Neurology Radiology Oncology Haematology Hematology Gastroenterology Nephrology Urology
Orthopaedics Orthopedics Paediatrics Pediatrics Obstetrics Gynaecology Gynecology Psychiatry
Microbiology Pathology Dermatology Rheumatology Endocrinology Respiratory Medicine Anaesthetics
Anesthesia ITU ICU HDU ED AE MAU AMU CCU GP OOH Pharmacy Physiotherapy Dietetics Stroke Renal Cardiac
Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug
Sep Sept Oct Nov Dec MRN DOB NHS SSN ID Tel Phone Fax Email Address Mobile Re Ref Date Name Age Sex
Male Female Diagnosis Plan Impression History Examination Results Findings Summary Discharge
Admission Referral Letter Report Note Notes Signed Regards Thanks Dear Yours Sincerely Faithfully
Kind Best Many Please Further Follow Review Reviewed Seen Discussed Typed Dictated Transcribed Checked Verified Public
Authorised Authorized Countersigned Witnessed Chest Abdomen Head Neck Left
Right Blood Pressure Heart Rate Pain Type Grade Stage Normal Abnormal Positive Negative Nil No Yes
Not None Unknown Mild Moderate Severe Chronic New Old Known Previous Current Daily Twice Once Oral
IV Bloods Labs Imaging CT MRI MR CXR ECG Echo Ultrasound Xray X Scan Presenting Complaint Social
Family Medications Medication Allergies Allergy Vitals Obs Observations Impression Advice Safety
Netting Outcome Also Then When While After Before Since Until Because If But However Although
Does Did Could Should Would Why What How Ask Tell Call Contact Thank
Mr Mrs Ms Miss Mx Dr Prof Professor Rev Revd Dame Lady Lord Master Mme Mlle Sgt Capt Col
Alhaji Alhaja Mallam Malam Mallama Hajiya Hajia Engr Smt Shri Shrimati
Mum Mom Dad Mother Father Wife Husband Son Daughter Parents Parent Family Carer Carers Partner Staff
Nursing Physio Paramedic Paramedics Ambulance Police Relatives Friend Neighbour Sister Brother
Adviser Advisor Practitioner Prescriber Manager Educator Navigator Coordinator Co-ordinator Liaison Therapist
Technician Officer Worker Assistant Associate Adult Adults Safeguarding Support
International Laboratory Laboratories Licensing
Presents Presented Reports Reported Complains Denies Has Had Was Is Says States Feels Remains Needs
Sir Madam Colleague Colleagues All Everyone Team Hospital Infirmary Road Street Avenue Lane Drive Care
COPD CKD AKI DKA UTI MI PE DVT TIA CVA HTN IHD CCF AF SOB GCS NEWS CRP FBC LFT TFT INR ABG VBG BNP
HIV HBV HCV TB RR HR BP SBP DBP SpO2 OD BD TDS QDS PRN PO SC IM NBM DNACPR DNAR ICD OT SALT MDT
Hausarzt Hausärztin Kollege Kollegen Kollegin Chefarzt Chefärztin Oberarzt Oberärztin Assistenzarzt Assistenzärztin
Facharzt Fachärztin Diabetologe Diabetologin Leitende Leitender
""")
# Given names that are also everyday words: alone they need context before they are redacted.
WORDLIKE_FIRST = _words("""
Mark Rose Grace Jack Frank Dawn Robin Hazel Heather Eve Joy Bob Lee Kim Will Bill Pat Sue Art Faith Hope Amber Ruby
Summer Rob Don Guy Ray Max Miles Nick Chase Drew Gene Grant Lance Sandy Sunny Sky Iris Ivy Lily Holly Pearl Jewel
Crystal Penny Patience Prudence Constance Honor Victor Dean Cliff Wade Glen Dale Rich Carol Ernest Earnest Major
Marsh Page Rusty June April May August Hunter Parker Taylor Cook Baker Mason Carter Fisher Porter Joy Angel
Precious Blessing Comfort Gift Favour Mercy Charity Poppy Chuck Buddy Sonny Kitty Dolly Willow Violet Scarlet
Autumn Olive Ginger Melody Harmony Destiny Princess Belle Sage Jade Rocky Dusty Skye Storm
""")
# Months stay out of the word-like given names that the list rule takes before a surname ("May Thompson"
# is rarer in a note than "May Day" or "August Bank Holiday").
MONTH_NAMES = _words("January February March April May June July August September October November December")
# Staff roles after which a capitalised word is a person ("staff nurse Okafor", "biomedical scientist Ffion
# Rees", "physio Ollie") and before which one is ("Penny, the community midwife"; "K. Trethewey, Hepatology SpR").
STAFF_ROLES = (
    # health and medical assistants, officers and workers of health services ("vaccinator Health Assistant X")
    r"(?:health|medical|nursing|clinical|dental|pharmacy|laboratory|theatre|community\s+health)\s+(?:assistant|aide|"
    r"officer|worker)|health\s+extension\s+worker|"
    r"(?:staff|charge|student|district|practice|community|specialist|school|research|scrub|agency|bank|ward|"
    r"theatre|triage|discharge|clinical|cardiac|stroke|diabetes|tissue\s+viability|palliative|mental\s+health|"
    r"psychiatric|liaison|infection\s+control)\s+(?:nurse|sister|midwife|practitioner|coordinator|lead|manager)|"
    r"nurse(?:\s+(?:practitioner|specialist|consultant|in\s+charge))?|midwife|health\s+visitor|matron|"
    r"ward\s+(?:clerk|manager|sister)|clerk|reception(?:ist)?|front\s+desk|(?:medical\s+)?secretary|porter|HCA|"
    r"health\s*care\s+assistant|care\s+assistant|support\s+worker|social\s+worker|CPN|AMHP|care\s+coordinator|"
    r"physio(?:therapist)?|OT|occupational\s+therapist|SALT|speech(?:\s+and\s+language)?\s+therapist|dietitian|"
    r"dietician|(?:pharmacy\s+)?technician|pharmacist|paramedics?|EMT|AEMT|NRP|DN|radiographer|sonographer|phlebotomist|"
    r"(?:(?:biomedical|clinical|healthcare)\s+)?scientist|(?:(?:respiratory|cardiac|clinical)\s+)?physiologist|"
    # an insurer's people ("adjuster Tamsin Rudd", "loss assessor Kev Doyle")
    r"(?:(?:claims?|insurance|loss)\s+)?(?:adjuster|assessor)|"
    r"psychologist|counsellor|therapist|chaplain|interpreter|advocate|registrar|SpR|StR|SHO|FY[12]|CT[1-3]|"
    r"ST[1-8]|junior\s+doctor|house\s+officer|resident|intern|consultant|locum|anaesthetist|anesthetist|"
    r"surgeon|endoscopist|GP|doctor|fellow|medical\s+student|(?:police\s+)?officer|PC|solicitor|teacher|"
    r"head\s*teacher|keyworker|key\s+worker|case\s+manager|bed\s+manager|SW|DSL|"
    # people at work with the patient ("his guide Lhakpa Tamang", "the foreman Piet")
    r"(?:mountain\s+|trekking\s+|fishing\s+|hunting\s+)?guide|foreman|forewoman|supervisor|"
    # a congregation's officers ("Church Aid, deacon Benuel Glick")
    r"deacon|deaconess|bishop|elder|"
    # "PACS manager X", "IT administrator X": an office holder named before or after their post
    r"(?:[A-Z]{2,5}|office|practice|service|unit|clinic|site|data|records|IT)\s+(?:manager|administrator|supervisor|lead)"
)
# Words after which a sentence-initial given name is a person ("Frank was seen", "Will says"), not a word.
PERSON_NEXT = re.compile(
    r"[ 	]+(?:is|was|has|had|says|said|will|would|can|could|may|might|and|or|who|himself|herself|reports|reported|"
    r"presents|presented|lives|lived|feels|felt|denies|denied|states|stated|attended|agreed|declined|wants|wanted|"
    r"asked|told|tells|complains|complained|remains|remained|became|seems|seemed|appears|appeared|went|came|"
    r"returned|walked|phoned|rang|called|[A-Z][a-z]+\b|\(|['’]s\b)|,|['’]s\b")

# Heads that turn a preceding capitalised word into an eponym: "Graves disease", "Murphy's sign".
EPONYM_HEADS = (
    r"disease|diseases|syndrome|syndromes|sign|signs|symptom|palsy|phenomenon|test|tests|score|scores|criteria|"
    r"classification|scale|fracture|cyst|node|nodes|nodule|ulcer|tumou?r|sarcoma|lymphoma|triad|pentad|paresis|stage|"
    r"reflex|manoeuvre|maneuver|procedure|operation|repair|incision|catheter|line|tube|area|duct|canal|"
    r"space|pouch|fascia|ligament|gland|glands|membrane|body|bodies|cell|cells|diverticulum|oesophagus|"
    r"esophagus|thyroiditis|encephalopathy|psychosis|contracture|deformity|murmur|stain|staining|"
    r"solution|law|equation|formula|index|rule|rules|method|position|fistula|hernia|angle|point|zone|"
    r"organ|plexus|capsule|artery|vein|tendon|nerve|aneurysm|anomaly|lesion|spots|staging|grading|"
    r"questionnaire|effect|block|anaemia|anemia|arteritis|dystrophy|ataxia|chorea|dementia|"
    r"encephalitis|neuralgia|neuroma|paralysis|ophthalmopathy|orbitopathy|lines|waves|respiration|"
    r"breathing|pupil|manoeuvres|maneuvers|cast|splint|frame|needle|forceps|clamp|drain|shunt|valve|balloon|"
    r"mask|view|projection|technique|approach|cuff|ratio|number|equation|regimen|protocol|criterion|virus|fever|"
    r"angina|viper|figure|figures|rods|nodules"
)
# Anatomy and eponyms written "structure of Name": "circle of Willis", "bundle of His".
OF_EPONYM_HEADS = (
    r"circle|bundle|loop|islets?|sphincter|tetralogy|pouch|space|canal|ampulla|ligament|organ|crypts?|"
    r"duct|triangle|foramen|column|tract|nucleus|node|angle|cords?|nodes|canals|glands?|membrane"
)
# Eponyms. A phrase with a space, hyphen or apostrophe is never redacted, even after a title ("Sister
# Mary Joseph nodule"); a single word only stops the context-free rules (given-name list, verbs).
EPONYM_PHRASES = [
    "Sister Mary Joseph", "Austin Flint", "Graham Steell", "Miller Fisher", "Grey Turner", "Ann Arbor",
    "Argyll Robertson", "Charcot-Marie-Tooth", "Stevens-Johnson", "Dubin-Johnson", "Wolff-Parkinson-White",
    "Guillain-Barré", "Guillain-Barre", "Creutzfeldt-Jakob", "Jarisch-Herxheimer", "Mallory-Weiss",
    "Zollinger-Ellison", "Peutz-Jeghers", "Ehlers-Danlos", "Henoch-Schönlein", "Henoch-Schonlein",
    "Osgood-Schlatter", "Legg-Calvé-Perthes", "Legg-Calve-Perthes", "Budd-Chiari", "Brown-Séquard",
    "Brown-Sequard", "Lambert-Eaton", "Cheyne-Stokes", "Adams-Stokes", "Wernicke-Korsakoff",
    "Kaposi sarcoma", "Kaposi's sarcoma", "Glasgow Coma Scale", "Glasgow-Blatchford", "Child-Pugh",
    "Von Willebrand", "von Willebrand", "Hodgkin", "Non-Hodgkin", "Parkinson's", "Parkinsonism",
    "Alzheimer's", "Crohn's", "Addison's", "Cushing's", "Graves'", "Hashimoto's", "Bell's palsy",
    "Down syndrome", "Down's syndrome", "Adam's apple", "Achilles", "Eustachian", "Fallopian", "Gram",
    "Apgar", "Gleason", "Breslow", "Mobitz", "Wenckebach", "Stanford type", "DeBakey type",
    "Los Angeles grade A", "Los Angeles grade B", "Los Angeles grade C", "Los Angeles grade D", "Los Angeles classification",
    "κατά Los Angeles", "Kennedy terminal ulcer", "Guthrie card", "Guthrie spot", "Kussmaul", "Kerley", "Roux-en-Y", "Whipple",
    "Colles", "Smith's fracture", "Baker's cyst", "Jones criteria", "Duke criteria", "Light's criteria",
    "Wells score", "Centor", "Ottawa", "Lewy", "Virchow", "Troisier", "Trousseau", "Chvostek",
    "Babinski", "Romberg", "Kernig", "Brudzinski", "Homans", "Rovsing", "Murphy's sign", "McBurney",
    "Cullen", "Lachman", "McMurray", "Phalen", "Tinel", "Finkelstein", "Valsalva", "Epley", "Heimlich",
    "Swan-Ganz", "Foley", "Hickman", "Holter", "Mantoux", "Coombs", "Ziehl-Neelsen", "Barrett's",
    "Meckel's", "Zenker's", "Paget's", "Still's", "Reiter's", "Raynaud's", "Sjögren's", "Sjogren's",
    "Behçet's", "Behcet's", "Kawasaki", "Takayasu", "Dressler", "Prinzmetal", "Brugada", "Ebstein",
    "Eisenmenger", "Fallot", "Tourette's", "Huntington's", "Marfan", "Turner syndrome", "Klinefelter",
    "Hirschsprung", "Wilms", "Ewing", "Burkitt", "Merkel", "Warthin", "Krukenberg", "Hartmann's",
    "Nissen", "Billroth", "Dupuytren's", "Bartholin", "Scarpa", "Broca's", "Wernicke's", "Hunter syndrome",
    "Gilbert's", "Wilson's disease", "Conn's", "Reye's", "Ménière's", "Meniere's", "Trendelenburg", "Fowler's",
    # scores and scales written by their eponym and a value ("Braden 13", "Epworth 17", "Alvarado 8"); eponyms that
    # are also common surnames or towns (Norton, Tanner, Rankin, Weber, Garden) are left to their heads ("Tanner stage")
    # or, for a listed given name, to its score (:data:`SCALE_NAMES`, "Norton 12")
    "Braden", "Waterlow", "Borg", "Epworth", "Alvarado", "Barthel", "Rockall", "Blatchford", "Killip", "Ranson", "Mallampati",
    "Karnofsky", "Bosniak", "Caprini", "Khorana", "Beighton", "Lansky", "Cormack-Lehane", "Wexner", "Deauville",
    # a sign, a test and an instrument named after people: "Osborn (J) waves", "Rose Bengal: positive", "Humphrey 24-2 SITA"
    "Osborn wave", "Osborn waves", "Osborn (J) wave", "Osborn (J) waves", "Rose Bengal", "Humphrey 24-2", "Humphrey 30-2",
    "Humphrey 10-2", "Humphrey visual field", "Humphrey field", "Norton score", "Norton scale",
] + [  # device makers named after places and people: "Boston Scientific Resonate", "St. Jude Medical Assurity"
    "Boston Scientific", "St. Jude Medical", "St Jude Medical", "Medtronic", "Biotronik", "Abbott Medical",
    "Zimmer Biomet", "Smith & Nephew", "Smith+Nephew", "Edwards Lifesciences", "Johnson & Johnson",
    "Becton Dickinson", "Fisher & Paykel", "Fisher and Paykel", "Stryker", "Olympus", "LivaNova", "Cochlear",
    "Oticon", "Phonak", "Dexcom", "Insulet", "Tandem Diabetes", "Baxter", "Fresenius", "Philips Respironics",
] + [  # device web services and insurers, named in clinical text ("via CareLink", "Bill Tricare for the visit")
    # drugs, thickeners and dispensing cabinets by their brand ("sent home on Keflex", "pulled from the Pyxis"),
    # tests and classifications named after people and places ("Widal", "revised Atlanta", "Brighton level 1")
    "Keflex", "Nutilis", "Nutilis Clear", "ThickenUp", "Thick-It", "SimplyThick", "Pyxis", "Omnicell", "Widal",
    "Weil-Felix", "revised Atlanta", "Brighton criteria", "Brighton level", "Brighton επίπεδο",
    "Cogan's lid twitch", "Cogan's", "Unna boot", "Unna's boot", "Unna", "Lisfranc", "Vscan", "Vscan Air", "Butterfly iQ",
    "Alcon", "AcrySof", "Tecnis", "Hamilton T1", "Hamilton C1", "Hamilton C3", "Hamilton C6", "Hamilton G5",
    "Niki T34", "McKinley T34", "CME T34", "BodyGuard",
    "Dawson's fingers", "Marcus Gunn", "Ivor Lewis", "Natasha's Law", "St John's Wort", "St. John's Wort",
    "Lund and Browder", "Lund-Browder", "Jamar",
    # a staging system and a valve named after a hospital, a skin test named after a person ("St Jude/Murphy stage III",
    # "Montenegro skin test")
    "St Jude/Murphy", "St. Jude/Murphy", "St Jude valve", "St. Jude valve", "Montenegro skin test", "Montenegro test",
    "Montenegro reaction", "Murphy (St Jude) stage", "Murphy (St. Jude) stage", "Simpson's biplane", "Simpson biplane",
    "biplane Simpson", "Simpson's method", "modified Simpson", "Carey Coombs murmur", "Carey-Coombs murmur",
    # a sign of spondylodiscitis, a rabies vaccine's schedule, a CSF stain, and the UK's anticipatory medicines ("σημείο
    # Pedro Pons", "regimen Zagreb 2-1-1", "India ink positive", "from the Just in Case medicines")
    "Pedro Pons", "Pedro-Pons", "regimen Zagreb", "Zagreb regimen", "Zagreb 2-1-1", "Essen regimen", "India ink",
    # (and the rabies schedules as other languages write them: "skema Essen (0, 3, 7, 14, 28)", "esquema de Zagreb")
    "Essen schedule", "Zagreb schedule", "schema Essen", "schema Zagreb", "skema Essen", "skema Zagreb", "esquema Essen",
    "esquema Zagreb", "esquema de Essen", "esquema de Zagreb", "Essen-Schema", "Zagreb-Schema", "régime Essen",
    # false labour pains, and a cognitive screen named after its city ("Montreal Cognitive Assessment (MoCA) 19/30")
    "Braxton Hicks", "Braxton-Hicks", "Montreal Cognitive Assessment",
    # criteria for familial hypercholesterolaemia and for foetal alcohol spectrum disorder, by their authors and their
    # network ("Simon Broome-skilmerkin", "Dutch Lipid Clinic Network score", "Hoyme-kriteria 2016"), and the WHO's
    # strategy for yaws, named after the town it was agreed in ("the Morges strategy")
    "Simon Broome-", "Simon Broome criteria", "Simon Broome register", "Simon Broome Register", "Dutch Lipid Clinic Network", "Hoyme criteria", "Hoyme-kriteria", "Hoyme-Kriterien", "revised Hoyme",
    "Morges strategy",
    # the nursing assessment by Marjory Gordon's functional health patterns ("patróns funcionais de Gordon")
    "funcionales de Gordon", "funcionais de Gordon", "fonctionnels de Gordon", "patrones de Gordon",
    "padrões de Gordon", "patróns de Gordon",
    "Just in Case", "Just In Case",
    # a surgeon's fistula and an oxygen concentrator ("AV fistula (Brescia-Cimino)", "via Inogen One G5")
    "Brescia-Cimino", "Cimino fistula", "Inogen One", "Inogen Rove",
    # cholera's serotypes ("Vibrio cholerae O1 Ogawa")
    "O1 Ogawa", "O1 Inaba", "O1 Hikojima", "Ogawa serotype", "Inaba serotype",
    # a splint and Heinz bodies in Italian and French ("Kendrick traction device", "corpi di Heinz", "corps de Heinz")
    "Kendrick traction", "Kendrick Traction", "Kendrick extrication", "KED", "corpi di Heinz", "corps de Heinz", "Heinz bodies",
    "Heinz body",
    "CareLink", "MyCareLink", "myCareLink", "Merlin.net", "LATITUDE", "Latitude NXT", "LibreView", "Home Monitoring",
    "HomeMonitoring", "CareLink Express", "Medicare", "Medicaid", "Tricare", "TRICARE", "Aetna", "Cigna", "Humana",
    "Anthem", "UnitedHealthcare", "Kaiser Permanente", "Blue Cross", "Blue Shield", "BUPA", "Bupa", "AXA", "Vhi",
]
# Terms whose words are names and places elsewhere, kept from the weak rules only and read whole (their words are
# no eponyms: "Grand" of "Grand Caravan" still opens "Grand Isle", "Morgan" of "Morgan Lens" is a surname):
EQUIPMENT_PHRASES = [
    # culture media and stains named after people, a thrombophilia named after a city, an eye irrigation lens
    "Cary-Blair", "Cary Blair", "Lowenstein-Jensen", "Löwenstein-Jensen", "Thayer-Martin", "MacConkey", "Sabouraud",
    "Middlebrook", "Kinyoun", "Giemsa", "Wright-Giemsa", "Leishman stain", "Field's stain", "Field stain",
    "Factor V Leiden", "factor V Leiden", "Morgan Lens", "Morgan lens",
    # the aluminium chambers of a patch test ("Finn Chambers on Scanpor tape")
    "Finn Chambers on", "Finn chambers", "Finn Chamber AQUA", "Finn Chambers AQUA",
    # the aircraft of retrieval services, by their type ("flown on the King Air", "Twin Otter to Iqaluit")
    "King Air", "Twin Otter", "Grand Caravan", "Learjet", "Dash 8", "Dash-8", "Pilatus PC-12", "PC-12", "PC-24",
    "Citation CJ", "Islander", "Black Hawk", "Blackhawk", "Sea King", "AW139", "AW169", "EC135", "EC145", "H135", "H145",
    "Bell 407", "Bell 412", "Sikorsky S-76", "S-92",
    # vehicles by their maker, named after its town, and model ("rollover of a Toyota HiLux ute")
    "Toyota HiLux", "Toyota Hilux", "Toyota Land Cruiser", "Toyota LandCruiser", "Toyota Prado", "Toyota Corolla",
    "Toyota Camry", "Toyota RAV4", "Toyota Tacoma", "Toyota Tundra", "Toyota Hiace", "Toyota HiAce", "Toyota Yaris",
    "Toyota Prius",
    # a questionnaire named after a hospital ("scores on the St. George's Respiratory Questionnaire (SGRQ)")
    "St George's Respiratory Questionnaire", "St. George's Respiratory Questionnaire", "St George’s Respiratory Questionnaire",
    "St. George’s Respiratory Questionnaire",
]
# Device web services written like a domain: the URL rule leaves these alone.
WEB_SERVICES = frozenset({"Merlin.net", "merlin.net", "MERLIN.NET", "MyCareLink.com", "CareLink.com"})
# Drug-name endings: a capitalised word ending like this is a drug, not a surname.
DRUG_SUFFIX = re.compile(
    r"(?:pril|sartan|olol|alol|statin|mab|nib|azole|mycin|micin|cillin|floxacin|prazole|tidine|dronate|"
    r"parin|xaban|gatran|afil|triptan|setron|dipine|azepam|azolam|oxetine|aline|apine|idone|tide|glutide|"
    r"gliflozin|gliptin|formin|sone|olone|cort|vir|cycline|profen|codone|morphine|caine|tropin|semide|"
    r"thiazide|amide|pam|zine|oxacin|penem|cef\w*|sulfa\w*|umab|ximab|zumab|parib|lukast|terol|ium)$",
    re.I,
)
# Service and specialty words: "seen by Cardiology", "discussed with Microbiology".
SERVICE_SUFFIX = re.compile(r"(?:ology|ologist|ologists|iatrics|iatry|iatrist|therapy|ics|icians?)$")
# the endings of clinical words that no name has ("Euglycaemic", "Pyelonephritis", "Cholecystectomy"): one such word
# alone after a label is the label's clinical value ("MedDRA PT: Euglycaemic diabetic ketoacidosis")
CLINICAL_SUFFIX = re.compile(r"(?:aemic|aemia|glycemic|itis|osis|opathy|ectomy|otomy|ostomy|oscopy|plasty|algia|uria|"
                             r"plegia|paresis|trophy|genic|lytic|ectasis|emesis|rrhoea|rrhea|rrhage|megaly|penia|oedema)$")

US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
    "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
).split()
# Australia's states and territories as addresses write them (an alternation), and Canada's provinces and territories
AU_STATES = r"NSW|VIC|Vic|QLD|Qld|WA|SA|TAS|Tas|NT|ACT"
CA_PROVINCES = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
STREET_SUFFIX = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Court|Ct|Boulevard|Blvd|Way|Place|Pl|"
    r"Crescent|Cres|Terrace|Terr|Gardens|Gdns|Grove|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Row|"
    r"Mews|Hill|Walk|Rise|View|Park|Green|Gate|Vale|Wharf|Quay|Parade|Trail|Trl|Pike|Alley|Plaza|Loop|Yard|Wynd|Fold|"
    r"Pde|Cct|Circuit|Tce|Esp|Esplanade|Crt|Cl|"  # Australian and New Zealand abbreviations
    r"Nagar|Colony|Marg|Layout|Enclave|Vihar|Puram|Chowk|Gali"  # Indian addresses
)

# --- building blocks -------------------------------------------------------------------------------
# Latin and Greek letters: Greek names are found by the same rules as English ones.
# Latin Extended-A and Vietnamese letters (Wiśniewski, Łukasz, Nguyễn) mix cases within their blocks, so
# both ranges sit in both classes: a word starting with a small one of these letters is rare in a note.
_LATIN_EXT = "\u0100-\u017f\u1e00-\u1eff"
# Cyrillic is in both as well: a Russian name is capitalised like an English one, so the slots that need
# no English word (an age after a name, a name already known in the case) find it too.
UP = "A-ZÀ-ÖØ-ÞΑ-ΩΆΈ-ΊΌΎ-ΏΪΫА-ЯЁ" + _LATIN_EXT
# the ʻokina of Hawaiian names ("Alapaʻi", "Kaʻahumanu") is written inside a word, as a letter
LO = "a-zß-öø-ÿα-ωά-ώϊϋΐΰа-яёʻ" + _LATIN_EXT
# (and opens one: "ʻAna", "ʻOfa")
NAME_WORD = rf"(?:(?:Mc|Mac|O['’]|D['’]|ʻ)?[{UP}][{LO}]+(?:[-'’][{UP}][{LO}]+)*)"
# The same, where the slot is strong enough to pay for more shapes (place and age-and-sex slots): a part after
# an apostrophe in small letters belongs to Pacific and Aboriginal names ("Fa'asavalu", "Galiwin'ku"; two
# letters or more, so "Crohn's" stays "Crohn" + "'s"), and French and English place names join small
# particles with hyphens ("Hutton-le-Hole", "Côte-des-Neiges").
NAME_WORD_EXT = (rf"(?:(?:Mc|Mac|O['’]|D['’])?[{UP}][{LO}]+(?:['’][{LO}]{{2,}})?"
                 rf"(?:(?:-(?:le|la|les|de|des|du|en|on|in|by|sur|sous|under|upon|the|ter)(?=-))?[-'’][{UP}][{LO}]+(?:['’][{LO}]{{2,}})?)*)")
INITIAL = rf"(?:[{UP}]\.?)"
PARTICLE = r"(?:van|von|de|da|di|del|della|der|den|la|le|du|bin|binti|bint|anak|al|el|ter|ten|dos|das|y|ap|verch|ferch)"  # ap: Welsh "son of"; anak: Iban
# One to four name words, optionally led by initials, never crossing a line.
NAME_SEQ = (
    rf"(?:{INITIAL}[ \t]?){{0,2}}(?:(?<=[ \t.]){PARTICLE}[ \t]+){{0,2}}{NAME_WORD}"
    rf"(?:[ \t]+(?:{PARTICLE}[ \t]+){{0,2}}(?:{INITIAL}[ \t]+)?{NAME_WORD}){{0,3}}"
)
UPPER_NAME = rf"(?:[{UP}]['’])?[{UP}]{{2,}}(?:[-'’][{UP}]{{2,}})?"
# What a name word (and a name in capitals) starts with, and a name sequence: a particle leads one after a space
NAME_WORD_LEAD = lead(UP + "ʻ")
NAME_SEQ_LEAD = lead(UP + "ʻ" + "".join(sorted({w[0] for w in PARTICLE[3:-1].split("|")})))

RELATIVES = (
    r"wife|husband|partner|son|daughter|mother|mum|mom|father|dad|brother|sister|grandson|"
    r"granddaughter|grandmother|grandfather|grandma|grandpa|niece|nephew|aunt|uncle|cousin|carer|"
    r"caregiver|friend|neighbour|neighbor|fianc[ée]e?|girlfriend|boyfriend|spouse|stepson|stepdaughter|"
    r"guardian|child|landlord|landlady|employer|colleague|flatmate|roommate|next of kin|NOK|key worker"
)
# Colloquial, step- and former relations ("Hubby Merv", "aunty Raelene", "Ex-wife Tracey-Ann", "mate 'Tank'"): a rule
# of their own, run only on a text holding one of COLLOQUIAL_STEMS (the long list above is costly enough).
COLLOQUIAL_RELATIVES = (
    r"hubby|wifey|aunty|auntie|nana|nanna|nan|granny|gran|grandad|granddad|poppa|ex-wife|ex-husband|ex-partner|"
    r"ex-girlfriend|ex-boyfriend|stepmother|stepfather|stepmum|stepdad|stepbrother|stepsister|half-brother|half-sister|"
    r"mother-in-law|father-in-law|sister-in-law|brother-in-law|son-in-law|daughter-in-law|godmother|godfather|mate|"
    r"housemate|buddy|twin|sibling|whānau|whanau|bestie|best\s+friend|bro|sis|youngest|eldest|"
    # the close relatives of Spanish, French, German, Portuguese, Italian and Polish notes
    r"hija|hijo|esposa|esposo|marido|mujer|madre|padre|fille|fils|épouse|époux|mari|mère|père|ehefrau|ehemann|tochter|"
    r"sohn|mutter|vater|filha|filho|mãe|figlia|figlio|moglie|marito|córka|syn|żona|mąż|matka|ojciec|"
    # and the Polish forms after a preposition or a verb ("przez męża Zbigniewa", "z córką Anną")
    r"męża|mężem|żony|żoną|córki|córką|syna|synem|matki|matką|ojca|ojcem|brata|bratem|siostry|siostrą|"
    # and Turkish ones, with the possessive a note writes them with ("oğlu Cevdet", "eşi Hayriye", "kızım Elif")
    r"eşi|eşim|oğlu|oğlum|kızı|kızım|annesi|babası|kardeşi|ablası|ağabeyi|abisi|torunu|gelini|damadı|yeğeni|komşusu|"
    # grandparents as families call them in English notes: Hawaiian, Spanish, Italian, Greek, Yiddish, Cree and Hindi
    # words ("her tutu Leimomi", "his abuela Remedios", "kokum Marie")
    # (not "oma", "opa", "lola": acute otitis media, an oropharyngeal airway, a drug's acronym)
    r"tutu|tūtū|kupuna|abuela|abuelo|nonna|nonno|yiayia|yaya|papou|bubbe|bubby|zayde|kokum|mosom|"
    r"nani|nana-ji|dadi|dada-ji"
)
COLLOQUIAL_STEMS = ("hubby", "wifey", "aunty", "auntie", "nana", "nanna", "nan ", "granny", "gran ", "grandad", "granddad", "poppa",
                    "ex-wife", "ex-husband", "ex-partner", "ex-girl", "ex-boy", "stepm", "stepf", "stepd", "stepb", "stepsis",
                    "half-", "-in-law", "godm", "godf", "mate ", "mate,", "buddy",
                    "twin", "sibling", "bro ", "sis ", "youngest", "eldest", "whānau", "whanau", "bestie", "best friend", "hij", "espos", "marid", "mujer", "madre",
                    "padre", "fille", "fils", "épou", "mari ", "mère", "père", "ehe", "tochter", "sohn", "mutter", "vater",
                    "filh", "mãe", "figli", "moglie", "marito", "córka", "syn ", "żona", "mąż", "matka", "ojciec",
                    "męż", "żon", "córk", "syna", "synem", "matk", "ojc", "brata", "bratem", "siostr",
                    "eşi", "eşim", "oğlu", "kızı", "kızım", "annesi", "babası", "kardeşi", "ablası", "ağabeyi", "abisi", "torunu",
                    "gelini", "damadı", "yeğeni", "komşusu",
                    "tutu", "tūtū", "kupuna", "abuel", "nonn", "yiayia", "yaya", "papou",
                    "bubb", "zayde", "kokum", "mosom", "nani", "dadi", "dada-ji")
# a nurse's, assistant's or crew member's letters before a colon ("RN: X Y", "PA-C: X"); they head notes too
# ("RN: Handover given"), so the name after them opens with a given name or an initial, or is two rare words
ROLE_LETTERS = (r"RN|RGN|RM|RMN|LPN|LVN|CNA|NP|ANP|APRN|PA-C|HCA|EMT|AEMT|MSW|LCSW|"
                # enrolled, registered psychiatric, state registered and assistant nurses, unit managers, nurse specialists
                # and resident and house officers ("EN: Sana Mosby", "RMO: Priya Nair")
                r"EN|EEN|RPN|SRN|SEN|AIN|CSW|NUM|ANUM|CNM|CNC|CNS|RMO|SHO|MO|HO")
ROLE_LETTERS_END = re.compile(rf"\b(?:{ROLE_LETTERS})[ \t]*[:\-–][ \t]*$")
ROLE_LABEL_WORDS = (r"adviser|advisor|practitioner|manager|co-?ordinator|navigator|liaison|therapist|officer|worker|educator|visitor|"
                    r"technician|technologist|microscopist|biologist|"
                    + ROLE_LETTERS)
ROLE_LABEL_END = re.compile(rf"(?i:\b(?:{ROLE_LABEL_WORDS}))[ \t]*[:\-–][ \t]*$")
# Labels whose value is a name; the colon is required so that prose does not trigger them.
NAME_LABELS = (
    r"(?:patient|pt|client|resident)(?:'s)?\s+(?:full\s+)?name|full\s+name|name|surname|last\s+name|"
    r"first\s+name|forename|given\s+names?|patient|pt|NOK|next\s+of\s+kin|emergency\s+contact|contact|"
    r"carer|guardian|parent|mother|father|informant|GP|general\s+practitioner|consultant|attending|"
    r"attending\s+physician|physician|referring\s+(?:doctor|physician|clinician|GP)|referrer|"
    r"author|clinician|surgeon|anaesthetist|anesthetist|nurse|midwife|key\s+worker|social\s+worker|"
    # a role's last word before a colon ("OH Nurse Adviser: X", "Care co-ordinator: X", "Health visitor: X"); these also
    # head notes ("Ward manager: informed"), so what follows them must not be everyday words or a drug (ROLE_LABEL_END)
    f"{ROLE_LABEL_WORDS}|"
    r"cc|to|from|attn|re|witness|interpreter|pharmacist|radiologist|pathologist|requested\s+by|"
    r"requesting\s+clinician|ordered\s+by|signed|signature|reporter|dictated|verified|authori[sz]ed|"
    # the order and referral headers of US and Canadian reports ("Ordering: X Y, DO", "Referring: X")
    r"ordering(?:\s+(?:provider|physician))?|referring|requesting|performed\s+by|"
    # other languages' patient and doctor labels
    r"pupil|student|child|inmate|prisoner|caller|service\s+user|client|resident|veteran|detainee|claimant|member|"
    r"paciente|patiente?|pacjent(?:ka)?|paziente|utente|m[ée]dic[oa]|m[ée]decin(?:\s+traitant)?|medico(?:\s+curante)?|"
    r"lekarz|hausarzt|[äa]rzt(?:in)?|"
    # the dead of a death review, with its colon ("Deceased: X"; not "Mother deceased - Breast cancer at 54")
    r"(?:deceased|decedent)(?=\s*:)|"
    # nurses, technicians and contacts in Portuguese, Spanish, Italian, French and Danish, and laboratory staff
    r"enfermeir[oa]|enfermer[oa]|infermier[ae]|infirmi[eè]re?|technicien(?:ne)?|biologiste|enfant|"
    r"personne\s+[àa]\s+contacter|personne\s+de\s+confiance|egen\s+l[æa]ge|overl[æa]ge|"
    # Vietnamese: the patient's full name ("Họ tên người bệnh: ĐỖ VĂN THẮNG")
    r"họ\s+(?:và\s+)?tên(?:\s+người\s+bệnh)?"
)
# Phrases after which a name follows directly, without a colon.
NAME_LEADS = (
    r"referred\s+by|seen\s+by|examined\s+by|reviewed\s+by|discussed\s+with|spoke\s+(?:to|with)|"
    r"spoken\s+to|dictated\s+by|transcribed\s+by|reported\s+by|verified\s+by|signed\s+by|"
    r"electronically\s+signed\s+by|authori[sz]ed\s+by|attended\s+by|accompanied\s+by|brought\s+in\s+by|"
    r"cared\s+for\s+by|under\s+the\s+care\s+of|care\s+of|c/o|dear|hi|hello|thanks|thank\s+you|named|"
    r"known\s+(?:to\s+(?:her|him|them|the\s+family|staff)\s+)?as|aka|met\s+with|phoned|rang|telephoned|contacted|informed|visited\s+by|patient|pt|"
    r"the\s+patient,?|our\s+patient|your\s+patient|mother\s+of|father\s+of|parents?\s+of|"
    r"child\s+of|son\s+of|daughter\s+of|wife\s+of|husband\s+of|signed,|[sdwh]/o(?:\s+late)?|"
    # a preferred name is quoted unless the words say it is a name: "prefers 'Dee'", not "prefers English"
    r"prefers(?=\s+['\"‘“])|preferred\s+name:?|prefers\s+to\s+be\s+called|goes\s+by|likes\s+to\s+be\s+called|"
    r"calls\s+(?:him|her|them)sel(?:f|ves)|nicknamed|(?:she|he|they|we)\s+calls?\s+(?:him|her|them)"
)
# ... and the phrases after which a signer follows, or a team, a service or a role as often ("checked by Pharmacy",
# "triaged by Majors", "witnessed by Porter"): their names need a person's shape (detect.py, "lead_signed")
SIGNED_LEADS = (r"typed\s+by|checked\s+by|witnessed\s+by|(?:counter|co)-?signed\s+by|prepared\s+by|completed\s+by|"
                r"scribed\s+by|triaged\s+by|supervised\s+by")
# Verbs that need a person as subject: "Oluwaseun Adeyemi presented with..." ("was found", "returned"
# and the like are left out: results are found and return too).
SUBJECT_VERBS = (
    r"is\s+an?\s+\d+|was\s+an?\s+\d+|was\s+admitted|is\s+admitted|was\s+seen|was\s+reviewed|"
    r"was\s+referred|was\s+brought|was\s+transferred|was\s+discharged|presented|presents|reports|"
    r"complains|complained|states|stated|denies|denied|describes|attended|attends|lives|lived|works|"
    r"worked|smokes|drinks|noticed|underwent|tells|told|feels|collapsed|fell|is\s+known\s+to|"
    r"(?:is|was|seemed|appeared|became|felt)\s+(?:very\s+|quite\s+|a\s+little\s+)?(?:anxious|upset|distressed|"
    r"tearful|agitated|happy|keen|reluctant|worried|concerned|frightened|scared|angry|pleased|grateful|"
    r"embarrassed|relieved|adamant)|"
    r"has\s+a\s+(?:past\s+)?history|agreed|consented|declined|wishes|wanted|asked|rang|phoned|said|says"
)
CREDENTIALS = (
    r"MD|MBBS|MBChB|MB\s?BS|BMBS|BM|FRCP|MRCP|MRCS|FRCS|FRCR|FRCA|MRCGP|FRACP|FACP|RN|RGN|NP|PA|DO|PhD|"
    r"BSc|MSc|FY1|FY2|F1|F2|CT1|CT2|ST\d|SpR|SHO|Registrar|Consultant|GP|Nurse\s+Practitioner|"
    r"Staff\s+Nurse|Matron|Pharmacist|Physiotherapist|Radiologist|Pathologist|Resident|Intern|Fellow|"
    r"Attending|Specialist|Surgeon|Physician|Paramedic|Midwife|Sister|Charge\s+Nurse|ANP|ACP|"
    r"LPN|LVN|CNA|RPN|HCA|CNS|RMN|LISW|LCSW|LMSW|LMFT|LPC|DNP|APRN|CRNA|PharmD|CMA|MSW|PsyD|"
    r"BSN|MSN|ADN|CSN|CPNP|FNP|DDS|DMD|BDS|DPM|DPT|OTR|CCC-SLP|RDN|RRT|EMT-P|CRNP|CHP|CHAP|CHW|CHN|CNM2?"  # no two-letter ones: "DMARD"
)
SIGN_OFFS = re.compile(
    r"^\s*(?:regards|kind\s+regards|best\s+regards|warm\s+regards|best\s+wishes|yours\s+sincerely|"
    r"yours\s+faithfully|yours\s+truly|sincerely|many\s+thanks|thanks|thank\s+you|with\s+thanks|best|"
    r"cheers|signed|signature|electronically\s+signed|from)[,.:!]?\s*$",
    re.I,
)
# A number followed by one of these is a measurement, never an identifier.
UNIT_AFTER = re.compile(
    r"\s*(?:copies|iu|u/|units?\b|u\b|cells|/\s*[µumn]?l|/mm|x\s*10|×\s*10|mg|mcg|µg|ug|ng|pg|g/|kg|"
    r"mmol|µmol|umol|nmol|pmol|meq|mosm|ml|mL|l\b|%|bpm|mmhg)",
    re.I,
)

# dotted letters that close a medicines table's or a form's line and are no one's initials: doses' times and routes,
# countries, "T.C." (the Turkish republic), "c.f."
NOT_INITIALS = frozenset("OD BD BID TDS TID QDS QID QD QH PRN OM ON HS AC PC STAT PO IV IM SC SL PR NG US UK USA EU NB PS AM "
                         "PM OS OU TC CF".split())
# nor, in a form's initials field, a credential or a "none" ("Initials: RN", "Initials: N/A", "Initials: UNK")
NOT_FIELD_INITIALS = NOT_INITIALS | frozenset("RN NA NK EN HCA RM RGN RMN NP PA MD DO NONE YES TBC UNK ND DNA NIL".split())
# nor, where a chart's column or a check's label names its signer, a role, a service, a route or a device that signs or
# gives as often ("Given by | PEG", "Who | CCOT", "Checked by RN/HCA", "brought in by QAS", "witnessed by CCTV"), nor a
# chart's word for how it went ("OK", "NAD", "HOLD", "REF")
NOT_SIGNER = NOT_FIELD_INITIALS | frozenset("""
CNS ANP ACP ODP HCSW LPN SN CHW DSN HV DN CSW TVN ASHA ANM SW MOA SHO FY FY1 FY2 GPN CCOT POCT OK NAD NBM PEG NGT NJ PCA MDI
IO CADD NEB EMS HEMS ALS MET QAS CRNA AEMT CCTV IMCA LPA NOK TTO ICE WHO MDT ICU ITU HDU ED AE GP OOH RT PT OT SALT HOLD
REF GRV FULL HI LO PN PEG ECHO ABO RHD ALL NIL CD SPR STR CT MRI XR US USS ECG ENT ICT IPC PICC CVC TTE TOE EEG EMG OGD EUS
CXR ABG VBG BM CBG GRBS POC VIP CSCI RIG NJT PIV PCP CNA EMT RRT CTA AXR EMR PCT AHP HELD NPO DNR DNACPR AMA SELF NR OW DC
LVN MA LAB AX TYM EVD LP BC IVF ABX CTG MS CR COD TOP INH MUM DAD NAN CPN SLT IDT MH CMHT TSH PSA CEA LDH WCC PEF FHR ALT AST
ALP GGT ARM VE IOL ECV PPH DS TTA KUB EDL TEP ESR PCR MRSA IR PICU NICU SCBU PD VTE FNA EUA EBUS ELISA GA PALS RSV""".split())


def signer_initials(letters: str) -> bool:
    """Whether capitals where a signer's initials stand (a chart's column, a check's label) are a person's: not a role,
    a service, a route, a device or a clinical abbreviation (:data:`NOT_SIGNER`, :data:`NOT_NAME`)."""
    plain = re.sub(r"[.\s-]", "", letters)
    return plain not in NOT_SIGNER and plain not in NOT_NAME and plain.upper() == plain


# given names that are also a scale's or a grade's ("Norton", "Lawton", "Gardner", "Mayo"; with :data:`EPONYM_PHRASES`'
# single words, "Braden", "Waterlow", "Barthel")
SCALE_NAMES = frozenset({"Norton", "Lawton", "Gardner", "Mayo", "Katz", "Morse", "Tinetti", "Wells", "Bishop", "Hunt", "Fisher",
                         "Spetzler"})
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_SCORE_AFTER = re.compile(r"[ \t]+(?:(?:I?ADL|score|scale|grade)[ \t]+)?(?:\d{1,2}(?:[A-Z]{1,2}|[a-d])?|[IVX]{1,4}[a-d]?)"
                          r"(?:/\d{1,2})?(?![\w/]|[.,]\d)(?![ \t]*(?i:y|yo|y/o|yrs?|years?|months?|mo|weeks?|wks?|days?|times|x|"
                          r"miles?|mi|km|kms|mins?|minutes?|hours?|hrs?|h|site|and|&)(?![\w]))")


def scale_score(text: str, start: int) -> bool:
    """Whether the word at ``start`` is a scale's name (:data:`SCALE_NAMES`) right before its score."""
    m = _CAPITALISED.match(text, start)
    return m is not None and m.group() in SCALE_NAMES and _SCORE_AFTER.match(text, m.end()) is not None
