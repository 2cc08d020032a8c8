"""ISO 3166-1 countries and ISO 4217 currencies, read from pycountry's own data files.

Importing :mod:`pycountry` costs a fifth of a fresh process's start-up (at import it
asks :mod:`importlib.metadata` for its own version, which reads the installed
distributions), and diplonews asks it only two things: every country in order, and
the record with a given code. This module reads the same JSON databases, found
without importing the package, and answers those two questions as pycountry does:
the records in the file's order, their fields as attributes, and a look-up by one
field that ignores case, the last record of a value winning (pycountry's index is
built so). Where the files cannot be found that way, pycountry itself is imported
and asked where they are.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path

__all__ = ["IsoRecord", "IsoTable", "countries", "currencies"]


class IsoRecord:
    """One entry of a database: its fields (``alpha_3``, ``name`` ...) as attributes."""

    __slots__ = ("_fields",)

    def __init__(self, fields: dict[str, str]) -> None:
        self._fields = fields

    def __getattr__(self, name: str) -> str:
        if name == "_fields":  # not set yet (a copy being made): no field to look in
            raise AttributeError(name)
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None

    def __repr__(self) -> str:
        return f"IsoRecord({self._fields!r})"


class IsoTable:
    """The entries of one database, in order, with a look-up by any field."""

    def __init__(self, entries: list[dict[str, str]]) -> None:
        self._records = [IsoRecord(entry) for entry in entries]
        self._index: dict[str, dict[str, IsoRecord]] = {}
        for record in self._records:
            for field, value in record._fields.items():
                self._index.setdefault(field, {})[value.lower()] = record  # the last one wins

    def __iter__(self) -> Iterator[IsoRecord]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)

    def get(self, **field: str) -> IsoRecord | None:
        """The record whose one named field has this value, in any case; None if none.

        >>> countries().get(alpha_3="aze").name
        'Azerbaijan'
        """
        ((name, value),) = field.items()
        return self._index.get(name, {}).get(value.lower())


def _databases() -> Path:
    """The folder of pycountry's JSON databases."""
    import importlib.util  # noqa: PLC0415 (only here)

    spec = importlib.util.find_spec("pycountry")  # finds the package without running it
    if spec is not None and spec.origin is not None:
        folder = Path(spec.origin).parent / "databases"
        if folder.is_dir():
            return folder
    import pycountry  # noqa: PLC0415 (an installation laid out otherwise: pycountry knows)

    return Path(pycountry.DATABASE_DIR)


def _table(file: str, root: str) -> IsoTable:
    with (_databases() / file).open(encoding="utf-8") as data:
        return IsoTable(json.load(data)[root])


@functools.cache
def countries() -> IsoTable:
    """The current states of ISO 3166-1, as ``pycountry.countries`` gives them."""
    return _table("iso3166-1.json", "3166-1")


@functools.cache
def currencies() -> IsoTable:
    """The currencies of ISO 4217, as ``pycountry.currencies`` gives them."""
    return _table("iso4217.json", "4217")
