"""Inputs cut into pieces for worker processes: read back, they give what read_articles reads."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews import Article
from diplonews.readers import (
    FilePiece,
    LineBlock,
    Piece,
    ReadPiece,
    ReadReport,
    Reject,
    read_articles,
    read_piece,
    split_input,
)

# Invented records: good ones, and each kind of line the JSON Lines reader rejects.
GOOD = (
    b'{"id": "r1", "published": "2023-02-14", "text": "The envoys of Chile and Peru met."}',
    b'{"id": "r2", "text": "Exports to Norway rose to $3 million."}',
    '{"id": "r3", "text": "Talks in Tbilisi \u2013 on Friday."}'.encode(),
)
BAD = (
    b"[1, 2]",  # not an object
    b'{"id": "x", "text": ',  # invalid JSON
    b'{"id": "y"}',  # no body
    b'{"id": "z", "text": "Bad \xff byte."}',  # not UTF-8
    b'{"id": "w", "text": "Talks.", "published": "someday"}',  # bad date
)
LINE_ENDS = (b"\n", b"\r\n", b"\r")


def _read_whole(data: bytes) -> tuple[list[Article], list[Reject]]:
    """What read_articles reads from JSON Lines ``data`` (the reference)."""
    report = ReadReport()
    stream = io.BytesIO(data)
    articles = list(read_articles(stream, input_format="jsonl", errors="collect", report=report))
    return articles, report.rejects


def _read_pieces(data: bytes, block_size: int) -> tuple[list[Article], list[Reject], list[Piece]]:
    """What the pieces of JSON Lines ``data`` give, read one after the other."""
    stream = io.BytesIO(data)
    pieces = list(split_input(stream, input_format="jsonl", block_size=block_size))
    items = [item for piece in pieces for item in read_piece(piece)]
    articles = [item for item in items if isinstance(item, Article)]
    rejects = [item for item in items if isinstance(item, Reject)]
    return articles, rejects, pieces


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(st.sampled_from((*GOOD, *BAD, b"", b"   ")), max_size=25),
    ends=st.lists(st.sampled_from(LINE_ENDS), min_size=25, max_size=25),
    bom=st.booleans(),
    last_end=st.booleans(),
    block_size=st.integers(min_value=1, max_value=400),
)
def test_pieces_read_as_the_whole_input(
    lines: list[bytes],
    ends: list[bytes],
    bom: bool,
    last_end: bool,
    block_size: int,
) -> None:
    """Any lines, line ends, BOM, block size: the same articles and rejects, at the same places."""
    data = b"".join(line + end for line, end in zip(lines, ends, strict=False))
    if lines and not last_end:
        data = data[: -len(ends[len(lines) - 1])]
    data = (b"\xef\xbb\xbf" if bom else b"") + data
    expected_articles, expected_rejects = _read_whole(data)
    articles, rejects, pieces = _read_pieces(data, block_size)
    assert articles == expected_articles
    assert rejects == expected_rejects
    assert all(isinstance(piece, LineBlock) for piece in pieces)


@pytest.mark.parametrize(
    ("lines", "block_size", "starts"),
    [
        ([GOOD[0]] * 4, 1, [1, 2, 3, 4]),
        ([GOOD[0]] * 4, len(GOOD[0]) + 2, [1, 3]),
        ([GOOD[0]] * 4, 10_000, [1]),
        ([GOOD[0], b"", b"", GOOD[1]], 1, [1, 2, 3, 4]),
    ],
    ids=["a-line-a-block", "two-lines-a-block", "one-block", "blank-lines-count"],
)
def test_blocks_start_at_the_line_they_hold(
    lines: list[bytes], block_size: int, starts: list[int]
) -> None:
    """A block ends at the first line end after block_size bytes and knows its first line."""
    data = b"".join(line + b"\n" for line in lines)
    pieces = list(split_input(io.BytesIO(data), block_size=block_size))
    assert [piece.line for piece in pieces if isinstance(piece, LineBlock)] == starts
    assert b"".join(piece.data for piece in pieces if isinstance(piece, LineBlock)) == data


def test_a_bad_line_is_named_by_its_line_and_byte_offset() -> None:
    """A reject in the third block names its line in the input and its byte in the file."""
    data = GOOD[0] + b"\n" + GOOD[1] + b"\n" + BAD[3] + b"\n"
    _, rejects, _ = _read_pieces(data, 1)
    (reject,) = rejects
    assert (reject.line, reject.byte_offset) == (3, data.index(b"\xff"))
    assert reject.reason == "not UTF-8 text (byte 0xFF cannot be decoded)"


def test_small_files_go_by_name_json_lines_in_blocks(tmp_path: Path) -> None:
    """A page smaller than a block is passed by its name; JSON Lines is cut into blocks."""
    small = tmp_path / "small.txt"
    small.write_text(" date 2022-03-01\n\nTalks in Oslo.\n", encoding="utf-8")
    large = tmp_path / "large.jsonl"
    large.write_bytes((GOOD[1] + b"\n") * 2000)
    pieces = list(split_input([str(small), str(large)], block_size=20_000))
    assert pieces[0] == FilePiece(str(small), "crawl")
    assert {type(piece) for piece in pieces[1:]} == {LineBlock}
    assert len(pieces) > 2
    articles = [item for piece in pieces for item in read_piece(piece)]
    assert articles == list(read_articles([small, large]))


def test_crawled_folder_with_ids_from_file_names(tmp_path: Path) -> None:
    """A folder of pages: one piece per page (ids from the names), other files ignored."""
    (tmp_path / "page-b.txt").write_text(" date 2022-03-01\n\nTalks in Oslo.\n", encoding="utf-8")
    (tmp_path / "page-a.txt").write_text(" date 2022-03-02\n\nA visit.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# Notes\n", encoding="utf-8")
    report = ReadReport()
    pieces = list(split_input(str(tmp_path), id_from="filename", report=report))
    assert [type(piece) for piece in pieces] == [FilePiece, FilePiece]
    articles = [a for piece in pieces for a in read_piece(piece) if isinstance(a, Article)]
    assert [a.id for a in articles] == ["page-a", "page-b"]
    assert [Path(name).name for name, _ in report.ignored] == ["notes.md"]


@pytest.mark.parametrize(
    ("data", "options"),
    [
        (b"[" + b", ".join([GOOD[0], GOOD[1]] * 200) + b"]", {}),  # a large JSON array
        ((GOOD[0] + b"\n") * 300, {"id_from": "filename"}),  # ids from the file name
        ((b" date 2022-03-01\n\nTalks in Oslo.\n" + b"-" * 3 + b"\n") * 1000, {}),  # crawl
    ],
    ids=["json-array", "jsonl-ids-from-name", "crawled-pages"],
)
def test_other_large_inputs_are_read_here(
    data: bytes, options: dict[str, str], tmp_path: Path
) -> None:
    """What cannot be cut into lines is read here, in chunks, as read_articles reads it."""
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    pieces = list(split_input(str(path), block_size=1000, **options))  # type: ignore[arg-type]
    assert {type(piece) for piece in pieces} == {ReadPiece}
    articles = [item for piece in pieces for item in read_piece(piece)]
    assert articles == list(read_articles(path, **options))  # type: ignore[arg-type]
    assert len(articles) > 1


def test_text_streams_are_read_here() -> None:
    """A text stream (no bytes to cut) is read in this process."""
    stream = io.StringIO(json.dumps({"id": "t1", "text": "Talks."}) + "\n")
    (piece,) = split_input(stream)
    assert isinstance(piece, ReadPiece)
    assert [a.id for a in read_piece(piece) if isinstance(a, Article)] == ["t1"]


def test_bytes_read_counts_files_only(tmp_path: Path) -> None:
    """bytes_read ends at the size of the files read; a stream is not counted."""
    path = tmp_path / "in.jsonl"
    path.write_bytes((GOOD[0] + b"\n") * 500)
    report = ReadReport()
    list(split_input([str(path), io.BytesIO(GOOD[1] + b"\n")], report=report, block_size=5000))
    assert report.bytes_read == path.stat().st_size


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"input_format": "xml"}, "unknown input format 'xml'"),
        ({"id_from": "title"}, "unknown id source 'title'"),
    ],
)
def test_bad_options(options: dict[str, str], message: str) -> None:
    """Unknown options are refused as read_articles refuses them."""
    with pytest.raises(ValueError, match=message):
        list(split_input(io.BytesIO(b""), **options))  # type: ignore[arg-type]
