"""Trade context: whose figure it is and with whom, from the sentence and the story so far.

A figure's reporter is the state written into its noun phrase ("Japan's
trade surplus"), else the sentence's subject, else the story's state (the
dateline, the state named first); its partner follows "with", "to", "from",
"between" or comes from the pair a bilateral story is about. :class:`Context`
holds what earlier sentences established; it is updated after each trade
sentence by :func:`update_context`.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Collection, Sequence
from decimal import Decimal

import attrs

from diplonews import _regex as re
from diplonews.gazetteer import kingdoms, load_country_groups, state_at
from diplonews.models import Article
from diplonews.text import (
    MAX_SENTENCE,
    Sentence,
    bloc_seat,
    has_digit,
    lowered,
    named_mentions,
    split_sentences,
    state_references,
)
from diplonews.text.countries import (
    CountryMention,
    extract_country_mentions,
    headline_mentions,
    place_country,
)
from diplonews.text.money import (
    MoneyMention,
    bare_dollar,
    currency_word,
    extract_money,
    may_hold_money,
    story_dollar,
)
from diplonews.text.periods import PeriodMention, extract_periods
from diplonews.trade._cues import (
    BILATERAL,
    MODIFIERS,
    NEGATIVE,
    OWN_CLAUSE,
    SIGN_WORD,
    TRIGGER,
    Flow,
    prev_word,
)
from diplonews.values import Money, Period

__all__ = [
    "Context",
    "anchor_date",
    "and_pair",
    "attached",
    "dateline_country",
    "former_capitals",
    "headline_pair",
    "headline_states",
    "hyphen_pair",
    "learn_pair",
    "leave_pair",
    "opening_owner",
    "opening_subject",
    "opens_on_firm",
    "other_state",
    "owner_anaphor",
    "partner_anaphors",
    "partner_between",
    "sentence_mentions",
    "sentence_money",
    "sentence_periods",
    "stance_object",
    "state_on_day",
    "story_dollar_reach",
    "story_franc",
    "subject",
    "update_context",
]

_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,40}?)(?:,\s*[A-Z][A-Za-z .]*)?,\s+[A-Z][a-z]+\s+\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PERCENT = re.compile(r"%|\bper\s?cent\b")  # a share or a change: "growth of 6% in 2004"
# A sentence about the future: its years are no report ("expected to widen in 2005"), nor
# are a goal's ("is aiming for exports of $110bn in 2005", "aims to sell $8bn in 2006",
# "has set a target of $120bn for exports in 2005").
_FUTURE = re.compile(
    r"\b(?:will|would|could|should|expect(?:s|ed)?|forecasts?|predict(?:s|ed)?|projected|"
    r"plans?|planned|set\s+to|next|coming|by\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d\s+when|"
    r"aim(?:s|ing)?|(?:targets?|goals?)\s+(?:of|for))\b",
    re.IGNORECASE,
)
# A sentence telling the year of a trade flow or of its figures with no amount ("A's
# exports grew strongly in 2004", "The ministry published 2004's figures", "trade data for
# 2004"): the year the story reports on, as a figure's is. The flow's verb is a change or
# a level of the past, so that a year of a deal or a mission ("a free trade agreement signed
# in 2003") is none.
_FLOW_YEAR = re.compile(
    r"\b(?:exports?|imports?|trade|surplus|deficit|turnover|shipments)\b(?:\s+[\w'-]+){0,3}?"
    r"\s+(?:grew|rose|fell|widened|narrowed|increased|decreased|declined|jumped|climbed|"
    r"dropped|shrank|slipped|surged|soared|slumped|doubled|tripled|halved|improved|expanded|"
    r"contracted|recovered)\b[^.;]{0,60}?(?<!since\s)(?<!from\s)\b(?P<y1>(?:19|20)\d\d)\b"
    r"|\b(?:posted|recorded|ran|reported|registered|booked)\s+(?:a|an|its)\b[^.;]{0,40}?"
    r"\b(?:surplus|deficit|exports|imports)\b[^.;]{0,30}?\b(?:in|for|during|over|of)\s+"
    r"(?P<y4>(?:19|20)\d\d)\b"
    r"|\b(?P<y2>(?:19|20)\d\d)'s\s+(?:(?:trade|export|import)\s+)?(?:figures|data|statistics)\b"
    r"|\b(?:trade|export|import)?\s*(?:figures|data|statistics)\s+for\s+(?P<y3>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A headline's flow word: its year is the one the story reports on ("Brazil posts record
# trade surplus for 2004", "US trade gap hits record in 2004").
_TITLE_FLOW = re.compile(r"\b(?:trade|exports?|imports?|surplus|deficit|turnover)\b", re.IGNORECASE)
_BILATERAL_BETWEEN = re.compile(r"\b(?:bilateral|two-way|mutual)\s+trade\b", re.IGNORECASE)
_CLAUSE_WITH = re.compile(r",\s*with\s+$")  # ", with Chinese imports from the EC worth ..."
# "the Community", "the 12-nation Community": the EU in a story that names it.
_COMMUNITY = re.compile(
    r"\b[Tt]he\s+(?:(?:\d+|[a-z]+)-(?:nation|member)\s+)?(?:European\s+)?Community\b"
    # A bare "Community" before a flow noun names the bloc as the flow's owner ("Community
    # exports to Japan"), as "the Community's exports" does; other bare uses stay unread.
    r"|(?<!European\s)\bCommunity(?=\s+(?:exports|imports|trade|sales|purchases)\b)"
)
_PREPOSITIONS = ("with", "to", "from", "between", "and", "against", "in", "on", "of", "by", "for")
# A state after "at" is where, or whose gathering, something took place ("met at the SCO
# summit, when they agreed to raise trade"): the place of an event is no clause's subject.
_SUBJECT_PREPOSITIONS = (*_PREPOSITIONS, "at")
# The words before a state a ranking measures against: "second after B", "behind B".
_COMPARANDS = ("after", "behind")
# Determiners and counts between a preposition and a state: "with the 25 EU member countries".
# Adjectives of a state there too: "with neighbouring Bolivia", "to fellow member Chile".
# The members of a group: "with the member states of the Eurasian Economic Union".
# A count in words: "the twelve EC states", "the nine member countries".
_COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
_DETERMINERS = re.compile(
    # "with the other 11 EC members", "with the 12-nation bloc": a group by its count
    # "to other ECOWAS states", "to the twelve EC states": a group by its member states,
    # with "other" or a count in words before its name
    r"(?:\b(?:(?:the|its|their|all|neighbou?ring|fellow|brotherly|friendly)\s+(?:other\s+)?"
    r"|other\s+)"
    r"(?:(?:\d+|" + _COUNT_WORDS + r")\s+|(?:\d+|[a-z]+)-(?:nation|member|country)\s+)?"
    r"|\b(?:member\s+(?:and\s+observer\s+)?)?(?:states|countries|nations)\s+of\s+"
    r"|\bmembers\s+(?:and\s+observers\s+)?of\s+"  # "member and observer states of"
    # "with the rest of CARICOM": the group less the reporter, still the group's trade
    r"|\brest\s+of\s+)+$",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# "to"/"from" that belong to a phrase, not to a flow: "according to the OECD".
_PHRASAL_TO = re.compile(
    r"\b(?:according|due|owing|thanks|close|compared|similar|relative|equal|equivalent|next|"
    r"apart|aside|far|away)\s+(?:to|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'-]+")
_CLOSING = re.compile(r"\s*\)")  # an amount closing an aside: "(1.2 bln dlrs)"


@attrs.define
class Context:
    """What the article has established so far: its state, currency, lead period, pair."""

    reporter: str | None = None
    currency: str | None = None
    lead: Period | None = None
    # Whether a trade sentence came before: the first one, if it tells an amount, may lead
    # the story from the second paragraph, after an opening paragraph of no trade (a
    # standfirst, a byline)
    traded: bool = False
    pair: tuple[str, str | None] | None = None
    sign: int = -1  # the sign a "difference between exports and imports" takes
    top_states: tuple[str, ...] = ()
    has_community: bool = False  # "the Community" names the EU in this story
    published: bool = False  # the publication date is known, not guessed from the years named
    balance_blocked: bool = False  # the last balance named was another one (current account)
    turnover_paragraph: int = -1  # the paragraph of the last trade turnover named
    last_period: Period | None = None  # the period of the last sentence's first figure
    # The span the story last gave its cumulative figures, in any balance sentence ("The
    # cumulative current account deficit in the four months to October of fiscal 1987/88 ..."):
    # a later "cumulative" figure with no period of its own is for the same months.
    cumulative: Period | None = None
    first_period: Period | None = None  # the main period of the story's first figure
    # The period of the sentence just before, when it named a flow and its period but no
    # amount ("Trade with B grew 12% in January-June."): the next sentence's figures' period.
    pending: Period | None = None
    title_period: Period | None = None  # a trade headline's period ("... trade up 9% in 2022")
    title_states: tuple[str, ...] = ()  # the states any headline names, first named first
    list_flow: str | None = None  # the flow of the last partner list ("China ranks first - ")
    list_period: Period | None = None  # the period a list's opening line names ("In 2023:")
    last_flow: str | None = None  # the flow of the last figure
    lead_flow: str | None = None  # the flow of the story's first figure
    ranked_reporters: int = -1  # the paragraph of a list ranking states by their own trade
    last_frame: tuple[str, str | None, str] | None = None  # its reporter, partner and flow
    item_reporter: str | None = None  # the reporter of the last ranked partner's figure
    rank_frame: tuple[str, str | None, str] | None = None  # the last ranked partner's frame
    figure_pair: tuple[str, str | None] | None = None  # the last figure's reporter, partner
    # The frame of the first figure of a sentence whose later figures are its parts ("X, of
    # which exports were Y"): what "the figure" of the next sentence restates.
    whole_frame: tuple[str, str | None, str] | None = None
    # ``whole_frame`` is a pair's turnover kept over a later sentence stating its part ("Trade
    # was X. Exports were Y. Last year the figure was Z": the figure is the turnover, "It" not).
    whole_kept: bool = False
    title_pair: bool = False  # ``pair`` is the headline's, until the body names its own
    # The states the story named before the current sentence (headline, dateline, body),
    # for a bare "trade turnover" of a story about two states.
    prior_states: frozenset[str] = frozenset()
    # The last turnover of a pair: states, period, value, currency ("A's exports" a paragraph
    # later, for the same period and less, are a part of it).
    pair_turnover: tuple[tuple[str, str], Period, Decimal, str] | None = None
    world_seen: bool = False  # a figure with no partner (a world total) was stated
    # The last planned turnover of a pair: its states and period ("a protocol providing for
    # trade of X in 1987"): a planned export or import of the pair with no period of its own
    # ("Under the protocol, A's exports to B are to reach Y") is a part of that plan.
    plan: tuple[frozenset[str], Period] | None = None
    # The story's first comparison, its level's period and its base's ("narrowed to A in
    # January from B a year earlier"): a later bare "from B" of a level for the same period
    # is for the same base period ("Exports fell to C from D").
    compared: tuple[Period, Period] | None = None
    # The periods of the figures the story told so far: a bare base of a year's level is
    # for the year before only where the story told a figure for that year.
    told: set[Period] = attrs.Factory(set)
    pair_paragraph: int = -1  # the paragraph that last named ``pair`` (a headline's: -1)
    # The owner and flow of the phrase ``pair`` was learned from ("a cut in A's trade deficit
    # with B"), until the story tells a world figure: a later "A's deficit, at X" is that one.
    pair_topic: tuple[str, str] | None = None
    # The states a sentence before named two or more of while speaking of trade ("A and B
    # will sign a trade protocol"), in the sentence's paragraph and in the one before: the
    # story put their trade on the table there, where talks or a visit alone did not.
    trade_sides: frozenset[str] = frozenset()
    previous_trade_sides: frozenset[str] = frozenset()
    trade_paragraph: int = 0  # the paragraph ``trade_sides`` are of
    # The pair the story left for a state's own totals ("Overall, A's foreign trade was X"):
    # "bilateral trade" named later returns to it.
    left_pair: tuple[str, str] | None = None
    # The last "between A and B" of the body before the sentence, in its paragraph or the
    # one before, when the sentence speaks of "the two countries" (else ``None``).
    near_pair: tuple[str, str] | None = None
    # The last month of the fiscal year the article states ("1985/86 ended March", "the
    # current fiscal year (July-December ...)"), for its unnumbered fiscal years.
    fiscal_end: int | None = None
    # The last month of the fiscal year of the story's state (gazetteer.fiscal_year_end) where
    # the article states none: its split and "FY" years are on that calendar.
    state_fiscal_end: int | None = None
    # The story's dollar and where its bare "dlrs" start to be it: where its first amount
    # names it ("52.8 billion Canadian dlrs"), or the story's start (``story_dollar_reach``).
    story_dollar: tuple[int, str] | None = None
    story_franc: tuple[int, str] | None = None  # where the story names the CFA franc, its code
    headline_pair: tuple[str, str] | None = None  # the two states of a trade headline
    # The states of the officials the sentence names ("Aliyev", "President Mirziyoyev"), and
    # of those the story (its headline included) named before it: read only for a sentence
    # speaking of "the two countries" or "the sides", whose sides may be named by them alone.
    sentence_officials: frozenset[str] = frozenset()
    prior_officials: frozenset[str] = frozenset()
    # The states the sentence's paragraph named before it, and those of the paragraph before.
    paragraph_states: frozenset[str] = frozenset()
    previous_paragraph_states: frozenset[str] = frozenset()


def headline_pair(title: str | None, states: Sequence[str] | None = None) -> tuple[str, str] | None:
    """The two states of a trade headline ("Kazakh-Latvian trade up 20%"), or ``None``.

    A headline with a trade word that names exactly two states gives the story's
    pair, the first named first; a body that leaves the pair implicit ("trade
    between the two countries", "exports to Latvia") inherits it. ``states`` are
    the headline's :func:`headline_states` when the caller has them already.

    >>> headline_pair("Peru, Ghana boost trade by 20%")
    ('PER', 'GHA')
    >>> headline_pair("Peru, Ghana and Chile discuss trade") is None
    True
    >>> headline_pair("Peru and Ghana sign visa deal") is None
    True
    >>> headline_pair("Peru exports surge on strong Ghanaian demand") is None
    True
    """
    if not title or TRIGGER.search(title) is None:
        return None
    codes = headline_states(title) if states is None else states
    if len(codes) == 2:
        # "Peru exports surge on Chilean demand": the state of a cause is no side of the trade.
        causes = {
            m.code
            for m in headline_mentions(title)
            if _CAUSE_BEFORE.search(title, 0, m.start) and _CAUSE_AFTER.match(title, m.end)
        }
        codes = [code for code in codes if code not in causes]
    return (codes[0], codes[1]) if len(codes) == 2 else None


# A headline's cause phrase around a state: "on (strong) US demand", "amid Chinese tariffs".
_CAUSE_BEFORE = re.compile(
    r"\b(?:on|amid|despite|after)\s+(?:(?:strong|weak|rising|falling|higher|lower|new)\s+)?\Z",
    re.IGNORECASE,
)
_CAUSE_AFTER = re.compile(
    r"\s+(?:demand|tariffs?|sanctions|slowdown|ban|boom|curbs|crisis|recovery|growth)\b",
    re.IGNORECASE,
)


def headline_states(title: str | None, day: dt.date | None = None) -> list[str]:
    """The states a headline names, first named first ("Peru, Ghana leaders meet").

    A capital is its state's on the story's ``day`` (:func:`~diplonews.gazetteer.state_at`):
    "Minister in Moscow" above a story of 1987 names the Soviet Union.

    >>> headline_states("Peruvian and Ghanaian leaders meet in Lima")
    ['PER', 'GHA']
    >>> headline_states("PERU, U.S. TRADE UP 12 PCT")
    ['PER', 'USA']
    >>> headline_states("IRANIAN MINISTER IN MOSCOW", dt.date(1987, 2, 9))
    ['IRN', 'SUN']
    >>> headline_states(None)
    []
    """
    codes: list[str] = []
    # "INDIA, SOVIET UNION PLAN TRADE RISE": a wire headline in capitals names its states as
    # a title-cased one would; names are read in their usual case.
    mentions = [m for m in headline_mentions(title or "") if m.kind != "group"]
    named = {m.code for m in mentions if m.kind != "capital"}
    for mention in mentions:
        code = mention.code
        if day is not None and mention.kind == "capital":
            code = state_on_day(code, named, day)
        if code not in codes:
            codes.append(code)
    return codes


def anchor_date(article: Article) -> dt.date | None:
    r"""The publication date, else the day after the last year the story reports on.

    A story with no date reports a year by dating a figure in it ("exports rose to $5bn
    in 2004", "growth of 6% in 2004"), by telling a trade flow or the figures of the year
    with no amount ("A's exports grew strongly in 2004", "published 2004's figures",
    "posted a record trade surplus in 2004"), or by its trade headline ("Brazil posts
    record trade surplus for 2004"); a year named only in its history ("the rule that
    ended in 1943", "their 2001 accord", "the biggest surplus since 1998") dates no figure
    and does not tell which year "last year" is. A year's sentence ends at its paragraph.
    Years named in a sentence about the future ("expected to widen to $6bn in 2005", "is
    aiming for exports of $6bn in 2005", "has set a target of $6bn for 2005", "from 2006
    when the agreement starts") are no report, unless every year is.

    >>> anchor_date(Article(id="a", body="Exports hit $5bn in 2004. We expect $6bn in 2005."))
    datetime.date(2005, 1, 1)
    >>> anchor_date(Article(id="a", body="Exports hit $5bn in 2004. It aims for $6bn in 2005."))
    datetime.date(2005, 1, 1)
    >>> anchor_date(Article(id="a", body="The pact dates from 2001. Trade was $5bn last year."))
    >>> anchor_date(Article(id="a", body="Exports grew in 2004.\n\nThey were $5bn last year."))
    datetime.date(2005, 1, 1)
    >>> anchor_date(Article(id="a", title="Trade surplus for 2004", body="It was $5bn."))
    datetime.date(2005, 1, 1)
    """
    if article.published is not None:
        return article.published
    body = article.body
    years: list[int] = []
    future: list[int] = []
    for match in _YEAR.finditer(body):
        floor, ceiling = max(0, match.start() - MAX_SENTENCE), match.end() + MAX_SENTENCE
        lo = max(body.rfind(".", floor, match.start() - 1), body.rfind("\n", floor, match.start()))
        lo = max(lo, floor - 1)  # no sentence is longer than MAX_SENTENCE: bounded work per year
        hi = body.find(". ", match.end(), ceiling)
        # a paragraph ends the year's sentence ("... since 1998, officials said.\n\nExports
        # rose to $5bn"): the next paragraph's amount is not the year's
        brk = body.find("\n", match.end(), hi if hi >= 0 else ceiling)
        hi = brk if brk >= 0 else hi
        sentence = body[lo + 1 : hi if hi >= 0 else min(len(body), ceiling)]
        if not (_PERCENT.search(sentence) or may_hold_money(sentence)) and not any(
            told.start(told.lastgroup or 0) == match.start() - lo - 1
            for told in _FLOW_YEAR.finditer(sentence)
        ):
            continue  # a year of the story's history, no figure's: "the rule ended in 1943"
        (future if _FUTURE.search(sentence) else years).append(int(match.group()))
    title = article.title or ""
    if _TITLE_FLOW.search(title) and not _FUTURE.search(title):
        years += [int(y.group()) for y in _YEAR.finditer(title)]
    years = years or future
    return dt.date(max(years) + 1, 1, 1) if years else None


def dateline_country(body: str) -> str | None:
    """The state of a newswire dateline at the body's start ("ANKARA, March 16 - ..."), or ``None``.

    Only finding the dateline is this module's: its state is read as every dateline's is
    (:func:`~diplonews.text.countries.place_country`, which also reads one the reader
    kept apart).
    """
    match = _DATELINE.match(body)
    if match is None or bloc_seat(body, match.group()):
        return None  # "BRUSSELS, May 19 - A's trade with the EC": the bloc's seat, no state
    return place_country(match.group())


@functools.lru_cache(maxsize=16)
def sentence_periods(
    text: str, anchor: dt.date | None, previous: Period | None, fiscal_end: int | None = None
) -> tuple[PeriodMention, ...]:
    """:func:`~diplonews.text.periods.extract_periods`, cached for the last few texts.

    A trade sentence's periods are read up to three times (its figures, the story's lead,
    a period the next sentence inherits); pass ``previous`` always, ``None`` included, so
    that the same question has the same key.

    >>> [m.text for m in sentence_periods("Exports rose in 2021.", None, None)]
    ['2021']
    """
    return extract_periods(text, anchor, previous=previous, fiscal_end=fiscal_end)


_GLOSS_OPEN = re.compile(r"\s*\(\s*")
# "the two" or "both" right before a group's name, and the plural noun after it: "the two
# ASEAN neighbours", "both EU members".
_TWO_BEFORE = re.compile(r"\b(?:(?:the|our|both)\s+two|both)\s+\Z", re.IGNORECASE)
_CLUB_NOUN = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:neighbou?rs|members|partners|countries|states|nations|allies|"
    r"economies|producers|signatories)\b"
)


@functools.lru_cache(maxsize=4)
def former_capitals(body: str, day: dt.date | None = None) -> dict[str, str]:
    """Successor -> former state, for the capitals a story names as its former state's.

    A story that names a former state ("the Soviet Union") and names its successor only by
    its capital ("talks in Moscow", "its debt to Moscow") means the former state by that
    capital, as a place of the time does (the meetings' ``of_its_time``). With the story's
    ``day`` known, the day decides instead (:func:`~diplonews.gazetteer.state_at`): Moscow in
    a story of 1987 is the Soviet Union's whether or not it names it, and Russia's in 2005.

    >>> former_capitals("The Soviet Union and Finland signed a protocol in Moscow.")
    {'RUS': 'SUN'}
    >>> former_capitals("Russia and Finland signed a protocol in Moscow.")
    {}
    >>> former_capitals("Finland signed a protocol in Moscow.", dt.date(1987, 2, 9))
    {'RUS': 'SUN'}
    >>> former_capitals("The Soviet Union's heirs met in Moscow.", dt.date(2005, 2, 9))
    {}
    """
    mentions = named_mentions(body).mentions
    named = {m.code for m in mentions if m.kind != "capital"}
    found: dict[str, str] = {}
    for m in mentions:
        if m.kind == "capital" and (then := state_on_day(m.code, named, day)) != m.code:
            found[m.code] = then
    return found


def state_on_day(
    code: str, named: Collection[str], day: dt.date | None, anchor: dt.date | None = None
) -> str:
    """The state a place of ``code`` belonged to on the story's ``day``, the story naming ``named``.

    A place is its state's on the story's day (the gazetteer's successions say which): Moscow
    in a story of 1987 is the Soviet Union's whether or not the story names it. With no
    ``day``, the former state's (as of ``anchor``, else of any time) only where the story names
    it; a story naming the successor itself speaks of the successor.

    >>> state_on_day("RUS", set(), dt.date(1987, 2, 9))
    'SUN'
    >>> state_on_day("RUS", {"RUS"}, dt.date(1987, 2, 9)), state_on_day("RUS", set(), None)
    ('RUS', 'RUS')
    >>> state_on_day("RUS", {"SUN"}, None)
    'SUN'
    """
    if code in named:
        return code
    then = state_at(code, day or anchor or dt.date.min)
    if then != code and (day is not None or then in named):
        return then
    return code


def sentence_mentions(
    body: str, sentence: Sentence, has_community: bool, day: dt.date | None = None
) -> list[CountryMention]:
    """The country mentions of a sentence, with offsets into the sentence's own text.

    The body is scanned once (:func:`~diplonews.text._mentions.named_mentions`);
    "the Community" is the EU in stories that name it; a capital of a former state's
    successor is the former state in a story of its day, or naming it (``former_capitals``).
    """
    offset = sentence.start
    former = former_capitals(body, day)
    mentions = [
        CountryMention(
            former.get(m.code, m.code) if m.kind == "capital" else m.code,
            m.kind,
            m.start - offset,
            m.end - offset,
            m.text,
        )
        for m in named_mentions(body).between(sentence.start, sentence.end)
    ]
    if "(" in sentence.text and len(mentions) > 1:
        # "the Eurasian Economic Union (EAEU)": a name's abbreviation glossed in brackets
        # is the same mention, no new subject or partner for the words after it.
        text = sentence.text
        mentions = [
            m
            for i, m in enumerate(mentions)
            if not (
                i
                and mentions[i - 1].code == m.code
                and _GLOSS_OPEN.fullmatch(text, mentions[i - 1].end, m.start)
                and text.startswith(")", m.end)
            )
        ]
    if "two" in sentence.text:
        # "the two ASEAN neighbours" are two states of the group, not the group: a group
        # named as the club of the story's two sides is no side of their trade.
        text = sentence.text
        mentions = [
            m
            for m in mentions
            if not (
                m.kind == "group"
                and _TWO_BEFORE.search(text, 0, m.start)
                and _CLUB_NOUN.match(text, m.end)
            )
        ]
    if "Kingdom" in sentence.text:
        mentions = _kingdom(body, sentence.text, mentions)
    if "he " in sentence.text:
        mentions = _named_back(body, sentence, mentions)
    if has_community and "Community" in sentence.text:
        for match in _COMMUNITY.finditer(sentence.text):
            mentions.append(
                CountryMention("EU", "group", match.start(), match.end(), match.group())
            )
        mentions.sort(key=lambda m: m.start)
    return mentions


def _named_back(
    body: str, sentence: Sentence, mentions: list[CountryMention]
) -> list[CountryMention]:
    """``mentions`` with the state "the kingdom", "the latter" or a region's state means.

    "Iraq's imports from the kingdom", "The Baltic state's exports to Poland", "the
    latter's exports" (:func:`~diplonews.text.state_references`); "its" and "the country"
    are left to the story's own reading of its subject.
    """
    offset = sentence.start
    added = [
        CountryMention(r.code, r.kind, r.start - offset, r.end - offset, r.text)
        for r in state_references(body)
        if sentence.start <= r.start < sentence.end
        and r.text.casefold() not in ("its", "the country")
        and not any(m.start < r.end - offset and r.start - offset < m.end for m in mentions)
    ]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


# "the Kingdom" alone (not "the Kingdom of Bahrain"): Saudi Arabia, in the Saudi press.
_THE_KINGDOM = re.compile(r"\b[Tt]he\s+Kingdom\b(?!\s+of\b)")


def _kingdom(body: str, text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """``mentions`` with "the Kingdom" as Saudi Arabia, in stories naming it and no other kingdom.

    "Trade between the Kingdom and Pakistan totaled SR 18 billion" in a Saudi outlet.
    """
    named = {m.code for m in named_mentions(body).mentions}
    if "SAU" not in named or named & (kingdoms() - {"SAU"}):  # another kingdom named
        return mentions
    added = [
        CountryMention("SAU", "name", match.start(), match.end(), match.group())
        for match in _THE_KINGDOM.finditer(text)
        if not any(m.start < match.end() and match.start() < m.end for m in mentions)
    ]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_CLAUSE_AND = re.compile(r",\s*and\s+(?:the\s+)?$")  # ", and Peru sent ...": a clause's subject
# A partner named by a phrase, not a name: "from the neighbouring country", "with its neighbor".
_PARTNER_ANAPHOR = re.compile(
    r"\b(?:to|from|with)\s+(?P<phrase>(?:the|its|this|that)\s+(?:neighbou?ring\s+country|"
    r"neighbou?r(?:ing\s+state)?|partner\s+country|country|republic|"
    # "to the Arab country", "with the southern neighbour", "from the Gulf kingdom"
    r"(?-i:[A-Z][a-z]+|northern|southern|eastern|western|friendly|fraternal)\s+"
    r"(?:(?-i:[A-Z][a-z]+)\s+)?(?:country|republic|neighbou?r|kingdom)))\b(?!['’])",
    re.IGNORECASE,
)


# A group named by a noun: "trade with the union", "exports to the bloc"; by its members so
# named: "exports to the union's countries", "trade between A and the other member states of
# the organization".
_GROUP_ANAPHOR = re.compile(
    r"\b(?:to|from|with|and)\s+(?P<phrase>"
    r"(?:the\s+(?:other\s+)?(?:member\s+)?(?:countries|states|nations|members)\s+of\s+)?"
    # "the customs union", "the enlarged 25-member bloc": a lower-case word before the noun
    r"the\s+(?:(?-i:[a-z]+)\s+)?(?:(?:\d+|[a-z]+)-(?:nation|member|country)\s+)?"
    r"(?:union|bloc|organi[sz]ation)"
    r"(?:['’]s\s+(?:other\s+)?(?:member\s+)?(?:countries|states|nations|members)\b)?"
    r"|(?P<plural>th[eo]se\s+(?:countries|states|nations))"
    # "imports from the twelve member states", "with the other member countries": the group
    # by its members, with no name ("the member states of the union" is the first branch)
    r"|the\s+(?:other\s+)?(?:(?:\d+|" + _COUNT_WORDS + r")\s+)?member\s+"
    r"(?:states|countries|nations)(?!\s+of\b))\b(?!['’])"
    # "the bloc's exports to B": the group owns the flow
    r"|\b(?P<owner>the\s+(?:union|bloc))(?=['’]s\s+(?:total\s+|overall\s+)?"
    r"(?:exports?|imports?|trade|purchases|sales|deficit|surplus)\b)"
    # "That left the 25-nation bloc with a deficit of X": a bloc told by its count is a
    # group wherever it stands (subject, object), as its name would be
    r"|\b(?P<counted>the\s+(?:\d+|[a-z]+)-(?:nation|member|country)\s+(?:union|bloc))\b"
    r"(?!['’]s\s+(?:other\s+)?(?:member\s+)?(?:countries|states|nations|members)\b)",
    re.IGNORECASE,
)
_GROUP_WINDOW = 600  # characters before the sentence searched for the group's name


def group_anaphors(
    body: str, sentence: Sentence, mentions: list[CountryMention]
) -> list[CountryMention]:
    """``mentions`` with the group last named before where "the union" or "the bloc" is a partner.

    "The EAEU's share was 38 percent. Trade with the union stood at $9 million": after
    "to", "from" or "with", the noun is the last country group the text named (in this
    sentence before it, else in the 600 characters before the sentence). "These (those)
    countries" is the group only when the sentence named it last before the phrase.

    >>> from diplonews.text import split_sentences
    >>> body = "Its share of EAEU trade grew. Trade with the union stood at $9 million."
    >>> sentence = split_sentences(body)[1]
    >>> [m.code for m in group_anaphors(body, sentence, [])]
    ['EAEU']
    """
    text = sentence.text
    if (
        "nion" not in text
        and "bloc" not in text
        and "ation" not in text
        and "hese" not in text
        and "hose" not in text
        and "ember" not in text
    ):
        return mentions  # no noun that could name a group: a cheap test first
    added = []
    for match in _GROUP_ANAPHOR.finditer(text):
        name = next(n for n in ("phrase", "owner", "counted") if match.group(n) is not None)
        start, end = match.span(name)
        if match.group("plural") is None:
            # "The EU is A's main partner; trade with the bloc was X": the last group named
            # before the noun, a state named in between ("A's") notwithstanding.
            group = next(
                (m.code for m in reversed(mentions) if m.end <= start and m.kind == "group"),
                None,
            )
        else:
            group = next((m.code for m in reversed(mentions) if m.end <= start), None)
        if match.group("plural") is not None:
            # "exports to the CIS countries ..., and imports from these countries": the
            # group the sentence named last; states named before leave the phrase alone.
            if group is None or group not in load_country_groups():
                continue
        elif group is None or group not in load_country_groups():
            before = named_mentions(body).between(
                max(0, sentence.start - _GROUP_WINDOW), sentence.start
            )
            group = next((m.code for m in reversed(before) if m.kind == "group"), None)
        if group is not None and group in load_country_groups():
            added.append(CountryMention(group, "group", start, end, match.group(name)))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def partner_anaphors(
    text: str,
    mentions: list[CountryMention],
    ctx: Context,
    recent: frozenset[str] = frozenset(),
    subject: str | None = None,
    *,
    last_other: str | None = None,
) -> list[CountryMention]:
    """``mentions`` with the story's other state where a phrase names a partner.

    "Azerbaijan bought goods from the neighboring country", "exports to this
    country": after "to", "from" or "with", such a phrase is the last state the
    sentence named as a partner before it (after "with", "to", "from", "and"),
    else the other state of the story's pair, when the sentence names one of the pair.
    With no pair yet, "this country" (or any such phrase after "with") is the one state
    of ``recent`` (the states the paragraph and the one before named ahead of the
    sentence) that the sentence does not name. A neighbour ("with its neighbour") after no
    other state in the sentence is ``last_other``, the last state other than the story's
    that the text named before the sentence (in its paragraph or the one before), not the
    story's pair of an earlier paragraph; after a state that owns the flow ("B's exports to
    its neighbour"), the story's state.

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "Peru's exports to this country reached $5 million in 2023."
    >>> recent = frozenset({"PER", "CHL"})
    >>> [m.code for m in partner_anaphors(text, list(find(text)), Context(), recent)]
    ['PER', 'CHL']
    """
    if "s there" in text:  # "exports there", "sales there": a cheap test first
        mentions = _there_partner(text, mentions, ctx)
    if " it" in text:  # "turnover with it": a cheap test first
        mentions = _it_partner(text, mentions, ctx)
    if (
        "ountr" not in text
        and "eighbo" not in text
        and "epublic" not in text
        and "ingdom" not in text
    ):
        return mentions  # no phrase that could name a partner: a cheap test first
    named = {m.code for m in mentions}
    added = []
    for match in _PARTNER_ANAPHOR.finditer(text):
        start, end = match.span("phrase")
        if any(m.start < end and start < m.end for m in mentions):
            continue  # "to the Czech Republic", "from the United Kingdom": a name
        # "with Chile, and with Nepal, with goods shipped from the country": the
        # last state named as a partner (after a preposition) before the phrase.
        prior = [
            m
            for m in mentions
            if m.end <= start
            and m.kind != "group"
            and m.code != ctx.reporter
            and _preposition(text, m) in ("with", "to", "from", "and")
            and not _CLAUSE_AND.search(text, max(0, m.start - 12), m.start)
        ]
        # "exports to A ..., and B sent goods to the country": B's clause, not A's.
        floor = prior[-1].end if prior else 0
        actor = next(
            (
                m.code
                for m in reversed(mentions)
                if floor <= m.start
                and m.end <= start
                and m.kind != "group"
                and m.code != ctx.reporter
            ),
            None,
        )
        if (
            last_other is not None
            and not prior
            and actor is None
            and "eighbo" in match.group("phrase")
        ):
            # "Trade with B caused friction. A's surplus with its neighbour was X": the
            # state the text just named beside the story's, not the pair of the lead.
            other: str | None = last_other
        elif (
            subject is not None
            and not prior
            and actor is None
            and subject != ctx.reporter
            and match.group("phrase").casefold().startswith(("this", "that"))
        ):
            # "B ranked fifth. Exports to this country were X": the state the sentence
            # just before opened with, a sentence of no figure.
            other = subject
        elif prior and actor is None:
            other = prior[-1].code
        elif (
            not prior
            and actor is not None
            and ctx.reporter not in (None, actor)
            and "eighbo" in match.group("phrase")
            and any(
                m.code == actor and text.startswith(("'s", "’s"), m.end)
                for m in mentions
                if m.end <= start
            )
        ):
            # "B's exports to its neighbour" in a story of A: B's neighbour is the story's
            # state, never B itself.
            other = ctx.reporter
        elif (
            not prior
            and actor is not None
            and ctx.reporter is not None
            and (ctx.pair is None or actor not in ctx.pair)
            and all(m.code in (actor, ctx.reporter) for m in mentions if m.end <= start)
            and not (  # "B's exports to this country", B the flow's owner: not the partner
                len(recent - named) == 1
                and any(
                    m.code == actor and text.startswith(("'s", "’s"), m.end)
                    for m in mentions
                    if m.end <= start
                )
            )
        ):
            # "Italy remained the main buyer of Peruvian goods, with exports to this
            # country worth X": the one state other than the story's that the sentence
            # named before, when the story's pair (if any) does not hold it.
            other = actor
        elif ctx.pair is None or ctx.pair[1] is None:
            # "B's envoy met A's minister. A's exports to this country reached X": the one
            # other state named just before, when the sentence names a state of its own.
            others = recent - named
            phrase = match.group("phrase").casefold()
            if not (
                named
                and len(others) == 1
                and (
                    phrase.startswith(("this", "that"))
                    or text[match.start() : start].casefold().startswith("with")
                    # "B's exports to the country": the flow's owner B is not the country
                    or any(text.startswith(("'s", "’s"), m.end) for m in mentions if m.end <= start)
                )
            ):
                continue
            other = next(iter(others))
        else:
            left, right = ctx.pair
            # The phrase refers back: to the states named before it, else to the story's
            # state ("exports to the neighbouring country ..., while imports from B").
            earlier = {m.code for m in mentions if m.end <= start}
            if not earlier and ctx.reporter is not None and ctx.reporter in ctx.pair:
                earlier = {ctx.reporter}
            sides = {actor} if actor is not None and actor in ctx.pair else earlier or named
            other = right if left in sides else left if right in sides else None
            if (
                other == ctx.reporter
                and actor is not None
                and actor != ctx.reporter
                and match.group("phrase").casefold().startswith(("this", "that"))
                and not any(
                    m.code == actor and text.startswith(("'s", "’s"), m.end)
                    for m in mentions
                    if m.end <= start
                )
            ):
                # "B headed the list of buyers of A's goods, as exports to this country were
                # X": "this country" is the state just named, not the story's own.
                other = actor
            if other in load_country_groups() and actor is not None:
                # "Russia was Iran's main partner in the EAEU, with exports to that country
                # of X": a country is no group; it is the state the sentence named.
                other = actor
        if other is None:
            continue
        added.append(CountryMention(other, "name", start, end, match.group("phrase")))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


# A sentence whose first words (after a fronted date or phrase and its comma) are a
# possessive reference: "Its exports to B ...", "In 2008, the country's trade with B ...".
_OPENING_OWNER = re.compile(
    r"(?:(?:In|During|Last|This|Over|For|Since|By)\b[^,.;:]{1,40},\s+)?"  # "In 2008, "
    r"(?P<phrase>[Ii]ts\b|[Tt]he\s+(?:country|nation)(?=['’]s))"
)
# A subject that opens a sentence: a state's name, after "The" at most ("The Netherlands").
_OPENING_SUBJECT = re.compile(r"\s*(?:The\s+)?")


# A sentence opening on a company as its subject: "Acme Holdings is the largest firm in B",
# "Gazprom, the state gas giant, ...", "The company ...".
_FIRM_OPENING = re.compile(
    r"\s*(?:The\s+(?:company|firm|group|corporation)\b"
    r"|(?:[A-Z][\w&.'-]*\s+){0,3}[A-Z][\w&.'-]*(?:,|\s+(?:is|was|remains|remained|became)\b)"
    r"[^.;]{0,60}?\b(?:company|firm|corporation|conglomerate|giant|maker|manufacturer|producer|"
    r"miner|carrier)\b)"
)


def opening_owner(text: str) -> bool:
    """Whether a sentence opens with "its" or "the country's" owning what follows.

    >>> opening_owner("In 2008, its exports were worth $3bn."), opening_owner("It grew.")
    (True, False)
    """
    return _OPENING_OWNER.match(text) is not None


def opens_on_firm(text: str) -> bool:
    """Whether a sentence opens with a company, not a state, as its subject.

    >>> opens_on_firm("Acme Holdings is the largest firm in Chile.")
    True
    >>> opens_on_firm("Chile is the largest copper producer.")
    False
    """
    found = extract_country_mentions(text)
    lead = len(text) - len(text.lstrip())
    if found and found[0].start <= lead + 4:
        return False  # "Chile is ...", "The Chilean ...": a state's sentence
    return _FIRM_OPENING.match(text) is not None


def opening_subject(text: str) -> str | None:
    """The state a sentence opens with as its subject, or ``None``.

    >>> opening_subject("Belarus is heavily dependent on Russian energy.")
    'BLR'
    >>> opening_subject("The Netherlands is a major port.")
    'NLD'
    >>> opening_subject("Acme Holdings is the largest firm in Chile.") is None
    True
    >>> opening_subject("Peru is Chile's top supplier.") is None
    True
    """
    found = extract_country_mentions(text)
    lead = _OPENING_SUBJECT.match(text)
    if not found or lead is None or found[0].start != lead.end() or found[0].kind != "name":
        return None
    if text.startswith(("-", "–", " and ", ","), found[0].end):
        return None  # "Chile-Peru trade ...", "Chile and Peru ...": no one state's sentence
    if any(m.code != found[0].code and text.startswith(("'s", "’s"), m.end) for m in found):
        # "B is A's top supplier. The country's deficit ...": A's possessive makes A the
        # reference's owner as well as the subject B, and the subject is often A's partner.
        return None
    return found[0].code


def owner_anaphor(
    text: str, mentions: list[CountryMention], opener: str | None
) -> list[CountryMention]:
    """``mentions`` with ``opener`` as the owner a sentence-opening "its" refers to.

    "B is the region's largest economy. Its exports to A were X": "its" (or "the
    country's") opening a sentence that names no state before it takes up the state the
    sentence just before opened with, ``opener``. The mention added is written as the text
    writes the reference, without its "'s".

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "Its trade with Russia was worth $34bn in 2008."
    >>> [(m.code, m.text) for m in owner_anaphor(text, list(find(text)), "BLR")]
    [('BLR', 'Its'), ('RUS', 'Russia')]
    """
    match = _OPENING_OWNER.match(text) if opener is not None else None
    if opener is None or match is None:
        return mentions
    start, end = match.span("phrase")
    if any(m.start < end for m in mentions):
        return mentions  # "In Chile, its exports ...": a state named before the reference
    return [CountryMention(opener, "name", start, end, text[start:end]), *mentions]


# A flow to the place just named: "The top market was Chile, and Peru's exports there ...".
_FLOW_THERE = re.compile(
    r"\b(?:exports|imports|sales|shipments|supplies|deliveries)\s+(?P<phrase>there)\b"
)


def _there_partner(text: str, mentions: list[CountryMention], ctx: Context) -> list[CountryMention]:
    """``mentions`` with the state named before "exports there" as that flow's partner.

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "The top market was Chile, and Peruvian exports there reached $5 million."
    >>> [m.code for m in _there_partner(text, list(find(text)), Context())]
    ['CHL', 'PER', 'CHL']
    """
    added = []
    for match in _FLOW_THERE.finditer(text):
        start, end = match.span("phrase")
        owners = {m.code for m in mentions if m.end <= match.start() and m.kind == "demonym"}
        place = next(
            (
                m.code
                for m in reversed(mentions)
                if m.end <= match.start()
                and m.kind == "name"
                and m.code not in owners
                and m.code != ctx.reporter
            ),
            None,
        )
        if place is not None and owners:
            added.append(CountryMention(place, "name", start, end, "there"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


# A trade flow with "it" for its partner: "trade turnover with it went up to X".
_FLOW_IT = re.compile(
    r"\b(?:trade|turnover|exports|imports)\s+(?:with|to|from)\s+(?P<phrase>it)\b(?!['’])",
    re.IGNORECASE,
)


def _it_partner(text: str, mentions: list[CountryMention], ctx: Context) -> list[CountryMention]:
    """``mentions`` with the sentence's subject state as the partner of "trade with it".

    "Chile ranks second after Peru, and trade turnover with it rose to $5 million": "it" is
    the first state (or group) the sentence names before the phrase other than the story's
    own, the subject of the clause that ranks it. The mention added is written "it".

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "Chile ranks second after Peru - trade turnover with it rose to $5 million."
    >>> [m.code for m in _it_partner(text, list(find(text)), Context(reporter="BOL"))]
    ['CHL', 'PER', 'CHL']
    """
    added = []
    for match in _FLOW_IT.finditer(text):
        start, end = match.span("phrase")
        subject = next(
            (
                m.code
                for m in mentions
                if m.end <= match.start() and m.kind in ("name", "group") and m.code != ctx.reporter
            ),
            None,
        )
        if subject is not None:
            added.append(CountryMention(subject, "name", start, end, "it"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def _preposition(text: str, mention: CountryMention) -> str:
    """The word before a country mention, skipping determiners ("with the United States")."""
    if mention.text == "there":  # "exports there": to the place; "imports there": from it
        return "from" if text[: mention.start].rstrip().endswith("imports") else "to"
    start = mention.start
    det = _DETERMINERS.search(text, max(0, start - 40), start)
    if det is not None:
        start = det.start()
    return prev_word(text, start).strip(".")


# A share held in a total right before the total's owner: "B's share in ", "the share of B
# in ", "B's part of ".
_SHARE_HOLDER = re.compile(
    r"\b(?:share|part|portion|stake)\s+(?:of\s+[^,;()]{1,40}?\s+)?(?:in|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A relative clause opened on a state: "B, whose (foreign) trade with A ...".
_WHOSE = re.compile(r"\s*,\s*whose\s+")


def attached(text: str, flow: Flow, mentions: Sequence[CountryMention]) -> CountryMention | None:
    """A country written into the flow's noun phrase ("Japan's bilateral trade surplus")."""
    for mention in reversed(mentions):
        if mention.end > flow.start:
            continue
        between = text[mention.end : flow.start]
        whose = _WHOSE.match(between)
        if whose is not None:
            # "B, whose trade with A came to X": the relative clause's owner is B.
            between = between[whose.end() :]
        if between.startswith(("' ", "’ ")) and mention.text.endswith("s"):
            between = between[1:]  # a plural's possessive: "the United States' trade deficit"
        words = _WORD.findall(between.replace("'s", " "))
        if len(words) > 4 or any(w.casefold() not in MODIFIERS for w in words):
            return None
        if any(w.casefold() == "with" for w in words):
            return None  # "Ukraine with exports worth ...": a partner in a list, no owner
        if whose is not None:
            return mention  # "exports to B, whose imports ...": B's, whatever its preposition
        prep = _preposition(text, mention)
        if (
            prep in ("in", "of")
            and between.startswith(("'s", "’s"))
            and _SHARE_HOLDER.search(text, max(0, mention.start - 60), mention.start)
        ):
            # "B's share in A's total trade": a share is of the total A's genitive owns.
            return mention
        if (
            prep in _PREPOSITIONS
            and not _CLAUSE_WITH.search(text, max(0, mention.start - 12), mention.start)
            # ", and A's exports to B rose": an "and" after a comma opens a clause whose
            # subject owns its flow; it joins no pair ("trade between A and B")
            and not (
                prep == "and"
                and _CLAUSE_AND.search(text, max(0, mention.start - 12), mention.start)
            )
        ):
            return None  # "trade with China's ...", not ", with Chinese imports from ..."
        if prep in _COMPARANDS and any(c in between for c in ",;:—–"):
            return None  # "B ranks second after C, and exports to it": C owns no flow
        return mention
    return None


# The prepositions a stance's object may follow: "pressure on A over", "angry at A over",
# "sanctions against A over"; not "anger in B over ...", "talks with B over ...".
_STANCE_PREPOSITIONS = tuple(p for p in _PREPOSITIONS if p not in ("on", "against"))
# "pressed A over its record X surplus", "criticised A over last year's surplus": the
# figure a stance is taken over, right after the state it is taken against.
_OVER = re.compile(r"\s+over\s+")


def stance_object(
    text: str, flow: Flow, mentions: Sequence[CountryMention]
) -> CountryMention | None:
    """The state a stance is over a figure of ("B pressed A over its X surplus": A).

    The figure's noun phrase (its amount, "its", "last year's", "record") opens right
    after "STATE over", and the state is no preposition's object ("anger in B over ...")
    but a stance's ("pressure on A over ...").
    """
    for mention in reversed(mentions):
        if mention.end > flow.start:
            continue
        over = _OVER.match(text, mention.end)
        if over is None or mention.kind == "group":
            return None
        words = _WORD.findall(text[over.end() : flow.start].replace("'s", " "))
        if any(w.casefold() not in MODIFIERS and not w.replace(".", "").isdigit() for w in words):
            return None
        if _preposition(text, mention) in _STANCE_PREPOSITIONS:
            return None
        return mention
    return None


def subject(text: str, before: int, mentions: Sequence[CountryMention]) -> CountryMention | None:
    """The first country named before ``before`` that is not after a preposition."""
    for mention in mentions:
        if mention.start >= before:
            break
        if _preposition(text, mention) not in _SUBJECT_PREPOSITIONS and not text[
            mention.end :
        ].startswith(("-", "–")):
            return mention
    return None


# "to Brazil's partners in the Mercosur bloc", "with Greece's European Community partners":
# the state owns the partners; the group it names is the figure's partner.
_PARTNERS_IN = re.compile(r"['’]s\s+(?:[\w-]+\s+)?partners\s+(?:in|of)\s+(?:the\s+)?")
_OWNERS_GROUP = re.compile(r"['’]s\s+(?:the\s+)?")
_GROUP_PARTNERS = re.compile(r"\s+(?:[\w-]+\s+)?partners\b")


def _partners_group(
    text: str, mention: CountryMention, after: CountryMention | None
) -> CountryMention | None:
    """The group ``after`` when ``mention`` names only the owner of its members as partners."""
    if after is None or after.kind != "group" or mention.kind == "group":
        return None
    if _PARTNERS_IN.fullmatch(text, mention.end, after.start) or (
        _OWNERS_GROUP.fullmatch(text, mention.end, after.start)
        and _GROUP_PARTNERS.match(text, after.end)
    ):
        return after
    return None


def partner_between(
    text: str, lo: int, hi: int, kind: str, mentions: Sequence[CountryMention]
) -> tuple[str | None, str | None, bool]:
    """(partner, pair-reporter, found) from "with X", "to X", "from X", "between X and Y".

    ``kind`` is the flow's: exports take "to", imports "from", and "both" (the
    turnover "imports from and exports to") takes either.
    """
    allowed = {"with", "between"}
    if kind in ("export", "both"):
        allowed.add("to")
    if kind in ("import", "both"):
        allowed.add("from")
    inside = [m for m in mentions if lo <= m.start < hi]
    for i, mention in enumerate(inside):
        prep = _preposition(text, mention)
        if prep in ("to", "from") and _PHRASAL_TO.search(
            text, max(0, mention.start - 40), mention.start
        ):
            continue  # "according to the OECD", "due to Japan", "apart from China"
        if prep == "between" and i + 1 < len(inside):
            return inside[i + 1].code, mention.code, True
        group = _partners_group(text, mention, inside[i + 1] if i + 1 < len(inside) else None)
        if group is not None and prep in allowed:
            return group.code, None, True
        if (
            prep == "of"
            and kind == "turnover"
            and i + 1 < len(inside)
            and _AND.fullmatch(text, mention.end, inside[i + 1].start)
        ):
            return inside[i + 1].code, mention.code, True  # "the turnover of A and B"
        if prep in allowed:
            return mention.code, None, True
    return None, None, False


def and_pair(text: str, before: int, mentions: Sequence[CountryMention]) -> tuple[str, str] | None:
    """Two states joined by "and" before a turnover word ("Azerbaijan and Kazakhstan aim")."""
    earlier = [m for m in mentions if m.end <= before]
    for left, right in itertools.pairwise(earlier):
        if _AND.fullmatch(text, left.end, right.start):
            return left.code, right.code
    return None


_HYPHEN = re.compile(r"\s*[-–]\s*")


def hyphen_pair(
    text: str, flow: Flow, mentions: Sequence[CountryMention]
) -> tuple[str, str] | None:
    """Two states joined by a hyphen in the flow's noun phrase: "Kazakh-Chinese trade".

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "The Chilean-Peruvian trade turnover reached $5 billion."
    >>> start = text.index("trade")
    >>> hyphen_pair(text, Flow(start, start + 14, "turnover", "trade turnover"), find(text))
    ('CHL', 'PER')
    """
    before = [m for m in mentions if m.end <= flow.start and m.kind != "group"]
    for left, right in itertools.pairwise(before):
        if (
            _HYPHEN.fullmatch(text, left.end, right.start)
            and left.code != right.code
            and all(w.casefold() in MODIFIERS for w in _WORD.findall(text, right.end, flow.start))
            # "The top market was Chile – Peruvian exports there ...": a spaced dash between
            # a name and a demonym is punctuation, no pair ("Chile-Peru", "Chilean-Peruvian").
            and not (left.kind != right.kind and text[left.end : left.end + 1].isspace())
        ):
            return left.code, right.code
    return None


def other_state(reporter: str, ctx: Context) -> str | None:
    """The other state of ``reporter``'s pair.

    The story's pair, else a headline naming two states, else the most named state
    that is not ``reporter``, else the other of two states the story named so far
    (the dateline's among them).
    """
    if ctx.pair is not None and reporter in ctx.pair:
        other = ctx.pair[1] if ctx.pair[0] == reporter else ctx.pair[0]
        if other is not None:
            return other
    if len(ctx.title_states) == 2 and reporter in ctx.title_states:
        # "Peruvian, Chilean presidents meet": "the two countries" are the headline's.
        return ctx.title_states[1] if ctx.title_states[0] == reporter else ctx.title_states[0]
    other = next((s for s in ctx.top_states if s != reporter), None)
    if other is None and len(ctx.prior_states) == 2 and reporter in ctx.prior_states:
        # "BAKU - ... received Georgia's minister. Trade between our countries ...": the
        # dateline's state is the other side.
        other = next(s for s in ctx.prior_states if s != reporter)
    return other


def learn_pair(
    sentence: Sentence,
    ctx: Context,
    sentence_flows: Sequence[Flow],
    mentions: Sequence[CountryMention],
) -> None:
    """Learn the story's pair from a sentence's first flow, before its figures are read.

    "Kazakhstan's trade with Uzbekistan exceeded $4 billion, while exports came to
    $2.9 billion": the exports are with Uzbekistan though the first amount is no figure.
    """
    if ctx.pair is not None and not ctx.title_pair:
        return
    frames = [f for f in sentence_flows if f.kind not in ("block", "difference")]
    if frames:
        found = attached(sentence.text, frames[0], mentions)
        reporter = found.code if found is not None and found.kind != "group" else ctx.reporter
        _learn_body_pair(
            sentence.text,
            ctx,
            frames[0],
            reporter=reporter,
            sentence_flows=sentence_flows,
            mentions=mentions,
        )


def _learn_body_pair(
    text: str,
    ctx: Context,
    flow: Flow,
    *,
    reporter: str | None,
    sentence_flows: Sequence[Flow],
    mentions: Sequence[CountryMention],
) -> None:
    """:func:`_learn_pair`, where a pair the body names replaces the headline's."""
    headline = ctx.pair if ctx.title_pair else None
    if headline is not None:
        ctx.pair = None
    _learn_pair(
        text, ctx, flow, reporter=reporter, sentence_flows=sentence_flows, mentions=mentions
    )
    if ctx.pair is None:
        ctx.pair = headline
    else:
        ctx.title_pair = False


_OWNER_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")  # "France's (trade) deficit"


def _own_clause_stop(text: str, flow: Flow, sentence_flows: Sequence[Flow]) -> int:
    """Where the flow's partner may stand until: the next flow word or a clause of its own.

    "Exports hit X, and the country has trade deals with B": B is the later clause's.
    """
    stop = next((f.start for f in sentence_flows if f.start > flow.start), len(text))
    own = OWN_CLAUSE.search(text, flow.end, stop)
    return stop if own is None else own.start()


def _learn_pair(
    text: str,
    ctx: Context,
    flow: Flow,
    *,
    reporter: str | None,
    sentence_flows: Sequence[Flow],
    mentions: Sequence[CountryMention],
) -> None:
    hyphen = hyphen_pair(text, flow, mentions)
    if hyphen is not None:
        ctx.pair = hyphen  # "Kazakh-Chinese trade grew ...": the story's pair
        return
    if flow.kind == "turnover":
        # "Trade between Argentina and Brazil jumped 90 pct": the story's pair.
        stop = _own_clause_stop(text, flow, sentence_flows)
        partner, first, _ = partner_between(text, flow.end, stop, "turnover", mentions)
        pair = (first, partner) if first is not None else and_pair(text, flow.start, mentions)
        if pair is None and partner is not None and reporter is not None:
            pair = (reporter, partner)  # "Peru's trade with Chile"
        if pair is not None and pair[1] is not None and pair[0] != pair[1]:
            ctx.pair = (pair[0], pair[1])
    if (
        ctx.pair is None
        and reporter is not None
        and (
            flow.kind in ("export", "import")
            or (
                # "a cut in Chile's trade deficit with Peru": one state's balance with
                # another (not "the surpluses of A and other states that run wide gaps
                # with B")
                flow.kind == "balance"
                and any(
                    m.code == reporter and _OWNER_OF.fullmatch(text, m.end, flow.start)
                    for m in mentions
                )
            )
        )
    ):
        # "West German exports to the United States fell below ...": the story's pair,
        # even when the sentence states no figure of its own.
        stop = _own_clause_stop(text, flow, sentence_flows)
        partner, _, has_partner = partner_between(text, flow.end, stop, flow.kind, mentions)
        if has_partner and partner is not None and partner != reporter:
            ctx.pair = (reporter, partner)
            # "a cut in A's trade deficit with B": a later "A's deficit, at X" is this one.
            ctx.pair_topic = (reporter, flow.kind)


def _may_be_bilateral(text: str) -> bool:
    """Whether ``text`` holds the words :data:`_BILATERAL_BETWEEN` cannot match without.

    Only "\u0131" (a dotless i) matches an ASCII letter of them case-insensitively
    without lower-casing to it.

    >>> _may_be_bilateral("Mutual TRADE grew."), _may_be_bilateral("Trade grew.")
    (True, False)
    """
    lower = text.lower()
    return "trade" in lower and (
        "bilateral" in lower or "two-way" in lower or "mutual" in lower or "\u0131" in lower
    )


# An opening that sums up the state's trade: "Overall, ...", "In total, ...".
_OVERALL_OPEN = re.compile(r"\s*(?:Overall|In\s+total|All\s+in\s+all|Altogether|In\s+all),")
_COUNTRY_S_TRADE = re.compile(
    r"\b[Tt]he\s+(?:country|nation|republic)'s\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_OWN_TRADE = re.compile(
    r"\b(?:its|their|the\s+(?:country|nation|republic)'s)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# "B is (one of) A's main trade partners", "B remains the largest trading partner of A".
_ROLE_VERB = re.compile(
    r"\s+(?:is|was|remains|remained|has\s+become|became)\s+(?:one\s+of\s+)?(?:the\s+)?"
)
_ROLE_OWNER = re.compile(r"'s\s+(?:[a-z-]+\s+){0,3}?trad(?:e|ing)\s+partners?\b")
_ROLE_OF = re.compile(r"(?:[a-z-]+\s+){0,3}?trad(?:e|ing)\s+partners?\s+of\s+(?:the\s+)?")


def partner_role_pair(text: str, mentions: Sequence[CountryMention]) -> tuple[str, str] | None:
    """The pair a sentence names by calling one state the other's trade partner.

    "B is one of A's main trade partners": a figure after it with no pair of its own
    ("Trade turnover reached X") is A's with B, as after "trade between A and B".

    >>> from diplonews.text import extract_country_mentions as found
    >>> text = "Chile is one of Peru's main trade partners."
    >>> partner_role_pair(text, found(text))
    ('PER', 'CHL')
    >>> text = "Chile remains the largest trading partner of Peru."
    >>> partner_role_pair(text, found(text))
    ('PER', 'CHL')
    >>> text = "Chile is one of the main trade partners."
    >>> partner_role_pair(text, found(text)) is None
    True
    """
    states = [m for m in mentions if m.kind == "name"]
    if len(states) != 2 or states[0].code == states[1].code:
        return None
    partner, owner = states
    verb = _ROLE_VERB.match(text, partner.end, owner.start)
    if verb is None:
        return None
    if (verb.end() == owner.start and _ROLE_OWNER.match(text, owner.end)) or _ROLE_OF.fullmatch(
        text, verb.end(), owner.start
    ):
        return (owner.code, partner.code)
    return None


# Trade statistics released for a period: "trade data for", "customs figures covering",
# a year's own: "published 2004's figures", "2004's trade data".
_TRADE_DATA_FOR = re.compile(
    r"\b(?:trade|customs)\s+(?:data|figures|statistics)\s+(?:for|covering)\s"
    r"|\b(?:19|20)\d\d's\s+(?:(?:trade|customs)\s+)?(?:data|figures|statistics)\b",
    re.IGNORECASE,
)
# A flow word a lead may block and still state the story's period: a balance's sign word,
# or trade itself ("trade turnover with Gulf countries", a partner that is no state).
_LEAD_WORD = re.compile(
    r"(?:(?:foreign|external|trade|commodity)\s+)*(?:trade|turnover|exports?|imports?)$|.*?"
    + SIGN_WORD.pattern,
    re.IGNORECASE,
)


# "the two states", "both countries": a pair the sentence does not name.
_TWO_STATES = re.compile(
    r"\b(?:the|our)\s+two\s+(?:countries|states|nations|sides)\b|\bboth\s+countries\b",
    re.IGNORECASE,
)


def leave_pair(ctx: Context) -> None:
    """The story leaves its pair for a state's own trade; "bilateral trade" may return to it."""
    if ctx.pair is not None and ctx.pair[1] is not None:
        ctx.left_pair = (ctx.pair[0], ctx.pair[1])
    ctx.pair = None


# The goods a buying verb's object names by their origin: "bought Peruvian goods worth X",
# "bought X of Peruvian goods", "purchased X worth of Peruvian products".
_BUYING = frozenset({"bought", "buying", "purchased", "took", "taking", "takes", "imported"})
_ORIGIN_GOODS = re.compile(r"\s+(?:goods|products|merchandise|commodities)\b")


def _buys_goods_of_other(
    text: str, flow: Flow, owner: CountryMention, mentions: Sequence[CountryMention]
) -> bool:
    """Whether ``owner`` buys another state's goods in the flow ("C bought A-adjective goods").

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "Japan bought Peruvian goods worth $410 million."
    >>> found = find(text)
    >>> _buys_goods_of_other(text, Flow(6, 12, "import", "bought"), found[0], found)
    True
    """
    if flow.text.casefold() not in _BUYING:
        return False
    return any(
        m.kind == "demonym"
        and m.code != owner.code
        and flow.end <= m.start <= flow.end + 40
        and _ORIGIN_GOODS.match(text, m.end) is not None
        for m in mentions
    )


def update_context(
    sentence: Sentence,
    ctx: Context,
    anchor: dt.date | None,
    sentence_flows: Sequence[Flow],
    mentions: Sequence[CountryMention],
    *,
    figured: bool = False,
) -> None:
    """Learn the story's state, currency, sign and lead period from a trade sentence.

    ``figured``: the sentence gave figures (they moved the story's pair already).
    """
    text = sentence.text
    ranked = False  # the sentence ranks the story's partner: "B was A's largest partner"
    frames = [f for f in sentence_flows if f.kind not in ("block", "difference")]
    if frames:
        flow = frames[0]
        found = attached(text, flow, mentions)
        hyphen = hyphen_pair(text, flow, mentions) if found is not None else None
        if found is not None and hyphen is not None and found.code == hyphen[1]:
            # "A-B trade reached X. Trade with C stood at Y": the compound's first state is
            # the story's, as the first of "trade between A and B" is.
            found = next(
                (m for m in mentions if m.code == hyphen[0] and m.end <= flow.start), found
            )
        if (
            found is not None
            and found.kind != "group"
            # "C ranked second after B, whose trade with A ...": B owns the clause's trade
            # only; the story's state stays A.
            and _WHOSE.match(text, found.end) is None
            and not _buys_goods_of_other(text, flow, found, mentions)
        ):
            ctx.reporter = found.code
        if flow.kind == "balance":
            sign_word = SIGN_WORD.findall(flow.text)
            # A bare "gap" names no side: the sign of the balance it takes up goes on.
            if sign_word and flow.text.casefold() not in ("gap", "trade gap"):
                ctx.sign = -1 if NEGATIVE.search(sign_word[-1]) else 1
        reporter = found.code if found is not None else ctx.reporter
        if any(f.kind == "turnover" for f in frames):
            ctx.turnover_paragraph = sentence.paragraph
        if ctx.pair is None or ctx.title_pair:
            _learn_body_pair(
                text, ctx, flow, reporter=reporter, sentence_flows=sentence_flows, mentions=mentions
            )
            left = ctx.left_pair
            headline = ctx.headline_pair
            if (
                left is not None
                and headline is not None
                and set(left) != set(headline)
                and _TWO_STATES.search(text) is not None
            ):
                # "A-B trade hits X" above "... with C, with which trade came to Y. The heads
                # of the two states agreed to raise bilateral trade": the headline's two.
                left = headline
            if (
                ctx.pair is None
                and left is not None
                and BILATERAL.search(text) is not None
                and all(m.code in left for m in mentions if m.kind != "group")
            ):
                # "Overall, A's foreign trade came to X. The leaders aim to raise bilateral
                # trade to Y": the story is back at the pair it left.
                ctx.pair = left
                if not figured and frames[0].kind == "turnover":
                    # "... Officials expect the annual figure to be Z": the pair's trade.
                    ctx.last_frame = (left[0], left[1], "turnover")
        elif (
            not has_digit(text)
            and (
                _OWN_TRADE.search(text, 0, flow.start)
                or (found is not None and found.kind != "group" and found.code in ctx.pair)
            )
        ) or (
            # "Overall, the country's exports exceeded $60 billion": a sentence summing up
            # the state's own trade leaves the pair, also when its amount is no record.
            not figured
            and (
                _OVERALL_OPEN.match(text) is not None
                or _COUNTRY_S_TRADE.search(text, 0, flow.start) is not None
            )
        ):
            # "... to narrow the country's large trade deficit": a sentence about the
            # state's own trade, with no partner, leaves the story's pair (sentences with
            # figures do the same when their figures are read).
            stop = next((f.start for f in sentence_flows if f.start > flow.start), len(text))
            if not partner_between(text, flow.end, stop, flow.kind, mentions)[2]:
                leave_pair(ctx)
    elif ctx.pair is None and _may_be_bilateral(text) and _BILATERAL_BETWEEN.search(text):
        # "relations between India and Pakistan ..., with bilateral trade up threefold".
        pairs = [
            (left.code, right.code)
            for left, right in itertools.pairwise(mentions)
            if _preposition(text, left) == "between" and _AND.fullmatch(text, left.end, right.start)
        ]
        if pairs and pairs[0][0] != pairs[0][1]:
            ctx.pair = pairs[0]
    elif (
        (ctx.pair is None or ctx.title_pair)
        and "partner" in text
        and not any(m.currency is not None for m in extract_money(text, country=ctx.reporter))
    ):
        # "B became A's third largest trade partner in 2024": a year or a rank is no
        # amount; the trade of the story is A's, though B is the sentence's subject.
        pair = partner_role_pair(text, mentions)
        if pair is not None:
            ranked = True
            ctx.pair, ctx.title_pair = pair, False
            if ctx.reporter in (None, pair[1]):
                ctx.reporter = pair[0]
            # "B is A's largest trading partner. Turnover reached X": the pair's trade
            # turnover, as after "trade turnover between A and B".
            ctx.turnover_paragraph = sentence.paragraph
    if has_digit(text):
        for mention in sentence_money(sentence, ctx):
            if mention.currency is not None and not _CLOSING.match(text, mention.end):
                ctx.currency = mention.currency
    first = not ctx.traded
    ctx.traded = True
    if (
        ctx.lead is None
        and (
            sentence.paragraph == 0
            or (
                first
                and sentence.paragraph == 1
                and (figured or any(m.currency is not None for m in sentence_money(sentence, ctx)))
            )
        )
        and (
            frames
            or any(_LEAD_WORD.match(f.text) for f in sentence_flows)
            # "The statistics office released its trade data for 2023": the lead names the
            # period of the figures that follow, though it names no flow of its own.
            or _TRADE_DATA_FOR.search(text) is not None
            # "B was A's largest trading partner in January-June 2023": the pair's period.
            or ranked
        )
    ):
        # A statistics lead ("The UK's trade gap narrowed in November", also of a current
        # account, or of trade with a region that is no state: "A's trade with Gulf
        # countries grew in January-May") names a period over by publication; later
        # figures without a period of their own are for it.
        periods = [
            p
            for p in sentence_periods(text, anchor, None)
            if not p.comparison and (anchor is None or p.period.end < anchor)
        ]
        if periods:
            ctx.lead = periods[0].period
            if len(periods) > 1 and _GLOSS_OPEN.fullmatch(text, periods[0].end, periods[1].start):
                # "in the first nine months (July-March) of the fiscal year": the bracket's.
                ctx.lead = periods[1].period


# The CFA franc named in full: "9.6 billion CFA francs".
_CFA_FRANC = re.compile(r"\bCFA\s+francs?\b", re.IGNORECASE)
# A franc amount written with its issuer: "French francs", "FFr" (no bare "francs").
_FRANC_ISSUER = re.compile(r"french|ffr|swiss|belgian|luxembourg|cfa", re.IGNORECASE)


def story_franc(body: str, country: str | None) -> tuple[int, str] | None:
    """Where a story first names the CFA franc, and which one, or ``None``.

    Wire copy names the CFA franc in full at its first amount and writes the later ones as
    bare "francs" ("sold 9.6 billion CFA francs of goods ... and bought 2.4 billion francs'
    worth"): those are that franc, not the French franc a bare "francs" reads as alone.

    >>> story_franc("Exports were 9.6 billion CFA francs, imports 2.4 billion francs.", "SEN")
    (35, 'XOF')
    >>> story_franc("French exports to B totalled 3.1 billion francs.", "SEN") is None
    True
    """
    # Every match holds "cfa" in some case: one substring test of the story lower-cased (the
    # text its word scan has lower-cased already) before a case-blind search of all of it,
    # which enters the pattern at each "c", and most stories never name the CFA franc.
    if "cfa" not in lowered(body)[0]:
        return None
    named = _CFA_FRANC.search(body)
    if named is None:
        return None
    code = currency_word("cfa francs", country=country)
    return None if code is None else (named.end(), code)


def _own_state_money(
    text: str, reporter: str | None, found: tuple[MoneyMention, ...]
) -> tuple[MoneyMention, ...]:
    """``found`` with a currency word the story's state does not issue read as the sentence's.

    "Trade ministers met in Tokyo. Sweden's exports rose to X crowns": a word several
    states issue ("crowns", "rupees", "pounds") is the money of the state the sentence
    names first, its figure's own, when the story's state (Japan) is none of its issuers
    and left it undecided or at its first sense ("pounds" of Egypt's trade are not
    sterling); a state that is no issuer ("Britain's exports to Egypt ... pounds") changes
    nothing.
    """
    first = next((m for m in extract_country_mentions(text) if m.kind in ("name", "demonym")), None)
    if first is None or first.code == reporter:
        return found
    own = extract_money(text, country=first.code)
    if len(own) != len(found) or all(
        o.currency == m.currency for o, m in zip(own, found, strict=True)
    ):
        return found
    plain = extract_money(text) if reporter is not None else found
    if len(plain) != len(found):
        return found
    return tuple(
        o
        if (o.start, o.end) == (m.start, m.end)
        and o.currency != m.currency
        and m.currency == p.currency  # the story's state did not decide the word
        else m
        for o, m, p in zip(own, found, plain, strict=True)
    )


def story_dollar_reach(body: str) -> tuple[int, str] | None:
    """Where a story's bare "dlrs" start to be the dollar it names, and that dollar, or ``None``.

    From the amount naming it on (``story_dollar``); from the story's start where that
    amount is a trade figure ("a deficit of 2.4 billion dlrs ... exports rose to 35.4
    billion Australian dlrs"): the figures of one trade account are told in one currency,
    while a sum of another kind ("spent 5 billion H.K. dlrs on an airport") names no
    currency for the trade told before it.

    >>> story_dollar_reach("A deficit of 2.4 bln dlrs. Exports were 35 bln Australian dlrs.")
    (0, 'AUD')
    >>> story_dollar_reach("Exports were 2.1 billion dlrs. It spent 5 billion H.K. dlrs on a port.")
    (40, 'HKD')
    """
    named = story_dollar(body)
    if named is None:
        return None
    at, code = named
    sentence = next((s for s in split_sentences(body) if s.start <= at < s.end), None)
    if sentence is not None and TRIGGER.search(sentence.text) is not None:
        return 0, code
    return named


def sentence_money(sentence: Sentence, ctx: Context) -> tuple[MoneyMention, ...]:
    """The amounts of a sentence, a bare "dlrs" of a story that named its dollar in that one.

    "Canada sold goods worth 52.8 billion Canadian dlrs to B and bought 41.2 billion dlrs'
    worth": wire copy names the story's dollar at one amount only, mostly its first (where
    a trade figure names it later, the bare "dlrs" before it are that dollar too, see
    ``story_dollar_reach``); so is a bare
    "francs" after the story named the CFA franc that franc.
    """
    found = extract_money(sentence.text, country=ctx.reporter)
    if found:
        found = _own_state_money(sentence.text, ctx.reporter, found)
    if ctx.story_dollar is not None:
        reach, code = ctx.story_dollar
        found = tuple(
            attrs.evolve(m, currency=code, money=Money(m.amount, code))
            if m.currency == "USD" and sentence.start + m.start >= reach and bare_dollar(m)
            else m
            for m in found
        )
    if ctx.story_franc is not None:
        named_at, code = ctx.story_franc
        found = tuple(
            attrs.evolve(m, currency=code, money=Money(m.amount, code))
            if m.currency == "FRF"
            and sentence.start + m.start > named_at
            and _FRANC_ISSUER.search(m.text) is None
            else m
            for m in found
        )
    return found
