"""Typographic variants folded to the forms the patterns read, without moving an offset.

Pages and wire copy write the same words with different marks: a hyphen, an en dash or
an em dash between the years of a split year ("2023-24", "2023–24") or the months of a
range ("January-October", "January—October", as outlets translating from Russian write
it). The pattern layer is written for one form; rather than spell every variant in
every pattern, a reader scans a folded copy of its text. Each fold replaces one
character by one character, so a match's offsets in the copy are its offsets in the
original, where the reader takes its text from.

A headline in capitals ("GHANA, NIGER SIGN ...") is folded the same way to the
case its names are written in elsewhere (:func:`fold_headline_case`).

A spaced dash joining two names, a pair of sides, a format or a range of months ("the EU
- Azerbaijan agenda", "January - May"), is typeset as a hyphen, an en dash or an em dash
by house style alone; every extractor reads the story with such an em dash written as the
en dash its patterns read (:func:`fold_joining_dashes`, read through
:mod:`diplonews.text._folding`), and quotes its evidence as written.
"""

from __future__ import annotations

from diplonews import _regex as re

__all__ = [
    "ASIDE_DASH",
    "fold_dashes",
    "fold_headline_case",
    "fold_joining_dashes",
    "fold_line_breaks",
    "fold_range_dashes",
]

#: Regex source (no groups) matching the dash of an aside, a list or a new clause: a hyphen,
#: an en dash or an em dash set off by spaces ("six nations - A, B and C -"), or an em dash
#: written close up between two words, as many house styles type it ("six nations—A, B and
#: C—reached"). Put a pattern's own stops (";", brackets, ...) beside it.
ASIDE_DASH = r"(?:\s[-\u2013\u2014]\s|\u2014(?<=\w\u2014)(?=\w))"

# The dashes and hyphens that join numbers or months as a hyphen does: the Unicode hyphen,
# the non-breaking hyphen, the figure dash, the en dash, the em dash and the minus sign.
# Plain-text copy types each of them as a hyphen, which the patterns read already.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
_TO_HYPHEN = str.maketrans(dict.fromkeys(_DASHES, "-"))


def fold_dashes(text: str) -> str:
    """``text`` with every dash written as a hyphen, the same length.

    >>> fold_dashes("exports in 2023\u201324 rose"), fold_dashes("no dash here")
    ('exports in 2023-24 rose', 'no dash here')
    """
    if text.isascii():
        return text
    return text.translate(_TO_HYPHEN)


# An en dash between two figures, the range mark of typeset copy: the range of years, days or
# amounts it writes ("2023\u20132024",
# "October 5\u20136", "$2\u20133 billion").
_FIGURES_DASH = re.compile(r"\u2013(?<=\d\u2013)(?=\d)")  # (on the dash: the engine skips to it)


def fold_range_dashes(text: str) -> str:
    """``text`` with an en dash between two figures written as a hyphen, the same length.

    A range of years, days or amounts ("the 2023\u20132024 work plan", "on October 5\u20136")
    is typeset with an en dash where plain copy types the hyphen the patterns read.
    A score so written stays a score: the readers take "2-1" for one as they take "2\u20131".

    >>> fold_range_dashes("the 2023\u20132024 plan, on May 5\u20136")
    'the 2023-2024 plan, on May 5-6'
    >>> fold_range_dashes("Chile \u2013 Peru"), fold_range_dashes("no dash")
    ('Chile \u2013 Peru', 'no dash')
    """
    if "\u2013" not in text:
        return text
    return _FIGURES_DASH.sub("-", text)


# A word in capitals ("GHANA", "NIGER'S", "NEW"), and a word of a headline that
# capitalises every word ("Travel To The Republic Of Ghana").
_CAPITAL_WORD = re.compile(r"\b[^\W\d_a-z]{2,}(?:['’]S)?\b")
_TITLE_WORD = re.compile(r"(?<![\w’'.])[^\W\d_a-z]\w*")
# The short words that join the words of a name or a phrase, which a headline in capitals or
# with every word capitalised writes as it does the others ("REPUBLIC OF GHANA", "Travel To").
_JOINING = frozenset(
    "of and the to in on at for from with by a an as".split()  # noqa: SIM905 (prose)
)


def _usual_case(word: re.Match[str]) -> str:
    text = word.group()
    folded = text.lower() if text.lower() in _JOINING else text[0] + text[1:].lower()
    return folded if len(folded) == len(text) else text  # (a letter whose lower case is two)


def _joining_lowered(word: re.Match[str]) -> str:
    text = word.group()
    return text.lower() if text.lower() in _JOINING else text


def fold_headline_case(title: str) -> str:
    """A headline in capitals or in title case, with its words in the case prose gives them.

    Headlines write every word in capitals ("GHANA, NIGER SIGN ...") or with a
    capital ("Travel To The Republic Of Ghana"); the names in them are the ones prose
    writes. In capitals, each word keeps only its first capital; in either, "of", "to",
    "the" and the other short joining words are lowered. Any other headline is returned
    as it is, and the copy is always as long as the headline (its offsets are the
    headline's). An initialism in capitals is lost to the fold ("US" becomes "Us"): a
    reader takes it from the headline as written
    (:func:`~diplonews.text.countries.headline_mentions`).

    >>> fold_headline_case("PAPUA NEW GUINEA, INDONESIA SIGN PACT")
    'Papua New Guinea, Indonesia Sign Pact'
    >>> fold_headline_case("Travel To The Republic Of Ghana"), fold_headline_case("Peru to meet")
    ('Travel to the Republic of Ghana', 'Peru to meet')
    """
    if title.isupper():
        return _CAPITAL_WORD.sub(_usual_case, title)
    words = _TITLE_WORD.findall(title)
    if len(words) < 3 or any(w[0].islower() for w in re.findall(r"(?<![\w’'.])\w+", title)):
        return title
    return _TITLE_WORD.sub(_joining_lowered, title)


