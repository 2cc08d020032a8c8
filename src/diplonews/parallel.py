"""Extraction on every core: worker processes, results in input order, memory flat.

Importing this module is cheap (the extractors load when first used), so the
command line can take its option parser from here.

:func:`extract_parallel` is :func:`~diplonews.extract.extract_all` spread over
worker processes. Articles are read in this process and sent to the workers
in chunks; at most a few chunks per worker are in flight, so memory stays flat
however long the input is, and results come back in input order. A reading
error (an unreadable record with ``errors="raise"``) surfaces after the
results of every article read before it, exactly as with one process.

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
import glob
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from diplonews.models import Article, ArticleResult

__all__ = [
    "CHUNK_SIZE",
    "LARGE_INPUT",
    "available_cores",
    "default_jobs",
    "extract_parallel",
    "jobs_argument",
]

#: Articles sent to a worker at once: large enough to amortise the messaging.
CHUNK_SIZE = 64
#: Chunks in flight per worker: enough to keep every worker busy, few enough for flat memory.
_IN_FLIGHT = 4
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


def _extract_chunk(articles: list[Article]) -> list[ArticleResult]:
    """The worker's job: extract from each article of a chunk."""
    from diplonews.extract import extract  # noqa: PLC0415 (imported once, by the fork server)

    return [extract(article) for article in articles]


def _context() -> multiprocessing.context.BaseContext:
    """Workers forked from a server that has imported diplonews once (POSIX), else spawned.

    A fork server never copies the threads of this process (a Dask client, a
    test runner), and its workers start without re-importing the library.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["diplonews.extract"])
        return context
    return multiprocessing.get_context("spawn")  # pragma: no cover (Windows)


def extract_parallel(
    articles: Iterable[Article],
    jobs: int | None = None,
    *,
    inputs: Sequence[str] = (),
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[ArticleResult]:
    """Extract from many articles on ``jobs`` worker processes; results in input order.

    Args:
        articles: The articles, read lazily (in this process) as the workers need them.
        jobs: Worker processes; ``1`` extracts here, without workers; ``None``
            takes :func:`default_jobs` of ``inputs``.
        inputs: The input file names, to choose ``jobs`` when it is ``None``.
        chunk_size: Articles sent to a worker at a time.

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
        yield from extract_all(articles)
        return
    failure: list[Exception] = []

    def guarded() -> Iterator[Article]:
        """The articles; a reading error is kept to raise after the results before it."""
        try:
            yield from articles
        except Exception as exc:  # re-raised below, after the results before it
            failure.append(exc)

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context())
    pending: deque[Future[list[ArticleResult]]] = deque()
    try:
        chunk: list[Article] = []
        for article in guarded():
            chunk.append(article)
            if len(chunk) < chunk_size:
                continue
            pending.append(pool.submit(_extract_chunk, chunk))
            chunk = []
            if len(pending) >= jobs * _IN_FLIGHT:
                yield from pending.popleft().result()
        if chunk:
            pending.append(pool.submit(_extract_chunk, chunk))
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if failure:
        raise failure[0]
