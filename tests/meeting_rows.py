"""Meetings as plain summaries, for the meetings table tests.

A summary is (kind, status, countries, date, participant names), and a brief
is (kind, status, countries, organization, date), so an expected list reads as
the key would.

A told table (``told_table``, ``told_params``, ``assert_told``) is a list of
rows (class, publication day, paragraph, the meetings it tells). Every row is an
invented paragraph (a publication day, one to three sentences) and the meetings
it tells under spec/EXTRACTION.md section 2, each written (kind, status,
countries, organization or None, ISO date or None). Each class is a rule about
how news writes a meeting, stated in the comment above its rows; the rows are
written for their table (no sentence, name or figure of any page or article).

A row passes when the records pair one to one with the expected ones: same kind
and status, the sides overlapping as the scorer pairs them (Jaccard at least
0.5, or both empty with the same organisation), the expected organisation when
the row gives one, and the expected date when the row gives one (``None``
leaves the date open).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

import pytest

from diplonews import extract_text
from diplonews.meetings import extract_meetings
from diplonews.models import Article, Meeting

Summary = tuple[str, str, list[str], str | None, list[str]]


def summary(meeting: Meeting) -> Summary:
    """The summary of one meeting: codes and ISO dates as the key writes them."""
    return (
        meeting.kind.value,
        meeting.status.value,
        [c.alpha_3 for c in meeting.countries],
        str(meeting.date) if meeting.date else None,
        [p.name for p in meeting.participants],
    )


# (kind, status, countries, organization, date)
Brief = tuple[str, str, list[str], str | None, str | None]


def briefs_of(body: str, title: str | None = None, outlet: str | None = None) -> list[Brief]:
    """The meetings of a page published 2023-05-10, in the order extracted."""
    article = Article(id="t", title=title, body=body, published=dt.date(2023, 5, 10), outlet=outlet)
    return [
        (
            m.kind.value,
            m.status.value,
            [c.alpha_3 for c in m.countries],
            m.organization,
            str(m.date) if m.date else None,
        )
        for m in extract_meetings(article)
    ]


# An expected brief: a field may be ANY ("*", untested); how the countries are read
# depends on the fitting rule used (``fits_fields`` or ``fits_as_scored``).
Want = tuple[str, str, object, object, object]

ANY = "*"
H, P = "held", "planned"
M, C, V, K = "meeting", "call", "visit", "conference"

G = TypeVar("G")
W = TypeVar("W")


def pairs(got: Sequence[G], wants: Sequence[W], fits: Callable[[G, W], bool]) -> bool:
    """Whether ``got`` pairs one to one with ``wants`` under ``fits`` (a backtracking match)."""
    if len(got) != len(wants):
        return False
    if not wants:
        return True
    first, rest = wants[0], wants[1:]
    return any(
        fits(g, first) and pairs([*got[:i], *got[i + 1 :]], rest, fits) for i, g in enumerate(got)
    )


def fits_fields(got: Brief, want: Want) -> bool:
    """Whether a brief agrees with an expected one field by field.

    ``*`` leaves a field untested; a frozenset of countries means "at least these";
    any other value must be equal.
    """
    for g, w in zip(got, want, strict=True):
        if w == ANY:
            continue
        if isinstance(w, frozenset):
            if not isinstance(g, list) or not w <= set(g):
                return False
        elif g != w:
            return False
    return True


def fits_as_scored(got: Brief, want: Want) -> bool:
    """Whether a brief pairs with an expected one as the scorer would pair them.

    ``*`` leaves a field untested; the countries must overlap by half their union
    or more (two empty lists agree); the other fields must be equal.
    """
    kind, status, countries, organization, date = want
    if kind not in (ANY, got[0]) or status not in (ANY, got[1]) or date not in (ANY, got[4]):
        return False
    if organization not in (ANY, got[3]):
        return False
    if countries == ANY:
        return True
    assert isinstance(countries, list)
    want_set, got_set = set(countries), set(got[2])
    if not want_set and not got_set:
        return True
    return len(want_set & got_set) * 2 >= len(want_set | got_set)


# An expected record of the told-meetings tables: (kind, status, countries, organization or
# None, ISO date or None).
Expected = tuple[str, str, tuple[str, ...], "str | None", "str | None"]


def fits_told(got: Meeting, expected: Expected) -> bool:
    """Kind and status equal, the date equal unless None, countries overlapping by half.

    The organization is tested only where both sides name no country; then it must
    be equal (None included).
    """
    kind, status, countries, organization, date = expected
    if got.kind.value != kind or got.status.value != status:
        return False
    if date is not None and (got.date is None or str(got.date) != date):
        return False
    mine, theirs = set(countries), {c.alpha_3 for c in got.countries}
    if not mine and not theirs:
        return organization == got.organization
    return len(mine & theirs) / len(mine | theirs) >= 0.5


def fits_told_with_body(got: Meeting, expected: Expected) -> bool:
    """As ``fits_told``, and an organization that is not None must be equal too."""
    organization = expected[3]
    if organization is not None and got.organization != organization:
        return False
    return fits_told(got, expected)


#: A row of a table of told meetings: (class, publication day, paragraph, its meetings).
ToldRow = tuple[str, str, str, list[Expected]]


class AddToldRow(Protocol):
    """The function that adds a row to a told table."""

    def __call__(
        self, cls: str, day: str, text: str, *records: Expected, known: str | None = None
    ) -> None:
        """Add the row (class, publication day, paragraph, the meetings it tells).

        A ``known`` reason makes the row a strict xfail: a miss the library still has.
        """


class ToldTable(list[ToldRow]):
    """A told table, filled row by row; ``known`` maps a row's index to why it still fails."""

    def __init__(self) -> None:
        """An empty table."""
        super().__init__()
        self.known: dict[int, str] = {}

    def row(
        self, cls: str, day: str, text: str, *records: Expected, known: str | None = None
    ) -> None:
        """Add the row (class, publication day, paragraph, the meetings it tells).

        A ``known`` reason makes the row a strict xfail: a miss the library still has.
        """
        if known:
            self.known[len(self)] = known
        self.append((cls, day, text, list(records)))


