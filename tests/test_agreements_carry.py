"""Agreement classes that carry over to unseen news (issue 9, fourth pass).

Each row is one general rule, tested on sentences written for these tests (invented
states' talks, documents, dates and places); none is taken from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, summary
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2023, 6, 8)


def _agreements(body: str, dateline: str | None = None) -> list[Summary]:
    article = Article(id="t", body=body, published=PUB, dateline=dateline)
    return [summary(a) for a in extract_agreements(article)]


ROWS: list[tuple[str, str, str | None, list[Summary]]] = [
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
        "He said the Chileans are attempting to negotiate bilateral agreements with members of "
        "the Paris Club under a multilateral pact reached in December.",
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
        "He noted that the Chileans are currently attempting to negotiate bilateral accords with "
        "each member of the group of western creditor governments under a multilateral pact on "
        "these debts reached in December.",
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
    [row[1:] for row in ROWS],
    ids=[row[0] for row in ROWS],
)
def test_carry(body: str, dateline: str | None, expected: list[Summary]) -> None:
    """Each row gives the instruments a reader of the story would list."""
    assert _agreements(body, dateline) == expected


def test_headline_count_keeps_only_the_unnamed_rest() -> None:
    """'Chile, Peru sign 5 documents' over three listed ones leaves a count of two."""
    body = (
        "Chile, Peru sign 5 documents\n\nThe presidents of Chile and Peru held talks in Lima "
        "on June 7.\n\nFollowing the talks, the following documents were signed:\n\n"
        "- Agreement on visa-free travel between Chile and Peru;\n\n"
        "- Memorandum of understanding on energy;\n\n"
        "- Protocol on consultations between the foreign ministries."
    )
    found = extract_agreements(Article(id="t", body=body, published=PUB))
    assert [a.count for a in found] == [2, 1, 1, 1]
