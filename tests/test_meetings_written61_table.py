"""Participants of meetings, for the classes read off the written articles and the keys.

The paired meeting records whose participants differ from the key's, pooled from the
written articles W1-W1260, corpus blind 11 to 23, the owners' dev and crawled keys and our
read pages, sorted into classes of why a name is missed (issue 9, session 61). A told table
(``meeting_rows`` says what a row is and when it passes) whose rows also give the names
of the participants of the row's one record of the kind the class tests; every row is
written for this table, and the rows that must stay as they are sit beside the class's
rows.

- body-chair: a legislature's or cabinet's name after its chair's title ("Chairman of the
  State Duma A B", "Speaker of the Milli Majlis A B", "Chairman of the Cabinet of Ministers
  of P A B") is the role, so the official named after it takes part, of the record's sides
  or of no state told, and a name that took the body's last word ("Duma A B") is his (the
  records themselves are decided as before).
- ministry-role: a ministry's or department's name after an official's title ("State
  Secretary of the Ministry of Transport A B", "Director for Policy of the Department of
  Foreign Affairs of P A B") is the role, so the official named after it takes part.
- no-state: an official the record's own sentence names by a role with listed fields
  ("Minister of Culture, Youth and Sports A B") takes part though the text gives him no
  state, as a body's chair does.
- group-head: a group's name after its official's title, begun on role words ("Secretary
  General of the Economic Cooperation Organization A B") or with its bracketed short name
  ("... of the Shanghai Cooperation Organisation (SCO) A B"), is the role, so the official
  named after it takes part.
- surname-in-full: a participant named by surname alone ("Speaker K") takes the full name
  another record of the story lists when only one full name ends with it; the full form
  was read by a reading the short form's own sentence does not get (a body's chair, a role
  with listed fields).
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-14"  # a Wednesday

# --- a chair's title with a legislature's or cabinet's name ---------------------------------
_row(
    "body-chair",
    D,
    "Chairman of the State Duma Boris Petrov met Serbian Foreign Minister Marko Ilic in "
    "Moscow on Monday.",
    ("meeting", "held", ("RUS", "SRB"), None, "2023-06-12"),
)
_row(
    "body-chair",
    D,
    "Speaker of the Milli Majlis Leyla Huseynova received Turkish Ambassador Emre Kaya in "
    "Baku on Tuesday.",
    ("meeting", "held", ("AZE", "TUR"), None, "2023-06-13"),
)
_row(
    "body-chair",
    D,
    "Kyrgyz Foreign Minister Azamat Usenov met Chairman of the Cabinet of Ministers of "
    "Turkmenistan Dovlet Orazov in Ashgabat on Monday.",
    ("meeting", "held", ("KGZ", "TKM"), None, "2023-06-12"),
)
_row(
    "body-chair",
    D,
    "Hungarian President Laszlo Toth held talks with Chair of the Senate of Kazakhstan "
    "Erlan Seitkali in Astana on Monday.",
    ("meeting", "held", ("HUN", "KAZ"), None, "2023-06-12"),
)
_row(
    "body-chair",
    D,
    "Azerbaijani Foreign Minister Jeyhun Aliyev met Speaker of the National Assembly of "
    "Bulgaria Rosen Dimov in Sofia on Monday.",
    ("meeting", "held", ("AZE", "BGR"), None, "2023-06-12"),
)
# regression: a committee's chair is no body's chair and stays unread
_row(
    "body-chair",
    D,
    "Chairman of the Senate Committee on Foreign Relations Tom Baker met Georgian Prime "
    "Minister Irakli Beridze in Washington on Monday.",
    ("meeting", "held", ("GEO", "USA"), None, "2023-06-12"),
)
# regression: officials named by their own titles were read before and stay so
_row(
    "body-chair",
    D,
    "Kyrgyz Foreign Minister Azamat Usenov met Turkmen Deputy Prime Minister Dovlet Orazov "
    "in Ashgabat on Monday.",
    ("meeting", "held", ("KGZ", "TKM"), None, "2023-06-12"),
)

# --- an official of a ministry or department ------------------------------------------------
_row(
    "ministry-role",
    D,
    "Chilean Foreign Minister Pablo Soto received a delegation of Peru headed by the Deputy "
    "Director of the Ministry of Energy Rosa Quispe in Santiago on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "ministry-role",
    D,
    "Kenyan Foreign Minister Joseph Mwangi held consultations in Accra with Director for "
    "Policy of the Department of Foreign Affairs of Ghana Kofi Mensah on Monday.",
    ("meeting", "held", ("GHA", "KEN"), None, "2023-06-12"),
)
_row(
    "ministry-role",
    D,
    "On Tuesday, Jordanian Prime Minister Karim Haddad met the State Secretary of the "
    "Ministry of Finance of Egypt Omar Fahmy in Amman.",
    ("meeting", "held", ("EGY", "JOR"), None, "2023-06-13"),
)
# regression: a ministry named as the place of talks is no one's role
_row(
    "ministry-role",
    D,
    "Chilean Foreign Minister Pablo Soto met Peruvian Deputy Foreign Minister Rosa Quispe at "
    "the Ministry of Energy in Santiago on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)

# --- an official with listed fields and no state told --------------------------------------
_row(
    "no-state",
    D,
    "On Monday, Minister of Culture, Youth and Sports Ana Lind received Peruvian Foreign "
    "Minister Rosa Quispe in Helsinki.",
    ("meeting", "held", ("FIN", "PER"), None, "2023-06-12"),
)
_row(
    "no-state",
    D,
    "From June 5 to 7, Deputy Security Advisor for Cyber and Emerging Technology Rosa Quispe "
    "traveled to Lima and Quito to deepen cooperation on cybersecurity.",
    ("visit", "held", ("ECU", "PER"), None, "2023-06-05"),
)
# regression: a role the plain reading takes whole was read before and stays so
_row(
    "no-state",
    D,
    "Minister of Energy Ana Lind arrived in Lima on Monday for talks with Peruvian Foreign "
    "Minister Rosa Quispe.",
    ("visit", "held", ("PER",), None, "2023-06-12"),
)

# --- a group's official ---------------------------------------------------------------------
_row(
    "group-head",
    D,
    "On Monday the Croatian President Ivan Horvat received the Secretary General of the "
    "Shanghai Cooperation Organisation (SCO) Li Wen in Zagreb.",
    ("meeting", "held", ("HRV",), None, "2023-06-12"),
)
_row(
    "group-head",
    D,
    "On Monday, Peruvian Foreign Minister Rosa Quispe received Secretary General of the "
    "Economic Cooperation Organization Ali Demir in Lima.",
    ("meeting", "held", ("PER",), None, "2023-06-12"),
)
# the short name, then the official's name set off by commas
_row(
    "group-head",
    D,
    "Peruvian Foreign Minister Rosa Quispe met the Secretary General of the Organization of "
    "American States (OAS), Luis Vega, in Lima on Monday.",
    ("meeting", "held", ("PER",), None, "2023-06-12"),
)
# regression: a group named by its short name alone was read before and stays so
_row(
    "group-head",
    D,
    "Peruvian Foreign Minister Rosa Quispe met the Secretary General of the OAS Luis Vega in "
    "Lima on Monday.",
    ("meeting", "held", ("PER",), None, "2023-06-12"),
)

# --- a surname whose full form another record lists ----------------------------------------
_row(
    "surname-in-full",
    D,
    "Finland's Minister of Culture, Youth and Sports Ana Lind arrived in Lima on Monday for a "
    "working visit. On Tuesday, Minister Lind held talks with Peruvian Foreign Minister Rosa "
    "Quispe.",
    ("visit", "held", ("FIN", "PER"), None, "2023-06-12"),
    ("meeting", "held", ("PER",), None, "2023-06-13"),
)
_row(
    "surname-in-full",
    D,
    "Chair of the Senate Ruta Kalnina arrived in Baku on Monday on an official visit. On "
    "Tuesday, Speaker Kalnina held talks with Azerbaijani Foreign Minister Leyla Huseynova.",
    ("visit", "held", ("AZE",), None, "2023-06-12"),
    ("meeting", "held", ("AZE",), None, "2023-06-13"),
)
# regression: two full names end with the surname, which stays as written
_row(
    "surname-in-full",
    D,
    "Chair of the Senate Ruta Kalnina and Chair of the Seimas Ona Kalnina arrived in Baku on "
    "Monday on an official visit. On Tuesday, Speaker Kalnina held talks with Azerbaijani "
    "Foreign Minister Leyla Huseynova.",
    ("visit", "held", ("AZE",), None, "2023-06-12"),
    ("meeting", "held", ("AZE",), None, "2023-06-13"),
)

# The names each class row's record lists, in row order: (kind, one set per row).
_NAMES: dict[str, tuple[str, list[set[str]]]] = {
    "body-chair": (
        "",
        [
            {"Boris Petrov", "Marko Ilic"},
            {"Leyla Huseynova", "Emre Kaya"},
            {"Azamat Usenov", "Dovlet Orazov"},
            {"Laszlo Toth", "Erlan Seitkali"},
            {"Jeyhun Aliyev", "Rosen Dimov"},
            {"Irakli Beridze"},
            {"Azamat Usenov", "Dovlet Orazov"},
        ],
    ),
    "ministry-role": (
        "",
        [
            {"Pablo Soto", "Rosa Quispe"},
            {"Joseph Mwangi", "Kofi Mensah"},
            {"Karim Haddad", "Omar Fahmy"},
            {"Pablo Soto", "Rosa Quispe"},
        ],
    ),
    "no-state": (
        "",
        [
            {"Ana Lind", "Rosa Quispe"},
            {"Rosa Quispe"},
            {"Ana Lind", "Rosa Quispe"},
        ],
    ),
    "group-head": (
        "",
        [
            {"Ivan Horvat", "Li Wen"},
            {"Rosa Quispe", "Ali Demir"},
            {"Rosa Quispe", "Luis Vega"},
            {"Rosa Quispe", "Luis Vega"},
        ],
    ),
    "surname-in-full": (
        "meeting",
        [
            {"Ana Lind", "Rosa Quispe"},
            {"Ruta Kalnina", "Leyla Huseynova"},
            {"Kalnina", "Leyla Huseynova"},
        ],
    ),
}
NAMES = [
    (text, kind or expected[0][0], names)
    for cls, (kind, lists) in _NAMES.items()
    for (_, _, text, expected), names in zip([r for r in TABLE if r[0] == cls], lists, strict=True)
]


@pytest.mark.parametrize(
    ("text", "kind", "names"), NAMES, ids=[f"names-{n}" for n in range(len(NAMES))]
)
def test_meeting_participants_written61(text: str, kind: str, names: set[str]) -> None:
    """The row's one record of the kind its class tests lists the participants named."""
    article = Article(id="t", body=text, published=dt.date.fromisoformat(D))
    (meeting,) = [m for m in extract_meetings(article) if m.kind.value == kind]
    assert {p.name for p in meeting.participants} == names


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written61(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
