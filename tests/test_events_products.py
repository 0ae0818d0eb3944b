"""Products as actors, and the targets of events: what is done to whom (or to what).

The products reader (:mod:`newskit.extract.products`) is tested on digests whose other actors are
placed by hand (:func:`tests.test_events.build`), so what it finds does not depend on the actor
extractor; the events tests place the products by hand too.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import pytest

import newskit
from newskit.extract.events import enrich_digest, find_events
from newskit.extract.products import add_products
from newskit.models import Actor, Digest, Event, Quote
from newskit.options import ParseOptions
from newskit.testing import check_digest
from tests.test_events import ActorSpec, build, names, only

COMPANIES: list[ActorSpec] = [
    ("Apple", "organization"),
    ("Boeing", "organization"),
    ("Airbus", "organization"),
    ("Northwind Airlines", "organization"),
    ("Fiat", "organization"),
    ("Chrysler", "organization"),
    ("Steve Jobs", "person", ["Jobs"]),
    ("Singapore", "place"),
    ("Kabul", "place"),
]


def products_of(text: str, actors: Sequence[ActorSpec] = COMPANIES) -> Digest:
    return add_products(build(text, actors))


def product_names(digest: Digest) -> list[str]:
    return [a.name for a in digest.actors if a.kind == "product"]


def product(digest: Digest, name: str) -> Actor:
    return next(a for a in digest.actors if a.kind == "product" and a.name == name)


# --- which names are products ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apple launched the iPhone 4 on Monday.", ["iPhone 4"]),  # a lower-case "i" before a capital
        ("Apple sold more iPods than ever.", ["iPods"]),
        ("Airbus delivered the first A380 to Northwind Airlines.", ["A380"]),  # a code after "first"
        ("Northwind Airlines ordered six Airbus A350 jets.", ["Airbus A350"]),  # after its maker
        ("Boeing unveiled a new version of its 777 airliner.", ["777"]),  # a number before a noun
        ("The carrier will buy five new Boeing 737 aircraft.", ["Boeing 737"]),
        ("The plane is built with four Trent 900 engines.", ["Trent 900"]),  # a brand before a number
        ("Apple released the iPod nano, a smaller player.", ["iPod nano"]),  # the model's words
        ("Apple rivals launched the Galaxy S24 on Monday.", ["Galaxy S24"]),  # a brand before a code
        ("The crash of an Embraer 190 jet shocked Kabul.", ["Embraer 190"]),
    ],
)
def test_product_names(text: str, expected: list[str]) -> None:
    assert product_names(products_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Northwind Airlines ordered 100 aircraft and 500 jets.",  # counts, not models
        "More than 3,000 refugees crossed into Kabul.",  # the end of a number
        "Boeing won a $737 million order.",
        "Flight 447 crashed into the Atlantic Ocean.",  # a flight, not a plane model
        "Leaders met at the G20 summit in Kabul.",
        "The FTSE 100 fell on Monday.",  # a stock index
        "Police held him under Section 44 of the law.",
        "The M25 motorway was closed near Kabul.",
        "The plane crashed near Kabul.",  # a description with no product named before it
        "Apple said the company doesn't announce products in advance.",
    ],
)
def test_not_products(text: str) -> None:
    assert product_names(products_of(text)) == []


def test_descriptions_refer_back_to_the_last_product_of_their_class() -> None:
    digest = products_of(
        "Airbus delivered the first A380 to Northwind Airlines. The plane landed in Singapore. "
        "Apple launched the iPhone 4. The device sold well, and the aircraft flew on."
    )
    assert [m.text for m in product(digest, "A380").mentions] == ["A380", "The plane", "the aircraft"]
    assert [m.text for m in product(digest, "iPhone 4").mentions] == ["iPhone 4", "The device"]


def test_a_compound_is_not_a_description() -> None:
    digest = products_of("Airbus delivered the first A380. The plane maker said the aircraft was ready.")
    assert [m.text for m in product(digest, "A380").mentions] == ["A380", "the aircraft"]


def test_an_organisation_after_a_model_number_is_the_models_name() -> None:
    digest = products_of(
        "Boeing unveiled the new 787 Dreamliner. The Dreamliner flew.", [*COMPANIES, ("Dreamliner", "organization")]
    )
    assert product_names(digest) == ["787 Dreamliner"]
    assert [m.text for m in product(digest, "787 Dreamliner").mentions] == ["787 Dreamliner", "Dreamliner"]
    assert not any(a.name == "Dreamliner" and a.kind == "organization" for a in digest.actors)


def test_an_organisation_said_to_be_a_product_is_one() -> None:
    digest = products_of(
        "Fiat will build the Volt. The Volt is an electric car.", [*COMPANIES, ("Volt", "organization")]
    )
    assert [(a.name, a.kind) for a in digest.actors if a.name == "Volt"] == [("Volt", "product")]
    company = products_of("Fiat, a car maker, bought Chrysler.")
    assert product_names(company) == []  # "a car maker" is a company


def test_products_take_no_span_from_other_actors_and_ids_stay_in_order() -> None:
    text = "Boeing unveiled its 777 airliner in Singapore. Jobs praised the aircraft."
    before = build(text, COMPANIES)
    after = add_products(before)
    others = {(a.name, a.kind, tuple((m.start, m.end) for m in a.mentions)) for a in before.actors}
    assert others <= {(a.name, a.kind, tuple((m.start, m.end) for m in a.mentions)) for a in after.actors}
    firsts = [a.mentions[0].start for a in after.actors]
    assert firsts == sorted(firsts)
    assert [a.id for a in after.actors] == [f"act{n}" for n in range(1, len(after.actors) + 1)]
    spans = [(m.start, m.end) for a in after.actors for m in a.mentions]
    assert len(spans) == len(set(spans))


def test_quote_speakers_follow_the_new_ids() -> None:
    text = "Boeing unveiled its 777 airliner. “It flies,” Jobs said."
    digest = build(text, COMPANIES)
    jobs = next(a.id for a in digest.actors if a.name == "Steve Jobs")
    start = text.index("“")
    quote = Quote(start=start, end=text.index("”") + 1, text=text[start : text.index("”") + 1], speaker=jobs)
    article = attrs.evolve(digest.articles[0], quotes=[quote])
    digest = attrs.evolve(digest, articles=[article])
    after = add_products(digest)
    speaker = after.articles[0].quotes[0].speaker
    assert next(a.name for a in after.actors if a.id == speaker) == "Steve Jobs"


def test_a_digest_without_products_is_returned_as_it_is() -> None:
    digest = build("Jobs met Fiat officials in Kabul.", COMPANIES)
    assert add_products(digest) is digest


# --- targets -----------------------------------------------------------------------------------

PRODUCTS: list[ActorSpec] = [
    *COMPANIES,
    ("iPhone 4", "product", ["the phone", "the new phone"]),
    ("A380", "product", ["The A380", "the plane"]),
]


def events(text: str, actors: Sequence[ActorSpec] = PRODUCTS) -> tuple[Digest, tuple[Event, ...]]:
    digest = build(text, actors)
    return digest, find_events(digest, digest.articles[0])


@pytest.mark.parametrize(
    ("text", "type_", "agents", "targets"),
    [
        ("Apple launched the iPhone 4 on Monday.", "launch", ["Apple"], ["iPhone 4"]),
        ("The A380 was delivered to Northwind Airlines.", "trade", [], ["A380"]),
        ("Apple said the new phone launches on Friday.", "launch", [], ["iPhone 4"]),  # a product does not act
        ("Apple launches new, faster iPhone 4", "launch", ["Apple"], ["iPhone 4"]),  # adjectives joined by a comma
        # "they" are the airline, and what they launch is the A380
        ("Northwind Airlines will display the A380 they intend to launch.", "launch", ["Northwind Airlines"], ["A380"]),
        ("The A380, unveiled in Kabul, drew crowds.", "launch", [], ["A380"]),  # a participle after a comma
        ("Fiat acquired Chrysler.", "acquire", ["Fiat"], ["Chrysler"]),
        ("Chrysler was acquired by Fiat.", "acquire", ["Fiat"], ["Chrysler"]),
        ("Chrysler went bankrupt. Fiat acquired it in June.", "acquire", ["Fiat"], ["Chrysler"]),  # "it"
    ],
)
def test_targets(text: str, type_: str, agents: list[str], targets: list[str]) -> None:
    digest, found = events(text)
    event = only(found, type_)
    assert names(digest, event, "agent") == agents
    assert names(digest, event, "target") == targets


def test_it_is_not_an_actor_when_a_phrase_stands_between() -> None:
    digest, found = events("Fiat drafted the ban and Chrysler signed it.")
    assert names(digest, only(found, "sign"), "target") == []


def test_between_x_and_y_is_x_with_y() -> None:
    digest, found = events("The contract was fought for between Boeing and Airbus.")
    event = only(found, "fight")
    assert (names(digest, event, "agent"), names(digest, event, "target")) == (["Boeing"], ["Airbus"])


def test_an_aside_between_dashes_is_read_past() -> None:
    digest, found = events("The A380 - a double-deck plane - was delivered to Northwind Airlines.")
    assert "A380" in names(digest, only(found, "trade"), "target")


def test_products_reach_the_json_contract() -> None:
    text = "Apple unveils iPhone 4\n\nApple unveiled the iPhone 4 in Kabul on Monday. The device sold well.\n"
    digest = newskit.parse(text, published="2010-06-08")
    check_digest(digest)
    kinds = {a.name: a.kind for a in digest.actors}
    assert kinds.get("iPhone 4") == "product"
    assert newskit.load_json(newskit.dumps(digest)) == digest


def test_the_events_stage_adds_products() -> None:
    digest = build("Airbus delivered the first A380 to Northwind Airlines.", COMPANIES)
    enriched = enrich_digest(digest, ParseOptions())
    assert enriched is not None
    event = only(enriched.articles[0].events, "trade")
    assert "A380" in names(enriched, event, "target")


def test_a_company_called_a_vehicle_stays_a_company() -> None:
    spec: list[ActorSpec] = [*COMPANIES, ("Sable Holdings", "organization"), ("Kestrel Corp.", "organization")]
    digest = products_of("Kestrel Corp., a vehicle formed by investors, bought Chrysler.", spec)
    assert product_names(digest) == []
    digest = products_of("Sable Holdings, a new computer, was sold.", spec)  # a company's name says so
    assert product_names(digest) == []
