"""Value types shared by every record: countries, partial dates, periods, money, spans.

All values are frozen attrs classes: converters normalise, validators reject,
so an instance that exists is valid.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Literal

import attrs
import pycountry

from diplonews.errors import DateParseError, MoneyParseError, UnknownCountryError

__all__ = [
    "Country",
    "CountryGroup",
    "Money",
    "PartialDate",
    "Participant",
    "Period",
    "Place",
    "Precision",
    "Span",
    "is_currency_code",
]

#: How much of a date the text gives.
Precision = Literal["year", "month", "day"]

# ISO 3166-3 codes of former states that still appear in archives (Reuters 1987
# speaks of the Soviet Union, East Germany, Yugoslavia and Czechoslovakia).
_HISTORIC_STATES: dict[str, tuple[str, str]] = {
    # alpha-3: (alpha-2 it had, display name)
    "SUN": ("SU", "USSR"),
    "DDR": ("DD", "German Democratic Republic"),
    "YUG": ("YU", "Yugoslavia"),
    "CSK": ("CS", "Czechoslovakia"),
}

# ISO 4217 list three (historic denominations) for currencies the archives use.
_HISTORIC_CURRENCIES = frozenset(
    {
        "ATS", "BEF", "DEM", "DDM", "ESP", "FIM", "FRF", "GRD", "IEP", "ITL",
        "LUF", "NLG", "PTE", "SUR", "YUM", "CSK", "ECU", "XEU", "TRL", "AZM",
        "RUR", "TMM", "ZWD", "VEB", "GHC", "MZM", "ROL", "SDD", "SIT", "SKK",
        "CYP", "MTL", "EEK", "LVL", "LTL", "HRK", "BGL", "PLZ", "YUN", "CSD",
    }
)  # fmt: skip


def _upper(value: str) -> str:
    return value.upper()


def _country_record(alpha_3: str) -> tuple[str, str] | None:
    """Return (alpha-2, name) for a current or historic alpha-3 code, else None."""
    if alpha_3 in _HISTORIC_STATES:
        return _HISTORIC_STATES[alpha_3]
    record = pycountry.countries.get(alpha_3=alpha_3)
    if record is None:
        return None
    name = getattr(record, "common_name", None) or record.name
    return str(record.alpha_2), str(name)


def _validate_alpha_3(_instance: object, _attribute: object, value: str) -> None:
    if _country_record(value) is None:
        raise UnknownCountryError(value)


@attrs.frozen(order=True)
class Country:
    """A state, identified by its ISO 3166-1 alpha-3 code (ISO 3166-3 for former states).

    In JSON a country is its alpha-3 code. Build one from a code or a name:

    >>> Country("aze")
    Country(alpha_3='AZE')
    >>> Country.lookup("Türkiye").alpha_3, Country.lookup("U.S.").alpha_3
    ('TUR', 'USA')
    >>> Country.lookup("SU").name
    'USSR'
    >>> Country.get("Narnia") is None
    True
    """

    alpha_3: str = attrs.field(converter=_upper, validator=_validate_alpha_3)

    @property
    def alpha_2(self) -> str:
        """The ISO 3166-1 alpha-2 code (ISO 3166-3 states keep their old alpha-2)."""
        record = _country_record(self.alpha_3)
        assert record is not None  # guaranteed by the validator
        return record[0]

    @property
    def name(self) -> str:
        """The short English name used in news ("Russia", not "Russian Federation")."""
        from diplonews.parsing.countries import country_name  # noqa: PLC0415 (cycle)

        return country_name(self.alpha_3)

    @classmethod
    def get(cls, name: str) -> Country | None:
        """Resolve an alpha-2 or alpha-3 code, a name, an alias, a demonym or a capital.

        Returns ``None`` when the name is unknown; see :meth:`lookup` for the raising twin.
        """
        text = name.strip()
        # Current codes, names and aliases are resolve_country's job; only the old alpha-2
        # codes of former states ("SU", "DD") are ours.
        for alpha_3, (alpha_2, _) in _HISTORIC_STATES.items():
            if text == alpha_2:
                return cls(alpha_3)
        from diplonews.parsing.countries import resolve_country  # noqa: PLC0415 (cycle)

        code = resolve_country(text)
        return cls(code) if code is not None else None

    @classmethod
    def lookup(cls, name: str) -> Country:
        """Like :meth:`get`, but raise :class:`UnknownCountryError` naming the input."""
        country = cls.get(name)
        if country is None:
            raise UnknownCountryError(name)
        return country

    def __str__(self) -> str:
        return self.alpha_3


_GROUP_CODE = re.compile(r"^[A-Z][A-Z0-9+&-]*$")


@attrs.frozen(order=True)
class CountryGroup:
    """A group of states ("EU", "CIS", "OIC", "OPEC") by its upper-case short name.

    The European Union and its predecessors (EC, EEC) are all ``"EU"``.

    >>> CountryGroup("eu")
    CountryGroup(code='EU')
    >>> CountryGroup("the EU")
    Traceback (most recent call last):
      ...
    ValueError: a group code is an upper-case short name like 'EU' or 'G7' (got 'THE EU')
    """

    code: str = attrs.field(converter=_upper)

    @code.validator
    def _check_code(self, _attribute: object, code: str) -> None:
        if not _GROUP_CODE.match(code):
            raise ValueError(
                f"a group code is an upper-case short name like 'EU' or 'G7' (got {code!r})"
            )

    def __str__(self) -> str:
        return self.code


_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _check_month(instance: PartialDate, _attribute: object, month: int | None) -> None:
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month must be in 1..12, got {month}")


def _check_day(instance: PartialDate, _attribute: object, day: int | None) -> None:
    if day is None:
        return
    if instance.month is None:
        raise ValueError(f"a day ({day}) needs a month")
    last = calendar.monthrange(instance.year, instance.month)[1]
    if not 1 <= day <= last:
        raise ValueError(f"day must be in 1..{last} for {instance.year}-{instance.month:02d}")


@attrs.frozen
class PartialDate:
    """A calendar date known to the year, the month or the day.

    >>> d = PartialDate.from_iso("2021-12")
    >>> d, d.precision, str(d)
    (PartialDate(year=2021, month=12, day=None), 'month', '2021-12')
    >>> d.contains(PartialDate(2021, 12, 19)), d.first_day(), d.last_day()
    (True, datetime.date(2021, 12, 1), datetime.date(2021, 12, 31))
    >>> sorted([PartialDate(2021, 12, 19), PartialDate(2021)], key=PartialDate.sort_key)
    [PartialDate(year=2021, month=None, day=None), PartialDate(year=2021, month=12, day=19)]

    Ordering is explicit (:meth:`sort_key`): ``order=True`` would compare ``None``
    with ``int``.
    """

    year: int = attrs.field(
        validator=attrs.validators.and_(attrs.validators.ge(1), attrs.validators.le(9999))
    )
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            DateParseError: the text is not one of those shapes, or names no real date.
        """
        match = _ISO_DATE.match(text.strip())
        if match is None:
            raise DateParseError("expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD", text=text)
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None  # the pattern requires it
        try:
            return cls(year, month, day)
        except ValueError as exc:
            raise DateParseError(f"not a valid date ({exc})", text=text) from None

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """A day-precision partial date from a :class:`datetime.date`."""
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        """``"year"``, ``"month"`` or ``"day"``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def isoformat(self) -> str:
        """The ISO 8601 text at this precision (``"2021"``, ``"2021-12"``, ``"2021-12-19"``)."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.isoformat()

    def first_day(self) -> dt.date:
        """The first calendar day this date covers."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The last calendar day this date covers."""
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def contains(self, other: PartialDate) -> bool:
        """Whether every day of ``other`` lies within this date."""
        return self.first_day() <= other.first_day() and other.last_day() <= self.last_day()

    def sort_key(self) -> tuple[int, int, int]:
        """Key ordering by first day, coarser precision first on ties."""
        return (self.year, self.month or 0, self.day or 0)

    def to_period(self) -> Period:
        """The period this date covers."""
        return Period(self.first_day(), self.last_day())


