"""Records that stay the same when a story's dashes or line breaks are typeset another way.

Measured with ``benchmarks/typography_invariance.py`` over every visible set's texts (dev
and crawled, written W1-W1800, corpus blind 11-18, 20-26, 28 and 29, read pages): a text
whose spaced hyphens and en dashes became em dashes (variant ``em_dashes``: 18 articles
changed), whose asides were set off by unspaced em dashes (``unspaced_em_asides``: 13) or
whose paragraphs were hard-wrapped (``hard_wrap``: 616) gave other records. A table of
written stories, each with its variant and its plain form: the records of the two must be
the same (on what the scorer reads: kinds, statuses, sides, dates, places, trade keys).
Rows marked as near misses already gave the same records and must keep doing so.

- joining-em-dash: a spaced em dash between two names, which joins a pair of sides, a format
  or a range of months ("the Central Asia — Russia format", "the EU — Azerbaijan agenda",
  "in January — May"), is the spaced en dash other house styles type there.
- paired-dash-aside: an aside set off by a pair of em dashes, spaced or not ("the leaders of
  the five nations — A, B and C — met", "ministers of six nations—A, B ...—met"), is part
  of its clause, as between en dashes: the clause runs on through it, so the states it lists
  and the place and day told after it are the event's. A single dash still ends the clause.
- close-up-em-dash: an em dash written close up between two words, as many house styles type
  it ("trade ministers of five nations—A, B and C—reached the accord", "signed on the same
  day—on X and on Y"), opens or closes a list, an aside or a new clause for the agreement
  readers as the spaced dash does: the states it lists are the instrument's parties, and the
  topics after it are its items.
- range-en-dash: a range of years or days typeset with an en dash ("their 2021–2025 trade
  agreement", "a 2024–2026 action plan"), as the en_dashes variant writes it (5 articles
  changed, 2 after), is the range plain copy writes with a hyphen; the title quoted keeps
  the dash as written. A score ("beat Peru 2–1") stays a score.
- hard-wrap: a paragraph hard-wrapped at a fixed width, as wire copy, mail and text exports
  write it, reads as the paragraph on one line; a line break after a sentence's end or
  before an item of a list is kept.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap

from hypothesis import given
from hypothesis import strategies as st

from diplonews import Article
from diplonews.extract import extract
from diplonews.text._typography import fold_joining_dashes, fold_line_breaks
from scored_view import VariantRow, Writing, assert_same_records, scored_view, variant_cases

# (class, publication day, the variant's headline and body, the plain form's headline and body)
ROWS: list[VariantRow] = []


def _row(cls: str, day: str, variant: Writing, plain: Writing) -> None:
    ROWS.append((cls, day, variant, plain))


def _dashes(cls: str, day: str, title: str, body: str, dash: str = " — ") -> None:
    """A row whose variant writes ``body``'s spaced en dashes as ``dash``."""
    _row(cls, day, (title, body.replace(" – ", dash)), (title, body))


# --- joining-em-dash ------------------------------------------------------------------------
_dashes(
    "joining-em-dash",
    "2024-03-15",
    "Ministers meet in Bishkek",
    "The foreign ministers of Kyrgyzstan and Tajikistan met in Bishkek on Thursday for the "
    "fifth meeting of foreign ministers in the Central Asia – Japan format.",
)
_dashes(
    "joining-em-dash",
    "2024-06-20",
    "Armenia, EU ministers talk",
    "During the call, the ministers went over the bilateral EU – Armenia agenda and agreed "
    "to meet in Yerevan in July.",
)
_dashes(
    "joining-em-dash",
    "2024-03-15",
    "Ministers meet in Samarkand",
    "The Uzbek foreign minister chaired a meeting of foreign ministers in the Central Asia – "
    "Gulf format in Samarkand on Friday.",
)
# near miss: a dash after a figure closes a dateline, whose day is not the event's
_dashes(
    "joining-em-dash",
    "2024-10-09",
    "Chile, Peru commission meets",
    "Santiago, October 9 – The fifth meeting of the Chile-Peru intergovernmental commission "
    "was held in Lima on October 8, co-chaired by the two foreign ministers.",
)


