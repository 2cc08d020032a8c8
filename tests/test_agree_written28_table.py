"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W421-W480 (session 28, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W420, the released blind keys corpus blind 17 and 18
and the audit's silver-tune: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed some of them. Its rows
are agreement rows (``agreement_rows`` says what a row is, how its records are written and when
it passes), matched by ``matches_titled``; every text is invented. The classes:

- ``expiring_in_force``: an instrument told as running out later ("the current pact expires
  next March", "a protocol due to expire in June", "an accord that runs out in December") is
  in force now: ratified;
- ``replaced_accord_signed``: an accord a new one replaces ("it replaces an accord of 1998",
  "to replace the 2004 accord", "would supersede their 1999 protocol") exists: a record of its
  own, signed in the year it carries (in force when its own words say so), not merged into the
  new one;
- ``future_step_after_clause``: a signing told as to come is planned when the future cue stands
  apart from the instrument: at the end of the clause the signing noun opens ("the signing of an
  agreement on X ... is expected"), in a relative clause after a consent ("the deal reached on
  X, which will be signed later"), or before a witnessing of "the signature of" it;
- ``regression``: near misses that must stay as they are (a signing told with the time the
  instrument will run out, one to come, an accord that ran out or was due to run out before
  its extension, a "replace" whose object is no
  instrument, a relative clause telling no signing, a signing noun whose step is done, a
  relative clause on another instrument).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

TABLE: list[Any] = [
    (
        "expiring_in_force",
        "Chile and Peru share the catch under a fisheries accord that expires at the end of"
        " next year.",
        ["agreement ratified CHL,PER - 1"],
    ),
    (
        "expiring_in_force",
        "Ghana's talks with Togo will cover beef quotas, which Accra wants raised when the"
        " current transit pact between the two countries expires next March.",
        ["agreement ratified GHA,TGO - 1"],
    ),
    (
        "expiring_in_force",
        "Kenya and Uganda run their border posts under a customs protocol with each other that"
        " runs out in December.",
        ["protocol ratified KEN,UGA - 1"],
    ),
    (
        "expiring_in_force",
        "The ministers of Ghana and Togo will review a barter agreement due to expire in June.",
        ["agreement ratified GHA,TGO - 1"],
    ),
    (
        "expiring_in_force",
        "Kenya's customs protocol with Uganda, which runs out in December, will be reviewed by"
        " the ministers.",
        ["protocol ratified KEN,UGA - 1"],
    ),
    (
        "replaced_accord_signed",
        "Chile and Peru signed a new fisheries agreement on Monday. It replaces an accord of 1998.",
        ["agreement signed CHL,PER 2023-05-08 1", "agreement signed CHL,PER 1998 1"],
    ),
    (
        "replaced_accord_signed",
        "Kenya and Uganda agreed to draft a new transit agreement to replace the 2004 accord.",
        ["agreement planned KEN,UGA - 1", "agreement signed KEN,UGA 2004 1"],
    ),
    (
        "replaced_accord_signed",
        "Ghana and Togo will sign a customs pact in June. The pact would supersede their 1999"
        " protocol on border posts.",
        ["agreement planned GHA,TGO 2023-06 1", "protocol signed GHA,TGO 1999 1"],
    ),
    (
        "replaced_accord_signed",
        "Egypt and Sudan signed a charter on Monday that replaces a 1985 integration accord.",
        ["other signed EGY,SDN 2023-05-08 1", "agreement signed EGY,SDN 1985 1"],
    ),
    (
        "replaced_accord_signed",
        "Chile and Peru are negotiating a new fisheries agreement to replace the accord that"
        " expires at the end of the year.",
        ["agreement planned CHL,PER - 1", "agreement ratified CHL,PER - 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a transit agreement in March that expires in 2030.",
        ["agreement signed GHA,TGO 2023-03 1"],
    ),
    (
        "regression",
        "Chile and Peru will sign a fisheries accord next week that expires in 2030.",
        ["agreement planned CHL,PER 2023-05 1"],
    ),
    (
        "regression",
        "Ghana extended its transit agreement with Togo, which was due to expire this year, on"
        " Monday.",
        ["agreement signed GHA,TGO * 1"],
    ),
    (
        "regression",
        "The fisheries accord between Chile and Peru expired in 2020.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed an agreement on Monday replacing quotas with tariffs.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "future_step_after_clause",
        "The ministers of Chile and Peru are expected to witness the signature of a memorandum"
        " on fisheries.",
        ["memorandum planned CHL,PER - 1"],
    ),
    (
        "future_step_after_clause",
        "Ghana's minister will visit Togo next week. During the visit, the signing of an"
        " agreement on border trade, customs posts and the joint use of river crossings between"
        " the two countries for the coming decade is expected.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "future_step_after_clause",
        "Chile and Peru will hold talks in Lima. After the talks, the signing of a memorandum"
        " between the fisheries agencies of the two countries on the joint monitoring of"
        " coastal stocks is planned.",
        ["memorandum planned CHL,PER - 1"],
    ),
    (
        "future_step_after_clause",
        "Kenya and Uganda welcomed the deal reached on the shared use of the lake ports, which"
        " will be signed by the transport ministers at a later date.",
        ["agreement planned KEN,UGA - 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a memorandum on fisheries on Monday, which is expected to boost"
        " catches.",
        ["memorandum signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "The signing of the transit agreement between Ghana and Togo took place on Monday.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Kenya and Uganda signed a transit agreement on Monday, and a customs accord, which will"
        " be signed in June, is being drafted.",
        ["agreement signed KEN,UGA 2023-05-08 1", "agreement planned KEN,UGA 2023-06 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written28_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)
