"""Meeting forms of the owners' convention for a region or a format in a gathering's name.

A gathering named for a region or a dialogue format ("the X-Central Asia Summit", "the C5+1
ministerial", "the Y-Baltic summit", "the EU-Central Asia summit") was given the region's
member states as its sides even where the story did not list them. The owners' keys (the
development and crawled development keys) leave the region unexpanded in 8 of the 9 gatherings
whose members the story does not name, as spec/EXTRACTION.md section 2 says of a group (issue
9, session 35: /work/wt/keyconv35-conventions.md). A told table (``meeting_rows`` says what a
row is and when it passes); every row is written for this table, and the rows that must stay
as they are sit beside the rule's rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, Friday February 14

# --- a region or a format in a gathering's name ----------------------------------------------
# "the third X-Central Asia Summit", "the first Y-South Caucasus summit", "the C5+1 ministerial
# meeting that Z will host", "took part in the EU-Central Asia summit in P": the region's
# states are no sides of the gathering when the story names none of them as taking part; its
# sides are the state the format pairs with the region, the host and the states the story names.
_row(
    "region-in-gathering-name",
    D,
    "The third Brazil-Central Asia Summit will be held in Brasilia in March.",
    ("conference", "planned", ("BRA",), None, "2025-03"),
)
_row(
    "region-in-gathering-name",
    D,
    "The first Canada-South Caucasus summit took place in Ottawa on Monday.",
    ("conference", "held", ("CAN",), None, "2025-02-10"),
)
_row(
    "region-in-gathering-name",
    D,
    "The first Canada-Baltic summit was held in Ottawa on Monday.",
    ("conference", "held", ("CAN",), None, "2025-02-10"),
)
_row(
    "region-in-gathering-name",
    D,
    "Ghana's President Kofi Mensah will attend the Ghana-Central Asia summit in Accra next "
    "month, his office said.",
    ("conference", "planned", ("GHA",), None, "2025-03"),
)
_row(
    "region-in-gathering-name",
    D,
    "Officials of the five states are preparing the C5+1 ministerial meeting that Turkmenistan "
    "will host in Ashgabat in April.",
    ("conference", "planned", ("TKM",), "C5+1", "2025-04"),
)
_row(
    "region-in-gathering-name",
    D,
    "Portuguese Foreign Minister Rui Costa took part in the EU-Central Asia summit in Brussels "
    "on Monday.",
    ("conference", "held", ("BEL", "PRT"), "EU", "2025-02-10"),
)
# near misses: the states the story names as taking part stay sides, in the gathering's own
# sentence or in the next one; a host state stays a side; a group that is an organisation
# keeps its name as the body and its named host as the side
_row(
    "region-in-gathering-name",
    D,
    "The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended "
    "the Brazil-Central Asia summit in Brasilia on Monday.",
    ("conference", "held", ("BRA", "KAZ", "KGZ", "TJK", "TKM", "UZB"), None, "2025-02-10"),
)
_row(
    "region-in-gathering-name",
    D,
    "The Japan-Central Asia summit was held in Tokyo on Monday. Taking part were the presidents "
    "of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.",
    ("conference", "held", ("JPN", "KAZ", "KGZ", "TJK", "TKM", "UZB"), None, "2025-02-10"),
)
_row(
    "region-in-gathering-name",
    D,
    "The Brazil-Central Asia summit will be held in Brasilia on Friday. Leaders of Kazakhstan, "
    "Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan will join President Lula there.",
    ("conference", "planned", ("BRA", "KAZ", "KGZ", "TJK", "TKM", "UZB"), None, "2025-02-14"),
)
_row(
    "region-in-gathering-name",
    D,
    "Brasilia will host the Brazil-Central Asia summit on Friday. Leaders of Kazakhstan, "
    "Uzbekistan and Tajikistan are expected to join President Lula there.",
    ("conference", "planned", ("BRA", "KAZ", "TJK", "UZB"), None, "2025-02-14"),
)
_row(
    "region-in-gathering-name",
    D,
    "Astana will host the Brazil-Central Asia summit on Friday.",
    ("conference", "planned", ("BRA", "KAZ"), None, "2025-02-14"),
)
_row(
    "region-in-gathering-name",
    D,
    "The Korea-Central Asia summit opened in Dushanbe on Monday.",
    ("conference", "held", ("KOR", "TJK"), None, "2025-02-10"),
)
_row(
    "region-in-gathering-name",
    D,
    "Foreign ministers of the six-nation Gulf Cooperation Council met in Riyadh on Monday.",
    ("conference", "held", ("SAU",), "GCC", "2025-02-10"),
)
_row(
    "region-in-gathering-name",
    D,
    "The Organization of Turkic States held its informal summit in Budapest on Monday.",
    ("conference", "held", ("HUN",), "OTS", "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_keyconv35(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
