"""Unnamed objects: what an event is done to when no name says what it is ("ordered 20 jets", "killed 12 people").

The object becomes an actor — a product when its head is a product noun, a group when it is a noun of
people — so that the event has a target. Digests are built by hand (:func:`tests.test_events.build`).
"""

from __future__ import annotations

import pytest

from newskit.extract.event_reader import add_unnamed_objects, find_events
from tests.test_events import PEOPLE, build


def roles(text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    """(type, agents, targets, other participants) of each event, by name."""
    digest = add_unnamed_objects(build(text, actors=PEOPLE))
    names = {a.id: a.name for a in digest.actors}
    kinds = {a.name: a.kind for a in digest.actors}
    out = []
    for event in find_events(digest, digest.articles[0]):
        by_role = {
            r: [names[p.actor] for p in event.participants if p.role == r] for r in ("agent", "target", "participant")
        }
        out.append((event.type, by_role["agent"], by_role["target"], by_role["participant"]))
    roles.kinds = kinds  # type: ignore[attr-defined]
    return out


CASES = [
    (
        "The coastal police detained three reporters in Estrela.",
        ("detain", ["coastal police"], ["three reporters"], []),
    ),
    ("Three reporters were detained by the coastal police.", ("detain", ["coastal police"], ["Three reporters"], [])),
    (
        "Northwind Airlines ordered twelve new passenger jets.",
        ("trade", ["Northwind Airlines"], ["twelve new passenger jets"], []),
    ),
    ("The militants killed all 40 people on board.", ("kill", ["militants"], ["all 40 people"], [])),
    # an unnamed group is the agent too, at a sentence's start capitalised
    ("Officials said the vote was delayed.", ("statement", ["Officials"], [], [])),
    ("Three residents condemned the ministry.", ("criticize", ["Three residents"], ["Ministry of Health"], [])),
    # told without "be", in a headline or a reduced relative: what is done to them
    ("Two men charged with fraud after a raid in Estrela", ("charge", [], ["Two men"], [])),
    ("Three people killed in a crash near Porto Lume.", ("kill", [], ["Three people"], [])),
    # not when a name says more of it, nor a speaker's clause's subject
    ("Red Lantern Party officials condemned Valdoria.", ("criticize", ["Red Lantern Party"], ["Valdoria"], [])),
    ("Northwind Airlines ordered $2 billion in new jets.", ("trade", ["Northwind Airlines"], ["new jets"], [])),
    (
        "Northwind Airlines will supply the Ministry of Health with four cargo helicopters.",
        ("trade", ["Northwind Airlines"], ["four cargo helicopters"], ["Ministry of Health"]),
    ),
    (
        "Northwind Airlines released an application that tracks its flights to Valdoria.",
        ("launch", ["Northwind Airlines"], ["application"], []),
    ),
    ("In Valdoria, jets are built and sold by Northwind Airlines.", ("trade", ["Northwind Airlines"], ["jets"], [])),
    ("Mensah met with union leaders in Porto Lume.", ("meet", ["Kofi Mensah"], ["union leaders"], [])),
    ("The store sold over 2,400 units last year.", ("trade", [], ["over 2,400 units"], [])),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_unnamed_object_is_the_target(text: str, expected: tuple[str, list[str], list[str], list[str]]) -> None:
    assert expected in roles(text)


def test_unnamed_objects_are_products_or_groups() -> None:
    roles("The coastal police detained three reporters and bought two trucks.")
    assert roles.kinds["three reporters"] == "group"  # type: ignore[attr-defined]
    assert roles.kinds["two trucks"] == "product"  # type: ignore[attr-defined]


def test_the_noun_before_a_relative_pronoun_is_the_object() -> None:
    found = roles("Northwind Airlines said the films it sells on board are popular.")
    assert ("trade", ["Northwind Airlines"], ["films"], []) in found  # "it": the airline, which sells them


@pytest.mark.parametrize(
    "text",
    [
        "Northwind Airlines plans to sell the unit next year.",  # a business unit: "units" only when counted
        "The party condemned computer and phone makers.",  # modifiers of "makers"
        "Improvements to the browser were announced on Monday.",  # inside a phrase, not the subject
        "Mensah criticised the aircraft makers.",  # "aircraft" modifies "makers"
        "Vogel called a shareholders' meeting.",  # a possessive modifies "meeting"
        "Northwind Airlines ordered the jet A380.",  # a noun before a name says what the name is
    ],
)
def test_no_unnamed_object(text: str) -> None:
    digest = add_unnamed_objects(build(text, actors=PEOPLE))
    assert all(a.mentions[0].text[:1].isupper() for a in digest.actors), [a.name for a in digest.actors]


def test_a_participle_before_a_noun_of_people_is_an_adjective() -> None:
    found = roles("Elected officials criticised the Red Lantern Party.")
    assert [t for t, *_ in found] == ["criticize"]


def test_a_light_verb_after_and_shares_the_subject_of_the_sentence() -> None:
    found = roles("Northwind Airlines flies to Estrela and has made the purchase of new jets a priority.")
    assert ("trade", ["Northwind Airlines"], ["new jets"], []) in found
