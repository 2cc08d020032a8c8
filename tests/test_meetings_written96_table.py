"""Gatherings whose own clause told more than we read (session 96).

Key meetings missed on the written articles W1-W1500, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages, classed by the step of the pipeline that
loses them: here, a gap of the candidate step. A told table (``meeting_rows`` says what a
row is); every row is written for this table, the rows that must stay as they are beside the
class's rows. Each row is checked exactly: kind, status, date and the full list of states.

- host-titled: a gathering recalled with its host told by a title ("the Ports Summit that the
  President hosted in P in March") is an event of its own, held at the clause's place and
  time; not one whose clause tells another act ("attended"), or a host to come ("will host").
"""

from __future__ import annotations

import pytest

from diplonews.models import Meeting
from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2024-06-12"  # a Wednesday

# --- a recalled gathering whose host is told by a title ---------------------------------------
_row(
    "host-titled",
    D,
    "Chilean President Ana Ruiz spoke today with Prime Minister Omar Haddad of Jordan. The two "
    "leaders built on the commitments made at the Pacific Ports Summit that the President "
    "hosted in Santiago in March 2024.",
    ("call", "held", ("CHL", "JOR"), None, "2024-06-12"),
    ("conference", "held", ("CHL",), None, "2024-03"),
)
_row(
    "host-titled",
    D,
    "Kenyan President Samuel Otieno welcomed Prime Minister Lina Berg of Norway to Nairobi "
    "today. The two leaders reviewed the pledges made at the Lake Basin Forum that the "
    "President hosted in Mombasa in February 2024.",
    ("meeting", "held", ("KEN", "NOR"), None, "2024-06-12"),
    ("conference", "held", ("KEN", "NOR"), None, "2024-02"),
)
# near misses: a clause telling another act, a host to come
_row(
    "host-titled",
    D,
    "Chilean President Ana Ruiz spoke today with Prime Minister Omar Haddad of Jordan. The two "
    "leaders built on the commitments made at the Pacific Ports Summit that the President "
    "attended in Lima in March 2024.",
    ("call", "held", ("CHL", "JOR"), None, "2024-06-12"),
)
_row(
    "host-titled",
    D,
    "Chilean President Ana Ruiz spoke today with Prime Minister Omar Haddad of Jordan. The two "
    "leaders also discussed plans for the Pacific Ports Summit that the President will host "
    "in Santiago in September.",
    ("call", "held", ("CHL", "JOR"), None, "2024-06-12"),
    ("conference", "planned", ("CHL", "JOR"), None, "2024-09"),
)


def _exactly(got: Meeting, expected: Expected) -> bool:
    """Kind, status, date (unless None) and the sorted states all equal."""
    kind, status, countries, _organization, date = expected
    return (
        got.kind.value == kind
        and got.status.value == status
        and (date is None or str(got.date) == date)
        and sorted(c.alpha_3 for c in got.countries) == sorted(countries)
    )


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written96(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, with exactly the table's states."""
    assert_told(cls, day, text, expected, _exactly)
