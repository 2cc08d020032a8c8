"""Meetings and agreements as PLOVER-style event records, with their CAMEO codes.

`PLOVER <https://github.com/openeventdata/PLOVER>`_ is the event ontology of
the POLECAT dataset and the successor of CAMEO. Each event is one JSON object
(JSON Lines for many) with the required keys ``id``, ``date``, ``actor`` and
``event``, plus the optional keys we can fill: ``recipient``, ``mode``,
``context``, ``event_text``, ``text_info``, ``cite_info``, ``coder`` and
``comment``. Three keys are ours and PLOVER readers ignore them: ``cameo``
(the CAMEO code), ``date_precision`` and ``record_id``.

Which event a record becomes is fixed by :data:`PLOVER_MAPPING`, one row per
rule, in the order the rules are tried:

* a held call is CAMEO 041, PLOVER CONSULT with mode ``phone``;
* a held visit is CAMEO 042 (the visiting side is the actor, the host the
  recipient) plus CAMEO 043 (the host side as actor); when the host is not
  known (no location among the sides), one CONSULT ``visit`` event, CAMEO 040,
  with every side in ``actor``;
* a held meeting at a location outside every side's own country is CAMEO 044,
  CONSULT ``third-party``; any other held meeting CAMEO 040, CONSULT;
* a held conference is CAMEO 044, CONSULT ``multilateral``;
* a planned meeting of any kind is CAMEO 036, AGREE (the announcement);
* a signed or ratified agreement is CAMEO 057, SUPPORT;
* a planned agreement is CAMEO 036, AGREE (intent to negotiate or sign).

Sides and direction. The sides of a meeting are its countries, then its
organization (sector ``IGO``); those of an agreement are its parties (a
country group such as ``"EU"`` is an ``IGO`` entity with no country code).
Apart from visits, diplonews records no direction: with exactly two sides the
first (in the record's sorted order) is the ``actor`` and the second the
``recipient``; with more than two, all sides go in ``actor`` (PLOVER allows
compound actors) and ``recipient`` is empty. A record with no side at all
gives no event.

Dates. PLOVER wants a full ``YYYY-MM-DD``. A partial date is written as its
first day, and ``date_precision`` (``"year"``, ``"month"`` or ``"day"``) says
how much of it the text gave. AGREE events for planned records are the
announcement, so they are dated by the article's publication date
(``date_precision`` ``"published"``) and the planned date, when known, goes
in ``planned_date`` (without a publication date, the planned date dates the
event). A held record without a date falls back to the publication date the
same way; a record with neither is skipped.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from diplonews._files import PathOrText, json_text, open_output
from diplonews.models import (
    Agreement,
    AgreementStatus,
    ArticleResult,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Party,
)
from diplonews.values import Country, PartialDate, Span

__all__ = [
    "PLOVER_MAPPING",
    "PloverRule",
    "agreement_events",
    "meeting_events",
    "write_plover_jsonl",
]


@attrs.frozen(kw_only=True)
class PloverRule:
    """One row of the record-to-event mapping.

    Attributes:
        name: the rule's name, quoted in each event's ``comment``.
        record: ``"meeting"`` or ``"agreement"``.
        condition: when the rule applies, in words (shown in the docs).
        cameo: the CAMEO event code.
        event: the PLOVER event name.
        mode: the PLOVER mode, or ``None``.
        actor: who goes in ``actor``: ``"sides"`` (the default split described
            in the module docs), ``"visitor"`` or ``"host"``.
    """

    name: str
    record: Literal["meeting", "agreement"]
    condition: str
    cameo: str
    event: str
    mode: str | None = None
    actor: Literal["sides", "visitor", "host"] = "sides"


#: The mapping from diplonews records to PLOVER events and CAMEO codes, one row per rule.
PLOVER_MAPPING: tuple[PloverRule, ...] = (
    PloverRule(
        name="held-call",
        record="meeting",
        condition="kind call, status held",
        cameo="041",
        event="CONSULT",
        mode="phone",
    ),
    PloverRule(
        name="held-visit",
        record="meeting",
        condition="kind visit, status held, host known: the visiting sides",
        cameo="042",
        event="CONSULT",
        mode="visit",
        actor="visitor",
    ),
    PloverRule(
        name="hosted-visit",
        record="meeting",
        condition="kind visit, status held, host known: the host side",
        cameo="043",
        event="CONSULT",
        mode="visit",
        actor="host",
    ),
    PloverRule(
        name="held-visit-unclear",
        record="meeting",
        condition="kind visit, status held, host unknown",
        cameo="040",
        event="CONSULT",
        mode="visit",
    ),
    PloverRule(
        name="held-meeting-abroad",
        record="meeting",
        condition="kind meeting, status held, location outside every side's country",
        cameo="044",
        event="CONSULT",
        mode="third-party",
    ),
    PloverRule(
        name="held-meeting",
        record="meeting",
        condition="kind meeting, status held, any other location",
        cameo="040",
        event="CONSULT",
    ),
    PloverRule(
        name="held-conference",
        record="meeting",
        condition="kind conference, status held",
        cameo="044",
        event="CONSULT",
        mode="multilateral",
    ),
    PloverRule(
        name="planned-meeting",
        record="meeting",
        condition="any kind, status planned",
        cameo="036",
        event="AGREE",
    ),
    PloverRule(
        name="signed-agreement",
        record="agreement",
        condition="status signed or ratified",
        cameo="057",
        event="SUPPORT",
    ),
    PloverRule(
        name="planned-agreement",
        record="agreement",
        condition="status planned",
        cameo="036",
        event="AGREE",
    ),
)

_RULES = {rule.name: rule for rule in PLOVER_MAPPING}


def _version() -> str:
    from diplonews import __version__  # noqa: PLC0415 (module __getattr__, read lazily)

    return str(__version__)


def _entity(side: Party | str) -> dict[str, Any]:
    """A PLOVER entity for a country (GOV), a country group or an organization (IGO)."""
    if isinstance(side, Country):
        return {"code": side.alpha_3, "sector": "GOV", "entity_text": side.name}
    return {"code": None, "sector": "IGO", "entity_text": str(side)}


def _split(sides: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Actor and recipient lists for a record with no known direction."""
    if len(sides) == 2:
        return [sides[0]], [sides[1]]
    return sides, []


