"""Extraction on every core: worker processes, results in input order, memory flat.

Importing this module is cheap (the extractors load when first used), so the
command line can take its option parser from here.

:func:`extract_parallel` is :func:`~diplonews.extract.extract_all` spread over
worker processes. Articles are read in this process and sent to the workers
in chunks; at most a few chunks per worker are in flight, so memory stays flat
however long the input is, and results come back in input order. A reading
error (an unreadable record with ``errors="raise"``) surfaces after the
results of every article read before it, exactly as with one process.

:func:`extract_pieces` leaves even the reading to the workers: the pieces of
:func:`~diplonews.readers.split_input` (blocks of JSON Lines as bytes, file
names) go to the workers, which read, extract and, with ``then``, also write
each document (``then=to_json`` sends back JSON text), so this process does
little more than cut the input and write what comes back.
``diplonews extract --jobs N`` uses it; by default the command line uses every
core for large files (:func:`default_jobs`).

>>> from diplonews import Article
>>> from diplonews.parallel import extract_parallel
>>> results = extract_parallel([Article(id="a1", body="Nothing happened.")], jobs=1)
>>> [r.id for r in results]
['a1']

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import functools
import glob
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from diplonews.errors import ExtractionError

if TYPE_CHECKING:
    from diplonews.models import Article, ArticleResult
    from diplonews.readers import ErrorPolicy, FieldMap, Piece, ReadReport, Reject

__all__ = [
    "CHUNK_SIZE",
    "LARGE_INPUT",
    "available_cores",
    "default_jobs",
    "extract_parallel",
    "extract_pieces",
    "extract_read",
    "failed_article",
    "jobs_argument",
]

#: Articles sent to a worker at once: large enough to amortise the messaging.
CHUNK_SIZE = 64
#: Chunks in flight per worker: enough to keep every worker busy, few enough for flat memory.
_IN_FLIGHT = 4
_Task = TypeVar("_Task")
_Result = TypeVar("_Result")
#: Below this many bytes of named input files the command line stays in one process
#: (starting workers costs about as much as extracting a few hundred articles).
LARGE_INPUT = 8_000_000


def available_cores() -> int:
    """The number of cores this process may run on (at least 1).

    >>> from diplonews.parallel import available_cores
    >>> available_cores() >= 1
    True
    """
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover (not Linux)


def _input_bytes(name: str) -> int:
    """The bytes of a named input: a file, every file under a folder, or a glob's files."""
    if os.path.isfile(name):
        return os.path.getsize(name)
    if os.path.isdir(name):
        return sum(
            os.path.getsize(os.path.join(folder, file))
            for folder, _, files in os.walk(name)
            for file in files
        )
    return sum(os.path.getsize(path) for path in glob.glob(name) if os.path.isfile(path))


def default_jobs(inputs: Sequence[str]) -> int:
    """How many processes ``diplonews extract`` uses when ``--jobs`` is not given.

    Every core when the named inputs (files, folders, globs) hold at least
    :data:`~diplonews.parallel.LARGE_INPUT` bytes, else one (standard input,
    ``-``, counts as small: give ``--jobs``).

    >>> from diplonews.parallel import default_jobs
    >>> default_jobs(["-"])
    1
    """
    size = 0
    for name in inputs:
        if name != "-":
            try:
                size += _input_bytes(name)
            except OSError:
                continue  # reported by the reader, with its name
    return available_cores() if size >= LARGE_INPUT else 1


def jobs_argument(text: str) -> int:
    """Parse ``--jobs N`` for argparse: a whole number of processes, at least 1.

    >>> from diplonews.parallel import jobs_argument
    >>> jobs_argument("2")
    2
    >>> jobs_argument("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: expected a number of processes of 1 or more, got '0'
    """
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes of 1 or more, got {text!r}"
        )
    return jobs


def _extract_chunk(articles: list[Article], fiscal_calendars: bool = False) -> list[ArticleResult]:
    """The worker's job: extract from each article of a chunk."""
    from diplonews.extract import extract  # noqa: PLC0415 (imported once, by the fork server)

    return [extract(article, fiscal_calendars=fiscal_calendars) for article in articles]


