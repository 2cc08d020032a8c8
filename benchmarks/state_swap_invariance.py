"""Which articles' records change when the same story is told about other states.

    .venv/bin/python benchmarks/state_swap_invariance.py [--jobs N] [--show N] [--out F] [VARIANT]

Run from the repository root. A sibling of ``benchmarks/state_name_invariance.py`` (whose
guards against names inside longer proper names it reuses) and of
``benchmarks/typography_invariance.py`` (whose reading of the visible sets, extraction and
view of the records it reuses). Each variant is a fixed permutation of states, each pair a
state the visible texts name often with one they name seldom (Azerbaijan and Kyrgyzstan,
Turkey and Oman, the United States and Brazil, ...). Every form of each state is rewritten
as the same form of its partner: the short names and the official name, the demonym as an
adjective and its plural as a noun, the capital (as a city and standing for the
government), "US" / "UK" where texts write the codes, possessives with the name. People's
names are left alone, and so is a form inside a longer proper name ("Turkish Airlines").

The expected records after a swap are the plain records with the codes permuted (and the
swapped capitals' names in the strings). Per variant it prints the articles rewritten, the
articles whose records change beyond the permutation, and the key records the plain text
matched that the swapped text no longer matches (matched against the key with the codes
permuted, by the shared scorer's own matching). A change that the swap makes legitimately
is counted apart, as "explained": the text names an office holder of a swapped state (the
people stay and still name their state), a city of a swapped state other than its capital,
a group or region whose membership the swap changes ("the CIS", "Central Asia"), or keeps a
form inside a longer name. What remains ("unexplained") is what the library owes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]

# Imported by name (not loaded from their paths) so that the functions pickle for workers.
sys.path.insert(0, str(ROOT / "benchmarks"))
import state_name_invariance as names  # noqa: E402
import typography_invariance as base  # noqa: E402


class Forms(NamedTuple):
    """How English names one state: the first of each list is the form written in."""

    names: tuple[str, ...]  # the short names; a leading "the " is the article it takes
    official: str
    adjective: tuple[str, ...]
    plural: tuple[str, ...]
    capital: tuple[str, ...]


def _f(names: str, official: str, adjective: str, plural: str, capital: str) -> Forms:
    def split(text: str) -> tuple[str, ...]:
        return tuple(x.strip() for x in text.split("|") if x.strip())

    return Forms(split(names), official, split(adjective), split(plural), split(capital))


# Written here, not read from the library's tables, so that a form the tables lack shows.
STATES: dict[str, Forms] = {
    "USA": _f(
        "the United States|the US|the U.S.|America|the USA",
        "the United States of America",
        "American|US|U.S.",
        "Americans",
        "Washington",
    ),
    "BRA": _f(
        "Brazil",
        "the Federative Republic of Brazil",
        "Brazilian",
        "Brazilians",
        "Brasilia|Brasília",
    ),
    "AZE": _f(
        "Azerbaijan",
        "the Republic of Azerbaijan",
        "Azerbaijani|Azeri",
        "Azerbaijanis|Azeris",
        "Baku",
    ),
    "KGZ": _f("Kyrgyzstan", "the Kyrgyz Republic", "Kyrgyz|Kyrgyzstani", "Kyrgyzstanis", "Bishkek"),
    "TUR": _f(
        "Turkey|Türkiye|Turkiye",
        "the Republic of Türkiye|the Republic of Turkey",
        "Turkish",
        "Turks",
        "Ankara",
    ),
    "OMN": _f("Oman", "the Sultanate of Oman", "Omani", "Omanis", "Muscat"),
    "PAK": _f(
        "Pakistan", "the Islamic Republic of Pakistan", "Pakistani", "Pakistanis", "Islamabad"
    ),
    "BGD": _f(
        "Bangladesh", "the People's Republic of Bangladesh", "Bangladeshi", "Bangladeshis", "Dhaka"
    ),
    "RUS": _f("Russia", "the Russian Federation", "Russian", "Russians", "Moscow"),
    "ZAF": _f(
        "South Africa",
        "the Republic of South Africa",
        "South African",
        "South Africans",
        "Pretoria",
    ),
    "CHN": _f(
        "China|the PRC", "the People's Republic of China", "Chinese", "Chinese", "Beijing|Peking"
    ),
    "MEX": _f("Mexico", "the United Mexican States", "Mexican", "Mexicans", "Mexico City"),
    "KAZ": _f(
        "Kazakhstan",
        "the Republic of Kazakhstan",
        "Kazakh|Kazakhstani",
        "Kazakhs|Kazakhstanis",
        "Astana|Nur-Sultan",
    ),
    "TKM": _f(
        "Turkmenistan",
        "Turkmenistan",
        "Turkmen|Turkmenistani",
        "Turkmens|Turkmenistanis",
        "Ashgabat",
    ),
    "GBR": _f(
        "Britain|the United Kingdom|the UK|the U.K.|Great Britain",
        "the United Kingdom of Great Britain and Northern Ireland",
        "British|UK|U.K.",
        "Britons",
        "London",
    ),
    "NGA": _f("Nigeria", "the Federal Republic of Nigeria", "Nigerian", "Nigerians", "Abuja"),
    "UZB": _f(
        "Uzbekistan",
        "the Republic of Uzbekistan",
        "Uzbek|Uzbekistani",
        "Uzbeks|Uzbekistanis",
        "Tashkent",
    ),
    "PRY": _f(
        "Paraguay", "the Republic of Paraguay", "Paraguayan", "Paraguayans", "Asuncion|Asunción"
    ),
    "JPN": _f("Japan", "Japan", "Japanese", "Japanese", "Tokyo"),
    "KEN": _f("Kenya", "the Republic of Kenya", "Kenyan", "Kenyans", "Nairobi"),
    "DEU": _f("Germany", "the Federal Republic of Germany", "German", "Germans", "Berlin"),
    "ETH": _f(
        "Ethiopia",
        "the Federal Democratic Republic of Ethiopia",
        "Ethiopian",
        "Ethiopians",
        "Addis Ababa",
    ),
    "IND": _f("India", "the Republic of India", "Indian", "Indians", "New Delhi"),
    "NPL": _f(
        "Nepal",
        "the Federal Democratic Republic of Nepal",
        "Nepalese|Nepali",
        "Nepalis",
        "Kathmandu",
    ),
    "KOR": _f(
        "South Korea|the Republic of Korea|the ROK",
        "the Republic of Korea",
        "South Korean",
        "South Koreans",
        "Seoul",
    ),
    "COL": _f("Colombia", "the Republic of Colombia", "Colombian", "Colombians", "Bogota|Bogotá"),
    "IRN": _f("Iran", "the Islamic Republic of Iran", "Iranian", "Iranians", "Tehran|Teheran"),
    "SEN": _f("Senegal", "the Republic of Senegal", "Senegalese", "Senegalese", "Dakar"),
    "ARM": _f("Armenia", "the Republic of Armenia", "Armenian", "Armenians", "Yerevan"),
    "BHR": _f("Bahrain", "the Kingdom of Bahrain", "Bahraini", "Bahrainis", "Manama"),
    "SAU": _f(
        "Saudi Arabia", "the Kingdom of Saudi Arabia", "Saudi|Saudi Arabian", "Saudis", "Riyadh"
    ),
    "RWA": _f("Rwanda", "the Republic of Rwanda", "Rwandan", "Rwandans", "Kigali"),
    "TJK": _f(
        "Tajikistan",
        "the Republic of Tajikistan",
        "Tajik|Tajikistani",
        "Tajiks|Tajikistanis",
        "Dushanbe",
    ),
    "ECU": _f(
        "Ecuador", "the Republic of Ecuador", "Ecuadorian|Ecuadorean", "Ecuadorians", "Quito"
    ),
    "QAT": _f("Qatar", "the State of Qatar", "Qatari", "Qataris", "Doha"),
    "LKA": _f(
        "Sri Lanka",
        "the Democratic Socialist Republic of Sri Lanka",
        "Sri Lankan",
        "Sri Lankans",
        "Colombo",
    ),
    "GEO": _f("Georgia", "Georgia", "Georgian", "Georgians", "Tbilisi"),
    "URY": _f(
        "Uruguay", "the Oriental Republic of Uruguay", "Uruguayan", "Uruguayans", "Montevideo"
    ),
}

# Each variant pairs the states the visible texts name most with ones they name seldom.
PERMUTATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "swap_a": (
        ("AZE", "KGZ"),
        ("TUR", "OMN"),
        ("PAK", "BGD"),
        ("USA", "BRA"),
        ("RUS", "ZAF"),
        ("CHN", "MEX"),
        ("KAZ", "TKM"),
        ("GBR", "NGA"),
    ),
    "swap_b": (
        ("UZB", "PRY"),
        ("JPN", "KEN"),
        ("DEU", "ETH"),
        ("IND", "NPL"),
        ("KOR", "COL"),
        ("IRN", "SEN"),
        ("ARM", "BHR"),
        ("SAU", "RWA"),
    ),
    "swap_c": (("TJK", "URY"), ("QAT", "LKA"), ("GEO", "ECU")),
}


def _mapping(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for a, b in pairs:
        out[a], out[b] = b, a
    return out


# ------------------------------------------------------------------ the rewrite
# A code or a short form used as an adjective: "US officials", "the UK side".
_CODE_FORMS = frozenset({"US", "U.S.", "UK", "U.K.", "USA", "PRC", "ROK"})
_NOT_NOUN_AFTER = re.compile(
    r"\s+(?:said|says|has|have|had|is|was|are|were|will|would|and|or|in|of|to|on|at|for|by"
    r"|with|from|as|signed|agreed|announced|also|its|it)\b"
)
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")
# Longer proper names a form stands in, which keep their form ("Turkish Airlines").
_NAME_AFTER = re.compile(
    r"\s+(?:Airlines?|Airways|Stream|Petroleum|Sea|Strait|Gulf|Bank|Daily|Post|Times|News"
    r"|University|Railways?|Lira|Rupee|Dollar|Rouble|Ruble|Yen|Yuan|Peso|Real|Tenge|Manat|Som"
    r"|Sum|Taka|Naira|Rand|Rial|Riyal|Mark|State\s+University|Stock\s+Exchange|Ocean|Dlrs"
    r"|dlrs|Dollars?|dollars?|(?:calendar\s+)?year|calendar)\b"
)
# "of" before a state is the state's ("the President of Pakistan") unless the word before it
# makes a longer name ("the Bank of Japan", "the Gulf of Oman").
_NAME_BEFORE_OF = re.compile(
    r"(?:Bank|Gulf|Sea|University|Church|Academy|Institute|Museum|Port|Sultan|Emir|King"
    r"|Queen|Shah|Patriarch|Archbishop)\s+of\s+(?:the\s+)?$"
)


class Rewrite(NamedTuple):
    text: str
    kept: int  # forms left as written, inside a longer proper name


def _slots(code: str) -> list[tuple[str, str, int]]:
    """(form, slot, index) for every form of ``code``, the slot naming which form it is."""
    forms = STATES[code]
    out = (
        []
        if _bare(forms.official) in map(_bare, forms.names)
        else [(forms.official, "official", 0)]
    )
    out += [(n, "name", i) for i, n in enumerate(forms.names)]
    out += [(a, "adjective", i) for i, a in enumerate(forms.adjective)]
    out += [(p, "plural", i) for i, p in enumerate(forms.plural)]
    out += [(c, "capital", i) for i, c in enumerate(forms.capital)]
    return out


def _bare(form: str) -> str:
    return form.removeprefix("the ")


def _form_pattern(form: str) -> str:
    return r"\s+".join(re.escape(w) for w in _bare(form).split())


def _swapper(pairs: Iterable[tuple[str, str]]) -> Callable[[str], Rewrite]:
    swap = _mapping(pairs)
    table: dict[str, tuple[str, str]] = {}  # bare form -> (code, slot)
    for code in swap:
        for form, slot, _ in _slots(code):
            table.setdefault(" ".join(_bare(form).split()), (code, slot))
    # The same forms in capitals, as datelines and wire headlines write them ("PEKING, May 14").
    capitals = {form.upper() for form in table if len(form) > 3 and not form.isupper()}
    table.update({form.upper(): value for form, value in list(table.items()) if len(form) > 3})
    alternatives = sorted(table, key=len, reverse=True)
    pattern = re.compile(
        r"(?P<the>\b[Tt]he\s+)?(?<![\w.])(?P<form>"
        + "|".join(_form_pattern(f) for f in alternatives)
        + r")(?!\w|\.\w|\$|-(?:based|led|owned|made|born)\b)"  # "Russia-Ukraine" is two
    )

    def target(code: str, slot: str, the: bool) -> str:
        forms = STATES[swap[code]]
        if slot == "official":
            return forms.official
        if slot == "name":
            return forms.names[0]
        if slot == "adjective":
            return forms.adjective[0]
        if slot == "plural":
            return forms.plural[0]
        return forms.capital[0]

    def rewrite(text: str) -> Rewrite:
        kept = 0

        def one(match: re.Match[str]) -> str:
            nonlocal kept
            the, form, start = match.group("the"), match.group("form"), match.start("form")
            code, slot = table[" ".join(form.split())]
            upper = " ".join(form.split()) in capitals
            after = text[match.end() : match.end() + 40]
            if (
                slot == "name"
                and form in _CODE_FORMS
                and _WORD_AFTER.match(after)
                and not _NOT_NOUN_AFTER.match(after)
                and not after.split()[0].isupper()  # "U.S. TELLS JAPAN": a headline's name
            ):
                slot = "adjective"  # "the US side", "US officials"
            before = text[max(0, start - 40) : start]
            if _NAME_AFTER.match(after) or (
                not the
                and names._inside_name(text, start)
                and not (before.endswith("of ") and not _NAME_BEFORE_OF.search(before))
            ):
                kept += 1
                return match.group()
            new = target(code, slot, bool(the))
            if upper:
                return (the or "") + _bare(new).upper()
            if slot in {"name", "official"}:
                if the:
                    if new.startswith("the "):
                        return the + _bare(new)
                    return new[0].upper() + new[1:] if the[0] == "T" else new
                at_start = start == 0 or text[max(0, start - 3) : start].rstrip(" ").endswith(
                    (".", "\n", "“", '"')
                )
                if new.startswith("the ") and at_start:
                    return "The " + _bare(new)
                return new
            return (the or "") + new

        return Rewrite(pattern.sub(one, text), kept)

    return rewrite


# ------------------------------------------------------------------ comparing records
def _fold_states(value: Any, tokens: dict[str, str]) -> str:
    """``base._fold`` with every form of a swapped state as its code's token."""
    text = base._fold(value)
    return _TOKEN_PATTERN[0].sub(
        lambda m: tokens[_TOKEN_OF[m.group().removeprefix("the ").strip()]], text
    )


