"""Sides of group gatherings, read off the written articles and the corpus keys.

Sessions of a bloc or organisation the library told with only the host, pooled from the
written articles W1-W1260, corpus blind 11 to 23, the owners' dev and crawled keys and our
read pages (issue 9, session 59). The members a story names are sides only where a rule
tells them taking part; the membership table (``group_members.json``) tells which states can
sit in a body's session, and no member the story does not name is added. A told table
(``meeting_rows`` says what a row is and when it passes), whose sides must be exactly those
listed; every row is written for this table, and the rows that must stay as they are sit
beside the class's rows.

- members-in-camps: a body's held session has the members its story tells in two camps,
  each taking a stand ("A and B favoured ..., while C pressed for ...").
- members-quoted-by-name: a body's session its ministers open or end has the members whose
  officials the story quotes by the state's name ("A's Finance Minister B said").
- sides-by-number: a record told of "the N countries" has the sides of the one event of N
  sides the story told before it ("when the leaders of the six countries meet in P").
- pair-business-at-gathering: a body's coming gathering the pair of the talks told last
  brings its business to ("the two ministers agreed to seek ... at the bloc's next council
  meeting", "they would take their plan to a meeting of the X") has the pair's states.
"""

from __future__ import annotations

import pytest

from diplonews.models import Meeting
from meeting_rows import Expected, assert_told, fits_told_with_body, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-14"  # a Wednesday

# --- members told in two camps after their body's session ----------------------------------------
# "A and B wanted ..., while C pressed for ...": both camps sat in the session.
_row(
    "members-in-camps",
    D,
    "Trade ministers of the Gulf Cooperation Council (GCC) opened a two-day meeting in Doha on "
    "Monday to discuss a common tariff. Diplomats said Oman and Bahrain wanted a slower "
    "timetable, while Kuwait pressed for an early vote.",
    ("conference", "held", ("BHR", "KWT", "OMN", "QAT"), "GCC", "2023-06-12"),
)
_row(
    "members-in-camps",
    D,
    "EU agriculture ministers met in Luxembourg on Tuesday to review the sugar regime. At the "
    "session, Ireland and Portugal supported the reform, whereas Poland argued for a delay.",
    ("conference", "held", ("IRL", "LUX", "POL", "PRT"), "EU", "2023-06-13"),
)
_row(
    "members-in-camps",
    D,
    "Leaders of the Southern African Development Community (SADC) ended a summit in Windhoek on "
    "Monday. Zambia's President Hakainde Mwale said the plan was overdue, while Botswana's "
    "Mokgweetsi Dube urged caution.",
    ("conference", "held", ("BWA", "NAM", "ZMB"), "SADC", "2023-06-12"),
)
# regression: camps of figures take no stand ("A's exports rose, while B reported a fall")
_row(
    "members-in-camps",
    D,
    "EU finance ministers met in Brussels on Monday to discuss the budget rules. Spain's exports "
    "rose by 4 percent last year, while Greece reported a fall in imports.",
    ("conference", "held", ("BEL",), "EU", "2023-06-12"),
)
# regression: a camp outside the body leaves the sentence alone
_row(
    "members-in-camps",
    D,
    "GCC oil ministers met in Riyadh on Monday. Oman backed the plan, while Iran, which is not "
    "a member, argued against it.",
    ("conference", "held", ("SAU",), "GCC", "2023-06-12"),
)
# regression: members listed without a contrast are no camps
_row(
    "members-in-camps",
    D,
    "GCC oil ministers met in Riyadh on Monday. Oman and Bahrain backed the plan, and Kuwait "
    "said it would study it.",
    ("conference", "held", ("SAU",), "GCC", "2023-06-12"),
)

# --- members quoted by the state's name after their ministers' session ---------------------------
# "Ministers of the X ended a meeting ... A's Finance Minister B said": A sat in the session.
_row(
    "members-quoted-by-name",
    D,
    "Ministers of the Southern African Development Community ended a two-day council meeting in "
    "Maputo on Monday with a call for new rail links. Malawi's Transport Minister Peter Banda "
    "told reporters the northern line carried half of his country's freight.",
    # (a conference: the body's own council meeting, its ministers the subject; session 37)
    ("conference", "held", ("MOZ", "MWI"), "SADC", "2023-06-11"),
)
_row(
    "members-quoted-by-name",
    D,
    "Ministers of the Gulf Cooperation Council ended a three-day meeting in Muscat on Monday. "
    "Qatar's Finance Minister Ali Thani said the tariff talks had made progress, and Bahrain's "
    "delegation said it backed the plan.",
    ("conference", "held", ("BHR", "OMN", "QAT"), "GCC", "2023-06-10"),
)
# regression: a state's minister outside the body is no side of its session
_row(
    "members-quoted-by-name",
    D,
    "Ministers of the Gulf Cooperation Council ended a three-day meeting in Muscat on Monday. "
    "Japan's Trade Minister Ken Mori said in Tokyo that his government wanted a trade pact with "
    "the council.",
    ("conference", "held", ("OMN",), "GCC", "2023-06-10"),
)
# regression: a minister quoted by nationality is a side, as before
_row(
    "members-quoted-by-name",
    D,
    "Ministers of the Gulf Cooperation Council ended a three-day meeting in Muscat on Monday. "
    "Kuwaiti Oil Minister Ali Sabah said output would stay unchanged.",
    ("conference", "held", ("KWT", "OMN"), "GCC", "2023-06-10"),
)

