"""Records that stay the same when a state is named with its article or in full.

Measured with ``benchmarks/state_name_invariance.py`` over every visible set's texts (dev
and crawled, written W1-W1680, corpus blind 11-18 and 20-26, read pages): a text rewritten
with "the Russian Federation" for "Russia" (or "the United States" for "America") gave other
records. A table of written stories, each with its variant and its plain form: the records
of the two must be the same (on what the scorer reads: kinds, statuses, sides, dates,
places). Rows marked as near misses already gave the same records and must keep doing so.

- ranked-partner-article: a state ranked as a partner with its article ("The main
  suppliers were the United States and Brazil: imports from the United States came to X")
  owns no later clause's flow, as when it is named without one ("were Brazil and Peru"):
  the flow stays the story's state's.
- gathering-comma-signers: states named without an article right after a gathering's name
  and its comma ("On the sidelines of the G20 Summit, America and Japan signed a memorandum")
  head the clause that signs, as "the United States" there already did: they are the
  instrument's parties, not things "of" the gathering.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scored_view import VariantRow, Writing, assert_same_records, scored_view, variant_cases

# (class, publication day, the variant's headline and body, the plain form's headline and body)
ROWS: list[VariantRow] = []


def _row(cls: str, day: str, variant: Writing, plain: Writing) -> None:
    ROWS.append((cls, day, variant, plain))


# --- ranked-partner-article -------------------------------------------------------------------
_row(
    "ranked-partner-article",
    "2024-07-02",
    (
        "Chile's trade grows",
        "Chile's foreign trade reached $80 billion in January-May. The largest suppliers were "
        "the United States and Brazil: purchases from the United States came to $9 billion, "
        "and from Brazil to $4 billion.",
    ),
    (
        "Chile's trade grows",
        "Chile's foreign trade reached $80 billion in January-May. The largest suppliers were "
        "America and Brazil: purchases from America came to $9 billion, and from Brazil to "
        "$4 billion.",
    ),
)
_row(
    "ranked-partner-article",
    "2024-07-02",
    (
        "Kenya's imports rise",
        "Kenya's foreign trade reached $20 billion in the first half. The main import "
        "partners were the Russian Federation and India: imports from the Russian Federation "
        "totalled $1.5 billion, and from India $1.1 billion.",
    ),
    (
        "Kenya's imports rise",
        "Kenya's foreign trade reached $20 billion in the first half. The main import "
        "partners were Russia and India: imports from Russia totalled $1.5 billion, and from "
        "India $1.1 billion.",
    ),
)
_row(
    "ranked-partner-article",
    "2024-07-02",
    (
        "Peru's trade report",
        "Peru's foreign trade reached $50 billion in 2023. Its top markets were the "
        "Netherlands and Japan: exports to the Netherlands came to $2 billion, and to Japan "
        "to $1.8 billion.",
    ),
    (
        "Peru's trade report",
        "Peru's foreign trade reached $50 billion in 2023. Its top markets were Holland and "
        "Japan: exports to Holland came to $2 billion, and to Japan to $1.8 billion.",
    ),
)
# near misses: a ranked partner already named without its article, and a subject that is
# no ranked partner but the flow's own state
_row(
    "ranked-partner-article",
    "2024-07-02",
    (
        "Trade figures",
        "The United States said on Monday that its imports from Brazil came to $9 billion in "
        "the first quarter.",
    ),
    (
        "Trade figures",
        "America said on Monday that its imports from Brazil came to $9 billion in the first "
        "quarter.",
    ),
)


# --- gathering-comma-signers ------------------------------------------------------------------
_row(
    "gathering-comma-signers",
    "2024-07-02",
    (
        "Ministers sign memorandum",
        "On the sidelines of the Ocean Conference, America and Japan signed a memorandum of "
        "understanding on critical minerals on Monday.",
    ),
    (
        "Ministers sign memorandum",
        "On the sidelines of the Ocean Conference, the United States and Japan signed a "
        "memorandum of understanding on critical minerals on Monday.",
    ),
)
_row(
    "gathering-comma-signers",
    "2024-07-02",
    (
        "Corridor memorandum signed",
        "Today, on the margins of the Transport Forum, Chile, the Republic of Peru and "
        "Bolivia signed a memorandum of understanding to build a rail corridor.",
    ),
    (
        "Corridor memorandum signed",
        "Today, on the margins of the Transport Forum, the Republic of Chile, the Republic of "
        "Peru and Bolivia signed a memorandum of understanding to build a rail corridor.",
    ),
)
_row(
    "gathering-comma-signers",
    "2024-07-02",
    (
        "Leaders sign pact",
        "On the sidelines of the G20 Summit, America and Japan signed an agreement on critical "
        "minerals.",
    ),
    (
        "Leaders sign pact",
        "On the sidelines of the G20 Summit, the United States and Japan signed an agreement "
        "on critical minerals.",
    ),
)
# near misses: a gathering with no comma after it, and states owned by "of" in a list
_row(
    "gathering-comma-signers",
    "2024-07-02",
    (
        "Leaders sign pact",
        "At the G20 Summit, America and Japan signed an agreement on critical minerals.",
    ),
    (
        "Leaders sign pact",
        "At the G20 Summit, the United States and Japan signed an agreement on critical minerals.",
    ),
)


# Near misses with no variant: the records spec/EXTRACTION.md gives them (sides and partners
# as the plain text names them), which the rules must keep. (headline, body, day, view)
NEAR_MISSES: list[tuple[str, str, str, tuple[object, ...]]] = [
    (
        "Kenya's imports rise",
        "Kenya's foreign trade reached $20 billion in the first half. The main import partners "
        "were Russia and India: imports from Russia totalled $1.5 billion.",
        "2024-07-02",
        (
            (),
            (),
            (
                ("KEN", "None", "turnover", "20000000000", "2024-01-01..2024-06-30"),
                ("KEN", "RUS", "import", "1500000000", "2024-01-01..2024-06-30"),
            ),
        ),
    ),
    (
        "Accession talks",
        "Chile and Peru signed an agreement backing the entry of Spain and Portugal into the bloc.",
        "2024-07-02",
        ((), (("agreement", "signed", "None", ["CHL", "PER"]),), ()),
    ),
]


@pytest.mark.parametrize(("title", "body", "day", "view"), NEAR_MISSES)
def test_near_miss_keeps_its_records(
    title: str, body: str, day: str, view: tuple[object, ...]
) -> None:
    """A ranked partner named short and states that sign beside others named as a topic."""
    assert scored_view(day, body, title) == view


@variant_cases(ROWS)
def test_state_name_variant_keeps_records(
    cls: str, day: str, variant: Writing, plain: Writing
) -> None:
    """The variant gives the records of its plain form."""
    assert_same_records(cls, day, variant, plain)


# (the name with its article or in full, the short name) of a ranked partner
_RANKED = st.sampled_from(
    [
        ("the United States", "America"),
        ("the Russian Federation", "Russia"),
        ("the Netherlands", "Holland"),
        ("the Czech Republic", "Czechia"),
    ]
)
_RANKS = st.sampled_from(["main", "largest", "top", "leading"])


@given(names=_RANKED, rank=_RANKS)
def test_ranked_partner_with_article(names: tuple[str, str], rank: str) -> None:
    """A partner ranked with its article gives the records of its short name."""
    text = (
        "Chile's foreign trade reached $80 billion in 2023. The {} suppliers were {} and "
        "Brazil: imports from {} came to $9 billion, and from Brazil to $4 billion."
    )
    full, short = names
    assert scored_view("2024-07-02", text.format(rank, full, full)) == scored_view(
        "2024-07-02", text.format(rank, short, short)
    )
