"""What the article as a whole tells a meeting mention, past the trigger's sentence.

Its headline's states, the pairs of states it names, the state it is told for, the officials
its dateline gives a state and the day its dateline gives the story: the candidate reader, the
pass over the candidates and the last passes all ask these readers.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Sequence

import attrs

from diplonews import _regex as re
from diplonews.models import Article
from diplonews.text import (
    PersonMention,
    body_mentions,
    extract_people,
    home_country,
    meeting_words,
)
from diplonews.text.countries import (
    CountryMention,
    headline_mentions,
)
from diplonews.text.dates import CLAUSE_STOP

__all__ = [
    "article_pairs",
    "dateline_officials",
    "headline_states",
    "lead_states",
    "pair_referent",
    "story_head",
    "story_pairs",
    "story_state",
    "the_story_pair",
]


# A government title with no body in it: "Prime Minister", "Finance Minister", "Treasury
# Secretary", "President" (not "Bundesbank President", "OPEC conference president").
_GOVERNMENT_TITLE = re.compile(
    r"""(?:(?:Deputy|Vice|First\s+Deputy)\s+)?(?:Prime\s+Minister|Premier|President|Chancellor
    |(?:(?!Bank\b|Bundesbank\b|Conference\b|Fund\b)[A-Z][a-z]+\s+){0,2}(?:Minister|Secretary)
    (?:\s+(?:of|for)\s+(?:[A-Z][a-z]+\s*(?:and\s+)?){1,3})?)""",
    re.VERBOSE,
)


# A head of government's title, which a republic without one never gives its officials.
_PREMIER = re.compile(r"(?:(?:Deputy|Vice|First\s+Deputy)\s+)?(?:Prime\s+Minister|Premier)\b")


@functools.cache
def _no_prime_minister() -> frozenset[str]:
    """Republics whose government has no prime minister (``meeting_words.json``)."""
    return frozenset(meeting_words()["no_prime_minister"])


def dateline_officials(
    body: str, people: Sequence[PersonMention], mentions: Sequence[CountryMention], state: str
) -> tuple[PersonMention, ...]:
    """Officials titled without a state in a datelined story are the dateline state's.

    "TOKYO, April 27 - Prime Minister X ..." names Japan's prime minister, as an
    outlet's own readout names its government's: the title must be a government's
    (a minister, a president), with no body named with it anywhere ("World Bank
    President X", "X, President of Y Bank") and no state named just after it.
    """
    near_a_state = [m.start for m in mentions if m.kind != "group"]
    # "WASHINGTON - ... Prime Minister X": not the dateline state's, which has none
    no_premier = state in _no_prime_minister()
    of_a_body = {
        p.name
        for p in people
        if _BODY_BEFORE.search(body, max(0, p.start - 30), p.start)
        or _BODY_AFTER.match(body, p.end)
        # "Minister X and other senior Japanese officials": a state named with the official
        or any(
            p.end <= at < p.end + 40 and _WITH_STATE.fullmatch(body, p.end, at)
            for at in near_a_state
        )
    }
    # a state has one holder of a head's office: "President of A X" ... "at the invitation of
    # President Y" names another state's president, whatever the dateline
    held = {
        (office, p.name)
        for p in people
        if p.country == state and (office := _head_office(p.role, whole=False)) is not None
    }
    taken = {
        p.name
        for p in people
        if (office := _head_office(p.role, whole=True)) is not None
        and any(o == office and name != p.name for o, name in held)
    }
    return tuple(
        attrs.evolve(p, country=state)
        if p.country is None
        and p.role is not None
        and p.name not in of_a_body
        and p.name not in taken
        and _GOVERNMENT_TITLE.fullmatch(p.role)
        and not (no_premier and _PREMIER.match(p.role))
        else p
        for p in people
    )


# The office of a state's head or head of government, as a title begins: "President",
# "Prime Minister" (not "Deputy Prime Minister").
_HEAD_OFFICE = re.compile(r"(?:President|Prime\s+Minister)\b")


def _head_office(role: str | None, *, whole: bool) -> str | None:
    """The head's office a role begins with ("President of A" is "president"), or ``None``.

    With ``whole``, the role must be that office alone ("President", no state named).
    """
    if role is None:
        return None
    found = _HEAD_OFFICE.fullmatch(role) if whole else _HEAD_OFFICE.match(role)
    return " ".join(found[0].lower().split()) if found is not None else None


# A body's name just before an official's title, or after it: "World Bank President X",
# "OPEC Conference President X", "X, President of Y Bank".
# (a word ending a sentence, "Mirzo. ", is none: "U.N. " keeps its capital before the dot;
# nor is a conjunction or an adverb opening a sentence, "But X will attend": no body's word)
_BODY_BEFORE = re.compile(
    r"""(?:\b(?!(?:The|An?|But|And|Yet|So|Then|Now|Also|Still|Meanwhile|Later|Earlier|Instead
    |Today|Yesterday|Tomorrow)\b)[A-Z][\w.&-]*(?<![a-z]\.)\s+)+\Z""",
    re.VERBOSE,
)
_BODY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_WITH_STATE = re.compile(
    r"\s+(?:and\s+(?:other\s+)?(?:[a-z]+\s+){0,2}|of\s+(?:the\s+)?|from\s+(?:the\s+)?)|,\s+"
)


_HEAD_TITLE = re.compile(r"(?<!Vice\s)(?<!Deputy\s)\b(?:President|King|Emir|Amir|Sultan)\b")


def story_head(people: Sequence[PersonMention], start: int) -> PersonMention | None:
    """The head of state a story's "the head of state" stands for, or ``None``.

    It is the first person named before ``start`` with a head of state's title
    and a state ("President of A X" ... "the head of state also met Y").
    """
    return next(
        (
            p
            for p in people
            if p.start < start and p.country and p.role and _HEAD_TITLE.search(p.role)
        ),
        None,
    )


def headline_states(article: Article) -> set[str]:
    """The states the article's headline names (no groups).

    A headline in capitals ("U.S. MAY DROP TARIFFS IF JAPAN OPENS") is also read in
    title case, where its names are found ("Japan").

    >>> sorted(headline_states(Article(id="x", title="PERU, CHILE IN FISHING TALKS", body=".")))
    ['CHL', 'PER']
    """
    return set(_headline_order(article))


def _headline_order(article: Article) -> list[str]:
    """The states the article's headline names, in the order it names them (no groups).

    >>> _headline_order(Article(id="x", title="CANADA WARNS DANISH EXPORTERS", body="."))
    ['CAN', 'DNK']
    """
    found = [m for m in headline_mentions(article.title or "") if m.kind != "group"]
    return list(dict.fromkeys(m.code for m in found))


def story_state(article: Article) -> str | None:
    """The state a story is told for: the first its headline names, else the outlet's.

    >>> story_state(Article(id="x", title="PERU TO KEEP FUEL SUBSIDY", body="."))
    'PER'
    """
    states = _headline_order(article)
    return states[0] if states else home_country(article)


def article_pairs(article: Article) -> Callable[[str], set[str]]:
    """The states the article names beside a state: in its headline, or paired in the story.

    Every state of the headline is named beside any other state; in the story,
    two states joined by a dash or slash ("Turkish-Uzbek"), by "between A and
    B", or by "and" in the lead sentence ("A and B agreed ...") are a pair.

    >>> partners = article_pairs(Article(id="x", title="Japan and Peru to talk trade",
    ...                                   body="Relations between France and Spain grow."))
    >>> sorted(partners("FRA")), sorted(partners("JPN"))
    (['ESP', 'JPN', 'PER'], ['PER'])
    """
    title = headline_states(article)
    pairs: set[tuple[str, str]] = set()
    for a, b in story_pairs(article):
        pairs |= {(a, b), (b, a)}

    def partners(own: str) -> set[str]:
        return (title | {b for a, b in pairs if a == own}) - {own}

    return partners


def story_pairs(article: Article) -> list[tuple[str, str]]:
    """The pairs of states the story names as pairs, in the order it names them.

    Two states joined by a dash or slash ("Turkish-Uzbek"), by "between A and B",
    by "and" in the lead sentence ("A and B agreed ..."), or by one's trade with the
    other ("A's trade surplus with B").

    >>> story_pairs(Article(id="x", body="India and Nepal agreed. Talks between Peru and Chile."))
    [('IND', 'NPL'), ('PER', 'CHL')]
    >>> story_pairs(Article(id="x", body="Exports grew. Peru's deficit with Chile widened."))
    [('PER', 'CHL')]
    """
    mentions = [m for m in body_mentions(article.body).mentions if m.kind != "group"]
    stop = _LEAD_STOP.search(article.body, 0, _LEAD_CHARS)  # the lead sentence's end
    lead_end = stop.end() if stop is not None else min(len(article.body), _LEAD_CHARS)
    return [
        (a.code, b.code)
        for a, b in itertools.pairwise(mentions)
        if a.code != b.code
        and (
            _PAIRED.fullmatch(article.body, a.end, b.start)
            or _TRADE_WITH.fullmatch(article.body, a.end, b.start)
            or (
                _AND.fullmatch(article.body, a.end, b.start)
                and (
                    _BETWEEN.search(article.body, max(0, a.start - 12), a.start)
                    or b.end <= lead_end  # "A and B agreed ..." in the lead sentence
                )
            )
        )
    ]


def lead_states(article: Article) -> set[str]:
    """The states the story's lead sentence names (groups aside).

    >>> sorted(lead_states(Article(id="x", body="Peru, Chile and Bolivia agreed. Spain did not.")))
    ['BOL', 'CHL', 'PER']
    """
    stop = _LEAD_STOP.search(article.body, 0, _LEAD_CHARS)
    lead_end = stop.end() if stop is not None else min(len(article.body), _LEAD_CHARS)
    return {
        m.code
        for m in body_mentions(article.body).mentions
        if m.kind != "group" and m.end <= lead_end
    }


_LEAD_CHARS = 600  # enough for a lead sentence
# where a lead sentence ends, near enough (not at "Oct. 18": a day's month)
_LEAD_STOP = re.compile(rf"(?:{CLAUSE_STOP}|[!?])(?=\s)|\n")
# What joins the two states of a pair: "Turkish-Uzbek", "between Turkey and Uzbekistan".
_PAIRED = re.compile(r"\s*[-–—/]\s*")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?\Z")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# A state's trade told with another: "China's surplus with the United States", "Peru's trade
# deficit with Chile" (the pair whose officials "the two countries" may name later).
_TRADE_WITH = re.compile(
    r"""['’]s\s+(?:[a-z-]+\s+){0,2}?(?:surplus|deficit|trade|exports|imports)\s+
    (?:[a-z-]+\s+){0,2}?with\s+(?:the\s+)?""",
    re.VERBOSE,
)


# The officials a plural title names, by the title each was introduced with: "the two
# presidents" are two officials titled "President", "the two leaders" two heads.
_TITLE_OF_PLURAL = {
    "presidents": re.compile(r"(?<!Vice\s)(?<!Deputy\s)\bPresident\b"),
    "prime ministers": re.compile(r"(?<!Deputy\s)(?<!First\s)\b(?:Prime\s+Minister|Premier)\b"),
    "leaders": re.compile(
        r"(?<!Vice\s)(?<!Deputy\s)(?<!First\s)\b(?:President|Prime\s+Minister|Premier)\b"
    ),
}


def the_story_pair(article: Article, at: int, plural: str | None) -> set[str]:
    """The two states a story's "the two presidents", "the two countries" before ``at`` stand for.

    The story tells its pair at the level of the article, whichever branch reads the
    mention: its headline's two states; else the two states of the officials the story
    introduced with the plural's title ("Brazil's President X ... Argentina's President Y
    ... The two presidents met"); else the first two it names as a pair ("A and B" in the
    lead, "A-B ties"); else the two states the paragraph before the mention and the
    mention's own paragraph up to it name. Empty where none of these gives exactly two.

    >>> body = ("Peru's President Ana Ruiz hosted the summit. "
    ...         "Chile's President Luis Soto attended it. The two presidents met later.")
    >>> art = Article(id="x", body=body)
    >>> sorted(the_story_pair(art, body.index("The two"), "presidents"))
    ['CHL', 'PER']
    """
    title = headline_states(article)
    if len(title) == 2:
        return title
    title_word = _TITLE_OF_PLURAL.get(" ".join(plural.lower().split())) if plural else None
    if title_word is not None:
        people = extract_people(article.body[:at])
        states = {
            p.country
            for p in people
            if p.country is not None and p.role is not None and title_word.search(p.role)
        }
        if len(states) == 2:
            return states
    told = story_pairs(article)
    if told:
        return set(told[0])
    # "A has long quarrelled with its neighbour B over wine. (new paragraph) Officials from
    # the two countries are to hold talks": the two states the paragraph before names
    body = article.body
    own = body.rfind("\n", 0, at)  # where the mention's paragraph opens
    before = body[: max(own, 0)].rstrip()
    start = before.rfind("\n") if own > 0 else -1
    states = {
        m.code for m in body_mentions(body).mentions if m.kind != "group" and start < m.start < at
    }
    return states if len(states) == 2 else set()


def pair_referent(article: Article, told: Sequence[tuple[int, Iterable[str]]], at: int) -> set[str]:
    """The two states a pair phrase at ``at`` ("both governments", "the two leaders") refers to.

    The latest pair told before it: a record of exactly two sides (``told``: where each
    record's sentence starts, and its states; of records read from one sentence, the one
    whose state the story named last), or two states the phrase's paragraph names as a pair
    after it ("an A-B peace deal", "talks between A and B"); never a group of three or more.
    Where nothing before it tells a pair, the story's own (:func:`the_story_pair`). A
    sentence merely naming two states is no referent: they are often its topics ("support
    for Ukraine", "a route through Afghanistan").

    >>> body = "Peru's envoy met Chile's minister. They backed a Kenya-Uganda deal. Both sides..."
    >>> sorted(pair_referent(Article(id="x", body=body), [(0, ["CHL", "PER"])], body.index("Both")))
    ['KEN', 'UGA']
    >>> sorted(pair_referent(Article(id="x", body=body), [(0, ["CHL", "PER"])], 35))
    ['CHL', 'PER']
    >>> body = "Talks of Peru, Chile and Bolivia. Both sides agreed to meet."
    >>> sorted(pair_referent(Article(id="x", title="Peru, Chile talk", body=body), [], 34))
    ['CHL', 'PER']
    """
    mentions = [
        m for m in body_mentions(article.body).mentions if m.end <= at and m.kind != "group"
    ]
    named = {m.code: m.start for m in mentions}  # where each state is named last before it
    # records read from one sentence ("separate meetings with A, B and C"): the one whose
    # state the story named last ("In his meeting with A's president, ... The two leaders")
    last, latest, pair = -1, -1, set[str]()
    for start, sides in told:
        states = set(sides)
        own = max((named.get(code, -1) for code in states), default=-1)
        if start < at and len(states) == 2 and (start, own) >= (last, latest):
            last, latest, pair = start, own, states
    opening = article.body.rfind("\n", 0, at)  # the phrase's paragraph
    for a, b in itertools.pairwise(mentions):
        if (
            a.code != b.code
            and a.start > max(last, opening)
            and (
                _PAIRED.fullmatch(article.body, a.end, b.start)
                or (
                    _AND.fullmatch(article.body, a.end, b.start)
                    and _BETWEEN.search(article.body, max(0, a.start - 12), a.start)
                )
            )
        ):
            last, pair = a.start, {a.code, b.code}
    return pair or the_story_pair(article, at, None)
