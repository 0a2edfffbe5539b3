"""More records for the de-identification corpus: the Safe Harbor kinds the first set lacks, and Greek
and Chinese notes (:func:`more_record`, used by :func:`~consilium.orchestration.privacy.corpora.deid_corpus.build_corpus`).

Kinds: hospitals and other facilities, towns outside an address, relatives named after a bare
relation word ("Wife Sandra"), street names without a number, IP addresses ending a sentence, vehicle
plates, licence numbers, device serials with a letter prefix, social-media handles, key-safe codes,
Australian phone numbers, and every date element of a patient aged 90 or more. Given names that are
also words ("Will", "Mark", "Frank") start clinical sentences that must survive. Slots are filled
from pools with many more values than any rule lists; many towns are not in the gazetteer.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from consilium.orchestration.case.model import Case, Demographics
from consilium.orchestration.privacy.corpora.deid_corpus import EPONYMS, HELD_OUT, OTHER, SEED, Planted, Record, build_corpus

FACILITY_NAMES = ["Ninewells", "Furness", "Airedale", "Hollins Park", "Kingsway", "Riverbank", "St Columba's",
                  "St Bartholomew's", "Queen Elizabeth", "Princess Alexandra", "Whiston", "Harbourside", "Moorfield",
                  "Greenbank", "Mercy", "Good Samaritan", "Sacred Heart", "Beaumont", "Ashgrove", "Larkfield", "Cedars",
                  "Oakwood", "Westmead", "St Vincent's", "Mount Sinai", "Hillcrest", "Lakeside", "Brookfield",
                  "Elmhurst", "Fernhill", "Wythenshawe", "Musgrove Park", "Raigmore", "Craigavon", "Tallaght"]
FACILITY_KINDS = ["Hospital", "General Hospital", "Infirmary", "Medical Center", "Health Centre", "Surgery", "Hospice",
                  "Care Home", "Nursing Home", "Medical Practice", "Clinic", "Community Hospital", "University Hospital"]
TOWNS = ["Dunfermline", "Ilorin", "Much Wenlock", "Tewkesbury", "Oswestry", "Ballymena", "Portadown", "Wagga Wagga",
         "Toowoomba", "Enugu", "Kisumu", "Gweru", "Ipoh", "Da Nang", "Cebu", "Tralee", "Boston", "Leeds", "Galway",
         "Aberdeen", "Kendal", "Skegness", "Bendigo", "Timaru", "Moose Jaw", "Gdansk", "Coimbra", "Sylhet", "Multan",
         "Kumasi", "Eldoret", "Lusaka", "Dayton", "Macon", "Peoria", "Fresno", "Bangor", "Stirling", "Truro", "Ely"]
TOWN_CONTEXTS = ["Her son lives in {t}.", "He moved from {t} last year.", "Recently returned from a trip to {t}.",
                 "Originally from {t}; speaks English well.", "Works in {t} as a bus driver.", "Was on holiday in {t} when symptoms began.",
                 "Family live near {t}.", "Grew up in {t} and moved here in 2010.", "Travelled to {t} two weeks ago.",
                 "Daughter is based in {t}.", "Lives in the village of {t}.", "Visiting relatives in {t}."]
STREETS = ["Harley", "Acacia", "Beech", "Kingfisher", "Marlborough", "Sycamore", "Juniper", "Wellington", "Fairfax",
           "Rosemount", "Thornton", "Gladstone", "Cavendish", "Larch", "Hawthorn", "Belmont"]
STREET_KINDS = ["Street", "Road", "Avenue", "Lane", "Close", "Crescent", "Drive", "Terrace", "Grove"]
STREET_CONTEXTS = ["Lives on {s}.", "Found collapsed outside a shop on {s}.", "Moved to a flat off {s}.",
                   "Was hit by a car crossing {s}."]
RELATION_WORDS = ["Wife", "Husband", "Daughter", "Son", "Sister", "Brother", "Partner", "Carer", "Niece", "Nephew",
                  "Granddaughter", "Neighbour"]
RELATIVE_NAMES = ["Sandra", "Maria", "Tomasz", "Olamide", "Ruairi", "Bethan", "Kofi", "Anjali", "Piotr", "Lowri",
                  "Eilidh", "Chidi", "Marisol", "Dariusz", "Ffion", "Tariq", "Yolanda", "Grainne", "Bronwen", "Obinna"]
RELATIVE_CONTEXTS = ["{r} {n} phoned the ward.", "{r} {n} is the main carer.", "{r}: {n}, contactable daily.",
                     "Collateral from {r} {n}.", "{r} {n} visits twice a week.", "{r} {n} brought her in."]
WORDLIKE = [("Will", "Will need repeat bloods in the morning."), ("Mark", "Mark the site before theatre."),
            ("Frank", "Frank haematuria noted on catheterisation."), ("Grace", "Grace period for the referral has passed."),
            ("Hope", "Hope to discharge tomorrow."), ("Rose", "Rose spots were absent."),
            ("Faith", "Faith in the plan was expressed by the team."), ("Joy", "Joy at the news was obvious.")]
SURNAMES = ["Okoro", "Baptiste", "Lindgren", "Moriarty", "Quinlan", "Abara", "Vasquez", "Halloran", "Trzeciak",
            "Mwangi", "Delacroix", "Pryce", "Kowalczyk", "Ebanks", "Sorensen", "Achebe", "Farquhar", "Gallagher"]
STAFF = ["Aoife Kearney", "Tunde Bakare", "Ewa Zielinska", "Rhys Morgan", "Leila Haddadi", "Conor Breslin",
         "Nadia Rahimi", "Ioana Popescu", "Dafydd Hughes", "Siew Ling Tan"]


class _Notes:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.planted: list[Planted] = []
        self.protected: list[str] = []

    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.rng.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def plant(self, kind: str, value: str, tokens: list[str] | None = None) -> str:
        self.planted.append(Planted(kind, value, tokens or [value]))
        return value


def _english(n: _Notes, i: int) -> tuple[str, Case]:
    r, pick = n.rng, n.pick
    wordlike = r.random() < 0.35
    first, sentence = pick(WORDLIKE) if wordlike else (pick(RELATIVE_NAMES), "")
    last = pick(SURNAMES)
    n.plant("NAME", f"{first} {last}", [last] + ([] if wordlike else [first]))
    age = r.choice([r.randrange(40, 89), r.randrange(90, 104)])
    seen = date(2019, 1, 1) + timedelta(days=r.randrange(2400))
    dob = seen - timedelta(days=365 * age + r.randrange(200))
    dob_text = pick([f"{dob:%d/%m/%Y}", f"{dob.day} {dob:%B} {dob.year}", f"{dob:%Y-%m-%d}"])
    if age >= 90:
        n.plant("DOB90", dob_text, [dob_text, str(dob.year)])
    lines = [f"Name: {first} {last}   DOB: {dob_text}   Seen: {seen:%d/%m/%Y}"]
    facility = f"{pick(FACILITY_NAMES)} {pick(FACILITY_KINDS)}"
    n.plant("HOSPITAL", facility, [w for w in facility.split() if len(w) > 2 and w not in ("St", "Mount")
                                   and w not in FACILITY_KINDS and w not in ("General", "Medical", "Center", "Centre",
                                                                             "Care", "Home", "Nursing", "Health", "University",
                                                                             "Community", "Practice")])
    lines.append(pick([f"Transferred from {facility} on day 3.", f"Previously under the team at {facility}.",
                       f"Discharge summary from {facility} reviewed.", f"GP: Dr {pick(STAFF)}, {facility}.",
                       f"Resident at {facility} for two years.", f"Admitted to {facility} in 2021 with pneumonia."]))
    if "Dr " in lines[-1]:
        n.plant("NAME", lines[-1].split("Dr ")[1].split(",")[0], lines[-1].split("Dr ")[1].split(",")[0].split())
    town = pick(TOWNS)
    n.plant("LOCATION", town)
    lines.append(pick(TOWN_CONTEXTS).format(t=town))
    rel, rname = pick(RELATION_WORDS), pick([x for x in RELATIVE_NAMES if x != first])
    n.plant("NAME", rname)
    lines.append(pick(RELATIVE_CONTEXTS).format(r=rel, n=rname))
    if r.random() < 0.6:
        street = f"{pick(STREETS)} {pick(STREET_KINDS)}"
        n.plant("ADDRESS", street, [street])
        lines.append(pick(STREET_CONTEXTS).format(s=street))
    ident = pick([
        lambda: f"Home monitoring uploads to 10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
        lambda: f"Car registration {n.plant('PLATE', n.letters(2) + n.digits(2) + ' ' + n.letters(3))} noted by police",
        lambda: f"Vehicle plate {n.plant('PLATE', n.digits(1) + n.letters(3) + n.digits(3))} recorded by the ambulance crew",
        lambda: f"Driver's licence {n.plant('LICENCE', n.letters(5) + n.digits(6) + n.letters(2) + n.digits(1))} seen",
        lambda: f"Licence number {n.plant('LICENCE', n.letters(1) + n.digits(7))} checked",
        lambda: f"Pacemaker serial {n.plant('SERIAL', n.letters(3) + n.digits(6) + n.letters(1))} interrogated",
        lambda: f"Insulin pump S/N {n.plant('SERIAL', n.letters(2) + '-' + n.digits(5))} replaced",
        lambda: f"Her Instagram handle is {n.plant('HANDLE', '@' + first.lower() + '_' + n.digits(2))}",
        lambda: f"Posts as {n.plant('HANDLE', '@' + last.lower() + n.digits(3))} on Twitter",
        lambda: f"Key safe code {n.plant('CODE', n.digits(4))} for the carers",
        lambda: f"Door code {n.plant('CODE', n.digits(4) + '#')} at the flat",
        lambda: f"Mobile {n.plant('PHONE', '04' + n.digits(2) + ' ' + n.digits(3) + ' ' + n.digits(3))} (Australia)",
        lambda: f"Sister in Sydney on {n.plant('PHONE', '(0' + str(r.randrange(2, 9)) + ') ' + n.digits(4) + ' ' + n.digits(4))}",
    ])()
    if ident.startswith("Home monitoring"):
        n.plant("IP", ident.split()[-1])
    lines.append(ident + ".")
    clinical = r.sample(EPONYMS, 2) + r.sample(OTHER, 1) + r.sample(HELD_OUT, 1)
    n.protected += clinical
    lines.append(f"Background: {clinical[0]}; {clinical[1]}. {clinical[2]}. {clinical[3][0].upper() + clinical[3][1:]} considered.")
    if sentence:
        n.protected.append(sentence)
        lines.append(sentence)
    age_text = f"{age}-year-old" if age < 90 else pick([f"{age}-year-old", f"aged {age}"])
    lines.append(f"{first} is a {age_text} with {pick(['falls', 'delirium', 'a chest infection', 'heart failure'])}.")
    text = "\n".join(lines)
    case = Case(id=f"deid-{i:04d}", demographics=Demographics(age_years=age), presenting_complaint=lines[-1],
                history="\n".join(lines[:-1]))
    return text, case


GR_FIRST = ["Γιώργος", "Μαρία", "Ελένη", "Νίκος", "Κατερίνα", "Δημήτρης", "Σοφία", "Παναγιώτης", "Αναστασία", "Χρήστος",
            "Ιωάννα", "Σταύρος", "Δέσποινα", "Αλέξανδρος", "Ειρήνη"]
GR_LAST = ["Παπαδόπουλος", "Κωνσταντινίδης", "Γεωργίου", "Νικολάου", "Παπαδάκη", "Βασιλείου", "Οικονόμου", "Μακρή",
           "Αντωνίου", "Καραγιάννη", "Δημητρίου", "Σταματοπούλου", "Ζαχαρίου", "Λαμπράκη"]
GR_STREETS = ["Ερμού", "Πατησίων", "Σταδίου", "Αγίου Δημητρίου", "Εγνατίας", "Τσιμισκή", "Κηφισίας", "Μεσογείων"]
GR_TOWNS = ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Λάρισα", "Ηράκλειο", "Βόλος", "Ιωάννινα", "Καλαμάτα"]
GR_CLINICAL = ["Σακχαρώδης διαβήτης τύπου 2", "Αρτηριακή υπέρταση", "Κολπική μαρμαρυγή", "Χρόνια νεφρική νόσος",
               "Καρδιακή ανεπάρκεια", "Πνευμονία", "μετφορμίνη 850 mg", "ατορβαστατίνη 20 mg", "Hb 10.2 g/dL",
               "CRP 85 mg/L", "νόσος του Πάρκινσον", "σύνδρομο Guillain-Barré"]
ZH_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "欧阳", "林", "郭"]
ZH_GIVEN = ["小明", "丽华", "建国", "秀英", "志强", "静", "伟", "芳", "海燕", "国华", "美玲", "晓东"]
ZH_CITIES = ["北京市", "上海市", "广州市", "成都市", "武汉市", "杭州市", "西安市", "南京市"]
ZH_DISTRICTS = ["朝阳区", "浦东新区", "天河区", "武侯区", "江汉区", "西湖区", "雁塔区", "鼓楼区"]
ZH_ROADS = ["建国路", "人民路", "中山路", "解放大道", "长安街", "和平路", "文化路"]
ZH_HOSPITALS = ["协和医院", "人民医院", "第一人民医院", "中医医院", "儿童医院", "华西医院", "同济医院"]
ZH_CLINICAL = ["高血压病史10年", "2型糖尿病", "白细胞 12.5×10^9/L", "黄疸", "心房颤动", "慢性肾脏病", "二甲双胍 0.5 g",
               "阿托伐他汀 20 mg", "血红蛋白 98 g/L", "帕金森病", "慢性阻塞性肺疾病", "左下肢水肿"]


def _greek(n: _Notes, i: int) -> tuple[str, Case]:
    pick = n.pick
    first, last, rel_first = pick(GR_FIRST), pick(GR_LAST), pick(GR_FIRST)
    n.plant("NAME", f"{first} {last}", [first, last])
    n.plant("NAME", rel_first)
    street = f"{pick(GR_STREETS)} {n.rng.randrange(1, 200)}"
    town = pick(GR_TOWNS)
    postcode = f"{n.digits(3)} {n.digits(2)}"
    n.plant("ADDRESS", f"οδός {street}, {postcode} {town}", [street, postcode])
    phone = n.pick([f"210 {n.digits(7)}", f"69{n.digits(2)} {n.digits(3)} {n.digits(3)}", f"+30 2310 {n.digits(6)}"])
    n.plant("PHONE", phone, [phone] + [g for g in phone.split() if len(g) >= 4])
    doctor = f"{pick(GR_FIRST)} {pick(GR_LAST)}"
    n.plant("NAME", doctor, doctor.split())
    clinical = n.rng.sample(GR_CLINICAL, 3)
    n.protected += clinical
    lines = [pick([f"Ασθενής: {first} {last}", f"Ονοματεπώνυμο: {last} {first}", f"Η κα {first} {last} προσήλθε στα ΤΕΠ."]),
             f"Διεύθυνση: οδός {street}, {postcode} {town}. Τηλ. {phone}.",
             pick([f"Η κόρη της {rel_first} τη συνοδεύει.", f"Σύζυγος: {rel_first}.", f"Συνοδός: {rel_first}, αδελφή."]),
             f"Ιστορικό: {clinical[0]}, {clinical[1]}. Εξετάσεις: {clinical[2]}.",
             pick([f"Θεράπων ιατρός: Δρ. {doctor}", f"Υπογραφή: {doctor}", f"Εξετάστηκε από τον Δρ. {doctor}."])]
    text = "\n".join(lines)
    return text, Case(id=f"deid-{i:04d}", history=text)


def _chinese(n: _Notes, i: int) -> tuple[str, Case]:
    pick = n.pick
    name = pick(ZH_SURNAMES) + pick(ZH_GIVEN)
    rel = pick(ZH_SURNAMES) + pick(ZH_GIVEN)
    doctor = pick(ZH_SURNAMES) + pick(ZH_GIVEN)
    for v in (name, rel, doctor):
        n.plant("NAME", v)
    city, district, road = pick(ZH_CITIES), pick(ZH_DISTRICTS), pick(ZH_ROADS)
    address = f"{city}{district}{road}{n.rng.randrange(1, 300)}号"
    n.plant("ADDRESS", address, [address, f"{road}{address.split(road)[1]}"])
    phone = pick([f"1{n.rng.choice('3589')}{n.digits(9)}", f"1{n.rng.choice('3589')}{n.digits(1)}-{n.digits(4)}-{n.digits(4)}",
                  f"010-{n.digits(8)}"])
    n.plant("PHONE", phone)
    hospital = pick(ZH_CITIES).rstrip("市") + pick(ZH_HOSPITALS)
    n.plant("HOSPITAL", hospital)
    clinical = n.rng.sample(ZH_CLINICAL, 3)
    n.protected += clinical
    age = n.rng.randrange(30, 89)
    lines = [pick([f"患者{name}，{pick(['男', '女'])}，{age}岁。", f"姓名：{name}  性别：{pick(['男', '女'])}  年龄：{age}岁",
                   f"{name}，女，{age}岁，因胸痛入院。"]),
             f"住址：{address}。联系电话：{phone}。",
             pick([f"妻子{rel}陪同就诊。", f"家属：{rel}（女儿）。", f"由儿子{rel}送来。"]),
             f"既往史：{clinical[0]}，{clinical[1]}。化验：{clinical[2]}。",
             f"曾在{hospital}住院治疗。",
             pick([f"主治医师：{doctor}", f"{doctor}医生查房。", f"记录者：{doctor}"])]
    text = "\n".join(lines)
    return text, Case(id=f"deid-{i:04d}", history=text)


def more_record(rng: random.Random, i: int) -> Record:
    """Record ``i`` of the later part of the corpus: English (two in three), Greek or Chinese."""
    notes = _Notes(rng)
    script = ("en", "en", "el", "en", "en", "zh")[i % 6]
    text, case = {"en": _english, "el": _greek, "zh": _chinese}[script](notes, i)
    return Record(f"deid-{i:04d}", text, case, notes.planted, notes.protected, [], day_first=True)


def build_full_corpus(n: int = 540, seed: int | None = None) -> list[Record]:
    """The whole corpus: the first 240 records of :func:`build_corpus`, then records of :func:`more_record`."""
    from_seed = SEED if seed is None else seed
    first = build_corpus(min(n, 240), from_seed)
    rng = random.Random(from_seed + 1)
    return first + [more_record(rng, i) for i in range(len(first), n)]
