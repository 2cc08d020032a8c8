"""Paths or open files: how every diplonews reader and writer takes its input and output.

Readers and writers take a path (``str`` or :class:`os.PathLike`) or an open
text stream, as pandas does. A path written to is replaced only when the
writing succeeded: the data go to a temporary file beside it, which is then
renamed over it (see :func:`atomic_output`).

The module also holds the few text rules every writer shares: lone surrogates
(which UTF-8 cannot encode) are escaped in JSON and replaced in CSV, and CSV
cells that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from typing import TextIO

from diplonews import _regex as re

__all__ = [
    "PathOrText",
    "atomic_output",
    "csv_text",
    "escape_formula",
    "json_text",
    "open_input",
    "open_output",
    "stream_name",
    "unescape_formula",
]

#: A path to a file, or a text stream already open.
PathOrText = str | os.PathLike[str] | TextIO

_SURROGATE = re.compile("[\ud800-\udfff]")
# A cell a spreadsheet would run: it starts with '=', '+', '-', '@', a tab or a carriage
# return, after any number of quotes (so that escaping can be undone without ambiguity).
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED_FORMULA = re.compile(r"'+[=+\-@\t\r]")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\Z")


def stream_name(stream: object, default: str = "<stdin>") -> str:
    """The name of an open stream for messages: its ``name`` when that is a string.

    >>> import io
    >>> stream_name(io.StringIO())
    '<stdin>'
    """
    name = getattr(stream, "name", None)
    return name if isinstance(name, str) else default


@contextlib.contextmanager
def open_input(source: PathOrText, *, newline: str | None = None) -> Iterator[tuple[TextIO, str]]:
    """Open a path as UTF-8 text (or take an open stream as it is); give it and its name.

    >>> import io
    >>> with open_input(io.StringIO("x")) as (stream, name):
    ...     stream.read(), name
    ('x', '<stdin>')
    """
    if isinstance(source, str | os.PathLike):
        name = os.fspath(source)
        with open(name, encoding="utf-8", newline=newline) as stream:
            yield stream, name
    else:
        yield source, stream_name(source)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], *, newline: str | None = "") -> Iterator[TextIO]:
    """Write a UTF-8 text file all at once: into a temporary file beside it, renamed on success.

    A run that fails half way (an exception, a full disk) leaves an existing
    file as it was and no partial file behind. A path that is not a regular
    file (``/dev/stdout``, a named pipe) is written directly. The new file gets
    the old file's permissions, or the usual ones (``0o666`` less the umask).

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     target = pathlib.Path(tmp, "out.txt")
    ...     with atomic_output(target) as out:
    ...         _ = out.write("done")
    ...     target.read_text(), sorted(p.name for p in target.parent.iterdir())
    ('done', ['out.txt'])
    """
    name = os.path.realpath(os.fspath(path))
    if os.path.exists(name) and not os.path.isfile(name):
        with open(name, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
        return
    directory, base = os.path.split(name)
    mode = os.stat(name).st_mode & 0o7777 if os.path.exists(name) else 0o666
    while True:
        temp = os.path.join(directory, f".{base}.{secrets.token_hex(4)}.tmp")
        try:
            # O_EXCL: never follow or reuse another file; mode 0o666 is reduced by the umask.
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:  # pragma: no cover (a 32-bit random name taken)
            continue
        break
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
        if os.path.exists(name):
            os.chmod(temp, mode)
        os.replace(temp, name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


@contextlib.contextmanager
def open_output(target: PathOrText, *, newline: str | None = "") -> Iterator[TextIO]:
    """A path is written through :func:`atomic_output`; an open stream is used as it is."""
    if isinstance(target, str | os.PathLike):
        with atomic_output(target, newline=newline) as stream:
            yield stream
    else:
        yield target


def json_text(text: str) -> str:
    r"""JSON text with any lone surrogate written as a ``\uXXXX`` escape (UTF-8 cannot hold one).

    Only for text :func:`json.dumps` wrote with ``ensure_ascii=False``, where
    such a character can only stand inside a string.

    >>> json_text('{"title": "a\ud800b"}')
    '{"title": "a\\ud800b"}'
    """
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def csv_text(text: str) -> str:
    r"""A CSV cell with any lone surrogate replaced by U+FFFD (UTF-8 cannot hold one).

    >>> csv_text("a\udce9b")
    'a�b'
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def escape_formula(cell: str) -> str:
    """A cell a spreadsheet would run as a formula, with a ``'`` in front, numbers left as they are.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
    (after any quotes) gets one more quote in front; :func:`unescape_formula`
    takes it off again, so the escaping is lossless.

    >>> escape_formula("=HYPERLINK(1)"), escape_formula("-5"), escape_formula("'=x")
    ("'=HYPERLINK(1)", '-5', "''=x")
    """
    if cell and _FORMULA.match(cell) and not _NUMBER.match(cell):
        return "'" + cell
    return cell


def unescape_formula(cell: str) -> str:
    """Undo :func:`escape_formula`.

    >>> unescape_formula("'=HYPERLINK(1)"), unescape_formula("'quoted")
    ('=HYPERLINK(1)', "'quoted")
    """
    return cell[1:] if _ESCAPED_FORMULA.match(cell) else cell
