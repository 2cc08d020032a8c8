"""A table of agreement expressions whose errors recur in corpus articles no one tuned to.

The classes come from the agreement errors of the released blind keys corpus blind 17 and
18 pooled with the audit's silver-tune (session 21): a class has rows here when its errors
occur in three different articles or more and a change of the library fixed it. Its rows
are agreement rows (``agreement_rows`` says what a row is, how its records are written and
when it passes), matched by ``matches_any_kind``; every text is invented. The classes:

- ``accord_holders``: the states a story tells holding to a named instrument are its
  parties, wherever it tells so: a state's ties with another carried by it ("A's ties
  with B through the X Accords"), the subject of an opening "Under the X" whose comma
  wire copy dropped ("Under the X Accord A and B pledged ..."), and each state a later
  sentence commits to it ("A remains committed to the X accord. ... B reaffirmed its
  commitment to the X accord"), and officials named without their states ("President A
  and President B reaffirmed their commitment to the X", "reaffirmed their emission
  pledges under the X"), their states as the office holders of the year, and the states
  its own terms bind ("the accord envisages A and B stimulating demand", "the pact
  requires A to open its market"), and both sides of a meeting told right before the
  stance ("A's minister met with B's trade officials and reaffirmed their commitment to
  the X");
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "accord_holders",
        "The president praised Oman's growing ties with Jordan through the Amman Accords and"
        " the Red Sea process.",
        ["agreement signed JOR,OMN - 1"],
    ),
    (
        "accord_holders",
        "The minister hailed Chile's relations with the Republic of Korea under the Busan"
        " Partnership Agreement.",
        ["agreement signed CHL,KOR - 1"],
    ),
    (
        "accord_holders",
        "Officials said Ghana's trade links with Togo via the Lome Agreement had doubled since"
        " 2019.",
        ["agreement signed GHA,TGO - 1"],
    ),
    (
        "accord_holders",
        "Finland remains committed to the Turku accord on fish quotas, its minister said. On"
        " Tuesday Estonia reaffirmed its commitment to the Turku accord.",
        ["agreement signed EST,FIN - 1"],
    ),
    (
        "accord_holders",
        "Norway's backing for the Bergen Protocol was noted. Iceland also renewed its"
        " commitment to the Bergen Protocol.",
        ["protocol signed ISL,NOR - 1"],
    ),
    (
        "accord_holders",
        "Under the Rabat Accord Morocco and Tunisia, which both export olives, pledged to cut"
        " tariffs on oil.",
        ["agreement signed MAR,TUN - 1"],
    ),
    (
        "accord_holders",
        "Under the Rabat Accord Morocco and Tunisia agreed to share rail data.",
        ["agreement signed MAR,TUN - 1"],
    ),
    (
        "accord_holders",
        "Prime Minister Albanese and President Ramaphosa reaffirmed their commitment to the"
        " Perth Accord on mining.",
        ["agreement signed AUS,ZAF - 1"],
    ),
    (
        "accord_holders",
        "Prime Minister Trudeau and Prime Minister Meloni reaffirmed their emission pledges"
        " under the Oslo Agreement and their net-zero goals.",
        ["agreement signed CAN,ITA - 1"],
    ),
    (
        "accord_holders",
        "Chancellor Scholz reaffirmed his commitment to the Hanover Convention on rivers.",
        ["treaty signed DEU - 1"],
    ),
    (
        "accord_holders",
        "Kenya and Uganda reaffirmed their Emission Targets under the Nile Basin Accord.",
        ["agreement signed KEN,UGA - 1"],
    ),
    (
        "accord_holders",
        "The Bergen pact obliges Iceland and Norway to share catch data.",
        ["agreement signed ISL,NOR - 1"],
    ),
    (
        "accord_holders",
        "The Turku pact requires Norway to open its fish market by 2025.",
        ["agreement signed NOR - 1"],
    ),
    (
        "accord_holders",
        "Finland and Estonia agreed the Turku accord in March. The accord envisages Finland"
        " and Estonia stimulating demand and Latvia cutting its deficit.",
        ["agreement signed EST,FIN,LVA 2023-03 1"],
    ),
    (
        "accord_holders",
        "Lisbon, May 9 - Portugal remains committed to the Porto accord, its minister said. He"
        " met with Spanish trade officials and reaffirmed their commitment to the Porto accord.",
        ["agreement signed ESP,PRT - 1"],
    ),
    (
        "accord_holders",
        "The Irish foreign minister met with Danish fishery officials and reaffirmed their"
        " commitment to the Cork Accord.",
        ["agreement signed DNK,IRL - 1"],
    ),
    (
        "accord_holders",
        "Oslo's trade minister held talks with Swedish customs chiefs and reaffirmed their"
        " commitment to the Bergen Protocol.",
        ["protocol signed NOR,SWE - 1"],
    ),
    (
        "regression",
        "The minister met with Danish officials, and Ireland reaffirmed its commitment to the"
        " Cork Accord.",
        ["agreement signed DNK,IRL - 1"],
    ),
    (
        "regression",
        "Officials said the Turku accord calls for talks with Sweden on quotas.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "The Turku accord envisages closer ties, Norway said.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "The two prime ministers reaffirmed their commitment to the Perth Accord on mining.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "Prime Minister Albanese said the Perth Accord on mining was a success.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "Prime Minister Albanese urged President Ramaphosa to honour the Perth Accord.",
        ["agreement signed - - 1"],
    ),
    (
        "regression",
        "Under the Rabat Accord, trade grew quickly, Morocco said.",
        ["agreement signed MAR - 1"],
    ),
    (
        "regression",
        "Morocco and Tunisia signed the Rabat Accord on Monday. The Rabat Accord will help"
        " trade, Algeria said.",
        ["agreement signed MAR,TUN 2023-05-08 1"],
    ),
    (
        "regression",
        "Oman's ties with Jordan have grown since the Amman Accord was signed in 2019.",
        ["agreement signed JOR,OMN 2019 1"],
    ),
    (
        "regression",
        "Oman's support for the Amman Accord was praised.",
        ["agreement signed OMN - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released21_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
