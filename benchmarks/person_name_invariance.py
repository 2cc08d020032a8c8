"""Which articles' records change when the people they name bear names of another shape.

    .venv/bin/python benchmarks/person_name_invariance.py [--jobs N] [--show N] [--out F] [VARIANT]

Run from the repository root. A sibling of ``benchmarks/state_name_invariance.py`` and of
``benchmarks/typography_invariance.py``, whose reading of the visible sets (the sets
``scripts/score_sets.py run --hide`` scores, the split of ``hold.py`` with ``HIDE=1``) and
whose pool of workers it reuses. Every person the library itself finds in a visible text
(its meetings' participants and ``text.extract_people``) whose name is *not* in the office
holders' table (a known holder's name gives a state by knowledge, so renaming one changes
the records legitimately) is renamed, consistently through the text, with a name of another
shape: the full name and every later mention by the surname alone. The variants:

``arabic``
    given name, "bin", father's name, "Al" and the family ("Hamad bin Khalid Al Thani"),
    or "al-" joined to the family ("Faisal bin Nasser al-Harthi");
``turkic``
    a hyphenated given name or a surname in "-ov" / "-yev" / "-ova", an apostrophe
    ("Kassym-Jomart Tokayev", "Bakhtiyor Sa'idov");
``patronymic``
    the Azerbaijani and Uzbek father's name with "oglu" / "ogli" / "qizi"
    ("Elmar Mahammadyar oglu Mammadyarov");
``south_asian``
    two to four parts ("Syed Asim Munir", "Subrahmanyam Jaishankar");
``east_asian``
    the family name first, later mentions by it ("Nguyen Van An", "Wang Xiaoming");
``particles``
    "de la", "van der", "von", "da", "ibn" inside the name ("Maria de la Cruz");
``initials``
    initials before the surname ("A. K. Rahimov").

The expected records are the plain records with every string rewritten the same way (a
participant's name, a title that quotes one). Per variant it prints the articles rewritten,
the articles whose records change beyond that (with what changed: records gained or lost,
a side, a role, a participant's name, a status or a date), and the key records the plain
text matched that the renamed text no longer matches (the key renamed the same way, matched
by the shared scorer's own matching).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]

# Imported by name (not loaded from their paths) so that the functions pickle for workers.
sys.path.insert(0, str(ROOT / "benchmarks"))
import state_swap_invariance as swap  # noqa: E402
import typography_invariance as base  # noqa: E402

# ------------------------------------------------------------------ the new names
# Each variant makes (full name, surname for later mentions) from a seed, the same seed
# for the same old name, so one person keeps one new name through a text.
# No family name nor surname of the office holders' table: such a name would give its
# holder's state by knowledge (a given name alone, "Mohammed", names nobody).
_ARABIC_GIVEN = "Hamad Faisal Mohammed Khalid Sultan Nasser Saud Mansour Rashid".split()  # noqa: SIM905
_ARABIC_FATHER = "Khalid Abdulrahman Nasser Jassim Hamad Salman Rashid Ahmed".split()  # noqa: SIM905
_ARABIC_FAMILY = "Harthi Qasimi Mazrouei Kaabi Marri Attiyah Suwaidi Hajri Otaiba".split()  # noqa: SIM905

_TURKIC_GIVEN = (  # noqa: SIM905
    "Kassym-Jomart Jeyhun Shavkat Mukhtar Abdulaziz Nurlan Bakhtiyor Sadyr Erlan Askar"
    " Ulugbek Aidarbek Murat-Khan Hikmet"
).split()
_TURKIC_FAMILY = (  # noqa: SIM905
    "Nurmukhambetov Sa'idov Kulibayev Zhumabekov Yerzhanova Imanaliyev Kuanyshev Ismoilov"
    " Nurgaliyev Beisenov Yusupova Kadyrbekov"
).split()
_PATRONYMS = "Mahammadyar Heydar Aziz Rasul Tahir Kamal".split()  # noqa: SIM905
_PATRONYM_WORDS = ("oglu", "ogli", "qizi")

_SOUTH_ASIAN = [
    ("Syed Asim", "Munir"),
    ("Venkatesh", "Raghunathan"),
    ("Mohammad Ishaq", "Chaudhry"),
    ("Ranil", "Gunawardena"),
    ("Makhdoom Shah Mahmood", "Siddiqui"),
    ("Ahsan Iqbal", "Awan"),
    ("Pushpa Kamal", "Bhattarai"),
    ("Sushma", "Krishnamurthy"),
]
_EAST_ASIAN = [
    ("Nguyen", "Van An"),
    ("Wang", "Xiaoming"),
    ("Tran", "Duc Luong"),
    ("Kim", "Sung-hwan"),
    ("Li", "Qiangwei"),
    ("Pham", "Binh Minh"),
    ("Zhao", "Lijian"),
]
_PARTICLES = [
    ("Maria", "de la Cruz"),
    ("Jan", "van der Berg"),
    ("Ursula", "von Essen"),
    ("Luiz", "da Silva"),
    ("Pedro", "de los Santos"),
    ("Ahmad", "ibn Rashid"),
    ("Anna", "van den Broek"),
    ("Carlos", "dos Reis"),
]
_INITIAL_SURNAMES = "Rahimov Sharma Mensah Okafor Petrov Haddad Kowalski Lindqvist".split()  # noqa: SIM905


def _arabic(seed: int) -> tuple[str, str]:
    given = _ARABIC_GIVEN[seed % len(_ARABIC_GIVEN)]
    father = _ARABIC_FATHER[seed // 7 % len(_ARABIC_FATHER)]
    family = _ARABIC_FAMILY[seed // 11 % len(_ARABIC_FAMILY)]
    if seed % 2:
        return f"{given} bin {father} al-{family}", f"al-{family}"
    return f"{given} bin {father} Al {family}", f"Al {family}"


def _turkic(seed: int) -> tuple[str, str]:
    family = _TURKIC_FAMILY[seed // 5 % len(_TURKIC_FAMILY)]
    return f"{_TURKIC_GIVEN[seed % len(_TURKIC_GIVEN)]} {family}", family


def _patronymic(seed: int) -> tuple[str, str]:
    given = _TURKIC_GIVEN[seed % len(_TURKIC_GIVEN)].split("-")[0]
    father = _PATRONYMS[seed // 3 % len(_PATRONYMS)]
    word = _PATRONYM_WORDS[seed // 5 % len(_PATRONYM_WORDS)]
    family = _TURKIC_FAMILY[seed // 7 % len(_TURKIC_FAMILY)]
    return f"{given} {father} {word} {family}", family


def _pair(table: list[tuple[str, str]], *, family_first: bool = False) -> Callable[[int], Any]:
    def make(seed: int) -> tuple[str, str]:
        a, b = table[seed % len(table)]
        return (f"{a} {b}", a) if family_first else (f"{a} {b}", b)

    return make


def _initials(seed: int) -> tuple[str, str]:
    letters = "ABKMRS"
    first, second = letters[seed % 6], letters[seed // 6 % 6]
    family = _INITIAL_SURNAMES[seed // 36 % len(_INITIAL_SURNAMES)]
    return f"{first}. {second}. {family}", family


NAMERS: dict[str, Callable[[int], tuple[str, str]]] = {
    "arabic": _arabic,
    "turkic": _turkic,
    "patronymic": _patronymic,
    "south_asian": _pair(_SOUTH_ASIAN),
    "east_asian": _pair(_EAST_ASIAN, family_first=True),
    "particles": _pair(_PARTICLES),
    "initials": _initials,
}


# ------------------------------------------------------------------ the people renamed
_WORD = re.compile(r"[A-Z][\w'’-]*")


def _known_forms() -> frozenset[str]:
    """Every office holder's name and forms: a name holding one is left alone."""
    sys.path.insert(0, str(ROOT / "src"))
    from diplonews.gazetteer import load_office_holders  # noqa: PLC0415

    table = load_office_holders()
    return frozenset(form for h in table.holders for form in (h.name, *h.forms))


