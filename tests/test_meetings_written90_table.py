"""Participants of meetings: the people a session's or visit's own words leave out (written keys).

The paired meeting records whose participants differ from the key's, pooled from the
written articles W1-W1440, corpus blind 11 to 23, the owners' dev and crawled keys and our
read pages (issue 9, session 90). A told table (``meeting_rows`` says what a row is and when
it passes) whose rows also give the names of the participants of the row's one record of the
kind the class tests; every row is written for this table, and the rows that must stay as
they are sit beside the class's rows.

- session-co-chairs: a session told with its co-chairs ("The fifth meeting of the A-B
  commission was held in P on Monday, co-chaired by X and Y") lists the two who chaired it;
  one chair alone adds no one, and a trip to come takes no co-chair of a session told after
  it.
- dotted-delegation: the delegation heads told in the sentence after the talks by a state's
  dotted short name ("The U.S. delegation was led by X, and the B delegation by Y") take part,
  as those of a plain name do; the stop after "U.S." ends no sentence.
- head-led-delegation: the heads told first, as the subjects of the sentence after the talks
  ("X led the A delegation, and Y led the B side") take part; a head told after an opening
  clause ("In 2019, X led the A delegation") does not.
- received-on-the-visit: the host who received a visit's guest in a step told after it, of
  the visit's two states and day ("On the same day, X was received by President Z"), takes
  part in the visit too (the reception stays a record of its own, unless the visit frames
  its talks, "X, who is on an official visit, held talks ...", and the reception is told on
  its day: then it is that visit); a reception of another time ("Last year, X was received
  by Z") adds no one.
- title-at-named-gathering: the story's one holder of a title, as the subject acting at a
  gathering named right before its word ("the Vice President attended the ASEAN-U.S. Summit",
  "the Foreign Minister took part in the third X Meeting"), takes part in it (the gathering's
  sides stay as they are); "the President of B" names another holder, and an official
  "invited to" the gathering does not act.
- invited-guest-by-title: the guest of a visit to come told by a title alone ("The President
  invited the Emir to pay a state visit to P", "invited the Vice President to visit P", "The
  President of B accepted an invitation to visit P") is the story's one holder of that title
  (of that state); no holder of it, or guests named by no title, add no one.
- signatories-told-next: talks that list no one take the signatories of their document told
  in the sentence right after them ("A and B signed an accord after talks. The accord was
  signed by X and Y"); a signatory of a state the talks do not have, or a document signed at
  another time, adds no one.
- speakers-at-gathering: the officials told speaking to a held gathering ("A's President X
  told the opening session", "X and Y also addressed the summit") take part in it, as their
  states do; one who told reporters, or a gathering still to come, adds no one.
"""

from __future__ import annotations

import pytest

from meeting_rows import (
    Expected,
    assert_participants,
    assert_told,
    participant_rows,
    told_params,
    told_table,
)

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-14"  # a Wednesday

# --- the co-chairs told in a session's own sentence ---------------------------------------------
_row(
    "session-co-chairs",
    D,
    "The seventh meeting of the Peru-Chile Intergovernmental Commission on Trade was held in "
    "Lima on Monday, co-chaired by Peruvian Economy Minister Ana Ruiz and Chilean Finance "
    "Minister Jorge Mena.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "session-co-chairs",
    D,
    "The ninth meeting of the Jordan-Greece Intergovernmental Commission on Economic Cooperation "
    "took place in Amman today, co-chaired by Jordanian Trade Minister Faisal Nasser and Greek "
    "Development Minister Nikos Pappas.",
    ("meeting", "held", ("GRC", "JOR"), None, "2023-06-14"),
)
_row(
    "session-co-chairs",
    D,
    "The second meeting of the Estonian-Latvian intergovernmental commission was held in "
    "Tallinn on June 5, co-chaired by Estonian Deputy Prime Minister Kadri Tamm and Latvian "
    "Transport Minister Janis Ozols.",
    ("meeting", "held", ("EST", "LVA"), None, "2023-06-05"),
)
# near misses: one chair alone, and a trip to come beside a session its traveller co-chaired
_row(
    "session-co-chairs",
    D,
    "The sixth meeting of the Peru-Chile Intergovernmental Commission on Trade was held in Lima "
    "on Monday, co-chaired by Peruvian Economy Minister Ana Ruiz.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "session-co-chairs",
    D,
    "Peruvian Economy Minister Ana Ruiz will visit Santiago in October. She co-chaired a session "
    "of the trade commission with Chilean Finance Minister Jorge Mena last year.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-10"),
    ("meeting", "held", ("CHL", "PER"), None, None),
)

