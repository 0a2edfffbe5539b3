"""Session 48's changes after HELD-OUT 48's blind measurement (written here in other words than the notes'): numbers
in the digits of other scripts than ASCII (Devanagari, Arabic-Indic, Persian, Bengali, Thai) are read by the number
rules as ASCII digits are, where nothing else took them; an aortic dissection's class ("Stanford A", "DeBakey II") is
no person's name."""

from __future__ import annotations

import pytest

from tests.deid_snippets import contains, gone_and_kept


@pytest.mark.parametrize("text, gone, kept", [
    # a phone or a long number in another script's digits, as its ASCII form would go
    ("फोन: ९८१२ ३४५ ६७०, अगली जाँच शुक्रवार को", ["९८१२ ३४५ ६७०"], ["अगली जाँच"]),
    ("তিনি ফোন করবেন: ০১৭১২ ৩৪৫৬৭৮", ["০১৭১২ ৩৪৫৬৭৮"], []),
    ("شماره تماس همراه: ۰۹۱۲ ۳۴۵ ۶۷۸۹", ["۰۹۱۲ ۳۴۵ ۶۷۸۹"], []),
    ("प्रकरण क्र. TKS/OPD/२०२४/०७७३ नुसार", ["TKS/OPD/२०२४/०७७३"], []),
    # values, doses and times in those digits stay, as their ASCII forms do
    ("रक्तचाप १३०/८५ mmHg, नाड़ी ९२/मिनट, पैरासिटामोल ५०० mg दिन में ३ बार", [],
     ["१३०/८५", "९२/मिनट", "५०० mg", "३ बार"]),
    ("ضغط الدم ١٣٠/٨٠ ملم زئبق، النبض ٨٨ في الدقيقة، الهيموغلوبين ١١٫٢ غ/دل", [], ["١٣٠/٨٠", "٨٨ في الدقيقة", "١١٫٢"]),
    ("ความดันโลหิต ๑๒๐/๘๐ มม.ปรอท ชีพจร ๘๒ ครั้ง/นาที", [], ["๑๒๐/๘๐", "๘๒ ครั้ง"]),
])
def test_numbers_in_other_scripts_digits(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)


@pytest.mark.parametrize("text, gone, kept", [
    ("CTA chest: Stanford type A dissection from the root to the arch.", [], ["Stanford type A"]),
    ("Known Stanford B dissection, on medical management; DeBakey III on the old report.", [],
     ["Stanford B", "DeBakey III"]),
    ("主動脈電腦斷層：Stanford B型主動脈剝離，未侵犯升主動脈。", [], ["Stanford B"]),
    # a person or a street of the name still goes
    ("Reviewed with Dr Stanford Okafor at 14 Stanford Avenue.", ["Okafor", "14 Stanford Avenue"], []),
])
def test_a_dissections_class_is_no_name(text: str, gone: list[str], kept: list[str]) -> None:
    gone_and_kept(text, gone, kept, found=contains)
