"""A table of agreement parties read wrongly (session 67).

The classes come from the key agreements our records pair on everything but their parties (or
but their status), of the written articles W1-W1380 (the newly released W1321-W1380 read
first), pooled with the released blind keys corpus blind 11 to 18 and 20 to 23, the owners'
keys and our own pages, classed by the step that sets the field: a class has rows here when
its errors occur in three different articles or more, in two sets or more, and a change of
the library fixed some of them. A row is a text and the records it gives, each in the
agreement row notation (``agreement_rows``). Every text is invented. The classes:

- ``participants_adopt``: a named instrument whose sentence names no state and tells the
  gathering's own participants making it ("The Ministers adopted the X Plan", "welcomed the
  leaders' adoption of the X Declaration") is of the three to ten states the nearest sentence
  before it naming two states or more lists as taking part ("The Foreign Ministers of A, B,
  C and D met"), unless the story reports a meeting of an intergovernmental body's organ
  (whose documents are its members', untold: the owners' keys); a meeting held "on the
  margins of" a group's event is no organ of that group;
- ``regression``: near misses that must stay as they are: a body's own summit or council
  (its document keeps no party), another instrument the adopted one recalls ("in which they
  recalled the X Treaty"), a nearest sentence naming only the pair of talks on the sidelines
  (its pair, as before).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import PUBLISHED, matches_exact, unmatched
from diplonews import extract
from diplonews.models import Article

TABLE: list[Any] = [
    (
        "participants_adopt",
        "The foreign ministers of Ghana, Togo, Benin and Niger met in Accra on Monday to review"
        " the coastal corridor project. The meeting was chaired by the minister of Ghana. The"
        " Ministers adopted the Accra Plan of Action on Corridor Security, which sets out joint"
        " patrols until 2027.",
        ["plan signed BEN,GHA,NER,TGO * 1"],
    ),
    (
        "participants_adopt",
        "The President met today at the White House with leaders of Pacific Island nations,"
        " including President Ana Tuilagi of Samoa, Prime Minister Sione Fifita of Tonga and"
        " Prime Minister Iosefa Lini of Tuvalu. The leaders discussed coastal erosion and the"
        " safety of fishing fleets. The President welcomed the leaders' adoption of the Apia"
        " Declaration on Reef Protection in March.",
        ["declaration signed TON,TUV,WSM 2023-03 1"],
    ),
    (
        "participants_adopt",
        "The trade ministers of Ghana, Togo, Benin and Niger met in Abuja on Monday on the"
        " margins of the ECOWAS summit. They reviewed the customs union's timetable. The"
        " Ministers adopted the Abuja Road Map on Transit Fees.",
        ["plan signed BEN,GHA,NER,TGO * 1"],
    ),
    (
        "regression",
        "The ECOWAS summit will take place in Abuja on June 6. Leaders of Ghana, Benin, Togo and"
        " Niger are expected to attend. The heads of state are expected to adopt the Abuja"
        " Declaration on Transit, which is being drafted.",
        ["declaration planned - * 1"],
    ),
    (
        "regression",
        "The Council of Ministers of ECOWAS met in Abuja on Monday. The ministers of Ghana, Togo,"
        " Benin and Niger took part. The Ministers adopted the Abuja Road Map on Transit Fees.",
        ["plan signed - * 1"],
    ),
    (
        "regression",
        "The leaders of Ghana, Togo, Benin and Niger met in Accra on Monday. The participants"
        " adopted the Accra Declaration, in which they recalled the Abuja Treaty on the common"
        " market.",
        ["declaration signed BEN,GHA,NER,TGO * 1", "treaty signed - * 1"],
    ),
    (
        "regression",
        "The foreign ministers of Ghana, Togo, Benin and Niger met in Accra on Monday. On the"
        " sidelines, the minister of Ghana held talks with the minister of Togo. The Ministers"
        " adopted the Accra Plan of Action on Corridor Security.",
        ["plan signed GHA,TGO * 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written67_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    article = Article(id="row", body=text, published=PUBLISHED)
    assert unmatched(expected, extract(article).agreements, matches_exact) == [], cls
