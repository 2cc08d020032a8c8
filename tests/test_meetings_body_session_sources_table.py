"""A body's session: the delegate its sentence quotes sat in it; another day's lead is apart.

"Members of the X met in London on Sunday and agreed to ..., a Ghanaian delegate said": the
delegate sat in the session, so Ghana is a side beside the venue's state. A lead told on the
page's day ("the board opened a session here today") is no mention of a named body's sitting
told on another day. Sentences written for this test.
"""

from __future__ import annotations

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article

SITTING = (
    "Members of the Cocoa Producers' Alliance met in London on Sunday and agreed to seek a "
    "higher price"
)
# (text, (organisation, sorted countries, date) of each meeting)
ROWS: list[tuple[str, list[tuple[str | None, list[str], str]]]] = [
    (
        SITTING + ", a Ghanaian delegate said.",
        [("Cocoa Producers' Alliance", ["GBR", "GHA"], "1987-05-31")],
    ),
    (
        SITTING + ", Ivorian delegates told reporters.",
        [("Cocoa Producers' Alliance", ["CIV", "GBR"], "1987-05-31")],
    ),
    # near misses: a source that is no delegate, a delegate quoted in another sentence
    (
        SITTING + ", Ghanaian newspapers said.",
        [("Cocoa Producers' Alliance", ["GBR"], "1987-05-31")],
    ),
    (
        SITTING + ". A Ghanaian delegate said later the price was too low.",
        [("Cocoa Producers' Alliance", ["GBR"], "1987-05-31")],
    ),
    # a lead of the page's day apart from the named body's sitting on Sunday
    (
        "LAGOS, June 2 - The cocoa council's board opened a session here today. Members of "
        "the Cocoa Producers' Alliance met separately in Lagos on Sunday and agreed to seek a "
        "higher price, a Ghanaian delegate said.",
        [("Cocoa Producers' Alliance", ["GHA", "NGA"], "1987-05-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_body_session_sources(text: str, expected: list[tuple[str | None, list[str], str]]) -> None:
    """Each row gives these meetings: organisation, sides and day."""
    found = extract_meetings(Article(id="t", body=text, published="1987-06-02"))
    got = [(m.organization, sorted(str(c) for c in m.countries), str(m.date)) for m in found]
    assert got == expected
