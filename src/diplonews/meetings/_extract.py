"""Meetings in diplomatic news: calls, talks, visits and conferences (spec section 2).

One pass over the sentences of a body; only sentences holding a trigger word
("met", "talks", "visit", "spoke", "summit", ...) are read closely. Each
trigger yields a candidate whose sides come from the clause around it: the
officials named there (:mod:`diplonews.text._people`), the states and
groups it names (:mod:`diplonews.text.countries`), the place ("in Baku",
"here" for the dateline city) and the time (:mod:`diplonews.text.dates`).
Candidates naming the same event (compatible kinds, overlapping sides,
compatible dates) merge into one record that keeps every evidence span; a
bare back-reference ("the talks") only adds evidence to the event before it.

Every record names its rule (``Meeting.rule``): ``meeting.phone_call``,
``meeting.spoke_with``, ``meeting.spoke``, ``meeting.visit``,
``meeting.conference_named``, ``meeting.org_meeting``, ``meeting.met_with``,
``meeting.held_talks``, ``meeting.received``, ``meeting.received_by``, ``meeting.called_on``,
``meeting.commission``, ``meeting.spoke_with_envoy``, and the plain-prose rules of
:mod:`~diplonews.meetings._prose` (``meeting.reached_out``, ``meeting.went``), and the recall
fallback of :mod:`~diplonews.meetings._fallback` (``meeting.fallback``), the next sitting of
the story's series set to come (``meeting.next_round``, :mod:`~diplonews.meetings._next_round`),
the officials of two states who signed together (``meeting.signed_together``), and the
gathering a foreign official told (``meeting.told_gathering``); suffixes
tell how a record grew: ``+back_reference``, ``+another``, ``+multilateral`` (talks among
four or more sides are a conference).

Several events of one sentence or paragraph stay separate records: the steps
of a visit told one after another ("The next day, ...", "After that, ...",
"X also met Y"), talks at a summit named in the same sentence, sessions of a
series with their own ordinals, and events named as several ("bilateral
meetings with officials from A, B and C"). Article-level context fills what a
mention leaves out: the state a headline or a "Turkish-Uzbek" pair gives an
official named without one, the sides of the visit under way for "received
the guest", and the date that opens a sentence.

The step is a pipeline of passes, each a module of its own:

1. :func:`~diplonews.text._dateline.on_story_date` dates the story by its dateline;
   :func:`~diplonews.meetings._scan.word_hits` finds the trigger and prose words.
2. :func:`~diplonews.meetings._candidates.candidates` reads each trigger sentence's
   rule matches (:mod:`~diplonews.meetings._matches`) into candidates: kind, status,
   sides, place, date (patterns in :mod:`~diplonews.meetings._rules`, place, date and body
   in :mod:`~diplonews.meetings._places`, the article-wide readers in
   :mod:`~diplonews.meetings._story`).
3. :func:`~diplonews.meetings._split.one_per_event` splits a mention naming several events.
4. :func:`~diplonews.meetings._records.read_records` completes each candidate from the
   events told before it and merges it into one (:mod:`~diplonews.meetings._merge`) or
   keeps it as an event of its own.
5. The passes of :mod:`~diplonews.meetings._finish`, over the story's records together
   (and :mod:`~diplonews.meetings._attending`: the states told attending a gathering, or
   staying away from it, in clauses of their own), then the last filters; the fallback
   (:mod:`~diplonews.meetings._fallback`) adds a record for a meeting sentence no rule
   took, and :mod:`~diplonews.meetings._next_round` one for the next sitting of the
   story's series ("the next round will be held in P");
   :func:`~diplonews.meetings._finish.as_meetings` makes the values;
   :mod:`~diplonews.meetings._signings` adds the meetings told by a signing alone ("X of
   A and Y of B signed the accord"), and :mod:`~diplonews.meetings._addressed` the
   gatherings foreign officials told in the dateline's state ("OTTAWA - ... X of A told a
   banking conference").

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from diplonews.meetings._addressed import gatherings_addressed
from diplonews.meetings._ahead_of import sessions_ahead
from diplonews.meetings._attending import attendance_told, story_officials
from diplonews.meetings._candidates import candidates
from diplonews.meetings._event_days import (
    days_from_another_event,
    first_days_by_arrival,
    told_apart,
)
from diplonews.meetings._fallback import fallback_meetings
from diplonews.meetings._finish import (
    agreed_by_the_pair,
    arrivals_for_talks,
    as_meetings,
    body_seats_no_side,
    cities_visited,
    commission_places,
    date_sessions,
    dated_by_the_report,
    dateline_cities,
    dates_from_the_trip,
    delegates_at_sessions,
    delegations,
    first_visits,
    gathering_cities,
    group_ministers_sides,
    group_roster,
    guests_by_number,
    hosts_cities,
    leaders_at_gatherings,
    listed_fields_officials,
    lone_events,
    many_sides_as_conferences,
    members_in_camps,
    members_named,
    members_quoted,
    members_told_next,
    merge_late_sides,
    onward_legs,
    opening_days,
    pair_business_at_gatherings,
    pair_in_formats,
    pair_people_told_before,
    plural_title_officials,
    producers_and_consumers,
    received_on_the_visit,
    resolve_pending,
    seat_no_side,
    sentence_cities,
    sessions_opened_here,
    sideline_cities,
    sideline_pairs,
    sides_at_gatherings,
    sides_by_number,
    sides_meeting_again,
    sides_of_sources,
    sides_of_their_time,
    speakers_at_gatherings,
    stated_places,
    surnames_in_full,
    talks_at_body_seats,
    talks_at_gatherings,
    talks_planned_on_a_visit,
    venue_cities,
    visit_next_cities,
    visitor_steps,
    visitor_talks,
    with_another_side,
)
from diplonews.meetings._heads import delegation_heads, signatories_told_next
from diplonews.meetings._merge import (
    fold_echoes,
    fold_name_words,
    fold_tour_legs,
    fold_visit_days,
    fold_visit_steps,
)
from diplonews.meetings._next_round import next_rounds
from diplonews.meetings._records import read_records
from diplonews.meetings._scan import word_hits
from diplonews.meetings._signings import joint_signings
from diplonews.meetings._split import one_per_event
from diplonews.models import Article, Meeting
from diplonews.text import by_section, on_story_date, reads_folded

__all__ = ["extract_meetings"]


@reads_folded  # (outermost: the evidence is quoted from the body as written)
@by_section
def extract_meetings(article: Article) -> tuple[Meeting, ...]:
    """Find the meetings an article reports: calls, talks, visits and conferences.

    Args:
        article: The article; its ``published`` date resolves relative dates
            ("today", "on Thursday") and its ``outlet`` tells whose officials
            an unqualified title names ("President Biden" in a White House
            readout).

    Returns:
        One :class:`~diplonews.models.Meeting` per distinct event, in text
        order; ``()`` when the article reports none.

    >>> from diplonews.meetings import extract_meetings
    >>> from diplonews import Article
    >>> import datetime as dt
    >>> art = Article(id="a1", published=dt.date(2022, 1, 26), body=(
    ...     "Azerbaijani Foreign Minister Jeyhun Bayramov and his Pakistani counterpart "
    ...     "Shah Mahmood Qureshi discussed bilateral ties during a phone call."))
    >>> [(m.kind.value, m.status.value, [str(c) for c in m.countries], m.rule)
    ...  for m in extract_meetings(art)]
    [('call', 'held', ['AZE', 'PAK'], 'meeting.phone_call')]
    >>> art = Article(id="a2", published=dt.date(2025, 5, 17), body=(
    ...     "Turkish Foreign Minister Hakan Fidan will travel to Riyadh on Sunday."))
    >>> [(m.kind.value, m.status.value, str(m.date), m.location.city)
    ...  for m in extract_meetings(art)]
    [('visit', 'planned', '2025-05-18', 'Riyadh')]
    >>> extract_meetings(Article(id="a3", body="The cabinet meeting approved the budget."))
    ()

    .. versionadded:: 0.1.0
    """
    article = on_story_date(article)
    words = word_hits(article.body)  # the rules' sentences, and the fallback's gate
    # (a mention told a day before or after another event is an event of its own)
    # (talks on a gathering's sidelines: the states naming the gathering are none of theirs)
    found = sideline_pairs(candidates(article, words))
    told = read_records(article, told_apart(article, one_per_event(found)))
    records = told.records
    date_sessions(records)
    resolve_pending(article, records, told.pending)
    lone_events(article, records, told.lone, told.pending)
    visitor_steps(records, told.lone)  # "X is also expected to meet the Speaker": the host's
    visitor_talks(article, records, told.pending + told.lone)  # "he told reporters after talks"
    sessions_opened_here(article.body, records, told.lone)  # "opened a session here"
    first_visits(records, told.first_visits)
    talks_at_gatherings(records)
    sides_at_gatherings(records)
    delegations(article, records)
    merge_late_sides(article, records)
    sides_of_sources(records)
    talks_planned_on_a_visit(article, records)
    dates_from_the_trip(records, article.published)
    members_told_next(article.body, records)
    guests_by_number(records)  # "the summit, to which all three prime ministers are invited"
    members_quoted(article.body, records)
    group_ministers_sides(article.body, records)  # "EC ministers agreed": named members
    delegates_at_sessions(article.body, records)  # "The X Council put off ... A's delegate said"
    producers_and_consumers(article.body, records)
    members_in_camps(article.body, records)  # "A and B favoured ..., while C ..."
    speakers_at_gatherings(article.body, records)
    leaders_at_gatherings(records)
    pair_in_formats(records)  # "the trilateral format with C, whose ministers met in P"
    pair_business_at_gatherings(records)  # "the two ministers agreed to seek ... at the meeting"
    sides_meeting_again(records)
    group_roster(article.body, records)  # "the Group of Seven -- A, B, ... --"
    members_named(article.body, records)  # a body's gathering: the members the story names
    sides_by_number(records)  # "when the leaders of the six countries meet"
    records = fold_name_words(records)  # "at the X Leaders Meeting": the gathering, no talks
    records = fold_echoes(records)  # "the talks" again, undated: the event told
    records = fold_tour_legs(records)  # "On May 15, X will meet leaders in B": a stop of the tour
    records = fold_visit_steps(records)  # "Within the framework of the visit, X met Y"
    records = fold_visit_days(records)  # "On the same day, X was received by Y": the visit's day
    many_sides_as_conferences(records)
    # "Leaders of A are also attending", "B boycotted it", "the council, which X will attend"
    attendance_told(article.body, records, lambda: story_officials(article))
    records = with_another_side(records)
    # a meeting sentence no rule made a record of: the fallback's own record (recall first)
    records += fallback_meetings(article, records, words.triggers)
    records += next_rounds(article, records)  # "the next round will be held in P": the pair's
    records += sessions_ahead(article, records)  # "on June 19, four days before the full X"
    records += joint_signings(article, records)  # "X of A and Y of B signed the accord"
    records += gatherings_addressed(article, records)  # "LONDON - ... X of A told a conference"
    commission_places(article, records)  # "the Commission on Trade, held in Riga"
    sideline_cities(article, records)  # "met on the sidelines of the X in P"
    hosts_cities(article, records)  # "the summit that A will host in P"
    cities_visited(article, records)  # "will visit Bonn": the trip's city
    sentence_cities(article, records)  # "held talks with Y in P on Monday"
    stated_places(article, records)  # "in the Uruguayan resort of P", "in P, Indonesia"
    onward_legs(records)  # "X met Y in A. Y will fly on to B": Y's leg, never A's
    gathering_cities(article, records)  # "on the margins of the Munich Security Conference"
    venue_cities(article, records)  # "hosted Y at the White House": Washington
    visit_next_cities(article, records)  # "paid a visit to Latvia. In Riga, ...": Riga
    dateline_cities(article, records)  # "BAMAKO, May 12 - ... a visit to Mali"
    dated_by_the_report(article, records)  # "X has held a phone call with Y": the report's day
    opening_days(article, records)  # "... next month. The session is due to open on June 9"
    days_from_another_event(article, records)  # "A day earlier, X met Y": the day before
    first_days_by_arrival(article, records)  # "... during X's visit. X, who arrived on Monday"
    sides_of_their_time(article.published, records)  # "BELGRADE, 1987": Yugoslavia's
    seat_no_side(article.body, records)  # "talks between A and the EC ... in Brussels": no BEL
    body_seats_no_side(article.body, records)  # "X of A will attend the OECD council in Paris"
    talks_at_body_seats(records)  # "talks with the GCC Secretariat were held in Riyadh": no SAU
    records = arrivals_for_talks(article.body, records)  # "X, who arrived in P, held talks"
    listed_fields_officials(article, records)  # "Minister of Mining and Energy A B"
    delegation_heads(article.body, records)  # "... was held. The A delegation was led by X"
    signatories_told_next(article.body, records)  # "... after talks. The accord was signed by X"
    plural_title_officials(records)  # "Presidents A B and C D"
    surnames_in_full(records)  # "President Nazarbayev" after "Presidents A Nazarbayev of P"
    pair_people_told_before(records)  # "The two presidents agreed to meet again in P"
    received_on_the_visit(records)  # "On the same day, X was received by President Z"
    agreed_by_the_pair(records)  # "They discussed transit via C and agreed to meet": not C
    return as_meetings(article, records)
