"""DEV notes of the sixth round of issue 14, one failure class each, written before the rules for them.

The classes are the ones HELD-OUT 5 showed leaking, listed by class before any rule was changed, with new
people, places and phrasings (none taken from a held-out note): facilities and employers made of everyday
words with a facility word at their end (a family health centre, a pharmacy, a bush nursing centre, an
institute, a trust, a practice signed under a letter); names in prose beside a desk or nursing role in
brackets, a role before a sign-off, a nickname in double quotes, a friend or a grandson's pet name;
hyphenated surnames after a patient's age and sex; Welsh hospitals and houses (Ysbyty, Tŷ), rural mail
boxes and routes (RMB, RR, Box after a mail word); Indian districts and talukas, Tongan and Maori places;
Chinese names after a relative word in an English note, Greek names after a title in the genitive, Hindi
names after a patient label; plates of India, Nigeria and the US states; Canadian and Quebec health numbers,
charts and claims after their label, a hospital number with slashes; a Russian district hospital (ЦРБ).
The clinical strings hold diseases and devices named after places and makers, which must survive. Same
format as :mod:`deid_notes_dev`.
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

ROUND6_NOTES: list[Note] = [
    ("Discharge 03/02/2025. Attending: Priya Venkat, MD. PCP: Odette Brannigan, NP (Cedar Ridge Family Health).\n"
     "Scripts faxed to Riverside Pharmacy. Follow-up at Mallee Bush Nursing Centre. Neurosurgery at Blue Heron "
     "Spine Institute declined. He works for Ngāti Porou Forestry Trust. Diagnosis: Murray Valley encephalitis "
     "excluded; West Nile virus IgM negative.",
     [("NAME", ["Priya", "Venkat"]), ("DATE", ["03/02/2025"]), ("NAME", ["Odette", "Brannigan"]),
      ("HOSPITAL", ["Cedar Ridge Family Health"]), ("HOSPITAL", ["Riverside Pharmacy"]),
      ("HOSPITAL", ["Mallee Bush Nursing Centre"]), ("HOSPITAL", ["Blue Heron Spine Institute"]),
      ("LOCATION", ["Ngāti Porou Forestry Trust"])],
     ["Murray Valley encephalitis", "West Nile virus IgM negative", "Neurosurgery"]),
    ("PHONE CALL 14:05, taken by Juniper (reception). Message passed to Wiremu (PN). Obs done by Kerensa (HCA).\n"
     "Pt's trail buddy Dougie drove him in; grandson Anselmo (she calls him Selmo) is next of kin.\n-RN Okafor-Bliss",
     [("NAME", ["Juniper"]), ("NAME", ["Wiremu"]), ("NAME", ["Kerensa"]), ("NAME", ["Dougie"]),
      ("NAME", ["Anselmo"]), ("NAME", ["Selmo"]), ("NAME", ["Okafor-Bliss"])],
     ["PHONE CALL", "next of kin"]),
    ("ED 0340. 52F Marisol \"Mari\" Thorsby-Achebe, MRN 4410-2290, BIB partner. 38M Ignatius Wakeling-Osei, "
     "forklift driver, crush injury L foot. Ottawa foot rules positive.",
     [("NAME", ["Marisol", "Mari", "Thorsby-Achebe"]), ("MRN", ["4410-2290"]), ("NAME", ["Ignatius", "Wakeling-Osei"])],
     ["Ottawa foot rules positive", "crush injury L foot"]),
    ("Clinic letter, Diabetes, Ysbyty Bronglais\nRe Mr Emrys Pughe, hospital number B556102, Tŷ Gwyn comma Llanon "
     "comma Aberaeron SA46 0NB\nMail: Box 318, Kindersley SK S0L 1S0. Previously RMB 2207, Nannup WA 6275, and "
     "RR 5, 4410 Scotch Line Rd, Perth ON K7H 3C5.",
     [("HOSPITAL", ["Ysbyty Bronglais"]), ("NAME", ["Emrys", "Pughe"]), ("MRN", ["B556102"]), ("ADDRESS", ["Tŷ Gwyn"]),
      ("LOCATION", ["Llanon"]), ("LOCATION", ["Aberaeron"]), ("POSTCODE", ["SA46 0NB"]), ("ADDRESS", ["Box 318"]),
      ("LOCATION", ["Kindersley"]), ("POSTCODE", ["S0L 1S0"]), ("ADDRESS", ["RMB 2207"]), ("LOCATION", ["Nannup"]),
      ("ADDRESS", ["RR 5"]), ("ADDRESS", ["Scotch Line Rd"]), ("LOCATION", ["Perth"]), ("POSTCODE", ["K7H 3C5"])],
     ["Diabetes"]),
    ("Casualty note. Mr. Sunil Dattatray Jadhav, 39/M, R/o Mu. Po. Nimsod, Tal. Khatav, Dist. Sangli 415506. "
     "Fell from bike (KA 05 MJ 3391) near Amboli ghat. His cousin's lorry (KJA 118 XY) and the tourist's rental "
     "(TX 7HK-220) were also involved. Tongan visitor from Neiafu; a cousin lives past Ōpōtiki.",
     [("NAME", ["Sunil", "Dattatray", "Jadhav"]), ("LOCATION", ["Nimsod"]), ("LOCATION", ["Khatav"]),
      ("LOCATION", ["Sangli"]), ("POSTCODE", ["415506"]), ("PLATE", ["KA 05 MJ 3391"]), ("LOCATION", ["Amboli"]),
      ("PLATE", ["KJA 118 XY"]), ("PLATE", ["TX 7HK-220"]), ("LOCATION", ["Neiafu"]), ("LOCATION", ["Ōpōtiki"])],
     ["Casualty note"]),
    ("Interpreter (Mandarin) present. Mrs Ho Mei-ling, 80. Daughter 何淑芬 (Ho Suk-fan) rang. Husband 林國華 at home.\n"
     "Η κόρη της κας Ευανθίας Λαμπράκη τηλεφώνησε.\nमरीज़: सावित्री देवी, उम्र 61 वर्ष",
     [("NAME", ["Mei-ling"]), ("NAME", ["何淑芬"]), ("NAME", ["Suk-fan"]), ("NAME", ["林國華"]),
      ("NAME", ["Ευανθίας", "Λαμπράκη"]), ("NAME", ["सावित्री"])],
     ["Interpreter (Mandarin) present"]),
    ("Pt: Delphine Arsenault-Comeau, 59F. HSN 771 204 583. Assurance-maladie QC 204 118 993. IHS chart 2217-804. "
     "Workers' comp claim WC-25-440917. Hosp No: UNTH/MED/44918. Выписка: ГБУЗ «Шуйская ЦРБ», терапевтическое "
     "отделение.",
     [("NAME", ["Delphine", "Arsenault-Comeau"]), ("ID", ["771 204 583"]), ("ID", ["204 118 993"]),
      ("MRN", ["2217-804"]), ("ID", ["WC-25-440917"]), ("MRN", ["UNTH/MED/44918"]), ("HOSPITAL", ["Шуйская ЦРБ"])],
     ["терапевтическое отделение"]),
    ("Device check: Medtronic Azure XT DR MRI SureScan pacemaker, Boston Scientific Accolade MRI, Abbott Assurity "
     "MRI pacemaker; Biotronik Edora 8. Diagnoses seen this week: West Nile neuroinvasive disease, Ross River "
     "fever, Barmah Forest virus, Lyme neuroborreliosis, Rocky Mountain spotted fever.\nRegards,\nDr Imelda Strachan-Voss\n"
     "Lakeside Medical",
     [("NAME", ["Imelda", "Strachan-Voss"]), ("HOSPITAL", ["Lakeside Medical"])],
     ["Medtronic Azure XT DR MRI SureScan pacemaker", "Boston Scientific Accolade MRI", "Abbott Assurity MRI pacemaker",
      "Biotronik Edora 8", "West Nile neuroinvasive disease", "Ross River fever", "Barmah Forest virus",
      "Lyme neuroborreliosis", "Rocky Mountain spotted fever"]),
]

# Probe notes for the second batch of classes (quoted nicknames between unknown names, "Dr (Mrs)", an inline "-RN"
# sign-off, an age of 90+ before its DOB, ABHA addresses, acronyms defined in brackets, a town before a province
# code), written after those rules, with new people and places: what they leak says how far the rules reach.
ROUND6_PROBE_NOTES: list[Note] = [
    ("Resus 2. 61M Tobiah 'Toby' Renwick-Adair, BIB ambulance from Dunkerron Hall. Reviewed by Dr (Mrs) A. B. "
     "Olawale-Pryce. Wife rang. Obs stable. -RN Chukwuma\nMrs Ottilie Brancombe, 96 (DOB 02/02/1928), lives alone.",
     [("NAME", ["Tobiah", "Toby", "Renwick-Adair"]), ("NAME", ["Olawale-Pryce"]), ("NAME", ["Chukwuma"]),
      ("NAME", ["Ottilie", "Brancombe"]), ("AGE", ["96"]), ("DATE", ["02/02/1928"])],
     ["Obs stable"]),
    ("Referral to Aminu Kano Teaching Hospital (AKTH), then AKTH cardiology. ABHA address meera.iyer@abdm. "
     "Seen at Elk Valley Hospital, Fernie BC. Mother Gwynne (she calls her Gwyn) present.",
     [("HOSPITAL", ["Aminu Kano"]), ("HOSPITAL", ["AKTH"]), ("HANDLE", ["meera.iyer@abdm"]),
      ("HOSPITAL", ["Elk Valley"]), ("LOCATION", ["Fernie"]), ("NAME", ["Gwynne"]), ("NAME", ["Gwyn"])],
     ["cardiology"]),
]

# Written before their rule: a person with no listed given name before an age and sex or a health number, with a
# double-barrelled or apostrophised surname (Tongan, Punjabi), in a note's first line or after a job.
ROUND6_NAME_NOTES: list[Note] = [
    ("Gisborne Hospital discharge summary\nSione Fifita'ele, 58M, NHI KPW5521. Admitted with cellulitis R leg.\n"
     "38F orchard worker, Baljeet Dhillon-Sekhon, PHN 9876512340. Asthma, well controlled.",
     [("HOSPITAL", ["Gisborne"]), ("NAME", ["Sione", "Fifita'ele"]), ("ID", ["KPW5521"]),
      ("NAME", ["Baljeet", "Dhillon-Sekhon"]), ("ID", ["9876512340"])],
     ["cellulitis R leg", "Asthma, well controlled"]),
]

# Written before their rules: a place after a Hindi facility and a comma, a club a patient plays for, a place in
# brackets after a phone number, a crisis or care team named after its area.
ROUND6_SLOT_NOTES: list[Note] = [
    ("प्राथमिक स्वास्थ्य केंद्र, बछरावां\nInjured playing for Ballyhegan on Sunday. Sister abroad, +679 331 2207 "
     "(Lautoka). Referred to Crisis Resolution Team Eurobodalla.",
     [("HOSPITAL", ["बछरावां"]), ("LOCATION", ["Ballyhegan"]), ("PHONE", ["+679 331 2207"]), ("LOCATION", ["Lautoka"]),
      ("LOCATION", ["Eurobodalla"])],
     ["Crisis Resolution Team"]),
]
