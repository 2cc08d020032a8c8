"""Talks named as the means a side wishes to settle an issue by are no meeting.

"preferred to settle the matter through direct talks" tells a wish about a way, no sitting;
talks that settled it, or that a decision fixes, are still read. Sentences written for this
test.
"""

from __future__ import annotations

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article

# (sentence, the meetings' sorted countries expected)
ROWS: list[tuple[str, list[list[str]]]] = [
    ("Chile's envoy said his government preferred to settle the row through direct talks.", []),
    ("Kenya wants to resolve the border dispute with Uganda by negotiation.", []),
    ("The minister said Peru would seek to settle the fishing issue through talks with Chile.", []),
    ("Ghana is ready to end the trade row with Togo through dialogue, its minister said.", []),
    ("Oman was prepared to address the matter via bilateral talks with Yemen.", []),
    # near misses: talks that took place, or a sitting told beside the wish
    (
        "Kenya and Uganda settled the border dispute through talks in Kampala on Monday.",
        [["KEN", "UGA"]],
    ),
    (
        "Chile's foreign minister held talks with his Peruvian counterpart in Lima on Monday.",
        [["CHL", "PER"]],
    ),
    (
        "Kenya wants to settle the row by talks, and its foreign minister will visit Uganda "
        "on Monday.",
        [["KEN", "UGA"]],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_talks_wished_as_a_means(text: str, expected: list[list[str]]) -> None:
    """A wished means gives no record; held talks and a visit beside it stay."""
    found = extract_meetings(Article(id="t", body=text, published="2024-05-10"))
    assert sorted(sorted(str(c) for c in m.countries) for m in found) == expected
