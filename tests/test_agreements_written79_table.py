"""A table of planned instruments told as the sides' aim or progress (session 79).

Found in White House readouts of the real corpus and in the written articles W1291-W1320 and
W1441-W1470, scored against every visible set (the blind keys of real corpus articles 11 to
18 and 20 to 26, the owners' keys, the written articles W1-W1500 and our own pages). A row is
a text and the records it gives, in the agreement row notation (``agreement_rows``). Every
text is invented. The classes:

- ``aim_to_conclude``: an instrument the sides are told making progress or steps toward
  concluding or finalizing, or having that as their goal or aim ("noted progress toward
  concluding a fisheries agreement", "reaffirmed the goal of concluding a treaty on X"), is
  a planned instrument of the sides, named or not;
- ``framework_in_making``: an unnamed framework told in the making, its development or the
  talks on it ("about developing a framework to deepen bilateral relations", "bilateral talks
  on a framework for X mining"), is a planned instrument, also where the sides agreed on its
  development; its sides are those its sentence names, or the story's two where the sentence
  calls it bilateral;
- ``regression``: near misses that must stay as they are: the imperative or importance of
  concluding an instrument, which leaders urge on others whose sides they do not tell, talks
  (not an instrument) to conclude, progress "in" concluding, a framework in the making of no
  side told ("for warmer ties with their neighbours"), a framework that is not the object
  of the making ("the development of bilateral trade and a framework of cooperation", "within
  the framework of") and a company's talks (read before).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "aim_to_conclude",
        "Ghana's foreign minister met his Togolese counterpart in Accra on Tuesday. The two"
        " ministers reviewed border trade and noted progress toward concluding a bilateral"
        " fisheries agreement.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "aim_to_conclude",
        "Chile and Peru held talks in Lima on Friday. The ministers reaffirmed the goal of"
        " concluding a treaty on water rights before the end of the year.",
        ["treaty planned CHL,PER - 1"],
    ),
    (
        "aim_to_conclude",
        "Chile and Peru held talks in Lima on Friday. The ministers welcomed steps towards"
        " finalizing a memorandum on seasonal workers.",
        ["memorandum planned CHL,PER - 1"],
    ),
    (
        "aim_to_conclude",
        "Chile's foreign minister met his Peruvian counterpart in Lima on Friday. The ministers"
        " reported progress towards concluding a Convention on Recognition of Seafarers'"
        " Certificates, which they hope to sign this year.",
        ["treaty planned CHL,PER 2023 1"],
    ),
    (
        "framework_in_making",
        "The Foreign Minister of Chile met the Peruvian Foreign Minister in Lima on Friday to"
        " review relations between Chile and Peru. They talked about port fees and about"
        " developing a framework to deepen bilateral relations.",
        ["other planned CHL,PER - 1"],
    ),
    (
        "framework_in_making",
        "Chile and Peru held talks in Lima on Friday. The President praised Peru's reforms and"
        " said bilateral talks on a framework for lithium mining were going well.",
        ["other planned CHL,PER - 1"],
    ),
    (
        "framework_in_making",
        "Chile and Peru held talks in Lima on Friday. The ministers agreed on the development of"
        " a common framework for bilateral relations.",
        ["other planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Friday. The ministers discussed developing a"
        " framework for warmer ties with their neighbours.",
        [],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Friday. The ministers discussed the development of"
        " bilateral trade and a framework of cooperation.",
        [],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Friday. The ministers discussed bilateral trade"
        " within the framework of their strategic partnership.",
        [],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Friday. The company announced talks on a framework"
        " for bilateral lithium sales.",
        [],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Friday. The two presidents stressed the imperative"
        " of finalizing a deal over the river dam without delay.",
        [],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Friday. The two presidents stressed the importance"
        " of finalizing a deal on the river dam soon.",
        [],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Friday. The ministers welcomed progress toward"
        " concluding the talks on a new fishing quota.",
        [],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Friday. The ministers noted progress in concluding"
        " a trade agreement.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written79_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_exact)