def _holds_form(name: str, known: frozenset[str]) -> bool:
    """Whether a run of the words of ``name`` is a holder's name or form ("Al Thani")."""
    words = name.split()
    return any(
        " ".join(words[i:j]) in known
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )


def _people(text: str, result: dict[str, Any], known: frozenset[str]) -> list[str]:
    """The names to rename: the library's own, not a holder's, of two words or more."""
    sys.path.insert(0, str(ROOT / "src"))
    from diplonews.text import extract_people  # noqa: PLC0415

    names = {p.name for p in extract_people(text)}
    for r in result.get("meetings") or []:
        names.update(str(p.get("name") or "") for p in r.get("participants") or [])
    out = []
    for name in names:
        words = name.split()
        if len(words) < 2 or not all(_WORD.fullmatch(w) for w in words):
            continue
        if _holds_form(name, known):
            continue
        out.append(name)
    return sorted(out, key=len, reverse=True)


class Renaming(NamedTuple):
    """A text's renaming: the old forms (full names, then surnames) to the new."""

    pairs: tuple[tuple[str, str], ...]

    def __call__(self, text: str) -> str:
        if not self.pairs or not text:
            return text
        table = dict(self.pairs)
        pattern = re.compile(
            r"(?<![\w.’'-])(?:"
            + "|".join(re.escape(old) for old, _ in self.pairs)
            + r")(?![\w-]|['’](?!s\b))"
        )
        return pattern.sub(lambda m: table[m.group()], text)


