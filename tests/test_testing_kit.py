"""newskit.testing, the plugin authors' kit: valid samples; checks that pass on good plugins, fail on broken ones."""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import json
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

import attrs
import pytest

import newskit
from newskit import testing
from newskit.exporters.json import write as json_write
from newskit.host import BUILTIN_PLUGINS, exporters, list_plugins
from newskit.options import ExportOptions, ParseOptions

# --- samples -------------------------------------------------------------------------------------


def test_sample_texts_are_two_articles_and_a_fresh_dict() -> None:
    texts = testing.sample_texts()
    assert set(texts) == {"docks", "border"}
    texts.clear()
    assert len(testing.sample_texts()) == 2
    assert testing.sample_text().count("\n\n\n") == 1


def test_sample_digest_is_parsed_with_the_fixed_date() -> None:
    digest = testing.sample_digest()
    assert digest.published == testing.SAMPLE_PUBLISHED == dt.date(2025, 3, 14)
    assert [a.title.text if a.title else None for a in digest.articles] == [
        "Lisbon Dockworkers End Strike After Pay Deal",
        "Kenya and Tanzania Sign Border Trade Accord",
    ]
    testing.check_digest(digest)


def test_annotated_digest_is_valid_and_full() -> None:
    digest = testing.annotated_digest()
    testing.check_digest(digest)
    events = [e for a in digest.articles for e in a.events]
    assert sum(e.date_start is not None for e in events) == 6
    assert any(e.date_start is None for e in events)
    assert {a.kind for a in digest.actors} == {"person", "organization", "place", "group"}
    assert all(q.speaker for a in digest.articles for q in a.quotes)
    assert digest == testing.annotated_digest()  # built the same every time


def test_annotated_digest_round_trips_through_json() -> None:
    digest = testing.annotated_digest()
    assert newskit.load_json(newskit.dumps(digest)) == digest


def test_plugin_manager_holds_the_builtins_and_the_given_plugins_only() -> None:
    class Extra:
        @newskit.hookimpl
        def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
            return None

    extra = Extra()
    pm = testing.plugin_manager(extra)
    infos = list_plugins(pm)
    assert [i.name for i in infos if i.builtin] == list(BUILTIN_PLUGINS)
    assert [i.source for i in infos if not i.builtin] == ["registered"]
    assert pm.is_registered(extra)
    bare = testing.plugin_manager(extra, builtins=False)
    assert [i.source for i in list_plugins(bare)] == ["registered"]
    assert exporters(bare) == {}


# --- check_digest --------------------------------------------------------------------------------


def _first_event(digest: newskit.Digest) -> newskit.Event:
    return digest.articles[0].events[0]


def _replace_first_event(digest: newskit.Digest, event: newskit.Event) -> newskit.Digest:
    article = digest.articles[0]
    return attrs.evolve(
        digest, articles=[attrs.evolve(article, events=(event, *article.events[1:])), *digest.articles[1:]]
    )


BROKEN_DIGESTS: list[tuple[str, Callable[[newskit.Digest], newskit.Digest], str]] = [
    (
        "shifted trigger",
        lambda d: _replace_first_event(
            d, attrs.evolve(_first_event(d), trigger=attrs.evolve(_first_event(d).trigger, start=1))
        ),
        "says 'ended' but the text there is",
    ),
    (
        "span past the end",
        lambda d: attrs.evolve(
            d, articles=[attrs.evolve(d.articles[0], title=newskit.Span(start=0, end=10**6, text="x")), *d.articles[1:]]
        ),
        "outside the text",
    ),
    (
        "dangling participant",
        lambda d: _replace_first_event(
            d, attrs.evolve(_first_event(d), participants=[newskit.Participant(actor="act99", role="agent")])
        ),
        "refers to actor 'act99'",
    ),
    (
        "dangling location",
        lambda d: _replace_first_event(d, attrs.evolve(_first_event(d), location="act42")),
        "event art1-e1 (location) refers to actor 'act42'",
    ),
    (
        "dangling time",
        lambda d: _replace_first_event(d, attrs.evolve(_first_event(d), time="art9-t9")),
        "refers to time 'art9-t9'",
    ),
    (
        "dangling speaker",
        lambda d: attrs.evolve(
            d,
            articles=[
                attrs.evolve(d.articles[0], quotes=[attrs.evolve(d.articles[0].quotes[0], speaker="nobody")]),
                *d.articles[1:],
            ],
        ),
        "(speaker) refers to actor 'nobody'",
    ),
    (
        "dangling affiliation",
        lambda d: attrs.evolve(d, actors=[attrs.evolve(d.actors[0], affiliations=["act77"]), *d.actors[1:]]),
        "refers to actor 'act77'",
    ),
    ("duplicate actor id", lambda d: attrs.evolve(d, actors=[*d.actors, d.actors[0]]), "actor id 'act1' is used twice"),
    (
        "ends before it starts",
        lambda d: _replace_first_event(d, attrs.evolve(_first_event(d), date_end=dt.date(2000, 1, 1))),
        "ends (2000-01-01) before it starts",
    ),
]


