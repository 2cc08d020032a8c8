"""A table of instruments keyed with another act's date (session 86).

Found in the written articles W571-W600 and W1411-W1440 (and, told of another instrument, in
W1021-W1050), scored against every visible set (the blind keys of real corpus articles 11 to
18 and 20 to 26, the owners' keys, the written articles W1-W1620 and our own pages). A row is a
text and the records it gives, in the agreement row notation (``agreement_rows``). Every text
is invented. The classes:

- ``other_act_date``: a date told after the past participle of another act, between the
  instrument and the date ("a protocol settling the claims of fishermen detained by the navy
  in 2019", "an agreement that officials finished drafting in March"), is that act's: the
  instrument is not dated by it;
- ``regression``: near misses that must stay as they are: the day of the talks the signing
  was held at ("signed at the talks held in Lima on Monday"), a report of the signing
  ("officials announced on Monday"), a signing's own day and place, a date right after the
  instrument's words, a step of the instrument itself ("that their ministers initialled in
  March", read before), and a participle the project already read ("the port terminal
  opened in 2019").
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "other_act_date",
        "Chile and Peru also signed a protocol settling the claims of fishermen detained by the"
        " Peruvian navy in 2019.",
        ["protocol signed CHL,PER - 1"],
    ),
    (
        "other_act_date",
        "The Chilean minister is expected to sign a double taxation agreement with Peru that"
        " officials of the two countries finished drafting in March.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "other_act_date",
        "Chile and Peru signed an agreement on compensation for families displaced from the"
        " border zone in 2017.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "other_act_date",
        "Peru and Chile signed a memorandum on the return of artefacts removed from Lima in 1881.",
        ["memorandum signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed an agreement at the talks held in Lima on Monday.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a fisheries agreement, officials announced on Monday.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a fisheries agreement in Lima on Monday.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed an agreement on the rail link in 2021.",
        ["agreement signed CHL,PER 2021 1"],
    ),
    (
        "regression",
        "Chile and Peru will sign a trade agreement that their ministers initialled in March.",
        ["agreement planned CHL,PER 2023-03 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a memorandum on the port terminal opened in 2019.",
        ["memorandum signed CHL,PER - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written86_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
