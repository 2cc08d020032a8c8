"""Shared fixtures and the hypothesis profile.

``tests/`` is put on ``sys.path`` so test modules can ``from strategies import ...``
(``--import-mode=importlib`` does not do it for us).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

#: The corpus and the gold answers live beside the repository, never inside it.
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

settings.register_profile("ci", deadline=None, max_examples=100, derandomize=True)
settings.register_profile("dev", deadline=None, max_examples=30)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``shared`` folder beside the repository (corpus, gold); skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (corpus and gold are read at run time)")
    return SHARED
