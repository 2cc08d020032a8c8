"""Agreement classes seen in wire, briefing-room and broadcaster prose (issue 9, fifth pass).

Each row is one general rule, tested on sentences written for these tests (invented
documents, dates and places); none is taken from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, agreement_summaries

PUB = dt.date(2023, 6, 8)


ROWS: list[tuple[str, str, list[Summary]]] = [
    # A state named right after "with" behind an instrument's name is one of its sides.
    (
        "named-with-state",
        "The minister reaffirmed adherence to the 1981 Border Agreement with Norway.",
        [("agreement", "signed", ["NOR"], "1981")],
    ),
    (
        "named-with-the-state",
        "He recalled the 1962 Fisheries Convention with the Netherlands.",
        [("treaty", "signed", ["NLD"], "1962")],
    ),
    # ... but not a demonym (a person described), nor the partner of a talk.
    (
        "named-with-demonym-is-no-side",
        "The envoy praised the 1981 Border Agreement with the Norwegian delegate.",
        [("agreement", "signed", [], "1981")],
    ),
    (
        "named-discussed-with-state-is-no-side",
        "The minister discussed the 1981 Border Agreement with Norway on Monday.",
        [("agreement", "signed", [], "1981")],
    ),
    # A named instrument with no side of its own, in a sentence whose only two states are
    # told as a pair ("between A and B", "A-B"), is that pair's.
    (
        "named-in-pair-between",
        "The envoy praised the close relationship between Chile and Peru, including "
        "through the Lima Security Agreement that was signed in 2019.",
        [("agreement", "signed", ["CHL", "PER"], "2019")],
    ),
    (
        "named-in-pair-hyphen",
        "The ministers reaffirmed the Chile-Peru alliance and recalled that the 1962 "
        "Mutual Defense Treaty covers their coast guards.",
        [("treaty", "signed", ["CHL", "PER"], "1962")],
    ),
    (
        "named-with-states-not-a-pair-has-no-side",
        "The ministers of Chile and Peru recalled the 1962 Mutual Defense Treaty.",
        [("treaty", "signed", [], "1962")],
    ),
    (
        "named-with-three-states-has-no-side",
        "Ties between Chile, Peru and Bolivia have grown since the 1962 Andes Convention.",
        [("treaty", "signed", [], "1962")],
    ),
    # The signers of a named instrument are sought in its own clause, not past a semicolon.
    (
        "named-signers-not-past-semicolon",
        "Chile helped to reconcile Peru and Bolivia; rival parties then signed the Lima "
        "Declaration on unity.",
        [("declaration", "signed", [], None)],
    ),
    (
        "named-signers-in-own-clause",
        "Chile helped to reconcile Peru and Bolivia; Peru and Bolivia then signed the Lima "
        "Declaration on unity.",
        [("declaration", "signed", ["BOL", "PER"], None)],
    ),
    # A side the sentence already names is kept as it was.
    (
        "named-with-signers-kept",
        "Chile signed the Lima Accord on Rivers with Peru in 2019.",
        [("agreement", "signed", ["CHL", "PER"], "2019")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [row[1:] for row in ROWS],
    ids=[row[0] for row in ROWS],
)
def test_prose(body: str, expected: list[Summary]) -> None:
    """Each row gives the instruments a reader of the sentence would list."""
    assert agreement_summaries(body, PUB) == expected
