"""A table of pronoun items (session 87).

Found in the written articles W571-W600, W1171-W1200 and W1501-W1530, scored against every
visible set (the blind keys of real corpus articles 11 to 18 and 20 to 26, the owners' keys,
the crawled pages, the written articles W1-W1620 and our own pages). A row is a text and the
records it gives, in the agreement row notation (``agreement_rows``). Every text is invented.
The classes:

- ``pronoun_items``: a pronoun item right after an instrument names one more of its kind,
  with its status, sides and day: "a memorandum on X, another on Y, and a third on Z", "a
  protocol on X and another setting up Y", and after a counted plural "including one on X and
  one guaranteeing Y" (the plural counts the rest), its "including" told up to 60 characters
  after the plural;
- ``regression``: near misses that must stay as they are: "another" told with other sides
  ("another with C"), being negotiated, or of no instrument ("another round of talks"), and a
  single "including one on X".
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "pronoun_items",
        "Among the documents signed by Chile and Peru on Tuesday were a memorandum on a railway"
        " line, another on electricity trade, and a third on migration.",
        [
            "memorandum signed CHL,PER 2023-05-09 1",
            "memorandum signed CHL,PER 2023-05-09 1",
            "memorandum signed CHL,PER 2023-05-09 1",
        ],
    ),
    (
        "pronoun_items",
        "The documents signed by Chile and Peru on Tuesday include a protocol on aircraft and"
        " another setting up a joint shipping line.",
        ["protocol signed CHL,PER 2023-05-09 1", "protocol signed CHL,PER 2023-05-09 1"],
    ),
    (
        "pronoun_items",
        "Chile and Peru signed 12 protocols on Tuesday to widen their customs union, including one"
        " on fisheries and one guaranteeing port access.",
        [
            "protocol signed CHL,PER 2023-05-09 10",
            "protocol signed CHL,PER 2023-05-09 1",
            "protocol signed CHL,PER 2023-05-09 1",
        ],
    ),
    (
        "pronoun_items",
        "Chile and Peru signed a memorandum on fisheries and an agreement on visas, and another on"
        " transport.",
        [
            "memorandum signed CHL,PER - 1",
            "agreement signed CHL,PER - 1",
            "agreement signed CHL,PER - 1",
        ],
    ),
    (
        "regression",
        "Chile and Peru signed a protocol on aircraft and another being negotiated.",
        ["protocol signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile signed an agreement with Peru last year and another with Bolivia on Tuesday.",
        ["agreement signed CHL,PER 2022 1"],
    ),
    (
        "regression",
        "Chile and Peru signed 12 protocols on Tuesday, including one on fisheries.",
        ["protocol signed CHL,PER 2023-05-09 11", "protocol signed CHL,PER 2023-05-09 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a memorandum on fisheries; another round of talks is due in May.",
        ["memorandum signed CHL,PER - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written87_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