def _meeting_rules(meeting: Meeting) -> list[PloverRule]:
    """The rules that apply to ``meeting``, in :data:`PLOVER_MAPPING` order."""
    if meeting.status is MeetingStatus.PLANNED:
        return [_RULES["planned-meeting"]]
    host = meeting.location.country if meeting.location is not None else None
    if meeting.kind is MeetingKind.CALL:
        return [_RULES["held-call"]]
    if meeting.kind is MeetingKind.VISIT:
        others = len(meeting.countries) - 1 + (1 if meeting.organization else 0)
        if host is not None and host in meeting.countries and others > 0:
            return [_RULES["held-visit"], _RULES["hosted-visit"]]
        return [_RULES["held-visit-unclear"]]
    if meeting.kind is MeetingKind.CONFERENCE:
        return [_RULES["held-conference"]]
    if host is not None and meeting.countries and host not in meeting.countries:
        return [_RULES["held-meeting-abroad"]]
    return [_RULES["held-meeting"]]


def _agreement_rule(agreement: Agreement) -> PloverRule:
    if agreement.status is AgreementStatus.PLANNED:
        return _RULES["planned-agreement"]
    return _RULES["signed-agreement"]


def _event(
    rule: PloverRule,
    *,
    record_id: str,
    rule_of_record: str,
    date: PartialDate | None,
    actor: list[dict[str, Any]],
    recipient: list[dict[str, Any]],
    evidence: tuple[Span, ...],
    result: ArticleResult,
) -> dict[str, Any] | None:
    """Assemble one event dict, or ``None`` when it cannot be dated."""
    extra: dict[str, Any] = {}
    if rule.event == "AGREE" and date is not None:
        extra["planned_date"] = date.isoformat()
    # AGREE is the announcement: the publication date first; otherwise the record's own date.
    use_published = result.published is not None and (rule.event == "AGREE" or date is None)
    if use_published:
        assert result.published is not None
        day, precision = result.published.isoformat(), "published"
    elif date is not None:
        day, precision = date.first_day().isoformat(), date.precision
    else:
        return None
    comment = f"diplonews rule {rule.name} ({rule.condition}) -> CAMEO {rule.cameo}"
    if precision == "published":
        comment += "; dated by the article's publication date"
    elif precision != "day":
        comment += f"; date known to the {precision}, written as its first day"
    if rule_of_record:
        comment += f"; extraction rule {rule_of_record}"
    first = evidence[0] if evidence else None
    event: dict[str, Any] = {
        "id": f"{record_id}/{rule.cameo}",
        "date": day,
        "date_precision": precision,
        **extra,
        "actor": actor,
        "recipient": recipient,
        "event": [rule.event],
        "mode": rule.mode,
        "context": ["diplomatic"] if rule.event in ("AGREE", "SUPPORT") else [],
        "cameo": rule.cameo,
        "event_text": first.text if first is not None else None,
        "text_info": ({"start": first.start, "end": first.end} if first is not None else None),
        "cite_info": {
            "url": result.url,
            "publication": result.outlet,
            "title": result.title,
            "language": "en",
        },
        "coder": f"diplonews {_version()}",
        "comment": comment,
        "record_id": record_id,
    }
    return event


