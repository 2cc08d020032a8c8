"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W1-W1140 (session 41),
pooled with those of the released blind keys corpus blind 11 to 18, the owners' keys and our
own pages: a class has rows here when its errors occur in three different articles or more,
in two sets or more, and a change of the library fixed some of them. Its rows are agreement
rows (``agreement_rows`` says what a row is, how its records are written and when it passes),
matched by ``matches_exact``; a row here also gives the story's headline and outlet, as the
class reads them. Every text is invented. The classes:

- ``trip_stops_not_sides``: the states a trip is told to ("Readout of the Secretary's travel
  to A and B", "the minister is to travel to A and B") are its stops, not the two sides of
  "the two governments" or of a signing told with no state: the sides are the traveller's
  state (the one named before the stops or given by an official, else the outlet's home
  state) and the one stop the instrument's sentence, or the one before it, names; a
  headline naming two states that are not a trip's stops keeps its pair;
- ``people_from_topic``: a state named as where people came from ("its hosting of refugees
  from neighbouring B", "migrants from B and C") is a topic of the talks, not a side of "the
  two governments" or one of the states a story names most; a state past the list that owns
  a thing ("and C's new rules") still counts;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import PUBLISHED, matches_exact, unmatched
from diplonews import extract
from diplonews.models import Article

# A government's own outlet: its officials named with no state are its home state's.
WHITE_HOUSE = "The White House (Briefing Room)"

TABLE: list[Any] = [
    (
        "trip_stops_not_sides",
        "Readout of the Energy Secretary's Travel to Peru and Chile",
        WHITE_HOUSE,
        "The Secretary of Energy visited Peru and Chile this week. In Lima on Monday, the"
        " Secretary met the Minister of Mines, and the two governments then signed a lithium"
        " research memorandum.",
        ["memorandum signed PER,USA 2023-05-08 1"],
    ),
    (
        "trip_stops_not_sides",
        "Statement on the President's Trip to Ghana and Togo",
        WHITE_HOUSE,
        "The President will travel to Ghana and Togo in June. In Accra, the President will hold"
        " talks with his host on trade and ports. The two leaders plan to sign a declaration"
        " on cocoa supply chains.",
        ["declaration planned GHA,USA - 1"],
    ),
    (
        "trip_stops_not_sides",
        None,
        "AzerNews",
        "Foreign Minister Kamran Aliyev is to travel to Chile and Peru next week. In Santiago he"
        " plans to sign a mining investment memorandum.",
        ["memorandum planned AZE,CHL - 1"],
    ),
    (
        "trip_stops_not_sides",
        None,
        None,
        "British Trade Minister Anna Hale will travel to Chile and Peru next week. In Santiago"
        " she plans to sign a mining investment memorandum.",
        ["memorandum planned CHL,GBR - 1"],
    ),
    (
        "people_from_topic",
        None,
        None,
        "The foreign minister of Chile met the Peruvian envoy on Monday. The minister praised"
        " Peru's care for refugees from neighbouring Bolivia and welcomed the Memorandum on"
        " Border Health signed between the two governments in April.",
        ["memorandum signed CHL,PER 2023-04 1"],
    ),
    (
        "people_from_topic",
        None,
        None,
        "President Kofi Arhin held a call today with his Togolese counterpart. They discussed"
        " Togo's support for migrants from Benin and Niger and Ghana's new border posts. Both"
        " presidents asked their aides to draft a memorandum on port security.",
        ["memorandum planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "Peru, Chile sign lithium memorandum",
        WHITE_HOUSE,
        "Ministers of Peru and Chile met in Lima on Monday. The two governments signed a"
        " memorandum on lithium research.",
        ["memorandum signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        None,
        "AzerNews",
        "Peru and Chile will hold talks next week. In Lima the two ministers plan to sign a"
        " fishing memorandum.",
        ["memorandum planned CHL,PER - 1"],
    ),
    (
        "regression",
        None,
        None,
        "The ministers of Peru and Bolivia met on Monday; afterwards the two governments signed"
        " a memorandum on the return of refugees.",
        ["memorandum signed BOL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        None,
        None,
        "Ghana's president met Togo's foreign minister on Monday. Ghana and Togo discussed"
        " refugees, and the two governments then signed a border posts memorandum.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "title", "outlet", "text", "expected"), TABLE)
def test_agreements_written41_table(
    cls: str, title: str | None, outlet: str | None, text: str, expected: list[str]
) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    article = Article(id="row", title=title, outlet=outlet, body=text, published=PUBLISHED)
    assert unmatched(expected, extract(article).agreements, matches_exact) == [], cls
