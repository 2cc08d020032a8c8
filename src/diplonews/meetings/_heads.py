"""The heads of the delegations a story names in the sentence after its talks.

Ministry and agency readouts of a commission session or of political
consultations tell the event in one sentence and its heads in the next: "The
fourth meeting of the A-B commission was held in P on May 12. The A delegation
was headed by Minister X, while the B side was led by Deputy Minister Y", or
with the heads first: "Minister X led the A delegation, and Y led the B side." Each
head so told, of a state the record has as a side and of which it lists no one
yet, takes part in it. So do the signatories of the talks' document told the same
way ("A and B signed an accord after three days of talks. The accord was signed by
X and Y") where the talks list no one. The records' sides, dates and places stay as
they are.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.meetings._kinds import MEETING
from diplonews.meetings._merge import Candidate
from diplonews.text import PersonMention, extract_people
from diplonews.text.countries import state_codes
from diplonews.text.dates import CLAUSE_STOP
from diplonews.values import Country, Participant

__all__ = ["delegation_heads", "signatories_told_next"]

# A state's delegation (or side) told with its head: "The Kazakh delegation was headed by",
# "the Chilean side by", "while the Greek side was led by".
# (the state's word may hold dots: "The U.S. delegation")
_HEADED = re.compile(
    r"""\b[Tt]he\s+(?P<state>(?:[A-Z][\w'’.-]*\s+){1,3})(?:delegation|side)\s+
    (?:at\s+the\s+(?:meeting|talks|consultations|session)\s+)?
    (?:(?:was|were)\s+(?:headed|led|chaired)\s+)?by\s""",
    re.VERBOSE,
)
# The head told first, as the subject: "X led the U.S. delegation, and Y led the B side".
_LED = re.compile(
    r"""\s(?:led|headed)\s+the\s+(?P<state>(?:[A-Z][\w'’.-]*\s+){1,3})(?:delegation|side)\b""",
    re.VERBOSE,
)
_GAP = re.compile(r"\s*")
# The document of the talks told as signed by its signatories, opening the sentence: "The
# accord was signed by", "The documents were signed by", "The MoU has been signed by".
_SIGNED_BY = re.compile(
    r"""(?:The|This|These|Both)\s+(?:[\w-]+\s+){0,2}?(?:accords?|agreements?|memorandum|MoU
    |protocols?|programme|program|documents?|treaty|declaration|deal|plan|contract)\s+
    (?:was|were|has\s+been|have\s+been)\s+signed\s+by\s""",
    re.VERBOSE,
)
# A sentence's full stop, not an initial's ("The U.S. delegation").
_SENTENCE_END = re.compile(rf"(?<!\b[A-Z]){CLAUSE_STOP}(?:\s|\Z)")  # not "Oct. 18"


def _sentence_end(body: str, start: int) -> int:
    """Where the sentence going on at ``start`` ends (after its full stop), or the body's end."""
    stop = _SENTENCE_END.search(body, start)
    return len(body) if stop is None else stop.start() + 1


def delegation_heads(body: str, records: list[Candidate]) -> None:
    """Add to each talks record the delegation heads the sentence right after it names.

    Only a sentence that opens with a delegation's head ("The A delegation was headed
    by X") is read, and only the record whose own sentence ends just before it.
    """
    if "delegation" not in body and " side " not in body:
        return  # a cheap test: no delegation told
    readings: dict[int, list[tuple[str, Participant]]] = {}
    for record in records:
        if record.kind is not MEETING or len(record.countries) < 2:
            continue
        gap = _GAP.match(body, record.evidence[0].end)
        after = gap.end() if gap is not None else record.evidence[0].end
        if after not in readings:
            readings[after] = _heads_at(body, after)
        listed = {p.country.alpha_3 for p in record.participants if p.country is not None}
        names = {p.name for p in record.participants}
        for state, head in readings[after]:
            if state in record.countries and state not in listed and head.name not in names:
                listed.add(state)
                record.participants = [*record.participants, head]


def _heads_at(body: str, start: int) -> list[tuple[str, Participant]]:
    """The (state, head) pairs of the sentence at ``start``, when it opens with a head."""
    end = _sentence_end(body, start)
    first = _HEADED.match(body, start)
    led = _LED.search(body, start, end) if first is None else None
    if first is None and led is None:
        return []
    text = body[start:end]
    people = extract_people(text, fields=True)
    if led is not None:
        return _heads_first(text, people)
    out: list[tuple[str, Participant]] = []
    for told in _HEADED.finditer(text):
        states = state_codes(told["state"])
        head = next((p for p in people if p.start >= told.end()), None)
        if len(states) != 1 or head is None:
            continue
        # the head named right after "by", its role between ("by Deputy Minister X")
        if _HEADED.search(text, told.end(), head.start) is not None:
            continue
        (state,) = states
        out.append((state, Participant(head.name, head.role, Country(state))))
    return out


def _heads_first(text: str, people: Sequence[PersonMention]) -> list[tuple[str, Participant]]:
    """The (state, head) pairs of a sentence opening with a head who "led the A delegation".

    Each head is the official named right before his verb ("Deputy Minister X led the A
    delegation, and Y led the B side"); the sentence must open with the first of them.
    """
    out: list[tuple[str, Participant]] = []
    for told in _LED.finditer(text):
        head = next((p for p in reversed(people) if p.end <= told.start()), None)
        if head is None or text[head.end : told.start()].strip(" ,"):
            continue  # the verb's subject is no official named right before it
        if not out and "," in text[: head.start]:
            return []  # "After the talks, X led ...": no sentence opening with the head
        states = state_codes(told["state"])
        if len(states) == 1:
            (state,) = states
            out.append((state, Participant(head.name, head.role, Country(state))))
    return out


def signatories_told_next(body: str, records: list[Candidate]) -> None:
    """Give talks that list no one the signatories the sentence right after them names.

    "A and B signed a fishing agreement in P on Monday after three days of talks. The accord
    was signed by Minister X of A and Minister Y of B": the two who signed the talks' document
    took part in them. Only two or more officials, none of a state the talks do not have.
    """
    if "signed by" not in body:
        return  # a cheap test: no signatories told
    for record in records:
        if record.participants or record.kind is not MEETING:
            continue
        gap = _GAP.match(body, record.evidence[0].end)
        after = gap.end() if gap is not None else record.evidence[0].end
        told = _SIGNED_BY.match(body, after)
        if told is None:
            continue
        end = _sentence_end(body, told.end())
        people = extract_people(body[told.end() : end], fields=True)
        if len(people) < 2 or any(
            p.country is not None and p.country not in record.countries for p in people
        ):
            continue
        record.participants = [
            Participant(p.name, p.role, Country(p.country) if p.country else None) for p in people
        ]
