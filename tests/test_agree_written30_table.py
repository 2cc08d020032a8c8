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
  later day more than a week before the report; a legislature's approval of something else
  listed before the instrument, an approval by ministers, a legislature's approval to come).
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
    (
        "parliament_approval_is_ratification",
        "The presidents of Ghana and Togo met in Accra on Monday. They welcomed the Togolese"
        " parliament's approval last week of the customs agreement between Ghana and Togo, which"
        " will now enter into force.",
        ["agreement ratified GHA,TGO * 1"],
    ),
    (
        "parliament_approval_is_ratification",
        "The foreign ministers of Peru and Chile met in Lima on Monday. They welcomed the approval"
        " last week by the Peruvian Congress of the treaty on border crossings that the two"
        " countries signed in March.",
        ["treaty ratified CHL,PER * 1"],
    ),
    (
        "parliament_approval_is_ratification",
        "Kenya and Uganda signed a transit agreement in Nairobi on Monday. The ministers also noted"
        " that the accord on fishing, which the Kenyan parliament approved in April, will enter"
        " into force in June.",
        ["agreement signed KEN,UGA 2023-05-08 1", "agreement ratified KEN,UGA * 1"],
    ),
    (
        "parliament_approval_is_ratification",
        "Kenya and Uganda signed a transit agreement in Nairobi on Monday. The leaders welcomed the"
        " Ugandan parliament's approval in April of the accord on fishing that Kenya and Uganda"
        " signed last year.",
        ["agreement signed KEN,UGA 2023-05-08 1", "agreement ratified KEN,UGA * 1"],
    ),
    (
        "regression",
        "Peru and Chile held talks in Lima on Monday. The ministers discussed the parliament's"
        " approval of the budget and the treaty on border crossings signed in March.",
        ["treaty signed CHL,PER 2023-03 1"],
    ),
    (
        "regression",
        "The presidents of Ghana and Togo met in Accra on Monday. They welcomed the Togolese"
        " parliament's ratification last week of the agreement between Ghana and Togo on customs"
        " cooperation.",
        ["agreement ratified GHA,TGO * 1"],
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
