"""The ``diplonews`` command: read articles, extract records, print the schema.

Usage::

    diplonews read [INPUT...] [-o OUT] [--input-format auto|crawl|json|jsonl]
                   [--errors raise|skip|collect] [--rejects FILE]
                   [--id-from record|filename] [--quiet]
    diplonews extract [INPUT...] [-o OUT] [--format jsonl|json|csv|plover|comtrade]
                      [--table TABLE] [--no-escape-formulas] [reading options]
    diplonews schema [-o OUT]

An INPUT is a file, a folder, a glob pattern or ``-`` (standard input); with
no INPUT, text piped in is read. ``-o`` defaults to standard output; a file
named with ``-o`` is replaced only when the run succeeds.

Exit status: 0 on success; 1 when an input cannot be read or parsed (one line
``Error: ...`` on standard error), when ``--errors skip|collect`` rejected
any record (a summary on standard error), or when the output cannot be
written; 2 for usage errors; 130 when interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

from diplonews.errors import ArticleParseError, DiplonewsError, ParseError

if TYPE_CHECKING:
    from diplonews.models import Article, ArticleResult
    from diplonews.readers import Piece, ReadReport

__all__ = ["main"]

_INPUT_FORMATS = ("auto", "crawl", "json", "jsonl")
_ERROR_POLICIES = ("raise", "skip", "collect")
_OUTPUT_FORMATS = ("jsonl", "json", "csv", "plover", "comtrade")
_CSV_TABLES = ("articles", "meetings", "agreements", "trade_records")

#: Seconds between two refreshes of the progress line.
_PROGRESS_INTERVAL = 0.2

_EXAMPLES = """\
examples:
  diplonews extract articles.jsonl -o results.jsonl
  diplonews extract crawl/ --id-from filename -f csv -o tables/
  diplonews extract 'crawl/*.txt' -f csv --table meetings -o meetings.csv
  cat articles.jsonl | diplonews extract -f comtrade > trade.csv
  diplonews read dump.json --errors collect --rejects rejects.jsonl -o articles.jsonl
"""

_READ_EXAMPLES = """\
examples:
  diplonews read crawl/ -o articles.jsonl          a folder of crawled pages
  diplonews read 'crawl/*.txt' --id-from filename  ids from the file names
  cat dump.jsonl | diplonews read --errors skip    stdin; skip what cannot be read
"""

_EXTRACT_EXAMPLES = """\
examples:
  diplonews extract articles.jsonl -o results.jsonl
  diplonews extract crawl/ --id-from filename -f json -o results.json
  diplonews extract crawl/ -f csv -o tables/                  four tables in a folder
  diplonews extract crawl/ -f csv --table trade_records -o trade.csv
  diplonews extract dump.json --errors collect --rejects rejects.jsonl
  diplonews extract pk-news.jsonl --fiscal-calendars -o results.jsonl   FY2022-23 as July-June
"""


class _CliError(Exception):
    """A failure to report as ``Error: <message>`` with exit status 1."""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keep the examples' layout."""


class _Version(argparse.Action):
    """``--version``: the installed version, read only when asked.

    ``importlib.metadata`` takes longer to import than the rest of the command line
    before an article is read, and most runs never print the version.
    """

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings,
            dest,
            default=argparse.SUPPRESS,
            nargs=0,
            help="show program's version number and exit",
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        from importlib.metadata import version  # noqa: PLC0415 (keeps start-up fast)

        print(f"{parser.prog} {version('diplonews')}")
        parser.exit()


