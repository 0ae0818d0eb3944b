"""Where a mention starts and ends, and what a name's neighbours say it is.

Sentences are made up for these tests (none is taken from a corpus). Each row gives a text and the
mention texts expected, or not expected, among the actors found, with the kind where it matters.
"""

from __future__ import annotations

import pytest

from newskit.extract import actors as actors_plugin
from newskit.extract.names import classify, gazetteer
from newskit.models import Digest
from newskit.options import ParseOptions
from newskit.pipeline import segment


def run(text: str) -> Digest:
    out = actors_plugin.enrich_digest(segment(text, ParseOptions()), ParseOptions())
    assert out is not None
    return out


def mentions(digest: Digest) -> dict[str, str]:
    """Mention text -> kind of its actor."""
    return {m.text: a.kind for a in digest.actors for m in a.mentions}


# (text, {mention: kind or None for any kind}, {texts that must not be mentions}, why)
CASES = [
    ("The Lisbon relatives met reporters on Monday.", {"Lisbon": "place"}, {"The Lisbon"},
     "a name before a noun: the article is the noun's"),
    ("Police searched the Okafor home near Durban.", {}, {"the Okafor"},
     "a surname before a noun is no organization with its article"),
    ("The FBI said the suspect had fled.", {"The FBI": "organization"}, set(),
     "an organization before a verb keeps its article"),
    ("The Nordlicht Group tumbled in early trading.", {"The Nordlicht Group": "organization"}, set(),
     "a past tense after the name, not a noun"),
    ("He said: ``We are worried about the drought.''", {}, {"We"},
     "a capital after an opening `` quote starts a sentence"),
    ('It was "a disaster." Despite the rain, crowds gathered in Nairobi.', {"Nairobi": "place"}, {"Despite"},
     "a capital after a full stop and a closing quote starts a sentence"),
    ("Police said Tariku, 24, was arrested at dawn.", {"Tariku": "person"}, set(),
     "an age after a comma makes a person"),
    ("The 9-year-old Kelemu Worku was found safe.", {"Kelemu Worku": "person"}, set(),
     "an age before a name makes a person"),
    ("The chairman of Brantley Inc. Joseph Mwangi resigned.", {"Brantley Inc.": "organization"},
     {"Brantley Inc. Joseph Mwangi", "Inc. Joseph Mwangi"}, "a company suffix ends the company's name"),
    ("Shares of Vantor Aeronautic & Space NV fell.", {"Vantor Aeronautic & Space NV": "organization"},
     {"Space NV"}, "an ampersand joins the words of one company"),
    ("The appeal was heard at the Royal Courts of Justice in Accra.",
     {"the Royal Courts of Justice": "organization"}, {"Royal Courts of"},
     "a role word after 'of' is the name's own word"),
    ("The Immigration and Naturalization Board ruled on Friday.",
     {"The Immigration and Naturalization Board": "organization"}, {"Naturalization Board"},
     "an ordinary word before 'and' in an organization's name"),
    ("The Economy and Finance Ministry said so on Friday.",
     {"The Economy and Finance Ministry": "organization"}, {"Finance Ministry"},
     "a portfolio word before 'and' in a ministry's name"),
    ("The question is whether Cubans trust the plan.", {"Cubans": "group"}, set(),
     "a plural demonym before a verb is a group, never the place"),
    ("Arabs and Sikhs marched in Leeds.", {"Arabs": "group", "Sikhs": "group"}, set(),
     "plural demonyms of peoples and religions are groups"),
    ("The ship docked at the port of Qalbeh on Monday.", {"Qalbeh": "place"}, set(),
     "a place noun and 'of' before a name"),
    ("Dunmore Corp., a Palo Alto, Calif., maker of chips, said so.", {"Calif.": "place"}, {"Calif"},
     "a US state abbreviation keeps its full stop"),
    ("Senator Jane Hollis (R-AZ) objected.", {"Senator Jane Hollis": "person"}, {"R-AZ"},
     "a party and state in brackets is no actor"),
    ("The UK RAF flew the mission.", {"UK": "place", "RAF": None}, {"UK RAF"},
     "a country before an acronym: two names"),
    ("Neither Messrs. Perlman nor Okafor spoke.", {"Messrs. Perlman": "person"}, set(),
     "Messrs. is an honorific"),
    ("Bombs hit Dar es Salaam at dawn.", {"Dar es Salaam": "place"}, {"Salaam"}, "'es' joins a place's name"),
    ("Boats crossed the Corran Straits at night.", {"the Corran Straits": "place"}, set(), "Straits is a place head"),
    ("Visitors came to the Lena Morris Library today.", {"the Lena Morris Library": "organization"}, set(),
     "Library is an organization head, before a given name"),
    ("Shares of Polly Brand, a fast-growing British conglomerate, rose.", {"Polly Brand": "organization"}, set(),
     "an apposition headed by a business noun makes an organization"),
    ("Ann Voss, a company spokeswoman, declined to comment.", {"Ann Voss": "person"}, set(),
     "a business noun that only modifies the apposition's head says nothing"),
    ("Joe Lerner, Chairman and Chief Operating Officer of Skyway Airlines, spoke.",
     {"Joe Lerner": "person", "Skyway Airlines": "organization"}, set(),
     "the organization after a role and 'of'"),
    ("They were met by Joan Brown Whitfield of the National Council of Potters.",
     {"Joan Brown Whitfield": "person", "the National Council of Potters": "organization"}, set(),
     "a person, 'of', and the organization the person is from"),
    ("Shares of Bank of Zanzibar rose.", {"Bank of Zanzibar": "organization"}, {"Zanzibar"},
     "a lone organization head before 'of' and a place is one name"),
    ("Soviet officials met Britons in Moscow.", {"Soviet": "place", "Britons": "group"}, set(),
     "demonyms of the Soviet Union and of Britain"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "absent", "why"), CASES, ids=[row[3] for row in CASES])