def _renaming(names: list[str], variant: str, text: str, known: frozenset[str]) -> Renaming:
    """Full names to new full names, and each one's surname to the new surname."""
    pairs: dict[str, str] = {}
    surnames: dict[str, str] = {}
    used: set[str] = set()
    others = {w for name in names for w in name.split()[:-1]}
    for name in names:
        seed = zlib.crc32(name.encode())
        new, new_surname = NAMERS[variant](seed)
        # Not a holder's surname or name, nor a new name another person of the text has.
        for _ in range(60):  # a short table may run out of new names: then they repeat
            if not (_holds_form(new, known) or new_surname in used):
                break
            seed += 1
            new, new_surname = NAMERS[variant](seed)
        pairs[name] = new
        used.add(new_surname)
        surname = name.split()[-1]
        if len(surname) > 2 and surname not in others and surname not in surnames:
            surnames[surname] = new_surname
    for surname, new in surnames.items():
        # A surname alone is renamed only where it stands for the person: not a state's,
        # a city's or an organisation's word that the text also uses otherwise.
        if re.search(rf"\b{re.escape(surname)}\s+(?:of|Sea|Street|Square)\b", text):
            continue
        pairs.setdefault(surname, new)
    return Renaming(tuple(sorted(pairs.items(), key=lambda p: len(p[0]), reverse=True)))


def _map_strings(value: Any, rename: Renaming) -> Any:
    if isinstance(value, str):
        return rename(value)
    if isinstance(value, list):
        return [_map_strings(v, rename) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, rename) for k, v in value.items()}
    return value


# ------------------------------------------------------------------ comparing records
def _view(result: dict[str, Any], scorer: Any) -> tuple[Any, ...]:
    """What the scorer reads, and each person's role and side, per record type."""

    def person(p: dict[str, Any]) -> tuple[str, str, str]:
        return base._fold(p.get("name")), base._fold(p.get("role")), p.get("country") or ""

    return tuple(base._view(result, scorer, person=person))


