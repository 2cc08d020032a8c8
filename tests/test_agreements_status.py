"""Agreements: signed, planned or ratified.

Planned documents (to be signed, finalised, worked on, negotiated), ratifications and
entries into force told after the signing, documents being implemented, and views or
steps that set no signing. Rows are sentences written for these tests with invented names
and figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, agreement_summaries, summary
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2024, 4, 17)


# (headline, body, expected summaries)
Row = tuple[str | None, str, list[Summary]]


# "exchanged views on a memorandum" is a talk about it, not the exchange of signed copies:
# the status comes from its own cue ("expected to be signed": planned).
EXCHANGED_VIEWS: list[Row] = [
    (
        None,
        "Chile and Norway discussed energy in a phone call on Tuesday. "
        "The sides also exchanged views on a memorandum of understanding in the field of "
        "fisheries, which is expected to be signed later this year.",
        [("memorandum", "planned", ["CHL", "NOR"], "2024")],
    ),
    (
        None,
        "Chile and Norway held talks on Tuesday. "
        "The ministers exchanged the signed copies of an agreement on visas.",
        [("agreement", "signed", ["CHL", "NOR"], "2024-04-16")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), EXCHANGED_VIEWS)
def test_exchanged_views(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Views exchanged on an instrument set no signing."""
    assert agreement_summaries(body, PUB, headline) == expected


