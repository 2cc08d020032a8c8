"""A table of agreement expressions read from the released j pages (session 9).

Every row is invented text (names, figures and dates made up) published on
Wednesday 2023-05-10, and the agreement records expected from it under
spec/EXTRACTION.md section 3, each written ``"kind status PARTIES date count"``
(``PARTIES`` sorted and joined with commas, ``-`` for none; ``*`` for any date;
date ``-`` for null), with `` | title`` after it where the row checks the title. The
classes:

- ``long_list``: the documents a sentence lists after a counted signing ("N documents
  were signed, including A, B and C") are each one of that signing however long the names
  of the ones before them (a declaration's full name, a memorandum "between the ministries
  of"); an instrument that is the subject of a verb of its own ("and the treaty on X will
  be signed next year") ends the list, and keeps its own status;
- ``summit_leaders``: a document that the leaders of a group's summit are to adopt or sign
  ("the leaders are expected to sign the X Declaration", "will sign") in a story whose lead
  (a byline line such as "By Jane Doe" is no lead) reports that summit is the members', no
  state named, not the pair told meeting on its sidelines; a pair's own summit, or a pair's
  document on the sidelines, stays theirs;
- ``reported_clause``: a status verb told before "announced that", "said that" (and the
  like) is the outer clause's, of another instrument: an instrument inside the reported
  clause takes its own verb ("and announced that a treaty on X had been initialled": planned,
  as an initialled text is not yet signed);
- ``route_names``: a capital inside a hyphenated chain of places that names a route ("the
  Accra-Lome-Cotonou pipeline", "the Lima-La Paz railway", "the Nairobi-Kampala highway") is a
  place the route runs through, not a side: a document on it is its signers';
- ``after_signing``: an instrument naming no state, told right after a sentence that tells a
  signing of two to four sides and names none itself ("In total, nine documents were signed.
  The minister said an agreement on X is being drafted"), is of those sides; one that names
  its own partner keeps it;
- ``legislature_consent``: a legislature (MPs, deputies, the senate) that "gave its consent
  to" or "consented to" an instrument ratified it, as when it approved it; its consent to a
  draft leaves the draft planned;
- ``body_adopts``: a plan that a group's organ adopts or approves ("The council approved a
  plan of measures for the ECOWAS strategy", "the summit adopted a plan") in a sentence naming
  the group is the members' document, no state named (a plan one state's council approves
  is still no instrument); a "concept of cooperation" or "of interaction" is an instrument
  (kind other), as a programme of cooperation is;
- ``implementation_of``: "the implementation of the X Agreement" right before a named
  instrument tells it is in force (ratified) even when an attitude of the talks stands further
  off ("to review progress on the railway and the implementation of the X Agreement");
- ``home_official``: in a datelined wire story, an official of no state named who meets "his
  (her) Ugandan counterpart" is of the dateline's state: "the two countries" of that sentence
  are the dateline's state and the counterpart's, not a third state the story names more;
  an official whose state is named keeps it;
- ``season_to_come``: a season named with no year for a signing still to come ("will be
  signed ... in the autumn", told in May) is the next such season, not last year's; one told
  of a signing done ("was signed in the winter") or of a plan told in the past ("was expected
  to be signed in the autumn") is the last one;
- ``signed_during_visit``: a named instrument whose aside says it was signed during one
  official's visit ("the X Declaration, signed during President A's state visit to B in
  2020") is dated by that visit's date, however the aside opens (", signed", ", which was
  signed"), and is of the pair the story's lead names when the host is one of them; a
  multilateral one whose host is no side of the story (a Paris Agreement signed during a visit
  to France) stays with none;
- ``in_name``: capitalised words joined by "in" before a capitalised instrument word are
  one name ("the Trade in Goods Agreement", "the Investment in Education Accord"), as those
  joined by "of", "and" or "for" are;
- ``pair_meeting_day``: a signing by "the two leaders" (presidents, ministers) told right
  after a sentence that dates their meeting ("On Tuesday evening, A held a separate meeting
  with B") is of that meeting's day, not the day of the story's lead event;
- ``similar_one``: "a similar document" (arrangement, agreement) told right after an
  instrument is one of its kind, with its own step ("Negotiations on a similar document with D
  are under way": planned), between the side of the one told that the story names more and
  the new partner; "a similar document" with no step of its own is no record;
- ``instructed_to_draft``: a document the story's two sides instructed (tasked, directed)
  their governments or ministries to draft or prepare ("where they had instructed their
  governments to draft a new cooperation programme") is planned, of those two sides; a plan
  one leader orders for his own country ("a national plan") is no record;
- ``regression``: rows the library already read right, near misses included.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from agreement_rows import matches_titled, unmatched
from diplonews import Article, extract

PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday

TABLE: list[Any] = [
    (
        "long_list",
        "Ghana and Togo signed 11 documents in Lome on Tuesday, including the Joint Declaration"
        " on the Establishment of an Enhanced and Comprehensive Partnership between the Republic"
        " of Ghana and the Togolese Republic, a programme of cultural exchanges for 2023-2026,"
        " and an agreement on the joint management of the Mono river basin.",
        [
            "declaration signed GHA,TGO 2023-05-09 1",
            "plan signed GHA,TGO 2023-05-09 1",
            "agreement signed GHA,TGO 2023-05-09 1",
            "other signed GHA,TGO 2023-05-09 8",
        ],
    ),
    (
        "long_list",
        "Peru and Chile held talks in Lima on Monday. Following the talks, nine documents were"
        " signed, including a memorandum of understanding on cooperation in the field of"
        " vocational and technical education between the labour ministries of the two countries"
        " and an agreement on the mutual recognition of driving licences.",
        [
            "memorandum signed CHL,PER 2023-05-08 1",
            "agreement signed CHL,PER 2023-05-08 1",
            "other signed CHL,PER 2023-05-08 7",
        ],
    ),
    (
        "long_list",
        "Laos and Cambodia on Monday signed eight documents, among them a memorandum of"
        " understanding between the ministries of agriculture on the prevention of animal"
        " diseases along the common border and the protection of wildlife, a protocol on the"
        " Mekong ferries and a treaty on extradition.",
        [
            "memorandum signed KHM,LAO 2023-05-08 1",
            "protocol signed KHM,LAO 2023-05-08 1",
            "treaty signed KHM,LAO 2023-05-08 1",
            "other signed KHM,LAO 2023-05-08 5",
        ],
    ),
    (
        "long_list",
        "Laos and Cambodia on Monday signed eight documents, including a memorandum on the"
        " prevention of animal diseases, and the treaty on extradition will be signed next year.",
        [
            "memorandum signed KHM,LAO 2023-05-08 1",
            "other signed KHM,LAO 2023-05-08 7",
            "treaty planned KHM,LAO 2024 1",
        ],
    ),
    (
        "summit_leaders",
        "By Maria Lopez\n\nThe Mercosur summit opened in Asuncion on Tuesday, bringing together"
        " the leaders of Brazil, Argentina, Uruguay and Paraguay.\n\nOn the sidelines, the"
        " Brazilian president met his Chilean counterpart, who attends as a guest.\n\nAt the"
        " close of the summit, the leaders are expected to adopt the Asuncion Declaration.",
        ["declaration planned - - 1"],
    ),
    (
        "summit_leaders",
        "The ASEAN summit is being held in Vientiane today. On Tuesday evening, the prime minister"
        " of Laos held talks with the prime minister of Cambodia. Following the summit, the heads"
        " of state are expected to sign the Vientiane Declaration.",
        ["declaration planned - - 1"],
    ),
    (
        "summit_leaders",
        "By John Mensah\n\nThe African Union summit opened in Accra on Tuesday. The president of"
        " Ghana met the president of Togo on its sidelines. The leaders will sign the Accra"
        " Declaration on Thursday.",
        ["declaration planned - 2023-05-11 1"],
    ),
    (
        "summit_leaders",
        "By John Mensah\n\nThe African Union summit opened in Accra on Tuesday. On its sidelines,"
        " Ghana and Togo will sign an agreement on the joint border post.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "summit_leaders",
        "Chile and Peru held a summit in Lima on Tuesday. Following the summit, the leaders are"
        " expected to sign the Lima Declaration.",
        ["declaration planned CHL,PER - 1"],
    ),
    (
        "summit_leaders",
        "By Maria Lopez\n\nChile and Peru held talks in Lima on Tuesday. Following the talks, the"
        " presidents will sign the Lima Declaration.",
        ["declaration planned CHL,PER - 1"],
    ),
    (
        "reported_clause",
        "The ministers of Chile and Peru exchanged the instruments of ratification of the"
        " agreement on pensions, signed in Lima in 2021, and announced that a treaty on the"
        " maritime border between the two countries had been initialled by experts.",
        ["agreement ratified CHL,PER * 1", "treaty planned CHL,PER - 1"],
    ),
    (
        "reported_clause",
        "Kenya and Uganda ratified the protocol on the lake ferries, signed in Kampala in 2021,"
        " and said that the treaty on the common border between the two states was initialled"
        " by the negotiators last week.",
        ["protocol ratified KEN,UGA * 1", "treaty planned KEN,UGA - 1"],
    ),
    (
        "reported_clause",
        "Ghana and Togo signed a memorandum on fisheries in Accra on Monday and announced that an"
        " agreement on road transport between the two countries had been initialled by their"
        " experts.",
        ["memorandum signed GHA,TGO 2023-05-08 1", "agreement planned GHA,TGO - 1"],
    ),
    (
        "reported_clause",
        "The foreign ministers of Laos and Cambodia signed a memorandum on tourism and confirmed"
        " that a new consular convention between the two governments was still being"
        " negotiated.",
        ["memorandum signed KHM,LAO - 1", "treaty planned KHM,LAO - 1"],
    ),
    (
        "reported_clause",
        "Officials said that Ghana and Togo signed a memorandum on fisheries on Monday.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "route_names",
        "Chile and Bolivia held talks on Monday. In total, eleven documents were signed,"
        " including an agreement on the Lima-La Paz railway.",
        ["other signed BOL,CHL 2023-05-08 10", "agreement signed BOL,CHL 2023-05-08 1"],
    ),
    (
        "route_names",
        "Ghana signed an agreement on the transit of oil via the Accra-Lome pipeline on Monday.",
        ["agreement signed GHA 2023-05-08 1"],
    ),
    (
        "route_names",
        "The presidents of Kenya and Tanzania met on Tuesday. At the end of the meeting, they"
        " signed seven documents, including a memorandum on the Kampala-Kigali-Bujumbura power"
        " line.",
        ["other signed KEN,TZA 2023-05-09 6", "memorandum signed KEN,TZA 2023-05-09 1"],
    ),
    (
        "route_names",
        "Kenya and Uganda signed a memorandum on the Nairobi-Kampala highway on Monday.",
        ["memorandum signed KEN,UGA 2023-05-08 1"],
    ),
    (
        "route_names",
        "The Nairobi-Kampala agreement on fisheries was signed by Kenya and Uganda on Monday.",
        ["agreement signed KEN,UGA 2023-05-08 1"],
    ),
    (
        "after_signing",
        "Ghana and Togo held talks in Accra on Tuesday. Afterwards, nine documents were signed."
        " The minister said an agreement on river transport is being drafted.",
        ["other signed GHA,TGO 2023-05-09 9", "agreement planned GHA,TGO - 1"],
    ),
    (
        "after_signing",
        "Kenya and Uganda held consultations in Nairobi on Monday. In all, four agreements were"
        " signed at the end of the talks. Officials added that a treaty on extradition is still"
        " being negotiated.",
        ["agreement signed KEN,UGA 2023-05-08 4", "treaty planned KEN,UGA - 1"],
    ),
    (
        "after_signing",
        "Chile and Peru held talks in Lima on Monday. In total, 12 documents were inked. Alvarez"
        " said a roadmap for the development of the coastal railway is being prepared and will be"
        " signed at the next session of the commission.",
        ["other signed CHL,PER 2023-05-08 12", "plan planned CHL,PER - 1"],
    ),
    (
        "after_signing",
        "The prime ministers of Laos and Cambodia met in Vientiane on Monday. A total of six"
        " documents were inked after the talks. According to the minister, a roadmap on tourism"
        " will be signed during the next visit.",
        ["other signed KHM,LAO 2023-05-08 6", "plan planned KHM,LAO - 1"],
    ),
    (
        "after_signing",
        "Kenya and Uganda held consultations in Nairobi on Monday. In all, four agreements were"
        " signed at the end of the talks. Officials added that a treaty on extradition with"
        " Rwanda is still being negotiated.",
        ["agreement signed KEN,UGA 2023-05-08 4", "treaty planned RWA - 1"],
    ),
    (
        "legislature_consent",
        "MPs also gave their consent to the memorandum of understanding on tourism between the"
        " State Tourism Agency of Chile and the Ministry of Culture of Peru.",
        ["memorandum ratified CHL,PER - 1"],
    ),
    (
        "legislature_consent",
        "The Senate of Bolivia on Monday gave its consent to the treaty on extradition with Peru.",
        ["treaty ratified BOL,PER * 1"],
    ),
    (
        "legislature_consent",
        "The deputies consented to the agreement on pensions between Ghana and Togo.",
        ["agreement ratified GHA,TGO - 1"],
    ),
    (
        "legislature_consent",
        "The deputies further gave their consent to the draft memorandum of understanding between"
        " the Ministry of Education of Ghana and the Ministry of Education of Togo on higher"
        " education.",
        ["memorandum planned GHA,TGO - 1"],
    ),
    (
        "body_adopts",
        "A session of the ECOWAS Council of Ministers took place in Abuja on Monday. The council"
        " approved a plan of measures against piracy under the ECOWAS maritime strategy.",
        ["plan signed - 2023-05-08 1"],
    ),
    (
        "body_adopts",
        "The ASEAN summit opened in Vientiane on Tuesday. The summit adopted a plan of priority"
        " steps for the ASEAN digital economy.",
        ["plan signed - 2023-05-09 1"],
    ),
    (
        "body_adopts",
        "A meeting of the CIS Council of Heads of Government was held in Minsk on Friday. The"
        " council approved a plan of measures for the CIS energy strategy and a concept of"
        " interaction in the field of civil defence.",
        ["plan signed - 2023-05-05 1", "other signed - 2023-05-05 1"],
    ),
    (
        "body_adopts",
        "Chile and Peru held talks on Monday. The two sides signed a concept of cooperation in the"
        " field of digital technologies.",
        ["other signed CHL,PER 2023-05-08 1"],
    ),
    ("body_adopts", "The security council of Peru approved a plan to fight drug trafficking.", []),
    ("body_adopts", "The city council approved a plan for new roads.", []),
    (
        "body_adopts",
        "The minister explained the concept of cooperation with private investors.",
        [],
    ),
    (
        "implementation_of",
        "Chile and Peru held talks on Monday to review progress on the railway and the"
        " implementation of the Free Trade Agreement between the two countries.",
        ["agreement ratified CHL,PER - 1"],
    ),
    (
        "implementation_of",
        "Kenya and Uganda discussed progress on the new border posts and the implementation of"
        " the Customs Union Protocol between the two countries on Monday.",
        ["protocol ratified KEN,UGA - 1"],
    ),
    (
        "implementation_of",
        "The foreign ministers of Laos and Cambodia met in Vientiane on Monday to review progress"
        " on the bridge project and the implementation of the Mekong Navigation Treaty between the"
        " two countries.",
        ["treaty ratified KHM,LAO - 1"],
    ),
    (
        "implementation_of",
        "The foreign ministers of Laos and Cambodia met in Vientiane on Monday to review progress"
        " on the bridge project and the Mekong Navigation Treaty between the two countries.",
        ["treaty signed KHM,LAO - 1"],
    ),
    (
        "home_official",
        "NAIROBI, May 9 - Foreign Minister Alfred Otieno on Tuesday left for Kampala on a two-day"
        " visit. The foreign minister is scheduled to meet his Ugandan counterpart to discuss"
        " border trade and the implementation of the Transit Goods Agreement between the two"
        " countries. On Monday, he spoke by phone with the foreign minister of Tanzania, who"
        " briefed him on the summit Tanzania will host in June.",
        ["agreement ratified KEN,UGA - 1"],
    ),
    (
        "home_official",
        "ACCRA, May 9 - The defence minister met his Togolese counterpart in Lome on Tuesday to"
        " review progress on the patrols and the implementation of the Border Security Agreement"
        " between the two countries. Earlier he had visited Nigeria, where he met the Nigerian"
        " chief of staff.",
        ["agreement ratified GHA,TGO - 1"],
    ),
    (
        "home_official",
        "LIMA (Andina) - The trade minister will travel to Quito on Wednesday, where she will hold"
        " talks with her Ecuadorian counterpart on the Fisheries Agreement between the two"
        " countries, the ministry said. She will then fly to Bolivia for a forum hosted by"
        " Bolivia.",
        ["agreement planned ECU,PER - 1"],
    ),
    (
        "home_official",
        "ACCRA, May 9 - The defence minister of Nigeria met his Togolese counterpart in Lome on"
        " Tuesday to review the Border Security Agreement between the two countries.",
        ["agreement signed NGA,TGO - 1"],
    ),
    (
        "season_to_come",
        "Ghana and Togo held talks in Accra on Monday. The ministers said a new treaty on the"
        " border was expected to be signed in Lome in the winter.",
        ["treaty planned GHA,TGO 2022 1"],
    ),
    (
        "season_to_come",
        "Ghana and Togo held talks in Accra on Monday. The ministers said a new treaty on the"
        " border is expected to be signed in Lome in the winter.",
        ["treaty planned GHA,TGO 2023 1"],
    ),
    (
        "season_to_come",
        "Kenya and Uganda held consultations on Monday. The two sides will sign a treaty on"
        " extradition in the autumn.",
        ["treaty planned KEN,UGA 2023 1"],
    ),
    (
        "season_to_come",
        "Laos and Cambodia held talks in Vientiane on Monday. An agreement on the Mekong ferries is"
        " being drafted and will be signed during the next round of talks in the autumn.",
        ["agreement planned KHM,LAO 2023 1"],
    ),
    (
        "season_to_come",
        "Chile and Peru held talks on Monday. An action plan was signed in the winter.",
        ["plan signed CHL,PER 2022 1"],
    ),
    (
        "signed_during_visit",
        "Chile and Peru held talks on Monday. The minister recalled that the Joint Declaration on"
        " Strategic Partnership, signed during President Ana Ruiz's state visit to Peru in 2020,"
        " remains the basis of relations.",
        ["declaration signed CHL,PER 2020 1"],
    ),
    (
        "signed_during_visit",
        "Ghana and Togo held talks in Accra on Monday. The Treaty of Friendship, signed during"
        " President Kofi Mensah's official visit to Togo in 2019, was praised by both ministers.",
        ["treaty signed GHA,TGO 2019 1"],
    ),
    (
        "signed_during_visit",
        "Kenya and Uganda held talks on Monday. The minister said the Lake Victoria Accord, which"
        " was signed during President Amos Kariuki's working visit to Uganda in March 2021, had"
        " boosted fishing.",
        ["agreement signed KEN,UGA 2021-03 1"],
    ),
    (
        "signed_during_visit",
        "Chile and Peru held talks on Monday. The minister said the Paris Agreement, signed during"
        " President Ana Ruiz's visit to France in 2016, guides their energy policy.",
        ["agreement signed - 2016 1"],
    ),
    (
        "in_name",
        "Kenya and Uganda said the Trade in Services Agreement between the two countries, which"
        " took effect in March, had helped banks.",
        ["agreement ratified KEN,UGA 2023-03 1 | Trade in Services Agreement"],
    ),
    (
        "in_name",
        "The Investment in Education Accord between Ghana and Togo was signed on Monday.",
        [
            "agreement signed GHA,TGO 2023-05-08 1"
            " | Investment in Education Accord between Ghana and Togo"
        ],
    ),
    (
        "in_name",
        "Chile and Peru said on Monday that the Cooperation in Fisheries Protocol between the two"
        " countries, signed in 2019, had expired.",
        ["protocol signed CHL,PER 2019 1 | Cooperation in Fisheries Protocol"],
    ),
    (
        "in_name",
        "Chile and Peru on Monday signed the Agreement on Investment in Infrastructure.",
        ["agreement signed CHL,PER 2023-05-08 1 | Agreement on Investment in Infrastructure"],
    ),
    (
        "pair_meeting_day",
        "The ASEAN summit opened in Vientiane on Wednesday. On Tuesday evening, the Lao prime"
        " minister held a separate meeting with Cambodian Prime Minister Hun Chea. The two"
        " leaders witnessed the signing of an agreement on the Mekong ferries.",
        ["agreement signed KHM,LAO 2023-05-09 1"],
    ),
    (
        "pair_meeting_day",
        "The Mercosur summit opened in Asuncion on Wednesday, bringing together Brazil, Argentina,"
        " Uruguay and Paraguay. On Monday, the Paraguayan president met Uruguayan President Juan"
        " Perez in Asuncion. The two presidents signed a memorandum on river navigation.",
        ["memorandum signed PRY,URY 2023-05-08 1"],
    ),
    (
        "pair_meeting_day",
        "Kenya and Uganda held talks in Nairobi on Wednesday. On Monday, the Kenyan foreign"
        " minister met his Ugandan counterpart in Kampala to prepare the visit. The two ministers"
        " signed a protocol on fisheries.",
        ["protocol signed KEN,UGA 2023-05-08 1"],
    ),
    (
        "pair_meeting_day",
        "Kenya and Uganda held talks in Nairobi on Wednesday. The two presidents signed a protocol"
        " on fisheries.",
        ["protocol signed KEN,UGA 2023-05-10 1"],
    ),
    (
        "similar_one",
        "Kenya's parliament on Tuesday ratified the treaty on extradition with Uganda. The Kenyan"
        " deputy minister said the government expects to sign an agreement on visa-free travel"
        " with Ethiopia before the end of the year. Negotiations on a similar document with"
        " Somalia are under way, he added.",
        [
            "treaty ratified KEN,UGA 2023-05-09 1",
            "agreement planned ETH,KEN - 1",
            "agreement planned KEN,SOM - 1",
        ],
    ),
    (
        "similar_one",
        "The Chilean parliament on Monday ratified the treaty on extradition with Argentina. The"
        " Chilean foreign minister said Chile expects to sign a memorandum on tourism with Peru"
        " this year. Negotiations on a similar document with Bolivia are under way, he added.",
        [
            "treaty ratified ARG,CHL 2023-05-08 1",
            "memorandum planned CHL,PER 2023 1",
            "memorandum planned BOL,CHL - 1",
        ],
    ),
    (
        "similar_one",
        "Chile expects to sign an agreement on visas with Peru this year. Negotiations on a"
        " similar agreement with Bolivia are under way.",
        ["agreement planned CHL,PER 2023 1", "agreement planned BOL,CHL - 1"],
    ),
    (
        "similar_one",
        "Chile signed an agreement on visas with Peru in 2019. Bolivia has a similar document.",
        ["agreement signed CHL,PER 2019 1"],
    ),
    (
        "instructed_to_draft",
        "The presidents of Ghana and Togo spoke by phone on Monday. The Ghanaian leader confirmed"
        " that he will pay a visit to Lome in June. The leaders also recalled their talks in"
        " Abuja last year, where they had instructed their governments to draft a new"
        " cooperation programme.",
        ["plan planned GHA,TGO - 1"],
    ),
    (
        "instructed_to_draft",
        "The prime ministers of Laos and Cambodia held a video call on Tuesday. The Lao premier"
        " confirmed that he will attend the forum in Phnom Penh next month. They also recalled"
        " their meeting in Hanoi in March, where they had tasked their foreign ministries to"
        " prepare a roadmap on border trade.",
        ["plan planned KHM,LAO - 1"],
    ),
    (
        "instructed_to_draft",
        "The presidents of Kenya and Uganda spoke by phone on Monday. The Kenyan president"
        " congratulated his counterpart on the holiday. The leaders had earlier instructed their"
        " governments to prepare a new programme of cooperation for 2024-2026.",
        ["plan planned KEN,UGA - 1"],
    ),
    (
        "instructed_to_draft",
        "The presidents of Kenya and Uganda spoke by phone on Monday, the Kenyan presidency said."
        " The Kenyan president praised the new road to Uganda. He also said he had instructed his"
        " ministers to draft a national plan on fisheries.",
        [],
    ),
    (
        "regression",
        "Chile and Peru signed 9 documents on Monday, including a memorandum on fisheries, a"
        " roadmap on trade and an agreement on energy.",
        [
            "memorandum signed CHL,PER 2023-05-08 1",
            "plan signed CHL,PER 2023-05-08 1",
            "agreement signed CHL,PER 2023-05-08 1",
            "other signed CHL,PER 2023-05-08 6",
        ],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released_j_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    result = extract(Article(body=text, published=PUBLISHED))
    assert unmatched(expected, result.agreements, matches_titled) == [], cls
