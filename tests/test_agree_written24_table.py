"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W181-W240 (session 24, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W180, the released blind keys corpus blind 17 and 18
and the audit's silver-tune: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed it. Its rows are
agreement rows (``agreement_rows`` says what a row is, how its records are written and when it
passes), matched by ``matches_titled`` (a trailing `` | title`` checks the name); every text
is invented. The classes:

- ``named_reference``: a story names its instrument once and refers to it again in other
  words, and the two are one record: an untitled definite reference with no step of its own
  ("the bilateral trade agreement", "the currency pact") whose topic words are all words of
  the named instrument's name or topic, with no other sides; a short name that is a run of
  words of the formal title ("the Agreement between A and B concerning Fisheries
  Cooperation" ... "The Fisheries Cooperation Agreement"), that brings no sides and no step;
- ``formal_title_end``: a formal title that lists the sides ends before the step told right
  after it ("the Convention between A and B on X entered into force");
- ``legislature_approval``: a legislature's approval of an instrument ratifies it, on the
  approval's day, whatever stands between the body, its verb and the instrument: the body's
  name in apposition ("A's parliament, the X, approved"), the day after the verb ("approved
  on Tuesday a fisheries agreement ... that was signed in P last year": the approval, not the
  earlier signing), or the step consented to ("gave its advice and consent to ratification of
  the X Convention");
- ``regression``: near misses that must stay as they are (an indefinite new instrument of
  the same topic, a reference with sides of its own, a reference of another topic; a
  legislature's approval of a draft, a cabinet's approval, a signing whose debate in
  parliament is still to come).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

TABLE: list[Any] = [
    (
        "named_reference",
        "Ministers of Chile and Peru met to discuss ways to widen the bilateral free trade"
        " agreement. The Chile-Peru Free Trade Agreement has been in force since March 2009.",
        ["agreement ratified CHL,PER 2009-03 1"],
    ),
    (
        "named_reference",
        "On Tuesday officials of Ghana and Togo reviewed the bilateral fisheries agreement. The"
        " Ghana-Togo Fisheries Agreement was ratified in 2018, they said.",
        ["agreement ratified GHA,TGO 2018 1"],
    ),
    (
        "named_reference",
        "Dealers said the Basel Accord on currency stability was holding. Italy and Spain"
        " defended the currency pact, saying it had calmed markets.",
        ["agreement signed ESP,ITA - 1 | Basel Accord"],
    ),
    (
        "named_reference",
        "Today the Agreement between the Government of Ghana and the Government of Togo"
        " concerning Fisheries Cooperation entered into force. The Fisheries Cooperation"
        " Agreement sets out how patrol boats of both countries share the catch data.",
        [
            "agreement ratified GHA,TGO * 1 | Agreement between the Government of Ghana"
            " and the Government of Togo concerning Fisheries Cooperation"
        ],
    ),
    (
        "named_reference",
        "The Treaty between Norway and Iceland on Maritime Boundaries was ratified on Monday."
        " The Maritime Boundaries Treaty settles a dispute of forty years.",
        ["treaty ratified ISL,NOR 2023-05-08 1"],
    ),
    (
        "formal_title_end",
        "The Convention between Austria and Chile on the Avoidance of Double Taxation entered"
        " into force on Monday.",
        [
            "treaty ratified AUT,CHL 2023-05-08 1 | Convention between Austria and Chile on the"
            " Avoidance of Double Taxation"
        ],
    ),
    (
        "formal_title_end",
        "Officials said the Agreement between Fiji and Samoa on Air Services came into force"
        " last month.",
        ["agreement ratified FJI,WSM * 1 | Agreement between Fiji and Samoa on Air Services"],
    ),
    (
        "regression",
        "Chile and Peru signed the Pacific Fisheries Agreement on Monday. Chile and Ecuador"
        " signed a fisheries agreement on Tuesday.",
        ["agreement signed CHL,PER 2023-05-08 1", "agreement signed CHL,ECU 2023-05-09 1"],
    ),
    (
        "regression",
        "The Kenya-Tanzania Fisheries Agreement entered into force in 2016. Kenya and Uganda"
        " want to extend the fisheries agreement of their own to the lake.",
        ["agreement ratified KEN,TZA 2016 1", "agreement signed KEN,UGA - 1"],
    ),
    (
        "regression",
        "The Chile-Peru Free Trade Agreement has been in force since March 2009. Chile and Peru"
        " also signed a fisheries agreement on Monday.",
        ["agreement ratified CHL,PER 2009-03 1", "agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "legislature_approval",
        "Norway's parliament, the Storting, approved on Tuesday a fisheries agreement with Iceland"
        " that was signed in Oslo last October.",
        ["agreement ratified ISL,NOR 2023-05-09 1"],
    ),
    (
        "legislature_approval",
        "Today the Senate gave its advice and consent to ratification of the Convention between"
        " Chile and the United States on Maritime Safety, officials said.",
        [
            "treaty ratified CHL,USA 2023-05-10 1 | Convention between Chile and the United States"
            " on Maritime Safety"
        ],
    ),
    (
        "legislature_approval",
        "Kenya's parliament, the National Assembly, today approved a trade accord with Uganda.",
        ["agreement ratified KEN,UGA 2023-05-10 1"],
    ),
    (
        "legislature_approval",
        "Peru's congress, the single-chamber legislature, approved yesterday the extradition"
        " treaty with Bolivia.",
        ["treaty ratified BOL,PER 2023-05-09 1"],
    ),
    (
        "regression",
        "The Senate on Thursday gave its advice and consent to the ratification of the Treaty"
        " between Canada and the United States on Pacific Salmon.",
        ["treaty ratified CAN,USA 2023-05-04 1"],
    ),
    (
        "regression",
        "Kenya's parliament, the National Assembly, approved on Monday a draft agreement with"
        " Uganda on trade.",
        ["agreement planned KEN,UGA - 1"],
    ),
    (
        "regression",
        "Norway's cabinet, the council of state, approved on Tuesday a fisheries agreement with"
        " Iceland that was signed in Oslo last October.",
        ["agreement signed ISL,NOR 2022-10 1"],
    ),
    (
        "regression",
        "Norway and Iceland signed a fisheries agreement in Oslo last October, and parliament,"
        " the ministry said, will debate it in June.",
        ["agreement signed ISL,NOR 2022-10 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written24_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)
