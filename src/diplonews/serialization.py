"""One cattrs converter for every diplonews record, and the JSON shapes of spec/EXTRACTION.md.

Countries are alpha-3 strings, country groups their short name, partial dates
``"2024"``/``"2024-05"``/``"2024-05-17"``, periods ``{"start", "end"}``, days
ISO strings, and Decimal amounts JSON numbers written exactly (never through
a float).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from decimal import Decimal
from typing import Any, TypeVar

import cattrs
from cattrs.preconf.json import make_converter as make_json_converter

from diplonews.errors import SerializationError
from diplonews.models import Party
from diplonews.values import Country, CountryGroup, PartialDate, Period

__all__ = [
    "configure_converter",
    "from_dict",
    "from_json",
    "make_converter",
    "to_dict",
    "to_json",
]

T = TypeVar("T")


def _structure_party(value: Any, _type: Any) -> Party:
    if isinstance(value, Country | CountryGroup):
        return value
    text = str(value)
    # A group short name never collides with an ISO alpha-3 code in our tables.
    if len(text) == 3 and Country.get(text.upper()) is not None:
        return Country(text)
    return CountryGroup(text)


def _structure_date(value: Any, _type: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def configure_converter(conv: cattrs.Converter) -> None:
    """Register the hooks that give every value type its JSON shape."""
    conv.register_unstructure_hook(Country, lambda c: c.alpha_3)
    conv.register_structure_hook(Country, lambda v, _: Country(v))
    conv.register_unstructure_hook(CountryGroup, lambda g: g.code)
    conv.register_structure_hook(CountryGroup, lambda v, _: CountryGroup(v))
    conv.register_unstructure_hook(Party, str)
    conv.register_structure_hook(Party, _structure_party)
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_structure_hook(PartialDate, lambda v, _: PartialDate.from_iso(str(v)))
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(
        Period, lambda p: {"start": p.start.isoformat(), "end": p.end.isoformat()}
    )
    conv.register_structure_hook(
        Period, lambda v, _: Period(_structure_date(v["start"], dt.date), _structure_date(v["end"], dt.date))
    )
    # Decimals stay Decimals in dicts; the JSON writer prints them exactly.
    conv.register_unstructure_hook(Decimal, lambda d: d)
    conv.register_structure_hook(Decimal, lambda v, _: Decimal(str(v)) if isinstance(v, float) else Decimal(v))


@functools.cache
def make_converter() -> cattrs.Converter:
    """The converter diplonews uses everywhere (built once; never cattrs' global one).

    >>> from diplonews import Country
    >>> make_converter().unstructure(Country("AZE"))
    'AZE'
    """
    conv = make_json_converter(forbid_extra_keys=False, omit_if_default=False)
    configure_converter(conv)
    return conv


def _describe(exc: BaseException, cls: type[Any]) -> str:
    if isinstance(exc, cattrs.BaseValidationError):
        lines = cattrs.transform_error(exc, path=f"$ ({cls.__name__})")
        return "; ".join(lines)
    return f"{exc} @ $ ({cls.__name__})"


def to_dict(record: Any) -> dict[str, Any]:
    """A record as a plain dict in its JSON shape (Decimal values kept as Decimal).

    >>> from diplonews import Meeting
    >>> to_dict(Meeting(article_id="a", kind="call", status="held"))["kind"]
    'call'
    """
    result = make_converter().unstructure(record)
    if not isinstance(result, dict):
        raise SerializationError(f"expected an attrs record, got {type(record).__name__}")
    return result


def from_dict(data: dict[str, Any], cls: type[T]) -> T:
    """Build a ``cls`` record from its dict form.

    Raises:
        SerializationError: the data does not fit ``cls``; the message lists each path.
    """
    try:
        return make_converter().structure(data, cls)
    except Exception as exc:
        raise SerializationError(_describe(exc, cls)) from exc


def _decimal_text(value: Decimal) -> str:
    """Plain notation for integral values (13200000), exact digits otherwise."""
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


# Non-integral Decimals pass through json.dumps as marked strings, then lose their quotes:
# the json module has no hook for writing a number token verbatim.
_MARK = "\ue000decimal:"
_MARKED = re.compile(r'"\ue000decimal:(-?[0-9.]+)"')


def to_json(record: Any, *, indent: int | None = None) -> str:
    """A record as JSON text (Decimals written exactly).

    >>> from diplonews import TradeRecord, Country, Period
    >>> r = TradeRecord(reporter=Country("AZE"), flow="export", value="1.6E6",
    ...                 currency="USD", period=Period.year(2020))
    >>> '"value": 1600000' in to_json(r)
    True
    """
    return _dumps(to_dict(record), indent=indent)


def _dumps(data: Any, *, indent: int | None = None) -> str:
    text = json.dumps(_exact(data), ensure_ascii=False, indent=indent)
    return _MARKED.sub(r"\1", text) if _MARK in text else text


def _exact(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _exact(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_exact(v) for v in data]
    if isinstance(data, Decimal):
        if data == data.to_integral_value():
            return int(data)  # Python ints are exact in JSON
        return _MARK + _decimal_text(data)
    return data


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a ``cls`` record from JSON text; numbers are read as exact Decimals.

    Raises:
        SerializationError: the text is not JSON, or does not fit ``cls``.
    """
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise SerializationError(f"not JSON: {exc}") from None
    return from_dict(data, cls)
