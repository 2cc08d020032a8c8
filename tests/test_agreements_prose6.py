"""Agreement classes of wire, broadcaster and briefing-room prose (issue 9, sixth pass).

Each row is one general rule, tested on sentences written for these tests (invented
accords, states' pairings, dates and places); none is taken from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, agreement_summaries
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2019, 10, 17)  # a Thursday


ROWS: list[tuple[str, str, list[Summary]]] = [
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
    # A group named beside a state in the consent is a side of it.
    (
        "consent-with-group-side",
        "The European Union and Norway agreed on Monday to cut salmon tariffs. Fishermen "
        "welcomed the deal.",
        [("agreement", "signed", ["EU", "NOR"], "2019-10-14")],
    ),
    (
        "reached-agreement-with-group-then-under",
        "The EU and Chile reached agreement on wine imports. Under the agreement, Chile will cut "
        "duties on cheese.",
        [("agreement", "signed", ["CHL", "EU"], None)],
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


@pytest.mark.parametrize(("name", "body", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_prose_class(name: str, body: str, expected: list[Summary]) -> None:
    """Each class gives the records its row expects, and no others."""
    assert agreement_summaries(body, PUB) == expected


TITLES: list[tuple[str, str, str]] = [
    # A day of the week after a capitalised name is its date, not part of the name.
    ("weekday-not-in-title", "Iceland ratified the Bergen Protocol on Monday.", "Bergen Protocol"),
    (
        "topic-stays-in-title",
        "Iceland ratified the Bergen Protocol on Herring Stocks.",
        "Bergen Protocol on Herring Stocks",
    ),
]


@pytest.mark.parametrize(("name", "body", "title"), TITLES, ids=[r[0] for r in TITLES])
def test_prose_title(name: str, body: str, title: str) -> None:
    """The instrument's name as the class reads it."""
    found = extract_agreements(Article(id="t", body=body, published=PUB))
    assert [a.title for a in found] == [title]
