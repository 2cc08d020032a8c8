"""Trade figures: who traded how much with whom, in which direction, over which period.

The extractor reads an article sentence by sentence and looks closely only at
sentences with a trade word (trade, turnover, exports, imports, surplus,
deficit, sold, bought, ...) and an amount of money. Within such a sentence it
walks left to right: each *flow word* ("exports", "trade deficit", "trade
turnover between") opens a figure's frame (flow, sign, reporter, partner);
each amount of money is read in the frame before it, or in a flow word right
after it ("a 51.5 billion dlr surplus"). Other money nouns ("current account",
"debt", "oil exports") close the frame, so their amounts are not trade
figures.

What is left out, per ``spec/EXTRACTION.md`` section 4: changes ("by $5m",
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

import collections
import datetime as dt
import itertools
import re
from collections.abc import Sequence

import attrs

from diplonews.models import Article, Party, TradeFlow, TradeRecord
from diplonews.parsing._text import Sentence, split_sentences
from diplonews.parsing.countries import (
    CountryMention,
    city_country,
    extract_country_mentions,
    resolve_country,
)
from diplonews.parsing.money import MoneyMention, extract_money
from diplonews.parsing.periods import PeriodMention, extract_periods, parse_period
from diplonews.values import Country, CountryGroup, Period, Span

__all__ = ["extract_trade_records"]

# A sentence worth a close look names trade and holds a digit.
_TRIGGER = re.compile(
    r"""\b(?:trade|trading|turnover|exports?|exported|imports?|imported|surplus|surpluses|
    deficits?|shortfall|sold|bought|shipments)\b""",
    re.VERBOSE | re.IGNORECASE,
)

# Flow words, longest first. Group names give the flow; ``sign`` words set a balance's sign.
_FLOW = re.compile(
    r"""
    \b(?:
    (?P<difference>(?:difference|gap)\s+between\s+(?:what\s+)?(?:\S+\s+){0,4}?
        export(?:s|ed)\s+and\s+import(?:s|ed))             # "difference between exports ..."
  | (?P<balance>(?:trade\s+|trading\s+)?(?:surplus(?:es)?|deficits?|gap|shortfall|
        imbalance|balance(?!\s+of\s+payments)))\b           # "trade surplus", "trade gap"
  | (?P<turnover>(?:trade\s+|commodity\s+)turnover|turnover(?=\s+(?:between|with)\b)
      | trade\s+volume|volume\s+of\s+(?:mutual\s+|bilateral\s+)?trade
      | trade(?=\s+(?:between|of|with|totall?ed|amount(?:ed|s)|reach(?:ed|es)|st(?:ood|ands)|
        was|is|rose|fell|grew|hit|increased|decreased|exceeded|came|worth)\b))  # "trade of $5m"
  | (?P<export>exports|exported|export(?=\s+(?:to|of|amounted|totall?ed|was|reached)\b)|
        sold|shipments)\b                                   # "exports", "sold ... to"
  | (?P<import>imports|imported|import(?=\s+(?:from|of|amounted|totall?ed|was|reached)\b)|
        bought)\b                                           # "imports", "bought ... from"
  | (?P<block>current[\s-]+account|invisibles?|(?<!goods\sand\s)services|budget|
        balance\s+of\s+payments|debts?|reserves|tariffs?|duties|investments?|loans?|credits?|
        aid|grants?|contracts?|purchases|capital|inflows?|outflows?|revenues?|profits?|
        spending|subsid(?:y|ies)|sales|costs?|prices?|output|GDP|turnover|transfers|income|
        non-[A-Za-z]+)\b                                    # other money nouns close the frame
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_NEGATIVE = re.compile(r"deficit|gap|shortfall", re.IGNORECASE)
_SIGN_WORD = re.compile(r"\b(?:surplus|deficit|gap|shortfall)", re.IGNORECASE)
_VERB_FLOWS = frozenset({"sold", "bought", "exported", "imported"})


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word list written as one string."""
    return frozenset(text.split())


# Words that may stand before a flow word without making it a product's flow.
_MODIFIERS = _words(
    """the a an its their his her our this that these those total overall visible merchandise
    goods foreign external bilateral mutual annual record cumulative provisional global
    world worldwide trade trading two-way overseas country's nation's state's monthly
    seasonally adjusted unadjusted hard currency estimated recorded combined rising growing
    widening narrowing huge large enormous big massive small first new latest reduced net
    gross nominal current present whose last year's month's and or of to in its' february's
    dlr dlrs dollar billion mln million bln bn trillion yen stg marks francs crowns which
    was whose said total- non-eu nation country commodity said that with january february
    march april may june july august september october november december surplus deficit
    quarterly weekly annualised annualized corresponding same but also while then had has
    have were was is are it they he she we not only further still more less bring boost
    raise increase expand double triple reach reduce cut narrow widen stop lift diversify
    promote develop strengthen"""
)
_PREV_WORD = re.compile(r"([A-Za-z][\w'.-]*)\W*$")
_NEXT_OF = re.compile(r"\s+of\s+([a-z][\w-]*)")  # used with .match(text, pos): no "^"
_OF_ALLOWED = _words(
    """goods merchandise products the its their all about around some approximately roughly
    nearly almost over more less up an a just close only"""
)

_WORLD = re.compile(r"\b(?:global|worldwide|overall|total|foreign\s+trade|world)\b", re.IGNORECASE)
_BILATERAL = re.compile(
    r"\b(?:bilateral|two-way|mutual|the\s+two\s+(?:countries|nations|states|sides)|"
    r"both\s+countries|between\s+them)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:its|their|the\s+country's|the\s+nation's|his\s+country's)\s*$")

# Amounts that are changes, not levels.
_CHANGE_BEFORE = re.compile(
    r"""(?:\bby\s+(?:a\s+|an\s+|another\s+|a\s+further\s+)?
    |\b(?:increase|rise|growth|decline|drop|fall|reduction|cut|gain|jump|decrease|swing|
       improvement|deterioration)s?\s+of\s+(?:some\s+|about\s+|around\s+)?)$""",
    re.VERBOSE | re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"""^\s*(?:higher|lower|more|less|up|down|increase|rise|decrease|reduction|drop|fall|
    gain|jump|improvement|deterioration|swing|narrowing|widening|cut)\b""",
    re.VERBOSE | re.IGNORECASE,
)
_AVERAGE = re.compile(r"^\s*(?:a|per|each)\s+month\b|^\s*monthly\b", re.IGNORECASE)
_AVERAGE_BEFORE = re.compile(r"\baverag(?:e|ed|ing)\b[^.;]{0,40}$", re.IGNORECASE)
_CONVERSION = re.compile(r"(?:\(\s*|\bor\s+(?:about\s+|around\s+|some\s+)?|\bequivalent\s+to\s+)$")
_FROM = re.compile(r"\bfrom\s+(?:a\s+|an\s+)?(?:record\s+|revised\s+|provisional\s+)?$")
# Words between an amount and a flow word it qualifies: "51.5 billion dlr (EC) surplus".
_ATTRIBUTIVE = re.compile(
    r"""\s*(?:[A-Z][\w.-]*\s+|'s\s+|record\s+|bilateral\s+|global\s+|visible\s+|
    hard\s+currency\s+|merchandise\s+|annual\s+|foreign\s+|trade\s+|in\s+)*""",
    re.VERBOSE,
)
# Text between an amount and a period phrase that makes the period the amount's own.
_OWN_PERIOD = re.compile(
    r"""^\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:trade\s+)?(?:surplus|deficit|gap|shortfall)\s+)?(?:(?:reached|recorded|posted|registered|seen|reported|reached|
    worth|\w+\s+worth\s+of\s+\w+)\s+)?(?:in|for|during|over|of|at\s+the\s+end\s+of|by|at)?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
