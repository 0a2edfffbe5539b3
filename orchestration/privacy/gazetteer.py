"""Place, facility and non-Latin name lists behind :mod:`consilium.orchestration.privacy.places` and
:mod:`consilium.orchestration.privacy.scripts`.

Data only. Safe Harbor removes every geographic unit smaller than a state (towns, cities, counties,
districts) and the names of facilities that place a patient; countries and states may stay, so they
are listed here to be *kept*. The town lists are general (large and mid-sized places of the
English-speaking countries, Greece and China), not the towns of any one note.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _places(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split(";") if p.strip())


# Towns and cities found without context. Places that are also everyday words or eponyms used in
# clinical text (Bath, Reading, Mobile, Orange, Ottawa rules, Glasgow coma scale) are left to the
# context rules, so the list can be used as it is.
TOWNS = _places("""
Aberdeen; Aberystwyth; Ashford; Aylesbury; Ayr; Bangor; Barnsley; Barnstaple; Basildon; Basingstoke; Bedford;
Belfast; Birkenhead; Birmingham; Blackburn; Blackpool; Bolton; Bournemouth; Bracknell; Bradford; Brighton;
Burnley; Cambridge; Canterbury; Cardiff; Carlisle; Chelmsford; Cheltenham; Chester; Chesterfield; Colchester;
Coventry; Crawley; Croydon; Darlington; Derby; Doncaster; Dorchester; Dudley; Dumfries; Dundee; Dunfermline;
Durham; Eastbourne; Edinburgh; Exeter; Falkirk; Gateshead; Gillingham; Gloucester; Grimsby; Guildford; Halifax;
Harlow; Harrogate; Hartlepool; Hastings; Hereford; Huddersfield; Inverness; Ipswich; Kilmarnock; Kingston upon Hull;
Hull; Lancaster; Leeds; Leicester; Lincoln; Liverpool; Llandudno; London; Londonderry; Derry; Luton; Maidstone;
Manchester; Middlesbrough; Milton Keynes; Motherwell; Newcastle; Newport; Northampton; Norwich; Nottingham;
Oldham; Oxford; Paisley; Perth; Peterborough; Plymouth; Poole; Portsmouth; Preston; Redditch; Rochdale;
Rotherham; Salford; Salisbury; Scunthorpe; Sheffield; Shrewsbury; Slough; Solihull; Southampton; Southend;
Stevenage; Stirling; Stockport; Stockton-on-Tees; Stoke-on-Trent; Sunderland; Swansea; Swindon; Taunton;
Telford; Torquay; Truro; Wakefield; Walsall; Warrington; Watford; Wigan; Winchester; Wolverhampton; Worcester;
Worthing; Wrexham; Yeovil; York; Inverurie; Kirkcaldy; Livingston; Oban; Fort William; Kendal; Penrith;
Dublin; Cork; Limerick; Galway; Waterford; Drogheda; Dundalk; Sligo; Kilkenny; Athlone; Letterkenny; Tralee;
Atlanta; Austin; Baltimore; Birmingham; Boise; Boston; Charlotte; Chicago; Cincinnati; Cleveland;
Columbus; Dallas; Denver; Detroit; El Paso; Fort Worth; Fresno; Hartford; Honolulu; Houston; Indianapolis;
Jacksonville; Kansas City; Las Vegas; Los Angeles; Louisville; Memphis; Miami; Milwaukee; Minneapolis;
Nashville; New Orleans; New York City; Brooklyn; Queens; Manhattan; the Bronx; Oakland; Oklahoma City; Omaha;
Orlando; Philadelphia; Phoenix; Pittsburgh; Portland; Providence; Raleigh; Richmond; Sacramento;
Salt Lake City; San Antonio; San Diego; San Francisco; San Jose; Santa Fe; Savannah; Scottsdale; Seattle;
Spokane; St. Louis; St Louis; Tallahassee; Tampa; Tucson; Tulsa; Wichita; Albuquerque; Anchorage; Ann Arbor;
Amarillo; Bakersfield; Baton Rouge; Burlington; Chattanooga; Des Moines; Durham; Eugene; Fargo;
Gainesville; Greensboro; Knoxville; Lexington; Lubbock; Madison; Montgomery; Newark; Norfolk; Pasadena;
Rochester; Springfield; Syracuse; Toledo; Trenton; Worcester; Yonkers; Cambridge; Fairview; Riverside;
Greenville; Georgetown; Clinton; Salem; Toronto; Montreal; Vancouver; Calgary; Edmonton; Winnipeg; Halifax;
Hamilton; Ottawa; Quebec City; Saskatoon; Regina; Victoria; Sydney; Melbourne; Brisbane; Adelaide; Perth;
Hobart; Darwin; Canberra; Geelong; Newcastle; Wollongong; Townsville; Cairns; Auckland; Wellington;
Christchurch; Dunedin; Hamilton; Tauranga; Paris; Lyon; Marseille; Berlin; Munich; Hamburg; Cologne; Madrid;
Barcelona; Seville; Valencia; Lisbon; Porto; Rome; Milan; Naples; Turin; Amsterdam; Rotterdam; Brussels;
Antwerp; Vienna; Zurich; Geneva; Prague; Warsaw; Krakow; Budapest; Bucharest; Sofia; Athens; Thessaloniki;
Istanbul; Ankara; Cairo; Lagos; Abuja; Ibadan; Accra; Kumasi; Nairobi; Mombasa; Kampala; Johannesburg;
Cape Town; Durban; Harare; Lusaka; Karachi; Lahore; Islamabad; Rawalpindi; Mumbai; Delhi; New Delhi; Bangalore;
Bengaluru; Chennai; Kolkata; Hyderabad; Ahmedabad; Pune; Jaipur; Lucknow; Dhaka; Sylhet; Chittagong; Colombo;
Kathmandu; Manila; Jakarta; Bangkok; Hanoi; Ho Chi Minh City; Kuala Lumpur; Singapore; Hong Kong; Shanghai;
Beijing; Guangzhou; Shenzhen; Chengdu; Wuhan; Tokyo; Osaka; Kyoto; Seoul; Busan; Tehran; Baghdad; Riyadh;
Jeddah; Dubai; Abu Dhabi; Doha; Kabul; Moscow; Kyiv; Kiev; Lviv; Minsk; Vilnius; Riga; Tallinn; Stockholm;
Oslo; Copenhagen; Helsinki; Reykjavik; Mexico City; Guadalajara; Bogota; Lima; Santiago; Buenos Aires;
Sao Paulo; Rio de Janeiro; Havana; Kingston; Port of Spain;
Essex; Kent; Surrey; Sussex; East Sussex; West Sussex; Devon; Cornwall; Dorset; Somerset; Suffolk; Yorkshire;
North Yorkshire; West Yorkshire; Lancashire; Cumbria; Hampshire; Berkshire; Cheshire; Derbyshire; Lincolnshire;
Nottinghamshire; Leicestershire; Staffordshire; Shropshire; Worcestershire; Warwickshire; Oxfordshire;
Gloucestershire; Wiltshire; Hertfordshire; Bedfordshire; Buckinghamshire; Cambridgeshire; Northamptonshire;
Northumberland; Merseyside; Fife; Lothian; Ayrshire; Lanarkshire; Aberdeenshire; Highlands; Gwynedd; Powys;
County Cork; County Kerry; County Down; County Antrim; Orange County; Cook County; Kings County
""")
# Countries, states, regions of the size of a state, continents: allowed by Safe Harbor, kept.
KEPT_REGIONS = _places("""
England; Scotland; Wales; Northern Ireland; Ireland; Britain; Great Britain; United Kingdom; UK; America;
United States; USA; Canada; Australia; New Zealand; France; Germany; Spain; Portugal; Italy; Greece; Poland;
Romania; Bulgaria; Turkey; Egypt; Nigeria; Ghana; Kenya; Uganda; South Africa; Zimbabwe; Zambia; Pakistan;
India; Bangladesh; Sri Lanka; Nepal; China; Japan; Korea; Vietnam; Thailand; Philippines; Indonesia; Malaysia;
Iran; Iraq; Syria; Afghanistan; Saudi Arabia; Russia; Ukraine; Mexico; Brazil; Argentina; Europe; Africa;
Asia; Oceania; the Caribbean; Jamaica; Somalia; Ethiopia; Eritrea; Sudan; Yemen; Morocco; Algeria; Tunisia;
Libya; Cyprus; Malta; Albania; Lithuania; Latvia; Estonia; Hungary; Austria; Switzerland; Belgium; the
Netherlands; Holland; Sweden; Norway; Denmark; Finland; Iceland; California; Texas; Florida; New York;
Illinois; Ohio; Georgia; Michigan; Oregon; Washington; Kentucky; Maryland; Wisconsin; Queensland;
New South Wales; Ontario; Quebec; Alberta; British Columbia; Alabama; Alaska; Arizona; Arkansas; Colorado;
Connecticut; Delaware; District of Columbia; Hawaii; Idaho; Indiana; Iowa; Kansas; Louisiana; Maine;
Massachusetts; Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey;
New Mexico; North Carolina; North Dakota; Oklahoma; Pennsylvania; Rhode Island; South Carolina; South Dakota;
Tennessee; Utah; Vermont; Virginia; West Virginia; Wyoming
""")  # every US state: Safe Harbor removes places smaller than a state, not states
# Facility endings: a capitalised name before one of these names a hospital, practice or home.
FINNISH_FACILITY = r"keskussairaala|aluesairaala|sairaala|terveyskeskus|terveysasema|hyvinvointialue"
FACILITY = (
    r"Hospitals?|Infirmary|Medical\s+Cent(?:re|er)|Health\s+Cent(?:re|er)|Healthcare\s+Cent(?:re|er)|"
    r"Clinic|Polyclinic|Hospice|Surgery|Medical\s+Practice|Group\s+Practice|Practice|Care\s+Home|"
    r"Nursing\s+Home|Residential\s+Home|Rest\s+Home|Health\s+System|Medical\s+Group|Sanatorium|"
    r"Rehabilitation\s+(?:Centre|Center|Unit|Hospital)|Memorial|Health\s+Board|(?:NHS\s+)?Foundation\s+Trust|"
    r"Children['’]s\s+Hospital|Cancer\s+Cent(?:re|er)|Heart\s+Institute|Eye\s+Hospital|"
    r"HSC|Health\s+Sciences?\s+Cent(?:re|er)|Family\s+Medicine|Family\s+Practice|Family\s+Health(?:\s+(?:Team|Cent(?:re|er)))?|"
    # a pharmacy, a rural nursing centre, an institute, aged care, a trust or a police force after its own name; a
    # practice signed as "X Medical" at a line's end ("Meadows Pharmacy", "Wimmera Bush Nursing Centre")
    r"Pharmacy|Chemist|(?:Bush\s+)?Nursing\s+(?:Cent(?:re|er)|Post|Station)|Institute|Aged\s+Care|Trust|Police|Constabulary|"
    r"Medical(?=[ \t]*(?:\n|\Z))|"
    r"Medical\s+College|Teaching\s+Hospital|Hosp\b\.?(?![ \t]*(?i:no|number|num|#|id)\b)|"
    # day services, dialysis units, district health services, elementary schools and cooperatives after their own name
    # ("Sibsey Day Centre", "Big Sandy Dialysis", "Buffalo Valley Elementary", "Panhandle Cooperative")
    r"Day\s+(?:Cent(?:re|er)|Services|Opportunities|Hospital)|Support\s+Services|Dialysis(?:\s+(?:Cent(?:re|er)|Unit|Clinic))?|"
    r"District\s+Health(?:\s+Service)?|Health\s+Care\s+(?:Cent(?:re|er)|System)|HealthCare|Elementary(?:\s+School)?|"
    r"Cooperative|Co-op|"
    # a fire district, an air medical service after its own name ("Ruby Mountains Fire Protection District", "High Desert
    # Air Medical"; not "Air Ambulance" or "Fire and Rescue", which a verb or a service's kind heads as often)
    r"Fire\s+Protection\s+District|Air\s+Medical(?!\s+(?:team|crew|services?|transport|retrieval)\b)|"
    # a health authority, a hospital group, polyclinics and German clinics after their own name ("Tobago Regional Health
    # Authority", "Parirenyatwa Group of Hospitals", "SingHealth Polyclinics", "Tirol Kliniken")
    r"Health\s+Authority|Group\s+of\s+Hospitals|Polyclinics|Kliniken|"
    # a district's public health service after its place ("Eastern Idaho Public Health", "Simcoe Muskoka Public Health
    # Unit"; places.py refuses one named by a specialty or a direction alone)
    r"Public\s+Health(?:\s+(?:Laboratory|Laboratories|Department|Unit|Service))?|"
    # Scandinavian hospitals and practices, written in lower case after their place ("Hammerfest sykehus", "Kautokeino
    # legekontor", "Lunds vårdcentral"); a fire department after its town ("Protection Fire Department"; not "VFD", which
    # is also ventilator-free days)
    r"(?:universitets)?(?:sykehus|sjukehus|sjukhus|sygehus)|universitetshospital|legekontor|legesenter|helsesenter|vårdcentral|Fire\s+Department|"
    # Finnish hospitals, health centres and wellbeing services counties after their place in the genitive ("Kainuun
    # keskussairaala", "Kainuun hyvinvointialue"; places.py refuses them after an adjective, "Yksityinen sairaala"), a
    # Basque hospital and Icelandic hospitals and health centres after their name ("Tolosaldea Ospitalea")
    rf"{FINNISH_FACILITY}|Ospitalea|ospitalea|sjúkrahús|heilsugæslustöð|heilsugæsla"
)
# Words that alone do not name a facility ("the Fracture Clinic", "General Surgery", "City Hospital").
GENERIC_FACILITY_WORDS = _words("""
The A An Our Your Their His Her This That Local District General Teaching University Community Regional County
City Royal National Private Public Main Central New Old Day Outpatient Outpatients Inpatient Walk-in Walk In
Fracture Diabetes Diabetic Memory Pain Breast Chest Eye Dental Sexual Urgent Rapid Access Anticoagulation Warfarin
Fertility Travel Vascular Cardiac Plastic Minor Major Elective Emergency Maternity Cottage Specialist Tertiary
Heart Lung Kidney Liver Cancer Skin Foot Falls Stroke Renal Hand Spinal Spine Colorectal Upper Lower GI Thyroid
Asthma COPD Epilepsy Headache Lipid Hypertension Obesity Bariatric Weight Sleep Allergy Continence Stoma Wound
Vaccination Immunisation Antenatal Postnatal Child Children's Women's Men's Family Health Medical Mental
Psychiatric Surgical Nurse-led Nurse Led Consultant GP Practice Joint Virtual Telephone Video Same Next Review
Follow-up Clinic Clinics Hospital Surgery Surgeries Specialty Speciality Trust Foundation NHS ENT TB HIV GUM
Sickle Haemophilia Cystic Fibrosis Transplant Dialysis Oncology Chemotherapy Radiotherapy Palliative
Independent Satellite Military Veterans Army Clinical Retail Online Dispensing
First Fit Seizure Syncope Blackout TIA Neurology Rheumatology Respiratory Endocrine Haematology Dermatology Urology
Gynaecology Paediatric Geriatric
Unibertsitate Unibertsitateko Eskualdeko Eskualde Ospitalea Næsta Landsins Lähin Lähimmän Lähimpään Lähimmässä Oman Omaan
""")
# The words of a facility's or a place's kind in the other languages the rules read, as lower-case stems without accents
# ("Νοσοκομείο", "Γενικό", "БОЛЬНИЦА", "Hôpital", "Clínica", "Straße"): a place the case names is looked for elsewhere
# in it by its own words (:func:`consilium.orchestration.privacy.deid.place_words`), never by these, which stand in
# clinical text too ("Κλινική εικόνα", "Τμήμα Επειγόντων"). English words are the vocabulary's.
GENERIC_PLACE_STEMS = tuple("""
νοσοκομ γενικ κεντρ υγει πανεπιστημ κλινικ ιατρ τμημ σχολ δημοτικ εργαστηρ περιφερει γυμνασ λυκει σταθμ μοναδ
νοσηλευτ καρδιολογ μικροβιολογ λοιμωξ ρευματολογ νευρολογ ορθοπαιδ μαιευτ παιδικ παιδιατρ γηροκομ οικος ευγηρ ξενοδοχ
εθνικ αγροτικ συνεταιρ τυροκομ οινοποι ελαιουργ κατασκην αστυνομ τροχαι καταφυγ βοηθει πτερυγ παλαι βιοχημ εμπορ
ναυτιλ σκαφ αλιευτ κτηνοτροφ μελισσ αναφορ κοινοτ ψυχιατρ παθολογ χειρουργ ακτινολογ επειγ υπηρεσ διευθυνσ πλατει
λεωφορ ιδρυμ φαρμακ больниц городск областн объединен государствен межрегионал станци республиканск центральн районн
клиническ поликлиник центр медицинск диспансер фельдшер отделени улиц проспект переул посел деревн район област краев
университет институт школ санатори госпитал амбулатор скорой помощ детск перинатал родильн hopital ecole clinic
basica universit strasse general regional ambulatori saude urgent judetean klinig arastirma egitim hastane sjukrahus
heilsugaesl heilbrigdis laekning spital rajonal kranken klinik ospedal hospitalet sjukhus szpital poliklin puskesmas
medisch medizin huisarts escola scoil ysbyty ysgol meddygfa kampung ladang zespol mosquee hotel-dieu laegehus
ensenyan
""".split())
# ... and whole words, too short to be stems (a stem "ανω" would take "Ανωγείων")
GENERIC_PLACE_WORDS = _words("""
dist acil benh centro nagar rumah sakit salud triq unio vien αγια αγιας αγιο αγιος αγιου αγιους αγιων ανω δημος δημου
ιερος κατω ναος νεα νεο νομος νομου οδος οδου ραδιο σπιτι ταξι пункт село μικρη μικρο μικρα μεγαλο μεγαλη μεγαλα νεος
""")
# Verbs and nouns after which a capitalised word is a place: "lives in Dunfermline", "moved from Lagos".
PLACE_LEADS = (
    r"lives|living|lived|live|resides|residing|resident|moved|moving|relocated|born|grew\s+up|raised|"
    r"travell?ed|travell?ing|returned|returning|visiting|visited|holiday(?:ed|ing)?|vacation(?:ed|ing)?|"
    r"flew|flown|drove|driven|commutes|works|worked|working|based|staying|stayed|settled|emigrated|"
    r"immigrated|originally|comes|came|hails|trip|holiday|home|house|flat|farm|school|college|church|"
    r"mosque|temple|club|pub|factory|mill|mine|office|shop"
)
PLACE_OF = r"town|city|village|county|borough|suburb|district|parish|township|hamlet|municipality|outskirts|centre|center"

# --- Greek -----------------------------------------------------------------------------------------
GREEK_FIRST_NAMES = _words("""
Γιώργος Γεώργιος Μαρία Ελένη Νίκος Νικόλαος Δημήτρης Δημήτριος Κωνσταντίνος Κώστας Γιάννης Ιωάννης Αικατερίνη
Κατερίνα Σοφία Βασίλειος Βασίλης Παναγιώτης Αναστασία Χρήστος Ευαγγελία Αθανάσιος Θανάσης Ευάγγελος Σταύρος
Αγγελική Δέσποινα Ειρήνη Παρασκευή Φωτεινή Αλέξανδρος Μιχάλης Μιχαήλ Σπύρος Σπυρίδων Ανδρέας Αντώνης Θεόδωρος
Χαράλαμπος Πέτρος Άννα Βασιλική Ιωάννα Χριστίνα Δήμητρα Γεωργία Κωνσταντίνα Ζωή Θεοδώρα Στέλιος Στυλιανός
Ηλίας Εμμανουήλ Μανώλης Λευτέρης Ελευθέριος Τάσος Φανή Όλγα Νεφέλη Χρυσούλα Πηνελόπη Ευτυχία Αργύρης Θωμάς
Λάμπρος Απόστολος Γρηγόρης Γρηγόριος Σωτήρης Σωτήριος Ιάσονας Οδυσσέας Αριστείδης Μαργαρίτα Αφροδίτη Ξανθή
Σταυρούλα Ευδοκία Καλλιόπη Ουρανία Πολυξένη Αλεξάνδρα Ελισάβετ Μαρίνα Νικολέτα Θεανώ Δανάη Ραφαήλ Φίλιππος
""")
GREEK_TOWNS = (
    r"Αθήν\w*|Αθην\w*|Θεσσαλονίκ\w*|Πάτρα|Πάτρας|Πατρών|Πατρέων|Ηράκλει\w*|Ηρακλεί\w*|Λάρισ\w*|Λαρίσ\w*|Βόλο[υς]?|Ιωάννιν\w*|"
    r"Ιωαννίν\w*|Χανι\w*|Χανί\w*|Καλαμάτ\w*|Ρόδο[υς]?|Κέρκυρ\w*|Κερκύρ\w*|Καβάλ\w*|Σέρρ\w*|Σερρ\w*|Ξάνθ\w*|"
    r"Κομοτην\w*|Αλεξανδρούπολ\w*|Αλεξανδρουπόλ\w*|Τρίκαλ\w*|Τρικάλ\w*|Λαμί\w*|Χαλκίδ\w*|Κατερίν\w*|Καρδίτσ\w*|"
    r"Βέροι\w*|Βεροί\w*|Πειραι\w*|Περιστέρ\w*|Γλυφάδ\w*|Κηφισι\w*|Μαρούσ\w*|Αμαρουσί\w*|Χαλάνδρ\w*|Καλλιθέ\w*|"
    r"Ζωγράφο[υς]?|Αγρίνι\w*|Αγρινί\w*|Κοζάν\w*|Μυτιλήν\w*|Σπάρτ\w*|Ναύπλι\w*|Ναυπλί\w*|Κορίνθ\w*|Κόρινθο[υς]?|"
    r"Πρέβεζ\w*|Ηγουμενίτσ\w*|Φλώριν\w*|Καστορι\w*|Έδεσσ\w*|Κιλκίς|Ρέθυμν\w*|Ρεθύμν\w*|Νάξο[υς]?|Σύρο[υς]?|"
    r"Ερμούπολ\w*|Χίο[υς]?|Σάμο[υς]?|Κω|Λευκάδ\w*|Ζακύνθ\w*|Κεφαλονι\w*|Αιγάλε\w*|Νέα\s+Σμύρνη|Νέας\s+Σμύρνης|"
    r"Παλαιό\s+Φάληρο|Παλαιού\s+Φαλήρου|Ηλιούπολ\w*|Βύρωνα|Γαλάτσι|Ψυχικ\w*|Πεύκη|Κερατσίνι|Λευκωσί\w*|Λεμεσ\w*|"
    r"Λάρνακ\w*|Πάφο[υς]?"
)
GREEK_RELATIVES = (
    # a word stressed on its third syllable from the end takes a second accent before an enclitic: "η σύζυγός του"
    r"σύζυγ(?:ος|ο|ου|ός|ό)|σύντροφ(?:ος|ο|ός|ό)|γυναίκα|άντρας|κόρη|κόρης|γιος|γιο|γιου|μητέρα|μητέρας|πατέρας|πατέρα|αδελφή|αδερφή|"
    r"αδελφός|αδερφός|αδελφό|αδερφό|εγγονή|εγγονός|φίλη|φίλος|ανιψιά|ανιψιός|θεία|θείος|γείτονας|γείτονα|γείτονά|χήρα|χήρος|γειτόνισσα|"
    r"νύφη|γαμπρός|συγγενής|συνοδός|φροντιστής|φροντίστρια"
)
# grandparents, in-laws and cousins, and the other cases of the relatives above ("τον παππού Χαράλαμπο"): a family
# history writes its diseases after them as often ("παππούς Αλτσχάιμερ"), so only a listed given name is taken
GREEK_KIN = (
    r"παππούς|παππού|γιαγιά|γιαγιάς|εγγονό|εγγονού|εγγονής|ξάδερφος|ξάδελφος|ξάδερφο|ξάδελφο|ξαδέρφη|ξαδέλφη|πεθερά|πεθεράς|"
    r"πεθερός|πεθερό|πεθερού|κουνιάδα|κουνιάδος|κουνιάδο|θείο|θείου|θείας|αδελφού|αδερφού|αδελφής|αδερφής|ανιψιό|ανιψιού|ανιψιάς"
)

# --- Chinese ---------------------------------------------------------------------------------------
# The commonest surnames (they cover most of the population); compound ones first.
CHINESE_SURNAMES = (
    "欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 尉迟 长孙 夏侯 公孙 "
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 "
    "蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 "
    "雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 "
    "庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 "
    "盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 "
    "连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 "
    "刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 官 封 谈 匡 鞠 惠 荆 乐 冀 郁 胥 南 班 储 原 栗 燕 "
    "楚 鄢 劳 谌 奚 皮 粟 冼 蔺 楼 盘 满 闻 位 厉 伊 仝 区 郜 海 阚 花 权 强 帅 屠 豆 朴 盖 练 廉 禹 井 祖 漆 巴 丰 支 卿 "
    "国 狄 平 计 索 宣 晋 相 初 门 云 容 敬 来 扈 晁 芮 都 普 阙 浦 戈 伏 鹿 薄 邸 雍 辜 羊 阿 乌 母 裘 亓 修 邰 赫 杭 况 "
    "那 宿 鲜 印 逯 隆 茹 诸 战 慕 危 玉 银 亢 嵇 公 哈 湛 宾 戎 勾 茅 利 於 呼 居 揭 干 但 尉 冶 斯 元 束 檀 衣 信 展 阴 "
    "昝 智 幸 奉 植 衡 富 尧 闭 由 "
    # Dai (Yunnan) names: a man's name opens with 岩, and 刀 is a Dai surname
    "岩 刀 "
    # the same surnames as traditional characters write them (Taiwan, Hong Kong)
    "歐陽 司馬 上官 陳 張 劉 楊 黃 趙 吳 鄭 謝 許 韓 馮 鄧 蕭 葉 蘇 呂 盧 鍾 譚 陸 賴 顏 莊 龔 錢 嚴 湯 羅 傅 蔣 孫 "
    "鄒 潘 蔡 曾 魏 沈 姚 崔 範 賈 韋 薛 閆 龍 陶 黎 賀 顧 萬 鄔 聶 戴 鐘 區 駱 藍 遊 簡 車 連 盧 褚 竇 鄺 鄢 闕 關 廖 "
    "邱 洪 溫 施 莊 涂 翁 賴 卓 傅 紀 詹 "
    # the rest of the list in traditional characters (OpenCC 1.4.2's s2t, s2tw and s2hk, run once, read by hand: a
    # surname that keeps its simplified form, as 余 岳 涂 郁 干 朴 do, is not turned into the word's other character)
    "諸葛 東方 尉遲 長孫 公孫 馬 齊 喬 龐 魯 歐 蘭 寧 畢 單 鮑 華 饒 陽 時 農 繆 項 蘆 麥 婁 黨 宮 費 衛 應 閔 邊 師 欒 "
    "榮 叢 鞏 遲 談 荊 樂 儲 勞 諶 藺 樓 盤 滿 聞 厲 闞 權 強 帥 蓋 練 豐 國 計 晉 門 雲 來 烏 況 鮮 諸 戰 銀 賓 陰 堯 閉 "
).split()
CHINESE_TITLES_AFTER = (
    r"先生|女士|小姐|太太|夫人|医生|医师|大夫|护士|护士长|教授|主任|院长|老师|阿姨|叔叔|同志|奶奶|爷爷|伯伯|师傅|老人|"
    # the same in traditional characters ("林怡廷醫師")
    r"醫生|醫師|護士|護士長|護理師|院長|老師|爺爺|師傅|"
    # an attending physician, and Hong Kong's title for a nurse or a social worker ("林怡君主治醫師", "蔡淑儀姑娘")
    r"主治醫師|主治医师|主治醫生|主治医生|姑娘"
)
CHINESE_LABELS = (
    r"姓名|患者姓名|病人姓名|联系人|家属|紧急联系人|主治医师|主治医生|住院医师|经治医师|主管医师|责任护士|医师|医生|"
    r"护士|签名|医师签名|报告医师|审核医师|记录者|记录人|申请医师|送检医师|陪同人|监护人|户主|"
    # traditional characters
    r"病患|病人|患者|主治醫師|主治醫生|住院醫師|醫師|醫生|護理師|護士|簽名|聯絡人|緊急聯絡人|家屬|報告醫師|申請醫師|"
    # a person's other names: the Han name of an Indigenous or minority patient, a clan name, a former name
    r"漢名|汉名|族名|原名|本名|別名|别名|曾用名|個案|个案|案主|"
    # social workers, therapists, pharmacists, dietitians
    r"社工|社工师|社工師|社会工作者|社會工作者|治疗师|治療師|物理治疗师|物理治療師|药剂师|藥劑師|营养师|營養師|"
    # who checked, reviewed, filled in or handled a report or form
    r"审核|审核人|審核|審核人|复核|复核人|複核|覆核|核对人|核對人|检验者|检验人|檢驗者|檢驗人|报告人|報告人|报告者|報告者|"
    r"填表人|经办人|經辦人|负责人|負責人|操作者|操作员|操作員|"
    # who signed a consent or a discharge ("家属签字：王建国（患者之子）")
    r"签字|簽字|签字人|簽字人|家属签字|家屬簽字|患者签字|患者簽字|病人签字|病人簽字|"
    # who investigated, handed over and took over, and a home-care worker
    r"调查人|調查人|调查者|調查者|交班|接班|交班人|接班人|居家服务员|居家服務員"
)
CHINESE_RELATIVES = (
    r"妻子|丈夫|老伴|爱人|配偶|女儿|儿子|母亲|父亲|妈妈|爸爸|姐姐|妹妹|哥哥|弟弟|孙子|孙女|外孙|外孙女|儿媳|女婿|邻居|"
    r"朋友|护工|保姆|侄子|侄女|外甥|外甥女|"
    # traditional characters, and "先生"/"太太" (husband, wife) before a name: "（先生 黃建志）"
    r"兒子|女兒|母親|父親|媽媽|爸爸|孫子|孫女|鄰居|護工|先生|太太|"
    # daughters-in-law, sisters, nieces and nephews, and the main carer
    r"媳婦|媳妇|兒媳|姊姊|姪子|姪女|照顧者|照顾者|"
    # the eldest, second and youngest son or daughter ("長子黃國雄")
    r"长子|長子|长女|長女|次子|次女|幼子|幼女|小儿子|小兒子|小女儿|小女兒|大儿子|大兒子|大女儿|大女兒|"
    # in-laws, aunts and uncles, and the people a patient works, studies or lives with ("婆婆段秀英", "工友陈小燕")
    r"婆婆|公公|岳母|岳父|丈母娘|舅舅|姑姑|嫂子|弟媳|姐夫|妹夫|工友|同事|同学|同學|室友|舍友|病友|"
    # partners, an elder brother written short ("其兄岩庄"), and a home carer ("居家服务员 陳美玲")
    r"男友|女友|男朋友|女朋友|未婚夫|未婚妻|其兄|其弟|其姐|其妹|其夫|其妻|服务员|服務員|居服员|居服員"
)
# Clinical words that begin with a character that is also a surname: never a name.
CHINESE_NOT_NAMES = _words("""
高血压 高血糖 高血脂 高热 高烧 高钾 高钠 高钙 高危 黄疸 黄染 白细胞 白蛋白 白血病 白内障 石膏 马上 林可霉素 方案 方法
程度 常规 平卧 平时 平均 明显 明确 成人 成年 全身 全血 安静 安全 安排 和缓 时间 时有 时常 向右 向左 左侧 左心 左肺
左下 左上 左室 强直 强化 强度 康复 钱币 于是 江湖 原因 原发 原有 国外 国内 金黄 金属 谷丙 谷草 甘油 甘露 余下 任何
关节 关注 关于 相关 相对 相同 单纯 单侧 单位 双侧 云南 文献 宁夏 海南 海洋 应用 应该 应当 应予 连续 连接 管理 管道
华法林 華法林 强迫 強迫 满意 滿意 来诊 來診 刀口 岩尖 卫教 衛教 宣教 安抚 安撫 包扎 包紮 解释 解釋 计划 計劃 管床 戴手套
简报 簡報 乐观 樂觀 迟钝 遲鈍 常年 神志 独居 獨居 意识 意識 同意 拒绝 拒絕 拒签 拒簽 请示 請示 不详 不詳 冷敷 执行 執行
""")
