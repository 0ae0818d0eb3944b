"""The cyclic garbage collector is paused while a text is read and resumed as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pluggy
import pytest

import newskit
from newskit._collector import paused
from newskit.options import ParseOptions


class CollectorWatch:
    """An enricher that records whether the collector is enabled while the enrichers run."""

    def __init__(self) -> None:
        self.seen: list[bool] = []

    @newskit.hookimpl
    def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
        self.seen.append(gc.isenabled())
        return None


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def _manager(*plugins: object) -> pluggy.PluginManager:
    pm = newskit.get_plugin_manager(entry_points=False, blocked=["events", "quotes", "quantities"])
    for plugin in plugins:
        pm.register(plugin)
    return pm


def test_paused_during_a_parse_and_resumed_after(collector_on: None) -> None:
    watch = CollectorWatch()
    newskit.parse("Acme Corp said on Monday it would buy 20 jets.", plugin_manager=_manager(watch))
    assert watch.seen == [False]
    assert gc.isenabled()


def test_left_off_when_the_application_turned_it_off(collector_on: None) -> None:
    gc.disable()
    newskit.parse("Acme Corp said on Monday it would buy 20 jets.", plugin_manager=_manager())
    assert not gc.isenabled()


def test_resumed_when_a_parse_fails(collector_on: None) -> None:
    class Failing:
        @newskit.hookimpl
        def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
            raise RuntimeError("broken enricher")

    with pytest.raises(Exception, match="broken enricher"):
        newskit.parse("Acme Corp said on Monday.", plugin_manager=_manager(Failing()))
    assert gc.isenabled()


def test_a_parse_ending_in_one_thread_leaves_it_paused_for_another_still_running(collector_on: None) -> None:
    """Two parses overlap: the first to end must not resume the collector under the other."""
    inside = threading.Barrier(2)
    first_done = threading.Event()
    seen: dict[str, bool] = {}

    class Overlap:
        def __init__(self, name: str) -> None:
            self.name = name

        @newskit.hookimpl
        def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
            inside.wait(timeout=30)  # both parses are running
            if self.name == "second":
                first_done.wait(timeout=30)
                seen["second, after the first ended"] = gc.isenabled()
            return None

    def run(name: str) -> None:
        newskit.parse("Acme Corp said on Monday.", plugin_manager=_manager(Overlap(name)))
        if name == "first":
            first_done.set()

    threads = [threading.Thread(target=run, args=(name,)) for name in ("first", "second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert seen == {"second, after the first ended": False}
    assert gc.isenabled()


def test_nested_pauses_resume_once_at_the_outermost(collector_on: None) -> None:
    with paused:
        with paused:
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
