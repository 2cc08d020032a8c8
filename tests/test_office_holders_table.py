"""Sides named only by a well-known official (``gazetteer/data/office_holders.json``).

News names many sides by a person the reader is expected to know: "Erdogan and
Trump held a call", "Mr Kuranari flew to Washington". Each class below is a rule
about such names; the rows are sentences invented for this table (public figures
in made-up events). The first table reads the people of a sentence
(:func:`diplonews.text.extract_people`), the second the meetings it tells; the
last tests check the data file itself.
"""

from __future__ import annotations

import pytest

from diplonews.gazetteer import BODIES, HISTORIC_STATES, iso_countries, load_office_holders
from diplonews.text import extract_people
from diplonews.text._office_holders import holder_state
from meeting_rows import Expected, assert_told, told_params

# (class, year or None, sentence, {name as written: state or None})
PEOPLE: list[tuple[str, int | None, str, dict[str, str | None]]] = [
    # --- bare surnames of two holders of different states ---------------------------------
    (
        "bare-surname-pair",
        2021,
        "Putin and Tokayev discussed grain corridors by telephone on Friday.",
        {"Putin": "RUS", "Tokayev": "KAZ"},
    ),
    (
        "bare-surname-pair",
        2023,
        "Zelenskyy thanked Sunak for the new air defence package.",
        {"Zelenskyy": "UKR", "Sunak": "GBR"},
    ),
    # --- "Mr" or "Ms" before a surname ----------------------------------------------------
    (
        "mr-surname",
        1986,
        "Mr Nakasone is expected to see Mr Shultz before the weekend.",
        {"Nakasone": "JPN", "Shultz": "USA"},
    ),
    (
        "mr-surname",
        2017,
        "Ms Merkel told Mr Abe that the talks had gone well.",
        {"Merkel": "DEU", "Abe": "JPN"},
    ),
    # --- a role head and a surname with no demonym ----------------------------------------
    (
        "role-surname",
        2022,
        "President Mirziyoyev phoned Prime Minister Pashinyan about the transit route.",
        {"Mirziyoyev": "UZB", "Pashinyan": "ARM"},
    ),
    (
        "role-surname",
        2010,
        "Foreign Minister Davutoglu hosted Foreign Minister Mottaki for dinner.",
        {"Davutoglu": "TUR", "Mottaki": "IRN"},
    ),
    # --- a holder outside his years gives no state ---------------------------------------
    (
        "term-boundary",
        1985,
        "Putin and Karimov were both mentioned in the old report.",
        {"Putin": None, "Karimov": None},
    ),
    (
        "term-boundary",
        2019,
        "Prime Minister Nakasone was recalled at the ceremony.",
        {"Nakasone": None},
    ),
    # --- a surname that is a common word, or that two states' holders share ---------------
    (
        "ambiguous-surname",
        2018,
        "May and Khan spoke about cricket and trade at length.",
        {"May": None, "Khan": None},
    ),
    (
        "ambiguous-surname",
        2020,
        "Johnson later met Rice and Baker at the stadium.",
        {"Johnson": None, "Rice": None, "Baker": None},
    ),
    # --- the text's own state wins over the table ----------------------------------------
    (
        "text-state-wins",
        2021,
        "Bolivian Foreign Minister Rogelio Lavrov met Peruvian Minister Ana Merkel in Lima.",
        {"Lavrov": "BOL", "Merkel": "PER"},
    ),
    (
        "text-state-wins",
        2022,
        "Kenyan Trade Minister Joseph Modi met officials. Later, Modi said the talks went well.",
        {"Modi": "KEN"},
    ),
    (
        "text-state-wins",
        2022,
        "The economist Joseph Modi spoke first. Later, Modi said the talks went well.",
        {"Modi": None},  # the story's own Modi, of no state it gives
    ),
]


@pytest.mark.parametrize(
    ("cls", "year", "text", "states"),
    [pytest.param(*row, id=f"{row[0]}-{i}") for i, row in enumerate(PEOPLE)],
)
def test_people_states(
    cls: str, year: int | None, text: str, states: dict[str, str | None]
) -> None:
    """Each name written takes the state of its holder that year, or none."""
    people = extract_people(text, year=year)
    got: dict[str, str | None] = {}
    for surname in states:
        found = [p for p in people if surname in p.text]
        got[surname] = found[0].country if found else None
    assert got == states, (cls, [(p.text, p.country) for p in people])


