"""diplonews beyond one machine, on Dask: bags of documents, JSON Lines and Parquet.

Install the optional extra ``diplonews[dask]`` (Dask with its distributed
scheduler, its DataFrames and pyarrow). Nothing here runs until a result is
computed: the functions build Dask collections, and whichever scheduler is
active runs them, threads and processes on this machine or a cluster of many
(``distributed.Client("tcp://scheduler:8786")``).

* :func:`read_bag`: input files (crawled text, JSON, JSON Lines) into a bag of
  :class:`~diplonews.models.Article`, one partition per file;
* :func:`extract_bag`: a bag of texts, of article records (dicts, read with a
  :class:`~diplonews.readers.FieldMap`) or of articles into a bag of
  :class:`~diplonews.models.ArticleResult` documents;
* :func:`to_jsonl`: a bag of documents into one JSON Lines file per partition;
* :func:`trade_frame` and :func:`meetings_frame`: Dask DataFrames of the
  trade records and the meetings (flat columns, one row per record);
  :func:`to_parquet` writes both as Parquet datasets.

>>> import dask.bag as db
>>> from diplonews.dask import extract_bag
>>> texts = db.from_sequence(["Nothing happened.", "Prices rose."], npartitions=1)
>>> [len(doc.meetings) for doc in extract_bag(texts).compute(scheduler="sync")]
[0, 0]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import dask.bag as db
import dask.dataframe as dd
from dask.delayed import delayed

from diplonews.models import Article, ArticleResult, Meeting, TradeRecord
from diplonews.readers import ErrorPolicy, FieldMap, InputFormat, read_articles
from diplonews.values import Country, CountryGroup

if TYPE_CHECKING:
    import pandas

__all__ = [
    "MEETING_COLUMNS",
    "TRADE_COLUMNS",
    "extract_bag",
    "meetings_frame",
    "read_bag",
    "to_jsonl",
    "to_parquet",
    "trade_frame",
]

#: The columns of :func:`trade_frame` and their pandas dtypes. ``value`` is a float
#: for arithmetic; ``value_exact`` keeps every digit, as text.
TRADE_COLUMNS: Mapping[str, str] = {
    "id": "string",
    "article_id": "string",
    "reporter": "string",
    "partner": "string",
    "flow": "string",
    "value": "float64",
    "value_exact": "string",
    "currency": "string",
    "period_start": "datetime64[s]",
    "period_end": "datetime64[s]",
    "target": "bool",
    "rule": "string",
}

#: The columns of :func:`meetings_frame` and their pandas dtypes. ``countries`` are
#: alpha-3 codes separated by spaces; ``participants`` are names separated by "; ";
#: ``date`` is the first day of the (partial) date, ``date_precision`` how much is known.
MEETING_COLUMNS: Mapping[str, str] = {
    "id": "string",
    "article_id": "string",
    "kind": "string",
    "status": "string",
    "countries": "string",
    "organization": "string",
    "date": "datetime64[s]",
    "date_precision": "string",
    "location_city": "string",
    "location_country": "string",
    "participants": "string",
    "title": "string",
    "rule": "string",
}


def _read_partition(
    paths: Iterable[str], input_format: InputFormat, errors: ErrorPolicy, field_map: FieldMap
) -> list[Article]:
    return [
        article
        for path in paths
        for article in read_articles(
            path, input_format=input_format, errors=errors, field_map=field_map
        )
    ]


def read_bag(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    input_format: InputFormat = "auto",
    errors: ErrorPolicy = "raise",
    field_map: FieldMap | None = None,
) -> db.Bag:
    """Input files as a bag of articles, one partition per file.

    Each file is read by :func:`~diplonews.readers.read_articles` on the
    worker that holds its partition, so the files must be readable there
    (a shared file system on a cluster).

    Args:
        paths: A file, or a list of files (crawled text, JSON or JSON Lines).
        input_format: As for :func:`~diplonews.readers.read_articles`.
        errors: ``"raise"`` fails the computation at the first unreadable
            record; ``"skip"`` and ``"collect"`` leave it out.
        field_map: Which record keys feed which article field (JSON only).

    Returns:
        A :class:`dask.bag.Bag` of :class:`~diplonews.models.Article`.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    names = [os.fspath(p) for p in paths]
    if not names:
        raise ValueError("read_bag needs at least one input file")
    fields = field_map if field_map is not None else FieldMap()
    files = db.from_sequence(names, npartitions=len(names))
    articles: db.Bag = files.map_partitions(_read_partition, input_format, errors, fields)
    return articles