def _check_period(instance: Period, _attribute: object, end: dt.date) -> None:
    if end < instance.start:
        raise ValueError(f"period end {end} is before its start {instance.start}")


@attrs.frozen
class Period:
    """A span of calendar days, both ends inclusive.

    >>> Period.quarter(2021, 1)
    Period(start=datetime.date(2021, 1, 1), end=datetime.date(2021, 3, 31))
    >>> print(Period.months(2021, 1, 11))
    2021-01-01..2021-11-30
    >>> Period.year(2020).contains(dt.date(2020, 7, 4))
    True
    """

    start: dt.date = attrs.field(validator=attrs.validators.instance_of(dt.date))
    end: dt.date = attrs.field(
        validator=attrs.validators.and_(attrs.validators.instance_of(dt.date), _check_period)
    )

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year."""
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """Quarter 1..4 of a calendar year."""
        if not 1 <= quarter <= 4:
            raise ValueError(f"quarter must be in 1..4, got {quarter}")
        return cls.months(year, 3 * quarter - 2, 3 * quarter)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """One calendar month."""
        return cls.months(year, month, month)

    @classmethod
    def months(cls, year: int, first: int, last: int, *, last_year: int | None = None) -> Period:
        """Months ``first``..``last`` (inclusive); ``last_year`` when the range crosses a year.

        >>> print(Period.months(1986, 4, 3, last_year=1987))
        1986-04-01..1987-03-31
        """
        end_year = year if last_year is None else last_year
        end_day = calendar.monthrange(end_year, last)[1]
        return cls(dt.date(year, first, 1), dt.date(end_year, last, end_day))

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` lies within the period."""
        return self.start <= day <= self.end

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, float):
        # A float carries binary noise; go through its shortest repr.
        value = repr(value)
    try:
        result = Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError, ValueError):
        raise MoneyParseError("expected a decimal amount", text=str(value)) from None
    if not result.is_finite():
        raise MoneyParseError("expected a finite amount", text=str(value))
    return result


