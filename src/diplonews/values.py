"""Value types shared by every record: countries, partial dates, periods, money, spans.

All values are frozen attrs classes: converters normalise, validators reject,
so an instance that exists is valid.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

import attrs

from diplonews import _regex as re
from diplonews.errors import DateParseError, MoneyParseError, UnknownCountryError, ValidationError
from diplonews.gazetteer import country_name, iso_countries, iso_currencies, resolve_country

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


@functools.lru_cache(maxsize=1024)
def _country_record(alpha_3: str) -> tuple[str, str] | None:
    """Return (alpha-2, name) for a current or historic alpha-3 code, else None.

    Cached: every Country validates its code here, thousands of times per
    thousand articles, and an ISO table lookup costs more than the dictionary hit.
    """
    if alpha_3 in _HISTORIC_STATES:
        return _HISTORIC_STATES[alpha_3]
    record = iso_countries().get(alpha_3=alpha_3)
    if record is None:
        return None
    name = getattr(record, "common_name", None) or record.name
    return str(record.alpha_2), str(name)


def type_phrase(value: object) -> str:
    """``"a str"``, ``"an int"``: the type of ``value`` for a message."""
    if value is None:
        return "None"
    name = type(value).__name__
    return f"an {name}" if name[0] in "aeiouAEIOU" else f"a {name}"


def _check_optional_text(instance: Any, attribute: Any, value: object) -> None:
    """Validate: ``None`` or a str (one-line :class:`ValidationError` otherwise)."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(
            f"expected a str or None (got {type_phrase(value)})",
            field=f"{type(instance).__name__}.{attribute.name}",
            value=value,
        )


def to_day(value: dt.date | str, field: str) -> dt.date:
    """A :class:`datetime.date` from a date, a datetime (its date) or an ISO 8601 text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
        raise ValidationError(
            f"expected an ISO date YYYY-MM-DD (got {value!r})", field=field, value=value
        )
    raise ValidationError(
        f"expected a date or an ISO date text (got {type_phrase(value)})", field=field, value=value
    )


def _alpha_3(value: str) -> str:
    """The alpha-3 code for an alpha-3 or alpha-2 code in any case; raise naming the input."""
    if not isinstance(value, str):
        raise ValidationError(
            f"expected an ISO 3166 country code (got {type_phrase(value)})",
            field="Country.alpha_3",
            value=value,
        )
    code = value.strip().upper()
    if len(code) == 2:
        historic = [a3 for a3, (a2, _) in _HISTORIC_STATES.items() if a2 == code]
        record = iso_countries().get(alpha_2=code)
        if historic:
            code = historic[0]
        elif record is not None:
            code = str(record.alpha_3)
    if len(code) == 3 and _country_record(code) is not None:
        return code
    hint = None
    if len(code) > 3 and Country.get(value) is not None:
        hint = f"Country() takes an ISO code; use Country.lookup({value!r}) for names"
    raise UnknownCountryError(value, hint=hint)


@attrs.frozen(eq=False)
class Country:
    """A state, identified by its ISO 3166-1 alpha-3 code (ISO 3166-3 for former states).

    In JSON a country is its alpha-3 code. Build one from an alpha-3 or an
    alpha-2 code (any case), or look a name up:

    >>> from diplonews import Country
    >>> Country("aze"), Country("GE")
    (Country(alpha_3='AZE'), Country(alpha_3='GEO'))

    A country equals (and hashes like) its alpha-3 code, so codes work in tests
    of membership:

    >>> "AZE" in (Country("AZE"), Country("PAK")), Country("GEO") == "GEO"
    (True, True)
    >>> Country.lookup("Türkiye").alpha_3, Country.lookup("U.S.").alpha_3
    ('TUR', 'USA')
    >>> Country.lookup("SU").name
    'USSR'
    >>> Country.get("Narnia") is None
    True
    """

    alpha_3: str = attrs.field(converter=_alpha_3)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Country):
            return self.alpha_3 == other.alpha_3
        if isinstance(other, str):
            return self.alpha_3 == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.alpha_3)

    def __lt__(self, other: Country) -> bool:
        if not isinstance(other, Country):
            return NotImplemented
        return self.alpha_3 < other.alpha_3

    def __le__(self, other: Country) -> bool:
        if not isinstance(other, Country):
            return NotImplemented
        return self.alpha_3 <= other.alpha_3

    def __gt__(self, other: Country) -> bool:
        if not isinstance(other, Country):
            return NotImplemented
        return self.alpha_3 > other.alpha_3

    def __ge__(self, other: Country) -> bool:
        if not isinstance(other, Country):
            return NotImplemented
        return self.alpha_3 >= other.alpha_3

    @property
    def alpha_2(self) -> str:
        """The ISO 3166-1 alpha-2 code (ISO 3166-3 states keep their old alpha-2)."""
        record = _country_record(self.alpha_3)
        assert record is not None  # guaranteed by the validator
        return record[0]

    @property
    def name(self) -> str:
        """The short English name used in news ("Russia", not "Russian Federation")."""
        return country_name(self.alpha_3)

    @classmethod
    def get(cls, name: str) -> Country | None:
        """Resolve an alpha-2 or alpha-3 code, a name, an alias, a demonym or a capital.

        Returns ``None`` when the name is unknown; see :meth:`lookup` for the raising twin.
        """
        if not isinstance(name, str):
            raise ValidationError(
                f"expected a name or a code (got {type_phrase(name)})", value=name
            )
        text = name.strip()
        # Current codes, names and aliases are resolve_country's job; only the old alpha-2
        # codes of former states ("SU", "DD") are ours.
        for alpha_3, (alpha_2, _) in _HISTORIC_STATES.items():
            if text == alpha_2:
                return cls(alpha_3)
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


def _group_code(value: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(
            f"expected a group short name like 'EU' (got {type_phrase(value)})",
            field="CountryGroup.code",
            value=value,
        )
    code = value.upper()
    if not _GROUP_CODE.match(code):
        raise ValidationError(
            f"a group code is an upper-case short name like 'EU' or 'G7' (got {code!r})",
            field="CountryGroup.code",
            value=value,
        )
    return code


@attrs.frozen(eq=False)
class CountryGroup:
    """A group of states ("EU", "CIS", "OIC", "OPEC") by its upper-case short name.

    The European Union and its predecessors (EC, EEC) are all ``"EU"``. A
    group equals (and hashes like) its code:

    >>> from diplonews import CountryGroup
    >>> CountryGroup("eu"), CountryGroup("EU") == "EU"
    (CountryGroup(code='EU'), True)
    >>> CountryGroup("the EU")
    Traceback (most recent call last):
      ...
    diplonews.errors.ValidationError: CountryGroup.code: a group code is an upper-case short name \