@pytest.mark.parametrize(("label", "breaker", "message"), BROKEN_DIGESTS, ids=[b[0] for b in BROKEN_DIGESTS])
def test_check_digest_names_what_is_broken(
    label: str, breaker: Callable[[newskit.Digest], newskit.Digest], message: str
) -> None:
    broken = breaker(testing.annotated_digest())
    with pytest.raises(AssertionError, match="digest: .*" + _escape(message)):
        testing.check_digest(broken)


def _escape(text: str) -> str:
    return re.escape(text)


# --- check_exporter ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["csv", "ics", "json", "jsonl"])
def test_builtin_exporters_pass(name: str) -> None:
    pm = testing.plugin_manager()
    exporter = exporters(pm)[name]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newskit.NewskitWarning)
            exporter.write(iter([testing.annotated_digest()]), _Sink(), ExportOptions())  # type: ignore[arg-type]
    except NotImplementedError:
        pytest.skip(f"the {name} exporter is not implemented yet")
    out = testing.check_exporter(name, pm=pm)
    assert out


def test_check_exporter_returns_what_was_written_for_the_annotated_digest() -> None:
    out = testing.check_exporter("json", pm=testing.plugin_manager())
    assert newskit.load_json(out) == testing.annotated_digest()


def test_check_exporter_accepts_an_exporter_object() -> None:
    exporter = exporters(testing.plugin_manager())["jsonl"]
    lines = testing.check_exporter(exporter).splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["art1", "art2"]


def test_check_exporter_on_an_unknown_name() -> None:
    with pytest.raises(AssertionError, match=r"no exporter named 'nope' is registered; known: .*json"):
        testing.check_exporter("nope", pm=testing.plugin_manager())


class _Sink:
    def write(self, data: bytes) -> int:
        return len(data)


def _good_write(digests: Iterable[newskit.Digest], stream: BinaryIO, options: ExportOptions) -> None:
    for digest in digests:
        stream.write(f"{len(digest.articles)} {sum(len(a.events) for a in digest.articles)}\n".encode())


def _exporter(write: Callable[..., None], **fields: object) -> newskit.Exporter:
    values: dict[str, object] = {"name": "broken", "extension": "txt", "media_type": "text/plain", "write": write}
    values.update(fields)
    return newskit.Exporter(**values)  # type: ignore[arg-type]


def test_a_good_exporter_passes() -> None:
    assert testing.check_exporter(_exporter(_good_write)) == b"2 7\n"


_counter = itertools.count()


def _nondeterministic(digests: Iterable[newskit.Digest], stream: BinaryIO, options: ExportOptions) -> None:
    for _ in digests:
        stream.write(f"run {next(_counter)}\n".encode())


def _fails_on_nothing(digests: Iterable[newskit.Digest], stream: BinaryIO, options: ExportOptions) -> None:
    items = list(digests)
    stream.write(items[0].text.encode())


def _fails_without_events(digests: Iterable[newskit.Digest], stream: BinaryIO, options: ExportOptions) -> None:
    stream.write(b"x")
    for digest in digests:
        first = min(e.date_start or dt.date.max for a in digest.articles for e in a.events)
        stream.write(first.isoformat().encode())


def _takes_len(digests: Iterable[newskit.Digest], stream: BinaryIO, options: ExportOptions) -> None:
    stream.write(f"{len(digests)} digests\n".encode())  # type: ignore[arg-type]


def _writes_nothing(digests: Iterable[newskit.Digest], stream: BinaryIO, options: ExportOptions) -> None:
    for _ in digests:
        pass


def _writes_text(digests: Iterable[newskit.Digest], stream: BinaryIO, options: ExportOptions) -> None:
    for digest in digests:
        stream.write(digest.text)  # type: ignore[arg-type]


def _closes(digests: Iterable[newskit.Digest], stream: BinaryIO, options: ExportOptions) -> None:
    _good_write(digests, stream, options)
    stream.close()


