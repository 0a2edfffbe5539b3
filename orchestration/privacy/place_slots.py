"""Places and institutions that no list holds, found by the slot they stand in, for
:func:`consilium.orchestration.privacy.places.place_spans` and :func:`consilium.orchestration.privacy.detect.candidates`.

A blind test set (HELD-OUT 3) showed that the names of small towns, suburbs and hospitals in an unseen note
are mostly in no gazetteer: what gives them away is where they stand. The slots read here:

* a hospital written as an acronym with an H in it ("RBWH", "QEHB", "UHL") where a hospital goes: after
  "in/at/to/from", before "Emergency/ED/ICU", after "Renal unit,";
* a capitalised word that is no everyday English word after "in", "nr" or "near" ("in Ōtara", "nr Skidby");
* a place after a person, a facility or a place and a comma, closing the clause ("Dr X Y, Bishopstown.",
  "Butterworth Hospital, Grand Rapids MI"), or in brackets after one ("Galiwin'ku (Elcho Island)");
* a name before "House", "Estate", "Coast", "Island", "Park" that is no everyday word ("Larchfield House");
* a name after a French or Italian facility word ("CLSC Côte-des-Neiges", "Hôpital Lariboisière").

Each slot keeps a word out when it is an everyday English word (``lists/common_words.txt``), a country or a
state (Safe Harbor keeps them), a drug or service word, or an eponym.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from consilium.orchestration.privacy import gazetteer as G
from consilium.orchestration.privacy import namelists as N
from consilium.orchestration.privacy import patterns as P
from consilium.orchestration.privacy.backward import KeywordFirst
from consilium.orchestration.privacy.vocabulary import PLATFORMS, known

Found = tuple[int, int, str, str, int]
_W = P.NAME_WORD_EXT

# Clinical and service acronyms with an H in them, which the hospital-acronym slots must leave alone.
_CLINICAL_H = frozenset("""
IHR HDU HIV HCV HBV HAV HEV HSV HPV HRT HTN HCC HCM HUS HHS HELLP HLH NASH SAH ICH IVH PPH BPH ACTH TSH FSH PTH ADH
SIADH HCG CHF CHD LVH RVH PAH IIH EHR PHQ HADS OHS CAH PNH TTH HAP HCAP NHS HSE HMO HQ HOCM HFNC HHT HIE HSP HRCT
HDL LDH HBO HPI PMH SHO HCA PHE WHO UKHSA NHSBT HNA HbA CHA HAS HBOT MHA DHx FHx PHx HAART HSCT HLA ALH AIH DISH
HONK HHNK HELP HPA HPOA HOT HHV HTLV SCHF TACH MOH PHT IPH PHH HIPEC CHADS HEENT HPF HGB HCT MCH MCHC BHCG
NPH RHD HHD CHB NHL PHN HZO HFMD DHF OHCA IHCA SDH EDH PPHN HMPV EHEC HCL
ADHD PHN HRS AHA CHB HSIL HAI VHF HIT DHEA HNPCC HIDA OHSS MAHA HAPE HACE HSCT HRV HOB HNC HAQ HADS HTx ALTH
HRQOL HBPM ABPM SHBG GHB THC HFOV CHIP AHRQ OHCA IHCA HEMS HART HASU HALT HPB UGH NHL CHL HLH HEART HIGH HOLD
HELP HBA HCTZ HFREF HFPEF HFMREF HPLC HMG HSCT HPOA RHF LHF CHAOS HACEK HPS HSAN HNF HNPP HIPAA HBSAG HHT TORCH
HIB HSIL CHOP RCHOP ABVD HELLP HRCT HAND HAV HEV HMPV RSVH HPIV EHEC STEC HUS THR THA TAH TAHBSO HTO HSG HVPG HIFU HBOC
HMB HPOA HRS HHD HSM HPE HCW HCP HPN HTx HIPS NHx FHH
""".split())
_ACRONYM = re.compile(r"(?<![\w&/-])[A-Z]{3,5}(?![\w&/-])")
_INTO = r"\b(?:in|at|to|from|under|into|via)[ \t]+(?:the[ \t]+)?"  # where a hospital is named ("transferred to the X")
_ACRONYM_BEFORE = re.compile(rf"(?:{_INTO}|\b(?:[Aa]rrived|[Rr]eached)[ \t]+(?:the[ \t]+)?|"
                             r"(?i:unit|ward|department|dept\.?|clinic|service|team|centre|center|theatres?|outpatients?)"
                             r"[ \t]*,[ \t]*)$")
# (an acronym before an institution's own word names it, "QEII Health Sciences Centre"; before a clinic it may be a
# service, "IBD Clinic", so Clinic is not among them)
_ACRONYM_AFTER = re.compile(r"[ \t]+(?:Emergency|ED|A&E|ER|ICU|ITU|HDU|NICU|Hospital|[Ww]ard|[Oo]utpatients|[Tt]heatres?|"
                            r"Infirmary|Hospice|Medical[ \t]+Cent(?:re|er)|Health[ \t]+Sciences?[ \t]+Cent(?:re|er)|"
                            r"Health[ \t]+System|Medical[ \t]+Group)\b|[ \t]*\((?![ \t]*[a-z])")  # (not "RHD (mild)")
# Wards and units written as acronyms: a transfer to one of these names no hospital.
_UNITS = frozenset("""ICU ITU HDU CCU AMU MAU SAU CDU EAU ACU AAU ASU HASU NICU PICU SCBU CICU MHU SDEC UTC MIU GPAU OPAT
PACU DSU ESU OPD ENT MDT CAMHS CMHT IAPT EPAU EGU CTU RACPC TIA GUM SALT MRI MRA MRCP CTA CTPA CTU PET USS OGD ERCP EUS
DEXA EEG ECG EMG ECHO TOE TTE IVU KUB PCI CABG TAVI EVAR ECT OPAT IVF VTE DVT GUM PT OT ICT AAA HMP HMYOI HMS RAF RNAS
NHDU PHDU CHDU MHDU SHDU OHDU""".split())
_ACRONYM_TOKEN = r"[A-Z]{3,5}(?![\w&/-])"
# "transferred to Pellingford General", "discharged to Orrisdale", "taken to QMC": where a patient is sent.
# Both rules find their cheap part first (" to ", ":") and then read the verb or the label before it.
# (one pattern per preposition, each led by its literal, which the regex engine searches for fast)
_TO, _FROM = (re.compile(rf" {word}[ \t]+(?:the[ \t]+)?"
                         rf"(?P<n>(?:(?:St|Mt)\.?[ \t]+)?{_W}(?:[ \t]+{_W}){{0,2}}(?![\w'’-])|{_ACRONYM_TOKEN})")
              for word in ("to", "from"))
_SENT_VERB = re.compile(r"(?i:\b(?:transferred|transfer|admitted|readmitted|discharged|referred|refer|taken|brought|sent|flown|airlifted|"
                        r"retrieved|conveyed|repatriated|stepped[ \t]+down|returned|moved|went|blue[- ]?lighted|blue[- ]?lit|"
                        r"rushed|diverted)(?:[ \t]+(?:back|on))?)$")
# "Care home: Silverbirch", "Town: Kirkby Malzeard", "Employer: Corrigan Haulage": a form's place labels
_AFTER_COLON = re.compile(rf":[ \t]*(?:the[ \t]+)?(?P<n>(?:(?:St|Mt)\.?[ \t]+)?{_W}(?:['’]s)?"
                          rf"(?:[ \t]+(?:(?:of|and|&)[ \t]+)?{_W}){{0,3}})")
_FIRM_LABEL = re.compile(r"(?i:insur|fund|provider)")
_FIRM_END = re.compile(r"[ \t](?:Mutual|Assurance|Insurance|Insurers|Solutions|Group|Ltd|Limited|Inc|LLC|Pty|Company|Society|"
                       r"Fund|Rehab|Rehabilitation|Partners|Associates)\.?$")
_NO_FIRM = frozenset("None Nil Self Not No Yes Unknown Patient Community NHS Private Public State National Local Travel Health "
                     "Medical Life Home Car Dental Hospital Workers Employer".split())
_RESULT_AFTER = re.compile(r"[ \t]*[<>=]?[ \t]*\d")
_PLACE_LABEL = re.compile(
    r"(?i:\b(?:(?:GP[ \t]+)?practice|surgery|care[ \t]+home|nursing[ \t]+home|residential[ \t]+home|school|nursery|college|"
    r"employer|workplace|place[ \t]+of[ \t]+(?:work|birth|residence)|town|city|suburb|village|locality|hometown|birthplace|"
    r"facility|institution|organi[sz]ation|location|site|insurer|health[ \t]+(?:fund|insurer)|insurance[ \t]+(?:company|provider)|"
    r"(?:rehabilitation|rehab)[ \t]+provider))[ \t]*$")
# The verbs' and labels' stems as literals: a text with none of them is spared the rule.
_SENT_STEMS = ("transfer", "admitted", "discharged", "refer", "taken", "brought", "sent ", "flown", "airlifted", "retrieved",
               "conveyed", "repatriated", "stepped", "returned", "moved", "went ", "lighted", "blue-lit", "blue lit", "rushed",
               "diverted")
_LABEL_STEMS = ("practice:", "surgery:", "home:", "school:", "nursery:", "college:", "employer:", "workplace:", "place of",
                "town:", "city:", "suburb:", "village:", "locality:", "hometown:", "birthplace:", "facility:", "institution:",
                "organisation:", "organization:", "location:", "site:", "insurer:", "fund:", "company:", "provider:")
_IN_SLOT = re.compile(rf"(?=[inopbv])(?<![\w'’-])(?:in|nr\.?|near|outside|past|beyond|via)[ \t]+(?P<n>{_W}(?:[ \t]+{_W}){{0,2}})"
                      rf"(?![\w'’-]|[ \t]*\d)")
_COMMA_PLACE = re.compile(
    rf",[ \t]*(?P<n>{_W}(?:[ \t]+{_W}){{0,2}})"
    rf"(?=[ \t]*(?:[.;)\n|]|$)|[ \t]+[-–—][ \t]|,[ \t]|(?P<state>,?[ \t]+(?:{'|'.join(P.US_STATES)}|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)\b(?![ \t]*[a-z])))")
# The last words of place names made of everyday words ("Cedar Falls", "Crocodile Islands", "Bellbird Park").
_PLACE_KIND = frozenset("""Island Islands Isle Coast Valley Vale Hills Heights Park Bay Point Creek River Lake Beach Springs
Falls Bluffs Rapids Harbour Harbor Estate Village Town City Mills Bridge Cross Green Wells Forest Ridge Junction""".split())
# a crossroads or a roundabout by its place's name after "the", and a highway by its name ("at the Kopay crossroads",
# "down the Karakoram Highway"); not a junction, which anatomy names too ("the Cementoenamel junction")
_ROUTE_PLACE = re.compile(rf"\b[Tt]he[ \t]+(?P<n>{_W}(?:[ \t]+{_W})?)[ \t]+(?P<key>[Cc]rossroads|[Rr]oundabout)\b"
                          rf"|(?<![\w'’-])(?P<h>{_W}(?:[ \t]+{_W})?)[ \t]+(?P<hkey>Highway)\b")
_ADJECTIVE_ENDING = re.compile(r"(?:ic|al|ar|ary|ous|oid|ed)$")  # nor a word ending as an adjective ("the Pacific Highway")
_BRACKET_PLACE = re.compile(rf"[ \t]*\((?P<n>{_W}(?:[ \t]+{_W}){{0,2}})\)")
_PLACE_WORD = KeywordFirst(rf"(?<![\w'’-])(?P<n>{_W}(?:[ \t]+{_W}){{0,2}})[ \t]+",
                           r"(?<![\w-])(?:House|Estate|Coast|Island|Islands|Heights|Park|River|Creek|Lake|Bay|Falls|Beach|Harbour|Harbor)(?![\w-])")
# A landform's name ends in a word no other name does, so everyday words before it name a place too ("Scatter Creek
# checkpoint", "Half Tree Hollow"); and a lake, a mountain or a cape goes before its own name ("Lake
# Liambezi"; not a score's: "Lake Louise score")
# ("Inlet" is not among them: the thoracic and pelvic inlets)
_LANDFORM_WORDS = ("Creek", "Hollow", "Cove", "Gorge", "Canyon", "Mesa", "Glacier", "Lagoon", "Bayou", "Fjord", "Atoll")
_LANDFORM_END = KeywordFirst(rf"(?<![\w'’-])(?P<n>{_W}(?:[ \t]+{_W}){{0,2}})[ \t]+", rf"(?<![\w-])(?:{'|'.join(_LANDFORM_WORDS)})(?![\w-])")
_LANDFORM_FIRST = re.compile(rf"(?<![\w'’-])(?:Lake|Loch|Lough|Mount|Mt\.?|Lago|Isla|Ilha)[ \t]+(?P<n>{_W}(?:[ \t]+{_W})?)(?![\w'’-])"
                             r"(?![^\n.;:]{0,24}\b(?i:score|criteria|scale|questionnaire|protocol|classification|index|system|"
                             r"consensus|hospital|medical|clinic|health)\b)")
# a district, parish, township or municipality by its name: units smaller than a state (the name must be no everyday words alone:
# "the Health District")
_DISTRICT = KeywordFirst(rf"(?<![\w'’-])(?P<n>{_W}(?:[ \t]+{_W}){{0,4}})[ \t]+",
                         r"(?<![\w-])(?:(?:District|Parish|Township|Municipality)(?![\w-])"
                         r"(?![ \t]+(?:Nurse|Nurses|Nursing|General|Hospital|Council|Health|Court|Judge|Office)\b)|"
                         # (or the municipality's adjective before its body: "Sagnarigu Municipal Health Directorate")
                         r"Municipal(?=[ \t]+[A-Z]))")
_AND_PLACE = re.compile(rf"[ \t]+(?:and|or|&)[ \t]+(?P<n>{_W}(?:[ \t]+{_W})?)(?![\w'’-])")
# "GP letter, Ballinasloe.", "Discharge summary - Carrickmacross": the place in a letter's heading line
_HEADING_PLACE = re.compile(rf"(?m)^[ \t]*(?:[A-Z][A-Za-z]*[ \t]+){{0,2}}(?i:letter|note|summary|referral|report)[ \t]*[,:–-][ \t]*"
                            rf"(?P<n>{_W}(?:[ \t]+{_W})?)(?=[ \t]*(?:[.\n]|$))")
_PLACE_WORDS = ("House", "Estate", "Coast", "Island", "Heights", "Park", "River", "Creek", "Lake", "Bay", "Falls", "Beach", "Harbo")
_FACILITY_FIRST = re.compile(
    rf"\b(?:CLSC|CHSLD|CIUSSS|CISSS|CHU|GMF|H[ôo]pital|Clinique|Centre[ \t]+hospitalier|Ospedale|Policlinico|Klinikum|"
    # prisons and service bases named after their place ("HMP Altcourse", "RAF Lossiemouth")
    rf"HMP|HMYOI|HMS|RAF|RNAS|MDP|Camp|Garrison|"
    # Welsh hospitals and houses ("Ysbyty Glan Clwyd", "Tŷ Newydd"), a French Hôtel-Dieu named after its saint and town
    rf"Ysbyty|Tŷ|H[ôo]tel-Dieu|"
    # Malay, Indonesian, Polish, German and Dutch hospitals and clinics ("Klinik Pergigian Seri Tanjung", "Szpital Miejski")
    rf"Klinik|Szpital|Rumah[ \t]+Sakit|Puskesmas|Krankenhaus|Spital|Kliniek|Ziekenhuis)"
    rf"[ \t]+(?:(?:de|du|des|la|di|del|della)[ \t]+|l['’]){{0,2}}(?P<n>{_W}(?:[ \t]+(?:(?:de|du|des)[ \t]+)?{_W}){{0,2}})")
# A German or Swiss hospital compounded with its kind, and its place closing the phrase ("An das Bezirkskrankenhaus
# Schwaz, Abteilung ...", "Kantonsspital Graubünden - Klinik ..."; German capitalises every noun, so "im Kantonsspital
# Marcumar abgesetzt" names a drug, and "Hospital" is no compound)
_FACILITY_COMPOUND = re.compile(rf"\b[A-ZÄÖÜ][a-zäöüß]+(?:krankenhaus|klinikum|[st]spital)[ \t]+(?P<n>{_W})(?=[ \t]*(?:[,;.(]|[-–][ \t]|$))",
                                re.M)
_FACILITY_COMPOUND_STEMS = ("krankenhaus", "klinikum", "sspital", "tspital")
_FACILITY_FIRST_WORDS = ("CLSC", "CHSLD", "CISSS", "CIUSSS", "CHU", "GMF", "Hôpital", "Hopital", "Clinique", "hospitalier", "Ospedale",
                         "Policlinico", "Klinikum", "HMP", "HMYOI", "HMS", "RAF", "RNAS", "MDP", "Camp", "Garrison",
                         "Ysbyty", "Tŷ", "tel-Dieu", "Klinik", "Szpital", "Rumah", "Puskesmas", "Krankenhaus", "Spital",
                         "Kliniek", "Ziekenhuis")
# A university by its place, and its health system or hospital: "University of Iowa Health Care", "a student at the
# University of Namibia"; not a classification named after one ("University of Texas grade 2", "... Smell Identification Test")
_UNIVERSITY = re.compile(rf"\bUniversity[ \t]+(?i:of)[ \t]+(?:(?i:the)[ \t]+)?(?P<n>{_W}(?:[ \t]+{_W}){{0,2}}"
                         rf"(?:[ \t]+(?:Health(?:[ \t]+(?:Care|System|Sciences))?|Hospitals?|Medical[ \t]+Cent(?:er|re)|Teaching[ \t]+Hospital))?)(?![\w'’-])"
                         # (any word of the run after it may say so: "University of Pennsylvania Smell Identification Test")
                         rf"(?!(?:[ \t]+[A-Za-z]+){{0,3}}[ \t]+(?i:classification|grade|criteria|scale|score|smell|test|system|staging|"
                         rf"wound|identification|questionnaire|index|inventory))")
_LANGUAGES = frozenset("""English Welsh Gaelic Irish Scots French Spanish Portuguese Italian German Dutch Polish Romanian
Russian Ukrainian Greek Turkish Arabic Farsi Persian Dari Pashto Urdu Hindi Punjabi Bengali Gujarati Tamil Telugu
Malayalam Kannada Marathi Nepali Sinhala Mandarin Cantonese Chinese Japanese Korean Vietnamese Thai Tagalog Somali
Amharic Tigrinya Swahili Yoruba Igbo Hausa Twi Lingala Kurdish Albanian Lithuanian Latvian Czech Slovak Hungarian
Bulgarian Serbian Croatian Makaton BSL Braille Latin""".split())
_KEPT = {r.lower() for r in G.KEPT_REGIONS} | {s.lower() for s in P.US_STATES}
# Parts of a hospital and record systems, which the slots' verbs ("moved to", "logged in") also lead to.
_AREAS = frozenset("""Resus Resuscitation Majors Minors Theatre Theatres Recovery Endoscopy Outpatients Triage Reception Side Room
Bay Bed Cubicle Ward Wards Radiology Pharmacy Mortuary Chapel Cerner Epic EMIS SystmOne Meditech Allscripts Lorenzo
TrakCare Athena Careflow Medway Maxims PACS RIS ICE EPR Vision Physio Ortho Orthos Gynae Neuro Cardio Paeds Obs Gastro Rheum
Derm Renal Respiratory Resp Vascular Plastics Maxfax Haem Onc Psych Psychiatry Surgeons Surgical Medical Medics Hospice Community
Dietetics Podiatry Audiology Optometry Orthotics Stroke Memory Falls Frailty Nephro Uro Endo Geri Micro Neurosurg ICU HDU ITU""".split())
# Eponyms written without their head after "in" ("seen in Parkinson and Huntington disease", "raised in
# Cushing"): the eponym words of the lists, the names inside the eponym phrases, and more diseases' names.
_EPONYMS = (N.EPONYM_WORDS | {w for e in P.EPONYM_PHRASES for w in re.findall(r"[A-Z][a-zé-ü]{3,}", e)}
            | frozenset("""Wegener Sjogren Sjögren Takayasu Behcet Behçet Raynaud Meniere Ménière Paget Reiter Whipple Wernicke
