"""Meetings of unseen news, by families of errors (issue 9), seventh round.

Each table holds one family: rows of sentences written for these tests, in
the style of the outlets, with invented names and figures. A page is
published on 2023-05-10 (a Wednesday).
"""

from __future__ import annotations

import pytest

from meeting_rows import Brief, briefs_of

# The European Council (the EU's summit of leaders) is the EU: a call or a meeting with its
# president is one with the EU, as with the president of the European Commission.
EUROPEAN_COUNCIL: list[tuple[str, str, list[Brief]]] = [
    (
        "call-with-the-president-of-the-european-council",
        "Latvian Prime Minister Anna Berzina spoke by phone on Tuesday with the President of "
        "the European Council, Pedro Alvares, the government said.",
        [("call", "held", ["LVA"], "EU", "2023-05-09")],
    ),
    (
        "call-with-european-council-president",
        "Slovak President Jan Holub on Monday held a phone conversation with European Council "
        "President Marta Lind.",
        [("call", "held", ["SVK"], "EU", "2023-05-08")],
    ),
    (
        "met-the-president-of-the-european-council",
        "Moldovan President Ion Rusu met on Tuesday in Chisinau with President of the European "
        "Council Karl Weber.",
        [("meeting", "held", ["MDA"], "EU", "2023-05-09")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in EUROPEAN_COUNCIL],
)
def test_european_council(body: str, expected: list[Brief]) -> None:
    """The European Council's president is the EU's side of a call or meeting."""
    assert briefs_of(body) == expected


# A hall or a day between "received" and the guest, where the guest opens on "the new" or on
# "the ambassadors" ("received at the Palace of the Nation the new Ambassador of A, X").
RECEIVED_AT_A_HALL_THE_NEW: list[tuple[str, str, list[Brief]]] = [
    (
        "one-new-envoy",
        "On May 8, Bolivian President Juan Cruz received at the Palace of the Nation the new "
        "Ambassador of Chile Pedro Soto.",
        [("meeting", "held", ["BOL", "CHL"], None, "2023-05-08")],
    ),
    (
        "three-envoys-with-credentials",
        "On May 8, Bolivian President Juan Cruz received at the Palace of the Nation the new "
        "Ambassador of Chile Pedro Soto, the Ambassador of Peru Ana Ruiz and the Ambassador of "
        "Brazil Luis Mota, who presented their credentials.",
        [
            ("meeting", "held", ["BOL", "BRA"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "the-ambassadors-of",
        "On May 8, Bolivian President Juan Cruz received in the Palace of the Nation the "
        "ambassadors of Chile, Peru and Brazil, who presented their credentials.",
        [
            ("meeting", "held", ["BOL", "BRA"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "PER"], None, "2023-05-08"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in RECEIVED_AT_A_HALL_THE_NEW],
)
def test_received_at_a_hall_the_new(body: str, expected: list[Brief]) -> None:
    """A hall before "the new Ambassador" or "the ambassadors" still leaves the guests."""
    assert briefs_of(body) == expected


# An agency's dateline ("MOSCOW, April 3. /TASS/.", "DUSHANBE, 08.04.2026.") gives its city's
# state to officials titled without one, as a Reuters dateline does.
AGENCY_DATELINE: list[tuple[str, str, list[Brief]]] = [
    (
        "numeric-date",
        "LA PAZ, 08.05.2023. /AGENCY/. On May 8, President Ivan Rusu received the Ambassador of "
        "Chile Pedro Soto, who presented his credentials.",
        [("meeting", "held", ["BOL", "CHL"], None, "2023-05-08")],
    ),
    (
        "month-and-day",
        "LIMA, May 9. /AGENCY/. Foreign Minister Ivan Rusu received on Monday the Ambassador of "
        "Chile Pedro Soto.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
    (
        "a-state-named-stays",
        "LIMA, May 9. /AGENCY/. Bolivian Foreign Minister Ivan Rusu received on Monday the "
        "Ambassador of Chile Pedro Soto.",
        [("meeting", "held", ["BOL", "CHL"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in AGENCY_DATELINE],
)
def test_agency_dateline(body: str, expected: list[Brief]) -> None:
    """An agency's dateline gives its state to officials titled without one."""
    assert briefs_of(body) == expected


# Talks "held in" a place at a month before the story's events ("recalled the talks held in
# Lima last October") are an earlier meeting of the pair of the story's event holding that
# place's state, not a mention of that event.
RECALLED_TALKS_HELD_IN: list[tuple[str, str, list[Brief]]] = [
    (
        "last-month-name",
        "Bolivian Foreign Minister Juan Cruz received on Monday the Ambassador of Chile, Pedro "
        "Soto. Welcoming the envoy, the minister recalled the talks held in Santiago last October "
        "between the heads of the two foreign ministries.",
        [
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "CHL"], None, "2022-10"),
        ],
    ),
    (
        "month-of-last-year",
        "Bolivian Foreign Minister Juan Cruz met Chilean Foreign Minister Pedro Soto in La Paz on "
        "Monday. Soto recalled the talks held in Santiago in April of last year, after which a "
        "road map was signed.",
        [
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "CHL"], None, "2022-04"),
        ],
    ),
    (
        "undated-stays-one",
        "Bolivian Foreign Minister Juan Cruz received on Monday the Ambassador of Chile, Pedro "
        "Soto. The minister recalled the talks held in Santiago.",
        [("meeting", "held", ["BOL", "CHL"], None, "2023-05-08")],
    ),
    (
        "same-month-stays-one",
        "Bolivian Foreign Minister Juan Cruz received on Monday the Ambassador of Chile, Pedro "
        "Soto. The minister recalled the talks held in Santiago in May.",
        [("meeting", "held", ["BOL", "CHL"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in RECALLED_TALKS_HELD_IN],
)
def test_recalled_talks_held_in(body: str, expected: list[Brief]) -> None:
    """Talks held in a place at an earlier month are a meeting of their own."""
    assert briefs_of(body) == expected
