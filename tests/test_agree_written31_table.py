"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W601-W660 (session 31, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W600, the released blind keys corpus blind 17 and 18
and the audit's silver-tune: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed some of them. Its rows
are agreement rows (``agreement_rows`` says what a row is, how its records are written and when
it passes), matched by ``matches_titled``; every text is invented. The classes:

- ``implementation_is_ratified``: an instrument whose implementation the sides discuss, review
  or point to is in force: ratified, of no day, and theirs (the pair "the two leaders" names,
  or the sides the story told before). That holds for an untitled instrument told by its own
  topic ("the implementation of the bilateral agreement on renewable energy", "of the
  memorandum on building a rail link") as it did for a named one, and for an instrument told
  as "being fully / effectively / successfully implemented" as it did for "being implemented";
- ``ready_for_signing``: an instrument told as being prepared for signing, or to be ready for
  signing or signature ("agreed to prepare for signing an agreement on X", "a treaty on Y
  should be ready for signing next year", "documents on Z are being prepared for signing",
  "a programme ..., which should be ready for signature next spring") is planned, between the
  sides the story told before, not signed because "signing" stands near it;
- ``regression``: near misses that must stay as they are (an instrument referred back to with
  no topic of its own, plural "agreements reached during the visit", the implementation of a
  budget or of decisions, a plan one side implements, a named instrument as before; a signing
  to come told with "prepare and sign", a passive signing done, "ready for talks", "ready for
  implementation").
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

TABLE: list[Any] = [
    (
        "implementation_is_ratified",
        "Peru's president met Chile's president in Lima on Monday. The presidents reviewed"
        " progress in the implementation of the bilateral agreement on renewable energy and on"
        " new port projects in the south.",
        ["agreement ratified CHL,PER - 1"],
    ),
    (
        "implementation_is_ratified",
        "Kenya's foreign minister received Uganda's ambassador in Nairobi on Monday. He pointed"
        " to the implementation of the memorandum on building a rail link between the two"
        " capitals, under which work on a bridge is almost finished.",
        ["memorandum ratified KEN,UGA - 1"],
    ),
    (
        "implementation_is_ratified",
        "Norway's fisheries minister hosted Iceland's minister in Oslo on Monday. The ministers"
        " looked at the implementation of the agreement concerning cod quotas in the Barents Sea.",
        ["agreement ratified ISL,NOR - 1"],
    ),
    (
        "implementation_is_ratified",
        "Ghana's president spoke with Togo's president by phone on Monday. The presidents also"
        " noted with satisfaction that the friendship declaration signed in Accra in 2021 is"
        " being fully implemented.",
        ["declaration ratified GHA,TGO - 1"],
    ),
    (
        "implementation_is_ratified",
        "Laos and Vietnam held talks in Vientiane on Monday. Officials there said the transit"
        " memorandum signed in Hanoi in 2019 is being effectively implemented.",
        ["memorandum ratified LAO,VNM - 1"],
    ),
    (
        "ready_for_signing",
        "Kenya's president met Uganda's president in Nairobi on Monday. They agreed that a"
        " protocol on cross-border trade should be ready for signing by the end of the year.",
        ["protocol planned KEN,UGA - 1"],
    ),
    (
        "ready_for_signing",
        "Ghana's foreign minister held talks with Togo's foreign minister in Accra on Monday. The"
        " ministers agreed to prepare for signing an agreement on air services at the next"
        " session of their joint commission.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "ready_for_signing",
        "Peru and Chile signed a memorandum on tourism in Lima on Monday. The minister said the"
        " joint commission will meet again in Santiago in June, and that several documents on"
        " energy and transport are being prepared for signing there.",
        ["memorandum signed CHL,PER 2023-05-08 1", "other planned CHL,PER * 1"],
    ),
    (
        "ready_for_signing",
        "Norway and Iceland signed a trade protocol in Oslo on Monday. Officials said the two"
        " sides also discussed a long-term programme of economic cooperation until 2030, which"
        " should be ready for signature next spring.",
        ["protocol signed ISL,NOR 2023-05-08 1", "plan planned ISL,NOR - 1"],
    ),
    (
        "regression",
        "Kenya's president met Uganda's president in Nairobi on Monday. They agreed to prepare"
        " and sign an agreement on rail transport next year.",
        ["agreement planned KEN,UGA 2024 1"],
    ),
    (
        "regression",
        "Peru and Chile signed a memorandum on tourism in Lima on Monday. The documents were"
        " signed by the two foreign ministers.",
        ["memorandum signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Ghana's foreign minister held talks with Togo's foreign minister in Accra on Monday."
        " They said they were ready for talks on a new border treaty.",
        ["treaty planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "Laos and Vietnam signed an agreement on transit in Vientiane on Monday. The agreement is"
        " ready for implementation from next month.",
        ["agreement signed LAO,VNM 2023-05-08 1"],
    ),
    (
        "regression",
        "Peru and Chile signed an agreement on fishing in Lima on Monday. Officials will discuss"
        " the implementation of the agreement at a meeting next year.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Kenya's president met Uganda's president in Nairobi on Monday. The sides discussed the"
        " implementation of agreements reached during the visit of Kenya's president to Kampala"
        " last year.",
        [],
    ),
    (
        "regression",
        "Ghana's finance minister met Togo's finance minister in Accra on Monday. They discussed"
        " the implementation of the budget and of the decisions on customs taken last year.",
        [],
    ),
    (
        "regression",
        "Norway's trade minister met Iceland's trade minister in Oslo on Monday. He said the"
        " implementation of the plan on salmon farming was going slowly.",
        [],
    ),
    (
        "regression",
        "Laos and Vietnam held talks in Vientiane on Monday. The ministers discussed the"
        " implementation of the Mekong Transit Agreement and flood control.",
        ["agreement ratified LAO,VNM - 1 | Mekong Transit Agreement"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written31_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)
