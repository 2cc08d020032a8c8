"""A grid of agreements the library missed entirely: amendments, and signings told as a noun.

Two shapes of news told an instrument's signing with nothing the extractor read as one:

- ``amendment``: "A and B signed an amendment to their existing X Agreement". The amendment
  is the document signed (spec/EXTRACTION.md section 3: a written instrument between states;
  "signed" is its status), but no instrument word of its own tells it: the only one is the
  amended instrument's, which exists already and was passed over as such. The amendment is
  now read from the amended one's word, as a record of its own: the signers its clause
  tells, its own act's status and day, no name (the X's name is not the amendment's) and no
  year of the X's words ("their 2001 fisheries agreement" was signed in 2001, its amendment
  on Monday).
- ``signing_by``: "welcomed the signing on Monday in Lima by A, B and twelve other partners
  of the X Agreement". A named instrument takes its parties only where the sentence tells
  who acts on it; a "by" phrase between the noun of the signing and its "of" names the
  signers, with others maybe left unnamed (a state named there is a party; "twelve other
  partners" names none). A commercial word inside such a name ("the X Supply Chain
  Agreement") no longer makes it a company's contract where states sign it.

Each cell draws one value of every choice below and computes the record the spec asks for
from the choices alone (never by running the library). Every page is published on
Wednesday 2023-05-10; "On Monday" is 2023-05-08 for an act done, 2023-05-15 for one to come.

Before the fix 232 of 252 cells failed: every signing-by cell, and every amendment cell
but the 20 whose amended instrument was "their existing X" (there the X itself was read
as signed, which the amendment's record happens to match). After it the 8 strict xfails of
``amendment_gap`` are left (a date class).

The rows of ``TABLE`` keep each class's near misses: the same words with no instrument
between states (a state's own law, a budget), a document of one state's own, and an
amendment only discussed, which is no record of its own (only an amendment whose own act
the sentence tells is one made), and a signing by two states only discussed (one to come).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact
from grid_cells import Pair, grid_params

PAIRS = [
    Pair("Kenya", "Uganda", "Kenyan", "Ugandan", "Nairobi", "Kampala", ("KEN", "UGA")),
    Pair("Peru", "Chile", "Peruvian", "Chilean", "Lima", "Santiago", ("CHL", "PER")),
    Pair("Poland", "Lithuania", "Polish", "Lithuanian", "Warsaw", "Vilnius", ("LTU", "POL")),
]

# ----------------------------------------------------------------------------------------
# amendment: "A and B signed an amendment to their X"


@dataclass(frozen=True)
class Amendment:
    """One amendment cell: who signs, what is amended, the act, its day, the pair."""

    signers: str  # subject "A and B", with "A ... with B", passive, both_sides "the two"
    target: str  # named, existing (their existing X), described, dated (their 2001 x)
    noun: str  # "an amendment", "amendments"
    act: str  # signed, planned
    day: bool  # "On Monday," opens the sentence
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.signers, self.target, self.noun.split()[-1], self.act, str(self.day))
        return "amend-" + "-".join((*parts, self.pair.codes[0]))


_TARGETS = {
    "named": "the Kestrel Water Agreement",
    "existing": "their existing Kestrel Water Agreement",
    "described": "their fisheries agreement",
    "dated": "their 2001 fisheries agreement",
}


def amendment_text(cell: Amendment) -> str:
    """The cell's page: the pair's ministers met, then the amendment's sentence."""
    p = cell.pair
    target = _TARGETS[cell.target]
    verb = "signed" if cell.act == "signed" else "will sign"
    if cell.signers == "with":
        target = target.replace("their", "its") + f" with {p.b}"
        clause = f"{p.a} {verb} {cell.noun} to {target}"
    elif cell.signers == "passive":
        passive = "signed" if cell.act == "signed" else "will be signed"
        was = "" if cell.act == "planned" else ("was" if cell.noun.startswith("an") else "were")
        target = target.replace("their ", "the ")
        clause = f"{cell.noun.capitalize()} to {target} between {p.a} and {p.b} {was} {passive}"
    else:
        who = f"{p.a} and {p.b}" if cell.signers == "subject" else "the two governments"
        verb = "also signed" if cell.act == "signed" else "will also sign"
        clause = f"{who} {verb} {cell.noun} to {target}"
    clause = " ".join(clause.split())
    if cell.day:
        opens_name = not clause.startswith(("The ", "the ", "An ", "Amendments "))
        clause = "On Monday, " + (clause if opens_name else clause[0].lower() + clause[1:])
    sentence = clause[0].upper() + clause[1:] + "."
    lead = f"The {p.dem_a} and {p.dem_b} foreign ministers met in {p.cap_a} to review cooperation."
    return f"{lead} {sentence}"


