"""The state a back-reference means: "Its minister", "the country's exports", "the latter".

News names a state once and then refers back to it: "Kazakhstan has stepped up its
diplomacy. Its foreign minister visited Beijing on May 6", "Poland's imports from the
Baltic state", "Peru and Chile ... The latter's exports to Peru". A reference read here is
one a reader resolves without doubt, in one of two places:

- opening a sentence as an owner: "Its", "The country's", "The kingdom's", "The Central
  Asian republic's", "The latter's" before a lower-case word;
- as the object of "to", "from" or "with": "imports from the kingdom", "trade with the
  Baltic state", "exports to the latter".

"Its", "the country" and "the kingdom" mean the subject state of the nearest sentence
before that has a state as its subject (a state opening it, or owning its opening words,
"A's economy"); sentences naming states only as objects are passed over, and one whose
subject is two states ("A and B have ...") or a group ("The EU has ...") leaves the
reference unresolved. "The kingdom"
must be a kingdom. A regional descriptor ("the Central Asian republic", "the Baltic
state", "the South Caucasus country") means the one state named before it that lies in
the region (the gazetteer's regions), and nothing when two or none do. "The latter" is
the second of the two states last named together ("A and B").

A region's states named as a whole ("the five Central Asian states", "the Baltic states")
are read apart, by :func:`region_states`: each member is a mention of the phrase.

A counted reference ("the three countries", "all four states", "the three leaders") means the
states of the list the article names with exactly that count ("A, B and C"): the nearest
such list before it, else the first after it in the same paragraph
(:func:`counted_states`); each of them is a mention of the phrase.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from diplonews import _regex as re
from diplonews.gazetteer import kingdoms, load_region_members
from diplonews.text._sentences import split_sentences
from diplonews.text.countries import CountryMention

__all__ = ["counted_states", "is_reference", "region_states", "resolve_references"]


_NOUN = r"(?:republic|state|country|nation)"
# A region's adjective: one or two capitalised words ("Baltic", "Central Asian").
_REGION = r"(?P<region>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\s+" + _NOUN
_WHO = r"(?P<who>country|kingdom|latter|" + _REGION + r")"
# "Its minister", "The country's exports": a reference owning a sentence's opening words.
_OWNER = re.compile(r"(?:(?P<its>Its)|The\s+" + _WHO + r"['’]s)\s+(?=(?-i:[a-z]))")
_OWNER_OPENINGS = ("Its", "The")  # the words every match of it opens on
# "imports from the kingdom", "trade with the Baltic state", "exports to the latter": the
# phrase, found from its "the" (a literal the engine skips to, where a search opening on "to",
# "from" or "with" tests every character of a body), read after one of those words by
# :func:`_object_word`.
_OBJECT = re.compile(r"the\s+" + _WHO + r"\b(?!['’-])")
_OBJECT_WORDS = ("to", "from", "with")
# The words a subject state may stand after at a sentence's opening (a wire's dateline).
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+\([A-Za-z ]+\)\s+[-–—]\s+")
_REACH = 4  # sentences looked back for the subject state
# A reference's own text (not a name that has an article: "The Gambia").
_REFERENCE_TEXT = re.compile(r"[Tt]he\s+" + _WHO)


def _region_name(adjective: str) -> str | None:
    """The gazetteer's name of the region an adjective names ("Central Asian": central asia)."""
    folded = " ".join(adjective.split()).casefold()
    regions = load_region_members()
    for name in (folded, folded.removesuffix("n"), folded.removesuffix("an")):
        if name in regions:
            return name
    return None


def _region_members(adjective: str) -> frozenset[str] | None:
    """The states of the region an adjective names ("Central Asian": Central Asia's)."""
    name = _region_name(adjective)
    return None if name is None else frozenset(load_region_members()[name])


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# A region's states told as a whole: "the five Central Asian states", "the Baltic states", "the
# three South Caucasus countries", "all Nordic countries" (not "other Baltic states", "two
# Central Asian states": a part of them; not "the United States": its noun is capitalised).
_REGION_STATES = re.compile(
    r"""\b(?:[Tt]he|[Aa]ll)\s+(?:(?P<count>two|three|four|five|six|seven|eight|[2-8])\s+)?
    (?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:states|nations|countries|republics)\b""",
    re.VERBOSE,
)


def _names_a_format(text: str) -> bool:
    """Whether ``text`` names a format after a region: "the Poland-Baltic summit"."""
    for name in load_region_members():
        spelled = r"\s+".join(re.escape(word) for word in name.split())
        if re.search(
            rf"(?i:{spelled})\s*[-–—+]\s*[A-Z]|[A-Z][\w]*\s*[-–—+]\s*(?i:{spelled})", text
        ):
            return True
    return False