_TOKEN_OF: dict[str, str] = {}
_TOKEN_PATTERN: list[re.Pattern[str]] = []


def _tokens() -> None:
    if _TOKEN_PATTERN:
        return
    for code in STATES:
        for form, _, _ in _slots(code):
            _TOKEN_OF[" ".join(base._fold(_bare(form)).split())] = code
    alternatives = sorted(_TOKEN_OF, key=len, reverse=True)
    _TOKEN_PATTERN.append(
        re.compile(
            r"(?<![\w.])(?:the\s+)?(?:"
            + "|".join(re.escape(a) for a in alternatives)
            + r")(?![\w])"
        )
    )


def _view(result: dict[str, Any], swap: dict[str, str], scorer: Any) -> tuple[Any, ...]:
    """What the scorer reads of the records, with ``swap`` applied to codes and strings."""
    tokens = {code: f"<{swap.get(code, code).lower()}>" for code in STATES}

    def fold(value: Any) -> str:
        return _fold_states(value, tokens)

    permuted = {
        kind: [_permuted_record(r, swap) for r in result.get(kind) or []]
        for kind in ("meetings", "agreements", "trade_records")
    }
    return tuple(base._view(permuted, scorer, fold=fold))


def _permuted_record(r: dict[str, Any], swap: dict[str, str]) -> dict[str, Any]:
    out = dict(r)
    for key in ("countries", "parties"):
        if out.get(key):
            out[key] = [swap.get(str(c), str(c)) for c in out[key]]
    for key in ("reporter", "partner"):
        if out.get(key):
            out[key] = swap.get(str(out[key]), str(out[key]))
    return out


