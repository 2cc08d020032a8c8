"""An arrival told in a relative clause of the talks' subject: a visit only where the host talks.

"X of A, who arrived in P last night, held talks with Y of B on the margins of the session":
the trip is the way to the talks, and P's state is only where A and B meet (spec section 2:
an official's trip to attend an event is that event). Rows are invented sentences; each
names the visits (host state) and the meetings (sides) the spec makes of it; a conference
record of the gathering itself is allowed, not required.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews import extract_text

PUBLISHED = dt.date(2024, 5, 15)
ROWS = [
    pytest.param(
        "GENEVA, May 15 - Australian Trade Minister Tom Reid, who arrived in Geneva last night,"
        " held talks with the Canadian trade minister on the margins of the session.",
        [],
        [{"AUS", "CAN"}],
        id="relative-clause-talks-with-a-third-state",
    ),
    pytest.param(
        "OSLO, May 15 - Kenyan Foreign Minister Ruth Wanjiru, who had arrived in Oslo on"
        " Monday, held talks with the Swedish foreign minister on the sidelines of the forum.",
        [],
        [{"KEN", "SWE"}],
        id="had-arrived-talks-with-a-third-state",
    ),
    pytest.param(
        "GENEVA, May 15 - Australian Trade Minister Tom Reid, who arrived in Geneva last night,"
        " held talks with the Swiss economy minister on the margins of the session.",
        ["CHE"],
        [],
        id="talks-with-the-host-keep-the-visit",
    ),
    pytest.param(
        "GENEVA, May 15 - Australian Trade Minister Tom Reid arrived in Geneva last night and"
        " held talks with the Canadian trade minister on the margins of the session.",
        [],
        [{"AUS", "CAN"}],
        id="coordinated-arrival",
    ),
]


@pytest.mark.parametrize(("text", "visited", "meetings"), ROWS)
def test_arrival_clause(text: str, visited: list[str], meetings: list[set[str]]) -> None:
    """The visits' host states and the meetings' sides are those the row names."""
    document = extract_text(text, published=PUBLISHED)
    hosts = sorted(
        str(m.location.country)
        for m in document.meetings
        if m.kind.value == "visit" and m.location is not None
    )
    # the gathering on whose sidelines they meet may give a conference record of its own
    sides = [{str(c) for c in m.countries} for m in document.meetings if m.kind.value == "meeting"]
    assert hosts == visited, (text, hosts)
    assert sides == meetings, (text, sides)
