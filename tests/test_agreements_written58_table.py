"""A table of the dates of agreement records the keys pair with (session 58).

The classes come from the paired agreement records of the written articles W1-W1260 (the
newly released W1201-W1260 read first), pooled with those of the released blind keys corpus
blind 11 to 18 and 20 to 23, the owners' keys and our own pages, whose ``date`` differs from
the key, classed by why: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed some of them. A row
is a text and the records it gives, each in the agreement row notation (``agreement_rows``),
matched one to one. Every text is invented. The classes:

- ``planned_event_month``: a signing still to come at an event its own clause dates by a
  month ("to be signed when the leaders meet in <city> in July", "set to be signed during
  the state visit ... in August", "at the next summit, due in <city> in May 2005") is dated
  to that month, the next one on or after the page when no year is told;
- ``welcomed_signing_time``: a welcomed signing told with its time and then its place or
  its signers before "of" ("welcomed the signing today in <city> of a X", "the signing today
  by A and B of a X"), or one the sides are congratulated on ("congratulates A and B on the
  signing yesterday in <city> of a X"), is dated by that time;
- ``dialogue_lead_event``: a lead telling the sides held a Dialogue ("On <day>, A and B held
  the first A-B Energy Dialogue in <city>", "convened their Strategic Dialogue in <city> on
  <Month> 3-4") reports the story's event, whose day (the month for a span of days) and city
  date and place the signings the story tells (these rows are in ``CITY_TABLE``, each record
  followed by `` @ city``);
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact, matches_placed

TABLE: list[Any] = [
    (
        "planned_event_month",
        "Ghana and Togo agreed to draft a protocol on river fishing that is to be signed when the"
        " two presidents meet in Accra in August.",
        ["protocol planned GHA,TGO 2023-08 1"],
    ),
    (
        "planned_event_month",
        "Ghana and Togo agreed that a memorandum on port security would be signed when the"
        " Togolese president visits Accra in January.",
        ["memorandum planned GHA,TGO 2024-01 1"],
    ),
    (
        "planned_event_month",
        "Ghana and Togo finalized a memorandum on coast guard patrols, which is due to be signed"
        " during a state visit by the Ghanaian president to Lome in June.",
        ["memorandum planned GHA,TGO 2023-06 1"],
    ),
    (
        "planned_event_month",
        "Ghana and Togo expect a treaty on their sea border to be signed at the next summit,"
        " due in Lome in March 2024.",
        ["treaty planned GHA,TGO 2024-03 1"],
    ),
    (
        "welcomed_signing_time",
        "Both presidents welcomed the signing today by the energy ministers of Ghana and Togo of a"
        " memorandum on the deployment of solar power.",
        ["memorandum signed GHA,TGO 2023-05-10 1"],
    ),
    (
        "welcomed_signing_time",
        "Our government welcomes the signing today in Accra of a declaration of"
        " principles between Ghana and Togo on water cooperation.",
        ["declaration signed GHA,TGO 2023-05-10 1"],
    ),
    (
        "welcomed_signing_time",
        "The United States congratulates Ghana and Togo on the signing yesterday in Lome of a"
        " treaty that fixes the sea border between the two states.",
        ["treaty signed GHA,TGO 2023-05-09 1"],
    ),
    (
        "regression",
        "The ministers welcomed the signing last month in the capital of a memorandum between"
        " Ghana and Togo on fisheries.",
        ["memorandum signed GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a protocol on river fishing when their presidents met in Accra in"
        " April.",
        ["protocol signed GHA,TGO 2023-04 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a memorandum on trade, and a treaty on their sea border is to be"
        " signed when the presidents meet in Lome in July.",
        ["memorandum signed GHA,TGO - 1", "treaty planned GHA,TGO 2023-07 1"],
    ),
    (
        "regression",
        "Ghana and Togo are due to sign a protocol on river fishing, which the ministers"
        " discussed in Accra in April.",
        ["protocol planned GHA,TGO - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written58_table(cls: str, text: str, expected: list[str]) -> None:
    """Each text gives exactly the agreement records of its row."""
    assert_agreements(cls, text, expected, matches_exact)


CITY_TABLE: list[Any] = [
    (
        "dialogue_lead_event",
        "On May 8, Ghana and Togo held the first Ghana-Togo Maritime Dialogue in Accra. During"
        " the Dialogue, both governments signed a memorandum on coast guard patrols.",
        ["memorandum signed GHA,TGO 2023-05-08 1 @ Accra"],
    ),
    (
        "dialogue_lead_event",
        "Ghana and Togo convened the third round of their Strategic Dialogue in Lome on May 3-4."
        " On the margins of the Dialogue, both ministries signed a memorandum on port"
        " security.",
        ["memorandum signed GHA,TGO 2023-05 1 @ Lome"],
    ),
    (
        "regression",
        "On March 2, Ghana and Togo held the first Ghana-Togo Maritime Dialogue in Accra. During"
        " the Dialogue, both governments signed a memorandum on coast guard patrols.",
        ["memorandum signed GHA,TGO - 1 @ -"],
    ),
    (
        "regression",
        "Ghana and Togo have long pursued a dialogue on border trade. The two ministries signed a"
        " memorandum on customs data.",
        ["memorandum signed GHA,TGO - 1 @ -"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), CITY_TABLE)
def test_agreements_written58_city_table(cls: str, text: str, expected: list[str]) -> None:
    """Each text gives exactly the agreement records of its row, with their cities."""
    assert_agreements(cls, text, expected, matches_placed)