def _jobs_argument(text: str) -> int:
    """``--jobs N`` as :func:`diplonews.parallel.jobs_argument` reads it.

    The parallel machinery (``multiprocessing``) is imported only when an option
    or a run needs it.
    """
    from diplonews.parallel import jobs_argument  # noqa: PLC0415 (keeps start-up fast)

    return jobs_argument(text)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diplonews",
        description="Typed, evidence-backed records from English diplomatic news.",
        epilog=_EXAMPLES,
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add_reading_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "inputs",
            nargs="*",
            metavar="INPUT",
            help="input files, folders or glob patterns; - is stdin "
            "(default: stdin, when text is piped in)",
        )
        sub.add_argument(
            "--input-format",
            choices=_INPUT_FORMATS,
            default="auto",
            help="input format (default: auto, decided from the first 4 KB of each file)",
        )
        sub.add_argument(
            "--errors",
            choices=_ERROR_POLICIES,
            default=None,
            help="on an unreadable record: stop (raise, the default), skip it (skip), or "
            "also list every reject (collect); skip and collect exit 1 if anything "
            "was rejected",
        )
        sub.add_argument(
            "--rejects",
            metavar="FILE",
            help="write every reject (source, line, byte offset, reason) to FILE as "
            "JSON Lines; implies --errors collect",
        )
        sub.add_argument(
            "--id-from",
            choices=("record", "filename"),
            default="record",
            help="article ids from the records (default) or from the file names "
            "(one page per file: crawl/crawl-007.txt gives crawl-007)",
        )
        sub.add_argument("-o", "--output", default="-", help="output file; - is stdout (default)")
        sub.add_argument("-q", "--quiet", action="store_true", help="no progress display")

    read = commands.add_parser(
        "read",
        help="read articles, write them as JSON Lines",
        description="Read articles and write them as JSON Lines, one Article per line.",
        epilog=_READ_EXAMPLES,
        formatter_class=_Formatter,
    )
    add_reading_options(read)
    read.set_defaults(handler=_run_read)

    extract = commands.add_parser(
        "extract",
        help="extract meetings, agreements and trade records",
        description="Extract meetings, agreements and trade records from articles.",
        epilog=_EXTRACT_EXAMPLES,
        formatter_class=_Formatter,
    )
    add_reading_options(extract)
    extract.add_argument(
        "-f",
        "--format",
        choices=_OUTPUT_FORMATS,
        default="jsonl",
        help="output format (default: jsonl, one document per article); csv writes four "
        "tables into -o DIR/, or the one named by --table into -o FILE or stdout",
    )
    extract.add_argument(
        "--table",
        choices=_CSV_TABLES,
        help="with --format csv: write only this table, to -o FILE or stdout",
    )
    extract.add_argument(
        "--no-escape-formulas",
        dest="escape_formulas",
        action="store_false",
        help="csv and comtrade: write cells starting with = + - @ as they are "
        "(by default they get a ' in front, so that spreadsheets do not run them)",
    )
    extract.add_argument(
        "-j",
        "--jobs",
        type=_jobs_argument,
        metavar="N",
        help="worker processes (default: every core for inputs of 8 MB or more, else 1)",
    )
    extract.add_argument(
        "--fiscal-calendars",
        action="store_true",
        help="read a fiscal year that states no months (FY2022-23) on the government "
        "fiscal calendar of the story's state (by default such a trade figure is no record)",
    )
    extract.set_defaults(handler=_run_extract)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the output document",
        description="Print the JSON Schema of the per-article output document.",
    )
    schema.add_argument("-o", "--output", default="-", help="output file; - is stdout (default)")
    schema.set_defaults(handler=_run_schema)
    return parser


def _megabytes(count: int) -> str:
    return f"{count / 1e6:,.1f} MB"


