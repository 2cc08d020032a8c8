"""Reading a role and a name off the tokens of a text (see :mod:`_people`).

Each function takes the token list of :func:`_person_tokens._tokens` and
token indices, and returns token indices (or what the tokens name).
"""

from __future__ import annotations

import functools

from diplonews import _regex as re
from diplonews.text._person_tokens import (
    BODY_NOUNS,
    PATRONYMICS,
    ROLE_GLUE,
    STATE_WORDS,
    SUFFIXES,
    Tok,
    is_cap,
    is_initial,
    meeting_words,
    not_name_words,
    state_of,
    vocab,
)
from diplonews.text._trie import trie

__all__ = [
    "country_of",
    "has_group",
    "name_text",
    "particle_surname",
    "read_name",
    "role_span",
    "skip_honorifics",
]


def role_span(
    toks: list[Tok], head: int, *, lists: bool = True, bodies: bool = False
) -> tuple[int, int]:
    """Extend a role around the head token: qualifiers to the left, 'of ...' to the right.

    With ``lists`` false, a list of a ministry's fields is not read ("Minister of Mining
    and Energy" stops at "Minister"). With ``bodies`` (and ``lists``), a legislature's,
    cabinet's or ministry's name is the role's ("Chair of the Milli Majlis A B"); off,
    the role stops before it.
    """
    heads, role_words, _, _ = vocab()
    upper = is_cap(toks[head])
    lo = head
    while lo > 0:
        prev = toks[lo - 1]
        if prev.key in heads or prev.key in role_words:
            if upper and not is_cap(prev):
                break
        elif not (
            prev.country is not None  # "Azerbaijani Foreign Minister", "EU Commissioner"
            or prev.text in ("'s", "’s")
            or (prev.text in "'’" and lo > 1)
            or (prev.key == "s" and lo > 1 and toks[lo - 2].text in "'’")
        ):
            break
        lo -= 1
    # Drop leading possessive marks or connectors the loop may have taken.
    while lo < head and (toks[lo].text in "'’" or toks[lo].key == "s"):
        lo += 1
    hi = head + 1
    while hi < len(toks):
        tok = toks[hi]
        if given_title(toks, hi):
            break  # "Foreign Minister Amir Khan Muttaqi": the name's first word
        if (
            tok.key in heads
            or tok.key in role_words
            or (tok.key == "prince" and toks[hi - 1].key == "crown")
        ):
            if upper and not is_cap(tok):
                break
            hi += 1
            continue
        if (
            lists
            and upper
            and (tok.text == "," or tok.key in _AND)
            and _in_portfolio(toks, head, hi)
        ):
            listed = _portfolio_list(toks, hi, heads, role_words)
            if listed is not None:
                hi = listed  # "Minister of Mining and Energy A B": the list is the portfolio
                continue
        if lists and upper and tok.key in ("of", "for"):
            first = hi + 1
            while first < min(hi + 3, len(toks)) and _is_field(toks[first], heads):
                first += 1
            listed = (
                _portfolio_list(toks, first, heads, role_words)
                if first > hi + 1 and first < len(toks)
                else None
            )
            if listed is not None:
                hi = listed  # "of Mining and Energy": the first field needs no role word
                continue
        if bodies and lists and upper and _in_portfolio(toks, head, hi + 1):
            body = _body_end(toks, hi, heads)
            if body is not None:
                hi = body  # "Speaker of the National Assembly A B": the body is the role's
                continue
        if tok.key in ROLE_GLUE and hi + 1 < len(toks):
            nxt = toks[hi + 1]
            j = hi + 1
            if nxt.key == "the" and j + 1 < len(toks):
                j += 1
                nxt = toks[j]
            body = _body_end(toks, j, heads) if bodies and upper and tok.key == "of" else None
            if body is not None:
                hi = body  # "Chair of the Milli Majlis A B": the body's name is no person's
                continue
            if (
                nxt.key in heads
                or (nxt.key in role_words and is_cap(nxt) == upper)
                or nxt.country is not None
                or nxt.key in STATE_WORDS
            ):
                hi = j
                continue
            break
        if tok.country is not None and (
            toks[hi - 1].key in ROLE_GLUE | STATE_WORDS
            # "of the Economic Cooperation Organization": a body's name begun on role words
            or (bodies and toks[hi - 1].country is tok.country)
        ):
            hi += 1
            while hi < len(toks) and toks[hi].country is tok.country:
                hi += 1
            if bodies and _short_name(toks, hi, tok):
                hi += 3  # "of the Organization of Islamic Cooperation (OIC)": its short name
            continue
        if tok.key in STATE_WORDS and toks[hi - 1].key in ROLE_GLUE:
            hi += 1
            continue
        break
    return lo, hi


def _short_name(toks: list[Tok], at: int, body: Tok) -> bool:
    """Whether the tokens at ``at`` are the bracketed short name of ``body``'s group ("(OIC)")."""
    return (
        at + 2 < len(toks)
        and toks[at].text == "("
        and toks[at + 1].country is not None
        and toks[at + 1].country.code == body.country.code  # type: ignore[union-attr]
        and toks[at + 2].text == ")"
    )


