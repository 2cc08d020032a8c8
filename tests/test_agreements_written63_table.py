"""A table of the story-level parties step (session 63): one state told, the story's pair given.

The classes come from the agreements paired with a key agreement whose parties missed a side
(the parties attribute), of the written articles W1-W1320 (the newly released W1261-W1320
read first), pooled with the released blind keys corpus blind 11 to 18 and 20 to 23, the
owners' keys and our own pages: a class has rows here when its errors occur in three
different articles or more, in two sets or more, and a change of the library fixed some of
them. Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_exact``; a row here also gives the story's
outlet, as the readout class reads it. Every text is invented. The classes, each a piece of
evidence the one story-level step (run after every sentence rule) reads for an instrument
whose sentences name one state:

- ``event_sides``: an instrument its sentence tells signed at, or to be signed at, an event
  ("during the visit", "at the final sitting of the commission", "a visit to P, where she
  signed") is of that event's two sides: the pair of the latest sentence naming two states,
  the one named among them, else the story's two states named most;
- ``two_sides``: an instrument its sentence tells of "the two countries", "both sides", "the
  two governments" or "the sides" (not "the sides of the border") is of that same pair, also
  where one of its named parts is between two bodies ("between the Ministry of X of A and the
  Ministry of Y"); between a state and a body named alone ("and the Community") it is not;
- ``readout_own_state``: a government's own readout that speaks of "The President" or "the
  Vice President" and names only the other state gives the instrument that state and its own;
- ``regression``: near misses that must stay as they are: a group beside the state (never a
  side, nor are its members), both sides told with one of them no state ("between A and the
  Community"), a set of more states ("the five Sahel states"), a state the story's pair does
  not hold, a sentence with no event or pair word, the same readout from a news agency.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import PUBLISHED, matches_exact, unmatched
from diplonews import extract
from diplonews.models import Article

# A government's own outlet: its principal ("The President") is of its home state.
WHITE_HOUSE = "The White House (Briefing Room)"

TABLE: list[Any] = [
    (
        "event_sides",
        None,
        "Ghana and Togo agreed to reopen their rail link. Last month, the "
        "minister paid a working visit to Lome, where she was greeted by the "
        "Togolese premier and signed a memorandum on customs cooperation.",
        ["memorandum signed GHA,TGO 2023-04 1"],
    ),
    (
        "event_sides",
        None,
        "Ghana's trade minister told parliament about Ghana and Togo's plans for "
        "a common market. According to the Togolese minister, three memoranda on "
        "farming, roads and power will be signed on Friday at the final sitting "
        "of the commission.",
        ["memorandum planned GHA,TGO 2023-05-12 3"],
    ),
    (
        "event_sides",
        None,
        "Ghana and Togo will hold talks on roads. The new council, set up by a "
        "memorandum that was signed in June 2021 during the Togolese leader's "
        "visit to Kumasi, meets twice a year.",
        ["memorandum signed GHA,TGO 2021-06 1"],
    ),
    (
        "two_sides",
        None,
        "Ghana and Togo signed five accords on Monday. The main one is a protocol "
        "on power that will cut fees on electricity sold between the two "
        "countries from July, a Togolese official said.",
        ["agreement signed GHA,TGO 2023-05-08 4", "protocol signed GHA,TGO - 1"],
    ),
    (
        "two_sides",
        None,
        "Ghana and Togo held mining talks in Accra. Minister Ama Owusu and Togo's "
        "mines minister Kofi Dade signed a memorandum today to expand trade in "
        "gold between the two countries.",
        ["memorandum signed GHA,TGO 2023-05-10 1"],
    ),
    (
        "two_sides",
        None,
        "Togo and Ghana have built a new bridge. The Ghanaian envoy hailed a "
        "protocol on steel, signed in June 2021, that ended duties on 300 goods "
        "traded between the two countries.",
        ["protocol signed GHA,TGO 2021-06 1"],
    ),
    (
        "readout_own_state",
        WHITE_HOUSE,
        "The President met President Kwame Asante of Ghana on Tuesday. The "
        "President welcomed the signing last week of a memorandum of "
        "understanding on health cooperation with Ghana.",
        ["memorandum signed GHA,USA 2023-05 1"],
    ),
    (
        "readout_own_state",
        WHITE_HOUSE,
        "The Vice President met the Prime Minister of Ghana in Accra. Both "
        "leaders hailed the water compact which Ghana's Government concluded in "
        "March with the Growth Corporation, said the Vice President.",
        ["agreement signed GHA,USA 2023-03 1"],
    ),
    (
        "regression",
        None,
        "The EU and Ghana met in Brussels. During the visit, Ghana signed an "
        "agreement on fisheries with the bloc.",
        ["agreement signed GHA - 1"],
    ),
    (
        "regression",
        None,
        "Ghana's president held talks with a delegation of the Community on an "
        "aid agreement between Ghana and the Community, which the two sides "
        "expect to conclude in the autumn.",
        ["agreement planned GHA - 1"],
    ),
    (
        "regression",
        None,
        "Ghana and Togo held talks in Lome. During the talks, the ministers "
        "recalled the accord Benin signed in 2010.",
        ["agreement signed BEN 2010 1"],
    ),
    (
        "regression",
        None,
        "The leaders of Ghana and the five Sahel states signed a declaration at "
        "their summit in Accra.",
        ["declaration signed GHA - 1"],
    ),
    (
        "regression",
        None,
        "Ghana and Togo want to double their trade. Ghana signed an agreement on "
        "water supply in March.",
        ["agreement signed GHA 2023-03 1"],
    ),
    (
        "regression",
        "Reuters",
        "The President met President Kwame Asante of Ghana on Tuesday. The "
        "President welcomed the signing last week of a memorandum of "
        "understanding on health cooperation with Ghana.",
        ["memorandum signed GHA 2023-05 1"],
    ),
    (
        "two_sides",
        None,
        "Togo's envoy spoke about ties with Ghana. \"Last year President Kofi "
        'Mensah paid a visit to Lome, and the sides signed five documents," he '
        "said.",
        ["other signed GHA,TGO - 5"],
    ),
    (
        "two_sides",
        None,
        "Ghana's minister met Togo's minister in Accra on Monday. After the "
        "talks, the sides signed four texts, among them a memorandum between the "
        "Ministry of Mines of Ghana and the Ministry of Energy and Made in Togo "
        "on power.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        None,
        "Ghana and Togo held talks in Lome. Troops on the sides of the border "
        "will withdraw under an accord Ghana signed last year.",
        ["agreement signed GHA 2022 1"],
    ),
]


@pytest.mark.parametrize(("cls", "outlet", "text", "expected"), TABLE)
def test_agreements_written63_table(
    cls: str, outlet: str | None, text: str, expected: list[str]
) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    article = Article(id="row", outlet=outlet, body=text, published=PUBLISHED)
    assert unmatched(expected, extract(article).agreements, matches_exact) == [], cls
