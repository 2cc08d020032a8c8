"""The recall fallback of meeting extraction (:mod:`diplonews.meetings._fallback`).

Two tables of invented paragraphs (no sentence, name or figure of any page or
article). ``FOUND``: sentences that tell a meeting in words the rules do not
read ("conferred", "sat at the negotiating table", "was received at the
ministry"), run through the whole extraction; each gives its record, and a
second mention of an event already told gives none. ``GATES``: sentences run
through the fallback alone (as if no rule had matched), one class per comment,
each naming at least one foreign state beside a meeting word used in a sense
that tells no meeting between states; none of them gives a record (the first
rows of the table show the fallback alone does give one where no gate holds).

Rows pair as the scorer pairs (same kind and status, sides overlapping by half,
the date when the row gives one); see ``tests/meeting_rows.py``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews import extract_text
from diplonews.meetings._fallback import fallback_meetings
from diplonews.models import Article
from meeting_rows import Expected, fits_told_with_body, pairs

D = "2024-05-15"  # a Wednesday: Monday is May 13, Tuesday May 14

# (class, publication day, paragraph, the meetings it tells)
FOUND: list[tuple[str, str, str, list[Expected]]] = []
GATES: list[tuple[str, str, list[Expected]]] = []
# (outlet, paragraph, the meetings it tells): the outlet's state is a side
HOME: list[tuple[str, str, list[Expected]]] = [
    # --- one foreign state named: the story's home state is the other side ----------------
    (
        "Astana Times",
        "A Mongolian delegation conferred with officials of the ministry on Monday.",
        [("meeting", "held", ("KAZ", "MNG"), None, "2024-05-13")],
    ),
    (
        "AzerNews",
        "Georgian negotiators sat at the negotiating table with the ministry's team on Tuesday.",
        [("meeting", "held", ("AZE", "GEO"), None, "2024-05-14")],
    ),
    # --- the home state alone: no foreign side, no record ---------------------------------
    ("Astana Times", "Kazakh officials conferred in the capital on Monday.", []),
    ("AzerNews", "Azerbaijani ministers sat at the negotiating table on Tuesday.", []),
    # --- a speaker's quoted words: the outlet's state is not the speaker's side -------------
    ("Astana Times", 'A Mongolian envoy said: "We conferred with the minister in May."', []),
    ("AzerNews", "The Turkish diplomat recalled: “I sat at the negotiating table in 2019.”", []),
]


def _found(cls: str, text: str, *records: Expected) -> None:
    FOUND.append((cls, D, text, list(records)))


def _gate(cls: str, text: str, *records: Expected) -> None:
    GATES.append((cls, text, list(records)))


# --- talks told by a verb the rules do not read: "conferred" -----------------------------
_found(
    "conferred",
    "Qatari and Omani officials conferred in Doha on Monday.",
    ("meeting", "held", ("OMN", "QAT"), None, "2024-05-13"),
)
_found(
    "conferred",
    "Slovenian and Croatian negotiators conferred in Zagreb on Tuesday over the fishing dispute.",
    ("meeting", "held", ("HRV", "SVN"), None, "2024-05-14"),
)
# --- talks told as a seat at the table: "sat at the negotiating table" -------------------
_found(
    "negotiating-table",
    "Delegations from Belize and Guatemala sat at the negotiating table in Belmopan on Monday.",
    ("meeting", "held", ("BLZ", "GTM"), None, "2024-05-13"),
)
_found(
    "negotiating-table",
    "Emissaries of Eritrea and Djibouti sat at the negotiating table in Asmara on Tuesday.",
    ("meeting", "held", ("DJI", "ERI"), None, "2024-05-14"),
)
# --- a delegation received at a foreign ministry or presidency ---------------------------
_found(
    "received-at",
    "A Ghanaian delegation led by the deputy foreign minister was received at the Togolese "
    "foreign ministry on Tuesday.",
    ("meeting", "held", ("GHA", "TGO"), None, "2024-05-14"),
)
_found(
    "received-at",
    "A Malian delegation headed by the foreign minister was received at the Senegalese "
    "presidency on Monday.",
    ("meeting", "held", ("MLI", "SEN"), None, "2024-05-13"),
)
# --- a second mention of an event told before is no event of its own --------------------
_found(
    "told-before",
    "Peru and Chile held talks in Lima on Monday. Peruvian and Chilean officials conferred "
    "for six hours.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-05-13"),
)
_found(
    "told-before",
    "Estonia and Latvia held talks in Riga on Monday. Estonian and Latvian diplomats sat at "
    "the negotiating table until late evening.",
    ("meeting", "held", ("EST", "LVA"), None, "2024-05-13"),
)

# --- the fallback alone reads a plain meeting sentence -----------------------------------
_gate(
    "plain",
    "The Bolivian and Chilean foreign ministers met in La Paz on Monday.",
    ("meeting", "held", ("BOL", "CHL"), None, "2024-05-13"),
)
_gate(
    "plain",
    "The Kenyan president will pay a visit to Uganda next month.",
    ("visit", "planned", ("KEN", "UGA"), None, "2024-06"),
)
# --- negated: no event ---------------------------------------------------------------------
_gate("negated", "Bolivian and Chilean officials did not meet in La Paz on Monday.")
_gate("negated", "Laos and Vietnam have held no talks on the dam since 2019.")
# --- hypothetical or speculated about ----------------------------------------------------
_gate("hypothetical", "Nepal and Bhutan could hold talks in Thimphu next month.")
_gate("hypothetical", "Samoan and Fijian leaders will meet in Apia if there is progress.")
# --- only called for -----------------------------------------------------------------------
_gate("called-for", "The envoy urged Sudan and Chad to resume talks on the border.")
_gate("called-for", "Brazil called on Peru and Bolivia to return to the negotiating table.")
# --- called off ------------------------------------------------------------------------------
_gate("called-off", "The talks between Ghana and Togo set for Friday were cancelled.")
_gate("called-off", "Maltese officials said talks with Tunisia will not now take place.")
# --- domestic gatherings: no meeting between states --------------------------------------
_gate("domestic", "Chile's cabinet meeting on Monday approved a trade deal with Argentina.")
_gate("domestic", "At a press conference in Lima, the Peruvian minister praised Bolivia.")
# --- the word in another sense: a target met, a website visited ---------------------------
_gate("other-sense", "Tonga met its export target for Fiji a year early.")
_gate("other-sense", "Applicants from Ecuador should visit the website of the Peruvian consulate.")
# --- "the meeting": a back-reference to the event told before ----------------------------
_gate("back-reference", "After the meeting, Latvia and Estonia signed a customs protocol.")
_gate("back-reference", "During the talks, Mexico and Cuba reviewed their trade in sugar.")
_gate("back-reference", "Journalists asked about the Riga and Vilnius meetings of the two envoys.")
_gate("back-reference", "Both papers covered the Hanoi and Manila talks at length on Friday.")
# --- the event as the topic of words or of a document ---------------------------------
_gate("topic", "The minister briefed the Lithuanian envoy on talks with Poland.")
_gate("topic", "Chile and Peru signed a plan of consultations for 2025 and 2026.")
# --- talks with companies or investors, a match of national teams: no states meeting -------
_gate("business", "The Kenyan minister met representatives of Ugandan companies in Kampala.")
_gate("business", "The Omani envoy held talks with Indian investors in Mumbai on Monday.")
_gate("sports", "The national teams of Chile and Peru will meet in Lima on Sunday.")
_gate("sports", "The volleyball players of Serbia and Croatia met in a friendly in Split.")
# --- a people, not a state: "Syrians visited Jordan" ------------------------------------------
_gate("a-people", "Last year 40,000 Peruvians visited Bolivia, mostly by bus.")
_gate("a-people", "Hundreds of Nepalis visited India during the festival.")
# --- a capital naming a pact or a club, not a side ---------------------------------------
_gate("pact-name", "The Chilean minister held talks with the Lima Club of creditors on Monday.")
_gate("pact-name", "Bolivian envoys met the guarantors of the Quito accord on Tuesday.")
# --- a hope for the event, however far before it -------------------------------------------
_gate("hoped", "He hoped Chile and Peru would soon and successfully hold meetings of the council.")
_gate("hoped", "She hoped that Ghana and Togo will before long hold consultations on the border.")
# --- tourists' visits and visits to a site ---------------------------------------------------
_gate("private-visit", "Thousands of tourists from Germany visit Tunisia every summer.")
_gate("private-visit", "The Estonian president visited a hospital built with Finnish aid.")
# --- an honour conferred, goods received -----------------------------------------------------
_gate("award", "The medal was conferred on a Slovak diplomat by the Czech president.")
_gate("award", "The order was posthumously conferred in 2020 to a Polish writer by Lithuania.")
_gate("received-goods", "Serbia received a shipment of Hungarian grain on Monday.")
_gate("received-goods", "Armenia received the largest share of Georgian exports last year.")
# --- a session named by no body: a parliament's own sitting ----------------------------------
_gate(
    "bare-session",
    "The bill on trade between Kazakhstan and Kyrgyzstan was postponed to the next session.",
)
_gate("bare-session", "Georgian deputies debated an Armenian transit bill at a session on Monday.")
# --- a link line heading another story ------------------------------------------------------
_gate("link-line", "READ: Gabon and Cameroon hold talks on the border")
_gate("link-line", "Related: Qatari emir to visit Oman next week")


@pytest.mark.parametrize(
    ("cls", "day", "text", "expected"),
    [pytest.param(*row, id=f"{row[0]}-{i}") for i, row in enumerate(FOUND)],
)
def test_fallback_found(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """A meeting the rules do not read gives its record; one told before gives none more."""
    got = list(extract_text(text, published=dt.date.fromisoformat(day)).meetings)
    shown = [(m.kind.value, m.status.value, [c.alpha_3 for c in m.countries], m.rule) for m in got]
    assert pairs(got, expected, fits_told_with_body), (cls, shown)


def _alone(text: str, outlet: str | None = None) -> list[tuple[object, ...]]:
    """The fallback's records for a paragraph no rule read, as plain tuples."""
    article = Article(id="t", body=text, published=dt.date.fromisoformat(D), outlet=outlet)
    return [
        (c.kind.value, c.status.value, sorted(c.countries), c.organization, c.date)
        for c in fallback_meetings(article, [])
    ]


def _agree(got: list[tuple[object, ...]], expected: list[Expected]) -> bool:
    """Equal kinds, statuses, sides and bodies in order; the date where the row gives one."""
    want = [(k, s, sorted(c), o, d) for k, s, c, o, d in expected]
    return len(got) == len(want) and all(
        g[:4] == w[:4] and (w[4] is None or str(g[4]) == w[4])
        for g, w in zip(got, want, strict=True)
    )


@pytest.mark.parametrize(
    ("outlet", "text", "expected"),
    [pytest.param(*row, id=f"home-{i}") for i, row in enumerate(HOME)],
)
def test_fallback_home(outlet: str, text: str, expected: list[Expected]) -> None:
    """One foreign state named: the outlet's state is the other side; none named: no record."""
    got = _alone(text, outlet)
    assert _agree(got, expected), got


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [pytest.param(*row, id=f"{row[0]}-{i}") for i, row in enumerate(GATES)],
)
def test_fallback_gates(cls: str, text: str, expected: list[Expected]) -> None:
    """The fallback alone gives a record only where the word tells a meeting between states."""
    got = _alone(text)
    assert _agree(got, expected), (cls, got)