class _Progress:
    r"""A ``\r`` status line on stderr, only on a terminal.

    Articles done and articles/s; with files to read, also the share of their
    bytes read and the time left at the rate so far.
    """

    def __init__(self, *, quiet: bool, report: ReadReport, total: int | None) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.report = report
        self.total = total
        self.count = 0
        self.started = time.monotonic()
        self.shown = self.started

    def wrap(self, items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            self.count += 1
            if self.enabled:
                now = time.monotonic()
                if now - self.shown >= _PROGRESS_INTERVAL:
                    self.shown = now
                    self._show(now)
            yield item

    def _show(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        noun = "article" if self.count == 1 else "articles"
        line = f"{self.count} {noun}, {self.count / elapsed:,.0f} articles/s"
        if self.total:
            done = min(self.report.bytes_read, self.total)
            line += f", {100 * done / self.total:.0f}% of {_megabytes(self.total)}"
            if done:
                left = round(elapsed * (self.total - done) / done)
                line += f", ETA {left // 3600}:{left // 60 % 60:02d}:{left % 60:02d}"
        sys.stderr.write(f"\r{line}\x1b[K")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled and self.count:
            self._show(time.monotonic())
            sys.stderr.write("\n")
            sys.stderr.flush()


def _input_files(inputs: Sequence[str]) -> list[str]:
    """The files the inputs name (folders and patterns expanded); checks that they exist."""
    from diplonews.readers import expand  # noqa: PLC0415 (keeps --help fast)

    files: list[str] = []
    for name in inputs:
        if name == "-":
            continue
        try:
            for path, _found in expand(name):
                with open(path, "rb"):
                    pass
                files.append(path)
        except OSError as exc:
            raise _CliError(f"cannot read {name!r}: {exc.strerror}") from None
    return files


def _check_not_an_input(name: str | None, files: Sequence[str], what: str) -> None:
    """Refuse to write over an input (it would be read while it is replaced)."""
    if name is None or name == "-" or not os.path.exists(name):
        return
    for path in files:
        if os.path.samefile(path, name):
            raise _CliError(f"refusing to write the {what} over the input {path!r}")


def _stdin() -> IO[bytes] | TextIO:
    """Standard input as bytes, so that each record is decoded (and checked) on its own."""
    buffer: IO[bytes] | None = getattr(sys.stdin, "buffer", None)
    return buffer if buffer is not None else sys.stdin


@contextlib.contextmanager
def _reading(name: str) -> Iterator[None]:
    """Reading input ``name``: a system or option error becomes a command-line error.

    The library's own errors (a record that cannot be read) pass as they are.
    """
    try:
        yield
    except OSError as exc:
        raise _CliError(f"cannot read {name!r}: {exc.strerror}") from None
    except ValueError as exc:
        if isinstance(exc, DiplonewsError):
            raise
        raise _CliError(str(exc)) from None


def _articles(args: argparse.Namespace, report: ReadReport) -> Iterator[Article]:
    """Every article of every input, in order (the inputs are read one after another)."""
    from diplonews.readers import read_articles  # noqa: PLC0415 (keeps --help fast)

    for name in args.inputs:
        source = _stdin() if name == "-" else name
        with _reading(name):
            yield from read_articles(
                source,
                input_format=args.input_format,
                errors=args.errors,
                report=report,
                id_from=args.id_from,
            )


def _pieces(args: argparse.Namespace, report: ReadReport) -> Iterator[Piece]:
    """:func:`_articles` for worker processes: every input cut into pieces, in order."""
    from diplonews.readers import split_input  # noqa: PLC0415 (keeps --help fast)

    for name in args.inputs:
        source = _stdin() if name == "-" else name
        with _reading(name):
            yield from split_input(
                source, input_format=args.input_format, report=report, id_from=args.id_from
            )


def _worker_reading(results: Iterator[Any]) -> Iterator[Any]:
    """The results of the workers; a file a worker cannot read is reported as an input error."""
    try:
        yield from results
    except OSError as exc:
        raise _CliError(f"cannot read {exc.filename!r}: {exc.strerror}") from None


@contextlib.contextmanager
def _output(name: str) -> Iterator[TextIO]:
    """Standard output, or the file ``name``, replaced only when the run succeeds."""
    from diplonews._files import atomic_output  # noqa: PLC0415 (keeps --help fast)

    if name == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        with atomic_output(name) as handle:
            yield handle
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        raise _CliError(f"cannot write {name!r}: {exc.strerror}") from None


class _Counted:
    """An iterator that counts what it yields."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = iter(items)
        self.count = 0

    def __iter__(self) -> Iterator[Any]:
        for item in self.items:
            self.count += 1
            yield item


def _report(args: argparse.Namespace, report: ReadReport, written: int, noun: str) -> int:
    """Print what was rejected and ignored; write the rejects file; the exit status."""
    if args.rejects is not None:
        with _output(args.rejects) as out:
            for reject in report.rejects:
                out.write(json.dumps(reject.to_dict(), ensure_ascii=True) + "\n")
    if not report.skipped and not report.ignored:
        return 0
    if args.errors == "collect" and args.rejects is None:
        for error in report.errors:
            print(f"rejected: {error}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    if not report.skipped:
        return 0
    total = report.read + report.skipped
    line = (
        f"{total} record{'' if total == 1 else 's'} in: {written} {noun}"
        f"{'' if written == 1 else 's'} out, {report.skipped} rejected"
    )
    if args.rejects is not None:
        line += f" (listed in {args.rejects})"
    print(line, file=sys.stderr)
    return 1


def _with_articles(
    args: argparse.Namespace,
    noun: str,
    write: Callable[[Iterator[Any]], int],
    read: Callable[[ReadReport], Iterator[Any]] | None = None,
) -> int:
    """Read every input and hand the articles to ``write``; report; the exit status.

    ``read``, when given, makes what ``write`` gets from the report to fill in
    (the documents of ``extract``); else ``write`` gets the articles.
    """
    from diplonews.readers import ReadReport  # noqa: PLC0415 (keeps --help fast)

    files = _input_files(args.inputs)
    _check_not_an_input(getattr(args, "output", None), files, "output")
    _check_not_an_input(args.rejects, files, "rejects")
    report = ReadReport()
    total = sum(os.path.getsize(path) for path in files) if "-" not in args.inputs else None
    progress = _Progress(quiet=args.quiet, report=report, total=total)
    try:
        items = _articles(args, report) if read is None else read(report)
        written = write(progress.wrap(items))
    finally:
        progress.finish()
    return _report(args, report, written, noun)


def _run_read(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    from diplonews.serialization import write_jsonl  # noqa: PLC0415 (keeps --help fast)

    def write(articles: Iterator[Article]) -> int:
        with _output(args.output) as out:
            return write_jsonl(articles, out)

    return _with_articles(args, "article", write)


def _write_json_array(texts: Iterable[str], out: TextIO) -> int:
    count = 0
    out.write("[")
    for text in texts:
        out.write(",\n" if count else "\n")
        out.write(text)
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _extract_documents(
    args: argparse.Namespace,
    report: ReadReport,
    jobs: int,
    then: Callable[[ArticleResult], Any] | None,
) -> Iterator[Any]:
    """The ``extract`` command's one map from the inputs to documents, in input order.

    The one place to change how documents are made. One job: read, extract
    (and apply ``then``) here. More: the workers read, extract and apply
    ``then`` (making the JSON text), and this process cuts the input.
    """
    from diplonews.parallel import extract_pieces, extract_read  # noqa: PLC0415 (fast --help)

    calendars: bool = args.fiscal_calendars
    if jobs <= 1:
        documents = extract_read(
            _articles(args, report), errors=args.errors, report=report, fiscal_calendars=calendars
        )
        return documents if then is None else map(then, documents)
    pieces = _pieces(args, report)
    results = extract_pieces(
        pieces, jobs, errors=args.errors, report=report, then=then, fiscal_calendars=calendars
    )
    return _worker_reading(results)


def _csv_folder(name: str) -> bool:
    """Whether ``-o NAME`` names a folder for the four CSV tables."""
    return os.path.isdir(name) or name.endswith(("/", os.sep)) or not Path(name).suffix


def _run_extract(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from diplonews.serialization import to_json, write_csv, write_csv_table  # noqa: PLC0415

    fmt: str = args.format
    if args.table is not None and fmt != "csv":
        parser.error("--table goes with --format csv")
    if fmt == "csv" and args.table is None:
        if args.output == "-" or not _csv_folder(args.output):
            where = "stdout" if args.output == "-" else repr(args.output)
            parser.error(
                f"--format csv to {where} writes one table: choose it with --table "
                f"({', '.join(_CSV_TABLES)}), or give a folder (-o DIR/) for all four"
            )
        if os.path.exists(args.output) and not os.path.isdir(args.output):
            parser.error(f"--format csv needs -o DIR, and {args.output!r} is not a directory")

    if args.jobs is None:
        from diplonews.parallel import default_jobs  # noqa: PLC0415 (keeps start-up fast)

        jobs: int = default_jobs(args.inputs)
    else:
        jobs = args.jobs
    # JSON text is made where the documents are (on the workers with --jobs).
    then = to_json if fmt in ("jsonl", "json") else None

    def read(report: ReadReport) -> Iterator[Any]:
        return _extract_documents(args, report, jobs, then)

    def write(items: Iterator[Any]) -> int:
        documents = _Counted(items)
        if fmt == "csv" and args.table is None:
            try:
                write_csv(documents, args.output, escape_formulas=args.escape_formulas)
            except OSError as exc:
                if isinstance(exc, BrokenPipeError):
                    raise
                raise _CliError(f"cannot write {args.output!r}: {exc.strerror}") from None
            return documents.count
        with _output(args.output) as out:
            if fmt == "jsonl":
                for text in documents:
                    out.write(text)
                    out.write("\n")
            elif fmt == "json":
                _write_json_array(documents, out)
            elif fmt == "csv":
                write_csv_table(documents, out, args.table, escape_formulas=args.escape_formulas)
            elif fmt == "plover":
                from diplonews.exports.plover import write_plover_jsonl  # noqa: PLC0415

                write_plover_jsonl(documents, out)
            else:
                from diplonews.exports.comtrade import write_comtrade_csv  # noqa: PLC0415

                write_comtrade_csv(documents, out, escape_formulas=args.escape_formulas)
        return documents.count

    return _with_articles(args, "document", write, read)


def _run_schema(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    from diplonews.exports.schema import document_schema  # noqa: PLC0415 (keeps --help fast)

    with _output(args.output) as out:
        out.write(json.dumps(document_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0


def _message(exc: DiplonewsError) -> str:
    """One line for any diplonews error (a ParseError's own str spans three)."""
    if isinstance(exc, ParseError) and not isinstance(exc, ArticleParseError):
        return f"{exc.message}: {exc.text!r}"
    return str(exc)


def _prepare(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Defaults that depend on other options or on standard input."""
    if not hasattr(args, "inputs"):
        return
    if args.errors is None:
        args.errors = "collect" if args.rejects is not None else "raise"
    elif args.rejects is not None and args.errors == "raise":
        parser.error("--rejects goes with --errors skip or collect")
    if not args.inputs:
        if sys.stdin is None or sys.stdin.isatty():
            parser.error("no input: name files, folders or patterns, or pipe text in")
        args.inputs = ["-"]
    if args.id_from == "filename" and "-" in args.inputs:
        parser.error("--id-from filename needs files: standard input has no file name")


def _silence_stdout() -> None:
    """Point stdout at devnull, so that the interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``diplonews`` command line; return the exit status.

    Args:
        argv: the arguments after the program name (default: ``sys.argv[1:]``).

    Returns:
        0 on success; 1 when an input cannot be read or parsed, when records
        were rejected under ``--errors skip|collect``, or when the output
        cannot be written; 2 for usage errors; 130 when interrupted.

    >>> from diplonews.cli import main
    >>> main(["extract", "--format", "xml", "in.jsonl"])
    2
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 0
        _prepare(args, parser)
        handler: Callable[[argparse.Namespace, argparse.ArgumentParser], int] = args.handler
        status = handler(args, parser)
        sys.stdout.flush()
        return status
    except SystemExit as exc:  # argparse: usage errors (2), --help and --version (0)
        return exc.code if isinstance(exc.code, int) else 1
    except (DiplonewsError, _CliError) as exc:
        message = _message(exc) if isinstance(exc, DiplonewsError) else str(exc)
        print(f"Error: {message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`diplonews extract ... | head`): that is how pipes end.
        _silence_stdout()
        return 0
    except OSError as exc:  # writing to standard output failed (a full disk)
        _silence_stdout()
        where = repr(exc.filename) if exc.filename else "to standard output"
        print(f"Error: cannot write {where}: {exc.strerror}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return 130