def region_states(body: str, start: int, end: int) -> tuple[CountryMention, ...]:
    """The states of ``body[start:end]``'s phrases that name a region's states as a whole.

    Each member of the region (the gazetteer's regions) is a mention spanning the phrase; a
    phrase whose count is not the region's number of states names none, and so does every
    phrase of a text that names a format after a region ("the China-Central Asia Forum",
    "the Poland-Baltic summit"): a group's gathering.

    >>> [m.code for m in region_states("He met the three Baltic states.", 0, 31)]
    ['EST', 'LTU', 'LVA']
    >>> region_states("He met the two Baltic states.", 0, 29)
    ()
    >>> region_states("He met other Baltic states.", 0, 27)
    ()
    >>> text = "China and the Central Asian states met in the China-Central Asia format."
    >>> region_states(text, 0, len(text))
    ()
    """
    if (
        " states" not in body[start:end]
        and " countries" not in body[start:end]
        and (" nations" not in body[start:end] and " republics" not in body[start:end])
    ):
        return ()
    found: list[CountryMention] = []
    for match in _REGION_STATES.finditer(body, start, end):
        name = _region_name(match.group("region"))
        count = match.group("count")
        if name is None:
            continue
        members = load_region_members()[name]
        if count is not None and _COUNTS.get(count, int(count) if count.isdigit() else 0) != len(
            members
        ):
            continue
        if _names_a_format(body[start:end]):
            # "the Central Asia - Russia format", "the China-Central Asia Forum": the text
            # tells a group's gathering, not its states one by one
            return ()
        lo, hi = match.start("region"), match.end()
        found += [
            CountryMention(code=code, kind="name", start=lo, end=hi, text=body[lo:hi])
            for code in sorted(members)
        ]
    return tuple(found)


def _subject(body: str, start: int, end: int, mentions: list[CountryMention]) -> str | None:
    """The state subject of ``body[start:end]``, None for no state subject.

    "" where the subject is two states ("A and B have ...") or a group ("The EU has ..."):
    "its" then means no state.
    """
    if not mentions:
        return None
    first = mentions[0]
    lead = body[start : first.start]
    dateline = _DATELINE.match(lead)
    if dateline is not None:
        lead = lead[dateline.end() :]
    if lead.strip() not in ("", "The", "the"):
        return None
    if first.kind == "group":
        return ""  # "The EU's ministers ...", "OPEC has ...": a group, no state
    states = [m for m in mentions if m.kind != "group"]
    after = body[first.end : end]
    if len(states) > 1 and re.match(r"\s+and\s+(?:the\s+)?$", body[first.end : states[1].start]):
        return ""  # "A and B have ...": two states
    if re.match(r"['’]s?\s", after) or re.match(r"\s+(?-i:[a-z])", after):
        return first.code
    if re.match(r",\s+(?:which|whose)\s", after):
        return first.code  # "A, which buys most of B's gas, reacted coolly": A is the subject
    return None


def _resolve(
    body: str,
    match: re.Match[str],
    sentences: list[tuple[int, int]],
    at: int,
    named: Sequence[CountryMention],
) -> str | None:
    """The state the reference ``match`` means, or None."""
    mentions = [m for m in named if m.end <= at]
    before = [i for i, (lo, _) in enumerate(sentences) if lo <= at]
    if not before:
        return None
    here = before[-1]
    who = match.group("who")
    if who == "latter":
        for lo, hi in reversed(sentences[max(0, here - _REACH) : here]):
            mine = [m for m in mentions if lo <= m.start < hi and m.kind != "group"]
            for a, b in itertools.pairwise(mine):
                if re.fullmatch(r"\s+and\s+", body[a.end : b.start]) and a.code != b.code:
                    return b.code
        return None
    if match.group("region") is not None:
        members = _region_members(match.group("region"))
        if members is None:
            return None
        fits = {m.code for m in mentions if m.code in members}
        return next(iter(fits)) if len(fits) == 1 else None
    for lo, hi in reversed(sentences[max(0, here - _REACH) : here]):
        mine = [m for m in mentions if lo <= m.start < hi]
        subject = _subject(body, lo, hi, mine)
        if subject is None:
            continue
        if not subject or (who == "kingdom" and subject not in kingdoms()):
            return None
        return subject
    return None