def told_table() -> tuple[ToldTable, AddToldRow]:
    """A new, empty told table and the function that adds a row to it."""
    table = ToldTable()
    return table, table.row


def told_params(table: Sequence[ToldRow]) -> list[object]:
    """The parameters (cls, day, text, expected) of a table of told meetings, id ``cls-i``.

    The rows a :class:`ToldTable` knows the library still misses are strict xfails.
    """
    known = table.known if isinstance(table, ToldTable) else {}
    return [
        pytest.param(
            cls,
            day,
            text,
            expected,
            marks=[pytest.mark.xfail(strict=True, reason=known[i])] if i in known else [],
            id=f"{cls}-{i}",
        )
        for i, (cls, day, text, expected) in enumerate(table)
    ]


def assert_told(
    cls: str,
    day: str,
    text: str,
    expected: list[Expected],
    fits: Callable[[Meeting, Expected], bool] = fits_told_with_body,
    *,
    title: str | None = None,
) -> None:
    """The paragraph's meetings (published on ``day``) pair one to one with ``expected``.

    Pairs as ``fits`` (:func:`fits_told_with_body` unless a table says otherwise); a
    failure shows the class and what was read. ``title`` is the headline the paragraph
    stands under, if the row gives one.
    """
    published = dt.date.fromisoformat(day)
    got = list(extract_text(text, published=published, title=title).meetings)
    shown = [
        (m.kind.value, m.status.value, [c.alpha_3 for c in m.countries], m.organization, m.date)
        for m in got
    ]
    assert pairs(got, expected, fits), (cls, shown)


def participant_rows(
    table: Sequence[ToldRow], named: dict[str, tuple[str, list[set[str]]]]
) -> list[tuple[str, str, set[str]]]:
    """(paragraph, kind, names) for each row of the classes ``named`` lists.

    ``named`` maps a class to the kind of its one record under test (empty: the kind of the
    row's first expected record) and, row by row in table order, the names it lists.
    """
    return [
        (text, kind or expected[0][0], names)
        for cls, (kind, lists) in named.items()
        for (_, _, text, expected), names in zip(
            [r for r in table if r[0] == cls], lists, strict=True
        )
    ]


def assert_participants(day: str, text: str, kind: str, names: set[str]) -> None:
    """The paragraph's one record of ``kind`` (published on ``day``) lists exactly ``names``."""
    article = Article(id="t", body=text, published=dt.date.fromisoformat(day))
    (meeting,) = [m for m in extract_meetings(article) if m.kind.value == kind]
    assert {p.name for p in meeting.participants} == names


def place_rows(
    table: Sequence[ToldRow], cities: Sequence[tuple[str, str, str | None]]
) -> list[tuple[str, str, str, str | None]]:
    """(paragraph, kind, status, city) for each row of ``table``, in order with ``cities``."""
    return [
        (text, kind, status, city)
        for (_, _, text, _), (kind, status, city) in zip(table, cities, strict=True)
    ]


def assert_city(day: str, text: str, kind: str, status: str, city: str | None) -> None:
    """The paragraph's one record of ``kind`` and ``status`` is in ``city`` (None: none).

    The paragraph is published on ``day``.
    """
    article = Article(id="t", body=text, published=dt.date.fromisoformat(day))
    (meeting,) = [
        m for m in extract_meetings(article) if m.kind.value == kind and m.status.value == status
    ]
    assert (meeting.location.city if meeting.location else None) == city
