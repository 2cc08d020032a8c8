"""Meetings of unseen news, by families of errors (issue 9), eighth round.

Each table holds one family: rows of sentences written for these tests, in
the style of the outlets, with invented names and figures. A page is
published on 2023-05-10 (a Wednesday).
"""

from __future__ import annotations

import pytest

from meeting_rows import Brief, briefs_of

# "In separate meetings," opening the sentence before its subject: the verb's partners each
# had a meeting of their own, as in "met A and B in separate meetings".
SEPARATE_OPENER: list[tuple[str, str, list[Brief]]] = [
    (
        "conferred-with-three",
        "In separate meetings, Chilean President Marco Ruiz conferred with Peruvian President "
        "Ana Soto, Bolivian Prime Minister Luis Vera and President of Ecuador Pablo Mena on "
        "Tuesday.",
        [
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
        ],
    ),
    (
        "held-talks-with-two",
        "In separate talks, Latvian Foreign Minister Anna Berzina on Monday met Estonian "
        "Foreign Minister Karl Tamm and Finnish Foreign Minister Olli Virta.",
        [
            ("meeting", "held", ["EST", "LVA"], None, "2023-05-08"),
            ("meeting", "held", ["FIN", "LVA"], None, "2023-05-08"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SEPARATE_OPENER],
)
def test_separate_opener(body: str, expected: list[Brief]) -> None:
    """Opening "In separate meetings, X met A, B and C": one meeting with each partner."""
    assert briefs_of(body) == expected


# A session of a body or meeting told just before, named by its possessive or by "one" ("Its
# next session is due in May", "the council will hold its session in Lima", "The next one will
# be held in Quito"): one more session between the same sides.
SESSION_BY_ANAPHOR: list[tuple[str, str, list[Brief]]] = [
    (
        "its-next-session",
        "The Chile-Peru Joint Ministerial Commission last met in Lima in October 2022. Its next "
        "session is due later this year in Santiago.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2022-10"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
        ],
    ),
    (
        "the-council-will-hold-its-session",
        "Chile and Peru adopted a road map on Tuesday at a meeting of the Intergovernmental "
        "Council in Lima, co-chaired by the two countries' prime ministers.\n\n"
        "Next year the council will hold its session in Chile.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("meeting", "planned", ["CHL", "PER"], None, "2024"),
        ],
    ),
    (
        "the-next-one-will-be-held",
        "The fourth meeting of the Chile-Peru intergovernmental commission was held in Lima on "
        "Monday. The next one will be held in Santiago in 2024.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "planned", ["CHL", "PER"], None, "2024"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SESSION_BY_ANAPHOR],
)
def test_session_by_anaphor(body: str, expected: list[Brief]) -> None:
    """A next or last session named by "its" or "one" is one more session of the same sides."""
    assert briefs_of(body) == expected
