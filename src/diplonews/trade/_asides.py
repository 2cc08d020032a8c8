"""Asides between a trade figure's subject and its verb, blanked before figures are read.

"Kenyan-Ugandan trade, settled in dollars since 1980, reached 412 mln dlrs", "Exports to
Chile, mostly copper, rose to X", "The surplus with Japan, which buys most of its
exports, narrowed to X", "Finland, Poland's largest trading partner, had a surplus of
X": the words set off by commas describe the subject; they are neither the figure's
frame (another flow word, another state) nor its owner. :func:`blank_asides` replaces
each such aside, with its commas, by spaces (one character for one, so every offset
holds and the evidence is quoted as written), and the figure is read as if the subject
stood right before its verb.

An aside is blanked only where it opens with a word that starts a description (a
relative pronoun, a participle of payment or make-up, an adverb of make-up, an article
or a state's possessive), holds no amount and no period of its own, and is closed by a
comma right before a verb that states a level ("reached", "rose", "totalled", "was",
"had", "ran", ...); the subject before it is a flow's noun phrase ("A's exports to B",
"trade between A and B", "the surplus") or, before a verb that carries the flow itself
("had a surplus of X", "exported X"), a state's bare name.
"""

from __future__ import annotations

from diplonews import _regex as re
from diplonews.text.countries import extract_country_mentions

__all__ = ["blank_asides"]

# ", ASIDE, VERB": the aside's opening word, its words (no clause mark, bracket or
# amount), and the level verb after its closing comma.
_ASIDE = re.compile(
    r"""
    ,\s+
    (?P<aside>
        (?:which|who|whose                      # a relative clause: "which C watches"
          |(?:much|most|some|part|half|all)\s+of\s+(?:which|whose)  # "most of whose trade"
          |mostly|mainly|largely|chiefly|principally|predominantly  # the goods: "mostly tea"
          |settled|conducted|paid|denominated|carried\s+out  # how it is paid: "settled in"
          |made\s+up|consisting|dominated|led   # its make-up: "dominated by oil"
          |long|once|traditionally              # a standing: "long the largest"
          |the|a|an                             # an apposition: "the largest in the region"
          |[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}'s  # a state's: "Poland's largest partner"
        )\b
        [^,;:()\[\]"“”$£€¥%]{0,90}?             # its words, no clause mark or amount sign
    )
    ,\s+
    (?P<adverb>(?:also|alone|still)\s+)?      # an adverb before the verb: "also supplied"
    (?P<verb>
        (?:reached|rose|fell|grew|climbed|increased|decreased|declined|dropped|totall?ed
          |amounted|stood|was|were|is|are|came|hit|widened|narrowed|shrank|swelled
          |slipped|eased|jumped|surged|soared|plunged|slumped|doubled|tripled|expanded
          |contracted|topped|has|have|had|ran|runs|recorded|posted|registered|exported
          |imported|sold|bought|shipped|supplied|earned|saw
          |remained|became|accounted|overtook|took)
    )\b
    """,
    re.VERBOSE,
)
# A flow's noun in the subject: the aside describes a figure's subject.
_FLOW_NOUN = re.compile(
    r"\b(?:trade|trading|exports?|imports?|surplus(?:es)?|deficits?|turnover|balance|gap"
    r"|imbalance|shipments|sales|purchases|supplies|deliveries)\b",
    re.IGNORECASE,
)
# The verbs that carry the flow themselves, after a state's bare name: "A had a surplus".
_STATE_VERBS = frozenset(
    {"had", "has", "ran", "runs", "recorded", "posted", "registered", "exported", "imported"}
    | {"sold", "bought", "shipped", "supplied", "earned", "saw"}
)
# Where the subject's clause opens: the sentence's start, a clause mark, a dateline's dash.
_CLAUSE_OPEN = re.compile(r"[.;:!?]\s|\s[-–—]\s|,\s+(?:and|but|while|whereas|as)\s")
# The aside's own period or amount: its words then tell the figure's, never blanked.
_OWN_PERIOD = re.compile(
    r"\b(?:years?|months?|quarters?|half|halves|weeks?|days?|period|fiscal|earlier|later|ago"
    r"|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|percent|pct|per\s+cent)\b",
    re.IGNORECASE,
)
_SINCE_YEAR = re.compile(r"\bsince\s+(?:19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
# "Exports to Chile, the United States and Japan, rose": a list of names, no aside.
_LIST_END = re.compile(r"\band\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*$")
# A trading role in the aside: "Chile's second largest market", "the main buyer of X".
_ROLE = re.compile(
    r"\b(?:markets?|buyers?|customers?|clients?|suppliers?|partners?|destinations?|sources?"
    r"|outlets?|importers?|exporters?|purchasers?)\b"
)
# The goods' make-up, which tells that "deliveries" and "supplies" are goods sent.
_MAKE_UP = re.compile(r"(?:mostly|mainly|largely|chiefly|principally|predominantly)\b")
_GOODS_SENT = re.compile(r"\b(?:supplies|deliveries)\s*$", re.IGNORECASE)
# A partner the verb's own clause names, before its next comma: "had a surplus of X with B".
_PARTNER_AFTER = re.compile(r"(?:[^.;,]|[.,]\d)*?\b(?:with|to|from)\s+(?:the\s+)?[A-Z]")
# The verbs of a partner's part in a state's trade: "(B) accounted for X of the total",
# "overtook C as A's biggest supplier", "took X of A-adjective goods".
_PARTNER_VERBS = frozenset({"accounted", "overtook", "took", "supplied", "bought"})
# A partner's role said of a bare state after "was": "(B, ..., ) was the biggest source of
# imports", "is the largest market": the aside describes B, the figure is the role's.
_RANKED_ROLE = re.compile(
    r"\s+(?:the\s+|its\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+)"
    r"(?:single\s+|second[\s-]|third[\s-])?(?:largest|biggest|main|top|leading)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:markets?|destinations?|sources?|suppliers?|buyers?|customers?)\b"
)
_SUBJECT_WORDS = 14  # a subject longer than this is no noun phrase the aside follows


def _subject(text: str, comma: int) -> str:
    """The words of the aside's clause before its opening comma."""
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, 0, comma)]
    return text[opens[-1] if opens else 0 : comma].strip()


