"""The ``diplonews`` command: read articles, extract records, print the schema.

Usage::

    diplonews read INPUT... [-o OUT] [--input-format auto|crawl|json|jsonl]
                            [--errors raise|skip|collect] [--quiet]
    diplonews extract INPUT... [-o OUT] [--format jsonl|json|csv|plover|comtrade]
                               [--input-format ...] [--errors ...] [--quiet]
    diplonews schema [-o OUT]

``-`` as an input reads standard input; ``-o`` defaults to standard output
(``--format csv`` writes a directory of tables and needs ``-o DIR``).

Exit status: 0 on success; 1 when an input cannot be read or parsed (one line
``Error: ...`` on standard error); 2 for usage errors.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from diplonews.errors import ArticleParseError, DiplonewsError, ParseError

if TYPE_CHECKING:
    from diplonews.models import Article
    from diplonews.readers import ReadReport

__all__ = ["main"]

_INPUT_FORMATS = ("auto", "crawl", "json", "jsonl")
_ERROR_POLICIES = ("raise", "skip", "collect")
_OUTPUT_FORMATS = ("jsonl", "json", "csv", "plover", "comtrade")

#: Seconds between two refreshes of the progress line.
_PROGRESS_INTERVAL = 0.2


class _CliError(Exception):
    """A failure to report as ``Error: <message>`` with exit status 1."""


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diplonews",
        description="Typed, evidence-backed records from English diplomatic news.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('diplonews')}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add_reading_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("inputs", nargs="+", metavar="INPUT", help="input files; - is stdin")
        sub.add_argument(
            "--input-format",
            choices=_INPUT_FORMATS,
            default="auto",
            help="input format (default: auto, decided from the first 4 KB)",
        )
        sub.add_argument(
            "--errors",
            choices=_ERROR_POLICIES,
            default="raise",
            help="on an unreadable article: stop (raise, the default), skip it and "
            "summarise (skip), or also list every error (collect)",
        )
        sub.add_argument("-o", "--output", default="-", help="output file; - is stdout (default)")
        sub.add_argument("-q", "--quiet", action="store_true", help="no progress display")

    read = commands.add_parser("read", help="read articles, write them as JSON Lines")
    add_reading_options(read)
    read.set_defaults(handler=_run_read)

    extract = commands.add_parser("extract", help="extract meetings, agreements and trade records")
    add_reading_options(extract)
    extract.add_argument(
        "-f",
        "--format",
        choices=_OUTPUT_FORMATS,
        default="jsonl",
        help="output format (default: jsonl, one result per article; csv needs -o DIR)",
    )
    extract.set_defaults(handler=_run_extract)

    schema = commands.add_parser("schema", help="print the JSON Schema of the output document")
    schema.add_argument("-o", "--output", default="-", help="output file; - is stdout (default)")
    schema.set_defaults(handler=_run_schema)
    return parser


class _Progress:
    r"""A ``\r`` status line on stderr (articles done, articles/s), only on a terminal."""

    def __init__(self, *, quiet: bool) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.count = 0
        self.started = time.monotonic()
        self.shown = self.started

    def wrap(self, items: Iterable[Article]) -> Iterator[Article]:
        for item in items:
            self.count += 1
            if self.enabled:
                now = time.monotonic()
                if now - self.shown >= _PROGRESS_INTERVAL:
                    self.shown = now
                    self._show(now)
            yield item

    def _show(self, now: float) -> None:
        rate = self.count / max(now - self.started, 1e-9)
        noun = "article" if self.count == 1 else "articles"
        sys.stderr.write(f"\r{self.count} {noun}, {rate:,.0f} articles/s")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled and self.count:
            self._show(time.monotonic())
            sys.stderr.write("\n")
            sys.stderr.flush()


def _check_readable(inputs: Sequence[str]) -> None:
    for name in inputs:
        if name == "-":
            continue
        try:
            with open(name, "rb"):
                pass
        except OSError as exc:
            raise _CliError(f"cannot read {name!r}: {exc.strerror}") from None
        if os.path.isdir(name):
            raise _CliError(f"cannot read {name!r}: Is a directory")


def _articles(args: argparse.Namespace, report: ReadReport) -> Iterator[Article]:
    """Every article of every input, in order (the inputs are read one after another)."""
    from diplonews.readers import read_articles  # noqa: PLC0415 (keeps --help fast)

    for name in args.inputs:
        source: str | TextIO = sys.stdin if name == "-" else name
        try:
            yield from read_articles(
                source, input_format=args.input_format, errors=args.errors, report=report
            )
        except UnicodeDecodeError as exc:
            raise _CliError(f"cannot read {name!r}: not UTF-8 text ({exc.reason})") from None
        except OSError as exc:
            raise _CliError(f"cannot read {name!r}: {exc.strerror}") from None


@contextlib.contextmanager
def _output(name: str) -> Iterator[TextIO]:
    if name == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        handle = open(name, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise _CliError(f"cannot write {name!r}: {exc.strerror}") from None
    with handle:
        yield handle


def _report_skipped(args: argparse.Namespace, report: ReadReport) -> None:
    if not report.skipped:
        return
    if args.errors == "collect":
        for error in report.errors:
            print(f"skipped: {error}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)


def _with_articles(args: argparse.Namespace, write: Callable[[Iterator[Article]], object]) -> int:
    from diplonews.readers import ReadReport  # noqa: PLC0415 (keeps --help fast)

    _check_readable(args.inputs)
    report = ReadReport()
    progress = _Progress(quiet=args.quiet)
    try:
        write(progress.wrap(_articles(args, report)))
    finally:
        progress.finish()
    _report_skipped(args, report)
    return 0


def _run_read(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    from diplonews.serialization import write_jsonl  # noqa: PLC0415 (keeps --help fast)

    def write(articles: Iterator[Article]) -> None:
        with _output(args.output) as out:
            write_jsonl(articles, out)

    return _with_articles(args, write)


def _write_json_array(items: Iterable[Any], out: TextIO) -> int:
    from diplonews.serialization import to_json  # noqa: PLC0415 (keeps --help fast)

    count = 0
    out.write("[")
    for item in items:
        out.write(",\n" if count else "\n")
        out.write(to_json(item))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _run_extract(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from diplonews.extract import extract_all  # noqa: PLC0415 (keeps --help fast)
    from diplonews.serialization import write_csv, write_jsonl  # noqa: PLC0415

    fmt: str = args.format
    if fmt == "csv":
        directory = Path(args.output)
        if args.output == "-":
            parser.error("--format csv writes one table per record type: give -o DIR")
        if directory.exists() and not directory.is_dir():
            parser.error(f"--format csv needs -o DIR, and {args.output!r} is not a directory")

    def write(articles: Iterator[Article]) -> None:
        results = extract_all(articles)
        if fmt == "csv":
            try:
                write_csv(results, Path(args.output))
            except OSError as exc:
                raise _CliError(f"cannot write {args.output!r}: {exc.strerror}") from None
            return
        with _output(args.output) as out:
            if fmt == "jsonl":
                write_jsonl(results, out)
            elif fmt == "json":
                _write_json_array(results, out)
            elif fmt == "plover":
                from diplonews.exports.plover import write_plover_jsonl  # noqa: PLC0415

                write_plover_jsonl(results, out)
            else:
                from diplonews.exports.comtrade import write_comtrade_csv  # noqa: PLC0415

                write_comtrade_csv(results, out)

    return _with_articles(args, write)


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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``diplonews`` command line; return the exit status.

    Args:
        argv: the arguments after the program name (default: ``sys.argv[1:]``).

    Returns:
        0 on success, 1 when an input cannot be read or parsed, 2 for usage errors.

    >>> main(["extract", "--format", "xml", "in.jsonl"])
    2
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
        handler: Callable[[argparse.Namespace, argparse.ArgumentParser], int] = args.handler
        return handler(args, parser)
    except SystemExit as exc:  # argparse: usage errors (2), --help and --version (0)
        return exc.code if isinstance(exc.code, int) else 1
    except (DiplonewsError, _CliError) as exc:
        message = _message(exc) if isinstance(exc, DiplonewsError) else str(exc)
        print(f"Error: {message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`diplonews extract ... | head`): stop quietly, and point
        # stdout at devnull so the interpreter's final flush does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
