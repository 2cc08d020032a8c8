"""Doctests of the package: a module of an optional extra is skipped when the extra is absent."""

from __future__ import annotations

import importlib.util

#: Paths (relative to this folder) pytest does not collect.
collect_ignore: list[str] = [] if importlib.util.find_spec("dask") else ["diplonews/dask.py"]