def _body_end(toks: list[Tok], at: int, heads: frozenset[str]) -> int | None:
    """The end of a legislature's or cabinet's name starting at ``at``, if one starts there.

    Up to three capitalised words, the last a body noun ("State Duma", "Milli Majlis",
    "Senate"); a cabinet or council takes its "of Ministers". ``None`` elsewhere.
    """
    n = len(toks)
    for k in range(at, min(at + 3, n)):
        tok = toks[k]
        if not is_cap(tok) or tok.key in heads or (tok.country is not None and k > at):
            return None
        if tok.key in BODY_NOUNS:
            end = k + 1
            if end + 1 < n and toks[end].key == "of" and toks[end + 1].key == "ministers":
                end += 2  # "Cabinet of Ministers"
            return end
    return None


# The words that close a list of a ministry's fields ("Industry, Trade and Supply").
_AND = frozenset({"and", "&"})


def _in_portfolio(toks: list[Tok], head: int, at: int) -> bool:
    """Whether the role from ``head`` to ``at`` has reached its fields ("Minister of ...")."""
    return any(toks[k].key in ("of", "for") for k in range(head + 1, at))


def _is_field(tok: Tok, heads: frozenset[str]) -> bool:
    """A word that may name a ministry's field: capitalised, no role head, no state."""
    return is_cap(tok) and tok.key not in heads and tok.country is None


def _portfolio_list(
    toks: list[Tok], at: int, heads: frozenset[str], role_words: frozenset[str]
) -> int | None:
    """The end of a list of a ministry's fields starting at ``at`` (a comma or "and").

    "Minister of Mining and Energy A B", "Minister of Industry, Trade and Supply A B":
    the fields are capitalised words joined by commas and a closing "and", most of
    them outside the role vocabulary. A comma takes one word before the next
    comma or the "and"; the last field takes its word and the role words up to
    the last one that still leaves two capitalised words for the name ("and East
    African Cooperation A B"). ``None`` where the words do not make such a list
    ("Minister of Energy and A B": a second person).
    """
    n = len(toks)
    particles = vocab()[3]

    def field(k: int) -> bool:
        return _is_field(toks[k], heads)

    j = at
    while j + 2 < n and toks[j].text == "," and field(j + 1):
        j += 2  # ", Trade": one field, then another comma or the closing "and"
    if j < n and toks[j].text == "," and j + 1 < n and toks[j + 1].key in _AND:
        j += 1  # the serial comma: ", and"
    if not (j + 3 < n and toks[j].key in _AND and field(j + 1)):
        return None
    run = j + 1
    while run < n and is_cap(toks[run]) and toks[run].key not in heads:
        run += 1
    if run < n and toks[run].key in heads:
        return None  # "... and First Deputy Foreign Minister A B": another official's role
    if toks[run - 1].key in role_words:
        return run  # "and East African Cooperation, Ms A B": the name follows apart
    end = j + 2
    for k in range(j + 2, run - 2):
        if toks[k].key in role_words:
            end = k + 1  # "East African Cooperation": up to its last role word
    goes_on = end
    while goes_on < n and toks[goes_on].key in role_words:
        goes_on += 1
    if goes_on < n and toks[goes_on].key in ("of", "for"):
        return goes_on  # the role goes on: "... and Diaspora Affairs of P"
    # The name is what is left: two capitalised words, or one before a particle ("A bin
    # B"). Any more is a field or a name of three words, which the words cannot tell.
    after = toks[run] if run < n else None
    glued = after is not None and (after.key in particles or particle_surname(after, particles))
    left = run - end
    if any(toks[k].key in role_words or toks[k].country for k in range(end, run)):
        return None  # a name holds no role word and no state ("and All Russia A")
    return end if (left == 2 and not glued) or (left == 1 and glued) else None


def read_name(toks: list[Tok], at: int) -> tuple[int, int]:
    """Read a name starting at ``at`` (honorifics skipped); return its token range."""
    heads, role_words, _, particles = vocab()
    start = i = skip_honorifics(toks, at, len(toks))
    not_names = not_name_words()
    while i < len(toks):
        tok = toks[i]
        if tok.text in not_names:
            return start, start  # "General Agreement on Tariffs": an institution, no person
        if given_title(toks, i):
            i += 1  # "Hossein Amir Abdollahian": a given name, not a ruler's title
            continue
        if is_initial(tok) or (is_cap(tok) and tok.text[0].isalpha() and tok.key not in heads):
            if tok.country is not None and tok.country.kind != "name" and i == start:
                break  # "President Macron" yes; "President Turkish ..." no
            i += 1
            continue
        if i > start and particle_surname(tok, particles):
            i += 1  # "Mohammed Shia al-Sudani": a particle glued to the surname
            continue
        if (
            tok.key in particles
            and i > start
            and i + 1 < len(toks)
            and (is_cap(toks[i + 1]) or toks[i + 1].key in particles)
        ):
            i += 1
            continue
        if tok.text == "," and i > start and i + 1 < len(toks) and toks[i + 1].key in SUFFIXES:
            i += 2
            if i < len(toks) and toks[i].text == ".":
                i += 1
            continue
        break
    # A name ends on a name word, not on a dangling role word ("... Minister").
    while i > start and toks[i - 1].key in role_words and not is_initial(toks[i - 1]):
        i -= 1
    return start, i


