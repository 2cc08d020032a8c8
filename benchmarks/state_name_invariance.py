"""Which articles' records change when a state is named the way another outlet names it.

    .venv/bin/python benchmarks/state_name_invariance.py [--jobs N] [--show N] [VARIANT ...]

Run from the repository root. A sibling of ``benchmarks/typography_invariance.py`` (whose
reading of the visible sets and whose view of the records it reuses): it rewrites each
visible article with one naming variant at a time ("the United States" / "the US" /
"America", "Britain" / "the UK" / "the United Kingdom", "Turkey" / "Türkiye", "South
Korea" / "the Republic of Korea", "Russia" / "the Russian Federation", "Iran" / "the
Islamic Republic of Iran", "Côte d'Ivoire" / "Ivory Coast", "Czech Republic" / "Czechia",
"Myanmar" / "Burma", "the Netherlands" / "Holland", "China" / "the People's Republic of
China" / "the PRC", the demonyms used as adjectives, capitals standing for their
governments, and any state's short name for its official one, "Azerbaijan" / "the Republic
of Azerbaijan", both ways), extracts again and prints, per variant, how many articles it
rewrites and the articles whose records change.

Strings in the records (titles, names, cities) are compared with every form of a state
folded to one, so a title that merely carries the new form is not a change.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


# Imported by name (not loaded from its path) so that its functions pickle for the workers.
sys.path.insert(0, str(ROOT / "benchmarks"))
import typography_invariance as base  # noqa: E402

Text = tuple[str, str]

# ------------------------------------------------------------------ the variants
# A name is rewritten only where it stands as the state's name: not inside a longer proper
# name ("South China Sea", "Bank of China", "Great Britain"), which a check on the word
# before (a capitalised word other than a sentence's first preposition, or "of") and a
# lookahead on the word after keep out.
_FREE_BEFORE = r"(?<![\w.-])"
_NOT_IN_NAME_AFTER = r"(?![\w‐–-]|\s+(?:Sea|Strait|Airlines?|Daily|Post|Times|News|Bank)\b)"
_WORD_BEFORE = re.compile(r"(?P<word>[\w'’.-]+)\s+$")
# "in Tunxi, China", "• China – $10 bln", "PEKING, March 31 - China", "the China - Central
# Asia format": an address, a list item, a dateline or a dashed pair, where no outlet writes
# the state's other form.
_ADDRESS_OR_ITEM = re.compile(r"(?:\bin\s+[A-Z][\w'-]+,|[-–—•*/])\s*$")
_DASH_AFTER = re.compile(r"\s+[-–—]\s")
_OPENERS = frozenset(
    "In On At With For From Between And To By But As After While Both".split()  # noqa: SIM905
)


def _inside_name(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if before is None:
        return False
    word = before.group("word")
    if word.endswith(".") and len(word) > 3:  # a sentence's last word, not "St."
        return False
    return word == "of" or (word[0].isupper() and word not in _OPENERS)


def _name_rewrite(forms: str, new: str, *, strict: bool = True) -> Callable[[str], str]:
    """Rewrite the state name ``forms`` (a regex) to ``new``, with the article handled.

    ``new`` may start with "the "; a "the" already before the name is kept (or dropped when
    ``new`` takes none), and at a sentence start the new name is capitalised.
    """
    pattern = re.compile(rf"(?P<the>\b[Tt]he\s+)?{_FREE_BEFORE}(?:{forms}){_NOT_IN_NAME_AFTER}")

    def one(match: re.Match[str]) -> str:
        the, text, start = match.group("the"), match.string, match.start()
        if strict and not the and _inside_name(text, start):
            return match.group()
        if _ADDRESS_OR_ITEM.search(text[max(0, start - 40) : start]) or _DASH_AFTER.match(
            text, match.end()
        ):
            return match.group()
        if the:
            if new.startswith("the "):
                return the + new.removeprefix("the ")
            return new[0].upper() + new[1:] if the[0] == "T" else new
        at_start = (
            start == 0
            or text[max(0, start - 3) : start].rstrip(" ").endswith((".", "\n", "\u201c", '"'))
            or not text[:start].strip()
        )
        return new[0].upper() + new[1:] if at_start else new

    return lambda text: pattern.sub(one, text)


def _demonym_rewrite(forms: str, new: str) -> Callable[[str], str]:
    """Rewrite an adjective before a common noun or an office ("British officials")."""
    pattern = re.compile(
        rf"{_FREE_BEFORE}(?:{forms})(?=\s+[A-Za-z])(?!\s+(?:and|or|in|of|to|is|are)\b)"
    )
    return lambda text: pattern.sub(new, text)


# Capitals standing for their governments: the state as the subject of a reporting or
# acting verb, the way wire copy writes "Ankara said" for "Turkey said".
_GOVERNMENT_VERB = (
    r"(?=\s+(?:said|says|has|have|had|will|would|wants|signed|agreed|announced|accused"
    r"|rejected|welcomed|imposed|and)\b)"
)


# Not after "of" ("the Congress of the United States") nor after a preposition of place ("in
# the United States and other countries"), where the capital would name the city, not the
# government.
_NOT_A_PLACE = r"(?<!\bof\s)(?<!\bin\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\binto\s)(?<!\bacross\s)"


def _capital_rewrite(state: str, capital: str) -> Callable[[str], str]:
    pattern = re.compile(
        rf"{_NOT_A_PLACE}(?:\b[Tt]he\s+)?{_FREE_BEFORE}(?:{state}){_GOVERNMENT_VERB}"
    )
    return lambda text: pattern.sub(capital, text)


_US_SHORT = r"US|U\.S\."
# Not "the United States Senate" nor "the United States' support", whose rewrites need more
# than the name changed.
_US_LONG = r"United\s+States(?!\s+of|\s+[A-Z]|['’])"

STATE_REWRITES: dict[str, Callable[[str], str]] = {
    "US_to_United_States": _name_rewrite(
        rf"(?<=[Tt]he\s)(?:{_US_SHORT})(?=[\s,;:'’)]|\.\s)", "the United States"
    ),
    "United_States_to_US": _name_rewrite(_US_LONG, "the US"),
    "United_States_to_America": _name_rewrite(_US_LONG, "America"),
    "Britain_to_UK": _name_rewrite(r"(?<!Great\s)Britain", "the UK"),
    "UK_to_Britain": _name_rewrite(r"UK|U\.K\.|United\s+Kingdom", "Britain"),
    "Britain_to_United_Kingdom": _name_rewrite(r"(?<!Great\s)Britain|UK", "the United Kingdom"),
    "Turkey_to_Turkiye": _name_rewrite(r"Turkey", "Türkiye"),
    "Turkiye_to_Turkey": _name_rewrite(r"T[üu]rkiye", "Turkey", strict=False),
    "South_Korea_to_ROK_long": _name_rewrite(
        r"South\s+Korea", "the Republic of Korea", strict=False
    ),
    "South_Korea_to_ROK": _name_rewrite(r"South\s+Korea", "the ROK", strict=False),
    "Russia_to_Russian_Federation": _name_rewrite(r"Russia", "the Russian Federation"),
    "Russian_Federation_to_Russia": _name_rewrite(r"Russian\s+Federation", "Russia", strict=False),
    "Iran_to_Islamic_Republic": _name_rewrite(r"Iran", "the Islamic Republic of Iran"),
    "Cote_dIvoire_to_Ivory_Coast": _name_rewrite(
        r"C[ôo]te\s+d['’]Ivoire", "Ivory Coast", strict=False
    ),
    "Ivory_Coast_to_Cote_dIvoire": _name_rewrite(r"Ivory\s+Coast", "Côte d'Ivoire", strict=False),
    "Czech_Republic_to_Czechia": _name_rewrite(r"Czech\s+Republic", "Czechia", strict=False),
    "Czechia_to_Czech_Republic": _name_rewrite(r"Czechia", "the Czech Republic", strict=False),
    "Myanmar_to_Burma": _name_rewrite(r"Myanmar", "Burma"),
    "Burma_to_Myanmar": _name_rewrite(r"Burma", "Myanmar"),
    "Netherlands_to_Holland": _name_rewrite(r"Netherlands", "Holland", strict=False),
    "China_to_PRC_long": _name_rewrite(r"China", "the People's Republic of China"),
    "China_to_PRC": _name_rewrite(r"China", "the PRC"),
    "American_to_US": _demonym_rewrite(r"American(?!s)", "US"),
    "US_to_American": _demonym_rewrite(r"(?<![Tt]he\s)(?:US|U\.S\.)(?=\s+[a-z])", "American"),
    "British_to_UK": _demonym_rewrite(
        r"British(?!\s+(?:Columbia|Virgin|Isles|Council|Airways|Museum))", "UK"
    ),
    "UK_to_British": _demonym_rewrite(r"(?<![Tt]he\s)UK(?=\s+[a-z])", "British"),
    "South_Korean_to_Korean": _demonym_rewrite(r"South\s+Korean(?!s)", "Korean"),
    "Dutch_to_Netherlands": _demonym_rewrite(r"Dutch", "Netherlands"),
    "Chinese_to_PRC": _demonym_rewrite(
        r"Chinese(?=\s+(?:officials?|government|side|delegation|president|premier))", "PRC"
    ),
    "Burmese_to_Myanmar": _demonym_rewrite(r"Burmese", "Myanmar"),
    "Myanmar_adj_to_Burmese": _demonym_rewrite(
        r"Myanmar(?=\s+(?:officials?|government|junta|military|side|delegation))", "Burmese"
    ),
    "Ivorian_to_Ivory_Coast": _demonym_rewrite(r"Ivorian", "Ivory Coast"),
    "Turkish_to_Turkiye": _demonym_rewrite(
        r"Turkish(?=\s+(?:officials?|government|side|delegation|president|counterpart))",
        "Türkiye's",
    ),
    "capital_Washington": _capital_rewrite(rf"United\s+States|{_US_SHORT}", "Washington"),
    "capital_Ankara": _capital_rewrite(r"Turkey|T[üu]rkiye", "Ankara"),
    "capital_Moscow": _capital_rewrite(r"Russia", "Moscow"),
    "capital_Beijing": _capital_rewrite(r"China", "Beijing"),
    "capital_London": _capital_rewrite(r"Britain|UK|United\s+Kingdom", "London"),
    "capital_Tehran": _capital_rewrite(r"Iran", "Tehran"),
    "capital_Seoul": _capital_rewrite(r"South\s+Korea", "Seoul"),
    "capital_Tokyo": _capital_rewrite(r"Japan", "Tokyo"),
    "capital_New_Delhi": _capital_rewrite(r"India", "New Delhi"),
    "capital_Paris": _capital_rewrite(r"France", "Paris"),
    "capital_Berlin": _capital_rewrite(r"Germany", "Berlin"),
    "Washington_to_US": _name_rewrite(r"Washington" + _GOVERNMENT_VERB, "the United States"),
    "Ankara_to_Turkey": _name_rewrite(r"Ankara" + _GOVERNMENT_VERB, "Turkey"),
    "Beijing_to_China": _name_rewrite(r"Beijing" + _GOVERNMENT_VERB, "China"),
    "Moscow_to_Russia": _name_rewrite(r"Moscow" + _GOVERNMENT_VERB, "Russia"),
}


# ------------------------------------------------------------------ official names
# Any state named by its short name ("Azerbaijan") or its official one ("the Republic of
# Azerbaijan", ISO 3166's official_name), read with the library's own scanner in a worker.
_SHORT_NAME_END = re.compile(r"^(?:[’']s\b|[\w‐–-])")


_MONEY_AFTER = re.compile(r"\s+(?:dlrs|dollars?|pounds?|shillings?|rupees?|francs?|pesos?)\b")
_PLACE_OR_ITEM = re.compile(r"(?:[A-Z][\w'-]+,|^|\n|[-–•*])\s*$")


def _official_names() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "src"))
    from diplonews.gazetteer import iso_countries  # noqa: PLC0415

    return {
        str(c.alpha_3): str(c.official_name)
        for c in iso_countries()
        if hasattr(c, "official_name") and " of " in str(c.official_name)
    }


def _to_official(text: str) -> str:
    """Rewrite "Azerbaijan" as "the Republic of Azerbaijan" where the name is the state's."""
    sys.path.insert(0, str(ROOT / "src"))
    from diplonews.gazetteer import country_name  # noqa: PLC0415
    from diplonews.text.countries import city_country, extract_country_mentions  # noqa: PLC0415

    official = _official_names()
    out, last = [], 0
    for m in extract_country_mentions(text):
        long = official.get(m.code)
        if m.kind != "name" or long is None or m.text != country_name(m.code):
            continue
        if _SHORT_NAME_END.match(text[m.end : m.end + 3]) or _inside_name(text, m.start):
            continue  # "Azerbaijan's", "Azerbaijan-Turkey": kept as written
        if _MONEY_AFTER.match(text, m.end):
            continue  # "412 mln Zimbabwe dlrs": a currency's name, not the state's
        if city_country(m.text) is not None:
            continue  # "in Luxembourg", "in Djibouti": the city as much as the state
        if _PLACE_OR_ITEM.search(text[max(0, m.start - 40) : m.start]):
            continue  # "Baku, Azerbaijan", "- Azerbaijan – $1 bln": no official name there
        before = text[max(0, m.start - 4) : m.start]
        at_start = (
            m.start == 0
            or text[: m.start].rstrip().endswith((".", "\n", ":"))
            or not text[: m.start].strip()
        )
        the = "" if before.endswith(("the ", "The ")) else ("The " if at_start else "the ")
        out.append(text[last : m.start] + the + long)
        last = m.end
    return "".join(out) + text[last:]


