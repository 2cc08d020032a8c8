"""Whether an event is only judged, ruled out or denied, shared by the event extractors.

"Officials ruled out a summit this year", "denied reports of talks", "the row made a trade
agreement unlikely", "a treaty is not expected before the elections", "talks remain a
distant prospect", "hopes for an accord faded": the event's words name an event nobody has
held, signed or set. Spec section 2 makes talks "only proposed or speculated about" no
meeting, and section 3 an instrument with no document described no agreement, so the meeting
readers drop such an event and the agreement readers make no record of it.

The event is read as a noun phrase at ``text[start:end]`` (its determiner or head to the end
of its head); the frame stands before it, after it, or both.
"""

from __future__ import annotations

from diplonews import _regex as re
from diplonews._regex_words import holds_required, may_match

__all__ = ["judged_unreal"]

# The modifiers between a frame's verb and the event's head: "a", "an early", "any new".
_MODIFIERS = r"(?:(?:a|an|any|the|new|early|fresh|further|such)\s+)?(?:[\w'’-]+\s+){0,3}\Z"
# A frame that alone makes the event unreal, before it: "ruled out a summit", "denied reports
# of talks", "played down the chances of a deal", "no sign of a visit".
_UNREAL_BEFORE = re.compile(
    r"""\b(?:rul(?:ed|es|ing|e)\s+out
    # (a denial negated is none: "did not deny reports of talks" keeps them)
    |(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)(?<!\bnever\s)(?<!\bnor\s)
    den(?:ied|ies|y|ying)\s+(?:(?:press\s+|media\s+)?reports?|rumou?rs?)\s+(?:of|about)
    |play(?:ed|s|ing)?\s+down\s+(?:the\s+)?(?:chances?|prospects?|likelihood|possibility)\s+of
    |no\s+(?:sign|prospect|chance)s?\s+of)\s+"""
    + _MODIFIERS,
    re.VERBOSE | re.IGNORECASE,
)
# A verb of judging before the event, its judgement after it: "made (a deal) unlikely",
# "considered (talks) improbable".
_JUDGING_BEFORE = re.compile(
    r"\b(?:made|makes?|making|render(?:ed|s)?|considered|considers?|deemed|deems?|thought)\s+"
    + _MODIFIERS,
    re.IGNORECASE,
)
_JUDGED_AFTER = re.compile(
    r"""(?:\s+(?:between|of|with|by|to|on|for)\b[^,.;]{0,80}?)?\s+(?:now\s+|still\s+|highly\s+
    |very\s+|increasingly\s+)?(?:unlikely|improbable|impossible)\b""",
    re.VERBOSE,
)
# Hopes told before the event, faded after it: "Hopes for (an accord) faded".
_HOPES_BEFORE = re.compile(r"\b[Hh]opes?\s+(?:for|of)\s+" + _MODIFIERS)
_FADED_AFTER = re.compile(
    r"""(?:\s+(?:between|of|with|by|to|on|for)\b[^,.;]{0,80}?)?\s+(?:have\s+|had\s+)?
    (?:faded|dimmed|receded|evaporated|vanished|collapsed)\b""",
    re.VERBOSE,
)
# A frame that alone makes the event unreal, after it: "(a treaty) is not expected before",
# "(talks) remain a distant prospect", "(a deal) looked unlikely" (not "is unlikely to be
# ratified": a step of an instrument that is real).
_UNREAL_AFTER = re.compile(
    r"""(?:\s+(?:between|of|with|by|to|on|for)\b[^,.;]{0,80}?)?\s+
    (?:(?:is|was|are|were)\s+not\s+(?:now\s+|yet\s+)?(?:expected|likely|foreseen|in\s+prospect)\b
    # (not "was not expected to cover the claims": a real one's effect; but "not expected to
    # be signed" is the event's own step)
    (?!\s+to\b(?!\s+(?:be\s+(?:signed|reached|concluded|held|agreed|convened)|take\s+place)\b))
    |(?:is|was|are|were|seemed|seems|looked|looks|appeared|appears|remained|remains)\s+
    (?:now\s+|still\s+|highly\s+|very\s+|increasingly\s+)?(?:unlikely|improbable)\b(?!\s+to\b)
    |(?:remains?|remained|is|was|are|were)\s+(?:still\s+)?(?:a\s+)?(?:distant|remote)\s+
    (?:prospect|possibility|hope)s?\b)""",
    re.VERBOSE,
)
_REACH = 80  # how far before the event a frame may stand (its verb and the modifiers)


def judged_unreal(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> bool:
    """Whether the event named at ``text[start:end]`` is only judged, ruled out or denied.

    ``lo`` and ``hi`` bound the frames' reach (the event's sentence in a body).

    >>> judged_unreal("Officials ruled out a summit this year.", 22, 28)
    True
    >>> judged_unreal("The row made a deal unlikely.", 15, 19)
    True
    >>> judged_unreal("A treaty is not expected before May.", 0, 8)
    True
    >>> judged_unreal("A deal between them looked unlikely.", 0, 6)
    True
    >>> judged_unreal("The treaty is unlikely to be ratified soon.", 4, 10)
    False
    >>> judged_unreal("The protocol was not expected to cover old claims.", 4, 12)
    False
    >>> judged_unreal("A deal is not expected to be signed this year.", 0, 6)
    True
    >>> judged_unreal("Hopes for an accord faded.", 13, 19)
    True
    >>> judged_unreal("The summit took place on Monday.", 4, 10)
    False
    >>> judged_unreal("The row made a deal harder to reach.", 15, 19)
    False
    """
    lo = max(lo, start - _REACH)
    hi = len(text) if hi is None else hi
    # Each frame is sought only where the words every match of it holds stand: substring
    # tests in C, where each search or match enters the engine (most events have no frame).
    # The frames matched with case are gated by `may_match`, which reads their words off
    # the patterns; the two matched without case by the lists below.
    before = text[lo:start].lower()
    if (
        holds_required(before, _UNREAL_BEFORE_WORDS) and _UNREAL_BEFORE.search(text, lo, start)
    ) or (may_match(_UNREAL_AFTER, text, end, hi) and _UNREAL_AFTER.match(text, end, hi)):
        return True
    if (
        may_match(_JUDGED_AFTER, text, end, hi)
        and holds_required(before, _JUDGING_BEFORE_WORDS)
        and _JUDGING_BEFORE.search(text, lo, start)
        and _JUDGED_AFTER.match(text, end, hi)
    ):
        return True
    return bool(
        may_match(_FADED_AFTER, text, end, hi)
        and may_match(_HOPES_BEFORE, text, lo, start)
        and _HOPES_BEFORE.search(text, lo, start)
        and _FADED_AFTER.match(text, end, hi)
    )


# The strings one of which every match of each frame matched without case holds (which
# `may_match` does not read off such a pattern), lower-cased, of letters that match no other
# letter without case: "der" for "render" and "consider", whose "s" and "i" would match a
# long "s" and a dotless "i" that stay as they are in the lower-cased text; "mak" is safe, a
# Kelvin sign lower-cases to "k".
_UNREAL_BEFORE_WORDS = ("of", "out")  # "ruled out", "reports of", "about", "no sign of"
_JUDGING_BEFORE_WORDS = ("mad", "mak", "der", "deem", "thought")
