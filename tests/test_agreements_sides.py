"""Agreements: who the sides are when the sentence names them in a list, a body or not at all.

Every sentence below was written for these tests (invented talks, documents and
figures); none is copied from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.agreements._extract import extract_agreements
from diplonews.models import Article

PUB = dt.date(2023, 5, 10)  # a Wednesday

# (body, expected [(kind, parties, status)])
Row = tuple[str, list[tuple[str, list[str], str]]]

ROWS: list[Row] = [
    # A list of states before a stance on a named instrument: every state of the list.
    (
        "Chile and Peru reaffirmed their commitment to the Andes Agreement.",
        [("agreement", ["CHL", "PER"], "signed")],
    ),
    (
        "The ministers of Bolivia, Chile and Peru stressed their adherence to the Lima Convention.",
        [("treaty", ["BOL", "CHL", "PER"], "signed")],
    ),
    # One state before the stance, another state earlier in another clause: only the one.
    (
        "Trade between Chile and Peru grew, and Peru's withdrawal from the Lima Convention "
        "was criticised.",
        [("treaty", ["PER"], "signed")],
    ),
    # "between the Foreign Ministries": the sides described by their (capitalised) bodies.
    (
        "Chile and Peru held talks in Lima. Following the talks, the two foreign ministers "
        "signed a Program of Cooperation between the Foreign Ministries for 2024-2025.",
        [("plan", ["CHL", "PER"], "signed")],
    ),
    (
        "Chile and Peru held talks in Lima. A memorandum between the Ministries of Culture "
        "was signed.",
        [("memorandum", ["CHL", "PER"], "signed")],
    ),
    # A named instrument to be prepared or signed, told without its sides: those told before.
    (
        "Chile and Peru held talks in Lima. The ministers agreed to prepare a Comprehensive "
        "Program of Cooperation for 2024-2028.",
        [("plan", ["CHL", "PER"], "planned")],
    ),
    (
        "Chile and Peru held talks in Lima. The ministers agreed to draft the Treaty on "
        "Strategic Partnership.",
        [("treaty", ["CHL", "PER"], "planned")],
    ),
    # Signers told as a group's members: the group is not expanded, and no earlier pair
    # stands in for it.
    (
        "Chile and Peru held talks in Lima. At the end of the summit, the heads of state of "
        "the ASEAN member countries adopted the Lima Declaration.",
        [("declaration", [], "signed")],
    ),
    (
        "Chile and Peru held talks in Lima. The leaders of the member states of ASEAN "
        "signed a Lima Declaration on Water.",
        [("declaration", [], "signed")],
    ),
    # A group named as the venue, not as the signers: the sides told before.
    (
        "Chile and Peru held talks in Lima. On the sidelines of the ASEAN summit, the presidents "
        "signed the Lima Declaration.",
        [("declaration", ["CHL", "PER"], "signed")],
    ),
    # A visit's destination capital stands for the host state, a side.
    (
        "A memorandum on tourism was signed during the visit of the Peruvian president to Lima.",
        [("memorandum", ["PER"], "signed")],
    ),
    (
        "The document is expected to be signed during the visit of the President of Chile to Lima.",
        [("other", ["CHL", "PER"], "planned")],
    ),
    # "The parties discussed the draft X": the story's two sides; a stance of the sides on a
    # named instrument in force is not theirs.
    (
        "Chile and Peru held consultations in Lima. The parties discussed the draft "
        "Intergovernmental Agreement on Road Transport.",
        [("agreement", ["CHL", "PER"], "planned")],
    ),
    (
        "Chile and Peru held consultations in Lima. The sides underlined how important the "
        "Convention on the Pacific Shelf is; it was signed in Quito.",
        [("treaty", [], "signed")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_sides(body: str, expected: list[tuple[str, list[str], str]]) -> None:
    """Kind, parties and status of each record."""
    found = extract_agreements(Article(body=body, published=PUB))
    got = [(a.kind.value, sorted(str(p) for p in a.parties), a.status.value) for a in found]
    assert got == expected


# Instruments named by a word that is no instrument word elsewhere ("Framework",
# "Consensus", "Compact" ending a capitalised name), counts inside names, and steps told
# by "developing", "preparing" or "to establish" before the instrument.
# (body, expected [(kind, parties, status, title, count)])
NameRow = tuple[str, list[tuple[str, list[str], str, str | None, int]]]

NAME_ROWS: list[NameRow] = [
    (
        "The ministers of Chile and Peru signed the Andes Water Framework.",
        [("other", ["CHL", "PER"], "signed", "Andes Water Framework", 1)],
    ),
    (
        "The Global Compact on Fisheries was adopted by Chile and Peru in 2019.",
        [("other", ["CHL", "PER"], "signed", "Global Compact on Fisheries", 1)],
    ),
    (
        "Chile and Peru reaffirmed their commitment to the Lima Consensus.",
        [("other", ["CHL", "PER"], "signed", "Lima Consensus", 1)],
    ),
    # The word before another capitalised word is part of a longer instrument's name.
    (
        "The Framework Convention on Fisheries was signed by Chile and Peru.",
        [("treaty", ["CHL", "PER"], "signed", "Framework Convention on Fisheries", 1)],
    ),
    # A name with no state to it (a product, a method) is no instrument.
    ("The company released its new Foundation Models Framework for developers.", []),
    ("Framework conditions in Chile are improving.", []),
    # A number word inside a capitalised name is no count.
    (
        "Chile and Peru pledged their adherence to the Five Point Consensus.",
        [("other", ["CHL", "PER"], "signed", "Five Point Consensus", 1)],
    ),
    (
        "Twelve documents were signed by Chile and Peru.",
        [("other", ["CHL", "PER"], "signed", None, 12)],
    ),
    # "the two sides" before a named instrument with a step: the story's two sides.
    (
        "Chile and Peru held talks in Lima. The two sides welcomed the finalization of a "
        "Partnership Framework for Clean Energy.",
        [("other", ["CHL", "PER"], "planned", "Partnership Framework for Clean Energy", 1)],
    ),
    # Steps told before the instrument: "developing a", "preparing a", "to establish a".
    (
        "Chile and Peru are preparing a new intergovernmental agreement on fisheries.",
        [("agreement", ["CHL", "PER"], "planned", None, 1)],
    ),
    (
        "Chile and Peru are working out a roadmap for trade.",
        [("plan", ["CHL", "PER"], "planned", None, 1)],
    ),
    (
        "Chile and Peru committed to establish a Strategic Cybersecurity Cooperation Framework.",
        [
            (
                "other",
                ["CHL", "PER"],
                "planned",
                "Strategic Cybersecurity Cooperation Framework",
                1,
            )
        ],
    ),
    # What the instrument is to establish is not its own signing to come.
    (
        "Chile and Peru signed an agreement to establish a joint venture.",
        [("agreement", ["CHL", "PER"], "signed", None, 1)],
    ),
    # "developing" an oil field under an instrument is no step of the instrument.
    ("Chile and Peru are developing the oil field under the agreement on joint production.", []),
]


@pytest.mark.parametrize(("body", "expected"), NAME_ROWS)
def test_names_counts_and_steps(
    body: str, expected: list[tuple[str, list[str], str, str | None, int]]
) -> None:
    """Kind, parties, status, title and count of each record."""
    found = extract_agreements(Article(body=body, published=PUB))
    got = [
        (a.kind.value, sorted(str(p) for p in a.parties), a.status.value, a.title, a.count)
        for a in found
    ]
    assert got == expected


# Headline-like English that drops the article, and one count over two document words.
# (body, expected [(kind, parties, status, count)])
BareRow = tuple[str, list[tuple[str, list[str], str, int]]]

BARE_ROWS: list[BareRow] = [
    (
        "Chile and Peru signed agreement on cooperation in the field of tourism.",
        [("agreement", ["CHL", "PER"], "signed", 1)],
    ),
    ("Chile and Peru inked accord on fisheries.", [("agreement", ["CHL", "PER"], "signed", 1)]),
    (
        "Chile ratifies agreement with Peru on the junction of state borders",
        [("agreement", ["CHL", "PER"], "ratified", 1)],
    ),
    (
        "Chilean Senate approves agreement with Peru on the border",
        [("agreement", ["CHL", "PER"], "ratified", 1)],
    ),
    ("Chile, Peru seal deal on gas transit", [("agreement", ["CHL", "PER"], "signed", 1)]),
    # A consent is still no document.
    ("Chile and Peru reached agreement on tourism.", []),
    ("Chile and Peru expressed agreement on the need to cooperate.", []),
    # "23 memoranda and agreements": one summary of 23 documents.
    (
        "Chile and Peru inked 23 MoUs and agreements in various fields.",
        [("other", ["CHL", "PER"], "signed", 23)],
    ),
    (
        "As many as 15 agreements and other documents were signed between Chile and Peru.",
        [("other", ["CHL", "PER"], "signed", 15)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), BARE_ROWS)
def test_bare_words_and_counted_pairs(
    body: str, expected: list[tuple[str, list[str], str, int]]
) -> None:
    """Kind, parties, status and count of each record."""
    found = extract_agreements(Article(body=body, published=PUB))
    got = [
        (a.kind.value, sorted(str(p) for p in a.parties), a.status.value, a.count) for a in found
    ]
    assert got == expected


# A signing whose sentence, the sentence before, the headline and the lead name no pair:
# the story's most named states, in a story of talks or a visit with no company in its lead.
# (headline, body, expected [(kind, parties, status)])
StoryRow = tuple[str, str, list[tuple[str, list[str], str]]]

STORY_ROWS: list[StoryRow] = [
    (
        "Ruiz, Soto hold talks in Lima",
        "Chilean President Ana Ruiz held talks with Peruvian President Luis Soto in Lima on "
        "Monday. The heads of state discussed trade and water issues. Ruiz and Soto signed a "
        "Treaty on Allied Relations.",
        [("treaty", ["CHL", "PER"], "signed")],
    ),
    (
        "President Ruiz receives Peruvian minister",
        "President Ana Ruiz received a delegation led by the Minister of Defense of Peru. "
        "They discussed military cooperation. At the end of the meeting, a memorandum on "
        "military education was signed.",
        [("memorandum", ["PER"], "signed")],
    ),
    # A company in the lead: its deal, not the states'.
    (
        "Carmaker talks go on",
        "A Chilean carmaker held talks with a firm from Peru on Monday. Output was discussed. "
        "Ruiz and Soto signed a technology agreement.",
        [],
    ),
    # Signers the story never introduces with a role: companies, not the states.
    (
        "Ruiz, Soto hold talks",
        "Chilean President Ana Ruiz held talks with President Luis Soto of Peru in Lima on "
        "Monday. Energy was high on the agenda. ANDOIL and PeruGasco signed an agreement on "
        "oil supplies.",
        [],
    ),
    # No talks, meeting or visit in the lead: no sides to take.
    (
        "Markets rise",
        "Shares in Chile rose on Monday. Traders were calm. After that, a memorandum was signed.",
        [],
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), STORY_ROWS)
def test_story_sides(title: str, body: str, expected: list[tuple[str, list[str], str]]) -> None:
    """Kind, parties and status of each record."""
    found = extract_agreements(Article(title=title, body=body, published=PUB))
    got = [(a.kind.value, sorted(str(p) for p in a.parties), a.status.value) for a in found]
    assert got == expected


# Statuses told by phrases no verb list had: an adverb inside "will soon sign", "ready for
# signing", "the possibility of signing", "took effect", "in effect"; and owners in a list.
STATUS_ROWS: list[Row] = [
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
        "The bloc is gearing up for tough budget talks, with the bloc’s Panama presidency "
        "hoping to strike a deal at a June summit.",
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
]


@pytest.mark.parametrize(("body", "expected"), STATUS_ROWS)
def test_status_phrases_and_owner_lists(
    body: str, expected: list[tuple[str, list[str], str]]
) -> None:
    """Kind, parties and status of each record."""
    found = extract_agreements(Article(body=body, published=PUB))
    got = [(a.kind.value, sorted(str(p) for p in a.parties), a.status.value) for a in found]
    assert got == expected


# A name ends before the day or the city of its signing; a period "for 2025-2026" is part of it.
TITLE_ROWS: list[tuple[str, str]] = [
    (
        "Chile and Peru signed an Agreement on Mutual Recognition of Driving Licences on "
        "Monday in Lima.",
        "Agreement on Mutual Recognition of Driving Licences",
    ),
    ("Chile and Peru signed the Agreement on Visas in Lima.", "Agreement on Visas"),
    (
        "Chile and Peru signed a Program of Cooperation between the Foreign Ministries for "
        "2025-2026.",
        "Program of Cooperation between the Foreign Ministries for 2025-2026",
    ),
    (
        "Chile and Peru adopted the Lima Declaration on Cooperation in Santiago.",
        "Lima Declaration on Cooperation",
    ),
]


@pytest.mark.parametrize(("body", "title"), TITLE_ROWS)
def test_title_ends(body: str, title: str) -> None:
    """The title is the name as written, without the signing's day or place."""
    found = extract_agreements(Article(body=body, published=PUB))
    assert [a.title for a in found] == [title]
