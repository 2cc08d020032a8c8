"""Meeting forms of the error classes pooled over every released set (three sets or more).

A told table (``meeting_rows`` says what a row is and when it passes); rows
that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from meeting_rows import Expected, assert_told, fits_told, pairs, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, Tuesday February 11

# --- the next session of a format, told after a plan of other sides --------------------------
# "A and B will meet in May. A, B and C met in P on Monday. The next meeting of the three will be
# held in Q": the session after the one just told is one more event of that format's sides, even
# when the story told a plan of two of them before; that plan is no session of the format.
_row(
    "next-session-after-another-plan",
    D,
    "Portugal's and Spain's foreign ministers will meet in Madrid in April. The energy "
    "ministers of Portugal, Spain and Morocco met in Lisbon on Monday. The next trilateral "
    "meeting of the energy ministers will be held in Rabat.",
    ("meeting", "planned", ("ESP", "PRT"), None, "2025-04"),
    ("meeting", "held", ("ESP", "MAR", "PRT"), None, "2025-02-10"),
    ("meeting", "planned", ("ESP", "MAR", "PRT"), None, None),
)
_row(
    "next-session-after-another-plan",
    D,
    "Officials of Peru and Chile will hold talks in Lima next week. Peru, Chile and Ecuador "
    "held a trilateral meeting on fisheries in Quito on Tuesday. The next meeting in this "
    "format will be hosted by Santiago.",
    ("meeting", "planned", ("CHL", "PER"), None, None),
    ("meeting", "held", ("CHL", "ECU", "PER"), None, "2025-02-11"),
    ("meeting", "planned", ("CHL", "ECU", "PER"), None, None),
)
_row(
    "next-session-after-another-plan",
    D,
    "Nepal's foreign secretary will hold talks with her Indian counterpart in Delhi in March. "
    "On Wednesday, senior officials of Nepal, India and Bangladesh met in Kathmandu on a power "
    "grid. The next trilateral meeting of the officials will be held in Dhaka, the ministry said.",
    ("meeting", "planned", ("IND", "NPL"), None, "2025-03"),
    ("meeting", "held", ("BGD", "IND", "NPL"), None, "2025-02-12"),
    ("meeting", "planned", ("BGD", "IND", "NPL"), None, None),
)
_row(
    "next-session-after-another-plan",
    D,
    "Ghana's and Togo's foreign ministers will hold talks in Accra in March. On Tuesday the "
    "defence ministers of Ghana, Togo and Benin met in Lome. The next meeting of the three "
    "defence ministers will take place in Cotonou, the statement said.",
    ("meeting", "planned", ("GHA", "TGO"), None, "2025-03"),
    ("meeting", "held", ("BEN", "GHA", "TGO"), None, "2025-02-11"),
    ("meeting", "planned", ("BEN", "GHA", "TGO"), None, None),
)
# near misses: "their next meeting" after a plan of the same sides is that plan; "the upcoming
# visit" is the visit told; a plan of the same sides told as "further talks" stays one record
_row(
    "next-session-after-another-plan",
    D,
    "Kenyan and Tanzanian trade ministers met in Arusha on Monday and agreed to meet again in "
    "Nairobi in April. Their next meeting will also review the border market scheme.",
    ("meeting", "held", ("KEN", "TZA"), None, "2025-02-10"),
    ("meeting", "planned", ("KEN", "TZA"), None, "2025-04"),
)
_row(
    "next-session-after-another-plan",
    D,
    "Chile's president will visit Peru in June, the ministry said. The upcoming visit is "
    "expected to deepen trade ties.",
    ("visit", "planned", ("CHL", "PER"), None, "2025-06"),
)
_row(
    "next-session-after-another-plan",
    D,
    "The Estonian and Latvian ministers met in Riga on Monday and agreed to hold further talks "
    "in Tallinn in March. Their next meeting will also take up rail links.",
    ("meeting", "held", ("EST", "LVA"), None, "2025-02-10"),
    ("meeting", "planned", ("EST", "LVA"), None, "2025-03"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_pooled(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)


# --- talks with a body, one side told by a pronoun or an office -------------------------------
# "He said the plan would wait for talks with the IMF" under a headline naming a state, or "Deputy
# Chief of Staff (DCOS) X met yesterday with the IAEA chief" in a government's own readout: the
# sentence names no state, and the side is the story's state (the first state its headline names,
# else the state the outlet speaks for). (headline, outlet, body, the meetings it tells); the
# stories are published on 2025-05-09, a Friday.
BODY_TALKS: list[tuple[str, str, str, list[Expected]]] = [
    (
        "PERU TO KEEP FUEL SUBSIDY, SAYS MINISTER",
        "Reuters",
        "LIMA, May 9 - Peru will keep its fuel subsidy until June at least, the energy minister "
        "said. He said the scheme would be reviewed after current talks with the International "
        "Monetary Fund.",
        [("meeting", "held", ("PER",), "IMF", None)],
    ),
    (
        "Chile warns Argentine wine exporters over labels",
        "Reuters",
        'Chile may bar wine whose labels break its rules, a trade official said. "We are holding '
        'intensive discussions with the European Commission on the rules," she added.',
        [("meeting", "held", ("CHL",), "EU", None)],
    ),
    (
        "Kenya holds budget talks",
        "Reuters",
        "NAIROBI, May 9 - The finance minister held talks with the World Bank on Tuesday about a "
        "road loan.",
        [("meeting", "held", ("KEN",), "World Bank", "2025-05-06")],
    ),
    (
        "Readout of a meeting with the IAEA chief",
        "The White House (Briefing Room)",
        "Deputy Chief of Staff (DCOS) Ana Ruiz met yesterday with the International Atomic Energy "
        "Agency (IAEA) Director General. They discussed reactor safety.",
        [("meeting", "held", ("USA",), "IAEA", "2025-05-08")],
    ),
    # near misses: a body's own session has no "with" and stays the body's (its conference:
    # grid26's organ as subject); a state named in the sentence is the side, not the headline's
    (
        "PERU TO KEEP FUEL SUBSIDY, SAYS MINISTER",
        "Reuters",
        "LIMA, May 9 - The subsidy will stay, the minister said. The IMF's executive board held "
        "its first meeting on the loan in March.",
        [("conference", "held", (), "IMF", "2025-03")],
    ),
    (
        "PERU TO KEEP FUEL SUBSIDY, SAYS MINISTER",
        "Reuters",
        "LIMA, May 9 - The subsidy will stay, the minister said. He said talks with the World Bank "
        "on Bolivia's debt had stalled.",
        [("meeting", "held", ("BOL",), "World Bank", None)],
    ),
]


@pytest.mark.parametrize(
    ("title", "outlet", "body", "expected"),
    [pytest.param(*row, id=f"body-talks-{i}") for i, row in enumerate(BODY_TALKS)],
)
def test_talks_with_a_body_take_the_story_state(
    title: str, outlet: str, body: str, expected: list[Expected]
) -> None:
    """Talks with a body, no state in their sentence, take the story's state as their side."""
    article = Article(id="t", title=title, body=body, published=dt.date(2025, 5, 9), outlet=outlet)
    got = list(extract_meetings(article))
    shown = [(m.kind.value, [c.alpha_3 for c in m.countries], m.organization, m.date) for m in got]
    assert pairs(got, expected, fits_told), shown
    for meeting, want in zip(got, expected, strict=True):
        assert meeting.organization == want[3], shown
