"""The de-identification round of session 26, written from the leaks left on the spent held-out sets (HELD-OUT 16, 17
and 18) before HELD-OUT 19 was measured, each rule on text of its own.

Names after a clinician's role in Chinese without a colon, surnames in traditional characters, a helper named in
Latin letters in a Chinese note, a Greek relative word with its enclitic accent, a register's number at the end of a
sign-off line, a second title with a German doctor's degree before a name, the place after a social history's "Home:",
a Greek resident's place and a street named for a saint; and what each must leave alone.
"""

from __future__ import annotations

import pytest
from consilium.orchestration.privacy.deid import Deidentifier
from consilium.orchestration.privacy.detect import detect


def _out(text: str) -> str:
    deid = Deidentifier(seed="round14")
    deid.learn(text)
    return deid.deidentify(text)


@pytest.mark.parametrize("text, identifier", [
    # a clinician after the word of their role, with a space, a full-width space or nothing between
    ("\u3000\u3000護理師 林佩君\n2025/10/21 14:30", "林佩君"),
    ("已通知值班醫生歐陽嘉明，囑抽血。", "歐陽嘉明"),
    ("复核：护士长 王丽，已签字。", "王丽"),
    ("藥劑師 鄭偉倫（分機 2231）", "鄭偉倫"),
    # surnames as Taiwan and Hong Kong write them (麥, 馬, 龐, 喬 ...)
    ("主治醫生：馬嘉欣\u3000住院醫生：麥志強", "麥志強"),
    ("女兒龐美玲來訪。", "龐美玲"),
    # a relative or a live-in helper written in Latin letters in a Chinese note
    ("聯絡人：外傭 Rosalinda Bautista；女兒（電話 9123 4567）", "Rosalinda Bautista"),
    ("家屬：兒子 Kelvin Chow 陪同。", "Kelvin Chow"),
    # a Greek relative stressed on its third syllable from the end takes a second accent before "του"/"της"
    ("Ενημερώθηκε η σύζυγός του Ευτυχία για τη μεταφορά.", "Ευτυχία"),
    ("Συνοδεύεται από τον σύντροφό της Στέλιο Καραγιάννη.", "Στέλιο Καραγιάννη"),
    # a regulator's register and number at the end of a sign-off line
    ("Review in 2 weeks.\nOluwaseun Bakare, Senior Nurse | NMCN 48213", "48213"),
    ("Dr Tamsin Hale, Registrar, MCJ 4172", "4172"),
    ("Signed (KNC 22917)", "22917"),
    # where the patient lives, after a social history's label
    ("Village: Tjukurla Crossing; works as a ranger.", "Tjukurla Crossing"),
    ("Residence: Morne Ciseaux, Soufriere - lives with her sister", "Morne Ciseaux"),
    # a Greek resident of a place (genitive), and a street named for a saint with its number
    ("Κάτοικος Ζαγοράς, συνταξιούχος.", "Ζαγοράς"),
    ("κάτοικο Μετσόβου (Αγίου Γεωργίου 14), ξυλουργό", "Αγίου Γεωργίου 14"),
    # a second title and a doctor's degree before the name
    ("Herrn Dr. med. Jon-Andri Netzer\nSamedan", "Jon-Andri Netzer"),
    ("Sehr geehrte Frau Dr. med. dent. Brüngger,", "Brüngger"),
])
def test_identifier_removed(text: str, identifier: str) -> None:
    assert identifier not in _out(text)


