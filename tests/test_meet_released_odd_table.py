"""Meeting forms of the error classes read on the released odd crawled pages (session 8).

A told table (``meeting_rows`` says what a row is and when it passes); rows
that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, Friday February 14

# --- a plan in the making -----------------------------------------------------------------
# "A meeting between A's minister and B's president is being planned", "a visit by A to B is
# now being arranged", "preparations are also under way for a summit", "talks within the
# group will address trade": an event still being prepared, or whose agenda is told in the
# future, is planned, however long its sides and whatever adverb stands in the phrase.
_row(
    "plan-in-the-making",
    D,
    "A meeting between the Foreign Minister of Chile and President Ramon Ortiz of Paraguay is "
    "being planned in Asuncion, diplomatic sources said.",
    ("meeting", "planned", ("CHL", "PRY"), None, None),
)
_row(
    "plan-in-the-making",
    D,
    "A visit by the Kenyan President to Ghana is now being arranged, the ministry in Nairobi "
    "said on Tuesday.",
    ("visit", "planned", ("GHA", "KEN"), None, None),
)
_row(
    "plan-in-the-making",
    D,
    "Preparations are also under way for talks between the foreign ministers of Norway and "
    "Iceland in Reykjavik.",
    ("meeting", "planned", ("ISL", "NOR"), None, None),
)
_row(
    "plan-in-the-making",
    D,
    "Talks within the Mercosur bloc will address the tariff dispute between Uruguay and "
    "Paraguay, officials in Montevideo said.",
    ("meeting", "planned", ("PRY", "URY"), "MERCOSUR", None),
)
# stays: talks told as held, with a document still being prepared after them
_row(
    "plan-in-the-making",
    D,
    "The President of Kenya held talks with the President of Ghana on Monday, and a new trade "
    "treaty is being prepared.",
    ("meeting", "held", ("GHA", "KEN"), None, "2025-02-10"),
)


# --- the pair of the talks told, preparing a gathering still to come -----------------------
# "The sides noted that careful preparation is needed for the agenda of the upcoming meeting of
# the region's leaders", "the presidents stressed the importance of preparations for the
# forthcoming summit": what the sides of the talks told say about preparing a gathering told
# as still to come makes it a planned gathering of its own, with the pair among its sides
# (it can be none of the held talks told before it).
_row(
    "pair-prepares-gathering",
    D,
    "The President of Chile spoke by phone with the President of Peru on Monday. On regional "
    "matters, the sides stressed that careful preparation is needed for the agenda of the "
    "forthcoming Consultative Meeting of the heads of Andean states.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("conference", "planned", ("CHL", "PER"), None, None),
)
_row(
    "pair-prepares-gathering",
    D,
    "Kenya's Foreign Minister held talks with his Tanzanian counterpart in Nairobi on Tuesday. "
    "The ministers stressed the importance of careful preparations for the forthcoming summit "
    "of the East African Community.",
    ("meeting", "held", ("KEN", "TZA"), None, "2025-02-11"),
    ("conference", "planned", ("KEN", "TZA"), None, None),
)
_row(
    "pair-prepares-gathering",
    D,
    "The prime ministers of Norway and Finland met in Oslo on Monday. The two leaders "
    "discussed preparations for the next Nordic summit.",
    ("meeting", "held", ("FIN", "NOR"), None, "2025-02-10"),
    ("conference", "planned", ("FIN", "NOR"), None, None),
)
# stays: a gathering the pair only recalls is held and of its own sides, not a plan
_row(
    "pair-prepares-gathering",
    D,
    "The prime ministers of Norway and Finland met in Oslo on Monday. They recalled the "
    "results of the Nordic summit in Reykjavik last October.",
    ("meeting", "held", ("FIN", "NOR"), None, "2025-02-10"),
    ("conference", "held", ("ISL",), None, "2024-10"),
)


# --- words said at the event ----------------------------------------------------------------
# "Trade will reach $5 billion next year, A said while meeting B", "A told B at a meeting in C",
# "A said during talks with B": the event is when the words were said, so it is held whatever
# future the words speak of, and their times are not its date.
_row(
    "said-at-the-event",
    D,
    "Peru expects its trade with Chile to reach $5 billion next year, Peruvian President Ana "
    "Diaz said while meeting Chilean President Jorge Soto.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "said-at-the-event",
    D,
    "Ghana will double its cocoa exports to Turkey by 2027, the Ghanaian President said during "
    "talks with Turkish President Recep Tayyip Erdogan in Ankara on Tuesday.",
    ("meeting", "held", ("GHA", "TUR"), None, "2025-02-11"),
)
_row(
    "said-at-the-event",
    D,
    "Trade between the two countries is expected to grow by a third, Norwegian Prime Minister "
    "Jonas Store told Finnish President Alexander Stubb at a meeting in Oslo.",
    ("meeting", "held", ("FIN", "NOR"), None, None),
)
# stays: a saying about talks to come is no saying at them
_row(
    "said-at-the-event",
    D,
    "The Norwegian Prime Minister said in a statement that he will hold talks with the Finnish "
    "President in Oslo next week.",
    ("meeting", "planned", ("FIN", "NOR"), None, "2025-02"),
)


# --- two numbered sessions told by one plural word -----------------------------------------
# "The 5th and 6th sessions of the commission had been held", "the fourth and fifth meetings of
# the council", "its third and fourth rounds": two sessions, each a record of its own, of the
# sides the mention names or, naming none, of the talks told before it (never merged into them).
_row(
    "two-numbered-sessions",
    D,
    "On Monday, the President of Chile received the outgoing Ambassador of Peru. The President "
    "welcomed the fact that the 5th and 6th sessions of the Intergovernmental Commission had "
    "been held successfully.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "held", ("CHL", "PER"), None, None),
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "two-numbered-sessions",
    D,
    "The Kenyan and Tanzanian trade ministers recalled that the fourth and fifth meetings of "
    "their Joint Trade Commission were organised last year.",
    ("meeting", "held", ("KEN", "TZA"), None, "2024"),
    ("meeting", "held", ("KEN", "TZA"), None, "2024"),
)
_row(
    "two-numbered-sessions",
    D,
    "Norway and Iceland held the second and third sessions of their fisheries commission in "
    "Reykjavik in January.",
    ("meeting", "held", ("ISL", "NOR"), None, "2025-01"),
    ("meeting", "held", ("ISL", "NOR"), None, "2025-01"),
)
# stays: one numbered session is one record
_row(
    "two-numbered-sessions",
    D,
    "Norway and Iceland held the third session of their fisheries commission in Reykjavik in "
    "January.",
    ("meeting", "held", ("ISL", "NOR"), None, "2025-01"),
)


# --- an event only proposed ---------------------------------------------------------------
# "A backed B's initiative to have the council meet by video link", "welcomed the proposal to
# convene a summit", "supported the idea of holding talks": the event is the object of a
# proposal, so it is only proposed, and no record (spec section 2).
_row(
    "only-proposed",
    D,
    "Kenya backed Tanzania's initiative to have the Council of Ministers of the East African "
    "Community meet by videoconference.",
)
_row(
    "only-proposed",
    D,
    "Chile welcomed Peru's proposal to convene an Andean summit in Lima in May.",
)
_row(
    "only-proposed",
    D,
    "Ghana supported the idea of holding talks between the foreign ministers of Ghana and Togo "
    "in Accra.",
)
# stays: talks held at a side's initiative are held
_row(
    "only-proposed",
    D,
    "At the initiative of the Ghanaian side, the foreign ministers of Ghana and Togo held talks "
    "in Accra on Monday.",
    ("meeting", "held", ("GHA", "TGO"), None, "2025-02-10"),
)


# --- meetings to come as a series ---------------------------------------------------------
# "The two talked over upcoming meetings within the chairmanship", "reviewed the schedule of
# forthcoming meetings at various levels", "discussed future high-level meetings": a bare
# plural of meetings to come names no one event, so it is no record; "the upcoming meetings
# of the council" (named by their body) and a plural that lists its events stay.
_row(
    "series-to-come",
    D,
    "The foreign ministers of Kenya and Tanzania spoke by phone on Monday. During the "
    "call, the two talked over upcoming meetings under Kenya's EAC "
    "chairmanship in May.",
    ("call", "held", ("KEN", "TZA"), None, "2025-02-10"),
)
_row(
    "series-to-come",
    D,
    "The presidents of Chile and Peru met in Lima on Monday. They reviewed the schedule of "
    "forthcoming meetings at various levels.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "series-to-come",
    D,
    "The prime ministers of Norway and Finland spoke by phone on Tuesday and discussed future "
    "high-level meetings.",
    ("call", "held", ("FIN", "NOR"), None, "2025-02-11"),
)
# stays: upcoming meetings named by their body
_row(
    "series-to-come",
    D,
    "The foreign ministers of Kenya and Tanzania spoke by phone on Monday. They discussed the "
    "upcoming meetings of the EAC Council in Arusha.",
    ("call", "held", ("KEN", "TZA"), None, "2025-02-10"),
    # the EAC's council (known since session 36): a session of the body, in its seat Arusha
    ("conference", "planned", ("TZA",), "EAC", None),
)


# --- "here" under an agency dateline written without its comma or with a colon ----------------
# "CITY Feb 11 (Agency): The council met here", "CITY Feb 11 (Agency) - ... met here": the
# dateline's city is "here" however the dateline is punctuated, so its state hosts the session.
_row(
    "agency-dateline-here",
    D,
    "TASHKENT Feb 11 (UzA): The Council of Foreign Ministers of the Shanghai Cooperation "
    "Organisation met here on Tuesday.",
    ("conference", "held", ("UZB",), "SCO", "2025-02-11"),
)
_row(
    "agency-dateline-here",
    D,
    "MINSK Feb 11 (BelTA) - The CIS Council of Heads of Government held its regular meeting "
    "here on Tuesday.",
    ("conference", "held", ("BLR",), "CIS", "2025-02-11"),
)
_row(
    "agency-dateline-here",
    D,
    "ISLAMABAD, Feb 11 (APP): The Council of Ministers of the Economic Cooperation "
    "Organization met here on Tuesday for its 25th meeting.",
    ("conference", "held", ("PAK",), "ECO", "2025-02-11"),
)


# --- "both states" going to a gathering, with no talks told ---------------------------------
# "Cooperation between A and B has grown. Early in January, both states attended the summit in
# C", "Last month the two countries took part in the summit": the pair is the two states the
# sentence before names, sides of the gathering beside its host.
_row(
    "both-states-attend",
    D,
    "Cooperation between Ghana and Togo has developed steadily. Early in January, both states "
    "attended the ECOWAS summit, which took place in Nigeria.",
    ("conference", "held", ("GHA", "NGA", "TGO"), "ECOWAS", "2025-01"),
)
_row(
    "both-states-attend",
    D,
    "Relations between Chile and Peru are improving. Last month the two countries took part in "
    "the Mercosur summit in Brazil.",
    ("conference", "held", ("BRA", "CHL", "PER"), "MERCOSUR", "2025-01"),
)
_row(
    "both-states-attend",
    D,
    "Chile and Peru signed a fisheries accord in 2023. In November, both nations attended the "
    "APEC summit in San Francisco.",
    ("conference", "held", ("CHL", "PER", "USA"), "APEC", "2024-11"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
