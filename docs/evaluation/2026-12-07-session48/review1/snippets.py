"""Adversarial and positive snippets for the six new de-identification rules (rules.diff).

Each entry: (cat, script, text, keep, phi). Texts are written with ASCII digits and turned into the script's digits
(digits right after an ASCII letter or an unconverted ASCII digit stay ASCII: "SpO2", "HbA1c", "DL0420..."); where a
text holds the markers ⟨ ⟩ only the digits between them are turned. keep/phi are turned the same way.
Prints a JSON list of {"id", "cat", "text", "keep", "phi"}.
"""
import json
import sys

BASES = {"deva": 0x966, "arab": 0x660, "pers": 0x6F0, "beng": 0x9E6, "thai": 0xE50, "mymr": 0x1040}


def conv(s: str, script: str | None, marked: bool) -> str:
    if script is None:
        return s.replace("⟨", "").replace("⟩", "")
    base = BASES[script]
    out, inside, prev_ascii = [], not marked, False
    for ch in s:
        if ch == "⟨":
            inside = True
            continue
        if ch == "⟩":
            inside = False
            continue
        if ch.isascii() and ch.isdigit() and inside and not prev_ascii:
            out.append(chr(base + int(ch)))
            prev_ascii = False
            continue
        prev_ascii = ch.isascii() and ch.isalnum()
        out.append(ch)
    return "".join(out)


A, B, C, D, E, F = "A_digits", "B_dissection", "C_slavic", "D_devlabel", "E_months", "F_korean"