@pytest.mark.parametrize("text, kept", [
    # "查房" (a ward round) after a doctor is no name, although 查 is a surname; nor is what follows a role mid-phrase
    ("10:00 王建國醫生查房。", "查房"),
    ("请医生明天复诊。", "明天复诊"),
    # a lab value or a year at the end of a line after a comma is no register number
    ("Labs: Na 138, K 4.1, WBC 11000", "WBC 11000"),
    ("PMH: HTN, T2DM, CABG 2015", "CABG 2015"),
    ("Bloods today: CRP 88, CK 4200", "CK 4200"),
    # "Home:" heads home medicines and equipment as often as a place: it is no place label
    ("Home: Metformin, Lisinopril, Atorvastatin", "Metformin, Lisinopril, Atorvastatin"),
    ("Home: Zimmer frame, commode", "Zimmer frame"),
    ("Village: Independent, Lives With Wife", "Independent, Lives With Wife"),
])
def test_clinical_text_kept(text: str, kept: str) -> None:
    assert kept in _out(text)


def test_state_and_zip_stay_in_the_address() -> None:
    """A state's letters and its ZIP code at the end of a line are the address's tail, not a register number."""
    text = "Clinic\n1301 Punchbowl Street, Honolulu, HI 96813\n"
    spans = [(s.kind, text[s.start:s.end]) for s in detect(text)]
    assert ("ADDRESS", "1301 Punchbowl Street, Honolulu, HI 96813") in spans


# The round written from HELD-OUT 19's leaks, after it was measured blind, each rule on text of its own.
@pytest.mark.parametrize("text, identifier", [
    # Greek ages in "χρονών", a birthday to come, a father's name after the patient's, a Cypriot postcode and town,
    # a rural surgery by its village, a place after "από τις"
    ("Ασθενής: Ευανθία Λοΐζου, 93 χρονών, χήρα από το 1991.", "1991"),
    ("λέει ότι τον Μάρτη κλείνει τα 96.", "96"),
    ("Ασθενής: Παντελής Σαββίδης του Νεοκλή, 58 ετών", "Νεοκλή"),
    ("Οδός Αθηνών 22, 8020 Πάφος", "8020 Πάφος"),
    ("Περιφερειακό Ιατρείο Βατούσσας - ΠΑΡΑΠΕΜΠΤΙΚΟ", "Βατούσσας"),
    ("Αγρότισσα από τις Βρύσες Αποκορώνου, με", "Βρύσες"),
    # Chinese: names transliterated with a middle dot, a second clinician on a label's line, an Indigenous patient's
    # Han name, a Latin-letter name after a label, a Dai name, a farm, a month in characters, a Taiwan road section
    ("妻子古丽娜尔·吐尔洪陪同就诊。", "古丽娜尔·吐尔洪"),
    ("医师：买买提·艾则孜\u3000周海燕", "周海燕"),
    ("病人姓名：Lahok Amis（漢名：陳秀蘭）\u3000性別：女", "陳秀蘭"),
    ("病人姓名：Lahok Amis（漢名：陳秀蘭）\u3000性別：女", "Lahok Amis"),
    ("主治医师：刀建华\u3000住院医师", "刀建华"),
    ("糖化血紅蛋白 9.1%（三月）。", "三月"),
    ("住址：臺東縣關山鎮中華路二段15號\u3000電話", "中華路二段15號"),
    # English: a maiden name, "Woman:" and "Deceased:" labels, a Bangladeshi title, a guide by his role, a chart number
    # with letters, a district, a feast alone, a day and month after a weekday in brackets or "the evening of"
    ("Her mother, Aoife (née Ní Bhriain), attended.", "Ní Bhriain"),
    ("Woman: Tegwen Haf Roberts | DOB 02/02/1990", "Tegwen Haf Roberts"),
    ("Deceased: Ruairí Mac Aodha | M | aged 71", "Ruairí Mac Aodha"),
    ("Husband Md. Abdul Karim; wife Mst. Shirin Akter present.", "Shirin Akter"),
    ("carried down by his guide Pasang Sherpa overnight", "Pasang Sherpa"),
    ("Clinic chart KHC-20931\nSeen today", "KHC-20931"),
    ("REFERRAL - Kwabre East District\nPatient:", "Kwabre East District"),
    ("Falls twice since Hogmanay.", "Hogmanay"),
    ("wants to be home for Christmas.", "Christmas"),
    ("cut his hand on a hook Tuesday (9/3) at the wharf", "9/3"),
])
def test_identifier_removed_after_heldout19(text: str, identifier: str) -> None:
    assert identifier not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("Japanese card: 記号・番号 on the reverse", "記号・番号"),
    ("Ιατρείο Απομυελινωτικών Νοσημάτων - προγραμματισμός", "Ιατρείο Απομυελινωτικών Νοσημάτων"),
    ("Ultrasound guide Wire placed under vision.", "guide Wire"),
    ("pain in the Health District records", "Health District"),
    ("Christmas disease (haemophilia B) in his uncle", "Christmas disease"),
    ("Staging: St Jude/Murphy stage III", "St Jude/Murphy"),
    ("Montenegro skin test positive at 48 h", "Montenegro skin test"),
    ("孕三月，一個月前", "孕三月"),
])
def test_clinical_text_kept_after_heldout19(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, identifier", [
    ("Her tutu Kalani drove her in.", "Kalani"),
    ("his lola Remedios Dizon stays with him", "Remedios Dizon"),
    ("Worker: Job Penney | MCP 207 318 446 905\nAddress", "207 318 446 905"),
    ("CNS 708 4102 3397 6621 | Prontuário HMR-2210/25\nEndereço", "708 4102 3397 6621"),
    ("CNS 708 4102 3397 6621 | Prontuário HMR-2210/25\nEndereço", "HMR-2210/25"),
    ("Νοσοκομείο: Γενικό Νοσοκομείο Χαλκίδας (ΓΝΧ), Παθολογική.\nΕπανεκτίμηση στο ΓΝΧ.", "ΓΝΧ"),
])
def test_identifier_removed_after_heldout19_more(text: str, identifier: str) -> None:
    assert identifier not in _out(text)


