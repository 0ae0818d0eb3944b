"""Helpers for plugin authors: sample digests, a plugin manager with just your plugin, conformance checks.

::

    from newskit.testing import check_enricher, check_exporter, plugin_manager

    import my_plugin

    def test_my_format() -> None:
        check_exporter("my-format", pm=plugin_manager(my_plugin))

    def test_my_enricher() -> None:
        check_enricher(my_plugin)

The checks raise :class:`AssertionError` with a message saying what is wrong, so they work under
pytest, unittest or a plain script. Nothing here imports pytest.

Two kinds of sample digest are offered. :func:`sample_digest` parses :func:`sample_texts` with the
plugins you give it, so it holds whatever the extractors find today. :func:`annotated_digest`
is the same text annotated by hand (actors with roles and affiliations, times, dated and undated
events, quotes, quantities): it does not change when the extractors improve, so exporter tests
built on it stay put.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from newskit.errors import ExportError, NewskitWarning
from newskit.export import Exporter
from newskit.host import BUILTIN_PLUGINS, PluginManager, call_enrichers, exporters, get_plugin_manager
from newskit.models import (
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
from newskit.options import ExportOptions, ParseOptions
from newskit.pipeline import parse, segment
from newskit.serialize import dumps

__all__ = [
    "SAMPLE_PUBLISHED",
    "annotated_digest",
    "check_digest",
    "check_enricher",
    "check_exporter",
    "plugin_manager",
    "sample_digest",
    "sample_text",
    "sample_texts",
]

#: The publication date every sample is parsed with (a Friday).
SAMPLE_PUBLISHED = dt.date(2025, 3, 14)

# Two short articles written for these helpers: invented people, real places, a quote each,
# absolute, relative and vague dates, a money amount, a planned event.
_DOCKS = (
    "\n\n".join(
        [
            "Lisbon Dockworkers End Strike After Pay Deal",
            "Dockworkers in Lisbon ended a three-day strike on Tuesday after the port authority agreed to raise wages, "
            "the Portuguese union SINPORT said.",
            "Ana Ribeiro, the president of SINPORT, said the agreement was "
            "“a fair result for every family on the docks.”",
            "The strike began on 8 March and halted shipments worth €12 million a day. "
            "Talks on pensions will resume in June.",
        ]
    )
    + "\n"
)

_BORDER = (
    "\n\n".join(
        [
            "Kenya and Tanzania Sign Border Trade Accord",
            "Kenya’s trade minister, Joseph Mwangi, and his Tanzanian counterpart, Halima Said, signed a border trade "
            "agreement in Nairobi on Thursday.",
            "“This accord will cut waiting times at the border from days to hours,” Mwangi told reporters.",
            "The two governments first discussed the plan in January 2024.",
        ]
    )
    + "\n"
)

_SAMPLES = {"docks": _DOCKS, "border": _BORDER}
_SEPARATOR = "\n\n"  # with the texts' own final newline: two blank lines, a new article


def sample_texts() -> dict[str, str]:
    """The sample news texts by name (``docks``, ``border``): a new dict each call."""
    return dict(_SAMPLES)


def sample_text() -> str:
    """Every sample text in one digest, two blank lines between articles."""
    return _SEPARATOR.join(_SAMPLES.values())


def plugin_manager(*plugins: object, builtins: bool = True) -> PluginManager:
    """A fresh plugin manager with the given plugins and (unless ``builtins=False``) newskit's own.

    Third-party plugins installed in the environment are *not* loaded, so a test sees only what
    it asks for. ``builtins=False`` blocks every built-in extractor and exporter.
    """
    blocked = () if builtins else tuple(BUILTIN_PLUGINS)
    return get_plugin_manager(entry_points=False, blocked=blocked, extra=plugins)


def sample_digest(*, pm: PluginManager | None = None) -> Digest:
    """:func:`sample_text` parsed with ``pm`` (default: the built-ins only), published :data:`SAMPLE_PUBLISHED`."""
    manager = pm if pm is not None else plugin_manager()
    return parse(sample_text(), published=SAMPLE_PUBLISHED, document="sample", plugin_manager=manager)


# --- the hand-annotated digest -------------------------------------------------------------------


class _Annotator:
    """Finds annotated strings in one article and builds offsets for them."""

    def __init__(self, text: str, article: Article) -> None:
        self.text = text
        self.article = article

    def span(self, needle: str, occurrence: int = 1) -> Span:
        start = self.article.start - 1
        for _ in range(occurrence):
            start = self.text.find(needle, start + 1, self.article.end)
            if start < 0:
                raise LookupError(f"{needle!r} (occurrence {occurrence}) is not in {self.article.id}")
        return Span.of(self.text, start, start + len(needle))

    def mentions(self, *needles: str) -> list[Mention]:
        found = []
        for needle in needles:
            occurrence, _, word = needle.rpartition("#") if "#" in needle else ("1", "", needle)
            span = self.span(word, int(occurrence))
            found.append(Mention(start=span.start, end=span.end, text=span.text, article=self.article.id))
        return found

    def sentence(self, span: Span) -> Span:
        for sentence in self.article.sentences:
            if span in sentence:
                return sentence
        return next((p for p in self.article.paragraphs if span in p), Span.of(self.text, span.start, span.end))

    def time(self, number: int, needle: str, value: str, start: dt.date, end: dt.date | None = None) -> TimeExpression:
        span = self.span(needle)
        return TimeExpression(
            id=f"{self.article.id}-t{number}",
            start=span.start,
            end=span.end,
            text=span.text,
            type="DATE",
            value=value,
            date_start=start,
            date_end=end or start,
        )

    def event(
        self,
        number: int,
        type: str,
        trigger: str,
        participants: Sequence[tuple[str, str]] = (),
        time: TimeExpression | None = None,
        **fields: Any,
    ) -> Event:
        span = self.span(trigger)
        return Event(
            id=f"{self.article.id}-e{number}",
            type=type,
            trigger=span,
            sentence=self.sentence(span),
            participants=[Participant(actor=actor, role=role) for actor, role in participants],  # type: ignore[arg-type]
            time=time.id if time else None,
            date_start=time.date_start if time else None,
            date_end=time.date_end if time else None,
            **fields,
        )

    def quote(self, needle: str, speaker: str | None) -> Quote:
        span = self.span(needle)
        return Quote(start=span.start, end=span.end, text=span.text, speaker=speaker)

    def quantity(self, needle: str, value: float, unit: str, per: str | None = None) -> Quantity:
        span = self.span(needle)
        return Quantity(start=span.start, end=span.end, text=span.text, value=value, unit=unit, per=per)


def annotated_digest() -> Digest:
    """:func:`sample_text` annotated by hand, independent of the extractors.

    Two articles; eight actors (people with roles, organizations, places, a group); five dated
    events (one spanning a month, one planned), one undated event, a negative-free, quote-bearing
    mix; two quotes with speakers; one quantity. Every offset and id is valid, so an exporter
    can be tested on the full record shape before the extractors fill it in.
    """
    text = sample_text()
    bare = segment(text, ParseOptions(published=SAMPLE_PUBLISHED, document="sample"))
    if len(bare.articles) != 2:  # pragma: no cover - the reader's contract
        raise AssertionError(f"the sample text should read as two articles, not {len(bare.articles)}")
    docks, border = (_Annotator(text, article) for article in bare.articles)

    def actor(number: int, name: str, kind: str, mentions: list[Mention], **fields: Any) -> Actor:
        return Actor(id=f"act{number}", name=name, kind=kind, mentions=mentions, **fields)  # type: ignore[arg-type]

    actors = [
        actor(1, "Lisbon", "place", docks.mentions("Lisbon", "2#Lisbon")),
        actor(2, "dockworkers", "group", docks.mentions("Dockworkers", "2#Dockworkers"), affiliations=["act4"]),
        actor(3, "port authority", "organization", docks.mentions("port authority")),
        actor(4, "SINPORT", "organization", docks.mentions("SINPORT", "2#SINPORT")),
        actor(5, "Ana Ribeiro", "person", docks.mentions("Ana Ribeiro"), roles=["president"], affiliations=["act4"]),
        actor(6, "Kenya", "place", border.mentions("Kenya", "2#Kenya")),
        actor(
            7,
            "Joseph Mwangi",
            "person",
            border.mentions("Joseph Mwangi", "2#Mwangi"),
            aliases=["Mwangi"],
            roles=["trade minister"],
            affiliations=["act6"],
        ),
        actor(
            8, "Halima Said", "person", border.mentions("Halima Said"), roles=["trade minister"], affiliations=["act10"]
        ),
        actor(9, "Nairobi", "place", border.mentions("Nairobi")),
        actor(10, "Tanzania", "place", border.mentions("Tanzania")),
    ]

    tuesday = docks.time(1, "Tuesday", "2025-03-11", dt.date(2025, 3, 11))
    march8 = docks.time(2, "8 March", "2025-03-08", dt.date(2025, 3, 8))
    june = docks.time(3, "June", "2025-06", dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    thursday = border.time(1, "Thursday", "2025-03-13", dt.date(2025, 3, 13))
    january = border.time(2, "January 2024", "2024-01", dt.date(2024, 1, 1), dt.date(2024, 1, 31))

    docks_article = attrs.evolve(
        bare.articles[0],
        times=[tuesday, march8, june],
        events=[
            docks.event(1, "strike", "ended", [("act2", "agent")], tuesday, location="act1", cameo="14"),
            docks.event(2, "agree", "agreed", [("act3", "agent"), ("act2", "target")], tuesday, date_inherited=True),
            docks.event(3, "strike", "began", [("act2", "agent")], march8, location="act1", cameo="14"),
            docks.event(
                4, "meet", "resume", [("act4", "participant"), ("act3", "participant")], june, modality="planned"
            ),
            docks.event(5, "halt", "halted", [("act2", "agent")]),
        ],
        quotes=[docks.quote("“a fair result for every family on the docks.”", "act5")],
        quantities=[docks.quantity("€12 million a day", 12_000_000, "EUR", "P1D")],
    )
    border_article = attrs.evolve(
        bare.articles[1],
        times=[thursday, january],
        events=[
            border.event(1, "sign", "signed", [("act7", "agent"), ("act8", "agent")], thursday, location="act9"),
            border.event(2, "discuss", "discussed", [("act6", "agent"), ("act10", "agent")], january),
        ],
        quotes=[border.quote("“This accord will cut waiting times at the border from days to hours,”", "act7")],
    )
    return attrs.evolve(bare, articles=[docks_article, border_article], actors=actors)


# --- checks ------------------------------------------------------------------------------------


def _fail(message: str) -> AssertionError:
    return AssertionError(message)


def check_digest(digest: Digest, *, where: str = "digest") -> None:
    """Check a digest's invariants: every span matches the text, every referenced id exists, ids are unique.

    :param where: how to name the digest in the error message (``"what my-plugin returned"``).
    :raises AssertionError: naming the first item that breaks an invariant.
    """
    text = digest.text
    for item in digest.spans():
        if not (0 <= item.start <= item.end <= len(text)):
            raise _fail(f"{where}: span {item.start}:{item.end} ({item.text!r}) is outside the text (0:{len(text)})")
        if text[item.start : item.end] != item.text:
            raise _fail(
                f"{where}: {type(item).__name__} at {item.start}:{item.end} says {item.text!r} "
                f"but the text there is {text[item.start : item.end]!r}"
            )
    _unique(where, "actor", [a.id for a in digest.actors])
    _unique(where, "article", [a.id for a in digest.articles])
    _unique(where, "time", [t.id for a in digest.articles for t in a.times])
    _unique(where, "event", [e.id for a in digest.articles for e in a.events])
    actor_ids = {a.id for a in digest.actors}
    article_ids = {a.id for a in digest.articles}
    time_ids = {t.id for a in digest.articles for t in a.times}

    def need(ids: set[str], kind: str, value: str | None, owner: str) -> None:
        if value is not None and value not in ids:
            raise _fail(f"{where}: {owner} refers to {kind} {value!r}, which is not in the digest")

    for actor in digest.actors:
        for affiliation in actor.affiliations:
            need(actor_ids, "actor", affiliation, f"actor {actor.id} (affiliation)")
        for mention in actor.mentions:
            need(article_ids, "article", mention.article, f"a mention of actor {actor.id}")
    for article in digest.articles:
        for event in article.events:
            for participant in event.participants:
                need(actor_ids, "actor", participant.actor, f"event {event.id} (participant)")
            need(actor_ids, "actor", event.location, f"event {event.id} (location)")
            need(time_ids, "time", event.time, f"event {event.id}")
            if event.date_start and event.date_end and event.date_end < event.date_start:
                raise _fail(f"{where}: event {event.id} ends ({event.date_end}) before it starts ({event.date_start})")
        for quote in article.quotes:
            need(actor_ids, "actor", quote.speaker, f"quote at {quote.start}:{quote.end} (speaker)")


def _unique(where: str, kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            raise _fail(f"{where}: {kind} id {value!r} is used twice")
        seen.add(value)


class _Stream(io.BytesIO):
    """A binary stream that remembers whether the exporter closed it (it must not: stdout)."""

    closed_by_writer = False

    def close(self) -> None:
        self.closed_by_writer = True

    def value(self) -> bytes:
        return self.getvalue()


_MEDIA_TYPE = re.compile(r"[a-z]+/[a-z0-9][a-z0-9.+_-]*\Z")
_TEXT_TYPES = ("text/", "application/json", "application/jsonl", "application/geo+json", "application/xml")


def _write(exporter: Exporter, digests: Iterable[Digest], what: str, options: ExportOptions) -> bytes:
    stream = _Stream()
    # A one-shot iterator: an exporter must not take len() of its input or read it twice.
    source: Iterator[Digest] = iter(list(digests))
    try:
        with warnings.catch_warnings():
            # NewskitWarning is how a format says what it left out (undated events in a calendar).
            warnings.simplefilter("ignore", NewskitWarning)
            exporter.write(source, stream, options)
    except Exception as exc:
        raise _fail(f"exporter {exporter.name!r} failed on {what}: {type(exc).__name__}: {exc}") from exc
    if stream.closed_by_writer:
        raise _fail(f"exporter {exporter.name!r} closed the stream it was given ({what}); leave that to the caller")
    return stream.value()


def _resolve_exporter(exporter_or_name: Exporter | str, pm: PluginManager | None) -> Exporter:
    if isinstance(exporter_or_name, Exporter):
        return exporter_or_name
    if not isinstance(exporter_or_name, str):
        raise _fail(f"expected a newskit.Exporter or a format name, not {type(exporter_or_name).__name__}")
    known = exporters(pm if pm is not None else get_plugin_manager())
    if exporter_or_name not in known:
        raise _fail(f"no exporter named {exporter_or_name!r} is registered; known: {', '.join(known) or 'none'}")
    return known[exporter_or_name]


def check_exporter(
    exporter_or_name: Exporter | str,
    *,
    pm: PluginManager | None = None,
    options: ExportOptions | None = None,
) -> bytes:
    """Check that an exporter behaves as newskit expects; return what it wrote for :func:`annotated_digest`.

    It must declare a name, an extension (without the dot) and a media type (``type/subtype``);
    write bytes for the annotated sample digest, byte-identical on a second write from an equal,
    newly built digest; cope with zero digests, with a digest without events, with a digest of
    empty text and with the parsed sample; either accept two digests or refuse the second with
    :class:`newskit.ExportError`; read its input once (it is given a one-shot iterator); and not
    close the stream. A ``text/*`` or JSON/XML format must write UTF-8.

    :param exporter_or_name: the exporter, or the name it is registered under in ``pm``.
    :param pm: where to look the name up, and what to parse the sample with; default: every
        installed plugin (``newskit.get_plugin_manager()``) for the name, the built-ins for the sample.
    :param options: export options to write with (default ``ExportOptions()``).
    :raises AssertionError: saying what is wrong.
    """
    exporter = _resolve_exporter(exporter_or_name, pm)
    name = exporter.name
    if not exporter.extension or exporter.extension.startswith(".") or "/" in exporter.extension:
        raise _fail(f"exporter {name!r}: extension should be like 'csv' (no dot, no slash), not {exporter.extension!r}")
    if not _MEDIA_TYPE.match(exporter.media_type):
        raise _fail(f"exporter {name!r}: media type should be like 'text/csv', not {exporter.media_type!r}")
    opts = options if options is not None else ExportOptions()

    first = _write(exporter, [annotated_digest()], "the annotated sample digest", opts)
    if not isinstance(first, bytes) or not first:
        raise _fail(f"exporter {name!r} wrote nothing for the annotated sample digest")
    second = _write(exporter, [annotated_digest()], "the annotated sample digest, a second time", opts)
    if first != second:
        raise _fail(f"exporter {name!r} is not deterministic: {_first_difference(first, second)}")
    if exporter.media_type.startswith(_TEXT_TYPES) or exporter.media_type.endswith(("+json", "+xml")):
        try:
            first.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _fail(f"exporter {name!r} ({exporter.media_type}) did not write UTF-8: {exc}") from None

    _write(exporter, [], "zero digests", opts)
    no_events = annotated_digest()
    no_events = attrs.evolve(no_events, articles=[attrs.evolve(a, events=()) for a in no_events.articles])
    _write(exporter, [no_events], "a digest with no events", opts)
    _write(exporter, [Digest(text="")], "a digest of empty text", opts)
    _write(exporter, [sample_digest()], "the parsed sample digest", opts)

    try:
        _write(exporter, [annotated_digest(), sample_digest()], "two digests", opts)
    except AssertionError as error:
        if not isinstance(error.__cause__, ExportError):
            raise _fail(f"{error} (a format that holds one digest raises newskit.ExportError on the second)") from None
        if exporter.streaming:
            raise _fail(f"exporter {name!r} says it is streaming but refuses a second digest") from None
    return first


def _first_difference(a: bytes, b: bytes) -> str:
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"the two writes differ from byte {at}: {a[at : at + 40]!r} vs {b[at : at + 40]!r}"


def _resolve_plugin(plugin: object, pm: PluginManager | None) -> tuple[object, PluginManager]:
    if isinstance(plugin, str):
        manager = pm if pm is not None else get_plugin_manager()
        found = manager.get_plugin(plugin)
        if found is None:
            raise _fail(f"no plugin named {plugin!r} is registered; registered: {', '.join(_names(manager))}")
        return found, manager
    if pm is None:
        return plugin, plugin_manager(plugin)
    if not pm.is_registered(plugin):
        raise _fail(f"{plugin!r} is not registered in the plugin manager given")
    return plugin, pm


def _names(pm: PluginManager) -> list[str]:
    return [name for name, plugin in pm.list_name_plugin() if plugin is not None]


def check_enricher(plugin: object, *, pm: PluginManager | None = None) -> None:
    """Check that a plugin's ``enrich_digest`` keeps a digest valid.

    The plugin runs where its manager puts it (after the enrichers before it) on each sample text,
    on the whole sample and on a digest of empty text; then once more directly on
    :func:`annotated_digest`. Each time it must return a :class:`newskit.Digest` or None, keep the
    input text, keep every span's offsets true (``digest.text[start:end] == text``), refer only to
    actors, times and articles that exist, and give the same result for the same input.

    :param plugin: the plugin object or module, or the name it is registered under in ``pm``.
    :param pm: the plugin manager to run in; default: the built-ins and ``plugin``
        (or, for a name, every installed plugin).
    :raises AssertionError: saying what is wrong.
    """
    target, manager = _resolve_plugin(plugin, pm)
    impls = list(reversed(manager.hook.enrich_digest.get_hookimpls()))  # in call order
    mine = [impl for impl in impls if impl.plugin is target]
    if not mine:
        raise _fail(f"{manager.get_name(target)!r} does not implement enrich_digest")
    position = impls.index(mine[0])
    label = manager.get_name(target) or repr(target)

    def run(digest: Digest, options: ParseOptions, what: str) -> None:
        before = dumps(digest)
        results = []
        for _ in range(2):
            try:
                result = mine[0].function(digest=digest, options=options)
            except Exception as exc:
                raise _fail(f"{label!r} failed on {what}: {type(exc).__name__}: {exc}") from exc
            if result is not None and not isinstance(result, Digest):
                raise _fail(f"{label!r} returned {type(result).__name__} on {what}, expected a Digest or None")
            results.append(result)
        if dumps(digest) != before:
            raise _fail(f"{label!r} changed the digest it was given ({what}); build a new one with attrs.evolve")
        result = results[0]
        if result is None:
            return
        if result.text != digest.text:
            raise _fail(f"{label!r} changed the digest's text ({what}); offsets index into the input as given")
        check_digest(result, where=f"what {label!r} returned for {what}")
        if results[1] is None or dumps(results[1]) != dumps(result):
            raise _fail(f"{label!r} is not deterministic: two runs on {what} gave different digests")

    texts = {f"the sample text {name!r}": text for name, text in _SAMPLES.items()}
    texts["the whole sample"] = sample_text()
    texts["empty text"] = ""
    options = ParseOptions(published=SAMPLE_PUBLISHED, document="sample")
    for what, text in texts.items():
        digest = segment(text, options)
        for impl in impls[:position]:
            try:
                result = impl.function(digest=digest, options=options)
            except Exception as exc:
                raise _fail(
                    f"{impl.plugin_name!r}, which runs before {label!r}, failed on {what}: {type(exc).__name__}: {exc}"
                ) from exc
            digest = result if isinstance(result, Digest) else digest
        check_digest(digest, where=f"the digest the enrichers before {label!r} made of {what}")
        run(digest, options, what)
    run(annotated_digest(), options, "the annotated sample digest")
    # And the whole chain, through the host, must still give a valid digest.
    whole = call_enrichers(manager, segment(sample_text(), options), options)
    check_digest(whole, where="the digest after every enricher")