Korsakoff Guillain Barre Barré Kaposi Marfan Turner Klinefelter Hirschsprung Wilms Gaucher Fabry Pompe Niemann Chagas Weil
Kawasaki Alport Bartter Gitelman Liddle Addison Conn Cushing Graves Hashimoto Riedel Quervain Hodgkin Burkitt Kikuchi Castleman
Waldenstrom Waldenström Dupuytren Peyronie Osgood Perthes Scheuermann Sever Kienbock Kienböck Charcot Tourette Rett Angelman
Prader Willi Noonan Edwards Patau DiGeorge Duchenne Becker Friedreich Huntington Parkinson Alzheimer Creutzfeldt Jakob""".split()))
# Adjective and term endings of medicine ("Addisonian crisis", "Parkinsonian gait", "Cushingoid").
# Microbes' genera ("in Staphylococcus aureus") and the adjectives of anatomy and lab names ("Count in
# Synovial Fluid") end so too.
_TERM_ENDING = re.compile(r"(?:ian|ean|oid|otic|iform|ism|itis|osis|aemia|emia|ectomy|otomy|plasty|scopy|graphy|coccus|cocci|"
                          r"bacter|bacterium|monas|myces|plasma|spora|virus|viridae|ial|eal|ural|inal|ular|ous|ive|ical)$")
# A species name after a capitalised word makes it a genus: "Klebsiella pneumoniae", "Candida albicans".
_SPECIES_AFTER = re.compile(r"[ \t]+[a-z]{3,}(?:us|um|ae|is|ii|es|ensis|ans|ens|ius)\b|[ \t]+[a-z]{4,}a\b")


def _not_a_place(word: str) -> bool:
    plain = re.sub(r"['’]s$", "", word)
    return (plain in P.NOT_NAME or plain in _LANGUAGES or plain in _AREAS or "-" in plain and all(w in _AREAS for w in plain.split("-")) or plain in _EPONYMS or bool(_TERM_ENDING.search(plain)) or plain.lower() in _KEPT or plain in G.GENERIC_FACILITY_WORDS
            or bool(P.SERVICE_SUFFIX.search(plain)) or bool(P.DRUG_SUFFIX.search(plain)) or plain in P.MONTH_NAMES
            or plain.lower() in PLATFORMS)


def _rare(words: list[str]) -> bool:
    """Whether the words name something: none is a non-place word, and one at least is no everyday word."""
    return (not any(_not_a_place(w) for w in words) and " ".join(words).lower() not in _KEPT
            and any(not N.is_common_word(w) and len(w) > 2 for w in words))


# The two checks every place slot makes, for the address-line rules (address_lines.py).
not_a_place, rare = _not_a_place, _rare


def _rare_head(words: list[str]) -> bool:
    """:func:`_rare` on a name without its generic tail ("Pellingford General", "Tamberley Road Surgery")."""
    while words and (words[-1] in G.GENERIC_FACILITY_WORDS or words[-1] in ("Road", "Street", "Lane")):
        words = words[:-1]
    return bool(words) and _rare(words)


_DEPARTMENT_AFTER = re.compile(r"[ \t]+(?:Radiology|Imaging|Pathology|Pharmacy|Maternity|Endoscopy|Paediatrics|Pediatrics|Cardiology|"
                               r"Oncology|Neurology|Renal|Dialysis|Fracture|Orthopaedics|Haematology|Labs?|Laboratory|Dermatology)\b")


# Teaching hospitals and institutes of medical sciences named by their acronym alone, as Nigeria's and India's
# are ("referred from UDUTH", "admitted at EKSUTH", "NIMS casualty"): the acronym ends in the words' initials.
_INSTITUTE_ACRONYM = re.compile(r"(?<![\w&/-])(?:[A-Z]{2,6}(?:TH|THC)|[A-Z]{1,5}IMS)(?![\w&/-])")
# clinical and reference acronyms of the same shape: a laboratory system, a drug reference, paediatric inflammatory
# multisystem syndrome, hyperparathyroidism
_NOT_INSTITUTE = frozenset({"LIMS", "MIMS", "PIMS", "HPTH", "PHPTH", "SHPTH", "THPTH"})
# Where such an acronym names a hospital: after "at", "from", "to", a department and a comma or a heading's dash;
# before a department, "casualty" or a bracket ("UDUTH Sokoto" is read by the town after it)
_INSTITUTE_BEFORE = re.compile(rf"(?:{_INTO}|\bof[ \t]+(?:the[ \t]+)?|(?:OPD|[Cc]linic|[Uu]nit|[Ww]ard|"
                               r"[Dd]epartment|[Ss]urgery|[Mm]edicine|[Oo]ncology|[Ss]ervice)[ \t]*,[ \t]*|[-–][ \t]+)$")
_INSTITUTE_AFTER = re.compile(r"[ \t]*\(|[ \t]+(?:[Cc]asualty|OPD|[A-Z][a-z]{3,}(?=[ \t]*(?:[.,;\n]|$)))")


def hospital_acronyms(text: str, protected: Callable[[int, int], bool]) -> list[Found]:
    """Hospitals written as an acronym: with an H where a hospital goes ("in UHL", "Renal unit, QEHB"), any
    acronym that is no unit or clinical term before a department ("RBWH Emergency", "QMC A&E"), and a teaching
    hospital's or institute's acronym (:data:`_INSTITUTE_ACRONYM`) that is no English word, where a place goes."""
    out: list[Found] = [(m.start(), m.end(), "HOSPITAL", "institute_acronym", 5)
                        for m in _INSTITUTE_ACRONYM.finditer(text)
                        if m.group() not in _CLINICAL_H and m.group() not in _UNITS and m.group() not in _NOT_INSTITUTE
                        and not N.is_common_word(m.group()) and not protected(*m.span())
                        and (_INSTITUTE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                             or _INSTITUTE_AFTER.match(text, m.end()) or _ACRONYM_AFTER.match(text, m.end())
                             or _DEPARTMENT_AFTER.match(text, m.end()))]
    for m in _ACRONYM.finditer(text):
        word = m.group()
        if word in _CLINICAL_H or word in _UNITS or protected(*m.span()) or N.is_common_word(word):  # "reached HOME"
            continue
        after = _ACRONYM_AFTER.match(text, m.end())
        if after and not after.group().lstrip().startswith("(") or "H" in word and (
                after or _DEPARTMENT_AFTER.match(text, m.end()) or _ACRONYM_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            out.append((m.start(), m.end(), "HOSPITAL", "hospital_acronym", 5))
            town = _TOWN_AFTER_ACRONYM.match(text, m.end())
            if town and _rare(town.group("n").split()) and not protected(*town.span("n")):
                out.append((*town.span("n"), "LOCATION", "hospital_town", 12))
    return out


def sent_places(text: str, protected: Callable[[int, int], bool]) -> list[Found]:
    """Where a patient was sent from or to, and the places a form's labels name."""
    out: list[Found] = []
    lower = text.lower()
    for rule, pattern, before, stems in (("place_sent_to", _TO, _SENT_VERB, _SENT_STEMS), ("place_sent_to", _FROM, _SENT_VERB, _SENT_STEMS),
                                         ("place_label", _AFTER_COLON, _PLACE_LABEL, _LABEL_STEMS)):
        if not any(map(lower.__contains__, stems)):
            continue
        for m in pattern.finditer(text):
            if not (label := before.search(text, max(0, m.start() - 30), m.start())):
                continue
            name, (s, e) = m.group("n"), m.span("n")
            if rule == "place_label" and _RESULT_AFTER.match(text, e):
                continue  # a result read at a facility: "At sending facility: Hct 58%"
            if rule == "place_label" and _FIRM_LABEL.search(label.group()):
                # an insurer's or a provider's firm, named by everyday words as often ("Darling River Mutual"), by its
                # firm's last word only ("Insurer: Uninsured", "Health fund: Pensioner Concession Card" stay)
                ok = bool(_FIRM_END.search(name)) and name.split()[0] not in _NO_FIRM
            elif name.isupper():
                ok = name not in _CLINICAL_H and name not in _UNITS
            else:
                ok = _rare_head([w for w in re.sub(r"['’]s\b", "", name).split() if w not in ("St", "St.", "Mt", "Mt.", "of", "and", "&")])
            if ok and not protected(s, e):
                out.append((s, e, "HOSPITAL" if name.isupper() else "LOCATION", rule, 12))
    return out