def resolve_references(body: str, named: Sequence[CountryMention]) -> tuple[CountryMention, ...]:
    """The back-references of ``body`` to a state it named, as mentions of that state.

    ``named`` are the body's mentions of states by name (in text order).

    A mention's ``kind`` is ``"name"``; its span is the reference's ("Its", "The country's"
    up to the owner's word, "the kingdom" after "from").

    >>> from diplonews.text.countries import extract_country_mentions as names
    >>> body = ("Chile has stepped up its diplomacy. Its minister met Spain's envoy. "
    ...         "Peru's imports from the country rose.")
    >>> [(m.code, m.text) for m in resolve_references(body, names(body))]
    [('CHL', 'Its'), ('CHL', 'the country')]
    >>> body = "Chile and Peru met. Its minister spoke."
    >>> [m.code for m in resolve_references(body, names(body))]
    []
    >>> body = "Chile grew. The EU has stepped up its trade. Its ministers met."
    >>> [m.code for m in resolve_references(body, names(body))]
    []
    """
    if "ts " not in body and "he " not in body:
        return ()
    sentences = [(s.start, s.end) for s in split_sentences(body)]
    found: list[CountryMention] = []
    for match in _owners(body, sentences):
        at = match.start()
        code = _resolve(body, match, sentences, at, named)
        if code is not None:
            end = match.end("its") if match.group("its") else match.end("who")
            found.append(
                CountryMention(code=code, kind="name", start=at, end=end, text=body[at:end])
            )
    for match in _OBJECT.finditer(body):
        at = _object_word(body, match.start())
        if at < 0:
            continue
        code = _resolve(body, match, sentences, at, named)
        if code is not None:
            lo, hi = match.span()
            found.append(CountryMention(code=code, kind="name", start=lo, end=hi, text=body[lo:hi]))
    return tuple(sorted(found, key=lambda m: m.start))


