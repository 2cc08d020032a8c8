"""Agreements: classes found on pages written blind (none of their sentences is here).

A parliament that approves an instrument ratifies it; an instrument "in force
since" a date is ratified and a document of its own; a document a house is
expected to debate, which a clause says was signed, is signed; "The document
was signed in ..." after a ratification is that document's signing; ministers
"of the two countries" who exchange a named agreement sign it for the story's
two states.

Every sentence below was written for these tests (invented houses, documents
and dates); none is copied from an article.
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
    # A parliament (its members) approving an instrument ratifies it.
    (
        "The Congress of Peru on Tuesday ratified the agreement with Chile on fisheries. "
        "Lawmakers also approved a protocol amending the treaty between Peru and Ecuador on "
        "river ports.",
        [
            ("agreement", ["CHL", "PER"], "ratified"),
            ("protocol", ["ECU", "PER"], "ratified"),
        ],
    ),
    (
        "The Senate of Chile approved the convention with Bolivia on the transit of goods.",
        [("treaty", ["BOL", "CHL"], "ratified")],
    ),
    # ... but a resolution the house passed about a pact is no step of the pact.
    (
        "Chile and Peru signed a fisheries pact in May. The Senate of Chile on Tuesday "
        "passed a resolution urging both sides to respect the pact.",
        [("agreement", ["CHL", "PER"], "signed")],
    ),
    # "in force since" a date: ratified, and another document than the one signed before it.
    (
        "The ministers of Chile and Peru signed a programme of scientific exchanges for "
        "2024-2026. The chairman said that the agreement between Chile and Peru on the "
        "avoidance of double taxation, in force since 2019, had helped investors.",
        [
            ("plan", ["CHL", "PER"], "signed"),
            ("agreement", ["CHL", "PER"], "ratified"),
        ],
    ),
    # A house expected to debate an instrument a clause says was signed: it is signed.
    (
        "The lower house is expected to debate next month the agreement between Peru and "
        "Ecuador on flood warnings, which was signed in Quito in February.",
        [("agreement", ["ECU", "PER"], "signed")],
    ),
    # Ministers "of the two countries" exchanging a named agreement: the story's two states.
    (
        "The presidents of Chile and Peru held talks in Lima on Monday. The foreign ministers "
        "of the two countries then exchanged the Agreement on Consular Assistance.",
        [("agreement", ["CHL", "PER"], "signed")],
    ),
    # A "plan of" qualified consultations or cooperation is a plan, here one to be signed.
    (
        "The deputy foreign ministers of Chile and Peru held consultations in Lima. They "
        "reviewed a draft plan of inter-ministerial consultations for 2024-2025, which the "
        "foreign ministries expect to sign next year.",
        [("plan", ["CHL", "PER"], "planned")],
    ),
    (
        "Chile and Peru will sign a plan of bilateral cooperation in culture next month.",
        [("plan", ["CHL", "PER"], "planned")],
    ),
    # A one-word name taken from the sentence that told the instrument is that instrument.
    (
        "The Congress of Peru on Monday ratified the agreement with Ecuador on the shared "
        "use of the Zarumilla canal. The Ecuadorian parliament is due to ratify the "
        "Zarumilla agreement in June.",
        [("agreement", ["ECU", "PER"], "ratified")],
    ),
    # ... but not a name the earlier sentence does not hold.
    (
        "The Congress of Peru on Monday ratified the agreement with Ecuador on the shared "
        "use of the border canal. Peru and Bolivia signed the Titicaca agreement in June.",
        [
            ("agreement", ["ECU", "PER"], "ratified"),
            ("agreement", ["BOL", "PER"], "signed"),
        ],
    ),
    # "The protocol of the <n-th> meeting" is that meeting's own document, not a reference.
    (
        "The President of Chile held talks with the President of Peru in Arica on Monday. The "
        "protocol of the third meeting of the binational commission was signed at the end of "
        "the session.",
        [("protocol", ["CHL", "PER"], "signed")],
    ),
    # An instrument "being finalised" is one still to be signed.
    (
        "The trade ministers of Chile and Peru met in Arica on Monday. An agreement on the "
        "creation of a joint export agency is being finalised, the minister said.",
        [("agreement", ["CHL", "PER"], "planned")],
    ),
    # The sides endorsing a roadmap adopt it: a signed plan of theirs.
    (
        "The President of Chile held talks with the President of Peru in Arica on Monday. "
        "The leaders endorsed a roadmap for port cooperation for 2024-2026.",
        [("plan", ["CHL", "PER"], "signed")],
    ),
    # A ratification of "the agreement on X" whose sentence names no state: the story's sides.
    (
        "The President of Chile held talks with the President of Peru in Arica on Monday. "
        "The Congress ratified the agreement on joint fisheries patrols last week.",
        [("agreement", ["CHL", "PER"], "ratified")],
    ),
    (
        "The President of Chile held talks with the President of Peru in Arica on Monday. "
        "The ministers exchanged the instruments of ratification of the treaty on the "
        "maritime boundary.",
        [("treaty", ["CHL", "PER"], "ratified")],
    ),
    # A plan "was approved" at the talks: adopted, for the story's sides ...
    (
        "The President of Chile held talks with the President of Peru in Arica on Monday. "
        "An action plan for 2024-2025 was approved at the meeting.",
        [("plan", ["CHL", "PER"], "signed")],
    ),
    # ... but an agreement approved by a parliament is ratified.
    (
        "The agreement on visas between Chile and Peru was approved by the Congress of Peru.",
        [("agreement", ["CHL", "PER"], "ratified")],
    ),
    # A state after "trans-" names a route across it, not a side.
    (
        "The President of Chile held talks with the President of Peru in Arica on Monday. "
        "The agreement on the trans-Bolivian rail corridor was initialled by the ministers.",
        [("agreement", ["CHL", "PER"], "signed")],
    ),
    # "signed in <year>, has been in force since <date>": in force, from that date.
    (
        "The agreement between Chile and Peru on the transit of goods, signed in 2019, has "
        "been in force since March 2020.",
        [("agreement", ["CHL", "PER"], "ratified")],
    ),
    # "The document was signed ..." right after a ratification: the same document.
    (
        "The Congress of Peru today ratified the agreement between the governments of Peru "
        "and Chile on rail freight. The document was signed in Lima in November 2022, at the "
        "fifth meeting of the Peruvian-Chilean joint commission.",
        [("agreement", ["CHL", "PER"], "ratified")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_blind2_rows(body: str, expected: list[tuple[str, list[str], str]]) -> None:
    """Each story gives exactly the expected (kind, parties, status) records."""
    found = extract_agreements(Article(body=body, published=PUB))
    got = [(a.kind.value, [str(p) for p in a.parties], a.status.value) for a in found]
    assert got == expected


# (body, expected [(kind, status, date)])
DATED: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # A lead date told of an arrival is not the day of the talks the signing followed.
    (
        "The President of Peru, who arrived in Chile on a state visit yesterday, held talks "
        "with the President of Chile in Santiago today. After the talks, the two presidents "
        "signed a memorandum on mining.",
        [("memorandum", "signed", "2023-05-10")],
    ),
    # Documents "signed then" were signed at the event told before them in the sentence.
    (
        "The foreign minister of Chile received the ambassador of Peru on Monday. The minister "
        "recalled the visit of the President of Peru to Chile in March, saying the agreements "
        "signed then had opened new markets.",
        [("agreement", "signed", "2023-03")],
    ),
    # A place between the signing verb and the date does not unbind the date.
    (
        "The foreign ministers of Chile and Peru met in Lima on Monday. The intergovernmental "
        "agreement on the construction of a new border bridge was signed in Arica in 2019.",
        [("agreement", "signed", "2019")],
    ),
    # A signing to come in a month named without a year: the next such month.
    (
        "The Peruvian minister invited his counterpart to sign the memorandum on shared "
        "digital customs corridors in Lima in June.",
        [("memorandum", "planned", "2023-06")],
    ),
    (
        "The foreign minister of Peru invited his Chilean counterpart to sign the memorandum "
        "on fisheries research in Lima in March.",
        [("memorandum", "planned", "2024-03")],
    ),
    # With one date only, the arrival's day is the visit's, and the signing's.
    (
        "The President of Peru arrived in Chile on a state visit on Tuesday and held talks "
        "with the President of Chile in Santiago. After the talks, the two presidents signed "
        "a memorandum on mining.",
        [("memorandum", "signed", "2023-05-09")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), DATED)
def test_blind2_dates(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Each story gives exactly the expected (kind, status, date) records."""
    found = extract_agreements(Article(body=body, published=PUB))
    got = [(a.kind.value, a.status.value, str(a.date) if a.date else None) for a in found]
    assert got == expected