# "Lives Tonopah 89049": a place right after "Lives", as shorthand writes it
_LIVES = re.compile(rf"\b[Ll]ives[ \t]+(?P<n>{_W}(?:[ \t]+{_W}){{0,2}})(?![\w'’-])(?P<pc>,?[ \t]+\d{{4,6}}\b)?")
# "Jayalakshmipuram 3rd Stage", "Koramangala 5th Block": an Indian locality before its stage, block or sector
# India's district, taluka and village-post units before their names ("Dist. Satara", "Tal. Wai", "Mu. Po. Nimsod"),
# and a hill road or a university's campus after its place's name ("Pasarani ghat", "Shoalhaven campus")
_INDIAN_UNIT = re.compile(rf"(?<![\w.])(?:Distt?\.|Tal\.|Teh\.|Tq\.|Taluka|Tehsil|At[ \t]+Post|Mu\.[ \t]*Po\.|Po\.)[ \t]*:?[ \t]*"
                          rf"(?P<n>{_W}(?:[ \t]+{_W})?)")
_INDIAN_UNIT_WORDS = ("Dist.", "Distt.", "Tal.", "Teh.", "Tq.", "Taluka", "Tehsil", "At Post", "Po.")
# the club a patient plays for ("injured playing for Ballyhegan"), the area a team is named after ("Crisis Team Wyre")
_PLAYS_FOR = re.compile(rf"\bplay(?:s|ed|ing)?[ \t]+for[ \t]+(?:the[ \t]+)?(?P<n>{_W}(?:[ \t]+{_W})?)")
_TEAM_AREA = re.compile(rf"\bTeam[ \t]+(?P<n>{_W})(?=[ \t]*(?:[.,;:)\n]|$))")
_GHAT_CAMPUS = re.compile(rf"(?<![\w'’-])(?P<n>{_W}(?:[ \t]+{_W})?)[ \t]+(?:[Gg]hat|campus)\b")
_LAYOUT = KeywordFirst(rf"(?<![\w'’-])(?P<n>{_W})[ \t]+", r"\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Stage|Phase|Block|Sector|Layout)\b")
# "outside the Crown & Anchor", "at the Fox & Hounds": a pub or shop named by two words joined by "&"
_AMPERSAND_NAME = re.compile(rf"\b[Tt]he[ \t]+(?P<n>{_W}[ \t]*&[ \t]*{_W})(?:[ \t]+(?:Inn|Arms|Hotel|Tavern))?(?![\w'’-])")
_NOT_PUB = frozenset("""Accident Emergency Ear Nose Throat Head Neck Trauma Orthopaedics Oral Maxillofacial Obstetrics Gynaecology Hand
Plastics Burns Breast Endocrine Heart Lung Liver Kidney Brain Spine Bone Joint Eye Vision Hearing Balance Women Children Mother Baby
Drug Drugs Alcohol Sexual Health Care Social Mental Research Development Quality Safety Education Training Diabetes Renal
Cardiology Respiratory Medicine Surgery""".split())
# "Drives for Kurow Haulage", "Pahiatua Carriers": a firm named after its place
# the trades that close a firm's name; those of _SLOT_TRADES also after a preposition, whatever the words before
_SLOT_TRADES = (r"Trucking|Haulage|Transport|Logistics|Mining|Outfitters|Treks|Tours|Homes|Drilling|Construction|"
                r"Parish|Funeral[ \t]+Home|Rangers|Harriers|Athletic[ \t]+Club|Ski[ \t]+School|Kayaking|Fisheries|"
                r"Freight[ \t]+Lines|Cruises|Shipping|Charters|Safaris|Expeditions")
