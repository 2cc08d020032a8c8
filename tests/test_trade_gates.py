"""The cheap gates of trade extraction pick what the full tests would pick.

Each gate skips work the full tests would do for nothing (a word search in a
sentence that cannot hold the word). The reference functions below are the
ungated tests, written out; the gated code must give the same answer on any
text, including the letters whose case rules differ ("ſ", "ı", "İ", "K").
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from diplonews.models import Article
from diplonews.text import Sentence, split_sentences
from diplonews.trade import extract_trade_records
from diplonews.trade._context import _BILATERAL_BETWEEN, _may_be_bilateral
from diplonews.trade._cues import (
    _FLOW_LOWER,
    CHANGE_BEFORE,
    FLOW_STEMS,
    SHARE_BEFORE,
    TRIGGER,
    TRIGGER_LOWER,
    flow_matches,
)
from diplonews.trade._extract import (
    _DIGIT,
    _HINT_WORDS,
    _ITEM_LINE,
    _OTHER_RANKING,
    _PART_HINT,
    _STEMS,
    _STEMS_RARE,
    _most_named,
    _stem_starts,
    _trade_sentences,
)
from diplonews.trade._figures import _FLOWS_ANAPHOR, _SPLIT_YEAR, FIGURE_ANAPHOR, flows_anaphor
from diplonews.trade._lists import RANK_HINT


def _reference_trade_sentences(body: str) -> list[Sentence]:
    """The sentences :func:`_trade_sentences` picks, every test run on every sentence."""
    lower = body.lower()
    if len(lower) != len(body):
        hits = [m.start() for m in TRIGGER.finditer(body)]
    else:
        hits = []
        for stem in _STEMS + _STEMS_RARE:
            at = lower.find(stem)
            while at >= 0:
                if TRIGGER_LOWER.match(lower, at):
                    hits.append(at)
                at = lower.find(stem, at + 1)
    if not hits:
        return []
    sentences = split_sentences(body)
    starts = [s.start for s in sentences]
    chosen = {bisect.bisect_right(starts, hit) - 1 for hit in hits}
    first = min(chosen)
    chosen |= {
        i
        for i, s in enumerate(sentences)
        if i > first
        and _DIGIT.search(s.text)
        and (
            (RANK_HINT.search(s.text) and not _OTHER_RANKING.search(s.text))
            or FIGURE_ANAPHOR.match(s.text)
            or _PART_HINT.search(s.text)
            or _ITEM_LINE.match(s.text)
        )
    }
    return [sentences[i] for i in sorted(chosen) if i >= 0]


# Every word RANK_HINT or _PART_HINT matches, in the cases a text may write it.
HINTS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "next",
    "followed",
    "place",
    "position",
    "rank",
    "ranks",
    "ranked",
    "ranking",
    "largest",
    "biggest",
    "main",
    "top",
    "leading",
    "led",
    "leader",
    "number one",
    "number\tone",
    "No. 1",
    "no.1",
    "then",
    "accounted for",
    "accounts for",
    "account for",
    "accounting for",
    "fell on",
]


@pytest.mark.parametrize("word", HINTS)
@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_every_hint_word_passes_the_gate(word: str, case: Callable[[str], str]) -> None:
    """A hint word in any case is found in the lower-cased text."""
    text = f"Chile {case(word)} ($5 million)."
    assert RANK_HINT.search(text) or _PART_HINT.search(text)
    assert _HINT_WORDS.search(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "Chile came in at $5 million.",  # no hint word
        "The ministers met in Lima on May 3, 2023.",
    ],
)
def test_the_gate_rejects_sentences_without_a_hint_word(text: str) -> None:
    """A sentence with no hint word is kept out."""
    assert not RANK_HINT.search(text)
    assert not _PART_HINT.search(text)
    assert not _HINT_WORDS.search(text.lower())


# Bodies made of trade words, hint words in any case, figures, states and breaks, with the
# letters whose lower case is longer or that match an ASCII letter case-insensitively.
_PIECES = st.sampled_from(
    [
        "Trade",
        "exports",
        "Imports",
        "surplus",
        "sold",
        "Chile",
        "Peru",
        "China",
        "$5 million",
        "1.2 bln dlrs",
        "2023",
        "It reached",
        "- Ghana: $6.9 billion;",
        "donors",
        "aid",
        "fell on",
        "accounted for",
        "followed by",
        "then",
        "strengthen",
        "remain",
        "called",
        ".",
        ". ",
        ",",
        "\n",
        "\n\n",
        "(",
        ")",
        "ſecond",
        "ſ",
        "ı",
        "İ",
        "\u212a",  # the Kelvin sign: its lower case is "k"
        "ranKed",
        "No.",
        "1",
        *HINTS,
        *(h.upper() for h in HINTS),
    ]
)
_BODIES = st.lists(st.tuples(_PIECES, st.sampled_from([" ", "", "  ", ". "])), max_size=40).map(
    lambda parts: "".join(a + b for a, b in parts)
)


@settings(max_examples=400, deadline=None)
@given(_BODIES)
@example("Exports rose to $5 billion. Second came Chile with $2 billion.")  # a hint word first
@example("Exports rose to $5 billion. Chile had $2 billion, then")  # and last
@example("Exports rose to $5 billion. Chile was \u017fecond with $2 billion.")  # a long s
@example("Exports rose to $5 billion. Chile was \u0130n fir\u017ft place with $2 billion.")
@example("\u0130\u0130\u0130\u0130\u0130 exports rose to $5 billion. Chile had $2 billion, then")
@example("\u0130zmir \u017fold goods. Peru bought $5 billion.")  # a dotted I and a long s
@example("\u0130zmir EXPORTS rose. Chile ranked \u0130I. Peru was \u0130n second place, $2 bln.")
def test_trade_sentences_match_the_ungated_tests(body: str) -> None:
    """The gated scan picks the sentences every test on every sentence picks."""
    assert _trade_sentences(body) == _reference_trade_sentences(body)


def test_trade_sentences_on_a_list_story() -> None:
    """Ranked, anaphoric and part sentences go on a list; others stay out."""
    body = (
        "Peru's exports rose to $9 billion in 2023. China ranked first with $3 billion. "
        "The weather was mild in 2023. Chile came next ($2 billion). It reached $1 billion "
        "in May. Ghana accounted for $500 million. Japan gave 2 grants."
    )
    picked = [s.text for s in _trade_sentences(body)]
    assert picked == [
        "Peru's exports rose to $9 billion in 2023.",
        "China ranked first with $3 billion.",
        "Chile came next ($2 billion).",
        "It reached $1 billion in May.",
        "Ghana accounted for $500 million.",
    ]
    assert picked == [s.text for s in _reference_trade_sentences(body)]


# Texts made of the words the gated patterns look for, in any case, and of letters whose
# case rules differ.
_WORDS = st.sampled_from(
    [
        "by",
        "BY",
        "of",
        "Of",
        "OF",
        "a",
        "an",
        "another",
        "a further",
        "increase",
        "Rise",
        "decline",
        "swing",
        "pct",
        "percent",
        "%",
        "share",
        "half",
        "first",
        "third",
        "quarter",
        "the",
        "trade",
        "TRADE",
        "Trade",
        "bilateral",
        "b\u0131lateral",
        "two-way",
        "Two-Way",
        "mutual",
        "MUTUAL",
        "2021",
        "2021-22",
        "1999/00",
        "2020–21",
        "-",
        "\u0130",
        "\u017f",
        "\u212a",
        "about",
        "some",
        "exports",
    ]
)
_TEXTS = st.lists(st.tuples(_WORDS, st.sampled_from([" ", "  ", "\n", ""])), max_size=12).map(
    lambda parts: "".join(a + b for a, b in parts)
)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_word_gates_never_keep_out_a_match(text: str) -> None:
    """A text a gated pattern matches always passes the pattern's substring gate."""
    lower = text.lower()
    if CHANGE_BEFORE.search(text):
        assert "of" in lower or "by" in lower
    if SHARE_BEFORE.search(text):
        assert "of" in lower
    if _BILATERAL_BETWEEN.search(text):
        assert _may_be_bilateral(text)
    if _SPLIT_YEAR.search(text):
        assert "-" in text or "–" in text or "/" in text