def meeting_events(meeting: Meeting, result: ArticleResult) -> list[dict[str, Any]]:
    """The PLOVER events for one meeting, following :data:`PLOVER_MAPPING`.

    Args:
        meeting: the meeting to export.
        result: the article document the meeting comes from (for the
            publication date and the citation).

    Returns:
        Two events for a held visit whose host is known (CAMEO 042 and 043),
        none when the meeting has no side or cannot be dated, else one.

    >>> from diplonews.exports.plover import meeting_events
    >>> import datetime as dt
    >>> from diplonews import ArticleResult, Country, Meeting, PartialDate
    >>> doc = ArticleResult(id="a1", published=dt.date(2022, 1, 27))
    >>> call = Meeting(article_id="a1", kind="call", status="held",
    ...                countries=[Country("PAK"), Country("AZE")], date=PartialDate(2022, 1))
    >>> [event] = meeting_events(call, doc)
    >>> event["cameo"], event["event"], event["mode"], event["date"], event["date_precision"]
    ('041', ['CONSULT'], 'phone', '2022-01-01', 'month')
    >>> [a["code"] for a in event["actor"]], [r["code"] for r in event["recipient"]]
    (['AZE'], ['PAK'])
    >>> meeting_events(Meeting(kind="call", status="held"), doc)
    []
    """
    sides = [_entity(c) for c in meeting.countries]
    if meeting.organization:
        sides.append(_entity(meeting.organization))
    if not sides:
        return []
    events: list[dict[str, Any]] = []
    for rule in _meeting_rules(meeting):
        if rule.actor == "sides":
            actor, recipient = _split(sides)
        else:
            assert meeting.location is not None  # only chosen when the host is known
            host = [_entity(meeting.location.country)] if meeting.location.country else []
            guests = [_entity(c) for c in meeting.countries if c != meeting.location.country]
            if meeting.organization:
                guests.append(_entity(meeting.organization))
            actor, recipient = (guests, host) if rule.actor == "visitor" else (host, guests)
        event = _event(
            rule,
            record_id=meeting.id,
            rule_of_record=meeting.rule,
            date=meeting.date,
            actor=actor,
            recipient=recipient,
            evidence=meeting.evidence,
            result=result,
        )
        if event is not None:
            events.append(event)
    return events


def agreement_events(agreement: Agreement, result: ArticleResult) -> list[dict[str, Any]]:
    """The PLOVER event for one agreement (SUPPORT when signed or ratified, AGREE when planned).

    Args:
        agreement: the agreement to export.
        result: the article document it comes from.

    Returns:
        One event, or none when the agreement has no party or cannot be dated.

    >>> from diplonews.exports.plover import agreement_events
    >>> import datetime as dt
    >>> from diplonews import Agreement, ArticleResult, Country, CountryGroup
    >>> doc = ArticleResult(id="a1", published=dt.date(2021, 7, 28))
    >>> signed = Agreement(kind="declaration", status="signed",
    ...                    parties=[Country("TUR"), Country("AZE"), CountryGroup("EU")])
    >>> [event] = agreement_events(signed, doc)
    >>> event["cameo"], event["event"], event["date"], event["date_precision"]
    ('057', ['SUPPORT'], '2021-07-28', 'published')
    >>> [a["code"] for a in event["actor"]], event["recipient"]
    (['AZE', None, 'TUR'], [])
    """
    sides = [_entity(party) for party in agreement.parties]
    if not sides:
        return []
    actor, recipient = _split(sides)
    event = _event(
        _agreement_rule(agreement),
        record_id=agreement.id,
        rule_of_record=agreement.rule,
        date=agreement.date,
        actor=actor,
        recipient=recipient,
        evidence=agreement.evidence,
        result=result,
    )
    return [event] if event is not None else []


def write_plover_jsonl(results: Iterable[ArticleResult], out: PathOrText) -> int:
    """Write the events of every meeting and agreement as JSON Lines.

    Args:
        results: extraction results, e.g. from :func:`diplonews.extract.extract_all`.
        out: a path (replaced only when all is written) or a text stream;
            one JSON object is written per line.

    Returns:
        The number of events written.

    >>> from diplonews.exports.plover import write_plover_jsonl
    >>> import io
    >>> from diplonews import Agreement, ArticleResult, Country, PartialDate
    >>> deal = Agreement(kind="memorandum", status="planned", parties=[Country("AZE")],
    ...                  date=PartialDate(2024, 5, 2))
    >>> buffer = io.StringIO()
    >>> write_plover_jsonl([ArticleResult(id="a", agreements=[deal])], buffer)
    1
    >>> '"event": ["AGREE"]' in buffer.getvalue()
    True
    """
    written = 0
    with open_output(out) as stream:
        for result in results:
            events: list[dict[str, Any]] = []
            for meeting in result.meetings:
                events.extend(meeting_events(meeting, result))
            for agreement in result.agreements:
                events.extend(agreement_events(agreement, result))
            for event in events:
                stream.write(json_text(json.dumps(event, ensure_ascii=False)) + "\n")
            written += len(events)
    return written
