"""The rule matches of a trigger sentence, found before its officials are read.

``rule_matches`` gathers, for one sentence, the matches the meeting extractor reads,
rule by rule, capped at ``TRIGGERS_PER_SENTENCE`` in all. These tests state that
contract independently (every rule, in order, each match its own candidate, the cap
shared) and check it on sentences written for them; and check that an article whose
trigger words no rule takes is done without reading its officials.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.meetings import _candidates, _matches
from diplonews.meetings._matches import _ALL_RULES, _READOUT_RULES, rule_matches
from diplonews.meetings._scan import word_hits
from diplonews.meetings._window import TRIGGERS_PER_SENTENCE
from diplonews.models import Article
from diplonews.text._sentences import Sentence, split_sentences
from diplonews.text._trie import rare_pieces

_PIECES = [
    "The", "minister", "met", "his", "Ruritanian", "counterpart", "in", "Valdor", "on",
    "Monday", "held", "talks", "with", "President", "Ana", "Kovar", "spoke", "by", "phone",
    "visited", "Borduria", "was", "in", "Lima", "last", "week", "summit", "Summit", "forum",
    "received", "hosted", "the", "delegation", "will", "visit", "next", "month", "and",
    "discussed", "trade", "reached", "out", "to", "called", "on", "a", "courtesy", "call",
    "conference", "of", "ministers", ",", ".", "READ:", "consultations", "negotiations",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map(" ".join)


def _expected(sentence: Sentence, prose: list[int]) -> list[tuple[str, int, int]]:
    """The contract, stated plainly: every rule in order, its matches, at most the cap."""
    if sentence.text.startswith("READ:"):
        return []
    has_prose = any(sentence.start <= at < sentence.end for at in prose)
    rules = _ALL_RULES if has_prose else _READOUT_RULES
    found = [
        (rule, match.start(), match.end())
        for rule, _kind, _words, pattern in rules
        for match in pattern.finditer(sentence.text)
    ]
    return found[:TRIGGERS_PER_SENTENCE]


def _flat(sentence: Sentence, prose: list[int]) -> list[tuple[str, int, int]]:
    return [
        (rule, match.start(), match.end())
        for rule, _kind, matches in rule_matches(sentence, prose)
        for match in matches
    ]


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Nothing of note happened in Valdor.", []),
        ("The minister met his Ruritanian counterpart on Monday.", ["meeting.met_with"]),
        ("President Ana Kovar spoke by phone with her counterpart.", None),
        ("She was in Lima last week.", None),  # a prose word: the prose rules are tried too
        ("READ: Ministers met in Valdor", []),  # another story's link line
    ],
)
def test_rule_matches_examples(text: str, rules: list[str] | None) -> None:
    """The matches of one sentence, as the contract states them (and which rules, if given)."""
    body = text
    prose = word_hits(body).prose
    (sentence,) = split_sentences(body)
    found = _flat(sentence, prose)
    assert found == _expected(sentence, prose)
    if rules is not None:
        assert [rule for rule, _, _ in found] == rules
    else:
        assert found  # some rule takes it


def test_rule_matches_cap_is_shared_by_the_rules() -> None:
    """A sentence of endless meeting words yields at most the cap, first rules first."""
    text = " ".join(itertools.repeat("They met and held talks,", 40)) + "."
    sentence = Sentence(0, len(text), text, 0)
    found = _flat(sentence, [])
    assert len(found) == TRIGGERS_PER_SENTENCE
    assert found == _expected(sentence, [])


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS)
def test_rule_matches_follow_the_contract(text: str) -> None:
    """Any sentence made of meeting words and others: the matches the contract states."""
    body = text + "."
    prose = word_hits(body).prose
    for sentence in split_sentences(body):
        assert _flat(sentence, prose) == _expected(sentence, prose)


def test_no_rule_match_reads_no_official(monkeypatch: pytest.MonkeyPatch) -> None:
    """Trigger words that no rule takes: the article is done before its officials are read."""
    calls: list[str] = []

    def people(*args: object, **kwargs: object) -> list[object]:
        calls.append("people")
        return []

    monkeypatch.setattr(_candidates, "extract_people", people)
    body = "The team left early. Minister Ana Kovar praised the phone makers."
    assert word_hits(body).triggers  # "left", "phone": trigger words
    assert _candidates.candidates(Article(id="x", body=body), word_hits(body)) == []
    assert calls == []
    # a sentence a rule takes: the officials are read
    body = "Minister Ana Kovar met her Ruritanian counterpart in Valdor on Monday."
    _candidates.candidates(Article(id="y", body=body), word_hits(body))
    assert calls == ["people"]


def _gated_by_each_rule(text: str, prose: bool) -> list[int]:
    """The rules whose own words (or none) the text holds, tested rule by rule, in order."""
    rules = _ALL_RULES if prose else _READOUT_RULES
    return [
        i
        for i, (_rule, _kind, words, _pattern) in enumerate(rules)
        if not words or any(word in text for word in words)
    ]


# Every word of every rule, with pieces that overlap them ("talks" holds "alks", "called on"
# starts with "call") and others: sentences that hold many rule words at once, side by side.
_RULE_WORDS = sorted({word for _rule, _kind, words, _pattern in _ALL_RULES for word in words})
_CUE_TEXTS = st.lists(
    st.sampled_from([*_RULE_WORDS, *_PIECES, "t", "s", "-", "ed", "ing", ""]),
    min_size=1,
    max_size=12,
).flatmap(lambda parts: st.sampled_from([" ", ""]).map(lambda sep: sep.join(parts)))


@settings(max_examples=500, deadline=None)
@given(text=_CUE_TEXTS, prose=st.booleans())
def test_rule_index_tries_the_rules_each_rule_gate_lets_through(text: str, prose: bool) -> None:
    """One scan for all the words picks exactly the rules that testing each rule's words does."""
    assert _matches._rules_to_try(text, prose) == _gated_by_each_rule(text, prose)


