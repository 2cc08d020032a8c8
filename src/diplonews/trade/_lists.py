"""Partner lists: "China ranks first - $1.4 billion, Russia second ($880 million)".

Statistics stories rank a state's partners and give each a figure: "Russia
comes second, with imports of $878 million", "then Kazakhstan at $352
million", "Turkey was second ($868 million) and China third ($777 million)",
"Italy with $1.8 billion". Such an amount belongs to the state named right
before it (the *item*): the item is the partner, and the reporter is the state
whose trade the list describes (written as "Uzbekistan's largest export
market", else the story's state). The flow is the sentence's flow word, else a
role noun ("export destinations", "suppliers", "trading partner"), else the
flow of the list so far.

Helpers of :mod:`diplonews.trade._figures`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs

from diplonews import _regex as re
from diplonews.text.countries import CountryMention
from diplonews.trade._cues import flows

__all__ = [
    "RANK_HINT",
    "Item",
    "list_item",
    "names_rank",
    "opener_flow",
    "partner_asides",
    "respective_states",
    "role_after",
    "role_flow",
    "role_later",
    "role_owner",
]

# Words that rank partners: "ranks second", "third place", "the largest", "followed by".
_RANK = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|followed|"
    r"place|position|ranks?|ranked|ranking|largest|biggest|main|top|leading|led|leads?|leader|"
    r"number\s+one|no\.\s*1|then|lion['’]s\s+share)"
)
RANK_HINT = re.compile(rf"\b{_RANK}\b", re.IGNORECASE)
# Ordinals of periods rank nothing: "in the first nine months", "the second quarter"; nor
# does "next" before a period ("their trade next year, with turnover fixed at X").
_PERIOD_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|last)\s+(?:[\w-]+\s+)?(?:quarter|half|months?|weeks?|days?)\b"
    r"|\bnext\s+(?:year|month|quarter|half|week)\b",
    re.IGNORECASE,
)
# An approximation word before an item's amount: "about", "some", "an estimated".
_ABOUT = r"(?:about|around|some|approximately|roughly|an\s+estimated)?\s*"
# Right before the amount: the item's own figure ("Russia - ", "Turkey (", "Italy with ",
# "Kazakhstan at ", "..., with imports of ", "with exports worth ").
_LEAD_IN = re.compile(
    r"""(?:[-–—:(]|\bwith|\bat|,)\s*
    # a share first: "(20.3%, $12 bln)", "with a share of 18 percent, or $12 bln"
    (?:(?:a\s+share\s+of\s+)?[\d.,]+\s*(?:%|percent|pct)\s*[,;]?\s*(?:or\s+)?)?
    (?:(?:(?:an?\s+)?(?:total\s+|foreign\s+)?(?:exports?|imports?|trade(?:\s+turnover)?|turnover|purchases|
        supplies|deliveries|sales)\s+)?(?:worth|of|costing|totall?ing|amounting\s+to|valued\s+at)\s+)?
    """
    + _ABOUT
    + "$",
    re.VERBOSE | re.IGNORECASE,
)
# A direct item: nothing but the lead-in between the state and its amount.
# An owned flow noun and its partner's preposition right before a state: "A's (trade)
# surplus with (the)", "the Japanese surplus with"; not an ownerless "trade with it at X".
_FLOW_PARTNER_BEFORE = re.compile(
    r"(?:['’]s?|\b[A-Z][\w.]*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:surplus|deficit|balance|trade|turnover|exports?|imports?)\s+(?i:with|to|from)\s+"
    r"(?i:the\s+)?$"
)
_DIRECT = re.compile(
    r"""\s*(?:(?:[-–—:(]|\bwith\b|\bat\b)\s*
    (?:(?:a\s+share\s+of\s+)?[\d.,]+\s*(?:%|percent|pct)\s*[,;]?\s*(?:or\s+)?)?
    (?:(?:(?:an?\s+)?(?:total\s+|foreign\s+)?(?:exports?|imports?|trade(?:\s+turnover)?|turnover|purchases|
        supplies|deliveries|sales)\s+)?(?:worth|of|costing|totall?ing|amounting\s+to|valued\s+at)\s+)?
    """
    + _ABOUT
    + ")",
    re.VERBOSE | re.IGNORECASE,
)
# A state's role in another's trade: "Uzbekistan's largest export market".
_ROLE = re.compile(
    r"""['’]s\s+(?:[\w-]+\s+){0,3}?
    (?P<role>(?:trad(?:e|ing)\s+)?partners?|(?:export\s+)?markets?|destinations?|buyers?|
        importers?|exporters?|suppliers?|(?:import\s+)?sources?)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A role the listed states are said to be, with no owner named: "(B ($5m) and C ($4m)) were
# the main partners", "remained the largest suppliers".
_ROLE_CLOSING = re.compile(
    r"""\b(?:were|are|was|is|remain(?:ed|s)?|became)\s+(?:again\s+|still\s+|also\s+)?
    (?:the|its|their)\s+(?:[\w-]+\s+){0,3}?
    (?P<role>(?:trad(?:e|ing)\s+)?partners?|(?:export\s+)?markets?|destinations?|buyers?|
        importers?|exporters?|suppliers?|(?:import\s+)?sources?)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A role followed by the state whose role it is: "the main trade partner of Kazakhstan".
_ROLE_OF = re.compile(
    r"""\b(?:partners?|markets?|destinations?|buyers?|importers?|exporters?|suppliers?)
    \s+of\s+(?:the\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)
# Role nouns that give the flow of a list with no flow word of its own.
_ROLE_FLOW = (
    (re.compile(r"\bexport\s+(?:markets?|destinations?|partners?)|\b(?:buyers?|customers?)\b|\bmarkets?\b"
                r"|\bdestinations?\s+(?:for|of)\b|\bimporters?\s+of\s+\w+\s+(?:goods|products)\b"
                r"|\bon\s+the\s+exports?\s+side\b",  # "On the export side, A led with X"
                re.IGNORECASE), "export"),
    (re.compile(r"\bimport\s+(?:sources?|partners?)|\bsuppliers?\b|\bsources?\b"
                r"|\bon\s+the\s+imports?\s+side\b",
                re.IGNORECASE), "import"),
    (re.compile(r"\btrad(?:e|ing)\s+(?:partners?|blocs?|blocks?)\b|\bpartners?\b"
                # "the biggest trade volumes were registered with", "it traded most with":
                # the state's trade with the states listed, whatever flow came before
                r"|\btrad(?:e|ed|ing)\b(?:\s+[\w-]+){0,4}?\s+with\b",
                re.IGNORECASE), "turnover"),
)  # fmt: skip
_CLAUSE_END = re.compile(r"[;!?]|\.(?!\d)|\b(?:while|whereas|but)\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"[^.;]{0,40}?\brespectively\b", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_MAX_GAP = 90  # characters between a ranked state and its amount
# A ranked role, then the state it is said to be: "A's largest partner in 2023 was (B)".
_ROLE_WAS = re.compile(
    r"""\b(?:partners?|markets?|destinations?|buyers?|importers?|exporters?|suppliers?|sources?)
    \b[^,;:()$]{0,50}?\s+(?:was|is|remained|remains|became|stayed)\s+
    (?:again\s+|still\s+|once\s+again\s+)?(?:the\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)
_WHERE_BEFORE = re.compile(r",\s*where\s+$")
# The figure of that state after a comma: ", with a turnover of ", ", with imports worth ".
_TRAILING_WITH = re.compile(
    r"""\s*,\s*with\s+(?:(?:an?\s+)?(?:total\s+)?(?:exports?|imports?|trade(?:\s+turnover)?|
    turnover|purchases|supplies|deliveries|sales)\s+(?:worth|of|totall?ing|amounting\s+to|
    valued\s+at)\s+)?"""
    + _ABOUT
    # "The largest export market was B, where A-adjective goods worth X were shipped": the
    # goods that went there are the role's figure.
    + r"|\s*,\s*where\s+(?:[A-Z][\w'’-]*\s+)?(?:goods|products|merchandise)\s+worth\s+"
    + _ABOUT,
    re.VERBOSE | re.IGNORECASE,
)


@attrs.frozen
class Item:
    """A partner named right before its amount, and the reporter written with it, if any."""

    partner: CountryMention
    reporter: CountryMention | None = None
    # A comma aside describing the partner ("B, the largest buyer of A's crude, came third"):
    # its words give the figure no flow.
    aside: tuple[int, int] | None = None


def names_rank(text: str) -> bool:
    """Whether ``text`` ranks a partner (no period's ordinal): "came third", "followed by".

    >>> names_rank("Chile came third with"), names_rank("in the first half, Chile had")
    (True, False)
    """
    return RANK_HINT.search(_PERIOD_ORDINAL.sub(" ", text)) is not None


def role_flow(text: str) -> str | None:
    """The flow a role noun gives a list: "export destinations" -> "export".

    >>> role_flow("the top five export destinations were"), role_flow("main suppliers")
    ('export', 'import')
    >>> role_flow("its trading partners"), role_flow("the weather") is None
    ('turnover', True)
    >>> role_flow("remained the main partner among them")
    'turnover'
    """
    for pattern, kind in _ROLE_FLOW:
        if pattern.search(text):
            return kind
    return None


def opener_flow(opener: str, lead: str | None) -> str | None:
    """The flow of a list whose opener names none: the story's (its ``lead`` figure's).

    "The largest volumes were recorded with:" ranks the story's trade by partner: each
    item is the story's exports or imports when its first figure was one of those, else
    the state's turnover with the item, never the balance or flow told just before the
    list. An opener that names a flow or a role noun is no such opener (``None``).

    >>> opener_flow("The largest volumes were recorded with", "export")
    'export'
    >>> opener_flow("By country, the leaders were", "balance")
    'turnover'
    >>> opener_flow("The main suppliers were", "export") is None
    True
    """
    if not opener.strip() or flows(opener) or role_flow(opener) is not None:
        return None
    return lead if lead in ("export", "import") else "turnover"


def clause_role_flow(text: str, end: int) -> str | None:
    """The flow of the role noun before ``end``: its own clause's first, else the sentence's.

    "Italy was the main buyer ($5m), while Chile was the main supplier ($2m)": the
    second amount is an import, as its clause says.

    >>> text = "Italy was the main buyer ($5m), while Chile was the main supplier ($2m)."
    >>> clause_role_flow(text, text.index("$5m")), clause_role_flow(text, text.index("$2m"))
    ('export', 'import')
    """
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, end)), default=-1)
    if start >= 0:
        own = role_flow(text[start:end])
        if own is not None:
            return own
    return role_flow(text[:end])


def new_clause_role_flow(text: str, since: int, end: int) -> str | None:
    """The flow of a role noun in a clause opened after ``since`` and running to ``end``.

    "B was the largest destination of A's exports ($5m), while the largest import
    partner was C ($2m)": the flow word of the first clause gives the second amount no
    flow; its own clause's role noun does.

    >>> text = "B took most exports ($5m), while the main import partner was C ($2m)."
    >>> new_clause_role_flow(text, text.index("exports") + 7, text.index("$2m"))
    'import'
    >>> new_clause_role_flow(text, text.index("exports") + 7, text.index("$5m")) is None
    True
    """
    opened = max((m.end() for m in _CLAUSE_END.finditer(text, since, end)), default=-1)
    return None if opened < 0 else role_flow(text[opened:end])


# A comma aside right after the partner of a flow, describing it: "The surplus with B, A's
# biggest market, reached X", "Sales to B, the main target of its critics, grew to X". It
# opens with a determiner or an owner and runs to a comma before a lower-case word (the
# clause's verb); no amount, bracket or clause word inside.
_FLOW_PREPOSITION_BEFORE = re.compile(r"\b(?:with|to|from)\s+(?:the\s+)?$", re.IGNORECASE)
_PARTNER_ASIDE = re.compile(
    r"""\s*,\s+(?:still\s+|now\s+|also\s+)?
    (?:the|its|their|an?|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?['’]s)\s+
    (?!(?:and|or|but|while|which|who|where|when)\b)
    [^,;:()$€£¥\d]{3,80}?,\s+(?=[a-z])""",
    re.VERBOSE,
)
_CLAUSE_GAP = re.compile(r"[,;]")  # a clause between an aside and an amount


def partner_asides(
    text: str, mentions: Sequence[CountryMention], end: int | None = None
) -> list[tuple[int, int]]:
    """The spans of comma asides describing a flow's partner, before ``end``.

    The partner is a state after "with", "to" or "from"; the aside after it says what the
    state is to the reporter ("A's biggest market", "the main target of criticism"). Its
    words belong to no frame of the clause: the flow word before the partner carries the
    figure after the aside.

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "The surplus with Chile, Peru's biggest market, rose to $5 mln."
    >>> [text[a:b] for a, b in partner_asides(text, find(text))]
    [", Peru's biggest market, "]
    >>> text = "Exports to Chile, Bolivia and Brazil rose to $5 mln."
    >>> partner_asides(text, find(text))
    []
    """
    limit = len(text) if end is None else end
    spans = []
    for mention in mentions:
        if mention.end > limit or not _FLOW_PREPOSITION_BEFORE.search(
            text, max(0, mention.start - 12), mention.start
        ):
            continue
        aside = _PARTNER_ASIDE.match(text, mention.end, limit)
        if aside is not None:
            spans.append((mention.end, aside.end()))
    return spans


def list_item(text: str, start: int, floor: int, mentions: Sequence[CountryMention]) -> Item | None:
    """The ranked partner an amount at ``start`` belongs to, or ``None``.

    ``floor`` is where the previous amount ends: the item is named after it.

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "Russia comes second, with imports of $87 million, then Chile at $35 million."
    >>> ms = find(text)
    >>> list_item(text, text.index("$87"), 0, ms).partner.code
    'RUS'
    >>> list_item(text, text.index("$35"), text.index(", then"), ms).partner.code
    'CHL'
    """
    ranked = _ranked_subject(text, start, mentions)
    if ranked is not None:
        return ranked
    if any(
        not _CLAUSE_GAP.search(text, hi, start)
        for _, hi in partner_asides(text, [m for m in mentions if floor <= m.start], start)
    ):
        return None  # "The surplus with B, A's biggest market, reached X": no ranked item
    before = [m for m in mentions if floor <= m.start and m.end <= start]
    states = [
        m
        for m in before
        if m.kind != "group"
        or _DIRECT.fullmatch(text, m.end, start)
        # "The largest export market was the EU, with X": a group holds a partner's role
        # as a state does, its figure after the comma
        or (
            _TRAILING_WITH.fullmatch(text, m.end, start) is not None
            and _ROLE_WAS.search(text, max(0, m.start - 120), m.start) is not None
        )
    ]
    # "Italy was the largest buyer of Kazakh goods with $14 billion": the goods' origin is
    # the list's reporter, not a ranked partner.
    origin = next(
        (
            m
            for m in reversed(states)
            if _origin_of_goods(text, m)
            # "B, where A-adjective goods worth X were shipped": the goods' origin too
            or (
                m.kind == "demonym"
                and _WHERE_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
                and _GOODS_AFTER.match(text, m.end) is not None
            )
        ),
        None,
    )
    if origin is not None:
        states = [m for m in states if m is not origin]
        mentions = [m for m in mentions if m is not origin]
    if not states:
        return None
    last = states[-1]
    between = text[last.end : start]
    role_of = _ROLE_OF.search(text, max(0, last.start - 60), last.start)
    if role_of is not None and _DIRECT.fullmatch(between) and between.strip():
        # "Russia remains the main trade partner of Kazakhstan with a turnover of ...".
        earlier = [m for m in mentions if m.end <= role_of.start() and m.kind != "group"]
        subject = next((m for m in reversed(earlier) if m.code != last.code), None)
        if subject is not None and not _CLAUSE_END.search(text, subject.end, last.start):
            return Item(subject, last)
    if between.strip() == "at" and _FLOW_PARTNER_BEFORE.search(
        text, max(0, last.start - 80), last.start
    ):
        # "figures put A's surplus with B at X": the state a flow is with (to, from) is its
        # partner, and "at" the verb's complement, no ranked item's lead-in.
        return None
    if _DIRECT.fullmatch(between) and _LEAD_IN.search(between) and between.strip():
        return Item(last)
    if floor > 0 and between == " " and _LIST_JOIN.fullmatch(text, floor, last.start):
        # "followed by B with $5m, C $3m and D $1m": the list goes on without a lead-in.
        return Item(last)
    if (
        between[:1] == ","
        and _TRAILING_WITH.fullmatch(between)
        and (role_was := _ROLE_WAS.search(text, max(0, last.start - 120), last.start)) is not None
        and RANK_HINT.search(text, max(0, role_was.start() - 40), role_was.end())
    ):
        # "A's largest trading partner in 2023 was B, with a turnover of X": the state the
        # ranked role is said to be; the role's owner named before it is the reporter.
        owner = next(
            (
                m
                for m in reversed(mentions)
                if m.end <= role_was.end()
                and m.kind != "group"
                and m.code != last.code
                and m.start >= role_was.start() - 60
            ),
            None,
        )
        if owner is None and origin is not None and last.end <= origin.start < start:
            owner = origin  # "..., where A-adjective goods worth X were shipped": A's
        return Item(last, owner)
    flow_then = _FLOW_THEN.match(between)
    if (
        flow_then is not None
        and _DIRECT.fullmatch(between[flow_then.end() :].lstrip(" ,"))
        and _LEAD_IN.search(between)
        and _ROLE_FOR.search(text, max(0, last.start - 40), last.start)
    ):
        # "Chile was the largest destination for Peruvian exports with $18 million": the
        # subject is the partner, the state whose exports they are the reporter.
        earlier = [m for m in mentions if m.end <= last.start and m.kind != "group"]
        subject = next((m for m in reversed(earlier) if m.code != last.code), None)
        if subject is not None and not _CLAUSE_END.search(text, subject.end, last.start):
            return Item(subject, last)
    role = _ROLE.match(between)
    if role is not None and not _CLAUSE_END.search(between):
        # "Russia ... is Uzbekistan's largest export market ($1.6 billion)": the subject.
        earlier = [m for m in mentions if m.end <= last.start and m.kind != "group"]
        subject = next((m for m in reversed(earlier) if m.code != last.code), None)
        if subject is None:
            # "The EU remains Peru's largest trading partner: turnover reached X": a group
            # is the subject when the role is said of it right before its owner.
            subject = next(
                (
                    m
                    for m in mentions
                    if m.kind == "group" and _IS_ROLE_OWNER.fullmatch(text, m.end, last.start)
                ),
                None,
            )
        if subject is not None and not _CLAUSE_END.search(text, subject.end, last.start):
            return Item(subject, last)
        return None
    if (
        _WITH_COMMA.fullmatch(between)
        and _PLACE_AFTER.match(text, start)
        and not any(m.kind != "group" for m in mentions if last.end <= m.start < start)
    ):
        # "Italy, with $11 billion, took third place": the rank told after the amount.
        return Item(last)
    lead_in = _LEAD_IN.search(between)
    if (
        lead_in is not None
        and lead_in.start() <= _MAX_GAP  # the words before the item's lead-in ("with a share")
        and not between.startswith(("'s", "’s"))
        and RANK_HINT.search(_PERIOD_ORDINAL.sub(" ", between))
        and not _CLAUSE_END.search(between)
        and not any(m.kind != "group" for m in mentions if last.end <= m.start < start)
    ):
        # "China ranks first - ", "the UK received the biggest share, "
        return Item(last, origin if origin is not None and last.end <= origin.start else None)
    return None


# "B, with X, took third place": the item's amount in commas, its rank after them.
_WITH_COMMA = re.compile(r"\s*,\s*with\s+" + _ABOUT, re.IGNORECASE)
_PLACE_AFTER = re.compile(
    r"""(?:[^,;()]|,(?=\d)){1,40}?,\s*  # the amount ("$ 11,4 billion"), then the rank
    (?:took|takes|came|comes|ranked|ranks|placed|finished|stood|was|is)\s+
    (?:in\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|
    next)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# The subject of a sentence (after an opening phrase and its comma, if any): "In 2023, the ",
# "In January-June 2024, " (a period's digits, but no amount).
_SUBJECT_OPEN = re.compile(r"\s*(?:[A-Z][^,;:()$€£]{0,50},\s*)?(?:[Tt]he\s+)?")
# A ranked role said of the subject, then its figure in a trailing phrase: "(The EU) remained
# the country's largest trading bloc, with turnover of ", "(Chile) was the main destination
# for Peruvian goods, taking ", "(B) was the top destination for A's exports, receiving goods
# worth ", "(Russia) was the biggest trading partner of Peru in the union, with trade worth ",
# "(B) remained the largest export destination, absorbing goods worth " (a participle of
# receipt or of supply: the role noun gives the flow).
# No amount, bracket or clause break inside.
_RANKED_ROLE = re.compile(
    rf"""\s+(?:(?:was|is|remained|remains|became|has\s+become|had\s+become|stayed|continued\s+to\s+be|
    # "B overtook C to become (as) A's third market": the rival passed is no item
    (?:overtook|overtaking|overtakes|overtaken|passed|surpassed|displaced|replaced)
    \s+[^,;:()$\d]{{1,40}}?\s+(?:to\s+become|as))
    \s+(?:once\s+again\s+|again\s+|also\s+|still\s+)?
    (?P<head>[^,;:()$\d]{{0,50}}?\b{_RANK}\b[^,;:()$\d]{{0,30}}?)
    # "B topped the list of A's trade partners with X": the list's first, by its verb
    |(?:topped|tops|headed|heads)\s+(?:the\s+)?(?:list|ranking|rating)\s+of\s+(?P<lhead>[^,;:()$\d]{{0,50}}?))
    \b(?P<role>(?:trad(?:e|ing)\s+)?(?:partners?|blocs?|blocks?)|(?:export\s+)?markets?|destinations?|
        buyers?|customers?|(?:import\s+)?suppliers?|(?:import\s+)?sources?)\b
    # "B remained A's biggest customer in 2004, buying goods worth": a year, no amount
    (?P<tail>(?:[^,;:()$\d]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,50}}?)\s*,?\s*
    (?:with|at|taking|receiving|absorbing|buying|purchasing|supplying|selling|shipping|sending)\s+
    # "receiving goods worth", "buying Kenyan goods worth"
    (?:(?:[\w-]+\s+)?(?:goods|products|commodities)\s+(?:worth|valued\s+at)\s+)?
    (?:(?:an?\s+)?(?:total\s+)?(?:exports?|imports?|trade(?:\s+turnover)?|turnover|purchases|
        supplies|deliveries|sales)\s+(?:worth|of|totall?ing|amounting\s+to|valued\s+at|at)\s+)?
    {_ABOUT}""",
    re.VERBOSE | re.IGNORECASE,
)


def _ranked_subject(text: str, start: int, mentions: Sequence[CountryMention]) -> Item | None:
    """The subject a ranked role is said of, when the amount at ``start`` closes that clause.

    "The EU remained Peru's largest trading partner, with turnover of $5 billion": the
    subject (a state or a group) is the partner; the role's owner ("Peru's", "of Peru",
    "for Peruvian goods") is the reporter, else the list's or the story's state.

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "Chile was the main destination for Peruvian goods, taking $5 million worth."
    >>> item = _ranked_subject(text, text.index("$5"), find(text))
    >>> item.partner.code, item.reporter.code
    ('CHL', 'PER')
    >>> text = "The EU remained the country's largest trading bloc, with turnover of $9 billion."
    >>> _ranked_subject(text, text.index("$9"), find(text)).partner.code
    'EU'
    >>> text = "Chile, Peru's main partner, bought goods worth $5 million."
    >>> _ranked_subject(text, text.index("$5"), find(text)) is None
    True
    >>> text = "Chile, Peru's second market after Brazil, bought goods worth $5 million."
    >>> item = _ranked_subject(text, text.index("$5"), find(text))
    >>> item.partner.code, item.reporter.code
    ('CHL', 'PER')
    >>> text = "Chile was the second market after Brazil, taking $5 million."
    >>> _ranked_subject(text, text.index("$5"), find(text)).reporter is None
    True
    """
    if not mentions or mentions[0].kind == "demonym" or mentions[0].end >= start:
        return None
    subject = mentions[0]
    if _SUBJECT_OPEN.fullmatch(text, 0, subject.start) is None:
        return None
    aside = _SUBJECT_ASIDE.match(text, subject.end, start)
    at = subject.end if aside is None else aside.end()
    clause = _RANKED_ROLE.fullmatch(text, at, start)
    if clause is None and aside is None:
        clause = _RANKED_ASIDE.fullmatch(text, at, start)
    if clause is None:
        if aside is None:
            return None
        # "B, where most of A's gold is sent, came third with X": a plain rank after the aside.
        rest = text[at:start]
        if not (
            _RANKED_PLACE.fullmatch(rest) is not None
            and not any(aside.end() <= m.start < start for m in mentions)
        ):
            return None
        return Item(subject, None, aside.span())
    owner = next(
        (
            m
            for m in mentions
            if clause.start("head" if clause.group("head") is not None else "lhead") <= m.start
            and m.end <= clause.end("tail")
            and m.kind != "group"
            and m.code != subject.code
            # "B was A's second market after C": C is a rival ranked above, not the owner
            and _RIVAL_BEFORE.search(text, max(0, m.start - 12), m.start) is None
        ),
        None,
    )
    return Item(subject, owner, None if aside is None else aside.span())


# A ranked role of buying or selling in a comma aside after the subject, then the verb of
# its buying or selling and its figure: "(B), A's second largest market after C, bought
# goods worth ", "(B), the country's main supplier, sold it goods worth ". No amount,
# bracket or clause break inside.
_RANKED_ASIDE = re.compile(
    rf"""\s*,\s*
    (?P<head>[^,;:()$\d]{{0,50}}?\b{_RANK}\b[^,;:()$\d]{{0,30}}?)
    \b(?P<role>(?:export\s+)?markets?|destinations?|buyers?|customers?|(?:import\s+)?suppliers?)\b
    (?P<tail>[^,;:()$\d]{{0,50}}?)\s*,\s*
    (?:bought|took|purchased|imported|absorbed|supplied|sold|shipped)\s+
    (?:(?:it|\w+)\s+)?(?:[\w-]+\s+)?(?:goods|products|commodities)\s+(?:worth|valued\s+at)\s+
    {_ABOUT}""",
    re.VERBOSE | re.IGNORECASE,
)
# The word that names a rival ranked above the subject: "second largest market after (C)",
# "the third supplier behind (C)".
_RIVAL_BEFORE = re.compile(r"\b(?:after|behind)\s+(?:the\s+)?\Z", re.IGNORECASE)


# A comma aside right after a ranked subject, describing it: ", the largest buyer of A's
# crude,", ", where most of the country's gold is sent,", ", home to the region's port,".
_SUBJECT_ASIDE = re.compile(
    r"\s*,\s*(?:the|a|an|where|which|whose|home\s+to)\s[^,;:()$\d]{0,80},", re.IGNORECASE
)
# A plain rank and the item's figure after it: " came third with ", " ranked second, at ".
_RANKED_PLACE = re.compile(
    rf"""\s+(?:came|comes|ranked|ranks|placed|was|is|stood|finished|followed)\s+
    (?:in\s+)?(?:the\s+)?{_RANK}(?:\s+place)?\s*,?\s*(?:with|at)\s+
    (?:(?:an?\s+)?(?:total\s+)?(?:exports?|imports?|trade(?:\s+turnover)?|turnover)\s+
    (?:worth|of|totall?ing|amounting\s+to|valued\s+at)\s+)?
    {_ABOUT}""",
    re.VERBOSE | re.IGNORECASE,
)


# A role whose owner is named after it: "the largest destination for Peruvian exports".
_ROLE_FOR = re.compile(
    r"\b(?:destinations?|markets?|buyers?|sources?|suppliers?)\s+(?:for|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The owner's flow right after it: "Peruvian exports with", "Peru's imports (".
_FLOW_THEN = re.compile(r"(?:['’]s)?\s+(?:exports?|imports?)\b", re.IGNORECASE)


# "of Kazakh goods", "of Peruvian products": a demonym naming where traded goods come from;
# so does "for" after a role ("the largest market for Peruvian products").
_OF_BEFORE = re.compile(
    r"\bof\s+(?:the\s+)?$|\b(?:markets?|destinations?|buyers?)\s+for\s+$", re.IGNORECASE
)
_GOODS_AFTER = re.compile(r"\s+(?:goods|products|produce|commodities|merchandise)\b", re.IGNORECASE)


def _origin_of_goods(text: str, mention: CountryMention) -> bool:
    """Whether ``mention`` is a demonym naming the origin of goods ("buyer of Kazakh goods").

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "Chile was the largest buyer of Peruvian goods."
    >>> [_origin_of_goods(text, m) for m in find(text)]
    [False, True]
    """
    return (
        mention.kind == "demonym"
        and _OF_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None
        and _GOODS_AFTER.match(text, mention.end) is not None
    )


def role_after(text: str, start: int, mentions: Sequence[CountryMention]) -> CountryMention | None:
    """The state whose role a list ends with: "Russia ($5m) and China ($4m) were Peru's partners".

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "Chile ($5m) and Ghana ($4m) were Peru's main trading partners."
    >>> role_after(text, text.index("($5m)"), find(text)).code
    'PER'
    """
    for mention in mentions:
        if mention.start < start or mention.kind == "group":
            continue
        between = text[start : mention.start]
        if _CLAUSE_END.search(between):
            return None
        if _ROLE.match(text, mention.end) and _WERE.search(between):
            return mention
    return None


def role_later(text: str, start: int) -> str | None:
    """The flow of a state's role named later in the item's clause, by a possessive.

    "Chile ($5m) and Ghana ($4m) followed in the list of the country's main trading
    partners": the role noun gives the flow even when its owner is no state's name.

    >>> text = "Chile ($5m) and Ghana ($4m) were the country's next largest suppliers."
    >>> role_later(text, text.index("($4m)"))
    'import'
    >>> role_later("Chile ($5m) and Ghana ($4m) were the main partners.", 5)
    'turnover'
    >>> role_later("Chile ($5m) led; exports to the country's partners grew.", 5) is None
    True
    >>> role_later("Chile ($5m) is also the country's top market ($2m).", 5) is None
    True
    """
    found = _CLAUSE_END.search(text, start)
    end = len(text) if found is None else found.start()
    role = _ROLE.search(text, start, end) or _ROLE_CLOSING.search(text, start, end)
    if role is None or _A_DIGIT.search(text, role.end(), end):
        return None  # "... and is A's largest market ($2m)": that amount's role
    return role_flow(role.group("role"))


_A_DIGIT = re.compile(r"\d")


def role_owner(text: str, end: int, mentions: Sequence[CountryMention]) -> CountryMention | None:
    """The state whose role in trade the clause before ``end`` names: "A's largest partner".

    "B remained A's second largest trading partner after C, with which trade came to X":
    A's role is named, so A is the one trading with C.

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "Peru remained Chile's second largest trading partner after China, with"
    >>> role_owner(text, text.index(", with"), find(text)).code
    'CHL'
    >>> text = "Peru said trade with China grew"
    >>> role_owner(text, len(text), find(text)) is None
    True
    """
    for mention in reversed(mentions):
        if mention.end > end or mention.kind == "group":
            continue
        if _ROLE.match(text, mention.end) and not _CLAUSE_END.search(text, mention.end, end):
            return mention
    return None


# The verb between a role's subject and the role's owner: "(the EU) remains (Peru's)".
_IS_ROLE_OWNER = re.compile(
    r"\s+(?:is|was|remains|remained|became|has\s+become|stays|stayed)\s+"
    r"(?:again\s+|still\s+|also\s+)?(?:one\s+of\s+)?",
    re.IGNORECASE,
)
_WERE = re.compile(r"\b(?:were|are|was|is|remain(?:ed|s)?|became|become)\s+$", re.IGNORECASE)


def respective_states(
    text: str, amounts: Sequence[tuple[int, int]], mentions: Sequence[CountryMention]
) -> list[CountryMention] | None:
    """The states "A and B" that the amounts "X and Y respectively" belong to, in order.

    >>> from diplonews.text.countries import extract_country_mentions as find
    >>> text = "Chile and Peru, whose trade with Spain hit $3 million and $2 million respectively."
    >>> spans = [(text.index(a), text.index(a) + 10) for a in ("$3", "$2")]
    >>> [m.code for m in respective_states(text, spans, find(text))]
    ['CHL', 'PER']
    """
    if len(amounts) < 2 or not _RESPECTIVELY.match(text, amounts[-1][1]):
        return None
    earlier = [m for m in mentions if m.end <= amounts[0][0] and m.kind != "group"]
    count = len(amounts)
    for i in range(len(earlier) - count + 1):
        run = earlier[i : i + count]
        if all(_LIST_JOIN.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(run)):
            return list(run)
    return None
