"""Agreements: who the parties are.

Sides named in a list, a body or a group, "the two sides" of the headline or story,
sides told elsewhere in the sentence or story, and what names no party (a currency sign,
a larger group, "among them"). Rows are sentences written for these tests with invented
names and figures.
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


# "between" the sides' bodies (academies, services, chambers) describes the sides, it does
# not veto the instrument; and the next instrument of the list is a record of its own.
BETWEEN_BODIES: list[Row] = [
    (
        None,
        "Chile and Norway held talks in Oslo on Monday. "
        "The two sides signed a memorandum of understanding on cooperation between diplomatic "
        "academies and an agreement on cooperation in the fields of sport and youth.",
        [
            ("memorandum", "signed", ["CHL", "NOR"], "2024-04-15"),
            ("agreement", "signed", ["CHL", "NOR"], "2024-04-15"),
        ],
    ),
    (
        None,
        "Peru and Ghana held talks in Accra on Monday. "
        "They signed a memorandum between the customs services of the two countries.",
        [("memorandum", "signed", ["GHA", "PER"], "2024-04-15")],
    ),
    # Between bodies that are not the states' (clubs, firms) the instrument stays out.
    (
        None,
        "Chile and Norway held talks in Oslo on Monday. "
        "A memorandum between rival football clubs was also signed.",
        [],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), BETWEEN_BODIES)
def test_between_bodies(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A "between" phrase naming the sides' bodies keeps the instrument and the list."""
    assert agreement_summaries(body, PUB, headline) == expected


