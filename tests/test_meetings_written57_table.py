"""Participants of meetings, for the classes read off the written articles and the keys.

The paired meeting records whose participants differ from the key's, pooled from the
written articles W1-W1260, corpus blind 11 to 23, the owners' dev and crawled keys and our
read pages, sorted into classes of why a name is missed (issue 9, session 57). A told table
(``meeting_rows`` says what a row is and when it passes) whose rows also give the names
of the participants of the row's one record of the kind the class tests; every row is
written for this table, and the rows that must stay as they are sit beside the class's
rows.

- portfolio-list: a minister's fields joined by commas and a closing "and" ("Minister of
  Mining and Energy A B", "Minister of Industry, Trade and Tourism of P A B") are the role,
  words outside the role vocabulary too, so the official named after them, of a state the
  record has as a side, takes part (the records themselves are decided as before).
- plural-title: officials named together after a plural title ("Presidents A B of P and C D
  of Q", "the foreign ministers of P and Q, A B and C D", "his P and Q counterparts, A B and
  C D") take part, each of the state told with him, or of one side each where no state is
  told and the names are as many as the sides.
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

# --- a role whose fields are a list ---------------------------------------------------------
# "Minister of Mining and Energy A B": the field after "and" is no role word, yet the role's.
_row(
    "portfolio-list",
    D,
    "Chilean Foreign Minister Pablo Soto met Peru's Minister of Mining and Energy Rosa Quispe "
    "in Santiago on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "portfolio-list",
    D,
    "Jordanian Prime Minister Karim Haddad received the Minister of Industry, Trade and "
    "Tourism of Egypt Omar Fahmy in Amman on Tuesday.",
    ("meeting", "held", ("EGY", "JOR"), None, "2023-06-13"),
)
_row(
    "portfolio-list",
    D,
    "Omani Foreign Minister Salim Darwish met the Minister of Energy and Minerals of Bahrain "
    "Hamad bin Ali Al Khalifa in Muscat on Monday.",
    ("meeting", "held", ("BHR", "OMN"), None, "2023-06-12"),
)
_row(
    "portfolio-list",
    D,
    "Chilean Foreign Minister Pablo Soto met Bolivia's Minister of Production and Rural "
    "Development, Ms Elena Rojas, in La Paz on Monday.",
    ("meeting", "held", ("BOL", "CHL"), None, "2023-06-12"),
)
# regression: fields all in the role vocabulary were read before and stay so
_row(
    "portfolio-list",
    D,
    "Kenyan President Joseph Mwangi held talks with Ghana's Minister for Finance and Economic "
    "Planning Kofi Mensah in Nairobi on Monday.",
    ("meeting", "held", ("GHA", "KEN"), None, "2023-06-12"),
)
# near miss: a name after "and" is a second person, not a field of the role
_row(
    "portfolio-list",
    D,
    "Chilean Foreign Minister Pablo Soto met Peru's Minister of Energy Rosa Quispe and Deputy "
    "Foreign Minister Ana Torres in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
# near miss: "of State A B and" then another official's role: no list of fields
_row(
    "portfolio-list",
    D,
    "Kenyan President Joseph Mwangi received Assistant Secretary of State Mary Cole and Deputy "
    "Foreign Minister Paul Otieno of Uganda in Nairobi on Monday.",
    ("meeting", "held", ("KEN", "UGA"), None, "2023-06-12"),
)
# near miss: an official of a state that is no side of the meeting takes no part in it
_row(
    "portfolio-list",
    D,
    "Chilean Foreign Minister Pablo Soto met Peruvian Foreign Minister Rosa Quispe in Lima on "
    "Monday and praised a plan of Bolivia's Minister of Mining and Energy Elena Rojas.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)

# --- officials named together after a plural title ------------------------------------------
_row(
    "plural-title",
    D,
    "Presidents Ana Lind of Finland and Jonas Berg of Sweden met in Turku on Monday to discuss "
    "Baltic security.",
    ("meeting", "held", ("FIN", "SWE"), None, "2023-06-12"),
)
_row(
    "plural-title",
    D,
    "The foreign ministers of Chile and Peru, Pablo Soto and Rosa Quispe, held a phone call on "
    "Tuesday.",
    ("call", "held", ("CHL", "PER"), None, "2023-06-13"),
)
_row(
    "plural-title",
    D,
    "Uruguay and Argentina signed a transit accord on Monday after Presidents Carlos Mendes and "
    "Tomas Alvarez met in Montevideo.",
    ("meeting", "held", ("ARG", "URY"), None, None),
)
# near miss: two names, three sides and no state told: whose side each is stays unknown
_row(
    "plural-title",
    D,
    "Presidents Carlos Mendes and Tomas Alvarez will attend the summit of Uruguay, Argentina and "
    "Brazil in Brasilia in July.",
    ("conference", "planned", ("ARG", "BRA", "URY"), None, "2023-07"),
)
# regression: each official named by his own title was read before and stays so
_row(
    "plural-title",
    D,
    "Chilean Foreign Minister Pablo Soto met Peruvian Foreign Minister Rosa Quispe in Lima on "
    "Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)

# The names of the row's one record of the kind its class tests, in the rows' order.
_NAMES: dict[str, tuple[str, list[set[str]]]] = {
    "portfolio-list": (
        "",
        [
            {"Pablo Soto", "Rosa Quispe"},
            {"Karim Haddad", "Omar Fahmy"},
            {"Salim Darwish", "Hamad bin Ali Al Khalifa"},
            {"Pablo Soto", "Elena Rojas"},
            {"Joseph Mwangi", "Kofi Mensah"},
            {"Pablo Soto", "Rosa Quispe", "Ana Torres"},
            {"Joseph Mwangi", "Mary Cole", "Paul Otieno"},
            {"Pablo Soto", "Rosa Quispe"},
        ],
    ),
    "plural-title": (
        "",
        [
            {"Ana Lind", "Jonas Berg"},
            {"Pablo Soto", "Rosa Quispe"},
            {"Carlos Mendes", "Tomas Alvarez"},
            set(),
            {"Pablo Soto", "Rosa Quispe"},
        ],
    ),
}
NAMES = participant_rows(TABLE, _NAMES)


@pytest.mark.parametrize(
    ("text", "kind", "names"), NAMES, ids=[f"names-{n}" for n in range(len(NAMES))]
)
def test_meeting_participants_written57(text: str, kind: str, names: set[str]) -> None:
    """The row's one record of the kind its class tests lists the participants named."""
    assert_participants(D, text, kind, names)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written57(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