# An em dash with a space each side; :func:`fold_joining_dashes` folds it where a name's word
# stands each side, with the marks a name may carry ("\u00abCentral Asia\u00bb \u2014 \u201cEU").
_SPACED_EM_DASH = re.compile(r"\u2014(?<=\S \u2014)(?= \S)")  # (on the dash, as above)
_THE = re.compile(r"^the ")  # "the Central Asia \u2014 the EU format": the second side's article
_OPENING = "\"\u201c\u2018'\u00ab("
_CLOSING = "\"\u201d\u2019'\u00bb),"


def fold_joining_dashes(text: str) -> str:
    """``text`` with a spaced em dash between two names written as an en dash, the same length.

    A pair of sides, a format or a range of months is joined by a spaced dash between names
    ("the EU \u2013 Azerbaijan agenda", "the Central Asia \u2013 Russia format", "January
    \u2013 May"), typeset as a hyphen, an en dash or an em dash by house style alone; the
    patterns read the en dash. A dash after a lower-case word or a figure is left as it is:
    it opens an aside ("met on Monday \u2014 a first") or closes a dateline ("Baku, May 9
    \u2014 The"), which the readers tell by the em dash.

    >>> fold_joining_dashes("the Central Asia \u2014 EU format, held on Monday \u2014 a first")
    'the Central Asia \u2013 EU format, held on Monday \u2014 a first'
    >>> fold_joining_dashes("Baku, May 9 \u2014 The talks"), fold_joining_dashes("no dash")
    ('Baku, May 9 \u2014 The talks', 'no dash')
    """
    if "\u2014" not in text:
        return text
    chars = None  # (a copy only for a text with a dash to fold: most have none)
    for dash in _SPACED_EM_DASH.finditer(text):
        before = text.rfind(" ", 0, dash.start() - 1) + 1
        word = text[before : dash.start() - 1].rstrip(_CLOSING)
        after = _THE.sub("", text[dash.end() + 1 : dash.end() + 7]).lstrip(_OPENING)
        if word[:1].isupper() and word[-1:].isalpha() and after[:1].isupper():
            if chars is None:
                chars = list(text)
            chars[dash.start()] = "\u2013"
    return text if chars is None else "".join(chars)


# A line break with no other beside it: a blank line (a paragraph's end) is left alone, and
# so is one right after a sentence's or a list's stop (the first test of
# :func:`_ends_sentence`, made in the search). It opens on the break, which the engine skips to.
_LONE_BREAK = re.compile(r"\n(?<![\n.!?:;]\n)(?!\n)")
# Where a line break keeps its meaning: after a line that ends a sentence or opens a list
# ("said.", "as follows:"), a stop, then closing marks and spaces (read from the line's end,
# :func:`_ends_sentence`), and before an item of a list ("- Treaty on ...", "2. MoU on")
# or a labelled line ("Exports: $300 million").
_STOPS = ".!?:;"
_CLOSERS = "\"'\u201d\u2019)]"
_ITEM_START = re.compile(
    r"""[ \t]*(?:
      [-\u2013\u2014\u2022\u25aa\u00b7*][ \t]          # a bullet or a dash: "- Treaty on"
    | \d{1,2}[.)][ \t]                                    # a number: "2. MoU on"
    | [A-Z][\w'\u2019\ -]{0,40}:(?:\s|\Z)                # a label: "Exports: $300 million"
    )""",
    re.VERBOSE,
)


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends on a stop, then closing marks and spaces ("said.\u201d")."""
    while end > start and text[end - 1] in " \t":
        end -= 1
    while end > start and text[end - 1] in _CLOSERS:
        end -= 1
    return end > start and text[end - 1] in _STOPS


def fold_line_breaks(text: str) -> str:
    r"""``text`` with a line break inside a hard-wrapped sentence written as a space.

    Wire copy, mail and text exports wrap their paragraphs at a fixed width, breaking a
    line wherever a space fell ("talks with his\nPeruvian counterpart"); the readers take
    a line break for a space there. A blank line, a break after a line that ends a
    sentence and a break before an item of a list or a labelled line are left as they are.

    >>> fold_line_breaks("Chile and Peru held talks in\nLima on Monday.\nREUTER")
    'Chile and Peru held talks in Lima on Monday.\nREUTER'
    >>> fold_line_breaks("They signed:\n- a treaty\n\nNext"), fold_line_breaks("one line")
    ('They signed:\n- a treaty\n\nNext', 'one line')
    >>> fold_line_breaks("Exports: $3 million\nImports: $1 million")
    'Exports: $3 million\nImports: $1 million'
    """
    if "\n" not in text:
        return text
    chars = None
    for brk in _LONE_BREAK.finditer(text):
        at = brk.start()
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at + 1)
        line_end = len(text) if line_end < 0 else line_end
        # (the lines each side read in place: a line is copied only to test it blank)
        if at == line_start or (text[at - 1].isspace() and not text[line_start:at].strip()):
            continue  # a blank line's break
        if at + 1 == line_end or (text[at + 1].isspace() and not text[at + 1 : line_end].strip()):
            continue
        if _ends_sentence(text, line_start, at) or _ITEM_START.match(text, at + 1, line_end):
            continue
        if chars is None:
            chars = list(text)
        chars[at] = " "
    return text if chars is None else "".join(chars)