def _as_article(item: object, fields: FieldMap) -> Article:
    """An article from a text, an article record or an article."""
    from diplonews.readers import convert  # noqa: PLC0415 (the JSON readers' own)

    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(body=item)
    if isinstance(item, Mapping):
        raw = json.dumps(item, ensure_ascii=False, default=str)[:200]
        article = convert(dict(item), raw, fields, "<bag>", 0)
        if not isinstance(article, Article):
            raise article.error()
        return attrs.evolve(article, source=None, line=None)  # no file: no file position
    raise TypeError(f"expected a text, an article record or an Article, got {type(item).__name__}")


def _extract_partition(
    items: Iterable[object], fields: FieldMap, fiscal_calendars: bool = False
) -> list[ArticleResult]:
    from diplonews.extract import extract  # noqa: PLC0415 (loads the extractors on the worker)

    return [extract(_as_article(item, fields), fiscal_calendars=fiscal_calendars) for item in items]


def extract_bag(
    bag: db.Bag, *, field_map: FieldMap | None = None, fiscal_calendars: bool = False
) -> db.Bag:
    """Extract every record from a bag of texts, article records or articles.

    Args:
        bag: A :class:`dask.bag.Bag` whose elements are article texts (``str``;
            each gets an id derived from its content), article records
            (``dict``, read as the JSON readers read them) or
            :class:`~diplonews.models.Article`.
        field_map: Which record keys feed which article field, for records.
        fiscal_calendars: As for :func:`~diplonews.extract.extract`: a fiscal year that
            states no months ("FY2022-23") on the calendar of the story's state; off by
            default.

            .. versionadded:: 0.2.0

    Returns:
        A bag of :class:`~diplonews.models.ArticleResult`, partitioned as ``bag``.

    Raises:
        ArticleParseError: (when computed) a record cannot become an article.
        TypeError: (when computed) an element is none of the above.

    >>> import dask.bag as db
    >>> from diplonews.dask import extract_bag
    >>> records = db.from_sequence([{"id": "r1", "text": "Talks."}], npartitions=1)
    >>> [doc.id for doc in extract_bag(records).compute(scheduler="sync")]
    ['r1']
    >>> text = "Pakistan's exports to China stood at $2.5 billion in FY2022-23."
    >>> texts = db.from_sequence([{"id": "r2", "text": text, "published": "2023-08-01"}])
    >>> docs = extract_bag(texts, fiscal_calendars=True).compute(scheduler="sync")
    >>> [str(r.period) for r in docs[0].trade_records]
    ['2022-07-01..2023-06-30']
    """
    fields = field_map if field_map is not None else FieldMap()
    documents: db.Bag = bag.map_partitions(_extract_partition, fields, fiscal_calendars)
    return documents


def _jsonl_lines(results: Iterable[ArticleResult]) -> list[str]:
    from diplonews.serialization import to_json  # noqa: PLC0415

    return [to_json(result) for result in results]


def to_jsonl(results: db.Bag, directory: str | os.PathLike[str], **compute: Any) -> list[str]:
    """Write a bag of documents as JSON Lines, one file per partition, and compute it.

    Args:
        results: A bag of :class:`~diplonews.models.ArticleResult`
            (:func:`extract_bag`).
        directory: Where to write ``part-00000.jsonl``, ``part-00001.jsonl``, ...
            (created if missing; a local path or an fsspec URL the workers can reach).
        **compute: Passed to :meth:`dask.bag.Bag.to_textfiles` (``compute``,
            ``scheduler``, ...).

    Returns:
        The names of the files written.
    """
    target = os.fspath(directory)
    if "://" not in target:
        Path(target).mkdir(parents=True, exist_ok=True)
    files: list[str] = results.map_partitions(_jsonl_lines).to_textfiles(
        f"{target.rstrip('/')}/part-*.jsonl",
        name_function=lambda index: f"{index:05d}",
        encoding="utf-8",
        **compute,
    )
    return files


def _country(country: Country | None) -> str | None:
    return None if country is None else country.alpha_3


def _trade_row(record: TradeRecord) -> dict[str, Any]:
    period = record.period
    value: Decimal = record.value
    return {
        "id": record.id,
        "article_id": record.article_id,
        "reporter": record.reporter.alpha_3,
        "partner": None if record.partner is None else _party_code(record.partner),
        "flow": record.flow.value,
        "value": float(value),
        "value_exact": format(value, "f"),
        "currency": record.currency,
        "period_start": period.start,
        "period_end": period.end,
        "target": record.target,
        "rule": record.rule,
    }


