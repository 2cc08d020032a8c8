"""A grid of typeset pages: curly quotes, dashes and ellipses beside the words the gates test.

Most news is typeset: curly apostrophes and quotes, en and em dashes, an ellipsis. A
character beyond Latin-1 makes CPython store the whole body two bytes a character (issue
12); folding such characters to Latin-1 stand-ins before matching was measured and does
not pay (the engine reads two-byte text about as fast), so the texts are read as written
and the speed work gates the searches instead. Several gates tested a lower-cased text for
a case-blind pattern's words only when the text was all ASCII, so a single curly quote
switched them off: they now hold for any text without the four letters beyond ASCII that
match an ASCII one without case (:func:`diplonews.text.caseless_as_lowered`), and the scan
for a recalling phrase beside an event ("building on the agreements reached at their
summit") is skipped where the clause holds none of its words.

Each cell draws a template (a meeting told beside a recalled summit or not, an agreement
or a company contract, a trade figure in digits or in words), two invented states, a
typesetting (plain ASCII, curly quotes, dashes, or all of them with an ellipsis) and
whether the feature the gate reads is there. The records the spec asks for are computed
from the choices alone (spec/EXTRACTION.md sections 2-4): the talks are one held meeting of
the two states on Monday (a recalled summit may be a record of its own, not checked here);
the agreement is signed by the two states, a contract between companies is no agreement;
the figure is the pair's turnover in 2022. Every typesetting must give the records plain
ASCII gives, and each gate must let through every text its scan finds a match in.

Every page is published on Wednesday 2023-05-10; "on Monday" is 2023-05-08. The grid found
no failing cell before the change (96 of 96 pass: the change is for speed, output kept).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter

import pytest

from diplonews import extract_text
from diplonews.agreements._words import vocabulary
from diplonews.meetings._candidates import _RECALLING_AT, _RECALLING_WORDS
from diplonews.text import caseless_as_lowered, split_sentences
from diplonews.text.money import _MULTIPLIER_AFTER
from grid_cells import Pair, dashed_id, grid_params
from grid_records import Records, read
from trade_rows import scored

PUBLISHED = "2023-05-10"
MONDAY = "2023-05-08"

PAIRS = (
    Pair("Peru", "Chile", "Peruvian", "Chilean", "Lima", "Santiago", ("PER", "CHL")),
    Pair("Ghana", "Niger", "Ghanaian", "Nigerien", "Accra", "Niamey", ("GHA", "NER")),
    Pair("Norway", "Finland", "Norwegian", "Finnish", "Oslo", "Helsinki", ("NOR", "FIN")),
    Pair("Kenya", "Uganda", "Kenyan", "Ugandan", "Nairobi", "Kampala", ("KEN", "UGA")),
)
PAIR_NAMES = {p.a: p for p in PAIRS}

#: How a page is typeset: its apostrophe, its quotes, its aside dash and its trailing ellipsis.
TYPESETTINGS = {
    "ascii": ("'", '"', '"', " - ", "."),
    "curly": ("\u2019", "\u201c", "\u201d", " - ", "."),
    "dashes": ("'", '"', '"', " \u2014 ", "."),
    "all": ("\u2019", "\u201c", "\u201d", " \u2013 ", "\u2026"),
}

#: The templates: the talks, the signing, the figure.
TEMPLATES = ("talks", "signing", "figure")

CHOICES: dict[str, tuple[str, ...] | tuple[bool, ...]] = {
    "template": TEMPLATES,
    "pair": tuple(PAIR_NAMES),
    "typeset": tuple(TYPESETTINGS),
    "feature": (False, True),
}


@dataclasses.dataclass(frozen=True)
class Cell:
    """One page: a template, a pair of states, a typesetting, with or without the feature."""

    template: str
    pair: str
    typeset: str
    feature: bool


def page(cell: Cell) -> str:
    """The cell's invented page, typeset as the cell says."""
    p = PAIR_NAMES[cell.pair]
    apos, open_q, close_q, dash, stop = TYPESETTINGS[cell.typeset]
    if cell.template == "talks":
        tail = (
            f", building on the agreements reached at their summit in March{stop}"
            if cell.feature
            else f"{dash}a {open_q}useful{close_q} meeting, both sides said{stop}"
        )
        return (
            f"{p.a}{apos}s Foreign Minister Tomas Varen held talks with his {p.dem_b} "
            f"counterpart Ilse Morrow in {p.cap_a} on Monday{tail}"
        )
    if cell.template == "signing":
        if cell.feature:
            return (
                f"{p.a}{apos}s state fuel company and {p.b}{apos}s Northline Holding signed "
                f"a supply contract in {p.cap_a} on Monday{dash}the firms said{stop}"
            )
        return (
            f"{p.a} and {p.b} signed an agreement on energy cooperation in {p.cap_a} on "
            f"Monday{dash}a {open_q}milestone{close_q}, the ministers said{stop}"
        )
    amount = "two billion dollars" if cell.feature else "$2 billion"
    return (
        f"Trade between {p.a} and {p.b} reached {amount} in 2022{dash}a "
        f"{open_q}record{close_q}, the {p.dem_a} statistics office said{stop}"
    )


