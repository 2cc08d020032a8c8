"""Records that stay the same when a headline's case or the way "U.S." is written changes.

Measured with ``benchmarks/typography_invariance.py`` over every visible set's texts (dev
and crawled, written W1-W1620, corpus blind 11-18 and 20-26, read pages): a text rewritten
with its headline in capitals or in title case, or with "U.S." written "US", gave other
records. A table of written stories, each with its variant and its plain form: the records
of the two must be the same (on what the scorer reads: kinds, statuses, sides, dates,
places). Rows marked as near misses already gave the same records and must keep doing so.

- headline-case: a headline in capitals ("CHILE, PERU SIGN ...") or with every word
  capitalised ("Travel To The Republic Of Ghana And Togo") names the states the same
  headline names in prose: its state names are read in their usual case, its initialisms
  ("US", "UAE") as written.
- initialism-stop: the full stop of a one-letter initial inside a gathering's name ("on
  the margins of the EU-U.S. Trade Forum in Lisbon") ends no sentence: the talks take the
  gathering's city, as when the name is written "EU-US Trade Forum".
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diplonews.text import fold_headline_case
from diplonews.text.countries import headline_mentions
from scored_view import VariantRow, Writing, assert_same_records, variant_cases

# (class, publication day, the variant's headline and body, the plain form's headline and body)
ROWS: list[VariantRow] = []


def _row(cls: str, day: str, variant: Writing, plain: Writing) -> None:
    ROWS.append((cls, day, variant, plain))


# --- headline-case --------------------------------------------------------------------------
_BODY_PAIR = (
    "The two countries signed a memorandum of understanding on fisheries cooperation on "
    "Tuesday, the foreign ministry said. The document was signed after talks between the "
    "ministers."
)
_row(
    "headline-case",
    "2024-05-14",
    ("CHILE, PERU SIGN FISHERIES MEMORANDUM", _BODY_PAIR),
    ("Chile, Peru sign fisheries memorandum", _BODY_PAIR),
)
_row(
    "headline-case",
    "2024-05-14",
    ("GHANA, TÜRKIYE SIGN FISHERIES MEMORANDUM", _BODY_PAIR),
    ("Ghana, Türkiye sign fisheries memorandum", _BODY_PAIR),
)
_BODY_TRIP = (
    "Chile's Minister of Trade Ana Rojas travelled to Nairobi on Monday. In Nairobi, the two "
    "governments signed a memorandum on agricultural trade, the ministry said."
)
_row(
    "headline-case",
    "2024-03-05",
    ("Readout Of The Chilean Minister's Travel To Kenya And Tanzania", _BODY_TRIP),
    ("Readout of the Chilean Minister's travel to Kenya and Tanzania", _BODY_TRIP),
)
_row(
    "headline-case",
    "2024-03-05",
    ("READOUT OF THE CHILEAN MINISTER'S TRAVEL TO KENYA AND TANZANIA", _BODY_TRIP),
    ("Readout of the Chilean Minister's travel to Kenya and Tanzania", _BODY_TRIP),
)
# near misses: a wire headline in capitals with an initialism, and a headline in prose case
_BODY_WIRE = (
    "Officials of the two countries said on Friday they had agreed to hold another round of "
    "trade talks next month."
)
_row(
    "headline-case",
    "1987-04-10",
    ("US, JAPAN AGREE TO NEW TRADE TALKS", _BODY_WIRE),
    ("US, Japan agree to new trade talks", _BODY_WIRE),
)
_row(
    "headline-case",
    "1987-04-10",
    ("Japan and the US Agree to New Trade Talks", _BODY_WIRE),
    ("Japan and the US agree to new trade talks", _BODY_WIRE),
)

# --- initialism-stop ------------------------------------------------------------------------
_row(
    "initialism-stop",
    "2023-09-06",
    (
        "Readout of the meeting",
        "Vice President Maria Lopez met today with Prime Minister Karim Haddad of Jordan on the "
        "margins of the EU-U.S. Trade Forum in Lisbon, Portugal. The Vice President and the "
        "Prime Minister discussed trade.",
    ),
    (
        "Readout of the meeting",
        "Vice President Maria Lopez met today with Prime Minister Karim Haddad of Jordan on the "
        "margins of the EU-US Trade Forum in Lisbon, Portugal. The Vice President and the "
        "Prime Minister discussed trade.",
    ),
)
_row(
    "initialism-stop",
    "2024-10-09",
    (
        "Readout of the meeting",
        "Secretary of State Maria Lopez met today with Foreign Minister Karim Haddad of Jordan "
        "on the sidelines of the U.N. Ocean Conference in Lisbon. They discussed fisheries.",
    ),
    (
        "Readout of the meeting",
        "Secretary of State Maria Lopez met today with Foreign Minister Karim Haddad of Jordan "
        "on the sidelines of the UN Ocean Conference in Lisbon. They discussed fisheries.",
    ),
)
# near miss: a sentence that ends on an initialism before the city is told
_row(
    "initialism-stop",
    "2024-10-09",
    (
        "Readout of the meeting",
        "The Foreign Minister of Ghana met today with the Foreign Minister of Kenya on the "
        "sidelines of a forum on the U.S. In Lisbon, they discussed fisheries.",
    ),
    (
        "Readout of the meeting",
        "The Foreign Minister of Ghana met today with the Foreign Minister of Kenya on the "
        "sidelines of a forum on the US. In Lisbon, they discussed fisheries.",
    ),
)


@variant_cases(ROWS)
def test_typography_variant_keeps_records(
    cls: str, day: str, variant: Writing, plain: Writing
) -> None:
    """The variant gives the records of its plain form."""
    assert_same_records(cls, day, variant, plain)


_STATES = st.sampled_from(
    ["Chile", "Peru", "Papua New Guinea", "Republic of Ghana", "Trinidad and Tobago", "Türkiye"]
)
_VERBS = st.sampled_from(["sign trade pact", "hold talks in the capital", "agree to meet"])


@given(first=_STATES, second=_STATES, verb=_VERBS)
def test_headline_in_capitals_names_its_states(first: str, second: str, verb: str) -> None:
    """A headline names the same states in capitals, in title case and in prose."""
    plain = f"{first}, {second} {verb}"
    codes = [m.code for m in headline_mentions(plain)]
    capitals = plain.upper()
    title_case = " ".join(w[:1].upper() + w[1:] for w in plain.split(" "))
    assert [m.code for m in headline_mentions(capitals)] == codes
    assert [m.code for m in headline_mentions(title_case)] == codes
    assert len(fold_headline_case(capitals)) == len(capitals)  # offsets kept
