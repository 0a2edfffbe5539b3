"""Ninth HELD-OUT set of hand-written notes: lower-case notes, written blind. Whoever wrote it read none of the
de-identification rules, their word lists or their documentation, and never ran the evaluation on these notes.
Measure it; do not change a rule because of what it shows.

36 notes (431 planted identifiers, 171 clinical strings). Thirty are typed wholly in lower case, the way some
clinicians, voice-transcription engines, chat and text messages and quick ward notes write: names, places, hospitals,
streets, postcodes and codes all in lower case; six are mostly lower case with only an occasional capital ("I", or an
acronym such as CT, ECG, MRI, CD4). They are emergency triage, ward-round, nursing-handover, GP telephone,
discharge-summary, district-nurse text-message, voice-dictated (unpunctuated) letter, pharmacy, ambulance-handover,
social-work, antenatal, home-care, HIV-clinic and doctors' chat notes from England, Scotland, Wales, Northern Ireland,
Ireland, the US, Canada, Australia, New Zealand, India, Nigeria and South Africa. Where a real identifier has a check
digit (NHS, H&C, CHI, PPSN, Australian Medicare, NHI, OHIP, BC PHN, Aadhaar, South African identity numbers) the
planted one passes it. The strings that must survive include eponyms and scores in lower case, drug names and doses,
and everyday words that double as names or places. Split into :mod:`deid_notes_heldout9_more` only to keep each file a
readable length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout9.deid_notes_heldout9_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    ("ed triage 02:15 st james's university hospital, leeds. pt: winifred ashcombe-hale, dob 14/03/1931, age 94, mrn "
     "j4471902, nhs 795 422 0583. lives at 27 thornfield crescent, harehills, leeds ls9 6qe. fall at home, long lie "
     "approx 6 hrs, found by neighbour. glasgow coma scale 14 (e4 v4 m6). shortened externally rotated left leg, "
     "?nof. on apixaban 2.5 mg bd, last dose last night. daughter lorraine on 07700 914 228 is on her way. triage "
     "nurse t. mcquillan",
     [("HOSPITAL", ["st james's university hospital"]), ("LOCATION", ["leeds"]),
      ("NAME", ["winifred", "ashcombe-hale"]),
      ("DATE", ["14/03/1931"]), ("AGE", ["age 94"]), ("MRN", ["j4471902"]), ("ID", ["795 422 0583"]),
      ("ADDRESS", ["27 thornfield crescent"]), ("LOCATION", ["harehills"]), ("POSTCODE", ["ls9 6qe"]),
      ("NAME", ["lorraine"]), ("PHONE", ["07700 914 228"]), ("NAME", ["mcquillan"])],
     ["long lie approx 6 hrs", "glasgow coma scale 14 (e4 v4 m6)", "shortened externally rotated left leg",
      "apixaban 2.5 mg bd"]),
    ("gp phone note 11/02/2025, dr fionnuala o'driscoll, lee valley family practice. rang eoghan mcsweeney (dob "
     "09/08/1967, ppsn 2784218v) on 021 487 3310. bp readings at home 168/102 average over 7 days, no headache or "
     "chest pain. starting amlodipine 5 mg od, will review in 2 weeks; hope to avoid a second agent. works shifts at "
     "the port in ringaskiddy. lives 6 glenthorn park, ballincollig, co. cork p31 hx52. wife deirdre has the cuff and "
     "will send the readings.",
     [("DATE", ["11/02/2025"]), ("NAME", ["fionnuala", "o'driscoll"]), ("HOSPITAL", ["lee valley family practice"]),
      ("NAME", ["eoghan", "mcsweeney"]), ("DATE", ["09/08/1967"]), ("ID", ["2784218v"]), ("PHONE", ["021 487 3310"]),
      ("LOCATION", ["ringaskiddy"]), ("ADDRESS", ["6 glenthorn park"]), ("LOCATION", ["ballincollig"]),
      ("LOCATION", ["cork"]), ("POSTCODE", ["p31 hx52"]), ("NAME", ["deirdre"])],
     ["bp readings at home 168/102", "amlodipine 5 mg od", "will review in 2 weeks", "hope to avoid a second agent"]),
    ("ems handover to riverside methodist ed, columbus. medic 14. 58 y/o m, harlan vondracek, dob 04/22/1966, found "
     "down outside 3390 sullivant ave by a passer-by. gcs 9 on arrival, pinpoint pupils, rr 6. narcan 2 mg in, "
     "responded, now gcs 14, bgl 112. ssn per wallet card 287-44-1093. wife tammy vondracek en route, cell "
     "614-555-0182. his truck is still at the scene, ohio plate jkl 4471. cpd officer sgt. brennecke has his wallet.",
     [("HOSPITAL", ["riverside methodist"]), ("LOCATION", ["columbus"]), ("NAME", ["harlan", "vondracek"]),
      ("DATE", ["04/22/1966"]), ("ADDRESS", ["3390 sullivant ave"]), ("ID", ["287-44-1093"]),
      ("NAME", ["tammy", "vondracek"]), ("PHONE", ["614-555-0182"]), ("PLATE", ["jkl 4471"]), ("NAME", ["brennecke"])],
     ["pinpoint pupils, rr 6", "narcan 2 mg", "now gcs 14", "bgl 112"]),
    ("handover 0700 ward 4 east, the northern hospital, epping. bed 12 mrs dulcie pemberton-kerr, 96 years old, "
     "medicare 5539 16311 7, ur 3318427. from ashgrove lodge aged care in reservoir. delirium settling, cam negative "
     "this morning. endone 2.5 mg prn, one dose overnight. sacrum pressure area grade 2, waterlow 18, 2/24 turns. son "
     "grant visits after work, mobile 0412 776 093. gp dr anand seshadri in preston. plan ot home visit then back to "
     "ashgrove lodge friday.",
     [("HOSPITAL", ["the northern hospital"]), ("LOCATION", ["epping"]), ("NAME", ["dulcie", "pemberton-kerr"]),
      ("AGE", ["96 years old"]), ("ID", ["5539 16311 7"]), ("MRN", ["3318427"]), ("HOSPITAL", ["ashgrove lodge"]),
      ("LOCATION", ["reservoir"]), ("NAME", ["grant"]), ("PHONE", ["0412 776 093"]), ("NAME", ["anand", "seshadri"]),
      ("LOCATION", ["preston"])],
     ["cam negative", "endone 2.5 mg prn", "sacrum pressure area grade 2", "waterlow 18", "ot home visit"]),
    ("discharge summary - christchurch hospital, general medicine. patient: hemi tawhiri-banks, nhi tru4814, dob "
     "30/06/1959. 41 papanui road, merivale, christchurch 8014. admitted 02/03/2025 with community-acquired "
     "pneumonia, curb-65 of 2, treated with amoxicillin and clarithromycin, oral from day 3. background type 2 "
     "diabetes and addison's disease on hydrocortisone 10/5/5 mg; sick day rules reinforced. discharged 07/03/2025 to "
     "gp dr rebecca alcott, fendalton medical centre. whanau contact partner moana 027 448 1902. dr toby lindqvist, "
     "house officer",
     [("HOSPITAL", ["christchurch hospital"]), ("NAME", ["hemi", "tawhiri-banks"]), ("ID", ["tru4814"]),
      ("DATE", ["30/06/1959"]), ("ADDRESS", ["41 papanui road"]), ("LOCATION", ["merivale"]),
      ("LOCATION", ["christchurch"]), ("POSTCODE", ["8014"]), ("DATE", ["02/03/2025"]), ("DATE", ["07/03/2025"]),
      ("NAME", ["rebecca", "alcott"]), ("HOSPITAL", ["fendalton medical centre"]), ("NAME", ["moana"]),
      ("PHONE", ["027 448 1902"]), ("NAME", ["toby", "lindqvist"])],
     ["curb-65 of 2", "amoxicillin and clarithromycin", "type 2 diabetes",
      "addison's disease on hydrocortisone 10/5/5 mg", "sick day rules"]),
    ("ward round, male medical ward, government stanley hospital, chennai. pt murugesan thangavelu, 62 y, ip no "
     "2025/18834, aadhaar 2905 3735 9970, from 12/4 vellalar street, tondiarpet, chennai 600081. day 4 of dengue "
     "fever, platelet 38,000, no bleeding, tourniquet test negative. continue iv fluids, paracetamol 650 mg tds, "
     "avoid nsaids. son karthik (mob 98410 27736) counselled about warning signs. unit chief prof. dr. r. "
     "lakshmipathy",
     [("HOSPITAL", ["government stanley hospital"]), ("LOCATION", ["chennai"]), ("NAME", ["murugesan", "thangavelu"]),
      ("MRN", ["2025/18834"]), ("ID", ["2905 3735 9970"]), ("ADDRESS", ["12/4 vellalar street"]),
      ("LOCATION", ["tondiarpet"]), ("POSTCODE", ["600081"]), ("NAME", ["karthik"]), ("PHONE", ["98410 27736"]),
      ("NAME", ["lakshmipathy"])],
     ["day 4 of dengue fever", "platelet 38,000", "tourniquet test negative", "paracetamol 650 mg tds",
      "avoid nsaids"]),
    ("emergency room, lagos university teaching hospital, idi-araba. mrs folasade adeyemi-okonkwo, 44f, hosp no "
     "luth/ae/25/0917, resides at 8 olorunlogbon street, anthony village, lagos. brought in by husband chukwuemeka, "
     "0803 412 7795. 5/7 fever, rigors and vomiting. mp rdt positive, pcv 24%. impression: severe malaria. iv "
     "artesunate 2.4 mg/kg stat then at 12 and 24 h. nin 48213097561. admitting dr tobiloba ajayi-bello",
     [("HOSPITAL", ["lagos university teaching hospital"]), ("LOCATION", ["idi-araba"]),
      ("NAME", ["folasade", "adeyemi-okonkwo"]), ("MRN", ["luth/ae/25/0917"]), ("ADDRESS", ["8 olorunlogbon street"]),
      ("LOCATION", ["anthony village"]), ("LOCATION", ["lagos"]), ("NAME", ["chukwuemeka"]),
      ("PHONE", ["0803 412 7795"]), ("ID", ["48213097561"]), ("NAME", ["tobiloba", "ajayi-bello"])],
     ["fever, rigors and vomiting", "mp rdt positive", "pcv 24%", "severe malaria", "artesunate 2.4 mg/kg stat"]),
    ("social work note - addington hospital, durban. client thandeka mkhwanazi-dube, id no 8304153888084, 42 years, "
     "referred by ward 6 sister re housing. now staying in an informal settlement near kwamashu, previously at 17 "
     "ntuli road, umlazi. three children, youngest sipho age 4. sassa grant applied. will follow up with child "
     "welfare in pinetown. contact: cousin zanele 072 318 4456. sw l. govender",
     [("HOSPITAL", ["addington hospital"]), ("LOCATION", ["durban"]), ("NAME", ["thandeka", "mkhwanazi-dube"]),
      ("ID", ["8304153888084"]), ("LOCATION", ["kwamashu"]), ("ADDRESS", ["17 ntuli road"]), ("LOCATION", ["umlazi"]),
      ("NAME", ["sipho"]), ("LOCATION", ["pinetown"]), ("NAME", ["zanele"]), ("PHONE", ["072 318 4456"]),
      ("NAME", ["govender"])],
     ["referred by ward 6 sister", "sassa grant applied", "will follow up with child welfare"]),
    ("pharmacy note, community pharmacy, 2201 danforth ave, toronto on m4c 1k4. pt oksana hrytsenko, dob 1948-11-02, "
     "ohip 1262618836. rx from dr. marcel thibodeau, st. michael's hospital anticoagulation clinic. warfarin 3 mg "
     "daily, inr 3.8 on 14/05/2025 - advised to hold tonight's dose and call the clinic. interaction flagged with new "
     "clarithromycin. bill paid by daughter halyna, phone 416-555-0139. pharmacist j. abernethy-sun",
     [("ADDRESS", ["2201 danforth ave"]), ("LOCATION", ["toronto"]), ("POSTCODE", ["m4c 1k4"]),
      ("NAME", ["oksana", "hrytsenko"]), ("DATE", ["1948-11-02"]), ("ID", ["1262618836"]),
      ("NAME", ["marcel", "thibodeau"]), ("HOSPITAL", ["st. michael's hospital"]), ("DATE", ["14/05/2025"]),
      ("NAME", ["halyna"]), ("PHONE", ["416-555-0139"]), ("NAME", ["abernethy-sun"])],
     ["warfarin 3 mg daily", "inr 3.8", "hold tonight's dose", "interaction flagged with new clarithromycin",
      "bill paid"]),
    ("hi its carole frm the dn team. seen mr ewan macaskill at 3 lochside cottages, dunvegan iv55 8wb this am. leg "
     "ulcer bigger, abpi 0.9 r leg, redressed with inadine + k2. no cellulitis. he says his chi is 1403523371 if the "
     "gp needs it. daughter kirsty in portree 07810 552 194 happy to collect the abx. will pop back thurs. carole x",
     [("NAME", ["carole"]), ("NAME", ["ewan", "macaskill"]), ("ADDRESS", ["3 lochside cottages"]),
      ("LOCATION", ["dunvegan"]), ("POSTCODE", ["iv55 8wb"]), ("ID", ["1403523371"]), ("NAME", ["kirsty"]),
      ("LOCATION", ["portree"]), ("PHONE", ["07810 552 194"])],
     ["leg ulcer bigger", "abpi 0.9 r leg", "inadine + k2", "no cellulitis", "will pop back thurs"]),
    ("dear dr hughes-parry thank you for referring mrs glenys bowdler date of birth 21st july 1950 of 9 heol y nant "
     "pontypridd cf37 4pl who i saw in the rheumatology clinic at the royal glamorgan hospital today she describes "
     "morning stiffness lasting two hours and swelling of both wrists and the mcp joints her crp is 42 and rheumatoid "
     "factor is positive and i think this is rheumatoid arthritis rather than nodal osteoarthritis we will start "
     "methotrexate 15 mg weekly with folic acid 5 mg once weekly not on the methotrexate day and i will see her again "
     "in six weeks her husband alun asked about the blood monitoring which can be done at the surgery in llantrisant "
     "yours sincerely dr meredith castellanos consultant rheumatologist",
     [("NAME", ["hughes-parry"]), ("NAME", ["glenys", "bowdler"]), ("DATE", ["21st july 1950"]),
      ("ADDRESS", ["9 heol y nant"]), ("LOCATION", ["pontypridd"]), ("POSTCODE", ["cf37 4pl"]),
      ("HOSPITAL", ["royal glamorgan hospital"]), ("NAME", ["alun"]), ("LOCATION", ["llantrisant"]),
      ("NAME", ["meredith", "castellanos"])],
     ["morning stiffness lasting two hours", "crp is 42", "rheumatoid factor is positive", "nodal osteoarthritis",
      "methotrexate 15 mg weekly", "folic acid 5 mg once weekly"]),
    ("hospitalist progress note, ben taub hospital, houston. hd3. pt dolores quintanilla-reyes, mrn 77104583, dob "
     "12/09/1941, from pasadena tx, lives w/ son rogelio. cellulitis lle improving, erythema receding from the pen "
     "line. cont cefazolin 2 g q8h, change to cephalexin tomorrow if afebrile. hx crohn's disease on ustekinumab - "
     "held. ssn 459-21-7730. dispo home with bayou city home care, ph 713-555-0167. - dr. everett okonjo-whitfield",
     [("HOSPITAL", ["ben taub hospital"]), ("LOCATION", ["houston"]), ("NAME", ["dolores", "quintanilla-reyes"]),
      ("MRN", ["77104583"]), ("DATE", ["12/09/1941"]), ("LOCATION", ["pasadena"]), ("NAME", ["rogelio"]),
      ("ID", ["459-21-7730"]), ("HOSPITAL", ["bayou city home care"]), ("PHONE", ["713-555-0167"]),
      ("NAME", ["everett", "okonjo-whitfield"])],
     ["cellulitis lle improving", "cefazolin 2 g q8h", "cephalexin tomorrow if afebrile",
      "crohn's disease on ustekinumab"]),
    ("ed triage - royal brisbane and women's hospital 31/01/2025 14:20. bronte kesby, 23f, urn 5529170, medicare 6585 "
     "24246 1, from 88 latrobe terrace, paddington qld 4064. rlq pain 24 h, anorexic, rovsing's sign positive, "
     "murphy's sign negative, beta-hcg negative. alvarado score 8. surg reg paged. housemate tegan on 0438 205 611. "
     "triage cat 3. rn o'halloran",
     [("HOSPITAL", ["royal brisbane and women's hospital"]), ("DATE", ["31/01/2025"]), ("NAME", ["bronte", "kesby"]),
      ("MRN", ["5529170"]), ("ID", ["6585 24246 1"]), ("ADDRESS", ["88 latrobe terrace"]),
      ("LOCATION", ["paddington"]), ("POSTCODE", ["4064"]), ("NAME", ["tegan"]), ("PHONE", ["0438 205 611"]),
      ("NAME", ["o'halloran"])],
     ["rovsing's sign positive", "murphy's sign negative", "beta-hcg negative", "alvarado score 8", "triage cat 3"]),
    ("ed resus, royal stoke university hospital. rtc, driver, 34m. per police: declan fairweather-moss, dob "
     "18/10/1990, driving licence fairw910180df9lk, car reg yk68 rtz. address 52 wharf lane, longton, stoke-on-trent "
     "st3 2hp. mrn rsu4418270, nhs 762 230 1280. airway patent, gcs 15, fast negative. seatbelt sign across abdomen, "
     "for ct abdo. tetanus up to date. mother beverley on 01782 331 905. ed reg dr hamza siddiqui-rowe",
     [("HOSPITAL", ["royal stoke university hospital"]), ("NAME", ["declan", "fairweather-moss"]),
      ("DATE", ["18/10/1990"]), ("LICENCE", ["fairw910180df9lk"]), ("PLATE", ["yk68 rtz"]),
      ("ADDRESS", ["52 wharf lane"]), ("LOCATION", ["longton"]), ("LOCATION", ["stoke-on-trent"]),
      ("POSTCODE", ["st3 2hp"]), ("MRN", ["rsu4418270"]), ("ID", ["762 230 1280"]), ("NAME", ["beverley"]),
      ("PHONE", ["01782 331 905"]), ("NAME", ["hamza", "siddiqui-rowe"])],
     ["airway patent, gcs 15, fast negative", "seatbelt sign across abdomen", "ct abdo", "tetanus up to date"]),
    ("discharge summary, university hospital galway. name bríd ní chonghaile, dob 05/05/1938, mrn 2291784, ppsn "
     "4116728sa. address ard na mara, spiddal, co. galway h91 t2kx. admitted 18/02/2025 with decompensated heart "
     "failure, nyha class iii. diuresed with iv furosemide, weight down 4.2 kg. echo ef 35%. started dapagliflozin 10 "
     "mg. discharged 26/02/2025. gp dr cathal brannigan, moycullen, to check u&e in 1 week. son pádraig 091 553 218",
     [("HOSPITAL", ["university hospital galway"]), ("NAME", ["bríd", "ní chonghaile"]), ("DATE", ["05/05/1938"]),
      ("MRN", ["2291784"]), ("ID", ["4116728sa"]), ("ADDRESS", ["ard na mara"]), ("LOCATION", ["spiddal"]),
      ("LOCATION", ["galway"]), ("POSTCODE", ["h91 t2kx"]), ("DATE", ["18/02/2025"]), ("DATE", ["26/02/2025"]),
      ("NAME", ["cathal", "brannigan"]), ("LOCATION", ["moycullen"]), ("NAME", ["pádraig"]),
      ("PHONE", ["091 553 218"])],
     ["decompensated heart failure", "nyha class iii", "iv furosemide", "echo ef 35%", "dapagliflozin 10 mg",
      "u&e in 1 week"]),
    ("phone f/u - dr. annika feldmann-cho, kitsilano family practice. spoke with wendell marchetti, 71m, phn "
     "9331101115, re holter from vancouver general hospital: paroxysmal af, chads-vasc 3. discussed apixaban 5 mg "
     "bid, he agrees; rx faxed to his pharmacy. hope to see him in 4 wks. wife june asked about driving - no "
     "restriction for now. home 604-555-0148. address on file 2870 york ave, vancouver v6k 1c8.",
     [("NAME", ["annika", "feldmann-cho"]), ("HOSPITAL", ["kitsilano family practice"]),
      ("NAME", ["wendell", "marchetti"]), ("ID", ["9331101115"]), ("HOSPITAL", ["vancouver general hospital"]),
      ("NAME", ["june"]), ("PHONE", ["604-555-0148"]), ("ADDRESS", ["2870 york ave"]), ("LOCATION", ["vancouver"]),
      ("POSTCODE", ["v6k 1c8"])],
     ["paroxysmal af", "chads-vasc 3", "apixaban 5 mg bid", "hope to see him in 4 wks", "no restriction"]),
    ("wr cons dr mcilwaine, ward 42, altnagelvin area hospital. day 6 post lap chole. roisin devlin-magee, h&c 436 "
     "450 3061, dob 29/12/1985. bile leak suspected, drain 300 ml bilious overnight. lfts bili 48, alp 310. mrcp "
     "booked. continue tazocin 4.5 g tds. partner ciaran aware, 028 7134 6620. lives 19 glenview gardens, "
     "strathfoyle, derry bt47 6xq",
     [("NAME", ["mcilwaine"]), ("HOSPITAL", ["altnagelvin area hospital"]), ("NAME", ["roisin", "devlin-magee"]),
      ("ID", ["436 450 3061"]), ("DATE", ["29/12/1985"]), ("NAME", ["ciaran"]), ("PHONE", ["028 7134 6620"]),
      ("ADDRESS", ["19 glenview gardens"]), ("LOCATION", ["strathfoyle"]), ("LOCATION", ["derry"]),
      ("POSTCODE", ["bt47 6xq"])],
     ["post lap chole", "bile leak suspected", "drain 300 ml bilious", "mrcp booked", "tazocin 4.5 g tds"]),
    ("sw note - boston medical center. met w/ pt lucinda fairbrother, 92 yo (dob 03/17/1933), and her niece marisol "
     "haverty at bedside. pt lives alone at 14 perkins st apt 2, jamaica plain ma 02130. two falls this month, "
     "mini-cog 2/5. discussed elder services referral and possible placement at rosemont manor in quincy. masshealth "
     "id 100293847561. niece cell 617-555-0124. plan family meeting friday. - karin ostergaard-lane, licsw",
     [("HOSPITAL", ["boston medical center"]), ("NAME", ["lucinda", "fairbrother"]), ("AGE", ["92 yo"]),
      ("DATE", ["03/17/1933"]), ("NAME", ["marisol", "haverty"]), ("ADDRESS", ["14 perkins st apt 2"]),
      ("LOCATION", ["jamaica plain"]), ("POSTCODE", ["02130"]), ("HOSPITAL", ["rosemont manor"]),
      ("LOCATION", ["quincy"]), ("ID", ["100293847561"]), ("PHONE", ["617-555-0124"]),
      ("NAME", ["karin", "ostergaard-lane"])],
     ["two falls this month", "mini-cog 2/5", "elder services referral", "family meeting friday"]),
    *MORE_NOTES,
]