# An instrument "to be finalised" is a step to come like one "to be signed": the sentence
# that names no side takes the story's two sides (the headline's pair).
TO_BE_FINALISED: list[Row] = [
    (
        "Chile, Peru review road and energy links",
        "The Chilean ambassador called on the Peruvian trade minister on Tuesday. Both sides "
        "expressed the hope that the agreement on air services would be finalised at the next "
        "session.",
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    (
        "Ghana, Peru review ties",
        "Ghana and Peru held consultations in Accra on Monday. The two sides said the treaty on "
        "legal assistance will be finalized by the end of the year.",
        [("treaty", "planned", ["GHA", "PER"], None)],
    ),
    # No instrument: details of a route are not a document.
    (
        "Ghana, Peru review ties",
        "Ghana and Peru held consultations in Accra on Monday. The two sides said the details "
        "of the new route will be finalized by the end of the year.",
        [],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), TO_BE_FINALISED)
def test_to_be_finalised(headline: str | None, body: str, expected: list[Summary]) -> None:
    """An instrument that "would be finalised" is planned, between the story's two sides."""
    assert agreement_summaries(body, PUB, headline) == expected


# "Working on" / "talks on" a cooperation or action plan is a step to come, as it is for an
# agreement or a road map; a state's own budget plans stay out.
WORKING_ON_A_PLAN: list[Row] = [
    (
        "Chile, Norway review trade",
        "Chile and Norway held talks in Oslo on Monday. The sides are also working on an action "
        "plan for 2025-2026.",
        [("plan", "planned", ["CHL", "NOR"], None)],
    ),
    (
        "Ghana, Peru review ties",
        "Trade between Ghana and Peru rose 8 percent last year. The two sides are in talks on a "
        "plan of cooperation in fisheries.",
        [("plan", "planned", ["GHA", "PER"], None)],
    ),
    ("Chile budget", "Chile is working on its budget plans for 2026.", []),
]


@pytest.mark.parametrize(("headline", "body", "expected"), WORKING_ON_A_PLAN)
def test_working_on_a_plan(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A cooperation or action plan being worked on is planned, between the two sides."""
    assert agreement_summaries(body, PUB, headline) == expected


# A further object of a ratifying verb ("ratified the X, as well as a Y"; "MPs endorsed a Y,
# and the Z, which was signed in ...") is ratified too, with the states of its own item; a
# new clause with a signing verb of its own keeps its status.
RATIFIED_LIST: list[Row] = [
    (
        None,
        "The parliament of Chile on Tuesday ratified the convention on legal aid between Chile "
        "and Argentina. Chilean MPs also endorsed a protocol amending the 2015 Chile-Bolivia "
        "agreement on road transport, and the air services agreement with Norway, which was "
        "signed in Oslo last June.",
        [
            ("treaty", "ratified", ["ARG", "CHL"], "2024-04-16"),
            # endorsed in the same session the lead dates: that day, not the signing's
            ("protocol", "ratified", ["BOL", "CHL"], "2024-04-16"),
            ("agreement", "ratified", ["CHL", "NOR"], "2024-04-16"),
        ],
    ),
    (
        None,
        "The parliament of Chile on Tuesday ratified the convention on legal aid between Chile "
        "and Argentina, and the two presidents signed a memorandum on tourism.",
        [
            ("treaty", "ratified", ["ARG", "CHL"], "2024-04-16"),
            ("memorandum", "signed", ["ARG", "CHL"], None),
        ],
    ),
]


# A further item with a predicate of its own keeps that predicate's status.
RATIFIED_LIST += [
    (
        None,
        "The parliament of Chile on Tuesday ratified the treaty on trade with Peru, and the "
        "memorandum on tourism was signed on Monday.",
        [
            ("treaty", "ratified", ["CHL", "PER"], "2024-04-16"),
            ("memorandum", "signed", ["CHL", "PER"], "2024-04-15"),
        ],
    ),
    (
        None,
        "The parliament of Chile on Tuesday ratified the treaty on trade with Peru, and the "
        "memorandum on tourism will be signed in May.",
        [
            ("treaty", "ratified", ["CHL", "PER"], "2024-04-16"),
            ("memorandum", "planned", ["CHL", "PER"], "2024-05"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), RATIFIED_LIST)
def test_ratified_list(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Every object of one ratifying verb is ratified."""
    assert agreement_summaries(body, PUB, headline) == expected


def _run(headline: str | None, body: str) -> list[Summary]:
    return [
        summary(a) for a in extract_agreements(Article(title=headline, body=body, published=PUB))
    ]


# The latest status a sentence tells of one instrument: "signed during that visit, has been
# ratified"; "the implementation of the X Agreement", "which became operational": in force.
LATEST_STATUS: list[Row] = [
    (
        None,
        "The sides recalled the visit of the President of Peru to Chile in May last year. "
        "It was noted that the Treaty on Eternal Friendship between Chile and Peru, signed "
        "during that visit, has been ratified by the parliaments of both countries.",
        [("treaty", "ratified", ["CHL", "PER"], None)],
    ),
    (
        None,
        "The minister of Chile met the ambassador of Peru on Tuesday. The two sides discussed "
        "the implementation of the Chile-Peru Free Trade Agreement.",
        [("agreement", "ratified", ["CHL", "PER"], None)],
    ),
    (
        None,
        "Chile and Peru said the Chile-Peru Customs Agreement became operational last month.",
        [("agreement", "ratified", ["CHL", "PER"], None)],
    ),
    # A signing still to come stays planned: "must be operationalised" is no entry into force.
    (
        None,
        "The minister of Chile said the Chile-Peru Customs Agreement must be signed soon.",
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), LATEST_STATUS)
def test_latest_status(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A ratification or an implementation told of a signed instrument makes it ratified."""
    assert _run(headline, body) == expected


# One record per document at its latest status: a signed instrument told later as in force
# (same kind, a topic word in common, the same sides) is that one, dated by its entry into force.
LATER_STEP: list[Row] = [
    (
        None,
        "Chile and Peru signed an agreement on mutual visa exemption in Lima on Monday. "
        "The visa agreement entered into force on April 16, allowing citizens of both "
        "countries to travel freely.",
        [("agreement", "ratified", ["CHL", "PER"], "2024-04-16")],
    ),
    # Another topic: another instrument.
    (
        None,
        "Chile and Peru signed an agreement on mutual visa exemption in Lima on Monday. "
        "The fisheries agreement between Chile and Peru entered into force on April 16.",
        [
            ("agreement", "signed", ["CHL", "PER"], "2024-04-15"),
            ("agreement", "ratified", ["CHL", "PER"], "2024-04-16"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), LATER_STEP)
def test_later_step(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A signed instrument's later entry into force is the same record, ratified."""
    assert _run(headline, body) == expected


# A later step told after the signing aside ("X, signed in Lima in May, was ratified by the
# congress on Tuesday", "..., signed at the last summit, had entered into force") is the
# instrument's status now, dated by that step's own clause.
LATER_STEP_FRESH15: list[Row] = [
    (
        None,
        "The minister recalled that the Treaty on Strategic Partnership between Chile and "
        "Norway, signed in Santiago in January, was ratified by the Storting on Tuesday.",
        [("treaty", "ratified", ["CHL", "NOR"], "2024-04-16")],
    ),
    (
        None,
        "The agreement between Peru and Ghana on the joint use of the river port, signed in "
        "2021, was ratified by the Senate of Peru in February.",
        [("agreement", "ratified", ["GHA", "PER"], "2024-02")],
    ),
    (
        None,
        "The ministers noted that the Treaty on Friendship, Good-Neighbourliness and "
        "Cooperation between Chile, Peru and Bolivia for the Development of the Andes, signed "
        "at the previous summit in the city of La Paz last year, had entered into force.",
        [("treaty", "ratified", ["BOL", "CHL", "PER"], None)],
    ),
    # The signing alone stays signed.
    (
        None,
        "The agreement on fisheries between Chile and Norway, signed in Santiago in January, "
        "was discussed by the ministers.",
        [("agreement", "signed", ["CHL", "NOR"], "2024-01")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), LATER_STEP_FRESH15)
def test_later_step_after_the_signing_aside(
    headline: str | None, body: str, expected: list[Summary]
) -> None:
    """A ratification or entry into force told after the signing aside is the status."""
    assert _run(headline, body) == expected


# Documents told as signed and now being implemented are in force (ratified, no day told):
# "the implementation of the X Plan on Y for 2023-2025, signed in 2022" (the signing aside
# after the name's topic), "the documents signed then, including the X Treaty, are being
# implemented" (an aside naming some of them before the verb).
IMPLEMENTED: list[Row] = [
    (
        None,
        "The foreign ministers reviewed the implementation of the joint Action Plan between "
        "Chile and Norway on fisheries and shipping for 2023-2025, signed in Oslo in 2022.",
        [("plan", "ratified", ["CHL", "NOR"], None)],
    ),
    (
        None,
        "The President of Chile recalled his visit to Oslo last May, noting that the documents "
        "signed during that visit, including the Treaty on Strategic Partnership between Chile "
        "and Norway, are now being consistently implemented.",
        [("treaty", "ratified", ["CHL", "NOR"], None)],
    ),
    # A plan only signed, and a plan whose implementation is planned, keep their status.
    (
        None,
        "The foreign ministers of Chile and Norway signed the joint Action Plan on fisheries "
        "and shipping for 2023-2025 in Oslo on Monday.",
        [("plan", "signed", ["CHL", "NOR"], "2024-04-15")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), IMPLEMENTED)
def test_implemented(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A signed document told as being implemented is ratified, with no day."""
    assert _run(headline, body) == expected


# A further document of the ratifying act just told is ratified with it, with its sides:
# "Along with the treaty, the deputies ratified the protocol on X" (no state named: the
# treaty's sides), "The bill was adopted by the assembly, together with a protocol on X".
COMPANION: list[Row] = [
    (
        None,
        "The parliament of Chile on Tuesday ratified the Treaty on the Chilean-Argentine "
        "border, signed by the two presidents in March. "
        "Along with the treaty, the deputies ratified the protocol on the joint use of the "
        "mountain passes, which was signed at the same time.",
        [
            ("treaty", "ratified", ["ARG", "CHL"], "2024-04-16"),
            ("protocol", "ratified", ["ARG", "CHL"], "2024-04-16"),
        ],
    ),
    (
        None,
        "The parliament of Peru on Tuesday ratified the agreement between Peru and Ghana on "
        "social security. "
        "The bill was adopted after a short debate, together with a protocol amending the "
        "2015 convention on double taxation between Peru and Chile.",
        [
            ("agreement", "ratified", ["GHA", "PER"], "2024-04-16"),
            ("protocol", "ratified", ["CHL", "PER"], "2024-04-16"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), COMPANION)
def test_companion(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A document ratified along with the one just told takes its act (and its sides)."""
    assert _run(headline, body) == expected


# A signing told as to come in words of a planned step: "will witness the signing of",
# "was at the final stage of preparation" (after an aside), "agreed to instruct the
# ministries to prepare an agreement".
TO_COME: list[Row] = [
    (
        None,
        "The Prime Minister of Peru arrived in Accra on Tuesday on a visit to Ghana. "
        "He will also witness the signing of several agreements.",
        [("agreement", "planned", ["GHA", "PER"], None)],
    ),
    (
        None,
        "The minister said that the treaty on strategic partnership between Chile and Norway, "
        "which the two presidents discussed during their meeting in Oslo in June last year, "
        "was at the final stage of preparation.",
        [("treaty", "planned", ["CHL", "NOR"], None)],
    ),
    (
        None,
        "The prime ministers of Chile and Norway met in Oslo on Monday. "
        "The prime ministers also agreed to instruct the relevant ministries to prepare an "
        "agreement on fishing quotas by the end of the year.",
        [("agreement", "planned", ["CHL", "NOR"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), TO_COME)
def test_to_come(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A signing to be witnessed, in a final stage, or to be prepared is planned."""
    assert _run(headline, body) == expected


# The "loose arrangement" veto ("an arrangement with B for the visit was made") keeps an
# arrangement with a named state told with a document's own step: negotiated, signed,
# concluded, ratified, initialled or drafted.
def test_arrangement_with_a_state_in_negotiation() -> None:
    """'a similar arrangement with B on X was being negotiated' is a planned document.

    "Similar" makes it one of the kind just told (an agreement; session 9's j table).
    """
    body = (
        "The parliament of Chile on Wednesday ratified the agreement between Chile and Peru "
        "on a joint border post. Chile's trade with Peru grew by a third last year. "
        "The minister said that a similar arrangement with Bolivia on the Andes crossing was "
        "being negotiated."
    )
    assert _run(None, body)[1:] == [("agreement", "planned", ["BOL", "CHL"], None)]


# Documents told as made at a time the story just said its documents are being implemented
# are in force (ratified, no day): "the agreements reached during that visit are being
# implemented. The Road Map adopted at that time ...", and "the agreements signed then - nine
# documents in all - are being implemented" (a dashed count aside before the verb).
IMPLEMENTED_THEN: list[Row] = [
    (
        None,
        "The ministers noted that the agreements reached during the Chilean president's visit "
        "to Oslo last spring are being successfully implemented. The Road Map adopted at that "
        "time, covering 40 projects, was reviewed.",
        [("plan", "ratified", ["CHL", "NOR"], None)],
    ),
    (
        None,
        "Recalling the visit of the Peruvian minister to Accra in May, the president said that "
        "the agreements signed then - nine documents in all - are being consistently "
        "implemented.",
        [("agreement", "ratified", ["GHA", "PER"], None)],
    ),
    # No implementation told: the document stays signed.
    (
        None,
        "The agreements reached in Oslo were discussed at length. The Road Map adopted at that "
        "time was also reviewed by Chile and Norway.",
        [("plan", "signed", ["CHL", "NOR"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), IMPLEMENTED_THEN)
def test_implemented_then(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A document of an earlier time whose documents are being implemented is in force."""
    assert _run(headline, body)[: len(expected)] == expected


# An "agreed" that is not the document's own act does not make it signed: the adjective of
# its topic ("the memorandum on the agreed quotas ... to be signed") and a verb opening a
# clause ("agreed that a framework agreement ... should be finalised"); "should (must) be
# signed" is a signing to come. "agreed that the agreement signed in 2019 ..." stays signed.
AGREED_NOT_ACT: list[Row] = [
    (
        None,
        'Chile and Norway held talks on Tuesday. "We expect the memorandum on the agreed '
        'fishing quotas to be signed at the next session," the Chilean minister said.',
        # the next session of the two states' talks: the story's pair (the parties step)
        [("memorandum", "planned", ["CHL", "NOR"], None)],
    ),
    (
        None,
        "The two presidents reviewed the port project and agreed that a framework agreement "
        "between Chile and Norway on the port should be finalised before the end of the year.",
        [("agreement", "planned", ["CHL", "NOR"], None)],
    ),
    (
        None,
        "Chile and Norway agreed that the agreement on fisheries signed in 2019 must be extended.",
        [("agreement", "signed", ["CHL", "NOR"], "2019")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), AGREED_NOT_ACT)
def test_agreed_not_act(headline: str | None, body: str, expected: list[Summary]) -> None:
    """An 'agreed' that is not the document's act leaves its own planned step."""
    assert _run(headline, body) == expected


# Documents whose signing is told in a participle, with "are being implemented" as the
# main verb or "the implementation of" before them, are in force now (ratified, no day).
IMPLEMENTED_FRESH9: list[Row] = [
    (
        None,
        "The ministers of Chile and Peru said the 9 documents signed during the visit of the "
        "Chilean president to Lima in May are being steadily implemented.",
        [("other", "ratified", ["CHL", "PER"], None)],
    ),
    (
        None,
        "Chile and Peru reviewed the implementation of the 12 agreements signed in Lima in 2022.",
        [("agreement", "ratified", ["CHL", "PER"], None)],
    ),
    # A signing told as done, with no implementation, stays signed.
    (
        None,
        "The ministers of Chile and Peru recalled the 9 documents signed during the visit of "
        "the Chilean president to Lima in May 2023.",
        [("other", "signed", ["CHL", "PER"], "2023-05")],
    ),
    # Implemented by another instrument: the verb is that one's.
    (
        None,
        "The memorandum on ports signed by Chile and Peru in 2020 was praised, and new "
        "projects are being implemented.",
        [("memorandum", "signed", ["CHL", "PER"], "2020")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), IMPLEMENTED_FRESH9)
def test_implemented_documents_are_ratified(
    headline: str | None, body: str, expected: list[Summary]
) -> None:
    """Signed documents told as being implemented are ratified."""
    article = Article(title=headline, body=body, published=PUB)
    assert [summary(a) for a in extract_agreements(article)] == expected


# A plural with no number whose own passive verb, after its topic phrase, is a signing to
# come ("documents on X and Y are to be signed", "will be signed") is a planned record.
PLURAL_TO_COME: list[Row] = [
    (
        None,
        "The president of Chile will visit Peru in June, when documents on mining and "
        "fisheries are to be signed.",
        [("other", "planned", ["CHL", "PER"], "2024-06")],
    ),
    (
        None,
        "The president of Chile will visit Peru in June, during which a new package of "
        "documents on cooperation in mining and fisheries is expected to be signed.",
        [("other", "planned", ["CHL", "PER"], "2024-06")],
    ),
    (
        None,
        "Chile and Peru said that agreements on mining, fisheries and tourism will be signed "
        "in Lima.",
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    # A plural with no verb of its own stays no instrument.
    (
        None,
        "Chile and Peru discussed the implementation of agreements on mining and fisheries.",
        [],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), PLURAL_TO_COME)
def test_plural_to_come(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Plural documents to be signed later in the sentence are planned."""
    article = Article(title=headline, body=body, published=PUB)
    assert [summary(a) for a in extract_agreements(article)] == expected


PUB_SIDES = dt.date(2023, 5, 10)  # a Wednesday


# (body, expected [(kind, parties, status)])
SidesRow = tuple[str, list[tuple[str, list[str], str]]]


# Statuses told by phrases no verb list had: an adverb inside "will soon sign", "ready for
# signing", "the possibility of signing", "took effect", "in effect"; and owners in a list.
STATUS_ROWS: list[SidesRow] = [
    (
        "Chile and Peru will soon sign a memorandum on transport.",
        [("memorandum", ["CHL", "PER"], "planned")],
    ),
    (
        "A memorandum on transport between Chile and Peru will also be signed.",
        [("memorandum", ["CHL", "PER"], "planned")],
    ),
    (
        "The agreement between Chile and Peru on the border is ready for signing.",
        [("agreement", ["CHL", "PER"], "planned")],
    ),
    (
        "Chile and Peru discussed the possibility of signing an agreement on transit.",
        [("agreement", ["CHL", "PER"], "planned")],
    ),
    (
        "The agreement on transit between Chile and Peru has been in effect since 2020.",
        [("agreement", ["CHL", "PER"], "ratified")],
    ),
    (
        "Chile and Peru's agreement on transit took effect on Monday.",
        [("agreement", ["CHL", "PER"], "ratified")],
    ),
    # A signing wished for or near: planned; a past gerund ("after signing") stays signed.
    (
        "Chile is interested in signing an agreement on transit with Peru.",
        [("agreement", ["CHL", "PER"], "planned")],
    ),
    (
        "Chile and Peru are close to a deal on the border.",
        [("agreement", ["CHL", "PER"], "planned")],
    ),
    (
        "Chile and Peru look forward to signing the agreement on transit.",
        [("agreement", ["CHL", "PER"], "planned")],
    ),
    (
        "After signing the agreement on transit, Chile and Peru held a press conference.",
        [("agreement", ["CHL", "PER"], "signed")],
    ),
    (
        "Chile and Peru signed a deal aimed at boosting trade.",
        [("agreement", ["CHL", "PER"], "signed")],
    ),
    # Two signings of the same topic by different sides are two instruments.
    (
        "Chile and Peru signed an agreement on visa-free travel. Bolivia and Peru signed an "
        "agreement on visa-free travel.",
        [("agreement", ["CHL", "PER"], "signed"), ("agreement", ["BOL", "PER"], "signed")],
    ),
    # "will take effect" is still to come: the signed agreement stays signed.
    (
        "Chile and Peru signed an agreement on visa-free travel. The agreement on visa-free "
        "travel will take effect in May.",
        [("agreement", ["CHL", "PER"], "signed")],
    ),
    # A statement signed or adopted, told by its own participle: a declaration.
    (
        "The trilateral statement signed by the leaders of Chile, Peru and Bolivia on May 2 "
        "ended the dispute.",
        [("declaration", ["BOL", "CHL", "PER"], "signed")],
    ),
    ("The statement made by Chile on Monday was criticised by Peru.", []),
    # A counted part of a counted set is no record of its own.
    (
        "Chile and Peru held talks in Lima. In total, 20 documents were signed, including 5 "
        "intergovernmental agreements.",
        [("other", ["CHL", "PER"], "signed")],
    ),
    (
        "Chile and Peru held talks in Lima. 20 documents were signed. Bolivia and Peru signed "
        "5 agreements.",
        [("other", ["CHL", "PER"], "signed"), ("agreement", ["BOL", "PER"], "signed")],
    ),
    # MoUs exchanged (the signed copies handed over) are signed.
    (
        "The leaders of Chile and Peru witnessed the exchange of MoUs.",
        [("memorandum", ["CHL", "PER"], "signed")],
    ),
    (
        "Chile and Peru exchanged MoUs on agriculture and education.",
        [("memorandum", ["CHL", "PER"], "signed")],
    ),
    # "the two brotherly countries", "both the countries": the story's two sides, not the
    # states the sentence before names.
    (
        "Chile and Peru held talks in Lima. Chile's minister also thanked Bolivia and Ecuador. "
        "The two brotherly countries signed an agreement on transit trade.",
        [("agreement", ["CHL", "PER"], "signed")],
    ),
    (
        "Chile and Peru held talks in Lima. Chile's minister also thanked Bolivia and Ecuador. "
        "Both the countries signed an agreement on transit trade.",
        [("agreement", ["CHL", "PER"], "signed")],
    ),
    # Documents being agreed or drafted: planned, the story's sides.
    (
        "Chile and Peru held talks in Lima. The ministers discussed the process of agreeing "
        "bilateral documents to be signed during the visit.",
        [("other", ["CHL", "PER"], "planned")],
    ),
    (
        "Chile and Peru held talks in Lima. The sides are coordinating a package of documents.",
        [("other", ["CHL", "PER"], "planned")],
    ),
    (
        "Chile and Peru held talks in Lima. The sides stressed the importance of implementing "
        "agreements.",
        [],
    ),
    # A state holding a group's rotating office acts for the group, not as a side.
    (
        "Hard talks on fishing quotas lie ahead, and the bloc’s Panama presidency "
        "wants a deal by the summit in June.",
        [],
    ),
    (
        "Chile and Peru signed a memorandum during Chile's presidency of the Andean Community.",
        [("memorandum", ["CHL", "PER"], "signed")],
    ),
    # A joint or named plan signed or adopted is a plan; a state's own plan, or the verb, not.
    (
        "Chile and Peru signed a joint plan for the development of tourism.",
        [("plan", ["CHL", "PER"], "signed")],
    ),
    (
        "Chile and Peru adopted a Comprehensive Plan for Economic Cooperation.",
        [("plan", ["CHL", "PER"], "signed")],
    ),
    ("The government of Chile adopted a plan to cut emissions.", []),
    ("Chile plans to build a new port. Peru said its plans were unchanged.", []),
    # A long name before its passive signing.
    (
        "The Program of Economic Cooperation between Chile and Peru for 2025-2030 was signed.",
        [("plan", ["CHL", "PER"], "signed")],
    ),
    (
        "Chile and Peru held consultations in Lima. The sides underlined how important the "
        "Convention on the Pacific Shelf is – it was signed in Quito.",
        [("treaty", [], "signed")],
    ),
    # A state body "of" the state signs for it: "the customs services of A and B".
    (
        "The agreement was signed by the heads of the customs services of Chile and Peru.",
        [("agreement", ["CHL", "PER"], "signed")],
    ),
    # A signing wished for as a need: planned.
    (
        "Chile and Peru stressed the importance of signing the agreement on water.",
        [("agreement", ["CHL", "PER"], "planned")],
    ),
    (
        "Chile and Peru noted the need for the early conclusion of a treaty on the border.",
        [("treaty", ["CHL", "PER"], "planned")],
    ),
    # A declaration adopted at the lead's meeting: the states the lead names.
    (
        "The foreign ministers of Chile, Peru, Bolivia and Ecuador met in Lima on Monday. "
        "They discussed regional security. Water issues were also raised. At the end of the "
        "meeting, the ministers adopted the Lima Declaration.",
        [("declaration", ["BOL", "CHL", "ECU", "PER"], "signed")],
    ),
    # A lead naming five states that met: all of them sign at the meeting.
    (
        "The presidents of Chile, Peru, Bolivia, Ecuador and Colombia met in Lima on Monday. "
        "They discussed water issues. At the end of the summit, the leaders signed a treaty "
        "on water.",
        [("treaty", ["BOL", "CHL", "COL", "ECU", "PER"], "signed")],
    ),
    # The instrument's own passive verb after a long aside between commas.
    (
        "Chile and Peru held talks in Lima. An agreement on road transport, which provides for "
        "permits for trucks and buses of both countries and was prepared by the transport "
        "ministries over two years, was signed on Monday.",
        [("agreement", ["CHL", "PER"], "signed")],
    ),
    (
        "Chile and Peru held talks in Lima. The memorandum, aimed at expanding cooperation in "
        "the fields of culture, education, science and youth policy, was signed by the "
        "ministers.",
        [("memorandum", ["CHL", "PER"], "signed")],
    ),
    # An adverb before a past signing keeps it signed.
    (
        "Chile and Peru recently signed a memorandum on transport.",
        [("memorandum", ["CHL", "PER"], "signed")],
    ),
    (
        "Chile, Bolivia and Peru's joint declaration was adopted.",
        [("declaration", ["BOL", "CHL", "PER"], "signed")],
    ),
    ("Peru's agreement with Chile was signed.", [("agreement", ["CHL", "PER"], "signed")]),
    # The instrument's own participle past a long topic outweighs a weak cue before it ("the
    # importance of"); a signing still to come does not.
    (
        "Chile and Peru held talks in Lima. The sides noted the importance of the agreement on "
        "the joint use of the border rivers signed in Lima in 2023.",
        [("agreement", ["CHL", "PER"], "signed")],
    ),
    (
        "Chile and Peru held talks in Lima. The sides noted the importance of the memorandum on "
        "the training of customs officers of the two states signed in Lima last year.",
        [("memorandum", ["CHL", "PER"], "signed")],
    ),
    (
        "Chile and Peru held talks in Lima. The sides noted the importance of the memorandum on "
        "the training of customs officers of the two states to be signed in Lima next month.",
        [("memorandum", ["CHL", "PER"], "planned")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), STATUS_ROWS)
def test_status_phrases_and_owner_lists(
    body: str, expected: list[tuple[str, list[str], str]]
) -> None:
    """Kind, parties and status of each record."""
    found = extract_agreements(Article(body=body, published=PUB_SIDES))
    got = [(a.kind.value, sorted(str(p) for p in a.parties), a.status.value) for a in found]
    assert got == expected
