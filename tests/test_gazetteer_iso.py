"""The ISO tables read from pycountry's files give what pycountry itself gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pycountry
import pytest

from diplonews.gazetteer import iso_countries, iso_currencies

TABLES = [(iso_countries, pycountry.countries), (iso_currencies, pycountry.currencies)]


@pytest.mark.parametrize(("ours", "theirs"), TABLES)
def test_the_same_records_in_the_same_order(ours: object, theirs: object) -> None:
    """Every record, its fields and their values, in pycountry's order."""
    mine = [record._fields for record in ours()]  # type: ignore[operator]
    assert mine == [record._fields for record in theirs]  # type: ignore[attr-defined]
    assert len(mine) == len(theirs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("ours", "theirs"), TABLES)
def test_every_lookup_finds_what_pycountry_finds(ours: object, theirs: object) -> None:
    """Each value of each field, as written, upper and lower case; and values of no record."""
    table = ours()  # type: ignore[operator]
    for record in theirs:  # type: ignore[attr-defined]
        for field, value in record._fields.items():
            for asked in (value, value.upper(), value.lower()):
                got = table.get(**{field: asked})
                want = theirs.get(**{field: asked})  # type: ignore[attr-defined]
                assert got is not None
                assert want is not None
                assert got._fields == want._fields
    for field in ("alpha_3", "name"):  # fields of both tables (pycountry raises on others)
        for missing in ("", "XX", "QQQ", "Atlantis"):
            assert table.get(**{field: missing}) is None
            assert theirs.get(**{field: missing}) is None  # type: ignore[attr-defined]


def test_fields_are_attributes() -> None:
    """``common_name`` where the record has one; an absent field raises AttributeError."""
    bolivia = iso_countries().get(alpha_3="BOL")
    assert bolivia is not None
    assert (bolivia.alpha_2, bolivia.common_name) == ("BO", "Bolivia")
    assert getattr(iso_countries().get(alpha_3="AZE"), "common_name", None) is None


def test_extraction_does_not_import_pycountry() -> None:
    """A fresh process extracts an article without importing pycountry (its import is slow)."""
    src = Path(__file__).resolve().parents[1] / "src"
    script = (
        "import sys\n"
        "from diplonews import extract_text\n"
        "r = extract_text('The ministers of Peru and Chile met in Lima on Monday.',"
        " published='2024-05-06', id='x')\n"
        "print(len(r.meetings), 'pycountry' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={"PYTHONPATH": str(src), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["1", "False"]
