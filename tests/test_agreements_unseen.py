"""Agreements on news no rule was tuned to.

The story's event dates a signing; lists whose intro has no colon; signings to
come; capitals as signers; amended instruments.

Every sentence below was written for these tests (invented talks, documents and
figures); none is copied from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.agreements._extract import extract_agreements
from diplonews.models import Article

PUB = dt.date(2023, 5, 10)  # a Wednesday

# (headline, body, expected [(kind, parties, status, date, city)])
Row = tuple[str | None, str, list[tuple[str, list[str], str, str | None, str | None]]]

ROWS: list[Row] = [
    # A signing told as the day's news takes the day (and city) of the lead's event.
    (
        None,
        "On Monday in Lima, the foreign ministers of Chile and Peru held talks on fisheries. "
        "After the talks, the ministers signed a memorandum on maritime research.",
        [("memorandum", ["CHL", "PER"], "signed", "2023-05-08", "Lima")],
    ),
    (
        None,
        "On May 9, Santiago hosted a meeting of the ministers of Chile and Peru. "
        "At the end of the meeting, the ministers signed the Santiago Declaration.",
        [("declaration", ["CHL", "PER"], "signed", "2023-05-09", "Santiago")],
    ),
    # The date right after "entered into force" dates the ratified status.
    (
        None,
        "The agreement on mutual visa exemption between Chile and Peru entered into force "
        "on May 1.",
        [("agreement", ["CHL", "PER"], "ratified", "2023-05-01", None)],
    ),
    # "the ministry of foreign affairs of Peru" and "the Peruvian president" act for Peru.
    (
        None,
        "The ministry of foreign affairs of Chile and the ministry of foreign affairs of Peru "
        "signed a plan of consultations for 2024-2025.",
        [("plan", ["CHL", "PER"], "signed", None, None)],
    ),
    (
        None,
        "A memorandum on tourism was signed during the visit of the Peruvian president to Chile.",
        [("memorandum", ["CHL", "PER"], "signed", None, None)],
    ),
    # "in <city>" later in the signing's clause places it; a consent ("agreed upon") does not.
    (
        None,
        "The memorandum on energy was signed by Chile and Peru on May 5 in Lima.",
        [("memorandum", ["CHL", "PER"], "signed", "2023-05-05", "Lima")],
    ),
    (
        None,
        "Chile and Peru will prepare a draft treaty following the formula they agreed upon "
        "at their summit in Lima.",
        [("treaty", ["CHL", "PER"], "planned", None, None)],
    ),
    # A central bank is a state body, not a business.
    (
        None,
        "The central banks of Chile and Peru signed a memorandum on payments.",
        [("memorandum", ["CHL", "PER"], "signed", None, None)],
    ),
    (
        None,
        "The Central Bank of Chile and the Central Bank of Peru signed a memorandum on payments.",
        [("memorandum", ["CHL", "PER"], "signed", None, None)],
    ),
    # ... but a company's bank is a business.
    (
        None,
        "Andes Commercial Bank and Pacific Holding signed a memorandum on payments in Chile.",
        [],
    ),
    # A witness of the signing is no party: "in the presence of", "witnessed by".
    (
        None,
        "Chile and Peru signed a memorandum on energy in the presence of the President of Bolivia.",
        [("memorandum", ["CHL", "PER"], "signed", None, None)],
    ),
    (
        None,
        "The ceremony, witnessed by the Bolivian foreign minister, saw Chile and Peru sign "
        "a memorandum on water.",
        [("memorandum", ["CHL", "PER"], "signed", None, None)],
    ),
    # The signers after "signed by" are the parties, not the state that welcomes it.
    (
        None,
        "Bolivia welcomed the agreement signed by Chile and Peru in March.",
        [("agreement", ["CHL", "PER"], "signed", "2023-03", None)],
    ),
    # A signing dated by the past event of its "when" clause; a range of days gives the month.
    (
        None,
        "They praised the documents signed when the president of Chile paid a visit to Peru "
        "on March 14-15, 2023.",
        [("other", ["CHL", "PER"], "signed", "2023-03", None)],
    ),
    (
        None,
        "They praised the memorandum signed when the president of Chile visited Peru "
        "on March 14, 2023.",
        [("memorandum", ["CHL", "PER"], "signed", "2023-03-14", None)],
    ),
    # ... not a "when" clause still to come.
    (
        None,
        "A memorandum will be signed when the president of Chile visits Peru on June 14.",
        [("memorandum", ["CHL", "PER"], "planned", None, None)],
    ),
    # The city of a visit in the lead places the signing even when no day is given.
    (
        None,
        "The foreign minister of Chile, visiting Lima, held talks with the foreign minister "
        "of Peru. After the talks, the ministers signed a memorandum on maritime research.",
        [("memorandum", ["CHL", "PER"], "signed", None, "Lima")],
    ),
    # ... not when the lead tells no event (a report released), ...
    (
        None,
        "On Monday, Chile released a report on its ports. "
        "Chile and Peru signed a memorandum on maritime research.",
        [("memorandum", ["CHL", "PER"], "signed", None, None)],
    ),
    # ... nor when the lead's date is weeks before publication, ...
    (
        None,
        "On March 2, the ministers of Chile and Peru held talks in Lima. "
        "The ministers signed a memorandum on maritime research.",
        [("memorandum", ["CHL", "PER"], "signed", None, None)],
    ),
    # ... nor for a signing of another time ("since", "recent", another year).
    (
        None,
        "On Monday, the ministers of Chile and Peru held talks in Lima. "
        "They praised the progress made since the signing of the memorandum on research.",
        [("memorandum", ["CHL", "PER"], "signed", None, None)],
    ),
    (
        None,
        "On Monday, the ministers of Chile and Peru held talks in Lima. "
        "They recalled the signing of the memorandum on maritime research in 2019.",
        [("memorandum", ["CHL", "PER"], "signed", "2019", None)],
    ),
    # The years a plan covers are not another time.
    (
        None,
        "On Monday, the ministers of Chile and Peru held talks in Lima. "
        "After the talks, the ministers signed an action plan for the 2024-2025 period.",
        [("plan", ["CHL", "PER"], "signed", "2023-05-08", "Lima")],
    ),
    # "put their names to" is a signing; two capitals are the two states.
    (
        None,
        "With a view to closer trade, Lima and Santiago put their names to a memorandum "
        "on customs cooperation.",
        [("memorandum", ["CHL", "PER"], "signed", None, None)],
    ),
    # "the two leaders" of the sentence before: the two states the story names most.
    (
        None,
        "The presidents of Chile and Peru held talks; Peru and Chile agreed on new steps. "
        "Later, the two leaders looked on as several documents were exchanged. "
        "After the meeting, a protocol was signed on consular matters.",
        [("protocol", ["CHL", "PER"], "signed", None, None)],
    ),
    # A protocol amending an agreement: the agreement exists; only the protocol is signed.
    (
        None,
        "Chile and Peru signed a protocol amending the agreement on visa-free travel.",
        [("protocol", ["CHL", "PER"], "signed", None, None)],
    ),
    # A signing named as a noun before a modal, or in a condition: still to come.
    (
        None,
        "Signing by Chile and Peru of the agreement on fisheries would help both fleets.",
        [("agreement", ["CHL", "PER"], "planned", None, None)],
    ),
    (
        None,
        "Once Chile and Peru sign the treaty on borders, trade will grow, experts said.",
        [("treaty", ["CHL", "PER"], "planned", None, None)],
    ),
    # A bracketed abbreviation inside "between A (X) and B" does not end the sides.
    (
        None,
        "A memorandum has been signed between the Chilean Institute for Ocean Studies (CIOS) "
        "and the Marine Research Agency of Peru, the ministry said.",
        [("memorandum", ["CHL", "PER"], "signed", None, None)],
    ),
    # "their bilateral pact" far from the first state: the sentence's two states.
    (
        None,
        "On Monday, Santiago announced new duties on a long list of fruit and timber imports "
        "from the north in response to what it calls Lima's failure to honour their "
        "bilateral fisheries pact.",
        [("agreement", ["CHL", "PER"], "signed", None, None)],
    ),
    # "an agreement with B" and no other side: the state the story names most besides B.
    (
        None,
        "Peru has changed course on its borders. Peru will hold a vote on the matter. "
        "Critics in Peru are many. The peace agreement with Chile appears closer than ever.",
        [("agreement", ["CHL", "PER"], "planned", None, None)],
    ),
    # ... not when that state is named once only.
    (
        None,
        "Peru held elections. The peace agreement with Chile appears closer than ever.",
        [("agreement", ["CHL"], "planned", None, None)],
    ),
    # Accords "reached with A and B" in a story on C: one between C and each partner.
    (
        None,
        "Peru is rescheduling its debts. Peru owes most to its neighbours, and Peru pays late. "
        "So far, bilateral accords have been reached with Chile and Bolivia.",
        [
            ("agreement", ["CHL", "PER"], "signed", None, None),
            ("agreement", ["BOL", "PER"], "signed", None, None),
        ],
    ),
    # "the Peruvians" (a plural demonym used as a noun) act for their state.
    (
        None,
        "The Peruvians are negotiating a fisheries agreement with Chile, officials said.",
        [("agreement", ["CHL", "PER"], "planned", None, None)],
    ),
    # A signing set or wished for later: "is scheduled", "the early signing of".
    (
        None,
        "The signing of the agreement on energy between Chile and Peru is scheduled for June.",
        [("agreement", ["CHL", "PER"], "planned", "2023-06", None)],
    ),
    (
        None,
        "The ministers stressed the early signing of the agreement on energy between Chile "
        "and Peru.",
        [("agreement", ["CHL", "PER"], "planned", None, None)],
    ),
    # ... but a signing that took place stays signed.
    (
        None,
        "The signing of the agreement on energy between Chile and Peru took place on Monday.",
        [("agreement", ["CHL", "PER"], "signed", "2023-05-08", None)],
    ),
    # ... and a signing told as done, before a modal of another clause, stays signed.
    (
        None,
        "After signing the agreement on fisheries, Chile and Peru will review quotas.",
        [("agreement", ["CHL", "PER"], "signed", None, None)],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), ROWS)
def test_unseen_rows(
    headline: str | None,
    body: str,
    expected: list[tuple[str, list[str], str, str | None, str | None]],
) -> None:
    """Each story gives exactly the expected (kind, parties, status, date, city) records."""
    found = extract_agreements(Article(body=body, title=headline, published=PUB))
    got = [
        (
            a.kind.value,
            [str(p) for p in a.parties],
            a.status.value,
            str(a.date) if a.date else None,
            a.location.city if a.location else None,
        )
        for a in found
    ]
    assert got == expected


# A list of documents under an intro that leaves out its colon ("signed the following").
LIST_BODY = (
    "On Tuesday, the leaders of the Andean Union met for a summit in Quito.\n\n"
    "Ministers of the member states signed the following\n\n"
    "The Andean Digital Trade Agreement between the Governments of the Member States;\n\n"
    "Memorandum on the establishment of the Council of Andean Port Authorities;\n\n"
    "Protocol on the exchange of customs data"
)


def test_list_without_colon() -> None:
    """Each listed document is a record dated by the summit, its name without "The"."""
    found = extract_agreements(Article(body=LIST_BODY, published=PUB))
    got = [(a.kind.value, a.title, str(a.date), a.location and a.location.city) for a in found]
    assert got[:2] == [
        (
            "agreement",
            "Andean Digital Trade Agreement between the Governments of the Member States",
            "2023-05-09",
            "Quito",
        ),
        (
            "memorandum",
            "Memorandum on the establishment of the Council of Andean Port Authorities",
            "2023-05-09",
            "Quito",
        ),
    ]
    assert len(got) == 3
    assert got[2][0] == "protocol"


# (sentence, expected title): a capitalised instrument word after "the" takes the
# lower-case words of its name, up to a verb, a date, a place or another phrase.
TITLE_ROWS: list[tuple[str, str | None]] = [
    (
        "Chile and Peru signed the Convention on the legal status of the Andean lakes "
        "in Lima on Monday.",
        "Convention on the legal status of the Andean lakes",
    ),
    (
        "Chile and Peru welcomed that the Program of strategic partnership for 2024-2026 "
        "had been adopted.",
        "Program of strategic partnership for 2024-2026",
    ),
    (
        "Chile and Peru signed the Agreement on fisheries with a view to larger quotas.",
        None,  # one word: a topic, not a name
    ),
    (
        "Chile and Peru signed the agreement on the legal status of the Andean lakes.",
        None,  # a lower-case instrument word: a description
    ),
    (
        "Chile and Peru signed a Memorandum on cooperation in the field of maritime research.",
        None,  # "a": a name takes "the"
    ),
]


@pytest.mark.parametrize(("body", "title"), TITLE_ROWS)
def test_lower_case_titles(body: str, title: str | None) -> None:
    """The title is the name as written, cut where the name ends."""
    found = extract_agreements(Article(body=body, published=PUB))
    assert [a.title for a in found] == [title]


# A story on a meeting of an intergovernmental body's organ: the documents it adopts name
# no state (the members are not expanded), and are records with no party.
BODY_STORY = (
    "When the CIS foreign ministers' council convened its session in Lima on May 8, the "
    "Chilean delegation was headed by its foreign minister. "
    "The ministers gave their approval to the convention on the status of observers. "
    "In addition, several joint statements were adopted."
)


def test_documents_of_a_body_meeting() -> None:
    """Each adopted document is a record with no party, dated and placed by the meeting."""
    found = extract_agreements(Article(body=BODY_STORY, published=PUB))
    got = [
        (a.kind.value, [str(p) for p in a.parties], a.status.value, str(a.date), a.location)
        for a in found
    ]
    assert [g[:4] for g in got] == [
        ("treaty", [], "signed", "2023-05-08"),
        ("declaration", [], "signed", "2023-05-08"),
    ]
    assert all(g[4] is not None and g[4].city == "Lima" for g in got)


def test_no_body_meeting_no_partyless_record() -> None:
    """Without a body's meeting in the lead, an instrument naming no state is no record."""
    body = "The ministers met in Lima on May 8. In addition, several joint statements were adopted."
    assert extract_agreements(Article(body=body, published=PUB)) == ()
