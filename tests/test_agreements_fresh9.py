"""Agreements on fresh unseen news: classes counted on the fresh sets (issue 9).

Each row is a sentence written for these tests (invented states' talks, documents,
figures); none is copied from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, summary
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2024, 4, 17)

# (headline, body, expected summaries)
Row = tuple[str | None, str, list[Summary]]

# A named instrument no reader gave a side takes the sides its sentence tells: "the two
# countries" of a signed or ratified one are the story's pair, two or more states its
# sentence names are its parties; a group's, a body's, or a stance on one stays empty.
TOLD_SIDES: list[Row] = [
    (
        None,
        "Chile exported fruit worth $12 million to Peru in March. "
        "Trade between Chile and Peru grew by 8 percent. "
        "The ties of the two countries rest on the Charter of Friendship, which was signed in "
        "2011.",
        [("other", "signed", ["CHL", "PER"], "2011")],
    ),
    (
        None,
        "The speaker of Chile received the ambassador of Peru on Tuesday. "
        "He said the Valdivia Declaration signed by the parliaments of Chile, Peru and "
        "Bolivia in May last year still guides the work of the three chambers.",
        [("declaration", "signed", ["BOL", "CHL", "PER"], "2023-05")],
    ),
    (
        None,
        "Chile and Peru held talks on fisheries. Chile exports salmon to Peru. "
        "Senators of Chile ratified the Convention on the Humboldt Current between the "
        "governments of the two countries.",
        [("treaty", "ratified", ["CHL", "PER"], None)],
    ),
    # A stance on an instrument, with no act on it, names no side.
    (
        None,
        "The leader of Chile is pressing Peru to cut its catch despite its refusal to sign "
        "the Humboldt Protocol.",
        [("protocol", "signed", [], None)],
    ),
    # A group's instrument keeps its members unnamed.
    (
        None,
        "Ministers of the G-7 said Chile and Peru would follow the Lima accord signed in 2019.",
        [("agreement", "signed", [], "2019")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), TOLD_SIDES)
def test_told_sides(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A named instrument with no party read takes the sides its sentence tells."""
    article = Article(title=headline, body=body, published=PUB)
    assert [summary(a) for a in extract_agreements(article)] == expected