# "500 mln dlrs worth of goods to the United States in 1986": no comma, then in/for/during.
_OWN_PERIOD_LOOSE = re.compile(
    r"^(?:\s*\([^()]*\))?[^,;()]{0,60}?\b(?:in|for|during)\s+$", re.IGNORECASE
)
_TARGET = re.compile(
    r"""\b(?:target(?:s|ed)?|aim(?:s|ed|ing)?|goal|forecasts?|project(?:s|ed|ion|ions)?|
    expect(?:s|ed|ing)?|hop(?:e|es|ed|ing)|plan(?:s|ned)?|envisag(?:e|es|ed)|seek(?:s|ing)?|
    will|would|could|should|shall|likely|outcome|predict(?:s|ed)?|anticipat(?:e|es|ed)|
    bring|boost\s+.{0,30}\bto|increase\s+.{0,30}\bto|intend(?:s|ed)?|is\s+to|are\s+to|set\s+to)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A period that is the base of a percentage change ("up 4.5 pct from 1985").
_PCT_BASE = re.compile(
    r"(?:pct|percent|per\s+cent|%)\s+(?:from|on|over|against|compared\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A fact stated in the past between the flow word and its amount ("which hit 58 bln").
_PAST_FACT = re.compile(
    r"\b(?:hit|was|were|reached|totall?ed|amounted|stood|rose|fell|widened|narrowed|jumped|"
    r"grew|climbed|dropped|declined|posted|recorded)\b",
    re.IGNORECASE,
)
_MODAL = re.compile(r"\b(?:will|would|to|could|should|may|might|expected|likely)\b", re.IGNORECASE)
# A share: "25 percent of our $50 million total exports".
_SHARE_BEFORE = re.compile(
    r"(?:pct|percent|per\s+cent|%|share|half|third|quarter)\s+of\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|,\s*but\b|\bbut\b|\bthough\b", re.IGNORECASE)
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,40}?)(?:,\s*[A-Z][A-Za-z .]*)?,\s+[A-Z][a-z]+\s+\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COMMUNITY = re.compile(r"\bthe\s+(?:European\s+)?Community\b")
_PREPOSITIONS = ("with", "to", "from", "between", "and", "against", "in", "on", "of", "by", "for")


@attrs.frozen
class _Flow:
    """A flow word in a sentence and the frame it opens."""

    start: int
    end: int
    kind: str  # "turnover", "export", "import", "balance", "difference", "block"
    text: str


@attrs.frozen
class _Figure:
    """One amount read in its frame, before it becomes a record."""

    reporter: str | None
    partner: str | None
    flow: TradeFlow
    value: object
    currency: str
    period: Period
    target: bool
    rule: str


@attrs.define
class _Context:
    """What the article has established so far: its state, currency, lead period, pair."""

    reporter: str | None = None
    currency: str | None = None
    lead: Period | None = None
    pair: tuple[str, str | None] | None = None
    sign: int = -1  # the sign a "difference between exports and imports" takes
    top_states: tuple[str, ...] = ()


def _party(code: str | None) -> Party | None:
    """A state for an ISO code, else a group ("EU", "CIS")."""
    if code is None:
        return None
    try:
        return Country(code)
    except LookupError:
        return CountryGroup(code)


def _anchor(article: Article) -> dt.date | None:
    """The publication date, else the day after the last year the body names."""
    if article.published is not None:
        return article.published
    years = [int(y) for y in _YEAR.findall(article.body)]
    return dt.date(max(years) + 1, 1, 1) if years else None


def _dateline_country(body: str) -> str | None:
    match = _DATELINE.match(body)
    if match is None:
        return None
    place = match.group(1).strip().title()
    return resolve_country(place) or city_country(place)


def _prev_word(text: str, end: int) -> str:
    match = _PREV_WORD.search(text, max(0, end - 40), end)
    return match.group(1).casefold() if match else ""


def _is_product_flow(text: str, flow: re.Match[str]) -> bool:
    """Whether a flow word is qualified by a product ("oil exports", "exports of cars")."""
    before = text[max(0, flow.start() - 40) : flow.start()]
    word_match = _PREV_WORD.search(before)
    if word_match is not None and before[word_match.end() :].strip() in ("", "-"):
        word = word_match.group(1)
        if word[:1].islower() and word.casefold() not in _MODIFIERS and not word[0].isdigit():
            return True
    if flow.lastgroup not in ("export", "import"):
        return False  # "trade of around 10 bln", "surplus of 5 bln": the amount follows "of"
    after = _NEXT_OF.match(text, flow.end())
    return after is not None and after.group(1) not in _OF_ALLOWED


_BLOCK_AFTER = re.compile(
    r"\s+(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:services|invisibles|current\s+account|"
    r"trade-in-services|net\s+income|transfers)\b"
    r"|\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:industry|sector|firms?|compan(?:y|ies))\b"
    r"|\s+(?:to|from|with)\s+(?:the\s+)?(?:other\s+|[A-Z][\w-]*\s+|[a-z]+\s+){0,4}?"
    r"(?-i:countries|states|nations|markets|partners|members|economies|regions)\b",
    re.IGNORECASE,
)
# A verb flow whose object is a product: "exported nitrogen fertiliser".
_VERB_OBJECT = re.compile(r"\s+([a-z][a-z-]+)\b")
_VERB_OBJECT_OK = _words(
    """goods products merchandise worth to from a an the some about around nearly more less
    only its their in during last this over under almost roughly approximately"""
)


def _flows(text: str) -> list[_Flow]:
    """The flow words of a sentence, product flows and other money nouns marked ``block``.

    A bare "surplus" or "deficit" after a blocking noun stays blocked ("the current
    account ... showed a surplus of 376 mln") until a trade word reopens a frame.
    """
    flows: list[_Flow] = []
    blocked = False
    for match in _FLOW.finditer(text):
        kind = match.lastgroup or "block"
        if kind in ("export", "import", "turnover", "balance") and _is_product_flow(text, match):
            kind = "block"
        if kind == "balance" and _BLOCK_AFTER.match(text, match.end()):
            kind = "block"
        if kind == "balance" and blocked and not re.match(r"trad", match.group(), re.IGNORECASE):
            kind = "block"
        if kind == "block":
            blocked = True
        elif kind != "balance" or re.match(r"trad", match.group(), re.IGNORECASE):
            blocked = False
        flows.append(_Flow(match.start(), match.end(), kind, match.group()))
    return flows


def _mentions(text: str, has_community: bool) -> list[CountryMention]:
    mentions = list(extract_country_mentions(text))
    if has_community:
        for match in _COMMUNITY.finditer(text):
            mentions.append(
                CountryMention("EU", "group", match.start(), match.end(), match.group())
            )
        mentions.sort(key=lambda m: m.start)
    return mentions


_DETERMINERS = re.compile(r"(?:\b(?:the|its|their|all)\s+)+$", re.IGNORECASE)


def _preposition(text: str, mention: CountryMention) -> str:
    """The word before a country mention, skipping determiners ("with the United States")."""
    start = mention.start
    det = _DETERMINERS.search(text, max(0, start - 30), start)
    if det is not None:
        start = det.start()
    return _prev_word(text, start).strip(".")


def _attached(text: str, flow: _Flow, mentions: Sequence[CountryMention]) -> CountryMention | None:
    """A country written into the flow's noun phrase ("Japan's bilateral trade surplus")."""
    for mention in reversed(mentions):
        if mention.end > flow.start:
            continue
        between = text[mention.end : flow.start]
        words = re.findall(r"[\w'-]+", between.replace("'s", " "))
        if len(words) > 4 or any(w.casefold() not in _MODIFIERS for w in words):
            return None
        if _preposition(text, mention) in _PREPOSITIONS:
            return None
        return mention
    return None


def _subject(text: str, before: int, mentions: Sequence[CountryMention]) -> CountryMention | None:
    """The first country named before ``before`` that is not after a preposition."""
    for mention in mentions:
        if mention.start >= before:
            break
        if _preposition(text, mention) not in _PREPOSITIONS and not text[mention.end :].startswith(
            ("-", "–")
        ):
            return mention
    return None


def _partner_between(
    text: str, lo: int, hi: int, kind: str, mentions: Sequence[CountryMention]
) -> tuple[str | None, str | None, bool]:
    """(partner, pair-reporter, found) from "with X", "to X", "from X", "between X and Y"."""
    allowed = {"with", "between"}
    if kind == "export":
        allowed.add("to")
    elif kind == "import":
        allowed.add("from")
    inside = [m for m in mentions if lo <= m.start < hi]
    for i, mention in enumerate(inside):
        prep = _preposition(text, mention)
        if prep == "between" and i + 1 < len(inside):
            return inside[i + 1].code, mention.code, True
        if prep in allowed or (False):
            return mention.code, None, True
    return None, None, False


def _and_pair(text: str, before: int, mentions: Sequence[CountryMention]) -> tuple[str, str] | None:
    """Two states joined by "and" before a turnover word ("Azerbaijan and Kazakhstan aim")."""
    earlier = [m for m in mentions if m.end <= before]
    for left, right in itertools.pairwise(earlier):
        if re.fullmatch(r"\s+and\s+(?:the\s+)?", text[left.end : right.start]):
            return left.code, right.code
    return None


def _period_for(
    sentence: str,
    money: MoneyMention,
    prev_end: int,
    next_start: int,
    periods: Sequence[PeriodMention],
    *,
    after: int,
) -> PeriodMention | None:
    """The period an amount is for: its own (right after ``after``), else the last one before it."""
    for period in periods:
        between = sentence[after : period.start]
        if after <= period.start < next_start and (
            _OWN_PERIOD.match(between) or _OWN_PERIOD_LOOSE.match(between)
        ):
            return period
        if period.end <= money.start and re.fullmatch(
            r"'s\s*", sentence[period.end - 2 : money.start]
        ):
            return period
    before = [
        p
        for p in periods
        if p.end <= money.start and not _PCT_BASE.search(sentence, max(0, p.start - 40), p.start)
    ]
    if before and _CLAUSE_BREAK.search(sentence, before[-1].end, money.start):
        return before[0]  # a new clause: the sentence's lead period, not the last one named
    return before[-1] if before else None


def _sentence_figures(
    sentence: Sentence,
    ctx: _Context,
    anchor: dt.date | None,
    has_community: bool,
) -> list[tuple[_Figure, int]]:
    text = sentence.text
    money = [
        m
        for m in extract_money(text, country=ctx.reporter)
        if not re.match(r"^\s*(?:pct|per\s*cent|percent|%)", text[m.end :])
    ]
    if not money:
        return []
    flows = _flows(text)
    mentions = _mentions(text, has_community)
    periods = list(extract_periods(text, anchor, previous=ctx.lead))
    figures: list[tuple[_Figure, int]] = []
    first_period: Period | None = None
    last_currency: str | None = None
    frame_reporter: str | None = None
    for index, mention in enumerate(money):
        prev_end = money[index - 1].end if index else 0
        following = [
            m
            for m in money[index + 1 :]
            if text.rfind("(", mention.end, m.start) <= text.rfind(")", mention.end, m.start)
        ]
        next_start = following[0].start if following else len(text)
        if mention.currency is not None:
            last_currency = mention.currency
        before = text[max(0, mention.start - 60) : mention.start]
        after = text[mention.end : mention.end + 40]
        # 1. Amounts that are not levels of a figure.
        if mention.bound or _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after):
            continue
        if _SHARE_BEFORE.search(before):
            continue
        if _AVERAGE.match(after) or _AVERAGE_BEFORE.search(text[prev_end : mention.start]):
            continue
        if index and _CONVERSION.search(text[prev_end : mention.start]):
            continue
        if text.rfind("(", prev_end, mention.start) > text.rfind(")", prev_end, mention.start):
            continue  # "(revised from 1.29 billion)": an aside
        # 2. The flow: a flow word right after the amount, else the frame before it.
        flow: _Flow | None = next(
            (
                f
                for f in flows
                if mention.end <= f.start <= mention.end + 40
                and _ATTRIBUTIVE.fullmatch(text, mention.end, f.start)
            ),
            None,
        )
        attributive = flow is not None
        if flow is None:
            earlier = [f for f in flows if f.end <= mention.start]
            flow = earlier[-1] if earlier else None
        if flow is None or flow.kind == "block":
            continue
        if not attributive and _CLAUSE_BREAK.search(text[flow.end : mention.start]):
            # A new clause without a flow word of its own ("..., while in April the deficit")
            # still reads in the frame; but "X, but Y said ..." does not re-open a frame.
            pass
        # 3. Parties.
        attached = _attached(text, flow, mentions)
        if attributive and attached is None:
            inside = [m for m in mentions if mention.end <= m.start < flow.start]
            attached = inside[-1] if inside else None
        rule = "trade.flow_amounts"
        if attached is not None:
            reporter: str | None = attached.code
        else:
            pronoun = bool(_PRONOUN.search(text[max(0, flow.start - 20) : flow.start]))
            subject = _subject(text, flow.start, mentions)
            if (subject is not None and flow.text.casefold() in _VERB_FLOWS) or (
                subject is not None and (pronoun or subject.start < flow.start)
            ):
                reporter = subject.code
            else:
                reporter = frame_reporter or ctx.reporter
            rule = "trade.context_reporter" if reporter == ctx.reporter else rule
        if reporter is None:
            continue
        frame_reporter = reporter
        lo = flow.end
        hi = next_start
        between_flows = [f for f in flows if flow.end <= f.start < mention.start and f is not flow]
        if between_flows:
            lo = between_flows[-1].end
        partner, pair_reporter, found = _partner_between(
            text,
            max(lo, prev_end if prev_end > flow.end else lo),
            mention.start,
            flow.kind,
            mentions,
        )
        if not found:
            partner, pair_reporter, found = _partner_between(
                text, flow.end, mention.start, flow.kind, mentions
            )
        if not found and attributive:
            later = [f for f in flows if flow.end <= f.start < hi]
            stop = later[0].start if later else hi
            partner, pair_reporter, found = _partner_between(
                text, flow.end, stop, flow.kind, mentions
            )
        if not found:
            later = [f for f in flows if mention.end <= f.start < hi]
            stop = later[0].start if later else hi
            partner, pair_reporter, found = _partner_between(
                text, mention.end, stop, flow.kind, mentions
            )
        if pair_reporter is not None:
            reporter = pair_reporter
            rule = "trade.turnover_between"
        elif found:
            rule = (
                "trade.balance_with"
                if flow.kind in ("balance", "difference")
                else "trade.flow_partner"
            )
        noun_phrase = text[max(0, flow.start - 30) : flow.end]
        if not found and flow.kind == "turnover":
            pair = _and_pair(text, flow.start, mentions)
            if pair is not None:
                reporter, partner, found = pair[0], pair[1], True
                rule = "trade.turnover_pair"
        if not found:
            if _BILATERAL.search(noun_phrase) or _BILATERAL.search(text[flow.end : mention.start]):
                partner = _other_state(reporter, ctx)
                rule = "trade.bilateral_context"
            elif _WORLD.search(noun_phrase):
                partner = None
            elif attached is None and ctx.pair is not None and reporter in ctx.pair:
                partner = ctx.pair[1] if ctx.pair[0] == reporter else ctx.pair[0]
                rule = "trade.pair_context"
        if partner == reporter:
            partner = None
        # 4. Flow and sign.
        if flow.kind == "balance":
            sign_word = _SIGN_WORD.findall(flow.text)
            sign = -1 if sign_word and _NEGATIVE.search(sign_word[-1]) else 1
            if not sign_word:
                later_sign = _SIGN_WORD.findall(text[flow.end : mention.start])
                sign = -1 if later_sign and _NEGATIVE.search(later_sign[-1]) else 1
            trade_flow = TradeFlow.BALANCE
        elif flow.kind == "difference":
            sign = ctx.sign
            trade_flow = TradeFlow.BALANCE
        else:
            sign = 1
            trade_flow = TradeFlow(flow.kind)
        if flow.text.casefold() in ("sold", "bought") and partner is None:
            continue  # "sold" and "bought" are trade only with a named partner
        # 5. Currency.
        currency = mention.currency or last_currency or ctx.currency
        if currency is None:
            currency = next((m.currency for m in money[index + 1 :] if m.currency), None)
        if currency is None:
            continue
        # 6. Period.
        own = _period_for(
            text,
            mention,
            prev_end,
            next_start,
            periods,
            after=flow.end if attributive else mention.end,
        )
        if own is None and _FROM.search(text[prev_end : mention.start]):
            continue  # "fell to X from Y": Y's period is not stated
        period: Period | None
        if own is None:
            period = ctx.lead
        elif own.comparison and first_period is not None:
            try:
                period = parse_period(own.text, anchor, previous=first_period)
            except ValueError:
                period = own.period
        else:
            period = own.period
        if period is None:
            continue
        clause = text[prev_end : mention.start]
        segment = text[flow.end : mention.start] if flow.end <= mention.start else ""
        factual = bool(_PAST_FACT.search(segment)) and not _MODAL.search(segment)
        target = (not factual and bool(_TARGET.search(clause))) or (
            anchor is not None and period.start > anchor
        )
        if not target and anchor is not None:
            period = _year_to_date(period, anchor, periods, ctx)
        if first_period is None:
            first_period = period
        value = mention.amount * sign
        figures.append(
            (
                _Figure(reporter, partner, trade_flow, value, currency, period, target, rule),
                index,
            )
        )
        if partner is not None:
            ctx.pair = (reporter, partner)
    return figures


def _year_to_date(
    period: Period, anchor: dt.date, periods: Sequence[PeriodMention], ctx: _Context
) -> Period:
    """A calendar year still running at publication, read as January to the latest month named."""
    year = period.start.year
    if period != Period.year(year) or anchor > period.end or anchor.year != year:
        return period
    months = [
        p.period.end.month
        for p in periods
        if p.period.start.year == year and p.period.start.month == p.period.end.month
    ]
    lead = ctx.lead
    if not months and lead is not None and lead.start.year == year == lead.end.year:
        months = [lead.end.month]
    if not months:
        return period
    return Period.months(year, 1, max(months))


def _other_state(reporter: str, ctx: _Context) -> str | None:
    if ctx.pair is not None and reporter in ctx.pair:
        other = ctx.pair[1] if ctx.pair[0] == reporter else ctx.pair[0]
        if other is not None:
            return other
    return next((s for s in ctx.top_states if s != reporter), None)


def _update_context(
    sentence: Sentence, ctx: _Context, anchor: dt.date | None, has_community: bool
) -> None:
    """Learn the story's state, currency and sign from a trade sentence."""
    text = sentence.text
    for flow in _flows(text):
        if flow.kind in ("block", "difference"):
            continue
        mentions = _mentions(text, has_community)
        attached = _attached(text, flow, mentions)
        if attached is not None and attached.kind != "group":
            ctx.reporter = attached.code
        if flow.kind == "balance":
            sign_word = _SIGN_WORD.findall(flow.text)
            if sign_word:
                ctx.sign = -1 if _NEGATIVE.search(sign_word[-1]) else 1
        break
    for mention in extract_money(text, country=ctx.reporter):
        if mention.currency is not None and not re.match(r"^\s*\)", text[mention.end :]):
            ctx.currency = mention.currency
    if ctx.lead is None and sentence.paragraph == 0:
        # A statistics lead ("The UK's trade gap narrowed in November") names a period over
        # by publication; later figures without a period of their own are for it.
        flows = [f for f in _flows(text) if f.kind not in ("block", "difference")]
        periods = [
            p
            for p in extract_periods(text, anchor)
            if not p.comparison and (anchor is None or p.period.end < anchor)
        ]
        if flows and periods:
            ctx.lead = periods[0].period


def extract_trade_records(article: Article) -> tuple[TradeRecord, ...]:
    """Extract the trade figures stated in ``article``.

    Args:
        article: the article; its ``published`` date resolves relative periods.

    Returns:
        One record per figure, in text order, each with its sentence as
        evidence and the name of its rule; ``()`` when there are none.

    >>> art = Article(id="a", published=dt.date(2021, 2, 1), body=(
    ...     "In 2020, the trade turnover between Azerbaijan and Pakistan was $13.2 million, "
    ...     "with $1.6 million in exports and $11.6 million in imports."))
    >>> for r in extract_trade_records(art):
    ...     print(r.reporter, r.partner, r.flow.value, r.value, r.currency, r.period, r.rule)
    AZE PAK turnover 13200000 USD 2020-01-01..2020-12-31 trade.turnover_between
    AZE PAK export 1600000 USD 2020-01-01..2020-12-31 trade.pair_context
    AZE PAK import 11600000 USD 2020-01-01..2020-12-31 trade.pair_context
    >>> extract_trade_records(Article(id="b", body="Exports rose by 5 pct."))
    ()

    .. versionadded:: 0.1.0
    """
    body = article.body
    if not _TRIGGER.search(body):
        return ()
    anchor = _anchor(article)
    sentences = split_sentences(body)
    has_community = bool(re.search(r"\b(?:EC|EEC|European Community|EU)\b", body))
    states = [m.code for m in extract_country_mentions(body) if m.kind != "group"]
    ctx = _Context(
        reporter=_dateline_country(body) or (states[0] if states else None),
        top_states=tuple(code for code, _ in collections.Counter(states).most_common(3)),
    )
    records: list[TradeRecord] = []
    seen: set[tuple[object, ...]] = set()
    for sentence in sentences:
        if not _TRIGGER.search(sentence.text):
            continue
        if re.search(r"\d", sentence.text):
            figures = _sentence_figures(sentence, ctx, anchor, has_community)
        else:
            figures = []
        kept: dict[tuple[object, ...], object] = {}
        for figure, _index in figures:
            frame = (figure.reporter, figure.partner, figure.flow, figure.period, figure.target)
            if frame in kept and kept[frame] != figure.value:
                continue  # two values for one figure in one sentence: keep the first
            kept[frame] = figure.value
            key = (*frame, figure.value, figure.currency)
            if key in seen:
                continue
            seen.add(key)
            if figure.reporter is not None and Country.get(figure.reporter) is not None:
                records.append(_record(article, figure, figure.reporter, figure.partner, sentence))
            elif figure.partner is not None and Country.get(figure.partner) is not None:
                # A group as the reporter: state the figure from the partner's side.
                records.append(_record(article, figure, figure.partner, figure.reporter, sentence))
        _update_context(sentence, ctx, anchor, has_community)
    return tuple(records)


_MIRROR = {TradeFlow.EXPORT: TradeFlow.IMPORT, TradeFlow.IMPORT: TradeFlow.EXPORT}


def _record(
    article: Article, figure: _Figure, reporter: str, partner: str | None, sentence: Sentence
) -> TradeRecord:
    flow, value = figure.flow, figure.value
    if reporter != figure.reporter:
        flow = _MIRROR.get(flow, flow)
        if flow is TradeFlow.BALANCE:
            value = -value  # type: ignore[operator]
    return TradeRecord(
        article_id=article.id,
        reporter=Country(reporter),
        partner=_party(partner),
        flow=flow,
        value=value,
        currency=figure.currency,
        period=figure.period,
        target=figure.target,
        evidence=(Span(sentence.start, sentence.end, sentence.text),),
        rule=figure.rule,
    )