_FIRM = KeywordFirst(rf"(?<![\w'’-])(?P<n>{_W}(?:[ \t]+{_W})?)[ \t]+",
                     rf"(?:{_SLOT_TRADES}|Carriers|Freight|Couriers|Builders|Engineering|Plumbing|Motors|Airways|Airlines|Aviation|"
                     r"Fabricators|Packers|Rugby[ \t]+Club|Football[ \t]+Club|Golf[ \t]+Club|Farms|Dairies|Quarry|Quarries|Brewery|"
                     r"Distillery|Timber|Sawmills?|Roofing|Scaffolding|Joinery|Landscaping|Contractors|Ltd|Limited|Pty|Inc|LLC|PLC|"
                     r"plc|Seafoods?|Expeditions|Crewing|Syndicate|Shipping|Stevedoring|Safaris|Adventures|Charters|Funerals|"
                     r"Garage|Salon|Hostel|Backpackers)\b")
# "for Lowcountry Blue Crab Co.", "agency Pacific Star Manpower Services Inc.": a firm's legal form after its name says
# the words before it are a name, everyday words or not; and "Granite Offshore Services", "SA Prison Health
# Service": a service named by a word that is no word of health or social services is a firm's or a local service's
# own name ("Emergency Medical Services", "Adult Protection Services" are kinds, and stay)
_FIRM_WORD = rf"(?:{_W}|[{P.UP}]{{2,}}(?:-[{P.UP}]{{2,}})?)"  # in capitals too ("ALTIPLANO ASCENTS SRL")
_LEGAL_FORM = KeywordFirst(rf"(?<![\w'’-])(?P<n>{_FIRM_WORD}(?:[ \t]+(?:(?:&|de|del|la|des|du|di|da|do|dos|e|y|et|und)[ \t]+)?"
                           rf"{_FIRM_WORD}){{0,3}})[ \t]+",
                           # the forms of other countries' firms, with their dots ("Mariscos del Caribe S. de R.L.")
                           r"(?:S\.[ \t]?de[ \t]R\.[ \t]?L\.(?:[ \t]de[ \t]C\.[ \t]?V\.)?|S\.[ \t]?A\.(?:[ \t]de[ \t]C\.[ \t]?V\.)?|"
                           r"S\.[ \t]?A\.[ \t]?R\.[ \t]?L\.|S\.[ \t]?R\.[ \t]?L\.|S\.r\.l\.|S\.p\.A\.|S\.A\.S\.|B\.V\.|N\.V\.|"
                           r"d\.o\.o\.|s\.r\.o\.|Ltda\.|Lda\.|Kft\.|Pte\.?[ \t]Ltd\.?|Sdn\.?[ \t]Bhd\.?|"
                           r"sp\.[ \t]z[ \t]o\.o\.|"  # (Polish; not Czech "a.s.", the left ear in an ENT note)
                           # a bare form closes its clause ("Ltd ROM", "Ltd to 50 m" is "limited", as notes abbreviate it)
                           r"Co\.|Inc\.|Ltd\.|Corp\.|(?:Company|Inc|Incorporated|Ltd|Limited|LLC|Pty|PLC|plc|GmbH|Corp|Corporation|"
                           r"SARL|SRL|Srl|Ltda|Lda|LLP|PLLC|Oyj?|ApS|Bhd)"
                           r"(?=[ \t]*(?:[,;:()\n]|[-–][ \t]|$|\.(?:[ \t]|$)|(?:Ltd|Inc|LLC)\b)))(?![\w'’-])")
