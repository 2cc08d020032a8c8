"""``python -m diplonews``: the same as the ``diplonews`` command."""

from diplonews.cli import main

raise SystemExit(main())