_OFFICIAL_FORM = re.compile(
    r"(?P<the>\b[Tt]he\s+)?(?P<long>(?:(?:Islamic|People's|Democratic|Socialist|Arab|Federal"
    r"|United|Hashemite|Plurinational|Bolivarian|Oriental|Co-operative|Federative)\s+)?"
    r"(?:Republic|Kingdom|Sultanate|State|Principality|Grand\s+Duchy|Commonwealth|Federation"
    r"|Emirate)\s+of\s+(?:the\s+)?(?P<short>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))(?![\w‐–-])"
)


def _to_short(text: str) -> str:
    """Rewrite "the Republic of Azerbaijan" as "Azerbaijan" where both name the same state."""
    sys.path.insert(0, str(ROOT / "src"))
    from diplonews.gazetteer import resolve_country  # noqa: PLC0415

    def one(m: re.Match[str]) -> str:
        code = resolve_country(m.group("long"))
        if code is None or resolve_country(m.group("short")) != code:
            return m.group()
        return m.group("short")  # the article goes with the official name's head

    return _OFFICIAL_FORM.sub(one, text)


STATE_REWRITES["short_to_official"] = _to_official
STATE_REWRITES["official_to_short"] = _to_short

VARIANTS: dict[str, Callable[[str, str], Text]] = {
    name: base._both(rewrite) for name, rewrite in STATE_REWRITES.items()
}