@pytest.mark.parametrize(
    ("text", "change", "share", "bilateral"),
    [
        ("rose by a further ", True, False, False),
        ("an increase of some ", True, False, False),
        ("a third of the total ", False, True, False),
        ("Bilateral trade reached ", False, False, True),
        ("b\u0131lateral trade reached ", False, False, True),
        ("Trade reached ", False, False, False),
    ],
)
def test_word_gates_on_written_phrases(
    text: str, change: bool, share: bool, bilateral: bool
) -> None:
    """Each phrase matches the patterns it should, and passes their gates."""
    assert bool(CHANGE_BEFORE.search(text)) is change
    assert bool(SHARE_BEFORE.search(text)) is share
    assert bool(_BILATERAL_BETWEEN.search(text)) is bilateral
    assert _may_be_bilateral(text) is bilateral


@given(st.lists(st.sampled_from(["PER", "CHL", "GHA", "NOR", "EU", "ARM"]), max_size=15))
def test_most_named_is_counter_most_common(codes: list[str]) -> None:
    """The story's top states are ``Counter.most_common(3)``'s, ties in order of naming."""
    expected = tuple(code for code, _ in collections.Counter(codes).most_common(3))
    assert _most_named(codes) == expected


_FIGURES = [
    "Peru's exports to Chile reached $5 billion in 2021.",
    "Trade between Norway and Ghana came to $300 million last year. It amounted to $90 "
    "million in the first quarter.",
    "The trade deficit with China widened in 2021. Imports stood at $2 billion.",
]
_NO_DIGIT = [
    " The ministers want trade with Chile to grow.",
    " Trade between the two countries keeps growing, and exports to Ghana rose sharply.",
    "\n\nThe current account deficit narrowed. A bilateral trade deal is planned.",
]


