"""What the whole story tells, read once: the states it names most, its body's meeting.

:class:`StoryStates` counts each state's mentions once per story (the parties of an
instrument that names none fall back on them); :class:`BodyStory` tells whether the story is
on a meeting of an organisation's body, whose documents are the body's, not two states'.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.agreements._events import EVENT_WORD
from diplonews.agreements._parties import DATELINE, in_location, people_from
from diplonews.agreements._words import vocabulary
from diplonews.models import Article, Party
from diplonews.text import BodyMentions, PersonMention, Sentence, bloc_seat, extract_people
from diplonews.text.countries import place_country
from diplonews.values import Country

__all__ = ["BodyStory", "StoryStates", "body_document", "dateline_state", "officials"]


def officials(text: str, article: Article | None) -> tuple[PersonMention, ...]:
    """The officials ``text`` names, with their states (office holders of the article's year)."""
    year = article.published.year if article is not None and article.published else None
    return extract_people(text, year=year)


# A document adopted or signed as the act of a meeting: "statements were adopted", "gave
# their approval to the convention", "signed the following".
_ADOPTED = re.compile(
    # "the ministers are expected to adopt a declaration": the meeting's act to come
    r"\b(?:signed|adopt(?:ed)?|approved|inked|(?:gave|give|gives)\s+(?:their|its)\s+approval\s+to"
    # "the leaders are expected to sign the X Declaration", "will sign": as "to adopt"
    r"|(?:to|will|shall)\s+sign"
    r"|(?:is|are|was|were)\s+being\s+implemented)\b",
    re.IGNORECASE,
)

# A byline standing as a sentence of its own before the lead: "By Jane Doe".
_BYLINE = re.compile(r"\s*By\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}\s*")


def _body_meeting(sentences: Sequence[Sentence], found: BodyMentions) -> bool:
    """Whether the lead sentence reports a meeting of an intergovernmental body's organ.

    "At the Council of Foreign Ministers of the CIS, which met in Minsk on April 12":
    the documents it adopts are the members' (no state is named as their party).
    """
    lead = next((s for s in sentences if not _BYLINE.fullmatch(s.text)), None)
    if lead is None:
        return False
    return EVENT_WORD.search(lead.text) is not None and any(
        m.kind == "group" for m in found.between(lead.start, lead.end)
    )


class BodyStory:
    """Whether a story reports a body's meeting, found on the first question only."""

    def __init__(self, sentences: Sequence[Sentence], found: BodyMentions) -> None:
        self._sentences, self._found = sentences, found
        self._answer: bool | None = None

    def __bool__(self) -> bool:
        if self._answer is None:
            self._answer = _body_meeting(self._sentences, self._found)
        return self._answer


def body_document(body_story: BodyStory, text: str) -> bool:
    """Whether an instrument naming no state is a document a body's meeting adopted."""
    if _ADOPTED.search(text) is None or not body_story:
        return False
    return vocabulary().business.search(text) is None  # not "companies signed ..."


class StoryStates:
    """How often a story names each state outside a place phrase, counted on first use.

    "the sides", "both countries" and "an agreement with B" all ask for the states a
    story names most; counted once per story, a story of many such mentions stays linear.
    Ties keep the order of first mention.
    """

    def __init__(
        self,
        found: BodyMentions,
        body: str,
        article: Article | None = None,
        sentences: Sequence[Sentence] = (),
    ) -> None:
        self._found, self._body = found, body
        self._counts: Counter[str] | None = None
        self._article = article
        self._sentences = sentences
        self._people: tuple[PersonMention, ...] | None = None

    @property
    def article(self) -> Article | None:
        """The article the story is read from, where the caller gave it."""
        return self._article

    @property
    def sentences(self) -> Sequence[Sentence]:
        """The story's sentences, as read."""
        return self._sentences

    @property
    def people(self) -> tuple[PersonMention, ...]:
        """The officials the story's sentences name, with their states, read on first use."""
        if self._people is None:
            self._people = officials(" ".join(s.text for s in self._sentences), self._article)
        return self._people

    @property
    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts = Counter(
                m.code
                for m in self._found.mentions
                if m.kind != "group"
                and not in_location(self._body, m)
                and not people_from(self._body, m)  # "migrants from B": a topic
                and self._body[m.end : m.end + 1] != "$"  # "US$1 billion": a currency
            )
        return self._counts

    def with_home_of(self, pair: Sequence[Party], other: Party) -> tuple[Party, ...]:
        """``other`` with the state of ``pair`` the story names more (the first on a tie), sorted.

        "B expects to sign an agreement on visas with C. Negotiations on a similar document
        with D are under way": D's partner is B or C, whichever the story is about.
        """
        counts = self.counts
        home = max(pair, key=lambda p: counts[str(p)])
        return tuple(sorted((home, other), key=str))

    def top(self, n: int) -> tuple[Party, ...]:
        """The ``n`` states named most; the dateline's state fills in for a side not named.

        "Islamabad, May 30: ... met the visiting Uzbek minister ... signed between the
        two countries": the story names one state, its dateline the other.
        """
        named = [code for code, _ in self.counts.most_common(n)]
        if 0 < len(named) < n and self._article is not None:
            home = dateline_state(self._article, self._body)
            if home is not None and home not in named:
                named.append(home)
        if 0 < len(named) < n:
            # "The Uzbek president arrived in Ashgabat on a visit", "held talks in Ashgabat",
            # "will visit Ashgabat": the capital the one state's official is in is the host side
            for m in self._found.mentions:
                if (
                    m.kind == "capital"
                    and m.code not in named
                    and _IN_HOST_CAPITAL.search(self._body, max(0, m.start - 40), m.start)
                ):
                    named.append(m.code)
                    break
        return tuple(Country(code) for code in named)


# A visitor's arrival, visit or talks right before a capital: "arrived in ", "held talks in ",
# "will visit ", "travelled to ": the one named state's official is there, the capital's state
# is the host (not "signed in", "based in": a place only).
_IN_HOST_CAPITAL = re.compile(
    r"\b(?:arriv(?:ed|es|ing)\s+in|(?:held|hold|holds|holding)\s+talks\s+in|visit(?:ed|s|ing)?"
    r"|(?:travel(?:l?ed|s|ing)?|flew|flies|fly|trip|journey)\s+to)\s+$"
)


def dateline_state(article: Article, body: str) -> str | None:
    """The state a story is datelined from ("ISLAMABAD, March 18 -"), if known.

    The dateline is the one the reader kept apart, else a wire dateline at the body's
    start; its state is read as every dateline's is (:func:`place_country`).
    """
    if article.dateline:
        line = article.dateline
    else:
        head = DATELINE.match(body)
        if head is None:
            return None
        line = head.group()
    if bloc_seat(body, line):
        return None  # "BRUSSELS, June 23 - The EC and A signed": the bloc's seat, no side
    return place_country(line)
