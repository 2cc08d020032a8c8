"""Sides of bilateral talks a third state eases (session 98).

Key meetings pooled from the written articles W1-W1500, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages: bilateral talks whose candidate was made
with the wrong sides. A told table (``meeting_rows`` says what a row is and when it passes);
every row is written for this table, and the rows that must stay as they are sit beside the
class's rows.

- facilitated-talks: talks whose sentence names one state only, told as facilitating,
  mediating, brokering or hosting them ("under X-ian facilitation", "X-facilitated talks",
  "which hosted the last round of talks"), are the talks of the pair the story tells before
  them, that state a side too; not talks naming states of their own, not an offer of
  mediation, not a story naming no pair before them.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1988-05-10"  # a Tuesday

# --- talks a third state facilitates: the story's pair and the facilitator --------------------
_row(
    "facilitated-talks",
    D,
    "NAIROBI, May 10 - Kenya and Uganda signed an accord on their disputed border on Monday. "
    "We thank the Government of Tanzania, which hosted the last round of talks, for its "
    "patient mediation.",
    ("meeting", "held", ("KEN", "TZA", "UGA"), None, None),
)
_row(
    "facilitated-talks",
    D,
    "NIAMEY, May 10 - A lasting settlement between Chad and Niger over grazing rights would "
    "ease tension across the Sahel. Those negotiations are due to open by the end of June "
    "under Moroccan facilitation, officials said.",
    ("meeting", "planned", ("MAR", "NER", "TCD"), None, "1988-06"),
)
_row(
    "facilitated-talks",
    D,
    "The envoys of Bolivia and Paraguay spoke by phone today. They reviewed the progress made "
    "in Brazilian-facilitated water talks and agreed to keep in touch.",
    ("call", "held", ("BOL", "PRY"), None, "1988-05-10"),
    ("meeting", "held", ("BOL", "BRA", "PRY"), None, None),
)
# near misses: talks naming states of their own, no pair in the story, no facilitator
_row(
    "facilitated-talks",
    D,
    "LIMA, May 10 - Peruvian and Chilean envoys held talks in Lima on Monday under Ecuadorean "
    "mediation, officials said.",
    ("meeting", "held", ("CHL", "ECU", "PER"), None, "1988-05-09"),
)
_row(
    "facilitated-talks",
    D,
    "OSLO, May 10 - Norway's foreign minister said talks under Norwegian facilitation would "
    "resume in June, officials said.",
)
_row(
    "facilitated-talks",
    D,
    "NAIROBI, May 10 - Kenya and Uganda signed an accord on their disputed border on Monday. "
    "Tanzania's president praised the talks and offered to host more.",
)
_row(
    "facilitated-talks",
    D,
    "NAIROBI, May 10 - Ethiopia and Somalia remain at odds over the border. Kenya has offered "
    "mediation in any talks, officials said.",
)
_row(
    "facilitated-talks",
    D,
    "DOHA, May 10 - Under Qatari mediation, the talks drew cautious praise. Envoys said the "
    "dispute between Chad and Niger had eased since then.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written98(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
