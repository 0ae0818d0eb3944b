"""Properties of the actors enricher on any text: valid spans, one actor per mention, no dangling ids."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newskit.extract import actors as actors_plugin
from newskit.models import Digest
from newskit.options import ParseOptions
from newskit.pipeline import segment
from newskit.resolve import actor_at, mention_index

#: Words that exercise the rules: titles, particles, possessives, acronyms, demonyms, quotes.
NEWS_WORDS = (
    "Senator", "Ms", "Dr.", "Mr.", "President-elect", "Deputy", "Minister", "of", "Foreign", "Affairs", "the",
    "The", "Taliban’s", "Taliban's", "Ministry", "Front", "(NRF)", "NRF", "National", "Resistance", "al-Harbi",
    "bin", "van", "der", "Anna", "Luna", "Kabul", "Afghan", "refugees", "German", "government", "embassy",
    "U.S.", "US$40", "said", "met", ",", ".", "“Girls’", "Education”", '"', "'", "’", "(", ")", "and", "&",
    "\n", "\n\n", "Airbus", "A380", "iPod", "ministry", "congresswoman", "Stanikzai", "Stanekzai", "in", "—",
)  # fmt: skip

texts = st.lists(
    st.one_of(st.sampled_from(NEWS_WORDS), st.text(min_size=1, max_size=6)),
    max_size=60,
).map(" ".join)


def run(text: str) -> Digest:
    digest = segment(text, ParseOptions())
    out = actors_plugin.enrich_digest(digest, ParseOptions())
    assert out is not None
    return out


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_gives_valid_actors(text: str) -> None:
    digest = run(text)
    ids = [a.id for a in digest.actors]
    assert ids == [f"act{n}" for n in range(1, len(ids) + 1)]
    articles = {a.id for a in digest.articles}
    seen: set[tuple[int, int]] = set()
    for actor in digest.actors:
        assert actor.kind in ("person", "organization", "place", "group")
        assert actor.mentions, actor
        assert list(actor.mentions) == sorted(actor.mentions, key=lambda m: (m.start, m.end))
        assert list(actor.aliases) == sorted(actor.aliases)
        assert set(actor.affiliations) <= set(ids) - {actor.id}
        for m in actor.mentions:
            assert 0 <= m.start < m.end <= len(digest.text)
            assert digest.text[m.start : m.end] == m.text
            assert m.article in articles
            assert (m.start, m.end) not in seen, "a mention belongs to exactly one actor"
            seen.add((m.start, m.end))


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.integers(min_value=0, max_value=400), st.integers(min_value=0, max_value=40))
def test_actor_at_returns_an_existing_actor(text: str, start: int, length: int) -> None:
    digest = run(text)
    found = actor_at(digest, start, start + length)
    assert found is None or digest.actor(found) is not None
    for actor in digest.actors:
        for m in actor.mentions:
            assert actor_at(digest, m.start, m.end) is not None
    assert set(mention_index(digest).actors_in(0, len(digest.text))) == {a.id for a in digest.actors}


@settings(max_examples=50)
@given(texts)
def test_deterministic(text: str) -> None:
    assert run(text).actors == run(text).actors
