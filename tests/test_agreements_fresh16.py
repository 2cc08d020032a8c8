"""Agreements on fresh pages: second instances of shapes seen once (session 8, helper 16).

Each row is a sentence written for these tests (invented officials, documents and
figures between real states); none is copied from an article or a page.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, summary
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2024, 4, 17)  # a Wednesday

# (headline, body, expected summaries)
Row = tuple[str | None, str, list[Summary]]


def _run(headline: str | None, body: str) -> list[Summary]:
    return [
        summary(a) for a in extract_agreements(Article(title=headline, body=body, published=PUB))
    ]


# Documents signed in a sentence that tells one day share that day: "Five documents were
# signed on Monday ..., among them an agreement on X and a memorandum on Y", "signed an
# agreement on X in March and a memorandum on Y". A sentence with two days keeps them apart.
SAME_SENTENCE_DAY: list[Row] = [
    (
        None,
        "LIMA, April 17 -- Five documents were signed in Lima on Monday at the close of the "
        "Peruvian-Ghanaian joint commission, among them an Agreement on Fisheries Cooperation "
        "and a Memorandum of Understanding on Port Services.",
        [
            ("other", "signed", ["GHA", "PER"], "2024-04-15"),
            ("agreement", "signed", ["GHA", "PER"], "2024-04-15"),
            ("memorandum", "signed", ["GHA", "PER"], "2024-04-15"),
        ],
    ),
    (
        None,
        "Norway and Chile signed an agreement on science in March and a memorandum on culture, "
        "the minister said.",
        [
            ("agreement", "signed", ["CHL", "NOR"], "2024-03"),
            ("memorandum", "signed", ["CHL", "NOR"], "2024-03"),
        ],
    ),
    # Two days told: the second document does not take the first one's.
    (
        None,
        "Peru and Ghana signed a treaty on extradition in 2019 and a memorandum on port "
        "services on Monday.",
        [
            ("treaty", "signed", ["GHA", "PER"], "2019"),
            ("memorandum", "signed", ["GHA", "PER"], None),
        ],
    ),
    # Another status: the planned document takes no day.
    (
        None,
        "The Senate of Peru on Monday ratified the treaty with Ghana and approved the signing "
        "of a memorandum on port services with Ghana.",
        [
            ("treaty", "ratified", ["GHA", "PER"], "2024-04-15"),
            ("memorandum", "planned", ["GHA", "PER"], None),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), SAME_SENTENCE_DAY)
def test_same_sentence_day(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A document with no day of its own takes the one day its signing sentence tells."""
    assert _run(headline, body) == expected


