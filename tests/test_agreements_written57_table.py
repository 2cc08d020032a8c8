"""A table of the titles and dates of agreement records the keys pair with (session 57).

The classes come from the paired agreement records of the written articles W1-W1260 (the
newly released W1201-W1260 read first), pooled with those of the released blind keys corpus
blind 11 to 18 and 20 to 23, the owners' keys and our own pages, whose ``title`` (for
``span_event_month``, ``date``) differs from the key, classed by why: a class has rows here
when its errors occur in three different articles or more, in two sets or more, and a change
of the library fixed some of them. A row is a text and the records it gives, each in the
agreement row notation (``agreement_rows``) followed by `` | title`` (``-`` for none),
matched one to one. Every text is invented. The classes:

- ``dashed_sides_lead``: the states joined by dashes right before a name that starts at its
  instrument word or at a joined phrase ("the U.S.-<Country> Memorandum of Understanding on
  X", "the U.S.-<Country> Trade and Investment Framework Agreement") are part of the name;
- ``joined_word_tail``: a capitalised word of a name's tail that joins its parts with "+"
  or an inner full stop ("the <City> Declaration of the G5+2", "the Declaration on
  U.K.-<Region> Partnership") is one word of the name, which goes on after it;
- ``indefinite_capital_name``: an instrument word in capitals right after "a"/"an" with a
  lower-case topic of three words or more, or the years it runs for ("a Memorandum of
  Understanding on cooperation in the field of X", "a Road Map on the development of X for
  2026-2028"), is named up to the next thing told (not a lower-case instrument word, nor a
  topic of fewer words);
- ``span_event_month``: a signing dated only by the story's event ("Following the talks")
  when the lead tells that event over a span of days ("On <Month> 8-9 ... held talks") is
  dated to the month: which of the days is not told (not one "at its close", on the last
  day, nor "The next day", nor an event of one day);
- ``after_long_name_city``: a known city the signing verb places right after a name longer
  than its instrument word ("the Agreement between the Government of A and the Government of
  B on X, signed in <city> on 12 March", "the Treaty on X between A and B, which was signed
  in <city>") is where it was signed, for a ratified record too (these rows are in
  ``CITY_TABLE``, each record followed by `` @ city``);
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_placed, matches_titled

TABLE: list[Any] = [
    (
        "dashed_sides_lead",
        "The ministers reviewed work under the U.S.-Ghana Memorandum of Understanding on Port"
        " Security signed last year.",
        [
            "memorandum signed GHA,USA 2022 1"
            " | U.S.-Ghana Memorandum of Understanding on Port Security"
        ],
    ),
    (
        "dashed_sides_lead",
        "The envoys agreed to convene the council under the U.S.-Peru Trade and Investment"
        " Framework Agreement, signed in 2004, in Lima next spring.",
        ["agreement signed PER,USA 2004 1 | U.S.-Peru Trade and Investment Framework Agreement"],
    ),
    (
        "dashed_sides_lead",
        "The two foreign ministers recalled the United States-Ghana Charter on Strategic"
        " Partnership signed in 2011.",
        ["other signed GHA,USA 2011 1 | United States-Ghana Charter on Strategic Partnership"],
    ),
    (
        "joined_word_tail",
        "The ministers adopted the Lima Declaration of the G5+2, which sets out joint goals for"
        " fisheries.",
        ["declaration signed - - 1 | Lima Declaration of the G5+2"],
    ),
    (
        "joined_word_tail",
        "The leaders are expected to endorse a Santiago Declaration on G5+2 Cooperation at the"
        " summit.",
        ["declaration signed - - 1 | Santiago Declaration on G5+2 Cooperation"],
    ),
    (
        "joined_word_tail",
        "Both sides reviewed progress under the Declaration on U.K.-Andean Partnership adopted"
        " in 2021.",
        # the name pairs the U.K. with a region: the U.K. is a side (tests/test_grid_agrctx.py)
        ["declaration signed GBR 2021 1 | Declaration on U.K.-Andean Partnership"],
    ),
    (
        "indefinite_capital_name",
        "Ghana and Togo held talks in Accra on Monday. Following the talks, the ministers signed"
        " a Memorandum of Understanding on cooperation in the field of fisheries.",
        [
            "memorandum signed GHA,TGO 2023-05-08 1"
            " | Memorandum of Understanding on cooperation in the field of fisheries"
        ],
    ),
    (
        "indefinite_capital_name",
        "During the visit, Ghana and Togo signed a Memorandum of Understanding on joint border"
        " patrols, under which both navies will share radar data.",
        ["memorandum signed GHA,TGO - 1 | Memorandum of Understanding on joint border patrols"],
    ),
    (
        "indefinite_capital_name",
        "Ghana and Togo held talks in Accra on Monday. The sides agreed to prepare a Road Map on"
        " the development of transport links for 2026-2028, which is to be signed next year.",
        [
            "plan planned GHA,TGO 2024 1"
            " | Road Map on the development of transport links for 2026-2028"
        ],
    ),
    (
        "span_event_month",
        "On May 8-9, the foreign ministers of Ghana and Togo held talks in Accra. Following the"
        " talks, the ministers signed a memorandum on fisheries cooperation.",
        ["memorandum signed GHA,TGO 2023-05 1 | -"],
    ),
    (
        "span_event_month",
        "The Ghana-Togo commission met in Lome on 8-9 May. Following the meeting, the sides"
        " signed a protocol and an agreement on road transport.",
        ["protocol signed GHA,TGO 2023-05 1 | -", "agreement signed GHA,TGO 2023-05 1 | -"],
    ),
    (
        "regression",
        "On May 8-9, the foreign ministers of Ghana and Togo held talks in Accra. A protocol was"
        " signed at its close.",
        ["protocol signed GHA,TGO 2023-05-09 1 | -"],
    ),
    (
        "regression",
        "On May 8, the foreign ministers of Ghana and Togo held talks in Accra. Following the"
        " talks, the ministers signed a memorandum on fisheries cooperation.",
        ["memorandum signed GHA,TGO 2023-05-08 1 | -"],
    ),
    (
        "regression",
        "On May 8-9, the foreign ministers of Ghana and Togo held talks in Accra. The next day,"
        " the ministers signed a memorandum on fisheries cooperation.",
        ["memorandum signed GHA,TGO 2023-05-09 1 | -"],
    ),
    (
        "regression",
        "Ghana and Togo signed a memorandum of understanding on cooperation in the field of"
        " fisheries.",
        ["memorandum signed GHA,TGO - 1 | -"],
    ),
    (
        "regression",
        "Ghana and Togo signed a Memorandum of Understanding on ports, officials said.",
        ["memorandum signed GHA,TGO - 1 | -"],
    ),
    (
        "regression",
        "The ministers signed the Agreement on Fisheries in the North Sea. Talks follow.",
        ["agreement signed - - 1 | Agreement on Fisheries in the North Sea"],
    ),
    (
        "regression",
        "The U.S.-Oman Free Trade Agreement entered into force in 2009.",
        ["agreement ratified OMN,USA 2009 1 | U.S.-Oman Free Trade Agreement"],
    ),
    (
        "regression",
        "The Ghana-based Institute welcomed the Memorandum of Understanding on Port Security"
        " signed by Ghana and Togo last year.",
        ["memorandum signed GHA,TGO 2022 1 | Memorandum of Understanding on Port Security"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written57_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects, each with its title."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)


CITY_TABLE: list[Any] = [
    (
        "after_long_name_city",
        "The senators approved the ratification of the Agreement between the Government of the"
        " Republic of Ghana and the Government of the Togolese Republic on road transport, signed"
        " in Accra on 12 March 2021.",
        ["agreement ratified GHA,TGO - 1 @ Accra"],
    ),
    (
        "after_long_name_city",
        "The parliament ratified the Treaty on Good-Neighbourliness and Cooperation between the"
        " Republic of Ghana and the Togolese Republic, which was signed in Lome in January.",
        ["treaty ratified GHA,TGO - 1 @ Lome"],
    ),
    (
        "regression",
        "The parliament ratified the Treaty on Friendship and Cooperation between Ghana and Togo,"
        " which was drafted by experts in Accra.",
        ["treaty ratified GHA,TGO - 1 @ -"],
    ),
    (
        "regression",
        "The parliament ratified the treaty with Togo, which was signed in Lome in January.",
        ["treaty ratified TGO - 1 @ Lome"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), CITY_TABLE)
def test_agreements_written57_city_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects, each in its place."""
    assert_agreements(cls, text, expected, matches_placed)
