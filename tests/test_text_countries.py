from __future__ import annotations

import re

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.errors import UnknownCountryError
from diplonews.gazetteer import country_name, resolve_country
from diplonews.text.countries import (
    CountryMention,
    _matches,
    _scanner,
    city_country,
    dateline_place,
    extract_country_mentions,
    place_country,
    resolve_country_group,
)

Row = tuple[str, list[tuple[str, str, str]]]

# Everyday mentions, written for these tests in the style of diplomatic news.
NEWS_STYLE: list[Row] = [
    ("", []),
    ("No state is named here.", []),
    (
        "Azerbaijani and Pakistani ministers met in Baku.",
        [
            ("AZE", "demonym", "Azerbaijani"),
            ("PAK", "demonym", "Pakistani"),
            ("AZE", "capital", "Baku"),
        ],
    ),
    (
        "Ankara and Islamabad agreed.",
        [("TUR", "capital", "Ankara"), ("PAK", "capital", "Islamabad")],
    ),
    (
        "Türkiye, Turkiye and Turkey",
        [("TUR", "name", "Türkiye"), ("TUR", "name", "Turkiye"), ("TUR", "name", "Turkey")],
    ),
    ("the U.S. and the USA", [("USA", "name", "U.S."), ("USA", "name", "USA")]),
    ("the United States of America", [("USA", "name", "United States of America")]),
    ("the U.S.-Japan alliance", [("USA", "name", "U.S."), ("JPN", "name", "Japan")]),
    ("Azerbaijan-Turkey trade", [("AZE", "name", "Azerbaijan"), ("TUR", "name", "Turkey")]),
    ("Britain's envoy", [("GBR", "name", "Britain")]),
    ("an Azeri delegation", [("AZE", "demonym", "Azeri")]),
    (
        "South Korea and North Korea",
        [("KOR", "name", "South Korea"), ("PRK", "name", "North Korea")],
    ),
    ("Korea", [("KOR", "name", "Korea")]),
    (
        "South Korean and North Korean",
        [("KOR", "demonym", "South Korean"), ("PRK", "demonym", "North Korean")],
    ),
    ("a West German bank", [("DEU", "demonym", "West German")]),
    # plural nouns for a state's people
    (
        "The Americans and the Uzbeks met.",
        [("USA", "demonym", "Americans"), ("UZB", "demonym", "Uzbeks")],
    ),
    ("Turks and Pakistanis", [("TUR", "demonym", "Turks"), ("PAK", "demonym", "Pakistanis")]),
    ("the Chinese and the British", [("CHN", "demonym", "Chinese"), ("GBR", "demonym", "British")]),
    (
        "West Germany and East Germany",
        [("DEU", "name", "West Germany"), ("DDR", "name", "East Germany")],
    ),
    ("a Saudi Arabian firm", [("SAU", "demonym", "Saudi Arabian")]),
    (
        "the Soviet Union and Soviet officials",
        [("SUN", "name", "Soviet Union"), ("SUN", "demonym", "Soviet")],
    ),
    (
        "the USSR, Yugoslavia, Czechoslovakia",
        [("SUN", "name", "USSR"), ("YUG", "name", "Yugoslavia"), ("CSK", "name", "Czechoslovakia")],
    ),
    ("Bonn said", [("DEU", "capital", "Bonn")]),
    (
        "the Kremlin and the White House",
        [("RUS", "capital", "Kremlin"), ("USA", "capital", "White House")],
    ),
    ("Downing Street", [("GBR", "capital", "Downing Street")]),
    ("Iran and Iraq", [("IRN", "name", "Iran"), ("IRQ", "name", "Iraq")]),
    ("Sudan and South Sudan", [("SDN", "name", "Sudan"), ("SSD", "name", "South Sudan")]),
    (
        "Dominica and the Dominican Republic",
        [("DMA", "name", "Dominica"), ("DOM", "name", "Dominican Republic")],
    ),
    ("Niger and Nigeria", [("NER", "name", "Niger"), ("NGA", "name", "Nigeria")]),
    ("Congo", [("COG", "name", "Congo")]),
    ("the Republic of the Congo", [("COG", "name", "Republic of the Congo")]),
    (
        "the Democratic Republic of the Congo, DR Congo and the DRC",
        [
            ("COD", "name", "Democratic Republic of the Congo"),
            ("COD", "name", "DR Congo"),
            ("COD", "name", "DRC"),
        ],
    ),
    ("Papua New Guinea", [("PNG", "name", "Papua New Guinea")]),
    ("Equatorial Guinea", [("GNQ", "name", "Equatorial Guinea")]),
    ("Guinea-Bissau and Guinea", [("GNB", "name", "Guinea-Bissau"), ("GIN", "name", "Guinea")]),
    ("Mali", [("MLI", "name", "Mali")]),
    (
        "Ivory Coast and Côte d’Ivoire",
        [("CIV", "name", "Ivory Coast"), ("CIV", "name", "Côte d’Ivoire")],
    ),
    ("Burma, Holland", [("MMR", "name", "Burma"), ("NLD", "name", "Holland")]),
    ("Kirghizia and Kyrgyzstan", [("KGZ", "name", "Kirghizia"), ("KGZ", "name", "Kyrgyzstan")]),
    ("Trinidad & Tobago", [("TTO", "name", "Trinidad & Tobago")]),
    ("Paris Agreement", [("FRA", "capital", "Paris")]),
    ("Jordan Foreign Minister", [("JOR", "name", "Jordan")]),
    ("King Abdullah of Jordan", [("JOR", "name", "Jordan")]),
    ("Visiting Jordan, he", [("JOR", "name", "Jordan")]),
    ("Israel and Jordan", [("ISR", "name", "Israel"), ("JOR", "name", "Jordan")]),
    ("Lake Chad", [("TCD", "name", "Chad")]),
    ("Washington and Moscow", [("USA", "capital", "Washington"), ("RUS", "capital", "Moscow")]),
    ("Washington, D.C.", [("USA", "capital", "Washington")]),
    ("Georgia's parliament", [("GEO", "name", "Georgia")]),
    ("Foreign Minister of Jordan Ayman Safadi", [("JOR", "name", "Jordan")]),
    ("the Paris G-7 meeting", [("FRA", "capital", "Paris"), ("G7", "group", "G-7")]),
    ("Georgian and Armenian", [("GEO", "demonym", "Georgian"), ("ARM", "demonym", "Armenian")]),
]

