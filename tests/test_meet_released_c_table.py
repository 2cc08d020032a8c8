"""Meeting forms of the error classes read on the released blind set c1-c30.

Every row is an invented paragraph (a publication day, one to three sentences)
and the meetings it tells under spec/EXTRACTION.md section 2. Each class is a
rule about how news writes a meeting, stated in the comment above its rows; the
rows are written for this table (no sentence, name or figure of any page or
article).

A row passes when the records pair one to one with the expected ones: same kind
and status, the sides overlapping as the scorer pairs them (Jaccard at least
0.5, or both empty with the same organisation), the expected organisation when
the row gives one, and the expected date when the row gives one (``None``
leaves the date open).
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params

# (class, publication day, paragraph, the meetings it tells)
TABLE: list[tuple[str, str, str, list[Expected]]] = []


def _row(cls: str, day: str, text: str, *records: Expected) -> None:
    TABLE.append((cls, day, text, list(records)))


D = "2024-09-12"  # a Thursday: Tuesday is September 10

# --- a session agreed on for later, told in reported speech: "would be convened" ----------
# "The sides agreed that the 9th meeting of the joint committee would be convened in Lima":
# the session is a meeting to come, as with "would be held"; the talks that agreed on it
# stay a meeting of their own.
_row(
    "reported-plan-convened",
    D,
    "Chilean Foreign Minister Ana Ruiz held talks with her Peruvian counterpart Luis Soto in "
    "Santiago on Tuesday. The two sides agreed that the 9th meeting of the Joint Economic "
    "Committee would be convened in Lima before the end of the year.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-09-10"),
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "reported-plan-convened",
    D,
    "Estonian Prime Minister Mari Tamm received the Finnish trade minister in Tallinn on "
    "Tuesday. They said the fourth session of the intergovernmental commission would be "
    "convened in Helsinki in March.",
    ("meeting", "held", ("EST", "FIN"), None, "2024-09-10"),
    ("meeting", "planned", ("EST", "FIN"), None, "2025-03"),
)

# --- a dialogue named by those who hold it: "the foreign ministers' dialogue" -------------
# A possessive plural before "dialogue" is one of the words naming it, as "strategic" is:
# "agreed to hold the next trilateral foreign ministers' dialogue in X" is a meeting to come.
_row(
    "possessive-dialogue",
    D,
    "Chilean Foreign Minister Ana Ruiz held talks with her Peruvian counterpart Luis Soto in "
    "Santiago on Tuesday. They also discussed the situation in Bolivia and agreed to hold the "
    "next trilateral foreign ministers' dialogue among Chile, Peru and Bolivia in La Paz.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-09-10"),
    ("meeting", "planned", ("BOL", "CHL", "PER"), None, None),
)
_row(
    "possessive-dialogue",
    D,
    "Japan, South Korea and Australia will hold their first defence ministers' dialogue in "
    "Canberra in November.",
    ("meeting", "planned", ("AUS", "JPN", "KOR"), None, "2024-11"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
