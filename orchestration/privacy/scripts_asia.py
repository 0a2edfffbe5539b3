"""Identifiers written in Korean (Hangul), Japanese (kanji and kana), Tamil and Thai, for
:func:`consilium.orchestration.privacy.scripts.script_spans`.

Neither script has capital letters, and no name list is shipped for either, so a name is read only from the
slot it stands in, as the Hebrew and Arabic rules read theirs: after a label and its colon (환자:, 보호자:,
患者氏名：, 主治医：), after a relative (아들, 母), or before a title (씨, 님, 先生, 様). A Korean name is one
word of two to four syllables; a Japanese one is a surname and a given name of one to four characters each,
with or without a space between, and its reading in kana in brackets after it. Facilities are read before
their facility words (병원, 의원, 보건소; 病院, クリニック, 保育園); a postcode after 〒; dates in the
year-month-day form of both languages are found by :data:`~consilium.orchestration.privacy.dates.FOREIGN_DATE`,
and an address label's value (주소:, 住所：, முகவரி:) by the label rule of :mod:`~consilium.orchestration.privacy.scripts`.

Tamil, like Hindi, is read from its slots: a title (திருமதி, டாக்டர்), a label (பெயர்:), a relative (கணவர்), up
to two words and not before the words of a scheme, award or building named after a person ("டாக்டர் முத்துலட்சுமி
ரெட்டி மகப்பேறு நிதியுதவித் திட்டம்", a maternity scheme); a place before its district or village word, or after a
health facility and a comma. Bengali is read the same way: a title (মোঃ, মোছাঃ, ডাঃ), a label (রোগীর নাম:, স্বামী:,
নার্স:), a relative (ছেলে, বোন), the name closing before a mark, a bracket, a bar or the line's end; a place after
its unit's label (গ্রাম:, উপজেলা:, জেলা:).
"""

from __future__ import annotations

import functools
import re

from consilium.orchestration.privacy import patterns as P

_HANGUL = "\uac00-\ud7a3"
_KANJI = "\u4e00-\u9fff\u3005"  # with 々, the repetition mark of 佐々木
_KANA = "\u3041-\u3096\u30a1-\u30fa\u30fc"  # hiragana, katakana and the long-vowel mark
_TAMIL = "\u0b80-\u0bff"
_THAI = "\u0e01-\u0e4f"  # letters and marks, not the Thai digits
_LAO = "\u0e81-\u0ecd\u0edc-\u0edf"  # letters and marks, not the Lao digits
# a Japanese form's reading label, bracketed or before its colon ("（ふりがな）", "フリガナ：")
_JA_READING_LABEL = r"(?:[（(](?:ふりがな|フリガナ|よみがな|ヨミガナ)[）)][ \t\u3000]*[:：]?|(?:ふりがな|フリガナ|よみがな|ヨミガナ)[ \t\u3000]*[:：])[ \t\u3000]*"
# where a Lao name written onto its kind's word ends: a space or a sign, or a word of the sentence after it
_LO_END = rf"(?=[^{_LAO}]|$|ດ້ວຍ|ແລ້ວ|ເພື່ອ|ແລະ|ນີ້|ບໍ່|ໃນ|ຂອງ|ຢູ່|ມາ|ໄປ)"
_HAS_THAI = re.compile(f"[{_THAI}]")
_HAS_LAO = re.compile(rf"[{_LAO}]")
# Thai: a title written onto the given name ("นายประเสริฐ ศรีบุญเรือง"), the surname after a space; a hospital
# after โรงพยาบาล
_TH_TITLES = (r"นางสาว|นาง|นาย|เด็กชาย|เด็กหญิง|ด\.ช\.|ด\.ญ\.|คุณ|นพ\.|พญ\.|ทพ\.|ทพญ\.|ภก\.|ภญ\.|ผศ\.|รศ\.|"
              r"ศ\.|ดร\.|พ\.อ\.|พ\.ต\.|ร\.ต\.|พว\.")
# the titles written with a dot (a title of words, "คุณ", "นาง", also opens words: "คุณภาพ", "นางพยาบาล")
_TH_DOTTED_TITLES = "|".join(t for t in _TH_TITLES.split("|") if t.endswith("\\."))
_TH_WORD = rf"[{_THAI}]+"
# the roles, ranks and departments a dotted title may stand before instead of a name ("นพ.ศัลยกรรม", "พว.หัวหน้าเวร",
# "พญ.ประจำบ้าน")
_TH_ROLE_WORDS = (r"(?:ประจำ|ศัลย|อายุร|ฝึกหัด|ผู้|หัวหน้า|พี่เลี้ยง|เวร|นัก|แพทย์|พยาบาล|เภสัช|กุมาร|สูติ|จักษุ|ทันต|รังสี|วิสัญญี|จิต|"
                  r"ออร์โธ|ใช้ทุน|เจ้าของไข้|เจ้าหน้าที่)")
_TH_NOT_PLACE = r"นพ|พญ|ทพ|ภก|ภญ|หน้า|และ|ที่|นี้|ถึง|ก่อน|หลัง|[ก-ฮ]\."
_HAS_HANGUL = re.compile(f"[{_HANGUL}]")
_HAS_KANA = re.compile(f"[{_KANA}]")
_GUJARATI = "\u0a81-\u0ae3"  # letters, signs and marks, without the digits
_HAS_GUJARATI = re.compile(f"[{_GUJARATI}]")
_KHMER = "\u1780-\u17d3"  # letters, signs and marks, without the full stops and the digits
_HAS_KHMER = re.compile(f"[{_KHMER}]")
# Khmer writes the words of a phrase together and a name's apart: a surname and a given name each a word
_KM_WORD = f"[{_KHMER}]{{2,}}"
_HAS_TAMIL = re.compile(f"[{_TAMIL}]")
# Bengali: letters and marks without the Bengali digits (a number is read as the ASCII digits it is, dates.py)
_BENGALI = "\u0980-\u09e5\u09f0-\u09ff"
_HAS_BENGALI = re.compile(f"[{_BENGALI}]")
_BN_WORD = rf"[{_BENGALI}]+"
# titles before a name ("মোছাঃ রহিমা খাতুন", "মোঃ আব্দুল করিম", "ডাঃ তাসলিমা আক্তার"); "বেগম" is a surname as often
_BN_TITLES = (r"মোছাঃ|মোসাঃ|মোছাম্মৎ|মোসাম্মৎ|মোছাম্মাৎ|মোসাম্মাৎ|মোছা\.|মোসা\.|মোহাম্মদ|মুহাম্মদ|মোঃ|মো\.|ডাঃ|ডা\.|জনাব|"
              r"শ্রীমতী|শ্রী|মিসেস|অধ্যাপক")
