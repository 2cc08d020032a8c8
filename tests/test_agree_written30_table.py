"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W541-W600 (session 30, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W540, the released blind keys corpus blind 17 and 18
and the audit's silver-tune: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed some of them. Its rows
are agreement rows (``agreement_rows`` says what a row is, how its records are written and when
it passes), matched by ``matches_titled``; every text is invented. The classes:

- ``later_sentence_date``: a wire lead that tells a signing under its dateline with no day of
  its own ("LIMA, May 10 - A and B signed an accord ...") is dated by the day a later sentence
  gives that same signing in the passive ("The accord was signed here yesterday by ...", "The
  protocol was signed on Monday by ..."), not by the dateline, which dates the report;
- ``regression``: near misses that must stay as they are (a lead that tells its own day, a later
  sentence whose day belongs to another clause, a later sentence that tells no signing, a
  later day more than a week before the report).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

TABLE: list[Any] = [
    (
        "later_sentence_date",
        "LIMA, May 10 - Peru and Chile signed a barter accord under which Peruvian copper will be"
        " exchanged for Chilean machinery, officials said. The accord was signed here yesterday"
        " by the two trade ministers at the end of a three-day visit.",
        ["agreement signed CHL,PER 2023-05-09 1"],
    ),
    (
        "later_sentence_date",
        "ACCRA, May 10 - Ghana and Togo signed a trade protocol for next year providing for"
        " two-way trade of 300 mln dlrs, the news agency said. The protocol was signed on Monday"
        " by the Ghanaian trade minister and his Togolese counterpart at the close of a session"
        " of the joint commission.",
        ["protocol signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "later_sentence_date",
        "NAIROBI, May 10 - Kenya and Uganda have signed an agreement on fishing in the lake, a"
        " government statement said. The agreement was formally signed in Kisumu on Tuesday by"
        " the two fisheries ministers.",
        ["agreement signed KEN,UGA 2023-05-09 1"],
    ),
    (
        "later_sentence_date",
        "QUITO, May 10 - Ecuador and Bolivia signed a cultural exchange programme for 2024, the"
        " foreign ministry said. The programme was signed on Monday by the two culture ministers"
        " after talks in the capital.",
        ["plan signed BOL,ECU 2023-05-08 1"],
    ),
    # near misses: the lead's own day, a day of another clause, no signing in the later
    # sentence, a day too far back to be the report's news
    (
        "regression",
        "LIMA, May 10 - Peru and Chile signed a barter accord on Monday, officials said. The"
        " accord was signed by the two trade ministers at a ceremony attended by the presidents.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "ACCRA, May 10 - Ghana and Togo signed a trade protocol, the news agency said. The"
        " protocol was signed by the two trade ministers at a session which opened on Monday.",
        ["protocol signed GHA,TGO 2023-05-10 1"],
    ),
    (
        "regression",
        "LIMA, May 10 - Peru and Chile signed a barter accord under which Peruvian copper will be"
        " exchanged for Chilean machinery, officials said. The accord was signed here by the two"
        " trade ministers at the end of talks that opened on Monday.",
        ["agreement signed CHL,PER 2023-05-10 1"],
    ),
    (
        "regression",
        "NAIROBI, May 10 - Kenya and Uganda signed an agreement on fishing in the lake, a"
        " statement said. The agreement was welcomed on Tuesday by fishermen.",
        ["agreement signed KEN,UGA 2023-05-10 1"],
    ),
    (
        "regression",
        "QUITO, May 10 - Ecuador and Bolivia signed a cultural accord, the ministry said. The"
        " accord was signed in principle on April 12 by the two culture ministers.",
        ["agreement signed BOL,ECU 2023-05-10 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written30_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)