# what a hospital's department does, beside :data:`SERVICE_VOCABULARY`'s words
_DEPARTMENT_WORDS = frozenset("""Wheelchair Seating Geriatric Geriatrics Consult Consultation Hand Surgery Surgical Falls Memory Frailty
Pain Tissue Viability Lymphoedema Neurological Cardiology Discharge Intermediate Orthotics Prosthetics
Limb Amputee Endocrine Diabetic Foot Spinal Injuries Injury Fracture Nutrition Enteral Parenteral Oxygen
Ventilation Lung Heart Failure Kidney Haematology Dermatology Rheumatology Urology Gynaecology Obstetric
Obstetrics Paediatric Pediatric""".split())
_HEADING_DASH = re.compile(r"[ \t][-–—][ \t]+(?P<w>(?:[A-Za-z]+[ \t]+)*)$")
_SERVICES = KeywordFirst(rf"(?<![\w'’-])(?P<n>{_W}(?:[ \t]+{_W}){{0,3}})[ \t]+", r"Services?\b")
SERVICE_VOCABULARY = frozenset("""Health Healthcare Medical Medicine Clinical Care Social Emergency Mental Community Children Children's
Child Adult Adults Family Families Youth Protection Ambulance Palliative Support Nursing Laboratory Pathology Radiology Imaging
Pharmacy Pharmaceutical Dental Rehabilitation Hospital Hospice Disability Aged Home Primary Specialist Public Maternity Sexual
Addiction Addictions Drug Drugs Alcohol Substance Prison Forensic Counselling Counseling Psychology Psychological Psychiatric
Occupational Therapy Therapies Welfare Housing Legal Interpreter Interpreting Translation Veterans Blood Transfusion Screening
Vaccination Immunisation Immunization Audiology Podiatry Dietetic Dietetics Physiotherapy Speech Language Respite Crisis Outreach
Liaison Safeguarding Victim Victims Domestic Abuse Homeless Homelessness Rescue Fire Police Coastguard Medic Paramedic Air Flying
Doctor Doctors Retrieval Transport Patient Patients Information Advice Advisory Bereavement Chaplaincy Spiritual Wellbeing
Well-being Health-care Sleep Stroke Cancer Renal Diabetes Eye Hearing Continence Wound Stoma Infection Prevention Control
National State Regional District Local General Integrated Specialised Specialized Acute Intensive Critical Early Intervention
Development Educational Education Student Students School Schools Employee Employment Benefits Financial Money Debt Carers
Carer Support Day Night Out-of-hours Out Hours Urgent Assessment Treatment Recovery Older People Persons Women Men Infant
Neonatal Perinatal Antenatal Postnatal Midwifery Genetic Genetics Neurology Cardiac Respiratory Sexual Travel Vascular
Orthopaedic Orthopedic Trauma Burns Plastic Diagnostic Diagnostics Testing Dialysis Transplant Oncology Nurse Nurses Visiting
Imported Fever Infectious Infection Diseases Disease Tropical Poisons Poison Toxicology Reference Microbiology Virology""".split())
# the words that say what kind of room or ward a place is ("Labour ward", "Side room"), not its name
_WARD_KINDS = frozenset("""Labour Labor Delivery Postnatal Antenatal Surgical Stroke Cardiac Renal Day Side Quiet Treatment
Recovery Isolation Resus Resuscitation Observation Neonatal Burns Theatre Theater Private Single Acute Coronary High Sluice
Waiting Consulting Clean Dirty Store Plaster Fracture Minor Major Rehab Elderly Geriatric Orthopaedic Orthopedic Oncology
Haematology Hematology Respiratory Psychiatric Admissions Ambulatory Discharge Transit Triage Procedure Sensory Family
Bereavement Relatives Interview Examination Clinic Utility Equipment Medication Medicines Drug Dining Sitting Living Bath
Shower Staff Seminar Meeting Teaching Escalation Overflow Winter Short Stay Assessment Admission Emergency Gastro
Endoscopy Dialysis Infusion Chemotherapy Radiotherapy Maternity Paediatric Pediatric Medical Children Children's Adult
Female Male Mixed Ward Behavioral Behavioural Continuing Intermediate Secondary Tertiary Step-down Stepdown High-dependency Med-surg Post-op Pre-op Post-operative Pre-operative Post-anaesthesia
Post-anesthesia""".lower().split())
# a firm of everyday words after "for", "with" or "at" and before its trade ("drives for Silver Sage Trucking",
# "belonged to Holy Family Parish"): the preposition and the trade say it is a name
_TRADE_SLOT = re.compile(r"\b(?:for|with|at|to|of|on|by)[ \t]+(?:the[ \t]+)?(?P<n>(?:[A-Z][\w'’-]*[ \t]+(?:&[ \t]+)?){1,3}"
                         rf"(?:{_SLOT_TRADES}))\b")
