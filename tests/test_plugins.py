"""The plugin system: built-ins as plugins, ordering, blocking, entry points, errors that name the plugin."""

from __future__ import annotations

import importlib.metadata
import os
from collections.abc import Callable

import attrs
import pluggy
import pytest

import newskit
from newskit.host import BUILTIN_PLUGINS, call_enrichers, exporters, get_exporter, list_plugins
from newskit.options import ParseOptions


class Recorder:
    """An enricher that records the order it ran in and the digest it saw."""

    def __init__(self, log: list[str], name: str) -> None:
        self.log = log
        self.name = name

    @newskit.hookimpl
    def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
        self.log.append(self.name)
        return None


def test_builtins_are_registered_under_their_short_names(builtin_pm: pluggy.PluginManager) -> None:
    names = [info.name for info in list_plugins(builtin_pm)]
    assert names == list(BUILTIN_PLUGINS)
    assert all(info.builtin for info in list_plugins(builtin_pm))


def test_builtins_are_declared_as_entry_points_too() -> None:
    """Built-ins are declared in our own entry-point group, exactly like a third-party plugin."""
    declared = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="newskit")}
    for name, module in BUILTIN_PLUGINS.items():
        assert declared.get(name) == module


def test_blocking_a_builtin_removes_it() -> None:
    pm = newskit.get_plugin_manager(entry_points=False, blocked=["ics", "times"])
    names = {info.name for info in list_plugins(pm)}
    assert "ics" not in names and "times" not in names
    assert "ics" not in exporters(pm)


def test_enrichers_run_in_order_and_chain() -> None:
    log: list[str] = []

    class First(Recorder):
        @newskit.hookimpl(tryfirst=True)
        def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
            self.log.append(self.name)
            return attrs.evolve(digest, document="changed")

    class Last(Recorder):
        @newskit.hookimpl(trylast=True)
        def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
            self.log.append(f"{self.name}:{digest.document}")
            return None

    pm = newskit.get_plugin_manager(
        entry_points=False, extra=[Last(log, "last"), Recorder(log, "plain"), First(log, "first")]
    )
    digest = newskit.parse("Some text.", plugin_manager=pm)
    assert log == ["first", "plain", "last:changed"]
    assert digest.document == "changed"


def test_a_failing_enricher_is_one_error_naming_plugin_and_hook() -> None:
    class Broken:
        @newskit.hookimpl
        def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> newskit.Digest | None:
            raise KeyError("boom")

    pm = newskit.get_plugin_manager(entry_points=False)
    pm.register(Broken(), name="broken")
    with pytest.raises(newskit.PluginError, match="plugin 'broken' failed in enrich_digest") as info:
        newskit.parse("Text.", plugin_manager=pm)
    assert info.value.plugin == "broken"
    assert info.value.hook == "enrich_digest"


def test_an_enricher_returning_junk_is_an_error() -> None:
    class Junk:
        @newskit.hookimpl
        def enrich_digest(self, digest: newskit.Digest, options: ParseOptions) -> object:
            return "not a digest"

    pm = newskit.get_plugin_manager(entry_points=False)
    pm.register(Junk(), name="junk")
    with pytest.raises(newskit.PluginError, match="expected a Digest"):
        call_enrichers(pm, newskit.Digest(text=""), ParseOptions())


def _exporter(name: str) -> newskit.Exporter:
    return newskit.Exporter(name=name, extension="txt", media_type="text/plain", write=lambda d, s, o: None)


def test_duplicate_exporter_names_are_rejected_naming_both_plugins() -> None:
    class Clash:
        @newskit.hookimpl
        def register_exporters(self, register: Callable[[newskit.Exporter], None]) -> None:
            register(_exporter("json"))

    pm = newskit.get_plugin_manager(entry_points=False)
    pm.register(Clash(), name="clash")
    with pytest.raises(newskit.PluginError, match=r"plugins '(clash|json)' and '(clash|json)' both register"):
        exporters(pm)


def test_registering_something_else_is_rejected() -> None:
    class Wrong:
        @newskit.hookimpl
        def register_exporters(self, register: Callable[[object], None]) -> None:
            register({"name": "dict"})

    pm = newskit.get_plugin_manager(entry_points=False)
    pm.register(Wrong(), name="wrong")
    with pytest.raises(newskit.PluginError, match=r"expected a newskit\.Exporter"):
        exporters(pm)


@pytest.mark.parametrize("name", ["JSON", "", "1x", "a b", "x/y"])
def test_exporter_names_are_checked(name: str) -> None:
    with pytest.raises(ValueError, match="exporter name"):
        _exporter(name)


def test_unknown_format_lists_the_known_ones(builtin_pm: pluggy.PluginManager) -> None:
    with pytest.raises(newskit.ExportError, match="unknown format 'pdf'; available: csv, ics, json, jsonl"):
        get_exporter(builtin_pm, "pdf")


def test_every_builtin_exporter_declares_extension_and_media_type(builtin_pm: pluggy.PluginManager) -> None:
    known = exporters(builtin_pm)
    assert set(known) == {"csv", "ics", "json", "jsonl"}
    for exporter in known.values():
        assert exporter.extension and "/" in exporter.media_type and exporter.description


def _sample_plugin_installed() -> bool:
    try:
        importlib.metadata.distribution("newskit-sample-plugin")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def test_third_party_plugin_is_discovered_by_entry_point() -> None:
    """The sample plugin in tests/sample_plugin is pip-installed by .ci/run; CI fails if it is not."""
    if not _sample_plugin_installed():
        if os.environ.get("CI"):
            pytest.fail("tests/sample_plugin is not installed: .ci/run must install it")
        pytest.skip("pip install -e tests/sample_plugin to run this test")
    infos = {info.name: info for info in newskit.plugins()}
    assert infos["sample"].distribution == "newskit-sample-plugin"
    assert infos["sample"].version == "0.0.1"
    assert infos["sample"].hooks == ("enrich_digest", "register_exporters")
    assert not infos["sample"].builtin
    pm = newskit.get_plugin_manager()
    assert "sample-counts" in exporters(pm)
    assert "sample" not in {i.name for i in list_plugins(newskit.get_plugin_manager(blocked=["sample"]))}


@pytest.mark.parametrize(
    ("distribution", "name", "hooks"),
    [
        ("newskit-markdown", "markdown", ("register_exporters",)),
        ("newskit-html", "html", ("register_exporters",)),
        ("newskit-geo", "geo", ("enrich_digest", "register_exporters")),
    ],
)
def test_plugins_in_the_repository_are_discovered_when_installed(
    distribution: str, name: str, hooks: tuple[str, ...]
) -> None:
    try:
        version = importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        if os.environ.get("CI"):
            pytest.fail(f"plugins/{distribution} is not installed: .ci/run must install it")
        pytest.skip(f"pip install -e plugins/{distribution}")
    info = next(i for i in newskit.plugins() if i.name == name)
    assert (info.distribution, info.version, info.source) == (distribution, version, "entry point")
    assert set(hooks) <= set(info.hooks)
