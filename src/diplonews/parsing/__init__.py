"""Text parsing: country mentions, time expressions, money, and the record extractors.

Each submodule owns one responsibility; the public ``parse_*``/``extract_*``
functions are re-exported here. ``parse_<thing>`` parses one expression and
raises on malformed input; ``extract_<things>`` scans free text and returns
``()`` when nothing is found.
"""

from __future__ import annotations

from diplonews.parsing.agreements import extract_agreements
from diplonews.parsing.countries import (
    CountryMention,
    extract_country_mentions,
    resolve_country,
    resolve_country_group,
)
from diplonews.parsing.dates import DateMention, extract_dates, parse_date
from diplonews.parsing.events import extract_meetings
from diplonews.parsing.money import MoneyMention, extract_money, parse_money
from diplonews.parsing.periods import PeriodMention, extract_periods, parse_period
from diplonews.parsing.trade import extract_trade_records

__all__ = [
    "CountryMention",
    "DateMention",
    "MoneyMention",
    "PeriodMention",
    "extract_agreements",
    "extract_country_mentions",
    "extract_dates",
    "extract_meetings",
    "extract_money",
    "extract_periods",
    "extract_trade_records",
    "parse_date",
    "parse_money",
    "parse_period",
    "resolve_country",
    "resolve_country_group",
]
