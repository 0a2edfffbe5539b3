"""Session 43's changes, from HELD-OUT 42's leaks (each written here in other words than the note's): a code of letters
and digits taken whole, the towns an address vouches for looked for in the rest of the case even when they are everyday
words, a link of an address between its street and its town, "Madam" and "Ma'am" as titles, months in a row, two
slashed days of one stay, initials declared before the bracket that holds the name, a facility's long initials, a
street's words and a housing block, Thai districts, plates and licences, Korean administrative chains, Arabic names
with their lineage and relatives with the article, Chinese names listed after a label, a Greek protocol number and an
Arabic licence; each with what must stay."""

from __future__ import annotations

import pytest

from tests.deid_snippets import contains, gone_and_kept, present


@pytest.mark.parametrize("text, gone, kept", [
    # a run of digits inside a code of letters and digits takes the whole code (a UK driving licence number)
    ("Applicant: Mr Owain Hale | Driving licence no. HALE9702143OW8CD | HbA1c 48", ["HALE9702143OW8CD", "HALE9702143"],
     ["HbA1c 48"]),
    # the town before a state's code and ZIP, or before a postcode, is looked for in the rest of the case, also when
    # it is an everyday word; not where a line or a sentence opens
    ("Address: 9 Elm St, Valentine, NE 69201\nReferred by: Cherry County Hospital, Valentine\nValentine card sent.",
     ["Valentine, NE"], ["Valentine card"]),
    ("Lives at 4 Mullaghmore Road, Dromore, Co. Tyrone BT78 3EL.\nFamily farm near Tyrone; brother farms there.",
     ["near Tyrone"], ["Family farm"]),
    ("Caller: aunt, from home in Hope, AR; callback 870-555-0133.\nFlight team departing Hope at 23:05. Hope is low.",
     ["departing Hope"], ["Hope is low"]),
    # a link between a street and a town vouched for by its postcode
    ("Route des Frances, Forest, Guernsey GY8 0DL | Tel 01481 555 206\nForest plot in the appendix.",
     ["Frances, Forest"], ["Forest plot"]),
    # "Madam" and "Ma'am" before a name; not a letter's greeting
    ("Charge nurse on duty: Ma'am Lovely Dela Pena\nDear Sir/Madam, thank you.", ["Lovely", "Pena"],
     ["Madam", "Dear Sir"]),
    # months in a row are each an element of a date; a verb stays
    ("Creatinine 118 -> 164 -> 212 umol/L (Mar / Jul / Oct). Weight down from June to August. May and may not help.",
     ["Mar", "Jul", "Oct", "June", "August"], ["Creatinine 118", "May"]),
    # two days of one stay in a note that writes its dates month first; a score's range keeps its denominator
    ("Study date: 09/23/2025 (night of 9/23 into 9/24). GCS 9/15 to 12/15; score of 3/14 to 5/17.",
     ["9/23", "9/24"], ["9/15 to 12/15", "3/14 to 5/17"]),
    # initials right before the bracket that holds the name, and their other uses as a signature; a disease stays
    ("Poison information: PK (Petra Kowalczyk, RN, CSPI)\nClosed 06/17/2025 - PK\nHistory: DM (diet controlled)",
     ["Petra", "Kowalczyk", "PK"], ["DM (diet controlled)"]),
    # a facility's initials of four letters or more, undeclared (a title before it counts); three letters stay
    ("Referred to Sir Anerood Jugnauth Memorial Hospital, Flacq.\nResults (SAJMH lab): Hb 9.1. Seen at Royal Victoria "
     "Hospital; ECG: RVH.", ["SAJMH", "Anerood"], ["RVH", "Hb 9.1"]),
    # a street's words elsewhere in the case, and a housing block
    ("Address: Blk 58 Lengkok Merah #07-213, Singapore 150058\nWalks to the Lengkok Merah void deck; exercise class at "
     "Blk 55.", ["Lengkok", "Merah", "Blk 55"], ["void deck", "exercise class"]),
])
def test_session43_latin(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains if any(" " in g or "," in g for g in gone) else present)