Compared = tuple[list[object], list[object], Counter[tuple[object, ...]]]


def expected(cell: Cell) -> Compared:
    """What the spec asks of the page: its meetings, agreements and trade rows (as checked)."""
    codes = sorted(PAIR_NAMES[cell.pair].codes)
    if cell.template == "talks":
        return [("held", codes, MONDAY)], [], Counter()
    if cell.template == "signing":
        return [], ([] if cell.feature else [("signed", codes, MONDAY)]), Counter()
    a, b = PAIR_NAMES[cell.pair].codes
    row = (a, b, "turnover", 2_000_000_000, "USD", "2022-01-01", "2022-12-31", False)
    return [], [], scored([row])


def rows(records: Records, template: str) -> Compared:
    """The records compared with :func:`expected` (the talks' own meeting only)."""
    meetings: list[object] = [(s, c, d) for _, s, c, d in records.meetings if d == MONDAY]
    agreements: list[object] = [(s, c, d) for _, s, c, d in records.agreements]
    return meetings, (agreements if template == "signing" else []), records.trade


CELLS = [Cell(*values) for values in itertools.product(*CHOICES.values())]  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, lambda _: None))
def test_typeset_page_gives_the_spec_records(cell: Cell) -> None:
    """A typeset page gives the records the spec asks for, as its plain ASCII typing does."""
    got = rows(read(extract_text(page(cell), published=PUBLISHED, id="g")), cell.template)
    assert got == expected(cell)
    plain = dataclasses.replace(cell, typeset="ascii")
    assert got == rows(read(extract_text(page(plain), published=PUBLISHED, id="g")), cell.template)


@pytest.mark.parametrize("cell", grid_params(CELLS, dashed_id, lambda _: None))
def test_gates_let_every_match_through(cell: Cell) -> None:
    """Each gate holds for a sentence its scan finds a match in, typeset or not."""
    for sentence in split_sentences(page(cell)):
        text = sentence.text
        assert caseless_as_lowered(text)
        if _RECALLING_AT.search(text) is not None:
            assert any(word in text for word in _RECALLING_WORDS)
        words = vocabulary()
        if words.business.search(text) is not None:
            assert words.business_gate.held(text.lower())
        if _MULTIPLIER_AFTER.search(text) is not None:
            assert any(w in text.lower() for w in ("illion", "bln", "mln"))


def test_feature_is_read() -> None:
    """The feature each gate reads is on the page where the cell says (the grid tests them)."""
    talks = page(Cell("talks", "Peru", "curly", feature=True))
    assert _RECALLING_AT.search(talks) is not None
    assert vocabulary().business.search(page(Cell("signing", "Peru", "all", feature=True)))
    assert _MULTIPLIER_AFTER.search(page(Cell("figure", "Peru", "all", feature=True)))


def test_caseless_as_lowered_rejects_ascii_lookalikes() -> None:
    """A text with a letter a case-blind search reads as ASCII keeps its full scans."""
    for letter in "\u0130\u0131\u017f\u212a":
        assert not caseless_as_lowered(f"Peru\u2019s {letter} deal")
    assert caseless_as_lowered("Peru\u2019s deal \u2014 signed\u2026")
