"""The records of a page as the mixed-type grids compare them: kinds, sides, dates, trade.

The grids whose cells may give meetings, agreements and trade records at once
(tests/test_grid_anaphora.py, tests/test_grid_headline_states.py) compare a page's records
through one view: meetings and agreements as sorted (kind, status, sides, date) tuples,
trade records as the scorer pairs them (:func:`trade_rows.scored`).
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from diplonews.models import ArticleResult
from trade_rows import scored

#: A meeting or an agreement as the grids compare it: kind, status, sorted sides, date.
Event = tuple[str, str, list[str], str | None]


@dataclasses.dataclass
class Records:
    """A page's records as the grid compares them."""

    meetings: list[Event]
    agreements: list[Event]
    trade: Counter[tuple[object, ...]]


def read(result: ArticleResult) -> Records:
    """The records the library gives, as the grid compares them."""
    meetings = sorted(
        (
            m.kind.value,
            m.status.value,
            sorted(c.alpha_3 for c in m.countries),
            str(m.date) if m.date else None,
        )
        for m in result.meetings
    )
    agreements = sorted(
        (
            a.kind.value,
            a.status.value,
            sorted(str(p) for p in a.parties),
            str(a.date) if a.date else None,
        )
        for a in result.agreements
    )
    trade = scored(
        (
            str(r.reporter),
            None if r.partner is None else str(r.partner),
            r.flow.value,
            int(r.value),
            r.currency,
            r.period.start.isoformat(),
            r.period.end.isoformat(),
            r.target,
        )
        for r in result.trade_records
    )
    return Records(meetings, agreements, trade)
