"""A table of agreement expressions whose errors recur across the released sets (session 18).

The classes come from the errors of all released sets read at once (the dev and crawled
keys, each writer's read pages, corpus blind 11-16): a class has rows here only when its
errors occur in three different sets or more. Its rows are agreement rows
(``agreement_rows`` says what a row is, how its records are written and when it passes),
matched by ``matches_any_kind``; every text is invented. The classes:

- ``subject_named``: a document named by its subject ("the Transit Trade Agreement", "the
  Convention on Fishing Rights"), told in a story on two states, is those two states' when
  its sentence names no state, whatever it tells of it ("exporters on both sides gained from
  the X Agreement", "when the X Agreement starts"), or names only them and tells an act on
  it ("trade with B under the X Agreement signed in 2020"); one named only after a place
  ("the Cusco accord", "the Plaza Accord") is the meeting's there, and keeps no party unless
  its sentence tells the pair's own act; a sentence naming the two states and no act on the
  document ("the ministers of A and B praised the X Agreement") is a stance: no party;
- ``reported_implemented``: documents told as signed and then, in reported speech, as "were
  being implemented" ("the sides noted that the documents signed during the visit in 2021
  were being successfully implemented") are in force now, as "are being implemented" makes
  them: ratified, of no day (the signing's day is their history);
- ``turn_pair``: a story of one state meeting several others in turn (its headline or lead
  names two others or more: "received the ministers of B, C and D", "talks with B's
  president and C's president") tells each instrument of "the two sides", or of no side,
  with the home state (the dateline's, or the lead's subject's) and the one other state its
  sentence tells, or else the nearest sentence before it: by name, demonym, official or a
  city opening the sentence ("In C's capital, the two sides signed ..."), not the pair the
  story names most; a story whose lead names one other state, or a dateline of an agency's
  city that is no side, keeps its pair;
- ``summit_roster``: a summit whose opening lists the states taking part ("held under the
  chairmanship of the President of A. It was attended by the Presidents of B, C and D")
  tells an instrument of "the heads of state", "the leaders" or "the participants" with all
  of them, not the two the story names most; a guest of honour's sentence lists no member,
  and an opening naming an organisation tells a summit of its members (a group is not
  expanded);
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "subject_named",
        "Chile and Peru held talks in Lima on Monday on fishing quotas. Chile's minister said"
        " Peru and Chile trade a lot. Exporters on both sides have gained from the Fisheries"
        " Trade Agreement, which took effect in 2019.",
        ["agreement ratified CHL,PER 2019 1"],
    ),
    (
        "subject_named",
        "Kenya's trade minister visited Uganda on Monday. Kenya and Uganda discussed rail links."
        " Officials in Nairobi want to raise trade with Uganda to $3 billion under the Lake"
        " Transit Agreement signed in 2020.",
        ["agreement signed KEN,UGA 2020 1"],
    ),
    (
        "subject_named",
        "Ghana and Togo held talks on ports. Ghana and Togo agreed to cut harbour fees. Business"
        " should grow further from 2025 when the West African Customs Union Agreement starts.",
        ["agreement signed GHA,TGO - 1"],
    ),
    (
        "subject_named",
        "Norway's fishing minister met Iceland's envoy in Oslo. Norway and Iceland disagree on"
        " quotas. The court found that the catch fell within the Convention on Fishing Rights in"
        " the North Atlantic.",
        ["treaty signed ISL,NOR - 1"],
    ),
    (
        "reported_implemented",
        "Kenya's foreign minister called Uganda's foreign minister on Monday. During the call, the"
        " sides noted that the documents signed during the Kenyan president's visit to Uganda in"
        " 2021 were being successfully implemented.",
        ["other ratified KEN,UGA - 1"],
    ),
    (
        "reported_implemented",
        "Chile's president received Peru's prime minister in Santiago. He said the agreements"
        " signed in Lima last year were being implemented.",
        ["agreement ratified CHL,PER - 1"],
    ),
    (
        "reported_implemented",
        "Ghana's president met Togo's president. The two leaders noted that the memorandum on"
        " ports, signed in Accra in March, was being implemented.",
        ["memorandum ratified GHA,TGO - 1"],
    ),
    (
        "turn_pair",
        "MONTEVIDEO, May 9 - Uruguay's president met Chile's president and Ghana's president last"
        " week. Chile and Uruguay discussed copper, and Chile's president praised Uruguay's ports."
        " In Accra, the two leaders discussed cocoa. A road map on trade is to be signed next"
        " year.",
        ["plan planned GHA,URY 2024 1"],
    ),
    (
        "turn_pair",
        "ACCRA, May 9 - Ghana's President received Togo's foreign minister and Benin's defence"
        " minister on Tuesday. The Togolese minister conveyed greetings from his president. The"
        " sides recalled their video call in January, during which the two presidents witnessed"
        " the signing of a memorandum on ports. Later, Benin's minister praised Ghana's army, and"
        " Benin and Ghana agreed to patrol the border together.",
        ["memorandum signed GHA,TGO * 1"],
    ),
    (
        "turn_pair",
        "SANTIAGO, May 8 - Chile's president returned home on Sunday after talks with Peru's"
        " president and Bolivia's president. In La Paz, the two sides signed four memoranda on"
        " trade.",
        ["memorandum signed BOL,CHL * 4"],
    ),
    (
        "summit_roster",
        "The third Consultative Meeting of the Heads of State of the Andes was held in Lima on"
        " Friday under the chairmanship of the President of Peru. It was attended by the"
        " Presidents of Chile, Bolivia and Ecuador. The President of Brazil took part as guest of"
        " honour. Following the meeting, the heads of state signed the Road Map for Regional"
        " Water Cooperation for 2023-2025.",
        ["plan signed BOL,CHL,ECU,PER 2023-05-05 1"],
    ),
    (
        "summit_roster",
        "The second Summit of Nile Basin Leaders was held in Kampala on Monday, chaired by the"
        " President of Uganda. The leaders of Kenya, Tanzania and Rwanda took part in it. At the"
        " meeting, the leaders approved the Road Map for Lake Transport. A concept of interaction"
        " on river transport was also adopted.",
        ["plan signed KEN,RWA,TZA,UGA 2023-05-08 1", "other signed KEN,RWA,TZA,UGA 2023-05-08 1"],
    ),
    (
        "summit_roster",
        "The fourth Consultative Meeting of Baltic Heads of State took place in Riga on Tuesday"
        " under the chairmanship of the President of Latvia. It was attended by the Presidents of"
        " Estonia, Lithuania and Finland. The participants noted that the Treaty on Baltic"
        " Friendship, signed at the previous meeting in Tallinn last year, had entered into"
        " force.",
        ["treaty ratified EST,FIN,LTU,LVA - 1"],
    ),
    (
        "regression",
        "The summit of the Shanghai Cooperation Organisation was held in Astana on Friday under"
        " the chairmanship of Kazakhstan. It was attended by the leaders of China, Russia and"
        " India. The leaders adopted the Astana Declaration on Security.",
        ["declaration signed - 2023-05-05 1"],
    ),
    (
        "regression",
        "The talks were held in Lima on Friday under the chairmanship of Peru's president. They"
        " were attended by the President of Chile. The presidents signed a memorandum on fishing.",
        ["memorandum signed CHL,PER 2023-05-05 1"],
    ),
    (
        "regression",
        "ACCRA, May 9 - Ghana's President received Togo's foreign minister on Tuesday. The"
        " Togolese minister conveyed greetings from his president. The sides recalled their video"
        " call in January, during which the two presidents witnessed the signing of a memorandum"
        " on ports. Later, Benin's minister praised Ghana's army, and Benin and Ghana agreed to"
        " patrol the border together.",
        ["memorandum signed GHA,TGO * 1"],
    ),
    (
        "regression",
        "BAKU, May 9 - Iran's foreign minister arrived in Muscat on Saturday for talks with Oman's"
        " foreign minister. The ministers reviewed ties and the war in Yemen. At the end of the"
        " talks, they signed a memorandum on consultations.",
        ["memorandum signed IRN,OMN * 1"],
    ),
    (
        "regression",
        "Kenya's president received Ghana's foreign minister on Monday. The sides discussed the"
        " situation in Sudan. They signed a memorandum on visas.",
        ["memorandum signed GHA,KEN * 1"],
    ),
    (
        "regression",
        "Ghana's president met Togo's president. He said the memorandum on ports, signed in Accra"
        " in March, was being discussed by experts.",
        ["memorandum signed GHA,TGO 2023-03 1"],
    ),
    (
        "regression",
        "Ghana's president met Togo's president. He said the memorandum on ports was signed in"
        " Accra in March, while roads were being implemented.",
        ["memorandum signed GHA,TGO 2023-03 1"],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Monday on fishing quotas. Chile's minister said Peru"
        " and Chile trade a lot. Exporters on both sides still talk about the Cusco accord.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Monday on fishing quotas. Chile's minister said Peru"
        " and Chile trade a lot. Markets have been calm since the Plaza Accord.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima. Chile and Peru trade a lot. The ministers of Chile and"
        " Peru praised the Fisheries Trade Agreement.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima. Chile and Peru trade a lot. Chile's exporters gained"
        " under the Fisheries Trade Agreement with Ecuador.",
        ["agreement signed ECU - 1"],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima. Chile, Peru and Bolivia all trade a lot with each"
        " other, and Bolivia and Chile trade most. Exporters gained under the Andean Trade"
        " Agreement.",
        ["agreement signed - - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_pooled_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
