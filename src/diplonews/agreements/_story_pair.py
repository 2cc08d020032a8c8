"""The story-level parties step: an instrument told with one state takes the story's pair.

Run once, after every sentence rule has had its say (:func:`story_pair`), it completes the
parties of an instrument whose sentences name one state, from what the story tells, in this
order of evidence:

1. the event it was signed at or is to be signed at, told in its sentence ("during the
   visit", "at the session", "in the presence of the leaders", "a visit to B, where he
   signed"), or talks held under it ("the annual review under the grains agreement"): that
   event's sides, the pair the story is on there;
2. the two sides told collectively ("the two countries", "both sides", "the two
   governments"; "the sides" for an instrument with no name of its own): the same pair;
3. a government's own readout or release ("The President welcomed the signing of a
   memorandum with B"), which never names its own state: that state and B.

The pair the story is on is the two states of the latest sentence up to the instrument's that
names two, the one state among them, else the two states the story names most
(:meth:`StoryStates.top`). A group is never a side: an instrument whose sentences name a group
("the EU and B") or a set of more states ("the five Central Asian states") keeps its parties,
and so does one whose sentence tells both its sides, one of them no state ("between B and the
Community").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.agreements._parties import only_states, shifted, states
from diplonews.agreements._story import StoryStates
from diplonews.models import Party
from diplonews.text import BodyMentions, Sentence
from diplonews.values import Country

__all__ = ["story_pair"]

# The event an instrument was made at or is to be made at, in its own sentence: "during the
# visit", "at the closing ceremony of the commission", "in the presence of", "when the
# ministers meet", "paid a visit to B, where she signed".
_AT_EVENT = re.compile(
    r"""\b(?:during|at|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins)\s+of|following
    |after|ahead\s+of|before)\s+
    (?:(?:the|a|an|his|her|their|its|this|that|next|last)\s+)?(?:[\w’'.-]+\s+){0,6}?
    (?:visit|trip|talks|meeting|session|summit|call|consultations|commission|tour)s?\b
    |\bin\s+the\s+presence\s+of\b
    |\bwhen\s+(?:[\w’'.-]+\s+){0,8}?(?:meet|meets|visit|visits|travels?|arrives?)\b
    |\b(?:visit|trip)\s+to\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+(?:where|during\s+which)\b""",
    re.VERBOSE,
)

# The two sides told collectively: "the two countries", "both sides", "their two governments".
_TWO_SIDES = re.compile(
    r"\b(?:(?:the|their)\s+two|both)\s+(?:countries|governments|sides|nations|states|neighbou?rs"
    r"|capitals)\b",
    re.IGNORECASE,
)

# "the sides" alone, of an unnamed instrument ("the sides signed five documents"): a named one
# is often only mentioned beside the sides' own act ("under the X Convention, the sides agreed
# to reopen the crossing"); not "the sides of the border".
_THE_SIDES = re.compile(r"\bthe\s+sides\b(?!\s+of\b)")

# Both sides told in the sentence, one of them a body named alone: "between B and the
# Community" (not "between the Ministry of X of B and the Ministry of Y of C").
_BETWEEN_TOLD = re.compile(
    r"\bbetween\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+and\s+the\s+[A-Z][\w-]+\b"
    r"(?!\s+(?:of\b|[A-Z]))"  # not "and the Republic of B", "and the Ministry of X of B"
)

# More than two states told as a set: "the five Central Asian states", "the six countries".
_MANY_STATES = re.compile(
    r"\bthe\s+(?:three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:states|countries|nations|governments|members)\b",
    re.IGNORECASE,
)

# A readout's own principal, whose state it never names: "The President", "the Vice
# President" (not "the President of B"), "our two countries".
_OWN_PRINCIPAL = re.compile(r"\b(?:The|the)\s+(?:Vice\s+)?President\b(?!\s+of\b)|\bour\s+two\b")

# Talks held under the instrument, in its sentence: "the talks, the annual review under the
# grains agreement", "consultations under the accord": the talks' sides are the instrument's.
_HELD_UNDER = re.compile(
    r"\b(?:talks|consultations|reviews?|rounds?|sessions?)\b[^.;:()]{0,60}?\bunder\s+"
    r"(?:the|a|an|their|its)\b"
)

# A document told as many states': "a multilateral pact", "the plurilateral accord".
_MULTILATERAL = re.compile(r"\b(?:multi|pluri)-?lateral\b", re.IGNORECASE)

# A signer told: "signed in 2015 by A's minister", "an accord Ghana signed", "A has signed",
# "the treaty it signed" (one state's pronoun).
_SIGNER_TOLD = re.compile(
    r"\b(?:signed|inked|concluded)\s+(?:[^.;]{0,60}?\s)?by\b"
    r"|(?:\b[A-Z][\w’'-]+|\bit)\s+(?:(?:has|had|also)\s+)?(?:signed|inked|concluded)\b"
)

# How many sentences back the pair the story is on is sought: about a paragraph or two.
_LOOK_BACK = 6


def _other_side(pair: Sequence[Party], party: Party) -> Party | None:
    """The side of ``pair`` that is not ``party``, where ``party`` is one of the two."""
    if len(pair) != 2 or party not in pair:
        return None
    return pair[0] if pair[1] == party else pair[1]


def _sentence_states(sentence: Sentence, found: BodyMentions) -> list[Party]:
    """The states ``sentence`` names as actors (not as places), in order."""
    mentions = shifted(found.between(sentence.start, sentence.end), sentence.start)
    return list(only_states(states(mentions, 0, len(sentence.text), sentence.text)))


def _pair_side(party: Party, at: Sentence, story: StoryStates, found: BodyMentions) -> Party | None:
    """The other side of the pair the story is on at ``at``, where ``party`` is one of the two.

    The latest sentence up to ``at`` that names two states ("A and B set a target ...") tells
    the pair where ``party`` is one of them (and no pair where it is not); without one, the
    two states the story names most.
    """
    sentences = story.sentences
    end = bisect.bisect_right([s.start for s in sentences], at.start)
    for sentence in reversed(sentences[max(0, end - _LOOK_BACK) : end]):
        named = _sentence_states(sentence, found)
        if len(named) == 2:
            if party in named:
                return _other_side(named, party)
            break
    return _other_side(story.top(2), party)


def story_pair(
    parties: tuple[Party, ...],
    told: Sequence[Sentence],
    story: StoryStates,
    found: BodyMentions,
    release: str | None,
    *,
    named: bool = False,
    old: bool = False,
) -> tuple[Party, ...]:
    """``parties``, or two where they name one state and the story tells the other side.

    Args:
        parties: The instrument's parties after the sentence rules.
        told: The sentences that tell the instrument, the first one first.
        story: The states the story names, counted once.
        found: The story's country mentions.
        release: The state of the government whose own release the story is, or ``None``.
        named: Whether the instrument has a name of its own ("the X Convention").
        old: Whether it is a document signed in a year before the story's, told as background.

    Returns:
        ``parties`` sorted with the other side added, or ``parties`` unchanged.
    """
    if len(parties) != 1 or not told or not only_states(parties):
        return parties
    if any(m.kind == "group" for s in told for m in found.between(s.start, s.end)):
        return parties  # "the EU and B", "B's deal with the bloc": a group's side, none to add
    text = " ".join(s.text for s in told)
    if _MANY_STATES.search(text):
        return parties  # "the five Central Asian states": a set, not a pair
    party = parties[0]
    other: Party | None = None
    pair_told = (
        _AT_EVENT.search(text) is not None
        or _TWO_SIDES.search(text) is not None
        or (not named and _THE_SIDES.search(text) is not None)
        or _HELD_UNDER.search(text) is not None
        # "A reviewed the 1984 fisheries agreement": a document of years ago that one side acts
        # on, in a story on a pair, is the pair's (not "a multilateral pact": many states'; nor
        # one whose signer is told, "an accord A signed", "signed in 2015 by A's minister")
        or (old and _MULTILATERAL.search(text) is None and _SIGNER_TOLD.search(text) is None)
    )
    if pair_told and _BETWEEN_TOLD.search(text) is None:
        # "signed during the visit", "between the two countries": the pair the story is on
        other = _pair_side(party, told[0], story, found)
    if (
        other is None
        and release is not None
        and Country(release) != party
        and _OWN_PRINCIPAL.search(text)
    ):
        # "The President welcomed the signing of a memorandum with B": the readout's own state
        other = Country(release)
    if other is None:
        return parties
    return tuple(sorted((party, other), key=str))
