"""Intergovernmental bodies the gazetteer knows: each resolves, and its near misses do not.

Rows written for this table (issue 9, session 36): the regional, commodity and other bodies
of states that ``country_groups.json`` (groups of states, by their upper-case short name) and
the ``organizations`` of ``meeting_words.json`` (bodies whose meetings carry their name) gained,
each by its full name and by its short form where that short form names nothing else in news.
Near misses are short forms left out because they are ordinary words, a state's code or another
body's name ("CAN", "PIF", "ICO", "ACP"), and a short form's spelling in lower case or inside a
longer word: a form is read case-sensitively and as a whole word.
"""

from __future__ import annotations

import pytest

from diplonews.gazetteer import load_country_groups
from diplonews.meetings._places import body_named
from diplonews.text import meeting_words
from diplonews.text.countries import extract_country_mentions, resolve_country_group
from diplonews.values import Country

# (name as news writes it, the group's upper-case short name)
GROUPS: list[tuple[str, str]] = [
    ("Southern African Development Coordination Conference", "SADCC"),
    ("SADCC", "SADCC"),
    ("Southern African Development Community", "SADC"),
    ("SADC", "SADC"),
    ("Southern African Customs Union", "SACU"),
    ("SACU", "SACU"),
    ("East African Community", "EAC"),
    ("EAC", "EAC"),
    ("Economic Community of Central African States", "ECCAS"),
    ("ECCAS", "ECCAS"),
    ("Central African Economic and Monetary Community", "CEMAC"),
    ("West African Economic and Monetary Union", "WAEMU"),
    ("UEMOA", "WAEMU"),
    ("Common Market for Eastern and Southern Africa", "COMESA"),
    ("Comesa", "COMESA"),
    ("Preferential Trade Area for Eastern and Southern African States", "PTA"),
    ("Intergovernmental Authority on Development", "IGAD"),
    ("IGAD", "IGAD"),
    ("Intergovernmental Authority on Drought and Development", "IGADD"),
    ("Organisation of African Unity", "OAU"),
    ("OAU", "OAU"),
    ("Mano River Union", "MRU"),
    ("Arab Maghreb Union", "AMU"),
    ("Maghreb Union", "AMU"),
    ("Arab Cooperation Council", "ACC"),
    ("Caribbean Community", "CARICOM"),
    ("Caricom", "CARICOM"),
    ("Organization of Eastern Caribbean States", "OECS"),
    ("Central American Integration System", "SICA"),
    ("Central American Common Market", "CACM"),
    ("Organization of American States", "OAS"),
    ("OAS", "OAS"),
    ("Latin American Integration Association", "LAIA"),
    ("ALADI", "LAIA"),
    ("Latin American Free Trade Association", "LAFTA"),
    ("Community of Latin American and Caribbean States", "CELAC"),
    ("Union of South American Nations", "UNASUR"),
    ("BIMSTEC", "BIMSTEC"),
    ("Indian Ocean Rim Association", "IORA"),
    ("Council of the Baltic Sea States", "CBSS"),
    ("Visegrad Group", "V4"),
    ("Visegrád Four", "V4"),
    ("Benelux", "BENELUX"),
    ("European Free Trade Association", "EFTA"),
    ("EFTA", "EFTA"),
    ("Conference on Security and Co-operation in Europe", "CSCE"),
    ("CSCE", "CSCE"),
    ("Union for the Mediterranean", "UFM"),
    ("Intergovernmental Council of Copper Exporting Countries", "CIPEC"),
    ("CIPEC", "CIPEC"),
    ("Association of Tin Producing Countries", "ATPC"),
    ("Association of Natural Rubber Producing Countries", "ANRPC"),
    ("Gas Exporting Countries Forum", "GECF"),
    ("African, Caribbean and Pacific Group of States", "ACP"),
]

