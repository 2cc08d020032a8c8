"""Meetings and agreements that stay the same when a story writes their days another way.

Measured with ``benchmarks/number_date_invariance.py`` over every visible set's texts (dev
and crawled, written W1-W1680, corpus blind 11-18 and 20-26, read pages): a text whose days
were written as British, South Asian and Central Asian outlets write them ("the 8th of
February", "8 February", "February 8th") or as AP writes them ("Feb. 8") gave other
meetings and agreements than the same text with "February 8". A table of written stories,
each with its variant and its plain form: the records of the two must be the same (on what
the scorer reads: kinds, statuses, sides, dates, places). Rows marked as near misses
already gave the same records and must keep doing so.

- day-of-month-forms: a day with its month in any of the forms outlets write
  (``DAY_OF_MONTH_PATTERN``: "on the 8th of February", "on February 8th", "on 8 February",
  "on Feb. 8") is a day where the meetings and agreements rules look for one: after "on" it
  opens no topic ("held a phone call on the 8th of February"), it is the day a story names
  ("During the call made on the 8th of February"), the day between "received" and the
  guest, and the day between a signing or entry into force and "of" ("the entry into force
  on 15 August of the X Agreement").
- month-abbreviation-stop: the full stop of a month's abbreviation before its day ("Oct.
  18", "Sept. 3", ``MONTH_DOT_BEFORE_DAY``) ends no sentence or clause where the meetings
  and agreements rules look for one: "The figures were reviewed on Oct. 18 in Lima at a
  meeting between A and B" keeps its day, "The summit was held in P on Nov. 3, where the
  leaders adopted the X Declaration" its place.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews import Article
from diplonews.extract import extract
from diplonews.text.dates import CLAUSE_STOP, DAY_OF_MONTH_PATTERN
from scored_view import scored_view

# (class, publication day, the variant's body, the plain form's body)
ROWS: list[tuple[str, str, str, str]] = []


def _row(cls: str, day: str, variant: str, plain: str) -> None:
    ROWS.append((cls, day, variant, plain))


# --- day-of-month-forms ---------------------------------------------------------------------
_CALL_MADE = (
    "Ghana's President Kwame Mensah has had a telephone conversation with Togo's President "
    "Yao Dossou. During the call {verb} on {day}, Mensah thanked his counterpart."
)
_row(
    "day-of-month-forms",
    "2024-02-12",
    _CALL_MADE.format(verb="made", day="the 8th of February"),
    _CALL_MADE.format(verb="made", day="8 February"),
)
_row(
    "day-of-month-forms",
    "2024-02-12",
    _CALL_MADE.format(verb="held", day="February 8th"),
    _CALL_MADE.format(verb="held", day="February 8"),
)
_CALL_ON = "The foreign ministers of Chile and Peru held a phone call on {day}, the ministry said."
_row(
    "day-of-month-forms",
    "2024-02-12",
    _CALL_ON.format(day="the 8th of February"),
    _CALL_ON.format(day="8 February"),
)
_RECEIVED = (
    "President of Turkmenistan Serdar Berdimuhamedov received on {day} the delegation led by "
    "Deputy Prime Minister of Ghana Kofi Mensah."
)
_row(
    "day-of-month-forms",
    "2020-02-07",
    _RECEIVED.format(day="the 5th of February"),
    _RECEIVED.format(day="February 5"),
)
_row(
    "day-of-month-forms",
    "2020-02-07",
    _RECEIVED.format(day="Feb. 5"),
    _RECEIVED.format(day="February 5"),
)
_IN_FORCE = (
    "The leaders welcomed the entry into force on {day} of the Defense Cooperation Agreement "
    "between Ghana and Togo, signed in Accra in May."
)
_row(
    "day-of-month-forms",
    "2023-08-20",
    _IN_FORCE.format(day="Aug. 15"),
    _IN_FORCE.format(day="August 15"),
)
_row(
    "day-of-month-forms",
    "2023-08-20",
    _IN_FORCE.format(day="15 August"),
    _IN_FORCE.format(day="August 15"),
)
_SIGNING_IN = (
    "The United States welcomes the signing on {day} in Addis Ababa of the Agreement on Border "
    "Security Arrangements between the Republic of Ghana and the Republic of Togo."
)
_row(
    "day-of-month-forms",
    "2018-07-20",
    _SIGNING_IN.format(day="the 17th of July"),
    _SIGNING_IN.format(day="July 17"),
)
_row(
    "day-of-month-forms",
    "2018-07-20",
    _SIGNING_IN.format(day="17 July"),
    _SIGNING_IN.format(day="July 17"),
)
# near misses: a day of the same forms where the rules already read it, and "on the" before
# a topic that holds a number, which stays a topic
_TALKS_THEN = (
    "Chile's president is on a working visit to Peru. On {day}, he held talks with Peru's "
    "president in Lima."
)
_row(
    "day-of-month-forms",
    "2024-02-12",
    _TALKS_THEN.format(day="the 8th of February"),
    _TALKS_THEN.format(day="February 8"),
)
_DECLARATION = "Chile and Peru signed the Declaration on Strategic Partnership on {day} in Lima."
_row(
    "day-of-month-forms",
    "2024-05-24",
    _DECLARATION.format(day="the 21st of May"),
    _DECLARATION.format(day="May 21"),
)
_row(
    "day-of-month-forms",
    "2024-05-24",
    "The agreement between Ghana and Togo on avoiding double taxation entered into force on "
    "the 1st of May.",
    "The agreement between Ghana and Togo on avoiding double taxation entered into force on May 1.",
)
_row(
    "day-of-month-forms",
    "2024-02-12",
    "The foreign ministers of Chile and Peru held talks on the 30th anniversary of their "
    "border treaty in Lima on Thursday.",
    "The foreign ministers of Chile and Peru held talks on the anniversary of their border "
    "treaty in Lima on Thursday.",
)

# --- month-abbreviation-stop ----------------------------------------------------------------
_REVIEWED = (
    "Exports rose by a tenth. The figures were reviewed on {day} in Lima at a meeting between "
    "Chile's Minister of Economy Pablo Rojas and Peru's Ambassador to Chile Luis Vargas."
)
_row(
    "month-abbreviation-stop",
    "2023-10-20",
    _REVIEWED.format(day="Oct. 18"),
    _REVIEWED.format(day="October 18"),
)
_row(
    "month-abbreviation-stop",
    "2023-10-20",
    _REVIEWED.format(day="Oct. 18th"),
    _REVIEWED.format(day="October 18"),
)
# near misses: an abbreviation that ends its sentence, and one before a year
_row(
    "month-abbreviation-stop",
    "2024-11-16",
    "The foreign ministers of Ghana and Togo met in Accra in Nov. The talks went well.",
    "The foreign ministers of Ghana and Togo met in Accra in November. The talks went well.",
)
_row(
    "month-abbreviation-stop",
    "2024-11-16",
    "The foreign ministers of Ghana and Togo met in Accra on Nov. 14, 2024, for the tenth "
    "session of their joint commission.",
    "The foreign ministers of Ghana and Togo met in Accra on November 14, 2024, for the tenth "
    "session of their joint commission.",
)


# A story with no publication day dates an event to come only by the day its own clause
# tells: "The summit, which opens in P on <day>".
UNDATED_ROWS: list[tuple[str, str, str]] = []
_OPENS_ON = (
    "Ghana's President Kwame Mensah is heading to Togo for the ECOWAS summit, where trade and "
    "debt are expected to dominate discussions.\n\nThe summit, which opens in Lome on {day}, "
    "brings together leaders from 15 countries."
)
UNDATED_ROWS.append(
    (
        "day-of-month-forms",
        _OPENS_ON.format(day="the 25th of November 2005"),
        _OPENS_ON.format(day="25 November 2005"),
    )
)
# near miss: the ordinal after its month, read already (it starts with a capital)
UNDATED_ROWS.append(
    (
        "day-of-month-forms",
        _OPENS_ON.format(day="November 25th, 2005"),
        _OPENS_ON.format(day="November 25, 2005"),
    )
)


def _undated_meetings(body: str) -> list[tuple[str, str, str]]:
    article = Article(id="t", body=body, published=None)
    return sorted((m.kind.value, m.status.value, str(m.date)) for m in extract(article).meetings)


@pytest.mark.parametrize(
    ("cls", "variant", "plain"),
    UNDATED_ROWS,
    ids=[f"{cls}-undated-{n}" for n, (cls, *_rest) in enumerate(UNDATED_ROWS)],
)
def test_date_form_keeps_undated_meetings(cls: str, variant: str, plain: str) -> None:
    """In a story with no publication day, the variant dates its meetings as the plain form."""
    assert _undated_meetings(variant) == _undated_meetings(plain), cls


# An agreement's place is no part of the scored view: rows of the class whose records differ
# in it are compared on the agreements' places as well.
PLACE_ROWS: list[tuple[str, str, str, str]] = []
_ADOPTED_AT = (
    "Leaders of Ghana and Togo will meet in Lome next week. The previous summit was held in "
    "Accra on {day}, 2023, where the leaders adopted the Accra Declaration, setting out "
    "priorities in transport."
)
PLACE_ROWS.append(
    (
        "month-abbreviation-stop",
        "2024-07-02",
        _ADOPTED_AT.format(day="Nov. 3"),
        _ADOPTED_AT.format(day="November 3"),
    )
)
_FRONTED = (
    "In Accra on {day}, the two foreign ministers signed an agreement on visa-free travel "
    "between Ghana and Togo."
)
PLACE_ROWS.append(
    (
        "month-abbreviation-stop",
        "2024-07-02",
        _FRONTED.format(day="Nov. 3"),
        _FRONTED.format(day="November 3"),
    )
)
# near miss: the abbreviation after the city, where the rule already read it
PLACE_ROWS.append(
    (
        "month-abbreviation-stop",
        "2024-07-02",
        "The visit, which began on Dec. 16 in Accra, ended with the Accra Declaration signed "
        "by Ghana and Togo.",
        "The visit, which began on December 16 in Accra, ended with the Accra Declaration "
        "signed by Ghana and Togo.",
    )
)


def _agreement_places(day: str, body: str) -> list[tuple[str, str, str | None]]:
    article = Article(id="t", body=body, published=dt.date.fromisoformat(day))
    return sorted(
        (a.kind.value, str(a.date), a.location.city if a.location is not None else None)
        for a in extract(article).agreements
    )


@pytest.mark.parametrize(
    ("cls", "day", "variant", "plain"),
    PLACE_ROWS,
    ids=[f"{cls}-place-{n}" for n, (cls, *_rest) in enumerate(PLACE_ROWS)],
)
def test_date_form_keeps_agreement_places(cls: str, day: str, variant: str, plain: str) -> None:
    """The variant's agreements stand where its plain form's do, on the same day."""
    assert _agreement_places(day, variant) == _agreement_places(day, plain), cls


@pytest.mark.parametrize(
    ("cls", "day", "variant", "plain"),
    ROWS,
    ids=[f"{cls}-{n}" for n, (cls, *_rest) in enumerate(ROWS)],
)
def test_date_form_keeps_records(cls: str, day: str, variant: str, plain: str) -> None:
    """The variant gives the records of its plain form."""
    assert scored_view(day, variant) == scored_view(day, plain), cls


_MONTHS = st.sampled_from(["January", "March", "May", "August", "September", "December"])
_AP = {"January": "Jan.", "March": "March", "May": "May", "August": "Aug."}
_AP |= {"September": "Sept.", "December": "Dec."}
_DAY_OF_MONTH = re.compile(DAY_OF_MONTH_PATTERN)
_STOP = re.compile(CLAUSE_STOP + r"\s")  # the shared clause stop: not "Oct. 18"


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


@given(month=_MONTHS, day=st.integers(1, 31))
def test_day_of_month_reads_every_form(month: str, day: int) -> None:
    """Every form of a day with its month is one match of the shared pattern, whole."""
    nth = f"{day}{_suffix(day)}"
    for form in (
        f"{month} {day}",
        f"{month} {nth}",
        f"{day} {month}",
        f"{nth} {month}",
        f"the {nth} of {month}",
        f"{_AP[month]} {day}",
    ):
        found = _DAY_OF_MONTH.search(f"They met on {form} in Lima.")
        assert found is not None, form
        assert found.group() == form
        assert _STOP.search(f"They met on {form} in Lima. Then they left.") is not None


@given(month=_MONTHS)
def test_month_alone_is_no_day(month: str) -> None:
    """A month with its year, or alone, holds no day; its stop before a sentence is a stop."""
    assert _DAY_OF_MONTH.search(f"They met in {month} 2024 in Lima.") is None
    abbreviation = _AP[month].rstrip(".")
    assert _STOP.search(f"They met in {abbreviation}. The talks went well.") is not None
