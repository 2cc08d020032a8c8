"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W1081-W1140 (session 40, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W1080, the released blind keys corpus blind 11 to 18,
the owners' keys and our own pages: a class has rows here when its errors occur in three
different articles or more, in two sets or more, and a change of the library fixed some of
them. Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_exact``; every text is invented. The classes:

- ``implementation_signed_in_year``: the implementation of a document the text tells by its
  signing in a year written out ("the implementation of the accord on X that both states
  signed in 2017") is that signing, signed and dated; a signing dated only by the story
  ("signed in March", "last November") or told in an aside after a comma stays in force;
- ``set_signed_after_lead``: a wire lead that tells documents signed under its dateline alone,
  followed right away by the set told again with its day ("The documents were signed in P on
  Monday", "The two documents were signed ..."), dates them all by that day, whichever record
  took the sentence; a day the lead tells of something else ("to open the border from July 1")
  does not stop it, one it tells of the signing does;
- ``ratified_signed_aside``: a document ratified whose aside after its name tells its signing
  with a subject or an auxiliary (", which the two cabinets signed in P last year",
  ", which was signed in P in February", after a name of up to 120 characters) is not dated
  by that signing; a day told before the ratifying verb still dates it;
- ``coordinated_step_to_come``: a verb of signing or drafting joined by "and" to another
  under one "will", "would" or "to" ("will meet with B's president and sign the X", "agreed
  to hold the next session in P and to draft a plan") is to come, as the first verb is;
  a past verb after "and" ("agreed to widen cooperation and signed") keeps its signing;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "implementation_signed_in_year",
        "Chile and Norway held talks on Tuesday. Their deputies reviewed the implementation of"
        " the agreement on salmon farming research signed between the two countries in 2017.",
        ["agreement signed CHL,NOR 2017 1"],
    ),
    (
        "implementation_signed_in_year",
        "Peruvian and Kenyan envoys spoke by phone on Monday. They went over the implementation"
        " of the Coastal Partnership Declaration signed between the two countries in Nairobi in"
        " 2020.",
        ["declaration signed KEN,PER 2020 1"],
    ),
    (
        "implementation_signed_in_year",
        "The presidents of Chile and Norway met in Oslo on Monday. They praised the"
        " implementation of the Fisheries Cooperation Memorandum signed by the two"
        " governments on June 3, 2019.",
        ["memorandum signed CHL,NOR 2019-06-03 1"],
    ),
    (
        "set_signed_after_lead",
        "QUITO, May 10 - Ecuador and Uruguay signed a fisheries agreement and a protocol on port"
        " fees, their foreign ministries said. The documents were signed in Quito on Monday by"
        " the two deputy ministers.",
        ["agreement signed ECU,URY 2023-05-08 1", "protocol signed ECU,URY 2023-05-08 1"],
    ),
    (
        "set_signed_after_lead",
        "ACCRA, May 10 - Ghana and Togo signed six cooperation agreements, including one to open"
        " a border post from July 1, a government spokesman said. The documents were signed in"
        " Accra yesterday by the two foreign ministers.",
        ["agreement signed GHA,TGO 2023-05-09 5", "agreement signed GHA,TGO 2023-05-09 1"],
    ),
    (
        "set_signed_after_lead",
        "QUITO, May 10 - Ecuador and Uruguay signed three fisheries agreements, their foreign"
        " ministries said. The agreements were signed in Quito on Monday by the two deputy"
        " ministers.",
        ["agreement signed ECU,URY 2023-05-08 3"],
    ),
    (
        "ratified_signed_aside",
        "The parliament of Chile ratified the convention between Chile and Peru on the"
        " double taxation of pension income, which the two governments signed in Lima in"
        " March 2021.",
        ["treaty ratified CHL,PER - 1"],
    ),
    (
        "ratified_signed_aside",
        "The parliament of Chile also ratified the protocol amending the accord between Chile"
        " and Bolivia on river shipping and lake ferries, which was signed in La Paz in February"
        " this year.",
        ["protocol ratified BOL,CHL - 1"],
    ),
    (
        "coordinated_step_to_come",
        "In Quito, the Secretary will meet with President Rosa Vera and sign the U.S.-Ecuador"
        " Port Security Agreement.",
        ["agreement planned ECU,USA - 1"],
    ),
    (
        "coordinated_step_to_come",
        "Ghana and Togo held talks on Monday. The ministers agreed to convene their joint"
        " commission again in Lome in 2024 and to draft a new action plan on cross-border trade.",
        ["plan planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana and Togo held talks on Monday. The ministers agreed to widen cooperation and"
        " signed an agreement on cross-border trade.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Ghana and Togo held talks on Monday. The ministers will review cooperation, and Togo"
        " signed an agreement on cross-border trade with Ghana.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "The parliament of Chile on Tuesday ratified the convention between Chile and Peru on"
        " the double taxation of pension income, which the two governments signed in Lima in March"
        " 2021.",
        ["treaty ratified CHL,PER 2023-05-09 1"],
    ),
    (
        "regression",
        "QUITO, May 10 - Ecuador and Uruguay signed a fisheries agreement on Sunday, their"
        " foreign ministries said. The documents were signed in Quito on Monday by the two"
        " deputy ministers.",
        ["agreement signed ECU,URY 2023-05-07 1"],
    ),
    (
        "regression",
        "QUITO, May 10 - Ecuador and Uruguay signed a fisheries agreement, their foreign"
        " ministries said. Talks on the documents were held in Quito on Monday.",
        ["agreement signed ECU,URY 2023-05-10 1"],
    ),
    (
        "regression",
        "Chile and Norway held talks on Tuesday. Their deputies reviewed the implementation of"
        " the agreement on salmon farming research signed between the two countries in March.",
        ["agreement ratified CHL,NOR - 1"],
    ),
    (
        "regression",
        "Chile and Norway held talks on Tuesday. Their deputies reviewed the implementation of"
        " the agreement on salmon farming research signed by the two ministries last November.",
        ["agreement ratified CHL,NOR - 1"],
    ),
    (
        "regression",
        "Chile and Norway held talks on Tuesday. The ministers noted the implementation of the"
        " joint Action Plan on fisheries for 2021-2024, signed in Oslo in 2021.",
        ["plan ratified CHL,NOR - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written40_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
