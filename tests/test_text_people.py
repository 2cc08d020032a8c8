"""Tests for the people finder shared by the meeting and agreement extractors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text._people import PersonMention, extract_people, meeting_words

Row = tuple[str, str | None, list[tuple[str, str | None, str | None]]]

# Shapes of official names, written for these tests in the style of the outlets.
NEWS_STYLE: list[Row] = [
    ("Nothing about anyone.", None, []),
    # One state has one president: a second one in a readout is not the government's own.
    (
        "President Joe Biden met with President Ali Demir on the margins of the summit.",
        "USA",
        [("Joe Biden", "President", "USA"), ("Ali Demir", "President", None)],
    ),
    (
        "President Joseph R. Biden, Jr. spoke today. President Biden thanked him.",
        "USA",
        # the later surname is the full name given first, suffix and all (session 52)
        [
            ("Joseph R. Biden, Jr.", "President", "USA"),
            ("Joseph R. Biden, Jr.", "President", "USA"),
        ],
    ),
    # Bare titles listed after a foreign official are that state's.
    (
        "President Joe Biden met with Israeli Prime Minister Dan Levi, President Eli Roth, and "
        "National Security Advisor Avi Cohen.",
        "USA",
        [
            ("Joe Biden", "President", "USA"),
            ("Dan Levi", "Prime Minister", "ISR"),
            ("Eli Roth", "President", "ISR"),
            ("Avi Cohen", "National Security Advisor", "ISR"),
        ],
    ),
    (
        "Israeli Prime Minister Dan Levi and President Eli Roth met.",
        "USA",
        [("Dan Levi", "Prime Minister", "ISR"), ("Eli Roth", "President", "USA")],
    ),
    (
        "Trade Representative Clay Yates, EC Commissioner Willy Claes and others met.",
        None,
        [("Clay Yates", "Trade Representative", None), ("Willy Claes", "EC Commissioner", None)],
    ),
    # A state after "for" is a portfolio, not the state the person acts for.
    (
        "Special Envoy for Syria Anna Berg met the minister.",
        None,
        [("Anna Berg", "Special Envoy for Syria", None)],
    ),
    (
        "French Envoy for Syria Anna Berg met the minister.",
        None,
        [("Anna Berg", "Envoy for Syria", "FRA")],
    ),
    (
        "Senior Director for the Philippines Mark Hale spoke.",
        None,
        [("Mark Hale", "Senior Director for the Philippines", None)],
    ),
    (
        "Azerbaijani Foreign Minister Jeyhun Bayramov and his Pakistani counterpart "
        "Shah Mahmood Qureshi held a phone call.",
        None,
        [
            ("Jeyhun Bayramov", "Foreign Minister", "AZE"),
            ("Shah Mahmood Qureshi", "Foreign Minister", "PAK"),
        ],
    ),
    (
        "President Carl D. Moore, Jr. held talks on Friday with King Faisal bin Turki of Jordan.",
        "USA",
        [
            ("Carl D. Moore, Jr.", "President", "USA"),
            ("Faisal bin Turki", "King", "JOR"),
        ],
    ),
    (
        "The call followed talks with Prime Minister and Crown Prince Nayef bin Faisal of Oman.",
        None,
        [("Nayef bin Faisal", "Prime Minister and Crown Prince", "OMN")],
    ),
    (
        "U.S. Treasury Secretary Paul Winters met West German Finance Minister Klaus Brandt.",
        None,
        [
            ("Paul Winters", "Treasury Secretary", "USA"),
            ("Klaus Brandt", "Finance Minister", "DEU"),
        ],
    ),
    (
        "Advisor Dana Reeve spoke by phone with Omar Celik, Chief Advisor to the President of "
        "Turkey.",
        "USA",
        [
            ("Dana Reeve", "Advisor", "USA"),
            ("Omar Celik", "Chief Advisor to the President of Turkey", "TUR"),
        ],
    ),
    (
        "He met the new American ambassador to Georgia, Tom Hollis.",
        None,
        [("Tom Hollis", "ambassador to Georgia", "USA")],
    ),
    (
        "Leading the visitors was the Minister of Foreign Affairs of the Republic of "
        "Tajikistan Farrukh Nazarov.",
        None,
        [("Farrukh Nazarov", "Minister of Foreign Affairs of the Republic of Tajikistan", "TJK")],
    ),
    # Turkic patronymics ("oglu", "qizi", "kyzy", "uulu") stand inside the full name.
    (
        "Azerbaijani Foreign Minister Emin Rauf oglu Karimov met Kyrgyz Deputy Minister "
        "Aigul Bakyt kyzy Osmonova.",
        None,
        [
            ("Emin Rauf oglu Karimov", "Foreign Minister", "AZE"),
            ("Aigul Bakyt kyzy Osmonova", "Deputy Minister", "KGZ"),
        ],
    ),
    # Initials glued to the surname ("R.Karimov", "A.D.Osmonova") are one name.
    (
        "Azerbaijani Foreign Minister R.Karimov met Kyrgyz Deputy Minister A.D.Osmonova.",
        None,
        [("R.Karimov", "Foreign Minister", "AZE"), ("A.D.Osmonova", "Deputy Minister", "KGZ")],
    ),
    (
        "European Commission President Anna von der Berg met Armenian Prime Minister "
        "Aram Sargsyan.",
        "AZE",
        [
            ("Anna von der Berg", "European Commission President", None),
            ("Aram Sargsyan", "Prime Minister", "ARM"),
        ],
    ),
]

# A republic's release does not give its own state to a monarch's title.
HOME_STATE: list[Row] = [
    (
        "President Ana Ruiz spoke with Crown Prince Omar bin Khalid.",
        "USA",
        [("Ana Ruiz", "President", "USA"), ("Omar bin Khalid", "Crown Prince", None)],
    ),
    (
        "Amir Sheikh Hamad bin Ali received Foreign Minister Ali Khan of Pakistan.",
        "QAT",
        [("Hamad bin Ali", "Amir", "QAT"), ("Ali Khan", "Foreign Minister", "PAK")],
    ),
]

# Later short forms resolve to the full name given first.
SHORT_FORMS: list[Row] = [
    (
        "National Security Advisor Jane Doyle met Omani officials. Mr. Doyle thanked them.",
        "USA",
        [
            ("Jane Doyle", "National Security Advisor", "USA"),
            ("Jane Doyle", "National Security Advisor", "USA"),
        ],
    ),
    (
        "South Korean Trade Minister Kim Dae Sung arrived. Kim said trade would grow.",
        None,
        [
            ("Kim Dae Sung", "Trade Minister", "KOR"),
            ("Kim Dae Sung", "Trade Minister", "KOR"),
        ],
    ),
    (
        "Levi and Roth discussed trade by phone\n\nIsraeli Prime Minister Dan Levi and French "
        "President Eli Roth held a call on Friday.",
        None,
        [
            ("Dan Levi", "Prime Minister", "ISR"),
            ("Eli Roth", "President", "FRA"),
            ("Dan Levi", "Prime Minister", "ISR"),
            ("Eli Roth", "President", "FRA"),
        ],
    ),
    (
        "Levi spoke on Monday. "
        + "Markets were calm and the currency held steady. " * 7
        + "Israeli Prime Minister Dan Levi held a call on Friday.",
        None,
        [("Dan Levi", "Prime Minister", "ISR")],
    ),
    (
        "Dan spoke on Monday. Israeli Prime Minister Dan Levi held a call on Friday.",
        None,
        [("Dan Levi", "Prime Minister", "ISR")],
    ),
]

# Role chains joined by "&", and phrases that only look like names after a title.
ROLE_CHAINS: list[Row] = [
    (
        "Jane Doyle met Qatari Deputy Prime Minister & Foreign Minister Ali Bin Salem Al Kuwari.",
        "USA",
        [("Ali Bin Salem Al Kuwari", "Deputy Prime Minister & Foreign Minister", "QAT")],
    ),
    (
        "Jane Doyle met Qatari Deputy Prime Minister and Foreign Minister Ali Bin Salem Al Kuwari.",
        "USA",
        [("Ali Bin Salem Al Kuwari", "Deputy Prime Minister and Foreign Minister", "QAT")],
    ),
    (
        "Invited by the Custodian of the Two Holy Mosques, King Saud Bin Omar, "
        "President Ann Kell flew to Riyadh.",
        "USA",
        [("Saud Bin Omar", "King", None), ("Ann Kell", "President", "USA")],
    ),
    ("On Tuesday she also saw the Crown Prince and Prime Minster of that country.", "USA", []),
    # A time phrase before an apposition is no name; the head of a state's delegation is its.
    (
        "On Tuesday, Georgian President Ali Demir arrived.",
        None,
        [("Ali Demir", "President", "GEO")],
    ),
    (
        "The Kazakh delegation was headed by Foreign Minister Ali Demir.",
        None,
        [("Ali Demir", "Foreign Minister", "KAZ")],
    ),
    ("Talks are off, says Iran's foreign minister\n\nThe talks were due on Sunday.", None, []),
]

# A role told after the name ("Name, the Role,") that names no state: a holder the reader is
# expected to know takes his state, as before the name; the release's own state is not
# guessed for it (a name explained after is most often a foreign official's); a body's head
# takes none.
APPOSED_ROLES: list[Row] = [
    (
        "Jake Sullivan, the National Security Advisor, met the minister in Riyadh.",
        None,
        [("Jake Sullivan", "National Security Advisor", "USA")],
    ),
    (
        "Antony Blinken, Secretary of State, spoke with the Greek minister.",
        "USA",
        [("Antony Blinken", "Secretary of State", "USA")],
    ),
    (
        "The President met Mirela Kostova, Chair of the Council, on Monday.",
        "USA",
        [("Mirela Kostova", "Chair of the Council", None)],
    ),
    (
        "Antonio Guterres, the Secretary-General, opened the session.",
        "USA",
        [("Antonio Guterres", "Secretary-General", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "home", "expected"),
    NEWS_STYLE + HOME_STATE + SHORT_FORMS + ROLE_CHAINS + APPOSED_ROLES,
    ids=[f"news-{i}" for i in range(len(NEWS_STYLE))]
    + [f"home-{i}" for i in range(len(HOME_STATE))]
    + [f"short-{i}" for i in range(len(SHORT_FORMS))]
    + [f"chain-{i}" for i in range(len(ROLE_CHAINS))]
    + [f"apposed-{i}" for i in range(len(APPOSED_ROLES))],
)
def test_extract_people(
    text: str, home: str | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Each row names these people, with these roles and countries, in order."""
    found = extract_people(text, home=home)
    assert [(p.name, p.role, p.country) for p in found] == expected


def test_mention_span_covers_role_and_name() -> None:
    """A mention's span is the text from the role to the end of the name."""
    text = "Yesterday Turkish President Ali Demir spoke."
    (person,) = extract_people(text)
    assert person == PersonMention(
        name="Ali Demir",
        role="President",
        country="TUR",
        start=10,
        end=37,
        text="Turkish President Ali Demir",
    )


def test_meeting_words_tables() -> None:
    """The vocabulary file has every table the extractors read."""
    words = meeting_words()
    assert {"role_heads", "role_words", "honorifics", "organizations", "outlet_home"} <= set(words)
    assert words["organizations"]["IMF"] == ["International Monetary Fund", "IMF"]


@given(st.text())
def test_extract_people_never_raises(text: str) -> None:
    """Any text gives a tuple of mentions whose spans point into it."""
    found = extract_people(text)
    assert isinstance(found, tuple)
    for person in found:
        assert text[person.start : person.end] == person.text