# ------------------------------------------------------------------ comparing records
# Every form of a state folded to one token in the records' strings (lower-cased text).
_FORMS = [
    (
        r"\b(?:the\s+)?(?:united\s+states(?:\s+of\s+america)?|us|u\.s\.?|america|american|washington)\b",
        "<usa>",
    ),
    (r"\b(?:the\s+)?(?:united\s+kingdom|uk|u\.k\.?|britain|british|london)\b", "<gbr>"),
    (r"\b(?:the\s+)?(?:t[üu]rkiye|turkey|turkish|ankara)(?:'s)?\b", "<tur>"),
    (
        r"\b(?:the\s+)?(?:republic\s+of\s+korea|south\s+korea|rok|south\s+korean|korean|seoul)\b",
        "<kor>",
    ),
    (r"\b(?:the\s+)?(?:russian\s+federation|russia|moscow)\b", "<rus>"),
    (r"\b(?:the\s+)?(?:islamic\s+republic\s+of\s+iran|iran|tehran)\b", "<irn>"),
    (r"\b(?:c[ôo]te\s+d'ivoire|ivory\s+coast|ivorian)\b", "<civ>"),
    (r"\b(?:the\s+)?(?:czech\s+republic|czechia)\b", "<cze>"),
    (r"\b(?:myanmar|burma|burmese)\b", "<mmr>"),
    (r"\b(?:the\s+)?(?:netherlands|holland|dutch)\b", "<nld>"),
    (r"\b(?:the\s+)?(?:people's\s+republic\s+of\s+china|prc|china|chinese|beijing)\b", "<chn>"),
    (r"\b(?:japan|tokyo)\b", "<jpn>"),
    (r"\b(?:india|new\s+delhi)\b", "<ind>"),
    (r"\b(?:france|paris)\b", "<fra>"),
    (r"\b(?:germany|berlin)\b", "<deu>"),
]
_FORM_PATTERNS = [(re.compile(p), token) for p, token in _FORMS]
# An official name's head, folded out: "the republic of uzbekistan" reads as "uzbekistan".
_OFFICIAL_HEAD = re.compile(
    r"\b(?:the\s+)?(?:(?:islamic|people's|democratic|socialist|arab|federal|united|hashemite"
    r"|plurinational|bolivarian|oriental|co-operative|federative)\s+)?(?:republic|kingdom"
    r"|sultanate|state|principality|grand\s+duchy|commonwealth|federation|emirate)\s+of\s+"
    r"(?:the\s+)?"
)


_BASE_FOLD = base._fold


def _fold(value: Any) -> str:
    text = _OFFICIAL_HEAD.sub("", _BASE_FOLD(value))
    for pattern, token in _FORM_PATTERNS:
        text = pattern.sub(token, text)
    return text


base._fold = _fold


def main() -> None:
    """The typography benchmark's run, over these variants and with state names folded."""
    base.VARIANTS.clear()
    base.VARIANTS.update(VARIANTS)
    base.main()


if __name__ == "__main__":
    main()
