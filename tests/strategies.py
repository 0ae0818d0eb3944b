"""Hypothesis strategies for newskit's models: whole digests whose offsets and ids are all valid.

>>> from tests.strategies import digests
>>> @given(digests())
... def test_something(digest): ...

A generated digest satisfies everything :func:`tests.samples.check_digest` asserts: every span's
``text`` is ``digest.text[start:end]``, every id referred to exists, a range never ends before it
starts. Its text is built from :data:`WORDS` by default, which includes what breaks exporters
(spreadsheet formulas, separators, quotes, line breaks, non-ASCII); pass ``words=`` for others.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newskit.models import (
    ACTOR_KINDS,
    PARTICIPANT_ROLES,
    TIME_TYPES,
    Actor,
    Article,
    Digest,
    Event,
    Mention,
    Participant,
    Quantity,
    Quote,
    Span,
    TimeExpression,
)

__all__ = ["EVENT_TYPES", "WORDS", "dates", "digests", "names", "words"]

#: Tokens news text is made of, and tokens that attack exports.
WORDS = (
    "Kabul",
    "Taliban’s",
    "Sunday",
    "met",
    "said",
    "U.S.",
    "“quoted”",
    '"quoted"',
    "$40",
    "million",
    "3,000",
    "-5",
    "-3.5",
    "=SUM(A1:A9)",
    "+1",
    "@cmd",
    "'=x",
    "a;b",
    "x,y",
    "tab\there",
    "line\nbreak",
    "cr\rhere",
    "crlf\r\nhere",
    "ünïcödé",
    "—",
    "🙂",
)
EVENT_TYPES = ("meet", "announce", "criticize", "deny", "detain", "statement", "visit", "=meet", "make_deal")
POLARITIES = ("positive", "negative")
MODALITIES = ("asserted", "reported", "planned", "hypothetical")

#: Any Unicode text but lone surrogates (which no UTF-8 file can hold).
_ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=8)


def words() -> st.SearchStrategy[str]:
    """One token: mostly from :data:`WORDS`, sometimes any non-empty text."""
    return st.one_of(st.sampled_from(WORDS), _ANY_TEXT)


def names() -> st.SearchStrategy[str]:
    """An actor's name or alias: one to three tokens."""
    return st.lists(words(), min_size=1, max_size=3).map(" ".join)


def dates() -> st.SearchStrategy[dt.date]:
    """Days far enough from the ends of :class:`datetime.date` that a day can be added."""
    return st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31))


@st.composite
def _date_range(draw: st.DrawFn) -> tuple[dt.date | None, dt.date | None]:
    if not draw(st.booleans()):
        return None, None
    start = draw(dates())
    return start, start + dt.timedelta(days=draw(st.sampled_from([0, 0, 0, 1, 6, 30])))