# After a second reading (397 snippets written to break the rules above, the old and new code compared): what the first
# version took and must not
@pytest.mark.parametrize("text, gone, kept", [
    # a vouched town's word only where a place stands (after a comma or a word of place, not before a lower-case word or
    # a number); a place of two words goes whole
    ("Address: 4 Oak Dr, Sugar Land, TX 77479\nFingerstick Sugar 22.1; Blood Sugar high; drove in from Sugar Land.",
     ["from Sugar Land"], ["Fingerstick Sugar 22.1", "Blood Sugar high"]),
    ("NOK address 8 Station Rd, Stone ST15 8JP.\nRenal colic; refer Urology Stone clinic. Symptoms worse in Spring.",
     [], ["Urology Stone clinic", "worse in Spring"]),
    ("Lives 44 Pine Rd, Independence, KS 67301\nFIM: Independence in transfers; working toward Independence.", [],
     ["FIM: Independence in transfers", "toward Independence"]),
    # a facility's undeclared initials where a place stands or before its own word, not as a clinical abbreviation
    ("Seen at Palm Island Community Clinic.\nPICC line inserted; PICC tip at the cavoatrial junction.", [],
     ["PICC line"]),
    ("Treated at Jaramogi Oginga Odinga Teaching and Referral Hospital. File JOOTRH/PSY/2231. Sister died at the "
     "JOOTRH.",
     ["JOOTRH"], ["Sister died"]),
    # a nerve or a heart block; a role's letters before a name in brackets; a gas; a score's range; a gene variant
    ("interscalene Blk 20 mL; AV Blk 2 yrs ago", [], ["interscalene Blk 20 mL", "AV Blk 2 yrs"]),
    ("SW (Sarah Walsh) to call daughter; SW referral. PA (Priya Anand) reviewed - PA chest X-ray.", ["Walsh", "Anand"],
     ["SW referral", "PA chest X-ray"]),
    ("Flight crew N2O administered en route. Yes Ma'am Tylenol helped.", [], ["N2O", "Tylenol"]),
    ("Admitted 09/22/2024. VA 6/18 to 6/24; nodes 2/14 to 3/17.", [], ["6/18 to 6/24", "2/14 to 3/17"]),
    ("Genetics: MTHFR rs1801133 heterozygous.", [], ["rs1801133"]),
])
def test_session43_narrowed(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains if any(" " in g or "," in g for g in gone) else present)


@pytest.mark.parametrize("text, gone, kept", [
    # Thai: a district, a province and its postcode, a district health office, a plate and a doctor's licence
    ("โรงพยาบาลบ้านผือ อำเภอบ้านผือ จังหวัดขอนแก่น 40160 โทร 043-555-111\nแจ้ง สสอ.หนองเรือ แล้ว\n"
     "นำส่งโดย: รถพยาบาล ทะเบียน ขค 7721 ขอนแก่น\nเลขที่ใบประกอบวิชาชีพ ว.61234\nCreatinine 3.4 mg/dL",
     ["บ้านผือ", "ขอนแก่น", "40160", "หนองเรือ", "ขค 7721", "61234"], ["Creatinine 3.4 mg/dL", "รถพยาบาล"]),
    # Korean: a county and its township, a town and its village; single everyday words ending so stay
    ("의뢰: 평창군 진부면 보건지소\n주소: 원주시 문막읍 건등리\n당시 안면 마비. 필요시 수면 관리. 증후군 의심.",
     ["평창군", "진부면", "문막읍", "건등리"], ["당시 안면 마비", "필요시 수면 관리", "증후군"]),
    # Arabic: a name with its lineage words, a relative with the article before a lineage or an age; a sentence stays
    ("اسم المريض: حمد بن راشد بن سيف الكعبي | ذكر\nوالأم عائشة بنت سالم المعمري\nالأخت نورة (٧ سنوات) حاملة للصفة.\n"
     "الأم مصابة بالسكري.", ["الكعبي", "عائشة", "المعمري", "نورة"], ["الأم مصابة بالسكري", "حاملة للصفة"]),
    # Arabic: a clinician's licence number
    ("الطبيب المقيم: د. خالد الهاشمي | ترخيص OMSB رقم ٥٢٩١٨", ["٥٢٩١٨"], ["الطبيب المقيم"]),
    # Chinese: names listed after the first one a label names; a symptom after the list stays
    ("诊断医师（签名）：柳春燕（资格证号 第0417号）、向明远、苏子航\n护士：王芳、李明、发热待查",
     ["向明远", "苏子航", "王芳", "李明"], ["发热待查", "诊断医师"]),
    # Greek: a protocol number, abbreviated
    ("κατόπιν αιτήματος του Αστυνομικού Τμήματος, αρ. πρωτ. 2291/03-9-2025, Hb 12.1", ["2291/03-9-2025"], ["Hb 12.1"]),
])
def test_session43_scripts(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)


