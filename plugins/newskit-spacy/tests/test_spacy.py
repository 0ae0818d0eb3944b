"""The spacy plugin: conformance, what it adds and leaves alone, the merge rules, and life without a model.

The tests that run spaCy skip when spaCy or an English model is not installed; the merge rules
and the missing-model path are tested either way.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from typing import Any

import attrs
import newskit_spacy
import pytest
from newskit_spacy import Entity, add_entities

import newskit
from newskit.testing import check_digest, check_enricher, plugin_manager, sample_text

PUBLISHED = "2025-03-14"


@pytest.fixture(scope="module")
def nlp() -> Any:
    """The loaded pipeline; the test skips without spaCy or a model."""
    pytest.importorskip("spacy")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newskit.NewskitWarning)
        model = newskit_spacy.load_model()
    if model is None:
        pytest.skip('no spaCy English model is installed: pip install "newskit-spacy[models]"')
    return model


@pytest.fixture
def fresh_model_cache() -> Iterator[None]:
    """Forget the loaded model before and after the test (the next test loads it again)."""
    newskit_spacy.load_model.cache_clear()
    try:
        yield
    finally:
        newskit_spacy.load_model.cache_clear()


def _parse(text: str, *plugins: object) -> newskit.Digest:
    return newskit.parse(text, published=PUBLISHED, plugin_manager=plugin_manager(*plugins))


def _mentions(digest: newskit.Digest) -> list[tuple[int, int, str]]:
    return sorted((m.start, m.end, a.id) for a in digest.actors for m in a.mentions)


# --- with spaCy --------------------------------------------------------------------------------


def test_enricher_conforms(nlp: Any) -> None:
    check_enricher(newskit_spacy)


# An invented airline: the rules miss it before its flight number, spaCy does not.
FLIGHT = (
    "The survivors of Kestrel Airways Flight 31 were flown to Jakarta on Sunday. "
    "Kestrel Airways said the crew had reported trouble with the instruments."
)


def test_adds_a_name_the_rules_miss(nlp: Any) -> None:
    result = _parse(FLIGHT, newskit_spacy)
    names = {a.name: a for a in result.actors}
    assert "Kestrel Airways" in names
    airline = names["Kestrel Airways"]
    assert airline.kind == "organization"
    assert [m.text for m in airline.mentions] == ["Kestrel Airways", "Kestrel Airways"]  # "Flight 31" left out
    assert [m.start for m in airline.mentions] == sorted(m.start for m in airline.mentions)


def test_new_actors_continue_the_ids(nlp: Any) -> None:
    before = _parse(FLIGHT)
    after = newskit_spacy.enrich_digest(before, newskit.ParseOptions(published=PUBLISHED))
    if after is None:  # the rules found everything spaCy did
        return
    n = len(before.actors)
    assert [a.id for a in after.actors[:n]] == [a.id for a in before.actors]
    assert [a.id for a in after.actors[n:]] == [f"act{i}" for i in range(n + 1, len(after.actors) + 1)]


def test_never_duplicates_a_mention(nlp: Any) -> None:
    text = sample_text() + "\n\n\n" + FLIGHT
    before = _parse(text)
    after = newskit_spacy.enrich_digest(before, newskit.ParseOptions(published=PUBLISHED))
    assert after is not None
    old = {(m.start, m.end) for a in before.actors for m in a.mentions}
    new = [(m.start, m.end) for a in after.actors for m in a.mentions if (m.start, m.end) not in old]
    assert new
    assert len(set(new)) == len(new)
    for start, end in new:  # no added mention overlaps any other mention
        assert not any(s < end and start < e for s, e in old)
    for actor in before.actors:  # what was there is still there, with the same actor
        assert after.actor(actor.id) is not None
        assert set(actor.mentions) <= set(after.actor(actor.id).mentions)  # type: ignore[union-attr]
    # and it adds nothing to what it has already enriched
    assert newskit_spacy.enrich_digest(after, newskit.ParseOptions(published=PUBLISHED)) is None


def test_deterministic(nlp: Any) -> None:
    first = newskit.dumps(_parse(FLIGHT, newskit_spacy))
    assert newskit.dumps(_parse(FLIGHT, newskit_spacy)) == first


def test_runs_through_the_entry_point(nlp: Any) -> None:
    assert "spacy" in {p.name for p in newskit.plugins()}


# --- without spaCy -----------------------------------------------------------------------------


def test_missing_spacy_warns_once_and_adds_nothing(monkeypatch: pytest.MonkeyPatch, fresh_model_cache: None) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)  # "import spacy" now raises ImportError
    digest = _parse(FLIGHT)
    with pytest.warns(newskit.NewskitWarning, match=r"spaCy is not installed.*pip install") as caught:
        assert newskit_spacy.enrich_digest(digest, newskit.ParseOptions()) is None
    assert len(caught) == 1
    assert "\n" not in str(caught[0].message)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # once per process: the second digest is quiet
        assert newskit_spacy.enrich_digest(digest, newskit.ParseOptions()) is None


def test_missing_model_warns_and_the_pipeline_goes_on(monkeypatch: pytest.MonkeyPatch, fresh_model_cache: None) -> None:
    pytest.importorskip("spacy")
    monkeypatch.setenv(newskit_spacy.MODEL_ENV, "no_such_model_for_newskit")
    with pytest.warns(newskit.NewskitWarning, match="no_such_model_for_newskit"):
        with_plugin = _parse(FLIGHT, newskit_spacy)
    assert newskit.dumps(with_plugin) == newskit.dumps(_parse(FLIGHT))


def test_no_model_installed_names_what_to_install(monkeypatch: pytest.MonkeyPatch, fresh_model_cache: None) -> None:
    pytest.importorskip("spacy")
    monkeypatch.delenv(newskit_spacy.MODEL_ENV, raising=False)
    monkeypatch.setattr(newskit_spacy, "MODELS", ("no_such_model_for_newskit",))
    with pytest.warns(newskit.NewskitWarning, match=r'pip install "newskit-spacy\[models\]"'):
        assert newskit_spacy.load_model() is None


# --- the merge rules, without spaCy ------------------------------------------------------------

TEXT = "Ana Ribeiro met Ribeiro and Ribeiro's aide, Tomas Lind, at Kestrel Airways. Lind left for Quito."


def _entity(text: str, label: str, occurrence: int = 1, in_text: str = TEXT) -> Entity:
    start = -1
    for _ in range(occurrence):
        start = in_text.index(text, start + 1)
    return Entity(start=start, end=start + len(text), text=text, label=label, article="art1")


def _digest(*actors: newskit.Actor, text: str = TEXT) -> newskit.Digest:
    sentence = newskit.Span.of(text, 0, len(text))
    article = newskit.Article(id="art1", start=0, end=len(text), paragraphs=[sentence], sentences=[sentence])
    return newskit.Digest(text=text, articles=[article], actors=actors)


def _actor(actor_id: str, name: str, kind: str, *texts: str) -> newskit.Actor:
    mentions = [_entity(t, "X") for t in texts]
    return newskit.Actor(
        id=actor_id,
        name=name,
        kind=kind,  # type: ignore[arg-type]
        mentions=[newskit.Mention(start=m.start, end=m.end, text=m.text, article="art1") for m in mentions],
    )


def test_a_surname_joins_the_person_and_a_new_name_a_new_actor() -> None:
    digest = _digest(_actor("act1", "Ana Ribeiro", "person", "Ana Ribeiro"))
    entities = [
        _entity("Ribeiro", "PERSON", 2),
        _entity("Ribeiro", "PERSON", 3),
        _entity("Tomas Lind", "PERSON"),
        _entity("Kestrel Airways", "ORG"),
        _entity("Lind", "PERSON", 2),
        _entity("Quito", "GPE"),
    ]
    result = add_entities(digest, reversed(entities))  # order given does not matter
    assert result is not None
    check_digest(result)
    by_id = {a.id: a for a in result.actors}
    assert [m.text for m in by_id["act1"].mentions] == ["Ana Ribeiro", "Ribeiro", "Ribeiro"]
    assert by_id["act1"].aliases == ("Ribeiro",)
    assert (by_id["act2"].name, by_id["act2"].kind, len(by_id["act2"].mentions)) == ("Tomas Lind", "person", 2)
    assert (by_id["act3"].name, by_id["act3"].kind) == ("Kestrel Airways", "organization")
    assert (by_id["act4"].name, by_id["act4"].kind) == ("Quito", "place")
    assert len(result.actors) == 4


def test_a_full_name_gives_a_one_word_person_its_full_name() -> None:
    surname = _entity("Lind", "PERSON", 2)
    mention = newskit.Mention(start=surname.start, end=surname.end, text="Lind", article="art1")
    digest = _digest(newskit.Actor(id="act1", name="Lind", kind="person", mentions=[mention]))
    result = add_entities(digest, [_entity("Tomas Lind", "PERSON")])
    assert result is not None
    (lind,) = result.actors
    assert (lind.id, lind.name, lind.aliases) == ("act1", "Tomas Lind", ("Lind",))
    assert [m.text for m in lind.mentions] == ["Tomas Lind", "Lind"]


def test_overlapping_shared_and_lone_names_are_left_out() -> None:
    digest = _digest(
        _actor("act1", "Ana Ribeiro", "person", "Ana Ribeiro"),
        _actor("act2", "Paulo Ribeiro", "person"),
        _actor("act7", "Kestrel", "organization", "Kestrel"),
    )
    entities = [
        _entity("Ana", "PERSON"),  # inside a mention
        _entity("Kestrel Airways", "ORG"),  # overlaps one
        _entity("Ribeiro", "PERSON", 2),  # two Ribeiros: which one?
        _entity("Lind", "PERSON", 2),  # a lone word no actor has
        _entity("Quito", "DATE"),  # not a label the plugin adds
    ]
    assert add_entities(digest, entities) is None
    result = add_entities(digest, [_entity("Tomas Lind", "PERSON")])
    assert result is not None
    assert [a.id for a in result.actors] == ["act1", "act2", "act7", "act8"]  # after the highest id


def test_an_entity_must_match_the_text() -> None:
    wrong = attrs.evolve(_entity("Quito", "GPE"), text="Lima")
    with pytest.raises(ValueError, match="does not match"):
        add_entities(_digest(), [wrong])


@pytest.mark.parametrize(
    ("text", "entity", "label", "name"),
    [
        ("He flew to the Netherlands.", "the Netherlands", "GPE", "Netherlands"),
        ("It is Kestrel Airways' plane.", "Kestrel Airways'", "ORG", "Kestrel Airways"),
        ("It is Kestrel’s plane.", "Kestrel’s", "ORG", "Kestrel"),
        ("Survivors of Kestrel Airways Flight 31 left.", "Kestrel Airways Flight", "ORG", "Kestrel Airways"),
        ("An order for ten Kestrel 737s.", "Kestrel", "ORG", None),  # a model number: a product
        ("They met at Terminal 3 today.", "Terminal 3", "ORG", None),
        ("The Kestrel Developers Conference opened.", "Kestrel Developers Conference", "ORG", None),  # an event
        ("He said the rest of it.", "the rest", "ORG", None),
        ("Kestrel\nAirways", "Kestrel\nAirways", "ORG", None),
    ],
)
def test_entities_are_trimmed_to_clean_names(text: str, entity: str, label: str, name: str | None) -> None:
    start = text.index(entity)
    where = newskit_spacy._clean(text, label, start, start + len(entity))
    assert (text[where[0] : where[1]] if where else None) == name