@st.composite
def digests(
    draw: st.DrawFn,
    *,
    max_articles: int = 3,
    max_sentences: int = 4,
    max_actors: int = 5,
    token: st.SearchStrategy[str] | None = None,
) -> Digest:
    """A digest of up to ``max_articles`` articles with actors, times, events, quotes, quantities.

    :param token: the strategy for the words the text is made of (default :func:`words`).
    """
    token = token if token is not None else words()
    pieces: list[str] = []
    offset = 0

    def put(piece: str) -> Span:
        nonlocal offset
        pieces.append(piece)
        start, offset = offset, offset + len(piece)
        return Span(start=start, end=offset, text=piece)

    # The text: articles of an optional headline and sentences of tokens, each token a span.
    layout: list[tuple[Span | None, list[tuple[Span, list[Span]]]]] = []
    for number in range(draw(st.integers(0, max_articles))):
        if number:
            put("\n\n\n")
        title = put(draw(token)) if draw(st.booleans()) else None
        if title is not None:
            put("\n\n")
        sentences: list[tuple[Span, list[Span]]] = []
        for index in range(draw(st.integers(1, max_sentences))):
            if index:
                put(draw(st.sampled_from([" ", "\n"])))
            start = offset
            tokens = []
            for position in range(draw(st.integers(1, 6))):
                if position:
                    put(" ")
                tokens.append(put(draw(token)))
            put(".")
            sentences.append((Span(start=start, end=offset, text=""), tokens))
        layout.append((title, sentences))
    text = "".join(pieces)

    def span(s: Span) -> Span:
        return Span.of(text, s.start, s.end)

    every_token = [(n, t) for n, (_, sentences) in enumerate(layout) for _, tokens in sentences for t in tokens]
    actor_ids = [f"act{i + 1}" for i in range(draw(st.integers(0, max_actors)))]
    kinds = {actor_id: draw(st.sampled_from(ACTOR_KINDS)) for actor_id in actor_ids}
    places = [actor_id for actor_id in actor_ids if kinds[actor_id] == "place"]
    actors = []
    for actor_id in actor_ids:
        chosen = draw(st.lists(st.sampled_from(every_token), max_size=4, unique=True)) if every_token else []
        mentions = sorted(
            (Mention(start=t.start, end=t.end, text=text[t.start : t.end], article=f"art{n + 1}") for n, t in chosen),
            key=lambda m: (m.start, m.end),
        )
        others = [a for a in actor_ids if a != actor_id]
        actors.append(
            Actor(
                id=actor_id,
                name=draw(names()),
                kind=kinds[actor_id],
                aliases=sorted(set(draw(st.lists(names(), max_size=2)))),
                roles=draw(st.lists(names(), max_size=2)),
                affiliations=draw(st.lists(st.sampled_from(others), max_size=2, unique=True)) if others else [],
                mentions=mentions,
            )
        )

    articles = []
    for number, (title, sentences) in enumerate(layout):
        article_id = f"art{number + 1}"
        first = title if title is not None else sentences[0][0]
        body = Span.of(text, sentences[0][0].start, sentences[-1][0].end)
        pairs = [(span(sentence), t) for sentence, ts in sentences for t in ts]

        def some(size: int, pairs: list[tuple[Span, Span]] = pairs) -> list[tuple[Span, Span]]:
            """Up to ``size`` distinct tokens of this article, each with its sentence."""
            return draw(st.lists(st.sampled_from(pairs), max_size=size, unique=True))

        times = []
        for index, (_, t) in enumerate(some(3)):
            date_start, date_end = draw(_date_range())
            times.append(
                TimeExpression(
                    id=f"{article_id}-t{index + 1}",
                    start=t.start,
                    end=t.end,
                    text=text[t.start : t.end],
                    type=draw(st.sampled_from(TIME_TYPES)),
                    value=draw(st.sampled_from(["2025-01-05", "2025-W01", "P1W", "PAST_REF", "XXXX-XX-XX", "-1"])),
                    date_start=date_start,
                    date_end=date_end,
                    mod=draw(st.sampled_from([None, "APPROX", "MID"])),
                )
            )
        time_ids = [t.id for t in times]
        events = []
        for index, (sentence, t) in enumerate(some(4)):
            date_start, date_end = draw(_date_range())
            participants = draw(
                st.lists(st.tuples(st.sampled_from(actor_ids), st.sampled_from(PARTICIPANT_ROLES)), max_size=3)
                if actor_ids
                else st.just([])
            )
            events.append(
                Event(
                    id=f"{article_id}-e{index + 1}",
                    type=draw(st.sampled_from(EVENT_TYPES)),
                    trigger=span(t),
                    sentence=sentence,
                    participants=[Participant(actor=a, role=r) for a, r in participants],
                    time=draw(st.sampled_from([None, *time_ids])),
                    date_start=date_start,
                    date_end=date_end,
                    location=draw(st.sampled_from([None, *places])),
                    cameo=draw(st.sampled_from([None, "04", "11"])),
                    polarity=draw(st.sampled_from(POLARITIES)),
                    modality=draw(st.sampled_from(MODALITIES)),
                    date_inherited=draw(st.booleans()),
                    mentions=[span(m) for _, m in some(2)],
                )
            )
        quotes = [
            Quote(
                start=t.start,
                end=t.end,
                text=text[t.start : t.end],
                speaker=draw(st.sampled_from([None, *actor_ids])),
                kind=draw(st.sampled_from(["full", "fragment"])),
            )
            for _, t in some(2)
        ]
        values = st.one_of(st.none(), st.integers(-(10**12), 10**12), st.floats(allow_nan=False, allow_infinity=False))
        quantities = [
            Quantity(
                start=t.start,
                end=t.end,
                text=text[t.start : t.end],
                value=draw(values),
                unit=draw(st.sampled_from([None, "USD", "percent", "people"])),
                per=draw(st.sampled_from([None, "P1W"])),
            )
            for _, t in some(2)
        ]
        articles.append(
            Article(
                id=article_id,
                start=first.start,
                end=body.end,
                title=span(title) if title is not None else None,
                summary=span(sentences[0][0]) if draw(st.booleans()) else None,
                paragraphs=[body],
                sentences=[span(s) for s, _ in sentences],
                times=times,
                events=events,
                quotes=quotes,
                quantities=quantities,
            )
        )
    return Digest(
        text=text,
        published=draw(st.none() | dates()),
        articles=articles,
        actors=actors,
        document=draw(st.none() | st.sampled_from(["doc1", "doc2", "=doc"]) | _ANY_TEXT),
    )