# Documents told as made at a time the story just said its documents are being implemented
# are in force (ratified, no day): "the agreements reached during that visit are being
# implemented. The Road Map adopted at that time ...", and "the agreements signed then - nine
# documents in all - are being implemented" (a dashed count aside before the verb).
IMPLEMENTED_THEN: list[Row] = [
    (
        None,
        "The ministers noted that the agreements reached during the Chilean president's visit "
        "to Oslo last spring are being successfully implemented. The Road Map adopted at that "
        "time, covering 40 projects, was reviewed.",
        [("plan", "ratified", ["CHL", "NOR"], None)],
    ),
    (
        None,
        "Recalling the visit of the Peruvian minister to Accra in May, the president said that "
        "the agreements signed then - nine documents in all - are being consistently "
        "implemented.",
        [("agreement", "ratified", ["GHA", "PER"], None)],
    ),
    # No implementation told: the document stays signed.
    (
        None,
        "The agreements reached in Oslo were discussed at length. The Road Map adopted at that "
        "time was also reviewed by Chile and Norway.",
        [("plan", "signed", ["CHL", "NOR"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), IMPLEMENTED_THEN)
def test_implemented_then(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A document of an earlier time whose documents are being implemented is in force."""
    assert _run(headline, body)[: len(expected)] == expected


# Two documents told as one plural with a topic each ("two agreements signed that day - on X
# and on Y", "memoranda on X and on Y": "on" said again) are two records; the verb governing
# the plural ("ratified two agreements signed ...") is their status, and a ", when" clause's
# signing takes the day told before it. One "on" ("memoranda on tourism and culture") or a
# count other than two ("five agreements on X and on Y") keeps one record.
TOPIC_PAIR: list[Row] = [
    (
        None,
        "LIMA, April 17 -- The Congress of Peru on Tuesday ratified the treaty with Ghana on "
        "the continental shelf, signed in Accra in January. Lawmakers also ratified two "
        "agreements signed on the same day - on fisheries and on port services.",
        [
            ("treaty", "ratified", ["GHA", "PER"], "2024-04-16"),
            ("agreement", "ratified", ["GHA", "PER"], "2024-04-16"),
            ("agreement", "ratified", ["GHA", "PER"], "2024-04-16"),
        ],
    ),
    (
        None,
        "The Congress of Peru on Tuesday ratified the fisheries agreement with Ghana. The "
        "agreement was signed in Accra in January during a visit by the foreign minister, when "
        "the two countries also signed memoranda of understanding on tourism and on port "
        "services.",
        [
            ("agreement", "ratified", ["GHA", "PER"], "2024-04-16"),
            ("memorandum", "signed", ["GHA", "PER"], "2024-01"),
            ("memorandum", "signed", ["GHA", "PER"], "2024-01"),
        ],
    ),
    (
        None,
        "Peru and Ghana signed memoranda on tourism and culture.",
        [("memorandum", "signed", ["GHA", "PER"], None)],
    ),
    (
        None,
        "Peru and Ghana signed five agreements on trade and on investment.",
        [("agreement", "signed", ["GHA", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), TOPIC_PAIR)
def test_topic_pair(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Two topics each told with "on" after a plural are two documents."""
    assert _run(headline, body) == expected


# A document the meeting's own sides approve ("the leaders approved ... an agreement on X",
# "the council also approved its action programme") is adopted (signed), by the signers told
# just before; a cabinet's or a parliament's approval stays what it was.
SIDES_APPROVED: list[Row] = [
    (
        None,
        "Following the summit, the presidents of Chile, Peru, Bolivia, Ecuador and Colombia "
        "signed the Quito Declaration. In addition, the leaders approved the Andean Strategy "
        "for 2024-2028 and an agreement on the establishment of the Andean Development Fund.",
        [
            ("declaration", "signed", ["BOL", "CHL", "COL", "ECU", "PER"], None),
            ("agreement", "signed", ["BOL", "CHL", "COL", "ECU", "PER"], None),
        ],
    ),
    (
        None,
        "Chile and Norway on Tuesday signed six agreements at the close of the second meeting "
        "of the Chilean-Norwegian Coordination Council in Oslo. The council also approved its "
        "action programme for 2025-2026.",
        [
            ("agreement", "signed", ["CHL", "NOR"], "2024-04-16"),
            ("plan", "signed", ["CHL", "NOR"], None),
        ],
    ),
    (
        None,
        "The Cabinet of Ministers of Peru approved a draft agreement with Chile on fisheries.",
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), SIDES_APPROVED)
def test_sides_approved(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A document the meeting's sides approve is adopted by them."""
    assert _run(headline, body) == expected


# A document of more states than the pair a story tells keeps no two-state sides: the one
# "the leaders adopted" at a group body's summit, after a pair's signing on its sidelines,
# and one "coordinated by all six coastal states" when the story names fewer than six. A
# number the story's own states fill ("signed by the three countries") keeps them.
LARGER_GROUP: list[Row] = [
    (
        None,
        "ASTANA, April 17 -- The Kyrgyz president, who came to Astana for the summit of the "
        "Shanghai Cooperation Organisation, held talks with several leaders on its sidelines on "
        "Tuesday. Also on the sidelines of the summit, the foreign ministers of Kyrgyzstan and "
        "Mongolia signed a memorandum on consular affairs. At the end of the summit, hosted by "
        "the Kazakh president, the leaders adopted the Astana Declaration.",
        [
            ("memorandum", "signed", ["KGZ", "MNG"], "2024-04-17"),
            ("declaration", "signed", [], "2024-04-17"),
        ],
    ),
    (
        None,
        "Peru and Chile held talks in Lima on Tuesday. The ministers said that the draft "
        "agreement on fishing in the Pacific, which is being coordinated by all six coastal "
        "states, should be ready by June.",
        [("agreement", "planned", [], None)],
    ),
    (
        None,
        "Peru, Chile and Bolivia held talks in Lima on Tuesday. The ministers said that a "
        "framework agreement on the railway is to be signed by the three countries.",
        [("agreement", "planned", ["BOL", "CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), LARGER_GROUP)
def test_larger_group(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A document of a larger group than the story's pair has no two-state sides."""
    assert _run(headline, body) == expected


# A signing told in an "after which" (or "following which") relative takes the day of the
# event told before it, as one told with "during which" does.
AFTER_WHICH: list[Row] = [
    (
        None,
        "The Peruvian minister recalled the talks held in Lima with Ghana in March of last "
        "year, after which a programme of cooperation for 2023-2025 was signed by Peru and "
        "Ghana.",
        [("plan", "signed", ["GHA", "PER"], "2023-03")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), AFTER_WHICH)
def test_after_which(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A signing after an event told before takes that event's day."""
    assert _run(headline, body) == expected


# An "agreed" that is not the document's own act does not make it signed: the adjective of
# its topic ("the memorandum on the agreed quotas ... to be signed") and a verb opening a
# clause ("agreed that a framework agreement ... should be finalised"); "should (must) be
# signed" is a signing to come. "agreed that the agreement signed in 2019 ..." stays signed.
AGREED_NOT_ACT: list[Row] = [
    (
        None,
        'Chile and Norway held talks on Tuesday. "We expect the memorandum on the agreed '
        'fishing quotas to be signed at the next session," the Chilean minister said.',
        [("memorandum", "planned", ["CHL"], None)],
    ),
    (
        None,
        "The two presidents reviewed the port project and agreed that a framework agreement "
        "between Chile and Norway on the port should be finalised before the end of the year.",
        [("agreement", "planned", ["CHL", "NOR"], None)],
    ),
    (
        None,
        "Chile and Norway agreed that the agreement on fisheries signed in 2019 must be extended.",
        [("agreement", "signed", ["CHL", "NOR"], "2019")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), AGREED_NOT_ACT)
def test_agreed_not_act(headline: str | None, body: str, expected: list[Summary]) -> None:
    """An 'agreed' that is not the document's act leaves its own planned step."""
    assert _run(headline, body) == expected
