"""Meeting forms of the merge classes read off the written articles W1-W360 and the released keys.

The meeting records errors of the three hundred and sixty articles written blind in the manner of
the corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set, sorted
into classes of how news tells one event in several mentions (issue 9, session 26). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table, and
the rows that must stay as they are sit beside the class's rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a gathering called by a name of its own, beside the gathering told ----------------------
# "X met Y on the sidelines of the A Conference ... the two also discussed the B conference that
# Z will co-host with W", "Earlier in the day, X attended the C Summit": news names a second
# gathering by a proper name the told one does not bear (its name, body or city), told as
# attended, hosted or held; it is a gathering of its own, whose hosts take part in it, not a
# mention of the told one, whatever its tense or date.
_row(
    "named-gathering",
    D,
    "Chancellor Scholz held talks with President Nauseda of Lithuania on Tuesday on the margins of "
    "the Baltic Sea Security Conference in Tallinn, Estonia. The two leaders also discussed the "
    "Vilnius Energy Transition conference that Lithuania will co-host with Poland and Latvia in "
    "May.",
    ("conference", "held", ("DEU", "EST", "LTU"), None, "2025-02-11"),
    ("meeting", "held", ("DEU", "LTU"), None, "2025-02-11"),
    ("conference", "planned", ("LTU", "LVA", "POL"), None, None),
)
_row(
    "named-gathering",
    D,
    "The Canadian foreign minister met her Mexican counterpart in Ottawa on Thursday at the "
    "North American Trade Forum. The ministers also prepared the Arctic Shipping conference, "
    "which Canada will host with Norway in Iqaluit in August.",
    ("conference", "held", ("CAN", "MEX"), None, "2025-02-06"),
    ("meeting", "held", ("CAN", "MEX"), None, "2025-02-06"),
    ("conference", "planned", ("CAN", "NOR"), None, "2025-08"),
)
_row(
    "named-gathering",
    D,
    "Austria's chancellor received the Hungarian prime minister in Vienna on Monday during the "
    "Central European Rail Conference. The two also reviewed plans for the Danube Shipping Forum "
    "that Austria will co-host with Slovakia in Bratislava in October.",
    ("conference", "held", ("AUT", "HUN"), None, "2025-02-10"),
    ("meeting", "held", ("AUT", "HUN"), None, "2025-02-10"),
    ("conference", "planned", ("AUT", "SVK"), None, None),
)
_row(
    "named-gathering",
    D,
    "Spain's prime minister met the Portuguese premier in Lisbon on Tuesday at the Iberian Energy "
    "Conference. The leaders also looked ahead to the Atlantic Fisheries summit that Morocco will "
    "co-host with Spain next spring.",
    ("conference", "held", ("ESP", "PRT"), None, "2025-02-11"),
    ("meeting", "held", ("ESP", "PRT"), None, "2025-02-11"),
    ("conference", "planned", ("ESP", "MAR"), None, None),
)
_row(
    "named-gathering",
    D,
    "Vice President Harris met the Fijian prime minister today on the sidelines of the Pacific "
    "Leaders Summit in Suva. Earlier in the day, the Vice President attended the U.S.-Caribbean "
    "Summit with the leaders of the region.",
    ("conference", "held", ("FJI", "USA"), None, "2025-02-12"),
    ("meeting", "held", ("FJI", "USA"), None, "2025-02-12"),
    ("conference", "held", ("USA",), None, None),
)
# near misses: a body one leads or belongs to is no gathering told; a gathering named again by
# its city, or by a part of its name, is the one told
_row(
    "named-gathering",
    D,
    "Vice President Harris met Prime Minister Luxon of New Zealand today on the sidelines of the "
    "Indo-Pacific Leaders Summit in Suva, Fiji. She congratulated him on New Zealand's leadership "
    "in the Pacific Islands Forum.",
    ("conference", "held", ("FJI", "NZL", "USA"), None, "2025-02-12"),
    ("meeting", "held", ("NZL", "USA"), None, "2025-02-12"),
)
_row(
    "named-gathering",
    D,
    "Leaders gathered in Davos, Switzerland, on Tuesday for the World Economic Forum. The Davos "
    "forum is dominated by business issues this year.",
    ("conference", "held", ("CHE",), "WEF", "2025-02-11"),
)
_row(
    "named-gathering",
    D,
    "Canada's prime minister attended the Summit of the Americas in Lima, Peru, on Monday. On the "
    "second day, he hosted a breakfast for the leaders taking part in the Americas Summit.",
    ("conference", "held", ("CAN", "PER"), None, "2025-02-10"),
)
_row(
    "named-gathering",
    D,
    "President Macron hosted the Paris Peace Forum on Monday with leaders from Senegal and Kenya. "
    "The leaders who attended the Peace Forum discussed debt relief.",
    ("conference", "held", ("FRA", "KEN", "SEN"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_merge26(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
