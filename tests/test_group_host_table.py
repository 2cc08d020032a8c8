"""A group that hosts a gathering is its organization, never one of its sides.

"The summit that ASEAN hosted", "the meeting that the Gulf Cooperation Council will host":
the host clause names a group, not a state. The meetings extractor once added the group's
code to the sides, where it either crashed the whole article (``UnknownCountryError`` for
"ASEAN", "GCC") or, for a two-letter code, became a wrong state ("AU", the African Union,
read as Australia's alpha-2 code). The sentences are written for this test.
"""

from __future__ import annotations

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article

# (sentence, the sides, the organization)
ROWS: list[tuple[str, set[str], str | None]] = [
    (
        "Japan's foreign minister will attend the meeting of foreign ministers that ASEAN "
        "will host in Vientiane in July.",
        {"JPN"},
        "ASEAN",
    ),
    (
        "U.S. President Joe Biden attended the summit that the African Union hosted in "
        "Addis Ababa on Thursday.",
        {"ETH", "USA"},
        "AU",
    ),
    (
        "U.S. President Joe Biden attended the summit that ASEAN hosted in Jakarta on Thursday.",
        {"IDN", "USA"},
        "ASEAN",
    ),
    (
        "Japan's prime minister will attend a summit hosted by ASEAN in Vientiane next month.",
        {"JPN", "LAO"},
        "ASEAN",
    ),
    (  # a state that hosts stays a side, as before
        "Japan's foreign minister will attend the meeting of foreign ministers that Laos will "
        "host in Vientiane in July.",
        {"JPN", "LAO"},
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "sides", "organization"), ROWS)
def test_a_hosting_group_is_the_organization(
    sentence: str, sides: set[str], organization: str | None
) -> None:
    """The host clause's group names the body; the sides stay states."""
    article = Article(id="t", body=sentence, published="2024-05-10")
    (meeting,) = extract_meetings(article)
    assert {c.alpha_3 for c in meeting.countries} == sides
    assert meeting.organization == organization
