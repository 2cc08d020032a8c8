"""Meeting forms of the error classes read on a released blind set (issue 9).

A told table (``meeting_rows`` says what a row is and when it passes); rows
that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2024-05-15"  # a Wednesday: Friday is May 17, Monday May 20

# --- the host of a gathering to come, named with its role between commas ----------------
# "the summit, which A, as the current chair, is to host in B in October": A hosts (a side),
# and the clause's place and date are the summit's.
_row(
    "host-apposition",
    D,
    "The envoy briefed the minister on preparations for the 9th ECO Summit, which Turkey, "
    "as the current chair, is to host in Istanbul in October 2025.",
    ("conference", "planned", ("TUR",), "ECO", "2025-10"),
)
_row(
    "host-apposition",
    D,
    "They reviewed the agenda of the SCO summit, which Kyrgyzstan, as this year's chair, "
    "will host in Bishkek in July.",
    ("conference", "planned", ("KGZ",), "SCO", "2024-07"),
)
_row(
    "host-apposition",
    D,
    "They discussed the upcoming SCO summit, which Kyrgyzstan will host in Bishkek in June.",
    ("conference", "planned", ("KGZ",), "SCO", "2024-06"),
)

# --- a reception to come: "will welcome X", "is due to be received by Y" ----------------
# A guest to be welcomed or received by a host is a planned meeting (talks announced for a
# visit under way stay that visit, as tests/test_meeting_expressions_table.py has it).
_row(
    "reception-to-come",
    D,
    "On May 20, President Alvarez will welcome Chilean President Rojas to the Casa Rosada.",
    ("meeting", "planned", ("ARG", "CHL"), None, "2024-05-20"),
)
_row(
    "reception-to-come",
    D,
    "Prime Minister Sato will welcome the Vietnamese Prime Minister in Tokyo on Monday.",
    ("meeting", "planned", ("JPN", "VNM"), None, "2024-05-20"),
)
_row(
    "reception-to-come",
    D,
    "The Mongolian Prime Minister will be received by Japanese Emperor on Thursday.",
    ("meeting", "planned", ("JPN", "MNG"), None, "2024-05-16"),
)
_row(
    "reception-to-come",
    D,
    "Chilean Foreign Minister Ana Rojas arrived in Lima on Monday. "
    "She will hold talks with the Peruvian president on Wednesday.",
    ("visit", "held", ("CHL", "PER"), None, "2024-05-13"),
)
_row(
    "reception-to-come",
    D,
    "Next Monday, King Harald will host Finnish President Niinisto in Oslo.",
    ("meeting", "planned", ("FIN", "NOR"), None, "2024-05-20"),
)
_row(
    "reception-to-come",
    D,
    "The Kenyan ministry said it will welcome proposals from investors in the energy sector.",
)
_row(
    "reception-to-come",
    D,
    "The Ghanaian government will welcome any initiative that brings peace to the region.",
)

# --- talks recalled in a clause of their own: "the talks the presidents held in A in May" --
# Talks told with a subject and "held"/"had" of their own are an event (dated by that
# clause), even inside a sentence that opens on the story's talks ("During the meeting");
# "the talks" with a date and no such clause stay a process ("a deadline for the talks").
_row(
    "talks-held-clause",
    D,
    "The Peruvian Foreign Minister on Tuesday received the new Ambassador of Chile. "
    "During the conversation, the two sides noted that Peruvian-Chilean relations gained "
    "momentum after the talks the two presidents held in Lima in May last year.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-05-14"),
    ("meeting", "held", ("CHL", "PER"), None, "2023-05"),
)
_row(
    "talks-held-clause",
    D,
    "Kenya and Tanzania held talks on Monday. During the meeting, the two sides recalled the "
    "talks the foreign ministers held in Nairobi in March.",
    ("meeting", "held", ("KEN", "TZA"), None, "2024-05-13"),
    ("meeting", "held", ("KEN", "TZA"), None, "2024-03"),
)
_row(
    "talks-held-clause",
    D,
    "Kenya and Tanzania held talks on Monday. During the meeting, the two sides recalled the "
    "talks their foreign ministers had in Nairobi in March.",
    ("meeting", "held", ("KEN", "TZA"), None, "2024-05-13"),
    ("meeting", "held", ("KEN", "TZA"), None, "2024-03"),
)
_row(
    "talks-held-clause",
    D,
    "Relations between Chile and Peru have grown since the talks that the two presidents held "
    "in Lima in March last year.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-03"),
)
_row(
    "talks-held-clause",
    D,
    "Chilean Foreign Minister Ana Rojas is on an official visit to Lima. The visit comes two "
    "months after the two countries' presidents held talks in Lima in March.",
    ("visit", "held", ("CHL", "PER"), None, None),
    ("meeting", "held", ("CHL", "PER"), None, "2024-03"),
)
_row(
    "talks-held-clause",
    D,
    "Nepalese Prime Minister Hari Adhikari is in Dhaka on a three-day visit. The trip follows "
    "the talks the two prime ministers had in Kathmandu in February.",
    ("visit", "held", ("BGD", "NPL"), None, None),
    ("meeting", "held", ("BGD", "NPL"), None, "2024-02"),
)
_row(
    "talks-held-clause",
    D,
    "Nepalese Prime Minister Hari Adhikari is in Dhaka on a three-day visit. The trip comes "
    "three months after the two prime ministers held talks in Dhaka in February.",
    ("visit", "held", ("BGD", "NPL"), None, None),
    ("meeting", "held", ("BGD", "NPL"), None, "2024-02"),
)
_row(
    "talks-held-clause",
    D,
    "Mongolia and Kazakhstan held talks in Astana on Monday. During the talks, the sides "
    "reviewed the roadmap adopted in 2021.",
    ("meeting", "held", ("KAZ", "MNG"), None, "2024-05-13"),
)

# --- one "also", one event: "will also co-chair the first meeting of the Council" ----------
# The chairing verb and the session it chairs are two words of one event, however the
# clause's "also" marks it as one more step of the story.
_row(
    "also-co-chair",
    D,
    "The President of Chile will pay a state visit to Lima on May 27-28. During the visit, the "
    "heads of state will also co-chair the first meeting of the Chile-Peru Supreme Council.",
    ("visit", "planned", ("CHL", "PER"), None, "2024-05-27"),
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "also-co-chair",
    D,
    "Kenyan and Ugandan ministers met in Kampala on Monday. They also co-chaired the third "
    "session of the Kenya-Uganda Joint Permanent Commission.",
    ("meeting", "held", ("KEN", "UGA"), None, "2024-05-13"),
    ("meeting", "held", ("KEN", "UGA"), None, None),
)
_row(
    "also-co-chair",
    D,
    "Kazakh President Daniyar Omarov received the Latvian Foreign Minister on Monday. "
    "He also received the Indonesian Minister of Trade.",
    ("meeting", "held", ("KAZ", "LVA"), None, "2024-05-13"),
    ("meeting", "held", ("IDN", "KAZ"), None, None),
)

# --- a back-reference dated by another event of its sentence ------------------------------
# "The groundwork for the visit was laid at the session held in March": the date is the
# session's (told first in that sentence), so "the visit" names the visit told before and
# is no earlier visit of its own; a session named alone with its date still is one.
_row(
    "date-of-another-event",
    D,
    "The President of Chile will pay a state visit to Lima on May 27-28. The groundwork for "
    "the visit was laid at the 4th session of the intergovernmental commission, held in "
    "Santiago in March.",
    ("visit", "planned", ("CHL", "PER"), None, "2024-05-27"),
    ("meeting", "held", ("CHL", "PER"), None, "2024-03"),
)
_row(
    "date-of-another-event",
    D,
    "Ghanaian President Kwame Boateng will pay an official visit to Abuja next month. "
    "Preparations for the visit were reviewed at the joint commission's session, held in "
    "Accra on May 6.",
    ("visit", "planned", ("GHA", "NGA"), None, None),
    ("meeting", "held", ("GHA", "NGA"), None, "2024-05-06"),
)
_row(
    "date-of-another-event",
    D,
    "Peru and Chile held talks in Lima on Monday. The first meeting was held in Santiago in "
    "March 2019.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-05-13"),
    ("meeting", "held", ("CHL", "PER"), None, "2019-03"),
)

# --- a bilateral body named by the acronym the story gave it -------------------------------
# "the Joint Permanent Commission (JPC)" ... "before the next JPC session": the next session
# of that body, a planned meeting of its sides; an acronym the story never gave a body is
# not read so.
_row(
    "acronym-session",
    D,
    "Kenya and Tanzania held the 4th session of their Joint Permanent Commission (JPC) in "
    "Arusha on Monday. The sides agreed to review progress before the next JPC session, due "
    "in Nairobi.",
    ("meeting", "held", ("KEN", "TZA"), None, "2024-05-13"),
    ("meeting", "planned", ("KEN", "TZA"), None, None),
)
_row(
    "acronym-session",
    D,
    "Ghana and Togo held the 3rd meeting of their Joint Commission for Cooperation (JCC) in "
    "Lome on Monday. Officials will prepare the next JCC session, set for Accra.",
    ("meeting", "held", ("GHA", "TGO"), None, "2024-05-13"),
    ("meeting", "planned", ("GHA", "TGO"), None, None),
)
_row(
    "acronym-session",
    D,
    "Kenya and Tanzania held talks in Nairobi on Monday. Officials will prepare the next JPC "
    "session.",
    ("meeting", "held", ("KEN", "TZA"), None, "2024-05-13"),
)
_row(
    "acronym-session",
    D,
    "Kenya and Tanzania held talks in Nairobi on Monday. Both will attend the next OPEC "
    "meeting in Vienna.",
    ("meeting", "held", ("KEN", "TZA"), None, "2024-05-13"),
    # "Both will attend": the two states of the story's talks take part in it (spec section 2)
    ("conference", "planned", ("AUT", "KEN", "TZA"), "OPEC", None),
)

# --- a session of an organisation's parliamentary assembly ------------------------------
# "the autumn session of the CIS Inter-Parliamentary Assembly, to be held in Minsk": a
# session of an intergovernmental body's organ, a conference of that body hosted where it
# is held.
_row(
    "assembly-session",
    D,
    "Migration will be raised at the autumn session of the Inter-Parliamentary Assembly of "
    "the CIS, to be held in Minsk in November.",
    ("conference", "planned", ("BLR",), "CIS Inter-Parliamentary Assembly", "2024-11"),
)
_row(
    "assembly-session",
    D,
    "The summer session of the Parliamentary Assembly of the OSCE will be held in Vienna in July.",
    ("conference", "planned", ("AUT",), "OSCE Parliamentary Assembly", "2024-07"),
)
_row(
    "assembly-session",
    D,
    "The spring session of the CSTO Parliamentary Assembly will be held in Yerevan in June.",
    ("conference", "planned", ("ARM",), "CSTO Parliamentary Assembly", "2024-06"),
)
_row(
    "assembly-session",
    D,
    "The Asian Parliamentary Assembly held its plenary session in Baku on Monday.",
    ("conference", "held", ("AZE",), "Asian Parliamentary Assembly", "2024-05-13"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
