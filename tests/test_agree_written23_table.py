"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W121-W180 (session 23, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W120, the released blind keys corpus blind 17 and 18
and the audit's silver-tune: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed it. Its rows are
agreement rows (``agreement_rows`` says what a row is, how its records are written and when it
passes), matched by ``matches_any_kind``; every text is invented. The classes:

- ``hypothetical_agreement``: an accord a story tells only as possible ("a possible
  agreement", "the two could eventually agree a deal") or whose making it denies ("had no
  plans to negotiate such an accord", "no talks on such a pact have begun") is no record:
  nothing was signed, nor is anything being negotiated;
- ``held_under``: the states a clause names acting under a named instrument the story gives no
  parties are its parties ("where A and B are expanding cooperation under the X Agreement",
  "the commitment of A to the defense of B under the 1951 X Treaty"), when the clause names
  two or more states before "under the X"; one state alone, or states of the clause of what
  somebody said, are not read;
- ``regression``: near misses that must stay as they are (a deal to be signed "as soon as
  possible", talks that are under way, a plan denied for another instrument than the one
  told, a negation of something else in the sentence, the sides discussing "the possibility
  of signing" an accord, which they weigh themselves: planned).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "hypothetical_agreement",
        "Ghana is in talks with Togo on a border pact, while a study on a possible agreement with"
        " Benin has begun.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "During the talks the two ministers discussed the possibility of signing an accord on"
        " visa-free travel between Chile and Peru.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "hypothetical_agreement",
        "Paris wants a formal arrangement on fishing quotas, but a spokesman said Norway had no"
        " plans to negotiate such an accord.",
        [],
    ),
    (
        "hypothetical_agreement",
        "Traders think Brazil and Argentina could eventually strike a deal on wheat tariffs, but"
        " officials said no talks on such a deal had begun.",
        [],
    ),
    (
        "hypothetical_agreement",
        "Analysts said Kenya and Uganda could eventually sign a treaty on the shared lake.",
        [],
    ),
    (
        "regression",
        "Officials in Kenya and Uganda said they hoped the treaty on the shared lake would be"
        " signed as soon as possible.",
        ["treaty planned KEN,UGA - 1"],
    ),
    (
        "held_under",
        "The ministers met in Oslo on Monday. They discussed the Arctic, where Denmark and Canada"
        " are expanding cooperation under the Joint Arctic Patrol Agreement that entered into"
        " force in 2019.",
        ["agreement ratified CAN,DNK 2019 1"],
    ),
    (
        "held_under",
        "The minister reaffirmed the firm commitment of Japan to the defense of Palau under the"
        " 1981 Pacific Security Treaty.",
        ["treaty signed JPN,PLW 1981 1"],
    ),
    (
        "held_under",
        "Talks went well. Norway and Iceland keep sharing herring catches under the North Sea"
        " Fisheries Accord, the ministers noted.",
        ["agreement signed ISL,NOR - 1"],
    ),
    (
        "regression",
        "Chile's minister said Peru was working under the Lima Declaration.",
        ["declaration signed - - 1"],
    ),
    (
        "regression",
        "Export quotas, the main tool to regulate prices under the International Cocoa"
        " Agreement, were suspended.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "Brazil said that under the Amazon Cooperation Treaty, Peru and Colombia must share data.",
        ["treaty signed - - 1"],
    ),
    (
        "regression",
        "Chile and Peru said this was the best possible moment for an agreement on fishing"
        " quotas, and they are negotiating one.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Brazil and Argentina are negotiating an agreement on wheat tariffs, officials said.",
        ["agreement planned ARG,BRA - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a fisheries agreement on Monday, but there were no talks on"
        " such a treaty for the border.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Kenya and Uganda signed a memorandum on trade, and said no plans to raise tariffs had"
        " been made.",
        ["memorandum signed KEN,UGA - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written23_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
