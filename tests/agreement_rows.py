"""Agreements as plain summaries, for the agreements table tests.

A summary is (kind, status, parties, date), so an expected list reads as the
key would.

An agreement table is a list of rows (class, text, expected records); ``assert_agreements``
tests one. Every row is invented text (names, figures and dates made up) published on
Wednesday 2023-05-10 (``PUBLISHED``), and the agreement records expected from it under
spec/EXTRACTION.md section 3, each in the row notation ``"kind status PARTIES date count"``
(``spec``): ``PARTIES`` sorted and joined with commas, ``-`` for none; date ``-`` for
null. A row passes when the records the text gives pair one to one with the expected ones
under the table's ``matches_*``, which says which wildcards a row may write (``*`` for any
date always; ``*`` for any kind with ``matches_any_kind``; ``*`` for any parties, or
alternatives split by ``/``, with ``matches_alternatives``; a trailing `` | title`` with
``matches_titled``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from diplonews import extract
from diplonews.agreements import extract_agreements
from diplonews.models import Agreement, Article

PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday

Summary = tuple[str, str, list[str], str | None]


def summary(agreement: Agreement) -> Summary:
    """The summary of one agreement: codes and ISO dates as the key writes them."""
    return (
        agreement.kind.value,
        agreement.status.value,
        [str(p) for p in agreement.parties],
        str(agreement.date) if agreement.date else None,
    )


def agreement_summaries(
    body: str, published: dt.date | None, title: str | None = None
) -> list[Summary]:
    """The summaries of the agreements ``extract_agreements`` finds in ``body`` (and headline)."""
    article = Article(id="t", body=body, published=published, title=title)
    return [summary(a) for a in extract_agreements(article)]


# The row notation of the agreement table tests: "kind status parties date count", parties
# the sorted codes joined by "," ("-" for none), date ISO ("-" for none).


def spec(record: Agreement) -> str:
    """A record in the row notation, e.g. ``plan signed AZE,GEO 2023-05-08 1``."""
    parties = ",".join(sorted(str(p) for p in record.parties)) or "-"
    date = str(record.date) if record.date is not None else "-"
    return f"{record.kind.value} {record.status.value} {parties} {date} {record.count}"


def agreement_of(notation: str) -> Agreement:
    """The record a row-notation string describes (the inverse of ``spec``)."""
    kind, status, parties, date, count = notation.split()
    return Agreement(
        kind=kind,
        status=status,
        parties=[] if parties == "-" else parties.split(","),
        date=None if date == "-" else date,
        count=int(count),
    )


def _fields_match(expected: str, record: Agreement, *, any_kind: bool, alternatives: bool) -> bool:
    """Whether a record fits a spec; the date may always be ``*``.

    With ``any_kind`` the kind may be ``*``; with ``alternatives`` the parties may
    be ``*`` or alternatives joined by ``/``. Every other field must agree to the letter.
    """
    kind, status, parties, date, count = expected.split()
    got_kind, got_status, got_parties, got_date, got_count = spec(record).split()
    if alternatives:
        parties_fit = parties == "*" or got_parties in parties.split("/")
    else:
        parties_fit = parties == got_parties
    return (
        (kind == got_kind or (any_kind and kind == "*"))
        and status == got_status
        and parties_fit
        and date in ("*", got_date)
        and count == got_count
    )


def matches_exact(expected: str, record: Agreement) -> bool:
    """Every field agrees to the letter; only the date may be ``*``."""
    return _fields_match(expected, record, any_kind=False, alternatives=False)


def matches_titled(expected: str, record: Agreement) -> bool:
    """As ``matches_exact``, and a trailing `` | title`` must equal the record's title."""
    fields, _, title = expected.partition(" | ")
    if not matches_exact(fields, record):
        return False
    if title:
        return (record.title or "-") == title
    return True


def matches_any_kind(expected: str, record: Agreement) -> bool:
    """As ``matches_exact``, and the kind may be ``*`` too."""
    return _fields_match(expected, record, any_kind=True, alternatives=False)


def matches_alternatives(expected: str, record: Agreement) -> bool:
    """As ``matches_any_kind``, and the parties may be ``*`` or alternatives joined by ``/``."""
    return _fields_match(expected, record, any_kind=True, alternatives=True)


def city_of(record: Agreement) -> str:
    """The record's city, or ``-`` where it has none."""
    return (record.location.city if record.location else None) or "-"


def matches_placed(expected: str, record: Agreement) -> bool:
    """As ``matches_exact`` on the spec before `` @ ``, and the city after it (``-``: none).

    >>> matches_placed("agreement signed GHA,TGO 2023-05-08 1 @ -", agreement_of(
    ...     "agreement signed GHA,TGO 2023-05-08 1"))
    True
    """
    fields, _, city = expected.partition(" @ ")
    return matches_exact(fields, record) and city_of(record) == city


def unmatched(
    expected: list[str],
    got: Sequence[Agreement],
    matches: Callable[[str, Agreement], bool],
    *,
    show_title: bool = False,
) -> list[str]:
    """The expected specs and records left unpaired (one to one, in order).

    Each expected spec takes the first record left that ``matches`` it; the
    result lists ``missing: <spec>`` for each spec unpaired, then ``extra:
    <record>`` for each record unpaired (with `` | <title>`` if ``show_title``).
    """
    left = list(got)
    missing = []
    for want in expected:
        for record in left:
            if matches(want, record):
                left.remove(record)
                break
        else:
            missing.append("missing: " + want)
    return missing + ["extra: " + spec(r) + (f" | {r.title}" if show_title else "") for r in left]


def assert_agreements(
    cls: str,
    text: str,
    expected: list[str],
    matches: Callable[[str, Agreement], bool],
    *,
    show_title: bool = False,
) -> None:
    """The records of ``text`` published on ``PUBLISHED`` pair one to one with ``expected``.

    Pairs as :func:`unmatched` under ``matches``; a failure lists what is left unpaired
    and names the row's class ``cls``.
    """
    result = extract(Article(body=text, published=PUBLISHED))
    assert unmatched(expected, result.agreements, matches, show_title=show_title) == [], cls
