"""Sides of a body's gathering told around it, read off the released blind keys 17 and 18.

A class of the errors of corpus blind 17 and 18 and of the audit's silver-tune set, pooled
(issue 9): a gathering whose own clause names fewer than two sides takes the delegations
the story names as taking part in it. A told table (``meeting_rows`` says what a row is and
when it passes); every row is written for this table, and the rows that must stay as they
are sit beside the class's rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- the delegations at a gathering ------------------------------------------------------------
# "Delegations from A, B and C attended the meeting", "A and B will press for X at the
# meeting", "Officials from A and B were invited to attend some of the sessions", "several
# OPEC members, including A, B and C": a gathering whose clause names fewer than two sides
# takes the states the story names as taking part in it (the subjects of the phrase) and the
# members it names for the gathering's body; a phrase told in the past goes to a gathering
# held, one told to come to a gathering planned.
_row(
    "group-delegations",
    D,
    "ASEAN foreign ministers held their annual meeting in Manila on Monday. Delegations from "
    "Vietnam, Thailand and Malaysia attended the meeting, officials said.",
    ("conference", "held", ("MYS", "PHL", "THA", "VNM"), "ASEAN", "2025-02-10"),
)
_row(
    "group-delegations",
    D,
    "The OPEC ministerial meeting is due in Vienna next month. Venezuela and Angola will press "
    "for deeper output cuts at the meeting, delegates said.",
    ("conference", "planned", ("AGO", "AUT", "VEN"), "OPEC", "2025-03"),
)
_row(
    "group-delegations",
    D,
    "Oil prices rose ahead of next week's OPEC meeting in Vienna. Several OPEC members, "
    "including Kuwait, Iraq and Nigeria, want a higher quota.",
    ("conference", "planned", ("IRQ", "KWT", "NGA"), "OPEC", None),
)
_row(
    "group-delegations",
    D,
    "G20 finance ministers met for two days in Rome last week. Officials from Ghana and Kenya "
    "were invited to attend some of the sessions.",
    ("conference", "held", ("GHA", "ITA", "KEN"), "G20", None),
)
_row(
    "group-delegations",
    D,
    "The Arab League summit opened in Algiers on Monday. Egypt and Jordan took part in the summit.",
    ("conference", "held", ("DZA", "EGY", "JOR"), None, "2025-02-10"),
)
_row(
    "group-delegations",
    D,
    "G20 finance ministers met for two days in Rome last week. Mexico's finance minister "
    "spoke at the meeting.",
    ("conference", "held", ("ITA", "MEX"), "G20", None),
)
# near misses: a state named as a topic (after "on", or owning a policy) or inside a clause
# about the body's own act is no delegation; a past attendance is not given to a gathering
# to come (it tells a session of its own)
_row(
    "group-delegations",
    D,
    "G20 finance ministers met for two days in Rome last week. The talks on Syria's "
    "reconstruction at the meeting were tense.",
    ("conference", "held", ("ITA",), "G20", None),
)
_row(
    "group-delegations",
    D,
    "G20 finance ministers met for two days in Rome last week. Mexico's policy was criticised "
    "at the meeting.",
    ("conference", "held", ("ITA",), "G20", None),
)
_row(
    "group-delegations",
    D,
    "G20 finance ministers met for two days in Rome last week. A Mexican journal will print "
    "the papers read at the meeting.",
    ("conference", "held", ("ITA",), "G20", None),
)
_row(
    "group-delegations",
    D,
    "G20 finance ministers met for two days in Rome last week. The Mexican delegation walked "
    "out at the meeting.",
    ("conference", "held", ("ITA", "MEX"), "G20", None),
)
_row(
    "group-delegations",
    D,
    "Chile praised the plan on Bolivia's debt, which the G20 adopted at its last summit.",
)
_row(
    "group-delegations",
    D,
    "The next OPEC meeting is due in Vienna in June. Iran and Iraq attended the meeting in "
    "December, delegates recalled.",
    ("conference", "planned", ("AUT",), "OPEC", "2025-06"),
    ("conference", "held", ("IRN", "IRQ"), "OPEC", "2024-12"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_groups_released21(
    cls: str, day: str, text: str, expected: list[Expected]
) -> None:
    """The paragraph's meetings pair one to one with the expected ones."""
    assert_told(cls, day, text, expected)