def _context() -> multiprocessing.context.BaseContext:
    """Workers forked from a server that has imported diplonews once (POSIX), else spawned.

    A fork server never copies the threads of this process (a Dask client, a
    test runner), and its workers start without re-importing the library.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(
            ["diplonews.extract", "diplonews.readers", "diplonews.serialization"]
        )
        return context
    return multiprocessing.get_context("spawn")  # pragma: no cover (Windows)


def extract_parallel(
    articles: Iterable[Article],
    jobs: int | None = None,
    *,
    inputs: Sequence[str] = (),
    chunk_size: int = CHUNK_SIZE,
    fiscal_calendars: bool = False,
) -> Iterator[ArticleResult]:
    """Extract from many articles on ``jobs`` worker processes; results in input order.

    Args:
        articles: The articles, read lazily (in this process) as the workers need them.
        jobs: Worker processes; ``1`` extracts here, without workers; ``None``
            takes :func:`default_jobs` of ``inputs``.
        inputs: The input file names, to choose ``jobs`` when it is ``None``.
        chunk_size: Articles sent to a worker at a time.
        fiscal_calendars: As for :func:`~diplonews.extract.extract`: a fiscal year that
            states no months on the calendar of the story's state (off by default).

            .. versionadded:: 0.2.0

    Yields:
        One :class:`~diplonews.models.ArticleResult` per article, in input order.

    Raises:
        Exception: Whatever reading ``articles`` raises, after the results of
            every article read before it have been yielded.

    >>> from diplonews import Article
    >>> from diplonews.parallel import extract_parallel
    >>> articles = [Article(id=f"a{i}", body="Talks.") for i in range(3)]
    >>> [r.id for r in extract_parallel(articles, jobs=2, chunk_size=1)]
    ['a0', 'a1', 'a2']
    """
    from diplonews.extract import extract_all  # noqa: PLC0415 (keeps --help fast)

    if jobs is None:
        jobs = default_jobs(inputs)
    if jobs <= 1:
        yield from extract_all(articles, fiscal_calendars=fiscal_calendars)
        return

    def chunks() -> Iterator[list[Article]]:
        """The articles in chunks; a reading error ends them after the partial chunk before it."""
        chunk: list[Article] = []
        try:
            for article in articles:
                chunk.append(article)
                if len(chunk) >= chunk_size:
                    yield chunk
                    chunk = []
        except Exception:
            if chunk:
                yield chunk
            raise
        if chunk:
            yield chunk

    work = functools.partial(_extract_chunk, fiscal_calendars=fiscal_calendars)
    for results in _in_order(work, chunks(), jobs):
        yield from results


def _extract_piece(
    piece: Piece,
    field_map: FieldMap | None,
    then: Callable[[ArticleResult], Any] | None,
    fiscal_calendars: bool = False,
) -> list[Any]:
    """The worker's job on a piece: read it, extract, and apply ``then``; rejects as they are."""
    from diplonews.extract import extract  # noqa: PLC0415 (imported once, by the fork server)
    from diplonews.readers import Reject, read_piece  # noqa: PLC0415 (as above)

    results: list[Any] = []
    for item in read_piece(piece, field_map):
        if isinstance(item, Reject):
            results.append(item)
            continue
        try:
            document = extract(item, fiscal_calendars=fiscal_calendars)
        except ExtractionError as error:
            results.append(failed_article(item, error))
            continue
        results.append(document if then is None else then(document))
    return results


def failed_article(article: Article, error: ExtractionError) -> Reject:
    """The reject an article a step failed on becomes: its place, the step and the cause.

    So that one bad article in a long run is passed over under ``errors="skip"`` or
    ``"collect"`` (and named under ``"raise"``), as an unreadable record is.

    >>> from diplonews import Article, ExtractionError
    >>> from diplonews.parallel import failed_article
    >>> article = Article(id="a2", body="Talks.", source="in.jsonl", line=2)
    >>> error = ExtractionError("a2", "meetings", KeyError("x"), source="in.jsonl", line=2)
    >>> reject = failed_article(article, error)
    >>> reject.location, reject.reason
    ('line 2', "article 'a2': the meetings step failed (KeyError: 'x'); a bug in diplonews")

    .. versionadded:: 0.2.0
    """
    from diplonews.readers import Reject  # noqa: PLC0415 (keeps --help fast)

    return Reject(
        source=article.source or "<input>",
        reason=f"{error.reason}; a bug in diplonews",
        line=article.line,
        text=article.body,
    )


def _count_reject(report: ReadReport, reject: Reject) -> None:
    """Count ``reject`` in ``report`` as skipped, with its error and its place."""
    report.skipped += 1
    report.errors.append(reject.error())
    report.rejects.append(reject)


def extract_read(
    articles: Iterable[Article],
    *,
    errors: ErrorPolicy = "raise",
    report: ReadReport | None = None,
    fiscal_calendars: bool = False,
) -> Iterator[ArticleResult]:
    """:func:`~diplonews.extract.extract_all` over articles read here, under an error policy.

    An article a step fails on (:class:`~diplonews.errors.ExtractionError`, a bug) is a
    reject, as in :func:`extract_pieces`: ``"raise"`` raises its
    :class:`~diplonews.errors.ArticleParseError` (the message names the article, the
    step and the cause); ``"skip"`` and ``"collect"`` move it from ``report.read`` to
    ``report.skipped`` and go on.

    >>> from diplonews import Article
    >>> from diplonews.parallel import extract_read
    >>> [r.id for r in extract_read([Article(id="a1", body="Nothing happened.")])]
    ['a1']

    .. versionadded:: 0.2.0
    """
    from diplonews.extract import extract  # noqa: PLC0415 (keeps --help fast)

    for article in articles:
        try:
            yield extract(article, fiscal_calendars=fiscal_calendars)
        except ExtractionError as error:
            reject = failed_article(article, error)
            if errors == "raise":
                raise reject.error() from error
            if report is not None:
                report.read -= 1  # counted when read; a reject now
                _count_reject(report, reject)


