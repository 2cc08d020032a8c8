"""Time expressions: absolute and relative dates, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib.resources import files
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.errors import DateParseError
from diplonews.text._date_patterns import _GATE, DATE, may_hold_date
from diplonews.text.dates import (
    MONTH_PATTERN,
    WEEKDAY_PATTERN,
    DateMention,
    extract_dates,
    month_number,
    number_word,
    parse_date,
    weekday_number,
)
from diplonews.values import PartialDate

# Publication dates the rows count from (all three are Thursdays).
MODERN = dt.date(2022, 1, 27)  # a January story looking back at December
SPRING = dt.date(2022, 4, 14)  # an April story, for months without a year
REUTERS = dt.date(1987, 3, 5)  # the 1987 newswire


def row(text: str, published: dt.date | None, tense: str, expected: list[str]) -> Any:
    """A table row, identified by its text and the settings that matter."""
    label = f"{text[:40]}|{published or 'no-pub'}|{tense}"
    return pytest.param(text, published, tense, expected, id=label)


# Shapes written the way current news sites and the 1987 newswire write dates
# (sentences of our own in their style).
ARTICLE_SHAPES = [
    row("The agreement was signed on July 27, 2021 in Baku.", MODERN, "auto", ["2021-07-27"]),
    row("On 27 July 2021 the ministers met in Islamabad.", MODERN, "auto", ["2021-07-27"]),
    row("The deal of July 27 2021 expired.", MODERN, "auto", ["2021-07-27"]),
    row("It dates from the 27th of July, 2021.", MODERN, "auto", ["2021-07-27"]),
    row("The decree (2021-07-27) took effect.", MODERN, "auto", ["2021-07-27"]),
    row("The protocol signed on 27.07.2021 entered into force.", MODERN, "auto", ["2021-07-27"]),
    row("Trade rose in July 2021 compared with June.", MODERN, "auto", ["2021-07"]),
    row("Turnover reached $1 billion in 2021.", MODERN, "auto", ["2021"]),
    row("Relations have been strong since 1991.", MODERN, "auto", ["1991"]),
    row("In the first half of 2021 exports grew.", MODERN, "auto", ["2021"]),
    row("The talks on December 19, last year, set the agenda.", MODERN, "auto", ["2021-12-19"]),
    row("They had met on December 19 last year in Ankara.", MODERN, "auto", ["2021-12-19"]),
    row("The December meeting agreed a roadmap.", MODERN, "auto", ["2021-12"]),
    row("Aliyev received the envoy yesterday.", MODERN, "auto", ["2022-01-26"]),
    row("The minister said today that talks went well.", MODERN, "auto", ["2022-01-27"]),
    row("The delegations met this morning.", MODERN, "auto", ["2022-01-27"]),
    row("The president will address the nation tonight.", MODERN, "auto", ["2022-01-27"]),
    row("The two leaders held a phone call on Monday.", MODERN, "auto", ["2022-01-24"]),
    row("The two leaders will hold a phone call on Monday.", MODERN, "auto", ["2022-01-31"]),
    row("The commission is to meet on Monday in Baku.", MODERN, "auto", ["2022-01-31"]),
    row("On Tuesday the ministers signed a memorandum.", MODERN, "auto", ["2022-01-25"]),
    row("Exports grew 12 percent last year.", MODERN, "auto", ["2021"]),
    row("The summit will be held next year in Tashkent.", MODERN, "auto", ["2023"]),
    row("This year marks the 30th anniversary.", MODERN, "auto", ["2022"]),
    row("Imports fell last month.", MODERN, "auto", ["2021-12"]),
    row("The forum opened earlier this month.", SPRING, "auto", ["2022-04"]),
    row("The new line opens next month.", SPRING, "auto", ["2022-05"]),
    row("The ministers met in March in Geneva.", SPRING, "auto", ["2022-03"]),
    row("The ministers will meet in March in Geneva.", SPRING, "auto", ["2023-03"]),
    row("The committee will meet in June.", SPRING, "auto", ["2022-06"]),
    row("Japan said on Thursday it would cut tariffs.", REUTERS, "auto", ["1987-03-05"]),
    row("The accord was initialled last Tuesday.", REUTERS, "auto", ["1987-03-03"]),
    row("Talks broke down on February 26, officials said.", REUTERS, "auto", ["1987-02-26"]),
    row("The ministry said prices rose in Feb 26 trading.", REUTERS, "auto", ["1987-02-26"]),
    row("GATT talks resume next Monday.", REUTERS, "auto", ["1987-03-09"]),
    row("The January trade figures were released.", REUTERS, "auto", ["1987-01"]),
    row("The meeting, on Thursday, July 27, 2021, ended late.", MODERN, "auto", ["2021-07-27"]),
    row("The forum runs on July 27-28, 2021 in Baku.", MODERN, "auto", ["2021-07-27"]),
    row("The session was held on 5-6 March 2021.", MODERN, "auto", ["2021-03-05"]),
    row(
        "He visited Ankara on Jan. 5 and Sept. 11, 2021.",
        MODERN,
        "auto",
        ["2022-01-05", "2021-09-11"],
    ),
    row(
        "Trade grew in 2021 and talks are planned for March.",
        MODERN,
        "auto",
        ["2021", "2022-03"],
    ),
]

# Edge cases: things that are not dates, ambiguous years, tense overrides.
EDGE_CASES = [
    row("2021 delegates attended the forum.", MODERN, "auto", []),
    row("A crowd of 2000 people gathered.", MODERN, "auto", []),
    row("The vote in 2021 the parliament held was close.", MODERN, "auto", ["2021"]),
    row("Prices rose 15 per cent in 2021.", MODERN, "auto", ["2021"]),
    row("Theresa May said talks would continue.", MODERN, "auto", []),
    row("In May's view the plan failed.", MODERN, "auto", []),
    row("Crowds marched on Good Friday.", MODERN, "auto", []),
    row("A week of talks; the weekly briefing.", MODERN, "auto", []),
    row("Exports saw the fall in prices continue.", MODERN, "auto", []),
    row("The summer of discontent; the Summer Olympics.", MODERN, "auto", []),
    row("The meeting on the 19th was cancelled.", MODERN, "auto", []),
    row("Sales of 1,2021 units.", MODERN, "auto", []),
    row("The deal signed on February 30, 2021 is void.", MODERN, "auto", []),
    row("The March 5 talks went well.", MODERN, "auto", ["2021-03-05"]),
    row("The talks will be held on March 5.", MODERN, "auto", ["2022-03-05"]),
    row("The talks on February 1 went well.", MODERN, "auto", ["2022-02-01"]),
    row("They met on January 25.", MODERN, "auto", ["2022-01-25"]),
    row("on the 5th of March", SPRING, "auto", ["2022-03-05"]),
    row("on Monday", MODERN, "past", ["2022-01-24"]),
    row("on Monday", MODERN, "future", ["2022-01-31"]),
    row("on Thursday", MODERN, "past", ["2022-01-27"]),
    row("on Thursday", MODERN, "future", ["2022-01-27"]),
    row("last Thursday", MODERN, "auto", ["2022-01-20"]),
    row("next Thursday", MODERN, "auto", ["2022-02-03"]),
    row("in June", SPRING, "past", ["2021-06"]),
    row("in March", SPRING, "future", ["2023-03"]),
    row("in April", SPRING, "future", ["2022-04"]),
    row("last March", SPRING, "auto", ["2022-03"]),
    row("last April", SPRING, "auto", ["2021-04"]),
    row("next March", SPRING, "auto", ["2023-03"]),
    row("this March", SPRING, "future", ["2022-03"]),
    row("March last year", SPRING, "auto", ["2021-03"]),
    # "of" between a month and its year: the year is the month's, after a preposition too
    row("the talks held in March of last year", SPRING, "auto", ["2021-03"]),
    row("a forum in March of next year", SPRING, "auto", ["2023-03"]),
    row("elections in March of 2019", SPRING, "auto", ["2019-03"]),
    row("signed on 3 March of last year", SPRING, "auto", ["2021-03-03"]),
    row("signed on March 3 of this year", SPRING, "auto", ["2022-03-03"]),
    row("since mid-March", SPRING, "auto", ["2022-03"]),
    row("last month", dt.date(2022, 1, 3), "auto", ["2021-12"]),
    row("next month", dt.date(2021, 12, 3), "auto", ["2022-01"]),
    row("yesterday", dt.date(2022, 3, 1), "auto", ["2022-02-28"]),
    row("THE TALKS ON MONDAY ENDED", MODERN, "auto", ["2022-01-24"]),
    row("", MODERN, "auto", []),
    row("(Source: Uzbekistan Today newspaper)", MODERN, "auto", []),
    row("He said. Today the talks resume.", MODERN, "auto", ["2022-01-27"]),
    row("yesterday and on March 5", dt.date.min, "auto", []),
    row("tomorrow and next Monday", dt.date.max, "auto", []),
]

# Weeks and weekends resolve to the month of the day they point at (a week has no
# precision of its own); seasons to the year they begin in.
WEEKS_AND_SEASONS = [
    row("The talks resume next week.", MODERN, "auto", ["2022-02"]),
    row("next week's meeting in Venice", REUTERS, "auto", ["1987-03"]),
    row("They met last week in Baku.", dt.date(2022, 3, 3), "auto", ["2022-02"]),
    row("Ministers met earlier this week.", MODERN, "auto", ["2022-01"]),
    row("They ended a weekend meeting.", dt.date(1987, 4, 27), "auto", ["1987-04"]),
    row("They met last weekend.", dt.date(2022, 3, 6), "auto", ["2022-02"]),
    row("They will meet this weekend.", dt.date(2022, 3, 31), "auto", ["2022-04"]),
    row("Leaders will meet in Venice in the summer.", dt.date(1987, 4, 26), "auto", ["1987"]),
    row("The summit was held last autumn.", dt.date(2022, 3, 3), "auto", ["2021"]),
    row("The forum opens next spring.", dt.date(2022, 3, 3), "auto", ["2023"]),
    row("The talks will resume in the autumn.", dt.date(2022, 12, 15), "auto", ["2023"]),
    row("The talks resumed in the autumn of 2021.", None, "auto", ["2021"]),
    row("They will meet this fall.", dt.date(2022, 3, 3), "auto", ["2022"]),
    row("They met last week.", None, "auto", []),
]


@pytest.mark.parametrize(("text", "published", "tense", "expected"), WEEKS_AND_SEASONS)
def test_weeks_and_seasons(text: str, published: dt.date, tense: Any, expected: list[str]) -> None:
    """Weeks and weekends date to their month, seasons to their year; none without a date."""
    assert [str(m.date) for m in extract_dates(text, published, tense=tense)] == expected


# Without a publication date only absolute dates resolve.
NO_PUBLICATION_DATE = [
    row("Signed on July 27, 2021, in force since 2022.", None, "auto", ["2021-07-27", "2022"]),
    row("They met yesterday and again on Monday.", None, "auto", []),
    row("The March 5 talks and last year's deal.", None, "auto", []),
    row("In March 2021 and last month.", None, "auto", ["2021-03"]),
]


@pytest.mark.parametrize(("text", "published", "tense", "expected"), ARTICLE_SHAPES)
def test_article_shapes(text: str, published: dt.date, tense: Any, expected: list[str]) -> None:
    """Dates written as news articles write them resolve to the expected ISO dates."""
    assert [str(m.date) for m in extract_dates(text, published, tense=tense)] == expected


@pytest.mark.parametrize(("text", "published", "tense", "expected"), EDGE_CASES)
def test_edge_cases(text: str, published: dt.date, tense: Any, expected: list[str]) -> None:
    """Non-dates are left alone; years and weekdays follow the tense rules."""
    assert [str(m.date) for m in extract_dates(text, published, tense=tense)] == expected


@pytest.mark.parametrize(("text", "published", "tense", "expected"), NO_PUBLICATION_DATE)
def test_without_publication_date(
    text: str, published: None, tense: Any, expected: list[str]
) -> None:
    """With no publication date relative expressions are skipped, absolute ones kept."""
    assert [str(m.date) for m in extract_dates(text, published, tense=tense)] == expected


MENTIONS = [
    ("Signed on December 19, last year.", ("December 19, last year", "2021-12-19", True)),
    ("Signed on July 27, 2021.", ("July 27, 2021", "2021-07-27", False)),
    ("Met in March.", ("March", "2022-01", None)),
    ("Trade grew in 2021.", ("2021", "2021", False)),
    ("He came last Tuesday.", ("last Tuesday", "2022-01-25", True)),
    ("Met on Monday.", ("Monday", "2022-01-24", True)),
    ("Met earlier this month.", ("earlier this month", "2022-01", True)),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS, ids=[m[0] for m in MENTIONS])
def test_mention_span_and_flag(text: str, expected: tuple[str, str, bool | None]) -> None:
    """The span leaves out prepositions, keeps modifiers, and flags relative dates."""
    (mention,) = extract_dates(text, MODERN)
    assert text[mention.start : mention.end] == mention.text == expected[0]
    if expected[2] is not None:
        assert (str(mention.date), mention.relative) == expected[1:]


def test_mention_is_a_frozen_record() -> None:
    """A mention carries its offsets, text, resolved date and relative flag."""
    mention = DateMention(3, 7, "2021", PartialDate(2021), relative=False)
    assert extract_dates("In 2021.", None) == (
        DateMention(3, 7, "2021", PartialDate(2021), relative=False),
    )
    assert mention.date.precision == "year"


PARSES = [
    ("July 27, 2021", None, "2021-07-27"),
    ("27.07.2021", None, "2021-07-27"),
    ("2021-07", None, "2021-07"),
    ("2021", None, "2021"),
    ("  March 2021 ", None, "2021-03"),
    ("on Monday", MODERN, "2022-01-24"),
    ("in 2021", None, "2021"),
    ("March", SPRING, "2022-03"),
    ("December 19, last year", MODERN, "2021-12-19"),
    ("yesterday", MODERN, "2022-01-26"),
]


@pytest.mark.parametrize(("text", "published", "expected"), PARSES, ids=[p[0] for p in PARSES])
def test_parse_date(text: str, published: dt.date | None, expected: str) -> None:
    """One expression, with or without a leading preposition, parses to its date."""
    assert parse_date(text, published) == PartialDate.from_iso(expected)


PARSE_ERRORS = [
    (
        "the meeting",
        None,
        "expected a date such as 'July 27, 2021' or '2021-07-27'\n    the meeting\n    ~~~~~~~~~~^",
    ),
    (
        "July 27, 2021 in Baku",
        None,
        "unexpected text after the date\n    July 27, 2021 in Baku\n                 ~~~~~~~^",
    ),
    (
        "February 30, 2021",
        None,
        "no such date (day must be in 1..28 for 2021-02)\n"
        "    February 30, 2021\n"
        "    ~~~~~~~~~~~~~~~~^",
    ),
    (
        "on Monday",
        None,
        "a relative date needs the publication date\n    on Monday\n       ~~~~~^",
    ),
    (
        "2021-13",
        None,
        "no such date (month must be in 1..12, got 13)\n    2021-13\n    ~~~~~~^",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "message"), PARSE_ERRORS, ids=[e[0] for e in PARSE_ERRORS]
)
def test_parse_date_errors(text: str, published: dt.date | None, message: str) -> None:
    """Malformed or unresolvable expressions raise with the part at fault underlined."""
    with pytest.raises(DateParseError) as info:
        parse_date(text, published)
    assert str(info.value) == message
    assert info.value.text == text


def test_parse_date_error_is_a_value_error() -> None:
    """Callers can catch a bad date as a plain ValueError."""
    with pytest.raises(ValueError, match="expected a date"):
        parse_date("soon")


HELPERS = [
    (month_number, "January", 1),
    (month_number, "Jan.", 1),
    (month_number, "sept", 9),
    (month_number, "SEPTEMBER", 9),
    (month_number, "Monday", None),
    (month_number, "", None),
    (weekday_number, "Sunday", 6),
    (weekday_number, "Tues.", 1),
    (weekday_number, "weekend", None),
    (number_word, "eleven", 11),
    (number_word, "11", 11),
    (number_word, "first", 1),
    (number_word, "Twelfth", 12),
    (number_word, "23rd", 23),
    (number_word, "thirty", 30),
    (number_word, "twenty-one", 21),
    (number_word, "twenty-ten", None),
    (number_word, "ten-one", None),
    (number_word, "last", None),
    (number_word, "dozens", None),
]


@pytest.mark.parametrize(
    ("helper", "word", "expected"),
    HELPERS,
    ids=[f"{h[0].__name__}-{h[1] or 'empty'}" for h in HELPERS],
)
def test_word_helpers(helper: Any, word: str, expected: int | None) -> None:
    """Month, weekday and number words map to their numbers, unknown words to None."""
    assert helper(word) == expected


def _table() -> dict[str, dict[str, int]]:
    path = files("diplonews.gazetteer") / "data" / "time_words.json"
    data: dict[str, dict[str, int]] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("sections", "pattern"),
    [
        (("months", "month_abbreviations"), MONTH_PATTERN),
        (("weekdays", "weekday_abbreviations"), WEEKDAY_PATTERN),
    ],
    ids=["months", "weekdays"],
)
def test_patterns_cover_the_table(sections: tuple[str, str], pattern: str) -> None:
    """Every full name in the JSON table matches the pattern, capitalised and in capitals."""
    compiled = re.compile(pattern)
    names = _table()[sections[0]]
    for name in names:
        for form in (name.capitalize(), name.upper()):
            assert compiled.fullmatch(form), form
    assert compiled.search("they may march") is None  # verbs, not months


def test_month_pattern_embeds_without_groups() -> None:
    """Others embed MONTH_PATTERN: it has no groups and takes an abbreviation's full stop."""
    compiled = re.compile(rf"({MONTH_PATTERN})\s+(\d+)")
    assert compiled.groups == 2
    match = compiled.search("on Sept. 11")
    assert match is not None
    assert match.groups() == ("Sept.", "11")
    assert re.search(MONTH_PATTERN, "Marching to Mayfair") is None


