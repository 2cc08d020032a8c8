"""No passage of a corpus text in the repository: fixtures, examples, comments and rows are ours.

The texts of ``../shared/corpus`` (``articles.jsonl`` and ``crawled/*.txt``) belong to their
publishers. They are read at run time, like the score tests read them, and never copied here;
where ``../shared`` is absent the test skips and says why. A file of ``src/``, ``tests/``
(save ``tests/pages`` and ``tests/holdout``, pages written for the project and kept
unopened), ``docs/*.md``, ``examples/`` or ``README.md`` fails the test when it shares a run
of ten words with a corpus text. Words are runs of ``[A-Za-z0-9$%.,'’-]``, lower-cased and
stripped of ``.`` and ``,``. Nothing is written to disk.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
RUN = 10
_WORD = re.compile(r"[A-Za-z0-9$%.,'’-]+")
_SKIPPED = (("tests", "pages"), ("tests", "holdout"))


def words(text: str) -> list[str]:
    """The text's words, lower-cased and stripped of ``.`` and ``,``."""
    return [w.lower().strip(".,") for w in _WORD.findall(text)]


def runs(text: str, size: int = RUN) -> set[str]:
    """Every run of ``size`` consecutive words of the text, joined by single spaces."""
    w = words(text)
    return {" ".join(w[i : i + size]) for i in range(len(w) - size + 1)}


def corpus_texts(corpus: Path) -> Iterator[str]:
    """The article texts of ``corpus/articles.jsonl`` and the pages of ``corpus/crawled``."""
    articles = corpus / "articles.jsonl"
    if articles.is_file():
        with articles.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield json.loads(line).get("text") or ""
    for page in sorted((corpus / "crawled").glob("*.txt")):
        yield page.read_text(encoding="utf-8")


def corpus_runs(corpus: Path, size: int = RUN) -> set[str]:
    """The runs of ``size`` words of every corpus text."""
    found: set[str] = set()
    for text in corpus_texts(corpus):
        found |= runs(text, size)
    return found


def our_files(root: Path) -> Iterator[Path]:
    """The repository's own files.

    Those of src/, tests/ (no pages, no holdout), examples/, docs/*.md and README.md.
    """
    for top in ("src", "tests", "examples"):
        for path in sorted((root / top).rglob("*")):
            parts = path.relative_to(root).parts
            if "__pycache__" in parts or any(parts[:2] == skip for skip in _SKIPPED):
                continue
            if path.is_file():
                yield path
    yield from sorted((root / "docs").glob("*.md"))
    if (root / "README.md").is_file():
        yield root / "README.md"


def shared_runs(
    root: Path, corpus: Path, size: int = RUN, files: Iterable[Path] | None = None
) -> list[tuple[str, str]]:
    """Each run of ``size`` words a file of ``root`` shares with the corpus.

    As (file relative to ``root``, run); files that are not UTF-8 text are passed over.
    """
    known = corpus_runs(corpus, size)
    hits: list[tuple[str, str]] = []
    for path in our_files(root) if files is None else files:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        hits.extend(
            (path.relative_to(root).as_posix(), run) for run in sorted(runs(text, size) & known)
        )
    return hits


def test_no_file_shares_a_ten_word_run_with_a_corpus_text() -> None:
    """No file of ours repeats ten words in a row of a publisher's text."""
    if not (CORPUS / "articles.jsonl").is_file() and not (CORPUS / "crawled").is_dir():
        pytest.skip(f"the corpus is absent under {CORPUS}: nothing to compare our files with")
    hits = shared_runs(ROOT, CORPUS)
    assert not hits, "corpus text in the repository (reword it in our own words):\n" + "\n".join(
        f"  {path}: {run!r}" for path, run in hits
    )


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


_INVENTED = (
    "The ferry from Porto Lume to the island of Vessa runs twice a week in summer, "
    "and the harbour master says a third crossing may be added next year."
)


def test_the_check_finds_an_invented_corpus_sentence(tmp_path: Path) -> None:
    """An invented corpus: a file holding one of its sentences is named with a run it shares.

    Pages, holdouts, other folders, non-text files and overlaps under ten words are not.
    """
    corpus = _tree(
        tmp_path / "corpus",
        {
            "articles.jsonl": json.dumps({"id": "a1", "text": _INVENTED}) + "\n",
            "crawled/p1.txt": "Nine words here are far too few to make a run.",
        },
    )
    sentence = "# " + _INVENTED.split(",", maxsplit=1)[0].upper() + ", ok\n"
    root = _tree(
        tmp_path / "repo",
        {
            "src/pkg/mod.py": "x = 1\n" + sentence,
            "tests/test_x.py": '"""The ferry runs twice a week."""\n',
            "tests/pages/b1.txt": _INVENTED,
            "tests/holdout/h1.txt": _INVENTED,
            "docs/guide.md": "Nine words here are far too few to make.\n",
            "docs/deep/notes.md": _INVENTED,
            "other/copy.txt": _INVENTED,
            "README.md": "A short text of our own.\n",
        },
    )
    (root / "examples").mkdir()
    (root / "examples" / "blob.bin").write_bytes(b"\xff\xfe\x00" + _INVENTED.encode("utf-16"))
    hits = shared_runs(root, corpus)
    assert {path for path, _ in hits} == {"src/pkg/mod.py"}
    assert ("src/pkg/mod.py", "ferry from porto lume to the island of vessa runs") in hits


def test_the_check_fails_on_a_copy_given_a_real_corpus_sentence(tmp_path: Path) -> None:
    """A README holding a sentence of the real corpus is caught (the copy lives in tmp_path)."""
    if not (CORPUS / "articles.jsonl").is_file():
        pytest.skip(f"the corpus is absent under {CORPUS}")
    text = next(t for t in corpus_texts(CORPUS) if len(words(t)) >= 3 * RUN)
    quoted = " ".join(_WORD.findall(text)[RUN : 2 * RUN + 2])
    root = _tree(tmp_path, {"README.md": f"Our intro.\n\n{quoted}\n"})
    hits = shared_runs(root, CORPUS)
    assert hits
    assert all(path == "README.md" for path, _ in hits)