def _matched(gold: dict[str, Any], pred: dict[str, Any], scorer: Any) -> int:
    return sum(
        len(
            scorer.best_matching(
                list(gold.get(kind) or []), list(pred.get(kind) or []), ok, scorer.ATTRS[kind]
            )
        )
        for kind, ok in scorer.MATCHERS.items()
    )


# ------------------------------------------------------------------ what explains a change
def _explainers(swap: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Names in a text that legitimately keep a swapped state: people, cities, groups."""
    sys.path.insert(0, str(ROOT / "src"))
    from diplonews import gazetteer as g  # noqa: PLC0415

    people = {
        form
        for h in g.load_office_holders().holders
        if h.state in swap
        for form in (h.name, *h.forms)
        if form not in g.load_office_holders().common_forms
    }
    capitals = {c for code in swap for c in STATES[code].capital}
    cities = {
        c for c, code in {**g.load_cities(), **g.load_capitals()}.items() if code in swap
    } - capitals
    groups = set()
    for name, members in g.load_group_members().items():
        if any((a in members) != (b in members) for a, b in swap.items()):
            groups.add(name)
            groups.update(g.load_country_groups().get(name, ()))
    for region, members in g.load_region_members().items():
        if any((a in members) != (b in members) for a, b in swap.items()):
            groups.add(region.title())
    return {
        why: re.compile(
            r"(?<!\w)(?:"
            + "|".join(re.escape(x) for x in sorted(s, key=len, reverse=True))
            + r")(?!\w)"
        )
        for why, s in (("person", people), ("city", cities), ("group", groups))
        if s
    }


def _articles() -> list[tuple[Any, dict[str, Any]]]:
    """Every article of a visible set, once, with its key."""
    score_sets = base._module("score_sets", ROOT / "scripts" / "score_sets.py")
    scorer = base._module("shared_score", base.SHARED / "eval" / "score.py")
    unread_cb = set(score_sets.UNREAD_CB.split(","))
    specs = score_sets.evaluation_sets(score_sets.UNREAD_FROM, unread_cb)
    seen: dict[tuple[str, str], tuple[Any, dict[str, Any]]] = {}
    for name, spec in specs.items():
        if spec[4]:
            continue
        gold = score_sets.set_key(scorer, spec)
        for article in score_sets.set_articles(spec):
            if article.id in gold:
                key = (name if spec[0] != "corpus" else "corpus", article.id)
                seen.setdefault(key, (article, gold[article.id]))
    return list(seen.values())


# A state's currency, which stays its own after a swap ("billion shillings", "rupees").
_CURRENCY = re.compile(
    r"\b(?:shillings?|rupees?|francs?|pesos?|dinars?|ri[ay]als?|tenge|manats?|soms?|soums?|yuan"
    r"|yen|rand|naira|taka|reais|cruzeiros?|cruzados?|roubles?|rubles?|lira|liras|birr|cedis?"
    r"|won|rupiah|baht|ringgit|dirhams?|kwacha)\b"
)
_FORMER_STATES = frozenset({"SUN", "YUG", "CSK", "DDR", "YMD", "SCG", "ANT"})


def _codes_of(result: dict[str, Any]) -> set[str]:
    out: set[str] = set()
    for r in result.get("meetings") or []:
        out.update(r.get("countries") or [])
    for r in result.get("agreements") or []:
        out.update(r.get("parties") or [])
    for r in result.get("trade_records") or []:
        out.update(c for c in (r.get("reporter"), r.get("partner")) if c)
    return out


def _unnamed(result: dict[str, Any], text: str, swap: dict[str, str]) -> bool:
    """Whether the records hold a swapped state that the text does not name in any form."""
    text = " ".join(text.split())
    for code in _codes_of(result) & set(swap):
        forms = {" ".join(_bare(f).split()) for f, _, _ in _slots(code)}
        forms |= {f.upper() for f in forms}
        if not any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms):
            return True
    return False


def _implied(
    plain: dict[str, Any], swapped: dict[str, Any], texts: tuple[str, str], swap: dict[str, str]
) -> bool:
    """A swapped state the text implies without naming it, or a former state's date.

    "The President spoke today with ..." on a White House page is the United States by its
    publisher, which no swap of the text moves; "Russia" in 1987 reads as the Soviet Union,
    which "South Africa" in 1987 does not.
    """
    if (_codes_of(plain) | _codes_of(swapped)) & _FORMER_STATES or "White House" in texts[0]:
        return True
    return _unnamed(plain, texts[0], swap) or _unnamed(swapped, texts[1], swap)


def _why(
    plain: dict[str, Any],
    swapped: dict[str, Any],
    texts: tuple[str, str],
    swap: dict[str, str],
    explainers: dict[str, re.Pattern[str]],
    *,
    kept: int,
) -> str:
    """The first reason the swap itself changes the records legitimately, or ""."""
    if kept:
        return "kept"
    if _CURRENCY.search(texts[0]):
        return "currency"
    for why, pattern in explainers.items():
        if pattern.search(texts[0]):
            return why
    return "implied" if _implied(plain, swapped, texts, swap) else ""


class Found(NamedTuple):
    variant: str
    article: str
    changed: bool
    explained: str  # why the change is the swap's own, or ""
    lost: int


def _check(job: tuple[list[tuple[Any, dict[str, Any]]], list[str]]) -> list[Found]:
    articles, variants = job
    sys.path.insert(0, str(ROOT / "src"))
    import attrs  # noqa: PLC0415

    from diplonews.extract import extract  # noqa: PLC0415
    from diplonews.serialization import to_json  # noqa: PLC0415

    _tokens()
    scorer = base._module("shared_score", base.SHARED / "eval" / "score.py")
    rewrites = {v: _swapper(PERMUTATIONS[v]) for v in variants}
    explain = {v: _explainers(_mapping(PERMUTATIONS[v])) for v in variants}
    found = []
    for article, gold in articles:
        plain = None
        for name in variants:
            swap = _mapping(PERMUTATIONS[name])
            title, body = rewrites[name](article.title or ""), rewrites[name](article.body)
            if title.text == (article.title or "") and body.text == article.body:
                continue
            if plain is None:
                plain = json.loads(to_json(extract(article)))
            dateline = rewrites[name](article.dateline or "")
            variant = attrs.evolve(
                article,
                title=title.text or article.title,
                body=body.text,
                dateline=dateline.text or article.dateline,
            )
            swapped = json.loads(to_json(extract(variant)))
            changed = _view(plain, swap, scorer) != _view(swapped, {}, scorer)
            gold_swapped = {
                kind: [_permuted_record(r, swap) for r in gold.get(kind) or []]
                for kind in scorer.MATCHERS
            }
            lost = max(0, _matched(gold, plain, scorer) - _matched(gold_swapped, swapped, scorer))
            texts = (f"{article.title or ''} {article.body}", f"{title.text} {body.text}")
            explained = _why(
                plain, swapped, texts, swap, explain[name], kept=title.kept + body.kept
            )
            found.append(Found(name, article.id, changed, explained, lost))
    return found


def main() -> None:
    """Print, per variant, articles rewritten, changed (unexplained) and key records lost."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("variants", nargs="*", help=f"some of: {', '.join(PERMUTATIONS)}")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=12, help="ids listed per variant")
    parser.add_argument("--out", type=Path, help="write every changed id, per variant, as JSON")
    args = parser.parse_args()
    variants = args.variants or list(PERMUTATIONS)
    articles = _articles()
    chunks = [articles[i :: args.jobs * 4] for i in range(args.jobs * 4)]
    found: list[Found] = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for part in pool.map(_check, [(chunk, variants) for chunk in chunks]):
            found += part
    if args.out:
        out = {
            v: {
                "changed": sorted(f.article for f in found if f.variant == v and f.changed),
                "unexplained": sorted(
                    f.article for f in found if f.variant == v and f.changed and not f.explained
                ),
                "lost": {f.article: f.lost for f in found if f.variant == v and f.lost},
                "why": {f.article: f.explained for f in found if f.variant == v and f.changed},
            }
            for v in variants
        }
        args.out.write_text(json.dumps(out, indent=1))
    print(
        f"{len(articles)} articles; per variant: rewritten, changed (unexplained),"
        " key records lost (unexplained)"
    )
    for v in variants:
        mine = [f for f in found if f.variant == v]
        changed = [f for f in mine if f.changed]
        bare = [f for f in changed if not f.explained]
        lost = sum(f.lost for f in mine)
        lost_bare = sum(f.lost for f in mine if not f.explained)
        ids = sorted(f.article for f in bare)
        shown = " ".join(ids[: args.show]) + (" ..." if len(ids) > args.show else "")
        print(
            f"{v:8s} {len(mine):5d} {len(changed):4d} ({len(bare):4d})"
            f" {lost:4d} ({lost_bare:4d})  {shown}"
        )
        why = Counter(f.explained for f in changed if f.explained)
        print(" " * 9 + "explained: " + ", ".join(f"{k} {n}" for k, n in why.most_common()))


if __name__ == "__main__":
    main()