# words that make a "... Homes" or "... Transport" a kind of care, not a firm's name ("Pain Management Homes")
_CARE_WORDS = (SERVICE_VOCABULARY - frozenset("Family Families National State Regional District Local General Home Day Night Air "
                                              "Flying Royal Doctor Doctors Fire Police Rescue Student Students".split())
               | frozenset("Pain Management Nursing Residential Supported Sheltered Retirement".split()))
# A letterhead: the note's first line opens with a practice's or service's name, ended by its kind of care and
# followed by its address or place ("Seafront Dental Care, 41 Hamilton Road", "Capital Region Radiology, Level 1",
# "Prairie Mountain Health - Home Care"); a name of care words only ("Emergency Medicine, Ward 3") is a department.
_LETTERHEAD = re.compile(r"\A[ \t]*(?P<n>(?:[A-Z][\w'’-]*[ \t]+(?:&[ \t]+)?){1,4}(?:Care|Health|Healthcare|Radiology|Imaging|"
                         r"Medicine|Medical|Clinic|Centre|Center|Practice|Surgery|Dental|Dentistry|Vision|Optometry|Pathology|"
                         r"Pharmacy|Physiotherapy|Podiatry|Audiology|Hospital|Hospice|Laboratories|Laboratory|Diagnostics))"
                         # then its street number or floor, its place (closed by a dash, the line's end, a postcode or a comma)
                         r"(?=[ \t]*(?:,[ \t]*(?:\d|Level|Unit|Suite|Floor|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*"
                         r"(?:[-–—]|\n|$|[A-Z]{1,2}\d|\d{3,}|,))|[-–—][ \t]))")
# A letterhead in capitals: the first line's name before a dash, a bar or a comma, ended by its kind of care or insurer
# ("SOUTHERN CROSS DIVE MEDICINE - Level 2", "MANX CARE - Stroke Rehabilitation Unit", "TORRES AND CAPE HHS - ...",
# "PELICAN STATE MUTUAL LIFE - PARAMEDICAL EXAMINATION") or opened by a facility's word ("HOSPITAL LUIS CARLOS
# LAGOMAGGIORE - Unidad de ACV"); with a word that is no word of care ("EMERGENCY DEPARTMENT - TRIAGE" names none)
# (a level's number and the acronym in brackets may stand among its words: "CHAWAMA LEVEL 1 HOSPITAL", "SONAM NORBOO
# MEMORIAL (SNM) HOSPITAL"; the acronym may close it: "NATIONAL CENTER FOR ... DISEASES (NCTLD)")
_CAPS_LETTERHEAD = re.compile(r"\A[ \t]*(?P<n>[A-ZÀ-Þ][A-ZÀ-Þ'’&.-]+(?:[ \t]+(?:&|[A-ZÀ-Þ][A-ZÀ-Þ'’&.-]*|\d{1,2}|\([A-Z]{2,6}\))){1,7})"
                              r"[ \t]*(?=[-–—|,][ \t]|\n|[ \t]*\([A-Z]{2,6}\)[ \t]*\n)")
_CAPS_CARE_END = frozenset("""CARE HEALTH HEALTHCARE MEDICINE MEDICAL CLINIC CLINICS CENTRE CENTER HOSPITAL HOSPITALS HOSPICE PRACTICE
SURGERY RADIOLOGY IMAGING PATHOLOGY PHARMACY HHS LHD DHB LIFE INSURANCE MUTUAL ASSURANCE LABORATORIES LABORATORY DIAGNOSTICS
DENTAL PHYSIOTHERAPY INFIRMARY REHAB REHABILITATION THERAPY EVALUATIONS DENT INSTITUTE FOUNDATION""".split())
_CAPS_FACILITY_FIRST = frozenset("HOSPITAL HÔPITAL HOPITAL CLÍNICA CLINICA CLINIQUE OSPEDALE KRANKENHAUS SANATORIO POLICLINICO "
                                 "FUNDAÇÃO FUNDACIÓN FUNDACION".split())
# an institute, a foundation or a centre "for"/"of" something is one place whatever its words ("NATIONAL KIDNEY AND
# TRANSPLANT INSTITUTE", "NATIONAL CENTER FOR TUBERCULOSIS AND LUNG DISEASES"); no document's title ends so
_CAPS_INSTITUTION = frozenset("INSTITUTE FOUNDATION".split())
_CAPS_JOINS = frozenset("AND & OF THE DE DEL LA LE DES DU DI".split())


def _caps_letterhead(text: str) -> list[Found]:
    m = _CAPS_LETTERHEAD.match(text)
    if m is None:
        return []
    words = [w for w in m.group("n").split() if not w.isdigit() and not w.startswith("(")]
    named = [w.title() for w in words if w not in _CAPS_JOINS and w not in _CAPS_CARE_END and w not in _CAPS_FACILITY_FIRST]
    institution = words[-1] in _CAPS_INSTITUTION or any(
        w in ("CENTER", "CENTRE", "INSTITUTE") and nxt in ("FOR", "OF") for w, nxt in zip(words, words[1:]))
    if not institution and (not (words[-1] in _CAPS_CARE_END or words[0] in _CAPS_FACILITY_FIRST and len(words) > 1)
                            or not _names_its_own(named)):
        return []
    return [(*m.span("n"), "HOSPITAL", "letterhead_capitals", 5)]


def _names_its_own(words: list[str]) -> bool:
    """Whether a letterhead's words hold one that is no word of care, of a ward's kind, of a place's kind or of a nation
    ("Seafront Dental Care" names a practice, "Emergency Medicine" a department)."""
    return any(w not in SERVICE_VOCABULARY and w.lower() not in _WARD_KINDS and not _not_a_place(w) and not _DEMONYM.search(w)
               for w in words)


_NAMED_ROOM = re.compile(rf"(?<![\w'’-])(?P<n>{_W})[ \t]+(?:suite|ward|wing|lounge|room|unit)\b(?![ \t]*\d)")
_SAINTS_PLACE = re.compile(rf"\b(?P<n>St\.?[ \t]+{_W}['’]s[ \t]+(?:Church|Chapel|Mission|Cathedral|Parish|Primary|School|Academy|College))\b")
_DEMONYM = re.compile(r"(?:ish|ian|ese)$|^(?:The|A|An|Royal|Welsh|Thai|Swiss|Dutch|Greek)$")  # "Scottish Ambulance Service": a nation's
_COUNCIL = KeywordFirst(rf"(?<![\w'’-])(?P<n>{_W}(?:[ \t]+{_W})?)[ \t]+",
                        r"(?:Council|Borough|CCG|ICB|CSC|HSCP|PCT|LHB|LA|CAMHS|CMHT|Social[ \t]+Services|Children['’]s[ \t]+Services)\b")
# German administrative units and offices before their place's name ("Landkreis Görlitz", "Gesundheitsamt
# Rems-Murr-Kreis", "Forstbezirk Schwäbisch-Fränkischer Wald"), and a district named "-Kreis"
_GERMAN_UNIT = re.compile(rf"\b(?:Land|Stadt)?(?:kreis|Kreis)(?:es)?[ \t]+(?P<n>{_W}(?:[ \t]+{_W})?)|"
                          rf"\b(?:Forst|Stadt|Regierungs)?(?:bezirk|Bezirk)[ \t]+(?P<n2>{_W}(?:[ \t]+{_W}){{0,2}})|"
                          rf"\b(?:Gesundheitsamt|Landratsamt|Gemeinde|Stadtverwaltung|Ortsteil)[ \t]+(?P<n3>{_W}(?:[ \t]+{_W})?)|"
                          r"(?<![\w'’-])(?P<n4>[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*-Kreis)\b")
_GERMAN_UNIT_LITERALS = ("reis", "ezirk", "Gesundheitsamt", "Landratsamt", "Gemeinde", "Stadtverwaltung", "Ortsteil")
# "ABUTH Shika", "LUTH Idi-Araba": the town after a hospital's acronym
_TOWN_AFTER_ACRONYM = re.compile(rf"[ \t]+(?P<n>{_W})(?![\w'’-])")
# "Endoscopy Unit, Tameside General", "Furness General": a hospital named by its place and "General"
_GENERAL = KeywordFirst(rf"(?<![\w'’-])(?P<n>(?:(?:St|Mt)\.?[ \t]+)?{_W}(?:[ \t]+{_W})?)[ \t]+",
                        r"General\b(?![ \t]+(?i:hospital|infirmary|practice|practitioners?|surgery|medicine|medical|anaesthe\w*|ward|"
                        r"physician|condition|health|public|manager|election|population|appearance|examination|observations?|knowledge))")