@pytest.mark.parametrize("text, kept", [
    # Korean: a time's word and a blood count, two blood cells
    ("입원시 백혈구 15,300, 채혈시 호중구 80%, 백혈구 림프구 비율", ["입원시 백혈구", "채혈시 호중구", "백혈구 림프구"]),
    # Thai: weekdays, a rank, a lecturer's title and "next Tuesday"; a case count after a province
    ("นัด จ. และ พฤ. ร.ต.อ. สมชาย อ.หน้า ผู้ป่วยจังหวัดเลย 10234 ราย", ["จ. และ พฤ.", "ร.ต.อ.", "อ.หน้า", "10234 ราย"]),
    # Arabic: a relative's adjective before an age is no name
    ("الأخ الأكبر (١٢ سنة) والابنة الكبرى (٨ سنوات) بصحة جيدة", ["الأكبر", "الكبرى"]),
])
def test_session43_scripts_narrowed(text: str, kept: list[str]) -> None:
    gone_and_kept(text, [], kept, found=contains)


# After HELD-OUT 43's measurement (in other words than its notes'): what its leaks and lost strings taught
@pytest.mark.parametrize("text, gone, kept", [
    # dotted initials closing a field, after "and", in brackets after a role, before a role in brackets; not a route's
    # or a disease's letters
    ("Scrub: N.E.\nSwab count correct (N.E.). Route: P.O.; Dx: D.M.; K.H. (dietitian) saw her.", ["N.E.", "K.H."],
     ["P.O.", "D.M."]),
    ("Νοσηλεύτρια: Ε.Μ.\nΔιακομίδη (πλήρωμα: Δ.Φ. και Μ.Π.), αναχώρηση 11:45.", ["Ε.Μ.", "Δ.Φ.", "Μ.Π."],
     ["αναχώρηση 11:45"]),
    ("Старша медсестра: Л.С.", ["Л.С."], ["Старша медсестра"]),
    ("ניתן היום (אחות ת.ל.).", ["ת.ל."], ["ניתן היום"]),
    # days and months a place names as dates: a table's date column, a list after a label, the next visit in Chinese, a
    # return visit in Hebrew
    ("Date   | Wt (kg) | Sign\n10/11  | 6.3     | IM\n\nScore | Value\n12/15 | ok", ["10/11"], ["12/15 | ok", "6.3"]),
    ("訪問日：10/1, 10/3, 10/31\nBP 120/80", ["10/1", "10/31"], ["120/80"]),
    ("5. 下次訪視：11/5。", ["11/5"], ["下次訪視"]),
    ("ביקור חוזר 29/9 במרפאה", ["29/9"], ["במרפאה"]),
    # ages over 89 in Greek and Chinese words, a decade in Greek; ninety minutes stay
    ("Η ενενηντατετράχρονη ασθενής. Τη δεκαετία του '60 στην Αυστραλία. Αντιβίωση για ενενήντα λεπτά.",
     ["ενενηντατετράχρονη", "'60"], ["ενενήντα λεπτά"]),
    ("九十六歲高齡，民國84年遷居", ["九十六歲", "84年"], ["高齡"]),
    # a surname before "family"; a signer's initials before the day they signed (not learned: "AF on ECG" stays)
    ("Phone shared with the Esh family. Spirometry by AF on 08/09/25; AF on ECG.", ["Esh", "by AF"], ["AF on ECG"]),
    # a reference in hyphenated groups, an aircraft after its carrier, a facility's initials after "to", a town and its
    # state's code closing a field
    ("Hub: Ozark Plateau Medical Center, Springfield MO 65804\nCall ref 1410-0733. Transfer by Ozark Air 3 (N417OA) to "
     "OPMC; ref range 1500-4000.", ["1410-0733", "N417OA", "OPMC"], ["1500-4000"]),
    ("Spoke: Current River Hospital ED, Eminence MO | spoke ED\nDx: RRMS, Stable MS; HTN", ["Eminence"], ["Stable MS"]),
])
def test_after_heldout43(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)


