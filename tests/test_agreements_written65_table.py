"""A table of agreement cities read wrongly (session 65).

The classes come from the paired agreements whose city differs from the key's, of the written
articles W1-W1320 (the newly released W1261-W1320 read first), pooled with the released
blind keys corpus blind 11 to 18 and 20 to 23, the owners' keys and our own pages, classed
by the step that reads the place: a class has rows here when its errors occur in three
different articles or more, in two sets or more, and a change of the library fixed some of
them. A row is a text and the records it gives, each in the agreement row notation
(``agreement_rows``) with its city after `` @ `` (``-``: none). Every text is invented. The
classes:

- ``which_signed_in``: the instrument's own "which" clause telling where it was signed, or is
  to be signed ("the protocol amending the agreement on X, which was signed in P", "which the
  two governments had signed in P", "which is expected to be signed by the leaders in P"),
  places it however long its name runs before the clause;
- ``to_come_at``: a signing to come during a visit or at a body's session whose words run on
  before its city takes that city ("during the visit of the Minister of X of A to P", "when
  the prime minister visits P", "at the next session of the commission on X, to be held in
  P"); a visit to a state gives no city;
- ``ended_with_signing``: an event placed in a city that resulted in, ended with or wrapped up
  with the signing or adoption of an instrument ("the session of the commission, held in P last
  year, resulted in the signing of", "the meeting ended in P on Sunday with the signing of")
  took place in that city;
- ``agency_dateline``: a wire dateline whose agency is followed by a colon ("CITY, Feb 4
  (Agency): ...") or whose date is an ordinal day with its year ("CITY, 18th April, 2024
  (Agency) -- ...") is the story's dateline, whose city a signing of the story's days took
  place in;
- ``lead_event_days``: with no dateline, a signing the story dates to the days of its lead's
  event (from that event's day to three days after it) took place in the city the lead places
  that event in ("X paid a state visit to P on May 8 and 9 ... The two sides signed a
  memorandum on Tuesday"), unless its sentence opens on another place ("In Q, ...");
- ``signing_day_of``: "the signing today of", "the signing on Monday of" (a signing noun, its
  day, then the instrument) tells the signing as the story's news, as "the signing of" does,
  so the lead event's city places it;
- ``regression``: near misses that must stay as they are: the clause after a second
  instrument joined to the first (that one's), a "which" clause telling another act in the
  city, a clause signed in a month and no city, a visit to a state, a city where the signing
  was told and not the event's, an agency's colon with no date before it, a
  signing whose sentence opens on another place, a lead event more than three days before,
  a signing told in an older year between the noun and "of".
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_placed

TABLE: list[Any] = [
    (
        "which_signed_in",
        "The parliament of Ghana on Tuesday ratified the protocol amending the agreement between"
        " Ghana and Togo on the joint management of the coastal fisheries, which was signed in"
        " Lome in March.",
        ["protocol ratified GHA,TGO 2023-05-09 1 @ Lome"],
    ),
    (
        "which_signed_in",
        "The cabinet of Ghana also endorsed the draft agreement with Togo on the carriage of"
        " goods by road and inland waterways, which the two governments had signed in Lome"
        " last year.",
        ["agreement planned GHA,TGO * 1 @ Lome"],
    ),
    (
        "which_signed_in",
        "The president of Ghana discussed with his guest a new treaty on the demarcation of the"
        " northern stretch of the border with Togo, which is expected to be signed in Lome"
        " in the autumn.",
        ["treaty planned GHA,TGO * 1 @ Lome"],
    ),
    (
        "to_come_at",
        "Ghana and Togo agreed to prepare a road map on trade for 2024-2025, which is to be"
        " signed during the visit of the Minister of Trade of Togo to Accra next year.",
        ["plan planned GHA,TGO - 1 @ Accra"],
    ),
    (
        "to_come_at",
        "Ghana and Togo agreed to draft a programme of cooperation in farming, to be signed"
        " when the Togolese prime minister visits Accra in July.",
        ["plan planned GHA,TGO 2023-07 1 @ Accra"],
    ),
    (
        "to_come_at",
        "Ghana and Togo agreed to prepare a road map on fisheries, to be signed during the next"
        " session of the Ghana-Togo commission on trade and economic cooperation, to be held in"
        " Accra in 2024.",
        ["plan planned GHA,TGO - 1 @ Accra"],
    ),
    (
        "to_come_at",
        "Ghana and Togo agreed to prepare a road map on fisheries, to be signed at the next"
        " round of consultations of their foreign ministries in Accra.",
        ["plan planned GHA,TGO - 1 @ Accra"],
    ),
    (
        "ended_with_signing",
        "Kofi recalled that the fourth meeting of the Ghana-Togo Commission, held in Accra in"
        " November last year, resulted in the signing of a programme of cooperation in farming"
        " for 2024-2026.",
        ["plan signed GHA,TGO 2022-11 1 @ Accra"],
    ),
    (
        "ended_with_signing",
        "Ghana and Togo held talks on the lagoon. The previous round, held in Accra in late"
        " February, ended with the signing of a protocol on the border.",
        ["protocol signed GHA,TGO 2023-02 1 @ Accra"],
    ),
    (
        "ended_with_signing",
        "The 9th meeting of the Ghana-Togo Joint Commission ended in Accra on Sunday with the"
        " signing of six cooperation documents.",
        ["other signed GHA,TGO 2023-05-07 6 @ Accra"],
    ),
    (
        "regression",
        "Ghana and Togo held talks on the lagoon. Kofi, speaking to reporters in Accra on"
        " Monday, said the talks resulted in the signing of a protocol on the border.",
        ["protocol signed GHA,TGO 2023-05-08 1 @ -"],
    ),
    (
        "agency_dateline",
        "ACCRA, May 9 (GNA): Ghana and Togo on Tuesday signed a memorandum on fisheries, as the"
        " Togolese president began a visit.",
        ["memorandum signed GHA,TGO 2023-05-09 1 @ Accra"],
    ),
    (
        "agency_dateline",
        "ACCRA, 9th May, 2023 (GNA) -- Ghana and Togo on Tuesday signed a memorandum on"
        " fisheries, as the Togolese president began a visit.",
        ["memorandum signed GHA,TGO 2023-05-09 1 @ Accra"],
    ),
    (
        "lead_event_days",
        "The President of Ghana paid a state visit to Lome on May 8 and 9, his first to Togo. He"
        " and his Togolese counterpart reviewed trade. The two sides signed a memorandum on"
        " fisheries on Tuesday.",
        ["memorandum signed GHA,TGO 2023-05-09 1 @ Lome"],
    ),
    (
        "lead_event_days",
        "Ghana and Togo held their first security dialogue in Lome on Monday. The two sides"
        " signed a memorandum on border patrols on Tuesday.",
        ["memorandum signed GHA,TGO 2023-05-09 1 @ Lome"],
    ),
    (
        "regression",
        "Ghana and Togo held their first security dialogue in Lome on Monday. In Kara, the"
        " ministers signed a memorandum on border patrols on Tuesday.",
        ["memorandum signed GHA,TGO 2023-05-09 1 @ -"],
    ),
    (
        "regression",
        "Ghana and Togo held their first security dialogue in Lome on May 1. The two sides"
        " signed a memorandum on border patrols on Tuesday.",
        ["memorandum signed GHA,TGO 2023-05-09 1 @ -"],
    ),
    (
        "signing_day_of",
        "The President of Ghana paid an official visit to Lome on May 9 and 10. The two"
        " presidents welcomed the signing today of an Agreement on Fisheries Cooperation between"
        " Ghana and Togo.",
        ["agreement signed GHA,TGO 2023-05-10 1 @ Lome"],
    ),
    (
        "regression",
        "The President of Ghana paid an official visit to Lome on May 9 and 10. The two"
        " presidents welcomed the signing in 2019 of an Agreement on Fisheries Cooperation"
        " between Ghana and Togo.",
        ["agreement signed GHA,TGO 2019 1 @ -"],
    ),
    (
        "regression",
        "ACCRA (GNA): Ghana and Togo on Tuesday signed a memorandum on fisheries, as the"
        " Togolese president began a visit.",
        ["memorandum signed GHA,TGO 2023-05-09 1 @ -"],
    ),
    (
        "regression",
        "Ghana and Togo agreed to prepare a road map on fisheries, to be signed during the visit"
        " of the Togolese president to Ghana in July.",
        ["plan planned GHA,TGO 2023-07 1 @ -"],
    ),
    (
        "regression",
        "Ghana and Togo agreed to prepare a road map on fisheries, which was discussed at the"
        " session of the commission in Accra.",
        ["plan planned GHA,TGO - 1 @ -"],
    ),
    (
        "regression",
        "The parliament of Ghana on Tuesday ratified the agreement with Togo on the upkeep of the"
        " roads of the border districts and the protocol on the lagoon, which was signed in Lome"
        " in March.",
        ["agreement ratified GHA,TGO 2023-05-09 1 @ -", "protocol signed GHA,TGO 2023-03 1 @ Lome"],
    ),
    (
        "regression",
        "The parliament of Ghana on Tuesday ratified the agreement between Ghana and Togo on the"
        " joint management of the coastal fisheries, which was signed in March.",
        ["agreement ratified GHA,TGO 2023-05-09 1 @ -"],
    ),
    (
        "regression",
        "The parliament of Ghana on Tuesday ratified the agreement between Ghana and Togo on the"
        " joint management of the coastal fisheries, which was first discussed in Lome in 2019.",
        ["agreement ratified GHA,TGO 2023-05-09 1 @ -"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written65_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects, each in its place."""
    assert_agreements(cls, text, expected, matches_placed)
