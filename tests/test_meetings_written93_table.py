"""Sides of a gathering to come told through the officials who said they would come (session 93).

Key meetings pooled from the written articles W1-W1440, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages: gatherings whose sides we miss on sides
alone. A told table (``meeting_rows`` says what a row is and when it passes); every row is
written for this table, and the rows that must stay as they are sit beside the class's rows.

- coming-officials-next: a body's session or a summit to come whose own sentence is followed
  right away by officials of two or more states told as coming to it ("A-ian Minister X and
  B-ian Minister Y had confirmed they would attend", "X and Y are both due to attend", "X will
  attend along with Presidents Y of A and Z of B") has their states as sides; not one state
  alone, not an "attend" with an object of its own ("will attend the council in P"), not a
  gathering already held.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1988-05-10"  # a Tuesday

# --- officials of several states told coming, right after the gathering's own sentence ------
_row(
    "coming-officials-next",
    D,
    "LIMA, May 10 - Ministers of the Association of Natural Rubber Producing Countries will "
    "meet in Lima on June 2 to weigh a cut in quotas, a Peruvian official said. The official "
    "said Malaysian Plantation Minister Ahmad Daud and Thai Farm Minister Somchai Wong had "
    "confirmed they would attend.",
    ("conference", "planned", ("MYS", "PER", "THA"), "ANRPC", "1988-06-02"),
)
_row(
    "coming-officials-next",
    D,
    "ACCRA, May 10 - Leaders of the five coastal states will hold a summit in Accra on May 20 "
    "to discuss fishing rights, Ghanaian officials said. President Kofi Mensah will attend "
    "along with Presidents Ama Ofori of Togo, Yves Dossou of Benin and Musa Bello of Nigeria, "
    "the officials added.",
    ("conference", "planned", ("BEN", "GHA", "NGA", "TGO"), None, "1988-05-20"),
)
_row(
    "coming-officials-next",
    D,
    "QUITO, May 10 - Ministers of the Organization of American States will meet in Quito on "
    "May 23 to weigh a new charter, an Ecuadorean official said. The ministry added that "
    "Brazilian Trade Minister Paulo Souza and Mexican Economy Minister Juan Ortiz would "
    "attend, while Chile would send an envoy.",
    ("conference", "planned", ("BRA", "ECU", "MEX"), "OAS", "1988-05-23"),
)
# near misses: one state alone, an "attend" with its own object, a gathering already held
_row(
    "coming-officials-next",
    D,
    "LIMA, May 10 - Ministers of the Association of Natural Rubber Producing Countries will "
    "meet in Lima on June 2 to weigh a cut in quotas, a Peruvian official said. The official "
    "said Malaysian Plantation Minister Ahmad Daud had confirmed he would attend.",
    ("conference", "planned", ("PER",), "ANRPC", "1988-06-02"),
)
_row(
    "coming-officials-next",
    D,
    "QUITO, May 10 - Ministers of the Organization of American States will meet in Quito on "
    "May 23 to weigh a new charter, an Ecuadorean official said. Brazilian Foreign Minister "
    "Paulo Lima and Mexican Foreign Minister Juan Ortiz will attend the council in Vienna "
    "next month.",
    ("conference", "planned", ("ECU",), "OAS", "1988-05-23"),
)
_row(
    "coming-officials-next",
    D,
    "ACCRA, May 10 - Leaders of the five coastal states held a summit in Accra on Monday to "
    "discuss fishing rights, Ghanaian officials said. The presidents of Togo and Benin will "
    "attend too, the officials added.",
    ("conference", "held", ("GHA",), None, "1988-05-09"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written93(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