# "École secondaire Louis-Riel", "Lycée Champlain": schools named after a French school word
_FRENCH_SCHOOL = re.compile(rf"\b(?:[ÉE]cole|Coll[èé]ge|Polyvalente|Lyc[ée]e|C[ée]gep)(?:[ \t]+(?:secondaire|primaire|élémentaire|"
                            rf"publique|privée|internationale))?[ \t]+(?:(?:de|du|des|la|le)[ \t]+|l['’])?(?P<n>{_W}(?:[ \t]+{_W}){{0,2}})")
# "finals at ATU", "Works cargo at MSP": an acronym where a person works or studies
_AT_ACRONYM = re.compile(r" at[ \t]+(?:the[ \t]+)?(?P<n>[A-Z]{2,5}[a-z]{0,3})(?![\w&/-])")  # "ATU", "UCLan"
_WORK_WORD = re.compile(r"\b(?i:works?|working|worked|job|studies|studying|student|finals|exams?|lecturer|teaches|teaching|employed|"
                        r"shifts?|cargo|baggage|placement)\b[^.\n]*$")
_NOT_WORKPLACE = frozenset("GP NHS ED ER ICU ITU UK US USA EU UN IT HR CEO AM PM GCSE GCSEs".split())


# A clinic or MDT list's patient line that closes on the patient's town: "Mr X Y, 67, DOB 15/06/1958, H&C 320 417
# 8595. Holywood." (a short sentence after a record number, ending the line)
_LINE_TOWN = re.compile(rf"(?:\b(?:DOB|MRN|NHS|NHI|CHI|URN|H&C|HCN|MCP|PHN)\b[^\n]{{0,60}}?\d)[.,;][ \t]+(?P<n>{_W}(?:[ \t-]+{_W}){{0,2}})"
                        r"[.!]?[ \t]*$", re.M)


# A Scottish or Welsh health board by its region ("NHS Highland - Raigmore Hospital", "NHS Tayside"); not the
# nations' services, the helpline or the numbers ("NHS England", "NHS 24", "NHS number")
_NHS_BOARD = re.compile(rf"\bNHS[ \t]+(?P<n>(?!(?:England|Scotland|Wales|Direct|Digital|App|Choices|Login|Inform|Number|Trust|"
                        rf"Foundation|Board|Health|Pharmacy|Dental|Jobs|Net|Mail)\b){_W}(?:[ \t]+and[ \t]+{_W})?)"
                        r"(?![ \t]+(?i:number|no\.?|trust|foundation)\b)")


# a name no vocabulary holds before a place's kind in small letters ("evacuate to Ilulissat regional hospital", "entered
# Begur forest range", "Imaki village")
_LOWER_KIND = KeywordFirst(r"(?<![\w'’-])(?P<n>[A-Z][a-z][a-z'’-]+)[ \t]+(?:(?:regional|district|general|base|rural|"
                           r"referral|mission|community|provincial|county|municipal|cottage|government)[ \t]+)?",
                           r"(?<![\w-])(?:hospital|village|town|forest|airstrip|airport|hostel|mine|settlement|camp|"
                           r"harbour|valley|homestead|township|kraal|mission|locality|suburb|neighbourhood|neighborhood)(?![\w-])")


def _more_slot_places(text: str, protected: Callable[[int, int], bool]) -> list[Found]:
    """Places found after "Lives", before an Indian layout's stage, pubs, firms, "X General", French schools and
    acronyms where a person works or studies."""
    out: list[Found] = []
    for m in _NHS_BOARD.finditer(text) if "NHS " in text else ():
        if _rare(m.group("n").split()) and not protected(*m.span("n")):
            out.append((m.start(), m.end("n"), "HOSPITAL", "nhs_board", 5))
    for m in _LINE_TOWN.finditer(text) if "\n" in text else ():
        if _rare(m.group("n").split()) and not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "place_line_end", 12))
    for m in _LIVES.finditer(text) if "ives " in text else ():
        if (_rare(m.group("n").split()) or m.group("pc") and not any(_not_a_place(w) for w in m.group("n").split())) \
                and not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "place_lives", 12))
    for rule, kind, prio, pattern, literal in (("place_layout", "LOCATION", 12, _LAYOUT, ("Stage", "Phase", "Block", "Sector", "Layout")),
                                               ("firm", "LOCATION", 12, _FIRM, ()), ("hospital_general", "HOSPITAL", 5, _GENERAL, ("General",)),
                                               ("place_council", "LOCATION", 12, _COUNCIL, ()),
                                               ("place_indian_unit", "LOCATION", 12, _INDIAN_UNIT, _INDIAN_UNIT_WORDS),
                                               ("place_ghat_campus", "LOCATION", 12, _GHAT_CAMPUS, ("ghat", "Ghat", "campus")),
                                               ("club_played_for", "LOCATION", 12, _PLAYS_FOR, ("plays for", "playing for", "played for", "play for")),
                                               ("team_area", "LOCATION", 12, _TEAM_AREA, ("Team ",)),
                                               ("school_french", "LOCATION", 12, _FRENCH_SCHOOL, ("École", "Ecole", "Collège", "Collége", "Polyvalente", "Lycée",
                                                                                      "Lycee", "Cégep", "Cegep"))):
        for m in pattern.finditer(text) if not literal or any(map(text.__contains__, literal)) else ():
            if _rare(m.group("n").split()) and not protected(*m.span("n")):
                out.append((*m.span("n"), kind, rule, prio))
    for m in _LOWER_KIND.finditer(text):
        word = m.group("n")
        if not known(word.lower()) and _rare([word]) and not P.DRUG_SUFFIX.search(word) and not protected(*m.span("n")):
            out.append((*m.span("n"), "HOSPITAL" if m.group("key") == "hospital" else "LOCATION",
                        "place_lower_kind", 12))
    out += [f for f in _caps_letterhead(text) if not protected(f[0], f[1])]
    m = _LETTERHEAD.match(text)
    if m and _names_its_own(m.group("n").replace("&", " ").split()[:-1]) and not protected(*m.span("n")):
        out.append((*m.span("n"), "HOSPITAL", "letterhead", 5))
    for m in _TRADE_SLOT.finditer(text):
        words = m.group("n").split()
        if not any(w in _CARE_WORDS or P.DRUG_SUFFIX.search(w) for w in words[:-1]) and not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "firm_trade", 12))
    for m in _NAMED_ROOM.finditer(text) if any(w in text for w in (" suite", " ward", " wing", " lounge", " room", " unit")) else ():
        word = m.group("n")
        if word[:1].isupper() and _rare([word]) and word not in SERVICE_VOCABULARY and word.lower() not in _WARD_KINDS \
                and not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "place_named_room", 12))
    for m in _SAINTS_PLACE.finditer(text) if "St" in text else ():
        if not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "place_saints", 12))
    for m in _GERMAN_UNIT.finditer(text) if any(map(text.__contains__, _GERMAN_UNIT_LITERALS)) else ():
        group = next(g for g in ("n", "n2", "n3", "n4") if m.group(g))
        if not protected(*m.span(group)) and not _not_a_place(m.group(group).split()[0]):
            out.append((*m.span(group), "LOCATION", "place_german_unit", 12))
    for m in _LEGAL_FORM.finditer(text):
        words = m.group("n").replace("&", " ").split()
        # from the first word that can name something (not "for", "The", a month), as far as the legal form
        while words and _not_a_place(words[0]) and words[0] not in SERVICE_VOCABULARY:
            words = words[1:]
        if words and not protected(*m.span("n")):
            out.append((m.end("n") - len(" ".join(words)) if " & " not in m.group("n") else m.start("n"), m.end("n"),
                        "LOCATION", "firm_legal_form", 12))
    for m in _SERVICES.finditer(text) if "Service" in text else ():
        words = m.group("n").split()
        # (a department heading its organisation's line, named by what it does, names no firm: "NHS Dumfries and
        # Galloway - Wheelchair and Seating Service", "THE MIRIAM HOSPITAL - Geriatric Medicine Consult Service"; a
        # service named by a region is one, "IWK Health - Maritime Medical Genetics Service")
        heading = _HEADING_DASH.search(text, max(0, m.start("n") - 40), m.start("n"))
        if heading and all(w in SERVICE_VOCABULARY or w in _DEPARTMENT_WORDS
                           for w in re.findall(r"[A-Za-z]+", heading.group("w") + m.group("n")) if w not in ("and", "of")):
            continue
        if any(w not in SERVICE_VOCABULARY and not _not_a_place(w) and not _DEMONYM.search(w) for w in words) \
                and not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "firm_services", 12))
    for m in _AMPERSAND_NAME.finditer(text) if "&" in text else ():
        words = [w for w in re.split(r"[ \t]*&[ \t]*", m.group("n"))]
        if not any(w in _NOT_PUB or _not_a_place(w) for w in words) and not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "place_ampersand", 12))
    for m in _AT_ACRONYM.finditer(text):
        word = m.group("n")
        if _WORK_WORD.search(text, max(0, m.start() - 25), m.start()) and word not in _CLINICAL_H and word not in _UNITS and word not in _NOT_WORKPLACE and not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "workplace_acronym", 12))
    return out