def test_json_table_sections() -> None:
    """The table lists twelve months, seven weekdays, and numbers up to twenty and the tens."""
    table = _table()
    assert sorted(table["months"].values()) == list(range(1, 13))
    assert sorted(table["weekdays"].values()) == list(range(7))
    assert {table["numbers"][w] for w in ("one", "twenty", "thirty", "ninety")} == {1, 20, 30, 90}
    assert [table["ordinals"][w] for w in ("first", "twelfth")] == [1, 12]


@given(
    text=st.text(),
    published=st.none() | st.dates(),
    tense=st.sampled_from(["past", "future", "auto"]),
)
def test_extract_dates_never_raises(text: str, published: dt.date | None, tense: Any) -> None:
    """Any text gives a tuple of ordered, non-overlapping mentions with exact spans."""
    mentions = extract_dates(text, published, tense=tense)
    assert isinstance(mentions, tuple)
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.start < mention.end
        assert text[mention.start : mention.end] == mention.text
        previous_end = mention.end


_WORDS = st.sampled_from(
    [
        "on",
        "in",
        "since",
        "last",
        "next",
        "this",
        "the",
        "of",
        ",",
        ".",
        "5",
        "27th",
        "2021",
        "1987",
        "0001",
        "9999",
        "March",
        "Sept.",
        "May",
        "Monday",
        "Friday",
        "yesterday",
        "tomorrow",
        "today",
        "month",
        "year",
        "will",
        "said",
        "-",
        "12.10.2021",
        "2021-02-29",
    ]
)