S = [
    # ---------------- A: native digits -------------------------------------------------------------------------
    # Hindi / Nepali / Marathi (Devanagari digits): identifiers
    (A, "deva", "मरीज़ का मोबाइल नंबर 9876543210 है, बीपी 130/85 mmHg।", ["130/85"], ["9876543210"]),
    (A, "deva", "संपर्क: +91 98765 43210, हीमोग्लोबिन 9.8 g/dL", ["9.8 g/dL"], ["98765 43210"]),
    (A, "deva", "जन्म तिथि 12/03/1961, रक्त शर्करा 210 mg/dL", ["210 mg/dL"], ["12/03/1961"]),
    (A, "deva", "भर्ती दिनांक 05-11-2024, प्लेटलेट्स 85000/µL", ["85000"], ["05-11-2024"]),
    (A, "deva", "UHID 20458813, हीमोग्लोबिन 8.2 g/dL", ["8.2 g/dL"], ["20458813"]),
    (A, "deva", "पुत्र का फ़ोन 09812345678 पर सूचना दी गई", [], ["09812345678"]),
    (A, "deva", "डिस्चार्ज 18.07.2023 को हुआ, क्रिएटिनिन 1.6 पर स्थिर", ["1.6"], ["18.07.2023"]),
    (A, "deva", "बिरामीको फोन नं. 9841234567, रक्तचाप 110/70", ["110/70"], ["9841234567"]),
    (A, "deva", "रुग्णाचा मोबाईल 9822012345, ताप 101°F", ["101°F"], ["9822012345"]),
    (A, "deva", "जन्मतारीख 03/08/1958, वजन 62 किलो", ["62 किलो"], ["03/08/1958"]),
    # Devanagari digits: clinical values that must stay
    (A, "deva", "बीपी 140/90 mmHg, नाड़ी 88/मिनट, तापमान 101.2°F", ["140/90", "88/मिनट", "101.2°F"], []),
    (A, "deva", "मेटफॉर्मिन 500 mg दिन में 2 बार, इंसुलिन 10 यूनिट रात को", ["500 mg", "2 बार", "10 यूनिट"], []),
    (A, "deva", "हीमोग्लोबिन 7.8 g/dL, प्लेटलेट्स 120000/µL, क्रिएटिनिन 1.4 mg/dL", ["7.8", "120000", "1.4 mg/dL"], []),
    (A, "deva", "वार्ड 7, बेड 12; भर्ती के 3 दिन बाद बुखार उतरा", ["वार्ड 7", "बेड 12", "3 दिन"], []),
    (A, "deva", "सुबह 8:30 बजे दवा दी गई, शाम 6:00 बजे फिर से", ["8:30", "6:00"], []),
    (A, "deva", "वायरल लोड 1250000 copies/mL, CD4 काउंट 180", ["1250000", "180"], []),
    (A, "deva", "दृष्टि दाईं आँख 6/12, बाईं आँख 6/18", ["6/12", "6/18"], []),
    (A, "deva", "टैब. एम्लोडिपिन 5 mg 1-0-1 x 30 दिन", ["5 mg", "1-0-1", "30 दिन"], []),
    (A, "deva", "GCS 14/15, पावर 4/5 दोनों पैरों में", ["14/15", "4/5"], []),
    (A, "deva", "WBC 11500/µL, ESR 45 mm/hr, CRP 96 mg/L", ["11500", "45 mm/hr", "96 mg/L"], []),
    (A, "deva", "कुल 2500 ml तरल दिया गया, मूत्र 1800 ml", ["2500 ml", "1800 ml"], []),
    (A, "deva", "CPK 2015 U/L, ट्रोपोनिन 0.45 ng/mL", ["2015 U/L", "0.45"], []),
    (A, "deva", "रक्तचाप 120/80 mmHg, नाडी 72 प्रति मिनेट, SpO2 96%", ["120/80", "72 प्रति", "96%"], []),
    (A, "deva", "प्यारासिटामोल 500 मि.ग्रा. दिनको 3 पटक, 5 दिनसम्म", ["500 मि.ग्रा.", "3 पटक", "5 दिन"], []),
    (A, "deva", "रक्तदाब 140/90, साखर उपाशीपोटी 126, जेवणानंतर 220", ["140/90", "126", "220"], []),
    (A, "deva", "पलंग क्र. 14, वॉर्ड 3, शस्त्रक्रियेनंतर दिवस 2", ["14", "वॉर्ड 3", "दिवस 2"], []),
    (A, "deva", "रक्तस्राव 1200-1500 ml अनुमानित, 4 यूनिट रक्त चढ़ाया", ["1200-1500 ml", "4 यूनिट"], []),
    (A, "deva", "गर्भावस्था 32 सप्ताह 4 दिन, भ्रूण हृदय गति 142/मिनट", ["32 सप्ताह 4 दिन", "142/मिनट"], []),
    (A, "deva", "प्लेटलेट्स की सामान्य सीमा 150000-450000, मरीज़ में 95000", ["150000-450000", "95000"], []),
    (A, "deva", "HbA1c 8.4%, LDL 162 mg/dL, TSH 4.5", ["8.4%", "162 mg/dL", "4.5"], []),
    (A, "deva", "रात 10:45 से सुबह 06:15 तक 3 बार उल्टी", ["10:45", "06:15", "3 बार"], []),
    (A, "deva", "इंसुलिन 12-10-8 यूनिट भोजन से पहले", ["12-10-8"], []),
    (A, "deva", "24 घंटे का मूत्र प्रोटीन 3500 mg", ["24 घंटे", "3500 mg"], []),
    (A, "deva", "2019 से मधुमेह, 2021 में एंजियोप्लास्टी हुई", ["2019", "2021"], []),
    (A, "deva", "सोडियम 128, पोटैशियम 5.9, यूरिया 112, क्रिएटिनिन 3.8", ["128", "5.9", "112", "3.8"], []),
    (A, "deva", "आईसीयू बेड 104, वेंटिलेटर पर 36 घंटे", ["104", "36 घंटे"], []),
    # Arabic (Arabic-Indic digits): identifiers
    (A, "arab", "رقم الهاتف 0501234567، ضغط الدم 140/90", ["140/90"], ["0501234567"]),
    (A, "arab", "تاريخ الميلاد 12/03/1958، السكر 180 ملغ/دل", ["180 ملغ/دل"], ["12/03/1958"]),
    (A, "arab", "رقم الملف الطبي 4588213، الهيموغلوبين 10٫2", ["10٫2"], ["4588213"]),
    (A, "arab", "رقم الهوية الوطنية 1023456789، العمر 67 سنة", ["67 سنة"], ["1023456789"]),
    (A, "arab", "جوال الابن: 0551234567", [], ["0551234567"]),
    (A, "arab", "دخل المستشفى بتاريخ 2024/05/14 بسبب ألم صدري", ["ألم صدري"], ["2024/05/14"]),
    (A, "arab", "هاتف المنزل 02 2345 6789 للتواصل مع الزوجة", [], ["2345 6789"]),
    # Arabic: values
    (A, "arab", "ضغط الدم 130/85 ملم زئبق، النبض 92 في الدقيقة، الحرارة 38٫5", ["130/85", "92 في", "38٫5"], []),
    (A, "arab", "ميتفورمين 500 ملغ مرتين يومياً، إنسولين 20 وحدة مساءً", ["500 ملغ", "20 وحدة"], []),
    (A, "arab", "الهيموغلوبين 9٫8 غ/دل، الصفائح 250000، الكرياتينين 1٫2", ["9٫8", "250000", "1٫2"], []),
    (A, "arab", "الغرفة 12، السرير 4، اليوم 3 بعد الجراحة", ["الغرفة 12", "السرير 4", "اليوم 3"], []),
    (A, "arab", "في الساعة 10:30 صباحاً أعطي 2 غرام سيفترياكسون", ["10:30", "2 غرام"], []),
    (A, "arab", "الحمل الفيروسي 1250000 نسخة/مل", ["1250000"], []),
    (A, "arab", "مدة الأعراض 10-12 يوماً، وفقدان وزن 5 كغ", ["10-12", "5 كغ"], []),
    (A, "arab", "GCS 14/15، قوة العضلات 4/5", ["14/15", "4/5"], []),
    (A, "arab", "كمية البول 1800 مل خلال 24 ساعة", ["1800 مل", "24 ساعة"], []),
    (A, "arab", "عدد الكريات البيضاء 11500، السكر التراكمي 7٫2٪", ["11500", "7٫2٪"], []),
    (A, "arab", "حدة البصر 6/12 في العين اليمنى و6/9 في اليسرى", ["6/12", "6/9"], []),
    (A, "arab", "جرعة الوارفارين 5 ملغ، INR 2٫8", ["5 ملغ", "2٫8"], []),
    (A, "arab", "أعطي 1000 مل محلول ملحي خلال 8 ساعات", ["1000 مل", "8 ساعات"], []),
    # Persian (Extended Arabic-Indic digits): identifiers
    (A, "pers", "شماره تلفن همراه 09123456789، فشار خون 120/80", ["120/80"], ["09123456789"]),
    (A, "pers", "کد ملی 0071234567 بیمار ثبت شد", [], ["0071234567"]),
    (A, "pers", "تاریخ تولد 1340/05/12، قند خون 210", ["210"], ["1340/05/12"]),
    (A, "pers", "شماره پرونده 882145، بستری در بخش داخلی", [], ["882145"]),
    (A, "pers", "تاریخ پذیرش: 1402/08/21، علت: درد قفسه سینه", ["درد قفسه سینه"], ["1402/08/21"]),
    # Persian: values (Persian often writes the decimal point as "/")
    (A, "pers", "فشار خون 140/90، ضربان قلب 88، دمای بدن 38/2 درجه", ["140/90", "38/2"], []),
    (A, "pers", "هیدروکلروتیازید 12/5 میلی‌گرم روزانه", ["12/5"], []),
    (A, "pers", "متفورمین 500 میلی‌گرم روزی دو بار، قند ناشتا 180", ["500", "180"], []),
    (A, "pers", "اتاق 204 تخت 3، روز 5 بستری", ["204", "تخت 3", "روز 5"], []),
    (A, "pers", "ساعت 14:30 آنتی‌بیوتیک شروع شد", ["14:30"], []),
    (A, "pers", "پلاکت 150000، گلبول سفید 12500", ["150000", "12500"], []),
    (A, "pers", "وزن 72 کیلوگرم، قد 168 سانتی‌متر، BMI 25/5", ["72", "168", "25/5"], []),
    (A, "pers", "کراتینین 1/8 و پتاسیم 5/6", ["1/8", "5/6"], []),
    # Urdu
    (A, "pers", "موبائل نمبر 03001234567، بلڈ پریشر 150/95", ["150/95"], ["03001234567"]),
    (A, "pers", "شناختی کارڈ نمبر 35202-1234567-1", [], ["35202-1234567-1"]),
    (A, "pers", "بلڈ پریشر 160/100، نبض 104، شوگر 250", ["160/100", "104", "250"], []),
    (A, "pers", "وارڈ نمبر 5 بیڈ نمبر 12، میٹفارمن 500 ملی گرام", ["وارڈ نمبر 5", "بیڈ نمبر 12", "500 ملی گرام"], []),
    # Bengali
    (A, "beng", "রোগীর মোবাইল নম্বর 01712345678, রক্তচাপ 130/90", ["130/90"], ["01712345678"]),
    (A, "beng", "জন্ম তারিখ 12/03/1965, ডায়াবেটিস 10 বছর", ["10 বছর"], ["12/03/1965"]),
    (A, "beng", "জাতীয় পরিচয়পত্র নম্বর 1987654321", [], ["1987654321"]),
    (A, "beng", "রক্তচাপ 150/95 মিমি পারদ, নাড়ি 102/মিনিট", ["150/95", "102/মিনিট"], []),
    (A, "beng", "মেটফরমিন 500 মিগ্রা দিনে 2 বার", ["500 মিগ্রা", "2 বার"], []),
    (A, "beng", "হিমোগ্লোবিন 8.5 গ্রাম/ডেসিলিটার, প্লাটিলেট 120000", ["8.5", "120000"], []),
    (A, "beng", "ওয়ার্ড 6, বেড 23, সকাল 9:15 টায় ইনসুলিন 12 ইউনিট", ["ওয়ার্ড 6", "বেড 23", "9:15", "12 ইউনিট"], []),
    (A, "beng", "প্রস্রাব 24 ঘণ্টায় 1200 মিলি, ক্রিয়েটিনিন 2.4", ["1200 মিলি", "2.4"], []),
    # Thai
    (A, "thai", "เบอร์โทร 081-234-5678 ความดัน 140/90", ["140/90"], ["081-234-5678"]),
    (A, "thai", "เลขประจำตัวประชาชน 1-2345-67890-12-3", [], ["1-2345-67890-12-3"]),
    (A, "thai", "HN 6501234 รับไว้ในหอผู้ป่วยอายุรกรรม", [], ["6501234"]),
    (A, "thai", "วันเกิด 12/03/2505 ผู้ป่วยเบาหวาน", ["เบาหวาน"], ["12/03/2505"]),
    (A, "thai", "ความดันโลหิต 130/80 มม.ปรอท ชีพจร 84 ครั้ง/นาที", ["130/80", "84 ครั้ง"], []),
    (A, "thai", "พาราเซตามอล 500 มก. วันละ 3 ครั้ง", ["500 มก.", "3 ครั้ง"], []),
    (A, "thai", "เกล็ดเลือด 150,000 เม็ดเลือดขาว 11,500", ["150,000", "11,500"], []),
    (A, "thai", "เวลา 14.30 น. ให้ยา ceftriaxone 2 กรัม", ["14.30", "2 กรัม"], []),
    (A, "thai", "เตียง 12 หอผู้ป่วย 5 วันที่ 3 หลังผ่าตัด", ["เตียง 12", "หอผู้ป่วย 5", "วันที่ 3"], []),
    (A, "thai", "น้ำตาลในเลือด 186 มก./ดล. HbA1c 9.1%", ["186", "9.1%"], []),
    # Burmese
    (A, "mymr", "ဖုန်းနံပါတ် 09450123456", [], ["09450123456"]),
    (A, "mymr", "မွေးသက္ကရာဇ် 12/03/1970", [], ["12/03/1970"]),
    (A, "mymr", "သွေးပေါင် 140/90၊ နှလုံးခုန်နှုန်း 96", ["140/90", "96"], []),
    (A, "mymr", "ပါရာစီတမော 500 မီလီဂရမ် တစ်နေ့ 3 ကြိမ်", ["500", "3 ကြိမ်"], []),
    (A, "mymr", "သွေးချို 210 mg/dL၊ ကုတင် 12", ["210", "ကုတင် 12"], []),
    (A, "mymr", "အဖျား 10 ရက် ကြာ၊ အပူချိန် 39.2", ["10 ရက်", "39.2"], []),
    # English with native digits
    (A, "arab", "Son's mobile: ⟨0551234567⟩ (written in Arabic digits on the form)", [], ["⟨0551234567⟩"]),
    (A, "beng", "DOB ⟨12/03/1965⟩, BP ⟨130/90⟩ on arrival", ["⟨130/90⟩"], ["⟨12/03/1965⟩"]),
    (A, "deva", "Platelets ⟨250000⟩, Hb ⟨9.8⟩ g/dL (reported in Devanagari digits)", ["⟨250000⟩", "⟨9.8⟩"], []),

    # native digits reaching the ASCII-only rules (reference/licence labels, slash-joined shapes, day-month pairs)
    (A, "arab", "الصوديوم 132 ملمول/ل (Ref: 135-145)", ["132", "135-145"], []),
    (A, "pers", "قند ناشتا 180 (ref 70-100)", ["180", "70-100"], []),
    (A, "beng", "প্লাটিলেট 95000 (Ref 150000-450000)", ["95000", "150000-450000"], []),
    (A, "deva", "हीमोग्लोबिन 9.2 g/dL (Ref 12-16)", ["9.2 g/dL", "12-16"], []),
    (A, "arab", "الدهون الثلاثية mg/dL 1250", ["1250"], []),
    (A, "arab", "BP/P/RR: 120/80/92/18", ["120/80/92/18"], []),
    (A, "deva", "कीमो चक्र 3/6, दिन 14/21", ["3/6", "14/21"], []),
    (A, "deva", "खुराक 1/2 गोली रात को, MoCA स्कोर 12/30", ["1/2 गोली", "12/30"], []),
    (A, "arab", "MMSE 22/30، أبغار 8/9", ["22/30", "8/9"], []),
    (A, "pers", "نمره MoCA 18/30، فشار 11/7", ["18/30", "11/7"], []),
    (A, "beng", "জিসিএস 10/15, শক্তি 3/5", ["10/15", "3/5"], []),
    (A, "thai", "ปัสสาวะ 2567 มล. ใน 24 ชม.", ["2567 มล.", "24 ชม."], []),
    (A, "thai", "ให้ยาทุก 4-6 ชั่วโมง ครั้งละ 1-2 เม็ด", ["4-6", "1-2"], []),
    (A, "thai", "รับไว้วันที่ 15/08/2567 ด้วยไข้สูง", ["ไข้สูง"], ["15/08/2567"]),
    (A, "thai", "ผ่าตัดเมื่อ 12 มี.ค. 2567", [], ["12 มี.ค. 2567"]),
    (A, "arab", "رقم المرجع Ref 456789", [], ["456789"]),
    (A, "beng", "Case No. 2024/156, ভর্তি", [], ["2024/156"]),
    (A, "pers", "MRN: 8821456، بخش قلب", [], ["8821456"]),
    (A, "beng", "চিকিৎসক (BMDC Reg. No. A-56789)", [], ["A-56789"]),
    (A, "pers", "ڈاکٹر کا PMDC نمبر 12345-P", [], ["12345-P"]),
    (A, "deva", "डा. (NMC नं. 12345) ले जाँच गर्नुभयो", [], ["12345"]),
    (A, "arab", "كلمة السر PIN 4821 لبوابة المريض", [], ["4821"]),

    (A, "deva", "LDL 162 mg/dL 2023 में था, अब 98 mg/dL", ["2023 में", "98 mg/dL"], []),
    (A, "arab", "السكر الصائم 126 mg/dL\n1250 سعرة حرارية يومياً", ["126", "1250 سعرة"], []),
    (A, "pers", "کلسترول 240 mg/dl - 1800 کالری در روز توصیه شد", ["240", "1800 کالری"], []),

    # ---------------- B: aortic dissection class ------------------------------------------------------------------
    (B, None, "CT angiography showed a Stanford A dissection extending into the arch.", ["Stanford A"], []),
    (B, None, "Stanford type B dissection, managed medically with labetalol infusion.", ["Stanford type B", "labetalol"], []),
    (B, None, "DeBakey III dissection from the left subclavian to the iliac bifurcation.", ["DeBakey III"], []),
    (B, None, "Acute aortic dissection (Stanford A, DeBakey I) with pericardial effusion.", ["Stanford A", "DeBakey I"], []),
    (B, None, "Stanford B, uncomplicated; SBP target below 120 mmHg.", ["Stanford B", "120 mmHg"], []),
    (B, None, "Stanford A型主动脉夹层，急诊手术。", ["Stanford A"], []),
    (B, None, "Stanford A형 대동맥 박리로 응급 수술 시행", ["Stanford A"], []),
    (B, None, "Disección aórtica Stanford tipo A, DeBakey II.", ["Stanford tipo A", "DeBakey II"], []),
    (B, None, "Aortendissektion Stanford Typ B, konservative Therapie.", ["Stanford Typ B"], []),
    (B, None, "Residual Stanford-B dissection after TEVAR.", ["Stanford-B"], []),
    (B, None, "History: DeBakey type II repair in 2015, now stable.", ["DeBakey type II"], []),
    (B, None, "Stanford A (DeBakey 1) on CT; to theatre tonight.", ["Stanford A", "DeBakey 1"], []),
    (B, None, "Type A (Stanford) dissection; DeBakey classification I.", ["Stanford", "DeBakey"], []),
    (B, None, "Mr. Stanford B. Jones, 58, presented with tearing chest pain.", ["tearing chest pain"], ["Stanford", "Jones"]),
    (B, None, "Emergency contact: Stanford A. Wilson (brother), 555-0134.", [], ["Stanford", "Wilson", "555-0134"]),
    (B, None, "Referred by Dr. Amy Stanford for a Stanford type A dissection.", ["Stanford type A"], ["Amy Stanford"]),
    (B, None, "Patient Leland Stanford III, 71, post-op day 2 after Bentall.", ["Bentall"], ["Leland", "Stanford III"]),
    (B, None, "Nurse Kim Stanford 2 pm handover: Stanford B dissection stable.", ["Stanford B dissection"], ["Kim Stanford"]),
    (B, None, "Discussed with Stanford Adams (surgeon) re DeBakey I repair.", ["DeBakey I"], ["Stanford Adams"]),

    # ---------------- C: Latin-script Slavic / Central Asian surnames ----------------------------------------------
    (C, None, "Patient Karimova Dilnoza Rustamovna, 54, admitted with NSTEMI; troponin 0.8 ng/mL.",
     ["NSTEMI", "0.8 ng/mL"], ["Karimova", "Dilnoza", "Rustamovna"]),
    (C, None, "Seen by Dr. A. Petrov in cardiology clinic.", ["cardiology clinic"], ["Petrov"]),
    (C, None, "Mother: Yoʻldosheva Muqaddas, lives with patient.", [], ["Yoʻldosheva", "Muqaddas"]),
    (C, None, "Tursunov Jasur Aziz oʻgʻli, 38, T2DM on metformin 1000 mg BD.", ["metformin 1000 mg"],
     ["Tursunov", "Jasur", "Aziz"]),
    (C, None, "ECG reported by I.I. Ivanov: sinus rhythm, QTc 460 ms.", ["sinus rhythm", "460 ms"], ["Ivanov"]),
    (C, None, "Sidorova E.V. (ward nurse) administered heparin 5000 IU s/c.", ["heparin 5000 IU"], ["Sidorova"]),
    (C, None, "Nazarova Shahnoza Bahodir qizi, 29, G2P1 at 34 weeks.", ["G2P1", "34 weeks"],
     ["Nazarova", "Shahnoza", "Bahodir"]),
    (C, None, "Son Alisher Umarov will collect her after discharge.", ["discharge"], ["Alisher Umarov"]),
    (C, None, "Consent for surgery signed by Olga Smirnova.", ["Consent for surgery"], ["Olga Smirnova"]),
    (C, None, "PCI performed by Dr. Sergei Kuznetsov via right radial.", ["right radial"], ["Sergei Kuznetsov"]),
    (C, None, "Ganiyeva Malika presented with pre-eclampsia, BP 160/110.", ["pre-eclampsia", "160/110"],
     ["Ganiyeva", "Malika"]),
    (C, None, "Discussed with Dr Abdullayev regarding haemodialysis.", ["haemodialysis"], ["Abdullayev"]),
    (C, None, "Daughter Zarina Mirzayeva called for an update.", [], ["Zarina Mirzayeva"]),
    (C, None, "Nikolai Petrovich Volkov, 81, fall at home, #NOF.", ["#NOF"], ["Nikolai", "Petrovich", "Volkov"]),
    (C, None, "Ivanova Anna Petrovna, 72, admitted with hip fracture.", ["hip fracture"], ["Ivanova", "Anna", "Petrovna"]),
    (C, None, "Toʻxtasinov Bekzod, 45, alcohol-related pancreatitis.", ["alcohol-related pancreatitis"],
     ["Toʻxtasinov", "Bekzod"]),
    (C, None, "Anaesthetic by Lebedev A.S.; ASA III.", ["ASA III"], ["Lebedev"]),
    (C, None, "Xolmatov Bobur Ravshan oʻgʻli, chest pain since morning.", ["chest pain"], ["Xolmatov", "Bobur", "Ravshan"]),
    (C, None, "Dr. Elena Popova (anaesthetist) reviewed the airway.", ["airway"], ["Elena Popova"]),
    (C, None, "Wife: Pavlova I., phone number on file.", [], ["Pavlova"]),
    (C, None, "Rakhimov, 67M, COPD exacerbation, SpO2 86% on air.", ["COPD exacerbation", "86%"], ["Rakhimov"]),
    (C, None, "Bed 4: Ivanova, pneumonia day 3 of co-amoxiclav.", ["pneumonia", "co-amoxiclav"], ["Ivanova"]),
    (C, None, "Handed over to Dr Yusupova at 20:00.", ["20:00"], ["Yusupova"]),
    (C, None, "Ms Guliston Ergasheva, 33, postpartum haemorrhage 1.2 L.", ["postpartum haemorrhage"],
     ["Guliston Ergasheva"]),
    (C, None, "Seen by Sobirov Sh.A. at the polyclinic.", ["polyclinic"], ["Sobirov"]),
    (C, None, "Referral letter from Abdurakhmonov Farrukh Shavkatovich, neurologist.", ["neurologist"],
     ["Abdurakhmonov", "Farrukh", "Shavkatovich"]),
    (C, None, "Mother Saidova Nodira accompanied the child; weight 14 kg.", ["14 kg"], ["Saidova", "Nodira"]),
    (C, None, "Vrach: Kozlov D.M., diagnoz: gipertonicheskaya bolezn II st.", ["gipertonicheskaya bolezn"], ["Kozlov"]),
    (C, None, "Patsientka Morozova Tatyana Ivanovna, 66 let, SD 2 tipa.", ["Patsientka", "SD 2 tipa"],
     ["Morozova", "Tatyana", "Ivanovna"]),
    (C, None, "Bemor Karimova Dilfuza, 41 yosh, qandli diabet.", ["Bemor", "qandli diabet"], ["Karimova", "Dilfuza"]),
    (C, None, "Follow-up at Dr. Ivanov Cardiology Clinic in 6 weeks.", ["Cardiology Clinic", "6 weeks"], ["Ivanov"]),
    (C, None, "Bed 3: Ivanova Pneumonia, on ceftriaxone 2 g daily.", ["Pneumonia", "ceftriaxone 2 g"], ["Ivanova"]),
    (C, None, "Referral: Endocrinology Karimova, thyroid nodule 2.3 cm.", ["Endocrinology", "thyroid nodule"], ["Karimova"]),
    (C, None, "Handover list: Petrov Hyperkalaemia, K 6.8, calcium gluconate given.", ["Hyperkalaemia", "calcium gluconate"],
     ["Petrov"]),
    # adversarial: eponyms, institutions, places, headings
    (C, None, "Korotkov Phase V was used to record diastolic BP 88 mmHg.", ["Korotkov Phase V", "88 mmHg"], []),
    (C, None, "Assessment: Korsakov Syndrome; thiamine 500 mg IV TDS.", ["Korsakov Syndrome", "thiamine 500 mg"], []),
    (C, None, "Left tibia stabilised in an Ilizarov Frame, pin sites clean.", ["Ilizarov Frame"], []),
    (C, None, "Bekhterev Disease (ankylosing spondylitis), HLA-B27 positive.", ["Bekhterev Disease"], []),
    (C, None, "Normality was checked with the Kolmogorov Smirnov test (p = 0.21).", ["Kolmogorov Smirnov"], []),
    (C, None, "A Markov Model estimated QALYs over 10 years.", ["Markov Model"], []),
    (C, None, "Transferred from Geneva University Hospitals after ECMO.", ["Geneva University Hospitals"], []),
    (C, None, "Returned from a Moldova Red Cross mission with fever 39.1.", ["Moldova Red Cross", "39.1"], []),
    (C, None, "Prior care at Villanova University student health service.", ["Villanova University"], []),
    (C, None, "Psychiatry: Casanova Complex is not a recognised diagnosis; hypersexuality assessed.",
     ["Casanova Complex", "hypersexuality"], []),
    (C, None, "Referred to the Bakulev Center for arterial switch operation.", ["Bakulev Center", "arterial switch"], []),
    (C, None, "Enrolled in a trial run at Sechenov University (multicentre, n = 412).", ["Sechenov University"], []),
    (C, None, "Pirogov Amputation performed for calcaneal osteomyelitis.", ["Pirogov Amputation", "osteomyelitis"], []),
    (C, None, "Nasal reconstruction with a Filatov Flap (tubed pedicle).", ["Filatov Flap"], []),
    (C, None, "Kolichestvo Eritrotsitov 3.2, Leykotsitov 11.4 x10^9/L.", ["Kolichestvo Eritrotsitov", "Leykotsitov"], []),
    (C, None, "Uroven Gormonov shchitovidnoy zhelezy v norme.", ["Uroven Gormonov"], []),
    (C, None, "Gunshot wound from a Kalashnikov Rifle to the left thigh.", ["Kalashnikov Rifle"], []),
    (C, None, "Sleep research placement at the Pavlov Institute of Physiology.", ["Pavlov Institute"], []),
    (C, None, "Improv Therapy group reduced anxiety scores.", ["Improv Therapy"], []),
    (C, None, "Reflexes: Rossolimo Bekhterev sign absent bilaterally.", ["Rossolimo", "Bekhterev"], []),
    (C, None, "Ilizarov Technique for limb lengthening planned; Hb 132 g/L.", ["Ilizarov Technique", "132 g/L"], []),

    # ---------------- D: Devanagari number labels ----------------------------------------------------------------
    (D, "deva", "दर्ता नं. 23614, उमेर 45 वर्ष, 3 दिनदेखि ज्वरो", ["45 वर्ष", "3 दिन"], ["23614"]),
    (D, "deva", "नागरिकता प्रमाणपत्र नं.: 27-01-74-05678, बिरामी होसमा छ", ["होसमा"], ["27-01-74-05678"]),
    (D, "deva", "बीमा नम्बर 4417829 भएको बिरामी, रक्तचाप 150/90", ["150/90"], ["4417829"]),
    (D, None, "नोंदणी क्रमांक 55218, वय 62 वर्षे, मधुमेह", ["62 वर्षे", "मधुमेह"], ["55218"]),
    (D, None, "रोगी सं. 10234, रक्तचाप 150/90 mmHg", ["150/90"], ["10234"]),
    (D, None, "भर्ती क्र. 2024/5567, वार्ड 5", ["वार्ड 5"], ["2024/5567"]),
    (D, None, "आधार संख्या 4412 7781 2290 सत्यापित", [], ["4412", "7781", "2290"]),
    (D, None, "ओपीडी नं. 45678, बुखार 102°F", ["102°F"], ["45678"]),
    (D, "deva", "आईपीडी क्रमांक 202400567 पर भर्ती", [], ["202400567"]),
    (D, None, "फाइल नं. A-20931 देखें", [], ["A-20931"]),
    (D, None, "केस नं. 887/2024, पुलिस को सूचना दी गई", [], ["887/2024"]),
    (D, None, "ड्राइविंग लाइसेंस नंबर DL0420110149646 की प्रति संलग्न", [], ["DL0420110149646"]),
    (D, None, "परवाना क्रमांक MMC-2011/04567 असलेले डॉक्टर", [], ["MMC-2011/04567"]),
    (D, "deva", "दाखला क्रमांक 33456, वॉर्ड 8", ["वॉर्ड 8"], ["33456"]),
    (D, "deva", "बिरामी नं. 77891, रक्तचाप 100/60", ["100/60"], ["77891"]),
    (D, None, "रुग्ण क्र. 4521, ताप 3 दिवस", ["3 दिवस"], ["4521"]),
    (D, "deva", "बीमा नं. 987654, सिफारिस गरिएको", [], ["987654"]),
    (D, "deva", "मरीज नंबर 55012 का सीटी स्कैन सामान्य", ["सीटी स्कैन"], ["55012"]),
    # adversarial: counts after the label words
    (D, None, "इस महीने ओपीडी में मरीज संख्या 3450 रही", ["3450"], []),
    (D, None, "भर्ती संख्या 120 से बढ़कर 145 हो गई", ["120", "145"], []),
    (D, None, "रोगी संख्या 100 में से 12 को डेंगू निकला", ["100", "12 को"], []),
    (D, None, "जिले में केस संख्या 1200 पार, 35 की मृत्यु", ["1200", "35 की"], []),
    (D, "deva", "बिरामी संख्या 350 पुगेको छ", ["350"], []),
    (D, None, "रुग्ण संख्या 1200 वर गेली", ["1200"], []),
    (D, "deva", "भरती संख्या 150 ने वाढली", ["150"], []),
    (D, None, "ओपीडी संख्या 800 प्रतिदिन, आईपीडी संख्या 120", ["800", "120"], []),
    (D, None, "केस संख्या 2023 में 450 थी, 2024 में 610", ["2023", "450", "610"], []),
    (D, "deva", "बिरामी संख्या 500 भन्दा बढी, शय्या संख्या 300", ["500", "300"], []),
    (D, None, "रोगी सं. 1000 से अधिक सर्वेक्षण में शामिल", ["1000"], []),
    (D, "deva", "मरीज संख्या 250 प्रति माह, दाखला संख्या 180", ["250", "180"], []),

    # ---------------- E: Marathi / Nepali months -----------------------------------------------------------------
    (E, "deva", "2081 कात्तिक 12 गते भर्ना भएको, ज्वरो 102", ["102"], ["2081 कात्तिक 12 गते"]),
    (E, "deva", "मंसिर 5 गते शल्यक्रिया गरियो", ["शल्यक्रिया"], ["मंसिर 5 गते"]),
    (E, "deva", "जन्म मिति: 2035 साउन 18", [], ["2035 साउन 18"]),
    (E, "deva", "असार 21 गते डिस्चार्ज गरियो, औषधि 7 दिन", ["7 दिन"], ["असार 21 गते"]),
    (E, "deva", "असोज 3 गते देखि ज्वरो सुरु भयो", ["ज्वरो"], ["असोज 3 गते"]),
    (E, "deva", "भदौ 15 गते अस्पताल ल्याइयो", [], ["भदौ 15 गते"]),
    (E, "deva", "पुस 10 गते फलो-अप", ["फलो-अप"], ["पुस 10 गते"]),
    (E, "deva", "2080 बैशाख 1 गते जन्मेको शिशु", ["शिशु"], ["2080 बैशाख 1 गते"]),
    (E, "deva", "12 सप्टेंबर 2024 रोजी दाखल, ताप 101", ["101"], ["12 सप्टेंबर 2024"]),
    (E, "deva", "5 नोव्हेंबर 2023 रोजी शस्त्रक्रिया", ["शस्त्रक्रिया"], ["5 नोव्हेंबर 2023"]),
    (E, "deva", "जन्मतारीख: 3 ऑगस्ट 1958", [], ["3 ऑगस्ट 1958"]),
    (E, "deva", "15 जानेवारी रोजी डिस्चार्ज", [], ["15 जानेवारी"]),
    (E, None, "ऑक्टोबर 15, 2024 पासून ताप", ["ताप"], ["ऑक्टोबर 15, 2024"]),
    (E, "deva", "2024 अक्टोबर 12 मा भर्ना", [], ["अक्टोबर 12"]),
    (E, "deva", "12 डिसेम्बर 2023 मा डिस्चार्ज", [], ["12 डिसेम्बर 2023"]),
    (E, "deva", "सेप्टेम्बर 3 देखि खोकी", ["खोकी"], ["सेप्टेम्बर 3"]),
    (E, None, "20 एप्रिल 2024 रोजी प्रसूती", ["प्रसूती"], ["20 एप्रिल 2024"]),
    (E, "deva", "जुलै 7 ला ताप आला", ["ताप"], ["जुलै 7"]),
    (E, "deva", "फेब्रुअरी 14 मा फलो-अप", [], ["फेब्रुअरी 14"]),
    (E, None, "डिसेंबर 31, 2023 रोजी मृत्यू", [], ["डिसेंबर 31, 2023"]),
    (E, "deva", "नोभेम्बर 9 गते सिटी स्क्यान गरियो", ["सिटी स्क्यान"], ["नोभेम्बर 9"]),
    (E, "deva", "बिरामी 2079 चैत 28 गते भर्ना", [], ["2079 चैत 28 गते"]),
    # adversarial
    (E, "deva", "घाउबाट पुस 20 ml निकालियो", ["पुस 20 ml"], []),
    (E, "deva", "गत वर्ष साउन 2 पटक, भदौ 3 पटक डेंगु जाँच गरियो", ["2 पटक", "3 पटक"], []),
    (E, "deva", "कात्तिक महिनादेखि 3 किलो तौल घटेको", ["3 किलो"], []),
    (E, "deva", "हरेक वर्ष असार 3 हप्ता दम बढ्छ", ["3 हप्ता"], []),
    (E, "deva", "ऑक्टोबर 3 वेळा भरती झाली", ["3 वेळा"], []),
    (E, "deva", "फोड़े से पुस 5 ml निकला", ["5 ml"], []),
    (E, "deva", "साउन 10 दिन अस्पताल बसे", ["10 दिन"], []),
    (E, "deva", "गेल्या एप्रिल 2 वेळा चक्कर आली", ["2 वेळा"], []),
    (E, "deva", "मंसिर 4 पटक डायलाइसिस गरियो", ["4 पटक"], []),

    # ---------------- F: Korean labels, relatives, roles --------------------------------------------------------
    (F, None, "청구인: 김민수 (환자의 아들)", ["환자의 아들"], ["김민수"]),
    (F, None, "신청인: 박영희, 연락처 010-1234-5678", [], ["박영희", "010-1234-5678"]),
    (F, None, "사건본인: 이철수, 78세, 알츠하이머 치매", ["알츠하이머 치매"], ["이철수"]),
    (F, None, "감정의: 정하늘 (정신건강의학과 전문의)", ["정신건강의학과"], ["정하늘"]),
    (F, None, "대상자: 최수진, 여/45세, 유방암 2기", ["유방암 2기"], ["최수진"]),
    (F, None, "수검자: 한지민 / 검사일 오전 9시", ["오전 9시"], ["한지민"]),
    (F, None, "피검자: 오태식, 협조적임", ["협조적임"], ["오태식"]),
    (F, None, "의뢰인: 윤서연 (딸)", [], ["윤서연"]),
    (F, None, "장남 김도현이 보호자로 동행함", ["보호자로 동행함"], ["김도현"]),
    (F, None, "차남 이준호 연락 두절 상태", ["연락 두절"], ["이준호"]),
    (F, None, "장녀 박지은(52세)이 간병 중", ["간병"], ["박지은"]),
    (F, None, "막내딸 송하나 010-9876-5432", [], ["송하나", "010-9876-5432"]),
    (F, None, "조카 임재원이 외래 동행", ["외래 동행"], ["임재원"]),
    (F, None, "손주 강민준과 함께 거주", ["함께 거주"], ["강민준"]),
    (F, None, "삼남 조현우, 차녀 서지혜 면회", ["면회"], ["조현우", "서지혜"]),
    (F, None, "요양보호사 김순자/방문요양 주 5회", ["주 5회"], ["김순자"]),
    (F, None, "사회복지사 이은정 | 내선 2345", [], ["이은정"]),
    (F, None, "물리치료사 박민호/재활의학과", ["재활의학과"], ["박민호"]),
    (F, None, "영양사 최유리, 당뇨식 교육 시행", ["당뇨식 교육"], ["최유리"]),
    (F, None, "약사 정민수(약제부) 복약지도 완료", ["복약지도"], ["정민수"]),
    (F, None, "감정의 한상우/정신건강의학과", ["정신건강의학과"], ["한상우"]),
    (F, None, "임상심리사 오지현, 심리검사 시행", ["심리검사"], ["오지현"]),
    (F, None, "작업치료사 윤보람/인지재활", ["인지재활"], ["윤보람"]),
    (F, None, "요양보호사 김순자 방문 시 저혈당 발견", ["저혈당"], ["김순자"]),
    (F, None, "청구인: 배우자 김영희", [], ["김영희"]),
    # adversarial
    (F, None, "감정의 기복이 심하고 불면이 지속됨", ["감정의 기복"], []),
    (F, None, "감정의 변화/수면 장애 호소", ["변화"], []),
    (F, None, "감정의 조절/충동 조절 어려움", ["조절/충동"], []),
    (F, None, "감정의 변화, 식욕 저하", ["변화"], []),
    (F, None, "감정의 소견: 인지기능 저하", ["소견", "인지기능 저하"], []),
    (F, None, "감정의 표현이 줄고 무감동 보임", ["표현이"], []),
    (F, None, "대상자: 만성 신부전 환자, 주 3회 투석", ["만성 신부전", "주 3회"], []),
    (F, None, "대상자: 고위험군 산모 12명", ["고위험군 산모"], []),
    (F, None, "수검자: 공복 상태에서 채혈함", ["공복 상태"], []),
    (F, None, "피검자: 협조 양호, 주의력 저하", ["협조 양호"], []),
    (F, None, "의뢰인: 보건소 방문간호팀", ["보건소"], []),
    (F, None, "신청인: 본인", ["본인"], []),
    (F, None, "대상자: 65세 이상 노인", ["65세 이상 노인"], []),
    (F, None, "수검자: 검사에 협조적임", ["검사에 협조적"], []),
    (F, None, "장남 집에서 거주 중, 독립 보행 가능", ["집에서"], []),
    (F, None, "장녀 동행하여 내원함", ["동행하여"], []),
    (F, None, "조카 방문 후 귀가함", ["방문"], []),
    (F, None, "손주 돌봄으로 수면 부족 호소", ["돌봄으로"], []),
    (F, None, "막내딸 결혼식 참석 후 흉통 발생", ["결혼식", "흉통"], []),
    (F, None, "차남 없음, 장녀 해외 거주", ["해외 거주"], []),
    (F, None, "약사 전화/상담 완료", ["전화"], []),
    (F, None, "영양사 방문/식이 교육", ["방문"], []),
    (F, None, "사회복지사 연계/후원 신청", ["연계"], []),
    (F, None, "물리치료사 지도/보행 훈련 30분", ["지도", "30분"], []),
    (F, None, "작업치료사 손기능/일상생활 평가", ["손기능"], []),
    (F, None, "요양보호사 주간/야간 교대 근무", ["주간"], []),
    (F, None, "사회복지사 상담 예정", ["상담 예정"], []),
]


def main() -> None:
    out, counters = [], {}
    for cat, script, text, keep, phi in S:
        marked = "⟨" in text
        t = conv(text, script, marked)
        k = [conv(x, script, marked) for x in keep]
        p = [conv(x, script, marked) for x in phi]
        for x in k + p:
            if x not in t:
                sys.exit(f"not in text: {x!r} / {t!r}")
        n = counters[cat] = counters.get(cat, 0) + 1
        out.append({"id": f"{cat[0]}-{n:03d}", "cat": cat, "text": t, "keep": k, "phi": p})
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
