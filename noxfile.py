"""Developer sessions: ``nox -s tests lint typing docs`` (CI runs the same steps in .ci/run)."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The test suite, doctests and coverage gate (the README's test command)."""
    session.install("-e", ".[test,pandas,dask]")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def property(session: nox.Session) -> None:
    """The hypothesis property tests with many more examples than CI runs."""
    session.install("-e", ".[test,pandas,dask]")
    session.run(
        "python", "-m", "pytest", "-k", "hypothesis or property", "--no-cov",
        env={"HYPOTHESIS_PROFILE": "dev"},
    )  # fmt: skip


@nox.session
def fuzz(session: nox.Session) -> None:
    """The fuzz suite's long run: random seeds, 5,000 examples a test (DIPLONEWS_FUZZ_EXAMPLES)."""
    session.install("-e", ".[test,pandas]")
    session.run(
        "python", "-m", "pytest", *(session.posargs or ["tests/test_fuzz_extractors.py",
        "tests/test_fuzz_readers.py", "tests/test_fuzz_writers.py"]), "--no-cov",
        "--hypothesis-show-statistics", env={"HYPOTHESIS_PROFILE": "fuzz"},
    )  # fmt: skip


@nox.session
def lint(session: nox.Session) -> None:
    """Lint and format check with ruff."""
    session.install("ruff")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typing(session: nox.Session) -> None:
    """Type check src and tests with mypy --strict."""
    session.install("mypy", "types-python-dateutil", "pandas-stubs", "-e", ".[test,pandas]")
    session.run("mypy", "--strict")


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation site (warnings are errors) and its doctests."""
    session.install("-e", ".[docs]")
    session.run("sphinx-build", "-n", "-W", "-b", "html", "docs", "docs/_build/html")
    session.run("sphinx-build", "-n", "-W", "-b", "doctest", "docs", "docs/_build/doctest")


@nox.session
def benchmark(session: nox.Session) -> None:
    """Throughput on the shared corpus (articles/s and MB/s, one core)."""
    session.install("-e", ".")
    session.run("python", "benchmarks/throughput.py", *session.posargs)
