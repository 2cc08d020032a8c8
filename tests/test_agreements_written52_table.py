"""A table of agreement records the keys hold and the library missed (session 52).

The classes come from the missed planned and ratified agreement records of the written
articles W1-W1200, pooled with those of the released blind keys corpus blind 11 to 18 and 20
to 23, the owners' keys and our own pages, classed by the step that dropped them: a class has
rows here when its errors occur in three different articles or more, in two sets or more, and
a change of the library fixed some of them. Its rows are agreement rows (``agreement_rows``
says what a row is, how its records are written and when it passes), matched by
``matches_exact``. Every text is invented. The classes:

- ``story_pair_to_come``: a document still to come (being negotiated, drafted, expected to be
  signed) whose sentence and the sentence before name no pair of states, in a story on states
  that names no bloc, is between the story's two most named states (parties not found, so the
  record was dropped);
- ``first_told_in_force``: the story's first instrument, told by a definite word with a topic
  of its own and a step past its signing ("welcomed the entry into force of the agreement on
  X", "noted that the agreement on Y had been ratified") and naming no party, is an instrument
  of its own whose sides the story tells, not a reference with nothing to refer back to (no
  record before);
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import PUBLISHED, matches_exact, unmatched
from diplonews import extract
from diplonews.models import Article

TABLE: list[Any] = [
    (
        "story_pair_to_come",
        None,
        None,
        "LIMA, May 9 - Peru and Bolivia opened a new customs post on their shared border on"
        " Monday, the Peruvian trade ministry said. Bolivian officials said the post would cut"
        " waiting times for lorries by half. Meanwhile, the working groups continue negotiating"
        " a protocol on the joint inspection of cargo.",
        ["protocol planned BOL,PER - 1"],
    ),
    (
        "story_pair_to_come",
        None,
        None,
        "Q: How do you see ties between Ghana and Morocco today? A: Ghana values its friendship"
        " with Morocco, and our trade keeps growing. Q: What comes next? A: The next round of"
        " consultations will be held in Rabat in the autumn, and we expect a memorandum on"
        " fisheries research to be signed there.",
        ["memorandum planned GHA,MAR - 1"],
    ),
    (
        "story_pair_to_come",
        None,
        None,
        "TOKYO, May 9 - Japan said on Tuesday it would send more fisheries inspectors to waters"
        " off Chile, its partner in a long quarrel over salmon quotas. The quarrel has dragged on"
        " for a decade and has held up negotiations on a new treaty on maritime research.",
        ["treaty planned CHL,JPN - 1"],
    ),
    (
        "first_told_in_force",
        None,
        None,
        "President Lena Varga of Hungary received President Tomas Alvaro of Paraguay in Budapest"
        " on Monday. The presidents welcomed the entry into force of the agreement on visa-free"
        " travel for holders of service passports.",
        ["agreement ratified HUN,PRY - 1"],
    ),
    (
        "first_told_in_force",
        None,
        None,
        "Foreign Minister Ali Rahimi of Iran held talks with his Armenian counterpart in Yerevan"
        " on Friday. Rahimi noted with satisfaction that the agreement on a new power line"
        " across the border had entered into force in March.",
        ["agreement ratified ARM,IRN 2023-03 1"],
    ),
    (
        "regression",
        None,
        None,
        "Mining shares rose in Lima on Monday. Traders said the deal on copper royalties had"
        " entered into force.",
        [],
    ),
    (
        "regression",
        None,
        None,
        "BRUSSELS, May 9 - France and Spain pressed the European Union on Tuesday to move faster"
        " on farm reform. Farmers blocked roads in several regions last month. Meanwhile, the"
        " working groups continue negotiating a protocol on fruit imports.",
        [],
    ),
    (
        "regression",
        None,
        None,
        "SEOUL, May 9 - South Korea and Vietnam expanded car exports last year. Kiro Motors"
        " bosses said a new supply deal would be signed in June.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "title", "outlet", "text", "expected"), TABLE)
def test_agreements_written52_table(
    cls: str, title: str | None, outlet: str | None, text: str, expected: list[str]
) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    article = Article(id="row", title=title, outlet=outlet, body=text, published=PUBLISHED)
    assert unmatched(expected, extract(article).agreements, matches_exact) == [], cls