def particle_surname(tok: Tok, particles: frozenset[str]) -> bool:
    """A lower-case particle hyphened to a capitalised surname: "al-Sudani", "el-Sissi"."""
    particle, dash, rest = tok.text.partition("-")
    return bool(dash) and particle in particles and rest[:1].isupper()


# Rulers' titles that are also given names: "Amir Sheikh X" and "Foreign Minister Amir Khan
# Muttaqi", "Sultan Haitham" and "Minister of Industry Sultan Al Jaber".
_GIVEN_TITLES = frozenset({"Amir", "Sultan"})
# The words of a styled address ("His Majesty", "His Highness") before a ruler's title.
_STYLES = frozenset({"majesty", "highness"})


def given_title(toks: list[Tok], at: int) -> bool:
    """A ruler's title read as a given name: after a role or name word, before a name.

    "Amir" and "Sultan" are rulers' titles ("Amir Sheikh X", "the Amir of P", "His
    Majesty Sultan Haitham") and given names ("Foreign Minister Amir Khan Muttaqi",
    "Hossein Amir Abdollahian", "Minister Sultan bin Khalid Al Harthi"): a name word
    or a patronymic ("bin") follows the given name, neither an honorific nor a role or
    state word, and a capitalised word that is no state's and no style stands before.
    """
    if toks[at].text not in _GIVEN_TITLES or at == 0 or at + 1 >= len(toks):
        return False
    heads, role_words, honorifics, _ = vocab()
    after, before = toks[at + 1], toks[at - 1]
    return (
        (is_cap(after) or after.key in PATRONYMICS)
        and after.key not in heads | role_words | honorifics
        and after.country is None
        and is_cap(before)
        and before.country is None
        and before.key not in _STYLES
        and before.key not in honorifics
    )


def skip_honorifics(toks: list[Tok], at: int, hi: int) -> int:
    """The first token from ``at`` (before ``hi``) past the honorifics a name may bear.

    "Dr.", "Sayyid", "His Royal Highness Sheikh", and a rank with its grade ("Colonel
    General"): courtesy words, never part of the name.
    """
    _, role_words, honorifics, _ = vocab()
    i = at
    while i < hi:
        key = toks[i].key
        if key in honorifics and is_cap(toks[i]):
            i += 1
            # "Colonel General": a rank's grade after it, a role word, is no name either
            while i < hi and toks[i].key in role_words and is_cap(toks[i]):
                i += 1
            continue
        if key in ("his", "her"):
            j = i + 1
            if j < hi and toks[j].key == "royal":
                j += 1  # "His Royal Highness"
            if j < hi and toks[j].key in ("highness", "excellency", "majesty"):
                i = j + 1
                continue
        break
    return i


def country_of(toks: list[Tok], lo: int, hi: int) -> str | None:
    """The state a role names: first state not introduced by 'to' (an ambassador's host).

    A state introduced by 'for' is a portfolio ("Senior Director for Russia",
    "Special Envoy for Syria"), not the state the person acts for.
    """
    fallback: str | None = None
    seen: set[int] = set()
    for i in range(lo, hi):
        mention = toks[i].country
        if mention is None or mention.kind == "group" or id(mention) in seen:
            continue
        seen.add(id(mention))
        before = toks[i - 1].key if i > lo else ""
        if before == "for" or (before == "the" and i - 2 >= lo and toks[i - 2].key == "for"):
            continue
        if before == "to" or (before == "the" and i - 2 >= lo and toks[i - 2].key == "to"):
            fallback = fallback or mention.code
            continue
        return mention.code
    return fallback


def has_group(toks: list[Tok], lo: int, hi: int, text: str) -> bool:
    if any(state_of(toks[i]) is None and toks[i].country is not None for i in range(lo, hi)):
        return True  # a group's official: "European Commission President"
    role = text[toks[lo].start : toks[hi - 1].end] if hi > lo else ""
    return _organization_scan().search(role) is not None


@functools.cache
def _organization_forms() -> tuple[str, ...]:
    """The surface forms of every organisation of ``meeting_words.json``, in table order."""
    orgs = meeting_words()["organizations"]
    return tuple(form for forms in orgs.values() for form in forms)


@functools.cache
def _organization_scan() -> re.Pattern[str]:
    """Any organisation form anywhere in a text: one search, not a substring test per form.

    The forms as literal strings in one alternation factored by prefixes
    (:func:`~diplonews.text._trie.trie`): it finds a match where one of the forms is
    a substring of the text, and only there.
    """
    return re.compile(trie(_organization_forms()))


def name_text(text: str, toks: list[Tok], lo: int, hi: int) -> str:
    return text[toks[lo].start : toks[hi - 1].end]