# a person's labels: the patient's, the husband's, father's, mother's and guardian's names, a relative, a clinician, a nurse,
# a health worker; a bare "নাম:" only opening a line or a cell ("রোগের নাম:" names a disease)
_BN_LABELS = (r"(?:রোগীর|রোগিণীর|স্বামীর|পিতার|বাবার|মাতার|মায়ের|অভিভাবকের|স্ত্রীর)[ \t]+নাম|(?:(?<=^)|(?<=\n)|(?<=\|[ \t]))নাম|"
              r"স্বামী|স্ত্রী|পিতা|মাতা|অভিভাবক|চিকিৎসক|নার্স|সেবিকা|স্বাস্থ্য[ \t]+সহকারী|স্বাস্থ্যকর্মী|তথ্যদাতা|সাক্ষী|"
              r"পরিদর্শক|রেফারকারী")
# relatives before a name with no colon ("ছেলে সোহেল রানা", "বোন শাহনাজ বেগম")
_BN_RELATIVES = r"ছেলে|মেয়ে|বোন|ভাই|স্বামী|স্ত্রী|বাবা|মা|নাতি|নাতনি|শাশুড়ি|শ্বশুর|ভাবি|দেবর|ননদ"
# the Indian states a Bengali or Assamese address closes with, and Bangladesh's divisions
_BN_STATES = (r"অসম|আসাম|পশ্চিমবঙ্গ|ত্রিপুরা|মেঘালয়|বিহার|ঝাড়খণ্ড|ওড়িশা|মণিপুর|মিজোরাম|নাগাল্যান্ড|অরুণাচল[ \t]+প্রদেশ|"
              r"ঢাকা|চট্টগ্রাম|রাজশাহী|খুলনা|বরিশাল|সিলেট|রংপুর|ময়মনসিংহ")
# the wife's formal word and Assamese's son, daughter, father, mother, husband, brother, sister and neighbour (spelt as
# read after :data:`_AS_TO_BN`), before one name closed by a bracket, a colon or a comma ("(পত্নী জোনালী):"); not before
# a clause ("পত্নী সঙ্গে আছেন", "দেউতাক ডায়েবেটিছৰ ৰোগী")
_BN_KIN_ONE = r"পত্নী|পুত্র|জীয়েক|দেউতাক|মাক|গিরিয়েক|ককায়েক|ভায়েক|ভনীয়েক|বায়েক|চুবুরীয়া"
# a name (or a place after its label) closes before a mark, a bracket, a bar or the line's end: "ছেলে রাফি বাড়িতে"
# (at home) is not read as a name of three words
_BN_NAME = rf"(?P<n>{_BN_WORD}(?:[ \t]+{_BN_WORD}){{0,2}})(?=[ \t]*(?:[|,;।(\n)]|$))"
# Assamese is written in the same script with its own letters for r and w ("শ্ৰী", "পল্লৱী"): the Bengali rules read a
# text with them as the Bengali letters (one character for one, so every position holds)
_AS_TO_BN = str.maketrans({"ৰ": "র", "ৱ": "ব"})
# the units of an address after their label: village, union, sub-district, district, police station, municipality,
# ward, neighbourhood, home village ("গ্রাম: নায়েরগাঁও", "জেলা: চাঁদপুর", "গ্রামের বাড়ি: চরফ্যাশন, ভোলা")
_BN_PLACE_LABELS = r"গ্রামের[ \t]+বাড়ি|গ্রাম|ইউনিয়ন|উপজেলা|জেলা|থানা|পৌরসভা|ওয়ার্ড|মহল্লা|পাড়া|বিভাগ"

# Tamil: words that end a name (age, labels, relatives) and the words of things named after a person.
_TA_STOP = r"வயது|பெயர்|கணவர்|மனைவி|மகன்|மகள்|தந்தை|தாய்|கைபேசி|தொலைபேசி|முகவரி|ஆதார்|எண்|திருமதி|திரு|செல்வி|டாக்டர்"
_TA_NAMED_AFTER = r"[\u0b80-\u0bff]*(?:திட்டம்|திட்ட|விருது|நினைவு|மருத்துவமனை|அறக்கட்டளை|சாலை|தெரு|நகர்|பள்ளி|கல்லூரி)"
_TA_WORD = rf"(?!(?:{_TA_STOP})(?![{_TAMIL}]))[{_TAMIL}]+(?![{_TAMIL}])"
# (a name may open with the father's or the village's initials, "கே. சுப்பிரமணியன்", "இரா. முருகன்")
_TA_NAME = (rf"(?:(?:[{_TAMIL}]{{1,2}}|[{_TAMIL}]{{2}}\u0bbe)\.[ \t]?){{0,2}}{_TA_WORD}(?:[ \t]+{_TA_WORD})?"
            rf"(?![ \t]+(?:[{_TAMIL}]+[ \t]+){{0,3}}{_TA_NAMED_AFTER})")
# a title is a word of its own ("திருவையாறு", a town, begins with திரு)
_TA_TITLES = r"(?:திருமதி|திரு|செல்வி|டாக்டர்|மரு)(?:\.|(?=[ \t]))|Dr\.?"
_TA_LABELS = r"பெயர்|நோயாளி|நோயாளியின்[ \t]+பெயர்|மருத்துவ[ \t]+அலுவலர்|மருத்துவர்|செவிலியர்|கையொப்பம்"
_TA_RELATIVES = r"கணவர்|மனைவி|மகன்|மகள்|தந்தை|தாய்|அம்மா|அப்பா|சகோதரர்|சகோதரி"
_TA_UNITS = r"மாவட்டம்|வட்டம்|கிராமம்|ஊராட்சி|நகராட்சி|தாலுகா"
# the same units and a home town as a form's labels, the place after the colon ("ஊர்: மதுரை", "மாவட்டம்: தேனி"; not the
# taluk's "வட்டம்", also a circle: "வட்டம்: சிவப்பு", a red one); not
# a form's answer that is no place ("ஊர்: தெரியவில்லை", unknown; "நகரம்: இல்லை", no; "ஆம்", yes; "அதே", the same)
_TA_PLACE_LABELS = r"ஊர்|சொந்த[ \t]+ஊர்|கிராமம்|மாவட்டம்|நகரம்|ஊராட்சி|தாலுகா"
_TA_NOT_PLACE = rf"(?![{_TAMIL}]*(?:இல்லை|வில்லை|தெரியாது)(?![{_TAMIL}])|(?:ஆம்|உண்டு|அதே|கிராமம்|நகரம்|வெளிமாநிலம்)(?![{_TAMIL}]))"
_TA_FACILITY = r"நிலையம்|மருத்துவமனை|மையம்"

# Korean: the words that begin a name's slot and those that end one.
_KO_NAME = rf"[{_HANGUL}]{{2,4}}"  # (the slot words below are kept out of it where a name may follow them)
_KO_LABELS = (r"환자(?:명|[ \t]*성명)?|성[ \t\u3000]*명|이[ \t\u3000]*름|보호자|담당[ \t]*의(?:사)?|담당의|주치의|전공의|의사|간호사|작성자|기록자|서명|"
              r"신고자|연락처[ \t]*\(?보호자\)?|의뢰[ \t]*의(?:사)?")
