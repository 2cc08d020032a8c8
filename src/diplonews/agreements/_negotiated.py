"""The trade pact two states are negotiating, told only by the negotiations.

"the stalled free trade negotiations", "A/B bilateral trade negotiations, which must be
concluded by October": an agreement being negotiated is planned (spec), though no
instrument word names it. Read once a story, after its instruments, and only where none
of them is already a planned one.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.agreements._parties import named_states, of_the_day
from diplonews.agreements._story import StoryStates
from diplonews.models import Agreement, AgreementKind, AgreementStatus, Article, Party
from diplonews.text import BodyMentions, Sentence
from diplonews.values import Span

__all__ = ["TRADE_NEGOTIATIONS", "negotiated_trade_pact"]

# Negotiations on a trade pact between two sides: "free trade talks", "free-trade
# negotiations", "bilateral trade negotiations" (world or round talks have no two sides).
TRADE_NEGOTIATIONS = re.compile(
    r"\b(?:[Ff]ree[- ]trade|[Bb]ilateral\s+trade)\s+(?:negotiations|talks)\b"
)
# Negotiations told as ended in a text: that pact is another record's (signed), not planned.
_ENDED = re.compile(
    r"\b(?:concluded|completed|finali[sz]ed|wrapped\s+up)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:[Ff]ree[- ]trade|[Bb]ilateral\s+trade)\s+(?:negotiations|talks)\b"
    r"|\b(?:negotiations|talks)\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:successfully\s+)?(?:concluded|completed|finali[sz]ed)\b"
)


def _named_in(sentence: Sentence, found: BodyMentions) -> tuple[Party, ...]:
    """The states a sentence names, each once, in order."""
    return tuple(dict.fromkeys(named_states(sentence, found)))


def negotiated_trade_pact(
    article: Article,
    sentences: Sequence[Sentence],
    found: BodyMentions,
    story: StoryStates,
    told: Sequence[Agreement],
) -> Agreement | None:
    """The planned trade pact the first sentence on two sides' trade negotiations tells.

    Its parties are the two states the sentence names ("Canada/U.S. bilateral trade
    negotiations", "negotiations under way with the U.S." in a story on Canada), else the
    two the story names most. None where a planned record is already told, where the
    negotiations are told as ended or in the sentence of an instrument told, where they are
    with a group, or where no two states are found.
    """
    if any(a.status is AgreementStatus.PLANNED for a in told):
        return None  # "talks on a free trade agreement": the pact is already a record
    evidence = {span.start for record in told for span in record.evidence}
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if TRADE_NEGOTIATIONS.search(text) is None:
            continue
        if sentence.start in evidence:
            return None  # "signed a free trade agreement, ending free trade talks": that one's
        if _ENDED.search(text):
            return None
        if any(m.kind == "group" for m in found.between(sentence.start, sentence.end)):
            return None  # "free trade talks with the GCC": a bloc across the table, not a pair
        parties = _named_in(sentence, found)
        if len(parties) < 2 and index > 0:
            # "She said A/B. Bilateral trade negotiations ...": a sentence cut at "B."
            # after the sides; the one before tells them
            parties = tuple(dict.fromkeys(_named_in(sentences[index - 1], found) + parties))
        if len(parties) < 2:
            top = story.top(2)
            if len(top) < 2 or not set(parties) <= set(top):
                return None  # a third state's talks, or a story naming no pair
            parties = top
        if len(parties) != 2:
            return None  # many states' talks: no one pact between two sides
        return Agreement(
            article_id=article.id,
            kind=AgreementKind.AGREEMENT,
            parties=of_the_day(sorted(parties, key=str), article.published),
            status=AgreementStatus.PLANNED,
            evidence=[Span.of(article.body, sentence.start, sentence.end)],
            rule="agreement.planned_trade_negotiations",
        )
    return None