def test_nervous_system_is_no_health_card() -> None:
    assert "CNS 2 lesions" in _out("MRI: CNS 2 lesions, no enhancement")


@pytest.mark.parametrize("text, kept", [
    # HELD-OUT 20's five lost strings, as clinical text of their own
    ("Burkitt lymphoma, Murphy (St Jude) stage III.", "Murphy (St Jude) stage III"),
    ("Culture: Vibrio cholerae O1 Inaba.", "Vibrio cholerae O1 Inaba"),
    ("TTE: LVEF 55% (Simpson's biplane).", "Simpson's biplane"),
    ("A Carey Coombs murmur was heard.", "Carey Coombs murmur"),
    ("Έλκος δωδεκαδακτύλου - Forrest IIb.\nΘεραπεία", "Forrest IIb"),
])
def test_eponyms_of_heldout20_kept(text: str, kept: str) -> None:
    assert kept in _out(text)


def test_a_generation_suffix_is_no_class() -> None:
    assert "John Smith" not in _out("Seen with Mr John Smith III today.")


# The round written from HELD-OUT 20's leaks, after it was measured blind.
@pytest.mark.parametrize("text, identifier", [
    ("1 | Chanda Mwaba | F | 27 | Mtendere", "Chanda Mwaba"),
    ("2. Haji Karim Beg | 71/M | Sost |", "Haji Karim Beg"),
    ("病人姓名：黃卓琳（WONG CHEUK LAM）\u3000性別：女", "WONG CHEUK LAM"),
    ("姓名：次仁旺堆\u3000性别：男", "次仁旺堆"),
    ("联系人：妻子 卓玛拉姆 13908145566", "卓玛拉姆"),
    ("姓名：格桑央宗\u3000性别：女", "格桑央宗"),
    ("主要照顧者：媳婦 林淑貞 0912-333-418；", "林淑貞"),
    ("Ασθενής: Μιχαήλ (Μιχάλης) Σταυρακάκης του Εμμανουήλ, 70 ετών", "Εμμανουήλ"),
    ("Data przyjęcia: 14 października 2025 r.", "14 października"),
    ("W marcu i w kwietniu bez objawów.", "kwietniu"),
])
def test_identifier_removed_after_heldout20(text: str, identifier: str) -> None:
    assert identifier not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("| Fever | M | 34 |", "Fever"),
    ("家屬：已通知\n", "已通知"),
])
def test_clinical_text_kept_after_heldout20(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, identifier", [
    ("Discharge on the 3rd, then not fit to work before the 19th.", "19th"),
    ("Husband Kagiso informed by phone (72 555 610).", "72 555 610"),
    ("Μητέρα: Ευδοκία Μαυρίδου του Παύλου", "Ευδοκία Μαυρίδου"),
    ("Θερμοκοιτίδα 2: Νεογνό άρρεν Κωνσταντινίδη, 30+1 εβδομάδων", "Κωνσταντινίδη"),
    ("Νεογνό | ΑΜ 26-07719 | γεν. 03/03/2026", "26-07719"),
    ("個案：陳阿妹（客家）\u3000女", "陳阿妹"),
    ("BHT 2231/25   W. M. Ranjith, 48 y", "2231/25"),
    ("4. Shabana d/o Gul Khan | 12/F | Karimabad |", "Shabana"),
])
def test_identifier_removed_after_heldout20_more(text: str, identifier: str) -> None:
    assert identifier not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("delayed cough after the 3rd 5 mL of water", "the 3rd 5 mL"),
    ("on the 3rd day of admission", "the 3rd day"),
    ("Ph (09) 274 1182", "Ph"),
])
def test_clinical_text_kept_after_heldout20_more(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, kept", [
    # HELD-OUT 21's three lost strings, as clinical text of their own
    ("Kendrick traction device on the left leg", "Kendrick traction device"),
    ("Striscio periferico: corpi di Heinz e bite cells", "corpi di Heinz"),
    ("Εξέταση: γλώσσα «φράουλα» και ξηρά χείλη", "γλώσσα «φράουλα»"),
    ("Υπερηχογράφημα: εικόνα «κυψέλης» στον δεξιό λοβό", "«κυψέλης»"),
])
def test_eponyms_and_signs_of_heldout21_kept(text: str, kept: str) -> None:
    assert kept in _out(text)