def extract_pieces(
    pieces: Iterable[Piece],
    jobs: int = 1,
    *,
    errors: ErrorPolicy = "raise",
    report: ReadReport | None = None,
    field_map: FieldMap | None = None,
    then: Callable[[ArticleResult], Any] | None = None,
    fiscal_calendars: bool = False,
) -> Iterator[Any]:
    r"""Read, extract (and write) the pieces of :func:`~diplonews.readers.split_input` on workers.

    Each worker reads a piece, extracts from each of its articles and applies
    ``then`` to each document (``then=to_json`` makes the JSON text there);
    this process only hands out the pieces, applies the error policy to the
    rejects in input order and yields what comes back, in input order. With
    ``jobs=1`` everything happens in this process, in the same order.

    Args:
        pieces: The pieces, cut lazily (in this process) as the workers need them.
        jobs: Worker processes; ``1`` works here, without workers.
        errors: What to do with a record that cannot be read, as for
            :func:`~diplonews.readers.read_articles`: ``"raise"`` raises its
            :class:`~diplonews.errors.ArticleParseError` after the results of
            every article before it; ``"skip"`` and ``"collect"`` count it in
            ``report``.
        report: Counts the articles read and the records skipped, and keeps
            their errors and rejects.
        field_map: Which record keys feed which article field (give
            :func:`~diplonews.readers.split_input` the same).
        then: A function of one document, run on the worker (a module-level
            function, so that it can be sent there); ``None`` yields the
            documents themselves.
        fiscal_calendars: As for :func:`~diplonews.extract.extract`, on every worker: a
            fiscal year that states no months on the calendar of the story's state.

            .. versionadded:: 0.2.0

    Yields:
        ``then(document)`` (or the document) for each article, in input order.

    Raises:
        ArticleParseError: With ``errors="raise"``, for the first record that
            cannot be read, or the first article a step failed on (a bug; see
            :func:`failed_article`).
        Exception: Whatever cutting ``pieces`` raises, after the results of
            every piece cut before it.

    >>> import io
    >>> from diplonews.parallel import extract_pieces
    >>> from diplonews.readers import split_input
    >>> from diplonews.serialization import to_json
    >>> stream = io.BytesIO(b'{"id": "a1", "text": "Talks."}\n{"id": "a2", "text": "Visit."}\n')
    >>> [text[:11] for text in extract_pieces(split_input(stream), 2, then=to_json)]
    ['{"id": "a1"', '{"id": "a2"']

    .. versionadded:: 0.2.0
    """
    from diplonews.readers import ReadReport, Reject  # noqa: PLC0415 (keeps --help fast)

    tally = report if report is not None else ReadReport()

    def settle(results: list[Any]) -> Iterator[Any]:
        """The results of a piece in order; the rejects counted, or the first one raised."""
        for result in results:
            if not isinstance(result, Reject):
                tally.read += 1
                yield result
                continue
            if errors == "raise":
                raise result.error()
            _count_reject(tally, result)

    if jobs <= 1:
        for piece in pieces:
            yield from settle(_extract_piece(piece, field_map, then, fiscal_calendars))
        return
    work = functools.partial(
        _extract_piece, field_map=field_map, then=then, fiscal_calendars=fiscal_calendars
    )
    for results in _in_order(work, pieces, jobs):
        yield from settle(results)


def _in_order(
    work: Callable[[_Task], list[_Result]], tasks: Iterable[_Task], jobs: int
) -> Iterator[list[_Result]]:
    """``work(task)`` for each task on ``jobs`` worker processes, yielded in task order.

    At most ``jobs * _IN_FLIGHT`` tasks wait at a time, so memory stays flat however
    many tasks come. An error raised by ``tasks`` itself (reading the input) is raised
    after the results of every task before it, as one process would.
    """
    failure: list[Exception] = []

    def guarded() -> Iterator[_Task]:
        try:
            yield from tasks
        except Exception as exc:  # re-raised below, after the results before it
            failure.append(exc)

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context())
    pending: deque[Future[list[_Result]]] = deque()
    try:
        for task in guarded():
            pending.append(pool.submit(work, task))
            if len(pending) >= jobs * _IN_FLIGHT:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if failure:
        raise failure[0]
