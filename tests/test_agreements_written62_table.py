"""A table of instruments counted wrongly: one told twice, or two told together (session 62).

The classes come from the predicted agreements that pair with no key agreement but resemble
one already paired (one instrument made into two records), and the key agreements that
would pair with a record already given to another (two instruments made into one), of the
written articles W1-W1320 (the newly released W1261-W1320 read first), pooled with the
released blind keys corpus blind 11 to 18 and 20 to 23, the owners' keys and our own pages:
a class has rows here when its errors occur in three different articles or more, in two
sets or more, and a change of the library fixed some of them. A row is a text and the
records it gives, each in the agreement row notation (``agreement_rows``), matched one to
one. Every text is invented. The classes:

- ``definite_retold``: a later definite mention with no name ("the five-year agreement",
  "the <place> deal", "This long-term accord") whose words the first telling holds (or a
  term of years), of the same states and with no other day or status, is the instrument
  told before, not another one;
- ``signed_since``: a bare "The protocol was signed by ..." opening its sentence, with no day
  of its own, after a signing the lead told in a form read as still to come ("with the signing
  of a protocol that will let B ...") is that instrument, now signed, not a second one;
- ``regression``: near misses that must stay as they are: a word that sets it beside
  another ("the previous", "the new" the first telling lacks), sides or a day of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "definite_retold",
        "Ghana and Togo signed a memorandum on cocoa trade in Accra on Monday. Under the"
        " three-year agreement, Togo will buy Ghanaian cocoa at fixed prices.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "definite_retold",
        "Ghana and Togo have agreed a new river transport deal that lets barges cross the"
        " border. The five-year agreement was reached in Lome after two rounds of talks.",
        ["agreement signed GHA,TGO - 1"],
    ),
    (
        "definite_retold",
        "Ghana and Togo signed an agreement to reopen two border posts in the Volta region on"
        " Monday. Diplomats said the Volta deal was a sign of warmer ties.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "definite_retold",
        "Ghana and Togo signed an agreement to reopen two border posts in the Volta region on"
        " Monday. The ministers also recalled a fisheries accord the two countries signed in"
        " 2015. Diplomats said the Volta deal was a sign of warmer ties.",
        ["agreement signed GHA,TGO 2023-05-08 1", "agreement signed GHA,TGO 2015 1"],
    ),
    (
        "signed_since",
        "ACCRA, May 10 - Ghana and Togo ended talks here today with the signing of a protocol"
        " that will let Togo defer payment of its power debts. The protocol was signed by Togo's"
        " energy minister, who arrived in Accra on Monday.",
        ["protocol signed GHA,TGO 2023-05-10 1"],
    ),
    (
        "signed_since",
        "Ghana and Togo closed their commission session with the signing of a memorandum that"
        " will open new bus routes. The document was signed by Togo's transport minister and"
        " his Ghanaian counterpart.",
        ["memorandum signed GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana and Togo will sign a protocol on power debts next month. The protocol was signed"
        " in 2015 by Togo's energy minister.",
        ["protocol planned GHA,TGO 2023-06 1", "protocol signed TGO 2015 1"],
    ),
    (
        "regression",
        "Ghana signed a memorandum on cocoa trade with Togo on Monday. This long-term accord"
        " gives Togo first call on Ghanaian beans.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a memorandum on cocoa trade in Accra on Monday. The previous"
        " agreement between Ghana and Benin lapsed last year.",
        ["memorandum signed GHA,TGO 2023-05-08 1", "agreement signed BEN,GHA - 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a memorandum on cocoa trade in Accra on Monday. The new"
        " agreement on fishing will be signed in June.",
        ["memorandum signed GHA,TGO 2023-05-08 1", "agreement planned GHA,TGO 2023-06 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a memorandum on cocoa trade in Accra on Monday. The agreement"
        " between Ghana and Benin on fishing was signed in 2019.",
        ["memorandum signed GHA,TGO 2023-05-08 1", "agreement signed BEN,GHA 2019 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written62_table(cls: str, text: str, expected: list[str]) -> None:
    """Each text gives exactly the agreement records of its row."""
    assert_agreements(cls, text, expected, matches_exact)
