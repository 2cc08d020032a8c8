"""Older and variant spellings of states and their peoples, as wire copy writes them.

Each row is a sentence written for this table and the states it names, in order. Wire copy of
the 1980s names states by the names of its day ("Kampuchea", "Rumania") and news spells some
peoples two ways ("Ecuadorean" and "Ecuadorian"); both must resolve to the same code. The near
misses keep words that only look like a state's people from being read as one.
"""

from __future__ import annotations

import pytest

from diplonews.text.countries import extract_country_mentions

ROWS: list[tuple[str, tuple[str, ...]]] = [
    ("Vietnamese troops remained in Kampuchea through the dry season.", ("VNM", "KHM")),
    ("The Kampuchean resistance met envoys in the capital.", ("KHM",)),
    ("Rumania and Bulgaria signed a barter protocol.", ("ROU", "BGR")),
    ("Rumanian officials said talks would resume.", ("ROU",)),
    ("Troops from Dahomey joined the exercise.", ("BEN",)),
    ("Upper Volta's leader flew home on Sunday.", ("BFA",)),
    ("Siam's envoy presented his credentials.", ("THA",)),
    ("Tadzhikistan and Kirgizia agreed on water quotas.", ("TJK", "KGZ")),
    ("The Ecuadorean oil minister arrived on Monday.", ("ECU",)),
    ("Ecuadoreans voted in a referendum.", ("ECU",)),
    ("A Belorussian delegation toured the plant.", ("BLR",)),
    ("The Moldavian premier met Romanian officials.", ("MDA", "ROU")),
    ("Zairean and Zairian spellings both appear in wire copy.", ("COD", "COD")),
    ("Rwandese refugees crossed the border.", ("RWA",)),
    ("Comoran officials asked for aid.", ("COM",)),
    ("Icelanders and Norwegians fish the same waters.", ("ISL", "NOR")),
    ("A New Zealander led the mission.", ("NZL",)),
    ("Kazakstani grain traders met buyers.", ("KAZ",)),
]

NEAR_MISSES: list[str] = [
    "The Siamese cat show opened on Friday.",
    "Persian rugs sold well at the fair.",
    # "Somali" is the people's word: a longer word that starts with it is none
    "Somalian animals grazed by the road.",
    "The Scottish Parliament met in Edinburgh.",
]


@pytest.mark.parametrize(("sentence", "codes"), ROWS)
def test_variant_names_resolve(sentence: str, codes: tuple[str, ...]) -> None:
    """Each older name or spelling resolves to its state, in the order named."""
    found = tuple(mention.code for mention in extract_country_mentions(sentence))
    assert found == codes, sentence


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_misses_name_no_state(sentence: str) -> None:
    """Words that only look like a state's people name no state."""
    assert extract_country_mentions(sentence) == (), sentence