@pytest.mark.parametrize("text, kept", [
    ("Oesophagitis grade B κατά Los Angeles; Los Angeles grade B.", ["κατά Los Angeles", "Los Angeles grade B"]),
    ("Sacral Kennedy terminal ulcer noted. Identified on Guthrie card screen.",
     ["Kennedy terminal ulcer", "Guthrie card"]),
    ("看護の内容：排痰補助装置（カフアシスト）、口腔ケア", ["カフアシスト"]),
    ("rK39 RDT: positive | malaria RDT negative", ["rK39 RDT"]),
    ("התחלת אינסולין NPH (Insulatard) 6 יחידות. WHF criteria: definite RHD (mild).",
     ["NPH (Insulatard)", "RHD (mild)"]),
    ("OFC: 3-10-30-100-300-1000-3000 mg protein every 20 min", ["3-10-30-100-300-1000-3000 mg"]),
])
def test_after_heldout43_kept(text: str, kept: list[str]) -> None:
    gone_and_kept(text, [], kept, found=contains)


# After a second reading of the rules above (347 snippets written to break them): what their first version took
@pytest.mark.parametrize("text, kept", [
    # dotted abbreviations after a label or in brackets that names no one's part in the work
    ("Ιστορικό: Α.Υ., Σ.Δ. (μέσω Τ.Ε.Π.). Μετρονιδαζόλη (Ε.Φ.). Status: D.O.A.; (per S.O.); U.E. (normal)",
     ["Α.Υ.", "Σ.Δ.", "Τ.Ε.Π.", "Ε.Φ.", "D.O.A.", "S.O.", "U.E."]),
    ("диагноз: О.К.С.; (צילום ת.ז.)", ["О.К.С.", "ת.ז."]),
    # counts and fractions where the first version read dates
    ("Visits: 3/4 completed. 复诊 2/3 次后. μέλαινες από 8/10 σε 3/10. מעקב 1/2 שנתי. 08.10 - arrived (note of "
     "03.10.2025)", ["3/4 completed", "2/3 次", "8/10 σε 3/10", "1/2 שנתי", "08.10 - arrived"]),
    ("Date | Dose\n1/7 | 40 mg\n3/7 | 30 mg\n5/7 | 20 mg", ["1/7 | 40 mg", "5/7 | 20 mg"]),
    # ninety years of a building, a round ninety hoped for, patients over ninety; a reading's range in the '80s
    ("Κτίριο ενενήντα χρόνων. 希望活到九十岁。本院九十岁以上患者占12%. Age 94; sats running in the '80s.",
     ["ενενήντα χρόνων", "活到九十岁", "九十岁以上", "'80s"]),
    # a genus, a community; a test "on" a count; a reference range; a diagnosis or a drug before a state's letters
    ("the Flavivirus family; the Mennonite family; confirmed by NGS on 2 samples; CD4 640 (ref 404-1612).",
     ["Flavivirus", "Mennonite", "NGS", "404-1612"]),
    ("Dx: STEMI, Inferior MI; Meds: Paracetamol, Enoxaparin SC", ["Inferior MI", "Enoxaparin SC"]),
    # a doctor named before an eponym's word; a city's grade school; a name's reading in hiragana
    ("Dr Guthrie reviewed the results. Taught at a Los Angeles grade school.", []),
])
def test_after_heldout43_narrowed(text: str, kept: list[str]) -> None:
    gone_and_kept(text, [], kept, found=contains)


def test_a_name_before_an_eponyms_word_or_in_hiragana_goes() -> None:
    gone_and_kept("Dr Guthrie test results reviewed. 主治医佐藤一郎（さとう いちろう）", ["Guthrie", "さとう"], [],
                  found=contains)