@pytest.mark.parametrize("body", _FIGURES)
@pytest.mark.parametrize("tail", _NO_DIGIT)
def test_trade_sentences_with_no_digit_after_the_figures_change_nothing(
    body: str, tail: str
) -> None:
    """Trade sentences after the last figure teach only context: the records stay the same."""
    published = dt.date(2022, 5, 1)
    alone = extract_trade_records(Article(id="a", body=body, published=published))
    assert alone
    with_tail = extract_trade_records(Article(id="a", body=body + tail, published=published))
    assert with_tail == alone


@pytest.mark.parametrize("body", [t.strip() for t in _NO_DIGIT])
def test_trade_sentences_without_a_digit_give_no_record(body: str) -> None:
    """No trade sentence with a digit, no figure."""
    assert extract_trade_records(Article(id="a", body=body, published=dt.date(2022, 5, 1))) == ()


# What may stand right before a trade word, glued to it (letters, digits and "_" rule out
# the word boundary TRIGGER_LOWER opens on; other marks do not), and the words.
_TRADE_GLUE = st.sampled_from(
    ["", " ", "\n", ".", "_", "1", "x", "X", "é", "\u212a", "(", "-", "'", "$", "/"]
)
_TRADE_WORDS = st.sampled_from(
    [
        *(*_STEMS, *_STEMS_RARE, "trading", "Exports", "IMPORTED", "surpluses"),
        *("positive balance", "negative  balance", "brought", "resold", "untraded"),
        *("exporter", "Sent", "sentence"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_TRADE_GLUE, _TRADE_WORDS), max_size=20))
