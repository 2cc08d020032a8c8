"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W301-W360 (session 26, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W300, the released blind keys corpus blind 17 and 18
and the audit's silver-tune: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed it. Its rows are
agreement rows (``agreement_rows`` says what a row is, how its records are written and when it
passes), matched by ``matches_titled``; every text is invented. The classes:

- ``step_noun_of``: a step of an instrument told as a noun that the sides welcome or note,
  with its time between the noun and the instrument ("welcomed the entry into force last
  month of the X", "noted the entry into force in March of the Y", "hailed the signature on
  Monday of a Z"), is that step, done at that time: an entry into force so told makes the
  instrument ratified whatever signing a relative clause after it tells, and the time dates
  the record; the sides are the story's when the sentence names none;
- ``regression``: near misses that must stay as they are (the time after the instrument; a
  step discussed, not welcomed, with a place or a time to come; a companies' deal).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

TABLE: list[Any] = [
    (
        "step_noun_of",
        "The two leaders welcomed the entry into force last month of the fisheries agreement"
        " between Ghana and Togo.",
        ["agreement ratified GHA,TGO 2023-04 1"],
    ),
    (
        "step_noun_of",
        "Ghana and Togo welcomed the entry into force earlier this month of the bilateral transit"
        " agreement.",
        ["agreement ratified GHA,TGO 2023-05 1"],
    ),
    (
        "step_noun_of",
        "The ministers of Chile and Peru noted the entry into force in March of the agreement"
        " between their governments on scientific cooperation.",
        ["agreement ratified CHL,PER 2023-03 1"],
    ),
    (
        "step_noun_of",
        "The presidents welcomed the entry into force last month of the Maritime Security"
        " Agreement between Ghana and Togo, which the foreign ministers signed in Lome in"
        " January.",
        [
            "agreement ratified GHA,TGO 2023-04 1"
            " | Maritime Security Agreement between Ghana and Togo"
        ],
    ),
    (
        "step_noun_of",
        "Kenya and Uganda welcomed the signing today of an agreement on border trade.",
        ["agreement signed KEN,UGA 2023-05-10 1"],
    ),
    (
        "step_noun_of",
        "Norway and Iceland hailed the signature on Monday of a memorandum of understanding on"
        " fisheries.",
        ["memorandum signed ISL,NOR 2023-05-08 1"],
    ),
    (
        "step_noun_of",
        "The delegations of Brazil and Chile welcomed the signing today of a Memorandum of"
        " Understanding on Energy Cooperation.",
        [
            "memorandum signed BRA,CHL 2023-05-10 1"
            " | Memorandum of Understanding on Energy Cooperation"
        ],
    ),
    (
        "step_noun_of",
        "Kenyan President Ruto met President Museveni of Uganda in Nairobi on Monday. The two"
        " leaders welcomed the entry into force earlier this month of the bilateral transit"
        " agreement, under which lorries can cross the border without new papers.",
        ["agreement ratified KEN,UGA 2023-05 1"],
    ),
    (
        "regression",
        "Ghana and Togo welcomed the entry into force of the transit agreement last month.",
        ["agreement ratified GHA,TGO 2023-04 1"],
    ),
    (
        "regression",
        "Ghana and Togo welcomed the signing of the transit agreement, which the ministers signed"
        " in Accra in January.",
        ["agreement signed GHA,TGO 2023-01 1"],
    ),
    (
        "regression",
        "Ghana and Togo discussed the signing in Accra of a transit agreement.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana and Togo discussed the signing of a transit agreement in June.",
        ["agreement planned GHA,TGO 2023-06 1"],
    ),
    (
        "regression",
        "The signing last week of a trade deal by the two companies was welcomed by Ghana.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written26_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)