# a court's or a benefit's forms: the petitioner, the applicant, the person concerned, the examiner and the examined;
# their value is as often a word ("대상자: 고위험군", "수검자: 공복"), so a name there opens with a surname's syllable
_KO_FORM_LABELS = r"청구인|신청인|사건[ \t]*본인|감정의|대상자|수검자|피검자|의뢰인"
_KO_NOT_FORM_NAME = rf"(?!(?:공복|본인|없음|해당|미상|동일|상동|공란|대리인|보호자)(?![{_HANGUL}]))"
_KO_RELATIVES = (r"아들|딸|남편|아내|부인|배우자|어머니|아버지|모친|부친|며느리|사위|손자|손녀|동생|형|누나|언니|오빠|"
                 r"할머니|할아버지|이웃")
# the children by their order, a nephew or niece, a grandchild: before a name of three syllables that opens with a
# surname's ("차녀 오미숙"; not "장녀 동행하여", "조카 방문")
_KO_KIN_MORE = r"장남|차남|삼남|장녀|차녀|삼녀|막내아들|막내딸|조카|손주"
# a clinician's role, or a ship's captain's, written before the name ("작성: 전공의 박솔", "공중보건의사(내과) 정여름")
_KO_ROLES = r"전공의|전문의|주치의|담당의|공중보건의사|공중보건의|인턴|레지던트|수간호사|간호사|선장"
# care and allied roles, before a name of three syllables only ("요양보호사 황보은비", not "약사 전화/")
_KO_ROLES_MORE = r"요양보호사|사회복지사|물리치료사|작업치료사|영양사|약사|임상심리사"
# (there the name opens with one of the commoner surnames: "간호사 교육 시행" is nurse teaching)
# an insurance card's symbol label and its value (a town's name or digits), set apart by spaces or a colon
_JA_CARD_SYMBOL = r"記号(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)"
_JA_CARD_VALUE = r"[^\s\u3000：:・･（(]{1,12}?"
# the last syllables of a verb's or a particle's ending, which no name has there ("노티함", "지시에")
_KO_VERB_END = "함됨임음중후로에의을를은는이가도과와고며서"
_KO_SURNAMES = ("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도"
                "소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")
KO_SURNAMES = frozenset(_KO_SURNAMES)  # (for a name's Hangul spelling in brackets after its Latin one: detect.py)
_KO_TITLES_AFTER = r"씨|님|선생님|교수|전문의|간호사|과장|원장|보호자|환자|할머니|할아버지|어르신"
# a department or ward between a label and the name ("담당의: 감염내과 이정훈")
_KO_UNIT = rf"[{_HANGUL}]{{1,6}}(?:과|병동|센터|팀)"
# the characters that may follow a Korean name: a space, punctuation, a digit, or a particle
# not a relative, a title or a department in the name's place (after de-identification the name is a placeholder:
# "보호자: 아들 [NAME_2]")
_KO_NOT_NAME = rf"(?!(?:{_KO_RELATIVES}|{_KO_TITLES_AFTER}|[{_HANGUL}]{{1,6}}(?:과|병동|센터|팀))(?![{_HANGUL}]))"
_KO_AFTER = rf"(?=[ \t\n,.(（)）:;/\d]|$|(?:은|는|이|가|을|를|의|에게|께서|와|과|도)(?![{_HANGUL}]))"
# the words of a blood count or a pulse, and those of the time something happens ("입원시", at admission), that have an
# administrative unit's last syllable
_KO_NOT_ADMIN = (r"[백적]혈구|호[중산염]구|림프구|단핵구|[심맥]?박동|"
                 r"(?:입원|내원|퇴원|검사|채혈|수혈|발열|운동|방문|치료|수술|투약|식사|보행|기상|취침|필요|응급|진료|측정|호흡|배뇨|배변|활동|기침|"
                 r"흡입|통증|증상|발작|복용|섭취|외출|귀가|이동|내시)시")
# Korea's provinces, short and in full, and the particles and words after a place ("에서", "거주", lives in)
_KO_PROVINCES = (r"경기도?|강원도?|충북|충남|전북|전남|경북|경남|제주도?|충청북도|충청남도|전라북도|전라남도|경상북도|경상남도|"
                 r"강원특별자치도|전북특별자치도|제주특별자치도")
_KO_PLACE_AFTER = r"에서|에|의|으로|로|은|는|이|가|을|를|과|와|서|행|까지|부터|거주|시내|소재|출신"
# words of two syllables and 시 or 군 that name no city or county: a time ("당시", "즉시", "동시") and armed forces or a
# syndrome ("해군", "증후군")
_KO_NOT_COUNTY = (r"(?:당시|즉시|동시|임시|수시|상시|항시|잠시|평시|역시|다시|방문시|해군|육군|공군|장군|아군|적군|증후군|대군)"
                  rf"(?![{_HANGUL}])")
_KO_FACILITY = (r"병원|의원|의료원|보건소|보건지소|보건진료소|요양원|한의원|치과|클리닉|약국|어린이집|유치원|초등학교|중학교|고등학교|"
                r"(?<!금)지사(?![가-힣])|조선소")  # (an office's branch and a shipyard by their town: "통영지사", "옥포조선소";
# not "식이금지사항", a prohibition)
# a facility word alone or after a word that says only its kind ("대학병원", "요양병원") is no name
_KO_GENERIC = r"대학|요양|종합|상급종합|지역|동네|개인|전문|협력|국립|시립|도립|공공|인근|타|본|해당|같은|다른|큰|작은|대형|중형|소형"

# Japanese: labels (with a full- or half-width colon), relatives, titles after a name, facility words.
# (a given name may be written in kana after the surname and a space: "宮城 カマド", "金城 めぐみ", "大城 ハル子")
_JA_NAME = (rf"[{_KANJI}]{{1,3}}[{_KANA}]{{2,4}}[子美]?(?![{_KANJI}{_KANA}])|"  # a given name in kana written onto the surname ("菅野ひかり")
            rf"[{_KANJI}]{{1,4}}(?:[ \t\u3000]?[{_KANJI}]{{1,4}}|[ \t\u3000][{_KANA}]{{2,5}}[子美]?(?![{_KANA}]))?")
# the professions that stand before a name with no colon ("作業療法士 西田 真琴、理学療法士 岡 翼", "看護師 菅野ひかり"):
# there the name is a surname and a given name, apart or the given name in kana, so that "看護師 対応" stays
_JA_ROLES = (r"看護師|准看護師|保健師|助産師|医師|歯科医師|薬剤師|作業療法士|理学療法士|言語聴覚士|管理栄養士|栄養士|社会福祉士|"
             r"精神保健福祉士|介護福祉士|介護支援専門員|ケアマネジャー|臨床検査技師|診療放射線技師|臨床工学技士|臨床心理士|公認心理師|"
             r"救急救命士|医療ソーシャルワーカー|相談員|歯科衛生士|視能訓練士|義肢装具士|研修医|専攻医|救急隊長|救急隊員|隊長")
