"""Meeting forms of the classes read off the written articles W1-W840 and the released keys.

The meeting records errors of the eight hundred and forty articles written blind in the
manner of the corpus, pooled with those of corpus blind 17 and 18 and of the audit's
silver-tune set and sorted into classes of how news writes a meeting (issue 9, session 34). A
told table (``meeting_rows`` says what a row is and when it passes); every row is written for
this table, and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday

# --- a named format's session told with its topic, its chairs or its building between --------
# "the high-level dialogue on energy, which is expected to convene in P", "the X Dialogue,
# co-chaired by A and B, will take place in P this autumn", "the X Dialogue was held at the
# Foreign Ministry in P on Monday": the session is read with its holding, its status and its
# date, as when the name and the verb stand side by side.
_row(
    "format-session-between",
    D,
    "The fifth session of the Chile-Peru Strategic Dialogue was held at the Palacio de Torre "
    "Tagle in Lima on Monday, with the two deputy foreign ministers in the chair.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "format-session-between",
    D,
    "The third round of the Norway-Ghana Economic Dialogue took place at the Ministry of Trade "
    "in Accra on Tuesday.",
    ("meeting", "held", ("GHA", "NOR"), None, "2025-02-11"),
)
_row(
    "format-session-between",
    D,
    "Senegal and Portugal signed a fisheries pact. The two sides will also work through the "
    "high-level dialogue on energy and mining, which is scheduled to convene in Dakar in October.",
    ("meeting", "planned", ("PRT", "SEN"), None, "2025-10"),
)
_row(
    "format-session-between",
    D,
    "The ministers said the first session of the Uruguay-Finland Innovation Dialogue, co-chaired "
    "by officials of the Department of Industry and the Finnish Ministry of Economy, will take "
    "place in Montevideo in June.",
    ("meeting", "planned", ("FIN", "URY"), None, "2025-06"),
)
# near misses: a commission's session with its chairs in apposition stays one held record; a
# dialogue named as a channel, with no holding of its own, is no meeting
_row(
    "format-session-between",
    D,
    "The annual session of the Chile-Peru joint commission, co-chaired by the two foreign "
    "ministers, was held in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "format-session-between",
    D,
    "Officials of Iceland and Mexico said the high-level dialogue on fisheries had helped settle "
    "the quota dispute.",
)

# --- a possible meeting its sources then leave unconfirmed ------------------------------------
# "there was speculation that X might also stop in P for talks with Y, but embassy officials
# would not confirm it", "a meeting could be called in C, but ... officials declined to
# comment", "a trip to P could follow, but neither government would comment": only speculated,
# no event; a meeting told as held keeps its record whatever its sources will not say.
_row(
    "unconfirmed-possibility",
    D,
    "Diplomats in Lima said there was speculation that the Finnish minister might also stop in "
    "Quito on her way home for talks with President Rosa Vega, but Finnish officials would not "
    "confirm it.",
)
_row(
    "unconfirmed-possibility",
    D,
    "Some delegates said a meeting of farm ministers could be called in Oslo before the summer "
    "to break the deadlock, but no member has made a formal request and Nordic officials "
    "declined to comment.",
)
_row(
    "unconfirmed-possibility",
    D,
    "Local papers reported that a Ghanaian state visit to Lisbon was possible later this year, "
    "but neither government would comment.",
)
# near misses: talks told as held stay held when officials decline to say more; a plan told
# as sure keeps its record
_row(
    "unconfirmed-possibility",
    D,
    "President Rosa Vega of Ecuador met Prime Minister Lars Berg of Norway in Oslo on Monday, but "
    "officials declined to comment on what was said.",
    ("meeting", "held", ("ECU", "NOR"), None, "2025-02-10"),
)
_row(
    "unconfirmed-possibility",
    D,
    "The foreign ministers of Chile and Peru will meet in Lima on Friday, officials said, but "
    "they would not comment on the agenda.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025-02-14"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written34(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
