"""One cattrs converter for every diplonews record, and the JSON shape of the per-article document.

Countries are alpha-3 strings, country groups their short name, partial dates
``"2024"``/``"2024-05"``/``"2024-05-17"``, periods ``{"start", "end"}``, days
ISO strings, and Decimal amounts JSON numbers written exactly (never through
a float).

Four formats share that shape:

* dicts (:func:`to_dict`, :func:`from_dict`), for callers that build their own output;
* JSON (:func:`to_json`, :func:`from_json`), one value or record;
* JSON Lines (:func:`write_jsonl`, :func:`read_jsonl`), one record per line, streamed;
* CSV (:func:`write_csv`, :func:`write_csv_table`, :func:`read_csv`), one flat table
  per record type.

Every reader and writer takes a path or an open text stream. A path written
to is replaced only when everything was written (through a temporary file
beside it).
"""

from __future__ import annotations

from diplonews.serialization._converter import (
    configure_converter,
    from_dict,
    make_converter,
    to_dict,
)
from diplonews.serialization._jsonl import from_json, read_jsonl, to_json, write_jsonl
from diplonews.serialization._tables import (
    CSV_TABLES,
    csv_columns,
    read_csv,
    write_csv,
    write_csv_table,
)

__all__ = [
    "CSV_TABLES",
    "configure_converter",
    "csv_columns",
    "from_dict",
    "from_json",
    "make_converter",
    "read_csv",
    "read_jsonl",
    "to_dict",
    "to_json",
    "write_csv",
    "write_csv_table",
    "write_jsonl",
]
