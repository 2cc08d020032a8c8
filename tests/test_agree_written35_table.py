"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W841-W900 (session 35, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W840, the released blind keys corpus blind 11 to 18,
the owners' keys and our own pages: a class has rows here when its errors occur in three
different articles or more, in two sets or more, and a change of the library fixed some of
them. Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_exact``; every text is invented. The classes:

- ``their_governments``: "their governments" or "their countries" told as the ones that signed
  or will negotiate an instrument ("the memorandum which their governments concluded", "their
  governments are to start talks on an accord") are the story's two sides, as "the two
  governments" are;
- ``joined_instrument``: an instrument joined by "and" or "as well as" to the one just read,
  under the same verb, that no reading of its own kept ("signed an extradition treaty and a
  youth exchange programme", "intend to sign a road map, as well as documents covering Y")
  has the first one's status, sides and day;
- ``pair_named_instrument``: a document named by its subject, in a sentence that names the
  story's two states and no other and tells an act on it (its signing, or its being in
  force: "A and B hailed the X Agreement, which took effect in May", "since it took effect,
  the Y Convention has doubled A's investment in B"), is theirs however often the story
  names a third state;
- ``lead_officials_pair``: in a story opening on two officials' meeting or call, whose
  counts of states single out no pair (a third state is in the news), "the two countries"
  and a document named by its subject in a sentence naming no state are the two officials'
  states ("President A of X held talks with Prime Minister B of Y ... they reviewed patrols
  under the Z Agreement");
- ``regression``: near misses that must stay as they are (firms of the two countries, "the
  sides", a story opening on the pair, a company's contract after "and", the items of a
  counted set, a text issued "along with" the signing, a stance on a named instrument, a
  name after a place, a third state's entry, a lead naming one official, a sentence naming
  a third state).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "their_governments",
        "President Ruto held talks today with Prime Minister Otarola of Peru in Nairobi. The"
        " leaders hailed the memorandum of understanding on seed research which their"
        " governments concluded in 2022, and reviewed fresh investments by Kenyan companies in"
        " farming, fishing and mining in Arequipa.",
        ["memorandum signed KEN,PER 2022 1"],
    ),
    (
        "their_governments",
        "President Ruto held talks today with Prime Minister Otarola of Peru in Nairobi. The"
        " President and the Prime Minister said their governments are going to start"
        " negotiations on a fisheries cooperation agreement, which would let Kenyan trawlers"
        " work off Peru.",
        ["agreement planned KEN,PER - 1"],
    ),
    (
        "their_governments",
        "President Ruto of Kenya met Prime Minister Otarola of Peru today, thanking him for"
        " sheltering refugees from Chile. The leaders hailed the memorandum on desert research"
        " signed by their governments in Lima in March and pledged to seek a fresh bilateral"
        " accord on visas.",
        ["memorandum signed KEN,PER 2023-03 1", "agreement planned KEN,PER - 1"],
    ),
    (
        "joined_instrument",
        "Kenya and Peru signed a consular convention and a scholarship programme for 2023-2025"
        " on Monday.",
        ["treaty signed KEN,PER 2023-05-08 1", "plan signed KEN,PER 2023-05-08 1"],
    ),
    (
        "joined_instrument",
        "Chile and Peru on Tuesday signed an extradition treaty and a youth exchange programme"
        " for 2024-2026.",
        ["treaty signed CHL,PER 2023-05-09 1", "plan signed CHL,PER 2023-05-09 1"],
    ),
    (
        "joined_instrument",
        "Kenya and Peru intend to sign a port development road map for 2024-2026 next month, as"
        " well as documents covering tourism and health.",
        ["plan planned KEN,PER 2023-06 1", "other planned KEN,PER 2023-06 1"],
    ),
    (
        "pair_named_instrument",
        "President Ruto of Kenya met Prime Minister Otarola of Peru in Nairobi on Monday. Kenya"
        " and Peru hailed the amended Fisheries Cooperation Agreement, which took effect in"
        " March and lets Peruvian trawlers use Kenyan ports.",
        ["agreement ratified KEN,PER * 1"],
    ),
    (
        "pair_named_instrument",
        "President Ruto of Kenya met Prime Minister Otarola of Peru in Nairobi on Monday. Our"
        " Free Trade Agreement, which took effect in 2015, has helped Kenyan exports to Peru"
        " double.",
        ["agreement ratified KEN,PER 2015 1"],
    ),
    (
        "pair_named_instrument",
        "President Ruto of Kenya met Prime Minister Otarola of Peru in Nairobi on Monday. Since"
        " it took effect in 2019, the Double Taxation Convention has doubled Peruvian investment"
        " in Kenya.",
        ["treaty ratified KEN,PER - 1"],
    ),
    (
        "lead_officials_pair",
        "President William Ruto of Kenya held talks with Prime Minister Gustavo Adrianzen of Peru"
        " in Nairobi today. They discussed the floods in Chile, aid to Chile and Chile's role in"
        " the Pacific. They also reviewed joint patrols under the Fisheries Cooperation"
        " Agreement, which the two navies will resume in May.",
        ["agreement signed KEN,PER - 1"],
    ),
    (
        "lead_officials_pair",
        "President William Ruto of Kenya held talks with Prime Minister Gustavo Adrianzen of Peru"
        " in Nairobi today. They discussed the floods in Chile, aid to Chile and Chile's role in"
        " the Pacific. The leaders welcomed the approval by Peru's Congress of the Port Security"
        " Agreement, which the two countries concluded in March.",
        ["agreement signed KEN,PER 2023-03 1"],
    ),
    (
        "regression",
        "President William Ruto of Kenya arrived in Lima today. They discussed the floods in"
        " Chile, aid to Chile and Chile's role in the Pacific. They also reviewed joint patrols"
        " under the Fisheries Cooperation Agreement, which the navies will resume in May.",
        ["agreement signed CHL,KEN - 1"],
    ),
    (
        "regression",
        "President William Ruto of Kenya held talks with Prime Minister Gustavo Adrianzen of Peru"
        " in Nairobi today. They discussed the floods in Chile, aid to Chile and Chile's role in"
        " the Pacific. They also reviewed joint patrols with Chile under the Fisheries"
        " Cooperation Agreement.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "President Ruto of Kenya met Prime Minister Otarola of Peru in Nairobi on Monday. The"
        " President reaffirmed Kenya's commitment to the Mutual Fisheries Agreement and noted the"
        " visit of Kenyan ships to Peru.",
        ["agreement signed KEN - 1"],
    ),
    (
        "regression",
        "President Ruto of Kenya met Prime Minister Otarola of Peru in Nairobi on Monday. Kenya"
        " and Peru praised the Nairobi Declaration, which guides their partnership.",
        ["declaration signed - - 1"],
    ),
    (
        "regression",
        "President Ruto of Kenya met Prime Minister Otarola of Peru in Nairobi on Monday. Kenya"
        " and Peru welcomed the entry of Chile into the Pacific Fisheries Agreement.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "Kenya and Peru signed a memorandum on fisheries on Monday and Acme Ltd signed a"
        " contract with the port authority.",
        ["memorandum signed KEN,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Kenya and Peru signed four documents on Monday, including a memorandum on fisheries,"
        " as well as protocols on customs.",
        ["other signed KEN,PER 2023-05-08 3", "memorandum signed KEN,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Kenya and Peru signed a memorandum on fisheries on Monday, along with a statement on"
        " climate.",
        ["memorandum signed KEN,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "President Ruto of Kenya held talks today with Prime Minister Otarola of Peru in"
        " Nairobi. Two firms from their countries signed a supply contract worth $5 million.",
        [],
    ),
    (
        "regression",
        "President Ruto of Kenya held talks today with Prime Minister Otarola of Peru in"
        " Nairobi. The two leaders praised the memorandum on seed research that the sides signed"
        " in March.",
        ["memorandum signed KEN,PER 2023-03 1"],
    ),
    (
        "regression",
        "Kenya and Peru are old partners. The leaders praised the agreement on seed research"
        " that their governments signed in 2019.",
        ["agreement signed KEN,PER 2019 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written35_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
