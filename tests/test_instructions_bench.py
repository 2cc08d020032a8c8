"""``benchmarks/instructions.py`` reads callgrind's report and refuses what it cannot measure.

The script runs valgrind twice (minutes), so the suite tests its parts: the reading of a
``callgrind_annotate`` line and the refusals, never a measurement. Lines are invented.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "instructions.py"


def _script() -> Any:
    spec = importlib.util.spec_from_file_location("instructions_bench", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("line", "count", "name"),
    [
        (
            "2,236,000 (12.7%)  /tmp/python-build.1/Python-3.11.7/./Modules/_sre/sre_lib.h:"
            "sre_ucs2_match [/usr/lib/libpython3.11.so.1.0]",
            2236000,
            "Modules/_sre/sre_lib.h:sre_ucs2_match",
        ),
        (
            "9,987,301,199 (100.0%)  PROGRAM TOTALS",
            9987301199,
            "PROGRAM TOTALS",
        ),
        (
            "   78,416 ( 0.79%)  ./string/memmove.S:__memcpy [libc.so.6]",
            78416,
            "./string/memmove.S:__memcpy",
        ),
    ],
    ids=["engine-function", "totals", "libc-function"],
)
def test_reads_a_line_of_the_report(line: str, count: int, name: str) -> None:
    """A count with thousands separators and a function name without its build folder."""
    script = _script()
    found = script._LINE.match(line)
    assert found is not None
    assert int(found.group(1).replace(",", "")) == count
    assert script._BUILD.sub("", found.group(2)) == name


def test_header_lines_are_not_counted() -> None:
    """The report's header and rules hold no count."""
    script = _script()
    for line in ("Events recorded:  Ir", "-" * 80, "Ir                    file:function"):
        assert script._LINE.match(line) is None


def test_refuses_an_empty_sample(capsys: pytest.CaptureFixture[str]) -> None:
    """``--sample 0`` would divide by zero: a message and status 1, no valgrind run."""
    assert _script().main(["--sample", "0"]) == 1
    out = capsys.readouterr().out
    expected = (
        "--sample must be at least 1"
        if shutil.which("valgrind") and shutil.which("callgrind_annotate")
        else "valgrind (with callgrind_annotate) is not installed: nothing to measure"
    )
    assert expected in out