def slot_places(text: str, protected: Callable[[int, int], bool]) -> list[Found]:
    """Places after "in"/"nr", before House/Estate/Coast/Island/Park, after a French facility word."""
    out: list[Found] = []
    for m in _IN_SLOT.finditer(text):
        words = m.group("n").split()
        maori = words[0] in ("Te", "Ngā", "Nga") and len(words) > 1  # "in Te Puke", "in Te Awamutu"
        # "in Bald Hills", "in Council Bluffs": everyday words ending in a place word ("in Resus Bay" is a part of the hospital)
        kind_word = len(words) > 1 and words[-1] in _PLACE_KIND and not any(_not_a_place(w) for w in words)
        if (maori or kind_word or _rare(words[:1])) and not protected(*m.span("n")) and not _SPECIES_AFTER.match(text, m.start("n") + len(words[0])):
            out.append((*m.span("n"), "LOCATION", "place_in", 12))
            onward = _AND_PLACE.match(text, m.end("n"))  # "in Ōpōtiki and Kai'iwi"
            if onward and _rare(onward.group("n").split()) and not protected(*onward.span("n")):
                out.append((*onward.span("n"), "LOCATION", "place_in", 12))
    for m in _HEADING_PLACE.finditer(text):
        if _rare(m.group("n").split()) and not protected(*m.span("n")):
            out.append((*m.span("n"), "LOCATION", "place_heading", 12))
    for m in _PLACE_WORD.finditer(text) if any(map(text.__contains__, _PLACE_WORDS)) else ():
        if _rare(m.group("n").split()) and not protected(m.start("n"), m.end("key")):
            out.append((m.start("n"), m.end("key"), "LOCATION", "place_word", 12))
    for m in _ROUTE_PLACE.finditer(text) if any(map(text.__contains__, ("rossroads", "oundabout", "Highway"))) else ():
        group, key = ("n", "key") if m.group("n") is not None else ("h", "hkey")
        words = m.group(group).split()
        if _rare(words) and not any(_ADJECTIVE_ENDING.search(w) for w in words) and not protected(m.start(group), m.end(key)):
            out.append((m.start(group), m.end(key), "LOCATION", "place_word", 12))
    for m in _LANDFORM_END.finditer(text) if any(map(text.__contains__, _LANDFORM_WORDS)) else ():
        words = list(re.finditer(r"\S+", m.group("n")))
        while len(words) > 1 and _not_a_place(words[0].group()):  # "To Scatter Creek", "The Hope Creek"
            words.pop(0)
        start = m.start("n") + words[0].start()
        if not any(_not_a_place(w.group()) for w in words) and not protected(start, m.end("key")):
            out.append((start, m.end("key"), "LOCATION", "landform", 12))
    for m in _LANDFORM_FIRST.finditer(text) if any(map(text.__contains__, ("Lake", "Loch", "Lough", "Mount", "Mt", "Lago", "Isla", "Ilha"))) else ():
        if _rare(m.group("n").split()) and not protected(m.start(), m.end("n")):
            out.append((m.start(), m.end("n"), "LOCATION", "landform", 12))
    for m in _DISTRICT.finditer(text) if any(map(text.__contains__, ("District", "Parish", "Township", "Municipal"))) else ():
        words = list(re.finditer(r"\S+", m.group("n")))
        while len(words) > 1 and (N.is_common_word(words[0].group()) or _not_a_place(words[0].group())):  # "Ghana Health Service - X District"
            words.pop(0)
        start = m.start("n") + words[0].start()  # where the first kept word stands, whatever the spaces between
        if _rare([w.group() for w in words]) and not protected(start, m.end("key")):
            out.append((start, m.end("key"), "LOCATION", "district", 12))
    for pattern, cues in ((_FACILITY_FIRST, _FACILITY_FIRST_WORDS), (_FACILITY_COMPOUND, _FACILITY_COMPOUND_STEMS)):
        for m in pattern.finditer(text) if any(map(text.__contains__, cues)) else ():
            if not protected(*m.span("n")):
                out.append((*m.span("n"), "HOSPITAL", "facility_first", 5))
    for m in _UNIVERSITY.finditer(text) if "University" in text else ():
        if not protected(m.start(), m.end("n")):
            out.append((m.start(), m.end("n"), "HOSPITAL", "university", 5))
    return (out + hospital_acronyms(text, protected) + sent_places(text, protected) + _more_slot_places(text, protected)
            + defined_acronyms(text))


def places_after(text: str, ends: Iterable[int], protected: Callable[[int, int], bool]) -> list[Found]:
    """A place closing the clause after a person, facility or place and a comma, or in brackets after one."""
    out: list[Found] = []
    for end in sorted(set(ends)):
        for rule, pattern in (("place_after_comma", _COMMA_PLACE), ("place_in_brackets", _BRACKET_PLACE)):
            m = pattern.match(text, end)
            if not m or protected(*m.span("n")):
                continue
            words = m.group("n").split()
            # after a bracket or before a state's code, a name of everyday words ending in a place word is a place
            strong = rule == "place_in_brackets" or m.groupdict().get("state")
            # and a single word before a state's or province's code is a town ("..., Golden BC")
            if _rare(words) or strong and words[-1] in _PLACE_KIND and not any(_not_a_place(w) for w in words[:-1]) or (
                    m.groupdict().get("state") and len(words) == 1 and not _not_a_place(words[0])):
                out.append((*m.span("n"), "LOCATION", rule, 12))
    return out


# "Jos University Teaching Hospital (JUTH)": the acronym a facility's name defines in brackets after it
# (a Greek hospital's acronym opens with its kind, Π, Γ or Ν: "ΠΓΝΑ", "ΓΝΧ"; "(ΜΕΘ)", "(ΤΕΠ)" are its units)
_ACRONYM_IN_BRACKETS = re.compile(r"\((?P<n>[A-Z]{2,6}|[ΠΓΝ][Α-Ω]{2,5})\)")
# (and a Greek hospital's last word, in the genitive of its town: "Πανεπιστημιακό Γενικό Νοσοκομείο Αλεξανδρούπολης (ΠΓΝΑ)")
_FACILITY_BEFORE = re.compile(r"(?:Hospital|Infirmary|Cent(?:re|er)|Clinic|Institute|College|Trust|Health|"
                              r"Νοσοκομείο[ \t]+[Α-ΩΆΈ-Ώ][α-ωά-ώ]+|Νοσοκομείου[ \t]+[Α-ΩΆΈ-Ώ][α-ωά-ώ]+)[ \t]*$")


def defined_acronyms(text: str) -> list[Found]:
    """The acronym in brackets right after a facility's name, and wherever else the text uses it."""
    defined = {m.group("n") for m in _ACRONYM_IN_BRACKETS.finditer(text)
               if _FACILITY_BEFORE.search(text, max(0, m.start() - 30), m.start())}
    return [(*m.span(), "HOSPITAL", "facility_acronym", 5) for acronym in defined
            for m in re.finditer(rf"(?<![\w-]){acronym}(?![\w-])", text)]
