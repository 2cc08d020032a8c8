"""A table of agreement expressions read from the released o pages (session 17).

Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_any_kind``. The classes:

- ``ratified_set``: a sentence that ratifies a counted set of documents without naming them
  ("signed laws on the ratification of three international documents", "parliament
  approved two documents on Tuesday") is followed by sentences naming them one by one ("The
  first of them is", "The second one concerns", "The head of state also approved"): each
  named one is ratified, on the set's day, even where a later sentence tells its earlier
  signing;
- ``name_in_name``: an instrument word inside the name of another instrument just named
  ("the Protocol on Phase II of the A-B Free Trade Agreement", "the Memorandum on the
  Implementation of the Agreement on X") is part of that name, not a document of its own;
  a second name the first runs on into ("the Declaration on X and the Program of Y") is
  still one;
- ``sports_bodies``: a document signed by sports bodies (a football or chess federation, a
  national olympic committee) is not between states, whatever states their names hold; a
  state's sports ministry, the Russian Federation and its Federation Council stay states;
- ``talking_pair``: "the sides" in a sentence that tells one of a story's several talks
  ("In his conversation with B, A recalled that the sides signed", "Speaking with B") are
  the states of the two officials it names, as the story tells them, not the pair the story
  names most; with no talk told in the sentence, the story's pair stays;
- ``pair_modifier``: states' names joined by hyphens before an instrument word ("a
  Chile-Peru pact") name its sides, not its topic: it is the pact of those sides told
  before, not another one; a pair of other sides ("a Ghana-Benin accord" after Ghana and
  Togo's) stays a document of its own;
- ``backs_efforts``: a state named as the giver of support to another's efforts toward an
  instrument ("welcomed A's efforts to pursue a road map and offered full B support for those
  efforts") is not one of its sides, as a mediator is not; a state that supports the
  instrument itself, or signs it, stays one;
- ``regression``: near misses the library already read right and must keep (a signed set
  followed by "The first of them", a signing told after a ratified set with no opener of a
  member, two names joined by "and").
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "ratified_set",
        "The president on Monday signed laws ratifying two international treaties. The first of"
        " them is the Convention between Ghana and Togo on double taxation. The head of state"
        " also approved the Protocol on border trade between Ghana and Benin.",
        ["treaty ratified GHA,TGO 2023-05-08 1", "protocol ratified BEN,GHA 2023-05-08 1"],
    ),
    (
        "ratified_set",
        "Lawmakers on Tuesday approved the ratification of three intergovernmental agreements."
        " The second one concerns the agreement between Kenya and Uganda on rail links, which"
        " had been signed in Kampala in March 2022.",
        ["agreement ratified KEN,UGA 2023-05-09 1"],
    ),
    (
        "ratified_set",
        "The parliament approved two documents on Tuesday. The last of them is the memorandum"
        " between the ministries of health of Chile and Peru.",
        ["memorandum ratified CHL,PER 2023-05-09 1"],
    ),
    (
        "ratified_set",
        "The king on Tuesday signed laws on the ratification of two international documents."
        " The first of them is the Agreement between Chile and Peru on fisheries. The agreement"
        " was signed during a visit of the Peruvian president in May 2022.",
        ["agreement ratified CHL,PER 2023-05-09 1"],
    ),
    (
        "ratified_set",
        "The king on Friday signed laws ratifying three international agreements. The first of"
        " them is the Agreement between Chile and Peru on fisheries. It was signed in Lima in"
        " 2022. The king also approved the Protocol between Chile and Bolivia on customs. Under"
        " the protocol, duties fall on 30 goods. The third law concerns the memorandum between"
        " the education ministries of Chile and Ecuador on student exchange.",
        [
            "agreement ratified CHL,PER 2023-05-05 1",
            "protocol ratified BOL,CHL 2023-05-05 1",
            "memorandum ratified CHL,ECU 2023-05-05 1",
        ],
    ),
    (
        "regression",
        "The ministers on Tuesday signed three documents. The first is the Agreement between Chile"
        " and Peru on fisheries.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Parliament ratified two agreements on Tuesday. Separately, Chile and Peru signed a"
        " memorandum on trade in Lima.",
        ["memorandum signed CHL,PER - 1"],
    ),
    (
        "name_in_name",
        "Exporters say they cannot use the Protocol on Phase II of the Chile-Peru Free Trade"
        " Agreement, which entered into force in January 2020.",
        ["protocol ratified CHL,PER 2020-01 1"],
    ),
    (
        "name_in_name",
        "Ghana and Togo on Tuesday signed the Memorandum on the Implementation of the Agreement on"
        " Road Transport.",
        ["memorandum signed GHA,TGO 2023-05-09 1"],
    ),
    (
        "name_in_name",
        "Norway and Iceland adopted the Action Plan for the Second Stage of the Norway-Iceland"
        " Fisheries Treaty on Monday.",
        ["plan signed ISL,NOR 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru on Tuesday signed the Protocol to the Agreement on Fisheries of 2010 and a"
        " memorandum on customs.",
        [
            "protocol signed CHL,PER 2023-05-09 1",
            "agreement signed CHL,PER 2010 1",
            "memorandum signed CHL,PER * 1",
        ],
    ),
    (
        "sports_bodies",
        "Last week the Kenyan Football Federation and the Football Federation of Uganda agreed a"
        " memorandum on referee training.",
        [],
    ),
    (
        "sports_bodies",
        "The national chess federations of Norway and Iceland signed an agreement on joint youth"
        " tournaments in Oslo on Monday.",
        [],
    ),
    (
        "sports_bodies",
        "The Olympic Committee of Ghana and its Togolese counterpart signed an agreement on"
        " training camps on Monday.",
        [],
    ),
    (
        "regression",
        "The sports ministers of Chile and Peru signed a memorandum on joint training camps on"
        " Monday.",
        ["memorandum signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "The Russian Federation and Chile signed a memorandum on trade on Tuesday.",
        ["memorandum signed CHL,RUS 2023-05-09 1"],
    ),
    (
        "regression",
        "Russia's Federation Council on Tuesday ratified the treaty on border rivers with Chile.",
        ["treaty ratified CHL,RUS 2023-05-09 1"],
    ),
    (
        "talking_pair",
        "On Friday, Kenyan President Paul Omondi phoned Ugandan President Joseph Okello and"
        " Tanzanian President Amina Said. Speaking with Amina Said, Paul Omondi recalled that the"
        " sides signed a memorandum on lake transport in March.",
        ["memorandum signed KEN,TZA 2023-03 1"],
    ),
    (
        "talking_pair",
        "On Monday, Norwegian Prime Minister Erik Dahl held calls with Icelandic Prime Minister"
        " Jon Gunnarsson and Danish Prime Minister Mette Holm. During his call with Mette Holm,"
        " Erik Dahl noted that the sides had signed the Agreement on Arctic Research in Oslo.",
        ["agreement signed DNK,NOR - 1"],
    ),
    (
        "talking_pair",
        "Ghanaian Foreign Minister Kofi Mensah spoke with his Togolese counterpart Yao Agbeko and"
        " Beninese Foreign Minister Paul Dossou. In his conversation with Paul Dossou, Kofi Mensah"
        " said the sides were preparing a treaty on border demarcation.",
        ["treaty planned BEN,GHA - 1"],
    ),
    (
        "regression",
        "Ghanaian Foreign Minister Kofi Mensah spoke with his Togolese counterpart Yao Agbeko and"
        " Beninese Foreign Minister Paul Dossou. The ministers noted that the sides signed a"
        " memorandum on fisheries in March.",
        ["memorandum signed GHA,TGO 2023-03 1"],
    ),
    (
        "regression",
        "Ghanaian President Kofi Mensah met Togolese President Yao Agbeko in Accra on Monday. The"
        " sides signed an agreement on customs.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "pair_modifier",
        "A free trade pact between Chile and Peru could lift both economies, a study said. The"
        " author said a Chile-Peru pact could also set an example for other talks.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "pair_modifier",
        "Norway and Iceland are drafting a fisheries treaty. Diplomats expect a Norway-Iceland"
        " treaty to be signed next year.",
        ["treaty planned ISL,NOR 2024 1"],
    ),
    (
        "pair_modifier",
        "Kenya and Uganda are negotiating a free trade deal. A Kenya-Uganda deal in such fields as"
        " farm subsidies would help exporters, an economist said.",
        ["agreement planned KEN,UGA - 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a customs agreement on Monday. A Ghana-Benin accord on fisheries"
        " was signed in March.",
        ["agreement signed GHA,TGO 2023-05-08 1", "agreement signed BEN,GHA 2023-03 1"],
    ),
    (
        "backs_efforts",
        "The minister welcomed Chile's efforts to pursue a broader road map for ending the border"
        " dispute and offered full Peruvian support for those efforts.",
        ["plan planned CHL - 1"],
    ),
    (
        "backs_efforts",
        "The envoy praised Iceland's plans to conclude a fisheries treaty and pledged Norwegian"
        " backing for those efforts.",
        ["treaty planned ISL - 1"],
    ),
    (
        "backs_efforts",
        "The foreign minister said Togo is preparing a security pact and offered Ghanaian"
        " assistance to the government's efforts.",
        ["agreement planned TGO - 1"],
    ),
    (
        "regression",
        "The envoy said Togo is preparing a security pact with Ghana and offered Ghanaian support"
        " for the pact.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a road map on trade, and the minister offered Chilean support for"
        " the plan.",
        ["plan signed CHL,PER - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released_o_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
