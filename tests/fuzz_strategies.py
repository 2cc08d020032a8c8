"""Hostile and broken inputs for the fuzz suite (``tests/test_fuzz_*.py``, issue 11).

Four families of text:

* ``any_text``: any Unicode at all, lone surrogates included;
* ``newsish_text``: words diplomatic news is made of (trigger words, states,
  months, amounts, titles, names) joined by any punctuation, so the extractors'
  rules fire on shapes no article has;
* ``mutated_text``: sentences written for this suite, then cut, duplicated,
  spliced and sprinkled with hostile characters (NUL, bidi and zero-width marks,
  combining marks, emoji, surrogates, CR, BOM, line and paragraph separators);
* ``hostile_text``: the input classes of issue 11 (huge amounts, possessive months,
  runs with no sentence boundary, calendar edges), each a few KB at most.

The sizes stay small so the suite keeps to its CI budget; the long run
(``HYPOTHESIS_PROFILE=fuzz``, see ``noxfile.py``) explores far more of the same space.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st

__all__ = [
    "SEEDS",
    "any_text",
    "article_bodies",
    "budget",
    "hostile_text",
    "mutated_text",
    "newsish_text",
    "published_dates",
]

# Sentences written for this suite, in the style of the wires and state news sites.
SEEDS = (
    "KORVIA, May 3 (Wire) - Foreign Minister Anja Talis of Estonia met her Latvian "
    "counterpart Rihards Olm in Riga on Tuesday and discussed energy links.",
    "President Marek Duval held a phone call with Prime Minister Sani Obaro of Nigeria.",
    "Estonia and Latvia signed a memorandum of understanding on border crossings in Tallinn "
    "on March 4, 2024, and agreed to hold talks next month.",
    "Exports from Chile to Peru rose 12 pct to $1.25 billion in the first quarter of 2023, "
    "while imports fell to 840 mln dlrs, leaving a surplus of 410 mln dlrs.",
    "The Baltic Summit will take place in Vilnius on June 12-13, the ministry said.",
    "Trade turnover between Kazakhstan and Georgia amounted to 1.1 billion manat in "
    "January-September, up from a year earlier.",
    "Mr. Olm told reporters after the meeting that February's accord would be ratified "
    "by the end of the year.",
    "The two sides will sign a free trade agreement during the visit of President Duval "
    "to Santiago next week, the envoy said on Thursday.",
    "Estonia's envoy attended the summit that ASEAN hosted in Jakarta last week, and Latvia "
    "will send its minister to the meeting that the African Union will host in May.",
)

# Words the rules look for, and things that sit next to them.
WORDS = (
    "met", "meet", "meeting", "meetings", "talks", "held", "will", "visit", "visited",
    "summit", "conference", "phone", "call", "spoke", "with", "signed", "sign", "agreement",
    "accord", "memorandum", "treaty", "deal", "pact", "declaration", "exports", "imports",
    "trade", "surplus", "deficit", "turnover", "rose", "fell", "to", "from", "between", "and",
    "of", "in", "on", "the", "a", "President", "Minister", "Foreign", "Prime", "Mr.", "Dr.",
    "Estonia", "Latvia", "Chile", "Peru", "Turkey", "EU", "NATO", "U.S.", "Russia's", "Baku",
    "Tallinn", "January", "February's", "March", "May", "2023", "1987", "0001", "9999",
    "yesterday", "today", "next", "last", "week", "year", "Monday", "$1.5", "billion",
    "mln", "dlrs", "pct", "£3bn", "€5m", "1,250", "12.5", "99999999999999999999999999",
    "percent", "first", "quarter", "January-September", "(", ")", '"', "'", "-", "–",
    "Anja", "Talis", "Olm", "Obaro", "bin", "Al-", "Jr.", "counterpart", "ambassador",
    "hosted", "host", "that", "which", "attended", "ASEAN", "GCC", "the African Union", "AU",
    "SCO", "Mercosur", "OPEC", "the Gulf Cooperation Council", "observer",
)  # fmt: skip
SEPARATORS = (" ", " ", " ", ", ", ". ", "\n", "\n\n", "; ", ": ", "'s ", " - ", "", "\t")

# Characters that break naive text handling.
HOSTILE_CHARS = (
    "\x00", "\u200f", "\u200e", "\u202e", "\u200b", "\u200d", "\u0301", "\U0001f600",
    "\ud800", "\udfff", "\r", "\r\n", "\ufeff", "\u2028", "\u2029", "\x0b", "\x1c", "\x85",
    "\ufffd", "’", "“", "”", "\u00a0", "\u3000", "ﬁ", "İ", "ß",
)  # fmt: skip

#: Any Unicode, lone surrogates included (the default alphabet leaves them out).
any_text = st.text(st.characters(exclude_categories=()), max_size=300)

newsish_text = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=80
).map(lambda pairs: "".join(w + s for w, s in pairs))


def budget(share: float, **options: Any) -> settings:
    """Settings giving a test ``share`` of the loaded profile's examples (at least 10).

    Tests whose examples are slow to build take a share, so the fuzz suite keeps to its
    CI budget; the long run (``HYPOTHESIS_PROFILE=fuzz``) scales them all up alike.
    """
    loaded = settings.default
    examples = loaded.max_examples if loaded is not None else 100
    return settings(max_examples=max(10, int(examples * share)), **options)


@st.composite
def mutated_text(draw: st.DrawFn, *, surrogates: bool = True) -> str:
    """A seed sentence or two, then up to eight random edits (lone surrogates among them)."""
    hostile = tuple(c for c in HOSTILE_CHARS if surrogates or not "\ud800" <= c <= "\udfff")
    text = " ".join(draw(st.lists(st.sampled_from(SEEDS), min_size=1, max_size=3)))
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(text)))
        to = draw(st.integers(at, min(len(text), at + 40)))
        edit = draw(st.sampled_from(["insert", "delete", "duplicate", "hostile", "upper", "glue"]))
        if edit == "insert":
            text = text[:at] + draw(st.sampled_from(WORDS + hostile)) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[to:]
        elif edit == "duplicate":
            text = text[:to] + text[at:to] * draw(st.integers(1, 20)) + text[to:]
        elif edit == "hostile":
            text = text[:at] + draw(st.sampled_from(hostile)) * (to - at or 1) + text[to:]
        elif edit == "upper":
            text = text[:at] + text[at:to].upper() + text[to:]
        else:  # drop the spaces of a stretch: "the war.US envoy"
            text = text[:at] + text[at:to].replace(" ", "") + text[to:]
    return text


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


@st.composite
def hostile_text(draw: st.DrawFn) -> str:
    """One of the input classes of issue 11, at a size the CI budget allows."""
    kind = draw(st.sampled_from(["amount", "possessive", "run", "calendar", "digits", "nest"]))
    if kind == "amount":  # item 4: 10**28 and more
        digits = draw(st.text(alphabet="0123456789", min_size=20, max_size=200))
        mult = draw(st.sampled_from(["", " billion", " trillion", "bn", " mln dlrs"]))
        return f"Exports from Chile to Peru reached ${digits}{mult} in 2023."
    if kind == "possessive":  # item 6
        month = draw(st.sampled_from(["January", "March", "October", "December"]))
        return f"Estonia and Latvia signed {month}'s agreement on fishing in Riga."
    if kind == "run":  # item 14: no sentence boundary, repeated triggers
        unit = draw(
            st.sampled_from(
                [
                    "the meeting with ",
                    "$1.5 billion, ",
                    "signed an agreement with Turkey and ",
                    "Anja Talis Rihards Olm ",
                    "met with President Duval of Chile and ",
                ]
            )
        )
        return "The minister met with " + _repeat(unit, draw(st.integers(1, 6000)))
    if kind == "calendar":
        return draw(
            st.sampled_from(
                [
                    "The talks were held on January 1, 0001 and on December 31, 9999.",
                    "They met last year, the year before, and will meet next year in 10000.",
                    "Exports rose in 0000 and in 9999, and in the year 99999.",
                    "The summit will take place on February 30 and on the 31st of April.",
                ]
            )
        )
    if kind == "digits":
        return "$" + "9" * draw(st.integers(1, 5000)) + " billion worth of trade deal signed."
    return "(" * draw(st.integers(1, 3000)) + " talks " + ")" * draw(st.integers(0, 3000))


article_bodies = st.one_of(any_text, newsish_text, mutated_text(), hostile_text())

published_dates = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from([dt.date(1, 1, 1), dt.date(1, 1, 31), dt.date(9999, 12, 31)]),
)