# Documents whose signing is told in a participle, with "are being implemented" as the
# main verb or "the implementation of" before them, are in force now (ratified, no day).
IMPLEMENTED: list[Row] = [
    (
        None,
        "The ministers of Chile and Peru said the 9 documents signed during the visit of the "
        "Chilean president to Lima in May are being steadily implemented.",
        [("other", "ratified", ["CHL", "PER"], None)],
    ),
    (
        None,
        "Chile and Peru reviewed the implementation of the 12 agreements signed in Lima in 2022.",
        [("agreement", "ratified", ["CHL", "PER"], None)],
    ),
    # A signing told as done, with no implementation, stays signed.
    (
        None,
        "The ministers of Chile and Peru recalled the 9 documents signed during the visit of "
        "the Chilean president to Lima in May 2023.",
        [("other", "signed", ["CHL", "PER"], "2023-05")],
    ),
    # Implemented by another instrument: the verb is that one's.
    (
        None,
        "The memorandum on ports signed by Chile and Peru in 2020 was praised, and new "
        "projects are being implemented.",
        [("memorandum", "signed", ["CHL", "PER"], "2020")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), IMPLEMENTED)
def test_implemented(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Signed documents told as being implemented are ratified."""
    article = Article(title=headline, body=body, published=PUB)
    assert [summary(a) for a in extract_agreements(article)] == expected


# A signing tied by a relative (", during which", ", when", ", at which") to an event told
# before it in the sentence takes that event's date, not the report's day.
DURING_WHICH: list[Row] = [
    (
        None,
        "The president of Chile paid a state visit to Peru in March 2019, during which 6 "
        "documents were signed.",
        [("other", "signed", ["CHL", "PER"], "2019-03")],
    ),
    (
        None,
        "Chile and Peru met in Lima in October, when the two ministers signed an agreement "
        "on fisheries.",
        [("agreement", "signed", ["CHL", "PER"], "2023-10")],
    ),
    (
        None,
        "The foreign ministers of Chile and Peru held a summit on May 3, 2021, at which they "
        "signed a memorandum on ports.",
        [("memorandum", "signed", ["CHL", "PER"], "2021-05-03")],
    ),
    (
        None,
        "Chile and Peru said their commission will meet in Lima in September, where four "
        "documents on mining are expected to be signed.",
        [("other", "planned", ["CHL", "PER"], "2024-09")],
    ),
    # With no date before the relative, the rule gives none.
    (
        None,
        "The president of Chile paid a state visit to Peru, during which 6 documents were signed.",
        [("other", "signed", ["CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), DURING_WHICH)
def test_during_which(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A signing during an event told before takes that event's date."""
    article = Article(title=headline, body=body, published=PUB)
    assert [summary(a) for a in extract_agreements(article)] == expected


# "a memorandum on X, a memorandum on Y and a memorandum on Z" in one sentence lists three
# instruments; a signing told as one more of the occasion ("were also signed", "Besides,")
# takes the date of the signing told just before it.
LISTED_ALSO: list[Row] = [
    (
        None,
        "The ministers of Chile and Peru met in Lima on Monday. At the end of the meeting, the "
        "two sides signed the protocol of the third session of the commission. Besides, a "
        "memorandum of understanding on cooperation in mining, a memorandum of understanding "
        "between the two diplomatic academies and a memorandum of understanding on tourism "
        "were also signed.",
        [
            ("protocol", "signed", ["CHL", "PER"], "2024-04-15"),
            ("memorandum", "signed", ["CHL", "PER"], "2024-04-15"),
            ("memorandum", "signed", ["CHL", "PER"], "2024-04-15"),
            ("memorandum", "signed", ["CHL", "PER"], "2024-04-15"),
        ],
    ),
    (
        None,
        "Chile and Peru signed an agreement on fisheries on March 4. A memorandum on "
        "tourism was also signed.",
        [
            ("agreement", "signed", ["CHL", "PER"], "2024-03-04"),
            ("memorandum", "signed", ["CHL", "PER"], "2024-03-04"),
        ],
    ),
    (
        None,
        "On Tuesday the senate of Peru ratified the treaty on the border between Chile and "
        "Peru. Together with the treaty, senators ratified the Agreement between the "
        "governments of the two countries on the use of the river.",
        [
            ("treaty", "ratified", ["CHL", "PER"], "2024-04-16"),
            ("agreement", "ratified", ["CHL", "PER"], "2024-04-16"),
        ],
    ),
    # The same instrument named twice with "the" stays one.
    (
        None,
        "Chile and Peru signed a memorandum on mining. The memorandum on mining was praised.",
        [("memorandum", "signed", ["CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), LISTED_ALSO)
def test_listed_also(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Listed indefinite instruments are one record each; "also signed" shares the date."""
    article = Article(title=headline, body=body, published=PUB)
    assert [summary(a) for a in extract_agreements(article)] == expected


# A plural with no number whose own passive verb, after its topic phrase, is a signing to
# come ("documents on X and Y are to be signed", "will be signed") is a planned record.
PLURAL_TO_COME: list[Row] = [
    (
        None,
        "The president of Chile will visit Peru in June, when documents on mining and "
        "fisheries are to be signed.",
        [("other", "planned", ["CHL", "PER"], "2024-06")],
    ),
    (
        None,
        "The president of Chile will visit Peru in June, during which a new package of "
        "documents on cooperation in mining and fisheries is expected to be signed.",
        [("other", "planned", ["CHL", "PER"], "2024-06")],
    ),
    (
        None,
        "Chile and Peru said that agreements on mining, fisheries and tourism will be signed "
        "in Lima.",
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    # A plural with no verb of its own stays no instrument.
    (
        None,
        "Chile and Peru discussed the implementation of agreements on mining and fisheries.",
        [],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), PLURAL_TO_COME)
def test_plural_to_come(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Plural documents to be signed later in the sentence are planned."""
    article = Article(title=headline, body=body, published=PUB)
    assert [summary(a) for a in extract_agreements(article)] == expected