_JA_ROLE_NAME = (rf"[{_KANJI}]{{1,4}}[ \t\u3000](?:[{_KANJI}]{{1,4}}|[{_KANA}]{{2,5}}[子美]?)(?![{_KANJI}{_KANA}])|"
                 rf"[{_KANJI}]{{1,3}}[{_KANA}]{{2,4}}(?![{_KANJI}{_KANA}])")
_JA_LABELS = (r"患者氏名|患者名|氏名|名前|保護者|主治医|担当医|かかりつけ医|紹介医|紹介元医師|記載者|記録者|署名|担当看護師|"
              r"利用者|対象者|訪問者|本人|作成者|報告者|依頼者|受診者|同行者|"
              r"看護師|家族|連絡先|キーパーソン|医師|担当医師|主治医師|訪問看護師|薬剤師|ケアマネジャー|ケアマネ|担当者|"
              # doctors named by what they do in a report or an operation record ("判読医", "執刀医"); not "専門医" or
              # "研修医", whose value is as often a specialty or a task ("専門医：循環器 内科へ紹介")
              r"判読医|読影医|執刀医|麻酔医|依頼医|指導医|当直医|当番医|検査医|第一助手|助手")
_JA_RELATIVES = (r"母|父|夫|妻|長男|長女|次男|次女|三男|三女|息子|娘|祖母|祖父|兄|姉|弟|妹|孫|孫娘|嫁|婿|義母|義父|叔母|叔父|伯母|伯父|"
                 r"甥|姪")
_JA_TITLES_AFTER = r"先生|様|さん|ちゃん|くん|君|医師|氏|看護師"
_JA_FACILITY = (r"病院|医院|クリニック|医療センター|診療所|保育園|幼稚園|小学校|中学校|高等学校|高校|大学|薬局|整骨院|"
                r"訪問看護ステーション|介護施設|老人ホーム|保健所|センター")
# (nor a family history's disease: "母 糖尿病、父 高血圧", no name holds these characters)
_JA_NOT_NAME = rf"(?!(?:{_JA_RELATIVES}|{_JA_ROLES}|[{_KANJI}]{{1,5}}科)(?![{_KANJI}]))(?![{_KANJI}]{{0,5}}[病症炎癌腫瘍圧塞痛傷痺])"
_JA_COUNT = "一二三四五六七八九十百数多全某"  # counts and "a certain": "看護師 一名", "某 医師"
_JA_CHAR = rf"[{_KANJI}{_KANA}]"
# what a role does or where it is, after it where a name might stand ("看護師 同席）", "医師 不在）"), and a count
# ("看護師 二名"; "三上" is a surname)
_JA_NOT_SURNAME = (r"(?!(?:対応|同席|同行|同乗|不在|立会|確認|記載|常駐|待機|付添|在室|相談|指示|判断|説明|診察|訪問|記録|報告|連絡|"
                   r"担当|派遣|配置|未定|複数|数名|交代|到着|退室|入室|観察|了承|介入|許可|当直|全員|未着|診断|吸引|多数|処置|"
                   r"同意|承諾|不明|専従|兼務|常勤|非常勤|補助|介助|見守)(?![\u4e00-\u9fff]))" + f"(?![{_JA_COUNT}]+[名人回件度本枚例](?![{_KANJI}])|某)")
# where a name after a label or a relative ends: not inside a word ("医師：往診を継続" is a house call, not a name)
_JA_NAME_END = rf"(?=$|[^{_KANJI}{_KANA}]|さん|ちゃん|くん|君|様|氏|先生|医師|看護師)"
# a role is no name before a title ("看護師さん", "主治医先生"): not at the name's start, nor at its end (below)
_JA_ROLE = r"(?!(?:看護師|医師|先生|患者|家族|担当|主治医|薬剤師|助産師|保健師)(?![\u4e00-\u9fff]))"
_JA_DEPT = rf"[{_KANJI}]{{1,5}}科"  # a department between a label and the name ("主治医：小児科 高橋 由紀子")


