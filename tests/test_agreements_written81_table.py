"""A table of instruments whose status or sides the words around them tell (session 81).

Found in the written articles W1201-W1230 and W1531-W1560 (a signing told to come) and
W871-W900 and W1021-W1050 (an instrument replaced), and in our pages b and r (a ratification
by one side's parliament), scored against every visible set (the blind keys of real corpus
articles 11 to 18 and 20 to 26, the owners' keys, the written articles W1-W1560 and our own
pages). A row is a text and the records it gives, in the agreement row
notation (``agreement_rows``). Every text is invented. The classes:

- ``reported_signing_to_come``: an instrument told agreed (its terms, its outline, a plan to
  draw it up), of which a later sentence reports that it will be signed ("A spokesman said the
  deal would be signed before the year ends", "The ministers told the press the pact would
  be signed in July"), is planned, dated by the signing to come where it is told;
- ``replaced_takes_sides``: an instrument the new one replaces ("The treaty supersedes a 2001
  border accord", "replaces a convention dating back to 1994"), whose own words name no side,
  is a signed instrument of its own between the sides of the one told replacing it, dated by
  its year;
- ``one_parliament_ratified``: an untitled instrument told ratified by one parliament ("the
  treaty on X, which our legislature ratified in March", "had been ratified by the Congress
  in April"), its sentence naming no side and no bloc, is of the story's two states;
- ``regression``: near misses that must stay as they are: a signing told done or a step
  other than the signing told to come, another instrument's signing to come, an instrument
  told reached before its signing is reported to come (read before), a replaced instrument
  whose sides its own words name, and an instrument told ratified by no parliament, told
  signed, or told a bloc's.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "reported_signing_to_come",
        "Chile and Peru settled the outline of a river-transport deal in Quito on Monday. A"
        " spokesman said the deal would be signed by both heads of government before the year"
        " ends.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "reported_signing_to_come",
        "Chile and Peru agreed in Arica on Monday to draw up a pact on seasonal workers. The"
        " two labour ministers told the press the pact would be signed in Santiago in July.",
        ["agreement planned CHL,PER 2023-07 1"],
    ),
    (
        "reported_signing_to_come",
        "Chile and Peru settled the terms of a customs agreement in Arica on Monday. The two"
        " ministers told journalists the agreement would be signed at a summit in July.",
        ["agreement planned CHL,PER 2023-07 1"],
    ),
    (
        "reported_signing_to_come",
        "Chile and Peru agreed the outline of a water-sharing treaty in Arica on Monday. Peru's"
        " foreign ministry announced that the treaty will be signed at a summit in August.",
        ["treaty planned CHL,PER 2023-08 1"],
    ),
    (
        "replaced_takes_sides",
        "Chile and Peru have signed a border treaty in Arica on Monday. Ties cooled last year"
        " when Lima recalled its envoy. The treaty supersedes a 2001 border accord, which Peru"
        " suspended in 2012 after Chile built a fence.",
        ["treaty signed CHL,PER 2023-05-08 1", "agreement signed CHL,PER 2001 1"],
    ),
    (
        "replaced_takes_sides",
        "Chile and Peru have signed a border treaty in Arica on Monday. Ties cooled last year"
        " when Lima recalled its envoy. The treaty supersedes a 2001 border accord, which lapsed"
        " in 2012.",
        ["treaty signed CHL,PER 2023-05-08 1", "agreement signed CHL,PER 2001 1"],
    ),
    (
        "replaced_takes_sides",
        "Chile and Peru signed a fisheries agreement in Arica on Monday. A spokesman said the"
        " new agreement replaces a convention dating back to 1994 and sets new quotas.",
        ["agreement signed CHL,PER 2023-05-08 1", "treaty signed CHL,PER 1994 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a customs agreement in Arica on Monday. A spokesman said a"
        " protocol to the agreement would be signed in June.",
        ["agreement signed CHL,PER 2023-05-08 1", "protocol planned CHL,PER 2023-06 1"],
    ),
    (
        "regression",
        "Chile and Peru settled the outline of a river-transport deal in Quito on Monday. A"
        " spokesman said the deal would be ratified by both parliaments before the year ends.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a customs agreement in Arica on Monday. A spokesman said the"
        " agreement was signed after two years of talks.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru reached a customs agreement in Arica on Monday. A spokesman said the"
        " agreement would be signed in June.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a fisheries agreement in Arica on Monday. A spokesman said the"
        " new agreement replaces a convention of 1994.",
        ["agreement signed CHL,PER 2023-05-08 1", "treaty signed CHL,PER 1994 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a fisheries agreement in Arica on Monday. The new agreement"
        " replaces a convention that Chile signed with Bolivia in 1994.",
        ["agreement signed CHL,PER 2023-05-08 1", "treaty signed BOL,CHL - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a fisheries agreement in Arica on Monday. Ministers said it"
        " would replace the 1994 Andean convention between Bolivia and Ecuador as a model.",
        ["agreement signed CHL,PER 2023-05-08 1", "treaty signed BOL,ECU 1994 1"],
    ),
    (
        "regression",
        "Chile and Peru have signed a border treaty in Arica on Monday. Ties cooled last year"
        " when Lima recalled its envoy. The treaty supersedes a border accord that Bolivia and"
        " Chile signed in 2001.",
        ["treaty signed CHL,PER 2023-05-08 1", "agreement signed BOL,CHL - 1"],
    ),
    (
        "one_parliament_ratified",
        "The presidents of Chile and Peru met in Lima on Monday. They talked about mining and"
        " tourism. Besides, the treaty on legal aid in civil cases, which our legislature"
        " ratified in March, should take effect soon, the Chilean president said.",
        ["treaty ratified CHL,PER 2023-03 1"],
    ),
    (
        "one_parliament_ratified",
        "The presidents of Chile and Peru met in Lima on Monday. They talked about mining and"
        " tourism. The leaders noted that the agreement on a joint border market had been"
        " ratified by the Congress in April.",
        ["agreement ratified CHL,PER 2023-04 1"],
    ),
    (
        "one_parliament_ratified",
        "The presidents of Chile and Peru met in Lima on Monday. They talked about mining and"
        " tourism. The agreement on a joint border market, which the parliament ratified in"
        " April, will come into force soon.",
        ["agreement ratified CHL,PER 2023-04 1"],
    ),
    (
        "regression",
        "The presidents of Chile and Peru met in Lima on Monday. They talked about mining and"
        " tourism. The leaders noted that the agreement on a joint border market had been"
        " ratified in April.",
        [],
    ),
    (
        "regression",
        "The presidents of Chile and Peru met in Lima on Monday. They talked about mining and"
        " tourism. The leaders noted that the agreement on a joint border market had been signed"
        " in April.",
        ["agreement signed CHL,PER 2023-04 1"],
    ),
    (
        "regression",
        "The presidents of Chile and Peru met in Lima on Monday. They talked about mining and"
        " tourism. The leaders noted that the Mercosur agreement on a common external tariff had"
        " been ratified by the parliament in April.",
        ["agreement ratified - 2023-04 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written81_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