# (class, publication day, paragraph, the meetings it tells)
MEETINGS: list[tuple[str, str, str, list[Expected]]] = [
    (
        "bare-surname-pair",
        "2019-06-12",
        "Erdogan and Putin held a telephone call on Tuesday to discuss Syria.",
        [("call", "held", ("RUS", "TUR"), None, "2019-06-11")],
    ),
    (
        "bare-surname-pair",
        "2023-03-08",
        "Lula and Albanese met in Brasilia on Monday to talk about trade.",
        [("meeting", "held", ("AUS", "BRA"), None, "2023-03-06")],
    ),
    (
        "mr-surname",
        "1987-04-15",
        "Mr Kuranari met Mr Shevardnadze in Moscow on Monday.",
        [("meeting", "held", ("JPN", "SUN"), None, "1987-04-13")],
    ),
    (
        "mr-surname",
        "2008-02-20",
        "Mr Komura held talks with Mr Mottaki in Tehran on Tuesday.",
        [("meeting", "held", ("IRN", "JPN"), None, "2008-02-19")],
    ),
    (
        "role-surname",
        "2024-09-18",
        "President Tokayev received President Japarov in Astana on Tuesday.",
        [("meeting", "held", ("KAZ", "KGZ"), None, "2024-09-17")],
    ),
    (
        "role-surname",
        "2016-05-11",
        "Prime Minister Abe held talks with Chancellor Merkel in Berlin on Tuesday.",
        [("meeting", "held", ("DEU", "JPN"), None, "2016-05-10")],
    ),
    (
        "term-boundary",
        "1995-06-14",
        "Erdogan and Putin held a telephone call on Tuesday to discuss Syria.",
        [],  # neither held an office of the table that year: no sides, no record
    ),
    # --- a call with counterparts in several states: one call each ---------------------------
    (
        "call-counterparts",
        "2024-11-06",
        "Kenya says Foreign Minister Ana Wanjiru has spoken with counterparts in Ghana and "
        "Senegal about the crisis.",
        [
            ("call", "held", ("GHA", "KEN"), None, None),
            ("call", "held", ("KEN", "SEN"), None, None),
        ],
    ),
    (
        "call-counterparts",
        "2023-04-19",
        "Lavrov spoke with his counterparts in Brazil and India on Tuesday.",
        [
            ("call", "held", ("BRA", "RUS"), None, "2023-04-18"),
            ("call", "held", ("IND", "RUS"), None, "2023-04-18"),
        ],
    ),
    # --- a chain of meeting verbs: each verb its own counterpart ---------------------------
    (
        "verb-chain",
        "2024-10-02",
        "On Tuesday, Peruvian President Ruiz first received Ali Demir of Turkey, then sat down "
        "with Omar Khalid of Jordan, and later in the day held talks with Ivan Petrov of Bulgaria.",
        [
            ("meeting", "held", ("PER", "TUR"), None, "2024-10-01"),
            ("meeting", "held", ("JOR", "PER"), None, "2024-10-01"),
            ("meeting", "held", ("BGR", "PER"), None, "2024-10-01"),
        ],
    ),
    (
        "verb-chain",
        "2025-03-12",
        "On Monday, Erdogan first received Mirziyoyev, then sat down with Aliyev, and later "
        "in the day held talks with Japarov.",
        [
            ("meeting", "held", ("TUR", "UZB"), None, "2025-03-10"),
            ("meeting", "held", ("AZE", "TUR"), None, "2025-03-10"),
            ("meeting", "held", ("KGZ", "TUR"), None, "2025-03-10"),
        ],
    ),
    # --- talks told as held, with a month of their own, after a plan for another day ------
    (
        "held-talks-after-plan",
        "2022-05-30",
        "The president of Peru is due to visit Santiago on June 20. At the talks held in Lima in "
        "April, the ministers of the two countries, Ana Rojas and Luis Vega, agreed on fishing.",
        [
            ("visit", "planned", ("CHL", "PER"), None, "2022-06-20"),
            ("meeting", "held", ("CHL", "PER"), None, "2022-04"),
        ],
    ),
    (
        "held-talks-after-plan",
        "2023-09-04",
        "Mr Tokayev will visit Tashkent on October 2. At the talks held in Astana in August, "
        "the foreign ministers of the two countries, Tileuberdi and Saidov, agreed on water.",
        [
            ("visit", "planned", ("KAZ", "UZB"), None, "2023-10-02"),
            ("meeting", "held", ("KAZ", "UZB"), None, "2023-08"),
        ],
    ),
    (
        "text-state-wins",
        "2020-02-12",
        "Chilean minister Pedro Lavrov met Argentine minister Juan Erdogan in Santiago on Tuesday.",
        [("meeting", "held", ("ARG", "CHL"), None, "2020-02-11")],
    ),
    (
        "text-state-wins",
        "2021-10-13",
        "Peruvian envoy Ana Macron held talks with Mexican envoy Luis Merkel on Tuesday.",
        [("meeting", "held", ("MEX", "PER"), None, "2021-10-12")],
    ),
]


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(MEETINGS))
def test_meetings_of_holders(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Officials named by surname alone are sides of the meetings they hold."""
    assert_told(cls, day, text, expected)


# Talks a speaker reports ("he noted", "she added that she had spoken with") after a trip
# told with its date are no step of that trip: they keep no date of it.
REPORTED: list[tuple[str, str, str]] = [
    (
        "2024-05-20",
        "Peruvian President Ruiz returned on Saturday from the Andean summit in Quito in May. "
        "He added that he had spoken with the new Chilean ambassador to Peru, Ana Rojas.",
        "CHL",
    ),
    (
        "2025-02-24",
        "Egyptian President Sisi came back on Friday from the African summit in Addis Ababa "
        "in February. He noted that he had met the new Kenyan ambassador to Egypt, John Mwangi.",
        "KEN",
    ),
]


@pytest.mark.parametrize(
    ("day", "text", "partner"),
    [pytest.param(*row, id=f"speaker-reports-{i}") for i, row in enumerate(REPORTED)],
)
def test_reported_talks_keep_no_trip_date(day: str, text: str, partner: str) -> None:
    """The reported talks are a record of their own, undated."""
    import datetime as dt

    from diplonews.extract import extract_text

    got = extract_text(text, published=dt.date.fromisoformat(day)).meetings
    talks = [m for m in got if partner in {c.alpha_3 for c in m.countries}]
    assert len(talks) == 1, [(m.kind, m.countries, m.date) for m in got]
    assert talks[0].date is None, talks[0].date


def test_holder_state_years() -> None:
    """A name resolves only in the years of a term; with no year, only if unambiguous."""
    assert holder_state("Shavkat Mirziyoyev", 2018) == "UZB"
    assert holder_state("Mirziyoyev", 1999) is None
    assert holder_state("Mark Rutte", 2015) == "NLD"
    assert holder_state("Rutte", 2025) == "NATO"
    assert holder_state("Rutte") is None  # two offices over the years: no year, no state
    assert holder_state("Ali Khan", 2020) is None  # not Imran Khan


# --- the data file ------------------------------------------------------------------------


def test_states_are_known() -> None:
    """Every state is an ISO 3166 alpha-3 code, a former state's code, or a known body."""
    known = {str(c.alpha_3) for c in iso_countries()} | HISTORIC_STATES | BODIES
    table = load_office_holders()
    assert table.holders
    assert {h.state for h in table.holders} <= known


def test_years_ordered() -> None:
    """Every term starts no later than it ends, within the years the table covers."""
    for holder in load_office_holders().holders:
        assert 1940 <= holder.first <= holder.last <= 2026, holder


def test_forms_name_one_state_at_a_time() -> None:
    """No surname form names holders of two states in overlapping years.

    A term ending in the year another begins (a handover) is no overlap: in that
    year the form names neither.
    """
    holders = load_office_holders().holders
    by_form: dict[str, list[tuple[str, int, int]]] = {}
    for h in holders:
        for form in h.forms:
            by_form.setdefault(form.casefold(), []).append((h.state, h.first, h.last))
    clashes = [
        (form, a, b)
        for form, terms in by_form.items()
        for i, a in enumerate(terms)
        for b in terms[i + 1 :]
        if a[0] != b[0] and a[1] < b[2] and b[1] < a[2]
    ]
    assert clashes == []


def test_every_holder_has_forms() -> None:
    """Each entry gives a full name and at least one form, each form a word of news."""
    for h in load_office_holders().holders:
        assert h.name.strip(), h
        assert h.office.strip(), h
        assert all(f.strip() == f and f for f in h.forms), h
