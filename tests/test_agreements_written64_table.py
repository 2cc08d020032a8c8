"""A table of agreement titles read wrongly (session 64).

The classes come from the paired agreements whose title or city differs from the key's, of
the written articles W1-W1320 (the newly released W1261-W1320 read first), pooled with the
released blind keys corpus blind 11 to 18 and 20 to 23, the owners' keys and our own pages:
a class has rows here when its errors occur in three different articles or more, in two
sets or more, and a change of the library fixed some of them. A row is a text and the
records it gives, each in the agreement row notation (``agreement_rows``) with its title
after `` | ``. Every text is invented. The classes:

- ``date_of_name``: a month or a weekday alone before "of the" and a name ("the signing on
  Friday of the X Accord", "the entry into force in June of the Y Treaty") is the date of
  the step, not the head of the name;
- ``modified_noun``: a name whose capitals end on a modifier (a pair of peoples joined by a
  dash, an acronym) goes on to the lower-case nouns it modifies ("the Treaty on the
  <A>-<B> state border", "the Agreement on the <ACRONYM> gas pipeline");
- ``dateline_signing``: a signing the dateline's own sentence tells, dated to the story's
  days, took place in the dateline's city, though a later sentence of the lead places another
  event (a forum to come, a budget cut) in another city;
- ``regression``: near misses that must stay as they are: a body's own name joined by "of"
  ("Council of Europe Convention"), a year before "of the" name, a signing whose own sentence
  names the other city, a signing told after the dateline's sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_placed, matches_titled

TABLE: list[Any] = [
    (
        "date_of_name",
        "The ministers welcomed the entry into force in June of the Fisheries Access Treaty"
        " between Ghana and Togo, which opens the lagoon to boats of both.",
        ["treaty ratified GHA,TGO * 1 | Fisheries Access Treaty between Ghana and Togo"],
    ),
    (
        "date_of_name",
        "Ghana and Togo hailed the signing on Friday of the Coastal Patrol Agreement, which"
        " lets their navies share radar pictures.",
        ["agreement signed GHA,TGO * 1 | Coastal Patrol Agreement"],
    ),
    (
        "date_of_name",
        "The two presidents noted the signing in October of the Memorandum of Understanding on"
        " Rail Freight by Ghana and Togo.",
        ["memorandum signed GHA,TGO * 1 | Memorandum of Understanding on Rail Freight"],
    ),
    (
        "modified_noun",
        "The parliament of Ghana approved the Treaty on the Ghanaian-Togolese land border, which"
        " the two presidents signed in Lome last year.",
        ["treaty ratified GHA,TGO * 1 | Treaty on the Ghanaian-Togolese land border"],
    ),
    (
        "modified_noun",
        "Ghana and Togo reviewed the Agreement on the WAGP gas link, signed in Accra in 2019.",
        ["agreement signed GHA,TGO 2019 1 | Agreement on the WAGP gas link"],
    ),
    (
        "regression",
        "Ghana and Togo reviewed the Agreement on the WAGP and the road to the coast.",
        ["agreement signed - * 1 | Agreement on the WAGP"],
    ),
    (
        "regression",
        "Ghana ratified the Council of Europe Convention on Cybercrime on Friday.",
        ["treaty ratified GHA * 1 | Council of Europe Convention on Cybercrime"],
    ),
    (
        "regression",
        "The ministers welcomed the entry into force in 2021 of the Fisheries Access Treaty"
        " between Ghana and Togo.",
        ["treaty ratified GHA,TGO * 1 | Fisheries Access Treaty between Ghana and Togo"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written64_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects, each with its title."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)


CITY_TABLE: list[Any] = [
    (
        "dateline_signing",
        "ACCRA, May 10 - Ghana and Togo signed a fisheries agreement on Tuesday after two days of"
        " talks on the lagoon.\n\nThe two leaders also spoke of a regional summit due in Abuja"
        " in July, which both will attend.",
        ["agreement signed GHA,TGO 2023-05-09 1 @ Accra"],
    ),
    (
        "dateline_signing",
        "LOME, May 10 - Togo and Ghana signed two transport agreements on Tuesday at the end of"
        " a visit by the Ghanaian minister.\n\nThe minister, who met the Togolese president on"
        " Monday, said budget cuts in Accra would not touch aid to Togo.",
        ["agreement signed GHA,TGO 2023-05-09 2 @ Lome"],
    ),
    (
        "regression",
        "LOME, May 10 - Togo and Ghana signed a transport agreement on Tuesday in Accra at the end"
        " of a visit by the Togolese minister.\n\nThe two leaders will meet again in Abuja in"
        " July.",
        ["agreement signed GHA,TGO 2023-05-09 1 @ Accra"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), CITY_TABLE)
def test_agreements_written64_city_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects, each in its place."""
    assert_agreements(cls, text, expected, matches_placed)
