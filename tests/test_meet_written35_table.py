"""Meeting forms of the classes read off the written articles W1-W900 and the released keys.

The meeting records errors of the nine hundred articles written blind in the manner of the
corpus (W841-W900 read first), pooled with those of corpus blind 11 to 18, the owners' dev
and crawled keys and our read pages, sorted into classes of how news writes a meeting (issue
9, session 35). A told table (``meeting_rows`` says what a row is and when it passes); every
row is written for this table, and the rows that must stay as they are sit beside the classes'
rows.

- leaders-met-at-gathering: a summit where the story's leaders are told to have met before
  has their states among its sides.
- leaders-on-summit-agenda: a summit whose agenda the story's leaders discuss or look ahead
  to has their states among its sides.
- pair-to-meet-again: the story's pair told agreeing or due to meet again is a planned
  meeting of the pair, with or without its time and place.
- length-then-ended: an event told with its length ("a two-day session", "two days of talks")
  and then ended on a day by a relative clause is dated its first day.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday

# --- a summit where the story's leaders met before ----------------------------------------------
# "both leaders last met at the S summit in P", "the leaders built on the talks they held in
# P during the S summit", "the leaders recalled their meeting in P, held on the margins of the S
# conference": the leaders of the story's lead event took part in that summit, so their states
# are among its sides beside the host's.
_row(
    "leaders-met-at-gathering",
    D,
    "President Ana Soto of Chile spoke by phone on Tuesday with Prime Minister Lars Berg of "
    "Norway. Both leaders last met at the G20 summit in Brasilia in November.",
    ("call", "held", ("CHL", "NOR"), None, "2025-02-11"),
    ("conference", "held", ("BRA", "CHL", "NOR"), "G20", "2024-11"),
    # the pair's own talks there, beside the summit (session 88, class met-at-gathering: the
    # written and read-page keys keep both, W134, W881, pagesread B10)
    ("meeting", "held", ("CHL", "NOR"), None, "2024-11"),
)
_row(
    "leaders-met-at-gathering",
    D,
    "Prime Minister Lars Berg of Norway received President Rosa Vega of Ecuador in Oslo on "
    "Monday. The leaders built on the talks they held in Lima in November during the APEC "
    "summit, and agreed to widen cooperation on fisheries.",
    ("meeting", "held", ("ECU", "NOR"), None, "2025-02-10"),
    ("conference", "held", ("ECU", "NOR", "PER"), "APEC", "2024-11"),
    # the pair's own talks told held there, beside the summit, as in the row above (the
    # written key W881 keeps both for "built on the discussion they held ... during the S
    # Summit"; tests/test_grid_meeting_recall_two.py)
    ("meeting", "held", ("ECU", "NOR"), None, "2024-11"),
)
# near misses: a past summit the leaders only talk about, or whose pledges they welcome, keeps
# the host alone
_row(
    "leaders-met-at-gathering",
    D,
    "President Rosa Vega of Ecuador held a video call with Chancellor Petra Lindqvist of Austria "
    "on Monday. The leaders also discussed the outcome of the G20 summit in Brasilia in November.",
    ("call", "held", ("AUT", "ECU"), None, "2025-02-10"),
    ("conference", "held", ("BRA",), "G20", "2024-11"),
)
_row(
    "leaders-met-at-gathering",
    D,
    "President Rosa Vega of Ecuador held a video call with Chancellor Petra Lindqvist of Austria "
    "on Monday. The two leaders welcomed the commitments made at the G20 summit in Brasilia in "
    "November.",
    ("call", "held", ("AUT", "ECU"), None, "2025-02-10"),
    ("conference", "held", ("BRA",), "G20", "2024-11"),
)


# --- a summit whose agenda the story's leaders discuss -------------------------------------------
# "the two leaders discussed the agenda for the S Summit that C will host", "the leaders also
# looked ahead to the S Summit", "the leaders discussed trade, health and the upcoming S
# Summit": the leaders of the story's lead event prepare a session they will attend, so their
# states are among its sides beside the host's.
_row(
    "leaders-on-summit-agenda",
    D,
    "President Ana Soto of Chile met President Rosa Vega of Ecuador in Santiago on Monday. The "
    "two leaders discussed fisheries and the agenda for the Summit of the Americas that the "
    "Dominican Republic will host in Punta Cana in December.",
    ("meeting", "held", ("CHL", "ECU"), None, "2025-02-10"),
    ("conference", "planned", ("CHL", "DOM", "ECU"), None, "2025-12"),
)
_row(
    "leaders-on-summit-agenda",
    D,
    "President Ana Soto of Chile spoke by phone with Prime Minister Lars Berg of Norway on "
    "Monday. Both leaders looked ahead to the NATO summit that the Netherlands will host in The "
    "Hague in June.",
    ("call", "held", ("CHL", "NOR"), None, "2025-02-10"),
    ("conference", "planned", ("CHL", "NLD", "NOR"), "NATO", "2025-06"),
)
_row(
    "leaders-on-summit-agenda",
    D,
    "President Ana Soto of Chile spoke by phone with Prime Minister Lars Berg of Norway on "
    "Monday. The leaders discussed trade, energy and the upcoming G20 summit, which South "
    "Africa will host in Johannesburg in November.",
    ("call", "held", ("CHL", "NOR"), None, "2025-02-10"),
    ("conference", "planned", ("CHL", "NOR", "ZAF"), "G20", "2025-11"),
)
# near miss: leaders who only agree to keep in touch ahead of a summit leave it the host alone
_row(
    "leaders-on-summit-agenda",
    D,
    "President Ana Soto of Chile spoke by phone with Prime Minister Lars Berg of Norway on "
    "Monday. The leaders agreed to stay in touch as the G20 summit in Johannesburg in November "
    "draws near.",
    ("call", "held", ("CHL", "NOR"), None, "2025-02-10"),
    ("conference", "planned", ("ZAF",), "G20", "2025-11"),
)


# --- the story's pair agreeing or due to meet again ----------------------------------------------
# "the leaders also agreed that their X ministers would meet by autumn", "the presidents agreed
# to meet again once ...", "the two are scheduled to meet in P in March": a meeting of the
# story's pair to come, a record even where the text gives it no time or place.
_row(
    "pair-to-meet-again",
    D,
    "President Ana Soto of Chile met President Luis Vega of Peru in Lima on Monday. The two "
    "leaders also agreed that their economy ministers would meet by autumn to review tariffs.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "pair-to-meet-again",
    D,
    "President Ana Soto of Chile met President Luis Vega of Peru in Lima on Monday. The "
    "presidents agreed to meet again once the harvest season ends.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
# near misses: a meeting to come with its own place and time stays one record; leaders
# agreeing to meet others, or talking about a past meeting of their ministers, tell no
# meeting of their own to come
_row(
    "pair-to-meet-again",
    D,
    "The accord was reached after talks in Lima between Chilean Prime Minister Ana Soto and her "
    "Peruvian counterpart Luis Vega. The two are scheduled to meet in Santiago in March, when a "
    "quota row tops the agenda.",
    ("meeting", "held", ("CHL", "PER"), None, None),
    ("meeting", "planned", ("CHL", "PER"), None, "2025-03"),
)
_row(
    "pair-to-meet-again",
    D,
    "President Ana Soto of Chile met President Luis Vega of Peru in Lima on Monday. The two "
    "leaders agreed to meet trade union leaders.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "pair-to-meet-again",
    D,
    "President Ana Soto of Chile met President Luis Vega of Peru in Lima on Monday. The two "
    "leaders discussed the last meeting of their economy ministers.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)


# --- an event told with its length, then ended on a day ------------------------------------------
# "at a two-day session of the A-B commission, which ended in P yesterday", "during two days of
# talks which ended on Tuesday": the event began its length less one day before the day that
# ends it; with no length told, or no day after "which ended", no date is read from the end.
_row(
    "length-then-ended",
    D,
    "Ana Soto said the quota deal was sealed at a two-day session of the Chile-Peru fisheries "
    "committee, which she co-chaired with Luis Vega and which ended in Arica yesterday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "length-then-ended",
    D,
    "The Chilean minister said the two sides settled the dispute during three days of talks in "
    "Lima with Peruvian officials which ended on Tuesday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-09"),
)
# near misses: a session with no length told, or a length with no day of its end, keeps no
# date read from its end
_row(
    "length-then-ended",
    D,
    "Ana Soto said the quota deal was sealed at a session of the Chile-Peru fisheries "
    "committee, which ended in Arica after midnight.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written35(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
