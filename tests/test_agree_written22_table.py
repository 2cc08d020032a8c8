"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W1-W120 (sessions 21 and
22, four writers of thirty articles each, written in the manner of the corpus by writers who
never ran the library) pooled with the released blind keys corpus blind 17 and 18 and the
audit's silver-tune: a class has rows here when its errors occur in three different articles
or more, in two sets or more, and a change of the library fixed it. Its rows are agreement
rows (``agreement_rows`` says what a row is, how its records are written and when it
passes), matched by ``matches_any_kind``; every text is invented. The classes:

- ``parliament_approval``: a legislature's approval of an instrument ratifies it, also when
  the news tells it as the consent it gave ("the Senate gave its advice and consent to the
  X", "providing its advice and consent today to the X") or as a participle right after the
  instrument ("the X agreement, passed last year by Congress");
- ``welcomed_signing_noun``: a signing told as a noun the sides welcome, hail or witness
  gives the instrument its status and the story's sides, also when the noun is "signature"
  ("welcomed the signature (during the talks) of a memorandum on X"); and a plural whose
  signing is so told, with topic words the story's other documents do not have, is another
  set of documents, not one already told ("signed a memorandum on X ... welcomed the
  signing of memoranda on Y");
- ``new_pact_urged``: an instrument still being negotiated is planned, also when told as a
  plural of one side with its partners ("is also negotiating similar deals with B and C",
  which a deal of that side with another state does not cover), or as the sides' pledge to
  complete the negotiations ("they committed to complete negotiations on a X agreement") in
  a sentence whose other instrument is named before its signing participle: the pledge is the
  sides' (the story's pair), the name before "signed" is not a signer;
- ``regression``: near misses that must stay as they are (a consent still to be given, a
  time that "has passed", a plain signing, a person's signature, plurals that restate the
  documents told before, deals negotiated with no partner told, a sentence with no pledge).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "parliament_approval",
        "The Senate on Tuesday gave its advice and consent to the extradition treaty with Peru,"
        " clearing the way for its entry into force.",
        ["treaty ratified PER - 1"],
    ),
    (
        "parliament_approval",
        "I thank the Senate for granting its advice and consent to the Treaty on Maritime"
        " Boundaries with Chile, a step I welcome.",
        ["treaty ratified CHL - 1"],
    ),
    (
        "parliament_approval",
        "The upper house provided its advice and consent yesterday to the convention on double"
        " taxation between the United States and Ghana.",
        ["treaty ratified GHA,USA - 1"],
    ),
    (
        "parliament_approval",
        "Minister Ruiz said the fisheries accord with Peru, passed last year by Congress, had cut"
        " disputes at sea.",
        ["agreement ratified PER - 1"],
    ),
    (
        "parliament_approval",
        "The trade agreement between Chile and Peru, passed in March by both parliaments,"
        " removes duties on grain.",
        ["agreement ratified CHL,PER - 1"],
    ),
    (
        "regression",
        "The Senate must still give its advice and consent to the extradition treaty with Peru.",
        ["treaty signed PER - 1"],
    ),
    (
        "regression",
        "A year has passed since Chile and Peru signed the fisheries accord.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "The deadline for the trade agreement between Chile and Peru, passed on Monday without"
        " a deal, officials said.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "welcomed_signing_noun",
        "Chile and Peru held talks in Lima on Monday. The delegations welcomed the signature of"
        " a memorandum on fisheries.",
        ["memorandum signed CHL,PER 2023-05-08 1"],
    ),
    (
        "welcomed_signing_noun",
        "Ghana and Togo held talks in Accra on Tuesday. The ministers witnessed the signature of"
        " an agreement on road transport.",
        ["agreement signed GHA,TGO 2023-05-09 1"],
    ),
    (
        "welcomed_signing_noun",
        "Kenya and Tanzania held a dialogue in Arusha on Monday. Both delegations hailed the"
        " signature during the session of a protocol on lake fishing.",
        # (session 58: a dialogue the lead holds is the story's event, so the signing during
        # its session takes its day)
        ["protocol signed KEN,TZA 2023-05-08 1"],
    ),
    (
        "welcomed_signing_noun",
        "Chile and Peru signed a memorandum on mining on Monday. The two sides also welcomed the"
        " recent signing of memoranda on customs and ports.",
        ["memorandum signed CHL,PER 2023-05-08 1", "memorandum signed CHL,PER - 1"],
    ),
    (
        "welcomed_signing_noun",
        "Ghana and Togo signed an agreement on air services. Ghana and Togo also welcomed the"
        " signing of agreements on electricity trade.",
        ["agreement signed GHA,TGO - 1", "agreement signed GHA,TGO - 1"],
    ),
    (
        "welcomed_signing_noun",
        "Kenya and Tanzania signed a memorandum of understanding on tourism. The ministers also"
        " hailed the signing of memoranda on rail links and power lines.",
        ["memorandum signed KEN,TZA - 1", "memorandum signed KEN,TZA - 1"],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Monday. The delegations discussed the signature of"
        " the president on a decree.",
        [],
    ),
    (
        "regression",
        "Chile and Peru signed a memorandum on fisheries. The two sides welcomed the signing of"
        " memoranda on fisheries.",
        ["memorandum signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed an agreement. The two sides welcomed the signing of agreements on"
        " ports.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed an agreement on air services. Officials said agreements on air"
        " services were signed.",
        ["agreement signed GHA,TGO - 1"],
    ),
    (
        "new_pact_urged",
        "Chile signed a trade deal with Peru in March. Chile is also negotiating similar deals"
        " with Bolivia and Ecuador.",
        [
            "agreement signed CHL,PER 2023-03 1",
            "agreement planned BOL,CHL - 1",
            "agreement planned CHL,ECU - 1",
        ],
    ),
    (
        "new_pact_urged",
        "Ghana signed a fisheries pact with Togo last year. Ghana is now negotiating fisheries"
        " agreements with Benin and Nigeria, officials said.",
        [
            "agreement signed GHA,TGO 2022 1",
            "agreement planned BEN,GHA - 1",
            "agreement planned GHA,NGA - 1",
        ],
    ),
    (
        "new_pact_urged",
        "Kenya agreed a rail accord with Uganda on Monday. Officials said Kenya has begun to"
        " negotiate transit agreements with Rwanda and Burundi.",
        [
            "agreement signed KEN,UGA 2023-05-08 1",
            "agreement planned KEN,RWA - 1",
            "agreement planned BDI,KEN - 1",
        ],
    ),
    (
        "new_pact_urged",
        "Chile and Peru held the fourth Strategic Dialogue in Lima on Monday. The delegations"
        " discussed port security. They noted that the Lima Fisheries Agreement, signed in 2019,"
        " is being implemented, and they committed to complete negotiations on a customs"
        " agreement by June.",
        ["agreement ratified CHL,PER - 1", "agreement planned CHL,PER - 1"],
    ),
    (
        "new_pact_urged",
        "Ghana and Togo held their annual Border Dialogue in Accra. The delegations reviewed"
        " trade. They recalled the Volta Accord, signed in 2018, and agreed to conclude talks on"
        " a transit agreement this year.",
        ["agreement signed GHA,TGO 2018 1", "agreement planned GHA,TGO 2023 1"],
    ),
    (
        "new_pact_urged",
        "Kenya and Tanzania held a Joint Dialogue in Arusha. The ministers toured the port. They"
        " welcomed the Arusha Protocol, signed in 2020, and pledged to finalize negotiations on a"
        " fisheries agreement.",
        ["protocol signed KEN,TZA 2020 1", "agreement planned KEN,TZA - 1"],
    ),
    (
        "regression",
        "The test strengthens Turkey's credibility in negotiating future defense export deals.",
        [],
    ),
    (
        "regression",
        "Chile and Peru held the fourth Strategic Dialogue in Lima on Monday. The delegations"
        " discussed port security. They noted that the Lima Fisheries Agreement, signed in 2019,"
        " is being implemented.",
        ["agreement ratified CHL,PER - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written22_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