like 'EU' or 'G7' (got 'THE EU')
    """

    code: str = attrs.field(converter=_group_code)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CountryGroup):
            return self.code == other.code
        if isinstance(other, str):
            return self.code == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.code)

    def __lt__(self, other: CountryGroup) -> bool:
        if not isinstance(other, CountryGroup):
            return NotImplemented
        return self.code < other.code

    def __le__(self, other: CountryGroup) -> bool:
        if not isinstance(other, CountryGroup):
            return NotImplemented
        return self.code <= other.code

    def __gt__(self, other: CountryGroup) -> bool:
        if not isinstance(other, CountryGroup):
            return NotImplemented
        return self.code > other.code

    def __ge__(self, other: CountryGroup) -> bool:
        if not isinstance(other, CountryGroup):
            return NotImplemented
        return self.code >= other.code

    def __str__(self) -> str:
        return self.code


_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _check_int(field: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(
            f"expected an int (got {type_phrase(value)})", field=field, value=value
        )


def _check_year(instance: PartialDate, _attribute: object, year: int) -> None:
    _check_int("PartialDate.year", year)
    if not 1 <= year <= 9999:
        raise ValidationError(
            f"year must be in 1..9999, got {year}", field="PartialDate.year", value=year
        )


def _check_month(instance: PartialDate, _attribute: object, month: int | None) -> None:
    if month is not None:
        _check_int("PartialDate.month", month)
    if month is not None and not 1 <= month <= 12:
        raise ValidationError(
            f"month must be in 1..12, got {month}", field="PartialDate.month", value=month
        )


def _check_day(instance: PartialDate, _attribute: object, day: int | None) -> None:
    if day is None:
        return
    _check_int("PartialDate.day", day)
    if instance.month is None:
        raise ValidationError(f"a day ({day}) needs a month", field="PartialDate.day", value=day)
    last = calendar.monthrange(instance.year, instance.month)[1]
    if not 1 <= day <= last:
        raise ValidationError(
            f"day must be in 1..{last} for {instance.year}-{instance.month:02d}",
            field="PartialDate.day",
            value=day,
        )


@attrs.frozen
class PartialDate:
    """A calendar date known to the year, the month or the day.

    >>> from diplonews import PartialDate
    >>> d = PartialDate.from_iso("2021-12")
    >>> d, d.precision, str(d)
    (PartialDate(year=2021, month=12, day=None), 'month', '2021-12')
    >>> d.contains(PartialDate(2021, 12, 19)), d.first_day(), d.last_day()
    (True, datetime.date(2021, 12, 1), datetime.date(2021, 12, 31))

    Partial dates sort by their first day, coarser precision first on ties
    (the order of :meth:`sort_key`):

    >>> sorted([PartialDate(2021, 12, 19), PartialDate(2021), PartialDate(2020, 5)])
    [PartialDate(year=2020, month=5, day=None), PartialDate(year=2021, month=None, day=None), \
PartialDate(year=2021, month=12, day=19)]

    .. versionchanged:: 0.2.0
       Partial dates compare with ``<`` and sort.
    """

    year: int = attrs.field(validator=_check_year)
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() >= other.sort_key()

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
        except ValidationError as exc:
            raise DateParseError(f"not a valid date ({exc.message})", text=text) from None

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


def to_partial_date(value: PartialDate | dt.date | str | None, field: str) -> PartialDate | None:
    """A partial date from a partial date, a date or datetime (day precision), or ISO text."""
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    if isinstance(value, str):
        try:
            return PartialDate.from_iso(value)
        except DateParseError as exc:
            raise ValidationError(
                f"{exc.message} (got {value!r})", field=field, value=value
            ) from None
    raise ValidationError(
        f"expected a PartialDate, a date or an ISO date text (got {type_phrase(value)})",
        field=field,
        value=value,
    )


def _period_start(value: dt.date | str) -> dt.date:
    return to_day(value, "Period.start")


def _period_end(value: dt.date | str) -> dt.date:
    return to_day(value, "Period.end")


def _check_period(instance: Period, _attribute: object, end: dt.date) -> None:
    if end < instance.start:
        raise ValidationError(
            f"period end {end} is before its start {instance.start}", field="Period.end", value=end
        )


@attrs.frozen
class Period:
    """A span of calendar days, both ends inclusive.

    >>> import datetime as dt
    >>> from diplonews import Period
    >>> Period.quarter(2021, 1)
    Period(start=datetime.date(2021, 1, 1), end=datetime.date(2021, 3, 31))
    >>> print(Period.months(2021, 1, 11))
    2021-01-01..2021-11-30
    >>> Period.year(2020).contains(dt.date(2020, 7, 4))
    True

    The ends may be given as dates, datetimes (their date) or ISO texts:

    >>> print(Period("2021-04-01", dt.datetime(2021, 6, 30, 18, 0)))
    2021-04-01..2021-06-30

    :meth:`as_year`, :meth:`as_quarter` and :meth:`as_month` say whether a
    period is exactly one calendar year, quarter or month:

    >>> Period.quarter(2021, 2).as_quarter(), Period.year(2020).as_year()
    ((2021, 2), 2020)
    >>> Period.months(2021, 1, 11).calendar_unit is None
    True
    """

    start: dt.date = attrs.field(converter=_period_start)
    end: dt.date = attrs.field(converter=_period_end, validator=_check_period)

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year."""
        return cls.months(year, 1, 12)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """Quarter 1..4 of a calendar year."""
        if not 1 <= quarter <= 4:
            raise ValidationError(
                f"quarter must be in 1..4, got {quarter}", field="Period.quarter", value=quarter
            )
        return cls.months(year, 3 * quarter - 2, 3 * quarter)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """One calendar month."""
        return cls.months(year, month, month)

    @classmethod
    def months(cls, year: int, first: int, last: int, *, last_year: int | None = None) -> Period:
        """Months ``first``..``last`` (inclusive); ``last_year`` when the range crosses a year.

        >>> from diplonews import Period
        >>> print(Period.months(1986, 4, 3, last_year=1987))
        1986-04-01..1987-03-31
        """
        end_year = year if last_year is None else last_year
        for number, name in ((year, "year"), (end_year, "last_year")):
            _check_int(f"Period.{name}", number)
            if not 1 <= number <= 9999:
                raise ValidationError(
                    f"{name} must be in 1..9999, got {number}", field=f"Period.{name}", value=number
                )
        for number, name in ((first, "first"), (last, "last")):
            _check_int(f"Period.{name}", number)
            if not 1 <= number <= 12:
                raise ValidationError(
                    f"{name} month must be in 1..12, got {number}",
                    field=f"Period.{name}",
                    value=number,
                )
        end_day = calendar.monthrange(end_year, last)[1]
        return cls(dt.date(year, first, 1), dt.date(end_year, last, end_day))

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` lies within the period."""
        return self.start <= day <= self.end

    @property
    def calendar_unit(self) -> Literal["year", "quarter", "month"] | None:
        """``"year"``, ``"quarter"`` or ``"month"`` when the period is exactly one, else ``None``.

        .. versionadded:: 0.2.0
        """
        start, end = self.start, self.end
        whole_months = start.day == 1 and (end + dt.timedelta(days=1)).day == 1
        if not whole_months or start.year != end.year:
            return None
        if (start.month, end.month) == (1, 12):
            return "year"
        if start.month == end.month:
            return "month"
        if start.month % 3 == 1 and end.month == start.month + 2:
            return "quarter"
        return None

    def as_year(self) -> int | None:
        """The year, when the period is exactly one calendar year.

        >>> from diplonews import Period
        >>> Period.year(2020).as_year(), Period.quarter(2020, 1).as_year()
        (2020, None)

        .. versionadded:: 0.2.0
        """
        return self.start.year if self.calendar_unit == "year" else None

    def as_quarter(self) -> tuple[int, int] | None:
        """``(year, quarter)``, when the period is exactly one calendar quarter.

        >>> from diplonews import Period
        >>> Period.months(2021, 7, 9).as_quarter()
        (2021, 3)

        .. versionadded:: 0.2.0
        """
        if self.calendar_unit != "quarter":
            return None
        return self.start.year, (self.start.month + 2) // 3

    def as_month(self) -> tuple[int, int] | None:
        """``(year, month)``, when the period is exactly one calendar month.

        >>> from diplonews import Period
        >>> Period.month(2021, 3).as_month(), Period.year(2021).as_month()
        ((2021, 3), None)

        .. versionadded:: 0.2.0
        """
        return (self.start.year, self.start.month) if self.calendar_unit == "month" else None

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day.

        .. versionadded:: 0.2.0
        """
        return self.start <= other.end and other.start <= self.end

    def covers(self, other: Period) -> bool:
        """Whether every day of ``other`` lies within this period.

        >>> from diplonews import Period
        >>> Period.year(2021).covers(Period.quarter(2021, 4))
        True

        .. versionadded:: 0.2.0
        """
        return self.start <= other.start and other.end <= self.end

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def to_decimal(value: Decimal | int | str | float) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str | float):
        raise ValidationError(
            f"expected a Decimal, an int, a float or a numeric text (got {type_phrase(value)})",
            value=value,
        )
    if isinstance(value, float):
        # A float carries binary noise; go through its shortest repr.
        value = repr(value)
    try:
        result = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise MoneyParseError("expected a decimal amount", text=str(value)) from None
    if not result.is_finite():
        raise MoneyParseError("expected a finite amount", text=str(value))
    return result


def is_currency_code(code: str) -> bool:
    """Whether ``code`` is a current or historic ISO 4217 code (codes are upper case).

    >>> from diplonews.values import is_currency_code
    >>> is_currency_code("USD"), is_currency_code("DEM"), is_currency_code("usd")
    (True, True, False)
    """
    if not code.isupper():
        return False
    return code in _HISTORIC_CURRENCIES or iso_currencies().get(alpha_3=code) is not None


def upper_currency(value: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(
            f"expected an ISO 4217 currency code (got {type_phrase(value)})", value=value
        )
    return value.upper()


def validate_currency(_instance: object, _attribute: object, code: str) -> None:
    if not is_currency_code(code):
        raise ValidationError(
            f"expected an ISO 4217 code (got {code!r})",
            field=f"{type(_instance).__name__}.currency",
            value=code,
        )


def _money_amount(value: Decimal | int | str | float) -> Decimal:
    try:
        return to_decimal(value)
    except ValidationError as exc:
        raise ValidationError(exc.message, field="Money.amount", value=value) from None


@attrs.frozen
class Money:
    """An exact amount in whole currency units, with its ISO 4217 currency.

    >>> from diplonews import Money
    >>> Money("13.2E6", "usd")
    Money(amount=Decimal('1.32E+7'), currency='USD')
    >>> Money(124_000_000_000, "DEM").amount
    Decimal('124000000000')
    >>> Money(1, "XYZ")
    Traceback (most recent call last):
      ...
    diplonews.errors.ValidationError: Money.currency: expected an ISO 4217 code (got 'XYZ')
    """

    amount: Decimal = attrs.field(converter=_money_amount)
    currency: str = attrs.field(converter=upper_currency, validator=validate_currency)

    def __str__(self) -> str:
        return f"{self.amount:,f} {self.currency}"


def to_country(value: Country | str | None, field: str) -> Country | None:
    """A country from a country or an alpha-2/alpha-3 code; ``field`` names it in errors."""
    if value is None or isinstance(value, Country):
        return value
    if isinstance(value, str):
        try:
            return Country(value)
        except UnknownCountryError as exc:
            raise UnknownCountryError(value, hint=exc.hint, field=field) from None
    raise ValidationError(
        f"expected a Country or an ISO code (got {type_phrase(value)})", field=field, value=value
    )


def _place_country(value: Country | str | None) -> Country | None:
    return to_country(value, "Place.country")


def _participant_country(value: Country | str | None) -> Country | None:
    return to_country(value, "Participant.country")


@attrs.frozen
class Place:
    """Where something happened: a city, a country, or both.

    >>> from diplonews import Place, Country
    >>> place = Place(city="Baku", country="AZE")
    >>> place
    Place(city='Baku', country=Country(alpha_3='AZE'))
    >>> str(place), str(Place(country=Country("GEO")))
    ('Baku, AZE', 'GEO')
    """

    city: str | None = attrs.field(default=None, validator=_check_optional_text)
    country: Country | None = attrs.field(default=None, converter=_place_country)

    def __str__(self) -> str:
        return ", ".join(str(part) for part in (self.city, self.country) if part is not None)


def _check_name(instance: Participant, _attribute: object, name: Any) -> None:
    if not isinstance(name, str) or not name:
        raise ValidationError("expected a non-empty name", field="Participant.name", value=name)


@attrs.frozen
class Participant:
    """A person named as taking part, with the role as written and their country.

    >>> from diplonews import Participant
    >>> print(Participant(name="Lena Marsh", role="Foreign Minister", country="GEO"))
    Lena Marsh (Foreign Minister, GEO)
    """

    name: str = attrs.field(validator=_check_name)
    role: str | None = attrs.field(default=None, validator=_check_optional_text)
    country: Country | None = attrs.field(default=None, converter=_participant_country)

    def __str__(self) -> str:
        details = ", ".join(str(part) for part in (self.role, self.country) if part is not None)
        return f"{self.name} ({details})" if details else self.name


def _check_span(instance: Span, _attribute: object, text: Any) -> None:
    if not isinstance(text, str):
        raise ValidationError(
            f"expected a str (got {type_phrase(text)})", field="Span.text", value=text
        )
    if len(text) != instance.end - instance.start:
        raise ValidationError(
            f"span text {text!r} has length {len(text)}, "
            f"but offsets {instance.start}..{instance.end} cover {instance.end - instance.start}",
            field="Span.text",
            value=text,
        )


@attrs.frozen
class Span:
    """Character offsets ``[start, end)`` into an article body, with the text they cover.

    >>> from diplonews import Span
    >>> body = "Baku and Islamabad discussed trade."
    >>> Span.of(body, 0, 4)
    Span(start=0, end=4, text='Baku')
    """

    start: int = attrs.field()
    end: int = attrs.field()
    text: str = attrs.field(validator=_check_span)

    @start.validator
    def _check_start(self, _attribute: object, start: int) -> None:
        _check_int("Span.start", start)
        if start < 0:
            raise ValidationError(
                f"span start must be >= 0, got {start}", field="Span.start", value=start
            )

    @end.validator
    def _check_end(self, _attribute: object, end: int) -> None:
        _check_int("Span.end", end)
        if end < self.start:
            raise ValidationError(
                f"span end {end} is before its start {self.start}", field="Span.end", value=end
            )

    @classmethod
    def of(cls, body: str, start: int, end: int) -> Span:
        """The span of ``body[start:end]``."""
        return cls(start, end, body[start:end])
