"""Whether an event is told only inside what a source denies, shared by the event extractors.

"Officials denied a report by a Lima daily that the minister had also met Bolivian envoys",
"the ministry denied reports in local newspapers that it planned separate talks with the
EC", "dismissed as speculation claims that the two sides had signed a secret protocol": the
event is stated only inside the content clause a source denies, so it is neither held nor
planned (spec section 2: talks "only proposed or speculated about" are no meeting) and no
document is made (section 3). The clause runs from its "that" to the end of the sentence,
or to where the speaker's own words take over (", saying the visit would come later",
"and said ..."): what follows is judged on its own.

Only the event the clause asserts is denied: one it merely presumes stays as the rest of
the article tells it ("denied reports that the talks had collapsed" keeps the talks, "denied
that it had violated the accord" the accord). And a denial negated is none: "did not deny
that they met", "neither confirmed nor denied".
"""

from __future__ import annotations

from diplonews import _regex as re

__all__ = ["denied_clause", "told_denied"]

# The denial and its object, up to the "that" opening the denied clause.
_DENIAL = re.compile(
    r"""\b(?:den(?:ied|ies|y|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|e|ing))\s+
    # "dismissed as speculation claims that", "denied as untrue reports that"
    (?:as\s+(?:[\w-]+\s+){0,2}?(?:speculation|rumou?rs?|untrue|false|baseless|groundless
      |unfounded|nonsense|inaccurate|fabricated|fabrications?|wrong)\s+)?
    # "denied on Monday that"
    (?:on\s+[A-Z][a-z]+\s+)?
    (?:
      # the report's noun, a few words before it ("a Gulf newspaper report") and after it
      # ("by a Lima daily", "in local newspapers", "on Tuesday"), then "that" or "saying"
      (?:[\w'’-]+\s+){0,4}?(?:reports?|claims?|speculation|rumou?rs?|suggestions?
        |allegations?|stor(?:y|ies)|accounts?|assertions?)\s+
      (?:(?:by|in|on|from|carried|published|circulating)\s+[^.;:,"“”]{0,60}?\s+)?
      (?:that|saying(?:\s+that)?)
    |that)\s+""",
    re.VERBOSE,
)
_REACH = 300  # how far before the event its denial may stand
# A denial negated or withheld: "did not deny", "would not deny", "never denied", "neither
# confirmed nor denied", "refused to deny".
_NEGATED = re.compile(
    r"""(?:\bnot|n['’]t|\bnever|\bnor|\b(?:refus|declin|fail)\w*\s+to)\s+(?:[a-z]+\s+)?\Z""",
    re.IGNORECASE,
)
# Where the denied clause ends: the speaker's own words, a new clause or a quotation.
_CLAUSE_END = re.compile(
    # (and the sentence's end where no bounds are given, not an initial's: "U.S.", "F.")
    r"""[;:"“”\n]|(?<!\b[A-Z])[.!?](?=\s|\Z)
    |,\s*(?:saying|adding|noting|insisting|stressing|explaining|arguing|citing|describing
      |calling|as|and|but|while|whereas|although|though|because|since|which|who|when
      |according)\b
    |\s(?:and|but)\s+(?:(?:he|she|it|they|the\s+[\w-]+|officials?)\s+)?(?:said|says|added
      |insisted|stressed|noted|confirmed|announced|described|called|urged)\b""",
    re.VERBOSE,
)


def denied_clause(
    text: str, pos: int, lo: int = 0, hi: int | None = None
) -> tuple[int, int] | None:
    """The span of the content clause a source denies that holds ``pos``, or None.

    ``lo`` and ``hi`` bound the search (the sentence); the span runs from the first word
    after the denial's "that" to the clause's end.

    >>> text = "Officials denied a report by a Lima daily that X had met Y, saying Z."
    >>> start, end = denied_clause(text, text.index("met"))
    >>> text[start:end]
    'X had met Y'
    >>> denied_clause(text, text.index("Z")) is None
    True
    >>> denied_clause("He did not deny that X had met Y.", 25) is None
    True
    >>> text = "They denied that X had met the EU. Peru signed a pact."
    >>> denied_clause(text, text.index("signed")) is None
    True
    >>> text = "They denied that X had met U.S. officials in Lima."
    >>> denied_clause(text, text.index("Lima")) is None
    False
    """
    hi = len(text) if hi is None else hi
    lo = max(lo, pos - _REACH)
    window = text[lo:pos].lower()
    if not any(word in window for word in ("den", "dismiss", "reject", "refut")):
        return None  # (most events have no denial before them: a substring test first)
    found = None
    for match in _DENIAL.finditer(text, lo, pos + 1):
        if match.end() > pos:
            break
        found = match
    if found is None:
        return None
    if _NEGATED.search(text, max(0, found.start() - 30), found.start()):
        return None
    end = _CLAUSE_END.search(text, found.end(), hi)
    stop = end.start() if end is not None else hi
    return (found.end(), stop) if pos < stop else None


# A verb before the event inside the clause: the event is what the clause asserts ("that X
# had met", "that it planned separate talks", "that X would visit"); a participle after a
# determiner is an adjective ("the planned summit").
_ASSERTING = re.compile(
    r"""(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)
    \b(?:had|has|have|was|were|is|are|be|been|being|would|will|could|might|may|should|shall
    |did|does|do|planned|plans|planning|intended|intends|wanted|wants|sought|seeks|seeking
    |agreed|met|meets|meet|held|holds|hold|holding|visited|visits|visit|travell?(?:ed|ing)
    |stopp(?:ed|ing)|spoke|spoken|phoned|telephoned|called|signed|reached|concluded|went
    |paid|arranged|arranging|prepared|preparing)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# The event's own existence told after it, when it is the clause's subject: "that talks had
# taken place", "that a summit would be held", "that the protocol had been signed".
_EXISTS_AFTER = re.compile(
    r"""[^;]{0,80}?\b(?:would|will|was|were|is|are|had|has|have)\s+(?:already\s+|also\s+|soon\s+)?
    (?:been\s+|be\s+)?(?:take\s+place|taken\s+place|took\s+place|held|happen(?:ed)?|go\s+ahead
    |gone\s+ahead|convened|planned|scheduled|arranged|agreed|begin|begun|started|opened
    |resumed|signed|concluded|initial(?:l)?ed|reached|sealed|inked)\b""",
    re.VERBOSE | re.IGNORECASE,
)


def told_denied(
    text: str,
    start: int,
    end: int,
    lo: int = 0,
    hi: int | None = None,
    *,
    asserting: re.Pattern[str] | None = None,
) -> bool:
    """Whether the event at ``text[start:end]`` is what a denied clause asserts.

    ``asserting`` is the verb before the event that makes the clause assert it (by default
    any verb: "had met", "planned talks"); an event that is the clause's subject is asserted
    only with its existence after it ("that a summit would be held"), else it is presumed.

    >>> text = "The ministry denied reports that X had met Y in Lima."
    >>> told_denied(text, text.index("met"), text.index("met") + 3)
    True
    >>> text = "Officials denied reports that the talks had collapsed."
    >>> told_denied(text, text.index("talks"), text.index("talks") + 5)
    False
    """
    span = denied_clause(text, start, lo, hi)
    if span is None or end > span[1]:
        return False
    if (asserting or _ASSERTING).search(text, span[0], start):
        return True  # "that X had met", "that the two sides had signed a protocol"
    if asserting is None and _ASSERTING.match(text, start):
        return True  # the event's word is the clause's verb: "that X met Y"
    # the event the clause's subject: asserted only with its existence ("would be held")
    return bool(_EXISTS_AFTER.match(text, end, span[1]))
