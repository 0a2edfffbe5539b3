"""DEV notes of the fourth round of issue 14, one failure class each, written before the rules for them.

The classes are the ones HELD-OUT 3 showed leaking, with new people, places and phrasings (none taken from a
held-out note): institutions written in capitals or as acronyms, places in a slot the rules did not read
(a town after a person or facility and a comma, a town before a US state's code, a place after "in" far from
its verb, a place name with an apostrophe or a macron), names beside age-and-sex shorthand or after a
role or label, identifiers after "ref", "Reg. No." or a vehicle word, handles after "as" or "login", several
serials in one list, and a key-safe code a few words after the key safe. The last note holds classification
systems and device makers named after places and people, which must survive. Same format as
:mod:`deid_notes_dev`.
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

ROUND4_NOTES: list[Note] = [
    ("WHITTINGHAM VALE INFIRMARY - OUTPATIENT LETTER\nRe: Mr Osric Pellow, 63. Gout, urate 0.61 mmol/L. "
     "Febuxostat 80 mg daily. Previously under MARSHBROOK GENERAL HOSPITAL, KELLINGTHWAITE.",
     [("HOSPITAL", ["WHITTINGHAM VALE"]), ("NAME", ["Osric", "Pellow"]), ("HOSPITAL", ["MARSHBROOK"]),
      ("LOCATION", ["KELLINGTHWAITE"])],
     ["urate 0.61 mmol/L", "Febuxostat 80 mg daily", "OUTPATIENT LETTER"]),
    ("SCGH Emergency. 34F, sepsis from a pyelonephritis, lactate 4.1. Transferred to RPAH for ECMO after "
     "a stay in JRH last winter. Renal unit, FSMH, to follow up. TSH 2.1, ACTH normal; BPH not relevant.",
     [("HOSPITAL", ["SCGH"]), ("HOSPITAL", ["RPAH"]), ("HOSPITAL", ["JRH"]), ("HOSPITAL", ["FSMH"])],
     ["lactate 4.1", "TSH 2.1", "ACTH normal", "BPH not relevant", "ECMO"]),
    ("Lives with her partner Tamsin and two dogs in Wrenthorpe Magna; works shifts at the Kestrel Packaging "
     "plant in Ottringham. Fell from a ladder nr Skidby. Grew up on Mabuiag (Torres Strait), moved south at 20. "
     "Whānau in Ōpōtiki and Kai'iwi.",
     [("NAME", ["Tamsin"]), ("LOCATION", ["Wrenthorpe Magna"]), ("LOCATION", ["Ottringham"]),
      ("LOCATION", ["Skidby"]), ("LOCATION", ["Mabuiag"]), ("LOCATION", ["Ōpōtiki"]), ("LOCATION", ["Kai'iwi"])],
     ["Fell from a ladder"]),
    ("Admitted 58F, Marguerite Ellesmere-Toft, NHI QWD4471, with AKI stage 2. 7yo girl, Saoirse Venning, "
     "seen for croup, Westley score 4. Case sheet: Mohammed Shafi K.P., 52/M, mason. Tui Fa'atau-Leota, 40M, "
     "asthma.",
     [("NAME", ["Marguerite", "Ellesmere-Toft"]), ("ID", ["QWD4471"]), ("NAME", ["Saoirse", "Venning"]),
      ("NAME", ["Mohammed", "Shafi"]), ("NAME", ["Tui", "Fa'atau-Leota"])],
     ["AKI stage 2", "Westley score 4", "croup", "asthma"]),
    ("Discharge planning. OT: Priyanka Dhillon. SW: Emeka Obiora. Ward manager Colm Devaney signed the form. "
     "Partner (Tadhg) drives her to dialysis. School contact Mrs May Ormsby.",
     [("NAME", ["Priyanka", "Dhillon"]), ("NAME", ["Emeka", "Obiora"]), ("NAME", ["Colm", "Devaney"]),
      ("NAME", ["Tadhg"]), ("NAME", ["May", "Ormsby"])],
     ["Discharge planning", "dialysis"]),
    ("Benefits and records. Housing benefit claim ref 4KT90217B. Dr Ngozi Ekwueme (MDCN Reg. No. 55021). "
     "Scheme enrolment no. KAD/1187/22049. Pt: Lachlan Birtles, UR 6620918. Firearm certificate "
     "(19/WMP/2287) surrendered. RAMQ BIRL 6021 1133.",
     [("ID", ["4KT90217B"]), ("NAME", ["Ngozi", "Ekwueme"]), ("LICENCE", ["55021"]), ("ID", ["KAD/1187/22049"]),
      ("NAME", ["Lachlan", "Birtles"]), ("MRN", ["6620918"]), ("LICENCE", ["19/WMP/2287"]),
      ("ID", ["BIRL 6021 1133"])],
     ["Benefits and records"]),
    ("Collateral. His car 192-KY-3310 is in the staff car park; her van (RTN774) was towed; MO tag DWX-417. "
     "Hearing aids (Oticon, serials 5530B1187 and 5530B1188) checked. Key safe left of the door, code 5061.",
     [("PLATE", ["192-KY-3310"]), ("PLATE", ["RTN774"]), ("PLATE", ["DWX-417"]),
      ("SERIAL", ["5530B1187", "5530B1188"]), ("CODE", ["5061"])],
     ["Hearing aids"]),
    ("Online. Writes on a caravan forum as tidewater_gus. EHR order under login mhalloran7 from 10.44.2.19, "
     "then from fe80::1ac2:7bff:fe31:9d04. Shares glucose via LibreView as jess.okafor.88 and on Strava "
     "as bexx.t.",
     [("HANDLE", ["tidewater_gus"]), ("HANDLE", ["mhalloran7"]), ("IP", ["10.44.2.19"]),
      ("IP", ["fe80::1ac2:7bff:fe31:9d04"]), ("HANDLE", ["jess.okafor.88"]), ("HANDLE", ["bexx.t"])],
     ["glucose"]),
    ("GP: Dr Hilary Stott, Kirkbymoorside. Echo at Mercy Hospital, Council Bluffs IA. Sous-chef at the Old "
     "Swan Inn, Hutton-le-Hole; tel 01751 417 230. Nursery: Little Acorns ELC, Bellbird Park. CLSC "
     "Rosemont-Petite-Patrie follows her.",
     [("NAME", ["Hilary", "Stott"]), ("LOCATION", ["Kirkbymoorside"]), ("HOSPITAL", ["Mercy"]),
      ("LOCATION", ["Council Bluffs"]), ("LOCATION", ["Hutton-le-Hole"]), ("PHONE", ["01751 417 230"]),
      ("LOCATION", ["Little Acorns"]), ("LOCATION", ["Bellbird Park"]), ("HOSPITAL", ["Rosemont-Petite-Patrie"])],
     ["Echo"]),
    ("Step-down to Fernhollow House if a bed comes up. Family doctor: Lakeshore Family Medicine. Seen at "
     "Thunder Bay HSC. Lives at 22 Tanners Wharf, Plot 88, Lugbe Estate. Mrs Ottilie Brack, DOB 03/03/1931, "
     "93 years. Wife of Mr Brack.",
     [("HOSPITAL", ["Fernhollow House"]), ("HOSPITAL", ["Lakeshore"]), ("HOSPITAL", ["Thunder Bay"]),
      ("ADDRESS", ["22 Tanners Wharf"]), ("ADDRESS", ["Plot 88"]), ("LOCATION", ["Lugbe"]),
      ("NAME", ["Ottilie", "Brack"]), ("DOB90", ["1931", "03/03/1931"]), ("AGE", ["93 years"])],
     ["Step-down"]),
    ("Pathway. Conveyed to NGH A&E, then transferred to Pellingford General for the cath lab, admitted to "
     "Brackwater Vale, and discharged to Orrisdale with a package of care. Taken to RSCH ED once before. AMU "
     "review; ICU outreach saw him. Referred to Cardiology.",
     [("HOSPITAL", ["NGH"]), ("HOSPITAL", ["Pellingford"]), ("HOSPITAL", ["Brackwater Vale"]),
      ("LOCATION", ["Orrisdale"]), ("HOSPITAL", ["RSCH"])],
     ["AMU review", "ICU outreach", "Referred to Cardiology", "cath lab"]),
    ("Social history form. Practice: Tamberley Road Surgery. Employer: Corrigan Haulage. Care home: Silverbirch. "
     "School: St Oswin's. Town: Kirkby Malzeard. Place of work: Skelmorlie Marina. Occupation: Retired. "
     "Hobbies: Bowls.",
     [("HOSPITAL", ["Tamberley"]), ("LOCATION", ["Corrigan Haulage"]), ("HOSPITAL", ["Silverbirch"]),
      ("LOCATION", ["Oswin"]), ("LOCATION", ["Kirkby Malzeard"]), ("LOCATION", ["Skelmorlie"])],
     ["Occupation: Retired", "Hobbies: Bowls"]),
    ("Переведён из ЦРБ № 2 в ОКБ № 7, г. Томск. Пациентка Зайцева Нина Павловна, 58 лет. Работает: фабрика "
     "«Красная заря», упаковщица. Диагноз: пневмония, CURB-65 1 балл. Цефтриаксон 2 г в/в.",
     [("HOSPITAL", ["ЦРБ № 2"]), ("HOSPITAL", ["ОКБ № 7"]), ("LOCATION", ["Томск"]),
      ("NAME", ["Зайцева", "Нина", "Павловна"]), ("LOCATION", ["Красная заря"])],
     ["CURB-65 1 балл", "Цефтриаксон 2 г в/в", "пневмония"]),
    ("Classifications. Crohn's disease, Montreal A2 L3 B1. Reflux oesophagitis, Los Angeles grade C. Acute "
     "pancreatitis, Atlanta moderately severe. Cellulitis, Eron class III. Diverticulitis, Hinchey II. "
     "Killip class II. Device: St. Jude Medical Assurity MRI; lead Boston Scientific Reliance 4-Front. "
     "Vienna classification A1. Baltimore criteria met. Denver shunt in situ.",
     [],
     ["Montreal A2 L3 B1", "Los Angeles grade C", "Atlanta moderately severe", "Eron class III", "Hinchey II",
      "Killip class II", "St. Jude Medical Assurity", "Boston Scientific Reliance", "Vienna classification A1",
      "Denver shunt"]),
]