def _what_changed(plain: dict[str, Any], renamed: dict[str, Any]) -> str:
    """The first difference: records gained or lost, sides, status or date, roles, names."""
    for kind in ("meetings", "agreements", "trade_records"):
        a, b = plain.get(kind) or [], renamed.get(kind) or []
        if len(a) != len(b):
            return f"{kind} {'lost' if len(b) < len(a) else 'gained'}"
    for kind, sides in (("meetings", "countries"), ("agreements", "parties")):
        for a, b in zip(plain.get(kind) or [], renamed.get(kind) or [], strict=True):
            if sorted(a.get(sides) or []) != sorted(b.get(sides) or []):
                return "sides"
            if (a.get("status"), a.get("date")) != (b.get("status"), b.get("date")):
                return "status or date"
    for a, b in zip(plain.get("meetings") or [], renamed.get("meetings") or [], strict=True):
        pa, pb = a.get("participants") or [], b.get("participants") or []
        if len(pa) != len(pb):
            return "participants lost" if len(pb) < len(pa) else "participants gained"
        if sorted(str(p.get("country")) for p in pa) != sorted(str(p.get("country")) for p in pb):
            return "a person's side"
        if sorted(str(p.get("role")) for p in pa) != sorted(str(p.get("role")) for p in pb):
            return "roles"
        if sorted(base._fold(p.get("name")) for p in pa) != sorted(
            base._fold(p.get("name")) for p in pb
        ):
            return "names"
    return "other"


class Found(NamedTuple):
    variant: str
    article: str
    changed: str  # what changed, or ""
    lost: int


def _check(job: tuple[list[tuple[Any, dict[str, Any]]], list[str]]) -> list[Found]:
    articles, variants = job
    sys.path.insert(0, str(ROOT / "src"))
    import attrs  # noqa: PLC0415

    from diplonews.extract import extract  # noqa: PLC0415
    from diplonews.serialization import to_json  # noqa: PLC0415

    scorer = base._module("shared_score", base.SHARED / "eval" / "score.py")
    known = _known_forms()
    found = []
    for article, gold in articles:
        plain = json.loads(to_json(extract(article)))
        text = f"{article.title or ''}\n{article.body}"
        names = _people(text, plain, known)
        if not names:
            continue
        for name in variants:
            rename = _renaming(names, name, text, known)
            title, body = rename(article.title or ""), rename(article.body)
            if title == (article.title or "") and body == article.body:
                continue
            variant = attrs.evolve(article, title=title or article.title, body=body)
            renamed = json.loads(to_json(extract(variant)))
            expected = _map_strings(plain, rename)
            changed = ""
            if _view(expected, scorer) != _view(renamed, scorer):
                changed = _what_changed(expected, renamed)
            gold_renamed = _map_strings(gold, rename)
            lost = max(
                0, swap._matched(gold, plain, scorer) - swap._matched(gold_renamed, renamed, scorer)
            )
            found.append(Found(name, article.id, changed, lost))
    return found


def main() -> None:
    """Print, per variant, articles rewritten, changed (and how) and key records lost."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("variants", nargs="*", help=f"some of: {', '.join(NAMERS)}")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=12, help="ids listed per variant")
    parser.add_argument("--out", type=Path, help="write every changed id, per variant, as JSON")
    args = parser.parse_args()
    variants = args.variants or list(NAMERS)
    articles = swap._articles()
    chunks = [articles[i :: args.jobs * 4] for i in range(args.jobs * 4)]
    found: list[Found] = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for part in pool.map(_check, [(chunk, variants) for chunk in chunks]):
            found += part
    if args.out:
        out = {
            v: {
                "changed": {f.article: f.changed for f in found if f.variant == v and f.changed},
                "lost": {f.article: f.lost for f in found if f.variant == v and f.lost},
            }
            for v in variants
        }
        args.out.write_text(json.dumps(out, indent=1, sort_keys=True))
    print(f"{len(articles)} articles; per variant: rewritten, changed, key records lost")
    for v in variants:
        mine = [f for f in found if f.variant == v]
        changed = [f for f in mine if f.changed]
        ids = sorted(f.article for f in changed)
        shown = " ".join(ids[: args.show]) + (" ..." if len(ids) > args.show else "")
        lost = sum(f.lost for f in mine)
        print(f"{v:12s} {len(mine):5d} {len(changed):4d} {lost:4d}  {shown}")
        why = Counter(f.changed for f in changed)
        print(" " * 13 + ", ".join(f"{k} {n}" for k, n in why.most_common()))


if __name__ == "__main__":
    main()
