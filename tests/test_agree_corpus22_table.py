"""A table of agreement expressions whose errors recur in the real corpus articles.

The classes come from the agreement errors of the keyed real corpus articles (dev, the
corpus blind keys 11 to 18 and the audit's silver-tune; session acc-agree22b): a class has
rows here when its errors occur in three different articles or more, in two sets or more,
and a change of the library fixed it. Its rows are agreement rows (``agreement_rows`` says
what a row is, how its records are written and when it passes), matched by
``matches_any_kind``; every text is invented. The classes:

- ``consent_at_meeting``: a story with no instrument of its own that tells states agreeing
  at a meeting's place or in a month ("agreed in X last month that ...", "agreed to a
  set of measures when they met in X in May", "the plans agreed in X in 2000")
  reports the accord reached there: signed, by the states named before the verb (none when
  they are only described), dated by the time that follows;
- ``regression``: near misses that must stay as they are (a consent with no place or
  month, a lone person's consent, a place that is no meeting's, a denied consent, and a
  story whose own instrument is told, where the consent adds no record).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "consent_at_meeting",
        "Five industrial nations agreed in Geneva last month that exchange rates should stay"
        " close to present levels.",
        ["agreement signed - 2023-04 1"],
    ),
    (
        "consent_at_meeting",
        "Along with its neighbours, Norway agreed to a series of measures at a conference in"
        " Bergen in March meant to curb overfishing.",
        ["agreement signed NOR 2023-03 1"],
    ),
    (
        "consent_at_meeting",
        "The summit will also weigh progress on the energy plans agreed in Vienna in 2019 to"
        " cut emissions across the region.",
        ["plan signed - 2019 1"],
    ),
    (
        "consent_at_meeting",
        "Chile and Peru agreed in January to lower tariffs on fruit, officials in Lima said on"
        " Tuesday.",
        ["agreement signed CHL,PER 2023-01 1"],
    ),
    (
        "regression",
        "Chile agreed to cut tariffs on wine after weeks of pressure from growers.",
        [],
    ),
    (
        "regression",
        "The minister said he agreed in Lima to meet the growers again soon.",
        [],
    ),
    (
        "regression",
        "Both parties agreed in Congress to raise the farm budget by a tenth.",
        [],
    ),
    (
        "regression",
        "Chile and Peru have not agreed in March on a new tariff schedule.",
        [],
    ),
    (
        "regression",
        "Chile and Peru signed a fisheries agreement on Monday. The two governments agreed in"
        " Lima last month to hold further talks on ports.",
        ["agreement signed CHL,PER * 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_corpus22_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