# --- paired-dash-aside ----------------------------------------------------------------------
_dashes(
    "paired-dash-aside",
    "2024-04-10",
    "Summit at the White House",
    "The US president will host the leaders of the five Central Asian nations – Kazakhstan, "
    "Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan – at the White House on May 6 for "
    "a C5+1 summit.",
)
_dashes(
    "paired-dash-aside",
    "1987-03-02",
    "MINISTERS MEET IN PARIS",
    "Finance ministers of five industrial nations – the United States, Japan, Britain, "
    "France and West Germany – met in Paris on Sunday to discuss currencies.",
)
_dashes(
    "paired-dash-aside",
    "1987-03-02",
    "MINISTERS MEET IN PARIS",
    "Finance ministers of five industrial nations – the United States, Japan, Britain, "
    "France and West Germany – met in Paris on Sunday to discuss currencies.",
    dash="—",
)
_dashes(
    "paired-dash-aside",
    "2024-09-12",
    "Mercosur talks",
    "Negotiators of the EU and the four Mercosur members – Brazil, Argentina, Paraguay and "
    "Uruguay – ended two days of talks in Brussels on Wednesday without a deal on beef.",
    dash="—",
)
# near miss: a single dash ends the clause, whatever its typesetting
_row(
    "paired-dash-aside",
    "2024-06-18",
    ("Modi in Cyprus", "India's prime minister visited Cyprus on Monday — a first since 1983."),
    (
        "Modi in Cyprus",
        "India's prime minister visited Cyprus on Monday. It was a first since 1983.",
    ),
)


# --- close-up-em-dash ----------------------------------------------------------------------
_dashes(
    "close-up-em-dash",
    "1987-06-02",
    "ANDEAN TRADE MINISTERS MEET",
    "They had met in Quito in May, when trade ministers of five Andean nations – Bolivia, "
    "Colombia, Ecuador, Peru and Venezuela – reached the Cartagena accord to cut tariffs on "
    "each other's goods.",
    dash="—",
)
_dashes(
    "close-up-em-dash",
    "2024-05-14",
    "Kyrgyz parliament ratifies agreements",
    "The parliament of Kyrgyzstan ratified two agreements with Uzbekistan signed in March – "
    "on the joint use of reservoirs and on border crossings.",
    dash="—",
)
_dashes(
    "close-up-em-dash",
    "2024-05-14",
    "Tajik deputies ratify agreements",
    "Deputies ratified two agreements signed with Tajikistan on the same day – on the joint "
    "use of water facilities and on border checkpoints.",
    dash="—",
)
# near misses: a counted aside and a group's listed members, read alike already
_dashes(
    "close-up-em-dash",
    "2024-05-14",
    "Turkmenistan, Korea ties",
    "Welcoming the envoy, the president of Turkmenistan recalled his visit to Seoul last May "
    "and said the agreements signed then – nine documents in all – are being carried out.",
    dash="—",
)
_dashes(
    "close-up-em-dash",
    "1987-03-02",
    "CURRENCY ACCORD",
    "Finance ministers of six industrial nations – Canada, France, Italy, Japan, Britain and "
    "the United States – reached an accord in Paris on Sunday to stabilise currencies.",
    dash="—",
)


# --- range-en-dash -------------------------------------------------------------------------
def _en_dash_range(day: str, title: str, body: str) -> None:
    """A row whose variant writes ``body``'s hyphens between figures as en dashes."""
    _row("range-en-dash", day, (title, re.sub(r"(?<=\d)-(?=\d)", "–", body)), (title, body))


