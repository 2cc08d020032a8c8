"""Trade cues: flow words, their sign, and the words around an amount.

Which word opens a figure's frame (flow and sign), which words close it (other
money nouns, product flows), and which words around an amount make it no level
of a trade figure (changes, shares, averages, conversions) or a target. The
patterns are compiled once at import; the record builder
(:mod:`diplonews.trade._figures`) reads them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence

import attrs

from diplonews import _regex as re
from diplonews.text import word_start_scan
from diplonews.text.countries import city_country
from diplonews.text.money import extract_money

TRIGGER = re.compile(
    r"""\b(?:trade|trading|traded|turnover|exports?|exported|imports?|imported|surplus|surpluses|
    deficits?|shortfall|sold|sales(?=\s+to\s|\s+of\s+[a-z][\w'-]*\s+(?:goods|products|merchandise)\s+abroad\b)|bought|shipments|shipped|supplied|purchased|received|sent|delivered|brought|buyers|suppliers|supplies|deliveries|
    (?:positive|negative)\s+balance|(?:(?<=goods\s)|(?<=merchandise\s))gap|
    purchases(?=\s+from\s)|earned|
    (?:sales|purchases)(?=\s+abroad\b)|(?:(?<=foreign\s)|(?<=overseas\s))(?:sales|purchases)|
    (?<=goods\s)exchanged|
    (?:took|taking|takes|buying|selling)(?=\s[^;]{0,50}?\b(?:goods|products|merchandise)\b))\b""",
    re.VERBOSE | re.IGNORECASE,
)
# The same words for a lower-cased text: a case-sensitive scan is several times faster.
TRIGGER_LOWER = re.compile(
    r"""\b(?:trad(?:e|ing|ed)|turnover|export(?:s|ed)?|import(?:s|ed)?|surplus(?:es)?|
    deficits?|shortfall|sold|sales(?=\s+to\s|\s+of\s+[a-z][\w'-]*\s+(?:goods|products|merchandise)\s+abroad\b)|bought|shipments|shipped|supplied|purchased|received|sent|delivered|brought|buyers|suppliers|supplies|deliveries|
    (?:positive|negative)\s+balance|  # "The positive balance amounted to ...": a balance
    # "the goods gap narrowed to X": a gap of goods is the trade balance (a bare "gap" may be
    # one of prices or of funding, so it opens no trade sentence by itself)
    (?:(?<=goods\s)|(?<=merchandise\s))gap|
    # "A's purchases from B", "A earned X from its exports": flow words of a sentence
    # that may have no other, as "bought" and "exported" are
    purchases(?=\s+from\s)|earned|
    # "A's sales abroad", "A's foreign purchases", "the value of goods exchanged": the same
    (?:sales|purchases)(?=\s+abroad\b)|(?:(?<=foreign\s)|(?<=overseas\s))(?:sales|purchases)|
    (?<=goods\s)exchanged|
    (?:took|taking|takes|buying|selling)(?=\s[^;]{0,50}?\b(?:goods|products|merchandise)\b))\b""",
    # "B took X of A's goods", "B, buying X of A's goods", "B, selling it X worth of goods"
    re.VERBOSE,
)

# Flow words, longest first. Group names give the flow; ``sign`` words set a balance's sign.
# Literals are lower-case: the pattern also runs case-sensitively on a lower-cased text.
_FLOW_SOURCE = r"""
    \b(?=[abcdegilnoprstvABCDEGILNOPRSTV])(?:                # the first letters below: a cheap test

    (?P<difference>(?:difference|gap)\s+between\s+(?:what\s+)?(?:\S+\s+){0,4}?
        export(?:s|ed)\s+and\s+import(?:s|ed)              # "difference between exports ..."
      # "the gap between what A sold to B and what it bought from there": the same balance,
      # told by the verbs of the two flows
      | (?:difference|gap)\s+between\s+what\s+(?:\S+\s+){1,3}?(?:sold|exported)\s+
        (?:\S+\s+){0,5}?and\s+what\s+(?:\S+\s+){1,3}?(?:bought|imported|purchased)\b)
  | (?P<block>current\s+(?:deficits?|surplus(?:es)?|balance)|re-export(?:s|ed)?)\b
                                                            # "current deficit", "re-exports"
  | (?P<balance>(?:trade\s+|trading\s+)?(?:surplus(?:es)?|deficits?|gap|shortfall|
        imbalance|balance(?!\s+of\s+payments)))\b           # "trade surplus", "trade gap"
  | (?P<turnover>(?:trade\s+|commodity\s+)turnover
      | turnover(?=\s+(?:of\s+goods\s+)?(?:between|with)\b)  # "turnover of goods between"
      | (?:(?<=foreign\s)|(?<=external\s)|(?<=mutual\s)|(?<=bilateral\s)|(?<=two-way\s)
        |(?<=countries'\s)|(?<=nations'\s))turnover  # "mutual turnover", "the countries' turnover"
      | exchanges?\s+of\s+goods(?=\s+(?:worth|valued\s+at|amounting\s+to|totall?ing)\b)
                                                    # "an exchange of goods worth X"
      | (?<=goods\s)exchanged(?=\s+between\b)       # "the value of goods exchanged between"
      | (?<=with\s)turnover(?=\s+(?:planned|set|fixed|projected|targeted)\s+at\b)
                                                    # a plan's ", with turnover planned at X"
      | (?<=with\sa\s)volume(?=\s+of\s+(?:about\s+|around\s+|some\s+)?(?:\$|us\$|usd\b|\d))
                                                    # "a trade protocol with a volume of X"
      | trade\s+exchange(?!\s+(?:programs?|programmes?|cent(?:er|re)s?|platforms?|markets?))
      | trade\s+exchanges(?=\s+(?:between|with)\b)  # "trade exchange(s) between A and B"
      | import(?:s|ed)\s+from\s+and\s+export(?:s|ed)\s+to
      | export(?:s|ed)\s+to\s+and\s+import(?:s|ed)\s+from  # "imports from and exports to"
      | trade\s+(?:volume|operations|flows)|traded\s+(?:goods|products)  # "A and B traded goods"
      | traded(?=\s+(?:about\s+|around\s+|some\s+)?(?:\$|us\$|usd\b|\d)[^;]{0,30}?\s+
        (?:worth\s+of|in)\s+(?:goods|products|merchandise)\b)  # "traded $5 million worth of goods"
      | (?:volume|value)\s+of\s+(?:mutual\s+|bilateral\s+|two-way\s+)?trade(?:\s+turnover)?
      | trade\s+in\s+goods  # "trade in goods of about $1.8 billion"
      | trading(?=\s+between\b)  # "trading between A and B totalled $5 billion"
      | (?<=foreign\s)trade(?=(?:\s+(?:in|during|for|over)\s+[\w\s–-]{1,40}?)?\s*,\s*with\s
        [^;.]{0,60}?(?:\$|us\$|usd\b|eur\b|€|£|\d))  # "most of A's foreign trade (in 2023),
                                                    # with B at $5 bln, ...": its figures
      | trade(?=\s*[:–—]\s*(?:about\s+|around\s+)?(?:\$|us\$|usd\b|\d))  # "A-B trade: $5 bln"
      # An amount's goal noun, the goal a level of trade: "the $3 billion trade target"
      | (?:(?<=billion\s)|(?<=million\s)|(?<=trillion\s)|(?<=bln\s)|(?<=mln\s)|(?<=bn\s)
        |(?<=\d\s))trade(?=\s+(?:target|goal|objective)\b)
      | (?<=\sin\s)trade(?=\s*(?:[,.;)]|$)|\s+(?:by|in|last|this|with|between|over|during|
        for|a|per|each|every)\b)  # "$5 billion in trade by 2030", "$5 billion in trade last year"
      | trade(?=(?:\s+\([^()]{0,60}\))?  # "trade (excluding non-organized trade) amounted"
        \s+(?:(?:last|this)\s+year\s+|(?:in|for)\s+(?:19|20)\d\d\s+)?  # "trade last year totalled"
        (?:between|of|with|totall?ed|amount(?:ed|s)|reach(?:ed|es)|st(?:ood|ands)|
        (?:to|at)(?=\s+(?:about\s+|around\s+|some\s+|approximately\s+|roughly\s+|an\s+estimated\s+)?
          (?:\$|us\$|usd\b|eur\b|€|£|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)
          \s+(?:billion|million|bln|mln)\b))|  # "raise trade this year to $5 bln", "sets
          # trade for 1987 at about X": the level it is put at; "restore trade to three billion"
        # "A's foreign trade had reached X", "has risen to X": the verb after its auxiliary
        (?:has|had|have)\s+(?:reached|totall?ed|amounted|stood|risen|grown|fallen|climbed|
          increased|decreased|declined|dropped|jumped|surged|expanded|shrunk|contracted|hit|
          exceeded|come)|
        was|is|rose|fell|grew|hit|increased|decreased|exceeded|came|worth|made|equall?ed|
        constituted|climbed|declined|dropped|registered|jumped|surged|slipped|expanded|
        shrank|contracted)\b  # "A-B trade dropped to $5 bln"
        |\s+(?:in|during|for|over|from(?=\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))
            \s+[\w\s–-]{1,40}?\s+(?:amount(?:ed|s)|totall?ed|reached|stood|
            came|hit|was|rose|fell|grew|increased|decreased|climbed|declined|made|equall?ed|
            constituted|dropped|registered|jumped|surged|slipped|expanded|shrank|contracted)\b
        |\s+(?:will|would|should|could|is\s+to|is\s+expected\s+to)\s+(?:reach|hit|total|exceed)\b
        |\s+to\s+(?:reach|hit|total)\b  # "they expect their trade to reach $2 billion"
        |\s+to\s+(?:about\s+|around\s+|some\s+|approximately\s+|roughly\s+|an\s+estimated\s+)?
          (?:\$|us\$|usd\b|eur\b|€|£|\d  # "raise trade to about $5 bln"
          |(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:billion|million|bln|mln)\b)
                                            # "restore trade to three billion dlrs"
        # "A-B trade, which reached $5m in 2023, ..."
        |\s*,\s+which\s+(?:has\s+|had\s+)?(?:totall?ed|amounted|reached|stood|came|hit)\b
        )  # "trade of $5m", "trade in January-May amounted to"
      | (?:(?<=bilateral\s)|(?<=mutual\s)|(?<=two-way\s))trade(?!\s+(?:and|relations|ties|
        agreements?|cooperation|pacts?|deals?|talks|barriers|commissions?|councils?|potential|
        missions?|fairs?|polic(?:y|ies)|disputes?|routes?|cent(?:er|re)s?|houses?|offices?|
        representatives?|partners?|partnership|links|organi[sz]ations?)\b))  # "bilateral trade"
  | (?P<export>exports|exported|export(?=\s+(?:to|of|amounted|totall?ed|was|reached|in|for|during|
        came|stood|worth|volume|value|target|operations)\b|\s*,\s*worth\b|\s*[-–—:]\s*(?:\$|us\$|usd|\d)
          |\s+(?:goods|products|merchandise|commodities)\s+worth\b  # "will export goods worth X"
          # "export earnings rose to X", "export receipts, mostly from oil, were X": the money
          # the exports brought in is their value, told as the subject of a level's verb
          # "raise export earnings to X": the level a goal puts them at
          |\s+(?:earnings|receipts)\s+to\s+(?:about\s+|around\s+|some\s+)?(?:\$|us\$|usd\b|eur\b|€|£|\d)
          |\s+(?:earnings|receipts)\b(?=\s*,[^,;]{0,60},|\s+(?:to\s+)?
            (?:rose|rise|risen|rising|fell|fall|fallen|falling|climbed|climb|
            increased|increase|grew|grow|reached|reach|totall?ed|total|were|was|stood|amounted|
            came|dropped|declined|jumped|hit|eased|slipped|edged)\b))|
        sold|shipments|shipped(?=\s+to\b|\s+(?:goods|products|merchandise|commodities)\s+worth\b)|
        # "A earned X from its exports (to B)": the money all its exports brought in is their
        # value (a product's exports, "from its coffee exports", are not all of them)
        earned(?=\s+(?:about\s+|around\s+|some\s+)?(?:\$|us\$|usd\b|eur\b|€|£|\d)[^;,()]{0,40}?
          \s+from\s+(?:its\s+|their\s+|the\s+)?(?:total\s+|merchandise\s+)?exports\b
          (?!\s+of\s+(?!(?:all\s+)?(?:goods|products|merchandise)\b)))|  # not "of raw jute"
        # "A's sales abroad", "A's foreign (overseas) sales": all its goods sold abroad (not
        # the total of a share: "78% of total sales abroad")
        (?<!of\s)(?<!total\s)(?<!all\s)sales(?=\s+abroad\b)|
        (?:(?<=foreign\s)|(?<=overseas\s))(?<!of\sforeign\s)(?<!of\soverseas\s)sales|
        sales(?=\s+to\s|  # "Sales to B, A's biggest customer, reached X": with a partner,
          \s+of\s+[a-z][\w'-]*\s+(?:goods|products|merchandise)\s+abroad\b)|  # or "abroad"
          # ("sales of Peruvian goods abroad rose to X": all of A's exports)
        (?:supplies|deliveries)(?=\s+(?:to\s|of\s+[\w-]+\s+(?:goods|products)\b))|  # "to B"
        # "B-adjective deliveries, mostly oil, are to reach X": a state's deliveries, told by
        # what they mostly are, are all its goods sent, as "shipments" are
        (?:supplies|deliveries)(?=\s*,\s*(?:mostly|mainly|largely|chiefly|primarily)\b)|
        supplied(?=\s+(?:[a-z]+\s+)?(?:goods|products|commodities)\b  # "Kazakh goods"
          |\s+[a-z][\w'-]+(?:\s+[a-z][\w'-]+)?\s+with\s+(?:goods|products)\b)|  # "B with goods"
        (?:sent|delivered)(?=\s+(?:[a-z]+\s+)?(?:goods|products|commodities|merchandise)\b)|
        # "with B exporting X worth of goods", "B selling X of goods to C", "selling it X
        # worth": the participle with its amount of goods is B's export, as "sold" is
        (?:exporting|selling|shipping)(?=\s+(?:it\s+|them\s+)?(?:about\s+|around\s+|some\s+|
          only\s+)?(?:\$|us\$|usd\b|eur\b|€|£|\d)[^;,()]{0,40}?\s+(?:worth\b|
          (?:worth\s+)?of\s+(?:[a-z'’-]+\s+)?(?:goods|products|merchandise)\b))|
        # "bought X from B, while selling it Y": the pronoun is the partner sold to, so the
        # amount is goods sold to it even with no word for goods
        selling(?=\s+(?:it|them)\s+(?:about\s+|around\s+|some\s+|only\s+)?
          (?:\$|us\$|usd\b|eur\b|€|£|\d)))\b
  | (?P<import>imports|imported|import(?=\s+(?:from|of|amounted|totall?ed|was|reached|in|for|during|
        came|stood|worth|volume|value|target|operations)\b|\s*,\s*worth\b|\s*[-–—:]\s*(?:\$|us\$|usd|\d)
          |\s+(?:goods|products|merchandise|commodities)\s+worth\b  # "import goods worth X"
          # "while the import bill rose to X": what the imports cost, as a level's subject
          |\s+bill\b(?=\s*,[^,;]{0,60},|\s+(?:to\s+)?
            (?:rose|rise|risen|rising|fell|fall|fallen|falling|climbed|climb|
            increased|increase|grew|grow|reached|reach|totall?ed|total|were|was|stood|amounted|
            came|dropped|declined|jumped|hit|eased|slipped|edged)\b))|
        bought|purchased(?=\s+(?:[a-z]+\s+)?(?:goods|products|commodities)\b)|  # "bought"
        # "B, A's biggest market, buying X of A-adjective goods": the goods' origin names the
        # seller ("with B buying goods worth X" is the clause's flow's part, not a flow)
        buying(?=\s+(?:about\s+|around\s+|some\s+)?(?:\$|us\$|usd\b|eur\b|€|£|\d)[^;,()]{0,40}?
          # "buying X (Y in another currency) of A-adjective goods": a restatement between
          (?:\s*\([^()]{0,40}\))?\s+(?:worth\s+)?of\s+[a-z'’-]+\s+(?:goods|products|merchandise)\b)|
        (?:took|taking|takes)(?=\s+(?:about\s+|around\s+|some\s+)?(?:goods|products|merchandise)
          \s+worth\b|\s+(?:about\s+|around\s+|some\s+)?(?:\$|us\$|usd\b|\d)[^;,()]{0,40}?\s+
          (?:worth\s+)?of\s+[a-z'’-]+\s+(?:goods|products|merchandise)\b)|  # "B took X of A's
          # goods", "B, A's largest customer, taking goods worth X": B's imports, as "bought"
        (?:purchases|deliveries|supplies)(?=\s+from\s)|  # "purchases from B": A's imports
        # "A's purchases abroad", "A's foreign (overseas) purchases": all its goods bought
        (?<!of\s)(?<!total\s)(?<!all\s)purchases(?=\s+abroad\b)|
        (?:(?<=foreign\s)|(?<=overseas\s))(?<!of\sforeign\s)(?<!of\soverseas\s)purchases|
        purchases(?=\s+of\s+(?:(?:about\s+|around\s+|some\s+)?(?:\$|us\$|usd\b|\d)[^;,()]{0,40}?
          \s+(?:worth\s+)?(?:of|in)\s+)?[a-z'’-]+\s+(?:goods|products|merchandise)\b)|
          # "its purchases of Kenyan goods", "purchases of X in Japanese goods": imports
        (?:(?<=goods\s)|(?<=merchandise\s))
          (?:brought|shipped)(?:\s+in)?(?=\s+from\s)|  # "goods brought in from B": imports
        received(?=\s+(?:the\s+)?(?:(?:largest|biggest|most|highest|greatest)\s+)?
          (?:(?:amount|volume|value|share)\s+of\s+)?(?:[a-z]+\s+)?(?:goods|products)\b))\b
          # "B received the largest amount of goods": B's imports
  | (?P<other>current[\s-]+account|invisibles?|(?<!goods\sand\s)services|budget|
        # "A was the biggest exporter of copper at X", "B, the main buyer of A-adjective
        # wine, at Y": a trader of one product, whose figure is that product's (not "of
        # goods", "of A's exports": all goods)
        (?:exporters?|importers?|buyers?|suppliers?)(?=\s+of\s+
          (?![a-z'’-]+\s+(?:goods|products|merchandise|commodities|exports|imports)\b)
          (?!(?:goods|products|merchandise|commodities|exports|imports|the|its|their|all)\b)
          [a-z])|
        balance\s+of\s+payments|debts?|reserves|tariffs?|duties|investments?|loans?|credits?|
        aid|grants?|contracts?|purchases|investors?|capital|inflows?|outflows?|revenues?|profits?|
        spending|subsid(?:y|ies)|sales|costs?|prices?|output|gdp|turnover|transfers|income|
        non-[a-z]+)\b                                       # other money nouns close the frame
    )"""
FLOW = re.compile(_FLOW_SOURCE, re.VERBOSE | re.IGNORECASE)
_FLOW_LOWER = re.compile(_FLOW_SOURCE, re.VERBOSE)
# The word every alternative of _FLOW_SOURCE starts its match with, as a lower-case prefix
# (its lookbehinds look before the match, not into it): a flow word starts with one of them.
FLOW_STEMS = (
    *("difference", "gap", "current", "re-export", "trad", "surplus", "deficit", "shortfall"),
    *("imbalance", "balance", "commodity", "turnover", "import", "export", "volume", "value"),
    *("sold", "shipments", "shipped", "supplies", "deliveries", "supplied", "sent", "delivered"),
    *("selling", "shipping"),
    *("bought", "purchase", "brought", "received", "invisible", "services", "budget", "debt"),
    *("took", "taking", "takes", "buying", "earned", "buyer", "supplier"),
    *("exchange",),
    *("reserves", "tariff", "duties", "invest", "loan", "credit", "aid", "grant", "contract"),
    *("capital", "inflow", "outflow", "revenue", "profit", "spending", "subsid", "sales"),
    *("cost", "price", "output", "gdp", "transfers", "income", "non-"),
)


@functools.cache
def _flow_starts() -> re.Pattern[str]:
    """Where each word beginning with a flow stem starts (see ``word_start_scan``).

    ``_FLOW_LOWER`` opens on a word boundary before a letter, which an ASCII letter,
    digit or ``_`` before it rules out: only the places after any other character are
    tried, and only where a stem follows.

    >>> [m.start() for m in _flow_starts().finditer(" exports and re-exports, unsold")]
    [0, 12, 15]
    """
    return word_start_scan(FLOW_STEMS, "a-z0-9_")


def flow_matches(lower: str) -> Iterator[re.Match[str]]:
    """``_FLOW_LOWER.finditer(lower)``, the pattern tried only where a flow stem starts a word.

    A sentence's few flow words are found with one scan for their first letters, instead
    of the whole alternation being tried at every word (the stems are a superset of the
    words the pattern starts with, so no match is lost; a match found skips the places
    it covers, as ``finditer`` does).

    >>> [m.group() for m in flow_matches("trade turnover and exports of oil rose")]
    ['trade turnover', 'exports']
    """
    match = _FLOW_LOWER.match
    edge = 0
    for found in _flow_starts().finditer(" " + lower):
        start = found.start()  # where the stem starts in ``lower`` (one space in front)
        if start < edge:
            continue
        flow = match(lower, start)
        if flow is not None:
            edge = flow.end()
            yield flow


NEGATIVE = re.compile(r"deficit|gap|shortfall", re.IGNORECASE)
SIGN_WORD = re.compile(r"\b(?:surplus|deficit|gap|shortfall)", re.IGNORECASE)
VERB_FLOWS = frozenset(
    {
        "sold",
        "bought",
        "took",
        "taking",
        "takes",
        "buying",
        "earned",
        "received",
        "purchased",
        "exported",
        "imported",
        "shipped",
        "supplied",
        "sent",
        "delivered",
        "exporting",
        "selling",
        "shipping",
    }
)


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word list written as one string."""
    return frozenset(text.split())


# Words that may stand before a flow word without making it a product's flow ("clearing
# trade": the trade two states settle in a clearing account, all of it; "customs-cleared
# surplus": the statistical basis the figure is counted on, all goods; "a revised deficit",
# "A's own surplus", "a dwindling surplus": the figure's revision, owner or trend, no goods;
# "official trade", "actual trade", "direct trade": how the trade was counted or went, all goods).
MODIFIERS = _words(
    """the a an its their his her our this that these those total overall visible merchandise
    goods foreign external bilateral mutual annual record cumulative provisional global
    world worldwide trade trading two-way overseas country's nation's state's monthly
    seasonally adjusted unadjusted hard currency estimated recorded combined rising growing
    widening narrowing huge large enormous big massive small heavy first new latest reduced net
    gross nominal current present whose last year's month's and or of to in its' february's
    dlr dlrs dollar billion mln million bln bn trillion yen stg marks francs crowns which whom
    franc mark pound pounds crown guilder guilders lira lire rupee rupees peso pesos rand baht taka
    was whose said total- non-eu nation country commodity said that with january february
    march april may june july august september october november december surplus deficit
    quarterly weekly annualised annualized corresponding same but also while then had has
    have were was is are it they he she we not only further still more less bring boost
    negative positive whereas whilst alone
    lower higher smaller larger bigger wider narrower greater
    cross-border crossborder
    official actual direct legal formal registered reported documented
    clearing
    customs cleared
    full whole entire
    revised own
    dwindling shrinking mounting soaring ballooning swelling yawning persistent chronic
    raise restore increase expand double triple reach reduce cut narrow widen stop lift
    diversify take
    targets
    promote develop strengthen enhance achieve bringing boosting raising increasing expanding
    doubling tripling reaching restoring reducing cutting narrowing widening lifting
    diversifying taking
    promoting developing strengthening enhancing achieving fob cif f.o.b. c.i.f.
    's accumulated quarter half year month
    period months quarter's half-year showed shows show said says saw reported reports as when
    after before because since where if than though although both all each any so"""
)
_NEXT_OF = re.compile(r"\s+of\s+([a-z][\w-]*)")  # used with .match(text, pos): no "^"
_OF_ALLOWED = _words(
    """goods merchandise products the its their all about around some approximately roughly
    nearly almost over more less up an a just close only"""
)

WORLD = re.compile(r"\b(?:global|worldwide|overall|total|foreign\s+trade|world)\b", re.IGNORECASE)
BILATERAL = re.compile(
    r"\b(?:bilateral|two-way|mutual|(?:the|our)\s+two\s+"
    r"(?:(?:brotherly|friendly|fraternal|neighbou?ring|allied|partner)\s+)?"  # "two brotherly"
    r"(?:countries|nations|states|sides|"
    r"neighbou?rs|republics|economies)|"
    r"our\s+(?:countries|nations|states)|"
    # "trade between both sides", "between the neighbours": the pair as "the two countries"
    r"both\s+(?:countries|nations|states|sides)|between\s+them|"
    r"between\s+the\s+(?:countries|nations|sides|neighbou?rs))\b",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"\b(?:its|their|the\s+country's|the\s+nation's|his\s+country's)\s*$")


# Amounts that are changes, not levels.
# A change keeps its approximation word ("narrowed by about X" is a change, not a level).
_CHANGE_APPROX = r"(?:(?:about|around|some|roughly|approximately|(?:an\s+)?estimated)\s+)?"
CHANGE_BEFORE = re.compile(
    rf"""(?:\bby\s+(?:a\s+|an\s+|another\s+|a\s+further\s+)?{_CHANGE_APPROX}
    |\b(?:increase|rise|growth|decline|drop|fall|reduction|cut|gain|jump|decrease|swing|
       improvement|deterioration)s?\s+of\s+{_CHANGE_APPROX})$""",
    re.VERBOSE | re.IGNORECASE,
)
# "widened (about) $2 bln to $6 bln": an amount after a verb of change and before "to" and
# another amount is the change's size, the amount after "to" the level it led to.
CHANGE_VERB_BEFORE = re.compile(
    r"""\b(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|widened|
    narrowed|shrank|expanded|contracted|slipped|eased|surged|soared|plunged|slumped)
    \s+(?:(?:about|around|approximately|roughly|some|an\s+estimated|estimated)\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)
CHANGE_TO_LEVEL = re.compile(
    r"\s+to\s+(?:(?:about|around|approximately|roughly|some|an\s+estimated)\s+)?", re.IGNORECASE
)
CHANGE_AFTER = re.compile(
    r"""^\s*(?:\([^()]{0,30}\)\s*)?  # "$9.9 billion (27.6%) more than": an aside first
    (?:higher|lower|more|less|up|down|increase|rise|decrease|reduction|drop|fall|
    gain|jump|improvement|deterioration|swing|narrowing|widening|cut)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# "$2 billion a month" is an average; "$2 billion a month earlier" a level a month before.
AVERAGE = re.compile(
    r"^\s*(?:a|per|each)\s+month\b(?!\s+(?:earlier|before)\b)|^\s*monthly\b", re.IGNORECASE
)
AVERAGE_BEFORE = re.compile(r"\baverag(?:e|ed|ing)\b[^.;]{0,40}$", re.IGNORECASE)
CONVERSION = re.compile(r"(?:\(\s*|\bor\s+(?:about\s+|around\s+|some\s+)?|\bequivalent\s+to\s+)$")
FROM = re.compile(r"\bfrom\s+(?:a\s+|an\s+)?(?:record\s+|revised\s+|provisional\s+)?$")
# Words between an amount and a flow word it qualifies: "38.2 billion dlr (EC) surplus".
ATTRIBUTIVE = re.compile(
    r"""-?\s*(?:(?:fell|falls|fall|fallen)\s+on\s+|accounted\s+for\s+(?:by\s+)?)?
                                                    # "a $2bn-trade turnover": hyphen-glued
                                                    # "of which $1 bln fell on exports"
    \s*(?:worth\s+)?(?:of\s+)?                      # "3.5 billion dlrs (worth) of imports"
    (?:[A-Z][\w.-]*\s+|'s\s+|record\s+|bilateral\s+|global\s+|visible\s+|
    hard\s+currency\s+|merchandise\s+|annual\s+|foreign\s+|trade\s+|in\s+|
    mark\s+|mutual\s+)*""",  # "the $1 billion mark in mutual trade", a goal's mark
    re.VERBOSE,
)
# Text between an amount and a period phrase that makes the period the amount's own
# ("in", "for 2021", "in the January-April period").
OWN_PERIOD = re.compile(
    r"""^\s*(?:\([^()]*\)\s*)?,?\s*
    (?:in\s+each\s+direction\s+|each\s+way\s+)?  # "trade of X in each direction this year"
    (?:(?:trade\s+)?(?:surplus|deficit|gap|shortfall)\s+)?(?:(?:reached|recorded|posted|registered|seen|reported|reached|
    # "a surplus of X expected this year": a forecast's participle, then the forecast's period
    expected|forecast|forecasted|projected|targeted|envisaged|anticipated|predicted|budgeted|
    worth|\w+\s+worth\s+of\s+\w+|
    # "bought X of Chilean goods last year", "earned X from its exports last year": the
    # amount's goods, or the exports it came from, told before the amount's own period
    (?:(?:worth\s+)?of\s+(?:[\w'’-]+\s+)?(?:goods|products|merchandise)|
      from\s+(?:its\s+|their\s+)?(?:total\s+|merchandise\s+)?exports)
    (?:\s+(?:to|from)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)?)\s+)?  # "to B last year"
    (?:in|for|during|over|throughout|of|at\s+the\s+end\s+of|by|at)?\s*
    (?:(?:(?<=in\s)|(?<=for\s)|(?<=during\s)|(?<=over\s))the\s+
      (?:year\s+(?:of\s+)?|period\s+(?:of\s+|from\s+)?|(?:whole|entirety)\s+of\s+
      |(?:full|entire|whole|calendar)\s+year\s+(?:of\s+)?)?)?  # "in the period of January-May"
    (?:(?<=\sin\s)calendar\s+(?:year\s+)?)?$""",  # "in the whole of 2023", "in calendar 2023"
    re.VERBOSE | re.IGNORECASE,
)
# "<amount> worth of goods to <partner> in <year>": no comma, then in/for/during.
OWN_PERIOD_LOOSE = re.compile(
    r"^(?:\s*\([^()]*\))?[^,;()]{0,60}?\b(?:in|for|during|over|throughout|by(?:\s+the\s+end\s+of)?)"
    r"\s+(?:(?<=in\s)calendar\s+(?:year\s+)?"  # "... with Japan in calendar 1986"
    r"|(?:(?<=in\s)|(?<=for\s)|(?<=during\s)|(?<=over\s))the\s+)?$",  # "in the May-June period"
    re.IGNORECASE,
)
# The start of a goal's amount, its number in digits or in words: "$3 billion", "3 bln dlrs",
# "three billion dollars" (wire copy spells small numbers out; extract_money reads both).
GOAL_AMOUNT = (
    r"(?:about\s+|around\s+|some\s+)?(?:\$|US\$|USD\b|\d|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|a\s+hundred)\s+(?:trillion|billion|million|bln|mln|bn)\b)"
)
# A wish that the figure just named reach an amount, a goal for that figure: "they want to
# see that figure rise to $2 billion", "both want that figure to reach $8bn by 2010".
FIGURE_WISH = (
    r"\bwant(?:s|ed)?\s+(?:to\s+see\s+)?(?:that|this|the)\s+figure\s+(?:to\s+)?"
    r"(?:reach|hit|(?:rise|grow|climb|increase)\s+to)\s+"
)
TARGET = re.compile(
    # "is targeting a surplus of X": the goal's verb in its -ing form is a goal as "targets" is
    r"""\b(?:target(?:s|ed|ing)?|aim(?:s|ed|ing)?|goal|forecast(?:s|ing)?|project(?:s|ed|ion|ions)?|
    expect(?:s|ed|ing)?|hop(?:e|es|ed|ing)|plan(?:s|ned)?|envisag(?:e|es|ed|ing)|seek(?:s|ing)?|
    # a plan's level: "a protocol which foresees / provides for trade of", "sets trade at"
    foresee(?:s|n)?|provid(?:es|ed|ing)\s+for|
    # "sets (the value of their clearing) trade (for 1987 / this year) at", and "puts ... at"
    # after the plan that does it ("a protocol that puts trade for 1987 at"): a plan's level
    (?:set(?:s|ting)?|(?:protocol|agreement|accord|plan|programme|program)\s+[^.;]{0,60}?
      \bput(?:s|ting)?)\s+(?:[\w'’-]+\s+){0,5}?(?:trade|turnover|exports|imports)
      \s+(?:(?:for\s+)?(?:19|20)\d\d\s+|(?:this|next)\s+year\s+)?at|
    will|would|could|should|shall|likely|outcome|predict(?:s|ed)?|anticipat(?:e|es|ed)|
    can\s+(?:reach|hit)|  # "exports can reach X in the next five years": a level hoped for
    want(?:s|ed)?\s+(?:to\s+see\s+)?(?:that|this|the)\s+figure|  # "they want that figure to"
    bring|boost\s+.{0,30}\bto|increase\s+.{0,30}\bto|intend(?:s|ed)?|is\s+to|are\s+to|set\s+to|
    # "lift trade between the two sides this year to", "restore trade to"
    estimating|(?:raise|lift|restore)\s+[^.;]{0,60}\bto|
    # "the task of raising trade to", "work towards raising annual trade to", "aimed at"
    (?:of|for|towards?|at)\s+(?:bringing|raising|lifting|boosting|increasing)\s+.{0,30}\bto)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A period that is the base of a percentage change ("up 4.5 pct from 1985").
PCT_BASE = re.compile(
    r"(?:pct|percent|per\s+cent|%)\s+(?:from|on|over|against|compared\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A fact stated in the past between the flow word and its amount ("which hit 58 bln").
PAST_FACT = re.compile(
    r"\b(?:hit|was|were|reached|totall?ed|amounted|stood|rose|fell|widened|narrowed|jumped|"
    r"grew|climbed|dropped|declined|posted|recorded)\b",
    re.IGNORECASE,
)
# A level denied: "trade did not reach $3 billion", "exports have never hit X", "failed to
# top X", and so a forecast denied: "is not expected to reach X", "is unlikely to reach X".
# The amount is a limit the figure stays under, no level (as "less than X" is none).
UNREACHED = re.compile(
    r"""\b(?:not|n[’']t|never|fail(?:s|ed)?\s+to|unlikely\s+to)\s+(?:yet\s+|even\s+|quite\s+)?
    (?:(?:expected|likely|set|going|able)\s+to\s+|be\s+able\s+to\s+)?
    (?:reach(?:ed)?|hit|top(?:ped)?|exceed(?:ed)?|pass(?:ed)?|surpass(?:ed)?|cross(?:ed)?|
    attain(?:ed)?|achieve(?:d)?|touch(?:ed)?)
    \s+(?:the\s+)?(?:level\s+of\s+|mark\s+of\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)
# A clause's end, and where a clause opens: a full stop, question or exclamation mark, or
# semicolon before a blank or the end (not a decimal point), a quotation mark, or a spaced
# dash (a dateline's: "ASTANA, March 14 (Reuters) - Can trade reach ...").
_CLAUSE_CLOSE = re.compile(r"[.!?;](?=[\s\"”’]|$)")
_CLAUSE_OPEN = re.compile(r"[.!?;:](?=[\s\"“‘]|$)|[\"“‘]|\s[-–—]\s")
# A yes-no question opens on its auxiliary: "Can trade reach $3 billion by 2027?"
_ASKS = re.compile(
    r"""[\s\"“‘]*(?:can|could|will|would|shall|should|may|might|must|is|are|was|were|
    do|does|did|has|have|had)\b""",
    re.VERBOSE | re.IGNORECASE,
)


def asked(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``start:end`` is in a yes-no question, which states no figure.

    "Can trade reach $3 billion by 2027?" asks whether a level will be reached: no level,
    goal or forecast of anyone (a question asking why or how a figure came about, "Why did
    exports fall to X?", takes it as told, and is not one).

    >>> text = "Can bilateral trade reach $3 billion by 2027? Officials think so."
    >>> asked(text, 26, 36)
    True
    >>> asked("Why did exports fall to $3 billion in 2023?", 24, 34)
    False
    >>> asked("Trade reached $3 billion. Can it grow?", 14, 24)
    False
    """
    close = _CLAUSE_CLOSE.search(text, end)
    if close is None or close.group() != "?":
        return False
    opening = 0
    for found in _CLAUSE_OPEN.finditer(text, 0, start):
        opening = found.end()
    return _ASKS.match(text, opening) is not None


MODAL = re.compile(r"\b(?:will|would|to|could|should|may|might|expected|likely)\b", re.IGNORECASE)
# A share: "a fifth of its $80 million total exports".
# "the first half of 2023 to $5 bln" names a period: an ordinal before, or a year after.
SHARE_BEFORE = re.compile(
    r"(?:pct|percent|per\s+cent|%|share|(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)"
    r"(?<!last\s)(?:half|third|quarter))\s+of\s+(?!(?:19|20)\d\d\b)(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|,\s*but\b|\bbut\b|\bthough\b", re.IGNORECASE)
# A clause of its own after a figure: ", and the country already has (deals with B)",
# ", and it is negotiating (with B)": its subject and finite verb open a new statement.
OWN_CLAUSE = re.compile(
    r""",\s*and\s+(?:the\s+(?:country|government|state|nation|kingdom|republic)|it|they)
    \s+(?:already\s+|also\s+|now\s+|still\s+)?
    (?:has|have|had|is|are|was|were|will|would|plans?|wants?|hopes?|signed|agreed)\b""",
    re.VERBOSE | re.IGNORECASE,
)


@attrs.frozen
class Flow:
    """A flow word in a sentence and the frame it opens."""

    start: int
    end: int
    kind: str  # "turnover", "export", "import", "balance", "difference", "block"
    text: str


_WORD_PUNCT = frozenset("_'.-")


def last_word(text: str, end: int, window: int = 40) -> tuple[int, int] | None:
    """The span of the last word before ``end``, in the last ``window`` characters.

    A word starts with an ASCII letter and runs over word characters, apostrophes,
    full stops and hyphens ("U.S.", "Japan's"); only non-word characters follow it.

    >>> text = "exports of the U.S. , "
    >>> start, stop = last_word(text, len(text))
    >>> text[start:stop]
    'U.S.'
    """
    lo = max(0, end - window)
    i = end
    while i > lo and not (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    if i == lo:
        return None
    stop = i
    while stop < end and text[stop] in "'.-":
        stop += 1
    first = i
    while first > lo and (text[first - 1].isalnum() or text[first - 1] in _WORD_PUNCT):
        first -= 1
    for at in range(first, i):
        if "a" <= text[at] <= "z" or "A" <= text[at] <= "Z":
            return at, stop
    return None


def prev_word(text: str, end: int) -> str:
    """The last word before ``end``, case-folded ("" when there is none)."""
    span = last_word(text, end)
    return "" if span is None else text[span[0] : span[1]].casefold()


_GOODS = frozenset({"goods", "merchandise"})
_PARTS = re.compile(r"[-/]")  # "January-March", "January/March"


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(lo < end and start < hi for lo, hi in spans)


# Nouns that stand for a state ("the republic's exports", "the two countries' trade", "the
# latter's exports", an island state's "the island's surplus") and words that cannot qualify
# a flow word as its product: prepositions and verbs before it.
_STATE_NOUNS = _words(
    """country countries nation nations state states republic republics kingdom emirate
    island
    side sides government governments economy economies neighbour neighbours neighbor
    neighbors bloc union latter"""
)
_FELL_ON = re.compile(r"\b(?:fell|falls|fall|fallen)\s+on\s+$", re.IGNORECASE)
_NOT_QUALIFIERS = _words(
    """by at put puts among amid via including namely largest biggest highest lowest main top
    against versus
    leading
    expect expects expected want wants wanted see sees saw hope hopes hoped believe believes
    noted notes stressed stresses emphasized emphasised underlined underlines stated states
    announced predicted predicts forecast forecasts estimate estimates estimated recalled
    mentioned added pointed told informed urged let help helps make makes keep keeps allow
    allows enable will can could should may must might for about
    foresee foresees foresaw envisage envisages envisaged envisions anticipates
    target targets targeted targeting eye eyes eyed eyeing projecting projects projected
    forecasting expecting anticipate anticipated anticipating predicting planning envisaging
    seek seeks seeking sought"""
)  # verbs: "the sides expect trade turnover to reach $2 billion"; a goal's or forecast's
# verb in any form ("is targeting exports of X", "has eyed imports of Y") names no product.


def is_product_flow(
    text: str, start: int, end: int, kind: str, states: Sequence[tuple[int, int]]
) -> bool:
    """Whether a flow word is qualified by a product or by a subject that is no state.

    "oil exports", "exports of cars", "capital goods trade", "exported nitrogen
    fertiliser", a sentence-initial "Coffee exports"; and capitalised subjects
    that are no state ("Latin American exports", "Toyota's exports").
    ``states`` are the spans of the sentence's country mentions.
    """
    if _FELL_ON.search(text, max(0, start - 20), start):
        return False  # "of which $1 bln fell on exports": the flow's share of a total
    if "non-" in text and _NON_BEFORE.search(text, max(0, start - 40), start):
        return True  # "non-oil foreign trade": all goods but one group, no total
    span = last_word(text, start)
    if span is not None and text[span[1] : start].strip() in ("", "-"):
        word_start, word_end = span
        if text[word_start - 1 : word_start] in ("'", "’"):
            return False  # "2003's imbalance": a year's, no product
        word = text[word_start:word_end]
        folded = word.casefold().removesuffix("'s").removesuffix("’s")
        # "the republic's exports", "the two countries' trade", "by trade": no product
        # before the flow word (one may still follow: "the country exported electricity").
        qualifier = not (folded.rstrip("'’") in _STATE_NOUNS or folded in _NOT_QUALIFIERS)
        if folded == "services" and _GOODS_AND_BEFORE.search(
            text, max(0, word_start - 20), word_start
        ):
            return False  # "the goods and services deficit": all trade, not one product's
        if (
            qualifier
            and folded in _TRADERS
            and _GOODS_NEXT.match(text, end)
            and (before := last_word(text, word_start)) is not None
            and _overlaps(states, *before)
        ):
            return False  # "Swiss exporters sold goods worth X": a state's traders, its goods
        if qualifier and folded in _GOODS:
            # "capital goods trade": the word before "goods" names the product.
            return is_product_flow(text, word_start, word_start, "goods", states)
        parts = _PARTS.split(folded)
        if (
            qualifier
            and not word[0].isdigit()
            and not text[word_start - 1 : word_start].isdigit()  # "In 5M2024 trade": a period
            and folded not in MODIFIERS
            and not all(p in MODIFIERS or p.isdigit() for p in parts)
            and not _closes_amount(text, word_start, word_end)
        ):
            if word[:1].islower():
                return True
            if not _overlaps(states, word_start, word_end):
                return True  # "Coffee exports", "Latin American exports", "Toyota's exports"
    quantity = _QUANTITY_OF.match(text, end) if kind in ("export", "import") else None
    if quantity is not None and quantity.group(1).casefold() not in _VERB_OBJECT_OK:
        return (
            True  # "exported 6.5 million tons of oil worth ...", "exports of 3 mln tonnes of wheat"
        )
    if kind in ("export", "import") and text[start:end].casefold() in VERB_FLOWS:
        after = _VERB_OBJECT.match(text, end)
        if after is not None and after.group(1) not in _VERB_OBJECT_OK:
            return True  # "exported nitrogen fertiliser"
        worth = _WORTH_OF.match(text, end)
        if (
            worth is not None
            and worth.group(1)[0].islower()  # "worth of Georgian goods": whose, not what
            and worth.group(1) not in _VERB_OBJECT_OK
        ):
            return True  # "exported $80 million worth of electricity"
        # "exported $3 billion of rice to B": the amount's object names what was sold,
        # one product's, no total ("of goods", "of Chilean goods" are all goods)
        amount_of = _AMOUNT_OF.match(text, end)
        if amount_of is not None and amount_of.group(1) not in _AMOUNT_OF_OK:
            return True
    if kind not in ("export", "import"):
        return False  # "trade of around 10 bln", "surplus of 5 bln": the amount follows "of"
    after = _NEXT_OF.match(text, end)
    return after is not None and after.group(1) not in _OF_ALLOWED


def _closes_amount(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` closes an amount of money written before a flow word.

    "a 1.2 billion euro trade deficit", "a 3.5-billion-euro surplus", "a two-billion-dollar
    deficit": the word is the amount's currency (its multiplier, its figure), no product,
    as in "a trade deficit of 1.2 billion euros".

    >>> _closes_amount("a 3.5-billion-euro surplus", 6, 18), _closes_amount("a euro surplus", 2, 6)
    (True, False)
    """
    lead = max(0, start - 16)  # the figure and multiplier before a currency word
    return any(
        m.end == end - lead and m.currency is not None for m in extract_money(text[lead:end])
    )


# The traders a state's goods are sold by: "Swiss exporters sold goods worth X abroad".
_TRADERS = frozenset({"exporters", "firms", "companies", "manufacturers", "producers"})
_GOODS_AND_BEFORE = re.compile(r"\bgoods\s+and\s+$", re.IGNORECASE)


# A "non-" group before a flow's other modifiers: "non-oil foreign trade", "non-energy
# external trade" (a bare "non-oil exports" is closed by the "other" flow noun already).
_NON_BEFORE = re.compile(
    r"\bnon-[a-z]+\s+(?:(?:foreign|external|overall|total|bilateral|merchandise)\s+){1,2}$",
    re.IGNORECASE,
)
# A balance on something else: "a surplus on services", "a deficit for the steel industry".
_BLOCK_AFTER = re.compile(
    r"\s+(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:services|invisibles|current\s+account|"
    r"trade-in-services|net\s+income|transfers)\b"
    r"|\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:industry|sector|firms?|compan(?:y|ies))\b",
    re.IGNORECASE,
)
# The place a flow comes from: "exports from Istanbul to Azerbaijan".
_FROM_PLACE = re.compile(r"\s+from\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
# The traders of one product (blocked as flows when "of" a product follows).
TRADER = re.compile(r"(?:exporter|importer|buyer|supplier)s?", re.IGNORECASE)
# An apposition's opening before a trader noun: ", A's main ", ", the largest ".
_OF_NEXT = re.compile(r"\s+of\s+")
_APPOSITION_BEFORE = re.compile(
    r",\s+(?:(?:still|now|also|long|once|again)\s+)?(?:the|its|their|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s)\s+(?:[\w-]+\s+){0,3}$"
)
# A partner that is no state or group: "exports to OECD countries", "trade with Gulf states".
_GROUP_PARTNER = re.compile(
    r"\s+(?:to|from|with)\s+(?:the\s+)?(?:other\s+|[A-Z][\w-]*\s+|[a-z]+\s+){0,7}?"
    r"(?:countries|states|nations|markets|partners|members|economies|regions|neighbou?rs)\b"
)
# Countries that are the whole world: "trade with foreign countries", "with 150 countries".
_WORLD_PARTNER = re.compile(
    r"\s+(?:to|from|with)\s+(?:(?:all\s+(?:(?:its|their)\s+)?(?:trad(?:e|ing)\s+)?|foreign\s+"
    r"|\d+\s+)(?:countries|states|nations|partners)|countries\s+of\s+the\s+world)\b"
    r"(?!\s+(?:of|in)\s+(?!the\s+world\b))",
    re.IGNORECASE,
)
# The group whose members they are: "trade with the member states of the EAEU".
_OF_NAMED = re.compile(r"\s+of\s+(?:the\s+)?")

# A colon that opens the list naming the partners one by one: "(were) as follows:".
_LIST_FOLLOWS = re.compile(
    r"(?:\s+(?:in|during|for)\s+[^:;.]{1,30}?)?\s*(?:(?:was|were|is|are|looked)\b\s*)?"
    r"(?:as\s+follows|like\s+this)?\s*:",
    re.IGNORECASE,
)
# A quantity of a product right after a flow word: "exported 6.5 million tons of oil".
_QUANTITY_OF = re.compile(
    r"\s+(?:of\s+)?(?:about\s+|around\s+|over\s+|some\s+|nearly\s+)?[\d.,]+\s*"
    r"(?:(?:million|mln|thousand|billion)\s+)?(?:metric\s+)?(?:tons|tonnes|barrels|cubic\s+met(?:er|re)s|"
    r"heads?|units|pieces)\s+of\s+([a-z][\w-]*)",
    re.IGNORECASE,
)
# A verb flow whose object is an amount's worth of a product: "bought $9 mln worth of wheat".
_WORTH_OF = re.compile(r"[^.;!?]{1,40}?\bworth\s+of\s+([A-Za-z][\w-]*)", re.IGNORECASE)
# A verb flow's amount and what it is of, the amount's own words between: "sold $3 bln of rice"
# (not "sold $3 bln in the first half of 2005": a period's "of" after a preposition; "worth
# of" is _WORTH_OF's).
_AMOUNT_OF = re.compile(
    r"\s+(?:about\s+|around\s+|some\s+|only\s+|nearly\s+)?(?:\$|us\$|usd\b|eur\b|€|£|\d)"
    r"(?:(?!\s(?:in|to|from|for|during|over|by|with|at|worth)\s)(?:[.,](?=\d)|[^.;!?,()])){0,30}?"
    r"\s+of\s+([a-z][\w-]*)\b"
)
_AMOUNT_OF_OK = _words(
    """goods products merchandise commodities its their the this last which total all such"""
)
# A verb flow whose object is a product: "exported nitrogen fertiliser".
_VERB_OBJECT = re.compile(r"\s+([a-z][a-z-]+)\b")
_VERB_OBJECT_OK = _words(
    """goods products merchandise worth to from a an the some about around nearly more less
    only its their in during last this over under almost roughly approximately its by
    commodities cargo
    mainly mostly largely chiefly primarily predominantly principally
    it them"""
)  # adverbs too: "imported mainly from Russia ($5m), ..." names no product; "sold it X" and
# "selling them X": a pronoun after the verb is the partner sold to, no product
# "a surplus on visible trade of <amount>": the trade word belongs to the balance.
# Also "the balance of foreign trade", "the deficit in Peru's foreign trade".
_ON_TRADE = re.compile(r"\s+(?:on|of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
_TRADE_WORD = re.compile(r"trad", re.IGNORECASE)
# A balance's amount, then the trade it is told in: "ran a deficit of X in its trade with B",
# "a surplus of about X in bilateral trade": the trade word names the balance's own trade
# (and its partner after it), not a turnover of its own.
_AMOUNT_IN_TRADE = re.compile(
    r"\s+(?:of|at|to)\s+(?:about\s+|around\s+|some\s+|roughly\s+|an\s+estimated\s+)?"
    r"[$£€¥]?\s?\d[\d.,]*\s*(?:[a-z.]+\s+){0,3}?(?:on|in)\s+"
    r"(?:(?:its|their|the|bilateral|mutual|two-way|merchandise|visible|foreign)\s+){0,2}$",
    re.IGNORECASE,
)
# A balance whose own phrase names trade after it: "a surplus on merchandise trade of ...",
# "a deficit in foreign trade": trade's, whatever balance the sentence before was about.
_ON_TRADE_AFTER = re.compile(r"\s+(?:on|in)\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,2}trad", re.IGNORECASE)
# "<month> merchandise trade showed a <amount> surplus": a trade balance after all.
_TRADE_MENTION = re.compile(r"\b(?:trade|trading|merchandise|visible)\b", re.IGNORECASE)


_GOODS_NEXT = re.compile(r"\s+(?:goods|products|commodities|merchandise)\b", re.IGNORECASE)


# A state's product named between a flow word and its amount: "exports of Peruvian cut
# flowers to B were worth X", "shipments to B, the main buyer of Greek olive oil, were
# worth X". The words up to the demonym hold no amount and no clause break and end in "of";
# the words after the demonym name what is traded.
_UP_TO_AMOUNT = re.compile(r"[^\d$£€¥;:()]{0,120}?\bof\s+$")
_DEMONYM_REACH = 124  # the longest gap _UP_TO_AMOUNT matches: demonyms further on are not tried
_FLOW_S_OF = re.compile(r"\s+of\s+")  # "exports of Peruvian ...": the flow's own object
_DEMONYM_WORDS = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")
_CLOSES_ASIDE = re.compile(r"\s*,")
# A list of goods after the demonym tells what the flow is made of, not one product:
# "imports of Korean steel, ships and textiles rose to X" are all of A's imports from Korea.
_GOODS_LISTED = re.compile(
    r"(?:\s+[a-z][\w-]*){1,2}\s*,\s*[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:,|and\b)"
)
# What a demonym may qualify in a state's total: its goods, not one product of them.
_STATE_GOODS = _words("goods products merchandise commodities produce items origin make")


def _demonym_product(
    text: str,
    end: int,
    demonyms: Sequence[tuple[int, int]],
    told: Callable[[str], bool] | None,
) -> bool:
    """Whether one product of a state is named after a flow word, before its amount.

    "Exports of Peruvian cut flowers to B were worth X": the figure is that product's,
    not the state's trade. ``end`` is where the flow word ends, ``demonyms`` the spans of
    the sentence's demonyms, ``told`` whether the story named a word before the sentence.
    """
    for start, stop in demonyms:
        if start <= end or start - end > _DEMONYM_REACH:
            continue
        if _UP_TO_AMOUNT.fullmatch(text, end, start) is None:
            continue
        words = _DEMONYM_WORDS.match(text, stop)
        if words is None or _GOODS_LISTED.match(text, stop) is not None:
            continue
        named = words.group().split()
        if named[0] in _STATE_GOODS:
            continue  # "exports of Peruvian goods": the state's own
        if _FLOW_S_OF.fullmatch(text, end, start) is not None:
            return True  # "exports of Peruvian cut flowers"
        # Farther on, in an aside ("shipments to B, the main buyer of Greek olive oil, were
        # worth X"), in a story of that product only: in a story of all trade the aside
        # describes the partner ("exports to B, the main buyer of Greek olive oil, rose to
        # X" after the state's trade figures).
        if (
            told is not None
            and _CLOSES_ASIDE.match(text, words.end()) is not None
            and told(named[-1])
        ):
            return True
    return False


def flows(
    text: str,
    states: Sequence[tuple[int, int]] = (),
    *,
    blocked: bool = False,
    demonyms: Sequence[tuple[int, int]] = (),
    told: Callable[[str], bool] | None = None,
) -> list[Flow]:
    """The flow words of a sentence, product flows and other money nouns marked ``block``.

    A bare "surplus" or "deficit" after a blocking noun stays blocked ("the current
    account ... showed a surplus of 215 mln") until a trade word reopens a frame; a
    sentence about trade with countries that are no state ("trade with Gulf states, with
    imports at ...") blocks its later exports and imports too. ``states`` are the spans of
    the sentence's country mentions; ``blocked`` carries a blocking noun of the previous
    sentence ("The current account deficit ... This compared with a shortfall of ...").
    ``demonyms`` are the spans of those mentions that are demonyms: an export or import
    followed by "of" a demonym and one product of it is that product's ("exports of
    Peruvian cut flowers to B were worth X"); ``told`` says whether the story named a word
    before the sentence (its product, for a product named in an aside).
    """
    found: list[Flow] = []
    block_end = 0
    group_partner = False
    fiscal = False  # a blocking "budget" or "spending" among the flows
    lower = text.lower()
    # Words in brackets without a figure qualify, they open no frame: "(excluding non-organized
    # trade)".
    asides = [m.span() for m in _ASIDE.finditer(text)] if "(" in text else []
    scan = flow_matches(lower) if len(lower) == len(text) else FLOW.finditer(text)
    for match in scan:
        start, end = match.span()
        if asides and any(lo < start and end < hi for lo, hi in asides):
            continue
        kind = match.lastgroup or "block"
        if kind == "other":
            kind = "block"
        word = text[start:end]
        if (
            word[-2:] == "ed"
            and not _GOODS_NEXT.match(text, end)
            and word.casefold() in ("supplied", "purchased", "sent", "delivered")
            and not any(s > end and not text[end:s].strip() for s, _ in states)
        ):
            continue  # "supplied Uzbek goods", "supplied B with goods": a state's, else none
        if (
            kind == "block"
            and TRADER.fullmatch(word) is not None
            and (
                _APPOSITION_BEFORE.search(text, max(0, start - 60), start) is not None
                # "The largest suppliers of Latvia were ...": the traders of a state's trade
                or (
                    (of := _OF_NEXT.match(text, end)) is not None
                    and _overlaps(states, of.end(), of.end() + 1)
                    and not _overlaps(demonyms, of.end(), of.end() + 1)  # "of Chilean copper"
                )
            )
        ):
            # "The deficit with B, A's main supplier of gas, reached X": an aside on the
            # partner, no trader's figure of its own.
            continue
        if (
            found
            and found[-1].kind == "balance"
            and _TRADE_WORD.match(word)
            and _ON_TRADE.fullmatch(text, found[-1].end, start)
        ):
            continue  # "a surplus on merchandise trade of ...": one balance frame
        if (
            found
            and found[-1].kind == "balance"
            and _TRADE_WORD.match(word)
            and _AMOUNT_IN_TRADE.fullmatch(text, found[-1].end, start)
        ):
            continue  # "a deficit of X in its trade with B": the balance's trade
        if kind in ("export", "import", "turnover", "balance") and is_product_flow(
            text, start, end, kind, states
        ):
            kind = "block"
        if kind == "balance" and _BLOCK_AFTER.match(text, end):
            kind = "block"
        if (
            kind in ("export", "import")
            and demonyms
            and _demonym_product(text, end, demonyms, told)
        ):
            kind = "block"
        partner = _GROUP_PARTNER.match(text, end) if kind != "block" else None
        if partner is not None and _LIST_FOLLOWS.match(text, partner.end()):
            partner = None  # "trade with its main partners was as follows: A - X, B - Y"
        if partner is not None and _WORLD_PARTNER.match(text, end):
            partner = None  # "trade with foreign countries": the state's trade with the world
        if partner is not None and not _overlaps(states, partner.start(), partner.end()):
            of_group = _OF_NAMED.match(text, partner.end())
            if of_group is not None and any(start == of_group.end() for start, _ in states):
                partner = None  # "with the member states of the EAEU": the group's
        if partner is not None and not _overlaps(states, partner.start(), partner.end()):
            group_partner = True
            kind = "block"
        elif group_partner and kind in ("export", "import"):
            kind = "block"  # still the trade with those countries
        place = _FROM_PLACE.match(text, end) if kind in ("export", "import") else None
        if (
            place is not None
            and not _overlaps(states, place.start(1), place.end(1))
            and city_country(place.group(1)) is not None
        ):
            kind = "block"  # "exports from Istanbul": a city's, no state's
        if (
            kind == "balance"
            and blocked
            and not _TRADE_WORD.match(word)
            and not _TRADE_MENTION.search(text, block_end, start)
            and not _ON_TRADE_AFTER.match(text, end)
            and ("goods and services" not in lower or _GOODS_AND_SERVICES.search(text) is None)
        ):
            kind = "block"
        if kind == "block":
            # "as oil prices tumbled, leaving A with a deficit of X": a product's price or
            # purchases are no balance of their own for a bare "deficit" after them to be.
            if _GOODS_MONEY.fullmatch(word) is None or not is_product_flow(
                text, start, end, "import", states
            ):
                blocked = True
                block_end = end
            fiscal = fiscal or _FISCAL.fullmatch(word) is not None
        elif kind != "balance" or _TRADE_WORD.match(word):
            blocked = False
        found.append(Flow(start, end, kind, word))
    if fiscal:
        # "cut the deficit to $134 billion through spending cuts": a bare balance in a
        # sentence about the budget or public spending is the budget's, not trade's.
        found = [
            attrs.evolve(f, kind="block")
            if f.kind == "balance" and not _TRADE_WORD.match(f.text)
            else f
            for f in found
        ]
    return found


_FISCAL = re.compile(r"budget|spending", re.IGNORECASE)
# Money nouns of goods, no balance of their own: "oil prices", "oil purchases".
_GOODS_MONEY = re.compile(r"prices?|purchases", re.IGNORECASE)
# The balance of goods and services, a trade balance that a services or current-account
# sentence before it does not block: "a deficit of $X on the balance of goods and services".
_GOODS_AND_SERVICES = re.compile(
    r"\bbalance\s+(?:of|on)\s+(?:trade\s+in\s+)?goods\s+and\s+services\b"
    r"|\bgoods\s+and\s+services\s+(?:trade\s+)?(?:balance|deficits?|surplus(?:es)?|gap)\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\([^()\d]{0,80}\)")  # brackets holding words but no figure


# Blocking nouns that are balances of their own: a bare "deficit" in the next sentence is theirs.
_OTHER_BALANCE = re.compile(r"current|budget|balance|services|invisibles", re.IGNORECASE)


def ends_blocked(found: Sequence[Flow], blocked: bool) -> bool:
    """Whether a bare "deficit" after these flows still belongs to another balance.

    >>> ends_blocked(flows("The current account deficit widened."), False)
    True
    >>> ends_blocked(flows("The trade deficit widened."), True)
    False
    """
    for flow in found:
        if flow.kind == "block":
            blocked = blocked or _OTHER_BALANCE.search(flow.text) is not None
        elif flow.kind in ("turnover", "difference") or _TRADE_WORD.match(flow.text):
            blocked = False
    return blocked
