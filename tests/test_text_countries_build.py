"""The country scanner's build steps give what their plain versions give (they only run faster).

:func:`_variants` skips Unicode normalisation for ASCII forms and :func:`diplonews.text._trie.trie`
writes a run of one-letter nodes in one step; the plain versions are kept here as the
reference, and compared over the gazetteer's own forms and over generated ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.text import countries
from diplonews.text._trie import trie

_CEDILLA_FOR_COMMA = str.maketrans("ȘșȚț", "ŞşŢţ")
_COMMA_FOR_CEDILLA = str.maketrans("ŞşŢţ", "ȘșȚț")


def plain_variants(form: str) -> Iterator[str]:
    """The variants as every form was read before the ASCII path."""
    yield form
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", form) if not unicodedata.combining(ch)
    )
    plain = unicodedata.normalize("NFC", plain)
    forms = {form, plain}
    for base in tuple(forms):
        forms.add(base.translate(_CEDILLA_FOR_COMMA))
        forms.add(base.translate(_COMMA_FOR_CEDILLA))
    for base in tuple(forms):
        if "'" in base:
            forms.add(base.replace("'", "’"))
        if " and " in base:
            forms.add(base.replace(" and ", " & "))
    forms.discard(form)
    yield from sorted(forms)


Trie = dict[str, "Trie"]


def plain_trie_regex(forms: Iterable[str]) -> str:
    """The trie written one node at a time."""
    trie: Trie = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: Trie) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(trie)


def test_the_gazetteer_forms() -> None:
    """The forms the scanner is built of: the same variants, the same pattern."""
    table = countries._surface_forms()
    for form in table:
        assert list(countries._variants(form)) == list(plain_variants(form))
    assert trie(table) == plain_trie_regex(table)


# Letters of names: ASCII, accented, comma and cedilla letters, apostrophes, "and", "&".
_NAME_TEXT = st.lists(
    st.sampled_from(["a", "b", "S", "T", "é", "ș", "ş", "Ț", "'", "’", " and ", " ", "&", "."]),
    max_size=8,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NAME_TEXT)
def test_generated_variants(form: str) -> None:
    """Any form: the same variants in the same order."""
    assert list(countries._variants(form)) == list(plain_variants(form))


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME_TEXT, max_size=12))
def test_generated_tries(forms: list[str]) -> None:
    """Any set of forms (prefixes of one another, shared runs, the empty form): the same."""
    assert trie(forms) == plain_trie_regex(forms)
