"""Meeting forms of the classes read off the written articles W1-W240 and the released keys.

The meeting records errors of the two hundred and forty articles written blind in the manner of
the corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set and
sorted into classes of how news writes a meeting (issue 9, session 24). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a meeting the sentence itself rules out ------------------------------------------------
# "if the two leaders manage to meet later this year, but no such meeting has been arranged",
# "denied press reports that the group was preparing an emergency meeting", "was not expected
# to meet again before the summer", "his first meeting with whichever candidate won": a meeting
# told only as a condition, as what someone denies being prepared, as an expectation denied,
# or with a party not yet known is no event.
_row(
    "ruled-out",
    D,
    "Diplomats said Chile's President might raise the fishing quotas with Peru's President if "
    "the two leaders manage to meet in the spring, but no such meeting has been arranged.",
)
_row(
    "ruled-out",
    D,
    "Officials in Lima said the ministers of Peru and Bolivia could sit down together in March, "
    "but no meeting has yet been scheduled.",
)
_row(
    "ruled-out",
    D,
    "Nigeria's oil minister denied newspaper reports that OPEC was preparing an extraordinary "
    "meeting in Vienna next week.",
)
_row(
    "ruled-out",
    D,
    "A joint border commission of Peru and Chile, which last sat in Arica in January, is not "
    "expected to meet again before the autumn.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "ruled-out",
    D,
    "Argentina's minister could settle the border question with his Chilean counterpart if the "
    "two ministers get to meet in Geneva next month.",
)
_row(
    "ruled-out",
    D,
    "Chile's President said he would hold talks with whoever wins the run-off in Peru.",
)
_row(
    "ruled-out",
    D,
    "Britain's Prime Minister will press for a climate deal at his first meeting with whichever "
    "candidate wins the American election.",
)
# near misses: a meeting told as held with a denial of another, a plan with no date set, a
# denial of another act, a condition of another act
_row(
    "ruled-out",
    D,
    "Peru's President met Chile's President in Lima on Monday, but no date has been set for a "
    "return visit.",
    # a meeting told, no trip (the undated return visit is no event to lend it its kind)
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "ruled-out",
    D,
    "Chile's foreign minister will visit Peru next month, although no date has been set.",
    ("visit", "planned", ("CHL", "PER"), None, "2025-03"),
)
_row(
    "ruled-out",
    D,
    "Bolivia's minister denied that the talks with Peru had failed, saying the two delegations "
    "met in La Paz on Monday.",
    ("meeting", "held", ("BOL", "PER"), None, "2025-02-10"),
)
_row(
    "ruled-out",
    D,
    "Peru's President will visit Quito next week. Officials said he would sign the fisheries pact "
    "there if the two sides agree on the text.",
    ("visit", "planned", ("ECU", "PER"), None, "2025-02"),
)

# --- a trip told by the gathering it goes to --------------------------------------------------
# "arrived in P for the annual session of the joint commission, which opens tomorrow", "is
# heading to P for the summit", "is due in P for talks with": the trip is the way to the
# gathering, one event whose status is the gathering's (still to come when it opens later, or
# when the trip is under way), the traveller's state one of its sides: the conference's record,
# or for a pair's commission session the trip's (a visit, as the keys write it).
_row(
    "trip-to-gathering",
    D,
    "A Chilean trade delegation headed by the deputy economy minister arrived in Lima for the "
    "annual session of the Chile-Peru joint commission, which opens tomorrow.",
    ("visit", "planned", ("CHL", "PER"), None, None),
)
_row(
    "trip-to-gathering",
    D,
    "Peru's President is heading to Quito for the Andean Community summit, where trade and "
    "migration are expected to dominate.",
    ("conference", "planned", ("ECU", "PER"), None, None),
)
_row(
    "trip-to-gathering",
    D,
    "Kenya's President flew to Addis Ababa on Monday for the African Union summit, which opened "
    "on Sunday.",
    ("conference", "held", ("ETH", "KEN"), "AU", "2025-02-09"),
)
_row(
    "trip-to-gathering",
    D,
    "The figures came days before a Bolivian delegation led by the deputy trade minister is due "
    "in Brasilia for talks with Brazilian officials on gas prices.",
    ("visit", "planned", ("BOL", "BRA"), None, None),
)
# near misses: a trip to two places for a summit, two things prepared, a visit with talks
_row(
    "trip-to-gathering",
    D,
    "The ministers discussed preparations for the state visit of Peru's President to Chile in "
    "May and for the session of the Chile-Peru joint commission in June.",
    ("visit", "planned", ("CHL", "PER"), None, "2025-05"),
    ("meeting", "planned", ("CHL", "PER"), None, "2025-06"),
)
_row(
    "trip-to-gathering",
    D,
    "Chile's foreign minister arrived in Lima on Monday for an official visit and held talks "
    "with Peru's foreign minister.",
    ("visit", "held", ("CHL", "PER"), None, "2025-02-10"),
)

# --- a gathering whose name ends in "Meeting" -------------------------------------------------
# "the Pacific Islands Forum Leaders Meeting in Tonga in August": one gathering told by its
# name (its day the one told after it), not talks of the story's pair besides on its last
# word; the pair told as attending it ("where both countries will be represented", "further
# dialogue at the") take part in it.
_row(
    "named-meeting",
    D,
    "President Ruiz met Prime Minister Lee of Singapore in Lima on Monday. The two leaders "
    "looked forward to the Asia-Pacific Ocean Forum Leaders Meeting in Fiji in October, where "
    "both countries will be represented.",
    ("meeting", "held", ("PER", "SGP"), None, "2025-02-10"),
    ("conference", "planned", ("FJI", "PER", "SGP"), None, "2025-10"),
)
_row(
    "named-meeting",
    D,
    "Chile's foreign minister held talks with Peru's foreign minister in Santiago on Monday. "
    "Both sides looked forward to further dialogue at the Pacific Alliance Forum Leaders Meeting "
    "in Quito later this year.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("conference", "planned", ("CHL", "ECU", "PER"), None, "2025"),
)
_row(
    "named-meeting",
    D,
    "The President received the Prime Minister of Samoa on Monday. They agreed to keep in close "
    "touch ahead of the Pacific Islands Forum Leaders Meeting in Tonga next month.",
    ("conference", "planned", ("TON",), None, "2025-03"),
)
# near misses: a meeting told apart in its own sentence; a summit with no "Meeting" in its name
_row(
    "named-meeting",
    D,
    "Peru's President will meet Chile's President at the Summit in Lima. The Meeting will take "
    "place on Friday.",
    ("conference", "planned", ("CHL", "PER"), None, None),
    ("meeting", "planned", ("CHL", "PER"), None, "2025-02-14"),
)
_row(
    "named-meeting",
    D,
    "Chile's foreign minister held talks with Peru's foreign minister in Santiago on Monday. "
    "Both sides looked forward to further dialogue at the Pacific Alliance summit in Quito later "
    "this year.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("conference", "planned", ("CHL", "ECU", "PER"), None, "2025"),
)

# --- a meeting told in a "when" clause of an act to come --------------------------------------
# "the issue is expected to be raised when X visits Japan in June", "which is to be signed when
# their foreign ministers meet in P in July", "which officials hope can be signed when the
# ministers meet": a meeting verb in the present tense, in a "when" clause after a main clause
# to come, tells a meeting still to come.
_row(
    "when-to-come",
    D,
    "The fishing quotas are expected to be raised when Chile's foreign minister visits Peru in "
    "April, officials said.",
    ("visit", "planned", ("CHL", "PER"), None, "2025-04"),
)
_row(
    "when-to-come",
    D,
    "A fifth protocol is to be signed when the trade ministers of Brazil and Argentina meet in "
    "Montevideo in June.",
    ("meeting", "planned", ("ARG", "BRA"), None, "2025-06"),
)
_row(
    "when-to-come",
    D,
    "Officials of Chile and Bolivia hope the border accord can be initialled when the two "
    "presidents meet in La Paz next month.",
    ("meeting", "planned", ("BOL", "CHL"), None, "2025-03"),
)
# near misses: a "when" clause in the past, a "when" clause after a main clause in the past
_row(
    "when-to-come",
    D,
    "The quotas were raised when Chile's foreign minister visited Peru in January.",
    ("visit", "held", ("CHL", "PER"), None, "2025-01"),
)
_row(
    "when-to-come",
    D,
    "Peru's President said the accord was agreed when he met Chile's President in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)

# --- a trip named as the time of another act ---------------------------------------------------
# "Before traveling to P, the President will attend the summit in Q", "held talks in R on
# Sunday before flying to P" (for the conference the story tells there): the trip is a leg of
# a trip or the way to a gathering another sentence tells, no event of its own, and its place
# is none of the sides of the act it times.
_row(
    "leg-before",
    D,
    "On March 3, Peru's President will travel to Santiago to meet Chile's President. Before "
    "traveling to Santiago, the President will attend the Andean Community summit in Quito on "
    "March 1.",
    ("visit", "planned", ("CHL", "PER"), None, "2025-03-03"),
    ("conference", "planned", ("ECU",), None, "2025-03-01"),
)
_row(
    "leg-before",
    D,
    "Kenya's President will visit Kigali on Friday. Before flying to Kigali, he will attend the "
    "East African summit in Arusha on Thursday.",
    ("visit", "planned", ("KEN", "RWA"), None, "2025-02-14"),
    ("conference", "planned", ("KEN", "TZA"), None, "2025-02-13"),
)
_row(
    "leg-before",
    D,
    "VIENNA, Feb 12 - OPEC oil ministers will open their conference here on Thursday. Nigeria's "
    "oil minister held talks in Lagos on Sunday with Ghana's energy minister before flying to "
    "Vienna, officials said.",
    ("conference", "planned", ("AUT",), "OPEC", "2025-02-13"),
    ("meeting", "held", ("GHA", "NGA"), None, "2025-02-09"),
)
# near miss: a trip told only as what came after the talks is a trip of its own
_row(
    "leg-before",
    D,
    "Before leaving for Brasilia, Argentina's President held talks with Uruguay's President in "
    "Montevideo on Monday.",
    ("meeting", "held", ("ARG", "URY"), None, "2025-02-10"),
    ("visit", "held", ("ARG", "BRA"), None, None),
)

# --- a gathering told again by its place, as what other states also attended -----------------
# "China and the ten members signed the pact at a summit in the Laotian capital ... Japan and
# South Korea also attended the Vientiane summit": the second mention names the gathering told
# before by its place; the states that also attended are its sides, no second gathering.
_row(
    "also-attended",
    D,
    "Brazil and the members of Mercosur signed a customs accord at a summit in the Paraguayan "
    "capital, Asuncion, on Monday. Chile and Bolivia also attended the Asuncion summit.",
    ("conference", "held", ("BOL", "BRA", "CHL", "PRY"), "MERCOSUR", "2025-02-10"),
)
_row(
    "also-attended",
    D,
    "Peru and the other members of the bloc adopted a road map at a summit in the Chilean "
    "capital, Santiago, on Monday. Argentina and Uruguay also attended the Santiago summit.",
    ("conference", "held", ("ARG", "CHL", "PER", "URY"), None, "2025-02-10"),
)
_row(
    "also-attended",
    D,
    "Kenya and Uganda signed a rail deal at the East African Community summit in Nairobi on "
    "Friday. Ethiopia and Somalia also took part in the Nairobi summit, officials said.",
    ("conference", "held", ("ETH", "KEN", "SOM", "UGA"), None, "2025-02-07"),
)
# near miss: a summit in another place, told as one of its own
_row(
    "also-attended",
    D,
    "Peru's President met Chile's President at a summit in Lima on Monday. Brazil's President "
    "also attended the Quito summit last month.",
    ("conference", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "held", ("CHL", "PER"), None, None),
    ("conference", "held", ("BRA", "ECU"), None, "2025-01"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written24(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
