"""Sessions of intergovernmental bodies told through the body itself, for the classes of session 70.

Key meetings whose body the library did not know, or whose body's own session it typed as
talks between two sides, pooled from the written articles W1-W1320, corpus blind 11 to 18
and 20 to 23, the owners' dev and crawled keys and our read pages (issue 9, session 70). A
told table (``meeting_rows`` says what a row is and when it passes), read with the row's
headline; every row is written for this table, and the rows that must stay as they are sit
beside the class's rows.

- aid-consortium-in-table: the creditor consortium of a state ("the Inter-Governmental Group
  on Indonesia", "IGGI") is an intergovernmental body of the organisations table, so a
  meeting of it is its session under its name.
- body-as-subject: a body of the organisations table that opens its clause as the subject of
  a meeting word for its own sitting ("The X will meet in P", "The X council decided at a
  meeting here") holds a session (a conference of that body), not talks with its host; the
  body meeting another side ("The X met A's officials", "held talks with A's minister") stays
  talks.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told

D = "2023-06-14"  # a Wednesday

# (class, headline or None, paragraph, the meetings it tells)
TABLE: list[tuple[str, str | None, str, list[Expected]]] = [
    # --- a state's creditor consortium is a body --------------------------------------------
    (
        "aid-consortium-in-table",
        None,
        "Indonesia's finance minister will head his country's delegation to the next meeting "
        "of the Inter-Governmental Group on Indonesia in The Hague in July.",
        [("conference", "planned", ("IDN", "NLD"), "IGGI", "2023-07")],
    ),
    # --- the body as the subject of its own sitting -----------------------------------------
    (
        "body-as-subject",
        None,
        "JAKARTA, June 14 - The Inter-Governmental Group on Indonesia (IGGI), the group of "
        "creditor governments, will meet in The Hague on July 3 and 4 to weigh Jakarta's "
        "request for new loans, an official said.",
        [("conference", "planned", ("IDN", "NLD"), "IGGI", "2023-07-03")],
    ),
    (
        "body-as-subject",
        None,
        "GENEVA, June 14 - The GATT council decided at a meeting here today to set up a panel "
        "on Canadian complaints about Japanese lumber tariffs, trade officials said.",
        [("conference", "held", ("CHE",), "GATT", "2023-06-14")],
    ),
    (
        "body-as-subject",
        None,
        "The Asian Development Bank will meet in Manila in August to review its lending to "
        "Nepal, officials said.",
        [("conference", "planned", ("PHL",), "ADB", "2023-08")],
    ),
    # near misses: the body meeting another side is talks between the two
    (
        "body-as-subject",
        None,
        "The International Monetary Fund held talks with Kenyan Finance Minister Njuguna "
        "Ndungu in Nairobi on Monday.",
        [("meeting", "held", ("KEN",), "IMF", "2023-06-12")],
    ),
    (
        "body-as-subject",
        None,
        "The World Bank met Ghanaian officials in Accra on Tuesday to discuss a new loan.",
        [("meeting", "held", ("GHA",), "World Bank", "2023-06-13")],
    ),
    (
        "body-as-subject",
        None,
        "The World Bank said after a meeting with Zambian officials in Lusaka on Monday that "
        "it would resume lending.",
        [("meeting", "held", ("ZMB",), "World Bank", "2023-06-12")],
    ),
    # the body's people as the subject: their talks with a side, not the body's sitting
    (
        "body-as-subject",
        None,
        "The Asian Development Bank team met Laotian finance officials in Vientiane on "
        "Tuesday to review a road loan.",
        [("meeting", "held", ("LAO",), "ADB", "2023-06-13")],
    ),
]


@pytest.mark.parametrize(
    ("cls", "title", "text", "expected"),
    TABLE,
    ids=[f"{cls}-{n}" for n, (cls, *_) in enumerate(TABLE)],
)
def test_meetings_told_written70(
    cls: str, title: str | None, text: str, expected: list[Expected]
) -> None:
    """The paragraph under its headline gives one record per meeting it tells, as the table says."""
    assert_told(cls, D, text, expected, title=title)