# --- a delegation told by a state's dotted short name ("The U.S. delegation was led by") ---------
_row(
    "dotted-delegation",
    D,
    "The United States and Peru held their second energy dialogue in Lima on Monday. The U.S. "
    "delegation was led by Deputy Energy Secretary Mark Holden, and the Peruvian delegation by "
    "Energy Minister Ana Ruiz.",
    ("meeting", "held", ("PER", "USA"), None, "2023-06-12"),
)
_row(
    "dotted-delegation",
    D,
    "Chile and the U.S. held political consultations in Santiago on Tuesday. The U.S. delegation "
    "was headed by Assistant Secretary of State Laura Grant, while the Chilean side was led by "
    "Deputy Foreign Minister Jorge Mena.",
    ("meeting", "held", ("CHL", "USA"), None, "2023-06-13"),
)
_row(
    "dotted-delegation",
    D,
    "Japan and Britain held trade consultations in Tokyo on Monday. The U.K. side was headed by "
    "Trade Minister Tom Ward, and the Japanese side by Vice Minister Ken Sato.",
    ("meeting", "held", ("GBR", "JPN"), None, "2023-06-12"),
)
# near miss: the delegation's trip to come, told with no head
_row(
    "dotted-delegation",
    D,
    "The United States and Peru held their second energy dialogue in Lima on Monday. The U.S. "
    "delegation will travel to Cusco on Tuesday.",
    ("meeting", "held", ("PER", "USA"), None, "2023-06-12"),
    ("visit", "planned", ("PER", "USA"), None, "2023-06-20"),
)