@pytest.mark.parametrize("word", _RULE_WORDS)
def test_rule_index_finds_each_word_alone_and_inside_others(word: str) -> None:
    """Each rule word, alone, inside a longer word, or beside another, selects its rules."""
    for text in (word, f"x{word}y", f"{word}{word}", f"The {word} and talks on"):
        for prose in (False, True):
            assert _matches._rules_to_try(text, prose) == _gated_by_each_rule(text, prose)


def test_rule_index_skips_a_sentence_without_rule_words() -> None:
    """A sentence holding no rule word tries only the rules without words."""
    always = [i for i, rule in enumerate(_READOUT_RULES) if not rule[2]]
    assert _matches._rules_to_try("Prices rose by five percent.", prose=False) == always


def test_rule_index_finds_a_word_that_starts_inside_another_and_runs_past_it() -> None:
    """Words that overlap ("met" and "travel" in "metravel") are each found."""
    for text in ("metravel", "The ministers metravel", "hostravel", "callounce"):
        for prose in (False, True):
            assert _matches._rules_to_try(text, prose) == _gated_by_each_rule(text, prose)


def test_rule_index_pieces_open_on_few_characters() -> None:
    """Each rule word is looked for by a piece that ends it; the pieces open on fewer letters."""
    words = sorted(_matches._rule_index().rules_of)
    piece = rare_pieces(words)
    for word in words:
        assert word.endswith(piece[word]), word
        assert len(piece[word]) >= min(3, len(word)), word
    assert len({p[0] for p in piece.values()}) < len({word[0] for word in words})