def test_mentions(text: str, expected: dict[str, str], absent: set[str], why: str) -> None:
    found = mentions(run(text))
    for name, kind in expected.items():
        assert name in found, f"{why}: {found}"
        assert kind is None or found[name] == kind, f"{why}: {found}"
    assert not absent & set(found), f"{why}: {found}"


def test_in_a_possessor_is_no_place() -> None:
    found = mentions(run("Fibres were found in Varga's car."))
    assert found.get("Varga") not in (None, "place"), found


def test_kin_after_a_possessive_makes_a_person() -> None:
    found = mentions(run("The boy arrived on Monday. Later, Zoltan's father spoke to reporters."))
    assert found.get("Zoltan") == "person", found


def test_a_regime_or_administration_after_a_surname_is_the_person_s() -> None:
    found = mentions(run("Officials said Raul Montero had left. Critics of the Montero regime met in Lima."))
    assert found.get("Montero") == "person", found


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Zorvan Martinez", "person"),  # a given name the list lacks, before a frequent surname
        ("Tavish Nguyen", "person"),
        ("Pruitt Kessler", None),  # two surnames: a firm as often as a person
        ("Der Spiegel", None),  # an article of another language
        ("Cabbage Patch", None),  # a surname that is a frequent word
    ],
)
def test_a_frequent_surname_after_an_unknown_word(name: str, kind: str | None) -> None:
    assert classify(name.split(), gazetteer())[0] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Boeing said it will cut 10% of its jobs.", "Boeing"),
        ("Trump signed the order on Monday.", "Trump"),
        ("Shares fell after Boeing said it would cut jobs.", "Boeing"),
        ("Google unveiled a new phone.", "Google"),
    ],
)
def test_a_lone_name_that_speaks_or_acts_is_an_actor_said_once(text: str, name: str) -> None:
    """A capitalised word that frequent English seldom writes ("Boeing", "Trump"), before a verb of
    saying or of what actors do, names one even in a text that says it once."""
    assert name in mentions(run(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Biden met Putin in Geneva.", "Putin"),
        ("Salesforce acquired Slack last year.", "Slack"),
        ("Critics accused Musk of misleading investors.", "Musk"),
    ],
)
def test_a_lone_name_done_to_is_an_actor_said_once(text: str, name: str) -> None:
    """The same word after a verb done to actors (met, acquired, accused) names one too."""
    assert name in mentions(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "They met Tuesday to talk.",  # a day
        "She thanked God for the rescue.",  # a frequent word
    ],
)
def test_an_ordinary_word_after_a_verb_done_to_actors_is_no_name(text: str) -> None:
    assert not [m for m in mentions(run(text)) if m in ("Tuesday", "God")]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue fell 8% to $85.7 million.",  # not a verb of an actor
        "Officials said the road was closed.",  # a frequent word
        "Prosecutors said the man fled.",  # the plural of a frequent noun: a group, no name
        "Tuesday said nothing new.",
    ],
)
def test_an_ordinary_word_before_a_verb_of_an_actor_is_no_name(text: str) -> None:
    first = text.split()[0]
    assert mentions(run(text)).get(first) in (None, "group")