# --- a gathering's sides told by their number -----------------------------------------------------
# "when the presidents of the four countries meet": the four the story named before.
_row(
    "sides-by-number",
    D,
    "Trade ministers from Chile, Peru, Colombia and Ecuador ended two days of talks in Quito on "
    "Monday. A new tariff schedule is to be adopted when the presidents of the four countries "
    "meet in Lima in October, Colombian Trade Minister Jorge Rios told reporters.",
    ("conference", "held", ("CHL", "COL", "ECU", "PER"), None, "2023-06-11"),
    ("conference", "planned", ("CHL", "COL", "ECU", "PER"), None, "2023-10"),
)
_row(
    "sides-by-number",
    D,
    "Trade ministers from Kenya, Uganda and Tanzania ended two days of talks in Arusha on Monday. "
    "A customs protocol is to be signed when the presidents of the three countries meet in "
    "Kampala in November, Kenyan Trade Minister Mary Wanjiru told reporters.",
    ("meeting", "held", ("KEN", "TZA", "UGA"), None, "2023-06-11"),
    ("meeting", "planned", ("KEN", "TZA", "UGA"), None, "2023-11"),
)
# regression: a number no event of the story has points nowhere
_row(
    "sides-by-number",
    D,
    "Trade ministers from Kenya, Uganda and Tanzania ended two days of talks in Arusha on Monday. "
    "A customs protocol is to be signed when the presidents of the five countries meet in "
    "Kampala in November, Kenyan Trade Minister Mary Wanjiru told reporters.",
    ("meeting", "held", ("KEN", "TZA", "UGA"), None, "2023-06-11"),
    ("meeting", "planned", ("KEN", "UGA"), None, "2023-11"),
)

# --- the pair's business brought to a body's coming gathering ----------------------------------
# "The two ministers also agreed to seek ... at the bloc's next council meeting": they attend it.
_row(
    "pair-business-at-gathering",
    D,
    "Chile and Argentina signed a mining cooperation accord in Santiago on Monday at the end of "
    "two days of talks between their economy ministers. The two ministers also agreed to seek a "
    "cut in the Mercosur common tariff at the bloc's next council meeting, to be held in "
    "Asuncion in July.",
    ("meeting", "held", ("ARG", "CHL"), None, "2023-06-11"),
    ("conference", "planned", ("ARG", "CHL", "PRY"), "MERCOSUR", "2023-07"),
)
_row(
    "pair-business-at-gathering",
    D,
    "Kenyan Foreign Minister Ruth Kamau held talks with her Ugandan counterpart in Nairobi on "
    "Monday. The ministers said they would take their plan for a joint border post to a meeting "
    "of East African Community ministers in Arusha next month.",
    ("meeting", "held", ("KEN", "UGA"), None, "2023-06-12"),
    ("conference", "planned", ("KEN", "TZA", "UGA"), "EAC", "2023-07"),
)
# regression: a gathering the pair is not told bringing anything to stays the venue's
_row(
    "pair-business-at-gathering",
    D,
    "Kenyan Foreign Minister Ruth Kamau held talks with her Ugandan counterpart in Nairobi on "
    "Monday. Officials said the East African Community will hold a meeting of ministers in "
    "Arusha next month.",
    ("meeting", "held", ("KEN", "UGA"), None, "2023-06-12"),
    ("conference", "planned", ("TZA",), "EAC", "2023-07"),
)
# regression: officials preparing a gathering are not the pair
_row(
    "pair-business-at-gathering",
    D,
    "Vice President Laura Ames met today with President Omar Haddad of Jordan in Washington. "
    "Officials also discussed preparations for the ASEAN Regional Forum meeting in Jakarta, "
    "Indonesia, in August.",
    ("meeting", "held", ("JOR", "USA"), None, "2023-06-14"),
    ("conference", "planned", ("IDN",), "ASEAN", "2023-08"),
)


def _exact(got: Meeting, expected: Expected) -> bool:
    """As ``fits_told_with_body``, and the sides exactly those listed."""
    return fits_told_with_body(got, expected) and sorted(
        c.alpha_3 for c in got.countries
    ) == sorted(expected[2])


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written59(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, with exactly the sides listed."""
    assert_told(cls, day, text, expected, _exact)
