"""A table of agreement records made or dropped by which mentions become records (session 76).

The classes come from the key agreements we miss and the records of ours that pair with
nothing, over the released blind keys of real corpus articles (corpus blind 24, 25 and 26,
newly released, read first, then 11 to 18 and 20 to 23), the owners' keys, the written
articles W1-W1440 and our own pages, classed by the step that makes or drops them: a class has
rows here when its errors occur in three different articles or more, in two sets or more, and
a change of the library fixed some of them. A row is a text and the records it gives, in the
agreement row notation (``agreement_rows``). Every text is invented. The classes:

- ``framework_signed``: a named framework or compact whose own signing, done or to come, its
  sentence tells ("the President and the Prime Minister intend to sign a Fisheries, Ports and
  Blue Economy Compact", "under the X Framework the two governments signed in Y in May 2021")
  is an instrument of the sides the story tells;
- ``framework_in_making``: a named framework its sentence tells in the making ("noted progress
  in the negotiations on the X Framework", "the Y Framework, whose negotiations opened"), with a
  state named in the sentence beside the name, is a planned instrument of the sides the story
  tells;
- ``regression``: near misses that must stay as they are: a framework in the making told with
  no state in its sentence (a bloc's own budget framework), a framework only discussed, trade
  under a framework with no signing told, an agreement whose signing a clause with no pronoun
  tells.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "framework_signed",
        "President Osei will host Prime Minister Kodjo of Togo for a state visit to Ghana on"
        " June 2. During the visit, the leaders will discuss trade and security. The President"
        " and the Prime Minister intend to sign a Fisheries, Ports and Blue Economy Compact,"
        " which will make the ocean a pillar of their ties.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "framework_signed",
        "Ghana and Togo held talks in Lome on Monday. The ministers reviewed cooperation under"
        " the Coastal Security Framework the two governments signed in Accra in May 2021, and"
        " discussed new patrol boats.",
        ["other signed GHA,TGO 2021-05 1"],
    ),
    (
        "framework_in_making",
        "Vice President Mensah of Ghana met Foreign Minister Adjo of Togo in Accra on Monday. The"
        " Vice President welcomed Togo's role in the West African Ocean Economy Framework and"
        " noted progress in the negotiations on its fisheries and ports pillars.",
        ["other planned GHA,TGO - 1"],
    ),
    (
        "framework_in_making",
        "Ghana and Togo held talks in Lome on Monday. Ghana and Togo intend to offer technical"
        " help to partners that join the West African Digital Trade Framework, whose"
        " negotiations opened in March.",
        ["other planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "European Union finance ministers met in Brussels on Tuesday. They noted progress in the"
        " negotiations on the Multiannual Financial Framework for 2028-2034.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Lome on Monday. The two presidents discussed the Coastal"
        " Security Framework and the patrols it guides.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Lome on Monday. The ministers said trade under the Coastal"
        " Security Framework had doubled since 2021.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Lome on Monday. The ministers reviewed trade under the"
        " fisheries agreement the two governments signed in Accra in May 2021.",
        ["agreement signed GHA,TGO 2021-05 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written76_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
