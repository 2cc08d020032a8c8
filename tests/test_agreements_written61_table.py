"""A table of the status and date of agreement records (session 61).

The classes come from the key agreements of the written articles W1-W1320 (the newly
released W1261-W1320 read first), pooled with those of the released blind keys corpus blind
11 to 18 and 20 to 23, the owners' keys and our own pages, whose status or date a predicted
record of the same article gets wrong (or leaves out), classed by the step that went wrong:
a class has rows here when its errors occur in three different articles or more, in two sets
or more, and a change of the library fixed some of them. A row is a text and the records it
gives, each in the agreement row notation (``agreement_rows``), matched one to one. Every
text is invented. The classes:

- ``same_sitting``: a ratification told as one more act of the sitting a ratification told
  just before was dated by ("At the same session, lawmakers approved X", "MPs also backed
  X", "Senators also gave their consent to X") is dated by that sitting's day;
- ``signing_date_of``: a date told between a signing noun and the "of" of the instrument
  ("witnessed the signing on May 2 of an agreement on X", "the signing in Lima last month
  of a memorandum", "the signing today of the “X Agreement”") is its signing's;
- ``plenary_lead``: a ratification told in the story of a parliament's plenary sitting,
  whose lead dates the sitting ("The plenary session of the Senate was held on 8 May. ...
  The senators approved the law on ratification of X"), is dated by the sitting's day;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "same_sitting",
        "The speaker of Ghana's parliament opened the spring session in Accra last week."
        " Lawmakers debated the budget."
        " The parliament of Ghana on Tuesday ratified the agreement with Togo on"
        " air services. At the same session, lawmakers approved a protocol between Ghana and Togo"
        " on customs.",
        ["agreement ratified GHA,TGO 2023-05-09 1", "protocol ratified GHA,TGO 2023-05-09 1"],
    ),
    (
        "same_sitting",
        "The speaker of Ghana's parliament opened the spring session in Accra last week."
        " Lawmakers debated the budget."
        " Ghana's parliament on Monday ratified a convention with Togo on double"
        " taxation. MPs also backed a protocol between Ghana and Togo on customs.",
        ["treaty ratified GHA,TGO 2023-05-08 1", "protocol ratified GHA,TGO 2023-05-08 1"],
    ),
    (
        "same_sitting",
        "The speaker of Ghana's parliament opened the spring session in Accra last week."
        " Lawmakers debated the budget."
        " The Senate of Ghana on Monday ratified a convention with Togo on double"
        " taxation. Senators also gave their consent to a memorandum between Ghana and Togo on"
        " tourism.",
        ["treaty ratified GHA,TGO 2023-05-08 1", "memorandum ratified GHA,TGO 2023-05-08 1"],
    ),
    (
        "signing_date_of",
        "Ghana's minister met the Togolese ambassador in Accra and witnessed the signing on May 2"
        " of an agreement between Ghana and Togo on fisheries.",
        ["agreement signed GHA,TGO 2023-05-02 1"],
    ),
    (
        "signing_date_of",
        "The two presidents welcomed the signing in Lome last month of a memorandum between Ghana"
        " and Togo on power trade.",
        ["memorandum signed GHA,TGO 2023-04 1"],
    ),
    (
        "signing_date_of",
        "Both sides welcomed the signing today of the “Gulf of Guinea Maritime Security"
        " Agreement” between Ghana and Togo.",
        ["agreement signed GHA,TGO 2023-05-10 1"],
    ),
    (
        "plenary_lead",
        "The plenary session of the Senate of Ghana was held in Accra on 8 May. Senators"
        " considered a number of laws. The senators approved the Law on ratification of the"
        " Agreement between Ghana and Togo on air services, signed in Lome on 12 April 2022.",
        ["agreement ratified GHA,TGO 2023-05-08 1"],
    ),
    (
        "plenary_lead",
        "On 8 May, the regular plenary session of the Senate of Ghana was held in Accra. The"
        " senators considered and approved the law on ratification of the agreement between Ghana"
        " and Togo on fisheries.",
        ["agreement ratified GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        # a sitting more than a week before the page: another event's day
        "The plenary session of the Senate of Ghana was held in Accra on 8 April. The senators"
        " approved the law on ratification of the agreement between Ghana and Togo on fisheries.",
        ["agreement ratified GHA,TGO - 1"],
    ),
    (
        "regression",
        # a signing still to come: planned, on its own day
        "The ministers of Ghana and Togo discussed the signing on June 2 of an agreement on"
        " fisheries.",
        ["agreement planned GHA,TGO 2023-06-02 1"],
    ),
    (
        "regression",
        "The two presidents recalled the signing of a memorandum between Ghana and Togo on power"
        " trade in 2019.",
        ["memorandum signed GHA,TGO 2019 1"],
    ),
    (
        "regression",
        # in the lead, the second was dated before already (by the lead's ratification day)
        "The parliament of Ghana on Tuesday ratified the agreement with Togo on air services. At"
        " the same session, lawmakers approved a protocol between Ghana and Togo on customs.",
        ["agreement ratified GHA,TGO 2023-05-09 1", "protocol ratified GHA,TGO 2023-05-09 1"],
    ),
    (
        "regression",
        # the first ratification has no day of its own (the one told is its signing's)
        "Ghana's parliament ratified the agreement with Togo on fisheries, signed in Lome in 2021."
        " MPs also approved a protocol between Ghana and Togo on customs.",
        ["agreement ratified GHA,TGO - 1", "protocol ratified GHA,TGO - 1"],
    ),
    (
        "regression",
        # a cabinet approving a signing to come: planned, no sitting's day
        "The cabinet of Ghana on Monday approved a draft agreement with Togo on fisheries. It also"
        " approved the signing of a memorandum with Togo on culture.",
        ["agreement planned GHA,TGO - 1", "memorandum planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana's parliament also ratified the agreement with Togo on fisheries.",
        ["agreement ratified GHA,TGO - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written61_table(cls: str, text: str, expected: list[str]) -> None:
    """Each text gives exactly the agreement records of its row."""
    assert_agreements(cls, text, expected, matches_exact)
