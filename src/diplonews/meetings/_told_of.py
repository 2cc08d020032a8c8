"""Officials who only speak of an event to come, not as its participants.

A readout or a wire story often has an official speak of a session still to
come: "X told reporters the joint commission would meet in June", "X and Y
discussed preparations for the summit that Z will host", "X welcomed Z's
hosting of the forum next month". The people named before such a verb said,
prepared or looked forward to the event; the sentence does not name them as
taking part in it, so a planned record does not list them. Where a pronoun
stands between the verb and the event ("X said he would attend the summit",
"X looked forward to her visit"), the speaker is its side and stays listed.
So too the host who invites a visit to come ("X invited Y to pay a visit to P",
"Z conveyed an invitation from X to Y to visit P"): the visitor is the guest, who
may be told by a title alone ("The President invited the Emir to visit P", "The
Prime Minister accepted an invitation to visit P").
An event that is only the topic of a past verb of talking ("discussed the
meeting of the ministers in May") takes no past from that verb: its own time
may lie on either side of the report.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from diplonews import _regex as re

__all__ = ["guest_title", "inviters", "recalled_only", "talked_of", "told_of_only"]

# A verb by which the people before it only speak of, or prepare, the event after it.
_TOLD_OF = re.compile(
    r"""\b(?:
        (?:said|says|told\s+(?:reporters|journalists|a\s+news\s+conference|the\s+press)
        |noted|stressed)\b
        # "discussed (the) preparations for", "reviewed the upcoming session of"
        |(?:discussed|reviewed|previewed)\s+(?:the\s+)?(?:preparations?\s+for\b)?
        |looked\s+forward\s+to\b
        |welcomed\b
        |briefed\s+[^,;]{1,60}?\s+on\b                   # "briefed the President on"
        |to\s+prepare(?:\s+for)?\b                       # "held a call ... to prepare for"
        |agreed\s+(?:that\b|to\s+(?:convene|hold)\b)     # "agreed that ... will convene"
        |directed\s+[^,;]{1,40}?\s+to\s+(?:hold|convene)\b
    )""",
    re.VERBOSE,
)
# A person's pronoun after the verb: the speaker is a side of the event ("said he would").
_OWN_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|I|we|our|my|they|their|them)\b")
# The speaker's own act is to welcome the guest of a visit to come ("said he looked forward
# to welcoming Y to P"): the host who invites is no side of it, as with "invited".
_HOST_AHEAD = re.compile(
    r"(?:he|she|I|we|they)\s+look(?:s|ed)?\s+forward\s+to\s+(?:welcoming|hosting|receiving)\b"
)
# "X looks forward to welcoming Y": the host of a guest to come, read up to the sentence's
# end, as the trigger may be the welcoming word itself.
_LOOKS_TO_HOST = re.compile(r"\blooks\s+forward\s+to\s+(?=(?:welcoming|hosting|receiving)\b)")
# After the event, one person's pronoun or the pair takes part: "the summit, which he will
# host", "the forum, which the two leaders will address".
_SIDE_AFTER = re.compile(
    r"\b(?:he|she|his|her|him)\b|\bthe\s+two\s+(?:leaders|ministers|presidents)\b"
)
# A clause of its own before the verb, whose subject is not the people named before it.
_NEW_SUBJECT = re.compile(r"(?:,\s+(?:and|but|while)|;)\s+(?:[\w'’-]+\s+){0,3}\Z")


# A verb by which the people before it only recall or judge an event that took place: "X
# recalled the meeting of the heads of state", "X congratulated Y on the successful summit".
_RECALLED = re.compile(
    r"""\b(?:recalled|congratulated\s+[^,;]{1,60}?\s+on|welcomed|commended|praised|hailed
    |noted)\b""",
    re.VERBOSE,
)


def recalled_only(body: str, lo: int, t0: int, hi: int) -> int | None:
    """Where the verb ends by which the people before it only recall the event at ``t0``.

    As :func:`told_of_only`, for an event that took place; "the two ministers" after
    the verb makes the speaker a side too.

    >>> body = "Ana Ruiz recalled the summit held in Lima in May."
    >>> recalled_only(body, 0, body.index("summit"), len(body))
    17
    >>> body = "Ana Ruiz recalled that the two ministers met in Lima in May."
    >>> recalled_only(body, 0, body.index("met"), len(body)) is None
    True
    """
    verb = _RECALLED.search(body, lo, t0)
    if (
        verb is None
        or _OWN_PRONOUN.search(body, verb.end(), t0) is not None
        # "X recalled that the two ministers had met": the pair, X among them
        or _SIDE_AFTER.search(body, verb.end(), hi) is not None
        or _NEW_SUBJECT.search(body, lo, verb.start()) is not None
    ):
        return None
    return verb.end()


def told_of_only(body: str, lo: int, t0: int, hi: int) -> int | None:
    """Where the verb ends by which the people before it only speak of the event at ``t0``.

    ``lo`` is where the text read before the trigger starts, ``hi`` where its
    sentence ends. None when no such verb stands in ``body[lo:t0]``, or a person's
    pronoun after the first one makes its speaker a side ("said he would attend",
    "the summit, which she will host").

    >>> body = "Ana Ruiz said the joint commission will meet in May."
    >>> told_of_only(body, 0, body.index("meet"), len(body))
    13
    >>> body = "Ana Ruiz said she will meet Bo Li in May."
    >>> told_of_only(body, 0, body.index("meet"), len(body)) is None
    True
    >>> body = "Ana Ruiz will meet Bo Li in May."
    >>> told_of_only(body, 0, body.index("meet"), len(body)) is None
    True
    >>> body = "Ana Ruiz said she looks forward to welcoming Bo Li for a visit in May."
    >>> told_of_only(body, 0, body.index("visit"), len(body))
    13
    """
    verb = _TOLD_OF.search(body, lo, t0)
    host = _LOOKS_TO_HOST.search(body, lo, hi) if "looks" in body[lo:t0] else None
    if host is not None and host.end() <= t0 and (verb is None or host.start() < verb.start()):
        verb = host
    own = _OWN_PRONOUN.search(body, verb.end(), t0) if verb is not None else None
    if (
        verb is None
        or (own is not None and _HOST_AHEAD.match(body, own.start()) is None)
        or _SIDE_AFTER.search(body, t0, hi) is not None
        # "X and Y held talks, and officials said ...": the speakers are not the people before
        or _NEW_SUBJECT.search(body, lo, verb.start()) is not None
    ):
        return None
    return verb.end()


# A past verb of talking whose topic is the event after it: "discussed the meeting of the
# ministers in May", "there was talk of the issue going to the summit in June", "thanked
# A for its hosting of the forum in November". Its past is the talk's, so the event's own
# bare month may lie on either side of the report. No word between tells the event done
# (a participle, its results, the hospitality during it, a "when" clause about it).
_TALKED_OF = re.compile(
    r"""\b(?:discussed|reviewed|talked\s+(?:about|of|over)|talk\s+of|thanked)\s
    (?:(?!\b(?:reached|made|held|signed|adopted|agreed|struck|concluded|achieved|secured|won
    |took|taken|met|attended|results?|outcomes?|implementation|during|hospitality|when|last|ago
    |earlier|past)\b)[^.;:!?])+\Z""",
    re.VERBOSE,
)


def talked_of(before: str) -> bool:
    """Whether the event after ``before`` is only the topic of a past verb of talking.

    >>> talked_of("They discussed the meeting of the ministers of defence in ")
    True
    >>> talked_of("He thanked Peru for the hospitality shown during the ")
    False
    >>> talked_of("They met at the ")
    False
    >>> talked_of("X discussed ")  # the talk itself
    False
    """
    if "alk" not in before and "ed " not in before:
        return False
    return _TALKED_OF.search(before, max(0, len(before) - 160)) is not None


# The host's words of an invitation before the visit: "X invited Y to" (not "X was invited",
# nor "invited him", the guest named before), "an invitation from X to Y to", "the invitation
# of X for Y to"; a messenger who "conveyed" or "extended" it is no visitor either.
_INVITED = re.compile(
    r"(?<!been\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)(?<!be\s)"
    r"\binvit(?:ed|es|ing)\b(?!\s+(?:him|her|them)\b)"
)
_INVITATION_FROM = re.compile(
    r"""(?P<conveyed>\b(?:conveyed|extended|delivered|relayed|handed\s+over)\b[^.;]{0,80}?)?
    \binvitation\s+(?:from|of)\s+(?P<host>[^.;]{1,120}?)\s+(?:to|for)\s""",
    re.VERBOSE,
)


def inviters(body: str, lo: int, t0: int) -> tuple[int, int] | None:
    """The span of ``body[lo:t0]`` naming the hosts who invite the visit at ``t0``, if any.

    >>> body = "Ana Ruiz invited Bo Li to visit Peru."
    >>> inviters(body, 0, body.index("visit"))
    (0, 9)
    >>> body = "Bo Li accepted an invitation from Ana Ruiz to visit Peru."
    >>> inviters(body, 0, body.index("visit"))
    (34, 42)
    >>> body = "Bo Li was invited to visit Peru."
    >>> inviters(body, 0, body.index("visit")) is None
    True
    """
    invitation = _INVITATION_FROM.search(body, lo, t0)
    if invitation is not None:
        # "X conveyed an invitation from Z to Y": X and Z both stay home
        return (lo if invitation["conveyed"] else invitation.start("host"), invitation.end("host"))
    invited = _INVITED.search(body, lo, t0)
    return (lo, invited.start()) if invited is not None else None


# A guest told by a title alone (a capitalised one, and maybe its state): "invited the Emir to
# visit", "extended an invitation to the Vice President to visit", "an invitation from X for
# the Prime Minister to visit", "The President of A accepted an invitation to visit".
_TITLE = (
    r"(?P<title>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})"  # "the Vice President"
    r"(?:\s+of\s+(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"  # "of Uzbekistan"
)
_GUEST_AFTER = re.compile(
    r"(?:\binvited|\binvitation\s+to|\binvitation\s+(?:from|of)\s+[^.;]{1,120}?\s+for)\s+the\s+"
    + _TITLE
    + r"\s+to\s+(?:pay\s|make\s|visit\b|come\b|travel\b)"
)
_GUEST_ACCEPTED = re.compile(
    r"\b[Tt]he\s+" + _TITLE + r"\s+(?:also\s+)?accepted\s+(?:in\s+principle\s+)?"
    r"(?:an|the)\s+invitation\b"
)


def guest_title(body: str, lo: int, t0: int) -> tuple[str, str | None] | None:
    """The title (and the state's words, if told) naming the guest of the visit at ``t0``.

    Only where ``body[lo:t0]`` tells an invitation to a guest named by a title alone.

    >>> body = "The President invited the Emir to visit Astana."
    >>> guest_title(body, 0, body.index("visit"))
    ('Emir', None)
    >>> body = "The President of Uzbekistan accepted an invitation to pay a visit to Rome."
    >>> guest_title(body, 0, body.index("visit"))
    ('President', 'Uzbekistan')
    >>> body = "The President invited Bo Li to visit Astana."
    >>> guest_title(body, 0, body.index("visit")) is None
    True
    """
    told = _GUEST_AFTER.search(body, lo, t0 + 6) or _GUEST_ACCEPTED.search(body, lo, t0)
    if told is None:
        return None
    return told["title"], told["state"]