def amendment_expected(cell: Amendment) -> list[str]:
    """One record: the amendment, between the pair, dated by its own act's day."""
    status = "signed" if cell.act == "signed" else "planned"
    date = "-"
    if cell.day:
        date = "2023-05-08" if cell.act == "signed" else "2023-05-15"
    parties = ",".join(sorted(cell.pair.codes))
    return [f"agreement {status} {parties} {date} 1"]


def _amendment_valid(cell: Amendment) -> bool:
    """A possessive "their existing" reads only after a subject of two."""
    return not (cell.target == "existing" and cell.signers in ("with", "passive"))


AMENDMENTS = [
    c
    for c in itertools.starmap(
        Amendment,
        itertools.product(
            ["subject", "with", "passive", "both_sides"],
            list(_TARGETS),
            ["an amendment", "amendments"],
            ["signed", "planned"],
            [True, False],
            [PAIRS[0]],
        ),
    )
    if _amendment_valid(c)
]
# every pair meets every signers' form and target once more, signed on Monday
AMENDMENTS += [
    c
    for c in itertools.starmap(
        Amendment,
        itertools.product(
            ["subject", "with", "passive", "both_sides"],
            list(_TARGETS),
            ["an amendment"],
            ["signed"],
            [True],
            PAIRS[1:],
        ),
    )
    if _amendment_valid(c)
]

# ----------------------------------------------------------------------------------------
# signing_by: "the signing on Monday by A, B and others of the X Agreement"


@dataclass(frozen=True)
class SigningBy:
    """One signing-by cell: the frame, the day, the place, the signers, the name."""

    frame: str  # welcomed, took_place, hailed
    day: bool
    place: bool
    signers: str  # two, others (two and ten other partners), three
    name: str
    pair: Pair

    @property
    def id(self) -> str:
        """A readable test id."""
        parts = (self.frame, str(self.day), str(self.place), self.signers, self.name.split()[-3])
        return "signing-" + "-".join((*parts, self.pair.codes[0]))


NAMES = [
    "the Pacific Supply Chain Agreement",
    "the Andean Fisheries Accord",
    "the Treaty on the Border Rivers",
]
THIRD = {"KEN": ("Tanzania", "TZA"), "CHL": ("Bolivia", "BOL"), "LTU": ("Latvia", "LVA")}


def signing_text(cell: SigningBy) -> str:
    """The cell's sentence."""
    p = cell.pair
    third = THIRD[p.codes[0]][0]
    who = {
        "two": f"{p.a} and {p.b}",
        "others": f"{p.a}, {p.b} and ten other partners",
        "three": f"{p.a}, {p.b} and {third}",
    }[cell.signers]
    words = " ".join(
        w
        for w in ("signing", "on Monday" if cell.day else "", f"in {p.cap_a}" if cell.place else "")
        if w
    )
    act = f"{words} by {who} of {cell.name}"
    if cell.frame == "welcomed":
        return f"The leaders welcomed the {act}."
    if cell.frame == "hailed":
        return f"The foreign minister of Japan hailed the {act} as a milestone."
    return f"The {act} was a first for the region."


def signing_expected(cell: SigningBy) -> list[str]:
    """One record: the named instrument, signed by the states the "by" names."""
    codes = list(cell.pair.codes)
    if cell.signers == "three":
        codes.append(THIRD[cell.pair.codes[0]][1])
    kind = "treaty" if "Treaty" in cell.name else "agreement"
    date = "2023-05-08" if cell.day else "-"
    return [f"{kind} signed {','.join(sorted(codes))} {date} 1"]


