"""A table of instruments keyed with another act's date or without their told signers (session 86).

Found in the written articles W571-W600 and W1411-W1440 (and, told of another instrument, in
W1021-W1050) (a date), and W31-W60, W91-W120 and W481-W510 (the signers), scored against every
visible set (the blind keys of real corpus articles 11 to
18 and 20 to 26, the owners' keys, the written articles W1-W1620 and our own pages). A row is a
text and the records it gives, in the agreement row notation (``agreement_rows``). Every text
is invented. The classes:

- ``other_act_date``: a date told after the past participle of another act, between the
  instrument and the date ("a protocol settling the claims of fishermen detained by the navy
  in 2019", "an agreement that officials finished drafting in March"), is that act's: the
  instrument is not dated by it;
- ``signers_told``: an instrument no reader gave parties (a bloc's leaders signed it) whose
  signers a sentence of its own names after "by" ("The protocol, signed by ministers from A,
  B, C and D", "The deal, signed on Tuesday, the second day of the summit, by A and B with C")
  or counts ("signed by the presidents of the four countries", the story naming just four) has
  those states as parties;
- ``regression``: near misses that must stay as they are: the day of the talks the signing
  was held at ("signed at the talks held in Lima on Monday"), a report of the signing
  ("officials announced on Monday"), a signing's own day and place, a date right after the
  instrument's words, a step of the instrument itself ("that their ministers initialled in
  March", read before), and a participle the project already read ("the port terminal
  opened in 2019"); signers named by office alone ("signed by the four ministers"), a
  count the story's states do not make ("the five countries" of a story naming four), a
  bloc's document with no signer told, and "signed by the parliaments of A, B and C" (read
  before).
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
        "signers_told",
        "Economic ministers of the Mercosur bloc signed a protocol on tariffs in Asuncion on"
        " Monday. The protocol, signed by ministers from Argentina, Brazil, Paraguay and Uruguay,"
        " cuts tariffs on 300 items.",
        ["protocol signed ARG,BRA,PRY,URY 2023-05-08 1"],
    ),
    (
        "signers_told",
        "Leaders of the Mercosur bloc have signed a trade deal with two Andean nations at a summit"
        " in Asuncion. The deal, signed on Tuesday, the second day of the summit, by Argentina,"
        " Brazil, Paraguay and Uruguay with Peru and Bolivia, cuts tariffs over ten years.",
        ["agreement signed ARG,BOL,BRA,PER,PRY,URY 2023-05-09 1"],
    ),
    (
        "signers_told",
        "Mercosur leaders signed a trade protocol in Asuncion on Monday. The protocol, which was"
        " signed by the presidents of the four countries, cuts tariffs on 300 items. Argentina,"
        " Brazil, Paraguay and Uruguay founded the bloc in 1991.",
        ["protocol signed ARG,BRA,PRY,URY 2023-05-08 1"],
    ),
    (
        "regression",
        "Economic ministers of the Mercosur bloc signed a protocol on tariffs in Asuncion on"
        " Monday. The protocol, signed by the four ministers, cuts tariffs on 300 items.",
        ["protocol signed - 2023-05-08 1"],
    ),
    (
        "regression",
        "Mercosur leaders signed a trade protocol in Asuncion on Monday. The protocol, which was"
        " signed by the presidents of the five countries, cuts tariffs on 300 items. Argentina,"
        " Brazil, Paraguay and Uruguay founded the bloc in 1991.",
        ["protocol signed - 2023-05-08 1"],
    ),
    (
        "regression",
        "Mercosur leaders signed a trade protocol in Asuncion on Monday.",
        ["protocol signed - 2023-05-08 1"],
    ),
    (
        "regression",
        "The treaty signed by the parliaments of Chile, Peru and Bolivia entered into force in"
        " 2019.",
        ["treaty ratified BOL,CHL,PER 2019 1"],
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