# (a role or a gathering's name, the body it names): bodies of the ``organizations`` table,
# named in full (their usual name is the record's), and the groups seen the same way.
BODIES: list[tuple[str, str]] = [
    ("Andean Community foreign ministers", "Andean Community"),
    ("the Andean Pact summit", "Andean Community"),
    ("Nordic Council session", "Nordic Council"),
    ("Commonwealth Heads of Government Meeting", "Commonwealth"),
    ("Warsaw Pact summit", "Warsaw Pact"),
    ("International Cocoa Council session", "International Cocoa Organization"),
    ("ICCO executive director", "International Cocoa Organization"),
    ("International Tin Council", "International Tin Council"),
    ("International Sugar Organisation", "International Sugar Organization"),
    ("INRO council", "International Natural Rubber Organization"),
    ("International Wheat Council", "International Wheat Council"),
    ("International Olive Oil Council", "International Olive Council"),
    ("IEA Executive Director", "IEA"),
    ("UN Human Rights Council session", "UN Human Rights Council"),
    ("ECOSOC President", "ECOSOC"),
    ("UNEP Executive Director", "UNEP"),
    ("WIPO Director General", "WIPO"),
    ("SADC Executive Secretary", "SADC"),
    ("OAS Secretary General", "OAS"),
    ("the ECCAS summit", "ECCAS"),
]

# Text that names no body of the tables: short forms left out, lower case, longer words, and
# words of the bodies' names alone. (``resolve_country_group`` folds case and knows each
# group's own code, as it resolves "g20": a near miss is about reading text.)
NEAR_MISSES: list[str] = [
    "CAN",  # the Andean Community's Spanish initials: Canada's code and a word in capitals
    "can",
    "PIF",  # also a sovereign wealth fund's initials
    "ICO",  # also a coin offering
    "ITC",
    "ISO",
    "ACP",
    "PTA",
    "AMU",
    "oas",
    "Oas",
    "OASIS",
    "eac",
    "EACH",
    "sacu",
    "SADCCs",
    "Andean",
    "Caribbean",
    "Nordic",
    "Visegrad",
    "Baltic Sea",
    "the Pacific Islands Forum",  # a forum that is also its gatherings' name: left out
    "International Coffee Organization",  # left out: its sessions in its seat took Britain
]


@pytest.mark.parametrize(("name", "code"), GROUPS, ids=[row[0] for row in GROUPS])
def test_group_resolves(name: str, code: str) -> None:
    """The group's name or short form resolves to its short name, alone and in a sentence."""
    assert resolve_country_group(name) == code
    text = f"Ministers of the {name} met on Monday."
    found = [(m.code, m.kind, m.text) for m in extract_country_mentions(text)]
    assert found == [(code, "group", name)]


@pytest.mark.parametrize(("text", "body"), BODIES, ids=[row[0] for row in BODIES])
def test_body_is_named(text: str, body: str) -> None:
    """A role or gathering named with the body names that body."""
    assert body_named(text) == body


@pytest.mark.parametrize("name", NEAR_MISSES)
def test_near_miss_is_no_new_body(name: str) -> None:
    """A near miss in text is no mention of a new group and names no body of the tables."""
    new = {code for _, code in GROUPS}
    assert body_named(name) is None
    assert not {m.code for m in extract_country_mentions(name)} & new


def test_a_compound_with_a_group_reads_the_group() -> None:
    """A compound's first part is read: "Benelux-based" names Benelux."""
    assert [m.code for m in extract_country_mentions("a Benelux-based firm")] == ["BENELUX"]


def test_new_group_codes_are_no_state_codes() -> None:
    """No new group code names a state, so a group partner stays a group in JSON."""
    clashes = [code for _, code in GROUPS if Country.get(code) is not None]
    assert clashes == []


def test_organizations_and_groups_share_no_form() -> None:
    """A surface form is either a group's or an organisation's, never both."""
    organizations = meeting_words()["organizations"]
    org_forms = {form for forms in organizations.values() for form in forms}
    new_groups = {code for _, code in GROUPS}
    groups = load_country_groups()
    group_forms = {form for code in new_groups for form in groups[code]}
    assert org_forms & group_forms == set()
