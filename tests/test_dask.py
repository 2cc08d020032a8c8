"""diplonews.dask on a real distributed.LocalCluster with worker processes.

Skipped when the ``dask`` extra is not installed. The cluster (two worker
processes, one thread each, no dashboard) is started once for the module, with
connection timeouts so that a cluster that cannot start fails instead of
hanging, and closed at the end; the last test checks that its processes are gone.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask", reason="the dask extra is not installed (pip install -e '.[dask]')")
pytest.importorskip("distributed", reason="the dask extra is not installed")

import contextlib

import dask
import dask.bag as db
import distributed

from diplonews import Article, ArticleParseError
from diplonews.dask import (
    MEETING_COLUMNS,
    TRADE_COLUMNS,
    extract_bag,
    meetings_frame,
    read_bag,
    to_jsonl,
    to_parquet,
    trade_frame,
)
from diplonews.extract import extract
from diplonews.readers import read_articles
from diplonews.serialization import to_json

#: Seconds a cluster may take to start or stop before the test fails.
START_TIMEOUT = 120
#: Connections time out too, so that nothing waits forever.
TIMEOUTS = {
    "distributed.comm.timeouts.connect": f"{START_TIMEOUT}s",
    "distributed.comm.timeouts.tcp": f"{START_TIMEOUT}s",
}

# Made-up news in the corpus style: a meeting, a trade figure, an agreement, nothing.
TEXTS = (
    "BAKU, March 3 - Azerbaijani Foreign Minister Tamerlan Guliyev met his Georgian "
    "counterpart Nino Beridze in Baku on Tuesday to discuss transit.",
    "Trade turnover between Kazakhstan and Uzbekistan reached $3.4 billion in 2021, "
    "the statistics committee said.",
    "Mongolia and Kyrgyzstan signed a memorandum of understanding on tourism in Ulaanbaatar "
    "on Friday.",
    "Prices of bread rose again in the capital.",
)


def _cluster(workers: int) -> distributed.LocalCluster:
    """Worker processes that give up when they cannot reach the scheduler in time."""
    return distributed.LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        silence_logs=logging.ERROR,
        death_timeout=START_TIMEOUT,  # a worker that cannot start dies instead of hanging
    )


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A LocalCluster of two worker processes and a client on it, closed afterwards."""
    with dask.config.set(TIMEOUTS):
        cluster = _cluster(2)
        try:
            client = distributed.Client(cluster, timeout=START_TIMEOUT)
            try:
                client.wait_for_workers(2, timeout=START_TIMEOUT)
                yield client
            finally:
                client.close(timeout=START_TIMEOUT)
        finally:
            cluster.close(timeout=START_TIMEOUT)


def _expected(articles: list[Article]) -> list[str]:
    return [to_json(extract(a)) for a in articles]


def test_workers_are_processes(client: distributed.Client) -> None:
    """The cluster runs its tasks in other processes than this one."""
    pids = client.run(os.getpid)
    assert len(pids) == 2
    assert os.getpid() not in pids.values()


def test_texts_give_documents_as_in_process(client: distributed.Client) -> None:
    """A bag of texts: the documents of extract(), each text with its content id."""
    bag = db.from_sequence(TEXTS, npartitions=2)
    documents = extract_bag(bag).compute()
    assert [to_json(d) for d in documents] == _expected([Article(body=t) for t in TEXTS])
    assert sum(len(d.meetings) + len(d.trade_records) for d in documents) >= 2


def test_records_and_articles_give_the_same_documents(client: distributed.Client) -> None:
    """Article records (dicts) are read as the JSON readers read them."""
    records = [{"id": f"r{i}", "title": "Wire", "text": t} for i, t in enumerate(TEXTS)]
    articles = [Article(id=f"r{i}", title="Wire", body=t) for i, t in enumerate(TEXTS)]
    from_records = extract_bag(db.from_sequence(records, npartitions=2)).compute()
    from_articles = extract_bag(db.from_sequence(articles, npartitions=3)).compute()
    assert [to_json(d) for d in from_records] == _expected(articles)
    assert from_articles == from_records


