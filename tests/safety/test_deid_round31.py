"""Session 46's changes. Before HELD-OUT 46's blind measurement, each written to be general rather than from one note: a
name's own-script spelling in brackets after its Latin one; a key safe's code after a colon; a district's public health
service after its place; the towns of Greece and Cyprus by their Greek names in a place's slot; an Odia entry of slot
words; Sinhala honorifics after a name. After it, from its leaks (each written here in other words than the note's):
initials after "dictated ... by" and a login after "printed by"; an insurer's or a provider's firm after its label;
medical councils' numbers after registration words in Indic scripts; Indian plates with hyphens and Lao plates; fire
districts and air medical services; Cayman postcodes; coordinates after a landing zone; Gregorian months in Sinhala,
Burmese, Telugu, Odia and Lao, Buddhist-era dates in digits, and feasts of the Hui, Telugu, Odia, Sinhala and Burmese
calendars; not "CC: ATV rollover", not "제2형" (type 2) as a brother. Each with what must stay, from what second readings
(448 and 496 snippets written to break them: 244 and 229 worse at first, none and one contrived after) found them
taking."""

from __future__ import annotations

import pytest

from tests.deid_snippets import contains, gone_and_kept


@pytest.mark.parametrize("text, gone, kept", [
    # the spelling in its own script: capitalised where the script has capitals, a listed surname first in Hangul or
    # Chinese characters, as many words as the name elsewhere; not a language, a relation or a diagnosis
    ("Patient: Kim Min-jun (김민준), 54M. Mr Nikos Pappas (Νίκος Παππάς) attended with Mrs Anjali Sharma (अंजलि शर्मा).",
     ["김민준", "Νίκος Παππάς", "अंजलि शर्मा"], []),
    ("Mr Chen Wei (粤语) needs a Cantonese interpreter. Wife Fatima Hassan (زوجة المريض) present. Mr Ivan Petrov "
     "(отец пациента) signed. Ms Lee Ara (당뇨병) on metformin.",
     [], ["粤语", "زوجة المريض", "отец пациента", "당뇨병"]),
])
def test_native_spelling_after_a_name(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)


@pytest.mark.parametrize("text, gone, kept", [
    # the code after the colon that closes who uses the key safe or where it is; not a phone, a vital sign or a time
    ("Key safe by the back door for the community team: 4821. Key safe (main entrance): 0415.", ["4821", "0415"], []),
    ("Key safe by the front door, daughter: 0161 496 0000. Key safe fitted; pulse on arrival: 112. Key safe checked, "
     "first visit at: 0800. Key safe present, DOB: 1948.",
     [], ["pulse on arrival: 112", "first visit at: 0800"]),
])
def test_key_safe_code_after_a_colon(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)


@pytest.mark.parametrize("text, gone, kept", [
    # a district's public health service by its place; not one named by a verb, a specialty, a state or a country alone
    ("Notified Simcoe Muskoka Public Health Unit. Eastern Idaho Public Health was informed.",
     ["Simcoe Muskoka", "Eastern Idaho"], ["Notified"]),
    ("Notified Public Health. Discussed with Occupational Public Health Unit. Northern Ireland Public Health Agency "
     "guidance. Minnesota Department of Health Public Health Laboratory confirmed pertussis.",
     [], ["Notified Public Health", "Northern Ireland", "Minnesota Department of Health"]),
])
def test_public_health_service(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)


@pytest.mark.parametrize("text, gone, kept", [
    # a Greek town after a lower-case word, a comma or a postcode, or opening a line before a comma and a number; not a
    # word at a sentence's or a label's start, a scale after its noun, or a town's name that is an everyday word
    ("Ο ασθενής από την Καλαμαριά μεταφέρθηκε στο Αίγιο.\nΡίο, 265 04 Πάτρα\nΟδός Νίκαιας, 4131 Ύψωνας",
     ["Καλαμαριά", "Αίγιο", "Ρίο", "Ύψωνας"], []),
    ("Μέσα σε 48 ώρες. Χώρα καταγωγής: Αλβανία. Θέρμη και ερυθρότητα. Συμπτώματα: πυρετός, Θέρμη. Κλίμακα Μπρίστολ 4.",
     [], ["Μέσα σε 48", "Χώρα καταγωγής", "Θέρμη και", "Κλίμακα Μπρίστολ"]),
])
def test_greek_towns(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)


