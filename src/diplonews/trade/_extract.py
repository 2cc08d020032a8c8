"""Trade figures: who traded how much with whom, in which direction, over which period.

The extractor reads an article sentence by sentence and looks closely only at
sentences with a trade word (trade, turnover, exports, imports, surplus,
deficit, sold, bought, ...) and an amount of money. Within such a sentence it
walks left to right: each *flow word* ("exports", "trade deficit", "trade
turnover between") opens a figure's frame (flow, sign, reporter, partner);
each amount of money is read in the frame before it, or in a flow word right
after it ("a 38.2 billion dlr surplus"). Other money nouns ("current account",
"debt", "oil exports") close the frame, so their amounts are not trade
figures.

What is left out, as in the definition of a trade record: changes ("by $5m",
"£4.5bn higher"), percentages, bounds ("more than", "almost") and ranges,
figures for one product, current-account, services and budget figures,
monthly averages, and figures whose currency or period the article does not
give. Context fills what a sentence leaves implicit: the reporter (the
dateline, the state the story is about), the partner of a bilateral story,
the currency of the previous figure and the period of the story's lead.

Every record names the rule that made it (``TradeRecord.rule``) and carries its
sentence as evidence.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import itertools
from collections.abc import Sequence
from decimal import Decimal

import attrs

from diplonews import _regex as re
from diplonews.gazetteer import fiscal_year_end, load_successions
from diplonews.models import Article, TradeFlow, TradeRecord
from diplonews.text import (
    Sentence,
    WordStarts,
    by_section,
    extract_people,
    has_digit,
    lowered,
    named_mentions,
    reads_folded,
    split_sentences,
    word_start_scan,
)
from diplonews.text.countries import extract_country_mentions, place_country
from diplonews.text.money import may_hold_money
from diplonews.trade._asides import blank_asides
from diplonews.trade._context import (
    Context,
    anchor_date,
    dateline_country,
    former_capitals,
    group_anaphors,
    headline_pair,
    headline_states,
    learn_pair,
    leave_pair,
    opening_owner,
    opening_subject,
    opens_on_firm,
    owner_anaphor,
    partner_anaphors,
    sentence_mentions,
    sentence_periods,
    state_on_day,
    story_dollar_reach,
    story_franc,
    update_context,
)
from diplonews.trade._cues import (
    BILATERAL,
    GOAL_AMOUNT,
    TRIGGER,
    TRIGGER_LOWER,
    WORLD,
    Flow,
    ends_blocked,
    flows,
    is_product_flow,
)
from diplonews.trade._figures import (
    FRAME_ONLY_RULE,
    Figure,
    figure_anaphor,
    flows_anaphor,
    sentence_figures,
)
from diplonews.trade._lists import RANK_HINT, opener_flow, role_flow
from diplonews.trade._periods import stated_fiscal_end
from diplonews.values import Country, Period, Span

__all__ = ["extract_trade_records"]

_DIGIT = re.compile(r"\d")
# A word of trade in a sentence naming two states: their trade is the story's topic.
_TRADE_WORD = re.compile(r"\b(?:trad(?:e|ing)|exports?|imports?|turnover)\b", re.IGNORECASE)
# A state's own total by its noun: "the country's foreign trade turnover", "the foreign
# trade turnover of the country".
_OWN_TOTAL = re.compile(
    r"\bthe\s+(?:country|nation|republic)'s\s+(?:foreign|external|overall|total)\s+trade\b"
    r"|\b(?:foreign|external|overall|total)\s+trade(?:\s+turnover)?\s+of\s+the\s+"
    r"(?:country|nation|republic)\b",
    re.IGNORECASE,
)
# Month names that are no other lower-case word ("may", "march" are verbs).
_LOWER_MONTHS = (
    "january",
    "february",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_LEAD_CHARS = 400
_DATE_FOLLOWS = re.compile(r"\s*[\d,.]")  # "april 9", "in february, ..."
_WORD_START = re.compile(r"(?<![\w'’])[a-z]")
# A decimal comma inside a figure, as regional wires write it ("$2,6 billion", "38,15 mln",
# "20,2 percent"): one or two digits after it, then a multiplier or a percent (never a
# thousands comma, which three digits follow). Read as a point, so that no rule takes it
# for a comma between clauses.
_DECIMAL_COMMA = re.compile(
    r"(?<![\d,.])(\d{1,3}),(?=\d{1,2}(?!\d)\s?(?:trillion|billion|million|thousand|"
    r"trln|bln|mln|bn|mn|m|b|percent|per\s+cent|pct|%)(?!\w))",
    re.IGNORECASE,
)
# What every match of _DECIMAL_COMMA holds from its comma on: a literal first, so a body
# without one is passed over at the engine's fastest (_DECIMAL_COMMA opens on a
# lookbehind, and its search tries every place of the body).
_DECIMAL_COMMA_AT = re.compile(r",\d{1,2}(?!\d)")
_STATISTICS = re.compile(r"\b(?:statistics|statistical|data|figures|customs)\b", re.IGNORECASE)
# A sentence whose subject is a bare "the turnover", after the story's trade turnover, goes
# on with that turnover ("In the same period of last year, the turnover stood at ...";
# "In national currency the turnover ..."); not one a speaker reports ("X said the turnover").
# Also after a source's lead-in ("According to him, in May turnover rose ...") and after a
# period phrase with no comma ("In January alone turnover was ...").
_THE_TURNOVER = re.compile(
    r"\s*(?:According\s+to\s+[^,;:.]{1,40},\s+)?"
    r"(?:(?:(?:[Ii]n|During|Over|For)\s[^,;:]{0,60}?,?\s+)?[Tt]he\s+"
    r"(?:total\s+|overall\s+|quarterly\s+|annual\s+|yearly\s+|half-year(?:ly)?\s+)?"
    r"turnover\b(?!\s+of\b)"  # "In national currency, the total (quarterly) turnover was ..."
    r"|(?:[Ii]n|During|Over|For)\s[^,;:]{0,60}?,\s+turnover\b(?!\s+of\b)"  # "In June, turnover"
    r"|(?:[Ii]n|During|Over|For)\s[^,;:]{0,60}?(?:\d|\balone|\byear|\bmonths?|\bquarter|\bhalf|"
    r"\bperiod)\s+turnover\b(?!\s+of\b))"
)
# "Compared with 2022, when the turnover was $5 billion": the story's turnover, then.
_WHEN_TURNOVER = re.compile(r",\s+when\s+(?:the\s+)?turnover\b(?!\s+of\b)", re.IGNORECASE)
# "We hope to bring turnover to $5 billion": a goal for the story's trade turnover.
_GOAL_TURNOVER = re.compile(
    r"\b(?:bring|raise|increase|boost|lift|take|double|triple|expand)(?:s|ing)?\s+"
    r"(?:the\s+)?(?:(?:annual|total|overall)\s+)?turnover\s+to\s+" + GOAL_AMOUNT,
    re.IGNORECASE,
)
_BALANCE_HINT = re.compile(r"deficit|surplus|balance|current", re.IGNORECASE)


# "the two countries", "both countries": a pair the text named before.
_TWO_SIDES = re.compile(r"\b(?:the|our|both)\s+(?:two\s+)?countries\b", re.IGNORECASE)
# A figure of two sides that names neither: "two-way trade", "bilateral trade", "the sides".
_PAIR_FIGURE = re.compile(
    r"\b(?:two-way|bilateral|mutual|(?:the|both)\s+(?:two\s+)?(?:countries|sides|nations))\b",
    re.IGNORECASE,
)
_BETWEEN_AND = re.compile(r"\s+and\s+(?:the\s+)?")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$")
# A state named as a preposition's object, no side of a figure: "investors from C", and
# not its owner ("C's"), which may be one.
_OBJECT_BEFORE = re.compile(
    r"\b(?:from|to|into|through|via|across|in|for|by)\s+(?:the\s+)?$", re.IGNORECASE
)
_OWNER_AFTER = re.compile(r"['’]s?\b|\s+and\b")
# Before two states named together as a sentence's subject: its start, or "The presidents
# of" at its start (not "a meeting involving A and B", "imports from A and B").
_SUBJECT_BEFORE = re.compile(
    r"(?:^|\n|[.!?][\"”’']?\s+)[\"“‘']?(?:(?:The|Both)\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?)?$"
)


def _pair_before(
    body: str, sentence: Sentence, *, coordinated: bool = False
) -> tuple[str, str] | None:
    r"""The last "between A and B" before ``sentence``, in its paragraph or the one before.

    With ``coordinated``, also the last "A and B" named together as a subject ("A and B will
    hold talks", "Turkish and Iranian officials met") after which the text names no other
    state, but as an object ("investors from C") where no figure stands between.

    >>> body = "A deal between Peru and Chile took effect.\n\nThe two countries aim higher."
    >>> _pair_before(body, split_sentences(body)[1])
    ('PER', 'CHL')
    >>> body = "Peru's imports from Bolivia grew. Peru and Chile will meet. Two-way trade fell."
    >>> _pair_before(body, split_sentences(body)[2], coordinated=True)
    ('PER', 'CHL')
    """
    floor = body.rfind("\n\n", 0, sentence.start)
    floor = max(0, body.rfind("\n\n", 0, floor) if floor > 0 else 0)
    named = [m for m in named_mentions(body).between(floor, sentence.start) if m.kind != "group"]
    found = None
    for i, (left, right) in enumerate(itertools.pairwise(named)):
        if left.code == right.code or not _BETWEEN_AND.fullmatch(body, left.end, right.start):
            continue
        before = body[max(0, left.start - 14) : left.start]
        if _BETWEEN_BEFORE.search(before) or (
            # Two states named together as the subject of talks, with no other state named
            # after them but as an object ("investors from C") of a sentence with no figure,
            # are the two sides a later bilateral figure speaks of.
            coordinated
            and left.kind != "capital"
            and right.kind != "capital"
            and _SUBJECT_BEFORE.search(body, max(0, left.start - 40), left.start) is not None
            and not body.startswith((",", " and "), right.end)
            and all(
                m.code in (left.code, right.code)
                or (
                    _OBJECT_BEFORE.search(body, max(0, m.start - 14), m.start) is not None
                    and _OWNER_AFTER.match(body, m.end) is None
                    and _DIGIT.search(body, right.end, sentence.start) is None
                )
                for m in named[i + 2 :]
            )
        ):
            found = (left.code, right.code)
    return found


# The words that may name the two sides of a bilateral figure: "the two countries", "the
# sides", "both leaders", "bilateral trade" (a superset of the figures' own phrases).
_SIDES_WORDS = re.compile(
    r"\b(?:(?:the|both|our)\s+(?:two\s+)?(?:countries|states|nations|sides|parties|leaders|"
    r"presidents|heads)|bilateral|mutual|two-way)\b",
    re.IGNORECASE,
)


def _official_states(article: Article) -> list[tuple[int, str]]:
    """Where the officials of ``article`` are named, with their states (headline: -1).

    An office holder named with no state takes the state he served in the article's year.
    """
    year = article.published.year if article.published is not None else None
    found = [(-1, p.country) for p in extract_people(article.title or "", year=year) if p.country]
    body = article.body  # (its country mentions are the ones scanned once for every extractor)
    people = extract_people(body, mentions=named_mentions(body).mentions, year=year)
    found += [(p.start, p.country) for p in people if p.country]
    return found


@functools.cache
def _names_a_state(code: str) -> bool:
    """Whether :meth:`Country.get` knows ``code``: asked once per code, the gazetteer is fixed.

    >>> _names_a_state("PER"), _names_a_state("EU")
    (True, False)
    """
    return Country.get(code) is not None


# The first letters of every trade word (sought where a word starts, see _stem_starts).
_STEMS = ("trad", "turnover", "export", "import", "surplus", "deficit", "shortfall", "sold")
_STEMS_RARE = (
    "bought",
    "purchased",  # "purchased goods from B"
    "received",  # "B received goods worth X"
    "shipments",
    "shipped",
    "supplied",
    "sent",
    "delivered",
    "buyers",
    "suppliers",
    "supplies",  # "supplies to B came to ..."
    "deliveries",  # "deliveries of Peruvian goods to B"
    "sales",  # "sales to B reached X"
    "took",  # "B took X of A's goods"
    "taking",
    "takes",
    "buying",  # "B, A's biggest market, buying X of A's goods"
    "selling",  # "B, selling it X worth of goods"
    "purchases",  # "A's purchases from B"
    "earned",  # "A earned X from its exports"
    "exchanged",  # "the value of goods exchanged between A and B"
    "positive",  # "the positive balance"
    "negative",
    "gap",  # "the goods gap narrowed to X" (TRIGGER_LOWER keeps only a gap of goods)
)


@functools.cache
def _stem_starts() -> re.Pattern[str]:
    """Where each word beginning with a trade stem starts (see ``word_start_scan``).

    ``TRIGGER_LOWER`` opens on a word boundary before a letter, which an ASCII
    letter, digit or ``_`` before it rules out: only the places after any other
    character are tried (each hit is still checked by ``TRIGGER_LOWER``).

    >>> [m.start() for m in _stem_starts().finditer(" exports and imports, unsold")]
    [0, 12]
    """
    return word_start_scan(_STEMS + _STEMS_RARE, "a-z0-9_")


# The places _stem_starts finds, from the body scan the agreement step shares (text._word_starts).
_STEM_STARTS = WordStarts(_STEMS + _STEMS_RARE)


def _told_before(body: str, end: int, word: str) -> bool:
    """Whether ``body`` names ``word`` (a whole word, any case) before ``end``.

    >>> _told_before("Copper exports rose. Shipments to B fell.", 20, "copper")
    True
    >>> _told_before("Copper exports rose. Shipments to B fell.", 20, "wool")
    False
    """
    return re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE).search(body, 0, end) is not None


def _holds_number(text: str) -> bool:
    """Whether ``text`` holds a digit, or an amount told in words ("five billion dlrs").

    A goal or forecast is often a round sum spelt out ("expects a surplus of about five
    billion dlrs this year"): its sentence may have no digit at all.

    >>> _holds_number("It expects a surplus of five billion dlrs this year.")
    True
    >>> _holds_number("Trade fell sharply.")
    False
    """
    if has_digit(text):
        return True
    lower = text.lower()
    return ("illion" in lower or "bln" in lower or "mln" in lower) and may_hold_money(text)


def _trade_sentences(body: str, titled: bool = False) -> list[Sentence]:
    """The sentences holding a trade word, found with one scan of the lower-cased body.

    ``titled``: the headline holds a trade word, so a partner list may start the body
    ("Peru's main trading partners" above "Chile topped the list with $5 million").
    """
    lower, padded = lowered(body)
    if len(lower) != len(body) and "\u0131" not in body and "\u017f" not in body:
        # The one letter whose lower case is longer, "\u0130", matches "i" case-insensitively:
        # written so, the lower-cased body keeps every offset. (Dotless "\u0131" and long
        # "\u017f" also match an ASCII letter case-insensitively: with them, scan as written.)
        lower = body.replace("\u0130", "i").lower()
        padded = " " + lower
    if len(lower) != len(body):
        hits = [m.start() for m in TRIGGER.finditer(body)]
    else:
        # each place a stem starts a word (_stem_starts; one space in front of the body)
        hits = [start for start in _STEM_STARTS.starts(padded) if TRIGGER_LOWER.match(lower, start)]
    if not hits and not titled:
        return []
    sentences = split_sentences(body)
    starts = [s.start for s in sentences]
    chosen = {bisect.bisect_right(starts, hit) - 1 for hit in hits}
    first = -1 if titled else min(chosen)
    # A hint word the rank and part searches cannot match without, sought in the lower-cased
    # body (offset for offset): with none, only the anchored tests remain. Two letters match
    # an ASCII one case-insensitively without being its upper case: with them, search as before.
    gate = len(lower) == len(body) and "\u0131" not in lower and "\u017f" not in lower
    # A partner list goes on in sentences with no trade word: "Turkey was second ($5m)";
    # so does a figure's sentence: "It reached $968 million in the first half".
    for i in range(first + 1, len(sentences)):
        sentence = sentences[i]
        text = sentence.text
        if i in chosen or not has_digit(text):
            continue
        if _BARE_BALANCE.match(text):
            chosen.add(i)  # "The balance was negative at $4 billion": the trade's, just named
        elif gate and not _HINT_WORDS.search(lower, sentence.start, sentence.end):
            if figure_anaphor(text) or flows_anaphor(text) or _ITEM_LINE.match(text):
                chosen.add(i)
        elif (
            (RANK_HINT.search(text) and not _OTHER_RANKING.search(text))
            or figure_anaphor(text)
            or flows_anaphor(text)
            or _PART_HINT.search(text)  # "Russia accounted for $12 billion": the total's part
            or _ITEM_LINE.match(text)  # a list's line of its own: "- China: $6.9 billion;"
        ):
            chosen.add(i)
    return [sentences[i] for i in sorted(chosen) if i >= 0]


# The words without which neither RANK_HINT nor _PART_HINT can match, lower-cased, with no
# word boundaries, as a tree of their letters: a case-sensitive scan is several times faster.
_HINT_WORDS = re.compile(
    r"""account|biggest|eighth|f(?:ell|i(?:fth|rst)|o(?:llowed|urth))|l(?:argest|e(?:ad|d))|main
    |n(?:ext|inth|o\.|umber)|p(?:lace|osition)|rank|s(?:e(?:cond|venth)|hare|ixth)|t(?:enth|h(?:en|ird)|op)""",
    re.VERBOSE,
)


# A sentence about "the balance" with no trade word, after a trade sentence.
_BARE_BALANCE = re.compile(
    r"\s*(?:The|Its|Their)\s+(?:[\w-]+\s+){0,2}?balance\b(?!\s+of\s+(?:power|payments))"
)
# A line that is one item of a partner list: "- China: $6.9 billion;", "Russia – $5 bln".
_ITEM_LINE = re.compile(
    r"\s*[-•*–—]?\s*(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*[:–—-]\s*"
    r"(?:about\s+|around\s+|some\s+)?(?:\$|US\$|USD|EUR|€|\d)"
)
# "Turnover – $400 million" as a line of a trade summary: the label of a figure.
_LABEL_TURNOVER = re.compile(r"(?:^|\n)\s*[-•*–—]?\s*[Tt]urnover\s*[:–—-]")
_PART_HINT = re.compile(
    r"\baccount(?:ed|ing|s)?\s+for\b|\bfell\s+on\b|\bshare\s+of\b|['’]s\s+share\b", re.IGNORECASE
)  # "The share of B was 8%, or $X": a part of the total
# Words of a ranking of something else than trade: "Japan came second among donors".
_OTHER_RANKING = re.compile(
    r"\b(?:donors?|investors?|investments?|lenders?|loans?|grants?|aid|tourists?|tourism|"
    r"remittances?|visitors?|arrivals)\b",
    re.IGNORECASE,
)


# A period pointing back, not a comparison: "in the same period", "during the reporting period".
_SAME_PERIOD = re.compile(
    r"\b(?:in|during|for|over)\s+(?:the\s+same|this|that|the\s+reporting|the\s+review)\s+"
    r"period\b(?!\s+(?:of|in|last|a\s+year|the\s+previous|\d))",
    re.IGNORECASE,
)


# A sentence telling an estimate the statistics have since replaced: "The bureau had first
# put the February surplus at X", "The agency revised the March deficit from the X it had
# reported". Its figure is no record (the story gives the revised one), and its month no
# period of the sentences after it ("exports rose to Y in the month").
_SUPERSEDED = re.compile(
    r"\s*(?:[\w'’.-]+\s+){1,5}?"
    r"(?:(?:had\s+)?(?:first|originally|initially|previously|earlier)\s+"
    r"(?:put|reported|estimated|given|published|announced)"
    r"|(?P<revised>revised))\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:surplus|deficit|gap|shortfall|exports|imports|trade|balance|figures?)\s+"
    r"(?(revised)(?:(?:up|down)(?:wards?)?\s+)?from\b(?![^.;]*?\bto\s+(?:an?\s+)?[$£€¥]?\s?\d)|)"
)


# A sentence only bounding the figure just named, its subject "we" or "it": "I am sure we
# will exceed $10 billion this year" (a bound is no record, and no other thing "it" can be).
_BOUND_ONLY = re.compile(
    r"[^.;!?]{0,80}\b(?:we|it)\s+(?:will|would|can|could|may|might|should|shall|are\s+going\s+to|"
    r"is\s+going\s+to|are\s+set\s+to|is\s+set\s+to)\s+(?:easily\s+|even\s+|certainly\s+|surely\s+)?"
    r"(?:exceed|surpass|top|pass|cross|overtake)\s+(?:the\s+)?(?:\$|US\$|USD\b|\d)"
    r"[^;!?]{0,40}?(?<!\d)[.!](?!\d)\s*[\"”]?\s*",
    re.IGNORECASE,
)


# A sentence whose subject is "the figure" (no pronoun): "In 2022, the figure reached X".
_THE_FIGURE_OPENS = re.compile(
    r"(?:(?:In|During|For|Over|By)\s+[^,.;$]{1,40}?,?\s+)?(?:[Tt]he|[Tt]his)\s+(?:same\s+)?figure\s"
)


# A goal's subject naming the two sides: "The two countries aim", "Both sides hope", "The
# parties plan", "According to him, the sides intend".
_SIDES_GOAL = re.compile(
    r"(?:[^.;$]{1,60}?,\s+)?(?:[Tt]he|[Bb]oth|[Oo]ur)\s+(?:two\s+)?"
    r"(?:countries|sides|parties|nations|governments|leaders|presidents)\s+"
    r"(?:also\s+)?(?:aim|hope|plan|intend|want|seek|expect|agreed|pledged|vowed)"
)


def _before_anaphor(body: str, sentence: Sentence, following: Sequence[Sentence]) -> bool:
    """Whether the trade sentence right after ``sentence`` tells its trade's figure by "it".

    "Our trade is expanding fast. In January-March it reached $96 million": the sentence
    names the trade the "it" stands for, though it names no state and no amount.
    """
    return bool(following) and (
        not body[sentence.end : following[0].start].strip()
        and has_digit(following[0].text)
        and figure_anaphor(following[0].text)
    )


def _anaphor_ahead(body: str, following: Sequence[Sentence]) -> str:
    """The text the "it" of a trade sentence's figure would be in, after ``following``'s first.

    The next trade sentence, or the one after it when the next only speaks of the trade's
    change with no amount: "Trade between A and B is climbing. A sharp increase was
    registered in the first half. In 2022 it reached X": "it" is the first sentence's trade.
    """
    if (
        len(following) == 2
        and not may_hold_money(following[0].text)
        and not body[following[0].end : following[1].start].strip()
        and figure_anaphor(following[1].text)
        and not figure_anaphor(following[0].text)
    ):
        return following[1].text
    return following[0].text


def _bound_gap(gap: str) -> bool:
    """Whether the text between two sentences leaves "it" to the figure before it.

    Nothing but blanks, or one sentence bounding that figure ("we will exceed $10 billion").

    >>> _bound_gap(" I am confident that this year we will exceed $10.5 billion. ")
    True
    >>> _bound_gap(" The bank expects loans to exceed $10 billion. ")
    False
    """
    return not gap.strip() or (
        _DIGIT.search(gap) is not None and _BOUND_ONLY.fullmatch(gap.lstrip()) is not None
    )


def _paragraph_before(body: str, at: int) -> int:
    r"""Where the paragraph before the one holding ``at`` starts (near enough: at its break).

    >>> _paragraph_before("A.\n\nB.\n\nC.", 8), _paragraph_before("A.\n\nB.", 4)
    (2, 0)
    """
    floor = max(body.rfind("\n\n", 0, at), 0)
    return max(body.rfind("\n\n", 0, floor), 0) if floor > 0 else 0


def _period_before(body: str, sentence: Sentence, anchor: dt.date | None) -> Period | None:
    r"""The last past period named in ``sentence``'s paragraph before it, or the paragraph before.

    >>> body = "Peru's GDP grew 3% in 2023.\n\nIts trade with Chile reached $5m in the same period."
    >>> str(_period_before(body, split_sentences(body)[1], dt.date(2024, 2, 1)))
    '2023-01-01..2023-12-31'
    """
    floor = _paragraph_before(body, sentence.start)
    past = [
        p.period
        for p in sentence_periods(body[floor : sentence.start], anchor, None)
        if not p.comparison and (anchor is None or p.period.end < anchor)
    ]
    return past[-1] if past else None


def _recent_states(
    body: str,
    sentence: Sentence,
    states: list[str],
    starts: list[int],
    head: Sequence[str] = (),
) -> frozenset[str]:
    r"""The states named in ``sentence``'s paragraph before it and in the paragraph before.

    ``head``: the states of the headline and dateline, which come before the first
    paragraph ("Peru widens trade ties" above "Chile's trade with the country ...").

    >>> body = "Peru met Chile.\n\nPeru's exports to this country grew."
    >>> sorted(_recent_states(body, split_sentences(body)[1], ["PER", "CHL", "PER"], [0, 9, 17]))
    ['CHL', 'PER']
    >>> sorted(_recent_states("Chile's trade with the country grew.", split_sentences(
    ...     "Chile's trade with the country grew.")[0], ["CHL"], [0], ["PER"]))
    ['PER']
    """
    floor = _paragraph_before(body, sentence.start)
    named = states[bisect.bisect_left(starts, floor) : bisect.bisect_left(starts, sentence.start)]
    return frozenset([*head, *named] if floor == 0 else named)


def _last_other(
    body: str, sentence: Sentence, states: list[str], starts: list[int], reporter: str | None
) -> str | None:
    r"""The last state other than ``reporter`` named before ``sentence``.

    Only its paragraph and the one before count: a neighbour refers back that far.

    >>> body = "Trade with Chile caused friction.\n\nPeru's surplus with its neighbour grew."
    >>> _last_other(body, split_sentences(body)[1], ["CHL", "PER"], [11, 35], "PER")
    'CHL'
    >>> _last_other(body, split_sentences(body)[0], ["CHL", "PER"], [11, 35], "PER") is None
    True
    """
    floor = _paragraph_before(body, sentence.start)
    named = states[bisect.bisect_left(starts, floor) : bisect.bisect_left(starts, sentence.start)]
    return next((code for code in reversed(named) if code != reporter), None)


def _subject_before(body: str, floor: int, sentence: Sentence) -> str | None:
    """The state a short sentence with no number opens with, just before ``sentence``.

    >>> body = "Trade rose. Peru ranked fifth. Exports to this country grew."
    >>> _subject_before(body, 11, split_sentences(body)[2])
    'PER'
    """
    gap = body[floor : sentence.start]
    if not gap.strip() or _DIGIT.search(gap) or len(gap) > 120 or gap.strip().count(". ") > 0:
        return None
    found = extract_country_mentions(gap)
    lead = len(gap) - len(gap.lstrip())
    if not found or found[0].start != lead or found[0].kind == "group":
        return None
    return found[0].code


def _sentence_before(body: str, sentence: Sentence) -> str:
    r"""The text of the sentence just before ``sentence`` ("" for the first).

    >>> body = "Peru met Chile.\n\nChile is rich. Its exports grew."
    >>> _sentence_before(body, split_sentences(body)[2])
    'Chile is rich.'
    """
    before = [s for s in split_sentences(body) if s.end <= sentence.start]
    return before[-1].text if before else ""


def _of_its_day(
    place: str | None, day: dt.date | None, anchor: dt.date | None, states: list[str]
) -> str | None:
    """The state of a dateline's ``place`` on the story's day (a former state's or its own).

    "MOSCOW, Feb 9 -" on a wire of 1987 is the Soviet Union's, whether or not the story names
    it ("arrived here", "two-way trade"), and Russia's in 2005; with no publication ``day``,
    the former state's only in a story told while it stood that names it. A story naming
    the successor among its ``states`` speaks of the successor.
    """
    if place is None:
        return None
    return state_on_day(place, states, day, anchor)


def _filed_from(dateline: str | None, body: str) -> str | None:
    """The state of a dateline the reader kept apart, when it is the story's state.

    An agency files from its home city about other states too ("BAKU" above a story on
    Kazakh-Chinese trade): the dateline's state is the story's when the body names it,
    or names other states only as partners ("ASTANA ... Exports to China came to ...").
    """
    return _told_from(place_country(dateline), body)


def _told_from(place: str | None, body: str) -> str | None:
    """``place``, a state the page tells apart from the body, if it is the story's state.

    It is when the body names it, or names other states only as partners ("Exports to
    China came to ..."): a dateline's state, or the one state a headline names ("Peru steps
    up regional diplomacy" above "The President noted that trade with Chile reached X").
    """
    if place is None:
        return None
    mentions = [
        m
        for m in named_mentions(body).mentions
        if m.kind != "group"  # (a currency's issuer, "US dollars", is no mention)
    ]
    if all(m.code != place for m in mentions) and any(
        not _AS_PARTNER.search(body, max(0, m.start - 16), m.start) for m in mentions
    ):
        return None  # the body never names the place's state, and names another as a side
    return place


def _most_named(codes: list[str]) -> tuple[str, ...]:
    """The three codes named most, first named first among equals (``Counter.most_common``).

    >>> _most_named(["PER", "CHL", "GHA", "CHL", "NOR", "NOR"])
    ('CHL', 'NOR', 'PER')
    """
    counts = collections.Counter(codes)
    # A stable sort, as ``most_common`` is, without its heap for a handful of codes.
    return tuple(sorted(counts, key=counts.__getitem__, reverse=True)[:3])


# A state named as a partner: "exports to China", "trade with the United States".
_AS_PARTNER = re.compile(r"\b(?:to|from|with)\s+(?:the\s+)?$", re.IGNORECASE)


def _headline_group(title: str, state: str) -> tuple[str, str] | None:
    """The state and the group of a trade headline naming a group as the partner, or ``None``.

    >>> _headline_group("Peru's trade with EU up 9%", "PER")
    ('PER', 'EU')
    >>> _headline_group("Peru's exports up 9% as EU demand grows", "PER") is None
    True
    """
    groups = [m for m in extract_country_mentions(title) if m.kind == "group"]
    if len(groups) == 1 and _AS_PARTNER.search(
        title, max(0, groups[0].start - 16), groups[0].start
    ):
        return state, groups[0].code
    return None


def _title_partner(title: str) -> bool:
    """Whether a headline names its states only as partners, after "to", "from" or "with".

    >>> _title_partner("Exports to Peru up 40pc"), _title_partner("Peru's trade with Chile")
    (True, False)
    """
    mentions = [m for m in extract_country_mentions(title) if m.kind != "group"]
    return bool(mentions) and all(
        _AS_PARTNER.search(title, max(0, m.start - 16), m.start) for m in mentions
    )


def _typed_in_lower_case(body: str) -> bool:
    """Whether two month names are written in lower case before a day, a year or a comma.

    >>> _typed_in_lower_case("Lima, april 9 - exports in february, officials said.")
    True
    >>> _typed_in_lower_case("In the august presence of ministers, on April 9.")
    False
    """
    hits = 0
    lead = body[:_LEAD_CHARS]  # such a story is in lower case from its dateline on
    for name in _LOWER_MONTHS:
        at = lead.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not lead[at - 1].isalnum()) and _DATE_FOLLOWS.match(lead, end):
                hits += 1
                if hits >= 2:
                    return True
            at = lead.find(name, end)
    return False


@reads_folded  # (outermost: the evidence is quoted from the body as written)
@by_section
def extract_trade_records(
    article: Article, *, fiscal_calendars: bool = False
) -> tuple[TradeRecord, ...]:
    """Extract the trade figures stated in ``article``.

    Args:
        article: the article; its ``published`` date resolves relative periods.
        fiscal_calendars: read a fiscal year whose months the article does not state
            ("FY2022-23", "fiscal year 2023-24", "2022/23", "FY23", "the first nine months
            of the current fiscal year") on the government fiscal calendar of the story's
            state (:func:`~diplonews.gazetteer.fiscal_year_end`). Off by default: such a
            figure's period is one the article does not let a reader determine, and such
            a figure is no record; a fiscal year whose months the article states ("the
            1986/87 fiscal year ended March") is read either way. Turn it on for outlets
            whose readers know their state's calendar (Pakistani or Indian ones, say).

            .. versionadded:: 0.2.0

    Returns:
        One record per figure, in text order, each with its sentence as
        evidence and the name of its rule; ``()`` when there are none.

    >>> from diplonews.trade import extract_trade_records
    >>> from diplonews import Article
    >>> import datetime as dt
    >>> art = Article(id="a", published=dt.date(2022, 2, 1), body=(
    ...     "Trade turnover between Georgia and Moldova stood at $27.4 million in 2021, "
    ...     "with $9.1 million in exports and $18.3 million in imports."))
    >>> for r in extract_trade_records(art):
    ...     print(r.reporter, r.partner, r.flow.value, r.value, r.currency, r.period, r.rule)
    GEO MDA turnover 27400000 USD 2021-01-01..2021-12-31 trade.turnover_between
    GEO MDA export 9100000 USD 2021-01-01..2021-12-31 trade.pair_context
    GEO MDA import 18300000 USD 2021-01-01..2021-12-31 trade.pair_context
    >>> extract_trade_records(Article(id="b", body="Exports rose by 5 pct."))
    ()

    A fiscal year that states no months is a record only on the state's calendar:

    >>> art = Article(id="c", published=dt.date(2023, 8, 1), body=(
    ...     "ISLAMABAD, Aug 1 - Pakistan's exports to China stood at $2.5 billion "
    ...     "in fiscal year 2022-23."))
    >>> extract_trade_records(art)
    ()
    >>> for r in extract_trade_records(art, fiscal_calendars=True):
    ...     print(r.reporter, r.partner, r.flow.value, r.value, r.period)
    PAK CHN export 2500000000 2022-07-01..2023-06-30

    .. versionadded:: 0.1.0
    """
    body = article.body
    # Typographic apostrophes read as plain ones ("Azerbaijan’s exports"); one character
    # for one, so every offset holds and the evidence is quoted as written.
    read = body.replace("’", "'")
    if _DECIMAL_COMMA_AT.search(read) is not None:
        read = _DECIMAL_COMMA.sub(r"\1.", read)  # "$2,6 billion" read as "$2.6 billion"
    # "A's exports to B, mostly tea, rose to X": an aside between a figure's subject and its
    # verb describes the subject, so its flow words and states are no frame of the figure.
    read = blank_asides(read)
    if _typed_in_lower_case(body):
        # A wire story typed in lower case ("chile's trade surplus narrowed ... in february"):
        # read it with every word capitalised, and quote the evidence as written.
        recased = _WORD_START.sub(lambda m: m.group().upper(), read)
        records = _extract(attrs.evolve(article, body=recased), fiscal_calendars=fiscal_calendars)
    elif read != body:
        # The body's sentences and country mentions (cached per body) serve as they are.
        records = _extract(article, read, fiscal_calendars=fiscal_calendars)
    else:
        return _extract(article, fiscal_calendars=fiscal_calendars)
    return tuple(
        attrs.evolve(
            r, evidence=tuple(Span(s.start, s.end, body[s.start : s.end]) for s in r.evidence)
        )
        for r in records
    )


def _extract(
    article: Article, read: str | None = None, *, fiscal_calendars: bool = False
) -> tuple[TradeRecord, ...]:
    """The records of ``article``, its sentences read in ``read`` (the body, respelt).

    ``fiscal_calendars``: as for :func:`extract_trade_records`.
    """
    body = article.body
    trade_sentences = _trade_sentences(
        body, titled=bool(article.title) and TRIGGER.search(article.title or "") is not None
    )
    # Figures come only from sentences with a digit: the trade sentences after the last of
    # them would only teach the story's context, which no figure reads any more.
    last = len(trade_sentences) - 1
    while last >= 0 and not _holds_number(trade_sentences[last].text):
        last -= 1
    if last < 0:
        return ()
    del trade_sentences[last + 1 :]
    if read is not None:
        trade_sentences = [attrs.evolve(s, text=read[s.start : s.end]) for s in trade_sentences]
    # Figures need an amount of their own sentence (sentence_figures reads none where
    # may_hold_money fails): with none in any sentence there are none, and the sentences
    # after the last that may hold one add no record, so they are not read.
    end = len(trade_sentences)
    while end and not (
        _holds_number(text := trade_sentences[end - 1].text) and may_hold_money(text)
    ):
        end -= 1
    if not end:
        return ()
    anchor = anchor_date(article)
    named = [
        m
        for m in named_mentions(body).mentions
        if m.kind != "group"  # (a currency's issuer, "US dollars", is no mention)
    ]
    day = article.published
    former = former_capitals(body, day)  # "in Moscow" in a story of the Soviet Union: SUN's
    states = [former.get(m.code, m.code) if m.kind == "capital" else m.code for m in named]
    named_starts = [m.start for m in named]
    titled = headline_states(article.title, day)
    headline = headline_pair(article.title, titled)
    title_trade = bool(article.title) and TRIGGER.search(article.title or "") is not None
    # A trade headline naming one state names the story's state ("Peru's exports up 9%");
    # any headline's states count among the story's ("Peru, Chile leaders meet").
    title_state = titled[0] if len(titled) == 1 and title_trade else None
    if title_state is not None and _title_partner(article.title or ""):
        title_state = None  # "Exports to Peru up 40%": the story's partner, not its state
    if headline is None and title_state is not None:
        headline = _headline_group(article.title or "", title_state)
    if (
        headline is None
        and len(titled) == 2
        and titled[0] != titled[1]
        and all(code in titled for code in states)
        and any(BILATERAL.search(s.text) for s in trade_sentences)
    ):
        # "Peru, Chile look to deepen ties" above "Bilateral trade reached X": a headline
        # naming two states, with no trade word, frames the body's bilateral trade when
        # the body names no other state.
        headline = (titled[0], titled[1])
    filed = _of_its_day(dateline_country(body), day, anchor, states)
    ctx = Context(
        reporter=filed
        or (headline[0] if headline else title_state)
        or _of_its_day(_filed_from(article.dateline, body), day, anchor, states)
        # "A steps up regional diplomacy": its one state, not a partner ("Exports to Peru up")
        or _told_from(
            titled[0] if len(titled) == 1 and not _title_partner(article.title or "") else None,
            body,
        )
        or (states[0] if states else None),
        top_states=_most_named(titled + states),
        has_community=any(m.code == "EU" for m in named_mentions(body).mentions),
        published=article.published is not None,
        pair=headline,
        title_pair=headline is not None,
        title_states=tuple(titled),
        fiscal_end=stated_fiscal_end(body),
        story_dollar=story_dollar_reach(body),
        headline_pair=headline,
    )
    if fiscal_calendars and ctx.fiscal_end is None and ctx.reporter is not None:
        # No calendar stated, and the caller opts in: the split and "FY" years of the
        # story's state are on its own (by default they are no period: whose calendar?).
        ctx.state_fiscal_end = fiscal_year_end(ctx.reporter, (anchor or dt.date.max).year)
    ctx.story_franc = story_franc(body, ctx.reporter)  # "CFA francs", then bare "francs"
    if title_trade and article.title:
        # "Peru's main trading partners in 2023": the flow of a list the body opens with.
        ctx.list_flow = role_flow(article.title) if title_state is not None else None
        ctx.title_period = next(
            (
                p.period
                for p in sentence_periods(article.title, anchor, None)
                if not p.comparison and (anchor is None or p.period.end < anchor)
            ),
            None,
        )
    # The states named before any sentence: the headline's and the dateline's.
    place = _of_its_day(
        place_country(article.dateline) or dateline_country(body), day, anchor, states
    )
    story_head = [*titled, place] if place is not None else titled
    records: list[TradeRecord] = []
    seen: set[tuple[object, ...]] = set()
    officials: list[tuple[int, str]] | None = None  # read once, when a sentence needs them
    frame_end = 0  # where the last sentence with figures ends
    pending_end = 0  # where the sentence that set ``ctx.pending`` ends
    for at, sentence in enumerate(trade_sentences[:end]):
        if ctx.pending is not None and body[pending_end : sentence.start].strip():
            ctx.pending = None  # the period passes to the very next sentence only
        mentions = group_anaphors(
            body,
            sentence,
            partner_anaphors(
                sentence.text,
                sentence_mentions(body, sentence, ctx.has_community, day),
                ctx,
                _recent_states(body, sentence, states, named_starts, story_head)
                if "ountr" in sentence.text and (ctx.pair is None or ctx.pair[1] is None)
                else frozenset(),
                _subject_before(body, trade_sentences[at - 1].end if at else 0, sentence)
                if "this country" in sentence.text or "that country" in sentence.text
                else None,
                last_other=_last_other(body, sentence, states, named_starts, ctx.reporter)
                if "eighbo" in sentence.text
                else None,
            ),
        )
        firm_owned = False  # the sentence's "its" is a company's
        if ctx.reporter is not None and opening_owner(sentence.text):
            # "B is the region's largest economy. Its exports to A were X": "its" opening a
            # sentence refers to the subject of the sentence just before, not to the story's.
            previous = _sentence_before(body, sentence)
            opener = opening_subject(previous) if previous else None
            mentions = owner_anaphor(
                sentence.text, mentions, opener if opener != ctx.reporter else None
            )
            firm_owned = opener is None and bool(previous) and opens_on_firm(previous)
        if "   " in sentence.text:
            # A state named only in a blanked aside is no state of the sentence's figures.
            mentions = [m for m in mentions if not sentence.text[m.start : m.end].isspace()]
        digits = _holds_number(sentence.text)
        # The next sentence tells this one's trade by "it": read for its frame and states.
        before_it = not digits and _before_anaphor(body, sentence, trade_sentences[at + 1 : at + 2])
        if ctx.list_period is not None and not _ITEM_LINE.match(sentence.text):
            ctx.list_period = None  # the list's lines are over
        if _SUPERSEDED.match(sentence.text) is not None:
            continue  # "The bureau had first put the February surplus at X": replaced since
        gap = body[trade_sentences[at - 1].end if at else 0 : sentence.start].rstrip()
        if gap.endswith(":") and _ITEM_LINE.match(sentence.text):
            # "The largest volumes were recorded with:" (no trade word, so no trade
            # sentence) above the list's first line: no flow named, the story's.
            opener = gap[max(gap.rfind("\n"), gap.rfind(". ")) + 1 : -1]
            ctx.list_flow = opener_flow(opener, ctx.lead_flow) or ctx.list_flow
        if sentence.text.endswith(":"):
            # "The main export destinations were:": the flow of the list lines below.
            # "Exports to its main partners:": a flow word of the sentence before a role noun.
            own = next(
                (
                    f.kind
                    for f in flows(sentence.text, [(m.start, m.end) for m in mentions])
                    if f.kind in ("export", "import")
                ),
                None,
            )
            ctx.list_flow = (
                own
                or role_flow(sentence.text)
                # "The largest volumes were recorded with:": no flow named, the story's
                or opener_flow(sentence.text[:-1], ctx.lead_flow)
                or ctx.list_flow
            )
            # "In January-March, the main export destinations were:": the lines' period.
            ctx.list_period = next(
                (
                    p.period
                    for p in sentence_periods(sentence.text, anchor, None)
                    if not p.comparison and (anchor is None or p.period.end < anchor)
                ),
                None,
            )
        if not (
            digits
            or mentions
            or sentence.paragraph == 0
            or ctx.balance_blocked
            or _BALANCE_HINT.search(sentence.text)
            or before_it
        ):
            continue  # no figure, and nothing the story's context would learn
        sentence_flows = flows(
            sentence.text,
            [(m.start, m.end) for m in mentions],
            blocked=ctx.balance_blocked,
            demonyms=[(m.start, m.end) for m in mentions if m.kind == "demonym"],
            told=functools.partial(_told_before, body, sentence.start),
        )
        if sentence.paragraph != ctx.trade_paragraph:
            near = sentence.paragraph == ctx.trade_paragraph + 1
            ctx.previous_trade_sides = ctx.trade_sides if near else frozenset()
            ctx.trade_sides, ctx.trade_paragraph = frozenset(), sentence.paragraph
        sides = {m.code for m in mentions if m.kind != "group"}
        if len(sides) >= 2 and _TRADE_WORD.search(sentence.text) is not None:
            # "A and B will sign a trade protocol": the two states' trade is on the table.
            ctx.trade_sides |= sides
        if (
            ctx.turnover_paragraph == sentence.paragraph
            or (ctx.turnover_paragraph >= 0 and (mentions or _STATISTICS.search(sentence.text)))
            or (ctx.turnover_paragraph >= 0 and _THE_TURNOVER.match(sentence.text) is not None)
            or (
                ctx.turnover_paragraph >= 0
                and "turnover to" in sentence.text
                and _GOAL_TURNOVER.search(sentence.text) is not None
            )
            or (
                ctx.turnover_paragraph >= 0
                and ", when " in sentence.text
                and _WHEN_TURNOVER.search(sentence.text) is not None
            )
            or headline is not None  # "Peru-Chile trade up 9%" above "the turnover reached X"
            or (
                "urnover" in sentence.text  # a cheap test first: the label's own word
                and _LABEL_TURNOVER.search(sentence.text) is not None
                and (
                    any(f.kind == "turnover" for f in sentence_flows)
                    or ctx.pair is not None
                    or ctx.turnover_paragraph >= 0
                )
            )
        ):
            # "the trade turnover between A and B amounted to ... . In January, the
            # turnover reached ...": a bare "turnover" in the same paragraph is that trade,
            # and in a later one where the statistics or a state speak of it (not a firm).
            # Not a firm's or a sector's: "the company's turnover", "retail turnover".
            spans = [(m.start, m.end) for m in mentions]
            sentence_flows = [
                attrs.evolve(f, kind="turnover")
                if f.kind == "block"
                and f.text.casefold() == "turnover"
                and not is_product_flow(sentence.text, f.start, f.end, "turnover", spans)
                else f
                for f in sentence_flows
            ]
        ctx.balance_blocked = ends_blocked(sentence_flows, ctx.balance_blocked)
        if (
            ctx.last_frame is not None
            and not _bound_gap(body[frame_end : sentence.start])
            and not (
                # "In 2022, the figure reached X" after sentences with no number at all (the
                # goods traded): "the figure" still has no other number to stand for.
                _DIGIT.search(body, frame_end, sentence.start) is None
                and (
                    _THE_FIGURE_OPENS.match(sentence.text) is not None
                    # "The two countries aim to raise it to X" after a pair's figure: the
                    # sides' goal is for their trade, across sentences with no number.
                    or (
                        ctx.last_frame[1] is not None
                        and _SIDES_GOAL.match(sentence.text) is not None
                        and figure_anaphor(sentence.text)
                    )
                )
            )
        ):
            # "It reached $5 million" continues only the figure of the sentence just before:
            # a sentence in between ("The bank approved a loan.") may be what "it" is.
            ctx.last_frame = None
        if digits or before_it:
            upto = bisect.bisect_left(named_starts, sentence.start)  # the states named before
            ctx.prior_states = frozenset(story_head + states[:upto])
            # The states the sentence's paragraph named before it, and those of the paragraph
            # before ("C's envoy met A's minister.\n\n'Our target is to take bilateral
            # trade to X,' the minister said").
            floor = max(body.rfind("\n\n", 0, sentence.start), 0)
            since = bisect.bisect_left(named_starts, floor)
            ctx.paragraph_states = frozenset(states[since:upto])
            ctx.previous_paragraph_states = frozenset(
                states[bisect.bisect_left(named_starts, body.rfind("\n\n", 0, floor)) : since]
                if floor > 0
                else ()
            )
            ctx.near_pair = (
                _pair_before(body, sentence, coordinated=True)
                if _TWO_SIDES.search(sentence.text) or _PAIR_FIGURE.search(sentence.text)
                else None
            )
            if (
                sum(m.kind != "group" for m in mentions) < 2
                and _SIDES_WORDS.search(sentence.text) is not None
            ):
                # "Aliyev noted that trade between the two countries ...", "President A will
                # visit B. (...) The sides intend to raise trade": officials name the sides.
                if officials is None:
                    officials = _official_states(article)
                ctx.sentence_officials = frozenset(
                    code for at_, code in officials if sentence.start <= at_ < sentence.end
                )
                ctx.prior_officials = frozenset(
                    code for at_, code in officials if at_ < sentence.start
                )
            else:
                ctx.sentence_officials = ctx.prior_officials = frozenset()
            before = ctx.pair
            learn_pair(sentence, ctx, sentence_flows, mentions)
            if ctx.pair is not None and ctx.pair != before:
                ctx.pair_paragraph = sentence.paragraph
            if (
                ctx.pending is None
                and ctx.last_period is None
                and ctx.lead is None
                and "period" in sentence.text
                and _SAME_PERIOD.search(sentence.text) is not None
            ):
                # "A's GDP grew 4% in January-June. Its trade with B reached X in the same
                # period": the period the text named before, in a sentence of no trade.
                ctx.pending = _period_before(body, sentence, anchor)
            if (
                ctx.pair is not None
                and not mentions
                and _OWN_TOTAL.search(sentence.text) is not None
            ):
                # "Imports totalled Y, so the foreign trade turnover of the country amounted
                # to Z": a sentence summing up the state's own trade is the state's, all of
                # its bare flows too, not the pair's the story told before.
                leave_pair(ctx)
            figures = sentence_figures(sentence, ctx, anchor, sentence_flows, mentions)
            if firm_owned:
                # "Acme is the largest firm in B. Its exports were X": the company's figures,
                # read as the story's state's for want of an owner, are no state's trade.
                figures = [f for f in figures if f.reporter != ctx.reporter]
        else:
            figures = []
        if figures:
            frame_end = sentence.end
        kept: dict[tuple[object, ...], tuple[object, object]] = {}
        for figure in (_successor_sides(f, place or ctx.reporter) for f in figures):
            frame = (figure.reporter, figure.partner, figure.flow, figure.period, figure.target)
            if frame in kept and kept[frame] == (kept[frame][0], figure.currency) != (
                figure.value,
                figure.currency,
            ):
                continue  # two values for one figure in one sentence: keep the first
            kept[frame] = (figure.value, figure.currency)  # "X soums, or about $Y": both
            key = (*frame, figure.value, figure.currency)
            if key in seen:
                continue
            seen.add(key)
            if figure.rule == FRAME_ONLY_RULE:
                continue  # read for its frame only: a region's trade is no record
            if figure.reporter is not None and _names_a_state(figure.reporter):
                records.append(_record(article, figure, figure.reporter, figure.partner, sentence))
            elif figure.partner is not None and _names_a_state(figure.partner):
                # A group as the reporter: state the figure from the partner's side.
                records.append(_record(article, figure, figure.partner, figure.reporter, sentence))
        before = ctx.pair
        frame_before = ctx.last_frame
        update_context(sentence, ctx, anchor, sentence_flows, mentions, figured=bool(figures))
        if ctx.pair is not None and ctx.pair != before:
            ctx.pair_paragraph = sentence.paragraph
        if not figures and ctx.last_frame is not frame_before:
            # "The leaders aim to raise bilateral trade to Y": the sentence that returned the
            # story to its pair is the frame a "the figure" right after it continues.
            frame_end = sentence.end
        ctx.pending = None
        # A pending period and frame serve only the figures of a trade sentence right after
        # this one: they are forgotten when anything stands between, and unread when that
        # sentence has no digit (no figures); so they are not sought then.
        if (
            not figures
            and at + 1 < len(trade_sentences)
            and not body[sentence.end : trade_sentences[at + 1].start].strip()
            and has_digit(trade_sentences[at + 1].text)
            and _pending_period(
                sentence,
                ctx,
                anchor,
                sentence_flows,
                next_text=_anaphor_ahead(body, trade_sentences[at + 1 : at + 3]),
                named=bool(mentions),
            )
        ):
            pending_end = frame_end = sentence.end
        elif (
            not figures
            and ctx.last_frame is not None
            and frame_end > 0
            and not body[frame_end : sentence.start].strip()
            and not may_hold_money(sentence.text)
            and not any(f.kind not in ("block", "difference") for f in sentence_flows)
            and at + 1 < len(trade_sentences)
            and not body[sentence.end : trade_sentences[at + 1].start].strip()
            and figure_anaphor(trade_sentences[at + 1].text)
        ):
            # "Trade between A and B is climbing. A sharp increase was registered in the
            # first half. In 2022 it reached X": a sentence of the trade's change, with no
            # amount and no flow of its own, passes the frame (and its period) on to the "it".
            ctx.pending = next(
                (
                    p.period
                    for p in sentence_periods(sentence.text, anchor, None)
                    if not p.comparison and (anchor is None or p.period.end < anchor)
                ),
                ctx.pending,
            )
            pending_end = frame_end = sentence.end
        elif (
            not figures
            and "partner" in sentence.text
            and at + 1 < len(trade_sentences)
            and not body[sentence.end : trade_sentences[at + 1].start].strip()
            and has_digit(trade_sentences[at + 1].text)
            and _PARTNERS_NAMED.search(sentence.text) is not None
        ):
            # "A's top trading partners in 2023 were B, C and D. Trade with B amounted to
            # X, ...": the period of the sentence naming the partners is the figures'.
            ctx.pending = next(
                (
                    p.period
                    for p in sentence_periods(sentence.text, anchor, None)
                    if not p.comparison and (anchor is None or p.period.end < anchor)
                ),
                None,
            )
            pending_end = sentence.end
    return tuple(_world_when_pair_told(records))


# A sentence naming a state's partners, with no amount: "A's main trading partners were".
_PARTNERS_NAMED = re.compile(
    r"\btrad(?:e|ing)\s+partners\s+(?:[^,;.]{0,30}\s)?(?:were|are|included|include)\b"
)


# A period that starts a span, not the flow's: "the highest since records began in 1990";
# or the base a change is measured against: "Compared to January-May of last year, trade
# rose 9%" (the next sentence's figures are not for the base).
_SINCE = re.compile(
    r"\b(?:since|from|than|after|before|compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)"
    r"|against|versus)\b[^,;]{0,30}$",
    re.IGNORECASE,
)


def _pending_period(
    sentence: Sentence,
    ctx: Context,
    anchor: dt.date | None,
    sentence_flows: Sequence[Flow],
    *,
    next_text: str,
    named: bool,
) -> bool:
    """Keep the period (and frame) of a trade sentence that names them but states no amount.

    "Peru's trade with Chile grew 12% in January-June 2023. Exports amounted to $7
    million": the next sentence's amounts with no period of their own are for it, and
    an "It amounted to ..." there is that flow's figure.
    """
    frames = [f for f in sentence_flows if f.kind not in ("block", "difference")]
    if not frames:
        return False
    period = next(
        (
            p.period
            for p in sentence_periods(sentence.text, anchor, None)
            if not p.comparison
            and (anchor is None or p.period.end < anchor)
            and not _SINCE.search(sentence.text, max(0, p.start - 40), p.start)
        ),
        None,
    )
    # "Turnover has grown 1.5 times. In January-November it reached $9 million": with no
    # past period of its own, the sentence still gives the frame of an "it" after it.
    if period is None and not figure_anaphor(next_text):
        return False
    ctx.pending = period
    reporter = ctx.reporter
    if reporter is not None:
        partner = None
        if ctx.pair is not None and reporter in ctx.pair:
            partner = ctx.pair[1] if ctx.pair[0] == reporter else ctx.pair[0]
        elif (
            frames[0].kind == "turnover"
            and not named
            and len(ctx.prior_states) == 2
            and reporter in ctx.prior_states
            and not WORLD.search(sentence.text, max(0, frames[0].start - 30), frames[0].end)
        ):
            # "A's president received B's minister. (...) He noted that trade turnover
            # grew. In May it reached X": an ownerless turnover of a two-state story is
            # theirs (as a figure of that sentence would be, ``trade.story_pair``).
            partner = next(code for code in ctx.prior_states if code != reporter)
        ctx.last_frame = (reporter, partner, frames[0].kind)
    return True


def _successor_sides(figure: Figure, story: str | None) -> Figure:
    """The figure with the story's state for its former state, in a period after it ended.

    "BELGRADE - The line was laid when Yugoslavia bought it. (...) Trade with India rose to X
    last year", told in 2005: Yugoslavia, named in passing, no longer trades; the story's
    state, which succeeded it, does.
    """
    succeeded = load_successions().get(story) if story is not None else None
    if succeeded is None or figure.period.start <= succeeded[1]:
        return figure
    # A former state trades in no period after its end: its successor the story is about does.
    if figure.reporter == succeeded[0] and figure.partner != story:
        return attrs.evolve(figure, reporter=story)
    if figure.partner == succeeded[0] and figure.reporter != story:
        return attrs.evolve(figure, partner=story)
    return figure


_MIRROR = {TradeFlow.EXPORT: TradeFlow.IMPORT, TradeFlow.IMPORT: TradeFlow.EXPORT}
# The rule whose partner the story's pair gave, not a name in the figure's sentence.
_PAIR_GIVEN = "trade.pair_context"


def _scored_key(record: TradeRecord) -> tuple[object, ...]:
    """The record's states, flow, currency, period and target, whichever side states it."""
    reporter, partner = str(record.reporter), str(record.partner)
    if record.flow is TradeFlow.EXPORT:
        sides: tuple[object, ...] = (reporter, partner)
    elif record.flow is TradeFlow.IMPORT:
        sides = (partner, reporter)
    else:
        sides = (record.flow, frozenset((reporter, partner)))
    return (*sides, record.flow in _MIRROR, record.currency, record.period, record.target)


def _turnover_key(record: TradeRecord) -> tuple[object, ...]:
    """The scored key of the turnover of the record's states, period and currency."""
    return _scored_key(attrs.evolve(record, flow=TradeFlow.TURNOVER, value=abs(record.value)))


def _world_when_pair_told(records: list[TradeRecord]) -> list[TradeRecord]:
    """Give the world as partner to a flow the pair gave when the story names the pair's own.

    "Vietnam's exports rose to X in 2004 (...) The US bought goods worth Y in 2004": one
    pair, flow and period has one value, so when a sentence naming the partner tells it,
    a larger value of that flow (its partner only the story's pair) is the state's trade
    with the world, which no single partner's exceeds. A balance has no such order.
    """
    if not any(r.rule == _PAIR_GIVEN for r in records):
        return records
    told: dict[tuple[object, ...], set[Decimal]] = {}
    for record in records:
        if record.partner is not None and record.rule != _PAIR_GIVEN:
            told.setdefault(_scored_key(record), set()).add(abs(record.value))
    kept: list[TradeRecord] = []
    ids: set[str] = set()
    for record in records:
        values = told.get(_scored_key(record)) if record.rule == _PAIR_GIVEN else None
        final = record
        if values and record.flow is not TradeFlow.BALANCE and record.value > max(values):
            # more than the pair's own value: the world's, as no partner takes more than all
            final = attrs.evolve(record, id="", partner=None)
        whole = told.get(_turnover_key(record)) if record.rule == _PAIR_GIVEN else None
        if whole and record.flow is not TradeFlow.TURNOVER and abs(record.value) > max(whole):
            # "Trade between A and B was X. A's exports hit a record Y" with Y above X: a
            # flow or balance of the pair never exceeds their turnover, so Y is the world's.
            final = attrs.evolve(record, id="", partner=None)
        if final.id not in ids:  # the world's figure told twice: once
            ids.add(final.id)
            kept.append(final)
    return kept


# The rouble before the Soviet Union ended (1992) is the Soviet rouble: a figure for a
# period of that time, or told then, is in SUR, not in the Russian rouble issued after.
_SOVIET_ROUBLE_UNTIL = 1992


def _currency_of_its_time(article: Article, figure: Figure) -> str:
    """The figure's currency as issued in its time: roubles before 1992 are SUR."""
    if figure.currency == "RUB" and (
        figure.period.end.year < _SOVIET_ROUBLE_UNTIL
        or (article.published is not None and article.published.year < _SOVIET_ROUBLE_UNTIL)
    ):
        return "SUR"
    return figure.currency


def _record(
    article: Article, figure: Figure, reporter: str, partner: str | None, sentence: Sentence
) -> TradeRecord:
    flow, value = figure.flow, figure.value
    if reporter != figure.reporter:
        flow = _MIRROR.get(flow, flow)
        if flow is TradeFlow.BALANCE:
            value = -value
    return TradeRecord(
        article_id=article.id,
        reporter=Country(reporter),
        partner=partner,  # a code: TradeRecord reads alpha-3 as a state, else a group
        flow=flow,
        value=value,
        currency=_currency_of_its_time(article, figure),
        period=figure.period,
        target=figure.target,
        evidence=(Span(sentence.start, sentence.end, sentence.text),),
        rule=figure.rule,
    )