# --- the head told first, as the subject ("X led the A delegation") ------------------------------
_row(
    "head-led-delegation",
    D,
    "The United States and Peru held their second energy dialogue in Lima on Monday. Deputy "
    "Energy Secretary Mark Holden led the U.S. delegation, and Energy Minister Ana Ruiz led the "
    "Peruvian delegation.",
    ("meeting", "held", ("PER", "USA"), None, "2023-06-12"),
)
_row(
    "head-led-delegation",
    D,
    "Estonia and Latvia held consultations on transport in Riga on Tuesday. Deputy Minister "
    "Kadri Tamm headed the Estonian delegation, and State Secretary Janis Ozols led the Latvian "
    "side.",
    ("meeting", "held", ("EST", "LVA"), None, "2023-06-13"),
)
_row(
    "head-led-delegation",
    D,
    "Jordan and Greece held a strategic dialogue in Athens on Tuesday. Foreign Minister Faisal "
    "Nasser led the Jordanian delegation, while Deputy Foreign Minister Nikos Pappas headed the "
    "Greek side.",
    ("meeting", "held", ("GRC", "JOR"), None, "2023-06-13"),
)
# near miss: a head told after an opening of another time, of no talks told
_row(
    "head-led-delegation",
    D,
    "Peru and Chile held talks in Lima on Monday. In 2019, Energy Minister Ana Ruiz led the "
    "Peruvian delegation.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)

# --- the host who received a visit's guest in a step told after it ------------------------------
_row(
    "received-on-the-visit",
    D,
    "Peruvian Foreign Minister Ana Ruiz, who is on an official visit to Chile, held talks with "
    "Chilean Foreign Minister Jorge Mena in Santiago on Monday. On the same day, Ruiz was "
    "received by Chilean President Luis Soto.",
    # a visit told as the frame of its talks: the reception of its day is that visit
    ("visit", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "received-on-the-visit",
    D,
    "Estonian Foreign Minister Kadri Tamm paid an official visit to Latvia on June 12. In Riga, "
    "Tamm held talks with Latvian Foreign Minister Janis Ozols. Tamm was also received by "
    "Latvian President Edgars Kalnins.",
    ("visit", "held", ("EST", "LVA"), None, "2023-06-12"),
    ("meeting", "held", ("EST", "LVA"), None, "2023-06-12"),
)
_row(
    "received-on-the-visit",
    D,
    "Jordanian Trade Minister Faisal Nasser, who is on a working visit to Greece, met Greek "
    "Development Minister Nikos Pappas in Athens on Monday. Later that day, Nasser was received "
    "by Greek Prime Minister Yannis Petrou.",
    # a visit told as the frame of its talks: the reception of its day is that visit
    ("visit", "held", ("GRC", "JOR"), None, "2023-06-12"),
)
# near miss: a reception of another time is no step of the visit
_row(
    "received-on-the-visit",
    D,
    "Peruvian Foreign Minister Ana Ruiz paid an official visit to Chile on June 12. Last year, "
    "Ruiz was received by Chilean President Luis Soto in Lima.",
    ("visit", "held", ("CHL", "PER"), None, "2023-06-12"),
    ("meeting", "held", ("CHL", "PER"), None, "2022"),
)

# --- a titled official of the story acting at a gathering named before its word ----------------
_row(
    "title-at-named-gathering",
    D,
    "Peruvian Prime Minister Ana Ruiz held talks with Chilean President Jorge Mena in Lima on "
    "Monday. On Tuesday, the Prime Minister took part in the Lima Energy Forum.",
    ("conference", "held", ("PER",), None, "2023-06-13"),
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "title-at-named-gathering",
    D,
    "Estonian Foreign Minister Kadri Tamm met Latvian Economy Minister Janis Ozols in Riga on "
    "June 12. The next day, the Foreign Minister attended the third Baltic Ministerial Meeting in "
    "Vilnius.",
    ("conference", "held", ("LTU",), None, "2023-06-13"),
    ("meeting", "held", ("EST", "LVA"), None, "2023-06-12"),
)
_row(
    "title-at-named-gathering",
    D,
    "Jordanian Foreign Minister Faisal Nasser held talks with Greek Development Minister Nikos "
    "Pappas in Athens on Monday. Later, the Foreign Minister joined the Mediterranean Dialogue "
    "Forum in Athens.",
    ("conference", "held", ("GRC",), None, "2023-06-12"),
    ("meeting", "held", ("GRC", "JOR"), None, "2023-06-12"),
)
# near misses: a title of another state's holder, and an official invited, not acting
_row(
    "title-at-named-gathering",
    D,
    "Peruvian President Ana Ruiz met Chilean President Jorge Mena in Lima on Monday. On Tuesday, "
    "the President of Chile took part in the Lima Energy Forum.",
    ("conference", "held", ("CHL", "PER"), None, "2023-06-13"),
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "title-at-named-gathering",
    D,
    "Vice President Ana Ruiz of Peru met Chilean President Jorge Mena in Santiago on Monday. The "
    "Vice President was invited to the Andean-Pacific Summit in Quito in July.",
    ("conference", "planned", ("ECU",), None, "2023-07"),
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)

# --- the guest of a visit to come told by a title alone ------------------------------------------
_row(
    "invited-guest-by-title",
    D,
    "Peruvian President Ana Ruiz held talks with Emir Faisal Nasser of Qatar in Lima on Monday. "
    "The President invited the Emir to pay a state visit to Peru next year.",
    ("visit", "planned", ("PER", "QAT"), None, "2024"),
    ("meeting", "held", ("PER", "QAT"), None, "2023-06-12"),
)
_row(
    "invited-guest-by-title",
    D,
    "Vice President Kadri Tamm of Estonia met Prime Minister Janis Ozols of Latvia in Riga on "
    "Monday. The Prime Minister invited the Vice President to visit Riga in the autumn.",
    ("visit", "planned", ("EST", "LVA"), None, "2023"),
    ("meeting", "held", ("EST", "LVA"), None, "2023-06-12"),
)
_row(
    "invited-guest-by-title",
    D,
    "Peruvian President Ana Ruiz spoke by phone with Chilean President Jorge Mena on Monday. The "
    "President of Chile accepted an invitation to pay an official visit to Lima in October.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-10"),
    ("call", "held", ("CHL", "PER"), None, "2023-06-12"),
)
# near misses: a title of a state no official of the story holds, and guests named by no title
_row(
    "invited-guest-by-title",
    D,
    "Peruvian President Ana Ruiz spoke by phone with Chilean President Jorge Mena on Monday. The "
    "President invited the President of Brazil to visit Lima in October.",
    ("visit", "planned", ("BRA", "PER"), None, "2023-10"),
    ("call", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "invited-guest-by-title",
    D,
    "Peruvian President Ana Ruiz spoke by phone with Chilean President Jorge Mena on Monday. The "
    "President invited the ministers to visit Lima in October.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-10"),
    ("call", "held", ("CHL", "PER"), None, "2023-06-12"),
)

# --- the signatories of the talks' document told in the next sentence ----------------------------
_row(
    "signatories-told-next",
    D,
    "Peru and Chile signed a fishing agreement in Lima on Monday after two days of talks. The "
    "accord was signed by Peruvian Fisheries Minister Ana Ruiz and Chilean Economy Minister "
    "Jorge Mena.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-11"),
)
_row(
    "signatories-told-next",
    D,
    "Jordan and Greece ended a three-day session of their joint economic commission in Amman "
    "today with the signing of a trade protocol. The protocol was signed by Jordanian Trade "
    "Minister Faisal Nasser and Greek Development Minister Nikos Pappas.",
    ("meeting", "held", ("GRC", "JOR"), None, "2023-06-12"),
)
_row(
    "signatories-told-next",
    D,
    "Estonia and Latvia held talks on transport in Riga on Monday. The documents were signed by "
    "Estonian Transport Minister Kadri Tamm and Latvian Economy Minister Janis Ozols.",
    ("meeting", "held", ("EST", "LVA"), None, "2023-06-12"),
)
# near misses: a signatory of a state the talks do not have, and a document of another time
_row(
    "signatories-told-next",
    D,
    "Peru and Chile held talks on fisheries in Lima on Tuesday. The accord was signed by "
    "Peruvian Fisheries Minister Ana Ruiz and Bolivian Trade Minister Luis Soto.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-13"),
)
_row(
    "signatories-told-next",
    D,
    "Peru and Chile held talks on fisheries in Lima on Tuesday. An accord signed by Peruvian "
    "Fisheries Minister Ana Ruiz in 2019 expired last year.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-13"),
)

