"""Agreements: whole invented stories and sentences, every record of each.

Each table is one set of stories (wire, broadcaster and briefing-room prose, pages written
blind, the seed outlets' own shapes, news no rule was tuned to); a row lists all the
instruments of its text. Names and figures are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, agreement_summaries, summary
from diplonews.agreements import extract_agreements
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
        [("agreement", ["CHL", "PER"], "planned")],  # initialled only: not signed
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


PUB_CARRY = dt.date(2023, 6, 8)


def _agreements(body: str, dateline: str | None = None) -> list[Summary]:
    article = Article(id="t", body=body, published=PUB_CARRY, dateline=dateline)
    return [summary(a) for a in extract_agreements(article)]


ROWS_CARRY: list[tuple[str, str, str | None, list[Summary]]] = [
    # An entry into force or a ratification still to come leaves the instrument signed.
    (
        "entry-into-force-to-come-stays-signed",
        "Chile and Peru have signed an agreement on fisheries. "
        "The agreement will enter into force after ratification by the two parliaments.",
        None,
        [("agreement", "signed", ["CHL", "PER"], None)],
    ),
    (
        "subject-to-ratification-stays-signed",
        "Chile and Peru signed a treaty on the border, subject to ratification.",
        None,
        [("treaty", "signed", ["CHL", "PER"], None)],
    ),
    (
        "an-entry-into-force-told-is-ratified",
        "The agreement on fisheries between Chile and Peru entered into force.",
        None,
        [("agreement", "ratified", ["CHL", "PER"], None)],
    ),
    # A date after "on" in the signing verb's clause dates the signing, however long the clause.
    (
        "on-day-in-a-long-signing-clause",
        "Chile and Peru have signed an agreement on fisheries. The document was signed by "
        "the deputy foreign ministers of the two countries in Lima on June 5.",
        None,
        [("agreement", "signed", ["CHL", "PER"], "2023-06-05")],
    ),
    # A date after the instrument word is not its topic: the headline's memorandum is the lead's.
    (
        "a-date-is-no-topic",
        "Chile, Peru sign memorandum on fisheries\n\n"
        "The fisheries agencies of Chile and Peru signed a memorandum of understanding on "
        "June 6, the ministry said.",
        None,
        [("memorandum", "signed", ["CHL", "PER"], "2023-06-06")],
    ),
    # "between the foreign ministries": the sides described by their state bodies, not a
    # kind of country; who they are comes from the story.
    (
        "between-the-ministries-names-the-story-sides",
        "Peruvian Foreign Minister Luis Vega met his Chilean counterpart Ana Soto. "
        "The ministers signed a protocol on consultations between the foreign ministries.",
        None,
        [("protocol", "signed", ["CHL", "PER"], None)],
    ),
    (
        "between-warring-countries-is-no-party",
        "Chile urged a deal between warring countries in the region.",
        None,
        [],
    ),
    # A named instrument "between the two countries": the pair the sentence names, else the
    # story's two states, the dateline's state standing in for the one the story leaves out.
    (
        "two-countries-of-a-named-instrument-from-the-dateline",
        "The commerce minister met the visiting Peruvian deputy prime minister here on "
        "Thursday.\n\nThe two sides reviewed the progress on the Coastal Trade Agreement "
        "signed between the two countries in 2021.",
        "Santiago, June 8",
        [("agreement", "signed", ["CHL", "PER"], "2021")],
    ),
    (
        "two-countries-of-a-named-instrument-from-its-sentence",
        "Bolivia hosted the talks. Bolivia and Brazil met too. The envoy praised the ties "
        "between Chile and Peru and the Coastal Trade Agreement, a framework for fisheries "
        "between the two countries.",
        None,
        [("agreement", "signed", ["CHL", "PER"], None)],
    ),
    # A named instrument takes the states of its clause's subject when the verb between them
    # is a step on its text (finalized the draft of, initialled); a signing "expected", "due"
    # or "set" to come makes it planned.
    (
        "finalized-draft-of-a-named-instrument-expected-to-be-signed",
        "Chile and Peru have finalized the draft of the Coastal Trade Agreement, which is "
        "expected to be signed during the next visit of the Peruvian president.",
        None,
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    (
        "initialled-text-of-a-named-instrument-due-to-be-signed",
        "Chile and Peru initialled the text of the Andes Water Convention, which is due to be "
        "signed in Lima.",
        None,
        [("treaty", "planned", ["CHL", "PER"], None)],
    ),
    (
        "expected-to-strengthen-is-no-signing-to-come",
        "Chile and Peru signed the Andes Water Convention in 2019. The convention is expected "
        "to strengthen ties.",
        None,
        [("treaty", "signed", ["CHL", "PER"], "2019")],
    ),
    # A mention with no status cue (a headline) is the cued mention of the same topic and sides.
    (
        "an-uncued-headline-mention-takes-the-cued-status",
        "The fisheries agreement between Chile and Peru and the road ahead\n\n"
        "The fisheries agreement between Chile and Peru is set to be signed, the minister said.",
        None,
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    (
        "two-cued-mentions-of-one-topic-stay-two",
        "Chile and Peru signed a fisheries agreement in 2019.\n\n"
        "A new fisheries agreement between Chile and Peru will be signed in July.",
        None,
        [
            ("agreement", "signed", ["CHL", "PER"], "2019"),
            ("agreement", "planned", ["CHL", "PER"], "2023-07"),
        ],
    ),
    # A signing told at the end of the story's event takes the lead event's sides and day
    # (not the states of a compound in the sentence before); a span of years before the
    # instrument word is the period it covers, not another event's year.
    (
        "signed-at-the-end-of-the-talks-takes-the-lead-sides-and-day",
        "The foreign ministers of Chile and Peru held consultations in Lima on June 6.\n\n"
        "The ministers also discussed the Bolivia-Chile border dispute.\n\n"
        "At the end of the consultations, a 2024-2025 cooperation program was signed.",
        None,
        [("plan", "signed", ["CHL", "PER"], "2023-06-06")],
    ),
    # "between" followed by a preposition (a slip) describes no sides: the story's apply.
    (
        "between-at-is-a-slip-not-a-description",
        "The foreign ministers of Chile and Peru held consultations in Lima on June 6.\n\n"
        "As the consultations concluded, a cooperation program was signed between at the "
        "ministerial level.",
        None,
        [("plan", "signed", ["CHL", "PER"], "2023-06-06")],
    ),
    # The Paris Club of creditor governments is a group of states, not a business: a debt
    # accord with it is an instrument, its party the debtor.
    (
        "an-accord-with-the-paris-club-is-the-debtors",
        "Chile successfully concluded a debt rescheduling accord with the Paris Club of "
        "creditor nations.",
        None,
        [("agreement", "signed", ["CHL"], None)],
    ),
    (
        "a-club-deal-stays-a-business",
        "The club agreed a three-year deal with the striker.",
        None,
        [],
    ),
    # "Today's agreement" is the day's instrument told before (a determiner, like "the");
    # "an agreement between A and B" after another pair's has sides of its own.
    (
        "todays-agreement-refers-back-and-a-new-pair-is-a-new-instrument",
        "Chile and Peru signed an agreement on fisheries.\n\n"
        "Today's agreement follows an agreement between Bolivia and Peru on rivers.",
        None,
        [
            ("agreement", "signed", ["CHL", "PER"], "2023-06-08"),
            ("agreement", "signed", ["BOL", "PER"], None),
        ],
    ),
    # The sides after an amended instrument are the amending protocol's too.
    (
        "between-after-an-amended-instrument-names-the-protocols-sides",
        "The protocol on amendments to the agreement on trade between Chile and Peru was "
        "signed in Lima on June 6.",
        None,
        [("protocol", "signed", ["CHL", "PER"], "2023-06-06")],
    ),
    # A named instrument whose signing is told with no signer named takes the story's sides,
    # as an unnamed one does; a draft the sides discuss is planned, its parties the sides.
    (
        "a-named-instrument-signed-by-the-countries-takes-the-lead-sides",
        "Chilean President Ana Soto held talks with Peruvian President Luis Vega in Lima."
        "\n\nThe leaders discussed trade.\n\n"
        "The countries signed a Strategic Partnership Treaty in 2019.",
        None,
        [("treaty", "signed", ["CHL", "PER"], "2019")],
    ),
    (
        "a-draft-the-sides-discuss-is-planned",
        "Chilean President Ana Soto held talks with Peruvian President Luis Vega in Lima."
        "\n\nThe sides discussed the draft agreement on mutual protection of investments.",
        None,
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    # A status cue starts a word: "Soto signed" holds no "to sign".
    (
        "a-name-ending-in-to-is-no-signing-to-come",
        "Chilean President Ana Soto held talks with Peruvian President Luis Vega in Lima."
        "\n\nVega and Soto signed a Treaty on Strategic Partnership and Alliance.",
        None,
        [("treaty", "signed", ["CHL", "PER"], None)],
    ),
    # Agreeing, deciding or being told to prepare a document makes it planned.
    (
        "agreed-to-prepare-a-roadmap-is-planned",
        "Chilean President Ana Soto held talks with Peruvian President Luis Vega in Lima."
        "\n\nThe sides agreed to prepare a roadmap for the development of trade.",
        None,
        [("plan", "planned", ["CHL", "PER"], None)],
    ),
    (
        "an-agreement-to-develop-stays-signed",
        "Chile and Peru signed an agreement to develop a port.",
        None,
        [("agreement", "signed", ["CHL", "PER"], None)],
    ),
    # The exchange of agreements hands over signed copies: they were signed. A plural with
    # no number is covered by named records of its own kind only ("documents": any kind).
    (
        "exchange-of-agreements-next-to-a-joint-statement",
        "Chilean President Ana Soto held talks with Peruvian President Luis Vega in Lima."
        "\n\nFollowing the talks, the two presidents signed a joint statement and witnessed "
        "the exchange of several intergovernmental agreements.",
        None,
        [
            ("declaration", "signed", ["CHL", "PER"], None),
            ("agreement", "signed", ["CHL", "PER"], None),
        ],
    ),
    (
        "documents-signed-are-covered-by-a-named-memorandum",
        "Chilean President Ana Soto held talks with Peruvian President Luis Vega in Lima."
        "\n\nFollowing the talks, the presidents signed a memorandum on fisheries. "
        "Documents were also signed.",
        None,
        [("memorandum", "signed", ["CHL", "PER"], None)],
    ),
    # A headline's count and the body's same count, status and sides are one set.
    (
        "a-headline-count-and-the-body-count-are-one-set",
        "Chile, Peru sign 15 documents\n\n"
        "A total of 15 documents were signed by Chile and Peru in the presence of the presidents.",
        None,
        [("other", "signed", ["CHL", "PER"], None)],
    ),
    # The preparation or drafting of a document, or agreeing on its text, makes it planned.
    (
        "preparation-of-an-agreement-is-planned",
        "Chilean President Ana Soto held talks with Peruvian President Luis Vega in Lima."
        "\n\nThe sides discussed the preparation of a free trade agreement.",
        None,
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    (
        "agreeing-on-the-text-is-planned",
        "Chile and Peru agreed on the text of the agreement on investment protection.",
        None,
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    # Plural instruments joined to a signed one ("signed X, as well as agreements") are signed.
    (
        "agreements-as-a-second-object-of-signed",
        "Chilean President Ana Soto held talks with Peruvian President Luis Vega in Lima."
        "\n\nThe heads of state signed the Declaration on Eternal Friendship, as well as "
        "intergovernmental agreements on visas and transport.",
        None,
        [
            ("declaration", "signed", ["CHL", "PER"], None),
            ("agreement", "signed", ["CHL", "PER"], None),
        ],
    ),
    # A plural a negotiation governs is planned (not "the implementation of agreements"); a
    # date after another instrument's verb is that one's.
    (
        "negotiating-agreements-is-planned-and-the-pact-keeps-its-month",
        "She said the Chileans are trying to negotiate bilateral agreements with every member "
        "of the Paris Club under a multilateral pact reached in December.",
        None,
        [
            ("agreement", "planned", ["CHL"], None),
            ("agreement", "signed", ["CHL"], "2022-12"),
        ],
    ),
    # A definite instrument with its own topic that opens the story's instruments is told of
    # itself, not a back-reference; "the Chile-Peru commission" names a pair, not a thing of
    # Chile.
    (
        "the-agreement-on-a-topic-opening-the-story-is-its-own",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe agreement on the establishment of the Chile-Peru intergovernmental commission "
        "was signed in 2010.",
        None,
        [("agreement", "signed", ["CHL", "PER"], "2010")],
    ),
    # "plan of cooperation", "cooperation plan" and "Road Map" are plans.
    (
        "a-plan-of-cooperation-signed-by-the-two-ministries",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe two countries' foreign ministries signed a plan of cooperation for 2024-2025 "
        "on June 6.",
        None,
        [("plan", "signed", ["CHL", "PER"], "2023-06-06")],
    ),
    (
        "a-capitalised-road-map-discussed-is-planned",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nA Road Map for 2024-2026 was also discussed by the parties.",
        None,
        [("plan", "planned", ["CHL", "PER"], None)],
    ),
    # Telling the governments to draft a document: planned, the sides of the story.
    (
        "instructed-to-draft-a-programme",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe leaders instructed their governments to draft a new cooperation program.",
        None,
        [("plan", "planned", ["CHL", "PER"], None)],
    ),
    # Exchanging the instruments of ratification ratifies; exchanging agreements signs.
    (
        "exchanged-ratification-instruments",
        "Chile and Peru exchanged ratification instruments of the treaty on extradition.",
        None,
        [("treaty", "ratified", ["CHL", "PER"], None)],
    ),
    # A plural's own passive signing after its topic signs it; told twice, it is one set.
    (
        "agreements-on-x-and-y-were-signed",
        "Santiago hosted the 5th meeting of the Chile-Peru intergovernmental commission.\n\n"
        "At the end of the meeting, the co-chairs signed the protocol of the meeting.\n\n"
        "In addition, agreements on cooperation in agriculture and in education were signed.",
        None,
        [
            ("protocol", "signed", ["CHL", "PER"], None),
            ("agreement", "signed", ["CHL", "PER"], None),
        ],
    ),
    (
        "several-agreements-told-twice-are-one-set",
        "Chile and Peru signed several agreements in Lima.\n\n"
        "The presidents looked on as several agreements between Chile and Peru were signed.",
        None,
        [("agreement", "signed", ["CHL", "PER"], None)],
    ),
    # A headline restates the lead: its instrument is the lead's of the same status and sides
    # (the lead's kind wins).
    (
        "a-headline-deal-is-the-leads-memorandum",
        "Peru, Chile sign energy deal\n\n"
        "Peru and Chile have signed a memorandum of understanding on energy, the ministry said.",
        None,
        [("memorandum", "signed", ["CHL", "PER"], None)],
    ),
    # Each instrument of a list that one passive verb signs is signed ("an X, a Y and a Z
    # were signed"), however far the verb stands from the first.
    (
        "a-list-of-instruments-signed-by-one-verb",
        "President of Peru Luis Vega arrived in Chile on a state visit.\n\n"
        "In the presence of the leaders, an intergovernmental agreement on military "
        "cooperation, a memorandum on cooperation in the field of health, and a program of "
        "cultural cooperation for 2023-2025 were signed.",
        None,
        [
            ("agreement", "signed", ["CHL", "PER"], None),
            ("memorandum", "signed", ["CHL", "PER"], None),
            ("plan", "signed", ["CHL", "PER"], None),
        ],
    ),
    # A number before coordinated adjectives counts the instrument.
    (
        "a-number-before-coordinated-adjectives-counts",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nA total of 12 intergovernmental and interagency documents were signed.",
        None,
        [("other", "signed", ["CHL", "PER"], None)],
    ),
    # Working on or in talks on an instrument: planned.
    (
        "working-on-an-agreement-is-planned",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe two countries are working on an agreement on the avoidance of double taxation.",
        None,
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    (
        "in-talks-on-an-agreement-is-planned",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe countries are also in talks on a preferential trade agreement.",
        None,
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    # The instrument's own later entry into force in its clause makes it ratified, dated so.
    (
        "signed-then-entered-into-force",
        "The agreement on free trade between Chile and Peru, signed in 2006, entered into force "
        "in 2009.",
        None,
        [("agreement", "ratified", ["CHL", "PER"], "2009")],
    ),
    # A business word in the instrument's topic is no signer; one after "with" is.
    (
        "a-business-council-in-the-topic-is-no-signer",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nDuring the meeting, the parties signed a memorandum on the establishment of a "
        "joint business council.",
        None,
        [("memorandum", "signed", ["CHL", "PER"], None)],
    ),
    (
        "a-company-after-with-is-a-signer",
        "The ministry signed a memorandum with Andes Mining Holding on a new mine.",
        None,
        [],
    ),
    # "A and B are parties to the X": its subject's states.
    (
        "parties-to-a-named-instrument",
        "Chile and Peru are parties to the Pacific Alliance Framework Agreement.",
        None,
        [("agreement", "signed", ["CHL", "PER"], None)],
    ),
    # A date in a relative clause after the instrument is that clause's event; a date after
    # "since" bounds a span; "signed on <day> a memorandum" dates the signing.
    (
        "a-date-in-a-which-clause-is-not-the-signing",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe ministers signed a memorandum on tourism, which was prepared in May.",
        None,
        [("memorandum", "signed", ["CHL", "PER"], None)],
    ),
    (
        "since-january-is-no-signing-day",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe sides have signed 7 documents since January.",
        None,
        [("other", "signed", ["CHL", "PER"], None)],
    ),
    (
        "signed-on-a-day-before-the-instrument",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe ministers signed on Wednesday a memorandum on tourism.",
        None,
        [("memorandum", "signed", ["CHL", "PER"], "2023-06-07")],
    ),
    # Plural instruments welcomed as made exist (signed); a numberless plural naming its own
    # state does not refer back to one named instrument; "the implementation of the
    # agreements" adds nothing.
    (
        "welcomed-agreements-after-a-named-convention",
        "Chile and Peru signed the Andes Water Convention in 2019.\n\n"
        "The leaders reaffirmed their support for Bolivia and welcomed the landmark agreements "
        "to connect Bolivia's power grid to those of its neighbours.",
        None,
        [("treaty", "signed", ["CHL", "PER"], "2019"), ("agreement", "signed", ["BOL"], None)],
    ),
    (
        "the-implementation-of-the-agreements-adds-nothing",
        "Chile and Peru signed the Andes Water Convention in 2019.\n\n"
        "The leaders discussed the implementation of the agreements.",
        None,
        [("treaty", "signed", ["CHL", "PER"], "2019")],
    ),
    # An instrument after "under" binds the clause's subject, however far back it is named.
    (
        "under-a-pact-binds-the-far-subject",
        "She remarked that the Chileans are at present seeking to negotiate bilateral accords "
        "with each member of the group of western lender governments under a multilateral pact "
        "covering those debts reached in December.",
        None,
        [
            ("agreement", "planned", ["CHL"], None),
            ("agreement", "signed", ["CHL"], "2022-12"),
        ],
    ),
    # Approving or authorising the signing of an instrument: it is still to be signed.
    (
        "approved-the-signing-of-is-planned",
        "Chile's government has approved the signing of an agreement with Peru on air transport.",
        None,
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    # A state visit's documents told one by one: "the joint communique" after "documents were
    # signed" is one of them (a record of its own); documents listed after a colon are each a
    # record and cover the summary; each "between" phrase after a numberless plural is one
    # instrument (one naming no state has the others' sides).
    (
        "a-visits-documents-one-by-one",
        "Several documents were signed as the Peruvian president paid a state visit to "
        "Chile.\n\nWhen the talks ended, Chilean President Ana Soto and President Luis Vega "
        "put their signatures to the joint communique.\n\nFurther documents were then signed "
        "by the government of Chile and that of Peru: on transport, on energy, on visas.\n\n"
        "Also inked were the agreements creating sister-city links between Chile's Arica and "
        "Peru's Tacna and between the Tarapaca region and the Puno region.",
        None,
        [
            ("declaration", "signed", ["CHL"], None),
            ("other", "signed", ["CHL", "PER"], None),
            ("other", "signed", ["CHL", "PER"], None),
            ("other", "signed", ["CHL", "PER"], None),
            ("agreement", "signed", ["CHL", "PER"], None),
            ("agreement", "signed", ["CHL", "PER"], None),
        ],
    ),
    # "FTA" (capitals) is a free trade agreement.
    (
        "negotiations-on-an-fta-are-planned",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe two sides agreed to start negotiations on an FTA.",
        None,
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    # "The Chilean side" is one of the story's two sides; the other is the other state.
    (
        "the-chilean-side-proposes-an-agreement",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe Chilean side proposed to sign an agreement on labor migration.",
        None,
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    # A body's meeting that approves a plan adopts it (signed); the plan's years do not date
    # the memorandum signed next to it.
    (
        "a-body-approves-a-roadmap-and-signs-a-memorandum",
        "Chile hosted the 10th meeting of the foreign ministers of the SCO.\n\n"
        "The ministers approved a roadmap for 2023-2025 and signed a memorandum on cooperation "
        "with the ASEAN secretariat.",
        None,
        [("plan", "signed", [], None), ("memorandum", "signed", [], None)],
    ),
    # A step told as a noun ("the early conclusion of", "the ratification of") gives the
    # sides' instrument its status: an early conclusion is to come; a ratification to speed
    # up is not done; endorsing a road map adopts it.
    (
        "the-early-conclusion-of-an-agreement-is-planned",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe parties noted the importance of the early conclusion of the agreement on transit.",
        None,
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    (
        "a-ratification-to-speed-up-is-not-done",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe sides stressed the need to speed up the ratification of the investment protection "
        "agreement.",
        None,
        [("agreement", "signed", ["CHL", "PER"], None)],
    ),
    (
        "the-sides-endorsed-the-road-map",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima."
        "\n\nThe sides endorsed the road map on trade cooperation.",
        None,
        [("plan", "signed", ["CHL", "PER"], None)],
    ),
    # "between" after an event noun behind a comma is the event's ("signed 5 documents in
    # Lima, following talks between the presidents"), not the documents'.
    (
        "talks-between-the-presidents-are-not-the-documents-sides",
        "Chile and Peru signed 5 documents in Lima on June 7, following talks between the "
        "presidents.",
        None,
        [("other", "signed", ["CHL", "PER"], "2023-06-07")],
    ),
    # A headline's count covers every document the story names one by one.
    (
        "a-headline-count-covers-the-listed-documents",
        "Chile, Peru sign 5 documents\n\nThe presidents of Chile and Peru held talks in Lima "
        "on June 7.\n\nFollowing the talks, the following documents were signed:\n\n"
        "- Agreement on visa-free travel between Chile and Peru;\n\n"
        "- Memorandum of understanding on energy;\n\n"
        "- Protocol on consultations between the foreign ministries.",
        None,
        [
            ("other", "signed", ["CHL", "PER"], None),
            ("agreement", "signed", ["CHL", "PER"], "2023-06-07"),
            ("memorandum", "signed", ["CHL", "PER"], "2023-06-07"),
            ("protocol", "signed", ["CHL", "PER"], "2023-06-07"),
        ],
    ),
    # In a story on a body's meeting, a programme "being implemented" is in effect (its
    # parties the body's members, unnamed); "the convention" after it is another instrument,
    # not a back-reference to a programme.
    (
        "a-body-reviews-a-programme-and-approves-a-convention",
        "The Council of Foreign Ministers of the CIS met in Minsk on June 6.\n\n"
        "The ministers reviewed how the action program aimed at closer ties between foreign "
        "policy agencies is being implemented.\n\n"
        "They gave their approval to the convention on the status of delegations.",
        None,
        [("plan", "ratified", [], None), ("treaty", "signed", [], "2023-06-06")],
    ),
]


@pytest.mark.parametrize(
    ("body", "dateline", "expected"),
    [row[1:] for row in ROWS_CARRY],
    ids=[row[0] for row in ROWS_CARRY],
)
def test_carry(body: str, dateline: str | None, expected: list[Summary]) -> None:
    """Each row gives the instruments a reader of the story would list."""
    assert _agreements(body, dateline) == expected


ROWS_PROSE: list[tuple[str, str, list[Summary]]] = [
    # A state named right after "with" behind an instrument's name is one of its sides.
    (
        "named-with-state",
        "The minister reaffirmed adherence to the 1981 Border Agreement with Norway.",
        [("agreement", "signed", ["NOR"], "1981")],
    ),
    (
        "named-with-the-state",
        "He recalled the 1962 Fisheries Convention with the Netherlands.",
        [("treaty", "signed", ["NLD"], "1962")],
    ),
    # ... but not a demonym (a person described), nor the partner of a talk.
    (
        "named-with-demonym-is-no-side",
        "The envoy praised the 1981 Border Agreement with the Norwegian delegate.",
        [("agreement", "signed", [], "1981")],
    ),
    (
        "named-discussed-with-state-is-no-side",
        "The minister discussed the 1981 Border Agreement with Norway on Monday.",
        [("agreement", "signed", [], "1981")],
    ),
    # A named instrument with no side of its own, in a sentence whose only two states are
    # told as a pair ("between A and B", "A-B"), is that pair's.
    (
        "named-in-pair-between",
        "The envoy praised the close relationship between Chile and Peru, including "
        "through the Lima Security Agreement that was signed in 2019.",
        [("agreement", "signed", ["CHL", "PER"], "2019")],
    ),
    (
        "named-in-pair-hyphen",
        "The ministers reaffirmed the Chile-Peru alliance and recalled that the 1962 "
        "Mutual Defense Treaty covers their coast guards.",
        [("treaty", "signed", ["CHL", "PER"], "1962")],
    ),
    (
        "named-with-states-not-a-pair-has-no-side",
        "The ministers of Chile and Peru recalled the 1962 Mutual Defense Treaty.",
        [("treaty", "signed", [], "1962")],
    ),
    (
        "named-with-three-states-has-no-side",
        "Ties between Chile, Peru and Bolivia have grown since the 1962 Andes Convention.",
        [("treaty", "signed", [], "1962")],
    ),
    # The signers of a named instrument are sought in its own clause, not past a semicolon.
    (
        "named-signers-not-past-semicolon",
        "Chile helped to reconcile Peru and Bolivia; rival parties then signed the Lima "
        "Declaration on unity.",
        [("declaration", "signed", [], None)],
    ),
    (
        "named-signers-in-own-clause",
        "Chile helped to reconcile Peru and Bolivia; Peru and Bolivia then signed the Lima "
        "Declaration on unity.",
        [("declaration", "signed", ["BOL", "PER"], None)],
    ),
    # A side the sentence already names is kept as it was.
    (
        "named-with-signers-kept",
        "Chile signed the Lima Accord on Rivers with Peru in 2019.",
        [("agreement", "signed", ["CHL", "PER"], "2019")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [row[1:] for row in ROWS_PROSE],
    ids=[row[0] for row in ROWS_PROSE],
)
def test_prose(body: str, expected: list[Summary]) -> None:
    """Each row gives the instruments a reader of the sentence would list."""
    assert agreement_summaries(body, PUB_CARRY) == expected


PUB_PROSE6 = dt.date(2019, 10, 17)  # a Thursday


ROWS_PROSE6: list[tuple[str, str, list[Summary]]] = [
    # A "between" phrase reads on past the full stop of an abbreviated state ("U.S.", "U.K.").
    (
        "between-abbreviated-state",
        "Brussels says the 2016 zinc accord between Peru and the U.S. hurts European smelters.",
        [("agreement", "signed", ["PER", "USA"], "2016")],
    ),
    (
        "between-abbreviated-state-second",
        "Lima criticised the fisheries pact between Chile and the U.K. on Monday.",
        [("agreement", "signed", ["CHL", "GBR"], None)],
    ),
    # "holding talks" is a verb, not a company ("Acme Holding") that would make it a contract.
    (
        "holding-talks-is-no-company",
        "Norway and Chile are holding talks this spring on a pact to cut duties on salmon.",
        [("agreement", "planned", ["CHL", "NOR"], None)],
    ),
    (
        "capitalised-holding-is-a-company",
        "Kestrel Holding signed a supply agreement with Chile on Monday.",
        [],
    ),
    # "talks", with a few words of time or place, "on a pact": the pact is to come.
    (
        "talks-since-on-pact",
        "Peru and Bolivia opened negotiations in Lima on a new border treaty.",
        [("treaty", "planned", ["BOL", "PER"], None)],
    ),
    (
        "talks-aimed-at-pact",
        "Norway and Iceland have begun talks aimed at a new herring accord, officials said.",
        [("agreement", "planned", ["ISL", "NOR"], None)],
    ),
    # A wish for a "swift", "speedy" or "early" agreement: one still to come.
    (
        "swift-agreement-planned",
        "Oslo wants a speedy accord between Chile and Peru on fishing.",
        [("agreement", "planned", ["CHL", "PER"], None)],
    ),
    (
        "early-deal-planned",
        "Officials hope for an early deal between Norway and Iceland on mackerel.",
        [("agreement", "planned", ["ISL", "NOR"], None)],
    ),
    # A "between" phrase well after the instrument that names fewer than two states belongs
    # to a noun of its own, not to the instrument.
    (
        "far-lone-between-is-another-nouns",
        "Chile and Peru signed an accord on Monday that makes the port a bridge between Bolivia "
        "and Europe.",
        [("agreement", "signed", ["CHL", "PER"], "2019-10-14")],
    ),
    (
        "far-between-of-two-states-still-counts",
        "The accord, which took three years of tough haggling, was signed between Chile and Peru.",
        [("agreement", "signed", ["CHL", "PER"], None)],
    ),
    # The states a "by" names as reaffirming, endorsing or accepting a named accord are its
    # parties.
    (
        "reaffirmation-by-states-of-named",
        "The minister welcomed the reaffirmation by Chile and Peru of the Arica accord on water.",
        [("agreement", "signed", ["CHL", "PER"], None)],
    ),
    (
        "endorsement-by-state-of-named",
        "Delegates noted the endorsement by Norway of the Bergen Declaration on fisheries.",
        [("declaration", "signed", ["NOR"], None)],
    ),
    # The states whose clause verb ratifies, joins, leaves, upholds or breaks a named
    # instrument are its parties; a refusal, a modal or an infinitive names none.
    (
        "ratified-named-subject",
        "Iceland ratified the Bergen Protocol last year.",
        [("protocol", "ratified", ["ISL"], "2018")],
    ),
    (
        "remain-committed-named-subjects",
        "Norway and Iceland remain committed to the Bergen Accord, their ministers said.",
        [("agreement", "signed", ["ISL", "NOR"], None)],
    ),
    (
        "violated-named-reported",
        "Iceland said Norway has violated the Bergen Convention.",
        [("treaty", "signed", ["NOR"], None)],
    ),
    (
        "urged-to-honour-names-no-party",
        "Iceland urged Norway to honour the Bergen Accord.",
        [("agreement", "signed", [], None)],
    ),
    (
        "refused-to-ratify-names-no-party",
        "Norway has refused to ratify the Bergen Protocol.",
        [("protocol", "signed", [], None)],
    ),
    # An instrument made "among" or "by" states described as a group ("the industrial
    # countries", "major industrial nations") is one between states whose names the text does
    # not give: a record with no parties, once told as made (not one only hoped for). A date
    # right after the instrument word dates it.
    (
        "among-described-group",
        "Bankers praised the pact among the rich industrial nations struck in Oslo last month.",
        [("agreement", "signed", [], "2019-09")],
    ),
    (
        "by-described-group-date-right-after",
        "An accord last week by major industrial nations to curb steel output has held, he said.",
        [("agreement", "signed", [], "2019-10")],
    ),
    (
        "hoped-deal-between-described-group-is-none",
        "Mediators are trying to broker a deal between warring countries.",
        [],
    ),
    # An unnamed "the agreement" opening "Under (the terms of)" or "As part of" binds the
    # states of the clause's subject, and those are its parties; states given as examples of a
    # described subject ("countries such as A") are not.
    (
        "as-part-of-binds-subject",
        "As part of the pact, Norway and Iceland will cut their herring catch.",
        [("agreement", "signed", ["ISL", "NOR"], None)],
    ),
    (
        "under-the-terms-of-binds-subject",
        "Under the terms of the accord, Chile and Peru will share the catch.",
        [("agreement", "signed", ["CHL", "PER"], None)],
    ),
    (
        "examples-of-described-subject-bind-nothing",
        "As part of the Bergen Accord, coastal states such as Norway agreed to cut their catch.",
        [("agreement", "signed", [], None)],
    ),
    # An unnamed "the deal" with no instrument told before it is the consent of the two to
    # four states an earlier sentence says agreed or decided.
    (
        "deal-after-states-agreed",
        "Chile and Peru agreed on Tuesday to open a ferry link across the bay. Ships will sail "
        "twice a day. Newspapers in both countries hailed the deal as a breakthrough.",
        [("agreement", "signed", ["CHL", "PER"], "2019-10-15")],
    ),
    (
        "agreement-after-decision-by-states",
        "Bolivia praised a decision by Chile and Peru to reopen their border. Officials said the "
        "agreement would ease trade.",
        [("agreement", "signed", ["CHL", "PER"], None)],
    ),
    (
        "deal-after-six-states-agreed",
        "At talks in Oslo last month, Chile, Peru, Norway, Iceland, Japan and Canada agreed to "
        "share catch data. Officials said the agreement would be reviewed in a year.",
        [("agreement", "signed", ["CAN", "CHL", "ISL", "JPN", "NOR", "PER"], "2019-09")],
    ),
    # An "arrangement" is an instrument when it has a name or names its sides right after it;
    # "security arrangements" or "a truce arrangement" are not documents.
    (
        "arrangement-between-states",
        "Chile and Peru signed a fishing arrangement between Chile and Peru on Monday.",
        [("other", "signed", ["CHL", "PER"], "2019-10-14")],
    ),
    (
        "arrangement-with-state-for-a-visit-is-none",
        "The arrangement with Bolivia for the summit was made last week.",
        [],
    ),
    (
        "named-arrangement",
        "Peru invoked the 1990 Lima Textile Arrangement with Chile.",
        [("other", "signed", ["CHL"], "1990")],
    ),
    (
        "loose-arrangements-are-no-instrument",
        "Chile and Peru discussed security arrangements and a truce arrangement for the border.",
        [],
    ),
    # "to work out", "to hammer out", "to strike" or "to secure" an agreement, or being "close
    # to" one: it is still to come.
    (
        "hope-to-work-out-planned",
        "Norway and Iceland hope to work out an agreement on herring quotas by June.",
        [("agreement", "planned", ["ISL", "NOR"], None)],
    ),
    (
        "close-to-deal-planned",
        "Norway and Iceland are close to a deal on herring quotas, diplomats said.",
        [("agreement", "planned", ["ISL", "NOR"], None)],
    ),
    # A relative clause right after the instrument names its makers: "which A and B signed",
    # "that it signed with B" (the pronoun standing for the state named before).
    (
        "relative-clause-signers",
        "The herring treaty, which Norway and Iceland signed in 1994, expires next year.",
        [("treaty", "signed", ["ISL", "NOR"], "1994")],
    ),
    (
        "relative-clause-pronoun-with",
        "Norway says the herring accord that it signed with Iceland in 1994 still binds both.",
        [("agreement", "signed", ["ISL", "NOR"], "1994")],
    ),
    # "took effect", "went into effect", "in effect since", "put into effect" or "began
    # implementing" put an instrument in force; "will take effect" leaves it signed.
    (
        "took-effect-ratified",
        "The herring pact between Norway and Iceland took effect on Monday.",
        [("agreement", "ratified", ["ISL", "NOR"], "2019-10-14")],
    ),
    (
        "in-effect-since-ratified",
        "The herring pact between Norway and Iceland has been in effect since 1996.",
        [("agreement", "ratified", ["ISL", "NOR"], "1996")],
    ),
    (
        "began-implementing-ratified",
        "Norway and Iceland began implementing their herring pact last week.",
        [("agreement", "ratified", ["ISL", "NOR"], "2019-10")],
    ),
    (
        "will-take-effect-signed",
        "The herring pact between Norway and Iceland will take effect next month.",
        [("agreement", "signed", ["ISL", "NOR"], None)],
    ),
    # A legislature that "voted to approve" an instrument ratified it, and a senate or
    # legislature after a demonym stands for its state.
    (
        "senate-voted-to-approve",
        "The Icelandic senate voted to approve the herring pact with Norway on Monday.",
        [("agreement", "ratified", ["ISL", "NOR"], "2019-10-14")],
    ),
    # A group named beside a state in the consent is no party of it (parties are states:
    # keyconv32); the state is.
    (
        "consent-with-group-side",
        "The European Union and Norway agreed on Monday to cut salmon tariffs. Fishermen "
        "welcomed the deal.",
        [("agreement", "signed", ["NOR"], "2019-10-14")],
    ),
    (
        "reached-agreement-with-group-then-under",
        "The EU and Chile reached agreement on wine imports. Under the agreement, Chile will cut "
        "duties on cheese.",
        [("agreement", "signed", ["CHL"], None)],
    ),
    # The consent's date is one told before its verb or right after it, not the date of what
    # the states agreed to do; a "deal" with a topic of its own is not that consent.
    (
        "consent-date-is-not-the-action-date",
        "Chile and Peru agreed to hold joint naval drills next month. Both navies welcomed the "
        "agreement.",
        [("agreement", "signed", ["CHL", "PER"], None)],
    ),
    (
        "deal-with-own-topic-is-not-the-consent",
        "Chile and Peru agreed to meet again in May. The deal on copper prices remains elusive.",
        [],
    ),
    # One state's consent is with the state the story names most besides it (three times or
    # more); the dateline's day is the story's, not the consent's.
    (
        "one-state-consent-with-story-side",
        "OSLO, May 4 - Iceland has agreed to buy more Norwegian salmon, Norway said. Norway had "
        "pressed Iceland for months. Norway sells most of its salmon abroad. Officials said "
        "the agreement would run for three years.",
        [("agreement", "signed", ["ISL", "NOR"], None)],
    ),
    # ... but not a lone state's consent in a story of no other state, nor a consent reported
    # by another state, nor an agreement to disagree.
    (
        "agreed-to-disagree-is-no-consent",
        "Chile and Peru agreed to disagree. Officials said the deal was off.",
        [],
    ),
    (
        "deal-after-one-state-agreed",
        "Chile agreed to open its ports. Newspapers hailed the deal as a breakthrough.",
        [],
    ),
    (
        "deal-after-reported-consent",
        "Chile said Peru agreed to open its ports. Newspapers hailed the deal as a breakthrough.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), ROWS_PROSE6, ids=[r[0] for r in ROWS_PROSE6])
def test_prose_class(name: str, body: str, expected: list[Summary]) -> None:
    """Each class gives the records its row expects, and no others."""
    assert agreement_summaries(body, PUB_PROSE6) == expected


# (headline, body, expected [(kind, parties, status)])
RecallRow = tuple[str | None, str, list[tuple[str, list[str], str]]]


ROWS_RECALL: list[RecallRow] = [
    # A signing verb of news copy: "sealed", "initialled" (to come).
    (
        None,
        "Chile and Norway said the fisheries agreement is to be sealed next month.",
        [("agreement", ["CHL", "NOR"], "planned")],
    ),
    (
        None,
        "Chile and Norway said the fisheries protocol will be initialled in Oslo.",
        [("protocol", ["CHL", "NOR"], "planned")],
    ),
    # A plan named in American spelling: "action program".
    (
        None,
        "Chile and Norway noted that the action program on fisheries is being implemented.",
        [("plan", ["CHL", "NOR"], "ratified")],
    ),
    (
        None,
        "Chile and Norway adopted a programme of action on fisheries for 2024-2026.",
        [("plan", ["CHL", "NOR"], "signed")],
    ),
    # A signing to come whose sentence names no side: the previous sentence's states.
    (
        None,
        "The presidents of Chile and Norway held talks in Oslo on Monday. "
        "They instructed their governments to sign an agreement on fisheries by autumn.",
        [("agreement", ["CHL", "NOR"], "planned")],
    ),
    # A signing whose sentences name no side: the headline names them.
    (
        "Chile and Norway deepen cooperation",
        "The foreign ministers held talks on fisheries and shipping. "
        "After the talks, the ministers signed a memorandum on maritime research.",
        [("memorandum", ["CHL", "NOR"], "signed")],
    ),
    # ... else the lead sentence does.
    (
        None,
        "Chile and Norway agreed to widen trade at talks in Santiago on Tuesday. "
        "The ministers discussed fisheries and shipping at length. "
        "After the talks, the ministers signed a memorandum on maritime research.",
        [("memorandum", ["CHL", "NOR"], "signed")],
    ),
    # A named instrument whose signing is told with no side: the headline's states too.
    (
        "Chile and Norway celebrate a decade of partnership",
        "The ministers spoke about shipping. "
        "They recalled the signing of the Southern Fisheries Treaty.",
        [("treaty", ["CHL", "NOR"], "signed")],
    ),
    # An unnumbered "the parties" of a meeting whose participants are listed: all of them.
    (
        None,
        "Chile hosted a meeting of transport ministers on Monday. "
        "Ministers of Peru, Bolivia and Ecuador took part in the meeting. "
        "The parties agreed that a road map would be signed in June.",
        [("plan", ["BOL", "CHL", "ECU", "PER"], "planned")],
    ),
    # ... but "the two sides" are two, whoever else the story lists.
    (
        None,
        "Chile and Peru held talks on Monday; Chile also briefed Bolivia. "
        "Ministers of Peru, Bolivia and Ecuador took part in a forum earlier. "
        "The two sides agreed that a road map would be signed in June.",
        [("plan", ["CHL", "PER"], "planned")],
    ),
    # Not when the sentence names a signer the headline does not tell (a company).
    (
        "Chile and Norway deepen cooperation",
        "The foreign ministers held talks on fisheries and shipping. "
        "In May, Fjordline Shipping and the government signed an agreement on port fees.",
        [],
    ),
    # Nor for a consent: "an agreement was reached on ..." is no document.
    (
        "Chile and Norway deepen cooperation",
        "The foreign ministers held talks on fisheries and shipping. "
        "An agreement was reached on widening dialogue in new areas.",
        [],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), ROWS_RECALL)
def test_recall_rows(
    headline: str | None, body: str, expected: list[tuple[str, list[str], str]]
) -> None:
    """Each story gives exactly the expected (kind, parties, status) records."""
    found = extract_agreements(Article(body=body, title=headline, published=PUB))
    got = [(a.kind.value, [str(p) for p in a.parties], a.status.value) for a in found]
    assert got == expected


def _agreements_shapes(body: str, published: dt.date, dateline: str | None = None) -> list[Summary]:
    article = Article(id="t", body=body, published=published, dateline=dateline)
    return [summary(a) for a in extract_agreements(article)]


SHAPES: list[tuple[str, str, dt.date, str | None, list[Summary]]] = [
    (
        "documents-named-after-among-them",
        "Chile and Peru signed several documents in Lima on March 3.\n\nAmong them are an "
        "agreement on fisheries, a memorandum of understanding on tourism, and a protocol on "
        "amendments to the agreement on air services of 2011.",
        dt.date(2024, 3, 4),
        None,
        [
            ("agreement", "signed", ["CHL", "PER"], "2024-03-03"),
            ("memorandum", "signed", ["CHL", "PER"], "2024-03-03"),
            ("protocol", "signed", ["CHL", "PER"], "2024-03-03"),
        ],
    ),
    (
        "a-ratification-dated-before-its-verb",
        "The Chilean parliament on Tuesday ratified the agreement between Chile and Peru on "
        "fisheries, signed in Lima on May 2, 2023.",
        dt.date(2024, 3, 6),
        None,
        [("agreement", "ratified", ["CHL", "PER"], "2024-03-05")],
    ),
    (
        "a-signing-after-the-talks-takes-the-talks-day",
        "President of Chile Ana Soto received Peruvian Foreign Minister Luis Vega on March 3."
        "\n\nFollowing the talks, the two sides signed a memorandum on tourism.",
        dt.date(2024, 3, 4),
        "Santiago, March 4",
        [("memorandum", "signed", ["CHL", "PER"], "2024-03-03")],
    ),
    (
        "a-signing-as-the-days-news-takes-the-dateline",
        "Chile and Peru signed a memorandum on tourism.",
        dt.date(2024, 3, 4),
        "Santiago, March 4",
        [("memorandum", "signed", ["CHL", "PER"], "2024-03-04")],
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "dateline", "expected"),
    [row[1:] for row in SHAPES],
    ids=[row[0] for row in SHAPES],
)
def test_shape(
    body: str, published: dt.date, dateline: str | None, expected: list[Summary]
) -> None:
    """Each shape gives the instruments a reader of the story would list."""
    assert _agreements_shapes(body, published, dateline) == expected


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
        [("agreement", ["CHL", "PER"], "signed", "Global Compact on Fisheries", 1)],
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
    # "the two sides" before a named instrument with a step: the story's two sides (a
    # finalization they hail is done: signed, test_agree_written21b_table).
    (
        "Chile and Peru held talks in Lima. The two sides hailed the finalization of a "
        "Partnership Framework for Clean Energy.",
        [("other", ["CHL", "PER"], "signed", "Partnership Framework for Clean Energy", 1)],
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


# (headline, body, expected [(kind, parties, status, date, city)])
UnseenRow = tuple[str | None, str, list[tuple[str, list[str], str, str | None, str | None]]]


ROWS_UNSEEN: list[UnseenRow] = [
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


@pytest.mark.parametrize(("headline", "body", "expected"), ROWS_UNSEEN)
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


PUB_PROSE10 = dt.date(2021, 3, 11)  # a Thursday


ROWS_PROSE10: list[tuple[str, str, list[Summary]]] = [
    # A deal with a non-state armed movement as one side is not an instrument between states.
    (
        "deal-between-state-and-movement",
        "The minister praised Norway for its part in brokering a deal between Colombia and "
        "FARC that freed forty prisoners last winter.",
        [],
    ),
    (
        "movement-acceptance-of-the-deal",
        "He urged Oman to use its influence to secure the Houthis' acceptance of the "
        "agreement with Yemen.",
        [],
    ),
    (
        "movement-to-accept-a-proposal-for-a-deal",
        "The envoy stressed the need for Hezbollah to accept Lebanon's proposal to end the "
        "shelling as part of a prisoner exchange deal.",
        [],
    ),
    (
        "movement-told-in-a-later-sentence",
        "Chile, together with Peru, would work to carry out the whole agreement. The envoy "
        "asked for Taliban acceptance of the deal within a week.",
        [],
    ),
    # A deal against the movement is between the states that sign it.
    (
        "accord-to-fight-the-movement-stays",
        "Kenya and Somalia signed an agreement on Tuesday to fight al-Shabaab along their border.",
        [("agreement", "signed", ["KEN", "SOM"], "2021-03-09")],
    ),
    (
        "accord-against-the-movement-stays",
        "Nigeria and Chad signed a security pact against Boko Haram in 2019.",
        [("agreement", "signed", ["NGA", "TCD"], "2019")],
    ),
    # A movement named far from the instrument word, in another clause, does not veto it.
    (
        "movement-far-from-the-instrument-stays",
        "Jordan and Egypt signed a water agreement on Monday, officials said after a long "
        "session that also reviewed border patrols, customs posts, grain depots, the refugee "
        "camps and the latest reports on Hamas.",
        [("agreement", "signed", ["EGY", "JOR"], "2021-03-08")],
    ),
    # A lower-case word that spells a movement's acronym in another sense is no movement.
    (
        "lower-case-word-is-no-movement",
        "Greece and Italy signed a ferry agreement in 2018 after isis-style delays at the port.",
        [("agreement", "signed", ["GRC", "ITA"], "2018")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [r[1:] for r in ROWS_PROSE10], ids=[r[0] for r in ROWS_PROSE10]
)
def test_corpus_prose10_row(body: str, expected: list[Summary]) -> None:
    """Each row's sentence gives exactly the agreements it lists."""
    assert agreement_summaries(body, PUB_PROSE10) == expected


