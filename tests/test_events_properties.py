"""Properties of events, quotes and quantities on any text: they never raise, and what they return is valid.

Two sources of text: any Unicode, parsed by the full pipeline; and news-like sentences built from
the vocabulary the extractors react to, with actors and times placed by hand, so the event
heuristics (subjects, passives, ranges, merging) are exercised whatever the other extractors
find.
"""

from __future__ import annotations

import functools

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit
from newskit.extract.events import find_events
from newskit.extract.quantities import find_quantities
from newskit.extract.quotes import find_quotes
from newskit.models import Digest
from newskit.testing import check_digest
from tests.test_events import PEOPLE, build

_NEWS_WORDS = (
    "Ortega",
    "Mensah",
    "Vogel",
    "the ministry",
    "the party",
    "Valdoria",
    "Estrela",
    "Porto Lume",
    "the coastal police",
    "met",
    "met with",
    "criticised",
    "was detained by",
    "deported",
    "the visit of",
    "called on",
    "to discuss",
    "did not",
    "denied receiving",
    "will",
    "could",
    "said",
    "that",
    "she",
    "they",
    "and",
    ",",
    ".",
    "in",
    "to",
    "from",
    "by",
    "the",
    "a conference",
    "on Monday",
    "and Tuesday",
    "since 2019",
    "“",
    "”",
    '"',
    "$40 million a week",
    "twice as much",
    "more than 40",
    "\n\n",
)
_TIMES = (
    ("Monday", "2024-06-17", "2024-06-17"),
    ("Tuesday", "2024-06-18", "2024-06-18"),
    ("2019", "2019-01-01", "2019-12-31"),
)


@functools.cache
def _pipeline() -> newskit.PluginManager:
    return newskit.get_plugin_manager(entry_points=False)


def _check_events(digest: Digest) -> None:
    actor_ids = {a.id for a in digest.actors}
    for article in digest.articles:
        time_ids = {t.id for t in article.times}
        event_ids = [e.id for e in article.events]
        assert len(event_ids) == len(set(event_ids))
        for event in article.events:
            assert event.id.startswith(f"{article.id}-e")
            assert {p.actor for p in event.participants} <= actor_ids
            assert event.location is None or event.location in actor_ids
            assert event.time is None or event.time in time_ids
            assert event.sentence.start <= event.trigger.start <= event.trigger.end <= event.sentence.end
            assert digest.text[event.trigger.start : event.trigger.end] == event.trigger.text
            if event.date_start is not None or event.date_end is not None:
                assert event.date_start is not None and event.date_end is not None
                assert event.date_start <= event.date_end
            assert event.polarity in {"positive", "negative"}
            assert event.modality in {"asserted", "reported", "planned", "hypothetical"}
        for quote in article.quotes:
            assert quote.speaker is None or quote.speaker in actor_ids
            assert quote.kind in {"full", "fragment"}
    check_digest(digest)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_parses_with_valid_events(text: str) -> None:
    _check_events(newskit.parse(text, published="2024-06-10", plugin_manager=_pipeline()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_NEWS_WORDS), max_size=40))
def test_news_like_text_gives_valid_events(words: list[str]) -> None:
    digest = build(" ".join(words), actors=PEOPLE, times=_TIMES, split=None)
    articles = []
    for article in digest.articles:
        with_quotes = attrs.evolve(article, quotes=find_quotes(digest, article))
        quantities = find_quantities(digest.text, article.start, article.end)
        articles.append(attrs.evolve(with_quotes, quantities=quantities))
    digest = attrs.evolve(digest, articles=articles)
    articles = [attrs.evolve(a, events=find_events(digest, a)) for a in digest.articles]
    _check_events(attrs.evolve(digest, articles=articles))


_SENTENCE_WORDS = ("Ortega", "Mensah", "the party", "met", "said", "he", "she", "they", "in", "Estrela", "the", "sea")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_SENTENCE_WORDS), min_size=1, max_size=6), min_size=1, max_size=14))
def test_pronoun_resolver_reads_the_four_sentences_before_as_a_scan_would(sentences: list[list[str]]) -> None:
    from newskit.extract._actorindex import ActorIndex
    from newskit.extract._clause import sentence_subject_resolver

    text = " ".join(" ".join(words).capitalize() + "." for words in sentences)
    digest = build(text, actors=PEOPLE)
    bounds = [(s.start, s.end) for s in digest.articles[0].sentences]
    index = ActorIndex(digest.actors)
    resolve = sentence_subject_resolver(text, bounds, index, 0)
    for word in ("he", "she", "they"):
        for pos in range(0, len(text) + 1, 3):
            # the sentences a scan finds before ``pos``, handed over alone: the same answer
            before = [s for s in bounds if s[0] < pos]
            assert resolve(word, pos) == sentence_subject_resolver(text, before, index, 0)(word, pos)


_TELLING_TYPES = ("meet", "statement")
_TELLING_ACTORS = ("act1", "act2", "act3", "act4")


@st.composite
def _tellings(draw: st.DrawFn) -> list[object]:
    import datetime as dt

    from newskit.extract.event_reader import _Draft, _Told
    from newskit.models import Participant, Span

    drafts = []
    for n in range(draw(st.integers(0, 14))):
        sentence = draw(st.integers(0, 3))
        actors = draw(st.lists(st.sampled_from(_TELLING_ACTORS), max_size=3, unique=True))
        roles = draw(st.lists(st.sampled_from(("agent", "target")), min_size=len(actors), max_size=len(actors)))
        day = draw(st.sampled_from((None, 1, 2)))
        date = dt.date(2024, 6, day) if day else None
        start = sentence * 100 + n
        told = _Told(
            type=draw(st.sampled_from(_TELLING_TYPES)),
            trigger=Span(start=start, end=start + 1, text=draw(st.sampled_from(("met", "said", "Said")))),
            sentence=Span(start=sentence * 100, end=sentence * 100 + 99, text=f"sentence {sentence}"),
            participants=tuple(Participant(actor=a, role=r) for a, r in zip(actors, roles, strict=True)),  # type: ignore[arg-type]
            time=None,
            date_start=date,
            date_end=date,
            location=draw(st.sampled_from((None, "act4"))),
            cameo=None,
            polarity=draw(st.sampled_from(("positive", "negative"))),
            modality="asserted",
            date_inherited=date is not None and draw(st.booleans()),
        )
        drafts.append(_Draft(told, start, sentence == 0 and draw(st.booleans())))
    return drafts


@settings(max_examples=300, deadline=None)
@given(_tellings(), st.sampled_from((None, 0, 1)))
def test_tellings_merge_as_when_every_pair_is_compared(drafts: list[object], lede: int | None) -> None:
    from newskit.extract._actorindex import ActorIndex
    from newskit.extract.event_reader import _merge_tellings
    from newskit.models import Actor, Mention, Span

    actors = [
        Actor(
            id=a,
            name=a,
            kind="person",
            affiliations=["act3"] if a == "act1" else [],
            mentions=[Mention(start=1000 + n, end=1001 + n, text="x", article="art1")],
        )
        for n, a in enumerate(_TELLING_ACTORS)
    ]
    index = ActorIndex(actors)
    lede_span = None if lede is None else Span(start=lede * 100, end=lede * 100 + 99, text=f"sentence {lede}")
    fast = _merge_tellings(drafts, index, lede_span, every=False)  # type: ignore[arg-type]
    every = _merge_tellings(drafts, index, lede_span, every=True)  # type: ignore[arg-type]
    assert fast == every
