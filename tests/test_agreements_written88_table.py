"""Steps a lead dates by the report alone, and the next sentence by their own day (session 88).

Found with ``scripts/naive_agreements.py`` (the key agreements a naive rule finds and the
library misses, by cause: the date was the largest) in the written articles W1561-W1590 and
our page l, and scored against every visible set (the owners' dev and crawled keys, the blind
keys of real corpus articles 11 to 18 and 20 to 26, the written articles W1-W1620 and our
read pages). A row is a text and the records it gives, in the agreement row notation
(``agreement_rows``). Every text is invented. The classes:

- ``step_day_told_next``: a lead that tells a signing, or an exchange of instruments of
  ratification, with no day but the report's (its dateline, or the day it was said), and
  the sentence right after that tells the same step again with a day of the week before
  ("The protocol, signed in Lima yesterday, sets ...", "The document was signed in Lima on
  May 8", "The exchange took place in Lima on May 5"): the step is of that day, not of the
  report's; one more act told after it with a day of its own ("Also on Wednesday, the
  agreement on X came into effect") keeps its own day;
- ``regression``: near misses that must stay as they are: a day across a relative clause
  ("signed at the end of talks which opened on May 2"), a lead with a day of its own, a
  month with no day ("signed in Lima in March"), a ratification that is no exchange of
  instruments ("The vote took place on May 5"), and an exchange the record does not take
  as its own (no word of the instrument in it).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "step_day_told_next",
        "LIMA, May 10 - Chile and Peru have signed a fisheries protocol, the Chilean foreign"
        " ministry said.\n\nThe protocol, signed in Lima yesterday, sets new quotas for anchovy"
        " catches.",
        ["protocol signed CHL,PER 2023-05-09 1"],
    ),
    (
        "step_day_told_next",
        "Santiago and Lima have exchanged instruments of ratification of the Treaty on the"
        " Pacific Maritime Boundary between Chile and Peru, the Chilean foreign ministry said on"
        " Wednesday.\n\nThe exchange took place in Lima on May 5, and the treaty entered into"
        " force on the same day.",
        ["treaty ratified CHL,PER 2023-05-05 1"],
    ),
    (
        "step_day_told_next",
        "Chile and Peru have exchanged instruments of ratification of the Treaty on the Pacific"
        " Maritime Boundary, the Chilean foreign ministry said on Wednesday.\n\nThe exchange took"
        " place in Lima on May 5, and the treaty entered into force on the same day.\n\nAlso on"
        " Wednesday, the agreement between the two countries on fisheries came into effect.",
        ["treaty ratified CHL,PER 2023-05-05 1", "agreement ratified CHL,PER 2023-05-10 1"],
    ),
    (
        "step_day_told_next",
        "Chile and Peru have signed a roadmap on expanding trade, the Chilean ministry reports."
        "\n\nThe document was signed in Lima on May 8 at the fourth meeting of the Chile-Peru"
        ' Joint Commission, co-chaired by the two trade ministers.\n\n"The roadmap we signed'
        ' today is a practical step," the Chilean minister said.',
        ["plan signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "LIMA, May 10 - Chile and Peru have signed a fisheries protocol, the Chilean foreign"
        " ministry said.\n\nThe protocol, signed at the end of talks which opened in Lima on May"
        " 2, sets new quotas for anchovy catches.",
        ["protocol signed CHL,PER 2023-05-10 1"],
    ),
    (
        "regression",
        "LIMA, May 10 - Chile and Peru signed a fisheries protocol here on Monday, the Chilean"
        " foreign ministry said.\n\nThe protocol, signed in the presence of the two presidents,"
        " sets new quotas for anchovy catches.",
        ["protocol signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "LIMA, May 10 - Chile and Peru have signed a fisheries protocol, the Chilean foreign"
        " ministry said.\n\nThe protocol, signed in Lima in March, sets new quotas for anchovy"
        " catches.",
        ["protocol signed CHL,PER 2023-05-10 1"],
    ),
    (
        "regression",
        "Chile's Senate has ratified the fisheries agreement with Peru, the foreign ministry said"
        " on Wednesday.\n\nThe vote took place on May 5, after a long debate.",
        ["agreement ratified CHL,PER 2023-05-10 1"],
    ),
    (
        "regression",
        "Chile and Peru have exchanged instruments of ratification of the Treaty on the Pacific"
        " Maritime Boundary, the Chilean foreign ministry said on Wednesday.\n\nThe exchange took"
        " place in Lima on May 5.\n\nAlso on Wednesday, the agreement between the two countries"
        " on fisheries came into effect.",
        ["treaty ratified CHL,PER 2023-05-10 1", "agreement ratified CHL,PER 2023-05-10 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written88_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