def test_fiscal_calendars_reach_the_workers(client: distributed.Client) -> None:
    """``fiscal_calendars=True`` reads an unstated fiscal year on the state's calendar there."""
    text = "ISLAMABAD: Pakistan's exports to China stood at $2.5 billion in FY2022-23."
    bag = db.from_sequence([{"id": "f1", "text": text, "published": "2023-08-01"}])
    assert [d.trade_records for d in extract_bag(bag).compute()] == [()]
    documents = extract_bag(bag, fiscal_calendars=True).compute()
    assert [str(r.period) for r in documents[0].trade_records] == ["2022-07-01..2023-06-30"]


def test_bad_record_fails_the_computation(client: distributed.Client) -> None:
    """A record without a body raises the readers' error, naming what is missing."""
    bag = db.from_sequence([{"id": "r1", "title": "No body"}], npartitions=1)
    with pytest.raises(ArticleParseError, match="missing article body"):
        extract_bag(bag).compute()


def test_files_to_jsonl_partitions(client: distributed.Client, tmp_path: Path) -> None:
    """Input files, one partition each, to one JSON Lines file per partition, in order."""
    paths = []
    for index, chunk in enumerate((TEXTS[:2], TEXTS[2:])):
        path = tmp_path / f"in{index}.jsonl"
        lines = [json.dumps({"id": f"f{index}-{i}", "text": t}) for i, t in enumerate(chunk)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    written = to_jsonl(extract_bag(read_bag(paths)), tmp_path / "out")
    assert [Path(name).name for name in written] == ["part-00000.jsonl", "part-00001.jsonl"]
    lines = [line for name in written for line in Path(name).read_text("utf-8").splitlines()]
    assert lines == _expected([a for path in paths for a in read_articles(path)])
    assert [json.loads(line)["id"] for line in lines] == ["f0-0", "f0-1", "f1-0", "f1-1"]


def test_frames_hold_the_records(client: distributed.Client) -> None:
    """The trade and meeting DataFrames have one row per record, with their columns."""
    documents = extract_bag(db.from_sequence(TEXTS, npartitions=2))
    expected = [extract(Article(body=t)) for t in TEXTS]
    trade = trade_frame(documents).compute()
    meetings = meetings_frame(documents).compute()
    assert list(trade.columns) == list(TRADE_COLUMNS)
    assert list(meetings.columns) == list(MEETING_COLUMNS)
    assert list(trade["id"]) == [r.id for d in expected for r in d.trade_records]
    assert list(meetings["id"]) == [m.id for d in expected for m in d.meetings]
    records = [r for d in expected for r in d.trade_records]
    assert list(trade["value_exact"]) == [format(r.value, "f") for r in records]
    assert list(trade["reporter"]) == [r.reporter.alpha_3 for r in records]


def test_parquet_datasets(client: distributed.Client, tmp_path: Path) -> None:
    """Trade records and meetings written as Parquet read back with the same rows."""
    pandas: Any = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow", reason="Parquet needs pyarrow")
    documents = extract_bag(db.from_sequence(TEXTS, npartitions=2))
    folders = to_parquet(documents, tmp_path / "parquet")
    expected = [extract(Article(body=t)) for t in TEXTS]
    trade = pandas.read_parquet(folders["trade_records"])
    meetings = pandas.read_parquet(folders["meetings"])
    assert list(trade["id"]) == [r.id for d in expected for r in d.trade_records]
    assert list(meetings["id"]) == [m.id for d in expected for m in d.meetings]


def test_cluster_processes_end_when_closed() -> None:
    """A cluster of our own, closed: none of its worker processes is left running."""
    psutil: Any = pytest.importorskip("psutil")
    with dask.config.set(TIMEOUTS):
        cluster = _cluster(1)
        try:
            with distributed.Client(cluster, timeout=START_TIMEOUT) as client:
                client.wait_for_workers(1, timeout=START_TIMEOUT)
                pids = list(client.run(os.getpid).values())
        finally:
            cluster.close(timeout=START_TIMEOUT)
    for pid in pids:
        with contextlib.suppress(psutil.NoSuchProcess):
            psutil.Process(pid).wait(timeout=30)
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
