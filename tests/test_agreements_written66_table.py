"""A table of agreements never made (session 66).

The classes come from the key agreements with no paired record, of the written articles
W1-W1380 (the newly released W1321-W1380 read first), pooled with the released blind keys
corpus blind 11 to 18 and 20 to 23, the owners' keys and our own pages, classed by the step
that loses them: a class has rows here when its losses occur in three different articles or
more, in two sets or more, and a change of the library fixed some of them. A row is a text and
the records it gives, each in the agreement row notation (``agreement_rows``). Every text is
invented. The classes:

- ``framework_negotiated``: an unnamed framework that a negotiation governs ("agreed to
  negotiate a framework on X", "negotiations on a framework for X", "the goal of concluding a
  framework on X", "negotiations on a X cooperation framework") is an instrument still to be
  concluded, between the sides its sentence names or calls "the two";
- ``plan_signed_by_states``: a plan that two states named before the verb have signed ("A and
  B have signed a trade plan for 1987") is theirs, as one "the two sides" sign, and "The plan
  was signed in C yesterday" after it tells its day;
- ``term_running``: an instrument whose own clause tells its term still running ("the current
  agreement runs until the end of 1990", "the present accord, which expires in June", "the
  current programme which expires in 1990") is in force, between the story's sides;
- ``regression``: near misses that must stay as they are: "within the framework of", a
  framework agreed on, one already concluded, one only discussed, and one whose sides only
  an earlier sentence tells; a plan one state adopts, one two states only discuss, one
  another actor unveils after the states' signing, one approved by a cabinet, one a state
  signs with a bank; a regime or a lease whose term runs, an accord that expired, a
  programme of events that runs until a day.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "framework_negotiated",
        "The presidents of Ghana and Togo agreed to negotiate a framework on the sharing of river"
        " data before the rains begin.",
        ["other planned GHA,TGO - 1"],
    ),
    (
        "framework_negotiated",
        "The President of Ghana received the Prime Minister of Togo in Accra on Monday. The two"
        " governments agreed to begin negotiations on a framework for veterinary cooperation.",
        ["other planned GHA,TGO - 1"],
    ),
    (
        "framework_negotiated",
        "The leaders of Ghana and Togo reviewed the progress of negotiations on a coastal"
        " fisheries framework.",
        ["other planned GHA,TGO - 1"],
    ),
    (
        "framework_negotiated",
        "Ghana and Togo set the goal of concluding a framework on cross-border power trade by"
        " June.",
        ["other planned GHA,TGO - 1"],
    ),
    (
        "plan_signed_by_states",
        "Ghana and Togo have signed a trade plan for 2024 that envisages two-way trade of three"
        " billion cedis, the trade ministry said.",
        ["plan signed GHA,TGO - 1"],
    ),
    (
        "plan_signed_by_states",
        "Ghana and Togo signed a fisheries plan for the coastal districts on Monday.",
        ["plan signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "plan_signed_by_states",
        "ACCRA, May 9 - Ghana and Togo have signed a border trade plan for 2024, officials said."
        " The plan was signed in Accra yesterday by the two trade ministers.",
        ["plan signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "term_running",
        "Ghana and Togo held talks on fishing quotas in Accra. The current three-year fisheries"
        " agreement between the two countries runs until the end of 2025.",
        ["agreement ratified GHA,TGO - 1"],
    ),
    (
        "term_running",
        "The ministers of Ghana and Togo met in Lome on Monday. The present fisheries accord,"
        " which expires in June, sets quotas for both fleets.",
        ["agreement ratified GHA,TGO - 1"],
    ),
    (
        "term_running",
        "The trade ministers of Ghana and Togo met in Accra on Monday. They reviewed the present"
        " programme, which expires in 2026.",
        ["plan ratified GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Accra. The visa regime expires next month.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Accra. The lease on the port terminal runs until 2030.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Accra. The old fisheries accord expired last year.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Accra. The cultural programme runs until October 26 and"
        " includes an exhibition.",
        [],
    ),
    (
        "regression",
        "Ghana adopted a plan to curb inflation.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo discussed a plan for the ports of the two countries.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo signed a memorandum on trade, and the ministry unveiled a plan for its"
        " ports.",
        ["memorandum signed GHA,TGO - 1"],
    ),
    (
        "regression",
        "The finance minister of Ghana said a plan to cut the deficit was approved by the cabinet.",
        [],
    ),
    (
        "regression",
        "Ghana has signed a plan with the World Bank to expand its grid.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo cooperate closely within the framework of the joint commission.",
        [],
    ),
    (
        "regression",
        "The leaders of Ghana and Togo agreed on a legal framework for the joint border patrols.",
        [],
    ),
    (
        "regression",
        "Ghana and Togo concluded a framework on transit trade last year.",
        [],
    ),
    (
        "regression",
        "The presidents of Ghana and Togo discussed the framework that governs their border trade.",
        [],
    ),
    (
        "regression",
        "The President of Ghana received the Prime Minister of Togo on Monday. Their teams would"
        " negotiate a framework on customs data, he said.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written66_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
