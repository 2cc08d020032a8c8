"""A table of the dates of ratified agreements (session 73).

The classes come from the agreements of the written articles W1-W1440 (the newly released
W1381-W1440 read first), pooled with the released blind keys corpus blind 11 to 18 and 20 to
23, the owners' keys and our own pages, whose only difference from the key was the status or
the date, or whose date was missing on a paired record, classed by the step that reads the
date: a class has rows here when its errors occur in three different articles or more, in two
sets or more, and a change of the library fixed some of them. A row is a text and the records
it gives, in the agreement row notation (``agreement_rows``). Every text is invented. The
classes:

- ``ratification_step_owned``: a ratifying step told as a noun with its time, its owner or
  its agent before "of" the instrument ("welcomed the Parliament's approval last week of the
  X", "the approval last month by the National Assembly of the X", "the ratification by the
  parliament on April 18 of the X") dates the ratified record;
- ``opening_time_in_force``: a time that opens the sentence dates the entry into force told
  right after the instrument's name, however long ("Today, the Agreement between the
  Republic of A and the Kingdom of B on X entered into force");
- ``during_the_event_to_come``: a signing to come told "during the visit" (or the meeting,
  the talks) takes the date of that event a sentence before tells ("B will pay a state visit
  to A on June 14. During the visit, A and B will sign X"; a span of days gives
  its month);
- ``welcomed_to_lead``: a lead telling a host "welcomed" a guest "to" a place on a day (a
  visit, with no meeting word: "The President welcomed Prime Minister X of B to the White
  House today") is the story's event: a signing told as its news takes that day;
- ``lead_ratification_retold``: a ratification the lead tells as the page's news takes the
  day of the sitting the lead gives ("At its plenary sitting held on May 8, the parliament
  passed the law on ratification of the X"), also when later sentences tell more of the
  instrument ("The X was signed in P in March");
- ``same_sitting_own_place`` (``PLACED``, with the city after ``@``): an instrument the same
  sitting "also" ratifies takes that sitting's day, not the city where the instrument
  ratified before it was signed;
- ``regression``: near misses that must stay as they are: a cabinet's approval (not a
  ratification), an approval with no time, a signing told as a noun, an opening time of a
  remark or of a talk, an entry into force with its own year, an event to come told only
  as "next week" or only before the page, a signing done during a visit, a decision
  welcomed (no guest), a signing with its own year or still to come, an instrument
  ratified at the same sitting with its own city, and a ratification the lead gives no day.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact, matches_placed

MET = "The two ministers met in Accra on Tuesday. "
CALLED = "The presidents of Ghana and Togo spoke by phone on Tuesday. "

TABLE: list[Any] = [
    (
        "ratification_step_owned",
        MET + "They welcomed the Ghanaian Parliament's approval last week of the agreement on"
        " fisheries inspection between Ghana and Togo.",
        ["agreement ratified GHA,TGO 2023-05 1"],
    ),
    (
        "ratification_step_owned",
        CALLED + "They welcomed the approval last month by the Togolese National Assembly of the"
        " Border Posts Agreement between Ghana and Togo, meant to speed up customs checks.",
        ["agreement ratified GHA,TGO 2023-04 1"],
    ),
    (
        "ratification_step_owned",
        "The foreign ministers of Ghana and Togo spoke by telephone on Tuesday. They welcomed"
        " the ratification by the Togolese parliament on April 18 of the treaty on the shared"
        " river basin between the two countries.",
        ["treaty ratified GHA,TGO 2023-04-18 1"],
    ),
    (
        "opening_time_in_force",
        "Today, the Agreement between the Republic of Ghana and the Togolese Republic on the Joint"
        " Management of Coastal Fisheries entered into force, once both sides had exchanged"
        " diplomatic notes.",
        ["agreement ratified GHA,TGO 2023-05-10 1"],
    ),
    (
        "opening_time_in_force",
        "On Monday, the Convention between Ghana and Togo for the Avoidance of Double Taxation on"
        " Income and Capital came into force, the finance ministry said.",
        ["treaty ratified GHA,TGO 2023-05-08 1"],
    ),
    (
        "during_the_event_to_come",
        "President Kofi Mensah of Ghana will pay a state visit to Togo on June 14. During the"
        " visit, Ghanaian and Togolese officials will sign an accord on cross-border electricity"
        " trade.",
        ["agreement planned GHA,TGO 2023-06-14 1"],
    ),
    (
        "during_the_event_to_come",
        "The foreign ministers of Ghana and Togo will meet in Lome on 20-21 July to prepare the"
        " summit. During the meeting, the two ministers intend to sign a consular cooperation"
        " memorandum.",
        ["memorandum planned GHA,TGO 2023-07 1"],
    ),
    (
        "during_the_event_to_come",
        "In August, the Togolese prime minister will travel to Accra for talks with the Ghanaian"
        " president. Their trade grew by a tenth last year. During the"
        " visit, Ghana and Togo plan to sign a protocol on joint fishing patrols.",
        ["protocol planned GHA,TGO 2023-08 1"],
    ),
    (
        "regression",
        "The format's first round took place in Lome in March. During the upcoming meeting,"
        " Ghana and Togo hope to sign an energy memorandum.",
        ["memorandum planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "The Togolese prime minister will visit Ghana next week, the government said on Monday."
        " During the visit, Ghana and Togo will sign a fishing patrol memorandum.",
        ["memorandum planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "The Togolese prime minister visited Accra on May 8. During the visit, Ghana and Togo"
        " signed a memorandum on fishing patrols.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "welcomed_to_lead",
        "The President of Ghana welcomed Prime Minister Ama Owusu of Togo to Accra today. The two"
        " leaders discussed port tariffs and cross-border crime. With both leaders looking on,"
        " the transport ministers signed a memorandum on a coastal railway.",
        ["memorandum signed GHA,TGO 2023-05-10 1"],
    ),
    (
        "welcomed_to_lead",
        "Ghana's president welcomed the Togolese prime minister to Accra on Monday. The two"
        " leaders spoke about port tariffs. During the visit, Accra and Lome signed a transit fee"
        " agreement.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Ghana's president welcomed the decision of Togo to reopen the border on Monday. Ghana and"
        " Togo signed an agreement on transit fees in 2019.",
        ["agreement signed GHA,TGO 2019 1"],
    ),
    (
        "regression",
        "Ghana's president welcomed the Togolese prime minister to Accra on Monday. The two sides"
        " agreed to sign a memorandum on fisheries next year.",
        ["memorandum planned GHA,TGO 2024 1"],
    ),
    (
        "regression",
        "Ghana's president welcomed the Togolese prime minister to Accra on Monday. The two"
        " leaders recalled the agreement on transit fees their governments signed in 2019.",
        ["agreement signed GHA,TGO 2019 1"],
    ),
    (
        "lead_ratification_retold",
        "At its plenary sitting held on May 8, Ghana's parliament passed the law on ratification"
        " of the fisheries agreement between Ghana and Togo.\n\nThe agreement was signed in Lome"
        " in March and sets catch quotas.",
        ["agreement ratified GHA,TGO 2023-05-08 1"],
    ),
    (
        "lead_ratification_retold",
        "Ghana's parliament has ratified the fisheries agreement between Ghana and Togo.\n\nAt its"
        " plenary sitting on May 8, deputies backed the document in a single reading. The"
        " agreement was signed in Lome in March.",
        ["agreement ratified GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Ghana's parliament has ratified the fisheries agreement between Ghana and Togo, the"
        " speaker's office said.\n\nThe agreement was signed in Lome in March.",
        ["agreement ratified GHA,TGO - 1"],
    ),
    (
        "regression",
        MET + "They welcomed the cabinet's approval last week of the agreement on fisheries"
        " inspection between Ghana and Togo.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "regression",
        MET + "They discussed the approval of the agreement on fisheries inspection between Ghana"
        " and Togo, which both sides expect next year.",
        ["agreement signed GHA,TGO - 1"],
    ),
    (
        "regression",
        MET + "They hailed the signing today of a fisheries inspection agreement between Ghana"
        " and Togo.",
        ["agreement signed GHA,TGO 2023-05-10 1"],
    ),
    (
        "regression",
        "Yesterday, the treaty between Ghana and Togo on the delimitation of their maritime"
        " boundary entered into force after both parliaments approved it.",
        ["treaty ratified GHA,TGO 2023-05-09 1"],
    ),
    (
        "regression",
        "Today, the president said the treaty between Ghana and Togo on the delimitation of their"
        " maritime boundary entered into force in 2019.",
        ["treaty ratified GHA,TGO 2019 1"],
    ),
    (
        "regression",
        "Today, the two ministers discussed the treaty between Ghana and Togo on their maritime"
        " boundary, which entered into force in 2019.",
        ["treaty ratified GHA,TGO 2019 1"],
    ),
    (
        "regression",
        "In 2021, Ghana and Togo signed a treaty on their maritime boundary, which entered into"
        " force last year.",
        ["treaty ratified GHA,TGO 2022 1"],
    ),
]


RATIFIED_TODAY = (
    "Ghana's parliament today ratified the fisheries agreement between Ghana and Togo.\n\n"
    "The agreement was signed in Lome in March, when the Togolese prime minister visited the"
    " port. It sets catch quotas for the next five years.\n\n"
)

PLACED: list[Any] = [
    (
        "same_sitting_own_place",
        RATIFIED_TODAY + "Lawmakers also approved a protocol amending the road haulage agreement"
        " between Ghana and Benin. The protocol doubles the number of haulage permits.",
        [
            "agreement ratified GHA,TGO 2023-05-10 1 @ Lome",
            "protocol ratified BEN,GHA 2023-05-10 1 @ -",
        ],
    ),
    (
        "regression",
        RATIFIED_TODAY + "Lawmakers also approved a protocol amending the road haulage agreement"
        " between Ghana and Benin, signed in Cotonou in January.",
        [
            "agreement ratified GHA,TGO 2023-05-10 1 @ Lome",
            "protocol ratified BEN,GHA 2023-05-10 1 @ Cotonou",
        ],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written73_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)


@pytest.mark.parametrize(("cls", "text", "expected"), PLACED)
def test_agreements_written73_placed(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects, with their cities."""
    assert_agreements(cls, text, expected, matches_placed)
