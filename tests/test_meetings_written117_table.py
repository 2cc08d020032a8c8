"""A foreign official who told a gathering where the story is datelined: a conference (session 117).

Key meetings of real articles, missed: a story datelined in one state quotes an official of
another by the gathering he spoke to ("OTTAWA, May 2 - ... minister X said. X told a banking
conference that ...", "... Ambassador Y said. He told a seminar on trade that ...", "She told
delegates at the annual meeting of farm ministers that ..."). The rules read "told a
conference" as a speech venue only, so the gathering the official took part in was lost, or
kept with the speaker's state alone. A told table (``meeting_rows`` says what a
row is and when it passes); every row is written for this table, and the rows that must stay
as they are sit beside the class's rows.

- told-gathering: an official of one state (named right before "told", or "he"/"she" for the
  official or the office the story named last) who "told a/an ... conference, forum, meeting,
  seminar, symposium or gathering" or "told delegates at" one, in a story datelined in
  another state, took part in a conference held there (or in the place the sentence names):
  its sides are the two states; not an official speaking at home, a news conference, a
  meeting of firms ("of local businessmen"), an envoy posted to the host, a story with no
  dateline, nor a gathering a rule has told already with both sides.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-03-15"  # a Wednesday

# --- the speaker named right before "told" -------------------------------------------------
_row(
    "told-gathering",
    D,
    "OTTAWA, March 15 - Chile's Finance Minister Luis Soto said the peso would stay stable. "
    "Soto told a banking conference that the central bank would not intervene.",
    ("conference", "held", ("CAN", "CHL"), None, None),
)
# --- "he" or "she": the official told last, or the office told last -------------------------
_row(
    "told-gathering",
    D,
    "MADRID, March 15 - Peruvian Trade Minister Ana Ruiz said tariffs on fruit must fall. She "
    "told a seminar organised by a Madrid university that Peru would open its market.",
    ("conference", "held", ("ESP", "PER"), None, None),
)
_row(
    "told-gathering",
    D,
    "TOKYO, March 14 - Brazil is ready to defend its coffee exports, Brazilian Ambassador to "
    "the ICO Pedro Costa said. He told a conference on commodity prices that quotas would not "
    "return.",
    ("conference", "held", ("BRA", "JPN"), None, None),
)
_row(
    "told-gathering",
    D,
    "NAIROBI, March 14 - Norwegian Aid Minister Kari Berg said donors must act quickly. She "
    "told delegates at the annual meeting of farm ministers that Norway would double its "
    "grants.",
    ("conference", "held", ("KEN", "NOR"), None, None),
)
# --- the place the sentence names, not the dateline's ---------------------------------------
_row(
    "told-gathering",
    D,
    "GENEVA, March 15 - Chile's Finance Minister Luis Soto said the peso would stay stable. "
    "Soto told a banking conference in Lima last week that the central bank would not "
    "intervene.",
    ("conference", "held", ("CHL", "PER"), None, "2023-03"),
)
# near misses: an official at home, a news conference, a meeting of firms, an envoy posted to
# the host, no dateline, a gathering a rule has told with both sides already
_row(
    "told-gathering",
    D,
    "PARIS, March 15 - French Finance Minister Luc Roy said the franc was stable. Roy told a "
    "banking conference in Paris that rates would fall.",
)
_row(
    "told-gathering",
    D,
    "LIMA, March 15 - Chile's Foreign Minister Luis Soto told a news conference that exports "
    "would rise.",
)
_row(
    "told-gathering",
    D,
    "SEOUL, March 15 - Japanese Trade Minister Ken Sato told a meeting of local businessmen "
    "that the yen would stay firm.",
)
_row(
    "told-gathering",
    D,
    "LIMA, March 15 - Chile's Ambassador to Peru Luis Soto told a conference on mining that "
    "Chilean firms would invest more.",
)
_row(
    "told-gathering",
    D,
    "Chile's Finance Minister Luis Soto told a banking conference that the peso would stay stable.",
)
_row(
    "told-gathering",
    D,
    "NAIROBI, March 14 - Dutch Finance Minister Jan Smit said aid must rise. Smit told a "
    "meeting of the East African Trade Forum here that grants would double.",
    ("conference", "held", ("KEN", "NLD"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written117(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