# Groups of states: the EU and its predecessors are all "EU" (spec/EXTRACTION.md).
GROUPS: list[Row] = [
    ("the EU", [("EU", "group", "EU")]),
    ("the E.U.", [("EU", "group", "E.U.")]),
    ("the European Union", [("EU", "group", "European Union")]),
    ("the EC and the EEC", [("EU", "group", "EC"), ("EU", "group", "EEC")]),
    ("the European Economic Community", [("EU", "group", "European Economic Community")]),
    ("the European Community", [("EU", "group", "European Community")]),
    ("the OIC summit", [("OIC", "group", "OIC")]),
    ("the Organization of Turkic States", [("OTS", "group", "Organization of Turkic States")]),
    ("the Eurasian Economic Union", [("EAEU", "group", "Eurasian Economic Union")]),
    ("G-7 and G20", [("G7", "group", "G-7"), ("G20", "group", "G20")]),
    ("OPEC and OPEC+", [("OPEC", "group", "OPEC"), ("OPEC+", "group", "OPEC+")]),
    (
        "the CIS, CSTO and SCO",
        [("CIS", "group", "CIS"), ("CSTO", "group", "CSTO"), ("SCO", "group", "SCO")],
    ),
    ("a non-EU state", [("EU", "group", "EU")]),
]

# False friends: words that look like a state but are not one here.
FALSE_FRIENDS: list[Row] = [
    ("roast turkey", []),
    ("Turkey sandwiches", []),
    ("Atlanta, Georgia", []),
    ("Georgia's governor", []),
    ("the Georgia Senate", []),
    ("the state of Georgia", []),
    ("a Democrat from Georgia", []),
    ("Michael Jordan", []),
    ("Jordan Henderson scored", []),
    ("Chad Smith", []),
    ("with Chad Smith", []),
    ("a guinea pig", []),
    ("Guinea pigs", []),
    ("New Guinea", []),
    ("Somalian animals", []),
    ("Nigerians", [("NGA", "demonym", "Nigerians")]),  # Nigeria, never Niger
    ("George Washington", []),
    ("Denzel Washington", []),
    ("Washington state", []),
    ("the Washington Post", []),
    ("Paris Hilton", []),
    ("Victoria", []),
    ("Turkish delight", []),
    ("fine china", []),
    ("Latin America", []),
    ("South America", []),
    ("North America", []),
    ("Central America", []),
    ("Latin American", []),
    ("Europe", []),
    ("the Indian Ocean", []),
    ("the Gulf", []),
    ("African leaders", []),
    ("Arab states", []),
    ("the Irish Sea", []),
    ("New Mexico", []),
    ("New Jersey", []),
    ("Turkic", []),
    ("Istanbul", []),
    ("in the Community", []),
    ("RUN", []),
]

