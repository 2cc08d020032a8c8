"""A table of the agreements the library missed entirely or made of nothing (session 60).

The classes come from the key agreements no predicted record resembles, and the predicted
records resembling no key agreement, of the written articles W1-W1320 (the newly released
W1261-W1320 read first), pooled with the released blind keys corpus blind 11 to 18 and 20 to
23, the owners' keys and our own pages, classed by the step that goes wrong: a class has
rows here when its errors occur in three different articles or more, in two sets or more,
and a change of the library fixed some of them. A row is a text and the records it gives,
each in the agreement row notation (``agreement_rows``), matched one to one. Every text is
invented. The classes:

- ``lower_compact``: a compact written in lower case ("the power compact that <agency> and
  the Government of A signed", "the compact, which entered into force in <month>") is an
  instrument when it is told signed, to be signed or in force, whoever the agency beside it
  is; the adjective ("compact cars") and a compact no step is told of stay none;
- ``firms_after_states``: an instrument that two states (or "the two ministers") are told
  to sign, agree on or negotiate before it is theirs though a business word follows it in a
  clause of its own ("an accord giving <demonym> exporters the use of ...", "an agreement,
  which businessmen have long sought"); a business brought in as a side ("with the firm X",
  "signed by X Holding") and a business word before it still make it a company's;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "lower_compact",
        "The minister praised the water compact that the Pacific Growth Corporation and the"
        " Government of Ghana signed in Accra in March.",
        ["agreement signed GHA 2023-03 1"],
    ),
    (
        "lower_compact",
        "Ghana's president met the US envoy. They reviewed the health compact, which entered"
        " into force in January and is paying for new clinics.",
        ["agreement ratified GHA,USA 2023-01 1"],
    ),
    (
        "lower_compact",
        "Ghana and Togo signed a compact on river transport in Lome last week.",
        ["agreement signed GHA,TGO 2023-05 1"],
    ),
    (
        "firms_after_states",
        "Ghana and Togo signed an accord giving Ghanaian exporters the use of the port of Lome.",
        ["agreement signed GHA,TGO - 1"],
    ),
    (
        "firms_after_states",
        "The ministers of Ghana and Togo agreed to open talks next year on a transit agreement,"
        " which local businessmen have long sought.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed an accord with Acme Holding on the building of roads.",
        [],
    ),
    (
        "regression",
        "Gas flows from Ghana to Togo under an agreement that took effect this month, the state"
        " company Volta said.",
        [],
    ),
    (
        "regression",
        "A carmaker is talking with Ghana about a plant to build compact cars near Accra.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo discussed how compact their new border posts could be made.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo signed an agreement on river transport in Lome last week.",
        ["agreement signed GHA,TGO 2023-05 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written60_table(cls: str, text: str, expected: list[str]) -> None:
    """Each text gives exactly the agreement records of its row."""
    assert_agreements(cls, text, expected, matches_exact)
