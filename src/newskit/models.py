"""The records newskit produces: frozen attrs classes that point back into the input text.

Every item that comes from the text carries ``start`` and ``end``, Python string indices into
:attr:`Digest.text`, and the ``text`` found there: ``digest.text[item.start:item.end] == item.text``
always holds. Models never change after construction; enrichers build new ones with
:func:`attrs.evolve`.

Identifiers are stable for the same input and options: articles are ``art1``, ``art2``…; the
items inside an article are prefixed with the article id (``art1-t1`` a time, ``art1-e2`` an
event); actors are ``act1``, ``act2``… in order of first mention.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Literal

import attrs

__all__ = [
    "ACTOR_KINDS",
    "PARTICIPANT_ROLES",
    "TIME_TYPES",
    "Actor",
    "ActorKind",
    "Article",
    "Digest",
    "Event",
    "Mention",
    "Participant",
    "ParticipantRole",
    "Quantity",
    "Quote",
    "Span",
    "TimeExpression",
    "TimeType",
]

ActorKind = Literal["person", "organization", "place", "group", "product"]
ACTOR_KINDS: tuple[ActorKind, ...] = ("person", "organization", "place", "group")
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
TIME_TYPES: tuple[TimeType, ...] = ("DATE", "TIME", "DURATION", "SET")
ParticipantRole = Literal["agent", "target", "participant"]
PARTICIPANT_ROLES: tuple[ParticipantRole, ...] = ("agent", "target", "participant")


# Sequence fields accept any iterable and store a tuple (hashable, immutable, comparable).
# One named converter per element type, because mypy's attrs plugin types __init__ from it.
def _actors(values: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(values)


def _articles(values: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(values)


def _events(values: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(values)


def _mentions(values: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(values)


def _participants(values: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(values)


def _quantitys(values: Iterable[Quantity]) -> tuple[Quantity, ...]:
    return tuple(values)


def _quotes(values: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(values)


def _spans(values: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(values)


def _timeexpressions(values: Iterable[TimeExpression]) -> tuple[TimeExpression, ...]:
    return tuple(values)


def _strs(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of the input text.

    Attributes:
        start: index of the first character in :attr:`Digest.text`.
        end: index one past the last character.
        text: ``Digest.text[start:end]``.
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(start=start, end=end, text=text[start:end])

    def __contains__(self, other: object) -> bool:
        """Whether another span (or anything with start/end) lies inside this one."""
        start, end = getattr(other, "start", None), getattr(other, "end", None)
        return isinstance(start, int) and isinstance(end, int) and self.start <= start and end <= self.end


@attrs.frozen(kw_only=True)
class Mention:
    """One place where an actor is named or referred to.

    Attributes:
        start, end, text: where, as in :class:`Span`.
        article: the id of the article the mention is in.
    """

    start: int
    end: int
    text: str
    article: str


@attrs.frozen(kw_only=True)
class Actor:
    """A person, organization, place or group, with one identity across the whole digest.

    Attributes:
        id: stable identifier (``act1``…).
        name: canonical name, the fullest form seen.
        kind: ``person``, ``organization``, ``place`` or ``group``.
        aliases: other surface forms of the name ("Lukashevich", "the NRF"), sorted.
        roles: titles and functions ("Deputy Minister of Foreign Affairs").
        affiliations: ids of the actors this one belongs to or speaks for.
        mentions: every place in the text that refers to this actor, in text order.
    """

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    roles: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    affiliations: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_mentions)


@attrs.frozen(kw_only=True)
class TimeExpression:
    """A date, time, duration or set expression, normalised as TIMEX3.

    Attributes:
        id: identifier, unique in the digest (``art1-t1``).
        start, end, text: where, as in :class:`Span`.
        type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        value: the TIMEX3 value (``2025-01-05``, ``2025-W01``, ``P1W``, ``PAST_REF``, ``XXXX-XX-XX``…).
        date_start: first calendar day the expression covers, when it names a calendar interval.
        date_end: last calendar day (inclusive); equal to ``date_start`` for a single day.
        mod: TIMEX3 modifier (``MID``, ``START``, ``APPROX``…) or None.
        range: id of the range or enumeration this expression is part of, or None.
    """

    id: str
    start: int
    end: int
    text: str
    type: TimeType
    value: str
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    mod: str | None = None
    range: str | None = None


@attrs.frozen(kw_only=True)
class Participant:
    """An actor taking part in an event.

    Attributes:
        actor: the actor's id.
        role: ``agent`` (who acts), ``target`` (who is acted on) or ``participant`` (anyone else).
    """

    actor: str
    role: ParticipantRole


@attrs.frozen(kw_only=True)
class Event:
    """Something that happened, or is said, planned or denied to happen.

    Attributes:
        id: identifier, unique in the digest (``art1-e1``).
        type: readable event type from the taxonomy (``meet``, ``detain``…).
        trigger: the word or phrase that signals the event.
        sentence: the sentence the trigger is in.
        participants: who took part, each with a role.
        time: id of the time expression that dates the event, or None.
        date_start: first day of the event, when known.
        date_end: last day of the event (inclusive), when known.
        location: id of the place actor where it happened, or None.
        cameo: the CAMEO root code of the type, when it has one.
        polarity: ``positive``, or ``negative`` when the text says it did not happen.
        modality: ``asserted``, ``reported``, ``planned`` or ``hypothetical``.
        date_inherited: True when the date comes from the article's anchor, not the sentence.
        mentions: other places where the same event is told (a summary and its repeated lede).
    """

    id: str
    type: str
    trigger: Span
    sentence: Span
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_participants)
    time: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    location: str | None = None
    cameo: str | None = None
    polarity: str = "positive"
    modality: str = "asserted"
    date_inherited: bool = False
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen(kw_only=True)
class Quote:
    """Words the text attributes to somebody, between quotation marks.

    Attributes:
        start, end, text: the quotation, marks included.
        speaker: id of the actor who said it, or None when the text does not say.
        kind: ``full`` for a quoted statement, ``fragment`` for a short quoted phrase.
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    kind: str = "full"


