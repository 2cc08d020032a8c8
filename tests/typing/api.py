"""Exercises the public API so that ``mypy --strict`` catches type regressions.

Importing it runs nothing; ``exercise_api`` is only type-checked (as
``hynek/structlog`` does with its typing tests).
"""

# The annotated assignments are the assertions here: mypy checks each type.
# ruff: noqa: F841

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

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
)
from diplonews.cli import main
from diplonews.extract import extract, extract_all
from diplonews.models import Party
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
