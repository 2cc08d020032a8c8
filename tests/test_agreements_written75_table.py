"""A table of parties of a named instrument read from the state that acts on it (session 75).

The classes come from the key agreements whose parties differ from those of our record of
the same named instrument, over the written articles W1-W1440 (the newly released
W1381-W1440 read first), pooled with the released blind keys corpus blind 11 to 18 and 20 to
23, the owners' keys and our own pages, classed by the verb that links a state to the
instrument and by whether the keys count that verb's subject as a party: a class has rows
here when its errors occur in three different articles or more, in two sets or more, and a
change of the library fixed some of them. A row is a text and the records it gives, in the
agreement row notation (``agreement_rows``). Every text is invented. The classes:

- ``nonfinite_stance``: a state told upholding or breaking a named instrument in a
  non-finite clause ("A will seek to strengthen the X", "the measures taken by A to implement
  the X", "accused A of breaching the X", "pressure on the A government to honour the X") is
  its party, with the states listed with it ("A and B will continue to uphold the X"), and
  only those (no story pair is added from the meeting the sentence tells);
- ``regression``: near misses that must stay as they are: a refusal or a negation, a state
  urged to act (another's wish), a signing to come, no state before the verb, a failure told
  with no state named.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "nonfinite_stance",
        "Portugal will seek to strengthen the Madeira Accord on fishing quotas when ministers"
        " meet on Friday, officials in Lisbon said.",
        ["agreement signed PRT - 1"],
    ),
    (
        "nonfinite_stance",
        "Opposition deputies in Lima accused Chile of breaching the 1984 Andes Treaty by"
        " diverting two rivers.",
        ["treaty signed CHL 1984 1"],
    ),
    (
        "nonfinite_stance",
        "The envoy praised the measures taken by the Government of Gabon to implement the"
        " Libreville Peace Agreement, including the release of detainees.",
        ["agreement signed GAB - 1"],
    ),
    (
        "nonfinite_stance",
        "The ministers called for more pressure on the Malian military government to honour the"
        " Bamako Consensus and to free political detainees.",
        ["other signed MLI - 1"],
    ),
    (
        "nonfinite_stance",
        "Chile will seek to strengthen the Andes Treaty at its meeting with Peru in Lima on"
        " Friday, officials said.",
        ["treaty signed CHL - 1"],
    ),
    (
        "nonfinite_stance",
        "Chile and Peru will continue to uphold the Andes Treaty, their foreign ministers said in"
        " Santiago.",
        ["treaty signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Portugal refused to honour the Madeira Accord on fishing quotas, officials in Lisbon"
        " said.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "At the talks in Libreville the envoy urged Gabon to implement the Libreville Peace"
        " Agreement in full.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "Peru will not honour the Andes Treaty unless water flows resume, its foreign minister"
        " said.",
        ["treaty signed - - 1"],
    ),
    (
        "regression",
        "Portugal will sign the Madeira Accord on fishing quotas next month, officials in Lisbon"
        " said.",
        ["agreement planned PRT 2023-06 1"],
    ),
    (
        "regression",
        "Officials in Lisbon said the Madeira Accord on fishing quotas should be strengthened.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "Observers said the military government's failure to honour the Bamako Consensus had"
        " deepened the crisis.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written75_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