def _bare_state(subject: str, *, groups: bool = False) -> bool:
    """Whether the subject is a state's name alone: "Finland", "the United States".

    With ``groups``, a group's name alone too ("the European Union").
    """
    mentions = extract_country_mentions(subject)
    if len(mentions) != 1 or (mentions[0].kind == "group" and not groups):
        return False
    head = subject[: mentions[0].start].strip().casefold()
    return head in ("", "the") and not subject[mentions[0].end :].strip()


def blank_asides(text: str) -> str:
    """``text`` with each aside between a figure's subject and its verb blanked.

    >>> text = "Finnish-Polish trade, mostly tea and machinery, reached 2 bln dlrs."
    >>> read = blank_asides(text)
    >>> len(read) == len(text), " ".join(read.split())
    (True, 'Finnish-Polish trade reached 2 bln dlrs.')
    >>> " ".join(blank_asides("Finland, Poland's main partner, had a surplus with Poland.").split())
    'Finland had a surplus with Poland.'
    >>> blank_asides("Exports to Chile, Peru and Bolivia, rose to 2 bln dlrs.")
    'Exports to Chile, Peru and Bolivia, rose to 2 bln dlrs.'
    """
    if ", " not in text:
        return text
    spans: list[tuple[int, int]] = []
    for match in _ASIDE.finditer(text):
        aside = match.group("aside")
        # An aside's own year, amount or period would be the figure's: such words stay.
        if _DIGIT.search(_SINCE_YEAR.sub("", aside)) or _OWN_PERIOD.search(aside):
            continue
        if _LIST_END.search(aside.rstrip()):
            continue  # a list of states after a flow's partner, no description
        subject = _subject(text, match.start())
        if not subject or len(subject.split()) > _SUBJECT_WORDS:
            continue
        if _MAKE_UP.match(aside) and _GOODS_SENT.search(subject):
            continue  # "B-adjective deliveries, mostly oil,": the aside tells they are goods
        verb = match.group("verb").casefold()
        if _ROLE.search(aside) is not None and not (
            _bare_state(subject) and _PARTNER_AFTER.match(text, match.end("verb"))
        ):
            # "Japan, Chile's largest market, bought X": the role tells whose figure it is,
            # unless the verb's clause names the partner itself ("had a surplus with B").
            continue
        # A flow noun's subject takes any level verb; a bare state only one that carries
        # the flow itself ("had a surplus of X"), so the figure is still the state's.
        if _FLOW_NOUN.search(subject) is None and not (
            (verb in _STATE_VERBS and _bare_state(subject))
            # "B, most of whose trade with A is in fuel, was A's largest market", "...,
            # also supplied X of imports": the aside describes the partner B (a state or
            # a group) whose role in A's trade the clause tells
            or (
                (verb in _PARTNER_VERBS or _RANKED_ROLE.match(text, match.end("verb")) is not None)
                and _bare_state(subject, groups=True)
            )
        ):
            continue
        # The adverb stays with its verb ("China alone took X"): only the aside goes.
        spans.append((match.start(), match.start("adverb" if match["adverb"] else "verb")))
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for start, end in spans:
        # The closing comma and the space after it go too, but one space stays before the
        # verb; every character is replaced by one, so the offsets hold.
        parts.append(text[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)