@settings(max_examples=300, deadline=None)
@given(text=_CUE_TEXTS, budget=st.integers(min_value=0, max_value=TRIGGERS_PER_SENTENCE))
def test_rule_tried_where_it_opens_finds_what_finditer_finds(text: str, budget: int) -> None:
    """A rule tried only where its opening words stand: finditer's matches, groups and order."""
    heads = _matches._rule_index().heads
    for i, (_rule, _kind, _words, pattern) in enumerate(_ALL_RULES):
        opening = heads[i]
        if opening is None:
            continue
        expected = itertools.islice(pattern.finditer(text), budget)
        found = _matches._matches_at(pattern, text, opening, budget)
        assert [(m.span(), m.groups()) for m in found] == [(m.span(), m.groups()) for m in expected]


def test_rules_tried_where_they_open_are_some() -> None:
    """Most rules open on a few words read from their patterns (else the gate is lost)."""
    heads = _matches._rule_index().heads
    assert sum(opening is not None for opening in heads) > len(heads) // 2
    assert all(opening is None or len(opening) <= _matches._OPENING_LIMIT for opening in heads)


@settings(max_examples=300, deadline=None)
@given(text=_CUE_TEXTS)
def test_rule_led_by_its_openings_finds_what_it_finds(text: str) -> None:
    """A rule behind a lookahead for its many opening words: its own matches and groups."""
    scans = _matches._rule_index().scans
    for (_rule, _kind, _words, pattern), scan in zip(_ALL_RULES, scans, strict=True):
        assert [(m.span(), m.groups()) for m in scan.finditer(text)] == [
            (m.span(), m.groups()) for m in pattern.finditer(text)
        ]


def test_rules_led_by_their_openings_are_the_visits() -> None:
    """The visit rule, with no words of its own and many openings, is led by them."""
    scans = _matches._rule_index().scans
    led = [
        rule
        for (rule, *_), scan in zip(_ALL_RULES, scans, strict=True)
        if scan.pattern[:3] == "(?="
    ]
    assert "meeting.visit" in led


def test_alternations_read_back_to_the_rules() -> None:
    """Each rule's alternation, where one is read, joins back into the rule's own source."""
    for _rule, _kind, _words, pattern in _ALL_RULES:
        parts = _matches._alternation(pattern.pattern, bool(pattern.flags & re.VERBOSE))
        if parts is not None:
            head, branches, tail = parts
            assert head + "|".join(branches) + tail == pattern.pattern
    assert _matches._alternation(r"a(?:b|[|)]\|c)", False) == ("a(?:", ["b", r"[|)]\|c"], ")")
    assert _matches._alternation(r"(?:b|c)+", False) is None  # a repeat: no last group alone
    assert _matches._alternation("(?:b|c) # (x|y)\n", True) == ("(?:", ["b", "c"], ") # (x|y)\n")


def test_rules_of_many_branches_are_tried_branch_by_branch() -> None:
    """The rules of many branches (a commission's session, held talks) are split."""
    split = [
        rule for (rule, *_), b in zip(_ALL_RULES, _matches._rule_index().branches, strict=True) if b
    ]
    assert {"meeting.commission", "meeting.held_talks"} <= set(split)


_BRANCH_TEXTS = st.lists(
    st.sampled_from(
        [*_RULE_WORDS, *_PIECES, "the", "next", "session", "of", "its", "Its", "A-B", "Dialogue",
         "round", "Council", "Ministers", "opened", "in", "P", "talks", "with", "held"]
    ),
    min_size=1,
    max_size=16,
).map(" ".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(_CUE_TEXTS, _BRANCH_TEXTS))
def test_branches_a_text_holds_find_what_the_rule_finds(text: str) -> None:
    """A rule tried with the branches whose words the text holds: finditer's matches, in order."""
    index = _matches._rule_index()
    for i, (_rule, _kind, _words, pattern) in enumerate(_ALL_RULES):
        branches = index.branches[i]
        if branches is None:
            continue
        held, _rules = _matches._words_and_rules(text, prose=True)  # (the index's words)
        for budget in (1, TRIGGERS_PER_SENTENCE):
            expected = [m.span() for m in itertools.islice(pattern.finditer(text), budget)]
            assert [m.span() for m in branches.matches(text, budget)] == expected
            assert [m.span() for m in branches.matches(text, budget, held)] == expected
