"""Meeting forms of the classes read off the written articles W1-W960 and the released keys.

The meeting records errors of the nine hundred and sixty articles written blind in the manner
of the corpus (W901-W960 read first), pooled with those of corpus blind 11 to 18, the owners'
dev and crawled keys and our read pages, sorted into classes of how news writes a meeting
(issue 9, session 36). A told table (``meeting_rows`` says what a row is and when it passes);
every row is written for this table, and the rows that must stay as they are sit beside the
classes' rows.

- speakers-at-gathering: a held gathering has the states whose officials the story tells
  speaking to it ("A's Prime Minister X told the opening session", "X and Y also addressed
  the meeting").
- numbered-dialogue-session: a session of a Dialogue named after two states and told by its
  number or as the next ("for the second A-B Commercial Dialogue", "the third round of the A-B
  Dialogue scheduled for P") is a meeting of the two, whatever the verb.
- ended-then-length: a gathering told ended on a day ("ended their annual summit here on
  Tuesday") and its length told just after ("the three-day summit", "after two days of
  talks") is dated its first day.
- pair-at-gathering-to-come: a summit the story's pair are told attending together, or one of
  them looking forward to seeing the other at, has their states among its sides.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday

# --- officials told speaking to a gathering ------------------------------------------------------
# "Jamaica's Prime Minister A told the opening session that ...", "Mozambican President A and
# Tanzanian Vice-President B also addressed the meeting": an official who spoke to the session
# of the gathering the story told last took part in it, so his state is among its sides beside
# the host's.
_row(
    "speakers-at-gathering",
    D,
    "Leaders of the Pacific Islands Forum ended a two-day summit in Suva on Tuesday. Tongan "
    "Prime Minister Sione Havili and Vanuatu's Prime Minister Jean Tari told the closing session "
    "that fishing quotas must be cut. Samoan Deputy Prime Minister Ioane Lefiti also addressed "
    "the meeting.",
    ("conference", "held", ("FJI", "TON", "VUT", "WSM"), None, "2025-02-10"),
)
_row(
    "speakers-at-gathering",
    D,
    "Heads of state of the African Union ended a two-day summit in Addis Ababa on Monday. "
    "Kenyan President Daniel Otieno told the closing session that the bloc needed its own fund. "
    "Ghanaian President Kofi Mensah and Senegalese Foreign Minister Awa Diop also addressed the "
    "summit.",
    ("conference", "held", ("ETH", "GHA", "KEN", "SEN"), "AU", "2025-02-09"),
)
# near misses: a state named in the speaker's clause but not as his office's keeps the host
# alone, and an official of a third state who told reporters about two states' talks is no side
_row(
    "speakers-at-gathering",
    D,
    "Leaders of the Pacific Islands Forum opened a two-day summit in Suva on Tuesday. A "
    "fisheries adviser who once taught in Tonga told the opening session that tuna stocks were "
    "falling.",
    ("conference", "held", ("FJI",), None, "2025-02-11"),
)
_row(
    "speakers-at-gathering",
    D,
    "Chilean Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Vega in "
    "Lima on Monday. Bolivian President Juan Mamani told reporters the meeting had been useful.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)


# --- a numbered session of a two-state Dialogue --------------------------------------------------
# "is in P this week for the second A-B Commercial Dialogue", "welcomed the third round of the
# A-B Economic Dialogue scheduled for P in December", "eager for the next session of the A-B
# Strategic Dialogue, to be convened in P": one sitting of a format the two states hold,
# told by its number or as the next, is a meeting of the two whatever verb tells it.
_row(
    "numbered-dialogue-session",
    D,
    "Chilean Trade Minister Ana Soto is in Oslo this week for the second Chile-Norway Economic "
    "Dialogue, her ministry said.",
    ("meeting", "held", ("CHL", "NOR"), None, "2025-02"),
)
_row(
    "numbered-dialogue-session",
    D,
    "President Ana Soto of Chile met President Luis Vega of Peru in Lima on Monday. The "
    "presidents welcomed the fourth round of the Chile-Peru Strategic Dialogue scheduled for "
    "Arica in May.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "planned", ("CHL", "PER"), None, "2025-05"),
)
_row(
    "numbered-dialogue-session",
    D,
    "Foreign Minister Rosa Mora of Ecuador spoke by phone with Peruvian Foreign Minister Luis "
    "Vega on Tuesday. Both are eager for the next session of the Ecuador-Peru Border Dialogue, "
    "to be convened in Quito in the autumn.",
    ("call", "held", ("ECU", "PER"), None, "2025-02-11"),
    ("meeting", "planned", ("ECU", "PER"), None, "2025"),
)
# near misses: the format named with no sitting of it (no number, not the next) tells no meeting
_row(
    "numbered-dialogue-session",
    D,
    "Officials said the Chile-Peru Strategic Dialogue, launched in 2010, had helped settle the "
    "maritime row.",
)
_row(
    "numbered-dialogue-session",
    D,
    "Ana Soto praised the Chile-Peru Strategic Dialogue, whose work she called vital for the "
    "region.",
)


# --- a gathering told ended on a day, its length told just after --------------------------------
# "leaders ended their yearly summit in P last night ... the four-day meeting had also agreed",
# "signed on Monday at the close of the Nth meeting of their commission ... who co-chaired the
# two-day commission", "ended their council meeting here today ... The final text, adopted
# after two days of talks": the day told is the last, so the gathering began its length less
# one day before it.
_row(
    "ended-then-length",
    D,
    "Leaders of the Caribbean Community ended their annual summit in Bridgetown on Tuesday with "
    "a pledge on ferry links. Barbadian Prime Minister Mia Clarke said the three-day summit had "
    "also agreed to scrap visa rules.",
    ("conference", "held", ("BRB",), None, "2025-02-09"),
)
_row(
    "ended-then-length",
    D,
    "Chile and Peru signed a fisheries protocol in Arica on Monday at the close of the fifth "
    "meeting of their joint commission. It was signed by Chilean Minister Ana Soto and Peruvian "
    "Minister Luis Vega, who co-chaired the two-day commission.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-09"),
)
_row(
    "ended-then-length",
    D,
    "Ministers of the Arab League ended their council meeting in Cairo today. The closing "
    "statement, adopted after two days of talks, called for lower tariffs.",
    ("conference", "held", ("EGY",), "LAS", "2025-02-11"),
)
# near misses: a length told of another event after it (a fair, a meeting of experts to come)
# leaves the gathering its last day
_row(
    "ended-then-length",
    D,
    "Ministers of the Arab League ended their council meeting in Cairo today. A two-day trade "
    "fair opens in the city next week.",
    ("conference", "held", ("EGY",), "LAS", "2025-02-12"),
)
_row(
    "ended-then-length",
    D,
    "Ministers of the Arab League ended their council meeting in Cairo today. Experts will hold "
    "a two-day meeting in Rabat in March.",
    ("conference", "held", ("EGY",), "LAS", "2025-02-12"),
    ("meeting", "planned", ("EGY", "MAR"), None, "2025-03"),
)


# --- a summit the story's pair will share -------------------------------------------------------
# "She said she looked forward to seeing B once more at the S Summit in P", "I look forward to
# seeing B again at the S Summit", "A and B look forward to working together at P's S", "Both
# leaders will attend the S Summit, which P will host": the pair of the story's lead event take
# part in the summit, so their states are among its sides beside the host's.
_row(
    "pair-at-gathering-to-come",
    D,
    "President Ana Soto of Chile met Prime Minister Lars Berg of Norway in Oslo on Monday. They "
    "discussed salmon farming and Arctic research. She said she looked forward to seeing her host "
    "once more at the NATO Summit in The Hague in June.",
    ("meeting", "held", ("CHL", "NOR"), None, "2025-02-10"),
    ("conference", "planned", ("CHL", "NLD", "NOR"), "NATO", "2025-06"),
)
_row(
    "pair-at-gathering-to-come",
    D,
    "Prime Minister Lars Berg of Norway has returned from a two-day visit to Helsinki, where he "
    "and his Finnish counterpart Aino Virta signed a border accord. Both leaders will attend the "
    "Nordic Council summit, which Reykjavik will host in October.",
    ("visit", "held", ("FIN", "NOR"), None, None),
    ("conference", "planned", ("FIN", "ISL", "NOR"), None, "2025-10"),
)
# near misses: looking forward to the summit itself, or welcoming it, tells no one taking part
_row(
    "pair-at-gathering-to-come",
    D,
    "President Ana Soto of Chile met Prime Minister Lars Berg of Norway in Oslo on Monday. They "
    "discussed salmon farming and Arctic research. She said she looked forward to the NATO "
    "Summit in The Hague in June.",
    ("meeting", "held", ("CHL", "NOR"), None, "2025-02-10"),
    ("conference", "planned", ("NLD",), "NATO", "2025-06"),
)
_row(
    "pair-at-gathering-to-come",
    D,
    "Prime Minister Lars Berg of Norway has returned from a two-day visit to Helsinki, where he "
    "and his Finnish counterpart Aino Virta signed a border accord. Both leaders welcomed the "
    "Nordic Council summit, which Reykjavik will host in October.",
    ("visit", "held", ("FIN", "NOR"), None, None),
    ("conference", "planned", ("ISL",), None, "2025-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written36(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
