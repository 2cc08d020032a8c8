"""Shared fixtures and the hypothesis profile.

``tests/`` is on ``sys.path`` (``pythonpath`` in pyproject.toml) so test modules can
``from strategies import ...``. Hypothesis keeps no example database: tests write
only to temporary folders.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Tests write only to temporary folders: no compiled-pattern cache in the user's home
# (the tests of diplonews._regex_cache give it a folder of their own).
os.environ.setdefault("DIPLONEWS_REGEX_CACHE", "off")

#: The corpus and the gold answers live beside the repository, never inside it.
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

settings.register_profile("ci", deadline=None, max_examples=100, derandomize=True, database=None)
settings.register_profile("dev", deadline=None, max_examples=30, database=None)
# The long fuzz run for maintainers (issue 11): random seeds, many more examples.
settings.register_profile(
    "fuzz",
    deadline=None,
    max_examples=int(os.environ.get("DIPLONEWS_FUZZ_EXAMPLES", "5000")),
    database=None,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``shared`` folder beside the repository (corpus, gold); skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (corpus and gold are read at run time)")
    return SHARED
