"""A table of the places of agreement records the keys pair with (session 53).

The classes come from the paired agreement records of the written articles W1-W1200, pooled
with those of the released blind keys corpus blind 11 to 18 and 20 to 23, the owners' keys
and our own pages, whose ``location.city`` differs from the key, classed by why: a class has
rows here when its errors occur in three different articles or more, in two sets or more,
and a change of the library fixed some of them. A row is a text and the records it gives,
each in the agreement row notation (``agreement_rows``) followed by `` @ city`` (``-`` for
no place), matched one to one. Every text is invented. The classes:

- ``dateline_signed_today``: a signing its own sentence dates to the story's week ("signed a
  protocol here today", "signed ... on Tuesday") under a wire dateline that opens the body
  took place in the dateline's city, unless the sentence, the lead or the title puts it in
  another place;
- ``described_place``: a signing sentence that tells its place by what it is ("in the
  <country> resort of <place>", "in the <country> city of <place>") places the signing there,
  whether or not the gazetteer knows the name (the record had no place);
- ``meeting_city_to_come``: a planned record whose signing word is followed by the meeting or
  visit it is to be signed at, in a known city ("to be signed when the ministers meet in
  <city>", "for signing during the session to be held in <city>"), takes that city;
- ``step_date``: a ratified record with no date takes the date told right after its step
  ("the entry into force in March of this year of the agreement", "which parliament approved
  in May") (its place is no part of this class);
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_placed

TABLE: list[Any] = [
    (
        "dateline_signed_today",
        "OSLO, May 10 - Norway and Chile signed a fisheries protocol here today that sets"
        " catch limits for the coming season, the Norwegian trade ministry said.",
        ["protocol signed CHL,NOR 2023-05-10 1 @ Oslo"],
    ),
    (
        "dateline_signed_today",
        "NAIROBI, May 10 - Kenya and Uganda signed a trade agreement on Monday that"
        " aims to double cross-border commerce within three years, officials said.",
        ["agreement signed KEN,UGA 2023-05-08 1 @ Nairobi"],
    ),
    (
        "dateline_signed_today",
        "LISBON, May 10 - Portugal and Angola signed a memorandum of understanding"
        " yesterday on teacher training, the Portuguese foreign ministry said in a statement.",
        ["memorandum signed AGO,PRT 2023-05-09 1 @ Lisbon"],
    ),
    (
        "described_place",
        "Peru and Ecuador signed a border trade protocol on Monday during talks in the"
        " Ecuadorean town of Zamoraya, the Peruvian foreign ministry said.",
        ["protocol signed ECU,PER 2023-05-08 1 @ Zamoraya"],
    ),
    (
        "described_place",
        "The energy ministers of Georgia and Armenia signed an agreement on a new power line"
        " in the Georgian city of Kutaisi on Tuesday.",
        ["agreement signed ARM,GEO 2023-05-09 1 @ Kutaisi"],
    ),
    (
        "meeting_city_to_come",
        "Ghana and Togo agreed to draft a protocol on cross-border grazing, which is to be"
        " signed when their agriculture ministers meet in Accra in September.",
        ["protocol planned GHA,TGO * 1 @ Accra"],
    ),
    (
        "meeting_city_to_come",
        "An agreement between Chile and Peru on seismic monitoring is to be signed during the"
        " next session of their joint commission, to be held in Lima in October.",
        ["agreement planned CHL,PER * 1 @ Lima"],
    ),
    (
        "regression",
        "At a meeting in Accra on Monday, Ghana and Togo agreed to sign a protocol on"
        " cross-border grazing before the end of the year.",
        ["protocol planned GHA,TGO * 1 @ -"],
    ),
    (
        "step_date",
        "The ministers welcomed the entry into force in February of this year of the agreement"
        " on visa-free travel between Chile and Mongolia.",
        ["agreement ratified CHL,MNG 2023-02 1 @ -"],
    ),
    (
        "step_date",
        "The officials noted that the agreement between Fiji and Samoa on fisheries patrols,"
        " which the Fijian parliament approved in April, would soon be put into practice.",
        ["agreement ratified FJI,WSM 2023-04 1 @ -"],
    ),
    (
        "regression",
        "The ministers noted that the agreement on visa-free travel between Chile and Mongolia"
        " had entered into force in full, officials said.",
        ["agreement ratified CHL,MNG - 1 @ -"],
    ),
    (
        "regression",
        "The ministers noted that the agreement on visa-free travel between Chile and Mongolia"
        " had entered into force, and a new round of talks is due in June.",
        ["agreement ratified CHL,MNG - 1 @ -"],
    ),
    (
        "regression",
        "Peru and Ecuador signed a border trade protocol on Monday after talks in the capital"
        " of Ecuador, officials said.",
        ["protocol signed ECU,PER 2023-05-08 1 @ -"],
    ),
    (
        "regression",
        "OSLO, May 10 - Norway and Chile signed a fisheries protocol today at the close of"
        " two days of talks in the Chilean port of Valdora, the Norwegian trade ministry said.",
        ["protocol signed CHL,NOR 2023-05-10 1 @ Valdora"],
    ),
    (
        "regression",
        "LISBON, May 10 - Portugal and Angola signed a memorandum on teacher training in"
        " Luanda on Tuesday, the Portuguese foreign ministry said.",
        ["memorandum signed AGO,PRT 2023-05-09 1 @ Luanda"],
    ),
    (
        "regression",
        "NAIROBI, May 10 - Kenya and Uganda signed a trade agreement in 2019 that was meant"
        " to double cross-border commerce, officials recalled on Wednesday.",
        ["agreement signed KEN,UGA 2019 1 @ -"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written53_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects, each in its place."""
    assert_agreements(cls, text, expected, matches_placed)
