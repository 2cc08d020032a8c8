"""Exports to the formats other tools speak: PLOVER events, UN Comtrade CSV, JSON Schema, pandas.

Each format lives in its own submodule (:mod:`diplonews.exports.plover`,
:mod:`diplonews.exports.comtrade`, :mod:`diplonews.exports.schema`,
:mod:`diplonews.exports.dataframe`); the main entry points are re-exported
here. pandas is optional: :func:`~diplonews.exports.dataframe.to_dataframe`
imports it on first use.
"""

from __future__ import annotations

from diplonews.exports.comtrade import comtrade_rows, write_comtrade_csv
from diplonews.exports.dataframe import Frames, filter_frame, to_dataframe, to_dataframes
from diplonews.exports.plover import agreement_events, meeting_events, write_plover_jsonl
from diplonews.exports.schema import document_schema

__all__ = [
    "Frames",
    "agreement_events",
    "comtrade_rows",
    "document_schema",
    "filter_frame",
    "meeting_events",
    "to_dataframe",
    "to_dataframes",
    "write_comtrade_csv",
    "write_plover_jsonl",
]
