"""A crawled page reads the same whatever layout the crawler gave it (robust2).

Real crawls of the same outlets differ from one another in layout while the
page says the same: ``benchmarks/crawl_layout.py`` rewrites every crawled and
read page the ways they differ and counts the pages whose output changes.
Each named list below is one class of layout the reader misread, stated as a
rule about how crawlers write pages; its rows are pages written for this table
(never corpus text), each with a rewriting of the same page in that layout:
the reader must give both the same author, title, dateline and body, and the
extractors the same records. Near-miss rows show text that must keep its
reading (the rewriting there is a different text, and its reading is given).

- site-prompt: a site's prompt to follow or subscribe ("Follow us on
  Telegram", "Subscribe to our channel") between two paragraphs is junk, as it
  is in the trailer;
- line-per-paragraph: a crawl that drops the blank lines puts each paragraph on
  a line of its own; a line break after a sentence's end before a line that
  opens a paragraph, or before a list item, ends the paragraph (a text
  hard-wrapped mid-sentence stays one paragraph);
- headline-below: a headline moved from the header line to a line of its own
  under a timestamp, site junk or a bare header line is still the title when
  the text, or the site's timestamp line, follows it with no blank line.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.extract import extract
from diplonews.readers import parse_crawled_text
from diplonews.serialization import to_json

_DROPPED = ("evidence", "id", "article_id")  # offsets into the body, hashes of it
Reading = tuple[str | None, str | None, str | None, str]  # author, title, dateline, body

D = " date 2024-06-04"
STAMP = f"{D} 4 June 2024 13:30 (UTC+04:00)"
JUNK = f"{D} + ↺ − 16 px"
HEAD = "Kazakhstan, Kyrgyzstan sign water deal"
P1 = (
    "Kazakhstan and Kyrgyzstan signed an agreement on the joint use of the Chu and Talas rivers "
    "in Astana on Monday, the foreign ministry said."
)
P2 = "The document was signed by the two prime ministers after talks in the narrow format."
P3 = "Trade between the two countries reached $1.2 billion in 2023, up 9 percent on 2022."
P4 = "The next meeting of the intergovernmental council will be held in Bishkek in autumn."


def _reading(text: str) -> Reading:
    (article,) = parse_crawled_text(text)
    return article.author, article.title, article.dateline, article.body


def _records(text: str) -> dict[str, list[str]]:
    """The records of each kind, without evidence and ids (offsets into the body, its hash)."""
    (article,) = parse_crawled_text(text)
    result = json.loads(to_json(extract(article)))
    return {
        kind: sorted(
            json.dumps({k: v for k, v in record.items() if k not in _DROPPED})
            for record in result[kind]
        )
        for kind in ("meetings", "agreements", "trade_records")
    }


def blank(header: str, *paragraphs: str) -> str:
    """A page with a blank line after the header line and between paragraphs."""
    return "\n\n".join((header, *paragraphs)) + "\n"


def tight(header: str, *paragraphs: str) -> str:
    """The same page without blank lines: a paragraph a line."""
    return "\n".join((header, *paragraphs)) + "\n"


# class -> (page, the same page in another layout)
SAME: dict[str, tuple[str, str]] = {
    # --- site-prompt ----------------------------------------------------------------------
    "site-prompt-follow-telegram": (
        blank(f"{D} {HEAD}", P1, P2, P3),
        blank(f"{D} {HEAD}", P1, "Follow us on Telegram", P2, P3),
    ),
    "site-prompt-subscribe-channel": (
        blank(f"{D} {HEAD}", P1, P2, P3),
        blank(f"{D} {HEAD}", P1, P2, "Subscribe to our channel on YouTube", P3),
    ),
    "site-prompt-join-whatsapp": (
        blank(f"{D} By Aigerim Sadykova", P1, P2, P3),
        blank(f"{D} By Aigerim Sadykova", P1, "Join our WhatsApp channel for news", P2, P3),
    ),
    "site-prompt-find-us": (
        blank(f"{D} {HEAD}", P1, P2, P4),
        blank(f"{D} {HEAD}", P1, P2, "Find us on Facebook", P4),
    ),
    # --- line-per-paragraph ----------------------------------------------------------------
    "paragraph-a-line-headline-header": (
        blank(f"{D} {HEAD}", P1, P2, P3, P4),
        tight(f"{D} {HEAD}", P1, P2, P3, P4),
    ),
    "paragraph-a-line-quote-opens": (
        blank(f"{D} By Aigerim Sadykova", P1, '"We will double trade," the minister said.', P3),
        tight(f"{D} By Aigerim Sadykova", P1, '"We will double trade," the minister said.', P3),
    ),
    "paragraph-a-line-dateline": (
        blank(f"{D} ASTANA, June 4", "Trend:", P1, P2, P3),
        tight(f"{D} ASTANA, June 4", "Trend:", P1, P2, P3),
    ),
    "list-items-a-line-dash": (
        blank(
            f"{D} {HEAD}", P1, "Documents signed:",
            "— Agreement on the joint use of the Chu and Talas rivers;",
            "— Memorandum on cooperation in veterinary control;",
            "— Protocol on amendments to the road transport agreement.", P4,
        ),
        tight(
            f"{D} {HEAD}", P1, "Documents signed:",
            "— Agreement on the joint use of the Chu and Talas rivers;",
            "— Memorandum on cooperation in veterinary control;",
            "— Protocol on amendments to the road transport agreement.", P4,
        ),
    ),
    "list-items-a-line-bullet": (
        blank(
            f"{D} {HEAD}", P1, "The sides signed:",
            "• MoU on cooperation in education", "• Action Plan on trade for 2024-2026", P4,
        ),
        tight(
            f"{D} {HEAD}", P1, "The sides signed:",
            "• MoU on cooperation in education", "• Action Plan on trade for 2024-2026", P4,
        ),
    ),
    # --- headline-below ------------------------------------------------------------------
    "headline-below-stamp-text-next": (
        tight(f"{D} {HEAD}", P1, P2, P3),
        f"{STAMP}\n\n" + tight(HEAD, P1, P2, P3),
    ),
    "headline-below-junk-text-next": (
        tight(f"{D} {HEAD}", P1, P2, P3),
        f"{JUNK}\n\n" + tight(HEAD, P1, P2, P3),
    ),
    "headline-below-bare-header-text-next": (
        tight(f"{D} {HEAD}", P1, P2),
        f"{D}\n" + tight(HEAD, P1, P2),
    ),
    "headline-over-bulleted-stamp": (
        tight(f"{D} {HEAD}", "- 04 June, 2024", "- 13:30", P1, P2),
        f"{JUNK}\n\n" + tight(HEAD, "- 04 June, 2024", "- 13:30", P1, P2),
    ),
    "headline-over-section-stamp": (
        blank(f"{D} {HEAD}", "Politics | 4 June 2024 13:30", P1, P2),
        f"{STAMP}\n\n{HEAD}\n" + blank("Politics | 4 June 2024 13:30", P1, P2),
    ),
}  # fmt: skip

# Near misses: (page, its author, title and the start of its body).
NEAR: dict[str, tuple[str, str | None, str | None, str]] = {
    # prose that opens like a prompt stays in the body
    "near-follow-up-prose": (
        blank(f"{D} {HEAD}", P1, "Follow-up talks are planned in Bishkek.", P2),
        None, HEAD, P1 + "\n\nFollow-up talks are planned in Bishkek.",
    ),
    "near-subscribers-prose": (
        blank(f"{D} {HEAD}", P1, "Subscribers to the fund include Kazakhstan.", P2),
        None, HEAD, P1 + "\n\nSubscribers to the fund include Kazakhstan.",
    ),
    # a paragraph hard-wrapped mid-sentence stays one paragraph
    "near-hard-wrapped-paragraph": (
        f"{D} {HEAD}\n\nKazakhstan and Kyrgyzstan signed an agreement on the joint use of\n"
        "the Chu and Talas rivers in Astana on Monday, the foreign ministry said.\n\n"
        f"{P2}\n",
        None, HEAD, P1 + "\n\n" + P2,
    ),
    "near-wrapped-dash-in-lower-case": (
        f"{D} {HEAD}\n\nKazakhstan and Kyrgyzstan signed a water agreement on Monday\n"
        "- the first in a decade, the foreign ministry said.\n",
        None, HEAD,
        "Kazakhstan and Kyrgyzstan signed a water agreement on Monday - the first in a decade, "
        "the foreign ministry said.",
    ),
    # a line going on in lower case below is a wrapped first sentence, not a headline
    "near-wrapped-lead-below-stamp": (
        f"{STAMP}\n\nPresident Tokayev received the Kyrgyz Prime Minister\n"
        "in the Akorda on Monday, the press service said.\nThe talks focused on water.\n",
        None, None,
        "President Tokayev received the Kyrgyz Prime Minister in the Akorda on Monday, the press "
        "service said.",
    ),
    # a line glued to the text on a page with blank lines below is the text's first line
    "near-glued-line-page-with-blank-lines": (
        f"{STAMP}\n\nTalks on water sharing continue\nin Astana this week.\n\n{P2}\n",
        None, None, "Talks on water sharing continue in Astana this week.\n\n" + P2,
    ),
    # a personal name glued to the text below a bare header is its writer, not a headline
    "near-name-glued-below-stamp": (
        f"{STAMP}\n\nAigerim Sadykova\n{P1}\n{P2}\n", "Aigerim Sadykova", None, P1,
    ),
}  # fmt: skip


@pytest.mark.parametrize(("page", "variant"), SAME.values(), ids=SAME.keys())
def test_layout_keeps_the_reading(page: str, variant: str) -> None:
    """The page in another layout gives the same author, title, dateline and body."""
    assert _reading(variant) == _reading(page)


@pytest.mark.parametrize(("page", "variant"), SAME.values(), ids=SAME.keys())
def test_layout_keeps_the_records(page: str, variant: str) -> None:
    """The page in another layout gives the same records."""
    assert _records(variant) == _records(page)


@pytest.mark.parametrize(("page", "author", "title", "body"), NEAR.values(), ids=NEAR.keys())
def test_near_misses_keep_their_reading(
    page: str, author: str | None, title: str | None, body: str
) -> None:
    """Prose like a prompt, wrapped text and lines glued to text read as before."""
    got_author, got_title, _, got_body = _reading(page)
    assert (got_author, got_title) == (author, title)
    assert got_body.startswith(body)


_SENTENCE = st.sampled_from(
    [P1, P2, P3, P4,
     "Follow-up consultations were held in Tashkent.",
     '"We agreed on a road map," the minister said.',
     "2023 was a record year for bilateral trade.",
     "(The figures exclude re-exports.)"]
)  # fmt: skip
_PROMPT = st.sampled_from(
    ["Follow us on Telegram", "Subscribe to our YouTube channel", "Join our WhatsApp channel"]
)


@given(st.lists(_SENTENCE, min_size=1, max_size=6), st.data())
def test_blank_lines_and_prompts_never_change_the_body(
    paragraphs: list[str], data: st.DataObject
) -> None:
    """A page of prose paragraphs reads the same without blank lines or with prompts between."""
    expected = _reading(blank(f"{D} {HEAD}", *paragraphs))
    assert _reading(tight(f"{D} {HEAD}", *paragraphs)) == expected
    at = data.draw(st.integers(0, len(paragraphs)))
    prompted = [*paragraphs[:at], data.draw(_PROMPT), *paragraphs[at:]]
    assert _reading(blank(f"{D} {HEAD}", *prompted)) == expected
