"""The language layer every extractor shares.

Sentences, countries, dates, periods, money, people and the per-article mentions.

It imports no extractor. The public helpers live in :mod:`diplonews.text.countries`,
:mod:`~diplonews.text.dates`, :mod:`~diplonews.text.periods` and
:mod:`~diplonews.text.money`. Besides their main names, this face re-exports (outside
``__all__``, not public API) the machinery the record extractors
(:mod:`diplonews.meetings`, :mod:`diplonews.agreements`, :mod:`diplonews.trade`) share.
"""

from __future__ import annotations

# Shared with the other diplonews packages; not public API (not in __all__).
from diplonews.text._dateline import MONTHS as MONTHS
from diplonews.text._dateline import on_story_date as on_story_date
from diplonews.text._denied import denied_clause as denied_clause
from diplonews.text._denied import told_denied as told_denied
from diplonews.text._digits import has_digit as has_digit
from diplonews.text._event_shift import GATHERINGS as GATHERINGS
from diplonews.text._event_shift import MANY as MANY
from diplonews.text._event_shift import SHIFT as SHIFT
from diplonews.text._event_shift import shift_days as shift_days
from diplonews.text._folding import reads_folded as reads_folded
from diplonews.text._judged import judged_unreal as judged_unreal
from diplonews.text._mentions import BodyMentions as BodyMentions
from diplonews.text._mentions import bloc_seat as bloc_seat
from diplonews.text._mentions import body_mentions as body_mentions
from diplonews.text._mentions import counted_mentions as counted_mentions
from diplonews.text._mentions import named_mentions as named_mentions
from diplonews.text._mentions import state_references as state_references
from diplonews.text._outlet import home_country as home_country
from diplonews.text._outlet import release_state as release_state
from diplonews.text._people import PersonMention as PersonMention
from diplonews.text._people import extract_people as extract_people
from diplonews.text._people import person_spans as person_spans
from diplonews.text._person_tokens import meeting_words as meeting_words
from diplonews.text._put_off import new_time as new_time
from diplonews.text._put_off import put_off_before as put_off_before
from diplonews.text._put_off import put_off_end as put_off_end
from diplonews.text._put_off import signing_put_off as signing_put_off
from diplonews.text._put_off import time_after as time_after
from diplonews.text._questions import asked_about as asked_about
from diplonews.text._referents import is_reference as is_reference
from diplonews.text._referents import region_states as region_states
from diplonews.text._sections import by_section as by_section
from diplonews.text._sentences import MAX_SENTENCE as MAX_SENTENCE
from diplonews.text._sentences import Sentence as Sentence
from diplonews.text._sentences import split_sentences as split_sentences
from diplonews.text._trie import PieceScan as PieceScan
from diplonews.text._trie import caseless_as_lowered as caseless_as_lowered
from diplonews.text._trie import trie as trie
from diplonews.text._trie import word_start_scan as word_start_scan
from diplonews.text._typography import ASIDE_DASH as ASIDE_DASH
from diplonews.text._typography import fold_dashes as fold_dashes
from diplonews.text._typography import fold_headline_case as fold_headline_case
from diplonews.text._word_starts import WordStarts as WordStarts
from diplonews.text._word_starts import lowered as lowered
from diplonews.text.countries import CountryMention, extract_country_mentions, resolve_country_group
from diplonews.text.dates import DateMention, extract_dates, parse_date
from diplonews.text.money import MoneyMention, extract_money, parse_money
from diplonews.text.periods import PeriodMention, extract_periods, parse_period

__all__ = [
    "CountryMention",
    "DateMention",
    "MoneyMention",
    "PeriodMention",
    "extract_country_mentions",
    "extract_dates",
    "extract_money",
    "extract_periods",
    "parse_date",
    "parse_money",
    "parse_period",
    "resolve_country_group",
]