ROWS = NEWS_STYLE + GROUPS + FALSE_FRIENDS


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[row[0] or "<empty>" for row in ROWS])
def test_extract_country_mentions(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Each row's text yields exactly the expected (code, kind, text) mentions, in order."""
    found = extract_country_mentions(text)
    assert [(m.code, m.kind, m.text) for m in found] == expected


def test_extract_country_mentions_spans() -> None:
    """Offsets point into the scanned text."""
    text = "Talks in Baku: Turkey-Pakistan"
    assert extract_country_mentions(text) == (
        CountryMention(code="AZE", kind="capital", start=9, end=13, text="Baku"),
        CountryMention(code="TUR", kind="name", start=15, end=21, text="Turkey"),
        CountryMention(code="PAK", kind="name", start=22, end=30, text="Pakistan"),
    )


@given(st.text())
def test_extract_country_mentions_any_text(text: str) -> None:
    """Any text gives a tuple of ordered, non-overlapping mentions whose text is their span."""
    found = extract_country_mentions(text)
    assert isinstance(found, tuple)
    previous_end = 0
    for mention in found:
        assert previous_end <= mention.start < mention.end
        assert text[mention.start : mention.end] == mention.text
        previous_end = mention.end


@given(
    st.lists(st.sampled_from(["Baku", "Turkey", "EU", "Michael", "Jordan", " ", "-", "'s", "x"]))
)
def test_extract_country_mentions_from_pieces(pieces: list[str]) -> None:
    """Texts built from gazetteer words keep the span invariants."""
    text = "".join(pieces)
    for mention in extract_country_mentions(text):
        assert text[mention.start : mention.end] == mention.text


RESOLVE: list[tuple[str, str | None]] = [
    ("Türkiye", "TUR"),
    ("turkey", "TUR"),
    ("TURKEY", "TUR"),
    ("U.S.", "USA"),
    ("the United States", "USA"),
    ("us", "USA"),
    ("Azeri", "AZE"),
    ("Baku", "AZE"),
    ("Kremlin", "RUS"),
    ("AZ", "AZE"),
    ("aze", "AZE"),
    ("Soviet Union", "SUN"),
    ("SUN", "SUN"),
    ("West German", "DEU"),
    ("Cote d'Ivoire", "CIV"),
    ("côte d’ivoire", "CIV"),
    ("  Burma ", "MMR"),
    ("Bolivia, Plurinational State of", "BOL"),
    ("Republic of Türkiye", "TUR"),
    ("Istanbul", None),
    ("Atlantis", None),
    ("", None),
    ("EU", None),
]


@pytest.mark.parametrize(("name", "expected"), RESOLVE, ids=[r[0] or "<empty>" for r in RESOLVE])
def test_resolve_country(name: str, expected: str | None) -> None:
    """Names, aliases, demonyms, capitals and codes resolve to alpha-3 in any case or accents."""
    assert resolve_country(name) == expected


def test_resolve_country_every_pycountry_entry() -> None:
    """Every ISO 3166-1 official name, alpha-2 and alpha-3 resolves to its own alpha-3."""
    for record in pycountry.countries:
        for key in (record.name, record.alpha_2, record.alpha_3):
            assert resolve_country(key) == record.alpha_3, key


GROUP_NAMES: list[tuple[str, str | None]] = [
    ("European Community", "EU"),
    ("the EEC", "EU"),
    ("E.U.", "EU"),
    ("G-7", "G7"),
    ("Group of Seven", "G7"),
    ("g20", "G20"),
    ("Organisation of Islamic Cooperation", "OIC"),
    ("Turkic Council", "OTS"),
    ("the Gulf", None),
    ("the Community", None),
]


@pytest.mark.parametrize(("name", "expected"), GROUP_NAMES, ids=[r[0] for r in GROUP_NAMES])
def test_resolve_country_group(name: str, expected: str | None) -> None:
    """Group names and abbreviations resolve to the group's short name."""
    assert resolve_country_group(name) == expected


NAMES: list[tuple[str, str]] = [
    ("AZE", "Azerbaijan"),
    ("aze", "Azerbaijan"),
    ("BOL", "Bolivia"),
    ("RUS", "Russia"),
    ("COD", "DR Congo"),
    ("SUN", "USSR"),
    ("YUG", "Yugoslavia"),
    ("PAK", "Pakistan"),
]


@pytest.mark.parametrize(("code", "expected"), NAMES, ids=[r[0] for r in NAMES])
def test_country_name(code: str, expected: str) -> None:
    """Alpha-3 codes, current or historic, give a short display name."""
    assert country_name(code) == expected


@pytest.mark.parametrize("code", ["XYZ", "", "AZ", "Azerbaijan"])
def test_country_name_unknown(code: str) -> None:
    """An unknown code raises UnknownCountryError naming the input."""
    with pytest.raises(UnknownCountryError) as info:
        country_name(code)
    assert str(info.value) == f"unknown country: {code!r}"
    assert isinstance(info.value, LookupError)


CITIES: list[tuple[str, str | None]] = [
    ("Baku", "AZE"),
    ("Istanbul", "TUR"),
    ("Davos", "CHE"),
    ("Samarkand", "UZB"),
    ("Almaty", "KAZ"),
    ("st. petersburg", "RUS"),
    ("Washington", "USA"),
    ("Brussels", "BEL"),
    ("Miami", "USA"),
    ("WIESBADEN", "DEU"),
    ("Kremlin", None),
    ("Springfield", None),
]


@pytest.mark.parametrize(("city", "expected"), CITIES, ids=[r[0] for r in CITIES])
def test_city_country(city: str, expected: str | None) -> None:
    """Capitals and known cities map to the state they lie in; seats of power do not."""
    assert city_country(city) == expected


_COUNTRYISH = st.lists(
    st.sampled_from(
        [
            "South Korea",
            "Korea",
            "XSouth",
            "Japan",
            "Japanese",
            "E.U.",
            "EU",
            "Baku",
            "Turkey",
            "-",
            "'s",
            "x",
            "1",
            "the",
            "Azerbaijan-Turkey",
            "Georgia",
            "New",
            "Zealand",
            " ",
        ]
    ),
    max_size=10,
).map("".join)


@given(st.one_of(_COUNTRYISH, st.text(max_size=30)))
def test_boundary_checked_scan_matches_lookbehind_pattern(text: str) -> None:
    """Checking the left word boundary after the search finds what a lookbehind finds."""
    full = re.compile(r"(?<!\w)" + _scanner().pattern)
    assert [m.span() for m in _matches(text)] == [m.span() for m in full.finditer(text)]


@given(st.one_of(st.characters(), st.sampled_from(["_", "é", "٣", "²", "½", "Ⅷ", "’", "-", " "])))
def test_word_character_test_is_backslash_w(char: str) -> None:
    r"""The scan's test of the character before a match says what ``\w`` says of it."""
    text = char + "Peru"
    assert [m.span() for m in _matches(text)] == ([] if re.match(r"\w", char) else [(1, 5)])


# Datelines, as a page reader keeps them apart or as a wire story opens its body.
DATELINE_PLACES: list[tuple[str, str, str | None]] = [
    ("LIMA, Peru, September 1", "Lima", "PER"),
    ("Lima. 1 September.", "Lima", "PER"),
    ("ANKARA, March 16 -", "Ankara", "TUR"),
    ("WASHINGTON (Agency) -", "Washington", "USA"),
    ("ISLAMABAD - ", "Islamabad", "PAK"),
    ("Baku — ", "Baku", "AZE"),
    ("ST. PETERSBURG, May 2 -", "St. Petersburg", "RUS"),
    ("PERU, June 3", "Peru", "PER"),
    ("KOROVA, Ruritania, May 9 -", "Korova", None),
    ("SPRINGFIELD, Chile, May 9", "Springfield", "CHL"),
    ("SPRINGFIELD, May 9 -", "Springfield", None),
    ("", "", None),
]


@pytest.mark.parametrize(
    ("dateline", "place", "state"), DATELINE_PLACES, ids=[r[0] or "empty" for r in DATELINE_PLACES]
)
def test_dateline_place_and_state(dateline: str, place: str, state: str | None) -> None:
    """A dateline opens with its place; its state is the one it names, else its place's."""
    assert dateline_place(dateline) == place
    assert place_country(dateline) == state