# (row id, body, expected agreements); the page is published 2024-04-20
AGREEMENT_ROWS: list[tuple[str, str, list[Summary]]] = [
    # A state's stance on a named instrument makes it a party: its commitment to the
    # instrument's conclusion (another instrument may be listed first), its obligations
    # under it, with a bare apostrophe for a name ending in s.
    (
        "commitment-to-the-conclusion-of-listed-negotiations",
        "Deputy Adviser Tom Reyes restated the United States’ commitment to a swift "
        "conclusion of the Ocean Health Rules (OHR) and Coral Accord negotiations in the "
        "coming weeks.",
        [("agreement", "planned", ["USA"], None)],
    ),
    (
        "obligations-under-a-named-convention",
        "As part of the Kingdom of Morocco’s effort to honour its "
        "obligations under the Lima Convention, the sides agreed to reopen the crossing.",
        [("treaty", "signed", ["MAR"], None)],
    ),
    (
        "bare-apostrophe-possessive-withdrawal",
        "The Philippines’ withdrawal from the Lisbon Convention worried Chile.",
        [("treaty", "signed", ["PHL"], None)],
    ),
    # A group's commitment names no state: the instrument keeps no party.
    (
        "group-commitment-names-no-state",
        "The G-6 nations remain committed to the Lisbon Accord, the minister said.",
        [("agreement", "signed", [], None)],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=rid) for rid, body, want in AGREEMENT_ROWS],
)
def test_corpus_prose12_agreement_row(body: str, expected: list[Summary]) -> None:
    """Each row's body gives exactly the agreements the row lists, in order."""
    assert agreement_summaries(body, dt.date(2024, 4, 20)) == expected
