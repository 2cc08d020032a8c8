"""A JSON Schema (draft 2020-12) for the per-article document, generated from the models.

The schema is built by walking :func:`attrs.fields` and the type hints of
:class:`~diplonews.models.ArticleResult` and every record and value class it
reaches, so it follows the models as they change. Only the JSON shapes of
the value types that the converter writes as strings or small objects
(countries, country groups, partial dates, periods, days) are stated here,
once each, in :data:`VALUE_SCHEMAS`; numeric bounds, length bounds and
patterns come from the fields' attrs validators, and the few fields checked
by plain functions get theirs from :data:`FIELD_SCHEMAS`.

Every key the library writes is ``required`` (``null`` where a value is
unknown) and objects admit no other key, so the schema describes exactly the
output of this version; a consumer that wants to accept documents from later
versions can drop ``additionalProperties``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import types
import typing
from decimal import Decimal
from typing import Any

import attrs

from diplonews.models import ArticleResult
from diplonews.values import Country, CountryGroup, PartialDate, Period

__all__ = ["FIELD_SCHEMAS", "JSON_SCHEMA_DIALECT", "VALUE_SCHEMAS", "document_schema"]

#: The ``$schema`` of the document schema.
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: The JSON shape of each value type the converter writes in a form of its own.
VALUE_SCHEMAS: dict[type, dict[str, Any]] = {
    Country: {
        "type": "string",
        "pattern": "^[A-Z]{3}$",
        "description": "ISO 3166-1 alpha-3 code (ISO 3166-3 alpha-3 for former states).",
    },
    CountryGroup: {
        "type": "string",
        "pattern": "^[A-Z][A-Z0-9+&-]*$",
        "description": "A group of states by its upper-case short name (EU, CIS, OPEC).",
    },
    PartialDate: {
        "type": "string",
        "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
        "description": "ISO 8601 date at the precision given: YYYY, YYYY-MM or YYYY-MM-DD.",
    },
    Period: {
        "type": "object",
        "properties": {
            "start": {"type": "string", "format": "date"},
            "end": {"type": "string", "format": "date"},
        },
        "required": ["start", "end"],
        "additionalProperties": False,
        "description": "A span of calendar days, both ends inclusive.",
    },
}

#: Keywords for fields whose validators are plain functions (nothing to introspect).
FIELD_SCHEMAS: dict[tuple[str, str], dict[str, Any]] = {
    ("TradeRecord", "currency"): {"pattern": "^[A-Z]{3}$", "description": "ISO 4217 code."},
    ("Agreement", "count"): {"minimum": 1},
    ("Participant", "name"): {"minLength": 1},
    ("Span", "start"): {"minimum": 0},
}

_SCALARS: dict[type, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    Decimal: {"type": "number"},
    dt.date: {"type": "string", "format": "date"},
}

_BOUND_KEYWORDS = {
    ">=": "minimum",
    "<=": "maximum",
    ">": "exclusiveMinimum",
    "<": "exclusiveMaximum",
}


def _summary(cls: type) -> str:
    """The first line of a class's docstring."""
    doc = inspect.getdoc(cls) or cls.__name__
    return doc.strip().splitlines()[0]


def _validator_keywords(validator: Any) -> dict[str, Any]:
    """Schema keywords implied by the attrs validators ge, le, gt, lt, min_len and matches_re."""
    if validator is None:
        return {}
    keywords: dict[str, Any] = {}
    for inner in getattr(validator, "_validators", None) or (validator,):
        operator = getattr(inner, "compare_op", None)
        if operator in _BOUND_KEYWORDS:
            keywords[_BOUND_KEYWORDS[operator]] = inner.bound
        elif type(inner).__name__ == "_MinLengthValidator":
            keywords["minLength"] = inner.min_length
        elif getattr(inner, "pattern", None) is not None:
            keywords["pattern"] = inner.pattern.pattern
    return keywords


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one type hint; named classes are added to ``defs`` and referenced."""
    if hint is type(None):
        return {"type": "null"}
    origin = typing.get_origin(hint)
    if origin is typing.Union or isinstance(hint, types.UnionType):
        return {"anyOf": [_type_schema(arg, defs) for arg in typing.get_args(hint)]}
    if origin is tuple:
        item, *rest = typing.get_args(hint)
        assert rest == [Ellipsis], f"only tuple[X, ...] is supported, got {hint!r}"
        return {"type": "array", "items": _type_schema(item, defs)}
    if hint in _SCALARS:
        return dict(_SCALARS[hint])
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        if hint.__name__ not in defs:
            defs[hint.__name__] = {
                "type": "string",
                "enum": [member.value for member in hint],
                "description": _summary(hint),
            }
        return _ref(hint.__name__)
    if hint in VALUE_SCHEMAS:
        if hint.__name__ not in defs:
            schema = dict(VALUE_SCHEMAS[hint])
            if attrs.has(hint) and schema["type"] == "string":
                # The one field of a string-valued value class carries its pattern.
                for field in attrs.fields(hint):
                    schema = {**_validator_keywords(field.validator), **schema}
            defs[hint.__name__] = schema
        return _ref(hint.__name__)
    if isinstance(hint, type) and attrs.has(hint):
        if hint.__name__ not in defs:
            defs[hint.__name__] = {}  # reserve the name first: classes may nest
            defs[hint.__name__] = _object_schema(hint, defs)
        return _ref(hint.__name__)
    raise TypeError(f"no JSON Schema for type {hint!r}")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of an attrs class as the converter writes it: every field, always present."""
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    for field in attrs.fields(cls):
        schema = _type_schema(hints[field.name], defs)
        keywords = {
            **_validator_keywords(field.validator),
            **FIELD_SCHEMAS.get((cls.__name__, field.name), {}),
        }
        if keywords and "$ref" not in schema and "anyOf" not in schema:
            schema.update(keywords)
        properties[field.name] = schema
    return {
        "type": "object",
        "description": _summary(cls),
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def document_schema() -> dict[str, Any]:
    """The JSON Schema of the per-article document (one line of ``diplonews extract`` output).

    Returns:
        A fresh dict each call (safe to modify), ready for :func:`json.dumps`.

    >>> from diplonews.exports.schema import document_schema
    >>> schema = document_schema()
    >>> schema["$schema"], schema["title"]
    ('https://json-schema.org/draft/2020-12/schema', 'diplonews article document')
    >>> schema["required"][:3], sorted(schema["$defs"])[:3]
    (['id', 'published', 'author'], ['Agreement', 'AgreementKind', 'AgreementStatus'])
    >>> schema["$defs"]["Span"]["properties"]["start"]
    {'type': 'integer', 'minimum': 0}
    """
    defs: dict[str, Any] = {}
    root = _object_schema(ArticleResult, defs)
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "diplonews article document",
        **root,
        "$defs": dict(sorted(defs.items())),
    }
