"""The European Union's stand-ins: the words a story about the bloc names it by.

News about the European Union, and about the European Community before it, names the
bloc by other words once it has named it: "Brussels" acting ("as Brussels seeks a deal",
"Brussels and Ottawa signed"), and the minister of the state that presides over its
Council signing for it ("Danish Foreign Minister A, current president of the EC Council
of Ministers"). :func:`bloc_stand_ins` reads these as mentions of the group ``"EU"`` in
the mentions of a body that names the bloc; the extractors then treat them as they treat
"the EU". ("the Community" and "the Commission" are read only as a side of a state's talks:
"talks with the Community", "A and the Community", "The Commission held talks with A";
elsewhere, as "the Twelve", they are not read: as mentions of the bloc they join the events
of the sessions its stories tell into one.)

"Brussels" stays Belgium's capital where it is a place ("in Brussels", "to Brussels",
a wire dateline, "the Brussels summit") or does not head its clause as the one acting
("urged Brussels to", "between Brussels and Beijing": the extractors' pairs of sides hold
states only), and in a story that names Belgium itself ("Belgium and France have argued
... Brussels and Paris signed"): there the city may be either, and the state is the
reading the story supports.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.text.countries import CountryMention

__all__ = ["bloc_stand_ins", "seat_only"]

_EU = "EU"
_BELGIUM = "BEL"
# The bloc's own names as a presidency phrase writes them: "the EC Council", "the Community".
_BLOC = (
    r"(?:E\.?C\.?|E\.?U\.?|EEC|European\s+(?:Economic\s+)?Community|European\s+Union"
    r"|Community|Twelve|bloc)"
)
# The phrase after a presiding minister's name that has the minister act for the bloc:
# ", current president of the EC Council of Ministers", ", whose country holds the rotating
# EU presidency", ", who signed on behalf of the Community".
_PRESIDING = re.compile(
    r"(?:\s+[A-Z][\w.'’-]*){1,6},\s+"  # the title and name after the demonym: " Foreign Minister A"
    r"(?:(?:the\s+)?(?:current\s+|outgoing\s+|acting\s+|rotating\s+)?"
    rf"(?:president|chairman|chair)\s+of\s+the\s+{_BLOC}(?:[’']s)?\s+(?:[Cc]ouncil|[Mm]inisters)"
    rf"|whose\s+country\s+(?:now\s+|currently\s+)?holds\s+the\s+(?:[a-z]+\s+)?{_BLOC}\s+presidency"
    rf"|(?:who\s+)?(?:signed\s+|signing\s+|acting\s+|spoke\s+|speaking\s+)(?:it\s+)?"
    rf"(?:on\s+behalf\s+of|for)\s+the\s+{_BLOC})"
)
# Before "Brussels" heading its clause as the one who acts: the text's or a sentence's
# start, a comma, a conjunction ("as Brussels seeks", "and Brussels said"), a fronted day
# ("On Monday, Brussels signed"). After a verb or a preposition ("urged Brussels to",
# "between Brussels and Beijing", "talks in Brussels") it is left as it is.
_CLAUSE_BEFORE = re.compile(
    r"(?:\A|[.!?;:,]|\b(?:[Aa]s|that|while|[Ww]hen|but|and|after|because|since|if|though"
    r"|although|until|unless|so))\s*\Z"
)
# After "Brussels" acting: a verb (an auxiliary, a verb of wanting, saying, seeking, or a
# word in -s or -ed: "seeks", "signed"), maybe after a second side ("Brussels and Ottawa
# signed") or an adverb ("Brussels also wants").
_VERB_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"  # a second side: "and New Delhi"
    r"(?:\s+(?:also|now|still|already|again|reportedly|has|have|had))?"
    r"\s+(?:will|would|could|should|must|may|might|can|is|was|are|were|has|have|had"
    r"|(?!(?:news|bus|gas|press|class|series|process|status|crisis|basis|[a-z]*ss)\b)[a-z]+s"
    r"|[a-z]+ed|said|held|sought|made|took|gave|won|told|met|set|put|struck|reached)\b"
)
_REACH = 30  # characters before "Brussels" read for the word that opens its clause
# "the Community" or "the Commission", the bloc's names once the story has named it.
_BLOC_WORD = re.compile(r"\b[Tt]he\s+(?:European\s+)?(?:Community|Commission)\b(?![’']s\b)")
# Before it as a side of a state's talks: "with" after a word of talks ("held talks with the
# Community", "met with the Commission"; "an accord with the Community" is a deal's topic, no
# side) or a name and "and" ("Hungary and the Community ended talks").
_SIDE_BEFORE = re.compile(
    r"(?:\b(?:talks|negotiations|consultations|meeting|met|meet|meets|negotiate[sd]?)"
    r"(?:\s+[\w,'’-]+){0,4}?\s+with|\b[A-Z][\w.'’-]*\s+and)\s+\Z"
)
# After it, opening its clause: "and" and a name ("The Commission and Hungary agreed").
_SIDE_AFTER = re.compile(r"\s+and\s+(?:the\s+)?[A-Z]")
# "European" paired with a state's adjective before the officials of talks: "European and
# Indian trade officials ended talks", "Indian and European negotiators met".
_EUROPEAN_PAIR = re.compile(
    r"\bEuropean(?=\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:[a-z]+\s+)?"
    r"(?:officials|negotiators|diplomats)\b)"
    r"|(?<=[a-z]\sand\s)European(?=\s+(?:[a-z]+\s+)?(?:officials|negotiators|diplomats)\b)"
)
# Or a verb of talks: "The Commission held talks with A", "The Community will meet A"
# ("The Commission said", "The Community has reacted" tell no talks and stay unread).
_TALKS_AFTER = re.compile(
    r"\s+(?:(?:will|would|is\s+due\s+to|is\s+to|has|had|also)\s+)*"
    r"(?:(?:held|hold|holds|holding|opened|open|opens|ended|end|ends|resumed|resume|began|begin"
    r"|concluded|conclude)\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations|consultations)"
    r"|met|meet|meets)\b"
)


def _names_bloc(mentions: Sequence[CountryMention]) -> bool:
    return any(m.kind == "group" and m.code == _EU for m in mentions)


def _names_belgium(mentions: Sequence[CountryMention]) -> bool:
    return any(m.code == _BELGIUM and m.kind in ("name", "demonym") for m in mentions)


def seat_only(place: str, mentions: Sequence[CountryMention]) -> bool:
    """Whether a place that names Brussels is only the bloc's seat in a story of ``mentions``.

    A story that names the bloc, and Belgium by no name or demonym, is told from the bloc's
    seat ("BRUSSELS, June 23 - The European Community and A signed ..."): the place tells
    no state that takes part.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> seat_only("BRUSSELS, May 4", extract_country_mentions("The EC and Peru signed a pact."))
    True
    >>> seat_only("BRUSSELS, May 4", extract_country_mentions("Belgium and Peru signed a pact."))
    False
    """
    return "brussels" in place.casefold() and _names_bloc(mentions) and not _names_belgium(mentions)


def _presiding(body: str, mention: CountryMention) -> bool:
    """Whether a demonym heads a minister told acting for the bloc (the Council's president)."""
    return mention.kind == "demonym" and _PRESIDING.match(body, mention.end) is not None


def _acting(body: str, mention: CountryMention) -> bool:
    """Whether "Brussels" heads its clause before a verb: "as Brussels seeks a deal"."""
    before = body[max(0, mention.start - _REACH) : mention.start]
    return bool(_CLAUSE_BEFORE.search(before) and _VERB_AFTER.match(body, mention.end))


def _as_bloc(mention: CountryMention) -> CountryMention:
    return CountryMention(_EU, "group", mention.start, mention.end, mention.text)


def bloc_stand_ins(body: str, mentions: Sequence[CountryMention]) -> tuple[CountryMention, ...]:
    """The mentions of ``body`` with the bloc's stand-ins read as the group ``"EU"``.

    In a body that names the European Union or Community (a group mention ``"EU"``):
    a demonym heading a minister who presides over its Council or signs for it ("Danish
    Foreign Minister A, current president of the EC Council of Ministers") is the bloc (the
    minister signs for it, not for the state); and "Brussels" heading its clause before a
    verb ("as Brussels seeks", "Brussels and Ottawa signed") is the bloc, unless the body
    names Belgium by name or demonym elsewhere (a Belgian story). Other mentions are kept
    as they are.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> body = "The EU wants a deal. Brussels and Ottawa met in Brussels."
    >>> [(m.code, m.text) for m in bloc_stand_ins(body, extract_country_mentions(body))]
    [('EU', 'EU'), ('EU', 'Brussels'), ('CAN', 'Ottawa'), ('BEL', 'Brussels')]
    >>> body = "Belgium and the EU differ. Brussels wants a deal."
    >>> [m.code for m in bloc_stand_ins(body, extract_country_mentions(body))]
    ['BEL', 'EU', 'BEL']
    """
    if not _names_bloc(mentions):
        return tuple(mentions)
    # the Council's president signs for the bloc, not for the state that holds the office
    found = [_as_bloc(m) if _presiding(body, m) else m for m in mentions]
    # the bloc's capital acts for it only where the story does not name Belgium itself
    if not _names_belgium(found):
        found = [
            _as_bloc(m)
            if m.code == _BELGIUM
            and m.kind == "capital"
            and m.text.casefold() == "brussels"
            and _acting(body, m)
            else m
            for m in found
        ]
    # a state's counterpart told as "the Community" or "the Commission" is the bloc (spec
    # section 2: talks of a state with an intergovernmental body are a meeting); elsewhere
    # ("a session of the Community") they stay unread, so a bloc's own sessions stay apart
    sides = [
        CountryMention(_EU, "group", hit.start(), hit.end(), hit.group(0))
        for hit in _BLOC_WORD.finditer(body)
        if _counterpart(body, hit.start(), hit.end())
        and not any(m.start < hit.end() and hit.start() < m.end for m in found)
    ]
    # "European and Indian officials": the story's bloc beside a state's officials, not Europe
    sides += [
        CountryMention(_EU, "group", hit.start(), hit.end(), hit.group(0))
        for hit in _EUROPEAN_PAIR.finditer(body)
        if _beside_demonym(found, hit.start(), hit.end())
    ]
    if sides:
        found = sorted([*found, *sides], key=lambda m: (m.start, m.end))
    return tuple(found)


def _beside_demonym(mentions: Sequence[CountryMention], start: int, end: int) -> bool:
    """Whether a state's adjective stands right beside "European" at ``start:end``.

    "European and Indian", "Indian and European"; "European" must be no mention already.
    """
    if any(m.start < end and start < m.end for m in mentions):
        return False
    # a state's adjective, or its name used as one ("New Zealand officials")
    return any(m.kind in ("demonym", "name") and 0 <= m.start - end <= 6 for m in mentions) or any(
        m.kind in ("demonym", "name") and 0 <= start - m.end <= 6 for m in mentions
    )


def _counterpart(body: str, start: int, end: int) -> bool:
    """Whether "the Community" at ``start:end`` is a side of a state's talks.

    "talks with the Community", "A and the Community", or heading its clause before "and A"
    or a verb of talks ("The Commission and A will open negotiations", "The Commission held
    talks with A").
    """
    before = body[max(0, start - 2 * _REACH) : start]
    if _SIDE_BEFORE.search(before):
        return True
    # heading its clause before "and A" or a verb of talks: "The Commission and A will open
    # negotiations", "The Commission held talks with A"
    return bool(
        _CLAUSE_BEFORE.search(before)
        and (_SIDE_AFTER.match(body, end) or _TALKS_AFTER.match(body, end))
    )