def _wrong_error_on_second(digests: Iterable[newskit.Digest], stream: BinaryIO, options: ExportOptions) -> None:
    for number, digest in enumerate(digests):
        if number:
            raise RuntimeError("only one")
        stream.write(digest.text.encode())


def _latin1(digests: Iterable[newskit.Digest], stream: BinaryIO, options: ExportOptions) -> None:
    for digest in digests:
        stream.write(digest.text.encode("latin-1", errors="replace") + "€".encode("cp1252"))


BROKEN_EXPORTERS: list[tuple[str, newskit.Exporter, str]] = [
    ("not deterministic", _exporter(_nondeterministic), "'broken' is not deterministic: the two writes differ"),
    ("fails on zero digests", _exporter(_fails_on_nothing), "failed on zero digests: IndexError"),
    ("fails without events", _exporter(_fails_without_events), "failed on a digest with no events: ValueError"),
    ("takes len() of its input", _exporter(_takes_len), "failed on the annotated sample digest: TypeError"),
    ("writes nothing", _exporter(_writes_nothing), "wrote nothing for the annotated sample digest"),
    ("writes str", _exporter(_writes_text), "failed on the annotated sample digest: TypeError"),
    ("closes the stream", _exporter(_closes), "closed the stream it was given"),
    ("wrong error on a second digest", _exporter(_wrong_error_on_second), "failed on two digests: RuntimeError"),
    ("streaming but one digest", _exporter(json_write, streaming=True), "says it is streaming"),
    ("extension with a dot", _exporter(_good_write, extension=".txt"), "extension should be like 'csv'"),
    ("no media type", _exporter(_good_write, media_type="text"), "media type should be like 'text/csv'"),
    ("not UTF-8", _exporter(_latin1), "did not write UTF-8"),
]


@pytest.mark.parametrize(("label", "exporter", "message"), BROKEN_EXPORTERS, ids=[b[0] for b in BROKEN_EXPORTERS])
def test_check_exporter_fails_on_broken_exporters(label: str, exporter: newskit.Exporter, message: str) -> None:
    with pytest.raises(AssertionError, match=_escape(message)):
        testing.check_exporter(exporter)


# --- check_enricher ------------------------------------------------------------------------------


class Noop:
    @newskit.hookimpl
    def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
        return None


class AddsAPlace:
    """A well-behaved enricher: every "Lisbon" becomes a mention of one place actor."""

    @newskit.hookimpl
    def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
        mentions = []
        for article in digest.articles:
            start = digest.text.find("Lisbon", article.start, article.end)
            while start >= 0:
                mentions.append(newskit.Mention(start=start, end=start + 6, text="Lisbon", article=article.id))
                start = digest.text.find("Lisbon", start + 1, article.end)
        if not mentions:
            return None
        place = newskit.Actor(id="geo-lisbon", name="Lisbon", kind="place", mentions=mentions)
        return attrs.evolve(digest, actors=[*digest.actors, place])


def test_good_enrichers_pass() -> None:
    testing.check_enricher(Noop())
    testing.check_enricher(AddsAPlace())


def test_check_enricher_runs_an_installed_plugin_by_name() -> None:
    plugin = AddsAPlace()
    pm = testing.plugin_manager()
    pm.register(plugin, name="adds-a-place")
    testing.check_enricher("adds-a-place", pm=pm)


class WrongOffsets:
    @newskit.hookimpl
    def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
        if not digest.articles:
            return None
        first = digest.articles[0]
        title = newskit.Span(
            start=first.start + 1, end=first.start + 7, text=digest.text[first.start : first.start + 6]
        )
        return attrs.evolve(digest, articles=[attrs.evolve(first, title=title), *digest.articles[1:]])


class DanglingSpeaker:
    @newskit.hookimpl
    def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
        if not digest.articles:
            return None
        first = digest.articles[0]
        quote = newskit.Quote(start=first.start, end=first.start, text="", speaker="act404")
        return attrs.evolve(digest, articles=[attrs.evolve(first, quotes=[*first.quotes, quote]), *digest.articles[1:]])


class DanglingParticipant:
    @newskit.hookimpl
    def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
        if not digest.articles or not digest.articles[0].sentences:
            return None
        first = digest.articles[0]
        sentence = first.sentences[0]
        event = newskit.Event(
            id=f"{first.id}-e99",
            type="meet",
            trigger=sentence,
            sentence=sentence,
            participants=[newskit.Participant(actor="ghost", role="agent")],
        )
        return attrs.evolve(digest, articles=[attrs.evolve(first, events=[*first.events, event]), *digest.articles[1:]])


