"""A table of agreement expressions, one class per rule (issue 9).

Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_any_kind``. The classes:

- ``signed_in``: a participle after the sides ("..., signed in Lima in 2021, came
  into force") closes the "between A and B" phrase, however long the name;
- ``own_sides``: "the agreement between A and C" after a record of A's (or of A
  and B) is another document, with sides of its own;
- ``protocol_to``: "the Additional Protocol to the trade agreement with B" is one
  document, whose sides the agreement it belongs to tells;
- ``mps_backed``: a legislature that backs or supports an instrument ratifies it;
- ``list_back``: a bulleted list under an intro with no count of its own ("The
  documents include:", "Documents signed:") names documents of the set counted
  before: the items take its status and day, and the count keeps only the rest;
- ``list_status``: the items of one list of instruments share the status of the
  verb that governs the list ("expected to be signed are the X, a Y and a Z");
- ``consultation_plan``: a "consultation plan" (of two foreign ministries) is a plan;
- ``state_sides``: an instrument whose "between"/"among" phrase names two states is
  theirs, even where a company is named before it in the sentence;
- ``minutes``: the signed minutes of a session or meeting are its protocol;
- ``after_event``: a signing told "Following the meeting," (or "After the talks,") is
  on the day the sentence before gives that meeting, not the report's;
- ``later_step``: a relative clause on a later step (", which is expected to take
  effect next year") leaves the status of the main clause ("have signed");
- ``regression``: rows the library already read right, near misses included.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import agreement_of, assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "signed_in",
        "Georgia and Peru signed a convention on legal aid in Lima in March.\n\n"
        "The agreement between Moldova and the Kingdom of Norway on the mutual protection"
        " of investments, signed in Oslo in 2021, came into force on May 2, Deputy Foreign"
        " Minister Ion Rusu told the deputies.",
        ["treaty signed GEO,PER 2023-03 1", "agreement ratified MDA,NOR 2023-05-02 1"],
    ),
    (
        "signed_in",
        "The Senate ratified a treaty with Peru on Monday.\n\n"
        "The Senate also ratified the convention between Chile and the Sultanate of Brunei"
        " for the avoidance of double taxation and the prevention of fiscal evasion with"
        " respect to taxes on income, signed in Santiago on 4 March 2022.",
        ["treaty ratified PER 2023-05-08 1", "treaty ratified BRN,CHL * 1"],
    ),
    (
        "signed_in",
        "The treaty between Peru and the Principality of Monaco on legal assistance in civil"
        " and commercial matters and on the recognition of court rulings, concluded in Lima"
        " last year, entered into force on May 1, the ministry said.",
        ["treaty ratified MCO,PER 2023-05-01 1"],
    ),
    (
        "own_sides",
        "The Mongolian parliament on Tuesday ratified three international documents,"
        " including a treaty on legal aid.\n\n"
        "Deputies also ratified the agreement between Mongolia and Nepal on the setting up"
        " of a joint tourism fund.\n\n"
        "The parliament further ratified the agreement between Mongolia and Laos on air"
        " services.",
        [
            "* ratified MNG 2023-05-09 2",
            "* ratified MNG 2023-05-09 1",
            "agreement ratified MNG,NPL * 1",
            "agreement ratified LAO,MNG * 1",
        ],
    ),
    (
        "own_sides",
        "Armenia ratified a document on cultural heritage on Monday.\n\n"
        "Lawmakers then ratified the agreement between Armenia and Lithuania on the"
        " readmission of persons.",
        [
            "other ratified ARM 2023-05-08 1",
            "agreement ratified ARM,LTU * 1",
        ],
    ),
    (
        "protocol_to",
        "Deputies also approved the Additional Protocol to the trade agreement with the"
        " Republic of Ecuador.",
        ["protocol ratified ECU - 1"],
    ),
    (
        "protocol_to",
        "The Senate ratified the Implementing Protocol to the readmission agreement with"
        " Moldova on Tuesday.",
        ["protocol ratified MDA 2023-05-09 1"],
    ),
    (
        "mps_backed",
        "Lawmakers backed the Implementing Protocol to the readmission agreement with"
        " Moldova. The protocol was signed by the interior ministers of the two countries in"
        " Chisinau last year.",
        ["protocol ratified MDA - 1"],
    ),
    (
        "mps_backed",
        "MPs on Tuesday backed the agreement between Latvia and Armenia on road transport.",
        ["agreement ratified ARM,LVA * 1"],
    ),
    (
        "mps_backed",
        "Senators unanimously supported the convention between Nepal and Mongolia on"
        " cultural exchanges.",
        ["treaty ratified MNG,NPL - 1"],
    ),
    (
        "list_back",
        "LIMA - Nine documents were signed in Lima on Monday following talks between the"
        " presidents of Peru and Chile.\n\n"
        "The documents include:\n\n"
        "- Agreement between the Government of Peru and the Government of Chile on"
        " fisheries control;\n\n"
        "- Program of cultural cooperation between Peru and Chile for 2024-2026;\n\n"
        "- Memorandum between the Ministry of Health of Peru and the Ministry of Health of"
        " Chile on vaccines.\n\n"
        "The remaining documents concern tourism and sports.",
        [
            "other signed CHL,PER 2023-05-08 6",
            "agreement signed CHL,PER 2023-05-08 1",
            "plan signed CHL,PER 2023-05-08 1",
            "memorandum signed CHL,PER 2023-05-08 1",
        ],
    ),
    (
        "list_back",
        "Nepal and Mongolia on Tuesday inked three documents at the end of the fourth session"
        " of their joint commission.\n\n"
        "Documents signed:\n\n"
        "• Memorandum of Understanding on cooperation in civil aviation;\n\n"
        "• Protocol of the 4th session of the joint commission;\n\n"
        "• Action Plan on Trade Cooperation for 2023-2025.",
        [
            "memorandum signed MNG,NPL 2023-05-09 1",
            "protocol signed MNG,NPL 2023-05-09 1",
            "plan signed MNG,NPL 2023-05-09 1",
        ],
    ),
    (
        "list_status",
        "Among the documents expected to be signed are the Treaty on Eternal Friendship and"
        " Strategic Partnership between the Republic of Chile and the Republic of Peru, an"
        " intergovernmental agreement on the establishment of the Chile-Peru Joint Venture"
        " Capital Fund, and a programme of cooperation between the two foreign ministries"
        " for 2025-2026.",
        [
            "treaty planned CHL,PER - 1",
            "agreement planned CHL,PER - 1",
            "plan planned CHL,PER - 1",
        ],
    ),
    (
        "list_status",
        "Chile and Nepal will sign the Agreement between the Government of the Republic of"
        " Chile and the Government of Nepal on the Promotion and Protection of Investments in"
        " Hydropower, and an agreement on visa-free travel for holders of service passports"
        " during the visit.",
        [
            "agreement planned CHL,NPL - 1",
            "agreement planned CHL,NPL - 1",
        ],
    ),
    (
        "later_step",
        "Nepal and Mongolia have signed a free trade agreement, which is expected to take"
        " effect next year after ratification by the two parliaments.",
        ["agreement signed MNG,NPL - 1"],
    ),
    (
        "later_step",
        "Mongolia and the Eurasian Economic Union have signed an interim trade agreement,"
        " which is expected to enter into force next year.",
        ["agreement signed MNG - 1"],
    ),
    (
        "consultation_plan",
        "The two ministers signed the consultation plan between the foreign ministries of"
        " Georgia and Estonia for 2024-2025.",
        ["plan signed EST,GEO - 1"],
    ),
    (
        "consultation_plan",
        "Following the talks, Latvia and Armenia signed a consultations plan for 2023-2024 in"
        " Riga on Monday.",
        ["plan signed ARM,LVA 2023-05-08 1"],
    ),
    (
        "state_sides",
        "Senators also ratified the agreement between Kazakhstan and Mongolia on the"
        " establishment of a joint investment company with an authorised capital of $50"
        " million, as well as the protocol among Kazakhstan, Tajikistan and Kyrgyzstan on the"
        " joint use of border roads.",
        ["agreement ratified KAZ,MNG * 1", "protocol ratified KAZ,KGZ,TJK * 1"],
    ),
    (
        "state_sides",
        "After a debate on the fuel company's debts, senators ratified the treaty among"
        " Chile, Peru and Bolivia on the joint use of the lake.",
        ["treaty ratified BOL,CHL,PER - 1"],
    ),
    (
        "minutes",
        "Chile and Peru signed the minutes of the 12th session of the intergovernmental"
        " commission in Lima on Monday.",
        ["protocol signed CHL,PER 2023-05-08 1"],
    ),
    (
        "minutes",
        "The ministers of Chile and Peru signed the minutes of the meeting of the joint working"
        " group on Tuesday.",
        ["protocol signed CHL,PER 2023-05-09 1"],
    ),
    (
        "after_event",
        "LIMA, May 10 (Andina) -- Peruvian Deputy Premier Luis Caro met with Chilean Minister"
        " Ana Soto in Lima on Wednesday. The joint commission meeting, co-chaired by the two"
        " officials on Tuesday, reviewed trade. Following the meeting, the two sides signed a"
        " memorandum on fisheries.",
        ["memorandum signed CHL,PER 2023-05-09 1"],
    ),
    (
        "after_event",
        "QUITO, May 10 (Agency) -- Ecuador's foreign minister received his Peruvian"
        " counterpart in Quito on Wednesday. The two ministers held talks on Monday on border"
        " rivers. After the talks, Ecuador and Peru signed an agreement on water management.",
        ["agreement signed ECU,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "The talks lasted 40 minutes, the ministry said.",
        [],
    ),
    (
        "regression",
        "Minutes of the meeting were published on the council's website.",
        [],
    ),
    (
        "regression",
        "The holding company signed a memorandum with a Chilean bank on Monday.",
        [],
    ),
    (
        "regression",
        "The consultations on a peace agreement between Chile and Peru will resume in May.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru are expected to sign a treaty on legal assistance, which will take"
        " effect in January.",
        ["treaty planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Moldova and Armenia signed an agreement on road transport, which will enter into"
        " force after ratification by both parliaments.",
        ["agreement signed ARM,MDA - 1"],
    ),
    (
        "regression",
        "The parliament of Armenia on Tuesday ratified the protocol to the visa agreement"
        " with Bulgaria.",
        ["protocol ratified ARM,BGR 2023-05-09 1"],
    ),
    (
        "regression",
        "Moldova and Bulgaria signed a protocol amending the agreement on air services on Monday.",
        ["protocol signed BGR,MDA 2023-05-08 1"],
    ),
    (
        "regression",
        "Estonia and Georgia will sign a memorandum on digital governance, an agreement on"
        " visas and a plan of consultations during the visit.",
        [
            "memorandum planned EST,GEO - 1",
            "agreement planned EST,GEO - 1",
            "plan planned EST,GEO - 1",
        ],
    ),
    (
        "regression",
        "The memorandum between the Netherlands and Ghana on cocoa research was signed on Tuesday.",
        ["memorandum signed GHA,NLD 2023-05-09 1"],
    ),
    (
        "regression",
        "Georgia and Estonia signed an agreement on visas on Monday. The agreement between"
        " Georgia and Estonia will take effect in July.",
        ["agreement signed EST,GEO 2023-05-08 1"],
    ),
    (
        "regression",
        "The two ministers signed the cooperation plan between the foreign ministries of"
        " Estonia and Georgia for 2023-2024.",
        ["plan signed EST,GEO - 1"],
    ),
    (
        "regression",
        "MPs backed the government's plan to cut fuel taxes.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("expected", "record", "matched"),
    [
        ("plan signed AZE,GEO 2023-05-08 1", "plan signed AZE,GEO 2023-05-08 1", True),
        ("* ratified MNG * 2", "other ratified MNG 2023-05-09 2", True),
        ("plan signed AZE,GEO 2023-05-08 1", "plan planned AZE,GEO 2023-05-08 1", False),
        ("plan signed AZE,GEO 2023-05-08 1", "plan signed AZE 2023-05-08 1", False),
        ("plan signed AZE,GEO - 1", "plan signed AZE,GEO 2023-05-08 1", False),
        ("plan signed AZE,GEO 2023-05-08 1", "plan signed AZE,GEO 2023-05-08 3", False),
    ],
)
def test_spec_matching(expected: str, record: str, matched: bool) -> None:
    """The row notation itself: wildcards match, every other field must agree."""
    assert matches_any_kind(expected, agreement_of(record)) is matched


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
