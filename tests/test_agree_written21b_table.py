"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W1-W60 (session 21,
written in the manner of the corpus by two writers who never ran the library) pooled with the
released blind keys corpus blind 17 and 18 and the audit's silver-tune: a class has rows here
when its errors occur in three different articles or more, in two sets or more, and a change
of the library fixed it. Its rows are agreement rows (``agreement_rows`` says what a row is,
how its records are written and when it passes), matched by ``matches_any_kind``; every text
is invented. The classes:

- ``pact_reference_split``: a story's later reference to the instrument it has just told is
  that instrument, not another one: the name given to it in a later sentence ("A and B signed
  a transport pact ... The Northern Transport Agreement was signed in X"), when every word of
  the first telling's topic is in the name and the named one has no other sides, and the
  document form a definite reference is said to take ("The deal, set out in a memorandum of
  understanding, was struck", "The accord, in the form of a protocol"), which also gives the
  record its kind;
- ``implementation_is_ratified``: an instrument the story tells as being implemented or in
  force now is ratified, also when a participle right after it tells its signing or
  adoption before ("the memorandum on X signed in Lome in 2021 is being implemented",
  "reviewed progress in implementing the X Accord adopted in Arusha", "are already
  implementing the accord signed last year"): the participle tells its past, the clause
  its present;
- ``new_pact_urged`` (its shape of a programme the sides agree to draft): a programme of
  cooperation whose fields are listed ("of economic, industrial and technical cooperation")
  or whose span ends in a year ("up to the year 2000", "until 2035") is a document between
  the sides like one "for 2019-2024", so a bare "programme" told so is an instrument, planned
  while it is drafted or prepared;
- ``welcomed_signing_noun``: a step of an instrument told as a noun its sides welcome or
  note tells its status: "welcomed the finalization of a X Framework", "hailed the successful
  conclusion of an accord" (done: signed), "noted with satisfaction the entry into force of
  the protocol" (in force: ratified); the instrument "between their governments" that the
  two sides note or discuss is the story's pair's;
- ``regression``: near misses that must stay as they are (a named instrument of another kind
  or year, one of other sides, one whose name does not hold the topic, a document the deal
  foresees, and a document of its own beside the deal; an entry into force still to come,
  an implementing that must or will start, and a signing beside another instrument in force;
  one state's own programme and a programme of no cooperation; a finalization discussed or
  hoped for, and an entry into force expected; a deal between warring countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "pact_reference_split",
        "Peru and Ecuador have signed a broad trade pact that cuts duties on farm goods. The"
        " Andean Trade Partnership Agreement was signed in Lima on Tuesday by the two trade"
        " ministers.",
        ["agreement signed ECU,PER 2023-05-09 1"],
    ),
    (
        "pact_reference_split",
        "Kenya and Uganda signed a transport pact in Mombasa. The Northern Corridor Transport"
        " Agreement was signed in Nairobi by the transport ministers of Kenya and Uganda.",
        ["agreement signed KEN,UGA - 1"],
    ),
    (
        "pact_reference_split",
        "Ghana and Togo have concluded a border accord. The Volta Border Demarcation Accord was"
        " concluded after two days of talks in Accra.",
        ["agreement signed GHA,TGO - 1"],
    ),
    (
        "pact_reference_split",
        "Norway and Iceland have reached a deal on fishing quotas. The deal, set out in a"
        " memorandum of understanding, was struck after long talks in Oslo.",
        ["memorandum signed ISL,NOR - 1"],
    ),
    (
        "pact_reference_split",
        "Chile and Argentina reached an accord on glacier protection. The accord, in the form of"
        " a protocol, was signed in Santiago on Monday.",
        ["protocol signed ARG,CHL - 1"],
    ),
    (
        "implementation_is_ratified",
        "Ghana's foreign minister met his Togolese counterpart in Accra on Tuesday. The"
        " ministers noted that the memorandum of understanding on water management signed"
        " between the two governments in Lome in 2021 is being successfully implemented.",
        ["memorandum ratified GHA,TGO - 1"],
    ),
    (
        "implementation_is_ratified",
        "Kenya and Tanzania reviewed progress in implementing the Lake Victoria Fisheries Accord"
        " adopted in Arusha.",
        ["agreement ratified KEN,TZA - 1"],
    ),
    (
        "implementation_is_ratified",
        "Peru and Chile said the border protocol concluded in Lima in 2019 is now in force.",
        ["protocol ratified CHL,PER - 1"],
    ),
    (
        "implementation_is_ratified",
        "Chile and Argentina are already implementing the glacier accord signed in Santiago last"
        " year.",
        ["agreement ratified ARG,CHL - 1"],
    ),
    (
        "implementation_is_ratified",
        "Mongolia and Japan noted headway in implementing the road map adopted at their last"
        " summit.",
        ["plan ratified JPN,MNG - 1"],
    ),
    (
        "regression",
        "Chile and Argentina signed a glacier accord in Santiago on Monday, which is expected to"
        " take effect next year.",
        ["agreement signed ARG,CHL 2023-05-08 1"],
    ),
    (
        "regression",
        "The ministers of Ghana and Togo noted that the fisheries agreement signed in 2021 must"
        " be implemented in full.",
        ["agreement signed GHA,TGO 2021 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a fisheries agreement on Monday and will start implementing it"
        " next year.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Peru and Chile signed a border protocol in Lima on Monday; the trade accord between"
        " them is being implemented.",
        ["protocol signed CHL,PER 2023-05-08 1", "agreement ratified CHL,PER - 1"],
    ),
    (
        "new_pact_urged",
        "Peru and Bolivia agreed to draft a programme of trade and technical cooperation up to"
        " the year 2030, officials said.",
        ["plan planned BOL,PER - 1"],
    ),
    (
        "new_pact_urged",
        "Ghana's foreign minister met his Togolese counterpart in Accra on Monday. The two sides"
        " agreed to start preparing a long-term programme for scientific, cultural and"
        " educational cooperation until 2035.",
        ["plan planned GHA,TGO - 1"],
    ),
    (
        "new_pact_urged",
        "Chile and Peru are preparing a programme of economic, trade and cultural cooperation for"
        " 2024-2028.",
        ["plan planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Peru launched a national programme for rural cooperation until 2030.",
        [],
    ),
    (
        "regression",
        "Chile and Peru discussed their space programme until 2030.",
        [],
    ),
    (
        "welcomed_signing_noun",
        "Chile's foreign minister met her Peruvian counterpart in Lima on Monday. Both ministers"
        " welcomed the finalization of a Green Hydrogen Partnership Framework.",
        ["other signed CHL,PER - 1"],
    ),
    (
        "welcomed_signing_noun",
        "Kenya and Tanzania hailed the successful conclusion of a fisheries accord, their"
        " ministries said.",
        ["agreement signed KEN,TZA - 1"],
    ),
    (
        "welcomed_signing_noun",
        "Chile and Peru noted with satisfaction the entry into force of the border protocol.",
        ["protocol ratified CHL,PER - 1"],
    ),
    (
        "welcomed_signing_noun",
        "Mongolia and Japan noted the entry into force of their visa agreement.",
        ["agreement ratified JPN,MNG - 1"],
    ),
    (
        "welcomed_signing_noun",
        "Ghana and Togo held talks in Accra on Tuesday. The two sides noted the entry into force"
        " in March of the agreement between their governments on fisheries.",
        ["agreement ratified GHA,TGO * 1"],
    ),
    (
        "welcomed_signing_noun",
        "Chile and Peru held talks in Lima on Monday. Both ministers welcomed the entry into"
        " force of the accord between their governments on visas.",
        ["agreement ratified CHL,PER - 1"],
    ),
    (
        "welcomed_signing_noun",
        "Ghana and Togo held talks in Accra on Tuesday. The two sides discussed the fisheries"
        " agreement between their governments.",
        ["agreement signed GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana and Togo held talks in Accra on Tuesday. The two sides said a deal between warring"
        " countries is in force.",
        ["agreement ratified - - 1"],
    ),
    (
        "regression",
        "Chile and Peru discussed the finalization of a border protocol.",
        ["protocol planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Kenya and Tanzania hope for the early conclusion of a fisheries accord.",
        ["agreement planned KEN,TZA - 1"],
    ),
    (
        "regression",
        "Chile and Peru said the entry into force of the border protocol is expected next year.",
        ["protocol planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Peru and Ecuador have signed a trade pact. The Amazon Cooperation Treaty of 1978 also"
        " binds both.",
        ["agreement signed ECU,PER - 1", "treaty signed ECU,PER 1978 1"],
    ),
    (
        "regression",
        "Peru and Ecuador signed a trade pact on Monday. Peru and Chile signed the Pacific Trade"
        " Agreement in March.",
        ["agreement signed ECU,PER 2023-05-08 1", "agreement signed CHL,PER 2023-03 1"],
    ),
    (
        "regression",
        "Peru and Ecuador signed a fisheries pact on Monday. The Andean Trade Partnership"
        " Agreement was signed by Peru and Ecuador in 2019.",
        ["agreement signed ECU,PER 2023-05-08 1", "agreement signed ECU,PER 2019 1"],
    ),
    (
        "regression",
        "Norway and Iceland reached a deal on fishing quotas on Monday. Under the deal, a"
        " memorandum of understanding on research will be signed later.",
        ["agreement signed ISL,NOR 2023-05-08 1", "memorandum planned ISL,NOR - 1"],
    ),
    (
        "regression",
        "Norway and Iceland have reached a deal on fishing quotas. A memorandum of understanding"
        " on research, set out in an annex, was signed too.",
        ["agreement signed ISL,NOR - 1", "memorandum signed ISL,NOR - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written21b_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