@pytest.mark.parametrize("text, gone, kept", [
    # Odia labels for a name, an address and a phone; not "a patient:" holding a description, nor an unknown name
    ("ରୋଗୀର ନାମ: ସୁଶୀଳା ପ୍ରଧାନ, ବୟସ: 52\nଠିକଣା: ଗ୍ରାମ ବାଲିପଡ଼ା, ଜିଲ୍ଲା କଟକ\nଫୋନ: 9437012345",
     ["ସୁଶୀଳା ପ୍ରଧାନ", "ବାଲିପଡ଼ା", "9437012345"], []),
    ("ରୋଗୀ: ଜଣେ ବୃଦ୍ଧ ମହିଳା\nଡାକ୍ତର: ଶିଶୁ ରୋଗ ବିଶେଷଜ୍ଞ\nନାମ: ଅଜ୍ଞାତ",
     [], ["ଜଣେ ବୃଦ୍ଧ ମହିଳା", "ଶିଶୁ ରୋଗ ବିଶେଷଜ୍ଞ", "ଅଜ୍ଞାତ"]),
    # Sinhala honorifics after a name; not after a role, nor "and" between two names
    ("රෝගියා සුනිල් පෙරේරා මහතා අද පැමිණියේය. බිරිඳ කමලා මහත්මිය සමඟ. වෛද්‍ය නිලධාරී මහතා. පෙරේරා මහතා සහ සිල්වා මහත්මිය.",
     ["සුනිල්", "කමලා", "සිල්වා"], ["වෛද්‍ය නිලධාරී මහතා", "සහ"]),
])
def test_odia_and_sinhala_slots(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)


@pytest.mark.parametrize("text, gone, kept", [
    # who dictated and typed, after the date and time; a login that printed the report; not a role, a pronoun, a method
    ("Dictated 03/02/2025 09:12 by MKL / transcribed 04/02/2025 by rtw / job 88213. Printed from 10.2.3.4 by aw.ward7.",
     ["MKL", "rtw", "aw.ward7"], []),
    ("Typed by me. Dictated by reg. HLA typed by PCR. Printed by a.m. round. Exported by pdf.js. Generated by EPIC.",
     [], ["by me", "by reg", "a.m. round", "pdf.js", "EPIC"]),
    # an insurer's and a provider's firm by its last word; not "none", "uninsured" or a kind of cover
    ("Insurer: Harbour Light Mutual\nRehab provider: Coastline Rehab Solutions\nInsurer: None\nInsurer: Uninsured\n"
     "Insurer: Travel Insurance\nHealth fund: Pensioner Concession Card",
     ["Harbour Light Mutual", "Coastline Rehab Solutions"],
     ["None", "Uninsured", "Travel Insurance", "Pensioner Concession Card"]),
    # "CC:" holds a complaint, "To:" a service; a surname in capitals after "Patient:" stays a name
    ("CC: MVC at 40 mph. To: ENT team. Patient: LEE presented with chest pain.", ["LEE"], ["MVC at", "ENT team"]),
    # a fire district, an air medical service, a Cayman postcode, coordinates at a landing zone; not "Called Air
    # Ambulance"
    ("Ruby Creek Fire Protection District crew; handed to Sierra Ridge Air Medical at the LZ (39.5012, -119.8133). "
     "Home: North Side, Grand Cayman KY1-1302.",
     ["Ruby Creek", "Sierra Ridge", "39.5012", "KY1-1302"], []),
    ("Called Air Ambulance. Awaiting Air Ambulance.", [], ["Called Air Ambulance", "Awaiting Air Ambulance"]),
])
def test_signers_firms_and_places(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)


@pytest.mark.parametrize("text, gone, kept", [
    # medical councils' numbers after registration words; Indian and Lao plates
    ("डॉ. (KAMC पंजीयन क्र. 52191) | वाहन MH-12-AB-3381 | ລົດຈັກ ທະບຽນ ກຂ 5520", ["52191", "MH-12-AB-3381", "5520"], []),
    ("ANC ≥ 1500 /µL. TAKE UP TO 4000 MG. ປີ ຄສ 2024", [], ["ANC ≥ 1500", "UP TO 4000", "2024"]),
    # months, a Buddhist-era date, feasts; not a dose or a count after a word that is also a month
    ("දිනය: දෙසැම්බර් 12 | ၂၀၂၃ မတ် ၈ | 3 ଅଗଷ୍ଟ 2025 | ตรวจ 02/03/2567 | ఉగాది తర్వాత | ඉල් පොහොය | 开斋节前",
     ["දෙසැම්බර් 12", "၂၀၂၃ မတ် ၈", "3 ଅଗଷ୍ଟ 2025", "02/03/2567", "ఉగాది", "ඉල් පොහොය", "开斋节"], []),
    ("మందు మార్చి 2 వారాల తర్వాత. మోతాదు మార్చి 1000 mg. ମଇ 32 ଦିନ. Разведение 1/2/2500 МЕ.",
     [], ["మార్చి 2 వారాల", "మార్చి 1000 mg", "ମଇ 32", "1/2/2500"]),
    # type 2 diabetes is no brother; a son's name after a phone number still goes
    ("진단: 제2형 당뇨병. 연락처 010-1234-5678아들 김민수", ["김민수"], ["제2형 당뇨병"]),
])
def test_scripts_dates_plates_and_councils(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)
