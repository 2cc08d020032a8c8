"""Trade figures: the amounts of one sentence read in their frames.

Within a trade sentence the builder walks the amounts left to right. Each
amount is first tested for being no level at all (a change, a share, a bound,
an average, a conversion, an aside); then it takes the flow word right after
it ("a 38.2 billion dlr surplus") or the frame opened before it, its reporter
and partner (:mod:`diplonews.trade._context`), its currency and its
period: its own, else the sentence's, else the story's lead.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Collection, Sequence
from decimal import Decimal

import attrs

from diplonews import _regex as re
from diplonews.gazetteer import fiscal_year_end, load_country_groups
from diplonews.models import TradeFlow
from diplonews.text import Sentence
from diplonews.text.countries import NAME_GAP, CountryMention
from diplonews.text.dates import number_word
from diplonews.text.money import MoneyMention
from diplonews.text.periods import PeriodMention, parse_period
from diplonews.trade._context import (
    Context,
    and_pair,
    attached,
    hyphen_pair,
    leave_pair,
    other_state,
    partner_between,
    sentence_money,
    sentence_periods,
    stance_object,
    subject,
)
from diplonews.trade._cues import (
    ATTRIBUTIVE,
    AVERAGE,
    AVERAGE_BEFORE,
    BILATERAL,
    CHANGE_AFTER,
    CHANGE_BEFORE,
    CHANGE_TO_LEVEL,
    CHANGE_VERB_BEFORE,
    CLAUSE_BREAK,
    CONVERSION,
    FIGURE_WISH,
    FROM,
    GOAL_AMOUNT,
    MODAL,
    MODIFIERS,
    NEGATIVE,
    OWN_CLAUSE,
    OWN_PERIOD,
    OWN_PERIOD_LOOSE,
    PAST_FACT,
    PCT_BASE,
    PRONOUN,
    SHARE_BEFORE,
    SIGN_WORD,
    TARGET,
    TRADER,
    UNREACHED,
    VERB_FLOWS,
    WORLD,
    Flow,
    asked,
)
from diplonews.trade._lists import (
    Item,
    clause_role_flow,
    list_item,
    names_rank,
    new_clause_role_flow,
    opener_flow,
    partner_asides,
    respective_states,
    role_after,
    role_flow,
    role_later,
    role_owner,
)
from diplonews.trade._periods import (
    NOUN_GAP,
    framed_parts,
    periods_respectively,
    relative_fiscal_years,
    respective,
    stated_split_years,
    trailing_period,
    year_to_date,
)
from diplonews.values import Period

__all__ = [
    "FIGURE_ANAPHOR",
    "FRAME_ONLY_RULE",
    "Figure",
    "figure_anaphor",
    "flows_anaphor",
    "gap_anaphor",
    "sentence_figures",
]

# A sentence whose subject is the last figure: "It reached $968 million in the first half".
FIGURE_ANAPHOR = re.compile(
    r"[“\"‘']?\s*"  # a quotation may open it
    r"(?:(?:For\s+comparison|Meanwhile|At\s+the\s+same\s+time|By\s+comparison|However"
    r"|According\s+to\s+[^,.;\d]{1,60}?),\s+)?"  # "According to the office, it stood at"
    # "In 2021, ", "In U.S. dollar terms, "
    r"(?:(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver|[Aa]t|[Bb]y)\s+(?:U\.S\.\s+)?[^,.;]{0,50}?,?\s+|"
    # "Compared to the same period of 2021, when it stood at $X": the figure then
    r"(?:[Cc]ompared\s+(?:to|with)|[Aa]s\s+against|[Aa]gainst)\s+[^,.;$]{1,60}?,\s+when\s+|"
    r"(?:(?:So\s+far\s+)?[Tt]his|[Ll]ast)\s+year(?:\s+as\s+a\s+whole)?,?\s+|"  # "Last year ..."
    # "A year earlier, the figure was ..."; two openers: "A year earlier, in 2023, it was"
    r"[Aa]\s+year\s+(?:earlier|ago),?\s+){0,2}"
    r"(?:[Ii]t|(?<=when\s)they|(?:[Tt]he|[Tt]his)\s+(?:same\s+)?(?:figure|indicator|index|volume(?!\s+of))|"
    # "This is 31% more than in 2021 ($X)", "This compared with $X in 1986"
    r"(?:[Tt]his|[Tt]hat)(?=\s+(?:is|was|compared|compares)\b))\s+"
    r"(?:[\w-]+\s+){0,7}?(?:reach(?:ed)?|amount(?:ed)?|total(?:l?ed)?|stood|came|hit|was|is|"
    r"rose|grew|climbed|increased|fell|declined|decreased|dropped|has\s+been|had\s+been|"
    r"widened|narrowed|shrank|swelled|"  # a gap's own verbs: "It widened to $3.6 billion"
    r"compared\s+with|compares\s+with)\b"  # "This compared with $X in 1986"
)
# The figure just named told through its source's report, or called "the gap" (a balance's
# own name, bare only after a balance: see gap_anaphor): "The office said it had grown from X
# in February", "The gap widened to X": the reporting clause names a source, not a state.
_TOLD_ANAPHOR = re.compile(
    # the source: a body or its officials, never a state ("Japan said it was ready to ...")
    r"[“\"‘']?\s*(?:(?:The|An?|Officials|Economists|Analysts|Figures|Data|Statistics)"
    r"(?:\s+[^,.;\d$]{0,70}?)?(?<=[a-z])\s+(?:said|says|reported|added|noted|"
    r"announced|estimated|showed)\s+(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?)?"  # "said on Tuesday"
    r"(?:[Ii]t|[Tt]he\s+(?:same\s+)?figure|[Tt]he\s+(?:trade\s+)?gap)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:reach(?:ed)?|amount(?:ed)?|total(?:l?ed)?|stood|came|hit|was|is|"
    r"rose|grew|grown|climbed|increased|fell|fallen|declined|decreased|dropped|widened|"
    r"narrowed|shrank|shrunk|swelled|been)\b"
)
_BARE_GAP = re.compile(r"[^,.;\d$]*?\b[Tt]he\s+(?:trade\s+)?gap\s")


def gap_anaphor(text: str) -> bool:
    """Whether a sentence's figure is the last one's only as a balance: "the gap".

    >>> gap_anaphor("The statistics office said the gap had grown from 5 billion in May.")
    True
    >>> gap_anaphor("The office said it had grown from 5 billion in May.")
    False
    """
    told = _TOLD_ANAPHOR.match(text)
    return told is not None and _BARE_GAP.match(text, 0, told.end()) is not None


# A running total of the figure just named, with a period of its own: "That brought the
# total for the first half to $X" (with none, "It raised the total to $X", no period is told).
_RUNNING_TOTAL = re.compile(
    r"[“\"‘']?\s*(?:[Tt]his|[Tt]hat|[Ii]t)\s+(?:brought|took|pushed|lifted|raised)\s+the\s+"
    r"(?:cumulative\s+|overall\s+)?total\s+(?:for|in|over)\s"
)
# A goal's year told after its amount, in a clause of reaching "it": ", and we can reach it by".
_REACH_IT_BY = re.compile(
    r",?\s+and\s+(?:[^.;,\d]{0,60}?\s)?(?:reach|achieve|hit|attain|meet)\s+it\s+(?=by\s)"
)
# A goal's year told in a clause of its own after its amount and a comma: ", set by the
# presidents for 2026", ", which the leaders set for 2026", ", to be reached by 2026" (not
# ", set in 2021": the year a goal was set is no period of the goal).
_GOAL_CLAUSE_YEAR = re.compile(
    r"(?:\s+in\s+(?:[\w-]+\s+){0,2}?(?:trade|turnover)(?:\s+turnover)?)?\s*,\s+"
    r"(?:(?:which|that)\s+(?:[^.;,\d]{0,40}?\s)?(?:have\s+|has\s+|had\s+)?(?:set|fixed|agreed\s+on)"
    r"|(?:as\s+)?(?:set|fixed|agreed)|(?:to\s+be|is\s+to\s+be)\s+(?:reached|achieved|attained|met))"
    r"(?:\s+by\s+(?:the\s+)?[^.;,\d]{1,40}?)??\s+(?=(?:for|by)\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# The end of a figure's clause, then the same figure in another currency: ", or about", ", which
# in national currency is equivalent to" (not a bracket, not "or $X a month").
_IN_CURRENCY = re.compile(
    r"(?:\s+(?:in|during|over|for)\s+[^,.;()]{1,40}?)?\s*,\s*(?:or|which\s+(?:in\s+[\w\s]{1,30}?\s+)?"
    r"(?:is|was)\s+equivalent\s+to|equivalent\s+to)\s+(?:about\s+|around\s+|some\s+)?$"
)
_PER_SPAN = re.compile(r"\s*(?:a|per|each)\s+(?:month|year|day|week|quarter)\b|\s*monthly\b")
# An amount told as a yearly rate ("600 mln dlrs a year", not "a year earlier"), and the
# year such a rate is for when one follows it ("a year by 1991").
_ANNUAL_RATE = re.compile(
    r"\s*(?:(?:a|per)\s+year\b(?!\s*(?:earlier|ago|before|after|later|on\b|-))"
    r"|annually\b|per\s+annum\b)"
)
_RATE_YEAR = re.compile(r"\s*,?\s*(?:by|in|until|through)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b")


def _in_currency(
    text: str, money: Sequence[MoneyMention], index: int, figures: list[Figure]
) -> bool:
    """Whether amount ``index`` restates the figure just read in another currency.

    "Trade came to 1.9 trillion soums, or about $150 million": the same record in dollars.
    """
    last = money[index - 1]
    mention = money[index]
    return (
        bool(figures)
        and figures[-1].value == last.amount
        and mention.currency is not None
        and last.currency is not None
        and mention.currency != last.currency
        and _IN_CURRENCY.fullmatch(text, last.end, mention.start) is not None
        and _PER_SPAN.match(text, mention.end) is None
    )


# An amount in brackets right after another, as its restatement: "24.6 billion baht (about
# 950 mln dlrs)"; the bracket closes after it.
_BRACKET_RESTATED = re.compile(
    r"\s*\(\s*(?:or\s+)?(?:about|around|some|roughly|approximately|approx\.|nearly|almost)?\s*$"
)


# A restatement in another currency told between commas right after an amount: "20.5
# billion baht, or about 610 mln dlrs, in 2004"; the comma after it closes it, before the
# period or partner the first amount still needs (not before "the ministry said" or "from
# Y": "reached X in 2021, or about Y, the embassy said" restates a figure already told, a
# record in dollars of its own, see ``_in_currency``).
_COMMA_RESTATED = re.compile(
    r",\s+or\s+(?:about\s+|around\s+|some\s+|roughly\s+|approximately\s+)?$"
)
_COMMA_CLOSES = re.compile(r"\s*,(?=\s+(?:in|during|over|for|last|this|to|with)\b)")


def _bracket_comma_restatements(text: str, money: Sequence[MoneyMention]) -> str:
    """``text`` with each restatement told between commas told in brackets instead.

    "20.5 billion baht, or about 610 mln dlrs, in 2004" reads as "20.5 billion baht (or
    about 610 mln dlrs) in 2004": the same length, so every span stays where it was.
    """
    chars: list[str] | None = None
    for last, mention in itertools.pairwise(money):
        if (
            last.currency is not None
            and mention.currency is not None
            and last.currency != mention.currency
            and _COMMA_RESTATED.fullmatch(text, last.end, mention.start) is not None
            and (close := _COMMA_CLOSES.match(text, mention.end)) is not None
        ):
            chars = chars or list(text)
            chars[last.end], chars[last.end + 1] = " ", "("
            chars[close.end() - 1] = ")"
    return text if chars is None else "".join(chars)


def _blank_restatements(text: str, restated: Sequence[MoneyMention]) -> str:
    """``text`` with the brackets around the ``restated`` amounts blanked out, same length.

    "sold goods worth 20.5 billion baht (about 610 mln dlrs) to B in 2004 and 15.8 billion
    to C" reads as "sold goods worth 20.5 billion baht to B in 2004 and 15.8 billion to C".
    """
    chars = list(text)
    for mention in restated:
        opened = text.rfind("(", 0, mention.start)
        closed = text.find(")", mention.end)
        if opened >= 0 and closed >= 0:
            # one space stands for the whole bracket, so a word before and after keeps its gap
            chars[opened : closed + 1] = [" "] * (closed + 1 - opened)
    return "".join(chars)


# A second flow whose verb is the first's, left out: "(X) this year and imports (at) Y".
_ELIDED_FLOW = re.compile(
    r"(?:\s+(?:this|next)\s+year|\s+(?:in|for)\s+(?:19|20)\d\d)?\s*,?\s+and\s+"
    r"(?:its\s+|their\s+)?(?:exports|imports)\s+(?:at\s+|to\s+)?"
    r"(?:about\s+|around\s+|some\s+)?"
)


# The next restatement in the same bracket: "($610m; 480m euros)", "(about $610m, or 480m euros)".
_RESTATED_MORE = re.compile(r"\s*[;,]\s*(?:or\s+)?(?:about\s+|around\s+|some\s+)?")


def _restates_currency(text: str, money: Sequence[MoneyMention], index: int) -> bool:
    """Whether amount ``index`` restates the amount before it in another currency.

    The restatement's currency is not the story's: a bare base after it ("24.6 billion
    baht (about 950 mln dlrs) last year from 21.3 billion") is in the first amount's.
    """
    if not index:
        return False
    last = money[index - 1]
    mention = money[index]
    if last.currency is None or mention.currency is None or last.currency == mention.currency:
        return False
    return _IN_CURRENCY.fullmatch(text, last.end, mention.start) is not None or _bracket_restates(
        text, money, index
    )


def _bracket_restates(text: str, money: Sequence[MoneyMention], index: int) -> bool:
    """Whether amount ``index`` restates in brackets, in another currency, an amount before it.

    "20.5 billion baht (about 610 mln dlrs)", "20.5 billion baht ($610m; 480m euros)".
    """
    if not index or money[index].currency is None:
        return False
    # "20.5 billion baht ($610m; 480m euros)": every amount of the bracket restates the
    # amount before it, so the bracket is walked to its first amount and to its close.
    first, final = index, index
    while first > 1 and _RESTATED_MORE.fullmatch(text, money[first - 1].end, money[first].start):
        first -= 1
    while final + 1 < len(money) and _RESTATED_MORE.fullmatch(
        text, money[final].end, money[final + 1].start
    ):
        final += 1
    base = money[first - 1]
    return (
        base.currency is not None
        and _BRACKET_RESTATED.fullmatch(text, base.end, money[first].start) is not None
        and text.startswith(")", money[final].end)
        and all(m.currency != base.currency for m in money[first : final + 1])
    )


# A sentence whose subject is the pronoun "it" (after an opening phrase): "In May, it rose".
_IT_SUBJECT = re.compile(r"[“\"‘']?\s*(?:[^,.;]{0,60},\s+)?[Ii]t\s")
# A goal for the figure just named, "it" the object of a verb of growth: "The sides plan to
# raise it to $10 billion by 2030" after a sentence stating the trade of two states, or a
# wish for it: "both want that figure to reach X".
_GOAL_ANAPHOR = re.compile(
    FIGURE_WISH + GOAL_AMOUNT + r"|"
    r"\b(?:(?:raise|raising|bring|bringing|increase|increasing|boost|boosting|lift|lifting|"
    r"take|taking|double|doubling|triple|tripling|expand|expanding)\s+"
    r"(?:it|this\s+(?:figure|indicator|volume)|the\s+(?:annual\s+|yearly\s+)?figure)\s+to|"
    r"(?:expect|expects|expected|forecast|forecasts|predict|predicts)\s+it\s+to\s+"
    r"(?:reach|hit|total|(?:grow|rise|increase|climb)\s+to)|"  # "we expect it to reach X"
    # A goal or forecast said of the figure itself: "the figure should be lifted to X",
    # "officials expect the annual figure for 2024 to be around X".
    r"(?:the|this)\s+(?:annual\s+|yearly\s+|full-year\s+)?(?:figure|volume)\s+"  # "the volume"
    r"(?:should|must|would|will|could|is\s+(?:expected|projected|forecast|set)\s+to)\s+"
    r"(?:be\s+(?:lifted|raised|brought|increased|boosted|taken|doubled)\s+to|reach|hit|"
    r"(?:grow|rise|increase|climb)\s+to)|"
    r"(?:expect|expects|expected|forecast|forecasts|predict|predicts)\s+"
    r"the\s+(?:annual\s+|yearly\s+|full-year\s+)?figure(?:\s+for\s+(?:19|20)\d\d)?\s+to\s+"
    r"(?:be|reach|hit|total|(?:grow|rise|increase|climb)\s+to))\s+" + GOAL_AMOUNT,
    re.IGNORECASE,
)

# The wish for the figure just named, right before an amount (see FIGURE_WISH).
_WISHED_FIGURE = re.compile(FIGURE_WISH + r"(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)

# A goal for the figure just named, as a bare goal noun with its amount: "The target is
# $1 billion in 2025", "they set a target of $1 billion for 2026" (not "an investment target").
_GOAL_NOUN = re.compile(
    r"\b(?:[Tt]he|a|an)\s+(?:(?:new|joint|common|ambitious|fresh|realistic)\s+)?"
    r"(?:target|goal)\s+(?:is|was|of)\s+" + GOAL_AMOUNT  # "We set a new goal of $5 billion by 2030"
)
# A goal told as a task of reaching an amount: "The leaders set the task of reaching $5 billion".
_GOAL_REACHING = re.compile(
    r"\b(?:task|goal|target|aim|objective)\s+of\s+(?:reaching|achieving|hitting)\s+" + GOAL_AMOUNT
)


# A sentence whose subject is "they", the exports or imports just named, with a verb of their
# level: "In 2022 they were $4 million", "On a yearly basis, however, they grew by 8 percent
# against $46 million in December 2022" (not "They plan to raise trade to $9 billion").
_FLOWS_ANAPHOR = re.compile(
    r"[“\"‘']?\s*(?:[^,.;$]{1,50},\s+){0,2}(?:[^,.;$]{1,30}\s+)??[Tt]hey\s+"
    r"(?:also\s+|still\s+|only\s+)?(?:(?:reached|amounted|totall?ed|stood|came|rose|grew|"
    r"climbed|increased|fell|declined|decreased|dropped|jumped|slipped|edged)\b"
    # "they were $4 million", "they were worth $4 million" (not "they were hit by ...")
    r"|were\s+(?:worth\s+|valued\s+at\s+)?(?:about\s+|around\s+|some\s+)?(?:\$|US\$|USD\b|€|£|\d))"
)


def flows_anaphor(text: str) -> bool:
    """Whether a sentence with no flow word speaks of the exports or imports just named.

    >>> flows_anaphor("In 2022 they were $4 million.")
    True
    >>> flows_anaphor("On a yearly basis, however, they grew by 8% against $46 million in 2022.")
    True
    >>> flows_anaphor("They plan to raise trade to $9 billion.")
    False
    """
    # Every match holds "hey" ("they", "They"): a sentence without it is not scanned.
    return "hey" in text and _FLOWS_ANAPHOR.match(text) is not None


def figure_anaphor(text: str) -> bool:
    """Whether a sentence with no flow word speaks of the figure just named.

    >>> figure_anaphor("It reached $5 million in May.")
    True
    >>> figure_anaphor("They plan to raise it to $9 billion.")
    True
    >>> figure_anaphor("According to the statistics office, it stood at $5 million.")
    True
    >>> figure_anaphor("Raise it by 5 percent.")
    False
    >>> figure_anaphor("The target is $9 billion in 2030.")
    True
    >>> figure_anaphor("They set the task of bringing this figure to $2 billion.")
    True
    >>> figure_anaphor("They set the task of reaching $2 billion by 2030.")
    True
    >>> figure_anaphor("The target is to bring the annual figure to $9 billion by 2030.")
    True
    >>> figure_anaphor("They agreed that the figure should be lifted to $2 billion by 2030.")
    True
    >>> figure_anaphor("Officials expect the annual figure for 2024 to be around $9 billion.")
    True
    >>> figure_anaphor("Both sides agreed that the volume should be raised to $2 billion by 2030.")
    True
    >>> figure_anaphor("That brought the total for the first half to $7.6 billion.")
    True
    """
    return (
        FIGURE_ANAPHOR.match(text) is not None
        or _TOLD_ANAPHOR.match(text) is not None
        or _RUNNING_TOTAL.match(text) is not None
        or (
            (
                " it to " in text
                or "figure to " in text
                or "figure r" in text  # "want to see that figure reach / rise to"
                or "figure s" in text  # "the figure should be lifted to"
                or "figure w" in text  # "... will reach"
                or "figure m" in text  # "... must be"
                or "figure i" in text  # "... is expected to"
                or "figure c" in text  # "... could reach"
                or "figure for " in text  # "expect the annual figure for 2024 to be"
                or "indicator to " in text
                or "volume to " in text
                or "volume s" in text  # "the volume should be raised to"
                or "volume w" in text  # "... will reach"
            )
            and _GOAL_ANAPHOR.search(text) is not None
        )
        or (("target" in text or "goal" in text) and _GOAL_NOUN.search(text) is not None)
        or (" of reaching " in text and _GOAL_REACHING.search(text) is not None)
    )


# A passive flow after its amount: "goods worth $858 mln were imported (by X)".
_PASSIVE = re.compile(
    r"\s*(?:(?:worth\s+)?of\s+[a-z]+\s+)?(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:[a-z]+ly\s+)?",
    re.IGNORECASE,
)
# A part's flow after its amount and a copula: "of which $8 million were Peruvian exports".
# "of which $X were Peruvian exports"; "of which $X accounted for A's exports": the part's
# own flow, its owner a demonym or a possessive (the amount is the flow, no share of it).
_WERE_FLOW = re.compile(r"\s*(?:were|was|accounted\s+for)\s+(?:[A-Z][\w.-]*(?:['’]s?)?\s+)?")
_OF_WHICH_WERE = re.compile(r"\s+of\s+which\s+(?:were|was)\s+(?:[A-Z][\w.-]*\s+)?")
_WHICH_BEFORE = re.compile(r"\bof\s+which\s+(?:about\s+|around\s+|some\s+)?\S*$")
# A partner between a flow and its period: "surplus with the United States last year", "a
# deficit of X in its trade with B last year".
# (a partner named in full reads as one named short: "with the United States of America")
_PARTNER_THEN_PERIOD = re.compile(
    r"\s*(?:(?:on|in)\s+(?:(?:its|their|the|bilateral|mutual|two-way)\s+){0,2}trade\s+)?"
    rf"(?:with|to|from)\s+(?:the\s+)?[A-Z][\w.'-]*(?:{NAME_GAP}[A-Z][\w.'-]*){{0,3}}\s*"
    r"(?:in|for|during)?\s*"
)
# The origin of the goods of a flow: "exports of Kazakh products", "imports of Chinese goods".
_OF_ORIGIN = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
# The origin of a bought or sold amount's goods, after the amount: "bought $9 mln of Chilean
# goods", "bought 3.6 billion escudos worth of Angolan goods".
_AMOUNT_OF_ORIGIN = re.compile(r"\s+(?:(?:worth\s+)?of|in)\s+(?:the\s+)?", re.IGNORECASE)
# Goods sold to the world: "sold goods worth X abroad", "sales of Peruvian goods abroad".
_GOODS_ABROAD = re.compile(
    r"\s+(?:of\s+)?(?:[\w'-]+\s+)?(?:goods|products|merchandise)\b[^!?\n]{0,70}?\babroad\b",
    re.IGNORECASE,
)
# Sales to the world: "sales abroad", and "foreign sales", "overseas sales" (see FLOW).
_ABROAD_NEXT = re.compile(r"\s+abroad\b", re.IGNORECASE)
_FOREIGN_BEFORE = re.compile(r"\b(?:foreign|overseas)\s+$", re.IGNORECASE)
_GOODS_AFTER = re.compile(r"\s+(?:goods|products|produce|commodities|merchandise)\b", re.IGNORECASE)
# What stands between the amount "earned" and the exports it came from: "earned X from its".
_EARNED_FROM = re.compile(
    r"\s+from\s+(?:its\s+|their\s+|the\s+)?(?:total\s+|merchandise\s+)?", re.IGNORECASE
)
_POSTPOSED = re.compile(r"\s*(?:with|to|from)\s+(?:the\s+)?", re.IGNORECASE)
_LEVIED_ON = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levies|taxe?s?|sanctions|restrictions|curbs|quotas?|bans?)"
    r"\s+(?:of\s+[\d.]+\s*(?:pct|percent|%)\s+)?on\s+(?:about\s+|some\s+|around\s+)?$",
    re.IGNORECASE,
)
_ACCOUNTED_AMOUNT = re.compile(r"\s*(?:about|around|some|roughly)?\s*", re.IGNORECASE)
# After the amount: the flow it is a part of ("of exports", "of Georgia's trade turnover").
_OF_FLOW = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|the\s+country's\s+|[A-Z][\w-]*'s\s+)?"
    r"(?:total\s+|overall\s+|foreign\s+)?(?:exports|imports|trade\s+turnover|turnover|trade)\b"
)
# A balance word that says which side is ahead no more than "balance" does, though it is
# read as a deficit when nothing else tells: "the gap", "the trade imbalance".
_UNSIGNED_GAP = re.compile(r"^(?:trade\s+|trading\s+)?(?:gap|imbalance)$", re.IGNORECASE)
_SIDE_WORD = re.compile(r"\b(?:surplus|deficit|shortfall)", re.IGNORECASE)
_NEGATIVE_BALANCE = re.compile(r"\bnegative\s+(?:foreign\s+|external\s+)?$", re.IGNORECASE)
_BY_STATE = re.compile(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)

_BOTH_WAYS = re.compile(r"\bfrom\s+and\b|\bto\s+and\b", re.IGNORECASE)  # "imports from and ..."
# A period right after a compared amount: "compared with 4.76 billion in 1985".
_COMPARED_PERIOD = re.compile(
    r"\b(?:compared\s+(?:with|to)|from|against|after|versus)\s+(?:a\s+|an\s+)?[^,;]{0,40}?"
    r"\d[\d.,]*\s*(?:[a-z]+\s+){0,2}(?:in|for|during)\s+$",
    re.IGNORECASE,
)
# A clause added after a comparison's base and its year: ", leaving a deficit of",
# ", on two-way trade of", ", with exports dropping to" (no verb of its own comparing).
_TRAILING_LINK = re.compile(
    r"\s*,\s*(?:leaving|with|on|giving|for)\b[^,;()]{0,80}?\s$",
    re.IGNORECASE,
)
# A clause set against the comparison after its base's year: ", even as the state posted a
# global surplus, of", ", although its global surplus came to" (not ", when").
_TRAILING_CONCESSION = re.compile(
    r"\s*,\s*(?:even\s+as|although|though|whereas)\s[^;()]{0,90}?\s$",
    re.IGNORECASE,
)
# A share of a figure: "Tea accounted for 140 mln of exports", "..., accounted for by".
# A part's verb right before its amount: "(gold) made up (about) $8 billion (of exports)".
_PART_VERB = re.compile(
    r"\b(?:made\s+up|represented|constituted)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
# A share of a money noun: "or 40 percent of all purchases", "12% of the total".
_SHARE_OF_NOUN = re.compile(
    r"(?:%|\bpercent|\bper\s+cent|\bpct)\s+of\s+(?:(?:all|the|total|its|their)\s+)*$",
    re.IGNORECASE,
)
# A share's percentage restated as the amount that follows: "with a share of 39%, or ".
_SHARE_RESTATED = re.compile(
    r"\bshare\s+of\s+[\d.,]+\s*(?:%|percent|per\s+cent|pct)\s*,?\s*or\s+(?:about\s+|some\s+)?$",
    re.IGNORECASE,
)
_SHARE_BEFORE_WORDS = re.compile(r"\baccount(?:s|ed|ing)?\s+(?:for|with)\b", re.IGNORECASE)
# A period that is the base of a comparison: "rose 9% in May against May 2019".
_BASE_BEFORE = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:to|with)|relative\s+to|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FROM_BASE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_PERIOD_ASIDE = re.compile(r"\s*(?:(?:figures?|levels?|indicators?)\s*)?\(\s*", re.IGNORECASE)
# The flow as the subject of "accounted for": "Imports", "Exports to China"; "Imports
# from the bloc", "exports to this country": a partner named back by a common noun.
_FLOW_SUBJECT = re.compile(
    # "Exports from A to B", "the exports of A": the flow's sides may be named before the verb
    r"\b(?:exports?|imports?)(?:\s+(?:to|from|of)\s+(?:(?:the\s+)?(?-i:[A-Z][\w'.-]*)"
    r"(?:\s+(?-i:[A-Z][\w'.-]*)){0,2}|(?:the|this|that)\s+(?:bloc|union|community|"
    r"grouping|country|republic|kingdom))){0,2}"
    r"(?:,\s+(?:mainly|mostly|chiefly|largely|primarily|predominantly|including|such\s+as)\b"
    r"[^;.]{0,80}?,)?\s*$",  # "A's exports to B, mainly garments, accounted for X"
    re.IGNORECASE,
)
_PART_WITH = re.compile(
    r"\s*,?\s*(?:was\s+|were\s+)?accounted\s+for\s+by\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:trade|exports?|imports?)\s+(?:with|to|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"\s*(?:[-–—:]|of|at|worth)?\s*")  # "exports - $95 million"
_FOR_FLOW = re.compile(r"\s+for\s+(?:[A-Z][\w-]*\s+)?")  # "... and $35 million for imports"
# A partner's role between it and its share: "Russia was the largest supplier, accounting
# for $1 billion of imports".
_ROLE_THEN = re.compile(
    r"\s+(?:is|was|remains|remained|became)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:suppliers?|buyers?|partners?|markets?|destinations?|sources?)\s*,?\s*"
)
# A partner "in" or "of" a flow, the flow's words next: "(the largest) partner in (A's exports)".
_PARTNER_IN = re.compile(
    r"\bpartners?\s+(?:in|of|for)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}$", re.IGNORECASE
)
# A ranked partner's participle of receipt or supply right before its amount: "B remained A's
# main partner, taking (buying) X of A's goods", ", supplying goods worth X".
_GOODS_MOVED = re.compile(
    r",\s*(?:(?P<taken>taking|receiving|absorbing|buying|purchasing)|supplying|shipping|sending)"
    r"\s+(?:(?:[\w-]+\s+)?(?:goods|products|commodities|merchandise)\s+(?:worth|valued\s+at)\s+)?"
    r"(?:about\s+|around\s+|some\s+|an\s+estimated\s+)?$",
    re.IGNORECASE,
)
# A goal noun or participle right before its amount: "a projection of X", "a targeted X".
_GOAL_GOVERNS = re.compile(
    r"\b(?:(?:target|goal|objective|projection|forecast)\s+of|targeted|projected|forecast)\s+"
    r"(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
# A goal noun right after its amount, then the period it was set for: "the $3 billion target
# set for 2023", "the 31 billion planned for that year".
_GOAL_NOUN_AFTER = re.compile(
    r"\s*(?:(?:export|trade|turnover)\s+)?(?:target|goal|objective|planned)\b"
    r"(?:\s+(?:set|fixed|agreed|planned)(?:\s+by\s+[^,.;]{1,40}?)?)?\s+for\s+",
    re.IGNORECASE,
)
# A forecast's or goal's participle right after its amount, then its period: "a surplus of
# X expected for 2025", "exports of X forecast this year", "imports of X projected in 2026".
_FORECAST_AFTER = re.compile(
    r"\s*(?:expected|forecast|forecasted|projected|targeted|envisaged|anticipated|predicted|"
    r"budgeted)\s+(?:for|in|this|next|by|during|over)\b",
    re.IGNORECASE,
)
# A sum both ways after its amount: "bilateral trade of X in each direction".
_EACH_DIRECTION = re.compile(r"\s+(?:in\s+each\s+direction|each\s+way)\b", re.IGNORECASE)
# A trade goal noun right after its amount: "the $3 billion trade target", "a $5 billion
# bilateral trade goal".
_TRADE_GOAL_NEXT = re.compile(
    r"\s*(?:(?:bilateral|mutual|two-way|annual)\s+)?(?:trade|turnover)(?:\s+turnover)?\s+"
    r"(?:target|goal|objective)\b",
    re.IGNORECASE,
)
# Then the words that tell when the goal was set ("set in 2021", "which the leaders agreed on
# in 2021"): the year a goal was set is no period of the goal.
_GOAL_SET_WHEN = re.compile(
    r"\s*,?\s+(?:(?:that|which)\s+(?:[^.;,\d]{0,40}?\s)?)?(?:(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?:set|adopted|agreed(?:\s+(?:on|upon))?|announced|fixed|approved|endorsed|unveiled)"
    r"(?:\s+by(?:\s+(?!for\b|by\b|to\b)[\w'’-]+){1,5})?(?:\s+(?:in|at|during|on)(?:\s+the)?)?\s*",
    re.IGNORECASE,
)
# The text between a level and the goal it is measured against: "X against a targeted Y".
_GOAL_SET_AGAINST = re.compile(
    r"[\s,]*(?:against|versus|compared\s+(?:with|to))\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:[\w'-]+\s+){0,2}?",
    re.IGNORECASE,
)
# A goal noun right before its amount: "a target of $5 billion (for trade)", "our goal is
# $3 billion (in our exports to B)".
_GOAL_OF = re.compile(
    r"\b(?:target|goal|objective)\s+(?:of|is|was|remains)\s+(?:about\s+|around\s+|some\s+)?$"
)
# Then the flow the goal is for, after a possessive or a qualifier: "for their bilateral
# trade", "in A's exports to B".
_FOR_GOAL_FLOW = re.compile(
    r"\s+(?:for|in)\s+(?:(?:the|bilateral|mutual|two-way|annual|our|their|its|"
    r"[A-Z][\w-]*(?:['’]s)?)\s+){0,2}"
)
_FOR_FLOW_WORD = re.compile(r"\s+for\s+(?:[A-Z][\w-]*\s+)?(?:exports?|imports?)\b", re.IGNORECASE)
# (Not "$95 million accounted for exports": the flow the amount is.)
_SHARE_AFTER_WORDS = re.compile(
    r"\s*,?\s*account(?:s|ed|ing)?\s+for\b(?!\s+(?:[A-Z][\w-]*(?:['’]s?)?\s+)?(?:exports?|imports?)\b)",
    re.IGNORECASE,
)
# The amount's own share after it: "X, accounting for more than half of A's total trade",
# "X, accounting for 12 percent of the total": X is a level, its share follows.
_SHARE_FOLLOWS = re.compile(
    r"""\s*,\s*accounting\s+for\s+
    (?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|less\s+than|just|only)\s+)*
    (?:[\d.,]+\s*(?:%|percent|per\s+cent|pct)|half|a\s+third|a\s+quarter|a\s+fifth|
       one-(?:third|quarter|fifth)|two-thirds|three-quarters|the\s+bulk|most)\s+of\b""",
    re.VERBOSE | re.IGNORECASE,
)
# The total a share is of, its level told in a relative clause right before the amount:
# "(B accounted for 9%) of A's total foreign trade (in 2023), which reached ".
_WHICH_TOTAL = re.compile(
    r"\bof\s+(?:the\s+)?[^,;()$]{0,40}?\b(?P<noun>trade(?:\s+turnover)?|turnover|exports|imports)"
    r"(?:\s+(?:in|during|for|over)\s+[^,;()$]{1,30}?)?\s*,\s*which\s+(?:has\s+|had\s+)?"
    r"(?:totall?ed|reached|amounted\s+to|stood\s+at|came\s+to|was|made\s+up)\s+"
    r"(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
# A participle clause after an amount: "..., with Japan accounting for a third".
# A quotation closed and attributed: '," said the minister', '.” he added'.
_QUOTE_CLOSED = re.compile(
    r"""[,.!?]\s*["”]\s*,?\s*(?:[^"“”.;]{0,60}?\s)?
    (?:said|says|added|adds|noted|notes|stressed|stresses|told|explained|stated)\b""",
    re.VERBOSE | re.IGNORECASE,
)
_WITH_CLAUSE = re.compile(r",\s*with\b", re.IGNORECASE)
_WITH_FLOW = re.compile(r",\s*with\s+(?:the\s+|its\s+)?\Z", re.IGNORECASE)  # ", with exports"
# "monthly" or "average" in a flow's noun phrase: an average unless the period is one month.
# A level for each of several months: a month's level, no figure for their span.
_EACH_MONTH = re.compile(
    r"\b(?:in|for|during)\s+each\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:months|quarters)\b",
    re.IGNORECASE,
)
_AVERAGE_PHRASE = re.compile(r"\b(?:monthly|average|cumulative)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'-]+")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\byear\b", re.IGNORECASE)  # a phrase naming its year
_POSSESSIVE = re.compile(r"'s\s*")
# Two amounts coordinated by "and": "$2.8 billion in imports and $5.2 billion in exports".
_COORDINATED = re.compile(r"[^,;()$]{0,40}?\band\s+(?:a\s+|an\s+)?", re.IGNORECASE)
# The bracket closing a list's item, before the period closing the list: "... and Turkey
# ($2.1 billion) in 2023", also past the item's share in it or after it: "Turkey ($2.1
# billion, or 11.7 percent) in 2023", "Turkey - $2.1 billion (11.7%) in 2023", "C for $1
# billion, or 11.7 percent, in 2023".
_SHARE = r"(?:or\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|pct)\s*"
_ITEM_CLOSE_TEXT = rf"\s*(?:,?\s*{_SHARE})?\)|\s*\(\s*{_SHARE}\)|\s*,\s*{_SHARE},"
_ITEM_CLOSE = re.compile(_ITEM_CLOSE_TEXT, re.IGNORECASE)
# A partner put before the clause, then a comma: "With Georgia, turnover stood at ...",
# "As for Turkey, exports reached ...", "In trade with Armenia, imports were ...".
_FRONTED = re.compile(
    r"(?:(?:Meanwhile|Besides|Also|However|At\s+the\s+same\s+time),\s*)?"
    r"(?:[Ww]ith(?:\s+(?:regard|respect)\s+to)?|[Aa]s\s+(?:for|regards|to)|[Rr]egarding|[Cc]oncerning"
    r"|[Ii]n\s+the\s+case\s+of|[Ii]n\s+(?:its\s+)?trade\s+with)"
    r"\s+(?:the\s+)?"
    # "With the countries of the EAEU, ...": a group named by its members
    r"(?:(?:countries|(?:member\s+)?states|members|nations)\s+of\s+(?:the\s+)?)?"
)
# ... its comma, after the members' noun of a group: "With the CIS countries, ...".
# "With the countries of the EAEU as a whole, ...": the group, all its members together.
_FRONTED_END = re.compile(
    r"(?:\s+(?:member\s+)?(?:countries|states|nations))?(?:\s+as\s+a\s+whole)?\s*,"
)
# "B, with which (whom) trade reached X": a relative clause on a state, the partner of its flow.
_WITH_WHICH = re.compile(
    r"\s*,?\s*with\s+wh(?:ich|om)\s+(?:(?:the|its|their|bilateral|mutual)\s+)*"
)
# A partner after an amount's goods: "$5 million worth of goods to A", "$5 million in goods to A".
_GOODS_POSTPOSED = re.compile(
    r"\s*(?:worth\s+of\s+|worth\s+|of\s+|in\s+)(?:goods|products|commodities)\s+(?:with|to|from)"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)
# The partner an anaphoric figure is restated for: "For C, the figure was", "the figure for C".
_FOR_OTHER = re.compile(
    r"(?:^\s*(?:Meanwhile,\s*)?[Ff]or|\b(?:figure|indicator|volume)\s+(?:for|with))\s+(?:the\s+)?$"
)
_ITS_FLOW = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A part of the total just named, with its own partner after it: "..., including $1 billion
# to Russia", "..., of which $7 billion was with Russia".
_PART_INTRO = re.compile(
    r"\b(?:including|of\s+which)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE
)
_PART_PARTNER = re.compile(
    r"\s*(?:(?:was|were|went|came)\s+)?(?:with|to|from)\s+(?:the\s+)?", re.IGNORECASE
)
_PART_FOLLOWS = re.compile(
    r"(?:\s+(?:in|during|for|over)\s+[^,;()$]{1,30}?)?\s*,\s*(?:including|of\s+which"
    r"|with\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+accounting\s+for)\b",
)
_UNIT_AFTER = re.compile(
    r"\s*(?:metric\s+)?(?:tonnes|tons|bags|barrels|bales|ounces|units|containers|vehicles|"
    r"cars|head|kilos|kg|litres|liters|cubic|barrels|"
    r"[kMGT]Wh|(?:kilo|mega|giga|tera)watt[\s-]hours?)\b",  # "5.1 billion kWh": electricity
    re.IGNORECASE,
)
# A priced quantity: "4 200 tons of tea worth $8 mln", "exported 1.2 mln tonnes worth X".
_QUANTITY_WORTH = re.compile(
    r"""\d[\d.,]*(?:\s\d{3})*\s*                             # "4 200", "1,2", "35.6"
    (?:(?:million|mln|thousand|thsd|billion|bln)\s+)?
    (?:metric\s+)?(?:tons|tonnes|barrels|cubic\s+met(?:er|re)s|head|units|pieces|bales|bags|
       litres|liters|kg|kilos)
    (?:\s+of\s+(?!(?:goods|products|merchandise|cargo|freight)\b)   # of goods: all of them
       [a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?                       # "of (crude) oil"
    \s+worth\s+(?:(?:about|around|some|approximately|roughly|nearly|over)\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)
_PARTS_FROM = re.compile(r"\s*,\s*from\s+|[^,;]*\band\s+")  # ", from X of exports and Y of imports"
_PLAIN = re.compile(r"[^,;()]{0,60}")  # words with no clause break
_SPLIT_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d\d\s?[-–/]\s?\d\d(?![\d-])")  # "in 2022-23"
_FISCAL_YEAR = re.compile(
    r"\b(?:(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d\d|FY\s?'?\d\d)|" + _SPLIT_YEAR.pattern,
    re.IGNORECASE,
)
# A fiscal year right after an amount, its months given in brackets or a clause after it:
# "in fiscal year 2022-23 (July 2022-June 2023)", "in FY2023, which ran from July 2022 to ...".
_FY_GLOSSED = re.compile(
    r"\s*(?:in|during|for|over)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)"
    r"(?:19|20)?\d\d(?:\s?[-–/]\s?\d\d(?:\d\d)?)?\s*(?:,\s*(?:which|that)\s+"
    r"(?:ran|runs|covered|covers|lasted|spanned|spans)\s+|\(\s*)"
    # "in the first ten months of the current fiscal year (July-April 2024-25)": the part's
    # months in brackets
    r"|\s*(?:in|during|for|over)\s+the\s+first\s+(?:\d{1,2}|\w+)\s+months\s+of\s+(?:the\s+)?"
    r"(?:current|present|last|previous|this)\s+(?:fiscal|financial)\s+year\s*\(\s*",
    re.IGNORECASE,
)
# A fiscal year in brackets after a month range: "during July-June (2021-22)".
_FY_BRACKET = re.compile(r"\s*\(\s*((?:19|20)\d\d)\s?[-–/]\s?(\d\d)\s*\)")
_YEAR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")
# A partner's part of a total, after the amount: "(, or 9% of it,) falling on B".
_FLOW_NOUN_AFTER = re.compile(r"\s+(?:exports?|imports?|supplies|deliveries)\b", re.IGNORECASE)
_PORTION_AFTER = re.compile(
    r"\s*,?\s*(?:or\s+[\d.,]+\s*(?:%|percent|per\s+cent|pct)\s*)?"
    r"(?:of\s+(?:it|this|that|them|the\s+total|which)\s*)?,?\s*"
    r"(?:(?:fell|falling|falls|fall)\s+on|(?:was\s+)?accounted\s+for\s+by|attributable\s+to)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
# An approximation word before a part's amount: "about", "some", "an estimated".
_APPROX = r"(?:(?:about|around|some|approximately|roughly|an\s+estimated)\s+)?"
# Between a partner's share and its amount: ", or ", " (", and a participle phrase naming
# the amount ("B accounted for 58% of the total, with trade worth X"; "B held the largest
# share (18%), supplying goods worth X").
_SHARE_THEN_AMOUNT = (
    r"(?:,\s*or\s+|\(\s*|or\s+"
    r"|,\s*(?:with|supplying|selling|shipping|buying|taking|receiving)\s+"
    r"(?:(?:total\s+)?(?:trade(?:\s+turnover)?|turnover|exports|imports|goods|products)\s+)?"
    r"(?:worth|of|totall?ing|amounting\s+to|valued\s+at)\s+(?:about\s+|around\s+|some\s+)?)"
)
# The share itself: "8% of A's trade, or", "the largest share of mutual trade,".
_SHARE_STATED = (
    r"(?:(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|pct)"
    r"(?:\s+of\s+(?P<of2>[^,;()$]{0,60}?))?\s*"
    + _SHARE_THEN_AMOUNT
    # "accounted for the largest share of mutual trade, $1.3 bln": the share's amount
    + r"|the\s+(?:largest|biggest|greatest|main|lion['’]s)\s+share"
    r"(?:\s+of\s+(?P<of5>[^,;()$]{0,60}?))?"
    r"\s*(?:\(\s*[\d.,]+\s*(?:%|percent|per\s+cent|pct)\s*\)\s*)?"
    r"(?:,\s*(?:or\s+)?|" + _SHARE_THEN_AMOUNT[3:] + ")"
)
# "The EU countries together", "the EU as a whole"; "B alone accounted for X": one
# member's part of a group's trade just named.
_JOINTLY = (
    r"(?:\s+(?:together|jointly|collectively|combined|alone|taken\s+together|"
    r"as\s+a\s+(?:whole|group)))?"
)
# A relative clause on the partner before its part's verb: "B, which buys much of A's
# wine, accounted for X": the clause describes B, the part is still B's.
_PARTNER_ASIDE = r"(?:\s*,\s*(?:which|whose|where)\s+[^,;()$]{1,80}?,)?"
# The total's own level told in a relative clause between the share and its verb: "B's share
# in A's trade, which reached X in 2023, was 8%, or Y": Y is still B's part.
_WHICH_LEVEL = r"(?:\s*,\s*which\s+[^;()]{1,80}?,)?"
# Before the amount: "B accounted for 8% of A's trade, or", "B's share in A's trade was 8% (";
# a share held before it ("B held 18%, or", "B had the largest share, with goods worth").
_PORTION_BEFORE = re.compile(
    r"(?:['’]s\s+share(?:\s+(?:in|of)\s+(?P<of1>[^,;()$]{0,60}?))?"  # "B's share was 8% ("
    + _WHICH_LEVEL
    + r"\s+"
    r"(?:was|is|stood\s+at|amounted\s+to|made\s+up|reached)\s+"
    + r"|"
    + _JOINTLY
    + _PARTNER_ASIDE
    + r"\s+(?:accounted|accounting|accounts|account)\s+for\s+)"
    + r"(?:"
    + _SHARE_STATED
    + r")?"
    + _APPROX  # "B accounted for some $2 billion of A's imports": the stated value
    + r"|"
    + _JOINTLY
    + r"\s+(?:held|holds|had|has|took|takes)\s+(?:"
    + _SHARE_STATED.replace("?P<of2>", "?P<of6>").replace("?P<of5>", "?P<of7>")
    + r")"
    # "B remained the largest single market, taking 21 pct of the total, or X": the share
    # a partner's role takes, then its amount
    + r"|\s+(?:was|is|remained|remains|became)\s+[^,;()$]{0,60}?"
    + r"\b(?:markets?|destinations?|buyers?|customers?|suppliers?|sources?)\b"
    + r"[^,;()$]{0,30}?,\s*(?:taking|with|supplying|buying|absorbing)\s+(?:"
    + _SHARE_STATED.replace("?P<of2>", "?P<of8>").replace("?P<of5>", "?P<of9>")
    + r")"
    + _APPROX,
    re.IGNORECASE,
)
_GLOSS = r"(?:\s*\(\s*[A-Z][A-Za-z.]{1,9}\s*\))?"  # "the European Union (EU)": a name's gloss
# "The EAEU countries", "A's EC partners" (accounted for X): the group by its members.
_MEMBERS = re.compile(
    r"(?:\s+(?:countries|states|nations|members|member\s+states|partners))?" + _GLOSS
)
_NAME_GLOSS = re.compile(_GLOSS)
# "(B accounted for) the largest share of mutual trade, $1.3 bln": the partner's own amount.
_LARGEST_SHARE_OF = re.compile(
    r"\bthe\s+(?:largest|biggest|greatest|main|lion['’]s)\s+share\s+of\s+[^,;()$]{0,60}?,\s*$",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(r"\bshare\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A share of a whole whose amount follows: "five pct of India's 25 billion dlrs in trade".
_PCT_OF_WHOLE = re.compile(
    r"(?:%|\bpct|\bpercent|\bper\s+cent)\s+of\s+(?:the\s+|[A-Z][\w.-]*['’]s\s+|its\s+)?"
    r"(?:estimated\s+|total\s+|record\s+)?$",
    re.IGNORECASE,
)
_WHOLE_AFTER = re.compile(
    r"\s*(?:in|of)\s+(?:total\s+|foreign\s+|two-way\s+|bilateral\s+)?(?:trade|exports|imports)\b"
)

# The words before a comparison's base amount: "up from (about) ", "compared with ".
_PLAN_BASE = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|against)\s+(?:the\s+)?"
    r"(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
# The preposition before a flow's partner: "sold to (the) ", "bought from ".
_TO_OR_FROM = re.compile(r"\b(?:to|from)\s+(?:the\s+)?$", re.IGNORECASE)
_SHARE_IN = re.compile(  # "the share of B (in A's trade) was 8%, or $X"
    r"(?:\s+in\s+(?P<of4>[^,;()$]{0,60}?))?"
    + _WHICH_LEVEL
    + r"\s+(?:was|is|stood\s+at|amounted\s+to|made\s+up|reached)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|pct)"
    r"\s*(?:,\s*or\s+|\(\s*|or\s+)",
    re.IGNORECASE,
)
_FELL_ON_WORD = re.compile(r"\b(?:fell|falling|falls|fall)\s+on\b")
_ELLIPTIC_FOR = re.compile(
    r"(?:(?:\s+(?:countries|states|nations|members))?\s+for\s+|['’]s\s+(?=[\d.,]+\s*(?:%|percent))"
    # "B held the largest share, supplying goods worth X, while C shipped Y": C's part
    r"|\s+(?:shipped|supplied|delivered|sent|provided)\s+"
    r")"
    # "and B for 16.1% ($10.1 billion)", "and B's 16.1%, or $10.1 billion": the share left out
    r"(?:(?:about\s+|around\s+|some\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|pct)\s*(?:,\s*or\s+|\(\s*|or\s+))?"
    + _APPROX
)
# A share right after a part's amount: "$2 billion (28 percent) of", "$2 billion, or 28%, of".
_SHARE_AFTER_PART = rf"(?:\s*\(\s*{_SHARE}\)|\s*,\s*{_SHARE},)?"
# The next part of an elliptic list, where the words of the total end: "(of A's imports) and
# C for $1 billion".
_NEXT_PART = r"\s+and\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s+for\s"
# The next flow's part, with no comma before it: "X of this amount and imports from B for Y"
# (the total's words end before the next flow noun, which is no word of the total's).
_NEXT_FLOW_PART = (
    r"\s+and\s+(?:the\s+)?(?:exports?|imports?|purchases|supplies|deliveries|sales)"
    r"\s+(?:to|from)\s"
)
# After the amount: the total it is a part of, "(, ) of A's trade", also past the part's
# share; it ends where the next part starts.
_OF_TOTAL = re.compile(
    _SHARE_AFTER_PART
    + rf"\s*\)?\s*,?\s*of\s+(?P<of3>(?:(?!{_NEXT_PART}|{_NEXT_FLOW_PART})[^,;()]){{0,60}})"
)
_KIND_WORDS = (
    ("export", "export"),
    ("import", "import"),
    ("trad", "turnover"),
    ("turnover", "turnover"),
)


@attrs.frozen
class _Portion:
    """A partner's part of a total: the partner, the total's state and flow if written."""

    partner: CountryMention
    owner: CountryMention | None
    kind: str | None
    # The partner of the first part, for a part written elliptically ("C for $1 billion").
    first: CountryMention | None = None


# The first part of an elliptic list and the total it is of: "B accounted for (more than) $2
# billion of A's imports(, C for ...)"; the total's words end at a clause's end, a figure
# or the "and" that joins the next part.
_FIRST_PART = re.compile(
    r"\baccount(?:s|ed|ing)?\s+for\s+[^,;()$\d]{0,30}?"  # "accounted for (more than) "
    r"[$€£]?\s?\d(?:[\d.,]|\s(?=\d))*[^,;()\d]{0,40}?"  # "$2,14 billion"
    + _SHARE_AFTER_PART  # "(28 percent)", ", or 28 percent,"
    + r"\s+of\s+"
    r"(?P<of>(?:(?!\band\b)[^,;()$\d]){1,60})",
    re.IGNORECASE,
)


def _elliptic_part(
    text: str, partner: CountryMention, mentions: Sequence[CountryMention]
) -> _Portion:
    """A part written elliptically ("C for $1 billion"), with the first part's total.

    "B accounted for more than $2 billion of A's imports, C for $1 billion": C's part is
    of A's imports, though B's figure (a bound) is no record to take the total from.
    """
    first = None
    for found in _FIRST_PART.finditer(text, 0, partner.start):
        first = found
    if first is None:
        return _Portion(partner, None, None)
    lo, hi = first.span("of")
    owner = next(
        (
            m
            for m in mentions
            if lo <= m.start < hi and m.kind != "group" and m.code != partner.code
        ),
        None,
    )
    phrase = first.group("of").casefold()
    kind = next((k for word, k in _KIND_WORDS if word in phrase), None)
    subject = next(
        (m for m in reversed(mentions) if m.end <= first.start() and m.kind != "group"), None
    )
    return _Portion(partner, owner, kind, subject)


def _portion(
    text: str, money: MoneyMention, mentions: Sequence[CountryMention], *, elliptic: bool
) -> _Portion | None:
    """The partner whose part of a total an amount is, or ``None``.

    "..., with $2.4 billion or 9% of it falling on B"; "B accounted for 9%, or
    $2.4 billion, of A's trade"; "B's share in A's trade was 9%, or $2.4 billion";
    after such a part (``elliptic``), "C for $0.9 billion".
    """
    partner = next(
        (
            m
            for m in mentions
            if m.start > money.end
            and m.kind != "group"
            and _PORTION_AFTER.fullmatch(text, money.end, m.start)
            # "fell on Peruvian exports": the demonym is the flow's state, no partner's part
            and not (m.kind == "demonym" and _FLOW_NOUN_AFTER.match(text, m.end))
        ),
        None,
    )
    of_phrase: tuple[int, int] | None = None
    if partner is None:
        for m in reversed(mentions):
            if m.end > money.start:
                continue
            gloss = _NAME_GLOSS.match(text, m.end)  # "the United Arab Emirates (UAE)"
            start = m.end if gloss is None else gloss.end()
            if m.kind == "group":
                # "CIS countries for $0.8 billion" after "Asia accounted for ...": a group's part.
                if elliptic and _ELLIPTIC_FOR.fullmatch(text, m.end, money.start):
                    return _elliptic_part(text, m, mentions)
                # "The EAEU countries accounted for 38% of the total, or $725 million".
                members = _MEMBERS.match(text, m.end)
                if members is None:
                    continue
                start = members.end()
            match = _PORTION_BEFORE.fullmatch(text, start, money.start)
            if match is None and _SHARE_OF.search(text, max(0, m.start - 16), m.start):
                # "the share of B in A's trade was 8%, or $X"
                match = _SHARE_IN.fullmatch(text, start, money.start)
            if match is None and elliptic and _ELLIPTIC_FOR.fullmatch(text, m.end, money.start):
                return _elliptic_part(text, m, mentions)  # "A accounted for X, B for Y"
            if match is None:
                continue
            if _FLOW_SUBJECT.search(text, 0, m.end):
                # "Exports from A to B accounted for X of the turnover": B ends the flow's
                # phrase; the part is the flow's own level, no partner's part
                continue
            partner = m
            group = next(
                (
                    g
                    for g in ("of1", "of2", "of4", "of5", "of6", "of7", "of8", "of9")
                    if match.groupdict().get(g)
                ),
                None,
            )
            if group is not None:
                of_phrase = match.span(group)
            break
        if partner is None:
            return None
    if of_phrase is None:
        after = _OF_TOTAL.match(text, money.end)
        if after is not None:
            of_phrase = after.span("of3")
    owner, kind = None, None
    if of_phrase is not None:
        owner = next(
            (
                m
                for m in mentions
                if of_phrase[0] <= m.start < of_phrase[1]
                and m.kind != "group"
                and m.code != partner.code
            ),
            None,
        )
        phrase = text[of_phrase[0] : of_phrase[1]].casefold()
        kind = next((k for word, k in _KIND_WORDS if word in phrase), None)
    return _Portion(partner, owner, kind)


# A span from a year's start to an unnamed day: "since early 2019", "since the start of the year".
_SINCE_START = re.compile(
    r"\bsince\s+(?:early|the\s+(?:beginning|start|outset)\s+of)\s+"
    r"(?:the\s+(?:current\s+)?year|this\s+year|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# "imports exceeded exports by <amount>", "exports surpassed imports by <amount>".
# A place after an amount that is no state: "worth X to Central Asia", "X from Latin America".
_REGION_AFTER = re.compile(
    r"\s+(?:to|from|with)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:Asia|America|Africa|Europe|East|"
    r"Caucasus|Gulf|Balkans|Baltics|Scandinavia|Maghreb|Caribbean|Pacific|Oceania)\b"
    r"(?!\s+(?:country|state|nation|republic|kingdom|monarchy|emirate|partner|neighbou?r)\b)"
)
_TO_AND_FROM = re.compile(r"\bfrom\s.*\bto\s|\bto\s.*\bfrom\s", re.IGNORECASE)
_EXCEEDED_BY = re.compile(
    r"\b(exports?|imports?)(?:\s+(?:to|from)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}){0,2}"
    r"(?:\s+(?:in|during|for|over)\s+[^,;.()]{1,40}?)?"  # "exports in January-May exceeded"
    r"\s+(?:exceeded|exceed|surpassed|outstripped)\s+(?:the\s+)?"
    r"(?:exports?|imports?)(?:\s+(?:to|from)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?"
    r"\s+by\s+(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
# A balance's level written as its side: "the balance was in surplus by $60 million".
_IN_SIGN_BY = re.compile(
    r"\b(?:was|were|is|are|stood|remained|ran)\s+in\s+(?:surplus|deficit)\s+by\s+"
    r"(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
_REVISED = re.compile(r"\brevis", re.IGNORECASE)


def _compared_aside(
    text: str,
    money: MoneyMention,
    periods: Sequence[PeriodMention],
    figures: Sequence[Figure],
    bound: MoneyMention | None = None,
) -> bool:
    """Whether a bracketed amount is the figure before's level for another period.

    "$700 million in 2023 ($650 million in 2022)", "(against $650 million in 2022)",
    "(2022: $650 million)": a period of its own in the brackets, in the same currency as
    the figure before; not a conversion ("(£97m)") or a revision ("(revised from ...)").
    The figure before may be a bound, no record itself (``bound``, the amount right before
    the brackets): "more than $700 million in 2023 ($650 million in 2022)".
    """
    opened = text.rfind("(", 0, money.start)
    if bound is not None and bound.end <= opened:
        level_currency, level_period = bound.currency, None
    elif figures:
        level_currency, level_period = figures[-1].currency, figures[-1].period
    else:
        return False
    if money.currency is not None and money.currency != level_currency:
        return False
    closed = text.find(")", money.end)
    if closed < 0 or _REVISED.search(text, opened, closed):
        return False
    return any(opened < p.start and p.end <= closed and p.period != level_period for p in periods)


def _since_start(text: str, prev_end: int, money: MoneyMention, next_start: int) -> bool:
    """Whether the amount's clause counts "since early <year>" or "since the start of the year"."""
    breaks = list(CLAUSE_BREAK.finditer(text, prev_end, money.start))
    lo = breaks[-1].end() if breaks else prev_end
    after = CLAUSE_BREAK.search(text, money.end, next_start)
    hi = after.start() if after is not None else next_start
    start = _SINCE_START.search(text, lo, hi)
    # "X in July, the smallest since early 1985": after a superlative that follows the
    # amount, "since early <year>" is the span of a comparison, not the amount's months.
    if start is not None and not (
        money.end <= start.start() and _SUPERLATIVE.search(text, money.end, start.start())
    ):
        return True
    # "Since 2005, A has exported goods worth X": a sum over the years since; but "X in
    # 2023, the highest since 2005" names the span of a comparison after the amount.
    since = _SINCE_YEAR.search(text, lo, money.start)
    return (
        since is not None
        and not _SUPERLATIVE.search(text, lo, since.start())
        and not _YEAR.search(text, since.end(), hi)  # "..., since 2015, reached X in 2023"
    )


# A sentence that sums up: "Overall, ...", "In total, ...", "All in all, ...".
_OVERALL = re.compile(r"\s*(?:Overall|In\s+total|All\s+in\s+all|Altogether|In\s+all),")
# "the country's exports" with no partner of their own: the state's trade with the world.
_THE_COUNTRY_S = re.compile(r"\b[Tt]he\s+(?:country|nation|republic)['’]s\s+(?:[\w-]+\s+){0,2}$")
_LABEL_AFTER = re.compile(r"\s*[:–—-]")  # "Exports: ", "exports – ": a line's label
_SINCE_YEAR = re.compile(r"\bsince\s+(?:19|20)\d\d\b(?!\s*[-–/])", re.IGNORECASE)
_SUPERLATIVE = re.compile(
    r"\b(?:\w+est|record|first|best|worst|most|least)\b(?=[^,;]{0,30}$)", re.IGNORECASE
)
_FOR_PERIOD = re.compile(r"\b(?:in|for|during|over)\s+(?:all\s+|the\s+)?$", re.IGNORECASE)
_OF_OWNER = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?")  # "the exports of Uzbekistan"
_POSSESSIVE_NEXT = re.compile(r"['’]s?\b")
# A minus sign written on the amount: "the balance amounted to minus $2 billion", "to -$2 bln".
_MINUS = re.compile(r"(?:\bminus\s+|\s[-−])$", re.IGNORECASE)
_SAID_NEGATIVE = re.compile(r"\b(?:was|is|stood|remained)\s+(?:in\s+the\s+)?negative\b", re.I)
# The two sides as the subject of a turnover: "the sides", "the presidents of the two
# countries", "both leaders", "the heads of state".
_SIDES = re.compile(
    r"\b(?:(?:the|both)\s+(?:sides|parties)|(?:the|both|our)\s+two\s+(?:countries|states|"
    r"nations|sides|presidents|leaders|heads\s+of\s+state)|both\s+(?:countries|states|"
    r"nations|presidents|leaders)|the\s+(?:presidents|leaders|heads\s+of\s+state))\b",
    re.IGNORECASE,
)
# The copula and the owner of a partner's role after a state or group: "C is A's largest
# trading partner", "(that) C was its biggest trade partner in the region".
_IS_PARTNER_OF = re.compile(
    r"\s+(?:is|was|remains|remained|has\s+been)\s+(?:now\s+|already\s+|still\s+)?"
    r"(?:the\s+)?(?:(?P<its>its)\s+|(?=\S))"
)
_PARTNER_ROLE = re.compile(
    r"(?:['’]s|(?<=s)['’])?\s+(?:[\w-]+\s+){0,3}?trad(?:ing|e)\s+partner\b", re.IGNORECASE
)


def _partner_of(
    text: str, mentions: Sequence[CountryMention], end: int, its: str | None
) -> tuple[str, str] | None:
    """The owner and the partner of "C is A's largest trading partner" before ``end``.

    Groups count ("Mercosur is the EU's biggest trading partner"), and "its" is ``its``,
    the state the figure is of ("the ministry said that the EU was its largest trading
    partner"). ``None`` where the sentence has no such clause.
    """
    for i, partner in enumerate(mentions):
        if partner.end >= end:
            break
        copula = _IS_PARTNER_OF.match(text, partner.end)
        if copula is None:
            continue
        if copula.group("its") is not None:
            owner = its
            role = _PARTNER_ROLE.match(text, copula.end() - 1)
        else:
            after = next((m for m in mentions[i + 1 :] if m.start == copula.end()), None)
            owner = after.code if after is not None else None
            role = _PARTNER_ROLE.match(text, after.end) if after is not None else None
        if owner is not None and owner != partner.code and role is not None and role.end() < end:
            return owner, partner.code
    return None


# "A's trade surplus" is its national statistic; a bare "surplus" may close a pair's trade.
_TRADE_BALANCE = re.compile(r"\btrade\b", re.IGNORECASE)
# "The two countries" are two states, never a state and a group.
_TWO_COUNTRIES = re.compile(
    r"\b(?:(?:the|our|both)\s+two|both)\s+(?:countries|states|nations)\b", re.IGNORECASE
)
# A possessive naming one state's own trade: "its trade turnover", "the country's turnover".
# A state's own whole trade named as the flow's owner, in the flow's clause: "A's overall
# trade showed a surplus", "Japan's overall trade surplus", "its total trade deficit".
_OWN_WORLD = re.compile(
    r"(?:['’]s|(?<=s)['’]|\bits|\btheir)\s+(?:overall|total|global|worldwide)\s+(?:foreign\s+)?"
    r"trade\b[^,;:()]*\Z",
    re.IGNORECASE,
)
# The world named as a flow's partner right after it: "exports to the world", "trade with
# the rest of the world".
_TO_THE_WORLD = re.compile(
    r"\s+(?:to|with|from)\s+the\s+(?:rest\s+of\s+the\s+|whole\s+)?world\b", re.IGNORECASE
)
_OWN_POSSESSIVE = re.compile(
    r"\b(?:its|his|her|the\s+(?:country|nation|republic|state)['’]s)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_AS_OF = re.compile(r"\b(?:as\s+of|by)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"the\s+(?:previous|preceding|prior)\s+year", re.IGNORECASE)
_A_YEAR_AGO = re.compile(r"(?:a|one)\s+year\s+(?:ago|earlier|before)", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s*(?:pct|per\s*cent|percent|%)", re.IGNORECASE)


_FLOW_AND = re.compile(
    r"(?:\s+(?:to|from|with)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?"  # "to Chile"
    r"\s*(?:,\s*|\s+and\s+|,\s*and\s+)(?:the\s+)?"
)
_AMOUNT_AND = re.compile(r"\s*(?:,\s*|\s+and\s+|,\s*and\s+)(?:about\s+|around\s+|some\s+)?")
_LEVEL_VERB = re.compile(
    r"\s*(?:(?:with|to|from)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+)?(?:in\s+[\w\s-]{1,30}?\s+)?"
    r"(?:amounted\s+to|totall?ed|stood\s+at|reached|were|came\s+to|made\s+up|equall?ed)\s+"
    r"(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
_BOTH_WAYS_ORDER = re.compile(r"\s*(?:export|import)", re.IGNORECASE)


def _paired_flows(
    text: str, flows: Sequence[Flow], money: Sequence[MoneyMention]
) -> dict[int, Flow]:
    """Amounts paired in order with coordinated flow words.

    "exports and imports amounted to $5 billion and $3 billion (respectively)" gives
    the exports $5 billion and the imports $3 billion. Returns a map from the index
    of an amount to its flow.
    """
    frames = [f for f in flows if f.kind in ("export", "import", "balance", "turnover")]
    for first, second in itertools.pairwise(frames):
        if first.kind == second.kind or not _FLOW_AND.fullmatch(text, first.end, second.start):
            continue
        at = next((i for i, m in enumerate(money) if m.start > second.end), None)
        if (
            at is None
            or at + 1 >= len(money)
            or not _LEVEL_VERB.fullmatch(text, second.end, money[at].start)
            or not _AMOUNT_AND.fullmatch(text, money[at].end, money[at + 1].start)
        ):
            continue
        return {at: first, at + 1: second}
    return {}


# An item's own amount introduced by a noun of trade that is no flow word: "with purchases of".
_ITEM_NOUN = re.compile(r".*?\bwith\s+(?:total\s+)?(?:purchases|sales)", re.IGNORECASE)
# The words that lead from a noun to its amount: "of", "worth about", "valued at".
_TO_AMOUNT = (
    r"(?:of|worth|totall?ing|amounting\s+to|valued\s+at)\s+"
    r"(?:about\s+|around\s+|some\s+|approximately\s+|roughly\s+|an\s+estimated\s+)?"
)
_ITEM_NOUN_AFTER = re.compile(
    r"\s+" + _TO_AMOUNT + r"(?:\$|US\$|USD\b|EUR\b|€|£|\d)", re.IGNORECASE
)
# An item's own bare turnover right before its amount: "(B ranked first) with a turnover of ".
_OWN_TURNOVER = re.compile(r"turnover\s+" + _TO_AMOUNT, re.IGNORECASE)
# A state ranked among a story's partners: "(B) topped the list of importers", "(B) was the
# largest buyer", "The largest export market was (B)".
_RANKED_AFTER = re.compile(
    # "B, which buys much of A's wine, was the largest ...": an aside on B between them
    _PARTNER_ASIDE
    # "B overtook C as A's biggest supplier": B takes the rank C held
    + r"\s+(?:(?:was|is|remained|remains|became|topped|tops|led|leads|ranked|ranks|came"
    r"|overtook|overtakes|has\s+overtaken|replaced|replaces|displaced|surpassed)\b"
    r"[^,;()$\d]{0,40}?\b(?:largest|biggest|main|top|leading|first|second|third|list)\b"
    # "C came in with $X": a list's item, told by the amount it comes with
    r"|(?:came|comes|followed|follows)\s+(?:in\s+|next\s+)?with\s+(?:about\s+|around\s+|some\s+)?"
    r"(?:\$|US\$|USD\b|EUR\b|€|£|\d))",
    re.IGNORECASE,
)
_RANKED_BEFORE = re.compile(
    r"\b(?:largest|biggest|main|top|leading)\s+(?:[\w-]+\s+){0,2}?(?:partners?|markets?|"
    r"destinations?|suppliers?|buyers?|sources?|importers?|exporters?)\s+(?:was|is|remained|became|were|are)\s+"
    # "The main suppliers were the United States and China": a state named with its article
    r"(?:the\s+)?$",
    re.IGNORECASE,
)

# The end of the ranking clause before a new one: "B remained the main partner: trade
# with it ...", "B was the top market, and exports to this country ...".
_RANK_CLAUSE_END = re.compile(r":|,\s*and\b", re.IGNORECASE)
# A partner's part told by its role's verb before the flow noun: "(B) also supplied X of
# imports", "(B), which buys much of A's wine, alone took X of exports".
_ROLE_VERB_OF = re.compile(
    _PARTNER_ASIDE + r"\s+(?:also\s+|alone\s+)?"
    r"(?P<verb>supplied|supplies|provided|provides|took|takes|bought|buys|absorbed|absorbs)\s+"
    r"[^,;()]{1,40}?\s+(?:worth\s+)?of\s+(?:the\s+|its\s+|total\s+|all\s+)*",
    re.IGNORECASE,
)
# Between a state and a verb whose subject is a relative pronoun for it: "B, A's largest
# market, which took", "B, which alone took".
_RELATIVE_AGENT = re.compile(
    r"(?:\s*,\s*[^,;()$]{1,60}?)?\s*,\s*(?:which|that)\s+(?:alone\s+|also\s+|then\s+)?"
)
# A partner's role, then the share it takes: "market, taking 21 pct".
_ROLE_SHARE = re.compile(
    r"\b(?:markets?|destinations?|buyers?|customers?|suppliers?|sources?)\b[^,;()$]{0,30}?,\s*"
    r"(?:taking|with|supplying|buying|absorbing)\s+(?:about\s+|around\s+|some\s+)?[\d.,]+\s*"
    r"(?:%|pct|percent|per\s+cent)"
)
_WITH_PHRASE = re.compile(r",\s*with\b", re.IGNORECASE)
# A partner's role in another state's trade (not "the largest exporter", the state's own).
_ROLE_NOUN = re.compile(
    r"\b(?:markets?|destinations?|suppliers?|sources?\s+of\s+imports|buyers?|customers?)\b",
    re.IGNORECASE,
)


def _ranked_as_partner(text: str, subject: CountryMention, flow_start: int) -> bool:
    """Whether ``subject`` is ranked as a partner in a clause before a flow word at ``flow_start``.

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "Chile topped the list of suppliers, while imports from Peru grew."
    >>> _ranked_as_partner(text, find(text)[0], text.index("imports"))
    True
    >>> text = "Chile remained the main partner: trade with this country grew."
    >>> _ranked_as_partner(text, find(text)[0], text.index("trade"))
    True
    >>> text = "Chile came in with $5 million, while trade with Peru grew."
    >>> _ranked_as_partner(text, find(text)[0], text.index("trade"))
    True
    >>> text = "Chile raised its imports from Peru."
    >>> _ranked_as_partner(text, find(text)[0], text.index("imports"))
    False
    """
    with_phrase = _WITH_PHRASE.search(text, subject.end, flow_start)
    if not (
        CLAUSE_BREAK.search(text, subject.end, flow_start)
        or _RANK_CLAUSE_END.search(text, subject.end, flow_start)
        # "B overtook C as A's biggest supplier, with purchases from B worth X": the phrase
        # after a partner's role tells the role's figure, whose owner is the role's A.
        or (
            with_phrase is not None
            and _ROLE_NOUN.search(text, subject.end, with_phrase.start()) is not None
        )
    ):
        return False  # its own clause's flow: "Chile, the largest buyer, imported X"
    return (
        _RANKED_AFTER.match(text, subject.end) is not None
        or _RANKED_BEFORE.search(text, max(0, subject.start - 60), subject.start) is not None
    )


# "Trade with B(, an aside,) showed a (Dutch) surplus": the balance that trade shows.
_TRADE_WITH_BEFORE = re.compile(r"\b[Tt]rad(?:e|ing)\s+with\s+(?:the\s+)?$")
FRAME_ONLY_RULE = "trade.frame_only"  # a figure read for its frame only: no record
# A sentence whose subject is a body that is no state: an industry or a sector ("The X
# industry was the leading sector with exports of ..."), or a name a "which" clause tells
# of, then the flow it owns ("Y, which ..., said its exports rose"): a company's.
_BODY_SUBJECT = re.compile(
    r"(?:The\s+(?:[\w-]+\s+){0,3}(?:industry|sector)\s+"
    r"(?:was|is|has|had|remained|led|posted|earned|accounted)\b"
    r"|(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,3},\s+(?:which|whose)\b[^;]*?,\s+"
    r"said\s+its\s+$)"
)
# A flow's partner told as a region no code names: "to the five Central Asian republics",
# "from the customs union area", "to A's Kurdistan region", "to the rest of the Community"
# (not "the rest of the world", the state's own world trade).
_REGION_PARTNER = re.compile(
    r"\b(?:to|from)\s+(?P<region>the\s+rest\s+of\s+(?!the\s+world\b)the\s+[\w-]+"
    r"|(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:region|republics|area)\b)",
    re.IGNORECASE,
)
_SHOWS_BALANCE = re.compile(
    r"(?:\s*,[^,;.()\d]{1,80},)?\s+(?:showed|shows|produced|yielded|left|gave)\s+"
    r"(?:(?:a|an|another)\s+)?(?:[\w'-]+\s+){0,2}"
)


# A descriptive aside between commas: "Trade with B, dominated by A's gas imports, totaled X";
# "A's exports to B, mainly garments and footwear, accounted for X".
_DESCRIPTOR = (
    r",\s+(?:mainly|mostly|chiefly|largely|primarily|predominantly|dominated\s+by|"
    r"driven\s+by|led\s+by|including|such\s+as|notably|especially)\b"
)
# Also a relative clause between commas: "The surplus with B, which buys half of A's exports,
# slipped to X": the clause's flow word describes B, the amount is still the surplus's.
_COMMA_ASIDE = re.compile(
    r"(?:" + _DESCRIPTOR + r"|,\s+(?:which|who|whose)\b)[^,;.]{0,80},", re.IGNORECASE
)


# A period that dates an earlier event: "Earlier this year, the sides agreed to ...".
_EARLIER = re.compile(r"\b(?:earlier|previously)\s+(?:in\s+)?$", re.IGNORECASE)


def _in_closed_aside(text: str, flow: Flow, end: int) -> bool:
    """Whether ``flow`` stands inside an aside that closes before ``end``.

    An aside is in brackets, or between commas after a descriptor ("dominated by") or a
    relative pronoun ("which buys half of A's exports").

    >>> text = "China - $9 (exports $5, imports $4); Chile - $3"
    >>> at = text.index("imports")
    >>> _in_closed_aside(text, Flow(at, at + 7, "import", "imports"), text.index("$3"))
    True
    >>> text = "Trade with Chile, dominated by gas imports, totaled $3"
    >>> at = text.index("imports")
    >>> _in_closed_aside(text, Flow(at, at + 7, "import", "imports"), text.index("$3"))
    True
    >>> text = "The surplus with Chile, which buys half of Peru's exports, slipped to $3"
    >>> at = text.index("exports")
    >>> _in_closed_aside(text, Flow(at, at + 7, "export", "exports"), text.index("$3"))
    True
    """
    opened = text.rfind("(", 0, flow.start)
    if opened > text.rfind(")", 0, flow.start) and text.find(")", flow.end, end) >= 0:
        return True
    return any(
        m.start() < flow.start and flow.end < m.end() <= end
        for m in _COMMA_ASIDE.finditer(text, 0, end)
    )


# A relative clause opened after a state's name, up to a period in it: ", which left the CIS in".
_STATE_CLAUSE = re.compile(r",\s+which\s+[^,;()\d$€£]{0,60}$")


def _in_state_clause(text: str, period: PeriodMention, mentions: Sequence[CountryMention]) -> bool:
    """Whether ``period`` stands in a relative clause about a state, closed by a comma.

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> from diplonews.text.periods import extract_periods
    >>> text = "Trade with Chile, which joined the bloc in 2014, totalled $5 million."
    >>> _in_state_clause(text, extract_periods(text, None)[0], find(text))
    True
    >>> text = "Trade with Chile, which totalled $5 million in 2014, grew."
    >>> _in_state_clause(text, extract_periods(text, None)[0], find(text))
    False
    """
    clause = _STATE_CLAUSE.search(text, max(0, period.start - 70), period.start)
    return (
        clause is not None
        and any(m.end == clause.start() and m.kind != "group" for m in mentions)
        and _CLAUSE_CLOSE.match(text, period.end) is not None
    )


_CLAUSE_CLOSE = re.compile(r"[^,;.$\d]{0,20},")
# The date of an event a clause tells of, not of a figure: "the programme the two countries
# launched in July 1986", "imports, which collapsed during the 2002 crisis".
_EVENT_DATE = re.compile(
    r"\b(?:launched|founded|established|set\s+up|collapsed|introduced|created|took\s+effect|"
    r"(?:entered|came)\s+into\s+force|concluded|signed)\s+(?:in|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@attrs.frozen
class Figure:
    """One amount read in its frame, before it becomes a record."""

    reporter: str | None
    partner: str | None
    flow: TradeFlow
    value: Decimal
    currency: str
    period: Period
    target: bool
    rule: str


# A span's "from" right after an amount, or after the bracket closing a list item's amount:
# "$5 million from January to April 2022", "Chile ($5 million) from January to April 2022".
_FROM_ONLY = re.compile(rf"(?:{_ITEM_CLOSE_TEXT})?\s*from\s+", re.IGNORECASE)
# "worth $5 million to Peru from January to April 2022": a partner, then a span's "from".
_PARTNER_THEN_FROM = re.compile(
    r"\s*(?:with|to|from)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+from\s+"
)
# "up to" after a percentage is the level a change reached: "grew 20% up to $5 billion",
# also past the change's base or span: "grew by 9% against the same period of 2023, up to
# $5 billion", "rose 4 percent year on year, up to $2 billion" (a comma before "up to").
_LEVEL_UP_TO = re.compile(
    r"(?:%|\bpercent|\bper\s+cent|\bpct|\btimes)"
    r"(?:\s*,?|\s+(?:against|compared|from|over|on|year|y/y|in)\b[^$€£;:()]{0,55}?,)"
    r"\s*up\s+to\s+$",
    re.IGNORECASE,
)
_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
# Between a period and its restatement in brackets: "in the first half of FY23 (July-December)".
_RESTATED = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w\s/-]{0,30}?)?\s*\(\s*")
# A part of a fiscal year whose months the text leaves to the reader: "the first half of FY23".
_OF_FISCAL = re.compile(
    r"\s+of\s+(?:the\s+)?(?:current\s+|last\s+|previous\s+|this\s+)?(?:(?:fiscal|financial)\b|FY)",
    re.IGNORECASE,
)


def _bracketed_fiscal_year(text: str, period: PeriodMention) -> PeriodMention:
    """A month range across a year, dated by the fiscal year in brackets after it.

    "July-June (2021-22)" is July 2021 to June 2022, whatever year the range alone
    would resolve to.
    """
    if period.period.start.year == period.period.end.year:
        return period
    match = _FY_BRACKET.match(text, period.end)
    if match is None or (int(match.group(1)) + 1) % 100 != int(match.group(2)):
        return period
    year = int(match.group(1))
    start, end = period.period.start.month, period.period.end.month
    return attrs.evolve(period, period=Period.months(year, start, end, last_year=year + 1))


def _restated(
    sentence: str, period: PeriodMention, periods: Sequence[PeriodMention]
) -> PeriodMention:
    """The period itself, or its restatement in brackets right after it.

    "in the first ten months of fiscal year 2021-22 (July-April)": the bracket names
    the months. A bracket that names only the months the period already runs over
    ("FY2022-23 (July-June)") glosses it: its years are the period's, not the ones the
    months alone would take from the publication day.
    """
    if sentence.find("(", period.end, period.end + 45) < 0:
        return period
    restated = next(
        (
            p
            for p in periods
            if _RESTATED.fullmatch(sentence, period.end, p.start)
            and sentence.startswith(")", p.end)
        ),
        period,
    )
    if (
        restated is not period
        and not any(c.isdigit() for c in restated.text)
        and (
            (restated.period.start.month, restated.period.end.month)
            == (period.period.start.month, period.period.end.month)
            # "the eight months to end-February of the 1986/87 (July-June) fiscal year":
            # the bracket names the whole fiscal year's months, not the part's
            or _months(restated.period) == 12 != _months(period.period)
        )
    ):
        return period
    return restated


# A period's gloss naming the longer period it is a part of: "(July 2023), the first month of
# (FY24)", "(the first quarter), the opening quarter of (the fiscal year)".
_PERIOD_GLOSS = re.compile(
    r"\s*,\s*(?:which\s+(?:is|was)\s+)?the\s+(?:first|second|third|fourth|last|final|opening|"
    r"closing)\s+(?:month|quarter|half)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
# A sentence opened as a comparison with the figure just named: "A year earlier, ...".
_COMPARISON_OPENER = re.compile(
    r"\s*(?:[Aa]\s+year\s+(?:earlier|ago|before)|[Ff]or\s+comparison|[Bb]y\s+comparison"
    r"|[Ii]n\s+comparison)\b"
)
# An amount a figure is compared with: "This compares with (about) $3.8 billion", "The gap
# compares with a deficit of $3.3bn".
_COMPARES_WITH = re.compile(
    r"\b(?:compares?|compared|comparing)\s+(?:with|to)\s+(?:an?\s+[\w-]+\s+of\s+)?"
    r"(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
# A balance said to be run by a state in a "with" clause: "with B running a surplus of".
_RUNNING_BALANCE = re.compile(
    r"with\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+"  # "with South Korea"
    r"(?:running|recording|posting|having|enjoying|registering)\s+an?\s+(?:[\w-]+\s+)?"
    r"(?:surplus|deficit)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$"
)
# A clause of the time a period names, its verb before an amount: ", when turnover was".
_WHEN_CLAUSE = re.compile(
    r",\s+when\s+(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:was|were|stood\s+at|amounted\s+to|totalled|totaled|reached|came\s+to|made\s+up)\s+",
    re.IGNORECASE,
)


# A span still to come, before an amount of its sentence: "For the next three months, the
# bank estimated a surplus of X", "over the coming months exports should ...": a forecast.
_COMING_SPAN = re.compile(
    r"\b(?:for|over|in|during|within)\s+the\s+(?:next|coming)\s+"
    r"(?:(?:few|two|three|four|five|six|several|\d+)\s+)?(?:months?|quarters?|weeks|years?)\b",
    re.IGNORECASE,
)
# A percentage restated as an amount, then a change word: "8.5%, or $4.2 million, more than".
_PERCENT_OR = re.compile(r"\d\s*(?:%|percent|per\s+cent|pct),?\s+or\s+(?:by\s+)?$", re.IGNORECASE)
# A change by a percentage restated as an amount: "rose by 8.5 percent, or $4.2 million",
# "went up 12%, or $3 billion": the amount is the change, whatever follows it.
_CHANGE_PERCENT_OR = re.compile(
    r"\b(?:by|up|down)\s+(?:about\s+|around\s+|some\s+)?\d[\d.,]*\s*"
    r"(?:%|percent|per\s+cent|pct),?\s+or\s+(?:by\s+)?(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
_CHANGE_WORD_AFTER = re.compile(r"\s*,?\s*(?:more|less|higher|lower|up|down)\b", re.IGNORECASE)
# A goal's horizon with no period right after its amount: "to $5 bln in the coming years",
# "$10 billion (target) in the medium term".
# A quotation mark before the horizon changes nothing: 'reach $10 bln "in the medium term"'.
_HORIZON_AFTER = re.compile(
    r"\s*(?:(?:target|goal|mark|one)\s+)?[\"“”'‘’«]?\s*(?:in|over|within)\s+the\s+(?:(?:medium|long|near|short)(?:\s+|-)term|"
    r"(?:coming|next\s+few)\s+years|(?:near\s+|foreseeable\s+)?future)\b"
    r"(?!,?\s+(?:by|in|until|till)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d)",  # no year after
    re.IGNORECASE,
)
# An amount restated as a percentage, then a change word: "$4.2 million, or 8.5%, more than".
_OR_PERCENT_CHANGE = re.compile(
    r"\s*,?\s*or\s+(?:by\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|pct\b|times\b)\s*,?\s*"
    r"(?:higher|lower|more|less|up|down)\b",
    re.IGNORECASE,
)
# A level's verb or preposition right before its amount: "reached", "amounted to", "stood at".
_LEVEL_VERB_BEFORE = re.compile(
    r"\b(?:to|at|reached|reaching|total(?:l)?ed|total(?:l)?ing|totals|came\s+to|made\s+up|"
    r"hit|recorded|registered|posted)\s+(?:about\s+|around\s+|some\s+|an\s+estimated\s+)?$",
    re.IGNORECASE,
)
# The break between two clauses of levels: "X rose to A from B, while Y fell to C from D".
_PARALLEL_BREAK = re.compile(r"\s*(?:,\s*|;\s*)?(?:while|whereas|and|but)\s", re.IGNORECASE)
# The opening of a clause with no verb after a plan's level, up to the state's adjective:
# "(X markka) this year and", ", with".
_BACK_OPENS = re.compile(r"(?:\s+[a-z]+){0,3}?\s*(?:,\s*(?:and\s+|with\s+)?|and\s+|with\s+)")
# The adjective's noun of goods sent, then the amount: "deliveries, mostly oil, worth".
_DELIVERIES_WORTH = re.compile(
    r"\s+(?:deliveries|supplies|shipments)\b[^;.$]{0,80}?\bworth\s+(?:about\s+|around\s+|some\s+)?"
)
# The parallel clause's level, "fell to <amount>", "were <amount>", "stood at <amount>".
_TO_LEVEL = re.compile(
    r"\b(?:to|at|were|was|totall?ed|reached)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE
)
# The parallel clause's base right before its amount: "from D", "against D", "compared with D".
_BASE_AMOUNT_BEFORE = re.compile(
    r"\b(?:from|against|versus|compared\s+(?:with|to))\s+(?:a\s+|an\s+)?(?:record\s+)?$",
    re.IGNORECASE,
)
# The base of the story's first comparison may name its balance: "a deficit of X in 1987,
# against a surplus of Y in 1986" compares the two periods as "from Y" does.
_FIRST_BASE_BEFORE = re.compile(
    r"\b(?:from|against|versus|compared\s+(?:with|to))\s+(?:a\s+|an\s+)?"
    r"(?:(?:trade\s+)?(?:surplus|deficit|shortfall)\s+of\s+)?$",
    re.IGNORECASE,
)


def _level_before(
    text: str, money: Sequence[MoneyMention], index: int, made: Sequence[int]
) -> bool:
    """Whether the figure just made is the level compared with amount ``index``.

    Its amount is the one right before, or the one before its restatement in another
    currency: "widened to X rupees, or about Z dlrs, in 1986 from Y in 1985".
    """
    if made[-1] == index - 1:
        return True
    return (
        made[-1] == index - 2
        and _IN_CURRENCY.fullmatch(text, money[index - 2].end, money[index - 1].start) is not None
    )


def _parallel_from_period(
    sentence: str, money: Sequence[MoneyMention], index: int, periods: Sequence[PeriodMention]
) -> PeriodMention | None:
    """The period of an earlier level in the clause after ``money[index]``, for it as well.

    "Exports rose to A from B, while imports fell to C from D in October" (or "were C
    against D a year earlier"): a clause break right after B, then the next clause's
    level C and its base D with nothing after that amount but the period; the clauses
    compare the same two periods.
    """
    if index + 2 >= len(money) or index + 3 < len(money):
        return None  # the parallel clause's two amounts end the sentence's amounts
    mention, level, earlier = money[index], money[index + 1], money[index + 2]
    if not (
        _PARALLEL_BREAK.match(sentence, mention.end)
        and _TO_LEVEL.search(sentence, mention.end, level.start)
        and _BASE_AMOUNT_BEFORE.search(sentence, level.end, earlier.start)
    ):
        return None
    return next(
        (
            p
            for p in periods
            if earlier.end <= p.start <= earlier.end + 8
            and OWN_PERIOD.match(sentence[earlier.end : p.start]) is not None
        ),
        None,
    )


# The break before a parallel clause, anywhere between two amounts: "compared with X in
# 1985, while imports ...", "from a year earlier's X and imports to ...".
_CLAUSE_JOIN = re.compile(r"\b(?:while|whereas|and|but)\b|;", re.IGNORECASE)
# The words that make an amount the base of the one before it: "rose to X from Y".
_BASE_LINK = re.compile(r"\b(?:from|against|versus|compared\s+(?:with|to))\b", re.IGNORECASE)
# A base named by its distance from its level's month: "from X the month before".
_MONTH_BEFORE = re.compile(
    r"\s+(?:the\s+month\s+before|a\s+month\s+(?:earlier|before)|the\s+preceding\s+month)\b",
    re.IGNORECASE,
)


# A bare base right after its link other than "from": "were X against Y", "X, compared with Y".
_AGAINST_BASE = re.compile(
    r"\b(?:against|versus|compared\s+(?:with|to))\s+(?:a\s+|an\s+)?$", re.IGNORECASE
)
# A base set off by a comma after its level's clause: "X of that total, against Y".
_COMMA_BASE = re.compile(
    r",\s*(?:against|versus|compared\s+(?:with|to))\s+(?:a\s+|an\s+)?$", re.IGNORECASE
)


# A ranked agent's base after its amount: "taking X, (or N pct of the total,) against Y".
_AGENT_BASE = re.compile(
    r"(?:\s*,\s*or\s+[^,;()$]{0,50}?)?\s*,?\s*(?:up\s+|down\s+)?"
    r"(?:from|against|versus|compared\s+(?:with|to))\s+(?:a\s+|an\s+)?",
    re.IGNORECASE,
)
# What opens a list of bare bases after the levels: ", compared with", " against", "from".
_LIST_BASE_OPEN = re.compile(
    r"\s*,?\s*(?:up\s+|down\s+)?(?:from|against|versus|compared\s+(?:with|to))\s+",
    re.IGNORECASE,
)
# A comparison a year back whatever the level's months: "a year earlier", "the same period".
_YEARLY_BASE = re.compile(
    r"^(?!.*\d)(?=.*\b(?:year|same|like|corresponding)\b)", re.IGNORECASE | re.DOTALL
)
# What may stand between the last base of a list and its period: "respectively", a comma.
_LIST_BASE_TAIL = re.compile(r"\s*,?\s*(?:respectively\s*,?\s*)?", re.IGNORECASE)


def _listed_base(
    sentence: str,
    money: Sequence[MoneyMention],
    index: int,
    made: Sequence[int],
    periods: Sequence[PeriodMention],
) -> tuple[int, PeriodMention] | None:
    """The level an amount of a list of bases stands for, and the period closing the list.

    "exports were X and imports Y, compared with X0 and Y0 (respectively) a year earlier":
    the bases follow the levels' order, so X0 is the base of the level two amounts before
    it. Returns (the index in ``made`` of that level, the period after the last base), or
    ``None`` when the amount is no such base: the levels must be the amounts right before
    the list, each made into a figure, and as many as its bases.
    """
    # The list's first base: the amounts from it to ``index`` are joined by "and" or commas.
    first = index
    while first > 0 and _AMOUNT_AND.fullmatch(sentence, money[first - 1].end, money[first].start):
        first -= 1
    last = index
    while last + 1 < len(money) and _AMOUNT_AND.fullmatch(
        sentence, money[last].end, money[last + 1].start
    ):
        last += 1
    count = last - first + 1
    if (
        count < 2
        or first < count
        or not _LIST_BASE_OPEN.fullmatch(sentence, money[first - 1].end, money[first].start)
    ):
        return None
    levels = list(range(first - count, first))
    if any(level not in made for level in levels) or any(
        _BASE_LINK.search(sentence, money[a].end, money[a + 1].start) is not None
        or ";" in sentence[money[a].end : money[a + 1].start]
        for a in levels[:-1]
    ):
        return None  # "rose to X from Y, and to Z against W": no list of levels
    tail = _LIST_BASE_TAIL.match(sentence, money[last].end)
    at = tail.end() if tail is not None else money[last].end
    period = next((p for p in periods if at <= p.start <= at + 4), None)
    if period is None:
        return None
    return made.index(levels[index - first]), period


# Nothing but the link between a level and its bare base: "to A from B", "at A, against B".
_BASE_ONLY = re.compile(
    r"\s*,?\s*(?:from|against|versus|compared\s+(?:with|to))\s+(?:a\s+|an\s+)?",
    re.IGNORECASE,
)

# What may stand between a level and its own period: "to C last year", "to C in 1986".
_LEVEL_PERIOD_GAP = re.compile(r"\s+(?:(?:in|during|for|over)\s+)?")


def _base_period(
    sentence: str,
    money: Sequence[MoneyMention],
    index: int,
    figures: Sequence[Figure],
    made: Sequence[int],
    *,
    compared: tuple[Period, Period] | None = None,
    periods: Sequence[PeriodMention] = (),
    told: Collection[Period] = (),
) -> Period | None:
    """The period of ``money[index]``, the earlier level of a comparison naming none of its own.

    Its level is the figure just made from the amount before it. "Exports rose to A from B
    in 1985, while imports fell to C from D": a parallel clause's base before it, for a level
    of the same period as that clause's, is D's period too (as "in the period" points back
    to it). "narrowed to A in January from B the month before": the month before the
    level's. "The surplus narrowed to A in January from B a year earlier. Exports fell to C
    from D": a level for the period of the story's first comparison (``compared``) is
    compared with the same earlier period, the level's own period written between the two
    or not ("Imports fell to C last year from D"); a level for a whole year whose year before
    the story told a figure for, that year (``_year_before_level``). Else ``None``: "rose
    from X to Y last year" does not state X's period.
    """
    if not made or made[-1] != index - 1:
        return None
    level = figures[-1].period
    if compared is not None and compared[0] == level:
        gap = money[index - 1].end
        # "to C last year from D": the level's own period is no base of D's
        own = _level_period_told(sentence, periods, level, gap, money[index].start)
        if _BASE_ONLY.fullmatch(sentence, gap if own is None else own.end, money[index].start):
            return compared[1]
    if _MONTH_BEFORE.match(sentence, money[index].end):
        if (level.start.year, level.start.month) != (level.end.year, level.end.month):
            return None
        year, month = divmod(level.start.year * 12 + level.start.month - 2, 12)
        return Period.month(year, month + 1)
    if len(made) >= 3 and made[-3:] == [index - 3, index - 2, index - 1]:
        base, parallel = figures[-2].period, figures[-3].period
        if (
            parallel == level
            and base.end < level.start
            and _CLAUSE_JOIN.search(sentence, money[index - 2].end, money[index - 1].start)
        ):
            return base
    return _year_before_level(sentence, money, index, figures[-1], periods=periods, told=told)


def _level_period_told(
    sentence: str, periods: Sequence[PeriodMention], level: Period, start: int, end: int
) -> PeriodMention | None:
    """The level's own period told right after its amount, between ``start`` and ``end``.

    "rose to C last year from D": "last year" is the level's period, told with it, and no
    base of D's.
    """
    return next(
        (
            p
            for p in periods
            if start <= p.start
            and p.end <= end
            and p.period == level
            and not p.comparison
            and _LEVEL_PERIOD_GAP.fullmatch(sentence, start, p.start)
        ),
        None,
    )


# The level's year named back, not a period mention of its own: "rose to A in the year".
_LEVEL_YEAR_ANAPHOR = re.compile(
    r"\s+(?:in|during|for|over)\s+the\s+(?:(?:fiscal|financial)\s+)?year\b", re.IGNORECASE
)


def _year_before_level(
    sentence: str,
    money: Sequence[MoneyMention],
    index: int,
    level: Figure,
    *,
    periods: Sequence[PeriodMention],
    told: Collection[Period],
) -> Period | None:
    """The year before a whole year's level, for the bare base right after it.

    "Sri Lanka's deficit widened to X in 1986 from Y in 1985. Exports fell to A from B":
    once the story has told a figure for the year before a year's level (calendar or
    fiscal, ``told``), a bare base right after that level ("to A in 1986 from B", "to A in
    the year from B", "to A, against B") is for that year, as "a year earlier" would say.
    A story that told no figure for it leaves the base out, and so does a goal ("raise
    trade to A from B") or a shorter span's level, whose base may be the month before.
    """
    span = level.period
    if level.target or not _spans_a_year(span):
        return None
    earlier = Period.months(
        span.start.year - 1, span.start.month, span.end.month, last_year=span.end.year - 1
    )
    if earlier not in told:
        return None
    at = money[index - 1].end
    own = _level_period_told(sentence, periods, span, at, money[index].start)
    if own is not None:
        at = own.end  # "to A in 1986 from B"
    elif (named := _LEVEL_YEAR_ANAPHOR.match(sentence, at)) is not None:
        at = named.end()  # "to A in the year from B"
    return earlier if _BASE_ONLY.fullmatch(sentence, at, money[index].start) else None


def _spans_a_year(period: Period) -> bool:
    """Whether a period is twelve whole months, a calendar year or a fiscal one."""
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month
    return months == 11 and period.start.day == 1 and (period.end + dt.timedelta(1)).day == 1


def _spans_months(period: PeriodMention) -> bool:
    """Whether a period runs over more than one month ("from" opens its span, not a base)."""
    return (period.period.start.year, period.period.start.month) != (
        period.period.end.year,
        period.period.end.month,
    )


# "before <period> closes (ends, is over)": a goal for that period, as "by the end of".
_BEFORE_ONLY = re.compile(r"(?:[^,;()]{0,60}?\s)?before\s+", re.IGNORECASE)
_CLOSES_AFTER = re.compile(r"\s+(?:closes|ends|is\s+over|is\s+out|runs\s+out)\b", re.IGNORECASE)


# The words before a period opening its sentence ("In the same period of 2022, ...").
_OPENING = re.compile(r"[\s“\"‘']*(?:(?:in|during|for|over)\s+)?", re.IGNORECASE)
_COMMA = re.compile(r"\s*,")


def _opens(sentence: str, period: PeriodMention) -> bool:
    """Whether ``period`` opens the sentence, set off by a comma: the sentence's period."""
    return (
        _OPENING.fullmatch(sentence, 0, period.start) is not None
        and _COMMA.match(sentence, period.end) is not None
    )


# A past verb of a level and its "to": "rose to", "fell to", "widened to", "amounted to".
_PAST_TO = re.compile(
    r"\b(?:rose|fell|widened|narrowed|jumped|grew|climbed|dropped|declined|amounted)\s+to\b",
    re.IGNORECASE,
)


# An event named after an amount, before the period that closes it: "after a small deficit
# in", "following a sharp fall in", "compared with a revised surplus in".
_ANOTHER_EVENT = re.compile(
    r"\b(?:after|following|compared\s+(?:with|to)|against|versus)\s+(?:a|an|the|its|their)\b",
    re.IGNORECASE,
)
# A forecast told in the pluperfect: made before the figures the story reports.
_FORECAST_BEFORE = re.compile(
    r"\bhad\s+(?:been\s+)?(?:forecast|predicted|expected|projected|anticipated|estimated)\b",
    re.IGNORECASE,
)
# ", and" opening a clause of another flow: ", and imports rose to", ", and the deficit".
_AND_FLOW = re.compile(
    r",\s*and\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:exports?|imports?|shipments|deliveries|purchases|deficit|surplus|turnover)\b",
    re.IGNORECASE,
)


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
        if (
            after <= period.start < next_start
            and (
                OWN_PERIOD.match(between)
                # "X after a small deficit in February": the month is the event's, not X's.
                or (OWN_PERIOD_LOOSE.match(between) and not _ANOTHER_EVENT.search(between))
                or _PARTNER_THEN_PERIOD.fullmatch(between)
                or (period.text[:4].casefold() in ("betw", "from") and _PLAIN.fullmatch(between))
                or (  # "will reach $3bn before the current fiscal year closes": by its end
                    _BEFORE_ONLY.fullmatch(between) is not None
                    and _CLOSES_AFTER.match(sentence, period.end) is not None
                )
                or (
                    # "$5 million from January to April 2022", "$5 million to Peru from ..."
                    (_FROM_ONLY.fullmatch(between) or _PARTNER_THEN_FROM.fullmatch(between))
                    and _spans_months(period)
                )
            )
        ):  # "sales to <partner> between <month year> and <month year>"
            return _restated(sentence, period, periods)
        if period.end <= money.start and _POSSESSIVE.fullmatch(
            sentence, period.end - 2, money.start
        ):
            return period  # "March 1986's 4.12 billion"
    if ", when " in sentence:
        # "compared with 2022, when they stood at $254 billion": the period the clause is of.
        for period in periods:
            if period.end <= money.start and _WHEN_CLAUSE.fullmatch(
                sentence, period.end, money.start
            ):
                return period
    before = [
        p
        for i, p in enumerate(periods)
        if p.end <= money.start
        # "In July 2023, the first month of FY24, exports were X": the gloss's year is no
        # period of its own; the month it describes is.
        and not (i and _PERIOD_GLOSS.fullmatch(sentence, periods[i - 1].end, p.start))
        and not PCT_BASE.search(sentence, max(0, p.start - 40), p.start)
        and not _BASE_BEFORE.search(sentence, max(0, p.start - 30), p.start)
        # "from a year earlier's X and Y"; a comparison opening the sentence ("A year
        # earlier, exports stood at X and imports at Y") is every amount's, as "In 2022," is.
        and not (p.comparison and p.end <= prev_end and not _opens(sentence, p))
        # "to X from Y a year earlier, and imports to Z": the base's period, not Z's.
        and not (
            p.comparison
            and prev_end > 0
            and OWN_PERIOD.match(sentence[prev_end : p.start])
            and not _opens(sentence, p)
        )
        # "rose by 9% in value from the same period of last year to X": the change's base.
        and not (p.comparison and _FROM_BASE.search(sentence, max(0, p.start - 8), p.start))
    ]
    if before and (
        CLAUSE_BREAK.search(sentence, before[-1].end, money.start)
        # "X against Y in 1985, and imports rose to Z": a clause of its own flow, as after
        # "while"; the compared Y's year is not Z's.
        or _AND_FLOW.search(sentence, before[-1].end, money.start)
    ):
        # A new clause: the sentence's lead period, not the last one named; a period that
        # is another amount's own ("compared with 4.76 billion in 1985") is no lead.
        free = [
            p
            for p in before
            if not _COMPARED_PERIOD.search(sentence, max(0, p.start - 70), p.start)
        ]
        return free[0] if free else None
    if (
        len(before) > 1
        and not before[-2].comparison
        and _COMPARED_PERIOD.search(sentence, max(0, before[-1].start - 70), before[-1].start)
        and (
            _TRAILING_LINK.fullmatch(sentence, before[-1].end, money.start)
            or _TRAILING_CONCESSION.fullmatch(sentence, before[-1].end, money.start)
        )
    ):
        # "rose to A in 1986 from B in 1985, leaving a deficit of C": the base's own year
        # closes the comparison; an amount the clause adds after it is the level's, and so is
        # one of a clause set against it ("..., even as its overall surplus reached C").
        return before[-2]
    return before[-1] if before else None


# A phrase pointing back to the period just named: "in this period", "in that month",
# "during the reporting period", "in the said 11-month time", "over five months".
_BACK_PERIOD = re.compile(
    r"""\b(?:(?:this|that|these|those|the)\s+(?:(?:same|reporting|reported|review|reviewed|
    aforementioned|mentioned|said|indicated|above|specified|given|\w+-month)\s+)*
    (?:period|month|months|time|quarter)|over\s+(?:the\s+)?\w+\s+months)\b""",
    re.VERBOSE | re.IGNORECASE,
)


# The whole year of the story's span, told by no year: "a full-year surplus of X", "a gap
# of X for the full year", "for the whole year": the calendar year the held months are of.
_FULL_YEAR = re.compile(
    r"\b(?:full|whole|entire)[- ]year\b|\bfor\s+the\s+(?:full|whole|entire)\s+year\b",
    re.IGNORECASE,
)


# "the whole of", "the entire", "the full" right before a year named: "for the whole of 1987".
_WHOLE_BEFORE = re.compile(
    r"\b(?:whole|entire|full)\s+(?:of\s+)?(?:the\s+)?(?:calendar\s+)?(?:year\s+)?(?:of\s+)?$",
    re.IGNORECASE,
)


def _whole_year_named(text: str, own: PeriodMention | None) -> bool:
    """Whether a sentence says its figure is for a whole year ("the whole of 1987", "full-year")."""
    if own is None:
        return "year" in text and _FULL_YEAR.search(text) is not None
    return _WHOLE_BEFORE.search(text, max(0, own.start - 30), own.start) is not None or (
        _FULL_YEAR.search(own.text) is not None
    )


_SIZED_BACK = re.compile(
    r"\b(?:this|that|the|said)\s+(\w+)-month\s+(?:period|time|span)\b", re.IGNORECASE
)
# "during the seven months", "over these 11 months": a span of the story's, by its length.
_COUNTED_BACK = re.compile(
    r"\b(?:this|that|these|those|the|said)\s+"
    r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months\b"
    r"(?!\s+(?:of|in|to|ended|ending|through)\b)",
    re.IGNORECASE,
)


# A back-reference naming its unit: "in the quarter", "during the month", "over the
# half-year", "for the fiscal year" (not "this year", "the year to March", "earlier in the year").
_UNIT_BACK = re.compile(
    r"(?<!earlier\s)(?<!later\s)\b(?:in|during|over|for|throughout)\s+(?:the|that|said)\s+"
    r"(?P<unit>month|quarter|half[- ]year|(?:(?:fiscal|financial)\s+)?year)\b"
    r"(?!\s+(?:before|earlier|ago|of|to|ended|ending|through|after)\b|[-\s]+\d)",
    re.IGNORECASE,
)
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def _months(period: Period) -> int:
    """How many calendar months ``period`` spans, counted by its first and last months."""
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1


def _running_part(mention: PeriodMention, anchor: dt.date) -> bool:
    """Whether a period named with no year is a part of a year still running at ``anchor``.

    "the first half" told on 22 January 2024 resolves to January-June 2024, not over yet.
    """
    period = mention.period
    return (
        not mention.comparison
        and period.start <= anchor < period.end
        and period != Period.year(period.start.year)
        and not _YEAR_DIGITS.search(mention.text)
    )


def _held_period(ctx: Context, months: int, anchor: dt.date) -> Period | None:
    """The period of ``months`` months the story holds (pending, last, lead), over by ``anchor``."""
    return next(
        (
            held
            for held in (ctx.pending, ctx.last_period, ctx.lead)
            if held is not None and _months(held) == months and held.end < anchor
        ),
        None,
    )


# A turnover named "total" with no owner, opening its clause: "Total trade", "the total
# two-way trade", "(data showed) that total trade" (not "Peru's total trade", "total foreign
# trade"); searched in the flow's noun phrase, to its end.
_BARE_TOTAL = re.compile(
    r"(?:\A\s*|\bthat\s+)(?:[Tt]he\s+)?[Tt]otal\s+(?:two-way\s+|bilateral\s+)?trade\Z"
)


# A state named as the source of the figures, after its name: "(according to) Peruvian
# statistics", "Chilean figures showed", "the Chilean central bank said": no side of them.
_SOURCE_AFTER = re.compile(
    r"""\s+(?:(?:official|customs|trade|government|central\s+bank)\s+)?(?:statistics|figures|data)\b
    |\s+(?:central\s+bank|statistics\s+(?:office|bureau|agency)|customs\s+(?:office|service)
    |(?:trade|finance|economy|commerce)\s+ministry)\s+(?:said|says|reported|showed)\b""",
    re.VERBOSE,
)


def _sides_named(text: str, mentions: Sequence[CountryMention]) -> bool:
    """Whether a sentence names a state other than as the source of its figures."""
    return any(_SOURCE_AFTER.match(text, m.end) is None for m in mentions)


# Words of a sentence pointing at a second side ("bilateral", "the two", "its neighbour",
# "with the Central Asian country", "each other", a partner) or at a part of a figure told
# before it ("made up", "accounted for", "of which"): such a sentence is no state's own.
_OTHER_SIDE = re.compile(
    r"""\b(?:bilateral|mutual|two-way|the\s+two|both\s+(?:countries|sides|states|nations)
    |each\s+other|neighbou?r\w*|partners?|counterparts?
    |(?:with|to|from)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}
     (?:country|state|nation|republic|kingdom|emirate|island|sultanate)\b
    |ma(?:de|kes?|king)\s+up|account(?:s|ed|ing)?\s+for|of\s+(?:which|that|this|it)\b)""",
    re.VERBOSE | re.IGNORECASE,
)


# A figure the sentence itself tells as the state's national one: a central bank's annual
# report, the balance of payments, trade from all sources, oil revenue.
_NATIONAL = re.compile(
    r"\b(?:annual\s+(?:report|review|survey)|balance\s+of\s+payments|all\s+sources"
    r"|oil\s+(?:revenues?|earnings|income|receipts))\b",
    re.IGNORECASE,
)


def _trade_on_table(reporter: str, paragraph: int, ctx: Context) -> bool:
    """Whether the story put the trade of ``reporter`` with another state on the table.

    A trade headline on its pair does, for the whole story; a pair learned from a trade
    phrase or figure, or a sentence speaking of trade that names it with another state, for
    its paragraph and the next.
    """
    return (
        (ctx.headline_pair is not None and reporter in ctx.headline_pair)
        or (
            ctx.pair is not None
            and reporter in ctx.pair
            and (ctx.title_pair or paragraph - ctx.pair_paragraph <= 1)
        )
        or reporter in ctx.trade_sides | ctx.previous_trade_sides
    )


def _named_alone(
    text: str, mentions: Sequence[CountryMention], reporter: str, officials: Collection[str]
) -> bool:
    """Whether a sentence names its figure's state and no other side of any trade.

    The state is named by name, demonym or capital (not only as the figures' source, "Kenyan
    statistics"); no other state or group is named but as a source, no official of another
    state speaks, and no word points at a second side or a part (``_OTHER_SIDE``).
    """
    sides = [m for m in mentions if _SOURCE_AFTER.match(text, m.end) is None]
    return (
        any(m.code == reporter and m.text.casefold() != "it" for m in sides)
        and all(m.code == reporter for m in sides)
        and set(officials) <= {reporter}
        and _OTHER_SIDE.search(text) is None
    )


# "X in B's favour", "X in favour of B": the state a balance favours, right after its amount.
_IN_BEFORE = re.compile(r"\s+in\s+(?:the\s+)?")
_FAVOUR_AFTER = re.compile(r"(?:['’]s|(?<=s)['’])?\s+favou?r\b")
_IN_FAVOUR_OF = re.compile(r"\s+in\s+favou?r\s+of\s+(?:the\s+)?")


def _favoured(text: str, end: int, mentions: Sequence[CountryMention]) -> tuple[str | None, int]:
    """The state a balance's amount ending at ``end`` is said to favour, and where that ends.

    (``None``, ``end``) when no "in B's favour" or "in favour of B" follows the amount.
    """
    for m in mentions:
        if m.kind == "group" or not end < m.start <= end + 30:
            continue
        if _IN_BEFORE.fullmatch(text, end, m.start):
            after = _FAVOUR_AFTER.match(text, m.end)
            if after is not None:
                return m.code, after.end()
        if _IN_FAVOUR_OF.fullmatch(text, end, m.start):
            return m.code, m.end
    return None, end


def _cumulative_span(
    text: str, anchor: dt.date | None, ctx: Context, mentions: Sequence[CountryMention]
) -> Period | None:
    """The months a sentence gives its cumulative figures, or ``None``.

    "The cumulative current account deficit in the four months to October of fiscal 1987/88
    rose to X": the first period of more than one month told after
    "cumulative" in its own right (not "a year earlier").
    """
    at = text.lower().find("cumulative")
    fiscal_end = fiscal_calendar(ctx, anchor, mentions)
    for mention in sentence_periods(text, anchor, ctx.lead or ctx.last_period, fiscal_end):
        if mention.start > at and not mention.comparison and _months(mention.period) > 1:
            return mention.period
    return None


def _inherited_period(text: str, ctx: Context) -> Period | None:
    """The period of an amount whose sentence names none.

    A sentence right after one that named a flow and its period but no amount takes
    that period; a sentence pointing back ("in this period") takes the main period of
    the last figure sentence; any other takes the story's lead, else that period,
    else the period of a trade headline ("Peru-Chile trade up 9% in 2022").
    """
    if ctx.list_period is not None:
        return ctx.list_period  # "In 2023 the main buyers were:" above "- Chile: $5 million"
    if "-month" in text or "months" in text:
        # "in the nine-month period", "during the seven months": of the periods the story
        # holds (its first figure's too, when a month was named since), the one that long.
        sized = _SIZED_BACK.search(text) or _COUNTED_BACK.search(text)
        count = number_word(sized.group(1)) if sized is not None else None
        for held in (ctx.pending, ctx.last_period, ctx.lead, ctx.first_period):
            if held is not None and count is not None and _months(held) == count:
                return held
    if "year" in text and _FULL_YEAR.search(text) is not None:
        held = ctx.pending or ctx.last_period or ctx.lead
        if held is not None and held.start.year == held.end.year:
            # "Exports rose 9% in January-May ... The bank forecast a full-year surplus
            # of X": the whole calendar year of the months held, not those months.
            return Period.year(held.start.year)
    last = ctx.last_period
    chosen: Period | None
    if ctx.pending is not None:
        chosen = ctx.pending  # "Exports grew 12% in January-June. They amounted to $5 billion."
    elif last is not None and _BACK_PERIOD.search(text):
        chosen = last
    else:
        chosen = ctx.lead or last or ctx.title_period
    unit = _UNIT_BACK.search(text)
    if unit is not None and chosen is not None:
        # "... in the first quarter. March exports alone hit X. The surplus with B widened to
        # Y in the quarter": the unit names the length of the period meant; a period held of
        # another length is not it, the quarter held is.
        name = unit.group("unit").casefold()
        count = 6 if name.startswith("half") else _UNIT_MONTHS[name.split()[-1]]
        if _months(chosen) != count:
            for held in (ctx.pending, last, ctx.lead, ctx.first_period):
                if held is not None and _months(held) == count:
                    return held
    return chosen


def _noun_period(text: str, flow: Flow, periods: Sequence[PeriodMention]) -> PeriodMention | None:
    """A period written into the flow's noun phrase: "September exports", "the 1986 deficit"."""
    for period in periods:
        if period.end <= flow.start <= period.end + 30 and NOUN_GAP.fullmatch(
            text, period.end, flow.start
        ):
            words = _WORD.findall(text, period.end, flow.start)
            if all(w.casefold() in MODIFIERS for w in words) and not period.comparison:
                return period
    return None


def fiscal_calendar(
    ctx: Context, anchor: dt.date | None, mentions: Sequence[CountryMention]
) -> int | None:
    """The last month of the fiscal year a trade sentence's split and "FY" years are on.

    The calendar the article states; else, where the story's state keeps a known one, the
    one calendar that is not the calendar year among the story's state and the states the
    sentence names (a state with a calendar-year budget names no split year); else the
    calendar year where the story's state keeps it; ``None`` where the story's state's
    calendar is unknown (a partner's is not borrowed for it) or two differ (whose year?
    not guessed).

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> ctx = Context(reporter="PAK", state_fiscal_end=6)
    >>> fiscal_calendar(ctx, None, find("Exports to China rose."))
    6
    >>> print(fiscal_calendar(ctx, None, find("Exports to India rose.")))
    None
    >>> fiscal_calendar(Context(reporter="CHN", state_fiscal_end=12), None, find("to Pakistan"))
    6
    """
    if ctx.fiscal_end is not None:
        return ctx.fiscal_end
    if ctx.state_fiscal_end is None:
        return None
    year = (anchor or dt.date.max).year
    calendars = {ctx.state_fiscal_end} | {fiscal_year_end(m.code, year) for m in mentions}
    split = calendars - {None, 12}
    if len(split) == 1:
        return split.pop()
    return 12 if not split and ctx.state_fiscal_end == 12 else None


def sentence_figures(
    sentence: Sentence,
    ctx: Context,
    anchor: dt.date | None,
    flows: Sequence[Flow],
    mentions: Sequence[CountryMention],
) -> list[Figure]:
    """The figures of one trade sentence, in text order, read in ``ctx``."""
    text = sentence.text
    money = [m for m in sentence_money(sentence, ctx) if not _PERCENT_AFTER.match(text, m.end)]
    if not money:
        return []
    if ", or " in text:
        # A restatement in another currency between commas is an aside, as one in brackets
        # is: the period and partner told after it are the first amount's, not its own.
        text = _bracket_comma_restatements(text, money)
    if "(" in text and len(money) > 1:
        # A restatement in brackets is no amount of the sentence's: the amounts around it
        # (a list's next item, an earlier level) read as if it were not told.
        restated = [i for i in range(len(money)) if _bracket_restates(text, money, i)]
        if restated:
            text = _blank_restatements(text, [money[i] for i in restated])
            money = [m for i, m in enumerate(money) if i not in restated]
    # Words two patterns cannot match without: tested once, not before every amount.
    lower = text.lower()
    if "cumulative" in lower:
        ctx.cumulative = _cumulative_span(text, anchor, ctx, mentions) or ctx.cumulative
    has_account, has_average = "account" in lower, "averag" in lower
    has_each = "each of" in lower
    has_since = "since" in lower
    has_part_verb = "made up" in lower or "represent" in lower or "constitut" in lower
    has_portion = (
        has_account
        or "share" in lower
        # "B remained the largest market, taking 21 pct of the total, or X"
        or (
            ("pct" in lower or "%" in lower or "per" in lower)
            and _ROLE_SHARE.search(lower) is not None
        )
        or "attributable" in lower
        or ("on " in lower and _FELL_ON_WORD.search(lower) is not None)
    )
    # The sentence's periods, read when an amount first needs them (before any figure is made).
    periods: list[PeriodMention] | None = None
    has_fiscal = False
    figures: list[Figure] = []
    made: list[int] = []  # the index in ``money`` of each figure's amount
    first_period: Period | None = None
    # "the previous year" read as the year before the last sentence's figure: by its start.
    year_before: dict[int, Period] = {}
    last_currency: str | None = None
    frame_reporter: str | None = None
    frame_start = 0  # where the flow that set ``frame_reporter`` starts
    main_set = False
    agent_flows: dict[int, int] = {}  # list items whose ranked partner was the flow's agent
    listed = respective_states(text, [(m.start, m.end) for m in money], mentions)
    # "X and Y in 2021 and 2020 respectively": the periods, not the states, are listed.
    in_turn = (
        periods_respectively(
            text,
            money[-1].end,
            sentence_periods(
                text, anchor, ctx.lead or ctx.last_period, fiscal_calendar(ctx, anchor, mentions)
            ),
        )
        if listed is not None or ("respectively" in text and len(money) > 1)
        else None
    )
    if in_turn is not None:
        listed = None
    paired = _paired_flows(text, flows, money) if len(money) > 1 and " and " in text else {}
    fronted_at = _FRONTED.match(text) if text[:1] in "WwAaRrCcIiMmBbH" else None
    fronted = next(
        (
            m
            for m in mentions
            if fronted_at is not None
            and m.start == fronted_at.end()
            and _FRONTED_END.match(text, m.end) is not None
        ),
        None,
    )
    # "Russia, with which trade reached X": the state the relative clause is with.
    with_which = (
        next((m for m in mentions if _WITH_WHICH.match(text, m.end)), None)
        if fronted is None and ("with which" in text or "with whom" in text)
        else None
    )
    asides: list[tuple[int, int]] = []  # ranked partners' descriptions: no frame's words
    # A bare "turnover" that gave a ranked partner's figure its flow ("B remains A's largest
    # partner: turnover reached X in 2024, and Y in January"): the clause's later amounts'.
    item_turnover: Flow | None = None
    for index, mention in enumerate(money):
        prev_end = money[index - 1].end if index else 0
        # The next amount outside brackets opened after this one (the first only: a scan of
        # them all made a sentence of many amounts quadratic).
        following = next(
            (
                m
                for m in money[index + 1 :]
                if text.rfind("(", mention.end, m.start) <= text.rfind(")", mention.end, m.start)
            ),
            None,
        )
        next_start = following.start if following is not None else len(text)
        if mention.currency is not None and not _restates_currency(text, money, index):
            last_currency = mention.currency
        before = text[max(0, mention.start - 45) : mention.start]
        after = text[mention.end : mention.end + 40]
        # "of" or "by", which a change or a share before the amount cannot do without (no
        # other letter matches these case-insensitively): tested once, not by each pattern.
        lower_before = before.lower()
        has_of = "of" in lower_before
        # "imports exceeded exports by $16 billion": the balance, no change.
        # (Searched back 90 characters: "exports in January-May 2024 exceeded imports by".)
        excess = (
            _EXCEEDED_BY.search(text, max(0, mention.start - 90), mention.start)
            if "xceed" in lower_before
            else None
        )
        # 1. Amounts that are not levels of a figure.
        if excess is None and (
            (
                mention.bound
                and not _LEVEL_UP_TO.search(text, max(0, mention.start - 100), mention.start)
            )
            or (
                (has_of or "by" in lower_before)
                and CHANGE_BEFORE.search(before)
                and not _IN_SIGN_BY.search(before)  # "was in surplus by $60 million"
            )
            or CHANGE_AFTER.match(after)
            or (
                following is not None
                and CHANGE_TO_LEVEL.fullmatch(text, mention.end, following.start) is not None
                and CHANGE_VERB_BEFORE.search(before) is not None
            )  # "widened $2 bln to $6 bln": the change, then the level it led to
            or (
                "or" in lower_before
                and _PERCENT_OR.search(before) is not None
                and _CHANGE_WORD_AFTER.match(after) is not None
            )  # "12.7 percent, or $5.1 million, more than": the percentage's change
            or (
                "or" in lower_before and _CHANGE_PERCENT_OR.search(before) is not None
            )  # "rose by 8.5 percent, or $4.2 million": the change restated as an amount
            or (
                _OR_PERCENT_CHANGE.match(after) is not None
                and _LEVEL_VERB_BEFORE.search(before) is None
            )  # "This is $5.1 million, or 12.7 percent, more than": not "reached $X, or N% more"
            or _HORIZON_AFTER.match(after) is not None  # "to $5 bln in the medium term"
            or UNREACHED.search(before) is not None  # "did not reach $3 billion": a limit
            or ("?" in text and asked(text, mention.start, mention.end))  # "Can it reach X?"
        ):
            continue
        if _LEVIED_ON.search(before):
            continue  # "duties on $300 million of imports": the goods a measure hits
        rate = _ANNUAL_RATE.match(text, mention.end)
        if rate is not None and _RATE_YEAR.match(text, rate.end()) is None:
            # "wanted trade to reach 600 mln dlrs a year", "oil worth 600 mln dlrs a year":
            # a yearly rate with no year of its own is for no period a reader can tell.
            continue
        item = list_item(text, mention.start, prev_end, mentions)
        agent_start: int | None = None
        if (
            listed is not None
            and index < len(listed)
            and (
                (item is not None and item.partner.code != listed[index].code)
                or (
                    item is None
                    and index > 0
                    and bool(figures)
                    and figures[-1].rule == "trade.list_item"
                    and figures[-1].partner == listed[index - 1].code
                )
            )
        ):
            # "B and C remained the top two partners, with X and Y, respectively": the
            # amounts are the listed states' in turn, not all the state named last's; the
            # reporter written with the list ("Peru's top partners") stays.
            item = (
                Item(listed[index])
                if item is None
                else attrs.evolve(item, partner=listed[index], aside=None)
            )
        portion = (
            _portion(
                text,
                mention,
                mentions,
                elliptic=any(f.rule == "trade.portion" for f in figures)
                or _SHARE_BEFORE_WORDS.search(text, 0, mention.start) is not None,
            )
            if item is None and has_portion
            else None
        )
        # "half the surplus, <amount>, accounted for by its trade with the US": that trade's.
        part = _PART_WITH.match(text, mention.end)
        part_with = next((m for m in mentions if part is not None and m.start == part.end()), None)
        share = _SHARE_BEFORE_WORDS.search(text, 0, mention.start) if has_account else None
        if share is not None and any(
            share.end() <= f.start < mention.start
            and f.kind in ("export", "import", "turnover", "balance")
            and _WITH_FLOW.search(text, share.end(), f.start) is not None
            for f in flows
        ):
            # "B accounted for two-thirds of the total, with exports to B reaching X": the
            # clause ", with <flow>" after the share is a figure of its own, not the share's.
            share = None
        if share is None and has_part_verb and _OF_FLOW.match(text, mention.end):
            # "Gold made up $8 billion of exports": a part of the flow, as "accounted for".
            share = _PART_VERB.search(text, max(0, mention.start - 40), mention.start)
        account_subject = next(
            (
                m
                for m in mentions
                if share is not None
                and m.kind != "group"
                and m.end <= share.start()
                and (
                    text[m.end : share.start()].strip() == ""
                    or _ROLE_THEN.fullmatch(text, m.end, share.start()) is not None
                )
            ),
            None,
        )
        if (
            item is None
            and share is not None
            and account_subject is not None
            and _ACCOUNTED_AMOUNT.fullmatch(text, share.end(), mention.start)
            and _OF_FLOW.match(text, mention.end)
            # "Exports from B (the exports of B) accounted for X of the turnover": B ends
            # the flow's own phrase; the flow is the subject, no ranked partner
            and not _FLOW_SUBJECT.search(text, 0, share.start())
        ):
            # "China accounted for $600 million of the exports": a ranked partner's figure.
            item = Item(account_subject)
        # "A and B accounted for X and Y respectively": Y goes on in X's frame.
        goes_on = (
            listed is not None
            and index < len(listed)
            and bool(figures)
            and figures[-1].rule == "trade.respectively"
        )
        if (
            item is not None
            or portion is not None
            or goes_on
            or (share is not None and _FLOW_SUBJECT.search(text, 0, share.start()))
            or _FOR_FLOW_WORD.match(text, mention.end)  # "..., and $35 million for imports"
        ):
            # "China accounted for the largest volume, with trade of <amount>"; "Imports
            # accounted for <amount> of the turnover": the flow's own level, no share.
            share = None
        # "B accounted for X of that total, against Y a year earlier": Y is the earlier
        # level of the figure just made, no share of its own.
        earlier_level = (
            has_portion
            and bool(made)
            and made[-1] == index - 1
            and _COMMA_BASE.search(text, prev_end, mention.start) is not None
        )
        if earlier_level:
            share = None
        # "B accounted for 9% of A's total trade, which reached X": the total's own level.
        which_total = (
            _WHICH_TOTAL.search(text, share.end(), mention.start)
            if share is not None and ", which" in text
            else None
        )
        if which_total is not None:
            share = None
        if (
            (
                (
                    portion is None
                    and has_of
                    and SHARE_BEFORE.search(before)
                    and not _LARGEST_SHARE_OF.search(before)
                    # "B leads with a share of 39%, or X": the ranked item's amount restates it
                    and not (item is not None and _SHARE_RESTATED.search(before))
                )
                or (share is not None and not CLAUSE_BREAK.search(text, share.end(), mention.start))
                or (
                    _SHARE_AFTER_WORDS.match(text, mention.end)
                    and part_with is None
                    and not _SHARE_FOLLOWS.match(text, mention.end)
                )
            )
            and not (  # "five pct of A's 25 billion dlrs in trade": the whole's own level
                "of" in lower_before
                and _PCT_OF_WHOLE.search(before)
                and _WHOLE_AFTER.match(text, mention.end)
            )
            and not earlier_level
        ):
            continue  # "a third of the surplus, <amount>, accounted for by ..."
        if mention.amount < 1000:
            continue  # "$726.8", its multiplier left out: no country's trade figure
        if mention.currency is None and _UNIT_AFTER.match(text, mention.end):
            continue  # "6.4 mln metric tonnes": a quantity
        if "worth" in lower_before and _QUANTITY_WORTH.search(
            text, max(0, mention.start - 90), mention.start
        ):
            # "4 200 tons of tea worth $8 mln": only one commodity is counted in tons, barrels
            # or head, so the amount is that product's, no total trade.
            continue
        if (
            AVERAGE.match(after)
            or (has_average and AVERAGE_BEFORE.search(text[prev_end : mention.start]))
            or (has_each and _EACH_MONTH.search(text, prev_end, mention.start))
        ):
            continue  # "in each of the last six months, the surplus would be X": a month's
        if periods is None:
            fiscal_end = fiscal_calendar(ctx, anchor, mentions)
            periods = list(sentence_periods(text, anchor, ctx.lead or ctx.last_period, fiscal_end))
            if ", which " in text:
                # "Trade with B, which left the bloc in 2009, totalled X": no period of X.
                periods = [p for p in periods if not _in_state_clause(text, p, mentions)]
            if any(_EVENT_DATE.search(text, max(0, p.start - 40), p.start) for p in periods):
                # "taking X in the quarter under the programme launched in July 1986": the
                # date of the launch is no period of a figure.
                periods = [
                    p
                    for p in periods
                    if _EVENT_DATE.search(text, max(0, p.start - 40), p.start) is None
                ]
            if fiscal_end is not None:
                periods = framed_parts(text, periods)  # "... (July-March) of FY2022-23"
                # "the current fiscal year", in a story that states its fiscal calendar or
                # whose state keeps one
                periods = relative_fiscal_years(
                    text, anchor, fiscal_end, periods, ctx.lead or ctx.last_period
                )
                # "1987/88", "$3.3bn in 2003-04": a split year on the story's calendar
                periods = stated_split_years(text, fiscal_end, periods)
            # A fiscal year no period names resolved: its months are the state's own.
            if "(" in text:
                periods = [_bracketed_fiscal_year(text, p) for p in periods]
            has_fiscal = (
                "fiscal" in lower
                or "fy" in lower
                or (
                    ("-" in text or "–" in text or "/" in text)
                    and _SPLIT_YEAR.search(text) is not None
                )
            ) and not any(_FISCAL_YEAR.search(text, p.start, p.end) for p in periods)
        # "up 6% from the same period of 2020 ($51 million)": the compared period's figure.
        period_aside = next(
            (p for p in periods if _PERIOD_ASIDE.fullmatch(text, p.end, mention.start)), None
        )
        # no aside, no conversion
        item_free = item is not None or portion is not None or period_aside is not None
        if not item_free and "(" in text:
            # "$130 million (exports - $95 million, imports - $35 million)": labelled parts.
            opened = text.rfind("(", 0, mention.start)
            item_free = any(
                f.kind in ("export", "import")
                and opened < f.start
                and _LABELLED.fullmatch(text, f.end, mention.start) is not None
                for f in flows
            )
        bound = money[index - 1] if index and money[index - 1].bound else None
        compared = _compared_aside(text, mention, periods, figures, bound) if "(" in text else False
        if compared:
            period_aside = None  # "in 2023 ($650 million in 2022)": the brackets' own period
        if (
            index
            and not item_free
            and not compared
            and CONVERSION.search(text[prev_end : mention.start])
            and not _in_currency(text, money, index, figures)
        ):
            continue
        if (
            not item_free
            and text.count("(", 0, mention.start) > text.count(")", 0, mention.start)
            and not compared
        ):
            continue  # "(revised from 2.47 billion)", "($68bn; £37bn)": an aside
        # 2. The flow: a flow word right after the amount, else the frame before it.
        flow: Flow | None = next(
            (
                f
                for f in flows
                if mention.end <= f.start <= mention.end + 40
                # "Trade turnover: $400 million\nExports: $300 million": a label line's amount
                and not ("\n" in text[mention.end : f.start] and _LABEL_AFTER.match(text, f.end))
                and (
                    ATTRIBUTIVE.fullmatch(text, mention.end, f.start)
                    or (
                        f.text.casefold() in VERB_FLOWS
                        and _PASSIVE.fullmatch(text, mention.end, f.start)
                    )
                    or (  # "..., of which $8 million were Peruvian exports"
                        f.kind in ("export", "import")
                        and _WERE_FLOW.fullmatch(text, mention.end, f.start) is not None
                        and _WHICH_BEFORE.search(text, max(0, mention.start - 20), mention.start)
                        is not None
                    )
                    or (  # "..., $1.1 billion of which were Georgian exports to the bloc"
                        f.kind in ("export", "import")
                        and _OF_WHICH_WERE.fullmatch(text, mention.end, f.start) is not None
                    )
                    or (  # "$95 million accounted for exports and $35 million for imports"
                        _FOR_FLOW.fullmatch(text, mention.end, f.start) is not None
                        and "ccounted for" in text[: mention.start]
                    )
                    or (  # "a target of $5 billion for bilateral trade": the goal's flow
                        _FOR_GOAL_FLOW.fullmatch(text, mention.end, f.start) is not None
                        and _GOAL_OF.search(text, max(0, mention.start - 30), mention.start)
                        is not None
                    )
                )
            ),
            None,
        )
        attributive = flow is not None
        # "It stood at $X, of which exports were $Y": a flow word after the amount is another
        # figure's; the amount before any flow word is the last figure's (not "It reached $X
        # in exports", whose flow follows it).
        anaphor = (
            not attributive
            and ctx.last_frame is not None
            and not any(f.start < mention.start for f in flows)
            and (
                # "the gap" names a balance: after an export figure it is no export
                (figure_anaphor(text) and (ctx.last_frame[2] == "balance" or not gap_anaphor(text)))
                # "Exports to B fell to X. In 2022 they were Y": the flows just named
                or (ctx.last_frame[2] in ("export", "import") and flows_anaphor(text))
            )
        )
        if anaphor and ctx.last_frame is not None:
            # "It reached $968 million in the first half": the last figure's frame.
            flow = Flow(mention.start, mention.start, ctx.last_frame[2], "")
            if (
                ctx.whole_frame is not None
                and ctx.whole_frame[:2] == ctx.last_frame[:2]
                and not (ctx.whole_kept and _IT_SUBJECT.match(text))
            ):
                # "Trade was X, of which exports were Y. For 2023 the figure was Z": the whole.
                flow = Flow(mention.start, mention.start, ctx.whole_frame[2], "")
        if item is not None and item.aside is not None and item.aside not in asides:
            # "B, the largest buyer of A's crude, came third with X, then C (Y)": the aside
            # describes B; its role and flow words are no frame of the list's figures.
            asides.append(item.aside)
        if flow is None:
            flow = paired.get(index)
        if flow is None:
            earlier = [
                f
                for f in flows
                if f.end <= mention.start and not any(lo <= f.start < hi for lo, hi in asides)
            ]
            if "(" in text or ", " in text:
                # "China - $14 bln (exports $8 bln, imports $6 bln); Russia - $12 bln", "Trade
                # with B, dominated by A's gas imports, totaled X": a flow word in an aside
                # closed before the amount is the aside's, no frame of it.
                earlier = [f for f in earlier if not _in_closed_aside(text, f, mention.start)]
            flow = earlier[-1] if earlier else None
            if (
                len(earlier) > 1
                and earlier[-2].kind == "balance"
                and _IN_SIGN_BY.search(text, max(0, earlier[-1].start - 20), mention.start)
            ):
                flow = earlier[-2]  # "the balance with B was in surplus by X": that balance
            if (
                flow is not None
                and flow.kind == "block"
                and made
                and "figure" in text
                and _WISHED_FIGURE.search(text, prev_end, mention.start) is not None
            ):
                # "Trade was X last year, mostly goods shipped from B, and they want to see
                # that figure rise to Y": the figure wished for is the one just made.
                flow = next((f for f in reversed(earlier) if f.kind != "block"), flow)
        role_text = text
        for lo, hi in asides:
            role_text = role_text[:lo] + " " * (hi - lo) + role_text[hi:]
        if (
            item is not None
            and flow is not None
            and flow.kind == "block"
            and item.partner.end <= flow.start < mention.start
            and TRADER.fullmatch(flow.text) is not None  # one product's trader
        ):
            continue  # "B was the biggest buyer of A-adjective copper at X": one product's
        if item is not None and item.reporter is not None:
            # "... is Nepal's largest export market (<amount>)": the role gives the flow.
            role = role_flow(role_text[item.partner.end : mention.start])
            if (
                role == "turnover"
                and flow is not None
                and flow.kind in ("export", "import")
                and item.partner.end <= flow.start < mention.start
                and _PARTNER_IN.search(text, item.partner.end, flow.start) is not None
            ):
                role = flow.kind  # "B was the largest partner in A's exports": their flow
            if role == "turnover":
                # "B remained A's main partner, taking X of A's goods": the participle tells
                # which way the goods went, B taking them (A's export), or supplying them.
                moved = _GOODS_MOVED.search(role_text, item.partner.end, mention.start)
                if moved is not None:
                    role = "export" if moved.group("taken") else "import"
            if role is not None:
                flow = Flow(mention.start, mention.start, role, "")
        elif item is not None and flow is not None and flow.end <= mention.start:
            # "B was the top market for A's exports (X), while the largest import partner
            # was C (Y)": a clause after the flow word's, its own role noun gives the flow.
            role = new_clause_role_flow(text, flow.end, mention.start)
            if role is not None:
                flow = Flow(mention.start, mention.start, role, "")
        if (
            item is not None
            and flow is not None
            and flow.kind == "block"
            and flow.end <= item.partner.start
            and _SHARE_OF_NOUN.search(text, max(0, flow.start - 40), flow.start) is not None
        ):
            # "B led at X, or 40% of all purchases, ahead of C (Y)": the share's noun
            # before the item is no frame of its figure; the list's flow goes on.
            flow = None
        if item is not None and (
            flow is None
            or (flow.kind == "block" and flow.text.casefold() == "turnover")
            or (
                # "B led, with purchases of X, followed by C (Y)": the noun of an earlier
                # item's own amount is no frame of the list; the list's flow goes on.
                flow.kind == "block"
                and flow.end <= item.partner.start
                and _ITEM_NOUN.fullmatch(text, max(0, flow.start - 12), flow.end) is not None
                and _ITEM_NOUN_AFTER.match(text, flow.end) is not None
            )
        ):
            # "Kazakhstan holds third place ($2.4 billion)": the list's flow goes on.
            role = clause_role_flow(role_text, mention.start)
            closing_role = role_after(text, mention.end, mentions) if role is None else None
            if closing_role is not None:
                role = role_flow(text[closing_role.end :])  # "... were A's main buyers"
            elif role is None:
                role = role_later(text, mention.end)  # "... the country's main partners"
            colon = text.rfind(":", 0, item.partner.start)
            if role is None and colon >= 0:
                # "The largest volumes were recorded with: B ($X), C ($Y)": an opener that
                # names no flow lists the story's trade by partner, not the figure before it.
                role = opener_flow(text[:colon], ctx.lead_flow)
            kind = role or ctx.list_flow or ctx.last_flow
            if (
                flow is not None
                and flow.kind == "block"
                and item.partner.end <= flow.start
                and _OWN_TURNOVER.fullmatch(text, flow.start, mention.start) is not None
            ):
                # "B led the list with a turnover of X": the item's own bare "turnover"
                # (no frame of the sentence) names its figure's flow.
                kind = "turnover"
            if (
                role is None
                and ctx.list_flow is None
                and ctx.rank_frame is not None
                and ctx.figure_pair is not None
                and (
                    ctx.figure_pair == ctx.rank_frame[:2]
                    or (
                        ctx.figure_pair[0] == ctx.rank_frame[0]
                        and names_rank(text[prev_end : mention.start])
                    )
                )
            ):
                # "B was A's main partner with X of trade. A's imports from B were Y. Next
                # come C ($Z)": a part of the ranked partner's figure leaves the list's flow;
                # so do other partners' parts before a ranked item ("Trade with C was X; A
                # imported Y from C. D came third with Z"): the ranking's flow.
                kind = ctx.rank_frame[2]
            flow = None if kind is None else Flow(mention.start, mention.start, kind, "")
        if item is not None:
            bare = next((f for f in reversed(flows) if f.end <= mention.start), None)
            if (
                bare is not None
                and bare.kind == "block"
                and bare.text.casefold() == "turnover"
                and item.partner.end <= bare.start
                and flow is not None
                and flow.kind == "turnover"
            ):
                item_turnover = bare
        elif (
            flow is not None
            and flow == item_turnover
            and not CLAUSE_BREAK.search(text, flow.end, mention.start)
        ):
            flow = attrs.evolve(flow, kind="turnover")
        total_frame = None
        if portion is not None and portion.kind is not None:
            flow = Flow(mention.start, mention.start, portion.kind, "")  # "of A's exports"
        elif portion is not None and flow is None and ctx.last_frame is not None:
            # "A's turnover was X. B accounted for Y": a part of the total just named.
            total_frame = ctx.last_frame
            # "Among suppliers, B accounted for Y": the role names the part's flow.
            role = clause_role_flow(text, mention.start)
            flow = Flow(mention.start, mention.start, role or total_frame[2], "")
        elif (
            portion is not None
            and flow is None
            and ctx.reporter is not None
            and (role := clause_role_flow(text, mention.start)) is not None
        ):
            # "B remained the largest market, taking 21 pct of the total, or X" after a
            # product's figures: the role names the part's flow, the story's state the total's.
            total_frame = (ctx.reporter, None, role)
            flow = Flow(mention.start, mention.start, role, "")
        if flow is None and goes_on:
            flow = Flow(mention.start, mention.start, figures[-1].flow.value, "")
        # "B remained A's largest customer, buying X against Y in 1985": the bare base is the
        # ranked partner's earlier level, so it keeps the sides and flow X was given.
        item_base = (
            item is None
            and bool(made)
            and made[-1] == index - 1
            and figures[-1].rule == "trade.list_item"
            and _AGENT_BASE.fullmatch(text, prev_end, mention.start) is not None
            # "..., compared with Y shipped to C": a rival's figure, with a partner of its own
            and not any(mention.end < m.start <= mention.end + 40 for m in mentions)
        )
        # "exports were X and imports Y, compared with X0 and Y0 respectively a year earlier":
        # each base is its level's figure for the period closing the list.
        listed_base = (
            _listed_base(text, money, index, made, periods)
            if item is None and len(made) >= 2 and len(figures) == len(made) and periods
            else None
        )
        level = (
            figures[listed_base[0]]
            if listed_base is not None
            else figures[-1]
            if item_base
            else None
        )
        if level is not None and (flow is None or flow.kind == "block"):
            flow = Flow(mention.start, mention.start, level.flow.value, "")
        if which_total is not None:
            noun = which_total.group("noun").casefold()
            kind = "export" if noun == "exports" else "import" if noun == "imports" else "turnover"
            flow = Flow(which_total.start("noun"), which_total.end("noun"), kind, noun)
        if excess is not None:
            # The frame opens at the first flow word: its owner and partner are the balance's.
            at = excess.start()
            flow = Flow(at, at + len(excess.group(1)), "balance", "")
        if flow is None or flow.kind == "block":
            continue
        if not attributive and CLAUSE_BREAK.search(text[flow.end : mention.start]):
            # A new clause without a flow word of its own ("..., while in April the deficit")
            # still reads in the frame; but "X, but Y said ..." does not re-open a frame.
            pass
        # 3. Parties.
        noun_state = attached(text, flow, mentions)
        if which_total is not None:
            # "of A's total trade, which reached X": A's, though "of" comes before it.
            noun_state = next(
                (
                    m
                    for m in reversed(mentions)
                    if which_total.start() <= m.start and m.end <= flow.start and m.kind != "group"
                ),
                noun_state,
            )
        if noun_state is None and flow.kind == "balance":
            # "the balance of Peru's foreign trade", "the trade deficit of Ghana": its owner.
            noun_state = next(
                (
                    m
                    for m in mentions
                    if m.kind != "group" and _OF_OWNER.fullmatch(text, flow.end, m.start)
                ),
                None,
            )
        if noun_state is None and flow.text.casefold() in ("exports", "imports"):
            # "the exports of Uzbekistan were X": the state named after "of" owns the flow,
            # as "Uzbekistan's exports" would (not "imports of Russia's gas": a possessive)
            noun_state = next(
                (
                    m
                    for m in mentions
                    if m.kind == "name"
                    and _OF_STATE.fullmatch(text, flow.end, m.start)
                    and not _POSSESSIVE_NEXT.match(text, m.end)
                ),
                None,
            )
        if flow.text.casefold() in VERB_FLOWS:
            # "goods worth $42 mln were exported by Tajikistan to Russia": the agent.
            agent = next(
                (m for m in mentions if _BY_STATE.fullmatch(text, flow.end, m.start)), None
            )
            noun_state = agent or noun_state
        if attributive and noun_state is None:
            inside = [m for m in mentions if mention.end <= m.start < flow.start]
            noun_state = inside[-1] if inside else None
        if (
            noun_state is None
            and flow.text.casefold() in ("sales", "purchases")
            and (
                _ABROAD_NEXT.match(text, flow.end)
                or _FOREIGN_BEFORE.search(text, max(0, flow.start - 10), flow.start)
            )
        ):
            # "its sales abroad", "half of A's overseas sales": a state's sales abroad are
            # its exports when the state owns the noun; a firm's or a product's are not, nor
            # is the total a share is of
            continue
        rule = "trade.flow_amounts"
        origin = next(
            (
                m
                for m in mentions
                # a group's goods too: "took X of EU goods" are the bloc's
                if m.kind in ("demonym", "group")
                and (
                    _OF_ORIGIN.fullmatch(text, flow.end, m.start)
                    # "bought Chinese goods", "imported Turkish products": the verb's object
                    or (
                        flow.text.casefold() in VERB_FLOWS
                        and _SPACE.fullmatch(text, flow.end, m.start)
                    )
                    # "bought $9 mln (worth) of Chilean goods", "purchases of $9 mln in
                    # Chilean goods": the object after its amount
                    or (
                        (flow.text.casefold() in VERB_FLOWS or flow.text.casefold() == "purchases")
                        and flow.end <= mention.start
                        and _AMOUNT_OF_ORIGIN.fullmatch(text, mention.end, m.start)
                    )
                )
                and _GOODS_AFTER.match(text, m.end)
            ),
            None,
        )
        if noun_state is None and flow.kind == "balance":
            # "B pressed A over its (last year's) record X surplus": the balance is A's.
            noun_state = stance_object(text, flow, mentions)
        if noun_state is None and origin is not None and flow.kind == "export":
            noun_state = origin  # "exports of Kazakh products to China": Kazakhstan's
        role_holder: CountryMention | None = None
        if noun_state is not None:
            reporter: str | None = noun_state.code
        else:
            pronoun = bool(PRONOUN.search(text[max(0, flow.start - 20) : flow.start]))
            subj = subject(text, flow.start, mentions)
            ranked = next(
                (
                    f.reporter
                    for f in reversed(figures)
                    if subj is not None and f.partner == subj.code and f.rule == "trade.list_item"
                ),
                None,
            )
            if ranked is not None:
                # "Russia was the largest supplier (X), while imports from China totalled
                # Y": a subject ranked as a partner owns no later flow; the list's state does.
                reporter = ranked
            elif subj is not None and frame_reporter is not None and subj.start < frame_start:
                reporter = frame_reporter  # the subject was the earlier frame's: it carries
            elif subj is not None and any(
                m.text == "it" and m.code == subj.code and flow.end <= m.start for m in mentions
            ):
                # "B ranks second - trade with it reached X": B is the partner "it" names;
                # the flow is the story's state's (its pair's first, the state it is about).
                story = ctx.pair[0] if ctx.pair is not None else None
                reporter = frame_reporter or (story if story != subj.code else None) or ctx.reporter
            elif (
                subj is not None
                and (verb := _ROLE_VERB_OF.fullmatch(text, subj.end, flow.start)) is not None
                and flow.kind == ("import" if verb["verb"][0] in "sp" else "export")
            ):
                # "B also supplied X of imports", "B alone took X of exports": B holds a
                # partner's role in the story state's flow, so B is its partner, not owner.
                role_holder = subj
                reporter = frame_reporter if frame_reporter != subj.code else None
                reporter = reporter or (ctx.reporter if ctx.reporter != subj.code else None)
            elif subj is not None and _ranked_as_partner(text, subj, flow.start):
                # "Russia topped the list of suppliers (...), while imports from China
                # totalled Y": a state ranked as a partner owns no later clause's flow.
                reporter = frame_reporter or ctx.reporter
            elif (subj is not None and flow.text.casefold() in VERB_FLOWS) or (
                subj is not None and (pronoun or subj.start < flow.start)
            ):
                reporter = subj.code
            else:
                reporter = frame_reporter or ctx.reporter
            rule = "trade.context_reporter" if reporter == ctx.reporter else rule
        if flow.kind == "import" and flow.text.casefold() in VERB_FLOWS:
            seller = origin or next(
                (  # "buying X of A-adjective goods, up from Y": the goods of the amount before
                    m
                    for m in mentions
                    if m.kind == "demonym"
                    and flow.end <= m.start < mention.start
                    and text.endswith("of ", 0, m.start)
                    and _GOODS_AFTER.match(text, m.end)
                ),
                None,
            )
            if (
                seller is not None
                and reporter == seller.code
                and (buyer := subject(text, flow.start, mentions)) is not None
                and buyer.code != seller.code
            ):
                # "B, A's biggest market, buying X of A-adjective goods, up from Y": the
                # goods' origin sold them, so the verb's subject bought them, not the
                # ranked owner.
                reporter = buyer.code
            elif seller is not None and reporter == seller.code:
                # "sales to B, A's largest market, which took X of A-adjective goods": the
                # relative pronoun's antecedent bought them.
                buyer = next(
                    (
                        m
                        for m in reversed(mentions)
                        if m.end <= flow.start
                        and m.code != seller.code
                        and _RELATIVE_AGENT.fullmatch(text, m.end, flow.start) is not None
                    ),
                    None,
                )
                if buyer is not None:
                    reporter = buyer.code
        if reporter is None:
            continue
        if reporter != frame_reporter:
            frame_start = flow.start
        frame_reporter = reporter
        comma = text.find(",", max(flow.end, mention.end))
        region = _REGION_PARTNER.search(
            text, flow.end, min(next_start, comma if comma >= 0 else len(text))
        )
        body_owned = (
            not any(m.start < flow.start for m in mentions)
            and _BODY_SUBJECT.match(text, 0, flow.start) is not None
        )
        # "the region" after a group names that group ("to the rest of SADC, and from the
        # region"); a state inside the phrase only as its owner ("A's X region").
        regional = region is not None and not any(
            m.kind == "group" or not text.startswith(("'s", "’s"), m.end)
            for m in mentions
            if m.start < region.end("region")
            and (m.kind == "group" or region.start("region") <= m.start)
        )
        partner_kind = "both" if excess is not None or _BOTH_WAYS.search(flow.text) else flow.kind
        if excess is not None and _TO_AND_FROM.search(text, excess.start(), excess.end()):
            # "exports from A to B exceeded imports": the first flow word's own partner
            partner_kind = "export" if excess.group(1)[0] in "eE" else "import"
        lo = flow.end
        hi = next_start
        between_flows = [f for f in flows if flow.end <= f.start < mention.start and f is not flow]
        if between_flows:
            lo = between_flows[-1].end
        # "$3.9 billion with the CIS and $10.5 billion with the EU": a partner right after
        # the previous amount is that amount's, not this one's, when this one has its own.
        taken = next(
            (
                m.end
                for m in mentions
                if index
                and (
                    _POSTPOSED.fullmatch(text, prev_end, m.start)
                    or _GOODS_POSTPOSED.fullmatch(text, prev_end, m.start)
                )
            ),
            0,
        )
        if not any(_POSTPOSED.fullmatch(text, mention.end, m.start) for m in mentions):
            taken = 0
        elif index:
            # "exported $X worth of goods to A and $Y to B": an amount with its own partner
            # right after it takes no partner named before the amount before it.
            taken = max(taken, prev_end)
        partner, pair_reporter, found = partner_between(
            text,
            max(lo, prev_end if prev_end > flow.end else lo, taken),
            mention.start,
            partner_kind,
            mentions,
        )
        if not found:
            partner, pair_reporter, found = partner_between(
                text, max(flow.end, taken), mention.start, partner_kind, mentions
            )
        if not found and attributive:
            later = [f for f in flows if flow.end <= f.start < hi]
            stop = later[0].start if later else hi
            partner, pair_reporter, found = partner_between(
                text, flow.end, stop, partner_kind, mentions
            )
        own_world = (
            _OWN_WORLD.search(text, max(0, flow.start - 80), flow.end) is not None
            # "A's exports to the world were X": the world names the partner, none of the pair's.
            or _TO_THE_WORLD.match(text, flow.end) is not None
        )
        if not found and not own_world:
            # A state's overall trade: a state named after its amount ("..., fuelling
            # friction with B") is no partner of it.
            later = [
                f
                for f in flows
                if mention.end <= f.start < hi
                # "earned X from exports to B": the exports the money came from are the
                # verb's own, their partner its partner
                and not (
                    flow.text.casefold() == "earned"
                    and _EARNED_FROM.fullmatch(text, mention.end, f.start)
                )
            ]
            stop = later[0].start if later else hi
            with_clause = _WITH_CLAUSE.search(text, mention.end, stop)
            stop = (
                stop if with_clause is None else with_clause.start()
            )  # ", with Japan accounting for"
            own_clause = OWN_CLAUSE.search(text, mention.end, stop)
            if own_clause is not None:
                # "exports hit X, and the country has trade deals with B": the later clause's
                # "with" is its own verb's, no partner of the figure told before it.
                stop = own_clause.start()
            quoted = '"' in text or "”" in text
            closed = _QUOTE_CLOSED.search(text, mention.end, stop) if quoted else None
            if closed is not None:
                # '"... the target of X looks achievable," said A, who chairs the body with B's
                # minister': the words after the quotation name no partner of its figures.
                stop = closed.start()
            partner, pair_reporter, found = partner_between(
                text, mention.end, stop, partner_kind, mentions
            )
        if not found and flow.kind == "balance":
            # "Trade with B, A's largest market, showed a surplus of X": the balance of the
            # trade the sentence opens with is the balance with its partner.
            shown = next(
                (
                    m
                    for m in mentions
                    if m.kind != "group"
                    and m.end <= flow.start
                    and _TRADE_WITH_BEFORE.search(text, max(0, m.start - 30), m.start)
                    and _SHOWS_BALANCE.fullmatch(text, m.end, flow.start)
                ),
                None,
            )
            if shown is not None and shown.code != reporter:
                partner, found = shown.code, True
        if not found and flow.text.casefold() == "supplied":
            # "A supplied B with goods worth X": the state right after the verb receives them.
            supplied = next(
                (
                    m
                    for m in mentions
                    if m.kind != "group" and _SPACE.fullmatch(text, flow.end, m.start)
                ),
                None,
            )
            if supplied is not None and supplied.code != reporter:
                partner, found = supplied.code, True
        if not found and role_holder is not None and role_holder.code != reporter:
            partner, found = role_holder.code, True
        if not found and noun_state is None and flow.text.casefold() == "shipments":
            continue  # "rice led, with shipments worth X": a product's, with no state or partner
        part_intro = (
            _PART_INTRO.search(text, max(0, mention.start - 25), mention.start)
            if index and ("including" in lower_before or "of which" in lower_before)
            else None
        )
        if part_intro is not None:
            # "..., of which $7 billion was with Russia": a part of the total before, with
            # the partner written right after it, not the total's.
            own_partner = next(
                (m for m in mentions if _PART_PARTNER.fullmatch(text, mention.end, m.start)),
                None,
            )
            if own_partner is not None and own_partner.code != reporter:
                partner, pair_reporter, found = own_partner.code, None, True
        if pair_reporter is not None:
            reporter = pair_reporter
            if frame_reporter != reporter:
                # "Trade between A and B came to X, while trade with C stood at Y": the
                # pair's first state is the frame's, and the later clause's reporter.
                frame_start, frame_reporter = flow.start, reporter
            rule = "trade.turnover_between"
        elif found:
            rule = (
                "trade.balance_with"
                if flow.kind in ("balance", "difference")
                else "trade.flow_partner"
            )
        phrase_start = max(0, flow.start - 30)
        # The flow's own noun phrase: not "... of the total, while imports" before a comma.
        phrase_start = max(phrase_start, text.rfind(",", phrase_start, flow.start) + 1)
        noun_phrase = text[phrase_start : flow.end]
        hyphen = hyphen_pair(text, flow, mentions)
        if not found and hyphen is not None:
            # "Kazakh-Chinese trade", "the Azerbaijani-Georgian trade turnover".
            reporter, partner, found, rule = hyphen[0], hyphen[1], True, "trade.hyphen_pair"
            # "A-B trade reached X, and exports to C rose to Y": the compound's first state
            # frames the later clauses, as the first of "trade between A and B" does.
            frame_start, frame_reporter = flow.start, reporter
        if (
            not found
            and flow.kind == "turnover"
            # "A and B traded X, while A's total foreign trade stood at Y": its own total.
            and (noun_state is None or not WORLD.search(noun_phrase))
        ):
            pair = and_pair(text, flow.start, mentions)
            if pair is not None:
                reporter, partner, found = pair[0], pair[1], True
                rule = "trade.turnover_pair"
        # "trade with Europe reached X", "exported X to Central Asia": a region's figure, when
        # no state is named between the region and the amount (", and with B Y": B's).
        region = _REGION_AFTER.match(text, flow.end) if flow.end <= mention.start else None
        if region is not None and any(region.start() <= m.start < mention.start for m in mentions):
            region = None
        if region is None and not found:
            region = _REGION_AFTER.match(text, mention.end)
            if region is not None and any(
                region.start() <= m.start < region.end() for m in mentions
            ):
                region = None
        if region is not None:
            continue
        # A sentence naming a state by itself as its flow's owner (the noun's, or the verb's
        # subject), no partner and no word for another side, tells that state's trade with
        # the world, whatever pair the story is on: the owners' keys give every such figure
        # no partner. Not a turnover: a state's whole trade is told as such (WORLD).
        owner = noun_state if noun_state is not None else subject(text, flow.start, mentions)
        known = ctx.pair_turnover
        alone = (
            not found
            and flow.kind in ("export", "import", "balance")
            and owner is not None
            and owner.code == reporter
            # "a cut in A's trade deficit with B" told with no figure: "A's deficit, at X" is it
            and ctx.pair_topic != (reporter, flow.kind)
            and _named_alone(text, mentions, reporter, ctx.sentence_officials)
            and (
                # Where the story put the pair's trade on the table, the state's own flow may
                # be its part ("A and B will sign a trade protocol. A's exports are to reach
                # X"), unless the sentence tells a national figure or one the pair's can't be.
                not _trade_on_table(reporter, sentence.paragraph, ctx)
                or _NATIONAL.search(text) is not None
                or (flow.kind == "balance" and _TRADE_BALANCE.search(flow.text) is not None)
                # A part is never more than its whole: the pair's last turnover.
                or (
                    known is not None
                    and reporter in known[0]
                    and (mention.currency or last_currency or ctx.currency) == known[3]
                    and mention.amount > known[2]
                )
            )
        )
        # "..., the central bank said in its annual report": the state's own, not a pair's part.
        national = alone and _NATIONAL.search(text) is not None
        if not found:
            if (
                BILATERAL.search(noun_phrase)
                or BILATERAL.search(text[flow.end : mention.start])
                or (
                    flow.kind == "turnover"
                    and noun_state is None
                    and _SIDES.search(text, 0, flow.start) is not None
                )
                # "A recalled, in talks with B, the $3 billion trade target": a trade goal
                # no state owns is the goal of the two sides the sentence names.
                or (
                    flow.kind == "turnover"
                    and noun_state is None
                    and _TRADE_GOAL_NEXT.match(text, mention.end) is not None
                )
            ):  # "The sides noted that trade turnover reached ...": the two sides' trade
                named = {m.code for m in mentions if m.kind != "group"}
                # "In his talks with B's premier, Aliyev noted that trade between the two
                # countries ...": a side named by its official alone is named too.
                spoken = named | ctx.sentence_officials
                sides = _partner_of(text, mentions, mention.start, reporter)
                if sides is not None:
                    # "C is A's largest trading partner, with two-way trade worth X": A and
                    # C, a group among them, as the clause names them.
                    reporter = reporter if reporter in sides else sides[0]
                    partner = sides[1] if sides[0] == reporter else sides[0]
                elif len(named) == 2 and reporter in named:
                    # "Italy led ..., and the trade between the two countries": the two named.
                    partner = next(code for code in named if code != reporter)
                elif len(named) == 1 and len(spoken) == 2:
                    reporter = reporter if reporter in spoken else next(iter(named))
                    partner = next(code for code in spoken if code != reporter)
                elif ctx.near_pair is not None and len(named) < 2 and noun_state is None:
                    # "The deal between A and B entered into force. (...) The two countries
                    # aim to raise trade to X": the two the text named last.
                    near = ctx.near_pair
                    reporter = reporter if reporter in near else near[0]
                    partner = near[1] if near[0] == reporter else near[0]
                elif (
                    not named
                    and ctx.near_pair is None
                    and len(ctx.title_states) == 2
                    and not (ctx.paragraph_states or ctx.previous_paragraph_states)
                    & set(ctx.title_states)
                ):
                    # "A, B discuss energy ties" above "The region has drawn investors from
                    # C. Trade between the two sides reached X": the headline's two states,
                    # when the paragraph names neither (C, named in passing, is no side)
                    titled = ctx.title_states
                    reporter = reporter if reporter in titled else titled[0]
                    partner = titled[1] if titled[0] == reporter else titled[0]
                elif not named and ctx.headline_pair is not None:
                    # "The sides hope to lift trade to X" in a story headlined on the trade of
                    # A and B: A and B, not a pair or group a passing sentence named since.
                    titled = ctx.headline_pair
                    reporter = reporter if reporter in titled else titled[0]
                    partner = titled[1] if titled[0] == reporter else titled[0]
                elif (
                    not named
                    and len(
                        (paragraph := ctx.paragraph_states or ctx.previous_paragraph_states)
                        - {reporter}
                    )
                    == 1
                ):
                    # "A's president met B's prime minister. (...) Trade between the two
                    # countries reached X": the one other state the paragraph named (if it
                    # named none, the paragraph before).
                    partner = next(iter(paragraph - {reporter}))
                    officials_other = ctx.prior_officials - {reporter}
                    if (
                        reporter in ctx.prior_officials
                        and len(officials_other) == 1
                        and partner not in ctx.prior_officials
                    ):
                        # "The president of A called the president of B. They discussed the
                        # summit C will host. Trade between the two countries ...": the two
                        # sides are the officials' states, not a third state named in passing.
                        partner = next(iter(officials_other))
                else:
                    partner = other_state(reporter, ctx)
                    told = ctx.prior_states | ctx.prior_officials
                    if partner is None and len(told) == 2 and reporter in told:
                        # "President A will visit B. (...) The sides intend to raise trade to
                        # X": the two states the story named, one of them by its official.
                        partner = next(code for code in told if code != reporter)
                    elif (
                        partner is not None
                        and partner in load_country_groups()
                        and _TWO_COUNTRIES.search(text, 0, mention.start) is not None
                    ):
                        # "the two countries" are states: not the group a passing sentence
                        # paired the story's state with ("A's trade with EU countries was Y.
                        # The governments of the two countries aim at Z"), but its other one.
                        partner = next(
                            (
                                c
                                for c in ctx.top_states
                                if c != reporter and c not in load_country_groups()
                            ),
                            None,
                        )
                rule = "trade.bilateral_context"
            elif (
                (
                    WORLD.search(noun_phrase)
                    and not (
                        # "Total trade reached X" in a story of a pair's bilateral trade,
                        # naming no state of its own: the pair's whole trade, not the world's
                        flow.kind == "turnover"
                        and not _sides_named(text, mentions)
                        and ctx.pair is not None
                        and ctx.pair[1] is not None
                        and reporter in ctx.pair
                        and _BARE_TOTAL.search(noun_phrase) is not None
                    )
                )
                or own_world  # "A's overall trade showed a surplus of X": not the pair's
                or alone  # "A's exports fell to X, the central bank said": A's with the world
                or (_OVERALL.match(text) and not CLAUSE_BREAK.search(text, 0, flow.start))
                or _THE_COUNTRY_S.search(text, max(0, flow.start - 40), flow.start)
                or any(
                    f.reporter == reporter and f.partner is None and not f.target for f in figures
                )
            ):
                # "Overall, the country's exports amounted to X": its total; so are the
                # flows after a total in its sentence ("..., while imports reached Y").
                partner = None
            elif (
                ctx.pair is not None
                and reporter in ctx.pair
                # In a story that states the reporter's world totals, a pair named in an
                # earlier paragraph is no bare flow's partner ("Trade with B was X.\n\n
                # Exports are to reach Y by 2030": the world's).
                and (
                    ctx.title_pair or not ctx.world_seen or ctx.pair_paragraph >= sentence.paragraph
                )
                and (
                    noun_state is None
                    or (
                        flow.kind in ("export", "import")
                        and 0 <= sentence.paragraph - ctx.turnover_paragraph <= 1
                    )
                    or (
                        # A bare owned balance after the pair's turnover closes that same
                        # trade ("Trade between A and B was X, ending an A-adjective surplus
                        # of Y"); a "trade surplus" is the state's national statistic.
                        flow.kind == "balance"
                        and ctx.turnover_paragraph >= 0
                        and 0 <= sentence.paragraph - ctx.turnover_paragraph <= 1
                        and _TRADE_BALANCE.search(flow.text) is None
                    )
                )
            ):
                # "Trade between A and B totalled X. A's exports made up Y": the pair's,
                # in the paragraph of the pair's turnover or the next.
                partner = ctx.pair[1] if ctx.pair[0] == reporter else ctx.pair[0]
                rule = "trade.pair_context"
                if _PART_FOLLOWS.match(text, mention.end) is not None and any(
                    m.code == partner and m.start > mention.end for m in mentions
                ):
                    # "A's exports were X, including Y to B": the total is not B's.
                    partner, rule = None, "trade.flow_amounts"
                para_others = ctx.paragraph_states - {reporter}
                if (
                    ctx.pair_paragraph < sentence.paragraph
                    and len(para_others) == 1
                    and all(
                        m.kind == "group" or m.code in para_others or m.code == reporter
                        for m in mentions
                    )
                ):
                    # "A met B's leader; trade between the two countries was X.\n\nLater,
                    # A received C's premier. Last year the turnover was Y": the one other
                    # state this paragraph named, not the pair of an earlier one.
                    partner = next(iter(para_others))
            else:
                # "A's exports to B rose in March to X; in April A's exports stood at Y":
                # the same state's same flow later in the sentence goes on with its partner.
                # So do the parts of a pair's turnover: "Trade between A and B was X, with
                # A's exports at Y and imports at Z".
                same = next(
                    (
                        f
                        for f in reversed(figures)
                        if reporter in (f.reporter, f.partner)
                        and f.partner is not None
                        and (
                            (f.reporter == reporter and f.flow.value == flow.kind)
                            or f.flow is TradeFlow.TURNOVER
                        )
                        and not f.target
                    ),
                    None,
                )
                if same is not None:
                    partner = same.partner if same.reporter == reporter else same.reporter
                    rule = "trade.sentence_partner"
        if (
            partner is None
            and not found
            and flow.kind == "turnover"
            and noun_state is None
            and rule not in ("trade.bilateral_context", "trade.pair_context")
            and len(ctx.prior_states) == 2
            and reporter in ctx.prior_states
            # "trade turnover of Kazakhstan": its owner, named after it (not "according to
            # Kazakh statistics": the figures' source); but "met B's minister to discuss
            # trade, which amounted to X" names the story's other side before the flow only
            and (
                not _sides_named(text, mentions)
                or all(
                    m.kind != "group" and m.code in ctx.prior_states and m.end <= flow.start
                    for m in mentions
                )
            )
            # ("Total trade reached X" as well: no owner, the two states' whole trade)
            and (not WORLD.search(noun_phrase) or _BARE_TOTAL.search(noun_phrase) is not None)
            and not _OWN_POSSESSIVE.search(text, max(0, flow.start - 30), flow.start)
        ):
            # "Peru's president received Chile's minister. ... trade turnover reached X":
            # a turnover with no owner and no partner, in a story that has named two
            # states so far, is theirs.
            partner = next(code for code in ctx.prior_states if code != reporter)
            rule = "trade.story_pair"
        elif (
            partner is None
            and not found
            and rule == "trade.flow_amounts"
            and not alone
            and ctx.pair is None
            and not ctx.world_seen
            and noun_state is not None
            and noun_state.kind != "group"
            and noun_state.code == reporter
            and (
                flow.kind in ("export", "import")
                or (flow.kind == "balance" and _TRADE_BALANCE.search(flow.text) is None)
            )
            and len(ctx.prior_states) == 2
            and reporter in ctx.prior_states
            and ctx.prior_states - {reporter}
            <= ctx.paragraph_states | ctx.previous_paragraph_states
            and not own_world
            and not WORLD.search(noun_phrase)
            and not any(f.reporter == reporter and f.partner is None for f in figures)
        ):
            # "A and B will sign a trade protocol. B-adjective exports are to reach X": in a
            # story of two states that has told no world figure, one's own flow is with the
            # other (as its turnover is, above), while the other is still near (its
            # paragraph or the one before).
            partner = next(code for code in ctx.prior_states if code != reporter)
            rule = "trade.story_pair"
        if part_with is not None:
            partner, found, rule = part_with.code, True, "trade.part_with"
        if portion is not None:
            # "$2.4 billion or 9% of it falling on B", "B accounted for 9%, or $2.4 billion,
            # of A's trade": the total's state with B.
            earlier_part = next((f for f in reversed(figures) if f.rule == "trade.portion"), None)
            if portion.owner is not None:
                reporter = portion.owner.code
            elif earlier_part is not None:
                reporter = earlier_part.reporter  # "B accounted for X, C for Y": one total
            elif total_frame is not None and total_frame[1] is None:
                reporter = total_frame[0]
            elif reporter == portion.partner.code or (
                portion.first is not None and reporter == portion.first.code
            ):
                # "(the first part's) B accounted for X of the country's imports, C for Y"
                reporter = frame_reporter if frame_reporter != reporter else ctx.reporter
            if reporter is None or reporter == portion.partner.code:
                continue
            partner, found, rule = portion.partner.code, True, "trade.portion"
        if (
            (put := fronted or with_which) is not None
            and not found
            and item is None
            and portion is None
            and part_with is None
            and put.start < flow.start
            and (with_which is None or _WITH_WHICH.match(text, put.end, flow.start))
            and not _ITS_FLOW.search(text, max(0, flow.start - 30), flow.start)
        ):
            # "With Georgia, turnover stood at X": the state put before the clause is the
            # partner of its flows that name none; its reporter is the story's. So is the
            # state of "B, with which trade reached X".
            if reporter == put.code:
                reporter = frame_reporter if frame_reporter != put.code else ctx.reporter
            owner = role_owner(text, put.start, mentions) if put is with_which else None
            if owner is not None and owner.code != put.code:
                # "B remained A's second largest partner after C, with which trade came to
                # X": the role's owner is the one trading with C, not the subject B.
                reporter = owner.code
            if reporter is not None and reporter != put.code:
                partner, found, rule = put.code, True, "trade.fronted_partner"
        elif (
            fronted is not None
            and noun_state is None
            and pair_reporter is None
            and item is None
            and portion is None
            and part_with is None
            and fronted.start < flow.start
            and _ITS_FLOW.search(text, max(0, flow.start - 30), flow.start)
        ):
            # "As for A, its exports reached X": the state put before the clause owns them.
            reporter, rule = fronted.code, "trade.fronted_owner"
            if not found or partner == reporter:
                partner = None
        if reporter is None:
            continue
        if found and partner == reporter and noun_state is None and pair_reporter is None:
            # "Japan, which runs a surplus with the United States" in a Washington story:
            # no state trades with itself, so the reporter is the other state named.
            others = {m.code for m in mentions if m.kind != "group" and m.code != partner}
            if len(others) != 1:
                # "B remained the main market for A's goods, with exports to the country of
                # X, followed by C (Y)": the states listed after the amount are no reporter.
                others = {
                    m.code
                    for m in mentions
                    if m.kind != "group"
                    and m.code != partner
                    and m.end <= (mention.start if item is None else flow.start)
                }
            side = (
                None
                if others or ctx.pair is None or partner not in ctx.pair
                else ctx.pair[1]
                if ctx.pair[0] == partner
                else ctx.pair[0]
            )
            if side is not None and side in load_country_groups():
                # "The EC's deficit with B widened to X. Imports from B rose to Y": with no
                # other state named, the story's pair gives B's other side, a group.
                others = {side}
            if len(others) != 1:
                continue
            reporter = others.pop()
        if item is not None:
            # A ranked partner: the list is the trade of the state written with it
            # ("Uzbekistan's largest export market"), else of the flow's or the story's.
            # A later item goes on with the state of the sentence's earlier items
            # ("Russia ranked first among A's partners ..., followed by China with ...").
            last_item = next(
                (
                    i
                    for i in range(len(figures) - 1, -1, -1)
                    if figures[i].rule == "trade.list_item"
                ),
                None,
            )
            # "B remained the main market, taking X": the agent B was the item; the list is
            # the trade of the state B's flow named as its partner.
            agent_flow = agent_flows.get(last_item) if last_item is not None else None
            earlier_item = (
                None
                if last_item is None
                else figures[last_item].partner
                if agent_flow is not None
                else figures[last_item].reporter
            )
            # "Russia ($5m) and China ($4m) were A's main partners": the role closing the list.
            closing = role_after(text, mention.end, mentions) if item.reporter is None else None
            list_reporter = (
                item.reporter.code
                if item.reporter is not None
                else earlier_item
                or (closing.code if closing is not None else None)
                # "A was B's top partner with X. Second place went to C with Y": the
                # ranking of the figure sentence just before goes on.
                or (
                    ctx.item_reporter
                    if ctx.last_frame is not None
                    and ctx.last_frame[0] == ctx.item_reporter
                    and ctx.item_reporter != item.partner.code
                    else None
                )
                or ctx.reporter
            )
            if list_reporter == item.partner.code and item.reporter is None:
                # "Kazakhstan ranks first with exports of $80 billion": the list ranks
                # states by their own trade, not the story state's partners.
                ctx.ranked_reporters = sentence.paragraph
            elif ctx.ranked_reporters == sentence.paragraph and item.reporter is None:
                reporter, partner, rule = item.partner.code, None, "trade.ranked_reporter"
            elif list_reporter is not None and list_reporter != item.partner.code:
                reporter, partner, rule = list_reporter, item.partner.code, "trade.list_item"
                if (
                    flow.text.casefold() in VERB_FLOWS
                    and item.partner.end <= flow.start
                    and (subject(text, flow.start, mentions) is item.partner)
                ):
                    # "Of the EU states, B bought (received) the most goods, worth X": the
                    # ranked partner is the verb's agent; the flow is its own, with the list's
                    # state.
                    reporter, partner = partner, reporter
                    agent_start = flow.start
                elif agent_flow == flow.start:
                    # "B remained the main market, taking X, followed by C with Y": C takes
                    # Y by the same verb, as B took X.
                    reporter, partner = partner, reporter
                    agent_start = flow.start
        elif anaphor and ctx.last_frame is not None:
            reporter, partner, rule = ctx.last_frame[0], ctx.last_frame[1], "trade.figure_anaphor"
            # "A's trade with B was X. For C, the figure was Y" ("The figure for C was Y"):
            # the same frame with the partner the anaphor's own phrase names.
            other = next(
                (
                    m
                    for m in mentions
                    if partner is not None
                    and m.end <= mention.start
                    and m.code not in (reporter, partner)
                    and m.kind != "demonym"
                    and _FOR_OTHER.search(text, max(0, m.start - 30), m.start) is not None
                ),
                None,
            )
            if other is not None:
                partner = other.code
        elif listed is not None and index < len(listed):
            # "Chile and Peru, whose trade with Spain reached X and Y respectively".
            state = listed[index].code
            last = figures[-1] if goes_on and index else None
            if (
                last is not None
                and last.reporter is not None
                and last.partner == listed[index - 1].code
            ):
                reporter, partner, rule = last.reporter, state, "trade.respectively"
            elif last is not None and last.reporter == listed[index - 1].code:
                reporter, partner, rule = state, last.partner, "trade.respectively"
            elif partner is not None and partner in {m.code for m in listed}:
                # "exports to A and B amounted to X and Y respectively": the list is the
                # partner slot, so each amount keeps the reporter and takes its own partner.
                partner, rule = state, "trade.respectively"
            elif partner is not None and partner != state:
                reporter, rule = state, "trade.respectively"
            elif ctx.reporter is not None and ctx.reporter != state:
                reporter, partner, rule = ctx.reporter, state, "trade.respectively"
        elif origin is not None and flow.kind == "import" and origin.code != reporter:
            partner = origin.code  # "imports of Chinese goods": from China
        if partner == reporter:
            partner = None
        # 4. Flow and sign.
        favoured, favour_end = _favoured(text, mention.end, mentions)
        unsigned_gap = False  # a "gap" or an "imbalance" no word, mark or favour signs
        if flow.kind == "balance":
            sign_word = SIGN_WORD.findall(flow.text)
            unsigned_gap = (
                _UNSIGNED_GAP.search(flow.text) is not None
                # "the deficit ... the gap": a side named before or after the word signs it
                and not _SIDE_WORD.search(text, 0, flow.start)
                and not SIGN_WORD.search(text, flow.end, mention.start)
            )
            sign = -1 if sign_word and NEGATIVE.search(sign_word[-1]) else 1
            if not sign_word and (
                _NEGATIVE_BALANCE.search(text, 0, flow.start)
                or _SAID_NEGATIVE.search(text, flow.end, mention.start)
                or _MINUS.search(text, max(0, mention.start - 8), mention.start)
            ):
                # "a negative trade balance of $5 billion", "the balance was negative, at"
                sign_word = ["deficit"]
                sign = -1
                unsigned_gap = False
            if not sign_word:
                later_sign = SIGN_WORD.findall(text[flow.end : mention.start])
                if not later_sign and "imbalance" in flow.text.casefold():
                    # "the trade deficit ... - 2003's imbalance of $496.5bn": the sign named last
                    later_sign = SIGN_WORD.findall(text[: flow.start]) or (
                        ["deficit"] if ctx.sign < 0 else ["surplus"]
                    )
                sign = -1 if later_sign and NEGATIVE.search(later_sign[-1]) else 1
                if not later_sign and anaphor:
                    # "A's deficit with B rose to X. It widened to Y": the sign goes on.
                    sign = ctx.sign
            trade_flow = TradeFlow.BALANCE
            if excess is not None:
                unsigned_gap = False
                sign = 1 if excess.group(1)[0] in "eE" else -1  # exports exceeded imports
            if favoured is not None:
                # "a balance of X in B's favour", "in favour of B": B's surplus with the
                # other side, whichever of the two the frame made the reporter.
                if favoured == reporter:
                    sign = 1
                    if (
                        partner is None
                        and not found
                        and (
                            (ctx.pair is not None and reporter in ctx.pair)
                            or (len(ctx.prior_states) == 2 and reporter in ctx.prior_states)
                        )
                    ):
                        partner = other_state(reporter, ctx)  # a two-state story's other
                elif favoured == partner:
                    sign = -1
                elif partner is None:
                    partner, sign = favoured, -1
        elif flow.kind == "difference":
            sign = ctx.sign
            trade_flow = TradeFlow.BALANCE
            if partner is None:
                # "the gap between what A sold to B and what it bought": B, named inside the
                # difference's own words, is the partner of its balance.
                partner = next(
                    (
                        m.code
                        for m in mentions
                        if flow.start <= m.start < flow.end
                        and m.kind != "group"
                        and m.code != reporter
                        and _TO_OR_FROM.search(text, max(flow.start, m.start - 10), m.start)
                    ),
                    None,
                )
        else:
            sign = 1
            trade_flow = TradeFlow(flow.kind)
        if (
            flow.text.casefold()
            in (
                *("sold", "sales", "bought", "purchased", "received"),
                *("took", "taking", "takes", "buying"),
            )
            and partner is None
            and not (
                flow.text.casefold() in ("sold", "sales")
                and "abroad" in text
                and _GOODS_ABROAD.match(text, flow.end)
            )
            # "A's sales abroad", "A's foreign sales": the world is their partner
            and not (
                flow.text.casefold() == "sales"
                and (
                    _ABROAD_NEXT.match(text, flow.end)
                    or _FOREIGN_BEFORE.search(text, max(0, flow.start - 10), flow.start)
                )
            )
        ):
            # "sold", "sales" and "bought" are trade only with a named partner, or with
            # the world when the goods are sold abroad ("A's firms sold goods worth X abroad")
            continue
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
            # "X in B's favour last year": the period after the favoured state is the amount's
            after=flow.end if attributive else favour_end,
        )
        if own is None and (has_fiscal or "fiscal" in lower):
            # "$5m in fiscal year 2022-23, which ran from July 2022 to June 2023": the
            # months the text gives the fiscal year.
            gloss = _FY_GLOSSED.match(text, mention.end)
            if gloss is not None:
                own = next((p for p in periods if p.start == gloss.end()), None)
        if own is None and " it by " in text:
            # "set a target of $3 billion, and they hope to reach it by 2026": the goal's year
            reach = _REACH_IT_BY.match(text, mention.end)
            if reach is not None:
                own = next((p for p in periods if reach.end() <= p.start <= reach.end() + 3), None)
        if own is None and ", " in text[mention.end : mention.end + 40]:
            # "the goal of $3 billion in trade, set by the presidents for 2026": the goal's year
            goal_clause = _GOAL_CLAUSE_YEAR.match(text, mention.end)
            if goal_clause is not None:
                at = goal_clause.end()
                own = next((p for p in periods if at <= p.start <= at + 4), None)
        if (
            has_fiscal
            and (
                own is None
                or (  # "last year", "this year": a whole year the text does not number
                    not _YEAR_DIGITS.search(own.text)
                    and (own.period.start.month, own.period.end.month) == (1, 12)
                )
            )
            and _FISCAL_YEAR.search(text, 0, next_start if own is None else len(text))
        ):
            # "$3 bln in fiscal year 2019-20, against $2 bln last year": a fiscal calendar
            # the library cannot resolve, and "last year" is its year too: whose months?
            continue
        if (
            own is not None
            and has_fiscal
            and _OF_FISCAL.match(text, own.end)
            and not _MONTH_NAME.search(own.text)
        ):
            continue  # "in the first half of fiscal 2023": which months?
        if has_since and _since_start(text, prev_end, mention, next_start):
            continue  # "since early 2019, trade has risen to $7 billion": up to which day?
        if own is None and portion is not None:
            # "B accounted for 9%, or $2.4 billion, of A's trade in 2019": the total's period.
            own = next(
                (p for p in periods if mention.end <= p.start < next_start and not p.comparison),
                None,
            )
        if period_aside is not None:
            own = period_aside
        elif own is None or (
            own.end <= mention.start
            and not own.comparison
            and (
                own.start < flow.end
                or not _FOR_PERIOD.search(text, max(0, own.start - 16), own.start)
            )
            # "the surplus was X in December, down on November's Y": a period owning the
            # amount by its possessive is that amount's, not the flow noun's period.
            and not (
                own.start > flow.end
                and _POSSESSIVE.fullmatch(text, own.end - 2, mention.start) is not None
            )
        ):
            # "Brazil's September trade surplus"; but a period named between the flow word
            # and the amount is the amount's ("..., while for 2018 it was 31 billion").
            own = _noun_period(text, flow, periods) or own
        both = respective(text, flow, periods)
        if both is not None and not attributive:
            order = sum(1 for m in money if flow.end <= m.start < mention.start)
            if order < 2:
                own = both[order]  # "the 1986 and 1985 deficits at 1.38 and 1.15 billion"
        if in_turn is not None and index >= len(money) - 2:
            own = in_turn[index - len(money) + 2]  # "X and Y in 2021 and 2020 respectively"
        if (
            own is None
            and following is not None
            and _COORDINATED.fullmatch(text, mention.end, following.start)
        ):
            own = trailing_period(text, money[-1].end, periods)
        if (
            own is None
            and (item is not None or portion is not None)
            and periods
            # "B accounted for X of it, against Y in 1985": the period of the base closing
            # the sentence is not X's
            and _BASE_LINK.search(text, mention.end, money[-1].start) is None
        ):
            # "The main partners were A ($5m), B ($4m) and C ($3m) in 2023": a period closing
            # a list of partner items, with none before the first amount, is every item's.
            closed = _ITEM_CLOSE.match(text, money[-1].end)
            shared = trailing_period(text, money[-1].end, periods, spans=True)
            gap = text[closed.end() if closed else money[-1].end : shared.start] if shared else ""
            if shared is not None and (
                OWN_PERIOD.match(gap)
                or OWN_PERIOD_LOOSE.match(gap)
                # "A ($5m), B ($4m) and C ($3m) from January to June 2023": a span's "from"
                or (_FROM_ONLY.fullmatch(gap) is not None and _spans_months(shared))
            ):
                own = shared
        parallel = (
            _PARALLEL_BREAK.match(text, mention.end)
            if own is None and index == len(money) - 2
            else None
        )
        if (
            parallel is not None
            and "but" not in parallel.group().casefold()  # "rose to X, but fell to Y in 2023"
            and any(parallel.end() <= f.start < money[-1].start for f in flows)
        ):
            # "A amounted to X, while B totalled Y in 2023": the period closing the
            # parallel clause (a flow of its own), with none named before it, is this
            # clause's too.
            shared = trailing_period(text, money[-1].end, periods)
            if shared is not None and OWN_PERIOD.match(text[money[-1].end : shared.start]):
                own = shared
        # "a surplus of 1.9 billion, from 5.4 billion of exports and 3.5 billion of
        # imports": the parts of the figure before, not an earlier level.
        base = next((f for f in reversed(figures) if f.flow is TradeFlow.BALANCE), None)
        base_period: Period | None = None  # an earlier level's, by reference (``_base_period``)
        parts_of = (
            attributive
            and base is not None
            and flow.kind in ("export", "import")
            and _PARTS_FROM.fullmatch(text, prev_end, mention.start) is not None
        )
        if (
            not parts_of
            and (own is None or own.end <= mention.start)
            and FROM.search(text, prev_end, mention.start)
        ):
            # "Exports rose to X from Y, while imports fell to Z from W a year ago": the
            # period of the parallel clause's earlier level is Y's too.
            own = _parallel_from_period(text, money, index, periods)
            if own is None:
                base_period = _base_period(
                    text,
                    money,
                    index,
                    figures,
                    made,
                    compared=ctx.compared,
                    periods=periods,
                    told=ctx.told,
                )
                if base_period is None:
                    continue  # "rose from X to Y last year": X's period is not stated
        elif (
            not parts_of
            and (own is None or own.end <= mention.start)
            and _AGAINST_BASE.search(text, prev_end, mention.start)
        ):
            # "Exports rose to X from Y a year earlier, while imports were Z against W": a
            # bare base after "against" is the earlier level as one after "from" is; with
            # no earlier level to point back to, it reads as before.
            base_period = _base_period(
                text,
                money,
                index,
                figures,
                made,
                compared=ctx.compared,
                periods=periods,
                told=ctx.told,
            )
        phrase = _AVERAGE_PHRASE.search(text, max(0, flow.start - 25), flow.start)
        cumulative = phrase is not None and phrase.group().casefold() == "cumulative"
        # "monthly" needs a month of its own; "cumulative" is no figure for one month, even
        # the story's lead month ("The cumulative trade deficit narrowed to ...").
        span = (
            own.period
            if own is not None
            else ((ctx.cumulative or ctx.lead) if cumulative else None)
        )
        one_month = span is not None and (span.start.year, span.start.month) == (
            span.end.year,
            span.end.month,
        )
        if phrase is not None and (one_month != (not cumulative)):
            continue  # "a monthly surplus of 350 mln": an average; "cumulative": which months?
        period: Period | None
        planned_part = False  # the period is the plan's, which only a planned part may take
        # "A will export X to B (...) and import Y": the bare verb after a planned part shares
        # its modal, so it is a planned part too.
        carried = (
            bool(figures)
            and figures[-1].target
            and prev_end <= flow.start
            and flow.text.casefold() in ("export", "import")
        )
        if base_period is not None:
            period = base_period
        elif own is None:
            if (
                ctx.plan is not None
                and flow.kind in ("export", "import")
                and partner is not None
                and ctx.plan[0] == {reporter, partner}
                and (
                    TARGET.search(text, prev_end, mention.start) is not None
                    or (carried and figures[-1].period == ctx.plan[1])
                )
            ):
                period, planned_part = ctx.plan[1], True
            elif cumulative and ctx.cumulative is not None:
                period = ctx.cumulative  # "The cumulative trade deficit narrowed to X"
            else:
                period = _inherited_period(text, ctx)
        elif (
            first_period is None
            and index > 0
            and not figures
            and _A_YEAR_AGO.fullmatch(own.text) is not None
            and not any(not p.comparison and p.end <= own.start for p in periods or ())
            and _inherited_period(text, ctx) is None
            and ctx.lead is None
            and ctx.last_period is None
        ):
            # "dropped to X from Y a year ago" where X's period is not told (a fiscal year
            # of unknown calendar): Y's year is X's, a year before; no period either.
            continue
        elif own.comparison and first_period is not None and _YEAR_BEFORE.fullmatch(own.text):
            # "rose to X in 2021 from Y in the preceding year": the figure's months a year
            # before, not the year before publication.
            period = Period.months(
                first_period.start.year - 1,
                first_period.start.month,
                first_period.end.month,
                last_year=first_period.end.year - 1,
            )
        elif (
            own.comparison
            and first_period is not None
            and own.end <= prev_end
            and _opens(text, own)
        ):
            # "A year earlier, exports stood at X and imports at Y": the sentence's opening
            # comparison, already resolved for X, is Y's period as it is X's.
            period = first_period
        elif own.comparison and first_period is not None:
            # "stood at X for 2019 and climbed to Y over January-May 2020 from Z in the
            # same 2019 period": the same as the level it is compared with, the figure just
            # made, not the sentence's first.
            linked = _BASE_LINK.search(text, prev_end, mention.start) is not None
            level_period = (
                figures[-1].period if linked and made and made[-1] == index - 1 else first_period
            )
            try:
                period = parse_period(own.text, anchor, previous=level_period)
            except ValueError:
                period = own.period
            if period.start.month == 1 and period.end.month == 12 != own.period.end.month:
                period = own.period  # "the previous year" after named months: those months
        else:
            period = own.period
            reported = ctx.last_period
            if reported is None and not ctx.published and anchor is not None:
                # An undated story tells no figure before: "the previous year" is the one
                # before the year it reports on (the year before its anchor's).
                reported = Period.year(anchor.year - 1)
            if (
                first_period is None
                and reported is not None
                and reported == Period.year(reported.start.year)
                and period.start.year >= reported.start.year
                and _YEAR_BEFORE.fullmatch(own.text) is not None
            ):
                # "Trade reached X in 2023. In the previous year, it stood at Y": the year
                # before the figure just told, not the year before publication (the figure's
                # own year or a later one, which "the previous year" cannot be); so for every
                # amount the phrase is the period of ("exports were Y and imports Z").
                year_before[own.start] = Period.year(reported.start.year - 1)
            period = year_before.get(own.start, period)
            if (
                period.start.month == period.end.month
                and period.start.year == period.end.year
                and _AS_OF.search(text, max(0, own.start - 25), own.start)
            ):
                # "as of the end of June 2023": the months of the year up to June.
                period = Period.months(period.start.year, 1, period.end.month)
        if (
            period is None
            and own is None
            and ctx.published
            and anchor is not None
            and _FORECAST_AFTER.match(text, mention.end) is not None
            and _FULL_YEAR.search(text, mention.end) is not None
        ):
            # "a surplus of X expected for the full year" in a story holding no period: a
            # forecast of the year running when the story was told.
            period = Period.year(anchor.year)
        if period is None:
            continue
        clause = text[prev_end : mention.start]
        for lo, hi in reversed(partner_asides(text, mentions, mention.start)):
            if prev_end <= lo:
                # "The surplus with B, the main target of its critics, grew to X": the aside
                # describes the partner, it sets no target.
                clause = clause[: lo - prev_end] + " " + clause[hi - prev_end :]
        segment = text[flow.end : mention.start] if flow.end <= mention.start else ""
        # "The deficit was within the projection of X", "it was Y against a targeted X": the
        # past verb tells the fact the goal is measured against; the goal noun governs X.
        governed = _GOAL_GOVERNS.search(text, max(0, mention.start - 40), mention.start)
        # "rose to X": the past verb's "to" is no infinitive's ("expected to reach X").
        modal = MODAL.search(_PAST_TO.sub(" ", segment))
        factual = bool(PAST_FACT.search(segment)) and not modal and not governed
        if (
            governed is not None
            and own is not None
            and index
            and own.end <= governed.start()
            and _GOAL_SET_AGAINST.fullmatch(text, prev_end, max(prev_end, governed.start())) is None
        ):
            # "trade reached X in the ten months, and they work toward the goal of Y": the
            # period is X's; a goal set against X ("X against a targeted Y") shares it.
            continue
        target = (
            not factual
            and (
                bool(TARGET.search(clause))
                or _COMING_SPAN.search(text, 0, mention.start) is not None
            )
        ) or (anchor is not None and period.start > anchor)
        # "reached X in 2023, short of the Y target set for 2023": the goal the level is
        # measured against, its noun after the amount.
        goal_after = _GOAL_NOUN_AFTER.match(text, mention.end) is not None
        # "a surplus of X expected for 2025": the participle after the amount makes it a
        # forecast as the verb before it would ("is expected to reach X in 2025").
        goal_after = goal_after or _FORECAST_AFTER.match(text, mention.end) is not None
        target = target or goal_after
        if (
            not target
            and made
            and made[-1] == index - 1
            and figures[-1].target
            and _ELIDED_FLOW.fullmatch(text, money[index - 1].end, mention.start) is not None
        ):
            # "exports are expected to reach X this year and imports Y": the second flow's
            # verb is left out, so it is the first's, and so is its goal.
            target = True
        # "the $3 billion trade target (set for 2026)": the amount's own goal noun makes it a
        # goal, but not for the year the goal was set ("the $3 billion trade goal set in 2021").
        goal_next = _TRADE_GOAL_NEXT.match(text, mention.end)
        if goal_next is not None:
            if (
                own is not None
                and own.start >= goal_next.end()
                and _GOAL_SET_WHEN.fullmatch(text, goal_next.end(), own.start) is not None
            ):
                continue
            target = True
        if (
            not target
            and ctx.published
            and anchor is not None
            and period.start <= anchor < period.end
            and anchor.month != 12  # told in December, the year is all but over
            and period == Period.year(period.start.year)
            and _whole_year_named(text, own)
        ):
            # "counting on a surplus of X for the whole of 1987", told in March 1987: no
            # figure of a whole year is known before it ends, so it is a forecast.
            target = True
        # "Economists had forecast an April deficit of X": a forecast made before the figures
        # just released is for the months just past, not the coming ones.
        past_forecast = (
            target
            and anchor is not None
            and period.end < anchor
            and own is not None
            and not _YEAR.search(own.text)
            and _FORECAST_BEFORE.search(clause) is not None
        )
        if (
            target
            and not past_forecast
            and anchor is not None
            and period.end < anchor
            and own is not None
            and not own.comparison
            and not _YEAR.search(own.text)
            and "ended" not in own.text  # "the nine months ended December": a span past
        ):
            # an "exports in <a quarter with no year> are expected to rise to" forecast:
            # it is for the coming span, not the one just past.
            period = Period.months(
                period.start.year + 1,
                period.start.month,
                period.end.month,
                last_year=period.end.year + 1,
            )
        target = target or (planned_part and carried)
        if planned_part and not target:
            continue  # a fact with no period of its own is no part of a plan
        if parts_of and base is not None:
            period, target = base.period, base.target
        elif (
            not planned_part
            and target
            # "forecast a full-year surplus of X": the whole year of the story's months
            and not (
                own is None
                and "year" in text
                and _FULL_YEAR.search(text) is not None
                and period == Period.year(period.start.year)
            )
            and (
                own is None
                or (
                    own.end <= mention.start
                    and anchor is not None
                    and own.period.end < anchor
                    and "," in text[own.end : mention.start]
                )
                # "Earlier this year, the sides agreed to raise trade to X": when they agreed.
                or (own.end <= mention.start and _EARLIER.search(text, 0, own.start) is not None)
            )
        ):
            # "plans to take annual trade to $20 billion", "which stood at $3 billion in
            # 2022, and both want it to reach $7 billion": a goal with no period of its own.
            continue
        if (
            target
            and ctx.published
            and anchor is not None
            and period.end < anchor
            and not governed
            and not goal_after
            # "In 2022 the sides missed the $3 billion trade target": still that year's goal
            and goal_next is None
            and not past_forecast
        ):
            target = False  # "to reverse last year's 142 billion dlr deficit": a fact
        if not target and anchor is not None:
            period = year_to_date(period, anchor, periods, ctx)
            if (
                ctx.published
                and period.start <= anchor < period.end
                and period == Period.year(period.start.year)
                # "fell to X this year", told in December: the year all but over, an estimate
                # of the whole year
                and anchor.month != 12
            ):
                continue  # a fact for a year still running, its months unnamed: which months?
            if ctx.published and own is not None and period == own.period:
                if own.comparison and first_period is None:
                    # "to $4m in the first half (...), down from $6m in the same period last
                    # year", the first amount left out: the same period as which?
                    earlier_periods = [
                        p for p in periods if p.end <= own.start and not p.comparison
                    ]
                    if earlier_periods and _running_part(earlier_periods[-1], anchor):
                        continue
                elif _running_part(own, anchor):
                    # "exports reached $9bn during the first half", told in January: no fact
                    # is for a part of the year still running; it is the story's span of that
                    # length already named, else a span the text does not give.
                    held = _held_period(ctx, _months(period), anchor)
                    if held is None:
                        continue
                    period = held
        if first_period is None:
            first_period = period
        # "That is 40% more than in 2021, when the figure stood at X": the period of a "when"
        # clause is the comparison's, not the story's ("over the eight months" after it).
        # So is the period of an amount compared with ("This compares with X in 2023"), and
        # of a sentence opened as a comparison ("A year earlier, in 2023, it stood at X").
        when_clause = own is not None and (
            (", when " in text and _WHEN_CLAUSE.fullmatch(text, own.end, mention.start) is not None)
            or _COMPARISON_OPENER.match(text) is not None
            or (
                "ompare" in text
                and _COMPARES_WITH.search(text, max(0, mention.start - 30), mention.start)
                is not None
            )
        )
        if not (
            target
            or main_set
            or period_aside
            or when_clause
            or base_period is not None
            or (own is not None and own.comparison)
        ):
            ctx.last_period, main_set = period, True  # the sentence's main period
            if ctx.first_period is None:
                ctx.first_period = period
        if rule == "trade.list_item" and flow.text:
            ctx.list_flow = flow.kind  # a flow word, or the list's: not a role noun's
        if level is not None and level.reporter is not None:
            # A bare base is its level's figure for an earlier period: same sides, flow, sign.
            reporter, partner = level.reporter, level.partner
            trade_flow, sign = level.flow, -1 if level.value < 0 else 1
        if level is not None and listed_base is not None:
            list_period = listed_base[1]
            period = (
                Period.months(
                    level.period.start.year - 1,
                    level.period.start.month,
                    level.period.end.month,
                    last_year=level.period.end.year - 1,
                )
                # "a year earlier", "the same months a year before": the level's months a
                # year back (a month's distance or a year named is the period told)
                if list_period.comparison and _YEARLY_BASE.search(list_period.text) is not None
                else list_period.period
            )
        if (
            flow.kind == "balance"
            and partner is not None
            and " with " in text
            and _RUNNING_BALANCE.search(text, max(0, mention.start - 80), mention.start)
            and any(
                m.code == partner and _RUNNING_BALANCE.fullmatch(text, m.start - 5, mention.start)
                for m in mentions
                if m.start >= 5 and text.startswith("with ", m.start - 5)
            )
        ):
            # "Trade between A and B was X, with B running a surplus of Y": the state said to
            # run the balance is its owner, whoever the sentence's frame made the reporter.
            reporter, partner = partner, reporter
        if unsigned_gap and favoured is None:
            # "Exports to B were X and imports from B Y, so the gap widened to Z": a gap that
            # names no side is the balance of the two flows just told, its sign theirs.
            flows_sign = _flows_sign(figures, reporter, partner, period, currency)
            if flows_sign:
                sign = flows_sign
            elif gap_anaphor(text):
                if ctx.last_frame is None or ctx.last_frame[2] != "balance":
                    continue  # "Exports rose to X. The gap had shrunk from Y": whose gap is untold
                # "A's surplus narrowed to X. The gap had shrunk from Y": the sign goes on.
                sign = ctx.sign
        value = mention.amount * sign
        known = ctx.pair_turnover
        if (
            partner is None
            and known is not None
            and flow.kind in ("export", "import")
            and not found
            and reporter in known[0]
            and period == known[1]
            and currency == known[3]
            and value < known[2]
            and not WORLD.search(noun_phrase)
            and not national
        ):
            # "Trade between A and B was X in 2023. (...) A's exports were Y": for the same
            # period and less than the pair's turnover, a part of it, however far below.
            partner = known[0][1] if known[0][0] == reporter else known[0][0]
            rule = "trade.pair_part"
        if partner is None:
            # The story states the reporter's world totals: its "A's exports" may be those.
            ctx.world_seen = True
            ctx.pair_turnover = None
            ctx.pair_topic = None
        elif trade_flow is TradeFlow.TURNOVER and not target and not ctx.world_seen:
            ctx.pair_turnover = ((reporter, partner), period, value, currency)
        if (
            "(" not in text
            or text.count("(", 0, mention.start) <= text.count(")", 0, mention.start)
        ) and not (
            figures
            and figures[-1].flow is TradeFlow.TURNOVER
            and "of which" in text[prev_end : mention.end + 20]
        ):
            # "B - X (exports Y, imports Z); C - W": a bracket's parts leave the list's flow;
            # so does a part "of which" ("trade of X, Y of which were exports. Partners: ...").
            ctx.last_flow = flow.kind
        ctx.last_frame = (reporter, partner, flow.kind)
        ctx.figure_pair = (reporter, partner)
        if ctx.lead_flow is None:
            ctx.lead_flow = flow.kind  # the story's flow, for a list whose opener names none
        if not figures:
            kept = (
                ctx.whole_frame is not None
                and ctx.whole_frame[2] == "turnover"
                and flow.kind in ("export", "import")
                and partner is not None
                and {reporter, partner} == set(ctx.whole_frame[:2])
            )
            if not kept:
                # "of which" parts, or a pair's turnover whose parts the next sentences state
                whole = "of which" in text or (
                    flow.kind == "turnover" and partner is not None and not target
                )
                ctx.whole_frame = ctx.last_frame if whole else None
            ctx.whole_kept = kept
        if rule == "trade.list_item":
            ctx.item_reporter = reporter
            ctx.rank_frame = (reporter, partner, flow.kind)
        if (
            ctx.compared is None
            and own is not None
            and not target
            and made
            and _level_before(text, money, index, made)
            and period.end < figures[-1].period.start
            and _FIRST_BASE_BEFORE.search(text, prev_end, mention.start)
        ):
            ctx.compared = (figures[-1].period, period)  # the story's first comparison
        if agent_start is not None:
            agent_flows[len(figures)] = agent_start
        if regional or body_owned:
            # A region's trade, or a company's or an industry's, is neither the state's world
            # trade nor a state's: the figure still frames the sentences after it (its
            # period), but makes no record.
            rule = FRAME_ONLY_RULE
        if (
            trade_flow is TradeFlow.TURNOVER
            and partner is not None
            and _EACH_DIRECTION.match(text, mention.end) is not None
        ):
            # "trade of X in each direction": each side's exports to the other are X, and
            # the two sums are the figures told (their turnover, twice X, is not).
            for each in (TradeFlow.EXPORT, TradeFlow.IMPORT):
                figures.append(
                    Figure(reporter, partner, each, value, currency, period, target, rule)
                )
        else:
            figures.append(
                Figure(reporter, partner, trade_flow, value, currency, period, target, rule)
            )
        ctx.told.add(period)
        made.append(index)
        if (
            target
            and flow.kind == "turnover"
            and partner is not None
            and own is not None
            # "a protocol for 2025 providing for trade of X, up from Y planned for this year":
            # the plan the later parts belong to is X's, not its comparison base's
            and _PLAN_BASE.search(text, max(prev_end, mention.start - 30), mention.start) is None
        ):
            ctx.plan = (frozenset((reporter, partner)), period)
        if partner is not None and rule != "trade.part_with":  # a part: no new pair
            ctx.pair = (reporter, partner)
            ctx.pair_paragraph = sentence.paragraph
        elif (
            noun_state is not None
            or _OVERALL.match(text)
            or _THE_COUNTRY_S.search(text, max(0, flow.start - 40), flow.start)
        ) and rule != "trade.bilateral_context":
            # "Japan's trade surplus grew to ...", "Overall, the country's exports ...":
            # the story left the pair.
            leave_pair(ctx)
    back = _flow_back(text, money, made, figures, mentions)
    if back is not None:
        figures.append(back)
    return figures


def _flows_sign(
    figures: Sequence[Figure],
    reporter: str | None,
    partner: str | None,
    period: Period,
    currency: str,
) -> int | None:
    """The sign of exports minus imports, from the reporter's figures with the partner.

    Both flows must be told for the same period and currency, in either state's words
    ("A's exports to B" or "B's imports from A"; with no partner, its world totals);
    ``None`` when one is missing or they tie.
    """
    out: Decimal | None = None
    into: Decimal | None = None
    for figure in figures:
        if figure.period != period or figure.currency != currency or figure.target:
            continue
        if (figure.reporter, figure.partner) == (reporter, partner):
            ours = True
        elif partner is not None and (figure.reporter, figure.partner) == (partner, reporter):
            ours = False
        else:
            continue
        if figure.flow is TradeFlow.EXPORT:
            out, into = (figure.value, into) if ours else (out, figure.value)
        elif figure.flow is TradeFlow.IMPORT:
            out, into = (out, figure.value) if ours else (figure.value, into)
    if out is None or into is None or out == into:
        return None
    return 1 if out > into else -1


def _flow_back(
    text: str,
    money: Sequence[MoneyMention],
    made: Sequence[int],
    figures: Sequence[Figure],
    mentions: Sequence[CountryMention],
) -> Figure | None:
    """The planned flow back, told after a plan's exports by its sender's adjective.

    "The protocol provides for A's exports to B of X this year and B-an deliveries, mostly
    oil, worth Y": the clause has no verb of its own and names no destination; the plan's
    deliveries from B are A's imports from B, for the plan's period.
    """
    index = len(money) - 1
    if index < 1 or index in made or not made or made[-1] != index - 1:
        return None
    last, mention = figures[-1], money[index]
    if not last.target or last.flow is not TradeFlow.EXPORT or last.partner is None:
        return None
    if mention.bound:
        return None
    prev_end = money[index - 1].end
    for state in mentions:
        if (
            state.code == last.partner
            and prev_end <= state.start
            and state.end <= mention.start
            and _BACK_OPENS.fullmatch(text, prev_end, state.start) is not None
            and _DELIVERIES_WORTH.fullmatch(text, state.end, mention.start) is not None
        ):
            currency = mention.currency or last.currency
            return Figure(
                last.reporter,
                last.partner,
                TradeFlow.IMPORT,
                mention.amount,
                currency,
                last.period,
                True,
                "trade.flow_back",
            )
    return None