@given(
    words=st.lists(_WORDS, max_size=12),
    published=st.none() | st.dates() | st.sampled_from([dt.date.min, dt.date.max]),
    tense=st.sampled_from(["past", "future", "auto"]),
)
def test_extract_dates_on_date_like_text(
    words: list[str], published: dt.date | None, tense: Any
) -> None:
    """Texts dense in date words, at extreme publication dates, never raise."""
    text = " ".join(words)
    for mention in extract_dates(text, published, tense=tense):
        assert text[mention.start : mention.end] == mention.text


_CUED = st.sampled_from(
    ["TONIGHT", "tonıght", "Thursday", "WEEKEND", "ſpring", "the fall", "last weeK", "MAY", "Dec"]
)


@given(words=st.lists(_CUED | _WORDS, max_size=6), noise=st.text(max_size=6))
def test_prefilter_never_hides_a_date(words: list[str], noise: str) -> None:
    """Text the cheap pre-test rejects has no match of the full date pattern."""
    text = " ".join([*words, noise])
    if not may_hold_date(text):
        assert DATE.search(text) is None


_GATE_SET = r"(?=[\dJFMASONDTW]|(?i:[abcdefilmnopstuwy]))"
_UNGATED = re.compile(
    DATE.pattern.replace(_GATE_SET, "", 1).replace(f"(?={_GATE})", "", 1), DATE.flags
)
_DATEISH = st.lists(
    st.sampled_from(
        [
            "the",
            "The",
            "in",
            "IN",
            "of",
            "mid-",
            "since",
            "early",
            "later",
            "this",
            "last",
            "next",
            "coming",
            "past",
            "year",
            "month",
            "week",
            "weekend",
            "night",
            "morning",
            "summer",
            "fall",
            "Monday",
            "March",
            "MAR",
            "Sept.",
            "5th",
            "27",
            "2021",
            "1.2.2021",
            "2021-07-27",
            "today",
            "Today",
            "ſummer",
            "ın",
            "İN",
            "x",
            ",",
            "-",
            "talks",
            "of 2000",
        ]
    ),
    max_size=10,
).map(" ".join)


@given(st.one_of(_DATEISH, st.text(max_size=40)))
def test_gated_date_scan_matches_ungated(text: str) -> None:
    """The gates before the date shapes skip no expression the shapes alone would find."""
    assert _UNGATED.pattern != DATE.pattern
    assert [m.span() for m in DATE.finditer(text)] == [m.span() for m in _UNGATED.finditer(text)]
