"""Meeting forms of the error classes read on the released j pages (session 9).

Every row is an invented paragraph (a publication day, one to three sentences)
and the meetings it tells under spec/EXTRACTION.md section 2. Each class is a
rule about how news writes a meeting, stated in the comment above its rows; the
rows are written for this table (no sentence, name or figure of any page or
article), and rows that must stay as they are sit beside them.

A row passes when the records pair one to one with the expected ones: same kind
and status, the sides overlapping as the scorer pairs them (Jaccard at least
0.5, or both empty with the same organisation), the expected organisation when
the row gives one, and the expected date when the row gives one (``None``
leaves the date open).
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params

# (class, publication day, paragraph, the meetings it tells)
TABLE: list[tuple[str, str, str, list[Expected]]] = []


def _row(cls: str, day: str, text: str, *records: Expected) -> None:
    TABLE.append((cls, day, text, list(records)))


D = "2025-03-12"  # a Wednesday: Monday is March 10, Friday March 7

# --- the pair met at a gathering whose place is told first -------------------------------------
# "The last contact took place on D in C, where the leaders met on the margins of the summit":
# the talks on the sidelines are the story's pair's, and the pair takes part in the gathering;
# the gathering's place, told before the talks word, is the gathering's host and no side of the
# talks.
_row(
    "pair-met-where-gathering",
    D,
    "President of Ghana Ama Owusu will pay a state visit to Togo on April 2. The previous "
    "high-level contact took place on January 15 in Abuja, where the leaders met on the margins "
    "of the ECOWAS summit.",
    ("visit", "planned", ("GHA", "TGO"), None, "2025-04-02"),
    ("meeting", "held", ("GHA", "TGO"), None, "2025-01-15"),
    ("conference", "held", ("GHA", "NGA", "TGO"), "ECOWAS", "2025-01-15"),
)
_row(
    "pair-met-where-gathering",
    D,
    "The President of Peru Ana Rojas will visit Bolivia on April 3. Their previous meeting was "
    "on January 20 in Quito, where the two leaders met on the margins of the Andean Community "
    "summit.",
    ("visit", "planned", ("BOL", "PER"), None, "2025-04-03"),
    ("meeting", "held", ("BOL", "PER"), None, "2025-01-20"),
    ("conference", "held", ("BOL", "ECU", "PER"), None, "2025-01-20"),
)
_row(
    "pair-met-where-gathering",
    D,
    "Moldova's Prime Minister will travel to Romania on Monday. The last contact between the "
    "premiers came on February 2 in Warsaw, where they met on the sidelines of the Three Seas "
    "summit.",
    ("visit", "planned", ("MDA", "ROU"), None, "2025-03-17"),
    ("meeting", "held", ("MDA", "ROU"), None, "2025-02-02"),
    ("conference", "held", ("MDA", "POL", "ROU"), None, "2025-02-02"),
)
_row(
    "pair-met-where-gathering",
    D,
    "The Prime Minister of Latvia will visit Lithuania on March 20. The last high-level contact "
    "took place on November 4 in Reykjavik, where the prime ministers met on the margins of the "
    "Nordic Council summit.",
    ("visit", "planned", ("LTU", "LVA"), None, "2025-03-20"),
    ("meeting", "held", ("LTU", "LVA"), None, "2024-11-04"),
    ("conference", "held", ("ISL", "LTU", "LVA"), None, "2024-11-04"),
)
# near miss: talks that name their own sides keep them
_row(
    "pair-met-where-gathering",
    D,
    "President of Kenya Daniel Kamau will visit Rwanda on April 8. In February, Kamau met the "
    "President of Burundi in Addis Ababa on the sidelines of the African Union summit.",
    ("visit", "planned", ("KEN", "RWA"), None, "2025-04-08"),
    ("meeting", "held", ("BDI", "KEN"), None, "2025-02"),
    ("conference", "held", ("BDI", "ETH", "KEN"), "AU", "2025-02"),
)

# --- who else was present at the gathering told before ---------------------------------------
# "A session of the council took place in C. The leaders of A, B and D were also present, while
# E was represented by its deputy premier": the states the next sentence names as present, or as
# represented, take part in the gathering told before.
_row(
    "also-present-or-represented",
    D,
    "A meeting of the Council of the Baltic Sea States took place in Riga on Monday, with "
    "Foreign Minister of Latvia Anna Ozola taking part. The foreign ministers of Estonia, "
    "Finland, Lithuania and Poland were also present, while Sweden was represented by a state "
    "secretary.",
    ("conference", "held", ("EST", "FIN", "LTU", "LVA", "POL", "SWE"), None, "2025-03-10"),
)
_row(
    "also-present-or-represented",
    D,
    "The summit of the Andean Community opened in Lima on Monday. The presidents of Bolivia, "
    "Colombia and Ecuador were present.",
    ("conference", "held", ("BOL", "COL", "ECU", "PER"), None, "2025-03-10"),
)
_row(
    "also-present-or-represented",
    D,
    "The ministerial council of the Organisation of Eastern Caribbean States met in Castries, "
    "Saint Lucia, on Friday. Dominica and Grenada were represented by their foreign ministers, "
    "and Antigua and Barbuda was represented by its ambassador.",
    ("conference", "held", ("ATG", "DMA", "GRD", "LCA"), None, "2025-03-07"),
)
# near misses: a presence at another occasion, or in a market, adds no side
_row(
    "also-present-or-represented",
    D,
    "The Andean Community summit opened in Lima on Monday, with the presidents of Peru and "
    "Colombia taking part. On Tuesday, ministers of Bolivia, Ecuador and Chile were present at "
    "the opening of a trade fair in Cusco.",
    ("conference", "held", ("COL", "PER"), None, "2025-03-10"),
)
_row(
    "also-present-or-represented",
    D,
    "The Andean Community summit opened in Lima on Monday, with the presidents of Peru and "
    "Colombia taking part. Firms from Chile, Argentina and Brazil are present in the Peruvian "
    "market.",
    ("conference", "held", ("COL", "PER"), None, "2025-03-10"),
)


# --- world leaders meeting at a gathering ---------------------------------------------------
# "X shook the hand of his counterpart as world leaders met at the summit": the world's leaders
# as the subject of the meeting verb are the gathering itself, not talks of the two leaders the
# sentence names before it.
_row(
    "world-leaders-met",
    D,
    "Brazilian President Lucas Ferreira patted the shoulder of his Chilean counterpart on Monday "
    "as world leaders met at the G20 summit in Johannesburg.",
    ("conference", "held", ("BRA", "CHL", "ZAF"), "G20", "2025-03-10"),
)
_row(
    "world-leaders-met",
    D,
    "Canadian Prime Minister Emma Clarke shared a joke with her Mexican counterpart on Tuesday "
    "while world leaders met in Lima for the APEC summit.",
    ("conference", "held", ("CAN", "MEX", "PER"), "APEC", "2025-03-11"),
)
_row(
    "world-leaders-met",
    D,
    "Indonesian President Budi Santoso waved at the Philippine president on Thursday as the "
    "world leaders met at the ASEAN summit in Vientiane.",
    ("conference", "held", ("IDN", "LAO", "PHL"), "ASEAN", "2025-03-06"),
)
# near misses: world leaders named as the gathering's guests, or a leader who met a leader
_row(
    "world-leaders-met",
    D,
    "On the sidelines of the G20 summit in Johannesburg, attended by world leaders, Brazilian "
    "President Lucas Ferreira met his Chilean counterpart on Monday.",
    ("conference", "held", ("BRA", "CHL", "ZAF"), "G20", None),
    ("meeting", "held", ("BRA", "CHL"), None, "2025-03-10"),
)
_row(
    "world-leaders-met",
    D,
    "Brazilian President Lucas Ferreira met his Chilean counterpart on Monday at the G20 summit "
    "in Johannesburg.",
    ("conference", "held", ("BRA", "CHL", "ZAF"), "G20", "2025-03-10"),
    ("meeting", "held", ("BRA", "CHL"), None, "2025-03-10"),
)


# --- a gathering "to be held" told after the talks ------------------------------------------
# "On Monday, X spoke with Y, who briefed him on the summit to be hosted by A next year": the
# gathering's own participle to come makes it a plan, at the time told after it (not at the
# day of the talks that open the sentence).
_row(
    "gathering-to-be-held",
    D,
    "On Monday, the foreign minister of Peru had a telephone conversation with Chilean Foreign "
    "Minister Ana Soto, who briefed him on preparations for the APEC summit to be hosted by "
    "Chile next year.",
    ("call", "held", ("CHL", "PER"), None, "2025-03-10"),
    ("conference", "planned", ("CHL", "PER"), "APEC", "2026"),
)
_row(
    "gathering-to-be-held",
    D,
    "On Tuesday the Kenyan president received the Ugandan foreign minister, who handed him an "
    "invitation to the EAC summit to be held in Kampala on April 20.",
    ("meeting", "held", ("KEN", "UGA"), None, "2025-03-11"),
    ("conference", "planned", ("KEN", "UGA"), None, "2025-04-20"),
)
_row(
    "gathering-to-be-held",
    D,
    "Last Friday the Polish president hosted his Lithuanian counterpart in Warsaw, where they "
    "discussed the NATO summit to be convened in The Hague in June.",
    ("meeting", "held", ("LTU", "POL"), None, "2025-03-07"),
    ("conference", "planned", ("LTU", "NLD", "POL"), "NATO", "2025-06"),
)
_row(
    "gathering-to-be-held",
    D,
    "On Tuesday the Kenyan president received the Ugandan foreign minister to discuss the EAC "
    "summit to be held in Kampala, officials said.",
    ("meeting", "held", ("KEN", "UGA"), None, "2025-03-11"),
    ("conference", "planned", ("KEN", "UGA"), None, None),
)
# near misses: a gathering held, or one whose own clause gives its time already
_row(
    "gathering-to-be-held",
    D,
    "On Monday, the foreign minister of Peru had a telephone conversation with Chilean Foreign "
    "Minister Ana Soto. They discussed the results of the APEC summit held in Lima in November.",
    ("call", "held", ("CHL", "PER"), None, "2025-03-10"),
    ("conference", "held", ("PER",), "APEC", "2024-11"),
)
_row(
    "gathering-to-be-held",
    D,
    "On Monday, the foreign minister of Peru spoke by phone with Chilean Foreign Minister Ana "
    "Soto about the APEC summit, which will be held in Santiago in October.",
    ("call", "held", ("CHL", "PER"), None, "2025-03-10"),
    ("conference", "planned", ("CHL", "PER"), "APEC", "2025-10"),
)


# --- a session whose name runs on before its predicate ----------------------------------------
# "The 8th meeting of the A-B Commission on Economic Cooperation was held in P yesterday": the
# session's own predicate, after the rest of its name, tells its time, so it is one record with
# that day (not an undated session beside its co-chairs' talks of the day).
_row(
    "session-name-then-predicate",
    D,
    "The third session of the Kenya-Tanzania Joint Permanent Commission on Trade and Investment "
    "took place in Arusha today, co-chaired by the foreign ministers of the two countries.",
    ("meeting", "held", ("KEN", "TZA"), None, "2025-03-12"),
)
_row(
    "session-name-then-predicate",
    D,
    "The 8th meeting of the Georgia-Armenia Intergovernmental Commission on Economic Cooperation "
    "was held in Tbilisi yesterday, with Georgia's Economy Minister Levan Kiknadze and Armenia's "
    "Deputy Prime Minister Tigran Hakobyan in the chair.",
    ("meeting", "held", ("ARM", "GEO"), None, "2025-03-11"),
)
_row(
    "session-name-then-predicate",
    D,
    "The 5th meeting of the Peru-Chile Intergovernmental Commission on Trade will take place in "
    "Lima in June.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025-06"),
)
# near misses: a day told on its own (already read), and a day of the report, not the session
_row(
    "session-name-then-predicate",
    D,
    "The first sitting of the Ghana-Togo Joint Commission for Cooperation opened in Lome on "
    "Monday, the Togolese foreign ministry said.",
    ("meeting", "held", ("GHA", "TGO"), None, "2025-03-10"),
)
_row(
    "session-name-then-predicate",
    D,
    "The 5th meeting of the Peru-Chile Intergovernmental Commission on Trade took place in Lima, "
    "the ministry said on Friday.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)


# --- talks on a day of the visit the same sentence tells with its days ------------------------
# "On Wednesday, X held a meeting with Y, who is paying a state visit to A from May 2 to 5": the
# talks fall on a day of the visit, so they are the visit (by its first day), not an event of
# their own beside it, even when told with "also" or as "a separate meeting".
_row(
    "talks-on-the-visit-days",
    D,
    "On Tuesday evening, the President of Ghana also held a separate meeting with Togolese "
    "President Faure Mensah, who is paying a state visit to Ghana from March 10 to 13.",
    ("visit", "held", ("GHA", "TGO"), None, "2025-03-10"),
)
_row(
    "talks-on-the-visit-days",
    D,
    "On Monday, Kazakh President Nurlan Abenov met Mongolian President Bat Erdene, who is on a "
    "state visit to Kazakhstan from March 9 to 11.",
    ("visit", "held", ("KAZ", "MNG"), None, "2025-03-09"),
)
_row(
    "talks-on-the-visit-days",
    D,
    "On Thursday, the King of Jordan held talks with the Emir of Qatar Tamim Hamad, who was on a "
    "state visit to Jordan from March 5 to 7.",
    ("visit", "held", ("JOR", "QAT"), None, "2025-03-05"),
)
_row(
    "talks-on-the-visit-days",
    D,
    "Portuguese President Rui Costa and the President of Cape Verde held talks in Lisbon on "
    "Tuesday, during a state visit of the Cape Verdean leader to Portugal from March 10 to 14.",
    ("visit", "held", ("CPV", "PRT"), None, "2025-03-10"),
)
# near misses: a visit to come on other days, and a visit told in a sentence of its own
_row(
    "talks-on-the-visit-days",
    D,
    "On Tuesday, the Prime Minister of Latvia met Estonian Prime Minister Kadri Tamm, who will "
    "pay an official visit to Latvia from March 20 to 22.",
    ("meeting", "held", ("EST", "LVA"), None, "2025-03-11"),
    ("visit", "planned", ("EST", "LVA"), None, "2025-03-20"),
)
_row(
    "talks-on-the-visit-days",
    D,
    "Chilean President Rosa Pardo held talks with Peruvian President Luis Soto on Tuesday. Soto "
    "is on an official visit to Chile from March 10 to 12.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-03-11"),
    ("visit", "held", ("CHL", "PER"), None, "2025-03-10"),
)


# --- a visit's own clause giving its time to come ---------------------------------------------
# "preparations for X's visit to A, which is scheduled for next year": the clause of the visit
# says it is to come and when, so it is planned at that time (not undated, nor held, nor at the
# day the sentence opens with).
_row(
    "visit-scheduled-for",
    D,
    "The two discussed preparations for the President of Chile's visit to Peru, which is "
    "scheduled for next year.",
    ("visit", "planned", ("CHL", "PER"), None, "2026"),
)
_row(
    "visit-scheduled-for",
    D,
    "On Monday the ministers discussed the Peruvian president's state visit to Chile, which is "
    "planned for May.",
    ("visit", "planned", ("CHL", "PER"), None, "2025-05"),
)
_row(
    "visit-scheduled-for",
    D,
    "The envoys on Tuesday reviewed plans for the Kenyan leader's trip to Ghana, which is now set "
    "for the autumn.",
    ("visit", "planned", ("GHA", "KEN"), None, "2025"),
)
# near misses: a clause of the visit that tells no time to come, and a past one
_row(
    "visit-scheduled-for",
    D,
    "On Monday the ministers discussed the Peruvian president's state visit to Chile, which is "
    "expected to boost trade.",
    ("visit", "held", ("CHL", "PER"), None, None),
)
_row(
    "visit-scheduled-for",
    D,
    "On Monday the ministers recalled the Peruvian president's state visit to Chile in January, "
    "which was scheduled for last year.",
    ("visit", "held", ("CHL", "PER"), None, "2025-01"),
)


# --- a visit that officials prepare -------------------------------------------------------------
# "Officials have shuttled back and forth to lay the groundwork for X's visit": the visit being
# prepared is still to come, whatever the tense of the preparing; it is the visit to come told
# before, if the story told one.
_row(
    "groundwork-for-a-visit",
    D,
    "Prime Minister Ana Ruiz of Peru sets out on Friday on a trip to Ottawa. Senior Canadian and "
    "Peruvian officials have shuttled between the capitals to lay the groundwork for Ruiz's visit.",
    ("visit", "planned", ("CAN", "PER"), None, "2025-03-14"),
)
_row(
    "groundwork-for-a-visit",
    D,
    "Officials of Chile and Argentina have worked for weeks to pave the way for the Argentine "
    "president's visit to Santiago.",
    ("visit", "planned", ("ARG", "CHL"), None, None),
)
_row(
    "groundwork-for-a-visit",
    D,
    "Diplomats of Peru and Bolivia have spent months laying the groundwork for the Bolivian "
    "president's visit to Lima.",
    ("visit", "planned", ("BOL", "PER"), None, None),
)
# near miss: a visit dated in the past stays held
_row(
    "groundwork-for-a-visit",
    D,
    "The 2019 accord paved the way for the Chilean president's visit to Peru in March 2020.",
    ("visit", "held", ("CHL", "PER"), None, "2020-03"),
)


# --- a body's session told in the body's own clause -------------------------------------------
# "X said the bilateral commission on the border, which held its first session on May 24, should
# go on": the clause tells a session of its own on its day (not words on the talks of the story,
# whose organisation it does not take), and it is no step of the story's day ("On the same day"
# after it is still the story's day).
_row(
    "which-held-its-session",
    "2025-06-08",
    "Peruvian Foreign Minister Ana Ruiz received the EU envoy for the Andes on Tuesday. Ruiz said "
    "the work of the bilateral commission on border demarcation, which held its first session at "
    "the frontier on May 24, should go on.",
    ("meeting", "held", ("PER",), "EU", "2025-06-03"),
    ("meeting", "held", ("PER",), None, "2025-05-24"),
)
_row(
    "which-held-its-session",
    "2025-06-08",
    "Armenian Foreign Minister Aram Petrosyan received the OSCE envoy in Yerevan on Monday. "
    "Petrosyan said the bilateral commission on border security, which held its first session at "
    "the frontier on May 14, must keep working.",
    ("meeting", "held", ("ARM",), "OSCE", "2025-06-02"),
    ("meeting", "held", ("ARM",), None, "2025-05-14"),
)
_row(
    "which-held-its-session",
    "2025-06-08",
    "Kenyan Foreign Minister Peter Otieno met the AU envoy on Tuesday. Otieno welcomed the work of "
    "the joint boundary commission, which convened its first sitting in Nairobi on May 20.",
    ("meeting", "held", ("KEN",), "AU", "2025-06-03"),
    ("meeting", "held", ("KEN",), None, "2025-05-20"),
)
# near misses: a session to come told in the clause, and the story's day after the clause
_row(
    "which-held-its-session",
    "2025-06-08",
    "The Peru-Chile border commission, which will hold its next session in Arica in July, was set "
    "up in 2019.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025-07"),
)
_row(
    "which-held-its-session",
    "2025-06-08",
    "Georgian Foreign Minister Nino Beridze received the UN envoy for the region on Monday. "
    "Beridze noted that the bilateral commission on water sharing, which held its second meeting "
    "in Tbilisi in April, had made progress. On the same day, Beridze spoke by phone with the "
    "Foreign Minister of Estonia.",
    ("meeting", "held", ("GEO",), "UN", "2025-06-02"),
    ("meeting", "held", ("GEO",), None, "2025-04"),
    ("call", "held", ("EST", "GEO"), None, "2025-06-02"),
)


# --- "forums" as arenas -------------------------------------------------------------------------
# "coordinated their positions in international forums", "sought help in other forums - courts":
# the bare plural, with no name before it and no place or time after it, names the arenas a
# state uses, not a gathering that took or will take place.
_row(
    "forums-as-arenas",
    D,
    "Chile and Peru have long coordinated their positions in international forums.",
)
_row(
    "forums-as-arenas",
    D,
    "Kenya and Ethiopia will keep raising the issue at multilateral forums, their foreign "
    "ministers said.",
)
_row(
    "forums-as-arenas",
    D,
    "Diplomats from Chile and Peru said they would defend the claim in all available forums.",
)
# near misses: forums with their places and time, and a forum named as one
_row(
    "forums-as-arenas",
    D,
    "Chile and Peru joined other Pacific states at economic forums in Lima and Quito last year.",
    ("conference", "held", ("CHL", "ECU", "PER"), None, "2024"),
)
_row(
    "forums-as-arenas",
    D,
    "Officials of Chile and Peru met at a trade forum in Lima last week.",
    ("conference", "held", ("CHL", "PER"), None, "2025-03"),
    ("meeting", "held", ("CHL", "PER"), None, None),
)


# --- the office "who co-chairs" a body ----------------------------------------------------------
# "said X, who co-chairs the commission with Y": the clause tells the office X holds, in the
# present of a standing role, not a session held or to come.
_row(
    "who-co-chairs-office",
    D,
    '"Trade should reach $5 billion by 2027," said the Chilean economy minister, who co-chairs the '
    "commission with Peruvian Deputy Prime Minister Ana Ruiz.",
)
_row(
    "who-co-chairs-office",
    D,
    "Ghana's deputy foreign minister, who co-chairs the council with Togo's foreign minister Paul "
    "Kodjo, welcomed the new border post.",
)
_row(
    "who-co-chairs-office",
    D,
    "The Peruvian minister, who co-chairs the working group with Bolivia's deputy premier Luis "
    "Mendoza, spoke to reporters in Lima.",
)
# near misses: the session co-chaired, in the main clause or in the aside
_row(
    "who-co-chairs-office",
    D,
    "The Chilean economy minister co-chaired the session with his Peruvian counterpart in Lima on "
    "Monday.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "who-co-chairs-office",
    D,
    "The Chilean minister, who co-chaired the session with his Peruvian counterpart in Lima on "
    "Monday, said trade was growing.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