def test_stem_scan_finds_every_trade_word_the_finds_find(parts: list[tuple[str, str]]) -> None:
    """The word-start scan (``_stem_starts``) gives the trade words one find per stem gives."""
    lower = "".join(glue + word for glue, word in parts).lower()
    by_find = set()
    for stem in _STEMS + _STEMS_RARE:
        at = lower.find(stem)
        while at >= 0:
            if TRIGGER_LOWER.match(lower, at):
                by_find.add(at)
            at = lower.find(stem, at + 1)
    scanned = [m.start() for m in _stem_starts().finditer(" " + lower)]
    assert {at for at in scanned if TRIGGER_LOWER.match(lower, at)} == by_find
    assert scanned == sorted(set(scanned))  # each place once, in order


# Phrases each alternative of the flow pattern matches (or nearly does), the stems alone,
# and what may follow a flow word; glued to marks, letters and digits as above.
_FLOW_WORDS = st.sampled_from(
    [
        *FLOW_STEMS,
        *("difference between what exports and imports", "gap between exports and imports"),
        *("current account", "current-account", "current deficit", "re-exports", "re-exported"),
        *("trade surplus", "trading deficits", "imbalance", "balance of payments", "shortfall"),
        *("trade turnover", "commodity turnover", "turnover between", "foreign turnover"),
        *("trade exchange", "trade exchanges with", "imports from and exports to", "traded"),
        *("exports to and imports from", "trade volume", "traded goods", "value of trade"),
        *("volume of mutual trade turnover", "trade in goods", "trading between", "foreign"),
        *("trade, with", "trade:", "in trade", "trade amounted", "trade to reach", "bilateral"),
        *("exported", "export to", "export -", "sold", "shipments", "shipped to", "supplies to"),
        *("deliveries of", "supplied goods", "sent goods", "delivered goods", "bought"),
        *("purchased goods", "purchases from", "goods brought in from", "merchandise shipped"),
        *("received the largest amount of goods", "invisibles", "services", "goods and"),
        *("budget", "debts", "reserves", "tariffs", "duties", "investments", "investors"),
        *("loans", "credits", "aid", "grants", "contracts", "capital", "inflows", "outflows"),
        *("revenues", "profits", "spending", "subsidy", "subsidies", "sales", "costs"),
        *("prices", "output", "gdp", "turnover", "transfers", "income", "non-oil", "two-way"),
        *("$5 million", "1.2 bln", "from", "with", "to", "of", "between", "and", "the"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_TRADE_GLUE, _FLOW_WORDS), max_size=24))
def test_flow_scan_finds_every_flow_word(parts: list[tuple[str, str]]) -> None:
    """The stem-gated flow scan (``flow_matches``) gives exactly the matches of ``finditer``."""
    lower = " ".join(glue + word for glue, word in parts).lower()
    gated = [(m.span(), m.lastgroup) for m in flow_matches(lower)]
    assert gated == [(m.span(), m.lastgroup) for m in _FLOW_LOWER.finditer(lower)]


@pytest.mark.parametrize(
    "lower",
    [
        "the trade surplus widened, exports rose and the current account deficit narrowed",
        "re-exports and imports from and exports to b; gdp and non-oil revenues",
        "trade turnover between a and b amounted to $5 million; goods brought in from c",
    ],
)
def test_flow_scan_on_written_sentences(lower: str) -> None:
    """Written sentences with flow words of every kind: the same matches, in order."""
    gated = [(m.span(), m.lastgroup) for m in flow_matches(lower)]
    assert gated == [(m.span(), m.lastgroup) for m in _FLOW_LOWER.finditer(lower)]
    assert gated  # each sentence holds flow words


_THEY_PIECES = st.sampled_from(
    ["they", "They", "THEY", "the", "hey", "In 2022", ",", "were", "rose", "also", "$4", "5"]
)


@given(st.lists(st.one_of(_THEY_PIECES, st.text(max_size=4)), max_size=10).map(" ".join))
def test_flows_anaphor_gate_keeps_every_match(text: str) -> None:
    """The "hey" test before the flows-anaphor pattern skips no sentence it matches."""
    assert flows_anaphor(text) == (_FLOWS_ANAPHOR.match(text) is not None)
