"""Gatherings and trips whose own clause told more than we read (session 96).

Key meetings missed on the written articles W1-W1500, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages, classed by the step of the pipeline that
loses them: here, two gaps of the candidate step. A told table (``meeting_rows`` says what a
row is); every row is written for this table, the rows that must stay as they are beside the
class's rows. Each row is checked exactly: kind, status, date and the full list of states.

- host-titled: a gathering recalled with its host told by a title ("the Ports Summit that the
  President hosted in P in March") is an event of its own, held at the clause's place and
  time; not one whose clause tells another act ("attended"), or a host to come ("will host").
- further-stops: a trip told with the clause "which (will) also take(s) her to A and B" has A
  and B as sides too; not when the clause takes her to no state ("to the old quarter"), nor
  when "take" governs no trip ("talks ... will take them to the next stage").
"""

from __future__ import annotations

import pytest

from diplonews.models import Meeting
from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2024-06-12"  # a Wednesday
R = "1988-05-10"  # a Tuesday

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

# --- a trip's further stops, told in its own clause -----------------------------------------
_row(
    "further-stops",
    R,
    "British Foreign Secretary Ann Cole arrived in Ghana on Tuesday on the first leg of a West "
    "African trip which will also take her to Togo, Benin and Nigeria.",
    ("visit", "held", ("BEN", "GBR", "GHA", "NGA", "TGO"), None, "1988-05-10"),
)
_row(
    "further-stops",
    R,
    "Japanese Foreign Minister Ken Sato arrived in Manila on Tuesday on the first leg of an "
    "Asian trip that will also take him to Jakarta and Bangkok.",
    ("visit", "held", ("IDN", "JPN", "PHL", "THA"), None, "1988-05-10"),
)
_row(
    "further-stops",
    R,
    "Spanish Foreign Minister Luis Mora will travel to Lima next Monday on a trip that will "
    "also take him to Santiago and La Paz.",
    ("visit", "planned", ("BOL", "CHL", "ESP", "PER"), None, "1988-05-16"),
)
# near misses: no state among the places it takes her to, a "take" that is no trip's
_row(
    "further-stops",
    R,
    "British Foreign Secretary Ann Cole arrived in Ghana on Tuesday for a tour which will also "
    "take her to the old quarter of the capital.",
    ("visit", "held", ("GBR", "GHA"), None, "1988-05-10"),
)
_row(
    "further-stops",
    R,
    "Japanese Foreign Minister Ken Sato arrived in Manila on Tuesday for a visit, and officials "
    "said the talks on fishing would take them to the next stage.",
    ("visit", "held", ("JPN", "PHL"), None, "1988-05-10"),
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
