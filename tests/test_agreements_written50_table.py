"""A table of agreement expressions whose parties the keys give otherwise (session 50).

The classes come from the agreement records with the right document and the wrong or
missing parties, in the written articles W1-W1200, pooled with those of the released blind
keys corpus blind 11 to 18 and 20 to 23, the owners' keys and our own pages: a class has rows
here when its errors occur in three different articles or more, in two sets or more, and a
change of the library fixed some of them. Its rows are agreement rows (``agreement_rows``
says what a row is, how its records are written and when it passes), matched by
``matches_exact``; a row here also gives the story's headline and outlet, as the class
reads them. Every text is invented. The classes:

- ``readout_lead_officials``: "the two governments" of a government's own readout that opens
  on its official, named with no state, meeting a foreign official are the outlet's home
  state and that official's, not a state the story names as a topic or as a later stop;
- ``blocs_together``: two groups named together as the subject before an instrument ("the
  EU and ASEAN will open negotiations on a trade agreement"), with no state acting for
  either, are its parties;
- ``well_wisher``: a state that welcomes, congratulates or stands ready to support an
  instrument that "the two governments" or "the parties" make is none of its sides; a state
  that welcomes an instrument it signed itself stays a side;
- ``own_partner_only``: an instrument "with A" takes no state of another instrument with a
  partner of its own joined after it under a verb of its own or told apart ("and a separate
  deal with B", "and is negotiating others with C and D"); states joined in its own "with"
  phrase stay;
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
        "readout_lead_officials",
        None,
        WHITE_HOUSE,
        "National Security Advisor Daniel Ortiz hosted National Security Advisor Omar Haddad of"
        " Jordan at the White House on Tuesday. They talked about the drought in Syria and"
        " shipping lanes near Yemen. Mr. Ortiz and Mr. Haddad went over the Water Security"
        " Agreement, which the two governments concluded in May 2021, and praised new"
        " desalination projects. They also prepared another session of the U.S.-Jordan Strategic"
        " Dialogue.",
        ["agreement signed JOR,USA 2021-05 1"],
    ),
    (
        "readout_lead_officials",
        None,
        WHITE_HOUSE,
        "Vice President Anna Kessler met today in Accra with President Kofi Mensah of Ghana, at"
        " the start of a trip that will take her to Lome on Friday for talks with President Edem"
        " Kodjo of Togo. The Vice President and President Mensah spoke about the growth of trade"
        " between the United States and Ghana. Later, in their presence, the two governments"
        " signed a cocoa traceability memorandum.",
        ["memorandum signed GHA,USA 2023-05-10 1"],
    ),
    (
        "blocs_together",
        None,
        None,
        "BRUSSELS, May 9 - The European Union and ASEAN will open formal negotiations on a trade"
        " agreement in September, EU officials said.",
        ["agreement planned ASEAN,EU - 1"],
    ),
    (
        "blocs_together",
        None,
        None,
        "MUSCAT, May 9 - Trade ministers from the GCC and the European Union will gather in"
        " Muscat in June to start talks on a free trade agreement, officials said.",
        ["agreement planned EU,GCC - 1"],
    ),
    (
        "blocs_together",
        None,
        None,
        "The European Union and the Latin American bloc Mercosur said on Tuesday that talks on"
        " a long-delayed association agreement would resume in Lisbon next month.",
        ["agreement planned EU,MERCOSUR - 1"],
    ),
    (
        "regression",
        None,
        WHITE_HOUSE,
        "President Kofi Mensah of Ghana held talks in Accra today with President Edem Kodjo of"
        " Togo, the White House said. The two governments signed a cocoa traceability"
        " memorandum.",
        ["memorandum signed GHA,TGO 2023-05-10 1"],
    ),
    (
        "regression",
        None,
        None,
        "Ghanaian President Kofi Mensah met Togolese President Edem Kodjo in Accra on Monday."
        " They talked about the floods in Benin. The two governments then signed a cocoa"
        " traceability memorandum.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        None,
        None,
        "SANTIAGO, May 9 - Chile and the European Union will open formal negotiations on a"
        " trade agreement in September, officials said.",
        ["agreement planned CHL - 1"],
    ),
    (
        "regression",
        None,
        None,
        "GENEVA, May 9 - EFTA ministers closed their meeting by adopting a declaration that"
        " pledges closer work with the European Union on common rules for goods, officials said.",
        [],
    ),
    (
        "regression",
        None,
        None,
        "RIYADH, May 9 - The GCC wants the European Union to cut duties on plastics under a"
        " cooperation accord that the two blocs are negotiating, officials said.",
        [],
    ),
    (
        "well_wisher",
        None,
        None,
        "Ghana and Togo held a third round of talks on their sea border in Lome last week. The"
        " sides have agreed to complete a fisheries agreement before next December, and Nigeria"
        " stands ready to help them.",
        ["agreement planned GHA,TGO 2023-12 1"],
    ),
    (
        "well_wisher",
        "Statement on the Ghana-Togo Fisheries Talks",
        WHITE_HOUSE,
        "The United States welcomes the progress made by Ghana and Togo in their talks on the"
        " sea border. Washington looks forward to helping both countries as they complete a"
        " fisheries accord, which the two governments have pledged to conclude this year.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "regression",
        None,
        None,
        "Nigeria welcomed the fisheries agreement it signed with Ghana on Monday, officials said.",
        ["agreement signed GHA,NGA 2023-05-08 1"],
    ),
    (
        "regression",
        None,
        None,
        "Nigeria and Ghana welcomed the fisheries agreement they signed on Monday, officials said.",
        ["agreement signed GHA,NGA 2023-05-08 1"],
    ),
    (
        "own_partner_only",
        None,
        None,
        "Chile has already signed a fisheries agreement with Peru and is negotiating others with"
        " Ecuador and Colombia, officials said.",
        # (the others, once no record, are one planned instrument with each partner: see
        # tests/test_grid_agrrecall.py, class ``others``)
        [
            "agreement signed CHL,PER - 1",
            "agreement planned CHL,ECU - 1",
            "agreement planned CHL,COL - 1",
        ],
    ),
    (
        "own_partner_only",
        None,
        None,
        "DAKAR, May 9 - Senegal is relying on a transit agreement with Ghana, signed in March"
        " 2021, and a separate deal with Togo, still under negotiation, to open new routes, the"
        " trade minister said.",
        ["agreement signed GHA,SEN 2021-03 1", "agreement planned SEN,TGO - 1"],
    ),
    (
        "regression",
        None,
        None,
        "Chile signed a memorandum and an agreement with Peru on Monday, officials said.",
        ["memorandum signed CHL,PER 2023-05-08 1", "agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        None,
        None,
        "Chile signed a fisheries agreement with Peru and Ecuador on Monday, officials said.",
        ["agreement signed CHL,ECU,PER 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "title", "outlet", "text", "expected"), TABLE)
def test_agreements_written50_table(
    cls: str, title: str | None, outlet: str | None, text: str, expected: list[str]
) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    article = Article(id="row", title=title, outlet=outlet, body=text, published=PUBLISHED)
    assert unmatched(expected, extract(article).agreements, matches_exact) == [], cls
