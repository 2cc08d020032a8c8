"""Amounts of money in news text: "$13.2 million", "13.2 mln dlrs", "£3.1bn", "AZN 2.5 million".

Amounts are exact :class:`~decimal.Decimal` values in whole currency units
(13.2 million is ``13200000``). The currency is what the text states, or the
``default_currency`` the caller knows from context ("2.5 billion" in an
article about yen figures); when neither is known, the mention has
``currency=None`` and ``money=None``.

Currency words live in ``diplonews/gazetteer/data/currencies.json``, read
once on first use.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import decimal
import functools
import json
from collections.abc import Iterator, Mapping
from decimal import Decimal
from importlib.resources import files
from types import MappingProxyType
from typing import Any

import attrs

from diplonews import _regex as re
from diplonews.errors import MoneyParseError
from diplonews.gazetteer import iso_countries, load_country_aliases, load_demonyms
from diplonews.text._date_words import number_word
from diplonews.text._trie import caseless_as_lowered, trie
from diplonews.values import Money, is_currency_code

__all__ = [
    "MoneyMention",
    "country_currency",
    "currency_word",
    "extract_money",
    "parse_money",
]

# Euro-area legacy currencies: a bare figure in one of these countries' statistics
# is in euros from 1999 on (the year the euro became their unit of account).
_EURO_LEGACY = frozenset(
    {"DEM", "FRF", "ITL", "NLG", "ATS", "BEF", "LUF", "ESP", "PTE", "FIM", "IEP", "GRD"}
)


@functools.cache
def _currency_table() -> Mapping[str, Any]:
    """Load ``currencies.json``: hand-curated currency vocabulary of English news.

    Sections: ``words`` (lower-case currency word, qualified word or symbol ->
    ISO 4217 code: "dlrs" -> USD, "australian dlrs" -> AUD, "£" -> GBP),
    ``ambiguous`` (words whose code depends on the country the text is about:
    "crowns" is DKK in Denmark and SEK in Sweden; ``default`` applies without
    such a country, ``null`` meaning undetermined) and ``country_currency``
    (alpha-3 -> the currency of that country's own statistics).
    """
    path = files("diplonews.gazetteer") / "data" / "currencies.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return MappingProxyType({key: value for key, value in raw.items() if not key.startswith("_")})


def currency_word(word: str, *, country: str | None = None) -> str | None:
    """The ISO 4217 code a currency word or symbol names, or ``None``.

    Args:
        word: the word as written ("dlrs", "Swiss francs", "£"); any case.
        country: alpha-3 code of the country the text is about, which decides
            ambiguous words ("crowns" in a Danish story are DKK).

    >>> from diplonews.text.money import currency_word
    >>> currency_word("dlrs"), currency_word("Australian dlrs"), currency_word("£")
    ('USD', 'AUD', 'GBP')
    >>> currency_word("crowns", country="DNK"), currency_word("crowns") is None
    ('DKK', True)
    >>> currency_word("francs"), currency_word("francs", country="CHE")
    ('FRF', 'CHF')
    >>> currency_word("beans") is None
    True

    A country adjective names the issuer of the word after it:

    >>> currency_word("Belarusian rubles"), currency_word("Kazakh tenge")
    ('BYN', 'KZT')
    >>> currency_word("Uzbek som"), currency_word("Kyrgyz som")
    ('UZS', 'KGS')
    """
    key = " ".join(word.split()).casefold()
    table = _currency_table()
    ambiguous = table["ambiguous"].get(key)
    if ambiguous is not None:
        if country is not None and country in ambiguous:
            return str(ambiguous[country])
        default = ambiguous.get("default")
        return None if default is None else str(default)
    code = table["words"].get(key)
    if code is None and " " in key:
        return _qualified(key)
    return None if code is None else str(code)


@functools.cache
def _adjectives() -> Mapping[str, str]:
    """Lower-case country adjective ("georgian", "south korean", "u.s.") -> alpha-3.

    A country's name qualifies a currency as its adjective does: wires write "Zimbabwe
    dlrs", "Kenya shillings", "Trinidad and Tobago dlrs" for the state's own issue. Only
    the names of states that share a currency word with others are needed (a name before
    a word one state issues reads as the word alone), which keeps the pattern small.
    """
    table = _currency_table()
    sharing = {code for issuers in table["by_country"].values() for code in issuers}
    found: dict[str, str] = {}
    names = [(str(c.name), str(c.alpha_3)) for c in iso_countries()]
    names += [
        (str(c.common_name), str(c.alpha_3)) for c in iso_countries() if hasattr(c, "common_name")
    ]
    names += list(load_country_aliases().items())
    for name, code in names:
        if code in sharing and "," not in name and "(" not in name:  # not "Korea, Republic of"
            found[name.casefold()] = code
    found.update((name.casefold(), code) for name, code in load_demonyms().items())
    found.update(table["adjectives"])
    return MappingProxyType(found)


def _qualified(key: str) -> str | None:
    """The code of a currency word after a country adjective: "belarusian rubles" is BYN.

    The country decides the word ("Qatari riyals" are QAR, "Uzbek som" UZS); a word it
    does not decide reads as it does alone in that country ("Kazakh tenge": KZT).
    """
    adjectives = _adjectives()
    words = key.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        country = adjectives.get(" ".join(words[:cut]))
        if country is None:
            continue
        word = " ".join(words[cut:])
        issued = _currency_table()["by_country"].get(word, {}).get(country)
        return str(issued) if issued is not None else currency_word(word, country=country)
    return None


def country_currency(alpha_3: str, *, year: int | None = None) -> str | None:
    """The currency a bare figure in a country's statistics is in, or ``None``.

    Args:
        alpha_3: the country's ISO alpha-3 code.
        year: the year of the figure; euro-area legacy currencies become EUR from 1999.

    >>> from diplonews.text.money import country_currency
    >>> country_currency("DEU", year=1987), country_currency("DEU", year=2021)
    ('DEM', 'EUR')
    >>> country_currency("AZE"), country_currency("ATA") is None
    ('AZN', True)
    """
    code = _currency_table()["country_currency"].get(alpha_3)
    if code is None:
        return None
    if year is not None and year >= 1999 and code in _EURO_LEGACY:
        return "EUR"
    return str(code)


@attrs.frozen
class MoneyMention:
    """An amount of money found in a text, with its span and how it was qualified.

    ``money`` is ``None`` when the currency is neither stated nor given as a
    default. ``approximate`` marks "about", "around", "some", "an estimated";
    ``bound`` marks a limit rather than a value ("more than", "over",
    "exceeded", "crossed", "almost", "nearly", "up to", "at least", "less than"),
    a threshold passed ("the $3 billion mark") and each end of a range
    ("between 200 and 300 mln dlrs").
    """

    start: int
    end: int
    text: str
    money: Money | None
    amount: Decimal
    currency: str | None
    approximate: bool = False
    bound: bool = False


# Multipliers written after a number, long forms and newswire abbreviations.
_MULTIPLIERS: dict[str, int] = {
    "trillion": 10**12, "trln": 10**12, "tln": 10**12, "trn": 10**12, "tn": 10**12, "tr": 10**12,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "b": 10**9, "billions": 10**9,
    "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6, "millions": 10**6, "mio": 10**6,
    "thousand": 10**3, "k": 10**3,
    "crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5,  # South Asian counts
}  # fmt: skip

# Figures written with dots between the thousands, which _NUMBER finds and _amount reads
# back ("1.481,5" is 1481.5), and the spaces that may stand between groups of digits.
_DOT_GROUPED = r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"  # "12.345.678", "1.234.567,8"
_DOT_DECIMAL = r"\d{1,3}\.\d{3},\d+"  # one dot group, then a decimal comma: "1.481,5"
_GROUP_SPACE = r"[\ \u00a0\u2009\u202f]"  # a space between groups: "75 400", "12 345 678"

# A written figure, as regex source (verbose): its shapes, tried in this order.
_NUMBER = rf"""
    (?P<num>
        {_DOT_GROUPED}(?![.\d])                 # dot-grouped thousands: "12.345.678" ...
      | {_DOT_DECIMAL}                          # ... or one dot group, a decimal comma: "1.481,5"
      | \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?        # 102,870 / 1,118.5
      | \d{{1,3}}(?:,\ \d{{3}})+(?:\.\d+)?      # "1, 118" (a space after the comma) ...
        (?=\s*(?:trillion|billion|million|bln|mln|bn|mn)\b)  # ... only before a multiplier
      | \d{{1,3}}(?:{_GROUP_SPACE}\d{{3}})+(?:[,.]\d{{1,2}})?  # "75 400 thousand", "$12 345 678"
      | (?!19|20)\d{{4}}{_GROUP_SPACE}\d{{3}}(?:[,.]\d{{1,2}})?  # "5898 689.99 thousand": a space
        (?=\s*(?:thousand|million|billion)\b)  # only before the last group; never a year's digits
      | \d{{1,3}},\d{{1,2}}(?!\d)               # a decimal comma: "$2,1 billion" ...
        (?=\s*(?:trillion|billion|million|thousand|trln|bln|mln|mn|bn|m|b)\b)  # ... before one
      | \d+(?:\.\d+)?                           # 13.2 / 2020 / 5
      | \.\d+                                   # .5
    )
"""
_MULT = r"""
    (?:
        \s*(?P<mult>trillion|trln|tln|trn|billions?|bln|millions?|mln|mio|thousand|
          crores?|lakhs?)\b                    # spaced; "Rs 5 crore" is 50 million
      | (?P<tight>tn|tr|bn|mn|b|m|k)\b          # glued to the number: "£3.1bn", "€5m", "Rs1.2tr"
      | \s+(?P<spaced_short>tn|bn|mn)\b         # "3.1 bn"
    )?
"""


@functools.cache
def _symbols() -> str:
    """The currency signs written before an amount ("$", "US$", "£"), as a regex alternation."""
    words = _currency_table()["words"]
    symbols = sorted(
        # "N$", "GH¢": a letter before "$" or "¢" is still a sign written before the amount
        (w for w in words if w.endswith(("$", "¢")) or not any(ch.isalpha() for ch in w)),
        key=len,
        reverse=True,
    )
    return "|".join(re.escape(s) for s in symbols)


@functools.cache
def _scanner() -> re.Pattern[str]:
    """The money pattern, built on first use from the currency vocabulary."""
    table = _currency_table()
    words = {w for w in table["words"] if any(ch.isalpha() for ch in w) and len(w) > 1}
    words |= set(table["ambiguous"])
    # Codes ("usd") and abbreviations are matched case-insensitively like the rest. The
    # words (lower-case ASCII) are factored into a trie: the engine follows one branch per
    # letter instead of trying each word in turn, and still tries the words that match at
    # a place longest first, as an alternation sorted by length does.
    alternation = trie(sorted(words)).replace(r"\ ", r"\s+")
    adjectives = trie(sorted(_adjectives())).replace(r"\ ", r"\s+")
    symbol_alt = _symbols()
    pattern = rf"""
        (?<![\w.$£€¥])                          # not inside a word or another number
        (?:
            (?P<sym>{symbol_alt})\s?            # a prefixed symbol: "$", "US$", "£"
          | (?P<rs>(?-i:Rs)\.?)\s?              # rupees: "Rs 5 billion", "Rs. 120 million"
          | (?P<riyal>(?-i:SR|QR|RO|BD|KD))\s?  # Gulf riyals and dinars, with a multiplier:
            (?=[\d.,]+\s?(?:trillion|billion|million|bln|mln|bn|mn|m|b)\b)  # "SR 18 billion"
          | (?P<shilling>(?-i:[KTU]?Sh))\.?\s?   # East African shillings, with a multiplier:
            (?=\d[\d.,]*\s?(?:trillion|billion|million|bln|mln|bn|mn|m|b)\b)  # "Sh512 billion"
          | (?P<rand>(?-i:R))                   # the rand's sign, tight before an amount
            (?=\d[\d.,]*\s?(?:trillion|billion|million|bln|mln|bn|mn|m|b)\b)  # and a multiplier
          | (?P<naira>(?-i:N))                  # the naira's sign, so: "N412.6 billion"
            (?=\d[\d.,]*\s?(?:trillion|billion|million|bln|mln|bn|mn|m|b)\b)
          | (?P<code>(?-i:[A-Z]{{3}}))\s         # a prefixed ISO code: "USD 1.118 bln"
          | (?P<code2>(?-i:USD|EUR|AZN|KZT|UZS|KGS|TJS|RUB|CNY|GEL|PKR))(?=\d)  # "USD138.5 million"
          | (?P<code3>(?-i:[A-Z]{{3}}))          # any ISO code tight before an amount
            (?=\d[\d.,]*\s?(?:trillion|billion|million|bln|mln|bn|mn|m|b)\b)  # with one: "SBD4 m"
        )?
        {_NUMBER}
        {_MULT}
        (?![\w%])                               # a whole number: not "2M2021", not "3%"
        (?:
            (?:(?<=[a-z])\.)?\s*                 # an optional space, after "bln." too
            (?:(?P<adj>{adjectives})\s+(?=[a-z]))?  # a country adjective: "Georgian lari"
            (?P<word>{alternation})(?:(?<!\$)\b|(?<=\$)(?![\w$]))  # "mln dlrs", "marks", "US$"
            (?P<poss>')?                        # "dlrs' worth"
        )?
    """
    return re.compile(pattern, re.VERBOSE | re.IGNORECASE)


# Text just before an amount that makes it a limit, not a value. "up to" after a verb of a
# small move ("imports edged (inched, crept) up to X") is the level reached, as "rose to X".
_BOUND_BEFORE = re.compile(
    r"""
    (?:\b(?:more\s+than|over(?!\s+the\b)|in\s+excess\s+of|upwards\s+of|exceed(?:ed|ing|s)?|
        surpass(?:ed|ing|es)?|top(?:ped|s)?|cross(?:ed|es|ing)?|almost|nearly|(?<!add\s)(?<!adds\s)(?<!added\s)
        (?<!adding\s)(?<!edged\s)(?<!edges\s)(?<!edging\s)(?<!inched\s)(?<!inches\s)
        (?<!inching\s)(?<!crept\s)(?<!creeps\s)(?<!creeping\s)up\s+to|at\s+least|
        at\s+most|less\s+than|under|below|fewer\s+than|no\s+more\s+than|close\s+to|
        passed|passing|(?:went|gone|goes|go|going)\s+past|  # "close to" is "nearly", and
                                     # "passed $X" or "went past the X mark" is "exceeded"
        just\s+(?:over|under|below)|above(?!\s+the\b))  # bound words; "(slightly) above $X"
                                     # as "over $X" (not "above the X reached a year ago", nor
                                     # "anger over the $X deficit": the preposition)
    )\s+(?:(?<!than\s)the\s+|a\s+|an\s+)?(?:mark\s+of\s+|level\s+of\s+)?$  # then the amount;
    # "more (less) than the $X recorded a year ago" compares with a value told: no bound
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Text just after an amount that makes it a threshold passed: "passed the $3 billion mark".
_BOUND_AFTER = re.compile(r"\s*(?:mark|threshold|milestone|barrier)\b", re.IGNORECASE)
# A mark aimed at, not passed: "to reach the $1 billion mark", "bring trade to the $5 bln mark".
_GOAL_MARK_BEFORE = re.compile(
    r"\b(?:(?:to|should|must|will|would|could|can)\s+reach"
    r"|to\s+(?:bring|raise|increase|lift|take|boost)\b[^.;$]{0,30}?\s+to)"
    r"\s+the\s+$",
    re.IGNORECASE,
)
# Text just before an amount that makes it approximate (still a value).
_APPROX_BEFORE = re.compile(
    r"""
    \b(?:about|around|approximately|roughly|some|an\s+estimated|estimated|approx\.?|
        circa|close\s+to|an\s+approximate|almost\s+exactly)  # approximation words
    \s+(?:the\s+)?$                                           # then the amount
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A range: "between 200 and 300 mln dlrs", "15 to 20 billion dlrs", "3-5 mln".
_RANGE_START = re.compile(
    r"\bbetween\s+$",  # "between" right before the first amount
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|-|–)\s*$", re.IGNORECASE)  # "X and Y", "X to Y", "X-Y"
_SMALL = re.compile(r"^\d{1,3}(?:\.\d+)?$")  # a range's bare first end: "200", "3.5"
_FROM_BEFORE = re.compile(  # "from X to Y", "from about X to Y" is no range
    r"\bfrom\s+(?:(?:about|around|approximately|roughly|some|nearly|almost)\s+)?$", re.IGNORECASE
)
# "by $2 bln to $6 bln", "rose (by) about $2 bln to $6 bln": a change, then the level it led
# to, since a verb of change or "by" before the first amount makes it the change's size.
_BY_BEFORE = re.compile(
    r"""\b(?:by|rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|widened|
    narrowed|shrank|expanded|contracted|slipped|eased|surged|soared|plunged|slumped)
    \s+(?:(?:about|around|approximately|roughly|some|an\s+estimated|estimated)\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)


# Currencies whose thousand-billion amounts are written as trillions: "$1,481 billion"
# in a regional outlet is 1.481 billion, written with a decimal comma.
_DECIMAL_COMMA_BILLIONS = frozenset({"USD", "EUR", "GBP", "CHF", "AZN"})
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,3}")
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$", re.IGNORECASE
)
_DOT_GROUPS = re.compile(f"{_DOT_GROUPED}|{_DOT_DECIMAL}")  # "1.481,5"
_SPACED_GROUPS = re.compile(rf"(?<=\d){_GROUP_SPACE}(?=\d{{3}})")  # "75 400": between groups


def _decimal_comma(num: str, multiplier: int, currency: str | None) -> bool:
    """Whether the comma of ``num`` is a decimal comma ("2,1 billion", "$1,481 billion").

    >>> _decimal_comma("2,1", 10**9, None), _decimal_comma("10,481", 10**9, "USD")
    (True, True)
    >>> _decimal_comma("1,481", 10**9, "JPY"), _decimal_comma("1,200", 10**6, "USD")
    (False, False)
    """
    if _DECIMAL_COMMA.fullmatch(num) is None:
        return False
    if len(num.rpartition(",")[2]) < 3:
        return True
    return multiplier >= 10**9 and currency in _DECIMAL_COMMA_BILLIONS


def _amount(num: str, multiplier: int, currency: str | None = None) -> Decimal:
    """The exact value of a figure and its multiplier, at any size.

    >>> _amount("13.2", 10**6), _amount("99999999999999999999999", 10**9)
    (Decimal('13200000'), Decimal('99999999999999999999999000000000'))
    """
    if _DOT_GROUPS.fullmatch(num):
        num = num.replace(".", "").replace(",", ".")  # "1.481,5": dot groups, a decimal comma
    elif _decimal_comma(num, multiplier, currency) or _SPACED_GROUPS.search(num):
        num = num.replace(",", ".")  # "75 400,5 thousand": spaced groups, a decimal comma
    digits = _SPACE.sub("", num).replace(",", "")
    # The default context keeps 28 digits: larger figures would round, and quantize raise.
    with decimal.localcontext() as context:
        context.prec = len(digits) + 16  # room for the figure times up to 10**12, exactly
        value = Decimal(digits) * multiplier
        # Whole units where the value is whole: Decimal("13.2") * 10**6 -> 13200000.
        whole = value == value.to_integral_value()
        return value.quantize(Decimal(1)) if whole else value.normalize()


@attrs.frozen
class _Raw:
    start: int
    end: int
    amount: Decimal
    num: str
    multiplier: int
    currency: str | None
    bare: bool = False  # no currency and no multiplier: money only as a range's first end


# Currency words that are also common English words: currencies only after a multiplier.
_COMMON_WORDS = frozenset({"won", "sum", "som", "rand", "mark", "pound", "crown", "franc"})


# The Gulf's signs before an amount: Saudi and Qatari riyals, the Omani rial ("RO", rial
# Omani), the Bahraini and Kuwaiti dinars, as the region's papers write them.
_GULF_SIGNS = {"SR": "SAR", "QR": "QAR", "RO": "OMR", "BD": "BHD", "KD": "KWD"}

# The East African shilling signs that name their issuer; a bare "Sh" is the story's own.
_SHILLING_SIGNS = {"KSh": "KES", "TSh": "TZS", "USh": "UGX"}


def _code_currency(code: str, country: str | None) -> str | None:
    """The currency of a prefixed three-letter code ("USD", "AZN"), or ``None``."""
    found = currency_word(code, country=country)
    if found is not None:
        return found
    return code if is_currency_code(code) else None


def _mult_end(match: re.Match[str]) -> int:
    for group in ("mult", "tight", "spaced_short"):
        if match.group(group):
            return match.end(group)
    return match.end("num")


# Every amount has a digit at most this far from its start: a symbol of up to five
# characters ("u.s.$") or a code ("USD") and a space, then a number, perhaps ".5".
_LEAD = 8
_DIGIT = re.compile(r"\d")


def _matches(text: str) -> Iterator[re.Match[str]]:
    """``_scanner().finditer(text)``, the scan started only a few characters before a digit.

    No match can start further than :data:`_LEAD` characters before its first digit,
    so the scan skips the text between digits, the bulk of any sentence.
    """
    search = _scanner().search
    next_digit = _DIGIT.search
    pos = 0
    while (digit := next_digit(text, pos)) is not None:
        match = search(text, max(pos, digit.start() - _LEAD))
        if match is None:
            return
        yield match
        pos = match.end()


# A number word before a multiplier: "two billion dollars" (read as "2   billion dollars").
# "half a billion" reads as "0.5    billion", "a billion dollars" as "1 billion dollars".
_WORD_NUMBER = re.compile(
    r"\b(half\s+an?|[a-z]+)(?=\s+(?:trillion|billion|million|bln|mln)\b)", re.IGNORECASE
)
_ARTICLE_NUMBER = {"a": "1", "an": "1"}
# Where the first multiplier a number word may stand before starts: no match ends sooner.
_MULTIPLIER_AFTER = re.compile(r"\s+(?:trillion|billion|million|bln|mln)\b", re.IGNORECASE)
# The text up to its last character that no match of _WORD_NUMBER holds, an ASCII one that
# is no letter and no white space (a match is letters and white space only; beyond ASCII, a
# letter may match one without case, "\u0131" an "i"): no match starts before its end.
_WORD_NUMBER_BREAK = re.compile(r"(?s:.*)[\x00-\x08\x0e-\x1b!-@\[-`{-\x7f]")


# The base of a comparison right before an amount: "against three billion".
_BASE_LINK_BEFORE = re.compile(
    r"\b(?:from|against|versus|compared\s+(?:with|to))\s+$", re.IGNORECASE
)
_WORD_BEFORE = re.compile(r"\b([a-z]+)(?:\s+|-)$", re.IGNORECASE)


def _digits_for_words(text: str) -> str:
    """``text`` with each number word before a multiplier written in digits.

    The digits are padded with spaces to the word's length, so that every offset
    holds ("two billion" -> "2   billion").

    >>> _digits_for_words("It hit two billion dollars, not ten.")
    'It hit 2   billion dollars, not ten.'
    >>> _digits_for_words("half a billion, a million")
    '0.5    billion, 1 million'
    """

    def digits(match: re.Match[str]) -> str:
        word = match.group(1).casefold()
        if word.startswith("half"):
            return "0.5".ljust(len(word))  # "half a billion"
        if word in _ARTICLE_NUMBER:
            return _ARTICLE_NUMBER[word]  # "a billion": one
        value = number_word(word)
        before = _WORD_BEFORE.search(text, 0, match.start())
        if (
            value is None
            or value == 0
            or len(str(value)) > len(match.group(1))
            or (before is not None and number_word(before.group(1).casefold()) is not None)
        ):
            return match.group(0)  # "two hundred million", "twenty-five billion": left as is
        return str(value).ljust(len(match.group(1)))

    # (not where a letter such as "\u0131" matches "i" in any case: curly quotes and dashes
    # keep the test, most of the news being typeset so)
    if caseless_as_lowered(text):
        lower = text.lower()  # every multiplier holds one of these, in any case
        if "illion" not in lower and "bln" not in lower and "mln" not in lower:
            return text
    first = _MULTIPLIER_AFTER.search(text)
    if first is None:
        return text  # every match stands right before a multiplier
    # The scan starts where the first match may start, not at every word of the text before
    # ("rose by 5% to $2 billion": after the "2"); from there on, the matches of the whole
    # text, as ``_WORD_NUMBER.sub`` would replace them.
    before = _WORD_NUMBER_BREAK.match(text, 0, first.start())
    pieces: list[str] = []
    done = 0
    for match in _WORD_NUMBER.finditer(text, before.end() if before is not None else 0):
        pieces += (text[done : match.start()], digits(match))
        done = match.end()
    return "".join(pieces) + text[done:] if pieces else text


# The multipliers an amount written as one hyphenated adjective may hold ("59-billion-dlr").
_COMPOUND_MULTIPLIER = r"(?:trillion|trln|billion|bln|million|mln|thousand|crore|lakh)"
# An amount written as one hyphenated adjective before its noun, as wire copy writes it: "a
# 59-billion-dlr surplus", "a $10-billion deal", "a 1.5-billion-U.S.-dollar loan". The joins
# it may hold; which of them belong to an amount its currency decides (_compound_spaced).
_COMPOUND = re.compile(
    rf"""
    (?<![\w.,])(?<![a-z]-)                     # a whole figure ("2-3-billion": a range)
    (?:
        (?P<lead>\d[\d.,]*)(?:(?P<join>-)|\s)  # "59-billion", or spaced: "18.2 mln-dlr"
      | [a-z]+(?P<word_join>-)                  # a number word: "two-billion-dollar" (not
    )                                           # "a billion-dollar industry", a manner of speech
    {_COMPOUND_MULTIPLIER}\b  # the multiplier
    (?:-(?P<word>[a-z.]+)(?:-(?P<word2>[a-z]+))?)?  # "-dlr", "-euro", "-U.S.-dollar"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A multiplier joined by a hyphen, which every compound amount holds: most texts hold none,
# and this search tells so before _COMPOUND tries each word of them.
_JOINED_MULTIPLIER = re.compile(
    rf"-{_COMPOUND_MULTIPLIER}\b|\b{_COMPOUND_MULTIPLIER}-",
    re.IGNORECASE,
)


@functools.cache
def _sign_before() -> re.Pattern[str]:
    """A currency sign or code that ends a text, a range's first end after it perhaps.

    The sign of an amount written "$10-billion", "US$2-3-billion" or "EUR 5-million".
    """
    return re.compile(
        rf"(?:{_symbols()}|(?P<code>(?-i:[A-Z]{{3}})))\s?(?:\d[\d.,]*\s?[-–]\s?)?$", re.IGNORECASE
    )


def _currency_named(word: str) -> bool:
    """Whether ``word`` names a currency in some country ("dlr", "euro", "crown")."""
    return currency_word(word) is not None or word.casefold() in _currency_table()["ambiguous"]


def _compound_spaced(text: str) -> str:
    """``text`` with the hyphens of amounts written as compound adjectives as spaces.

    "a 59-billion-dlr surplus" reads as "a 59 billion dlr surplus" does, "a $10-billion
    deal" as "a $10 billion deal": the joins become spaces, so that every offset holds.
    A join is an amount's only where the compound holds its currency, a word after the
    multiplier ("-dlr", "-euro") or a sign or code before the figure ("$", "USD"): "a
    two-billion-strong market", "a 1.5-million-tonne harvest" and "a 10-year plan" keep
    theirs, as do ranges ("10-12 billion").

    >>> _compound_spaced("a 59-billion-dlr surplus, a $10-billion deal")
    'a 59 billion dlr surplus, a $10 billion deal'
    >>> _compound_spaced("a 1.5-billion-U.S.-dollar loan, a 5-million-dollar-a-year fee")
    'a 1.5 billion U.S. dollar loan, a 5 million dollar-a-year fee'
    >>> _compound_spaced("a two-billion-strong market, a 10-12 billion rise")
    'a two-billion-strong market, a 10-12 billion rise'
    """
    if "-" not in text or _JOINED_MULTIPLIER.search(text) is None:
        return text
    spaced = list(text)
    for match in _COMPOUND.finditer(text):
        word, word2 = match.group("word"), match.group("word2")
        if word2 is not None and _currency_named(f"{word} {word2}"):
            joins = [match.start("word") - 1, match.start("word2") - 1]  # "-U.S.-dollar"
        elif word is not None and _currency_named(word):
            joins = [match.start("word") - 1]  # "-dlr", and "-dollar" of "-dollar-a-year"
        else:
            sign = _sign_before().search(text, max(0, match.start() - 12), match.start())
            if not (
                match.group("lead")
                and sign is not None
                and (sign.group("code") is None or _code_currency(sign.group("code"), None))
            ):
                continue  # "a 10-million-strong diaspora": no currency, no amount
            joins = []
        for join in ("join", "word_join"):
            if match.group(join):
                joins.append(match.start(join))
        for at in joins:
            spaced[at] = " "
    return "".join(spaced)


@functools.lru_cache(maxsize=64)
def _money_matches(text: str) -> tuple[str, str, tuple[re.Match[str], ...]]:
    """``text`` with compounds spaced, that with number words as digits, and the scan of it.

    The scan depends on the text alone, and only the currency each match names on the
    story's state: a trade sentence is read for any amount (:func:`may_hold_money`), then
    for its amounts with the story's state, and again with the state it names first, so
    the text is spaced, its number words read and it is scanned once for all of them
    (cached for the last few texts; a match is never changed once made).
    """
    written = _compound_spaced(text)
    digits = _digits_for_words(written)
    return written, digits, tuple(_matches(digits))


def _scan(text: str, country: str | None) -> list[_Raw]:
    raws: list[_Raw] = []
    written, text, matches = _money_matches(text)
    for match in matches:
        start = match.start()
        if (
            written[match.start("num")].isalpha()
            and not match.group("word")
            and not (
                _BASE_LINK_BEFORE.search(written, 0, start)
                and next((r.currency for r in reversed(raws) if not r.bare), None)
            )
        ):
            # "three billion" with no currency word: a count as often as money; not as
            # the base of an amount just before ("3.04 billion dlrs, against three billion")
            continue
        prefix: str | None = None
        if match.group("sym"):
            prefix = currency_word(match.group("sym"), country=country)
        elif match.group("rs"):
            prefix = currency_word("rupees", country=country)
        elif match.group("riyal"):
            prefix = _GULF_SIGNS[match.group("riyal")]
        elif match.group("shilling"):
            sign = match.group("shilling")
            # "KSh", "TSh", "USh" name their issuer; a bare "Sh" is the story's state's
            prefix = _SHILLING_SIGNS.get(sign) or currency_word("shillings", country=country)
        elif match.group("rand"):
            prefix = "ZAR"
        elif match.group("naira"):
            prefix = "NGN"
        elif match.group("code"):
            prefix = _code_currency(match.group("code"), country)
            if prefix is None:
                start = match.start("num")  # "THE 5 mln": three capitals, not a code
        elif match.group("code2"):
            prefix = _code_currency(match.group("code2"), country)
        elif match.group("code3"):
            prefix = _code_currency(match.group("code3"), country)
            if prefix is None:
                start = match.start("num")  # "ABC5 million": three capitals, not a code
        word = match.group("word")
        adjective = match.group("adj")
        if word and adjective:
            suffix = currency_word(f"{adjective} {word}", country=country)  # "Kazakh tenge"
        else:
            suffix = currency_word(word, country=country) if word else None
        mult_word = match.group("mult") or match.group("tight") or match.group("spaced_short")
        if (
            word
            and not adjective
            and word.casefold() in _COMMON_WORDS
            and (prefix or not mult_word)
        ):
            # "won", "sum": only after a multiplier; never after a symbol ("the $3 bln mark")
            suffix, word = None, None
        bare = not (mult_word or prefix or word)  # a year, a count; kept for ranges only
        if (
            match.group("tight")
            and match.group("tight").casefold() in ("m", "b", "k", "tr")
            and not (prefix or word)
        ):
            continue  # "5m" alone is too often a length or a count ("tr": money only with one)
        if (match.group("spaced_short") or "").casefold() == "tn" and not (prefix or word):
            continue  # "5 tn" alone may be tonnes
        if _SPACED_GROUPS.search(match.group("num")) and (
            _MONTH_BEFORE.search(text, 0, start) or not (mult_word or prefix or word)
        ):
            # "on March 5 300 thousand": a day, then an amount, not one number; space-grouped
            # digits are one amount only with a multiplier or a currency ("$12 345 678")
            continue
        multiplier = _MULTIPLIERS[mult_word.casefold()] if mult_word else 1
        end = match.end() if word else match.end("num") if not mult_word else _mult_end(match)
        raws.append(
            _Raw(
                start,
                end,
                _amount(match.group("num"), multiplier, prefix or suffix),
                match.group("num"),
                multiplier,
                prefix or suffix,
                bare,
            )
        )
    return raws


_SPACE = re.compile(r"\s+")


def _whole(value: Decimal) -> Decimal:
    """``value`` in whole units where it is whole: ``Decimal("12.0")`` -> 12.

    >>> _whole(Decimal("196044100.0")), _whole(Decimal("2.5"))
    (Decimal('196044100'), Decimal('2.5'))
    """
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _compounds(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Amounts written in parts joined: "1 billion dollars 477 million 4 thousand".

    Each part has a smaller multiplier than the one before, and one currency at most;
    only the last part may have a decimal ("5 billion 412 million 318.7 thousand").

    >>> [(str(m.amount), m.currency) for m in extract_money("2 billion 45 million dollars")]
    [('2045000000', 'USD')]
    """
    joined: list[_Raw] = []
    for raw in raws:
        last = joined[-1] if joined else None
        if (
            last is not None
            and not raw.bare
            and (raw.currency is None or last.currency is None)
            and 1000 <= raw.multiplier < last.multiplier
            and raw.amount < last.multiplier
            and "." not in last.num  # a decimal only in the last part: "318.7 thousand"
            and _SPACE.fullmatch(text, last.end, raw.start)
        ):
            joined[-1] = attrs.evolve(
                last,
                end=raw.end,
                num=f"{last.num} {raw.num}",
                amount=last.amount + raw.amount,
                multiplier=raw.multiplier,
                currency=last.currency or raw.currency,
            )
            continue
        if (
            last is not None
            and not raw.bare
            and (raw.currency is None or last.currency is None)
            and last.multiplier == raw.multiplier == 1000
            and raw.amount < 10**6
            and "." not in last.num
            and _SPACE.fullmatch(text, last.end, raw.start)
        ):
            # "8 mln 457 thousand 312,6 thousand dollars": a count kept in thousands, its
            # own parts first, so the whole is (8,457,000 + 312.6) thousand
            joined[-1] = attrs.evolve(
                last,
                end=raw.end,
                num=f"{last.num} {raw.num}",
                amount=_whole(last.amount * 1000 + raw.amount),
                currency=last.currency or raw.currency,
            )
            continue
        joined.append(raw)
    return joined


def extract_money(
    text: str, *, default_currency: str | None = None, country: str | None = None
) -> tuple[MoneyMention, ...]:
    """Find the amounts of money in ``text``.

    Args:
        text: any text.
        default_currency: ISO 4217 code for amounts whose currency is not
            written ("2.5 billion"), known from context; ``None`` leaves them
            without a currency.
        country: alpha-3 code of the country the text is about, deciding
            ambiguous currency words ("crowns").

    Returns:
        The mentions in text order; ``()`` when there are none.

    >>> from diplonews.text.money import extract_money
    >>> [(m.text, m.amount, m.currency) for m in extract_money("It hit $13.2 million.")]
    [('$13.2 million', Decimal('13200000'), 'USD')]
    >>> [(str(m.amount), m.currency, m.bound) for m in extract_money(
    ...     "a surplus of between 200 and 300 mln dlrs, from 1, 118 bln yen")]
    [('200000000', 'USD', True), ('300000000', 'USD', True), ('1118000000000', 'JPY', False)]
    >>> [(str(m.amount), m.currency, m.money) for m in extract_money("it was 3.6 billion")]
    [('3600000000', None, None)]
    >>> extract_money("In 1986, 17 pct more.")
    ()

    .. versionadded:: 0.1.0
    """
    return _extract(text, default_currency, country)


@functools.lru_cache(maxsize=64)
def _extract(
    text: str, default_currency: str | None, country: str | None
) -> tuple[MoneyMention, ...]:
    """:func:`extract_money`, cached: extractors read the same sentence more than once."""
    raws = _compounds(text, _scan(text, country))
    # Ranges share the second amount's multiplier and currency: "between 200 and 300 mln dlrs".
    in_range = [False] * len(raws)
    for i in range(len(raws) - 1):
        left, right = raws[i], raws[i + 1]
        if not _RANGE_JOIN.match(text[left.end : right.start]):
            continue
        before = text[max(0, left.start - 12) : left.start]
        joiner = text[left.end : right.start].strip().casefold()
        if joiner == "and" and not _RANGE_START.search(before):
            continue  # "X and Y" is a range only after "between"
        if _FROM_BEFORE.search(text, max(0, left.start - 25), left.start) or (
            joiner == "to"
            and left.currency is not None
            and _BY_BEFORE.search(text, max(0, left.start - 40), left.start)
        ):
            # "from 12 bln to 62 bln", "by $2 bln to $62 bln", "widened $2 bln to $62 bln" (a
            # currency on each amount): a change, then the new level; "by 15 bln to 20 bln
            # dlrs" stays a range.
            continue
        if right.bare or (left.bare and (right.multiplier == 1 or not _SMALL.match(left.num))):
            continue  # "in 1986 to 62 bln" joins a year, not a range's first end
        if (
            joiner == "to"
            and left.currency is not None
            and right.currency is not None
            and left.multiplier == right.multiplier
            and left.currency != right.currency
        ):
            continue
        in_range[i] = in_range[i + 1] = True
        if right.currency is None and left.currency is not None:
            raws[i + 1] = right = attrs.evolve(right, currency=left.currency)  # "$2-3 billion"
        if left.multiplier == 1 and right.multiplier != 1 and "," not in left.num:
            raws[i] = attrs.evolve(
                left,
                bare=False,
                amount=_amount(left.num, right.multiplier),
                multiplier=right.multiplier,
                currency=left.currency or right.currency,
            )
        elif left.currency is None:
            raws[i] = attrs.evolve(left, currency=right.currency)
    mentions: list[MoneyMention] = []
    for raw, ranged in zip(raws, in_range, strict=False):
        if raw.bare and not ranged:
            continue
        before = text[max(0, raw.start - 40) : raw.start]
        currency = raw.currency or default_currency
        mentions.append(
            MoneyMention(
                start=raw.start,
                end=raw.end,
                text=text[raw.start : raw.end],
                money=Money(raw.amount, currency) if currency else None,
                amount=raw.amount,
                currency=currency,
                approximate=bool(_APPROX_BEFORE.search(before)),
                bound=ranged
                or bool(_BOUND_BEFORE.search(before))
                or (
                    _BOUND_AFTER.match(text, raw.end) is not None
                    and _GOAL_MARK_BEFORE.search(before) is None
                ),
            )
        )
    return tuple(mentions)


def parse_money(
    text: str, *, default_currency: str | None = None, country: str | None = None
) -> Money:
    """Parse one amount of money that is the whole of ``text``.

    Args:
        text: the amount alone ("$13.2 million", "124 billion marks").
        default_currency: ISO 4217 code when the text states none.
        country: alpha-3 code deciding ambiguous currency words.

    Raises:
        MoneyParseError: ``text`` is not exactly one amount with a known currency.

    >>> from diplonews.text.money import parse_money
    >>> parse_money("USD 1.118 bln")
    Money(amount=Decimal('1118000000'), currency='USD')
    >>> parse_money("2.5 billion", default_currency="AZN")
    Money(amount=Decimal('2500000000'), currency='AZN')
    >>> parse_money("2.5 billion")
    Traceback (most recent call last):
      ...
    diplonews.errors.MoneyParseError: expected an amount with a currency, got no currency
        2.5 billion
        ~~~~~~~~~~^

    .. versionadded:: 0.1.0
    """
    stripped = text.strip()
    offset = text.find(stripped) if stripped else 0
    mentions = extract_money(stripped, default_currency=default_currency, country=country)
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(stripped):
        raise MoneyParseError("expected exactly one amount of money", text=text)
    mention = mentions[0]
    if mention.money is None:
        raise MoneyParseError(
            "expected an amount with a currency, got no currency",
            text=text,
            span=(offset + mention.start, offset + mention.end),
        )
    return mention.money


# The scanner's groups that make a number an amount (a currency sign, code or word, or a
# multiplier): a match with none of them is a bare number, money in no country.
_AMOUNT_GROUPS = (
    "sym",
    "rs",
    "riyal",
    "rand",
    "naira",
    "code",
    "code2",
    "code3",
    "word",
    "mult",
    "tight",
    "spaced_short",
)


def may_hold_money(text: str) -> bool:
    """Whether :func:`extract_money` may find an amount in ``text``, for any country.

    ``False`` means it finds none, whatever ``country`` and ``default_currency`` say:
    every number the scanner finds there is bare (a year, a count), and bare numbers
    become amounts only as the first end of a range whose second end is not bare.
    A cheap test before reading a text's amounts (it stops at the first candidate).

    >>> from diplonews.text.money import may_hold_money
    >>> may_hold_money("Exports rose 12% in 2023."), may_hold_money("It hit $13.2 million.")
    (False, True)
    """
    # (all the groups read by one call: no Python step per group)
    return any(any(match.group(*_AMOUNT_GROUPS)) for match in _money_matches(text)[2])


# A dollar named with its issuer: "Canadian dlrs", "N.Z. dollars", "U.S. dlrs"; wire
# headlines and some bodies capitalise the word ("N.Z. Dlrs"), which names it as well.
_ISSUED_DOLLAR = re.compile(r"\b[A-Z][A-Za-z.]*\s+(?:[Dd]lrs?|[Dd]ollars?)\b")


def _names_issued_dollar(text: str) -> bool:
    """Whether ``text`` names a dollar with its issuer (``_ISSUED_DOLLAR`` finds one).

    The pattern opens on a capital, so a search of a whole story enters it at each
    one; most stories name no dollar at all, which two substring tests tell first.
    """
    # every match holds "lr" (of "dlr" or "Dlr") or "ollar": two substring tests first
    return ("lr" in text or "ollar" in text) and _ISSUED_DOLLAR.search(text) is not None


# The word of an amount in dollars: "41.2 billion dlrs", "5 mln dollars'".
_DOLLAR_WORD = re.compile(r"\b(?:dlrs?|dollars?)'?$", re.IGNORECASE)


def bare_dollar(mention: MoneyMention) -> bool:
    """Whether an amount is in dollars with no issuer written: "41.2 billion dlrs".

    >>> from diplonews.text.money import bare_dollar, extract_money
    >>> [bare_dollar(m) for m in extract_money("41.2 billion dlrs, 5 mln Canadian dlrs, $3 mln")]
    [True, False, False]
    """
    if _DOLLAR_WORD.search(mention.text) is None:
        return False
    words = mention.text.split()[1:-1]  # between the number and the dollar word
    return all(word.casefold() in _MULTIPLIERS for word in words)


# A US-dollar amount below this is a rate or a unit price ("the local dollar eased to 0.69
# U.S. dlrs", "3.40 U.S. dlrs a bushel"): it shows no figure counted in US dollars.
_RATE_CEILING = 100


def story_dollar(text: str) -> tuple[int, str] | None:
    """The dollar a story's bare "dlrs" stand for, and where it is first named, or ``None``.

    Wire copy names a story's dollar in full at its first amount ("52.8 billion Canadian
    dlrs") and writes the later ones as bare "dlrs"; a story that also counts in US dollars
    writes them in full ("U.S. dlrs", "US$"). So the first dollar amount named with an
    issuer other than the United States, in a text naming no amount in US dollars in full,
    is the dollar of its bare "dlrs" (those told before it as well: the naming may come at
    a later amount). The issuer's word may be capitalised, as headlines write it:

    >>> from diplonews.text.money import story_dollar
    >>> story_dollar("A surplus of 148.2 mln N.Z. Dlrs; exports were 1.04 billion dlrs.")
    (13, 'NZD')
    >>> story_dollar("Exports were 9.3 billion Canadian dlrs; imports 7.7 billion dlrs.")
    (13, 'CAD')
    >>> story_dollar("It sold 9 mln N.Z. dlrs of lamb and 3 mln U.S. dlrs of wool.") is None
    True

    An exchange rate or a unit price in US dollars counts no figure in them:

    >>> story_dollar("Exports were 2.6 billion Australian dlrs, imports 3.1 billion dlrs. "
    ...     "The local dollar eased to 0.6920 U.S. dlrs.")
    (13, 'AUD')
    >>> story_dollar("Imports were 7.7 billion dlrs.") is None
    True
    """
    if not _names_issued_dollar(text):
        return None  # no dollar named with its issuer ("Canadian dlrs", "N.Z. dollars")
    found: tuple[int, str] | None = None
    for mention in extract_money(text):
        if mention.currency is None or bare_dollar(mention):
            continue
        dollar = _DOLLAR_WORD.search(mention.text) is not None or "$" in mention.text
        if mention.currency == "USD" and dollar and mention.amount >= _RATE_CEILING:
            return None  # "3 mln U.S. dlrs", "US$5 mln": the story counts in US dollars too
        if found is None and dollar and mention.currency != "USD" and "$" not in mention.text:
            found = (mention.start, mention.currency)
    return found
