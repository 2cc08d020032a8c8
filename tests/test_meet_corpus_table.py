"""Meeting forms of the error classes read on never-tuned corpus articles (session 8).

Wire copy, government readouts and broadcasters' items read after the dev articles (the
``cb11`` set) told meetings in forms the rules fitted to dev sentences did not carry.
A told table (``meeting_rows`` says what a row is and when it passes).
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1988-05-11"  # a Wednesday: Monday is May 9, Friday May 13

# --- a lead's place hosts the event it leads to ------------------------------------------
# Wire copy opens with "The official in charge of X is in Lima today to meet officials" and
# names the event in the next sentence, whose counterparts (a legislature's committee) give
# no state: the lead's place is the host, a side of the body's talks with its officials.
_row(
    "lead-host",
    D,
    "OTTAWA, May 11 - The official who steers the fisheries part of the world trade round is "
    "in Ottawa this week to meet with lawmakers and ministers.\n\n"
    "Jan Berg, who chairs the GATT's negotiating group on fisheries, met this morning with "
    "members of the Commons fisheries committee.",
    ("meeting", "held", ("CAN",), "GATT", "1988-05-11"),
)
_row(
    "lead-host",
    D,
    "BRASILIA, May 11 - The official in charge of the coffee quota talks is in Brasilia today "
    "and tomorrow to meet with growers and ministers.\n\n"
    "Pedro Alves, who chairs the coffee committee of the GATT, met on Tuesday with members "
    "of the Senate's farm committee.",
    ("meeting", "held", ("BRA",), "GATT", "1988-05-10"),
)


# --- a past meeting and the next one, two predicates of one subject ----------------------
# "The panel held an opening session in March and is expected to sit again in June": the
# plan ("and is expected to") is the second predicate's, the session held in March stays
# held and in the past, beside the meeting to come.
_row(
    "held-and-next",
    D,
    "The OECD's working party on shipbuilding held its first meeting in February and is "
    "scheduled to meet again in September.",
    ("meeting", "held", (), "OECD", "1988-02"),
    ("meeting", "planned", (), "OECD", "1988-09"),
)
_row(
    "held-and-next",
    D,
    "The Kenya-Tanzania joint border commission held its last meeting in March and is "
    "expected to meet again in July, officials said.",
    ("meeting", "held", ("KEN", "TZA"), None, "1988-03"),
    ("meeting", "planned", ("KEN", "TZA"), None, "1988-07"),
)


# --- a week across two months is in the month of most of its days -----------------------
# "next week" told on Friday June 24 is June 27 to July 3: four of its days (Thursday
# included) are in June, so a visit "next week" is a June visit, as the same visit told
# later with its first day ("June 29") is.
_row(
    "week-month",
    "1988-06-24",
    "Kenyan President Daniel Mwangi will pay a state visit to Uganda next week, his office said.",
    ("visit", "planned", ("KEN", "UGA"), None, "1988-06"),
)
_row(
    "week-month",
    "1988-09-05",
    "Chilean Foreign Minister Rosa Pinto held talks in Lima last week with her Peruvian "
    "counterpart on the fishing dispute.",
    ("meeting", "held", ("CHL", "PER"), None, "1988-09"),
)


# --- "also held a dialogue": the readout's next event -----------------------------------
# A readout tells the leaders' talks and then "X and his team also took part in a bilateral
# technology dialogue with officials": an indefinite session told with "also" is another
# event, between the talks' sides (its own words may name one), on the talks' day.
_row(
    "also-a-session",
    D,
    "Foreign Minister Anna Cole of Canada met Kenyan Foreign Minister Peter Otieno in Ottawa "
    "on Monday. The two ministers also held a strategic dialogue on trade.",
    ("meeting", "held", ("CAN", "KEN"), None, "1988-05-09"),
    ("meeting", "held", ("CAN", "KEN"), None, "1988-05-09"),
)
_row(
    "also-a-session",
    D,
    "Chilean President Rosa Pinto received Peruvian Prime Minister Juan Vela in Santiago on "
    "Tuesday. They welcomed the deals struck at the OAS summit. Vela's delegation also took "
    "part in a bilateral fisheries dialogue with Chilean officials.",
    ("meeting", "held", ("CHL", "PER"), None, "1988-05-10"),
    ("meeting", "held", ("CHL", "PER"), None, "1988-05-10"),
)


# --- a joint body told with its session's act: a session of its own -----------------------
# "They praised the A-B Joint Planning Committee, which the minister is co-chairing this
# week": the body's session, told by the act of chairing it, is an event beside the talks of
# the readout, between the same sides.
_row(
    "chaired-body",
    D,
    "U.S. Secretary of State Anna Cole met today in Washington with Omani Defense Minister "
    "Salim Al Said. They praised the U.S.-Oman Joint Military Commission, which the Minister "
    "is co-chairing this week at the Pentagon.",
    ("meeting", "held", ("OMN", "USA"), None, "1988-05-11"),
    ("meeting", "held", ("OMN", "USA"), None, None),
)
_row(
    "chaired-body",
    D,
    "Kenyan President Daniel Mwangi received Ugandan Foreign Minister Sam Okello in Nairobi on "
    "Monday. They hailed the work of the Kenya-Uganda Joint Border Committee, which the two "
    "deputy foreign ministers are co-chairing in Nairobi this week.",
    ("meeting", "held", ("KEN", "UGA"), None, "1988-05-09"),
    ("meeting", "held", ("KEN", "UGA"), None, None),
)


# --- "talks would proceed on Friday": a plan told in reported speech -----------------------
# "Talks will proceed" in reported speech is "talks would proceed": the plan of a day to come
# (or of the publication day itself: "would open today" is still planned, as "will open").
_row(
    "would-proceed",
    D,
    "A Kenyan government spokesman said talks between Kenya and Somalia would proceed in "
    "Nairobi on Friday.",
    ("meeting", "planned", ("KEN", "SOM"), None, "1988-05-13"),
)
_row(
    "would-proceed",
    D,
    "The ministry said consultations between Ghana and Togo would open in Lome today.",
    ("meeting", "planned", ("GHA", "TGO"), None, "1988-05-11"),
)


# --- a body's official's planned steps on his visit are the visit -------------------------
# "The bank's envoy arrived on Tuesday on a three-day visit. Tomorrow, the bank's team is to
# meet the budget committee": the steps announced for a visit under way by an
# organisation's official, named by the body (not by a state or the official's name), are
# that visit, held.
_row(
    "body-visit-steps",
    D,
    "ACCRA, May 11 - The World Health Organization's regional director arrived in Accra on "
    "Tuesday on a three-day visit.\n\nTomorrow, the WHO team is to meet the parliament's "
    "health committee and the finance minister's aides.",
    ("visit", "held", ("GHA",), "WHO", "1988-05-10"),
)
_row(
    "body-visit-steps",
    D,
    "NAIROBI, May 11 - The head of the IMF's Africa department is on a three-day visit to "
    "Kenya to review the loan programme.\n\nThe IMF official met central bank governors this "
    "morning. Tomorrow, the IMF team is to meet the parliament's budget committee.",
    ("visit", "held", ("KEN",), "IMF", "1988-05-11"),
)


# --- "the discussions with X ... will focus on": talks to come ---------------------------
# Talks named with their partners as the subject of what they "will focus on" or "are
# expected to cover" are planned (on a planned visit, they are the visit), however long the
# list of partners between the talks and the verb.
_row(
    "talks-will-focus",
    D,
    "OTTAWA, May 11 - Canadian Deputy Foreign Minister Anna Cole will visit Nairobi next week "
    "for meetings with senior officials, a spokesman said.\n\nThe Cole discussions with "
    "Kenyan Foreign Minister Peter Otieno and other senior Kenyan officials will focus on "
    "refugees and trade, he added.",
    ("visit", "planned", ("CAN", "KEN"), None, "1988-05"),
)
_row(
    "talks-will-focus",
    D,
    "The talks with Ghanaian Finance Minister Kofi Mensah and central bank officials are "
    "expected to cover debt relief, the Togolese finance ministry said.",
    ("meeting", "planned", ("GHA", "TGO"), None, None),
)


# --- the visit the talks prepare is an event of its own -----------------------------------
# "The talks will pave the way for X's stop-over here at the weekend": the visit the talks
# prepare is a later event (a stop-over at the dateline's city is a visit there), not the
# talks told before it.
_row(
    "paved-visit",
    D,
    "NAIROBI, May 11 - Kenya and Canada open two days of trade talks tomorrow. The talks "
    "will pave the way for Canadian Prime Minister Paul Roy's stop-over here at the weekend "
    "on his way home from Uganda.",
    ("meeting", "planned", ("CAN", "KEN"), None, "1988-05-12"),
    ("visit", "planned", ("CAN", "KEN"), None, None),
)
_row(
    "paved-visit",
    D,
    "ACCRA, May 11 - Ghana and Togo will open talks on customs on Monday. The talks will lay "
    "the groundwork for Togolese President Kofi Agbo's stopover here on his way to Nigeria.",
    ("meeting", "planned", ("GHA", "TGO"), None, "1988-05-16"),
    ("visit", "planned", ("GHA", "TGO"), None, None),
)


# --- "at end-week", "at the end of the week": the week's weekend ----------------------------
# Wire copy dates a plan by "end-week" or "the end of the week": the weekend of the story's
# week, dated by its month as any weekend is.
_row(
    "week-end",
    "1988-05-09",
    "Kenyan President Daniel Mwangi will visit Uganda at the end of the week, his office said.",
    ("visit", "planned", ("KEN", "UGA"), None, "1988-05"),
)
_row(
    "week-end",
    "1988-05-09",
    "Peruvian and Chilean negotiators will meet in Quito at end-week to review the border accord.",
    ("meeting", "planned", ("CHL", "PER"), None, "1988-05"),
)


# --- a range of days told before the event: its first day ---------------------------------
# "On Thursday and Friday X will meet Y", "from May 16 to May 18 the negotiators will hold
# talks": an event over several days is dated by its first day (the spec), also when the
# range stands before the meeting word and its last day is nearer to it.
_row(
    "range-first-day",
    D,
    "The spokesman said that on Thursday and Friday Kenyan Trade Minister Ruth Wanjiru would "
    "meet Ugandan officials in Kampala.",
    ("meeting", "planned", ("KEN", "UGA"), None, "1988-05-12"),
)
_row(
    "range-first-day",
    D,
    "Officials said that from May 16 to May 18 negotiators of Chile and Peru will hold talks "
    "in Quito.",
    ("meeting", "planned", ("CHL", "PER"), None, "1988-05-16"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph's meetings pair one to one with the row's."""
    assert_told(cls, day, text, expected)
