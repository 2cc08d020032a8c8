"""Meeting dates of the error classes pooled over every released set.

A told table (``meeting_rows`` says what a row is and when it passes); rows
that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews import extract_text
from diplonews.models import MeetingKind
from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-14"  # a Friday: Tuesday is February 11, Wednesday 12, Thursday 13

# --- a step of the story's day after a background arrival ---------------------------------------
# "A and B on Thursday held talks ... B's minister arrived on Wednesday on a two-day visit. Later,
# the two addressed a forum": a step told "Later," / "Earlier," / "The same day" with no day of its
# own is a step of the story's day, the day of the event the story leads with; the arrival told
# after it is background (the visit's first day), never the day its steps take.
_row(
    "step-of-the-lead-day",
    D,
    "The prime ministers of Spain and Portugal co-chaired the 36th Iberian summit in Porto on "
    "Thursday. The Spanish prime minister arrived in Porto on Wednesday evening. Later, he was "
    "received by the President of Portugal.",
    ("conference", "held", ("ESP", "PRT"), None, "2025-02-13"),
    ("visit", "held", ("ESP", "PRT"), None, "2025-02-12"),
    ("meeting", "held", ("ESP", "PRT"), None, "2025-02-13"),
)
_row(
    "step-of-the-lead-day",
    D,
    "Ghana's foreign minister on Thursday held talks in Accra with his Togolese counterpart. The "
    "Togolese minister arrived in Ghana on Tuesday on a three-day visit. The same day, the two "
    "ministers attended the Ghana-Togo Energy Forum.",
    ("meeting", "held", ("GHA", "TGO"), None, "2025-02-13"),
    ("visit", "held", ("GHA", "TGO"), None, "2025-02-11"),
    ("conference", "held", ("GHA", "TGO"), None, "2025-02-13"),
)
_row(
    "step-of-the-lead-day",
    D,
    "The foreign ministers of Chile and Argentina met in Santiago on Thursday to review the "
    "mining treaty. Argentina's minister arrived in Chile on Tuesday for a three-day working "
    "visit. On the same day, the two ministers attended the Chile-Argentina Mining Forum.",
    ("meeting", "held", ("ARG", "CHL"), None, "2025-02-13"),
    ("visit", "held", ("ARG", "CHL"), None, "2025-02-11"),
    ("conference", "held", ("ARG", "CHL"), None, "2025-02-13"),
)
_row(
    "step-of-the-lead-day",
    D,
    "Chile's president on Thursday received the Peruvian foreign minister in Santiago. The "
    "minister came to Chile on Wednesday for a working visit. Later, the Peruvian minister held "
    "talks with his Chilean counterpart.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-13"),
    ("visit", "held", ("CHL", "PER"), None, "2025-02-12"),
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-13"),
)
_row(
    "step-of-the-lead-day",
    D,
    "Norway and Iceland on Thursday signed four agreements on fisheries and energy in Oslo. "
    "The Icelandic prime minister arrived in Oslo on Wednesday on a two-day official visit. "
    "Earlier, the two prime ministers held talks in a one-on-one format, followed by "
    "delegation-level talks.",
    ("visit", "held", ("ISL", "NOR"), None, "2025-02-12"),
    ("meeting", "held", ("ISL", "NOR"), None, "2025-02-13"),
    known="a lead that tells no meeting (a signing) gives its day to no record, so the step takes "
    "the arrival's day; seeding the steps' day from the lead cost a pairing on a read page",
)
# near misses: the arrival is the story's first day told (no later lead day), a step told after
# a day of its own, and a time the writer narrates ("At that time", "The same day") in the past
_row(
    "step-of-the-lead-day",
    D,
    "The Icelandic prime minister arrived in Oslo on Wednesday on a two-day official visit. "
    "Later, he held talks with the Norwegian prime minister.",
    ("visit", "held", ("ISL", "NOR"), None, "2025-02-12"),
    ("meeting", "held", ("ISL", "NOR"), None, "2025-02-12"),
)
_row(
    "step-of-the-lead-day",
    D,
    "The Icelandic prime minister arrived in Oslo on Wednesday on a two-day official visit. "
    "On Thursday he held talks with his Norwegian counterpart. Later, he met the Speaker of the "
    "Norwegian parliament.",
    ("visit", "held", ("ISL", "NOR"), None, "2025-02-12"),
    ("meeting", "held", ("ISL", "NOR"), None, "2025-02-13"),
    ("meeting", "held", ("ISL", "NOR"), None, "2025-02-13"),
)
_row(
    "step-of-the-lead-day",
    D,
    "In October 2023, the Armenian prime minister travelled to Tbilisi for a regional forum. "
    "At that time, the prime ministers of Armenia and Georgia also held talks.",
    ("conference", "held", ("ARM", "GEO"), None, "2023-10"),
    ("meeting", "held", ("ARM", "GEO"), None, "2023-10"),
)
_row(
    "step-of-the-lead-day",
    D,
    "In 2019, the presidents of Chile and Peru met in Lima. The same day, the two foreign "
    "ministers signed a fisheries deal and held talks.",
    ("meeting", "held", ("CHL", "PER"), None, "2019"),
)

# --- a step after a host's recollection ---------------------------------------------------------
# "X has received Y's minister. X recalled his visit to P in March 2023 ... The same day the
# minister met Z": the time a speaker recalls is no step of the story, so the step told after it
# is of the story's day (told by no date here: left open), never of the recalled month.
_row(
    "step-after-a-recollection",
    D,
    "President of Kenya Daniel Mwangi has received a delegation led by Uganda's Minister of "
    "State for Regional Affairs Grace Akello. The president recalled his state visit to Kampala "
    "in May 2023 and said trade had doubled since then. On the same day, the Ugandan minister "
    "met Kenya's Minister of Energy Peter Otieno.",
    ("meeting", "held", ("KEN", "UGA"), None, None),
    ("visit", "held", ("KEN", "UGA"), None, "2023-05"),
    ("meeting", "held", ("KEN", "UGA"), None, None),
)
_row(
    "step-after-a-recollection",
    D,
    "President of Chile Ana Torres has received a delegation headed by Bolivia's Deputy Foreign "
    "Minister Luis Quispe. The head of state recalled her visit to La Paz in August 2023, noting "
    "that the two governments had held four rounds of consultations since then. The same day the "
    "Bolivian guest met Chile's Minister of Mining Pablo Rojas.",
    ("meeting", "held", ("BOL", "CHL"), None, None),
    ("visit", "held", ("BOL", "CHL"), None, "2023-08"),
    ("meeting", "held", ("BOL", "CHL"), None, None),
)
_row(
    "step-after-a-recollection",
    D,
    "President of Ghana John Mensah has received a delegation led by Senegal's Minister of State "
    "for Foreign Affairs Awa Ndiaye. The head of state recalled his official visit to Dakar in "
    "March 2023 and noted that the joint commission had met twice since then. The same day the "
    "Senegalese minister met Ghana's Minister of Finance Kofi Boateng.",
    ("meeting", "held", ("GHA", "SEN"), None, None),
    ("visit", "held", ("GHA", "SEN"), None, "2023-03"),
    ("meeting", "held", ("GHA", "SEN"), None, None),
    known="the reception is folded into the visit the host recalls (three records told, two read)",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_pooled_dates(
    cls: str, day: str, text: str, expected: list[Expected]
) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)


# (publication day, paragraph, the month a host recalls): no talks take that month's date
RECALLED = [
    pytest.param(row[1], row[2], month, id=f"step-after-a-recollection-{i}")
    for i, (row, month) in enumerate(
        zip(
            [r for r in TABLE if r[0] == "step-after-a-recollection"],
            ["2023-05", "2023-08", "2023-03"],
            strict=True,
        )
    )
]


@pytest.mark.parametrize(("day", "text", "month"), RECALLED)
def test_no_talks_take_the_recalled_month(day: str, text: str, month: str) -> None:
    """A step told after a host's recollection never takes the month the host recalls."""
    got = extract_text(text, published=dt.date.fromisoformat(day)).meetings
    talks = [m for m in got if m.kind is MeetingKind.MEETING]
    assert talks
    assert all(str(m.date) != month for m in talks), [(m.kind.value, m.date) for m in got]
