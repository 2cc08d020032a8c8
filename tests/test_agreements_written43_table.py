"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors on parties in a government's own readouts and
releases, in the written articles W1-W1140 (session 43), the released blind keys corpus blind
11 to 18, the owners' keys and our own pages: a class has rows here when its errors occur in
three different articles or more, in two sets or more, and a change of the library fixed some
of them. Its rows are agreement rows (``agreement_rows`` says what a row is, how its records
are written and when it passes), matched by ``matches_exact``; a row here also gives the
story's headline and outlet, as the class reads them. Every text is invented. The classes:

- ``release_own_side``: in a government's own release (a White House readout, an embassy's
  statement) on its state and one other, an instrument no reader gave a party is the pair's,
  the home state need not be named in its sentence, and a pair's talks held beside a
  body's session are no body's meeting; not when the sentence names a group or a state
  of neither, nor in a story of three states or more, nor in a news agency's story;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import PUBLISHED, matches_exact, unmatched
from diplonews import extract
from diplonews.models import Article

# A government's own outlet: it speaks of its own side without naming it.
WHITE_HOUSE = "The White House (Briefing Room)"
# A readout's headline on a meeting with one other state's leader.
MEETING = "Readout: President Biden Hosts Ghana's President Kofi Arhin"

TABLE: list[Any] = [
    (
        "release_own_side",
        MEETING,
        WHITE_HOUSE,
        "Today, President Biden met with President Kofi Arhin of Ghana at the White House. The"
        " two leaders discussed cocoa, ports and Ghana's elections. They also welcomed the"
        " Coastal Patrol Agreement, which lets Ghana's navy officers ride aboard U.S. Coast Guard"
        " cutters to curb illegal fishing.",
        ["agreement signed GHA,USA - 1"],
    ),
    (
        "release_own_side",
        None,
        WHITE_HOUSE,
        "The President ended a two-day stay in Ghana today, after attending a G20"
        " summit in Rome. This morning he met with President Kofi Arhin and Vice"
        " President Ama Osei. With the President and his host looking on, officials signed a"
        " memorandum on port security. The United States will also fund cold stores for"
        " Ghana's farmers.",
        ["memorandum signed GHA,USA 2023-05-10 1"],
    ),
    (
        "release_own_side",
        None,
        WHITE_HOUSE,
        "Today, the Vice President met with President Kofi Arhin of Ghana during the UN General"
        " Assembly session in Manhattan and pledged the support of the"
        " United States for Ghana's courts. She thanked him for Ghana's part in carrying out the"
        " Accra Declaration on Migration, which leaders of the Americas adopted last year.",
        ["declaration signed GHA,USA 2022 1"],
    ),
    (
        "release_own_side",
        "Statement from the President on Ghana",
        WHITE_HOUSE,
        "I congratulate our Secretary of Commerce on her visit to Accra. The Trade Facilitation"
        " Agreement will go to Ghana's parliament for approval after today's ceremony. Every"
        " part of it respects Ghana's own rules, and it will help the United States and Ghana"
        " trade more.",
        ["agreement signed GHA,USA - 1"],
    ),
    (
        "regression",
        "Statement from the President on Ghana",
        "AzerNews",
        "Today in Accra, Azerbaijan's Minister of Trade met Ghana's Minister of Trade. They also"
        " welcomed the Coastal Patrol Agreement, which lets Ghana's navy officers ride on U.S."
        " Coast Guard cutters.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        MEETING,
        WHITE_HOUSE,
        "Today, President Biden met with President Kofi Arhin of Ghana at the White House. The"
        " two leaders discussed cocoa, ports and Ghana's elections. They welcomed Togo's steps"
        " to implement the Lome Peace Agreement signed in Togo last year.",
        ["agreement signed - 2022 1"],
    ),
    (
        "regression",
        "Readout: President Biden Hosts the Leaders of Ghana, Togo and Benin",
        WHITE_HOUSE,
        "Today, President Biden met with the presidents of Ghana, Togo and Benin. The leaders"
        " discussed Ghana's ports, Togo's roads and Benin's farms. They also welcomed the"
        " Coastal Patrol Agreement, which lets navy officers ride on U.S. Coast Guard cutters.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        MEETING,
        WHITE_HOUSE,
        "Today, President Biden met with President Kofi Arhin of Ghana. The two leaders"
        " discussed cocoa and Ghana's ports, and reaffirmed their support for the ECOWAS"
        " Protocol on Free Movement.",
        ["protocol signed - - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "title", "outlet", "text", "expected"), TABLE)
def test_agreements_written43_table(
    cls: str, title: str | None, outlet: str | None, text: str, expected: list[str]
) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    article = Article(id="row", title=title, outlet=outlet, body=text, published=PUBLISHED)
    assert unmatched(expected, extract(article).agreements, matches_exact) == [], cls
