"""Officials of two states signing one document together, a meeting of their own (session 106).

Key meetings pooled from the written articles W1-W1620, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages: a story that tells leaders or ministers
of two states signing a document as its news ("President X of A and President Y of B signed
the accord in P on Tuesday", "the treaty, which X and Y signed today in P") told no record
when no meeting word came with it, as "signed" starts no meeting rule. A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- signed-together: two or more officials of different states named as the joint subject of
  "signed" met, on the signing's day; not a signing recalled from a month or a year before
  ("which X and Y signed in P last December": told for its document), not an envoy's
  signature in the state he is posted to, not two officials of one state, and not a signing
  that closes talks or a visit the story tells already (one event, dated by its first day).
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-16"  # a Tuesday

# --- two officials named as the subject of "signed" ------------------------------------------
_row(
    "signed-together",
    D,
    "Chilean President Ana Ruiz and Peruvian President Luis Soto signed a fisheries accord in "
    "Lima on Tuesday.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-16"),
)
_row(
    "signed-together",
    D,
    "The United Nations welcomed the water-sharing treaty, which President of Kenya Paul Otieno "
    "and President of Uganda John Okello signed today in Kampala.",
    ("meeting", "held", ("KEN", "UGA"), None, "2021-03-16"),
)
_row(
    "signed-together",
    D,
    "Norwegian Trade Minister Ole Berg and Icelandic Foreign Minister Jon Einarsson have "
    "signed a memorandum on herring quotas.",
    ("meeting", "held", ("ISL", "NOR"), None, None),
)
_row(
    "signed-together",
    D,
    "Estonian Prime Minister Kaja Tamm and his Latvian counterpart Arturs Berzins signed a "
    "border protocol in Riga on Monday.",
    ("meeting", "held", ("EST", "LVA"), None, "2021-03-15"),
)
# near misses: a signing recalled from months before, an envoy's signature, one state's
# officials, a signing that closes talks told in the same sentence, a signing to come
_row(
    "signed-together",
    D,
    "The treaty, which Chilean President Ana Ruiz and Peruvian President Luis Soto signed in "
    "Lima last December, entered into force on Monday.",
)
_row(
    "signed-together",
    D,
    "Chilean Ambassador Pedro Vidal and Peruvian Culture Minister Rosa Quispe signed a note "
    "on the return of archaeological objects in Lima on Monday.",
)
_row(
    "signed-together",
    D,
    "Chilean Finance Minister Pedro Vidal and Chilean Trade Minister Rosa Araya signed the "
    "budget decree on Monday.",
)
_row(
    "signed-together",
    D,
    "Chilean President Ana Ruiz and Peruvian President Luis Soto signed nine protocols today at "
    "the end of two days of talks in Lima.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
)
_row(
    "signed-together",
    D,
    "Chilean President Ana Ruiz and Peruvian President Luis Soto will sign a fisheries accord "
    "in Lima next week.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written106(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