class Random:
    def __init__(self) -> None:
        self.calls = itertools.count()

    @newskit.hookimpl
    def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
        return attrs.evolve(digest, document=f"run-{next(self.calls)}")


class ChangesText:
    @newskit.hookimpl
    def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
        return attrs.evolve(digest, text=digest.text.upper(), articles=(), actors=())


class ReturnsJunk:
    @newskit.hookimpl
    def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> object:
        return {"text": digest.text}


class Raises:
    @newskit.hookimpl
    def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
        return digest.articles[5] if digest.text else None  # type: ignore[return-value]


class ExporterOnly:
    @newskit.hookimpl
    def register_exporters(self, register: Callable[[newskit.Exporter], None]) -> None:
        register(_exporter(_good_write))


BROKEN_ENRICHERS: list[tuple[str, object, str]] = [
    ("wrong offsets", WrongOffsets(), "Span at 1:7 says 'Lisbon' but the text there is 'isbon '"),
    ("dangling speaker", DanglingSpeaker(), "refers to actor 'act404'"),
    ("dangling participant", DanglingParticipant(), "event art1-e99 (participant) refers to actor 'ghost'"),
    ("not deterministic", Random(), "is not deterministic"),
    ("changes the text", ChangesText(), "changed the digest's text"),
    ("returns junk", ReturnsJunk(), "returned dict on the sample text 'docks', expected a Digest or None"),
    ("raises", Raises(), "failed on the sample text 'docks': IndexError"),
    ("no enricher", ExporterOnly(), "does not implement enrich_digest"),
]


@pytest.mark.parametrize(("label", "plugin", "message"), BROKEN_ENRICHERS, ids=[b[0] for b in BROKEN_ENRICHERS])
def test_check_enricher_fails_on_broken_enrichers(label: str, plugin: object, message: str) -> None:
    with pytest.raises(AssertionError, match=_escape(message)):
        testing.check_enricher(plugin)


def test_check_enricher_wants_the_plugin_registered_in_the_manager_given() -> None:
    with pytest.raises(AssertionError, match="is not registered in the plugin manager given"):
        testing.check_enricher(Noop(), pm=testing.plugin_manager())
    with pytest.raises(AssertionError, match="no plugin named 'missing' is registered"):
        testing.check_enricher("missing", pm=testing.plugin_manager())


def test_the_kit_does_not_import_pytest() -> None:
    source = (testing.__file__ or "").replace(".pyc", ".py")
    with open(source, encoding="utf-8") as handle:
        text = handle.read()
    assert "import pytest" not in text


# --- docs/plugins.md: the tutorial's code runs -----------------------------------------------------

DOC = Path(__file__).resolve().parent.parent / "docs" / "plugins.md"


def _doc_files() -> dict[str, str]:
    """The tutorial's Python blocks that start with a ``# path`` comment, by path."""
    blocks = re.findall(r"```python\n# (\S+\.py)\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    return dict(blocks)


@pytest.fixture
def tutorial(tmp_path: Path) -> Iterator[dict[str, ModuleType]]:
    files = _doc_files()
    for path, code in files.items():
        target = tmp_path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(code, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    names = ["newskit_who", "newskit_hedges", "test_who", "test_hedges"]
    try:
        for path in files:
            if path.startswith("tests/"):
                (tmp_path / path).rename(tmp_path / Path(path).name)
        yield {name: importlib.import_module(name) for name in names}
    finally:
        sys.path.remove(str(tmp_path))
        for name in names:
            sys.modules.pop(name, None)


def test_the_tutorial_has_its_four_files() -> None:
    assert set(_doc_files()) == {
        "newskit_who/__init__.py",
        "tests/test_who.py",
        "newskit_hedges/__init__.py",
        "tests/test_hedges.py",
    }


def test_the_tutorial_plugins_pass_their_own_tests(tutorial: dict[str, ModuleType]) -> None:
    for module in (tutorial["test_who"], tutorial["test_hedges"]):
        tests = [value for name, value in vars(module).items() if name.startswith("test_") and callable(value)]
        assert tests
        for test in tests:
            test()


def test_the_tutorial_pyproject_declares_the_entry_point() -> None:
    text = DOC.read_text(encoding="utf-8")
    toml = re.search(r"```toml\n(.*?)```", text, flags=re.DOTALL)
    assert toml is not None
    assert '[project.entry-points.newskit]\nwho = "newskit_who"' in toml.group(1)