def is_currency_code(code: str) -> bool:
    """Whether ``code`` is a current or historic ISO 4217 code (codes are upper case).

    >>> is_currency_code("USD"), is_currency_code("DEM"), is_currency_code("usd")
    (True, True, False)
    """
    if not code.isupper():
        return False
    return code in _HISTORIC_CURRENCIES or pycountry.currencies.get(alpha_3=code) is not None


def _validate_currency(_instance: object, _attribute: object, code: str) -> None:
    if not is_currency_code(code):
        raise ValueError(f"'currency' must be an ISO 4217 code (got {code!r})")


@attrs.frozen
class Money:
    """An exact amount in whole currency units, with its ISO 4217 currency.

    >>> Money("13.2E6", "usd")
    Money(amount=Decimal('1.32E+7'), currency='USD')
    >>> Money(124_000_000_000, "DEM").amount
    Decimal('124000000000')
    >>> Money(1, "XYZ")
    Traceback (most recent call last):
      ...
    ValueError: 'currency' must be an ISO 4217 code (got 'XYZ')
    """

    amount: Decimal = attrs.field(converter=_to_decimal)
    currency: str = attrs.field(converter=_upper, validator=_validate_currency)

    def __str__(self) -> str:
        return f"{self.amount:,f} {self.currency}"


@attrs.frozen
class Place:
    """Where something happened: a city, a country, or both.

    >>> Place(city="Baku", country=Country("AZE"))
    Place(city='Baku', country=Country(alpha_3='AZE'))
    """

    city: str | None = None
    country: Country | None = None


@attrs.frozen
class Participant:
    """A person named as taking part, with the role as written and their country."""

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    role: str | None = None
    country: Country | None = None


def _check_span(instance: Span, _attribute: object, text: str) -> None:
    if len(text) != instance.end - instance.start:
        raise ValueError(
            f"span text {text!r} has length {len(text)}, "
            f"but offsets {instance.start}..{instance.end} cover {instance.end - instance.start}"
        )


@attrs.frozen
class Span:
    """Character offsets ``[start, end)`` into an article body, with the text they cover.

    >>> body = "Baku and Islamabad discussed trade."
    >>> Span.of(body, 0, 4)
    Span(start=0, end=4, text='Baku')
    """

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()
    text: str = attrs.field(validator=_check_span)

    @end.validator
    def _check_end(self, _attribute: object, end: int) -> None:
        if end < self.start:
            raise ValueError(f"span end {end} is before its start {self.start}")

    @classmethod
    def of(cls, body: str, start: int, end: int) -> Span:
        """The span of ``body[start:end]``."""
        return cls(start, end, body[start:end])
