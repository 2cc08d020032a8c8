"""Records that stay the same when a state is named the way another outlet names it.

Measured with ``benchmarks/state_name_invariance.py`` over every visible set's texts (dev
and crawled, written W1-W1680, corpus blind 11-18 and 20-26, read pages): a text rewritten
with a state's official name for its short one ("the Republic of India" for "India", "the
United States of America" for "the United States") gave other records. A table of written
stories, each with its variant and its plain form: the records of the two must be the same
(on what the scorer reads: kinds, statuses, sides, dates, places). Rows marked as near
misses already gave the same records and must keep doing so.

- official-name-host: a gathering's host, or the states acting at it, named in a clause
  after it by their official names ("the summit, which the Kingdom of Spain hosted in
  Madrid", "the summit that the Republic of India will host later this year", "the meeting,
  where the Republic of Chile will ask for ...") take part in it, and the host's clause
  gives its place and time, as when they are named short ("which Spain hosted").
- trip-stops-article: a trip's further stops named with their article or in full ("a tour
  that will also take her to the United Kingdom and the Republic of Indonesia") are stops of
  the trip, as when they are named short ("to Britain and Indonesia").
- trade-partner-in-full: a trade partner named in full between a flow and its period ("a
  deficit in its trade with the Republic of Korea last year", "sold goods worth X to the
  United States of America last year") gives the period's record, as when it is named
  short.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scored_view import VariantRow, Writing, assert_same_records, scored_view, variant_cases

# (class, publication day, the variant's headline and body, the plain form's headline and body)
ROWS: list[VariantRow] = []


def _row(cls: str, day: str, variant: Writing, plain: Writing) -> None:
    ROWS.append((cls, day, variant, plain))


# --- official-name-host ---------------------------------------------------------------------
_row(
    "official-name-host",
    "2024-05-02",
    (
        "Readout of the meeting",
        "Foreign Minister Ana Rojas of Chile met Foreign Minister Peter Otieno of Kenya today. "
        "They discussed preparations for the Ocean Summit, which the Republic of Kenya will "
        "host in Nairobi next March.",
    ),
    (
        "Readout of the meeting",
        "Foreign Minister Ana Rojas of Chile met Foreign Minister Peter Otieno of Kenya today. "
        "They discussed preparations for the Ocean Summit, which Kenya will host in Nairobi "
        "next March.",
    ),
)
_row(
    "official-name-host",
    "2024-05-02",
    (
        "Readout of the call",
        "The two leaders looked ahead to the Water Summit that the Republic of India will host "
        "later this year.",
    ),
    (
        "Readout of the call",
        "The two leaders looked ahead to the Water Summit that India will host later this year.",
    ),
)
_row(
    "official-name-host",
    "2024-05-02",
    (
        "Readout of the call",
        "The ministers discussed the Energy Summit, which the Kingdom of Spain hosted in Madrid "
        "in April.",
    ),
    (
        "Readout of the call",
        "The ministers discussed the Energy Summit, which Spain hosted in Madrid in April.",
    ),
)
_row(
    "official-name-host",
    "2024-05-02",
    (
        "Trade ministers to meet",
        "Trade ministers will meet in Geneva next month, where the Republic of Chile will ask "
        "for safeguards on copper.",
    ),
    (
        "Trade ministers to meet",
        "Trade ministers will meet in Geneva next month, where Chile will ask for safeguards on "
        "copper.",
    ),
)
_row(
    "official-name-host",
    "2024-05-02",
    (
        "Summit ends",
        "Leaders attended the summit of the bloc in Lima, at which the Republic of Peru and the "
        "Kingdom of Spain signed a treaty.",
    ),
    (
        "Summit ends",
        "Leaders attended the summit of the bloc in Lima, at which Peru and Spain signed a treaty.",
    ),
)
# near miss: a host already read in full
_row(
    "official-name-host",
    "2024-05-02",
    (
        "Readout of the call",
        "They discussed the climate conference, hosted by the Republic of Ghana in Accra in March.",
    ),
    (
        "Readout of the call",
        "They discussed the climate conference, hosted by Ghana in Accra in March.",
    ),
)
_row(
    "official-name-host",
    "2024-05-02",
    (
        "Readout of the call",
        "They discussed the trade forum that the United States of America will host in Chicago "
        "in June.",
    ),
    (
        "Readout of the call",
        "They discussed the trade forum that the United States will host in Chicago in June.",
    ),
)


# --- trip-stops-article ---------------------------------------------------------------------
_row(
    "trip-stops-article",
    "2024-05-02",
    (
        "Minister on tour",
        "Foreign Minister Ana Rojas arrived in Lima yesterday on the first leg of a tour that "
        "will also take her to the United Kingdom and the Czech Republic.",
    ),
    (
        "Minister on tour",
        "Foreign Minister Ana Rojas arrived in Lima yesterday on the first leg of a tour that "
        "will also take her to Britain and Czechia.",
    ),
)
_row(
    "trip-stops-article",
    "2024-05-02",
    (
        "Minister on tour",
        "Foreign Secretary Mary Hollis has arrived in Ghana at the start of a four-day tour of "
        "West Africa which will also take her to the Federal Republic of Nigeria and the "
        "Republic of Sierra Leone.",
    ),
    (
        "Minister on tour",
        "Foreign Secretary Mary Hollis has arrived in Ghana at the start of a four-day tour of "
        "West Africa which will also take her to Nigeria and Sierra Leone.",
    ),
)
_row(
    "trip-stops-article",
    "2024-05-02",
    (
        "Minister on tour",
        "Trade Minister Karl Berg arrived in Hanoi yesterday on a tour that will also take him "
        "to the Republic of Indonesia.",
    ),
    (
        "Minister on tour",
        "Trade Minister Karl Berg arrived in Hanoi yesterday on a tour that will also take him "
        "to Indonesia.",
    ),
)


# --- trade-partner-in-full ------------------------------------------------------------------
_row(
    "trade-partner-in-full",
    "1987-04-16",
    (
        "Trade deficit",
        "LIMA, April 16 - Peru ran a deficit of 38 mln dlrs in its trade with the Republic of "
        "Korea last year, the minister said.",
    ),
    (
        "Trade deficit",
        "LIMA, April 16 - Peru ran a deficit of 38 mln dlrs in its trade with South Korea last "
        "year, the minister said.",
    ),
)
_row(
    "trade-partner-in-full",
    "1987-04-16",
    (
        "Exports",
        "ACCRA, April 16 - Ghana exported goods worth 140 mln dlrs to the Republic of Kenya last "
        "year, according to official figures.",
    ),
    (
        "Exports",
        "ACCRA, April 16 - Ghana exported goods worth 140 mln dlrs to Kenya last year, according "
        "to official figures.",
    ),
)
_row(
    "trade-partner-in-full",
    "1987-04-16",
    (
        "Exports",
        "SANTIAGO, April 16 - Chile sold goods worth 93 mln dlrs to the United States of America "
        "last year, according to official figures.",
    ),
    (
        "Exports",
        "SANTIAGO, April 16 - Chile sold goods worth 93 mln dlrs to the United States last "
        "year, according to official figures.",
    ),
)
# near miss: a partner named with its article, already read
_row(
    "trade-partner-in-full",
    "1987-04-16",
    (
        "Exports",
        "ACCRA, April 16 - Ghana exported goods worth 140 mln dlrs to the United Kingdom last "
        "year, according to official figures.",
    ),
    (
        "Exports",
        "ACCRA, April 16 - Ghana exported goods worth 140 mln dlrs to Britain last year, "
        "according to official figures.",
    ),
)


@variant_cases(ROWS)
def test_state_name_variant_keeps_records(
    cls: str, day: str, variant: Writing, plain: Writing
) -> None:
    """The variant gives the records of its plain form."""
    assert_same_records(cls, day, variant, plain)


# (short name, official name) of states whose official name joins its words with "of"
_OFFICIAL = st.sampled_from(
    [
        ("India", "the Republic of India"),
        ("Spain", "the Kingdom of Spain"),
        ("Oman", "the Sultanate of Oman"),
        ("Kenya", "the Republic of Kenya"),
        ("Iran", "the Islamic Republic of Iran"),
        ("Bangladesh", "the People's Republic of Bangladesh"),
        ("the United States", "the United States of America"),
        ("Ivory Coast", "Côte d'Ivoire"),
    ]
)
_CLAUSES = st.sampled_from(
    [
        "They discussed the Water Summit that {} will host later this year.",
        "They discussed the Water Summit, which {} hosted in March.",
    ]
)


@given(names=_OFFICIAL, clause=_CLAUSES)
def test_official_name_hosts_as_short_name(names: tuple[str, str], clause: str) -> None:
    """A summit's host named officially in its clause gives the records of its short name."""
    short, official = names
    assert scored_view("2024-05-02", clause.format(official)) == scored_view(
        "2024-05-02", clause.format(short)
    )


# (short name, the name with its article or in full) of a trip's stops
_STOPS = st.sampled_from(
    [
        ("Britain", "the United Kingdom"),
        ("Czechia", "the Czech Republic"),
        ("Indonesia", "the Republic of Indonesia"),
        ("Thailand", "the Kingdom of Thailand"),
        ("Nigeria", "the Federal Republic of Nigeria"),
        ("Ivory Coast", "Côte d'Ivoire"),
    ]
)


@given(first=_STOPS, second=_STOPS)
def test_trip_stops_named_in_full(first: tuple[str, str], second: tuple[str, str]) -> None:
    """A trip's further stops named in full give the records of their short names."""
    text = (
        "Foreign Minister Ana Rojas arrived in Lima yesterday on the first leg of a tour that "
        "will also take her to {} and {}."
    )
    assert scored_view("2024-05-02", text.format(first[1], second[1])) == scored_view(
        "2024-05-02", text.format(first[0], second[0])
    )