# --- the officials told speaking to a held gathering ---------------------------------------------
_row(
    "speakers-at-gathering",
    D,
    "Leaders of the Andean Community opened their annual summit in Lima on Monday. Peruvian "
    "President Ana Ruiz told the opening session that trade among members had doubled.",
    ("conference", "held", ("PER",), "Andean Community", "2023-06-12"),
)
_row(
    "speakers-at-gathering",
    D,
    "Leaders of the Andean Community opened their annual summit in Lima on Monday. Chilean "
    "President Jorge Mena and Bolivian President Luis Soto also addressed the summit.",
    ("conference", "held", ("BOL", "CHL", "PER"), "Andean Community", "2023-06-12"),
)
_row(
    "speakers-at-gathering",
    D,
    "Leaders of the Caribbean Community ended their annual summit in Kingston on Monday. "
    "Jamaican Prime Minister Joan Grant told the closing session that the region needed a "
    "common market.",
    ("conference", "held", ("JAM",), "CARICOM", "2023-06-12"),
)
# near misses: an official who told reporters, and a gathering still to come
_row(
    "speakers-at-gathering",
    D,
    "Leaders of the Andean Community opened their annual summit in Lima on Monday. Peruvian "
    "President Ana Ruiz told reporters that trade among members had doubled.",
    ("conference", "held", ("PER",), "Andean Community", "2023-06-12"),
)
_row(
    "speakers-at-gathering",
    D,
    "Leaders of the Andean Community will hold their annual summit in Lima next week. Peruvian "
    "President Ana Ruiz told the cabinet that trade among members had doubled.",
    ("conference", "planned", ("PER",), "Andean Community", "2023-06"),
)

# The names of the row's one record of the kind its class tests, in the rows' order.
_NAMES: dict[str, tuple[str, list[set[str]]]] = {
    "session-co-chairs": (
        "",
        [
            {"Ana Ruiz", "Jorge Mena"},
            {"Faisal Nasser", "Nikos Pappas"},
            {"Kadri Tamm", "Janis Ozols"},
            # one chair alone is still named as taking part (as with no field after the body's
            # word): the field "on Trade" no longer ends the clause before her
            {"Ana Ruiz"},
            {"Ana Ruiz"},
        ],
    ),
    "dotted-delegation": (
        "",
        [
            {"Mark Holden", "Ana Ruiz"},
            {"Laura Grant", "Jorge Mena"},
            {"Tom Ward", "Ken Sato"},
            set(),
        ],
    ),
    "head-led-delegation": (
        "",
        [
            {"Mark Holden", "Ana Ruiz"},
            {"Kadri Tamm", "Janis Ozols"},
            {"Faisal Nasser", "Nikos Pappas"},
            set(),
        ],
    ),
    "received-on-the-visit": (
        "",
        [
            {"Ana Ruiz", "Jorge Mena", "Luis Soto"},
            {"Kadri Tamm", "Janis Ozols", "Edgars Kalnins"},
            {"Faisal Nasser", "Nikos Pappas", "Yannis Petrou"},
            {"Ana Ruiz"},
        ],
    ),
    "title-at-named-gathering": (
        "conference",
        [{"Ana Ruiz"}, {"Kadri Tamm"}, {"Faisal Nasser"}, set(), set()],
    ),
    "invited-guest-by-title": (
        "visit",
        [{"Faisal Nasser"}, {"Kadri Tamm"}, {"Jorge Mena"}, set(), set()],
    ),
    "signatories-told-next": (
        "",
        [
            {"Ana Ruiz", "Jorge Mena"},
            {"Faisal Nasser", "Nikos Pappas"},
            {"Kadri Tamm", "Janis Ozols"},
            set(),
            set(),
        ],
    ),
    "speakers-at-gathering": (
        "",
        [{"Ana Ruiz"}, {"Jorge Mena", "Luis Soto"}, {"Joan Grant"}, set(), set()],
    ),
}
NAMES = participant_rows(TABLE, _NAMES)


@pytest.mark.parametrize(
    ("text", "kind", "names"), NAMES, ids=[f"names-{n}" for n in range(len(NAMES))]
)
def test_meeting_participants_written90(text: str, kind: str, names: set[str]) -> None:
    """The row's one record of the kind its class tests lists the participants named."""
    assert_participants(D, text, kind, names)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written90(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