# What the second reading of the session's rules found them taking, each kept now.
@pytest.mark.parametrize("text, kept", [
    ("患者Hb 85g/L，予输血。", "Hb"), ("护士 Foley 护理。", "Foley"), ("医生 Seldinger 法置管。", "Seldinger"),
    ("主诉：反复咳嗽、咳痰三月余。", "三月"), ("停经二月，阴道流血1天。", "二月"), ("术后三月复查CT。", "三月"),
    ("Μητέρα: Καρκίνος μαστού στα 55.", "Καρκίνος"), ("Πατέρας: Έμφραγμα μυοκαρδίου στα 60.", "Έμφραγμα"),
    ("Fluid balance: IN 2450, OUT 1800", "1800"), ("DVT prophylaxis (UFH 5000)", "5000"),
    ("Reviewed by registrar, SPR 2130", "2130"), ("Cortisol (SST 0900)", "0900"),
    ("Presyncope w/o LOC, no head injury.", "Presyncope"), ("Colonoscopy s/o Crohn's disease", "Colonoscopy"),
    ("Ο κορεσμός έγινε 92% με Ο2.", "92"), ("Η δόση της φουροσεμίδης έγινε 120 mg/ημέρα.", "120"),
    ("Κάπνισμα 100 χρόνων-πακέτων", "100"),
    ("家属：同意", "同意"), ("個案：意識清楚", "意識清楚"), ("已由護理師衛教。", "衛教"), ("护士宣教，家属表示理解。", "宣教"),
    ("FHx: Mother deceased - Breast cancer at 54.", "Breast cancer"), ("74-year-old woman - Parkinson's disease, falls.", "Parkinson"),
    ("Woman: Primigravida at 38 weeks", "Primigravida"),
    ("Seen Monday (8/10 pain, improved with oramorph).", "8/10"), ("Admitted (3/7 hx of cough, SOB).", "3/7"),
    ("Pyrexial on the night of 2/7 post-op.", "2/7"),
    ("Myocarditis after the 2nd (Pfizer).", "2nd"), ("Fever after the 2nd.", "2nd"),
    ("病人華法林 3mg qd。", "華法林"), ("查看患者刀口，无渗血。", "刀口"),
    ("母亲 糖尿病 (2型)", "糖尿病"), ("心功能分级（NYHA III）。", "NYHA III"), ("麻醉分级（ASA II）。", "ASA II"),
    ("诊断：吉兰·巴雷综合征。", "吉兰·巴雷"), ("| Troponin | 14, 22 |", "Troponin"), ("| Tamoxifen | 5 years |", "Tamoxifen"),
    ("Factor IX levels checked for Christmas disease.", "Christmas disease"),
    ("Διακομιδή από το Νοσοκομείο Ρεθύμνου (ΜΕΘ). Στη ΜΕΘ διασωληνώθηκε.", "Στη ΜΕΘ"),
    ("Προσήλθε στις Πρώτες Βοήθειες με θωρακικό άλγος.", "Πρώτες Βοήθειες"),
    ("Dx: L OMA Amoxil 250mg tds", "Amoxil"), ("EMS: OPA Inserted, BVM ventilation.", "Inserted"),
    ("Kind in der 32. SSW geb. Frühgeborenes mit ANS.", "Frühgeborenes"),
    ("Νεογνό άρρεν Τελειόμηνο, 3200 γρ.", "Τελειόμηνο"), ("Οξύ Έμφραγμα του Μυοκαρδίου, 2019", "Μυοκαρδίου"),
    ("Γλυκόζη 110, 1500 Θερμίδες", "1500 Θερμίδες"), ("Κάτοικος Εξωτερικού", "Εξωτερικού"),
    ("Fluid chart: IVF-1000 given", "IVF-1000"), ("Ca ΑΜ 2018, μαστεκτομή", "2018"),
    ("Injury at work, foreman Informed and accident book completed.", "Informed"),
    ("Trained under supervisor Vascular access team.", "Vascular"),
    ("Νοσηλεία στο Αγίου Σάββα 10 ημέρες για χημειοθεραπεία.", "10 ημέρες"),
])
def test_second_reading_kept(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, identifier", [
    # what the narrowing must still take
    ("地址：上海市浦东新区\u3000陆家嘴花园小区5栋", "陆家嘴花园小区5栋"),
    ("Seen by Dr Murphy (St Jude), oncology.", "Murphy"),
    ("Aganetha Wiebe, nee Reimer, interprets.", "Reimer"),
    ("Deceased: Ernestine Trott-Burrows | F", "Ernestine Trott-Burrows"),
])
def test_second_reading_still_removed(text: str, identifier: str) -> None:
    assert identifier not in _out(text)


@pytest.mark.parametrize("text, kept", [
    # HELD-OUT 22's two lost strings (lost by the session's starting rules too), as clinical text of their own
    ("At sending facility: Hct 58%, plt 48, WBC 19.2", "Hct 58%"),
    ("Viral load in July 1,240 copies/mL (non-suppressed)", "1,240 copies/mL"),
])
def test_results_of_heldout22_kept(text: str, kept: str) -> None:
    assert kept in _out(text)


def test_a_clock_time_after_a_role_is_no_register_number() -> None:
    assert "2130" in _out("Seen by Dr Okoro, SPR 2130")
    assert "4172" not in _out("Dr Tamsin Hale, Registrar, MCJ 4172")
