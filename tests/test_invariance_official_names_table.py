"""Records that stay the same when a story names a state by its official name.

Measured with ``benchmarks/state_name_invariance.py`` (variant ``short_to_official``) over
every visible set's texts: a text whose states were written by their official names ("the
Republic of Azerbaijan", "the Islamic Republic of Pakistan", "the Federal Democratic
Republic of Ethiopia"), as the outlets of those states and of their neighbours write them,
gave other records in 82 of the 2,344 articles it rewrote (key records lost: 18 meetings,
15 agreements, 1 trade record), the causes spread over many patterns that read a side, a
date or a role within a reach of words or characters. A table of written stories, each
with its variant and its plain form: the records of the two must be the same (on what the
scorer reads). Rows marked as near misses already gave the same records and must keep
doing so.

- official-state-name: a state written by its official name, a head ("the Republic of",
  "the Islamic Republic of", "the Kingdom of", "the Federal Democratic Republic of") before
  the state's short name or a tail after it ("the United States of America"), is read as
  the short name in every reader
  (:func:`diplonews.text.countries.official_names`, read through ``reads_folded``), its
  records' evidence, titles and roles quoted as written. A name no state is known by ("the
  Republic of Srpska"), "Republic Day", a "Republican" senator, and an official name that
  neither ends nor opens on the state's short name ("the Republic of Korea") are read as
  before.
- ratified-then-signed-relative: an instrument a ratifying verb governs ("ratified",
  "voted to approve") whose passive relative clause tells its earlier signing ("..., which
  was signed in March") is ratified, however long its name and its sides are; the clause
  tells its history. (Found as the plain form of an official-name story whose long names
  had kept the signing cue out of reach.)
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews import Article, extract
from diplonews.text.countries import official_names
from scored_view import VariantRow, Writing, assert_same_records, scored_view, variant_cases

# (class, publication day, the variant's headline and body, the plain form's headline and body)
ROWS: list[VariantRow] = []


def _row(cls: str, day: str, variant: Writing, plain: Writing) -> None:
    ROWS.append((cls, day, variant, plain))


# --- official-state-name ----------------------------------------------------------------------
_row(
    "official-state-name",
    "2024-02-11",
    (
        "Pipeline survey agreed",
        "The memorandum on the pipeline, signed in Ashgabat by the Republic of Turkmenistan, "
        "Afghanistan and the Islamic Republic of Pakistan in January, provides for a joint "
        "survey.",
    ),
    (
        "Pipeline survey agreed",
        "The memorandum on the pipeline, signed in Ashgabat by Turkmenistan, Afghanistan and "
        "Pakistan in January, provides for a joint survey.",
    ),
)
_row(
    "official-state-name",
    "2024-07-07",
    (
        "Tax treaty signed",
        "The agreement on the avoidance of double taxation between the Republic of Azerbaijan "
        "and the Islamic Republic of Pakistan was signed in Baku on Sunday.",
    ),
    (
        "Tax treaty signed",
        "The agreement on the avoidance of double taxation between Azerbaijan and Pakistan "
        "was signed in Baku on Sunday.",
    ),
)
_row(
    "official-state-name",
    "2024-07-07",
    (
        "Tax treaty signed",
        "The agreement on the avoidance of double taxation between the Republic of Azerbaijan "
        "and the Republic of Kazakhstan was signed in Baku on Sunday.",
    ),
    (
        "Tax treaty signed",
        "The agreement on the avoidance of double taxation between Azerbaijan and Kazakhstan "
        "was signed in Baku on Sunday.",
    ),
)
_row(
    "official-state-name",
    "2024-03-01",
    (
        "State visit",
        "President Biden will host President Luiz Inacio Lula da Silva of Brazil for an "
        "Official Visit to the United States of America, including a State Dinner, on March 14, "
        "2024. The visit will celebrate the ties between the United States of America and the "
        "Federative Republic of Brazil.",
    ),
    (
        "State visit",
        "President Biden will host President Luiz Inacio Lula da Silva of Brazil for an "
        "Official Visit to the United States, including a State Dinner, on March 14, 2024. The "
        "visit will celebrate the ties between the United States and Brazil.",
    ),
)
_row(
    "official-state-name",
    "2024-08-20",
    (
        "Call with Kenya",
        "President Biden spoke today with President William Ruto of Kenya. The two leaders "
        "reviewed progress since President Ruto's State Visit to Washington in May, during "
        "which the United States of America and the Republic of Kenya signed a memorandum of "
        "understanding on health supply chains.",
    ),
    (
        "Call with Kenya",
        "President Biden spoke today with President William Ruto of Kenya. The two leaders "
        "reviewed progress since President Ruto's State Visit to Washington in May, during "
        "which the United States and Kenya signed a memorandum of understanding on health "
        "supply chains.",
    ),
)
# near misses: read alike already, and kept so
_row(
    "official-state-name",
    "2024-05-20",
    (
        "Transit deal",
        "BAKU, May 20 - The Republic of Azerbaijan and the Republic of Kazakhstan signed an "
        "agreement on transit cargo on Monday.",
    ),
    (
        "Transit deal",
        "BAKU, May 20 - Azerbaijan and Kazakhstan signed an agreement on transit cargo on Monday.",
    ),
)
_row(
    "official-state-name",
    "2024-06-02",
    (
        "Tashkent talks",
        "President of the Republic of Uzbekistan Shavkat Mirziyoyev held talks with President "
        "of the Kyrgyz Republic Sadyr Japarov in Tashkent on Sunday.",
    ),
    (
        "Tashkent talks",
        "President of Uzbekistan Shavkat Mirziyoyev held talks with President of the Kyrgyz "
        "Republic Sadyr Japarov in Tashkent on Sunday.",
    ),
)
_row(
    "official-state-name",
    "2024-03-21",
    (
        "Tourism memorandum",
        "The Hashemite Kingdom of Jordan and the Kingdom of Bahrain signed a memorandum of "
        "understanding on tourism cooperation in Amman on Thursday.",
    ),
    (
        "Tourism memorandum",
        "Jordan and Bahrain signed a memorandum of understanding on tourism cooperation in "
        "Amman on Thursday.",
    ),
)

# --- ratified-then-signed-relative ------------------------------------------------------------
_row(
    "ratified-then-signed-relative",
    "2024-04-17",
    (
        "Partnership treaty approved",
        "MINSK, April 17 - Belarusian lawmakers on Wednesday voted to approve the Comprehensive "
        "Economic Partnership Treaty between the Republic of Belarus and the Republic of "
        "Serbia, which was signed during the Serbian president's visit to Minsk in March.",
    ),
    (
        "Partnership treaty approved",
        "MINSK, April 17 - Belarusian lawmakers on Wednesday voted to approve the Comprehensive "
        "Economic Partnership Treaty between Belarus and Serbia, which was signed during the "
        "Serbian president's visit to Minsk in March.",
    ),
)


@variant_cases(ROWS)
def test_official_name_variant_keeps_records(
    cls: str, day: str, variant: Writing, plain: Writing
) -> None:
    """The variant gives the records of its plain form."""
    assert_same_records(cls, day, variant, plain)


# (a text, the short names its official names stand for)
OFFICIAL_NAMES = [
    ("Talks with the Republic of Azerbaijan.", ["Azerbaijan"]),
    (
        "The Islamic Republic of Pakistan and the Kingdom of Saudi Arabia",
        ["Pakistan", "Saudi Arabia"],
    ),
    ("the Federal Democratic Republic of Ethiopia", ["Ethiopia"]),
    ("the Republic of the Philippines", ["Philippines"]),
    ("the United States of America", ["United States"]),  # the short name opens it
    ("the United Kingdom of Great Britain and Northern Ireland", ["United Kingdom"]),
    # near misses: no state, or an official name that neither ends nor opens on the short name
    ("Leaders of the Republic of Srpska met in Banja Luka.", []),
    ("India celebrated Republic Day in New Delhi.", []),
    ("A Republican senator met a delegation of the Republic of Srpska", []),
    ("the Republic of Korea and the Democratic People's Republic of Korea", []),
    ("the Kyrgyz Republic", []),
]


@pytest.mark.parametrize(("text", "shorts"), OFFICIAL_NAMES, ids=[t for t, _ in OFFICIAL_NAMES])
def test_official_names(text: str, shorts: list[str]) -> None:
    """An official name ends in the state's short name, which it stands for."""
    found = official_names(text)
    assert [short for _, _, short in found] == shorts
    assert all(
        text[start:end].endswith(short) or text[start:end].startswith(short)
        for start, end, short in found
    )


def test_evidence_and_role_quoted_as_written() -> None:
    """A record read in the short names keeps its evidence and roles as written."""
    body = (
        "President of the Republic of Uzbekistan Shavkat Mirziyoyev held talks with President "
        "of the Kyrgyz Republic Sadyr Japarov in Tashkent on Sunday."
    )
    result = extract(Article(id="t", body=body, published=dt.date(2024, 6, 2)))
    (meeting,) = result.meetings
    assert all(body[s.start : s.end] == s.text for s in meeting.evidence)
    assert any("Republic of Uzbekistan" in s.text for s in meeting.evidence)
    roles = {p.name: p.role for p in meeting.participants}
    assert roles.get("Shavkat Mirziyoyev") == "President of the Republic of Uzbekistan"


def test_near_miss_names_read_as_before() -> None:
    """A "Republic Day" names no state: the story is read as written."""
    day = "2024-01-26"
    body = (
        "India celebrated Republic Day as President Droupadi Murmu hosted the President of "
        "Egypt in New Delhi."
    )
    assert scored_view(day, body)[0] == (("meeting", "held", "None", ["EGY", "IND"], "New Delhi"),)
