"""Exercises the public API so that ``mypy --strict`` catches type regressions.

Importing it runs nothing; ``exercise_api`` is only type-checked (as
``hynek/structlog`` does with its typing tests).
"""

# The annotated assignments are the assertions here: mypy checks each type.
# ruff: noqa: F841

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pandas as pd

from diplonews import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    ArticleResult,
    Country,
    CountryGroup,
    DiplonewsError,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Money,
    PartialDate,
    Participant,
    Period,
    Place,
    SerializationError,
    Span,
    TradeFlow,
    TradeRecord,
    UnknownCountryError,
    ValidationError,
    filter_records,
    read_articles,
)
from diplonews import extract as face_extract
from diplonews import extract_text as face_extract_text
from diplonews.cli import main
from diplonews.exports.dataframe import Frames, filter_frame, to_dataframe, to_dataframes
from diplonews.extract import extract, extract_all
from diplonews.models import Party, Record
from diplonews.serialization import (
    from_dict,
    from_json,
    make_converter,
    read_csv,
    read_jsonl,
    to_dict,
    to_json,
    write_csv,
    write_jsonl,
)


def exercise_api() -> None:
    """Use every public name with the types callers rely on (type-checked only)."""
    country: Country = Country("AZE")
    maybe_country: Country | None = Country.get("Türkiye")
    code: str = Country.lookup("U.S.").alpha_3
    alpha_2: str = country.alpha_2
    name: str = country.name
    group: CountryGroup = CountryGroup("EU")
    party: Party = group

    day: PartialDate = PartialDate.from_iso("2021-12-19")
    month: PartialDate = PartialDate(2021, 12)
    contains: bool = month.contains(day)
    key: tuple[int, int, int] = day.sort_key()
    iso: str = day.isoformat()
    first: dt.date = month.first_day()
    quarter: Period = Period.quarter(2021, 1)
    months: Period = Period.months(1986, 4, 3, last_year=1987)
    covered: Period = month.to_period()

    money: Money = Money(Decimal("13.2E6"), "USD")
    amount: Decimal = money.amount
    span: Span = Span.of("Baku talks", 0, 4)
    place: Place = Place(city="Baku", country=country)
    person: Participant = Participant(name="Ilham Aliyev", role="President", country=country)

    article: Article = Article(id="a1", body="Talks.", published=dt.date(2022, 1, 27))
    meeting: Meeting = Meeting(
        article_id=article.id,
        kind=MeetingKind.CALL,
        status=MeetingStatus.HELD,
        countries=(country, Country("PAK")),
        date=day,
        location=place,
        participants=(person,),
        evidence=(span,),
    )
    agreement: Agreement = Agreement(
        kind=AgreementKind.MEMORANDUM, status=AgreementStatus.SIGNED, parties=(country, group)
    )
    trade: TradeRecord = TradeRecord(
        reporter=country, flow=TradeFlow.EXPORT, value=Decimal(5), currency="USD", period=quarter
    )
    trade_money: Money = trade.money
    result: ArticleResult = extract(article)
    results: Iterator[ArticleResult] = extract_all([article])

    data: dict[str, object] = to_dict(meeting)
    again: Meeting = from_dict(to_dict(meeting), Meeting)
    text: str = to_json(trade, indent=2)
    parsed: TradeRecord = from_json(text, TradeRecord)
    value: PartialDate = from_json(to_json(day), PartialDate)
    written: int = write_jsonl([meeting], io.StringIO())
    lines: Iterator[Meeting] = read_jsonl(io.StringIO(), Meeting)
    tables: dict[str, Path] = write_csv([result], Path("out"))
    rows: Iterator[TradeRecord] = read_csv(io.StringIO(), TradeRecord)
    converter_unstructured: object = make_converter().unstructure(place)
    status: int = main(["--version"])

    try:
        from_json("{}", Meeting)
    except SerializationError as exc:
        error: DiplonewsError = exc


def user_script() -> None:
    """A new user's program (issue 10): text in, JSON and tables out (type-checked only)."""
    # Records convert ISO texts, datetimes and codes; the __init__ types say so.
    article = Article(body="Talks.", published="2024-02-12")
    later = Article(body="Talks.", published=dt.datetime(2024, 2, 12, 9, 30))
    meeting = Meeting(kind="call", status="held", countries=["AZE", "ge"], date="2024-02")
    agreement = Agreement(
        kind="treaty", status="signed", parties=["EU", "TUR"], date=dt.date.today()
    )
    trade = TradeRecord(
        reporter="AZE", partner="GEO", flow="export", value="1.5E6", currency="usd",
        period=Period("2023-01-01", "2023-12-31"),
    )  # fmt: skip
    place = Place(city="Baku", country="AZE")
    person = Participant(name="Lena Marsh", country="GEO")

    # Text in, records out.
    result: ArticleResult = face_extract_text("Talks.", published="2024-03-14", id="w1")
    same: ArticleResult = face_extract(article)
    read: Iterator[Article] = read_articles(io.StringIO("[]"))

    # Values that behave.
    member: bool = "AZE" in meeting.countries
    partner_is: bool = trade.partner == "GEO"
    kind_text: str = str(MeetingKind.CALL)
    place_text: str = str(place)
    ordered: list[PartialDate] = sorted([PartialDate(2021, 5), PartialDate(2021)])
    earlier: bool = PartialDate(2021) < PartialDate(2021, 1)
    year: int | None = trade.period.as_year()
    quarter: tuple[int, int] | None = Period.quarter(2021, 2).as_quarter()
    month: tuple[int, int] | None = Period.month(2021, 2).as_month()
    unit: str | None = trade.period.calendar_unit
    covers: bool = Period.year(2023).covers(trade.period)
    safe: dict[str, object] = to_dict(result, json_safe=True)
    body: str = json.dumps(to_dict(result, json_safe=True))

    # Filters on results and frames.
    found: Iterator[Record] = filter_records([result], country="GEO", kind="export", period="2023")
    narrowed: ArticleResult = result.filter(country=Country("AZE"), period=Period.year(2024))
    records: tuple[Record, ...] = narrowed.records

    # Errors a caller can catch and show.
    try:
        Country("Azerbaijan")
    except UnknownCountryError as exc:
        hint: str | None = exc.hint
        where: str | None = exc.field
    try:
        Meeting(kind="chat", status="held")
    except ValidationError as exc:
        field: str | None = exc.field
        value: object = exc.value
        source: str | None = exc.source
        line: int | None = exc.line
        message: str = exc.message

    # pandas, all tables from one pass.
    frames: Frames = to_dataframes([result, same])
    meetings: pd.DataFrame = frames.meetings
    people: pd.DataFrame = frames.participants
    tables: dict[str, pd.DataFrame] = frames.as_dict()
    one: pd.DataFrame = to_dataframe([trade])
    calls: pd.DataFrame = filter_frame(frames.meetings, kind="call", period="2024")
