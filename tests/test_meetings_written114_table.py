"""A gathering's opening clause; a body's ministers sitting here: gatherings (session 114).

Key meetings pooled from the written articles W1-W1680, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages, read from the MISS and EXTRA lines of
gatherings of an organisation's body or of a forum: a gathering named and then opened by a
relative clause ("the X Conference, which opened in P, S on Friday", "the annual meetings of
the X and the Y, which open in P next Tuesday", "the conference on Z (CZ), which has been in
session here since November") kept the day of the sentence (the day two sides met on its
margins) or no day and no place: the clause's forms the reader knew held no state after the
city, no "next" day, no plural verb and no sitting "since" a time; and a body's session told
by its ministers "meeting here" kept only its host, not the members the story quotes. A told
table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- sitting-here: a body's ministers told sitting at the dateline's place ("EC finance ministers
  meeting here today backed ...", "after an informal meeting of EC finance ministers here")
  hold the body's session there, in which the members whose officials the story quotes by
  nationality took part, as where the ministers are told opening or ending it; not a session
  set elsewhere or to come, nor ministers of two states told by their states (no body).
- opening-clause: a gathering named, then opened by a relative clause right after its name
  (", which opened in P, S on D", ", which open in P next D", ", which has been in session
  here since M"), is dated by the clause's day, its first, and placed in the clause's city
  (its state the host); not a bare "The summit, which opens in P", the gathering told before
  (its mentions merge), nor a gathering told with no opening clause.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-20"  # a Saturday

# --- the opening clause after the gathering's name ------------------------------------------
_row(
    "opening-clause",
    D,
    "Peru's Foreign Minister Ana Ruiz met Chile's Foreign Minister Luis Soto today on the "
    "margins of the Lima Policy Forum, which opened in Lima, Peru on Friday.",
    ("conference", "held", ("CHL", "PER"), None, "2021-03-19"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-20"),
)
_row(
    "opening-clause",
    D,
    "Peru's Foreign Minister Ana Ruiz met Chile's Foreign Minister Luis Soto today at the OAS "
    "summit, which opened in Quito, Ecuador, on Thursday.",
    ("conference", "held", ("CHL", "ECU", "PER"), "OAS", "2021-03-18"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-20"),
)
_row(
    "opening-clause",
    D,
    "Peru's Foreign Minister Ana Ruiz met Chile's Foreign Minister Luis Soto on Friday on the "
    "sidelines of the regional conference on water and energy in the Andes (CWEA), which has "
    "been in session here since January.",
    ("conference", "held", ("CHL", "PER"), None, "2021-01"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-19"),
)
_row(
    "opening-clause",
    D,
    "Peru's Foreign Minister Ana Ruiz will attend the OAS summit, which opens in Quito next "
    "Monday.",
    ("conference", "planned", ("ECU", "PER"), "OAS", "2021-03-22"),
)
_row(
    "opening-clause",
    D,
    "Finance ministers of the region will present the plan at the annual meetings of the IMF "
    "and the World Bank, which open in Washington next Tuesday.",
    ("conference", "planned", ("USA",), "IMF", "2021-03-23"),
    known="the body's plural 'meetings' is read as talks (kind meeting); its day and city are read",
)
# near misses: a bare "The summit" told before, a gathering with no opening clause
_row(
    "opening-clause",
    D,
    "Peru's President Ana Ruiz will travel to Ecuador for the OAS summit. The summit, which "
    "opens in Quito on Monday, will discuss trade.",
    ("conference", "planned", ("ECU", "PER"), "OAS", "2021-03-22"),
)
_row(
    "opening-clause",
    D,
    "Peru's Foreign Minister Ana Ruiz met Chile's Foreign Minister Luis Soto today on the "
    "margins of the Lima Policy Forum in Lima.",
    ("conference", "held", ("CHL", "PER"), None, "2021-03-20"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-20"),
)

# --- a body's ministers told sitting at the dateline's place --------------------------------
_row(
    "sitting-here",
    D,
    "OSLO, March 20 - Nordic Council finance ministers meeting here today agreed to study a "
    "common carbon levy. Danish Finance Minister Karen Holm, who chaired the session, said the "
    "plan would take a year. Swedish Finance Minister Per Lind said Stockholm backed it.",
    ("conference", "held", ("DNK", "NOR", "SWE"), "Nordic Council", "2021-03-20"),
)
_row(
    "sitting-here",
    D,
    "TURKU, Finland, March 20 - EC trade ministers said there was no need for new quotas after "
    "an informal meeting of European Community trade ministers here. Irish Trade Minister Sean "
    "Burke said the market was calm. Greek Trade Minister Nikos Pappas agreed.",
    ("conference", "held", ("FIN", "GRC", "IRL"), "EU", None),
)
_row(
    "sitting-here",
    D,
    "LISBON, March 20 - European Community farm ministers, meeting here for a regular council "
    "session, agreed to seek wider fishing rights. Danish Farm Minister Ole Holm said the "
    "talks should open soon. Spanish Farm Minister Juan Gil agreed.",
    ("conference", "held", ("DNK", "ESP", "PRT"), "EU", None),
)
# near misses: a session set elsewhere and to come, two states' ministers (no body)
_row(
    "sitting-here",
    D,
    "OSLO, March 20 - Nordic Council finance ministers meeting in Stockholm next week will "
    "study a common carbon levy. Danish Finance Minister Karen Holm said the plan would take a "
    "year.",
    ("conference", "planned", ("SWE",), "Nordic Council", "2021-03"),
)
_row(
    "sitting-here",
    D,
    "OSLO, March 20 - Norwegian and Swedish finance ministers meeting here today agreed to "
    "study a common carbon levy. Danish Finance Minister Karen Holm said she would join later.",
    ("meeting", "held", ("NOR", "SWE"), None, "2021-03-20"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written114(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