def _party_code(party: Country | CountryGroup) -> str:
    """An alpha-3 code for a state, the short name ("EU") for a group."""
    return party.alpha_3 if isinstance(party, Country) else party.code


def _meeting_row(meeting: Meeting) -> dict[str, Any]:
    date = meeting.date
    location = meeting.location
    return {
        "id": meeting.id,
        "article_id": meeting.article_id,
        "kind": meeting.kind.value,
        "status": meeting.status.value,
        "countries": " ".join(c.alpha_3 for c in meeting.countries),
        "organization": meeting.organization,
        "date": None if date is None else date.first_day(),
        "date_precision": None if date is None else date.precision,
        "location_city": None if location is None else location.city,
        "location_country": None if location is None else _country(location.country),
        "participants": "; ".join(p.name for p in meeting.participants),
        "title": meeting.title,
        "rule": meeting.rule,
    }


def _frame(rows: list[dict[str, Any]], columns: Mapping[str, str]) -> pandas.DataFrame:
    import pandas as pd  # noqa: PLC0415 (optional)

    frame: pandas.DataFrame = pd.DataFrame(rows, columns=list(columns))
    for name, dtype in columns.items():
        column: Any = frame[name]
        if dtype.startswith("datetime64"):
            column = pd.to_datetime(column)
        frame[name] = column.astype(dtype)
    return frame


def _trade_partition(results: Iterable[ArticleResult]) -> pandas.DataFrame:
    rows = [_trade_row(r) for result in results for r in result.trade_records]
    return _frame(rows, TRADE_COLUMNS)


def _meeting_partition(results: Iterable[ArticleResult]) -> pandas.DataFrame:
    rows = [_meeting_row(m) for result in results for m in result.meetings]
    return _frame(rows, MEETING_COLUMNS)


def _dataframe(results: db.Bag, build: Any, columns: Mapping[str, str]) -> dd.DataFrame:
    parts = [delayed(build)(part) for part in results.to_delayed()]
    frame: dd.DataFrame = dd.from_delayed(parts, meta=_frame([], columns), verify_meta=False)
    return frame


def trade_frame(results: db.Bag) -> dd.DataFrame:
    """The trade records of a bag of documents as a Dask DataFrame (:data:`TRADE_COLUMNS`).

    >>> import dask.bag as db
    >>> from diplonews import Article
    >>> from diplonews.dask import extract_bag, trade_frame
    >>> docs = extract_bag(db.from_sequence([Article(id="a1", body="Talks.")]))
    >>> list(trade_frame(docs).columns)[:4]
    ['id', 'article_id', 'reporter', 'partner']
    """
    return _dataframe(results, _trade_partition, TRADE_COLUMNS)


def meetings_frame(results: db.Bag) -> dd.DataFrame:
    """The meetings of a bag of documents as a Dask DataFrame (:data:`MEETING_COLUMNS`)."""
    return _dataframe(results, _meeting_partition, MEETING_COLUMNS)


def to_parquet(
    results: db.Bag, directory: str | os.PathLike[str], **compute: Any
) -> dict[str, str]:
    """Write the trade records and the meetings of a bag of documents as Parquet datasets.

    Needs pyarrow (part of the ``dask`` extra).

    Args:
        results: A bag of :class:`~diplonews.models.ArticleResult`.
        directory: Gets ``trade_records/`` and ``meetings/``, one file per partition.
        **compute: Passed to :func:`dask.compute` (``scheduler``, ...).

    Returns:
        The dataset folders, by record kind.

    Raises:
        ImportError: pyarrow is not installed.
    """
    try:
        import pyarrow  # noqa: F401, PLC0415 (only checks that it is there)
    except ImportError as exc:  # pragma: no cover (the extra installs it)
        raise ImportError("writing Parquet needs pyarrow: pip install 'diplonews[dask]'") from exc
    target = os.fspath(directory).rstrip("/")
    folders = {"trade_records": f"{target}/trade_records", "meetings": f"{target}/meetings"}
    frames = {"trade_records": trade_frame(results), "meetings": meetings_frame(results)}
    for kind, frame in frames.items():
        frame.to_parquet(folders[kind], write_index=False, compute_kwargs=compute)
    return folders
