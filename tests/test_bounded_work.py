"""Regression tests for issue 11, item 14: work per trigger and per body stays bounded.

Extraction time grew with the square of a sentence's length (the clause readers
scan the sentence around each trigger word) and, on multi-megabyte bodies, with
the square of the body (people, years and events compared with all those found
before). These tests assert on the bounds that keep it linear, never on time:
no sentence is longer than ``MAX_SENTENCE``, no extractor reads more than
``MAX_SECTION`` characters at once, and a year's sentence is read within a window.
Speed itself is measured by ``benchmarks/linear_time.py``. Texts are invented.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews import Article, Meeting
from diplonews.extract import extract
from diplonews.meetings import _candidates as _meetings_candidates
from diplonews.meetings._extract import extract_meetings
from diplonews.meetings._window import STATUS_WINDOW, TRIGGERS_PER_SENTENCE, status_start
from diplonews.text._sections import MAX_SECTION, by_section, sections
from diplonews.text._sentences import MAX_SENTENCE, _stops, split_sentences
from diplonews.trade import _context as _trade_context


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# The adversarial shapes of item 14, rebuilt with invented words.
LONG_RUNS = {
    "one sentence": _repeat(
        "the envoys of the two provinces talked about water rights and ", 30_000
    ),
    "meeting with": _repeat("the meeting with ", 30_000),
    "amounts": "Exports from Norway to Chile reached " + _repeat("$2.5 billion, ", 30_000),
    "agreements": _repeat("signed an accord with Peru and ", 30_000),
    "names": "The minister met with " + _repeat("Orlan Vesk Tamsin Quill ", 30_000),
    "no spaces": "x" * 30_000,
    "semicolons": _repeat("talks;", 30_000),
}


@pytest.mark.parametrize("body", LONG_RUNS.values(), ids=LONG_RUNS.keys())
def test_no_sentence_is_longer_than_the_cap(body: str) -> None:
    """A run with no sentence boundary comes out in pieces of at most MAX_SENTENCE characters."""
    sentences = split_sentences(body)
    assert len(sentences) >= len(body) // MAX_SENTENCE
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE
    for s in sentences:
        assert body[s.start : s.end] == s.text
    # Only spaces are left between the pieces: nothing of the body is lost.
    gaps = "".join(body[a.end : b.start] for a, b in itertools.pairwise(sentences))
    assert not gaps.strip()


def test_long_run_is_cut_at_a_separator() -> None:
    """A long run is cut after a semicolon or comma near the cap where there is one."""
    body = _repeat("the delegates met, ", 3 * MAX_SENTENCE)
    pieces = split_sentences(body)
    assert all(p.text.endswith(",") for p in pieces[:-1])


def test_ordinary_sentences_are_not_cut() -> None:
    """A sentence just under the cap stays whole."""
    sentence = _repeat("word ", MAX_SENTENCE - 1).strip() + "."
    assert [s.text for s in split_sentences(sentence + " Next one.")] == [sentence, "Next one."]


@given(st.text(alphabet=st.sampled_from("ab ,;.\n"), max_size=400), st.integers(2, 60))
def test_sections_cover_the_body(body: str, limit: int) -> None:
    """Sections are contiguous, cover the body and are each at most ``limit`` long."""
    parts = list(sections(body, limit))
    assert all(0 < hi - lo <= limit for lo, hi in parts)
    assert [lo for lo, _ in parts] == [0, *(hi for _, hi in parts)][: len(parts)]
    assert (parts[-1][1] if parts else 0) == len(body)


def test_sections_prefer_paragraph_breaks() -> None:
    """A section ends after a blank line when there is one in its last half."""
    paragraph = _repeat("Lorem ipsum dolor. ", 400).strip() + "\n\n"
    body = paragraph * 5
    ends = [hi for _, hi in sections(body, limit=3 * len(paragraph) - 10)]
    assert all(body[:hi].endswith("\n\n") for hi in ends[:-1])


def test_sections_reject_a_tiny_limit() -> None:
    """A limit under 2 characters cannot make progress."""
    with pytest.raises(ValueError, match="at least 2"):
        list(sections("abc", 1))


def test_extractors_never_read_more_than_a_section() -> None:
    """Each body an extractor is handed is at most MAX_SECTION long; records come back shifted."""
    seen: list[int] = []

    def spy(article: Article) -> tuple[Meeting, ...]:
        seen.append(len(article.body))
        return ()

    body = _repeat("Talks went on. ", 3 * MAX_SECTION + 17)
    assert by_section(spy)(Article(id="b", body=body)) == ()
    assert sum(seen) == len(body)
    assert max(seen) <= MAX_SECTION


PARAGRAPH = (
    "Foreign Minister Ilse Varga of Hungary met her Polish counterpart Tomasz Wrona in "
    "Warsaw on Tuesday. They discussed energy links. " + "The weather was mild. " * 20 + "\n\n"
)


def test_long_body_records_point_into_the_whole_body() -> None:
    """Records of a body read in sections have evidence offsets into the whole body."""
    body = PARAGRAPH * (MAX_SECTION // len(PARAGRAPH) * 2 + 3)
    article = Article(id="long", body=body, published=dt.date(2025, 3, 6))
    meetings = extract_meetings(article)
    assert meetings
    spans = [span for m in meetings for span in m.evidence]
    assert all(body[s.start : s.end] == s.text for s in spans)
    assert max(s.start for s in spans) > 2 * MAX_SECTION  # the last section was read too
    # The same meeting in every section is one record, not one per section.
    assert len({m.id for m in meetings}) == len(meetings)


def test_short_body_is_read_whole() -> None:
    """A body within MAX_SECTION gives exactly what the extractor gives on it."""
    article = Article(id="s", body=PARAGRAPH * 3, published=dt.date(2025, 3, 6))
    assert extract_meetings(article) == extract_meetings.__wrapped__(article)  # type: ignore[attr-defined]


class _CountingPattern:
    """A regex stand-in that records the length of every text it is asked to search."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.lengths: list[int] = []

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        self.lengths.append(len(text))
        return self.pattern.search(text, *args)