# "The two sides" of a story whose headline names exactly two states are those two, even
# when the body names a third state (a transit country) more often.
HEADLINE_PAIR: list[Row] = [
    (
        "Chile, Norway agree to boost links",
        "President Ana Ruiz received Norwegian Foreign Minister Ola Berg on Monday. "
        "They discussed a cable from Norway through Argentina, Argentina's ports and "
        "Argentina's grid. "
        "The two sides signed an agreement on cooperation in fisheries.",
        [("agreement", "signed", ["CHL", "NOR"], "2024-04-15")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), HEADLINE_PAIR)
def test_headline_pair(headline: str | None, body: str, expected: list[Summary]) -> None:
    """The headline's pair are "the two sides"."""
    assert agreement_summaries(body, PUB, headline) == expected


# A document the sides agreed to draft, in a story whose only states are the lead's
# demonyms: the lead's states.
AGREED_STEP: list[Row] = [
    (
        None,
        "Chilean and Norwegian trade ministers discussed fisheries in a video call on Monday. "
        "The officials noted that the volume of salmon shipped fell in winter. "
        "The ministers agreed to hold the next commission in Oslo in May and to draft a "
        "roadmap for trade development for 2025-2027.",
        [("plan", "planned", ["CHL", "NOR"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), AGREED_STEP)
def test_agreed_step(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A step the sides agreed on takes the lead's states."""
    assert agreement_summaries(body, PUB, headline) == expected


# "among them the X" after a plural lists its documents: the states in the X's name are
# not the plural's sides (a group's own documents keep no party).
AMONG_THEM_NOT_SIDES: list[Row] = [
    (
        None,
        "Following the session in Minsk, the heads of government of the CIS signed a package "
        "of 9 documents, among them the Agreement on Customs Data of CIS Member States.",
        [("other", "signed", [], None), ("agreement", "signed", [], None)],
    ),
    (
        None,
        "At the talks in Ankara, the ministers of the Organization of Turkic States signed 5 "
        "documents, among which the Memorandum on Digital Trade of OTS Member States.",
        [("other", "signed", [], None), ("memorandum", "signed", [], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), AMONG_THEM_NOT_SIDES)
def test_among_them_not_sides(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Phrases such as "among them" and "among which" do not name the plural's sides."""
    assert agreement_summaries(body, PUB, headline) == expected


# A protocol amending an agreement "with B" is between B and the story's state (the amended
# agreement's sides), not the states of another instrument told in its sentence; told with
# "the", it is still a document of its own, not the agreement ratified before it.
AMENDING_WITH: list[Row] = [
    (
        "Chile parliament ratifies deals",
        "The Chilean Senate on Tuesday ratified the agreement between Chile and Argentina on "
        "border crossings. Chile will also sign a deal with Peru. The Senate ratified the "
        "protocol on amendments to the agreement with Peru on air services. Chile and Peru are "
        "neighbours.",
        [
            ("agreement", "ratified", ["ARG", "CHL"], "2024-04-16"),
            ("agreement", "planned", ["CHL", "PER"], None),
            # a ratification told once in the lead: the day of the lead's ratification
            ("protocol", "ratified", ["CHL", "PER"], "2024-04-16"),
        ],
    ),
    (
        None,
        "The parliament of Chile on Tuesday ratified the convention on legal aid between Chile "
        "and Argentina, as well as a protocol amending the agreement with Peru on fisheries.",
        [
            ("treaty", "ratified", ["ARG", "CHL"], "2024-04-16"),
            # ratified with the convention, in the lead: the same day
            ("protocol", "ratified", ["PER"], "2024-04-16"),
        ],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), AMENDING_WITH)
def test_amending_with(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A protocol amending the agreement with B has B as a side."""
    assert agreement_summaries(body, PUB, headline) == expected


# An unnamed instrument whose sentence finds one state but tells two sides ("the two
# governments", "his counterpart", "bilateral") takes as the other side the one other
# state its sentence names, else the state the story names most besides it.
TWO_SIDES_ONE_NAMED: list[Row] = [
    (
        None,
        "The president of Chile received the foreign minister of Peru in Santiago. "
        "Chile and Peru traded goods worth $40 million last year, and Chile buys copper. "
        "With the Peruvian minister, the president discussed the agreement on fisheries, "
        "which the two governments plan to sign this year.",
        [("agreement", "planned", ["CHL", "PER"], "2024")],
    ),
    (
        None,
        "Norway and Chile held talks in Oslo on Monday. Norway buys salmon feed from Chile "
        "and Norway sells ships. Minister Arne Dahl and his Chilean counterpart also signed "
        "a memorandum on consultations between the ministries.",
        [("memorandum", "signed", ["CHL", "NOR"], "2024-04-15")],
    ),
    (
        None,
        "Peru buys gas from Bolivia, and Peru sells fish. "
        "Bolivia ratified the treaty on the lake between Peru and Bolivia in May. The treaty "
        "was signed in Cusco during the visit of the Bolivian president, when the "
        "two countries also signed a memorandum of understanding on tourism.",
        [
            ("treaty", "ratified", ["BOL", "PER"], "2023-05"),
            ("memorandum", "signed", ["BOL", "PER"], None),
        ],
    ),
    # No second side told: the one state found stays alone.
    (
        None,
        "Norway and Chile held talks in Oslo on Monday. Norway buys salmon feed from Chile. "
        "The Norwegian ministry signed a memorandum on research with a university.",
        [("memorandum", "signed", ["NOR"], "2024-04-15")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), TWO_SIDES_ONE_NAMED)
def test_two_sides_one_named(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Two sides told with one named: the other named state, else the story's."""
    assert agreement_summaries(body, PUB, headline) == expected


def _run(headline: str | None, body: str) -> list[Summary]:
    return [
        summary(a) for a in extract_agreements(Article(title=headline, body=body, published=PUB))
    ]


# "the two governments", "the two sides" of a story on several meetings are the pair the
# sentences right before name, when it shares a state with the story's most named.
NEAR_PAIR: list[Row] = [
    (
        None,
        "The Prime Minister of Chile received the ambassadors of Norway, Ghana and Peru. "
        "He met the Norwegian ambassador first and praised ties with Norway. "
        "Chile and Norway trade grew last year, and Norway is a key partner. "
        "Then the Prime Minister received the ambassador of Ghana. "
        "They noted that the next meeting of the Chile-Ghana commission will be held in "
        "Santiago in May. "
        "The draft agreement on the avoidance of double taxation, which is being negotiated "
        "by the two governments, is expected to be signed at the meeting.",
        [("agreement", "planned", ["CHL", "GHA"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), NEAR_PAIR)
def test_near_pair(headline: str | None, body: str, expected: list[Summary]) -> None:
    """The two governments of "the two governments" are the pair told right before."""
    assert _run(headline, body) == expected


# A named instrument "with the EU" has the one state its sentence names before the name as a
# side; the group across the table is no party (parties are states: keyconv32).
GROUP_WITH: list[Row] = [
    (
        None,
        "President Ana Ruiz said Chile is interested in the early entry into force of the "
        "Advanced Framework Agreement with the EU, the negotiations on which are at the final "
        "stage.",
        [("agreement", "planned", ["CHL"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), GROUP_WITH)
def test_group_with(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A group right after a named instrument's "with" is one of its sides."""
    assert _run(headline, body) == expected


# A named document whose sentence tells an act on it (signed, adopted, its adoption, its
# negotiations or implementation) and names no state but the story's own (places aside) is
# the document of the story's pair, or of its three where the sentence says "trilateral".
STORY_PAIR: list[Row] = [
    (
        None,
        "The President of Chile held talks with the Prime Minister of Norway in Santiago on "
        "Monday. Norway and Chile agreed to expand fishing. "
        "The talks ended with the adoption of the Santiago Declaration on Ocean Partnership.",
        [("declaration", "signed", ["CHL", "NOR"], None)],
    ),
    (
        None,
        "The ambassador of Peru to Ghana gave an interview on ties between Peru and Ghana. "
        "The Cocoa Trade Agreement, which our trade ministers signed in Lima in March, is a "
        "real step forward, he said.",
        [("agreement", "signed", ["GHA", "PER"], "2024-03")],
    ),
    (
        None,
        "The foreign ministers of Chile, Peru and Bolivia met in La Paz on Monday. "
        "They reviewed the implementation of the trilateral Action Plan on transport for "
        "2023-2025, signed in Lima in 2022.",
        [("plan", "ratified", ["BOL", "CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), STORY_PAIR)
def test_story_pair(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A named document of the story's act, naming no other state, is the story's pair's."""
    assert _run(headline, body) == expected


def test_story_pair_not_a_third_states_document() -> None:
    """A named document signed in a third state's city is another event's: no party."""
    body = (
        "The President of Chile held talks with the Prime Minister of Norway in Santiago on "
        "Monday. Norway and Chile agreed to expand fishing. "
        "The sides noted how important the Ocean Convention is, which was signed in Lima, Peru."
    )
    assert [parties for _, _, parties, _ in _run(None, body)] == [[]]


def test_currency_sign_is_no_state() -> None:
    """A currency sign ("US$1 billion") does not make the US one of the story's sides."""
    body = (
        "The trade minister of Chile received the trade minister of Norway in Santiago. "
        "Trade between Chile and Norway exceeded US$1 billion in 2023, and Norway invested "
        "US$2 billion in Chile. "
        "The ministers welcomed the momentum created by the Free Trade Agreement negotiations "
        "that were launched in Oslo last year."
    )
    assert _run(None, body) == [("agreement", "planned", ["CHL", "NOR"], None)]


# A document the meeting's own sides approve ("the leaders approved ... an agreement on X",
# "the council also approved its action programme") is adopted (signed), by the signers told
# just before; a cabinet's or a parliament's approval stays what it was.
SIDES_APPROVED: list[Row] = [
    (
        None,
        "Following the summit, the presidents of Chile, Peru, Bolivia, Ecuador and Colombia "
        "signed the Quito Declaration. In addition, the leaders approved the Andean Strategy "
        "for 2024-2028 and an agreement on the establishment of the Andean Development Fund.",
        [
            ("declaration", "signed", ["BOL", "CHL", "COL", "ECU", "PER"], None),
            ("agreement", "signed", ["BOL", "CHL", "COL", "ECU", "PER"], None),
        ],
    ),
    (
        None,
        "Chile and Norway on Tuesday signed six agreements at the close of the second meeting "
        "of the Chilean-Norwegian Coordination Council in Oslo. The council also approved its "
        "action programme for 2025-2026.",
        [
            ("agreement", "signed", ["CHL", "NOR"], "2024-04-16"),
            # approved at the same meeting: its day (the readable keys date such a plan so)
            ("plan", "signed", ["CHL", "NOR"], "2024-04-16"),
        ],
    ),
    (
        None,
        "The Cabinet of Ministers of Peru approved a draft agreement with Chile on fisheries.",
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), SIDES_APPROVED)
def test_sides_approved(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A document the meeting's sides approve is adopted by them."""
    assert _run(headline, body) == expected


# A document of more states than the pair a story tells keeps no two-state sides: the one
# "the leaders adopted" at a group body's summit, after a pair's signing on its sidelines,
# and one "coordinated by all six coastal states" when the story names fewer than six. A
# number the story's own states fill ("signed by the three countries") keeps them.
LARGER_GROUP: list[Row] = [
    (
        None,
        "ASTANA, April 17 -- The Kyrgyz president, who came to Astana for the summit of the "
        "Shanghai Cooperation Organisation, held talks with several leaders on its sidelines on "
        "Tuesday. Also on the sidelines of the summit, the foreign ministers of Kyrgyzstan and "
        "Mongolia signed a memorandum on consular affairs. At the end of the summit, hosted by "
        "the Kazakh president, the leaders adopted the Astana Declaration.",
        [
            ("memorandum", "signed", ["KGZ", "MNG"], "2024-04-17"),
            ("declaration", "signed", [], "2024-04-17"),
        ],
    ),
    (
        None,
        "Peru and Chile held talks in Lima on Tuesday. The ministers said that the draft "
        "agreement on fishing in the Pacific, which is being coordinated by all six coastal "
        "states, should be ready by June.",
        [("agreement", "planned", [], None)],
    ),
    (
        None,
        "Peru, Chile and Bolivia held talks in Lima on Tuesday. The ministers said that a "
        "framework agreement on the railway is to be signed by the three countries.",
        [("agreement", "planned", ["BOL", "CHL", "PER"], None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), LARGER_GROUP)
def test_larger_group(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A document of a larger group than the story's pair has no two-state sides."""
    assert _run(headline, body) == expected


# A named instrument no reader gave a side takes the sides its sentence tells: "the two
# countries" of a signed or ratified one are the story's pair, two or more states its
# sentence names are its parties; a group's, a body's, or a stance on one stays empty.
TOLD_SIDES: list[Row] = [
    (
        None,
        "Chile exported fruit worth $12 million to Peru in March. "
        "Trade between Chile and Peru grew by 8 percent. "
        "The ties of the two countries rest on the Charter of Friendship, which was signed in "
        "2011.",
        [("other", "signed", ["CHL", "PER"], "2011")],
    ),
    (
        None,
        "The speaker of Chile received the ambassador of Peru on Tuesday. "
        "He said the Valdivia Declaration signed by the parliaments of Chile, Peru and "
        "Bolivia in May last year still guides the work of the three chambers.",
        [("declaration", "signed", ["BOL", "CHL", "PER"], "2023-05")],
    ),
    (
        None,
        "Chile and Peru held talks on fisheries. Chile exports salmon to Peru. "
        "Senators of Chile ratified the Convention on the Humboldt Current between the "
        "governments of the two countries.",
        [("treaty", "ratified", ["CHL", "PER"], None)],
    ),
    # A stance on an instrument, with no act on it, names no side.
    (
        None,
        "The leader of Chile is pressing Peru to cut its catch despite its refusal to sign "
        "the Humboldt Protocol.",
        [("protocol", "signed", [], None)],
    ),
    # A group's instrument keeps its members unnamed.
    (
        None,
        "Ministers of the G-7 said Chile and Peru would follow the Lima accord signed in 2019.",
        [("agreement", "signed", [], "2019")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), TOLD_SIDES)
def test_told_sides(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A named instrument with no party read takes the sides its sentence tells."""
    article = Article(title=headline, body=body, published=PUB)
    assert [summary(a) for a in extract_agreements(article)] == expected


PUB_SIDES = dt.date(2023, 5, 10)  # a Wednesday


# (body, expected [(kind, parties, status)])
SidesRow = tuple[str, list[tuple[str, list[str], str]]]


ROWS: list[SidesRow] = [
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
    found = extract_agreements(Article(body=body, published=PUB_SIDES))
    got = [(a.kind.value, sorted(str(p) for p in a.parties), a.status.value) for a in found]
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
    found = extract_agreements(Article(title=title, body=body, published=PUB_SIDES))
    got = [(a.kind.value, sorted(str(p) for p in a.parties), a.status.value) for a in found]
    assert got == expected
