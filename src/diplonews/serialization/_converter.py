"""The one cattrs converter for every diplonews record, and dicts in the JSON shapes."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Any, TypeVar

import cattrs
from cattrs.preconf.json import make_converter as make_json_converter
from cattrs.v import format_exception as _cattrs_format_exception

from diplonews.errors import ParseError, SerializationError, UnknownCountryError, ValidationError
from diplonews.models import (
    AgreementKind,
    AgreementStatus,
    MeetingKind,
    MeetingStatus,
    Party,
    TradeFlow,
)
from diplonews.values import Country, CountryGroup, PartialDate, Period, to_decimal

__all__ = [
    "configure_converter",
    "from_dict",
    "make_converter",
    "to_dict",
]

T = TypeVar("T")


def _structure_country(value: Any, _type: Any) -> Country:
    if isinstance(value, Country):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected an alpha-3 country code, got {value!r}")
    return Country(value)


def _structure_group(value: Any, _type: Any) -> CountryGroup:
    if isinstance(value, CountryGroup):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a country group name, got {value!r}")
    return CountryGroup(value)


def _structure_party(value: Any, _type: Any) -> Party:
    if isinstance(value, Country | CountryGroup):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a country code or a group name, got {value!r}")
    # A group short name never collides with an ISO alpha-3 code in our tables.
    # Only codes are tried (never names or aliases): JSON holds codes.
    if len(value) == 3:
        try:
            return Country(value)
        except UnknownCountryError:
            pass
    return CountryGroup(value)


def _structure_partial_date(value: Any, _type: Any) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return PartialDate.from_iso(value)


def _structure_date(value: Any, _type: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _structure_period(value: Any, _type: Any) -> Period:
    if isinstance(value, Period):
        return value
    if not isinstance(value, dict):
        raise ValueError(f"expected an object with 'start' and 'end', got {value!r}")
    return Period(_structure_date(value["start"], dt.date), _structure_date(value["end"], dt.date))


def _structure_decimal(value: Any, _type: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(f"expected a number, got {value!r}")
    return to_decimal(value)


_ENUMS = (AgreementKind, AgreementStatus, MeetingKind, MeetingStatus, TradeFlow)


def _enum_value(member: Any) -> str:
    return str(member.value)


def configure_converter(conv: cattrs.Converter) -> None:
    """Register the hooks that give every value type its JSON shape.

    Args:
        conv: the converter to configure (see :func:`make_converter`).
    """
    conv.register_unstructure_hook(Country, lambda c: c.alpha_3)
    conv.register_structure_hook(Country, _structure_country)
    conv.register_unstructure_hook(CountryGroup, lambda g: g.code)
    conv.register_structure_hook(CountryGroup, _structure_group)
    conv.register_unstructure_hook(Party, str)
    conv.register_structure_hook(Party, _structure_party)
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(
        Period, lambda p: {"start": p.start.isoformat(), "end": p.end.isoformat()}
    )
    conv.register_structure_hook(Period, _structure_period)
    # Enums are their values, so dicts hold plain strings.
    for kind in _ENUMS:
        conv.register_unstructure_hook(kind, _enum_value)
    # Decimals stay Decimals in dicts; the JSON writer prints them exactly.
    conv.register_unstructure_hook(Decimal, lambda d: d)
    conv.register_structure_hook(Decimal, _structure_decimal)


@functools.cache
def make_converter() -> cattrs.Converter:
    """The converter diplonews uses everywhere (built once; never cattrs' global one).

    >>> from diplonews.serialization import make_converter
    >>> from diplonews import Country
    >>> make_converter().unstructure(Country("AZE"))
    'AZE'
    """
    conv = make_json_converter(forbid_extra_keys=False, omit_if_default=False)
    configure_converter(conv)
    return conv


def _format_exception(exc: BaseException, type_: type[Any] | None) -> str:
    """One failure, in words: our own messages where we have them, cattrs' otherwise."""
    if isinstance(exc, ParseError):
        return f"{exc.message}: {exc.text!r}"
    if isinstance(exc, UnknownCountryError):
        return f"unknown country: {exc.name!r}"
    if isinstance(exc, ValidationError):
        return exc.message  # the path says where
    if isinstance(exc, ValueError) and not isinstance(exc, KeyError) and str(exc):
        return str(exc)
    return _cattrs_format_exception(exc, type_)


def _describe(exc: BaseException, cls: Any) -> str:
    name = getattr(cls, "__name__", repr(cls))
    if isinstance(exc, cattrs.BaseValidationError):
        lines = cattrs.transform_error(exc, path="$", format_exception=_format_exception)
    else:
        lines = [f"{_format_exception(exc, None)} @ $"]
    return f"invalid {name}: " + "; ".join(lines)


def structure(data: Any, cls: type[T]) -> T:
    try:
        return make_converter().structure(data, cls)
    except Exception as exc:
        raise SerializationError(_describe(exc, cls)) from exc


def to_dict(record: Any, *, json_safe: bool = False) -> dict[str, Any]:
    """A record as a plain dict in its JSON shape.

    Args:
        record: any diplonews record or value that is a JSON object (not a
            country or a partial date, which are strings: see :func:`to_json`).
        json_safe: ``False`` keeps amounts as exact :class:`~decimal.Decimal`
            values (what :func:`from_dict` reads back exactly). ``True`` gives a
            dict :func:`json.dumps` (or a web framework) can write as it is:
            whole amounts become ``int``, others ``float``, the same values
            ``json.loads(to_json(record))`` gives. Use :func:`to_json` for text
            with every digit kept.

    Raises:
        SerializationError: ``record`` is not an attrs record.

    >>> from diplonews.serialization import to_dict
    >>> import json
    >>> from diplonews import Meeting, Money
    >>> to_dict(Meeting(article_id="a", kind="call", status="held"))["kind"]
    'call'
    >>> to_dict(Money("2.5E6", "USD"))
    {'amount': Decimal('2.5E+6'), 'currency': 'USD'}
    >>> json.dumps(to_dict(Money("2.5E6", "USD"), json_safe=True))
    '{"amount": 2500000, "currency": "USD"}'

    .. versionchanged:: 0.2.0
       ``json_safe``.
    """
    result = make_converter().unstructure(record)
    if not isinstance(result, dict):
        raise SerializationError(f"expected an attrs record, got {type(record).__name__}")
    return _json_safe(result) if json_safe else result


def _json_safe(data: Any) -> Any:
    """``data`` with Decimals as ints (whole) or floats (the rest)."""
    if isinstance(data, dict):
        return {k: _json_safe(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_json_safe(v) for v in data]
    if isinstance(data, Decimal):
        return int(data) if data == data.to_integral_value() else float(data)
    return data


def from_dict(data: dict[str, Any], cls: type[T]) -> T:
    """Build a ``cls`` record from its dict form.

    Args:
        data: the dict, in the shape :func:`to_dict` gives.
        cls: the record class to build.

    Raises:
        SerializationError: the data does not fit ``cls``; the message lists each path.

    >>> from diplonews.serialization import from_dict
    >>> from diplonews import Place
    >>> from_dict({"city": "Baku", "country": "AZE"}, Place)
    Place(city='Baku', country=Country(alpha_3='AZE'))
    >>> from_dict({"city": "Baku", "country": "ZZZ"}, Place)
    Traceback (most recent call last):
      ...
    diplonews.errors.SerializationError: invalid Place: unknown country: 'ZZZ' @ $.country
    """
    return structure(data, cls)