def test_year_sentences_are_read_within_a_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a publication date, each year is judged on at most two MAX_SENTENCE windows."""
    counting = _CountingPattern(_trade_context._FUTURE)
    monkeypatch.setattr(_trade_context, "_FUTURE", counting)
    # (an amount up front: with none in any sentence, trade reads no context at all; a rate
    # by each year: a year with no figure in its sentence dates none and is not judged)
    body = "Exports reached $5 million. " + _repeat(
        "exports grew 3% in 2019 and imports fell in 2020 and ", 100_000
    )
    extract(Article(id="y", body=body))
    assert len(counting.lengths) >= 1000
    assert max(counting.lengths) <= 2 * MAX_SENTENCE + 8


@pytest.mark.parametrize("run", ["...", "?!", "!!!", ".?."])
def test_a_run_of_stops_is_tried_only_where_it_starts(run: str) -> None:
    """The boundary pattern starts only at the first stop of a run (on "...." it was quadratic).

    Tried inside a run it read to the run's end and backtracked, once per stop;
    now it refuses at once, so a run of any length is read once.
    """
    body = f"It ended{run} Next one."
    first = body.index(run)
    assert _stops(any_mark=True).match(body, first) is not None
    assert all(
        _stops(any_mark=True).match(body, at) is None for at in range(first + 1, first + len(run))
    )
    assert [s.text for s in split_sentences(body)] == [f"It ended{run}", "Next one."]


@pytest.mark.parametrize(
    ("body", "start", "t0", "expected"),
    [
        ("Envoys met.", 0, 6, 0),  # a short sentence: read whole
        ("a " * 200 + "talks", 0, 400, 100),  # a long one: the word 300 characters back
        ("a " * 200 + "talks", 250, 400, 250),  # the sentence starts within the window
        ("b" * 400 + " talks", 0, 401, 101),  # no word starts in the window: cut there
        ("ab" * 200 + " talks", 0, 401, 101),
    ],
)
def test_status_window_starts_at_a_word(body: str, start: int, t0: int, expected: int) -> None:
    """The tense of a trigger is read from at most STATUS_WINDOW characters, from a word start."""
    assert status_start(body, start, t0) == expected
    assert t0 - STATUS_WINDOW <= expected or expected == start


@pytest.mark.parametrize(("aides", "status"), [(1, "planned"), (3, "planned"), (8, "held")])
def test_a_tense_cue_far_before_the_trigger_is_not_read(aides: int, status: str) -> None:
    """A "will" more than STATUS_WINDOW characters back, clauses away, is not the talks' tense."""
    filler = "with their aides and a team from the sea office " * aides
    text = f"The envoys will, {filler}watch as the ministers of Chile and Peru hold talks in Lima."
    meetings = extract(Article(id="w", body=text, published=dt.date(2024, 5, 2))).meetings
    assert [(str(m.status), [c.alpha_3 for c in m.countries]) for m in meetings] == [
        (status, ["CHL", "PER"])
    ]
    far = text.index("talks") - text.index("will") > STATUS_WINDOW
    assert far is (status == "held")


def test_meeting_words_read_per_sentence_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence of endless meeting words has only its first TRIGGERS_PER_SENTENCE read."""
    calls = []
    read = _meetings_candidates._candidate

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[2])
        return read(*args, **kwargs)

    monkeypatch.setattr(_meetings_candidates, "_candidate", counting)
    extract(Article(id="m", body="the meeting with " * 120))
    assert 0 < len(calls) <= 2 * TRIGGERS_PER_SENTENCE  # the body is cut into two sentences
    calls.clear()
    extract(Article(id="n", body="Chile held talks with Peru, and Peru met Chile. " * 4))
    assert len(calls) == 8  # ordinary sentences: every trigger is read


def test_story_side_counts_each_mention_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """'An agreement with B' repeated asks for the story's state each time: counted once.

    Counting the story's mentions anew for every such instrument made the agreements shape
    of the linear-time benchmark quadratic (82 s/MB at 300 KB).
    """
    from diplonews.agreements import _parties as _agreements_parties
    from diplonews.agreements import _sides as _agreements_sides
    from diplonews.agreements import _story as _agreements_story
    from diplonews.agreements import extract_agreements

    calls = 0
    real = _agreements_parties.in_location

    def counted(body: str, mention: Any) -> bool:
        nonlocal calls
        calls += 1
        return real(body, mention)

    monkeypatch.setattr(_agreements_story, "in_location", counted)
    monkeypatch.setattr(_agreements_sides, "in_location", counted)
    repeats = 200  # the benchmark's shape: one endless sentence
    body = "signed an agreement with Peru and " * repeats
    extract_agreements(Article(id="t", body=body, published=dt.date(2024, 5, 2)))
    assert 0 < calls <= repeats  # one look per mention, not one per mention per instrument