@functools.cache
def _rules() -> list[tuple[str, str, int, re.Pattern[str]]]:
    return [
        ("NAME", "ko_label", 9, re.compile(
            rf"(?:{_KO_LABELS})[ \t]*[:：][ \t]*(?:(?:{_KO_RELATIVES}|{_KO_UNIT})[ \t]+)?{_KO_NOT_NAME}(?P<n>{_KO_NAME}){_KO_AFTER}")),
        ("NAME", "ko_relative", 9, re.compile(rf"(?<![{_HANGUL}])(?!(?<=\d)형)(?:{_KO_RELATIVES})[ \t]+{_KO_NOT_NAME}(?P<n>{_KO_NAME}){_KO_AFTER}")),
        ("NAME", "ko_role", 9, re.compile(rf"(?<![{_HANGUL}])(?:{_KO_ROLES})(?:[(（][{_HANGUL}]{{1,6}}[)）])?[ \t]+{_KO_NOT_NAME}"
                                          # (three syllables closing a field or before a bracket, or two before a slash or
                                          # a bar; not a verb's or a particle's last syllable: "담당의 노티함", "주치의
                                          # 지시에 따라", "전문의 진료 필요")
                                          rf"(?P<n>[{_KO_SURNAMES}][{_HANGUL}](?:[{_HANGUL}](?<![{_KO_VERB_END}])"
                                          rf"(?=[ \t]*(?:[/|,(（]|$))|(?=[ \t]*[/|])))", re.M)),
        ("NAME", "ko_form_label", 9, re.compile(rf"(?:{_KO_FORM_LABELS})[ \t]*[:：][ \t]*{_KO_NOT_FORM_NAME}"
                                                rf"(?P<n>[{_KO_SURNAMES}][{_HANGUL}]{{1,2}})(?<![{_KO_VERB_END}]){_KO_AFTER}")),
        ("NAME", "ko_kin_role_more", 9, re.compile(rf"(?<![{_HANGUL}])(?:{_KO_KIN_MORE}|{_KO_ROLES_MORE})[ \t]+"
                                                   rf"(?P<n>[{_KO_SURNAMES}][{_HANGUL}]{{2}})(?<![{_KO_VERB_END}])"
                                                   # (a slash after a space only: "작업치료사 손기능/일상생활" is hand function)
                                                   rf"(?=[ \t]*(?:[|,(（]|$)|[ \t]+/|[ \t]+(?:면담|상담|통화|동석|동행)|"
                                                   rf"(?:와|과|께서|이|가)(?![{_HANGUL}]))", re.M)),
        # a wife named with the formal word, closing a field or before her number ("보호자: 처 이복순 010-2291-4457")
        ("NAME", "ko_wife", 9, re.compile(rf"(?<![{_HANGUL}])처[ \t]+(?P<n>[{_KO_SURNAMES}][{_HANGUL}]{{2}})"
                                          rf"(?<![{_KO_VERB_END}])(?=[ \t]*(?:[/|,(（]|\d|$))", re.M)),
        # a road address after its city, district or town ("목포시 영산로 417", "노화읍 이목길 12-3")
        ("ADDRESS", "ko_road", 5, re.compile(rf"(?<=[{_HANGUL}][시군구읍면동리][ \t])(?P<n>[{_HANGUL}]{{1,8}}(?:로|길)(?:[ \t]*\d{{1,4}}번?길)?"
                                             r"[ \t]*\d{1,5}(?:-\d{1,4})?)(?!\d|\.\d|[가-힣])")),
        # a postcode after its Korean label or its letter in brackets ("(우편번호 40221)", "(우 58746)")
        ("POSTCODE", "ko_postcode", 6, re.compile(r"(?:우편번호|[(（]우)[ \t]*[:：]?[ \t]*(?P<n>\d{5})(?!\d)")),
        ("NAME", "ko_title", 9, re.compile(rf"(?<![{_HANGUL}]){_KO_NOT_NAME}(?P<n>{_KO_NAME})[ \t]?(?:{_KO_TITLES_AFTER})(?:은|는|이|가|을|를|의|께서|께|에게|도)?(?![{_HANGUL}])")),
        # a chain of administrative units, each a two-syllable name and its kind: a city or county and its town or
        # district ("홍천군 내촌면", "춘천시 신북읍 율문리"), or a town and its village ("신북읍 율문리"). One word alone may be
        # an everyday word ("당시", "안면", "관리"), a chain of them is no sentence.
        # (not a time's word and a blood count, "입원시 백혈구 15,300", "채혈시 호중구", nor two blood cells, "백혈구 림프구")
        ("LOCATION", "ko_admin", 12, re.compile(
            rf"(?<![{_HANGUL}])(?!{_KO_NOT_ADMIN})(?P<n>[{_HANGUL}]{{2}}(?:시|군|구)[ \t]+(?!{_KO_NOT_ADMIN})[{_HANGUL}]{{2}}(?:읍|면|동|구)"
            rf"(?:[ \t]+[{_HANGUL}]{{2}}(?:리|동))?|[{_HANGUL}]{{2}}(?:읍|면)[ \t]+[{_HANGUL}]{{2}}리)(?![{_HANGUL}])")),
        # a metropolitan city, with its district or county ("서울 성북구", "대구 수성구 거주", "부산광역시"), and a city or
        # county after its province ("경북 안동시에서", "강원도 홍천군"); a word of its own, not "세종대왕". Daegu and
        # Sejong only with their word or a district (대구 is also cod: "대구 알", "생선(대구)"; "세종 대왕" a king)
        ("LOCATION", "ko_city", 12, re.compile(
            rf"(?<![{_HANGUL}])(?P<n>(?:(?:서울|부산|인천|광주|대전|울산)(?:특별시|광역시|시)?|(?:대구|세종)(?:광역시|특별자치시|시)|"
            rf"(?:대구|세종)(?=[ \t]+[{_HANGUL}]{{1,4}}(?:구|군)(?![{_HANGUL}])))"
            rf"(?:[ \t]+[{_HANGUL}]{{1,4}}(?:구|군)(?![{_HANGUL}]))?)(?=[ \t,.)(/）（]|$|(?:{_KO_PLACE_AFTER})(?![{_HANGUL}]))|"
            rf"(?<![{_HANGUL}])(?:{_KO_PROVINCES})[ \t]+(?!{_KO_NOT_ADMIN}|{_KO_NOT_COUNTY})(?P<c>[{_HANGUL}]{{2}}(?:시|군))"
            rf"(?=[ \t,.)(/）（]|$|(?:{_KO_PLACE_AFTER})(?![{_HANGUL}]))", re.M)),
        ("HOSPITAL", "ko_facility", 5, re.compile(
            rf"(?<![{_HANGUL}])(?!(?:{_KO_GENERIC})(?:{_KO_FACILITY}))(?P<n>[{_HANGUL}]{{2,12}}(?:{_KO_FACILITY}))")),
        ("NAME", "ja_label", 9, re.compile(
            rf"(?:{_JA_LABELS})[ \t\u3000]*[:：][ \t\u3000]*(?:(?:{_JA_RELATIVES}|{_JA_DEPT}|(?:{_JA_ROLES})(?=[ \t\u3000]))[ \t\u3000]*)?"
            rf"{_JA_NOT_NAME}(?P<n>{_JA_NAME}){_JA_NAME_END}", re.M)),
        ("NAME", "ja_relative", 9, re.compile(
            rf"(?:^|(?<=[\s、，,：:（(／/の]))(?:{_JA_RELATIVES})の?[ \t\u3000]+{_JA_NOT_NAME}(?P<n>{_JA_NAME}){_JA_NAME_END}", re.M)),
        ("NAME", "ja_title", 9, re.compile(rf"{_JA_ROLE}(?<![{_KANJI}])(?![{_KANJI}]{{1,5}}科[ \t\u3000])(?P<n>[{_KANJI}]{{1,4}}[ \t\u3000](?:[{_KANJI}]{{1,4}}|[{_KANA}]{{2,5}}[子美]?)|[{_KANJI}]{{2,4}})(?<!師)(?<!患者)(?<!家族)(?<!担当)(?<!当院)(?<!本院)(?<!同院)(?<!病院)(?<!自院)(?<!支援)(?<!訪問)(?<!専門)(?<!認定)(?<!病棟)(?<!外来)(?<!主任)[ \t\u3000]?"
                                           rf"(?:{_JA_TITLES_AFTER})(?![{_KANJI}])")),  # not "氏名" (full name)
        # a form's reading row and the name written under it ("（ふりがな）おきの　はる" / "沖野　ハル")
        # (the label bracketed or before its colon, the reading filling the rest of its line: "ふりがなをつけて" is none)
        ("NAME", "ja_furigana", 9, re.compile(rf"{_JA_READING_LABEL}(?!なし|ナシ|不明)(?P<n>[{_KANA}]+(?:[ \t\u3000][{_KANA}]+)?)"
                                              rf"(?=[ \t\u3000]*(?:\n|$))")),
        ("NAME", "ja_furigana_name", 9, re.compile(rf"{_JA_READING_LABEL}[{_KANA}]+(?:[ \t\u3000][{_KANA}]+)?[ \t\u3000]*\n[ \t\u3000]*"
                                                   rf"(?P<n>[{_KANJI}]{{1,4}}[ \t\u3000](?:[{_KANJI}]{{1,4}}|[{_KANA}]{{1,5}}))"
                                                   rf"(?![{_KANJI}{_KANA}])")),
        # the reading of a name, in kana in brackets right after it ("佐々木 陽翔（ささき はると）", "藤原 キヨ（ふじわら きよ）")
        # (in katakana, after a name, not after a longer word of kanji: "排痰補助装置（カフアシスト）" names a device; a
        # reading in hiragana is a name's wherever it stands, "主治医佐藤一郎（さとう いちろう）")
        ("NAME", "ja_reading", 9, re.compile(rf"(?<=[{_KANJI}])[（(](?P<n>[\u3041-\u3096]+(?:[ \t\u3000][\u3041-\u3096]+)?)[）)]|"
                                             rf"(?<=[{_KANJI}])(?<![{_KANJI}]{{6}})[（(](?P<k>[{_KANA}]+(?:[ \t\u3000][{_KANA}]+)?)[）)]|"
                                             # (after a name in kana the reading is in hiragana: a brand in katakana in
                                             # brackets after a drug, "ドネペジル（アリセプト）", is no reading)
                                             rf"(?<=[{_KANA}])[（(](?P<h>[\u3041-\u3096]+(?:[ \t\u3000][\u3041-\u3096]+)?)[）)]|"
                                             # and the name itself, a surname and a given name apart, before a reading of
                                             # two words in hiragana and a person's title, sex or age ("大西 誠（おおにし
                                             # まこと）　男性 58歳"; not "血圧 測定（けつあつ そくてい）を毎日")
                                             rf"(?<![{_KANJI}])(?P<c>[{_KANJI}]{{1,3}}[ \t\u3000][{_KANJI}]{{1,3}})"
                                             rf"(?=[（(][\u3041-\u3096]+[ \t\u3000][\u3041-\u3096]+[）)][ \t\u3000]*"
                                             rf"(?:様|さん|氏|殿|くん|ちゃん|男性|女性|男|女|\d{{1,3}}歳|[（(]\d))")),
        ("HOSPITAL", "ja_facility", 5, re.compile(
            rf"(?:^|(?<=[\s、，,：:（(「。]))(?P<n>{_JA_CHAR}{{1,16}}?(?:{_JA_FACILITY}))", re.M)),
        # a Japanese plate: its office's name, the class's digits, a hiragana and the number ("高知 300 さ 45-71")
        # (not a particle after a measurement: "体重 60 が 55-58 kg", "輸液 500 を 12-24 時間")
        ("ID", "ja_plate", 4, re.compile(rf"(?<![{_KANJI}])(?P<n>[{_KANJI}]{{1,4}}[ \t\u3000]?\d{{2,3}}[ \t\u3000]?"
                                         r"(?![がをでとにへはのもや])[\u3041-\u3096][ \t\u3000]?(?:\d{1,2}-\d{2}|[・･.]{1,3}\d{1,3}))(?!\d)")),
        # an insurance card's symbol and number ("被保険者証 記号 黒潮 番号 1187"): a town's name or digits, then digits, set
        # apart by spaces or a colon (a legend's "記号（A）と番号", "記号は文献番号" are no card)
        ("ID", "ja_card_symbol", 4, re.compile(rf"{_JA_CARD_SYMBOL}(?P<n>{_JA_CARD_VALUE})[ \t\u3000]+番号")),
        # (and both after one label: "記号・番号：12-34・567")
        ("ID", "ja_card_both", 4, re.compile(r"記号[・･]番号[ \t\u3000]*[:：]?[ \t\u3000]*(?P<n>[\d０-９][\d０-９-]{0,11}[ \t\u3000]*[・･]"
                                             r"[ \t\u3000]*[\d０-９][\d０-９-]{0,15})")),
        ("ID", "ja_card_number", 4, re.compile(rf"{_JA_CARD_SYMBOL}{_JA_CARD_VALUE}[ \t\u3000]+番号[ \t\u3000]*[:：]?[ \t\u3000]*"
                                               r"(?P<n>[\d０-９][\d０-９-]{0,15})")),
        ("POSTCODE", "ja_postcode", 6, re.compile(r"(?P<n>〒[ \t]?\d{3}-?\d{4})")),
        # a registry's or a licence's number after its word ("医籍登録番号 第412873号", "免許番号：第12345号")
        ("ID", "ja_register", 4, re.compile(r"(?:登録番号|免許番号|登録No\.?)[ \t\u3000]*[:：]?[ \t\u3000]*(?P<n>第?[ \t]*\d{3,8}[ \t]*号?)")),
        # the address after its postcode, to the next space ("〒606-8103 京都市左京区高野西開町34　TEL ...")
        ("ADDRESS", "ja_postcode_address", 5, re.compile(rf"〒[ \t]?\d{{3}}-?\d{{4}}[ \t\u3000]*(?P<n>[{_KANJI}{_KANA}ヶノ][^\s\u3000（(]*)")),
        ("NAME", "ja_role", 9, re.compile(rf"(?:{_JA_ROLES})[ \t\u3000]+{_JA_NOT_NAME}(?P<n>{_JA_ROLE_NAME})")),
        # (or the surname alone closing an aside's bracket, or after the word of who went with the patient: "救急隊長
        # 三上）", "同乗は当院看護師 林。"; not a count or what the role did, "看護師 一名）", "医師 不在）", "看護師 吸引）")
        ("NAME", "ja_role_surname", 9, re.compile(rf"(?:{_JA_ROLES})[ \t\u3000]+{_JA_NOT_NAME}{_JA_NOT_SURNAME}"
                                                  rf"(?P<n>[{_KANJI}]{{1,3}})(?=[）)])")),
        ("NAME", "ja_escort_surname", 9, re.compile(rf"(?:同乗|付き?添い)[はが：:]?[^。、\n]{{0,6}}?(?:{_JA_ROLES})[ \t\u3000]+"
                                                    rf"{_JA_NOT_NAME}{_JA_NOT_SURNAME}(?P<n>[{_KANJI}]{{1,3}})(?=[。、）)]|$)", re.M)),
        # a surname of one character before a title after a space ("整形外科（脊椎）今 先生に相談"); not "各 先生", "同 医師"
        ("NAME", "ja_title_one", 9, re.compile(rf"(?<![{_KANJI}{_KANA}])(?![{_JA_COUNT}各諸両本当前元新旧全他同某甲乙丙])(?P<n>[{_KANJI}])"
                                               rf"[ \t\u3000](?:先生|様|さん|医師)(?![{_KANJI}])")),
        # a fire station, a police station, a town office or a cooperative named by its town, in characters alone
        # ("板柳消防署", "隠岐広域連合消防本部", "木曽町役場"); not the one of the area or the nearest ("所轄警察署",
        # "地元の消防署", "町役場")
        ("HOSPITAL", "ja_public_office", 5, re.compile(rf"(?<![{_KANJI}{_KANA}])(?!(?:所轄|管轄|最寄|近隣|地元|当該|同|各|市|町|村|区|県|都|府|道)"
                                                       rf"(?:消防|警察|役場|市役所|区役所|漁協|農協))"
                                                       rf"(?P<n>[{_KANJI}]{{2,10}}(?:消防署|消防本部|警察署|役場|市役所|区役所|漁協|農協))")),
        # a Khmer name after its label and colon, closing the field ("ឈ្មោះ៖ សុខ វិសាល (SOK Visal)"); after a relative or a
        # title the words are as often a finding or what the person did ("ម្តាយ៖ ទឹកនោមផ្អែម", "លោក មានអាការៈក្អក")
        ("NAME", "km_label", 9, re.compile(rf"(?<![{_KHMER}])ឈ្មោះ(?:អ្នកជំងឺ)?[ \t]*៖[ \t]*(?!មិនស្គាល់|គ្មាន|មិនដឹង)"
                                           rf"(?P<n>{_KM_WORD}(?:[ \t]+{_KM_WORD})?)(?=[ \t]*(?:[(（),，;។៕\n|]|$))", re.M)),
        # a Gujarati name with its honorific written onto it, one word or two ("પત્ની સવિતાબેન", "રમેશભાઈ કાનજીભાઈ"); not
        # a relative or a role called so ("મોટાભાઈ", "માસીબેન", "નર્સબેન", "ભાઈબહેન")
        ("NAME", "gu_honorific", 9, re.compile(rf"(?<![{_GUJARATI}])(?!(?:મોટા|નાના|મોટી|નાની|સગા|સગી|પિતરાઈ|નર્સ|માસી|મામા|કાકા|કાકી|ફોઈ|દાદા|દાદી|ડોક્ટર|ડૉક્ટર|"
                                               rf"શિક્ષક|ભાઈ)(?:ભાઈ|બેન|બહેન))"
                                               rf"(?P<n>[{_GUJARATI}]{{2,}}(?:ભાઈ|બેન|બહેન)(?:[ \t]+[{_GUJARATI}]{{2,}}(?:ભાઈ|બેન|બહેન))?)"
                                               rf"(?![{_GUJARATI}])")),
        ("NAME", "th_title", 9, re.compile(rf"(?<![{_THAI}])(?:{_TH_TITLES})[ \t]?(?P<n>{_TH_WORD}[ \t]+{_TH_WORD})")),
        # (or a given name alone after a dotted title written onto it, closing a field: "ให้คำแนะนำ: พว.จันทร์เพ็ญ", "นพ.ธนกฤต |")
        ("NAME", "th_title_one", 9, re.compile(rf"(?<![{_THAI}])(?:{_TH_DOTTED_TITLES})(?!{_TH_ROLE_WORDS})(?P<n>{_TH_WORD})"
                                               r"(?=[ \t]*(?:$|[|,;)\n]))", re.M)),
        # (and a subdistrict health-promoting hospital or a hospital by its abbreviation, its name written onto it:
        # "รพ.สต.คำน้ำแซบ", "รพ.วารินชำราบ"; "มา รพ. ด้วยอาการไข้" is coming to hospital)
        ("HOSPITAL", "th_hospital", 5, re.compile(rf"(?P<n>(?:โรงพยาบาล|รพ\.สต\.|รพ\.){_TH_WORD})")),
        # a district, subdistrict or province written onto its kind ("อำเภอกุมภวาปี", "ต.เชียงแหว"), a district health
        # office ("สสอ.กุมภวาปี"), and the five-digit postcode closing such a line
        # (a one-letter form only with its name written onto the dot, not before a title, a rank's next letter or a word
        # of a sentence: "จ. และ พฤ." is Monday and Thursday, "ร.ต.อ." a rank, "อ.พญ." a lecturer, "อ.หน้า" next Tuesday)
        ("LOCATION", "th_place", 12, re.compile(rf"(?<![{_THAI}.])(?:(?:อำเภอ|ตำบล|จังหวัด|สสอ\.|สสจ\.)[ \t]?|(?:อ|ต|จ)\.(?!{_TH_NOT_PLACE}))"
                                                rf"(?P<n>{_TH_WORD})(?![{_THAI}]*\.)")),
        # (the postcode after a district and a province: "อำเภอกุมภวาปี จังหวัดอุดรธานี 41110", not "จังหวัดเลย 10234 ราย")
        ("POSTCODE", "th_postcode", 6, re.compile(rf"(?<![{_THAI}.])(?:อำเภอ|อ\.(?!{_TH_NOT_PLACE})){_TH_WORD}[ \t]+(?:จังหวัด|จ\.(?!{_TH_NOT_PLACE})){_TH_WORD}"
                                                      rf"[ \t]+(?P<n>\d{{5}})(?!\d)")),
        # a vehicle's registration after its word: letters, digits and the province ("ทะเบียน กข 4518 อุดรธานี")
        ("ID", "th_plate", 6, re.compile(rf"ทะเบียน(?:รถ)?[ \t]*(?P<n>\d?[ก-ฮ]{{1,2}}[ \t-]?\d{{1,4}}(?:[ \t]+{_TH_WORD})?)")),
        # a doctor's licence of the Medical Council ("ว.54127")
        ("ID", "th_licence", 6, re.compile(rf"(?<![{_THAI}])(?P<n>ว\.[ \t]?\d{{4,6}})(?!\d)")),
        # Lao, written as Thai is, each name onto its kind: a hospital ("ໂຮງໝໍແຂວງຈຳປາສັກ", "ໂຮງໝໍມະໂຫສົດ"), a province,
        # district, city or village ("ແຂວງຈຳປາສັກ", "ເມືອງປາກຊ່ອງ", "ນະຄອນຫຼວງວຽງຈັນ", "ບ້ານໜອງຫຼວງ"; not "ກັບບ້ານ",
        # going home, nor a village's word before another: "ບ້ານເກີດ", birthplace) and a company ("ບໍລິສັດ ດາວເຮືອງ")
        # (the name ends at a word of the sentence written onto it, "ມາໂຮງໝໍດ້ວຍອາການໄຂ້", and a kind's word alone is none:
        # "ໂຮງໝໍແຂວງ", the provincial hospital; "ເມືອງນີ້", this district; "ບ້ານນອກ", the countryside)
        ("HOSPITAL", "lo_hospital", 5, re.compile(rf"(?P<n>ໂຮງໝໍ(?!(?:ແຂວງ|ເມືອງ|ສູນກາງ|ລັດ|ເອກະຊົນ|ນ້ອຍ|ໃຫຍ່)?{_LO_END})"
                                                  rf"[{_LAO}]+?){_LO_END}")),
        ("LOCATION", "lo_place", 12, re.compile(rf"(?<![{_LAO}])(?:ແຂວງ|ເມືອງ(?!ນີ້|ນອກ|ໃຫຍ່)|ນະຄອນຫຼວງ|ນະຄອນ|"
                                                rf"ບ້ານ(?!ເກີດ|ພັກ|ຂອງ|ເຮືອນ|ເລກ|ທີ່|ໃໝ່|ນອກ|ພີ່ນ້ອງ|ຍາດ|ເມືອງ))"
                                                rf"(?P<n>[{_LAO}]{{2,}}?){_LO_END}")),
        ("LOCATION", "lo_company", 12, re.compile(rf"ບໍລິສັດ[ \t]?(?!ເອກະຊົນ|ລັດ|ຂອງ)(?P<n>[{_LAO}]{{2,}}?){_LO_END}")),
        # a Lao document's, book's or licence's number with its office's letters after "number" ("ເລກທີ: 1827/ນຫ")
        ("ID", "lo_number", 6, re.compile(rf"ເລກ(?:ທີ)?[ \t]*:?[ \t]*(?P<n>\d{{2,6}}/[\u0e81-\u0eae\u0edc-\u0edf]{{1,5}})(?![{_LAO}])")),
        ("NAME", "ta_title", 9, re.compile(rf"(?:{_TA_TITLES})[ \t]*(?P<n>{_TA_NAME})")),
        ("NAME", "ta_label", 9, re.compile(rf"(?:{_TA_LABELS})[ \t]*[:：\-–][ \t]*(?:(?:{_TA_TITLES})[ \t]*)?(?P<n>{_TA_NAME})")),
        ("NAME", "ta_relative", 9, re.compile(rf"(?<![{_TAMIL}])(?:{_TA_RELATIVES})[ \t]*[:：,]?[ \t]*(?:(?:{_TA_TITLES})[ \t]*)?(?P<n>{_TA_NAME})")),
        ("LOCATION", "ta_unit", 12, re.compile(rf"(?<![{_TAMIL}])(?P<n>[{_TAMIL}]+)[ \t]+(?:{_TA_UNITS})(?![{_TAMIL}])")),
        ("LOCATION", "ta_place_label", 12, re.compile(rf"(?<![{_TAMIL}])(?:{_TA_PLACE_LABELS})[ \t]*[:：][ \t]*{_TA_NOT_PLACE}"
                                                     rf"(?P<n>[{_TAMIL}]+(?:[ \t]+[{_TAMIL}]+)?)(?=[ \t]*(?:[|,;.(\n)]|$))")),
        ("LOCATION", "ta_facility_place", 12, re.compile(rf"(?:{_TA_FACILITY})[ \t]*,[ \t]*(?P<n>[{_TAMIL}]+)")),
        # (a title is a word of its own: "মুহাম্মদপুর" is a place)
        ("NAME", "bn_title", 9, re.compile(rf"(?<![{_BENGALI}])(?:{_BN_TITLES})(?![{_BENGALI}])[ \t]*{_BN_NAME}")),
        ("NAME", "bn_label", 9, re.compile(rf"(?<![{_BENGALI}])(?:{_BN_LABELS})[ \t]*[:ঃ][ \t]*(?:(?:{_BN_TITLES})[ \t]*)?{_BN_NAME}", re.M)),
        ("NAME", "bn_relative", 9, re.compile(rf"(?<![{_BENGALI}])(?:{_BN_RELATIVES})[ \t]+(?:(?:{_BN_TITLES})[ \t]*)?{_BN_NAME}")),
        # a town before its state, as "Town, STATE" is read in English ("গোলাঘাট, অসম"), and the word after a village's,
        # a post office's or a police station's word closed by a comma or a bar ("গাঁও নাহৰবাৰী,", "ডাকঘৰ বোকাখাত,")
        ("LOCATION", "bn_before_state", 12, re.compile(rf"(?<![{_BENGALI}])(?P<n>{_BN_WORD}),[ \t]*(?:{_BN_STATES})(?![{_BENGALI}])")),
        ("LOCATION", "bn_unit_word", 12, re.compile(rf"(?<![{_BENGALI}])(?:গ্রাম|গাঁও|ডাকঘর|থানা|মৌজা|উপজেলা|জেলা)[ \t]+"
                                                    rf"(?P<n>{_BN_WORD})(?=[ \t]*[,|;।(])")),
        ("NAME", "bn_kin_one", 9, re.compile(rf"(?<![{_BENGALI}])(?:{_BN_KIN_ONE})[ \t]+(?P<n>{_BN_WORD})(?=[ \t]*[),:;|ঃ])")),
        # a person's label before initials in Latin capitals alone ("স্টাফ নার্স: SD")
        ("NAME", "bn_label_initials", 9, re.compile(rf"(?<![{_BENGALI}])(?:{_BN_LABELS})[ \t]*[:ঃ][ \t]*(?P<n>[A-Z]{{2,4}})(?![A-Za-z])", re.M)),
        ("LOCATION", "bn_place", 12, re.compile(rf"(?<![{_BENGALI}])(?:{_BN_PLACE_LABELS})[ \t]*[:ঃ][ \t]*{_BN_NAME}")),
        # a registration's, a record's, a card's or a police diary's number after its label and the word for number,
        # three digits or more ("পঞ্জীয়ন নং 18427", "জিডি নং 33/2026"; not "বেড নং 112", "কেবিন নং 305", "হটলাইন নম্বর 16263")
        ("ID", "bn_number", 4, re.compile(rf"(?<![{_BENGALI}])(?:পঞ্জীয়ন|পঞ্জীকরণ|নিবন্ধন|রেজি\.?|রেজিস্ট্রেশন|জিডি|এফআইআর|মামলা|"
                                          rf"কেস|ভর্তি|রোগী|আইডি|পরিচয়পত্র|কার্ড|রেকর্ড|ফাইল|লাইসেন্স|সনদ)[ \t]*(?:নং|নম্বর)\.?[ \t]*[:ঃ]?[ \t]*"
                                          r"(?P<n>(?=(?:[A-Za-z/-]*[\d০-৯]){3})[A-Za-z/-]{0,12}[\d০-৯][\d০-৯A-Za-z/-]*[\d০-৯A-Za-z])")),
    ]