_en_dash_range(
    "2024-06-10",
    "Ghana, Togo to amend trade pact",
    "Ghana and Togo will sign a protocol amending their 2021-2025 trade agreement in Accra next "
    "week, the Ghanaian trade ministry said.",
)
_en_dash_range(
    "2024-06-10",
    "Kenya, Uganda plan",
    "The delegations of Kenya and Uganda approved a 2024-2026 Action Plan on border trade at "
    "their meeting in Kampala on Friday.",
)
# near misses: a range read alike already, and a score
_en_dash_range(
    "2024-06-10",
    "Chile, Peru plan",
    "Chile and Peru signed a 2024-2026 plan of action on tourism in Lima on Friday.",
)
_en_dash_range(
    "2024-05-14",
    "Chile, Peru",
    "Chile beat Peru 2-1 in Lima on Sunday, a week after the two foreign ministers signed a "
    "trade agreement.",
)


def test_range_title_quoted_as_written() -> None:
    """An instrument's title holding an en dash range is quoted with the en dash."""
    body = "Kenya and Uganda signed the Action Plan for 2024–2026 in Kampala on Friday."
    article = Article(id="t", body=body, published=dt.date(2024, 6, 10))
    titles = [a.title for a in extract(article).agreements]
    assert titles == ["Action Plan for 2024–2026"]


# --- hard-wrap ------------------------------------------------------------------------------
_STORIES = [
    (
        "2024-05-14",
        "Armenia ratifies power line deal",
        "Armenia's parliament has ratified an agreement with Georgia and Iran to build a "
        "high-voltage power line linking the three countries' grids. The three governments "
        "signed the deal in Tehran last October.",
    ),
    (
        "2024-07-02",
        "Chile, US air deal",
        "The US president spoke today with the President of Chile. He welcomed the entry into "
        "force on July 1 of the Air Transport Agreement between the United States and Chile, "
        "which will expand flights between the two countries.",
    ),
]
# (a story, the widths it is wrapped at)
for (_day, _title, _body), _widths in zip(_STORIES, [(31, 60), (28, 37, 43)], strict=True):
    for _width in _widths:
        _row("hard-wrap", _day, (_title, textwrap.fill(_body, _width)), (_title, _body))
# near miss: the items of a list, each on a line after a colon, stay items
_row(
    "hard-wrap",
    "2024-05-14",
    (
        "Documents signed",
        "Chile and Peru signed three documents in Lima on Monday:\n"
        "- an agreement on air services;\n"
        "- a memorandum on cooperation in tourism.",
    ),
    (
        "Documents signed",
        "Chile and Peru signed three documents in Lima on Monday:\n\n"
        "- an agreement on air services;\n\n"
        "- a memorandum on cooperation in tourism.",
    ),
)


@variant_cases(ROWS)
def test_robust10_variant_keeps_records(
    cls: str, day: str, variant: Writing, plain: Writing
) -> None:
    """The variant gives the records of its plain form."""
    assert_same_records(cls, day, variant, plain)


def test_rows_have_records() -> None:
    """Every row but the near misses of a class has records to keep (no empty comparison)."""
    for cls, day, _variant, (title, body) in ROWS:
        assert any(scored_view(day, body, title)), (cls, body)


def test_folds_keep_length() -> None:
    """The folds replace one character by one: every offset of the text holds."""
    text = "the EU — Georgia agenda, on Monday — a first, held in\nLima.\nREUTER"
    assert len(fold_joining_dashes(text)) == len(text) == len(fold_line_breaks(text))
    assert fold_joining_dashes(text) == text.replace("EU —", "EU –")
    assert fold_line_breaks(text) == text.replace("in\nLima", "in Lima")


@given(width=st.integers(min_value=24, max_value=90))
def test_hard_wrap_property(width: int) -> None:
    """A story wrapped at any width gives the records of the story on one line."""
    day, title, body = _STORIES[1]
    wrapped = textwrap.fill(body, width)
    assert scored_view(day, wrapped, title) == scored_view(day, body, title)
