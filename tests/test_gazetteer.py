from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from importlib.resources import files

import pycountry
import pytest

from diplonews import gazetteer

DATA_FILES = [
    "capitals.json",
    "cities.json",
    "country_aliases.json",
    "country_groups.json",
    "demonyms.json",
    "display_names.json",
    "fiscal_years.json",
    "group_members.json",
    "region_members.json",
    "successions.json",
]
VALID_CODES = {str(c.alpha_3) for c in pycountry.countries} | gazetteer.HISTORIC_STATES


def _reject_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [key for key, _ in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    assert not duplicates, f"duplicate keys: {duplicates}"
    return dict(pairs)


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_is_clean_json(name: str) -> None:
    """Each data file is UTF-8 JSON with no duplicate keys."""
    text = (files("diplonews.gazetteer") / "data" / name).read_text(encoding="utf-8")
    json.loads(text, object_pairs_hook=_reject_duplicates)


def _code_tables() -> Iterator[tuple[str, str, str]]:
    tables = {
        "country_aliases": gazetteer.load_country_aliases(),
        "demonyms": gazetteer.load_demonyms(),
        "capitals": gazetteer.load_capitals(),
        "seats": gazetteer.load_seats(),
        "cities": gazetteer.load_cities(),
    }
    for table, mapping in tables.items():
        for key, code in mapping.items():
            yield table, key, code
    for code in gazetteer.load_display_names():
        yield "display_names", code, code
    for region, codes in gazetteer.load_region_members().items():
        for code in codes:
            yield "region_members", region, code
    for body, members in gazetteer.load_group_members().items():
        for code in members:
            yield "group_members", body, code
    for successor, (former, _) in gazetteer.load_successions().items():
        yield "successions", successor, successor
        yield "successions", successor, former
    for code in gazetteer.load_fiscal_years():
        yield "fiscal_years", code, code


def test_every_code_is_iso() -> None:
    """Every alpha-3 in the data is a current ISO 3166-1 code or a known ISO 3166-3 one."""
    bad = [row for row in _code_tables() if row[2] not in VALID_CODES]
    assert bad == []


def test_historic_states_are_iso_3166_3() -> None:
    """The historic codes the gazetteer allows are ISO 3166-3 former countries."""
    historic = {str(c.alpha_3) for c in pycountry.historic_countries}
    assert historic >= gazetteer.HISTORIC_STATES


def test_groups_are_upper_case_and_non_empty() -> None:
    """Group short names are upper case and each lists at least one surface form."""
    for code, forms in gazetteer.load_country_groups().items():
        assert re.fullmatch(r"[A-Z][A-Z0-9+&-]*", code), code  # CountryGroup accepts it
        assert forms
        assert all(form.strip() == form and form for form in forms)


def test_cities_and_capitals_do_not_overlap() -> None:
    """A city is either a capital or a non-capital city, never both."""
    overlap = set(gazetteer.load_capitals()) & set(gazetteer.load_cities())
    assert overlap == set()


def test_loaders_are_cached() -> None:
    """A loader reads its file once and returns the same read-only mapping."""
    first = gazetteer.load_demonyms()
    assert gazetteer.load_demonyms() is first
    with pytest.raises(TypeError):
        first["Martian"] = "MRS"  # type: ignore[index]


def test_nothing_is_read_at_import() -> None:
    """Importing the package reads no gazetteer file."""
    code = (
        "import diplonews.text.countries, diplonews.gazetteer as g;"
        "print(g.load_demonyms.cache_info().currsize, g.load_country_aliases.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["0", "0"]


NORMALIZED = [
    ("Türkiye", "turkiye"),
    ("the United States", "united states"),
    ("U.S.", "us"),
    ("Trinidad & Tobago", "trinidad and tobago"),
    ("Guinea-Bissau", "guinea bissau"),
    ("the", "the"),
    ("", ""),
]


@pytest.mark.parametrize(
    ("name", "expected"), NORMALIZED, ids=[r[0] or "<empty>" for r in NORMALIZED]
)
def test_normalize_name(name: str, expected: str) -> None:
    """Names fold to lower case without accents, punctuation or a leading "the"."""
    assert gazetteer.normalize_name(name) == expected


def test_successions_name_a_former_state_and_its_last_day() -> None:
    """Each successor names a former state of HISTORIC_STATES and a day before today."""
    import datetime as dt

    table = gazetteer.load_successions()
    assert table["UKR"] == ("SUN", dt.date(1991, 12, 25))
    assert {former for former, _ in table.values()} <= gazetteer.HISTORIC_STATES
    assert all(until < dt.date(2026, 1, 1) for _, until in table.values())


def test_successions_reject_a_bad_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A malformed entry is reported with the file and the offending entry."""
    monkeypatch.setattr(gazetteer, "_read", lambda name: {"RUS": {"state": "XXX"}})
    gazetteer.load_successions.cache_clear()
    try:
        with pytest.raises(TypeError, match=r"successions\.json.*'RUS'"):
            gazetteer.load_successions()
    finally:
        gazetteer.load_successions.cache_clear()


def test_fiscal_years_list_each_state_s_calendars_oldest_first() -> None:
    """Each state's fiscal calendars are months 1-12, oldest first, a change a later year."""
    for code, rows in gazetteer.load_fiscal_years().items():
        sinces = [since for since, _ in rows]
        assert sinces == sorted(set(sinces)), code
        assert all(1 <= ends <= 12 for _, ends in rows), code
        assert all(a != b for (_, a), (_, b) in itertools.pairwise(rows)), code


def test_fiscal_year_end_follows_a_change_of_calendar() -> None:
    """A state that changed its fiscal calendar answers by the year asked about."""
    assert gazetteer.fiscal_year_end("IDN", 2000) == 3
    assert gazetteer.fiscal_year_end("IDN", 2001) == 12
    assert gazetteer.fiscal_year_end("USA", 1975) is None
    assert gazetteer.fiscal_year_end("PAK", 1987) == 6


def test_fiscal_years_reject_a_bad_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry without a month 1-12 as 'ends' is rejected, naming the file and the state."""
    monkeypatch.setattr(gazetteer, "_read", lambda name: {"PAK": [{"ends": 13}]})
    gazetteer.load_fiscal_years.cache_clear()
    try:
        with pytest.raises(TypeError, match=r"fiscal_years\.json.*'PAK'"):
            gazetteer.load_fiscal_years()
    finally:
        gazetteer.load_fiscal_years.cache_clear()