SIGNINGS = list(
    itertools.starmap(
        SigningBy,
        itertools.product(
            ["welcomed", "took_place", "hailed"],
            [True, False],
            [True, False],
            ["two", "others", "three"],
            NAMES,
            [PAIRS[1]],
        ),
    )
)
SIGNINGS += [
    SigningBy("welcomed", day, False, "others", NAMES[0], pair)
    for pair in (PAIRS[0], PAIRS[2])
    for day in (True, False)
]


def amendment_gap(cell: Amendment) -> str | None:
    """Why the library still misses an amendment cell (None: it reads the cell)."""
    if cell.target == "dated" and cell.act == "planned" and cell.day:
        return (
            "'On Monday, A and B will sign an amendment to their 2001 X': the amended one's"
            " year is dropped, but the day of the signing to come is not read back (a date"
            " class: the record has no date, which the scorer pairs with any)"
        )
    return None


def signing_gap(cell: SigningBy) -> str | None:
    """Why the library still misses a signing-by cell (None: it reads the cell)."""
    return None


@pytest.mark.parametrize("cell", grid_params(AMENDMENTS, lambda c: c.id, amendment_gap))
def test_grid_amendment(cell: Amendment) -> None:
    """Each amendment cell gives exactly the amendment's record."""
    assert_agreements(cell.id, amendment_text(cell), amendment_expected(cell), matches_exact)


@pytest.mark.parametrize("cell", grid_params(SIGNINGS, lambda c: c.id, signing_gap))
def test_grid_signing_by(cell: SigningBy) -> None:
    """Each signing-by cell gives exactly the named instrument, signed by the "by" states."""
    assert_agreements(cell.id, signing_text(cell), signing_expected(cell), matches_exact)


# Near misses: (class, text, records) that must stay as they are.
TABLE: list[Any] = [
    (
        "near-miss:own-law",
        "On Monday, Kenya's parliament adopted an amendment to the national water act.",
        [],
    ),
    (
        "near-miss:own-code",
        "Uganda signed an amendment to its customs code on Monday.",
        [],
    ),
    (
        "near-miss:protocol-on-amendments",
        "Kenya and Uganda signed a protocol on amendments to the Kestrel Water Agreement on"
        " Monday.",
        ["protocol signed KEN,UGA 2023-05-08 1"],
    ),
    (
        "near-miss:protocol-amending",
        "On Monday, Kenya and Uganda signed a protocol amending their fisheries agreement.",
        ["protocol signed KEN,UGA 2023-05-08 1"],
    ),
    (
        "near-miss:signing-of-by",
        "The leaders welcomed the signing of the Andean Fisheries Accord by Peru and Chile.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "near-miss:signing-unnamed",
        "The leaders welcomed the signing by Peru and Chile of an agreement on fisheries.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "near-miss:amendment-discussed",
        "Kenya and Uganda discussed possible amendments to the Kestrel Water Agreement on Monday.",
        [],
    ),
    (
        "near-miss:signing-by-discussed",
        "The leaders discussed the signing by Peru and Chile of the Andean Fisheries Accord next"
        " year.",
        ["agreement planned CHL,PER 2024 1"],
    ),
    (
        "near-miss:visit-by",
        "The leaders welcomed the visit by Peru's president of the Andean Fisheries Office.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_recall_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class)."""
    assert_agreements(cls, text, expected, matches_exact)


def test_grid_sizes() -> None:
    """Both grids hold the cells their products make."""
    assert (len(AMENDMENTS), len(SIGNINGS)) == (140, 112)


if __name__ == "__main__":
    from agreement_rows import PUBLISHED, unmatched
    from diplonews import extract
    from diplonews.models import Article

    bad = 0
    rows = [(c.id, amendment_text(c), amendment_expected(c)) for c in AMENDMENTS]
    rows += [(c.id, signing_text(c), signing_expected(c)) for c in SIGNINGS]
    for ident, text, want in rows:
        got = extract(Article(body=text, published=PUBLISHED)).agreements
        left = unmatched(want, got, matches_exact)
        if left:
            bad += 1
            print(ident, left, "\n   ", text)
    print(bad, "of", len(rows), "fail")
