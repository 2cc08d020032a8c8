"""Talks on the sidelines of a named gathering, for the class read off the written keys.

Sentences telling talks held "on the sidelines of", "on the margins of", "during" or "at" a
gathering the same sentence names (summit, conference, assembly, forum, session), pooled
from the written articles W1-W1320, corpus blind 11 to 18 and 20 to 23, the owners' dev and
crawled keys and our read pages (session 71): the keys want both the talks and the
gathering, each with the sentence's date and place. Every row is written for this table;
the near misses beside the class's rows must stay as they are.

- sideline-talks-of-named-officials: talks of named officials told on the sidelines or
  margins of a gathering their sentence names, left with fewer than two sides by the steps
  before, are talks of their own at that gathering (its date and place) between the states
  the mention names, else the story's pair; the gathering takes those states as members. A
  series of meetings ("a number of bilateral meetings") is no one pair's talks.
"""

from __future__ import annotations

import pytest

from meeting_rows import Want, briefs_of, fits_fields, pairs

# (class, headline, body, the meetings it tells: countries exact)
TOLD: list[tuple[str, str | None, str, list[Want]]] = [
    (
        "sideline-talks-of-named-officials",
        None,
        "Norway's foreign minister received the Danish ambassador in Oslo on Monday. The "
        "minister recalled the meeting between Prime Minister Store and Prime Minister "
        "Frederiksen on the margins of a NATO summit held in Vilnius in March.",
        [
            ("meeting", "held", ["DNK", "NOR"], None, "2023-05-08"),
            ("conference", "held", ["DNK", "LTU", "NOR"], "NATO", "2023-03"),
            ("meeting", "held", ["DNK", "NOR"], None, "2023-03"),
        ],
    ),
    (
        "sideline-talks-of-named-officials",
        None,
        "Kenya's trade minister received Ghana's ambassador in Nairobi on Monday. The minister "
        "spoke of the meeting between President Ruto and President Mahama on the sidelines of "
        "the African Union summit held in Addis Ababa in February.",
        [
            ("meeting", "held", ["GHA", "KEN"], None, "2023-05-08"),
            ("conference", "held", ["ETH", "GHA", "KEN"], "AU", "2023-02"),
            ("meeting", "held", ["GHA", "KEN"], None, "2023-02"),
        ],
    ),
    (
        "sideline-talks-of-named-officials",
        None,
        "Vietnam's trade minister received the Thai ambassador in Hanoi on Tuesday. They "
        "reviewed the steps taken since Prime Minister Chinh and Prime Minister Srettha held "
        "their meeting on the margins of the ASEAN summit in Jakarta in March.",
        [
            ("meeting", "held", ["THA", "VNM"], None, "2023-05-09"),
            ("conference", "held", ["IDN", "THA", "VNM"], "ASEAN", "2023-03"),
            ("meeting", "held", ["THA", "VNM"], None, "2023-03"),
        ],
    ),
    # near misses: a series of meetings at a forum, a leader attending a summit with no talks
    # told, and talks of two named ministers told with their states (already two records)
    (
        "sideline-talks-of-named-officials",
        None,
        "TBILISI - Georgia's Prime Minister Davit Beridze held a number of separate meetings "
        "on the sidelines of this year's Tbilisi Silk Road Forum, which opened on Tuesday in the "
        "Georgian capital with some 40 delegations taking part.\n\nBeridze first received "
        "Moldova's Prime Minister Ion Rusu. The sides discussed Black Sea ferry links.\n\n"
        "Later in the day, the Georgian premier met with Latvian Foreign Minister Janis Ozols, "
        "who is paying a working visit to Georgia.",
        [
            ("conference", "held", ["GEO", "MDA"], None, "2023-05-09"),
            ("meeting", "held", ["GEO", "MDA"], None, "2023-05-09"),
            ("visit", "held", ["GEO", "LVA"], None, "2023-05-09"),
        ],
    ),
    (
        "sideline-talks-of-named-officials",
        None,
        "Kenya's trade minister received Ghana's ambassador in Nairobi on Monday. President "
        "Ruto attended the African Union summit held in Addis Ababa in February.",
        [
            ("meeting", "held", ["GHA", "KEN"], None, "2023-05-08"),
            ("conference", "held", ["ETH"], "AU", "2023-02"),
        ],
    ),
    (
        "sideline-talks-of-named-officials",
        None,
        "Kenya's trade minister met Ghana's trade minister on the sidelines of the African "
        "Union summit held in Addis Ababa on Monday.",
        [
            ("conference", "held", ["ETH", "GHA", "KEN"], "AU", "2023-05-08"),
            ("meeting", "held", ["GHA", "KEN"], None, "2023-05-08"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("cls", "title", "body", "expected"),
    TOLD,
    ids=[f"{cls}-{n}" for n, (cls, *_) in enumerate(TOLD)],
)
def test_meetings_told_written71(
    cls: str, title: str | None, body: str, expected: list[Want]
) -> None:
    """The body gives one record per meeting it tells, with the sides the table says."""
    got = briefs_of(body, title)
    assert pairs(got, expected, fits_fields), (cls, got)
