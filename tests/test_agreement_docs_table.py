"""A table of how the outlets mention a written instrument between states (issue 9).

Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_titled``, a row adding ``" | title"``
when the title is checked. The rows cover the verbs of signing and their synonyms,
passive and nominal forms, counts, planned and ratified instruments, every document
noun, titles, documents listed one per line, and near misses that must give no record.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

# (class, text, expected records); a row the library still misses is an xfail with its reason
TABLE: list[Any] = [
    # -- active verbs of signing and their synonyms
    (
        "verb",
        "Azerbaijan and Uzbekistan signed a memorandum of understanding on cooperation in "
        "tourism on May 8.",
        ["memorandum signed AZE,UZB 2023-05-08 1"],
    ),
    (
        "verb",
        "Kazakhstan and Kyrgyzstan inked an agreement on border crossings on Monday.",
        ["agreement signed KAZ,KGZ 2023-05-08 1"],
    ),
    (
        "verb",
        "Pakistan and Turkmenistan sealed an agreement on the transit of goods on May 6.",
        ["agreement signed PAK,TKM 2023-05-06 1"],
    ),
    (
        "verb",
        "The foreign ministers of Georgia and Armenia penned a protocol on consular "
        "cooperation in Tbilisi on May 5.",
        ["protocol signed ARM,GEO 2023-05-05 1"],
    ),
    (
        "verb",
        "Turkey and Hungary concluded an agreement on the mutual recognition of academic degrees "
        "on 4 May.",
        ["agreement signed HUN,TUR 2023-05-04 1"],
    ),
    (
        "verb",
        "The ministers of Azerbaijan and Kazakhstan put their signatures to a road map on "
        "digital cooperation on Tuesday.",
        ["plan signed AZE,KAZ 2023-05-09 1"],
    ),
    (
        "verb",
        "The heads of the delegations of Uzbekistan and Tajikistan exchanged the signed copies "
        "of the agreement on water use in Dushanbe on May 7.",
        ["agreement signed TJK,UZB 2023-05-07 1"],
    ),
    (
        "verb",
        "Negotiators of Kyrgyzstan and Tajikistan initialled a treaty on the state border on "
        "May 3.",
        ["treaty planned KGZ,TJK - 1"],  # initialled only: the text is fixed, not signed
    ),
    (
        "verb",
        "The leaders of Azerbaijan and Turkey adopted a joint declaration on May 9.",
        ["declaration signed AZE,TUR 2023-05-09 1"],
    ),
    (
        "verb",
        "Pakistan and China struck an agreement on railway upgrades on Sunday.",
        ["agreement signed CHN,PAK 2023-05-07 1"],
    ),
    (
        "verb",
        "Kazakhstan and Uzbekistan clinched an accord on water sharing yesterday.",
        ["agreement signed KAZ,UZB 2023-05-09 1"],
    ),
    (
        "verb",
        "Turkmenistan and Afghanistan reached an agreement on electricity transit on May 2.",
        ["agreement signed AFG,TKM 2023-05-02 1"],
    ),
    (
        "verb",
        "Azerbaijan signed a memorandum of understanding with Georgia on road safety on May 8.",
        ["memorandum signed AZE,GEO 2023-05-08 1"],
    ),
    (
        "verb",
        "Hungary has signed a treaty on legal assistance with Kazakhstan.",
        ["treaty signed HUN,KAZ - 1"],
    ),
    (
        "verb",
        "Georgian and Azerbaijani officials signed an action plan for 2023-2025 on Monday.",
        ["plan signed AZE,GEO 2023-05-08 1"],
    ),
    (
        "verb",
        "Azerbaijan and Hungary today signed a programme of cooperation in culture.",
        ["plan signed AZE,HUN 2023-05-10 1"],
    ),
    (
        "verb",
        "On May 8, Turkey and Azerbaijan signed a protocol on cooperation in customs matters.",
        ["protocol signed AZE,TUR 2023-05-08 1"],
    ),
    (
        "verb",
        "Uzbekistan and Kyrgyzstan have inked a memorandum on joint border patrols.",
        ["memorandum signed KGZ,UZB - 1"],
    ),
    (
        "verb",
        "Kazakhstan and Tajikistan sign agreement on water use",
        ["agreement signed KAZ,TJK * 1"],
    ),
    (
        "verb",
        "Georgia and Uzbekistan ink memorandum on tourism",
        ["memorandum signed GEO,UZB * 1"],
    ),
    (
        "verb",
        "The agreement was signed on behalf of Azerbaijan by Minister Elnur Qasimli and on "
        "behalf of Uzbekistan by Minister Bobur Aliyev on May 8.",
        ["agreement signed AZE,UZB 2023-05-08 1"],
    ),
    (
        "verb",
        "Kyrgyzstan and Turkey signed an agreement on military cooperation, the ministry said "
        "on Tuesday.",
        ["agreement signed KGZ,TUR * 1"],
    ),
    # -- passive forms
    (
        "passive",
        "A memorandum of understanding on cooperation in education was signed between "
        "Azerbaijan and Uzbekistan on May 8.",
        ["memorandum signed AZE,UZB 2023-05-08 1"],
    ),
    (
        "passive",
        "An agreement on visa-free travel between Kazakhstan and Turkey was inked in Astana on "
        "Tuesday.",
        ["agreement signed KAZ,TUR 2023-05-09 1"],
    ),
    (
        "passive",
        "Three documents were signed between Pakistan and Uzbekistan on May 6.",
        ["other signed PAK,UZB 2023-05-06 3"],
    ),
    (
        "passive",
        "The agreement on air services between Georgia and Hungary has been signed.",
        ["agreement signed GEO,HUN - 1"],
    ),
    (
        "passive",
        "A road map for trade between Azerbaijan and Turkmenistan was adopted on Monday.",
        ["plan signed AZE,TKM 2023-05-08 1"],
    ),
    (
        "passive",
        "A joint declaration was adopted by the presidents of Kyrgyzstan and Uzbekistan on May 4.",
        ["declaration signed KGZ,UZB 2023-05-04 1"],
    ),
    (
        "passive",
        "A protocol on customs cooperation between Tajikistan and Uzbekistan was sealed on May 2.",
        ["protocol signed TJK,UZB 2023-05-02 1"],
    ),
    (
        "passive",
        "A treaty on friendship between Hungary and Kazakhstan was concluded in Budapest on May 5.",
        ["treaty signed HUN,KAZ 2023-05-05 1"],
    ),
    (
        "passive",
        "The convention between Georgia and Turkey on social security was initialled on May 3.",
        ["treaty planned GEO,TUR - 1"],  # initialled only: not signed
    ),
    # -- nominal forms: the signing as a noun
    (
        "nominal",
        "The signing of a memorandum on energy cooperation between Azerbaijan and Georgia took "
        "place in Baku on May 8.",
        ["memorandum signed AZE,GEO 2023-05-08 1"],
    ),
    (
        "nominal",
        "A signing ceremony for the agreement on investment protection between Turkey and "
        "Uzbekistan was held in Ankara on Tuesday.",
        ["agreement signed TUR,UZB 2023-05-09 1"],
    ),
    (
        "nominal",
        "The presidents of Pakistan and Uzbekistan witnessed the signing of four memoranda of "
        "understanding on May 6.",
        ["memorandum signed PAK,UZB 2023-05-06 4"],
    ),
    (
        "nominal",
        "The ceremony of signing of the intergovernmental agreement on the state border "
        "between Kyrgyzstan and Tajikistan took place on May 3.",
        ["agreement signed KGZ,TJK 2023-05-03 1"],
    ),
    (
        "nominal",
        "Following the talks on May 8, a total of 15 documents were signed between Kazakhstan "
        "and Uzbekistan.",
        ["other signed KAZ,UZB 2023-05-08 15"],
    ),
    (
        "nominal",
        "The visit ended with the signing of a memorandum of understanding between the foreign "
        "ministries of Georgia and Turkey on May 9.",
        ["memorandum signed GEO,TUR 2023-05-09 1"],
    ),
    (
        "nominal",
        "The presidents of Azerbaijan and Uzbekistan held talks in Tashkent on May 8. After "
        "the talks, a ceremony of signing of bilateral documents was held.",
        ["other signed AZE,UZB 2023-05-08 1"],
    ),
    (
        "nominal",
        "The presidents of Azerbaijan and Kazakhstan held talks in Astana on May 8. The sides "
        "signed a package of 12 documents.",
        ["other signed AZE,KAZ 2023-05-08 12"],
    ),
    # -- counts
    (
        "count",
        "Azerbaijan and Uzbekistan signed some 20 documents on May 8.",
        ["other signed AZE,UZB 2023-05-08 20"],
    ),
    (
        "count",
        "During the visit on Tuesday, Turkey and Kazakhstan signed more than 10 agreements.",
        ["agreement signed KAZ,TUR 2023-05-09 10"],
    ),
    (
        "count",
        "Pakistan and Turkmenistan signed a number of documents on May 6.",
        ["other signed PAK,TKM 2023-05-06 1"],
    ),
    (
        "count",
        "Kyrgyzstan and Uzbekistan signed eleven agreements on Monday.",
        ["agreement signed KGZ,UZB 2023-05-08 11"],
    ),
    (
        "count",
        "Azerbaijan and Georgia signed five documents on May 8, including an agreement on visa "
        "exemption and a memorandum on health care.",
        [
            "agreement signed AZE,GEO 2023-05-08 1",
            "memorandum signed AZE,GEO 2023-05-08 1",
            "other signed AZE,GEO 2023-05-08 3",
        ],
    ),
    (
        "count",
        "Azerbaijan and Turkey signed 7 documents on May 8, among them a protocol on customs.",
        ["protocol signed AZE,TUR 2023-05-08 1", "other signed AZE,TUR 2023-05-08 6"],
    ),
    (
        "count",
        "Kazakhstan and China signed a package of documents on Monday.",
        ["other signed CHN,KAZ 2023-05-08 1"],
    ),
    (
        "count",
        "A total of 25 intergovernmental and interagency documents were signed by Uzbekistan "
        "and Turkmenistan on May 5.",
        ["other signed TKM,UZB 2023-05-05 25"],
    ),
    (
        "count",
        "Several agreements were signed between Georgia and Azerbaijan on Tuesday.",
        ["agreement signed AZE,GEO 2023-05-09 1"],
    ),
    (
        "count",
        "Hungary and Uzbekistan signed two memoranda on May 8.",
        ["memorandum signed HUN,UZB 2023-05-08 2"],
    ),
    (
        "count",
        "The sides inked 8 documents as Azerbaijan and Tajikistan held talks in Dushanbe on May 8.",
        ["other signed AZE,TJK 2023-05-08 8"],
    ),
    pytest.param(
        "count",
        "Over 30 documents worth $2 billion were signed between Uzbekistan and Turkey on May 5.",
        ["other signed TUR,UZB 2023-05-05 30"],
        marks=pytest.mark.xfail(
            reason="documents 'worth' a sum are read as a "
            "business deal (the outlets tell a visit's "
            "company deals the same way)",
            strict=True,
        ),
    ),
    # -- planned
    (
        "planned",
        "Azerbaijan and Uzbekistan are expected to sign an agreement on strategic partnership "
        "during the visit.",
        ["agreement planned AZE,UZB - 1"],
    ),
    (
        "planned",
        "Kazakhstan and Kyrgyzstan will sign a memorandum on energy during the upcoming visit.",
        ["memorandum planned KAZ,KGZ - 1"],
    ),
    (
        "planned",
        "Pakistan and Turkmenistan plan to sign a protocol on gas transit.",
        ["protocol planned PAK,TKM - 1"],
    ),
    (
        "planned",
        "A draft agreement on mutual investment protection between Turkey and Uzbekistan was "
        "discussed at the meeting.",
        ["agreement planned TUR,UZB - 1"],
    ),
    (
        "planned",
        "An agreement on labour migration between Kyrgyzstan and Russia is being negotiated.",
        ["agreement planned KGZ,RUS - 1"],
    ),
    (
        "planned",
        "Azerbaijan and Georgia agreed to sign a road map on transit.",
        ["plan planned AZE,GEO - 1"],
    ),
    (
        "planned",
        "The treaty on the state border between Kyrgyzstan and Tajikistan is ready for signing.",
        ["treaty planned KGZ,TJK - 1"],
    ),
    (
        "planned",
        "Kazakhstan and Hungary intend to sign an agreement on education.",
        ["agreement planned HUN,KAZ - 1"],
    ),
    (
        "planned",
        "Uzbekistan and Azerbaijan are set to sign a declaration on allied relations in June.",
        ["declaration planned AZE,UZB 2023-06 1"],
    ),
    (
        "planned",
        "The memorandum on cooperation in agriculture between Pakistan and Azerbaijan is to be "
        "signed during the visit.",
        ["memorandum planned AZE,PAK - 1"],
    ),
    (
        "planned",
        "A roadmap between Turkey and Turkmenistan will be signed in Ashgabat on May 20.",
        ["plan planned TKM,TUR 2023-05-20 1"],
    ),
    (
        "planned",
        "Azerbaijan and Kazakhstan are preparing an agreement on transit.",
        ["agreement planned AZE,KAZ - 1"],
    ),
    (
        "planned",
        "The parties discussed the draft of a memorandum between Georgia and Uzbekistan on "
        "tourism.",
        ["memorandum planned GEO,UZB - 1"],
    ),
    (
        "planned",
        "About 10 documents are expected to be signed during the visit of the President of "
        "Uzbekistan to Azerbaijan.",
        ["other planned AZE,UZB - 10"],
    ),
    (
        "planned",
        "Kazakhstan and Turkmenistan are working on an agreement on the delimitation of the "
        "seabed.",
        ["agreement planned KAZ,TKM - 1"],
    ),
    (
        "planned",
        "The signing of an intergovernmental agreement between Azerbaijan and Turkmenistan is "
        "scheduled for June.",
        ["agreement planned AZE,TKM 2023-06 1"],
    ),
    (
        "planned",
        "Armenia and Azerbaijan have not yet signed a peace treaty.",
        ["treaty planned ARM,AZE - 1"],
    ),
    (
        "planned",
        "Pakistan and Uzbekistan agreed to conclude an agreement on transit trade.",
        ["agreement planned PAK,UZB - 1"],
    ),
    (
        "planned",
        "A memorandum between Georgia and Kazakhstan on civil aviation is planned to be signed "
        "in June.",
        ["memorandum planned GEO,KAZ 2023-06 1"],
    ),
    (
        "planned",
        "The foreign ministers of Azerbaijan and Hungary instructed their ministries to draft "
        "an action plan for 2024.",
        ["plan planned AZE,HUN - 1"],
    ),
    (
        "planned",
        "The presidents of Turkey and Kyrgyzstan are expected to sign a declaration on "
        "expanded strategic partnership in Bishkek on May 12.",
        ["declaration planned KGZ,TUR 2023-05-12 1"],
    ),
    (
        "planned",
        "Uzbekistan and Tajikistan will hold talks on May 15, after which several agreements "
        "will be signed.",
        ["agreement planned TJK,UZB 2023-05-15 1"],
    ),
    (
        "planned",
        "Negotiations on a free trade agreement between Azerbaijan and Kazakhstan are under way.",
        ["agreement planned AZE,KAZ - 1"],
    ),
    # -- ratified
    (
        "ratified",
        "The parliament of Azerbaijan ratified the agreement on international road transport "
        "with Uzbekistan on Tuesday.",
        ["agreement ratified AZE,UZB 2023-05-09 1"],
    ),
    (
        "ratified",
        "Kazakhstan's Senate approved the law on ratification of the agreement with Kyrgyzstan "
        "on the joint use of water facilities.",
        ["agreement ratified KAZ,KGZ - 1"],
    ),
    (
        "ratified",
        "The Senate approved the treaty between Uzbekistan and Turkey on legal assistance on "
        "May 5.",
        ["treaty ratified TUR,UZB 2023-05-05 1"],
    ),
    (
        "ratified",
        "The agreement on visa-free travel between Georgia and Kazakhstan entered into force "
        "on May 1.",
        ["agreement ratified GEO,KAZ 2023-05-01 1"],
    ),
    (
        "ratified",
        "The convention on the avoidance of double taxation between Azerbaijan and Hungary "
        "came into effect on 1 May.",
        ["treaty ratified AZE,HUN 2023-05-01 1"],
    ),
    (
        "ratified",
        "The road map between Turkmenistan and Uzbekistan is being implemented successfully.",
        ["plan ratified TKM,UZB - 1"],
    ),
    (
        "ratified",
        "The Uzbek President signed the law ratifying the agreement on free trade with "
        "Azerbaijan on May 8.",
        ["agreement ratified AZE,UZB 2023-05-08 1"],
    ),
    pytest.param(
        "ratified",
        "The Kazakh parliament approved the protocol on amendments to the agreement with "
        "Turkmenistan on transit.",
        ["protocol ratified KAZ,TKM - 1"],
        marks=pytest.mark.xfail(
            reason="parties: 'the Kazakh parliament' does not name its state as a party",
            strict=True,
        ),
    ),
    (
        "ratified",
        "The parliament of Georgia endorsed the agreement on readmission with Armenia on May 4.",
        ["agreement ratified ARM,GEO 2023-05-04 1"],
    ),
    (
        "ratified",
        "Pakistan and Turkmenistan exchanged the instruments of ratification of the treaty on "
        "mutual legal assistance.",
        ["treaty ratified PAK,TKM - 1"],
    ),
    (
        "ratified",
        "The agreement between Georgia and Turkmenistan on road haulage has been in force "
        "since 2021.",
        ["agreement ratified GEO,TKM 2021 1"],
    ),
    (
        "ratified",
        "Both parliaments have ratified the treaty on eternal friendship between Kazakhstan "
        "and Uzbekistan.",
        ["treaty ratified KAZ,UZB - 1"],
    ),
    (
        "ratified",
        "Lawmakers in Kyrgyzstan voted to approve the agreement with Tajikistan on the state "
        "border on May 4.",
        ["agreement ratified KGZ,TJK 2023-05-04 1"],
    ),
    (
        "ratified",
        "The memorandum between Hungary and Azerbaijan on energy took effect on May 1.",
        ["memorandum ratified AZE,HUN 2023-05-01 1"],
    ),
    (
        "ratified",
        "President Erkin Toktorov signed the law on ratification of the agreement between "
        "Kyrgyzstan and Kazakhstan on labour migration.",
        ["agreement ratified KAZ,KGZ - 1"],
    ),
    # -- every document noun gives its kind
    (
        "kind",
        "Azerbaijan and Georgia signed an MoU on digital development on May 8.",
        ["memorandum signed AZE,GEO 2023-05-08 1"],
    ),
    (
        "kind",
        "Kazakhstan and Turkey signed a convention on the avoidance of double taxation on May 8.",
        ["treaty signed KAZ,TUR 2023-05-08 1"],
    ),
    (
        "kind",
        "Uzbekistan and Pakistan signed a charter on strategic partnership on May 5.",
        ["other signed PAK,UZB 2023-05-05 1"],
    ),
    (
        "kind",
        "The foreign ministers of Azerbaijan and Uzbekistan signed a plan of consultations for "
        "2023-2024 on Monday.",
        ["plan signed AZE,UZB 2023-05-08 1"],
    ),
    (
        "kind",
        "Georgia and Turkey signed an accord on the transit of goods on May 8.",
        ["agreement signed GEO,TUR 2023-05-08 1"],
    ),
    (
        "kind",
        "The presidents of Kazakhstan and Kyrgyzstan signed a joint statement on May 8.",
        ["declaration signed KAZ,KGZ 2023-05-08 1"],
    ),
    (
        "kind",
        "The leaders of Turkey, Azerbaijan and Pakistan adopted a joint communique at the end "
        "of their meeting in Islamabad on May 6.",
        ["declaration signed AZE,PAK,TUR 2023-05-06 1"],
    ),
    (
        "kind",
        "The defence ministries of Azerbaijan and Turkey signed a military cooperation plan "
        "for 2024 on May 8.",
        ["plan signed AZE,TUR 2023-05-08 1"],
    ),
    (
        "kind",
        "Azerbaijan and Turkmenistan signed a programme of economic cooperation for 2023-2027 "
        "on Monday.",
        ["plan signed AZE,TKM 2023-05-08 1"],
    ),
    (
        "kind",
        "Uzbekistan and Georgia signed a cooperation program in the field of culture for "
        "2023-2025 on May 8.",
        ["plan signed GEO,UZB 2023-05-08 1"],
    ),
    (
        "kind",
        "Hungary and Uzbekistan signed an intergovernmental agreement on the readmission of "
        "persons on May 8.",
        ["agreement signed HUN,UZB 2023-05-08 1"],
    ),
    (
        "kind",
        "Azerbaijan and Kazakhstan signed a declaration on strengthening strategic partnership "
        "on May 8.",
        ["declaration signed AZE,KAZ 2023-05-08 1"],
    ),
    (
        "kind",
        "Pakistan and Kyrgyzstan signed a memorandum on cooperation between their diplomatic "
        "academies on May 8.",
        ["memorandum signed KGZ,PAK 2023-05-08 1"],
    ),
    (
        "kind",
        "Turkmenistan and Turkey signed a protocol of the fifth meeting of the "
        "intergovernmental commission on May 8.",
        ["protocol signed TKM,TUR 2023-05-08 1"],
    ),
    (
        "kind",
        "Kyrgyzstan and Uzbekistan signed a roadmap on expanding trade on May 8.",
        ["plan signed KGZ,UZB 2023-05-08 1"],
    ),
    pytest.param(
        "kind",
        "Tajikistan and Uzbekistan signed MoUs on health and sport on May 8.",
        ["memorandum signed TJK,UZB 2023-05-08 2"],
        marks=pytest.mark.xfail(reason="count: 'MoUs on X and Y' counts as one", strict=True),
    ),
    # -- titles
    (
        "title",
        "Kazakhstan and Uzbekistan signed the Agreement on the Joint Management of Mountain "
        "Pastures on May 8.",
        [
            "agreement signed KAZ,UZB 2023-05-08 1"
            " | Agreement on the Joint Management of Mountain Pastures",
        ],
    ),
    (
        "title",
        'Azerbaijan and Turkey signed the "Road Map on Transport Connectivity" on May 8.',
        ["plan signed AZE,TUR 2023-05-08 1 | Road Map on Transport Connectivity"],
    ),
    (
        "title",
        "The leaders of Kazakhstan and Kyrgyzstan signed the Naryn Declaration on Friendship "
        "on May 9.",
        ["declaration signed KAZ,KGZ 2023-05-09 1 | Naryn Declaration on Friendship"],
    ),
    (
        "title",
        "Georgia and Uzbekistan signed the Treaty on Strategic Partnership in Tbilisi on May 5.",
        ["treaty signed GEO,UZB 2023-05-05 1 | Treaty on Strategic Partnership"],
    ),
    (
        "title",
        "Hungary and Azerbaijan signed an agreement on cultural cooperation on May 8.",
        ["agreement signed AZE,HUN 2023-05-08 1 | -"],
    ),
    # -- documents listed one per line after a lead sentence
    (
        "list",
        "Following the talks between Azerbaijan and Uzbekistan on May 8, the following "
        "documents were signed:\n- Memorandum of understanding on cooperation in tourism;\n- "
        "Agreement on air transport;\n- Programme of cooperation in culture for 2023-2025.",
        [
            "memorandum signed AZE,UZB 2023-05-08 1",
            "agreement signed AZE,UZB 2023-05-08 1",
            "plan signed AZE,UZB 2023-05-08 1",
        ],
    ),
    (
        "list",
        "The presidents of Kazakhstan and Turkmenistan held talks in Ashgabat on May 8. The "
        "documents signed include:\n• Agreement on the transit of goods;\n• Protocol on "
        "cooperation in customs matters.",
        ["agreement signed KAZ,TKM 2023-05-08 1", "protocol signed KAZ,TKM 2023-05-08 1"],
    ),
    (
        "list",
        "Georgia and Turkey held talks in Ankara on May 8. The following documents were "
        "signed:\n\nAgreement on mutual legal assistance\n\nMemorandum on cooperation in "
        "tourism",
        ["agreement signed GEO,TUR 2023-05-08 1", "memorandum signed GEO,TUR 2023-05-08 1"],
    ),
    # -- more outlet habits: participles, dates before the object, headlines with counts
    (
        "verb",
        "Kazakhstan and Kyrgyzstan signed on Monday an agreement on the joint use of pastures.",
        ["agreement signed KAZ,KGZ 2023-05-08 1"],
    ),
    pytest.param(
        "verb",
        "Yesterday in Tashkent, Uzbekistan and Turkey signed a road map on industrial cooperation.",
        ["plan signed TUR,UZB 2023-05-09 1"],
        marks=pytest.mark.xfail(
            reason="parties: 'in <capital>, <State> and "
            "<State>' reads the capital and the first "
            "state as one place",
            strict=True,
        ),
    ),
    (
        "verb",
        "As a result of the talks, Kazakhstan and Uzbekistan signed an agreement on the "
        "Central Asia trade centre on May 8.",
        ["agreement signed KAZ,UZB 2023-05-08 1"],
    ),
    (
        "verb",
        "Azerbaijan, Uzbekistan sign 15 documents",
        ["other signed AZE,UZB * 15"],
    ),
    pytest.param(
        "verb",
        "Foreign Minister Ravshan Tursunov and his Hungarian counterpart Gabor Kiss signed "
        "a memorandum on diplomatic training in Budapest on May 8.",
        ["memorandum signed HUN,UZB 2023-05-08 1"],
        marks=pytest.mark.xfail(
            reason="parties: a minister named without his state beside a 'counterpart' of another",
            strict=True,
        ),
    ),
    (
        "participle",
        "The agreement, signed in Baku on May 8, provides for visa-free travel between "
        "Azerbaijan and Uzbekistan.",
        ["agreement signed AZE,UZB 2023-05-08 1"],
    ),
    (
        "participle",
        "The memorandum signed between Kazakhstan and Turkey last year provides for joint "
        "training of rescuers.",
        ["memorandum signed KAZ,TUR 2022 1"],
    ),
    (
        "participle",
        "The Treaty on Lasting Neighbourhood between Uzbekistan and Kyrgyzstan, signed in 1998, "
        "remains the basis of relations.",
        [
            "treaty signed KGZ,UZB 1998 1"
            " | Treaty on Lasting Neighbourhood between Uzbekistan and Kyrgyzstan",
        ],
    ),
    (
        "participle",
        "Under the agreement signed on Monday between Georgia and Armenia, the sides will open "
        "two new border crossings.",
        ["agreement signed ARM,GEO 2023-05-08 1"],
    ),
    pytest.param(
        "participle",
        "The protocol, which was signed by Tajikistan and Kyrgyzstan in December 2022, "
        "sets out the border line.",
        ["protocol signed KGZ,TJK 2022-12 1"],
        marks=pytest.mark.xfail(
            reason="parties told only in a relative clause "
            "('which was signed by A and B') give no "
            "record",
            strict=True,
        ),
    ),
    (
        "participle",
        "Turkey and Azerbaijan signed the agreement on seed exchange in 2020.",
        ["agreement signed AZE,TUR 2020 1"],
    ),
    (
        "participle",
        "The agreement on transit between Turkmenistan and Uzbekistan, signed in March, will "
        "enter into force after ratification.",
        ["agreement signed TKM,UZB 2023-03 1"],
    ),
    (
        "participle",
        "The agreement between Georgia and Hungary on readmission will enter into force on June 1.",
        ["agreement signed GEO,HUN - 1"],
    ),
    # -- more planned forms
    (
        "planned",
        "The parties are expected to sign the road map between Azerbaijan and Kyrgyzstan next "
        "month.",
        ["plan planned AZE,KGZ 2023-06 1"],
    ),
    (
        "planned",
        "Ankara and Baku are negotiating an agreement on mutual pension rights.",
        ["agreement planned AZE,TUR - 1"],
    ),
    (
        "planned",
        "An agreement on the protection of investments between Uzbekistan and Hungary is being "
        "drafted.",
        ["agreement planned HUN,UZB - 1"],
    ),
    (
        "planned",
        "The ministers of Kazakhstan and Azerbaijan agreed to speed up work on the draft "
        "agreement on transit.",
        ["agreement planned AZE,KAZ - 1"],
    ),
    (
        "planned",
        "The signing of a treaty on strategic partnership between Turkey and Turkmenistan is "
        "expected during the visit.",
        ["treaty planned TKM,TUR - 1"],
    ),
    (
        "planned",
        "Kyrgyzstan proposed signing a memorandum with Azerbaijan on cooperation in mining.",
        ["memorandum planned AZE,KGZ - 1"],
    ),
    (
        "planned",
        "Georgia and Kazakhstan will sign an agreement on air services on May 20.",
        ["agreement planned GEO,KAZ 2023-05-20 1"],
    ),
    (
        "planned",
        "Uzbekistan and Tajikistan are to sign 10 documents during the visit.",
        ["other planned TJK,UZB - 10"],
    ),
    (
        "planned",
        "During the visit of the Pakistani Prime Minister to Turkmenistan, a package of "
        "documents is expected to be signed.",
        ["other planned PAK,TKM - 1"],
    ),
    (
        "planned",
        "The visit of the Kyrgyz President to Hungary will see the signing of several agreements.",
        ["agreement planned HUN,KGZ - 1"],
    ),
    (
        "planned",
        "The sides exchanged views on the draft memorandum between Georgia and Azerbaijan on "
        "digital transformation.",
        ["memorandum planned AZE,GEO - 1"],
    ),
    (
        "planned",
        "The agreement on the free trade zone between Uzbekistan and Azerbaijan is under "
        "preparation.",
        ["agreement planned AZE,UZB - 1"],
    ),
    (
        "planned",
        "Turkmenistan and Kazakhstan have yet to sign the agreement on the joint use of the "
        "Caspian seabed.",
        ["agreement planned KAZ,TKM - 1"],
    ),
    # -- more ratified forms
    (
        "ratified",
        "Azerbaijan's parliament has ratified an agreement with Uzbekistan on the mutual "
        "protection of classified information.",
        ["agreement ratified AZE,UZB - 1"],
    ),
    (
        "ratified",
        "The Senate of Uzbekistan ratified the treaty on allied relations with Kazakhstan at "
        "its plenary session on May 5.",
        ["treaty ratified KAZ,UZB 2023-05-05 1"],
    ),
    (
        "ratified",
        "The law on ratification of the agreement between Georgia and Azerbaijan on air "
        "services was signed by the President of Georgia on May 6.",
        ["agreement ratified AZE,GEO 2023-05-06 1"],
    ),
    (
        "ratified",
        "The Turkish parliament approved the agreement with Azerbaijan on military financial "
        "cooperation on May 9.",
        ["agreement ratified AZE,TUR 2023-05-09 1"],
    ),
    (
        "ratified",
        "The protocol between Kazakhstan and Kyrgyzstan on border demarcation became effective "
        "on May 1.",
        ["protocol ratified KAZ,KGZ 2023-05-01 1"],
    ),
    # -- a signing not done yet, a document under way, a signing proposed: planned
    (
        "planned",
        "The memorandum between Kazakhstan and Georgia on civil aviation has not been signed yet.",
        ["memorandum planned GEO,KAZ - 1"],
    ),
    (
        "planned",
        "The treaty between Azerbaijan and Armenia is under negotiation.",
        ["treaty planned ARM,AZE - 1"],
    ),
    (
        "planned",
        "Turkey suggested concluding a treaty with Turkmenistan on energy security.",
        ["treaty planned TKM,TUR - 1"],
    ),
    (
        "planned",
        "The signing of the memorandum between Uzbekistan and Georgia on tourism is set for "
        "May 20.",
        ["memorandum planned GEO,UZB 2023-05-20 1"],
    ),
    (
        "planned",
        "The signing of a road map between Kazakhstan and Hungary is slated for June.",
        ["plan planned HUN,KAZ 2023-06 1"],
    ),
    # -- ways of coming into force other than "entered into force"
    (
        "ratified",
        "The agreement between Georgia and Uzbekistan on visa-free travel became effective on "
        "May 1.",
        ["agreement ratified GEO,UZB 2023-05-01 1"],
    ),
    (
        "ratified",
        "The convention between Hungary and Kyrgyzstan on double taxation took effect in 2020.",
        ["treaty ratified HUN,KGZ 2020 1"],
    ),
    (
        "participle",
        "The agreement between Azerbaijan and Pakistan on defence, signed in April, will "
        "become effective after ratification.",
        ["agreement signed AZE,PAK 2023-04 1"],
    ),
    (
        "ratified",
        "The Mazhilis endorsed the agreement between Kazakhstan and Uzbekistan on labour "
        "migration on May 3.",
        ["agreement ratified KAZ,UZB 2023-05-03 1"],
    ),
    # -- two objects of one verb share its date; a fronted date with a place
    (
        "coordinated",
        "Azerbaijan and Georgia signed an agreement on transit and a protocol on customs on May 8.",
        ["agreement signed AZE,GEO 2023-05-08 1", "protocol signed AZE,GEO 2023-05-08 1"],
    ),
    (
        "coordinated",
        "Uzbekistan and Kyrgyzstan adopted a joint declaration as well as a road map on trade "
        "on Monday.",
        ["declaration signed KGZ,UZB 2023-05-08 1", "plan signed KGZ,UZB 2023-05-08 1"],
    ),
    pytest.param(
        "fronted",
        "On Monday in Baku, Azerbaijan and Hungary signed a memorandum on education.",
        ["memorandum signed AZE,HUN 2023-05-08 1"],
        marks=pytest.mark.xfail(
            reason="parties: 'in <capital>, <State> and "
            "<State>' reads the capital and the first "
            "state as one place",
            strict=True,
        ),
    ),
    pytest.param(
        "fronted",
        "On May 8 in Astana, Kazakhstan and Turkey inked an agreement on visa-free travel.",
        ["agreement signed KAZ,TUR 2023-05-08 1"],
        marks=pytest.mark.xfail(
            reason="parties: 'in <capital>, <State> and "
            "<State>' reads the capital and the first "
            "state as one place",
            strict=True,
        ),
    ),
    (
        "fronted",
        "In Astana on May 8, Kazakhstan and Kyrgyzstan signed a treaty on allied relations.",
        ["treaty signed KAZ,KGZ 2023-05-08 1"],
    ),
    # -- more detection forms: bare plurals, compound adjectives, context parties, session protocols
    (
        "detect",
        "Azerbaijan and Uzbekistan signed documents on cooperation in energy and transport on "
        "May 8.",
        ["other signed AZE,UZB 2023-05-08 1"],
    ),
    (
        "detect",
        "A document on cooperation in tourism was signed between Georgia and Kazakhstan on May 8.",
        ["other signed GEO,KAZ 2023-05-08 1"],
    ),
    (
        "detect",
        "An accord on water use was reached between Tajikistan and Kyrgyzstan on May 8.",
        ["agreement signed KGZ,TJK 2023-05-08 1"],
    ),
    (
        "detect",
        "The Kazakh-Kyrgyz treaty on the state border was signed on May 8.",
        ["treaty signed KAZ,KGZ 2023-05-08 1"],
    ),
    (
        "detect",
        "The Azerbaijani-Uzbek agreement on visa-free travel was signed in Baku on May 8.",
        ["agreement signed AZE,UZB 2023-05-08 1"],
    ),
    (
        "detect",
        "The presidents of Turkey and Georgia held talks in Ankara on May 8. An "
        "intergovernmental agreement on railway transport was also signed at the meeting.",
        ["agreement signed GEO,TUR 2023-05-08 1"],
    ),
    (
        "detect",
        "The eighth meeting of the Azerbaijan-Uzbekistan intergovernmental commission was held "
        "in Tashkent on May 8. Following the meeting, the co-chairs signed the protocol of the "
        "session.",
        ["protocol signed AZE,UZB 2023-05-08 1"],
    ),
    (
        "detect",
        "Kazakhstan and Hungary held talks in Budapest on May 8. The parties signed a joint "
        "communique on the results of the visit.",
        ["declaration signed HUN,KAZ 2023-05-08 1"],
    ),
    (
        "detect",
        "Georgia, Kyrgyzstan sign deal on air services",
        ["agreement signed GEO,KGZ * 1"],
    ),
    (
        "detect",
        "Uzbekistan and Azerbaijan held talks in Baku on May 8. Bilateral documents were "
        "signed following the talks.",
        ["other signed AZE,UZB 2023-05-08 1"],
    ),
    (
        "detect",
        'The Uzbek President signed the law "On ratification of the Agreement between the '
        'Republic of Uzbekistan and the Republic of Turkey on mutual legal assistance" on May '
        "8.",
        ["agreement ratified TUR,UZB 2023-05-08 1"],
    ),
    (
        "detect",
        "Pakistan and Turkmenistan held talks in Islamabad on May 8. At the end of the talks, "
        "the ministers inked a memorandum on cooperation in the gas sector.",
        ["memorandum signed PAK,TKM 2023-05-08 1"],
    ),
    # -- a story over two sentences: anaphors, a later status of one instrument, context parties
    (
        "context",
        "Azerbaijan and Uzbekistan signed an agreement on transit on May 8. The agreement "
        "provides for lower fees for trucks.",
        ["agreement signed AZE,UZB 2023-05-08 1"],
    ),
    (
        "context",
        "Kazakhstan and Turkmenistan are negotiating a treaty on the Caspian seabed. The "
        "document is expected to be signed in June.",
        ["treaty planned KAZ,TKM 2023-06 1"],
    ),
    (
        "context",
        "The agreement on air services between Georgia and Hungary was signed in 2019. It "
        "entered into force on May 1.",
        ["agreement ratified GEO,HUN 2023-05-01 1"],
    ),
    (
        "context",
        "Last year, Tajikistan and Uzbekistan signed a treaty on allied relations. The Senate "
        "of Uzbekistan ratified the document on May 5.",
        ["treaty ratified TJK,UZB 2023-05-05 1"],
    ),
    (
        "context",
        "The Georgian Prime Minister paid an official visit to Azerbaijan on May 8. During the "
        "visit, the sides signed 5 documents.",
        ["other signed AZE,GEO 2023-05-08 5"],
    ),
    (
        "context",
        "The Kyrgyz President arrived in Tashkent on a state visit on May 10. A package of "
        "20 documents is expected to be signed.",
        ["other planned KGZ,UZB * 20"],
    ),
    (
        "context",
        "Uzbekistan and Hungary signed a memorandum on education on May 8. The memorandum was "
        "signed by Minister Akmal Sodiqov and Minister Peter Nagy.",
        ["memorandum signed HUN,UZB 2023-05-08 1"],
    ),
    (
        "context",
        "Kazakhstan and Turkey signed a convention on legal aid in 2021. It was ratified by "
        "the Turkish parliament on May 4.",
        ["treaty ratified KAZ,TUR 2023-05-04 1"],
    ),
    (
        "context",
        "Azerbaijan and Georgia signed a memorandum on tourism on May 8. It will enter into "
        "force after ratification.",
        ["memorandum signed AZE,GEO 2023-05-08 1"],
    ),
    (
        "context",
        "The Senate approved the agreement between Uzbekistan and Georgia on tourism. It was "
        "signed in Tbilisi in March.",
        ["agreement ratified GEO,UZB - 1"],
    ),
    (
        "context",
        "Hungary and Kyrgyzstan signed an agreement on readmission and a protocol on its "
        "implementation in 2021. It entered into force on May 1.",
        ["agreement signed HUN,KGZ 2021 1", "protocol signed HUN,KGZ 2021 1"],
    ),
    # -- more document nouns
    (
        "kind",
        "Georgia and Kazakhstan signed a memorandum of cooperation in tourism on May 8.",
        ["memorandum signed GEO,KAZ 2023-05-08 1"],
    ),
    (
        "kind",
        "Turkmenistan and Pakistan signed a protocol of intentions on energy on May 8.",
        ["protocol signed PAK,TKM 2023-05-08 1"],
    ),
    (
        "kind",
        "Azerbaijan and Georgia adopted a joint action plan for 2023-2024 on May 8.",
        ["plan signed AZE,GEO 2023-05-08 1"],
    ),
    (
        "kind",
        "Uzbekistan and Turkmenistan signed a Plan of Action on the development of trade on May 8.",
        ["plan signed TKM,UZB 2023-05-08 1"],
    ),
    (
        "coordinated",
        "Kazakhstan and Hungary signed an intergovernmental agreement and a memorandum of "
        "understanding on May 8.",
        ["agreement signed HUN,KAZ 2023-05-08 1", "memorandum signed HUN,KAZ 2023-05-08 1"],
    ),
    (
        "coordinated",
        "Kyrgyzstan and Azerbaijan signed a treaty on extradition and a protocol on "
        "consultations on May 8.",
        ["treaty signed AZE,KGZ 2023-05-08 1", "protocol signed AZE,KGZ 2023-05-08 1"],
    ),
    # -- more near misses
    (
        "none",
        "The ministers of Azerbaijan and Uzbekistan agreed to hold the next meeting in Baku.",
        [],
    ),
    (
        "none",
        "The two ministers from Georgia and Turkey expressed agreement on regional issues.",
        [],
    ),
    (
        "none",
        "An Uzbek company signed an agreement with the Ministry of Energy of Kazakhstan on the "
        "construction of a plant.",
        [],
    ),
    (
        "none",
        "The World Bank approved a $200 million loan for Kyrgyzstan on May 8.",
        [],
    ),
    (
        "none",
        "Kazakhstan signed a contract with a Turkish company for the construction of a bridge.",
        [],
    ),
    (
        "none",
        "More than 5,000 residents of Tashkent signed a petition on May 8.",
        [],
    ),
    (
        "none",
        "The President of Azerbaijan signed an order on celebrating the anniversary of the poet.",
        [],
    ),
    (
        "none",
        "Kyrgyz and Uzbek businessmen signed contracts worth $300 million at the forum on May 8.",
        [],
    ),
    (
        "list",
        "The presidents of Kazakhstan and Turkmenistan held talks in Ashgabat on May 8. The "
        "sides signed 4 documents, including:\n• Agreement on the transit of goods;\n• "
        "Protocol on cooperation in customs matters.",
        [
            "agreement signed KAZ,TKM 2023-05-08 1",
            "protocol signed KAZ,TKM 2023-05-08 1",
            "other signed KAZ,TKM 2023-05-08 2",
        ],
    ),
    (
        "list",
        "The following documents are expected to be signed during the visit of the Kazakh "
        "President to Hungary:\n\nAgreement on cooperation in education\n\nMemorandum on "
        "cooperation in sport",
        ["agreement planned HUN,KAZ - 1", "memorandum planned HUN,KAZ - 1"],
    ),
    (
        "list",
        "Azerbaijan and Tajikistan held talks in Baku on May 8. The following were signed:\n- "
        "the Treaty on Friendship and Cooperation;\n- the Road Map on trade for 2023-2025.",
        ["treaty signed AZE,TJK 2023-05-08 1", "plan signed AZE,TJK 2023-05-08 1"],
    ),
    (
        "none",
        "By Leyla Rustamova - Trend:\n\nAgreement on transit between two companies is under way",
        [],
    ),
    # -- more tenses, word orders, counts in words, planned, ratified and nominal forms
    (
        "tense",
        "Azerbaijan and Kazakhstan have been signing a package of documents on energy today.",
        ["other signed AZE,KAZ 2023-05-10 1"],
    ),
    (
        "tense",
        "Two memoranda have been signed between Uzbekistan and Hungary on May 8.",
        ["memorandum signed HUN,UZB 2023-05-08 2"],
    ),
    (
        "tense",
        "Georgia signs memorandum with Kazakhstan on customs",
        ["memorandum signed GEO,KAZ * 1"],
    ),
    (
        "order",
        "Among the documents signed by Azerbaijan and Turkmenistan on May 8 were an agreement "
        "on transit and a memorandum on culture.",
        ["agreement signed AZE,TKM 2023-05-08 1", "memorandum signed AZE,TKM 2023-05-08 1"],
    ),
    (
        "order",
        "Documents signed by Kyrgyzstan and Uzbekistan on May 8 include a treaty on the border "
        "and a protocol on water.",
        ["treaty signed KGZ,UZB 2023-05-08 1", "protocol signed KGZ,UZB 2023-05-08 1"],
    ),
    pytest.param(
        "order",
        "Signed on May 8 by Georgia and Turkey, the agreement provides for joint naval drills.",
        ["agreement signed GEO,TUR 2023-05-08 1"],
        marks=pytest.mark.xfail(
            reason="a fronted participle ('Signed on May 8 by A "
            "and B, the agreement ...') gives no record",
            strict=True,
        ),
    ),
    (
        "count",
        "Azerbaijan and Hungary signed a dozen documents on May 8.",
        ["other signed AZE,HUN 2023-05-08 12"],
    ),
    (
        "count",
        "As many as 15 documents were signed between Kazakhstan and Turkey on May 8.",
        ["other signed KAZ,TUR 2023-05-08 15"],
    ),
    (
        "count",
        "Up to 20 documents are expected to be signed between Uzbekistan and Pakistan during "
        "the visit.",
        ["other planned PAK,UZB - 20"],
    ),
    (
        "count",
        "Kyrgyzstan and Tajikistan signed 6 intergovernmental agreements and 4 memoranda on May 8.",
        ["agreement signed KGZ,TJK 2023-05-08 6", "memorandum signed KGZ,TJK 2023-05-08 4"],
    ),
    (
        "planned",
        "Azerbaijan and Georgia will sign a memorandum on energy next month.",
        ["memorandum planned AZE,GEO 2023-06 1"],
    ),
    (
        "planned",
        "The agreement on trade between Kazakhstan and Hungary is expected to be signed by the "
        "end of the year.",
        ["agreement planned HUN,KAZ * 1"],
    ),
    (
        "planned",
        "Turkmenistan and Uzbekistan plan to sign a road map at the upcoming summit in June.",
        ["plan planned TKM,UZB 2023-06 1"],
    ),
    (
        "planned",
        "Azerbaijan and Pakistan completed negotiations on a preferential agreement on seeds.",
        ["agreement planned AZE,PAK - 1"],
    ),
    (
        "planned",
        "The sides agreed on the text of the agreement between Georgia and Kyrgyzstan on air "
        "services.",
        ["agreement planned GEO,KGZ - 1"],
    ),
    (
        "planned",
        "Kazakhstan and Azerbaijan are considering signing a memorandum on digital trade.",
        ["memorandum planned AZE,KAZ - 1"],
    ),
    (
        "planned",
        "Kyrgyzstan and Georgia are in talks on an agreement on visa-free travel.",
        ["agreement planned GEO,KGZ - 1"],
    ),
    (
        "ratified",
        "The Jogorku Kenesh of Kyrgyzstan ratified the agreement with Uzbekistan on water use "
        "on May 4.",
        ["agreement ratified KGZ,UZB 2023-05-04 1"],
    ),
    (
        "ratified",
        "The Georgian parliament passed a bill ratifying the agreement with Azerbaijan on "
        "transit on May 3.",
        ["agreement ratified AZE,GEO 2023-05-03 1"],
    ),
    (
        "ratified",
        "The agreement between Turkmenistan and Pakistan on transit trade is now in force.",
        ["agreement ratified PAK,TKM - 1"],
    ),
    (
        "ratified",
        "The road map signed by Azerbaijan and Uzbekistan last year is now being implemented.",
        ["plan ratified AZE,UZB - 1"],
    ),
    (
        "nominal",
        "The summit of Turkey, Azerbaijan and Georgia ended with the adoption of a joint "
        "declaration on May 8.",
        ["declaration signed AZE,GEO,TUR 2023-05-08 1"],
    ),
    (
        "nominal",
        "The declaration of the leaders of Kazakhstan and Kyrgyzstan was adopted on May 8.",
        ["declaration signed KAZ,KGZ 2023-05-08 1"],
    ),
    pytest.param(
        "nominal",
        "An exchange of memoranda between Georgia and Uzbekistan took place in Tbilisi on May 8.",
        ["memorandum signed GEO,UZB 2023-05-08 1"],
        marks=pytest.mark.xfail(
            reason="date: 'took place ... on May 8' after an exchange of documents is not bound",
            strict=True,
        ),
    ),
    (
        "verb",
        "Azerbaijan and Kazakhstan initialed an agreement on the Caspian transport corridor on "
        "May 8.",
        ["agreement planned AZE,KAZ - 1"],  # initialled only: not signed
    ),
    (
        "verb",
        "The foreign ministers of Uzbekistan and Turkey signed off on a road map for 2023-2025 "
        "on May 8.",
        ["plan signed TUR,UZB 2023-05-08 1"],
    ),
    (
        "verb",
        "Hungary and Azerbaijan entered into an agreement on energy security on May 8.",
        ["agreement signed AZE,HUN 2023-05-08 1"],
    ),
    (
        "nominal",
        "The talks between Kazakhstan and Kyrgyzstan resulted in the adoption of a road map on "
        "trade.",
        ["plan signed KAZ,KGZ - 1"],
    ),
    (
        "count",
        "Azerbaijan and Hungary signed two dozen documents on May 8.",
        ["other signed AZE,HUN 2023-05-08 24"],
    ),
    (
        "planned",
        "Georgia and Tajikistan discussed signing an agreement on air services.",
        ["agreement planned GEO,TJK - 1"],
    ),
    (
        "ratified",
        "The treaty between Kazakhstan and Azerbaijan on the Caspian remains fully in force.",
        ["treaty ratified AZE,KAZ - 1"],
    ),
    (
        "coordinated",
        "Georgia and Armenia signed 3 agreements and 2 protocols on May 8.",
        ["agreement signed ARM,GEO 2023-05-08 3", "protocol signed ARM,GEO 2023-05-08 2"],
    ),
    (
        "none",
        "The cabinet of Kazakhstan approved the draft budget for the next three years.",
        [],
    ),
    (
        "none",
        "Azerbaijan and Uzbekistan agreed on the importance of regional connectivity.",
        [],
    ),
    (
        "none",
        "The ministers signed the book of condolences at the embassy of Georgia.",
        [],
    ),
    (
        "none",
        "Turkish Airlines and Uzbekistan Airways signed a codeshare agreement on May 8.",
        [],
    ),
    # -- where the date stands: before the object, after a place, the event of a planned signing
    (
        "planned",
        "An agreement on transit between Georgia and Uzbekistan will be signed during the "
        "visit of the Georgian President to Tashkent in June.",
        ["agreement planned GEO,UZB 2023-06 1"],
    ),
    (
        "planned",
        "Kazakhstan and Turkey are expected to sign the treaty on strategic partnership at the "
        "summit on May 25.",
        ["treaty planned KAZ,TUR 2023-05-25 1"],
    ),
    (
        "planned",
        "A road map between Azerbaijan and Kyrgyzstan will be signed at the next meeting of "
        "the intergovernmental commission.",
        ["plan planned AZE,KGZ - 1"],
    ),
    (
        "ratified",
        "On May 4, the parliament of Azerbaijan ratified the agreement with Uzbekistan on road "
        "transport.",
        ["agreement ratified AZE,UZB 2023-05-04 1"],
    ),
    (
        "ratified",
        "The Georgian parliament on Tuesday ratified the agreement with Armenia on border "
        "crossings.",
        ["agreement ratified ARM,GEO 2023-05-09 1"],
    ),
    (
        "ratified",
        "The Kyrgyz parliament has ratified the agreement with Kazakhstan on labour migration, "
        "signed in Astana in March.",
        ["agreement ratified KAZ,KGZ * 1"],
    ),
    (
        "verb",
        "The presidents of Uzbekistan and Kazakhstan on Monday signed a declaration on allied "
        "relations.",
        ["declaration signed KAZ,UZB 2023-05-08 1"],
    ),
    (
        "verb",
        "Azerbaijan and Turkmenistan on May 8 inked a memorandum on the Caspian.",
        ["memorandum signed AZE,TKM 2023-05-08 1"],
    ),
    (
        "verb",
        "A memorandum of understanding was signed on May 8 between the foreign ministries of "
        "Kazakhstan and Georgia.",
        ["memorandum signed GEO,KAZ 2023-05-08 1"],
    ),
    (
        "verb",
        "Azerbaijan and Kyrgyzstan signed in Baku on May 8 a protocol on consular matters.",
        ["protocol signed AZE,KGZ 2023-05-08 1"],
    ),
    (
        "planned",
        "Tajikistan and Kazakhstan intend to sign a memorandum on water before the end of the "
        "year.",
        ["memorandum planned KAZ,TJK * 1"],
    ),
    (
        "planned",
        "Ashgabat and Tashkent will sign a treaty on the state border in the near future.",
        ["treaty planned TKM,UZB - 1"],
    ),
    (
        "verb",
        "Georgia and Turkey inked in Ankara on Monday a memorandum on tourism.",
        ["memorandum signed GEO,TUR 2023-05-08 1"],
    ),
    (
        "verb",
        "A treaty on allied relations between Kazakhstan and Uzbekistan was signed during the "
        "state visit of the Uzbek President to Astana on May 5.",
        ["treaty signed KAZ,UZB 2023-05-05 1"],
    ),
    # -- dates in every place: datelines, fronted, numeric, relative, a later step in one clause
    (
        "date",
        "Kazakhstan and Azerbaijan signed a memorandum on the sidelines of the summit in "
        "Astana on May 8.",
        ["memorandum signed AZE,KAZ 2023-05-08 1"],
    ),
    (
        "date",
        "ASTANA, May 8 (Kazinform) - Kazakhstan and Kyrgyzstan signed a memorandum on customs "
        "cooperation.",
        ["memorandum signed KAZ,KGZ 2023-05-08 1"],
    ),
    (
        "date",
        "Earlier, on May 2, Uzbekistan and Hungary signed an agreement on education.",
        ["agreement signed HUN,UZB 2023-05-02 1"],
    ),
    (
        "date",
        "The memorandum between Georgia and Turkmenistan, signed yesterday, covers transit.",
        ["memorandum signed GEO,TKM 2023-05-09 1"],
    ),
    (
        "date",
        "Pakistan and Azerbaijan signed a protocol on consultations on 8 May 2023.",
        ["protocol signed AZE,PAK 2023-05-08 1"],
    ),
    (
        "date",
        "Turkey and Kyrgyzstan signed an agreement on defence industry on 08.05.2023.",
        ["agreement signed KGZ,TUR 2023-05-08 1"],
    ),
    (
        "date",
        "The agreement between Kazakhstan and Tajikistan on migration was ratified on May 4 by "
        "the Senate.",
        ["agreement ratified KAZ,TJK 2023-05-04 1"],
    ),
    (
        "date",
        "The Senate of Kazakhstan ratified on May 4 the agreement with Tajikistan on migration.",
        ["agreement ratified KAZ,TJK 2023-05-04 1"],
    ),
    (
        "date",
        "In early May, the parliament of Georgia ratified the agreement with Azerbaijan on "
        "transit.",
        ["agreement ratified AZE,GEO 2023-05 1"],
    ),
    (
        "date",
        "Azerbaijan and Uzbekistan will sign the agreement on transit on May 20 in Baku.",
        ["agreement planned AZE,UZB 2023-05-20 1"],
    ),
    (
        "date",
        "A memorandum between Hungary and Turkmenistan is to be signed on May 20.",
        ["memorandum planned HUN,TKM 2023-05-20 1"],
    ),
    (
        "date",
        "The treaty between Kazakhstan and Kyrgyzstan was signed in 2019 and ratified in 2020.",
        ["treaty ratified KAZ,KGZ 2020 1"],
    ),
    (
        "date",
        "Last week, Georgia and Armenia signed a memorandum on energy.",
        ["memorandum signed ARM,GEO * 1"],
    ),
    (
        "date",
        "Uzbekistan and Turkey signed a road map on trade last month.",
        ["plan signed TUR,UZB 2023-04 1"],
    ),
    (
        "date",
        "In March, Azerbaijan and Tajikistan signed a declaration on strategic partnership.",
        ["declaration signed AZE,TJK 2023-03 1"],
    ),
    (
        "date",
        "The agreement on air services between Kazakhstan and Hungary, which entered into "
        "force on May 1, ...",
        ["agreement ratified HUN,KAZ 2023-05-01 1"],
    ),
    (
        "date",
        "The memorandum between Turkey and Uzbekistan was signed in March and entered into "
        "force on May 1.",
        ["memorandum ratified TUR,UZB 2023-05-01 1"],
    ),
    (
        "date",
        "The agreement between Kazakhstan and Turkey signed in 2020 and the protocol ratified "
        "in 2021 were discussed.",
        ["agreement signed KAZ,TUR 2020 1", "protocol ratified KAZ,TUR 2021 1"],
    ),
    # -- wire agency habits: asides, modal ratification, talks on a deal
    (
        "wire",
        "Japan and Australia inked an accord on defence logistics on Monday, officials said.",
        ["agreement signed AUS,JPN 2023-05-08 1"],
    ),
    (
        "wire",
        "The pact between Canada and Mexico, which still needs parliamentary approval, was "
        "signed in Ottawa on Monday.",
        ["agreement signed CAN,MEX 2023-05-08 1"],
    ),
    (
        "wire",
        "The deal between Brazil and Argentina must still be ratified by both congresses.",
        ["agreement signed ARG,BRA - 1"],
    ),
    (
        "wire",
        "The accord between Chile and Peru goes into force in January.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "wire",
        "France and Germany issued a joint declaration on energy security on Monday.",
        ["declaration signed DEU,FRA 2023-05-08 1"],
    ),
    (
        "wire",
        "Uzbekistan and Kyrgyzstan released a joint declaration on water on May 8.",
        ["declaration signed KGZ,UZB 2023-05-08 1"],
    ),
    (
        "wire",
        "Washington and Tokyo struck a trade deal on Monday, the White House said.",
        ["agreement signed JPN,USA 2023-05-08 1"],
    ),
    (
        "wire",
        "Britain and Norway are close to a deal on fishing rights, officials said.",
        ["agreement planned GBR,NOR - 1"],
    ),
    (
        "wire",
        "Talks between India and Britain on a free trade agreement resumed on Monday.",
        ["agreement planned GBR,IND * 1"],
    ),
    pytest.param(
        "wire",
        "Lawmakers in Seoul voted to ratify the treaty with Japan on Tuesday.",
        ["treaty ratified JPN,KOR 2023-05-09 1"],
        marks=pytest.mark.xfail(
            reason="parties: a state told by its capital ('Lawmakers in Seoul')",
            strict=True,
        ),
    ),
    (
        "wire",
        "Italy and Spain have agreed to sign a memorandum on migration next month.",
        ["memorandum planned ESP,ITA 2023-06 1"],
    ),
    (
        "wire",
        "Poland and Ukraine signed a grain transit agreement in Warsaw on Friday.",
        ["agreement signed POL,UKR 2023-05-05 1"],
    ),
    (
        "none",
        "The President signed an executive order on tariffs on Monday.",
        [],
    ),
    (
        "none",
        "The two leaders unveiled a joint statement on climate after the talks.",
        [],
    ),
    (
        "none",
        "The union reached a pay deal with the carmaker on Monday.",
        [],
    ),
    (
        "none",
        "The senators signed a letter urging the administration to act.",
        [],
    ),
    (
        "wire",
        "The Senate of Kazakhstan voted to ratify the treaty with Uzbekistan on Tuesday.",
        ["treaty ratified KAZ,UZB 2023-05-09 1"],
    ),
    (
        "wire",
        "The treaty between Chile and Argentina is still to be ratified by the two parliaments.",
        ["treaty signed ARG,CHL - 1"],
    ),
    (
        "wire",
        "The agreement between Norway and Iceland, which requires parliamentary approval, was "
        "signed on Monday.",
        ["agreement signed ISL,NOR 2023-05-08 1"],
    ),
    (
        "wire",
        # the European Union across the table is no party (parties are states: keyconv32)
        "Negotiations between Kazakhstan and the European Union on a visa facilitation "
        "agreement continued on Monday.",
        ["agreement planned KAZ * 1"],
    ),
    # -- a count over a span (since 1992 bounds it, no signing day); signings inside a visit
    (
        "span",
        "Azerbaijan and Uzbekistan have signed more than 180 documents so far.",
        ["other signed AZE,UZB - 180"],
    ),
    (
        "span",
        "More than 60 documents have been signed between Turkmenistan and Hungary since 1992.",
        ["other signed HUN,TKM - 60"],
    ),
    (
        "span",
        "Kazakhstan and Uzbekistan have signed 200 documents since the establishment of "
        "diplomatic relations in 1992.",
        ["other signed KAZ,UZB - 200"],
    ),
    (
        "nominal",
        "The visit of the Uzbek President to Georgia on May 8 featured the signing of a "
        "memorandum on tourism.",
        ["memorandum signed GEO,UZB 2023-05-08 1"],
    ),
    (
        "nominal",
        "Azerbaijan and Kazakhstan held talks on May 8. The signed documents include an "
        "agreement on transit.",
        ["agreement signed AZE,KAZ 2023-05-08 1"],
    ),
    (
        "nominal",
        "Azerbaijan and Kazakhstan held talks on May 8. The heads of state adopted a Joint "
        "Statement.",
        ["declaration signed AZE,KAZ 2023-05-08 1"],
    ),
    (
        "nominal",
        "Georgia and Turkey held talks on May 8. Within the visit, an Agreement on Road "
        "Transport was signed between the Government of Georgia and the Government of the "
        "Republic of Turkey.",
        ["agreement signed GEO,TUR 2023-05-08 1"],
    ),
    # -- near misses: no record
    (
        "none",
        "Azerbaijani state energy company Ozan and Turkish company Bora signed a contract on "
        "gas supplies on May 8.",
        [],
    ),
    (
        "none",
        "Uzbekistan signed a $100 million loan agreement with the Asian Development Bank on "
        "Monday.",
        [],
    ),
    (
        "none",
        "The presidents of Kazakhstan and Kyrgyzstan issued a joint statement after the talks.",
        [],
    ),
    (
        "none",
        "The President of Uzbekistan signed a decree on the development of tourism.",
        [],
    ),
    (
        "none",
        "The President of Kazakhstan signed into law amendments to the tax code.",
        [],
    ),
    (
        "none",
        "Azerbaijan and Georgia agreed to expand cooperation in energy.",
        [],
    ),
    (
        "none",
        "The ministers of Turkey and Uzbekistan agreed on the need to increase trade.",
        [],
    ),
    (
        "none",
        "Acme Holding and Beta LLC of Kazakhstan signed a memorandum on a joint venture.",
        [],
    ),
    (
        "none",
        "The Kazakh parliament approved the state budget for 2024.",
        [],
    ),
    (
        "none",
        "The President of Georgia signed a law on higher education.",
        [],
    ),
    (
        "none",
        "Azerbaijan and Hungary agreed that their foreign ministers would meet again in June.",
        [],
    ),
    (
        "none",
        "The governments of Uzbekistan and Turkmenistan held talks on trade.",
        [],
    ),
    (
        "none",
        "The foreign ministry of Kyrgyzstan issued a statement condemning the attack.",
        [],
    ),
    (
        "none",
        "The leaders of Pakistan and Turkey released a joint communique on the outcome of the "
        "visit.",
        [],
    ),
    (
        "none",
        "Kazakh and Chinese companies signed contracts worth $500 million on May 8.",
        [],
    ),
    (
        "none",
        "The Prime Minister of Pakistan signed the visitors' book at the memorial.",
        [],
    ),
    (
        "none",
        "Azerbaijan and Uzbekistan reached an understanding to boost trade.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreement_docs_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)
