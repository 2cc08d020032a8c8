"""``gazetteer.state_at``: which state a code (or a city of it) was on a day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.agreements._parties import of_the_day
from diplonews.gazetteer import HISTORIC_STATES, load_successions, state_at
from diplonews.values import Country, CountryGroup

# Rows from the stories that asked for it (Moscow 1985, Belgrade 1987) and the edges of
# successions.json: the last day a former state stood and the day after it.
STATES_AT = [
    pytest.param("RUS", dt.date(1985, 3, 11), "SUN", id="moscow-1985"),
    pytest.param("SRB", dt.date(1987, 4, 29), "YUG", id="belgrade-1987"),
    pytest.param("CZE", dt.date(1990, 6, 8), "CSK", id="prague-1990"),
    pytest.param("RUS", dt.date(1991, 12, 25), "SUN", id="last-day-of-the-soviet-union"),
    pytest.param("RUS", dt.date(1991, 12, 26), "RUS", id="day-after-the-soviet-union"),
    pytest.param("EST", dt.date(1991, 9, 6), "EST", id="baltic-before-the-rest"),
    pytest.param("UKR", dt.date(1991, 9, 6), "SUN", id="ukraine-still-soviet"),
    pytest.param("SRB", dt.date(2003, 2, 3), "YUG", id="last-day-of-yugoslavia"),
    pytest.param("SRB", dt.date(2003, 2, 4), "SRB", id="day-after-yugoslavia"),
    pytest.param("HRV", dt.date(1991, 6, 25), "HRV", id="croatia-after-independence"),
    pytest.param("SUN", dt.date(1985, 3, 11), "SUN", id="former-state-itself"),
    pytest.param("FRA", dt.date(1985, 3, 11), "FRA", id="no-succession"),
    pytest.param("EU", dt.date(1985, 3, 11), "EU", id="a-group-is-no-state"),
    pytest.param("KAZ", dt.date.min, "SUN", id="date-min-asks-for-the-former-state"),
]


@pytest.mark.parametrize(("code", "date", "expected"), STATES_AT)
def test_state_at(code: str, date: dt.date, expected: str) -> None:
    """A successor is its former state up to the former state's last day, itself after."""
    assert state_at(code, date) == expected


_SUCCESSORS = sorted(load_successions())
_LAST_DAY = max(until for _, until in load_successions().values())


@given(st.sampled_from(_SUCCESSORS), st.dates(min_value=_LAST_DAY + dt.timedelta(days=1)))
def test_after_every_succession_a_code_is_unchanged(code: str, date: dt.date) -> None:
    """After the last succession every successor is its own state."""
    assert state_at(code, date) == code


@given(
    st.text(max_size=4).filter(lambda code: code not in load_successions()),
    st.dates(),
)
def test_a_code_with_no_succession_is_unchanged(code: str, date: dt.date) -> None:
    """A code that succeeded no former state is returned as it is, on any day."""
    assert state_at(code, date) == code


@given(st.sampled_from(_SUCCESSORS), st.dates())
def test_a_successor_is_itself_or_its_former_state(code: str, date: dt.date) -> None:
    """A successor is its former state exactly until the former state's last day."""
    former, until = load_successions()[code]
    assert former in HISTORIC_STATES
    assert state_at(code, date) == (former if date <= until else code)


# Agreement parties ask the same question: the rows where the agreement extractor's own
# table (seats of government only, Serbia until April 1992) answered differently.
PARTIES_OF_THE_DAY = [
    pytest.param(("RUS", "USA"), dt.date(1987, 12, 8), ("SUN", "USA"), id="kremlin-1987"),
    pytest.param(("RUS", "USA"), dt.date(1993, 1, 3), ("RUS", "USA"), id="moscow-1993"),
    pytest.param(("GRC", "SRB"), dt.date(1996, 4, 8), ("GRC", "YUG"), id="belgrade-1996"),
    pytest.param(("SRB", "HUN"), dt.date(2004, 5, 1), ("HUN", "SRB"), id="serbia-2004"),
    pytest.param(("UKR", "POL"), dt.date(1990, 5, 1), ("POL", "SUN"), id="kiev-1990"),
    pytest.param(("RUS", "SUN"), dt.date(1988, 1, 1), ("SUN",), id="one-state-kept-once"),
    # two Soviet republics of 1987 are one state of the day, as a meeting's sides are
    pytest.param(("LVA", "EST"), dt.date(1987, 3, 20), ("SUN",), id="riga-1987"),
]


@pytest.mark.parametrize(("codes", "published", "expected"), PARTIES_OF_THE_DAY)
def test_agreement_parties_of_the_day(
    codes: tuple[str, ...], published: dt.date, expected: tuple[str, ...]
) -> None:
    """An agreement's state parties are the states of the publication day, each once."""
    parties = of_the_day([Country(code) for code in codes], published)
    assert tuple(str(party) for party in parties) == expected


def test_agreement_parties_without_a_date_are_unchanged() -> None:
    """With no publication day there is no day to answer for: the parties stay."""
    parties = of_the_day([Country("RUS"), CountryGroup("EU")], None)
    assert [str(party) for party in parties] == ["RUS", "EU"]