@attrs.frozen(kw_only=True)
class Quantity:
    """A number in the text with what it counts or measures.

    Attributes:
        start, end, text: where, as in :class:`Span`.
        value: the number (``$40 million`` → 40000000), or None when it is vague ("billions").
        unit: the currency (ISO 4217) or unit ("USD", "percent", "people"…), or None.
        per: the TIMEX3 duration of a rate ("$40 million a week" → ``P1W``), or None.
        per_item: what a price or amount is for, other than a stretch of time ("45 cents a share"
            → ``share``, "$78 a barrel" → ``barrel``), or None.
    """

    start: int
    end: int
    text: str
    value: float | int | None = None
    unit: str | None = None
    per: str | None = None
    per_item: str | None = None


@attrs.frozen(kw_only=True)
class Article:
    """One news article of a digest, segmented and (after enrichment) annotated.

    Attributes:
        id: identifier (``art1``…).
        start, end: where the article lies in :attr:`Digest.text`.
        title: the headline, when the article has one.
        summary: the standfirst or summary paragraph, when the article has one.
        paragraphs: the paragraphs after the headline (the summary included).
        sentences: the sentences to read, in order. A summary that the body repeats word for word
            is not read twice: its sentences are left out here.
        times, events, quotes, quantities: what the enrichers found in this article.
    """

    id: str
    start: int
    end: int
    title: Span | None = None
    summary: Span | None = None
    paragraphs: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    sentences: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    times: tuple[TimeExpression, ...] = attrs.field(default=(), converter=_timeexpressions)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_events)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    quantities: tuple[Quantity, ...] = attrs.field(default=(), converter=_quantitys)


@attrs.frozen(kw_only=True)
class Digest:
    """The whole parsed input: one or more articles and the actors they mention.

    Attributes:
        text: the input text, exactly as given (offsets index into it).
        published: the publication date the text's relative dates are resolved against.
        articles: the articles, in text order.
        actors: every actor, one record per identity across all articles.
        document: the id of the input record (JSON Lines input), or None.
    """

    text: str
    published: dt.date | None = None
    articles: tuple[Article, ...] = attrs.field(default=(), converter=_articles)
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actors)
    document: str | None = None

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def spans(self) -> Iterator[Span | Mention | TimeExpression | Quote | Quantity]:
        """Every item that points into the text, for checking offsets."""
        for actor in self.actors:
            yield from actor.mentions
        for article in self.articles:
            if article.title is not None:
                yield article.title
            if article.summary is not None:
                yield article.summary
            yield from article.paragraphs
            yield from article.sentences
            yield from article.times
            yield from article.quotes
            yield from article.quantities
            for event in article.events:
                yield event.trigger
                yield event.sentence
                yield from event.mentions