def asia_spans(text: str) -> list[tuple[int, int, str, str, int]]:
    """(start, end, kind, rule, priority) of Korean-, Japanese-, Tamil-, Thai-, Lao-, Bengali-, Khmer- and
    Gujarati-script identifiers."""
    scripts = {"ko_": _HAS_HANGUL.search(text) is not None, "ja_": _HAS_KANA.search(text) is not None or "〒" in text or "記号" in text,
               "ta_": _HAS_TAMIL.search(text) is not None, "th_": _HAS_THAI.search(text) is not None,
               "bn_": _HAS_BENGALI.search(text) is not None, "km_": _HAS_KHMER.search(text) is not None,
               "gu_": _HAS_GUJARATI.search(text) is not None, "lo_": _HAS_LAO.search(text) is not None}
    if not any(scripts.values()):
        return []
    out = []
    bengali = text.translate(_AS_TO_BN) if scripts["bn_"] else text
    for kind, rule, prio, pattern in _rules():
        if not scripts[rule[:3]]:
            continue
        out += [(*m.span(g), kind, rule, prio) for m in pattern.finditer(bengali if rule[:3] == "bn_" else text)
                for g in ("n", "h", "k", "c") if g in pattern.groupindex and m.group(g)
                # (Latin capitals after a label are a person's initials, not a test's: "নার্স: ECG")
                and not (rule == "bn_label_initials" and not P.signer_initials(m.group(g)))]
    return out


def has_asian_script(text: str) -> bool:
    """Whether ``text`` holds Hangul, kana or Tamil (an address label in them is read)."""
    return any(p.search(text) is not None for p in (_HAS_HANGUL, _HAS_KANA, _HAS_TAMIL, _HAS_THAI))