def _owners(body: str, sentences: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of :data:`_OWNER` that open a sentence, or follow a wire's dateline there.

    Each sentence's opening is matched in place: a reference owns a sentence's opening
    words or none, so a search of the whole body (which tests each of its characters for
    "I" or "T") finds no other, and no match of it crosses a sentence's opening. A
    dateline opens on two capitals, never on "Its" or "The".
    """
    for lo, _ in sentences:
        if body.startswith(_OWNER_OPENINGS, lo):
            match = _OWNER.match(body, lo)
        elif (dateline := _DATELINE.match(body, lo)) is not None:
            match = _OWNER.match(body, dateline.end())
        else:
            continue
        if match is not None:
            yield match


def _object_word(body: str, at: int) -> int:
    r"""Where "to", "from" or "with" stands before the "the" at ``at``, as a word; -1 if none.

    The word and ``at`` are parted by whitespace (what ``\s`` matches: :meth:`str.isspace`),
    and no word character (:meth:`str.isalnum` or "_", what ``\w`` matches) stands before it.
    """
    end = at
    while end > 0 and body[end - 1].isspace():
        end -= 1
    if end == at:
        return -1
    for word in _OBJECT_WORDS:
        start = end - len(word)
        if start >= 0 and body.startswith(word, start):
            before = body[start - 1] if start else ""
            return -1 if before.isalnum() or before == "_" else start
    return -1


def is_reference(mention: CountryMention) -> bool:
    """Whether a mention is a back-reference (:func:`resolve_references`), not a state's name.

    >>> from diplonews.text.countries import extract_country_mentions as names
    >>> body = "Chile grew. Its exports rose."
    >>> [is_reference(m) for m in resolve_references(body, names(body))]
    [True]
    >>> [is_reference(m) for m in names("The Gambia signed.")]  # a name with its article
    [False]
    """
    return mention.text == "Its" or _REFERENCE_TEXT.fullmatch(mention.text) is not None


# A counted reference to three states or more: "the three countries", "all four states",
# "the three European powers" (one capitalised word may qualify it); not "the other three
# countries" nor "three countries" (no article: states not yet told). "The two countries"
# and "both sides" are left to the rules that read a story's pair (its headline, its
# talks), which know more of a pair than its nearest "A and B".
_COUNTED = re.compile(
    r"""\b(?:[Tt]he|[Aa]ll|[Tt]hese|[Tt]hose)\s+(?P<count>three|four|five|six|seven|eight)\s+
    (?:(?P<adjective>(?-i:[A-Z][a-z]+))\s+)?
    (?:countries|states|nations|powers|republics|governments
    # their sides as people or teams: "the three leaders", "the three foreign ministers"
    |sides|delegations|leaders|presidents|(?:(?:foreign|trade|defen[cs]e|finance)\s+)?ministers
    )\b""",
    re.VERBOSE,
)
# What parts the states of one list: "A, B and C", "A and the B", "A, B, and C", "A & B".
_LIST_JOINT = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s*&\s*")
# What parts two state names compounded into one ("the A-B-C railway"): a list of them too.
_NAME_JOINT = re.compile(r"\s*[-–—]\s*")
# A list item that is no state just before or after a run of states: "Kenya, the World
# Bank and Uganda" lists three things, so neither "Kenya" nor "Uganda" is a list of its own.
_ITEM_BEFORE = re.compile(r"(?:[A-Z][\w'.-]*|\))\s*(?:,|\band)\s*(?:the\s+)?$")
# A sentence's opening phrase before its list, no list item: "On Monday, A and B", "In
# March, A, B and C", "Meanwhile, A and B".
_OPENING_PHRASE = re.compile(
    r"""(?:\b(?:[Oo]n|[Ii]n|[Aa]t|[Bb]y|[Ss]ince|[Ll]ast|[Ff]or|[Ee]arlier|[Ll]ater)\s+[A-Z][\w'.-]*
    |\b(?:Meanwhile|However|Today|Yesterday|Separately|Also|Earlier|Later|Then))\s*,\s*\Z""",
    re.VERBOSE,
)
_ITEM_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?[A-Z]")


def _state_lists(body: str, named: Sequence[CountryMention]) -> list[tuple[int, int, list[str]]]:
    """The lists of two states or more ``body`` names: (start, end, codes), in text order.

    A list is a run of state mentions parted only by commas and "and" (or names compounded
    by dashes: "the A-B-C railway"); a run joined to an item that is no state ("Kenya, the
    World Bank and Uganda") is none.
    """
    states = [m for m in named if m.kind != "group"]
    runs: list[list[CountryMention]] = []
    for mention in states:
        last = runs[-1][-1] if runs else None
        if last is not None and (
            _LIST_JOINT.fullmatch(body, last.end, mention.start)
            or (
                last.kind == mention.kind == "name"
                and _NAME_JOINT.fullmatch(body, last.end, mention.start)
            )
        ):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    lists = []
    for run in runs:
        codes = list(dict.fromkeys(m.code for m in run))
        if len(run) < 2 or len(codes) != len(run):
            continue
        lo, hi = run[0].start, run[-1].end
        if (
            (before := _ITEM_BEFORE.search(body, max(0, lo - 60), lo)) is not None
            and not _OPENING_PHRASE.search(body, max(0, lo - 60), before.end())
        ) or _ITEM_AFTER.match(body, hi):
            continue
        lists.append((lo, hi, codes))
    return lists


def counted_states(body: str, named: Sequence[CountryMention]) -> tuple[CountryMention, ...]:
    """The states ``body``'s counted references mean, each a mention spanning its phrase.

    ``named`` are the body's mentions of states by name (in text order). "The three
    countries" means the nearest list of exactly three states before it, else the first
    after it in the same paragraph (a reader looks back first, and a list told later in
    the same paragraph is the one the phrase anticipates); a count no list fits means none.

    >>> from diplonews.text.countries import extract_country_mentions as names
    >>> body = "Kenya, Uganda and Tanzania cut tariffs. Ministers of the three countries met."
    >>> [(m.code, m.text) for m in counted_states(body, names(body))]
    [('KEN', 'the three countries'), ('TZA', 'the three countries'), ('UGA', 'the three countries')]
    >>> body = "Kenya, Uganda, Chad and Tanzania cut tariffs. Ministers of the three states met."
    >>> counted_states(body, names(body))
    ()
    >>> body = "Kenya, the World Bank and Uganda agreed. The three countries met."
    >>> counted_states(body, names(body))
    ()
    """
    if not any(f" {word} " in body for word in ("three", "four", "five", "six", "seven", "eight")):
        return ()
    lists: list[tuple[int, int, list[str]]] | None = None
    found: list[CountryMention] = []
    for match in _COUNTED.finditer(body):
        if lists is None:
            lists = _state_lists(body, named)
        count = _COUNTS[match.group("count").casefold()]
        adjective = match.group("adjective")
        if adjective is not None and _region_name(adjective) is not None:
            continue  # "the five Central Asian states": the region's own (region_states)
        lo, hi = match.span()
        fits = [x for x in lists if len(x[2]) == count]
        earlier = [x for x in fits if x[1] <= lo]
        paragraph_end = body.find("\n", hi)
        later = [x for x in fits if x[0] >= hi and (paragraph_end < 0 or x[1] <= paragraph_end)]
        chosen = earlier[-1] if earlier else (later[0] if later else None)
        if chosen is None:
            continue
        found += [
            CountryMention(code=code, kind="name", start=lo, end=hi, text=body[lo:hi])
            for code in sorted(chosen[2])
        ]
    return tuple(found)
