"""The plugin manager: built-in plugins, third-party plugins from entry points, and the hooks' callers.

Nothing happens at import time. :func:`get_plugin_manager` builds a fresh manager each call, so
an embedding application and its tests can each have their own (with or without third-party
plugins, with some blocked, or with extra ones).
"""

from __future__ import annotations

import importlib
import importlib.metadata
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import Any

import attrs
import pluggy

from newskit import hookspecs
from newskit.errors import ExportError, PluginError
from newskit.export import Exporter
from newskit.models import Digest
from newskit.options import ParseOptions

__all__ = [
    "BUILTIN_PLUGINS",
    "PluginInfo",
    "call_enrichers",
    "exporters",
    "get_exporter",
    "get_plugin_manager",
    "list_plugins",
]

#: Built-in plugins by short name, in the order their enrichers run.
BUILTIN_PLUGINS: dict[str, str] = {
    "times": "newskit.extract.times",
    "actors": "newskit.extract.actors",
    "quantities": "newskit.extract.quantities",
    "quotes": "newskit.extract.quotes",
    "events": "newskit.extract.events",
    "json": "newskit.exporters.json",
    "jsonl": "newskit.exporters.jsonl",
    "csv": "newskit.exporters.csv",
    "ics": "newskit.exporters.ics",
}


def get_plugin_manager(
    *,
    entry_points: bool = True,
    blocked: Iterable[str] = (),
    extra: Iterable[object] = (),
) -> pluggy.PluginManager:
    """A new plugin manager with the built-ins, then third-party plugins, then ``extra``.

    :param entry_points: load third-party plugins from the ``newskit`` entry-point group.
    :param blocked: plugin names not to register, built-ins included (``["ics", "myplugin"]``).
    :param extra: plugin objects or modules to register too (tests, embedding applications).
    """
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for name in blocked:
        pm.set_blocked(name)
    # pluggy calls the last registered first: register in reverse so enrichers run in table order.
    for name, module in reversed(BUILTIN_PLUGINS.items()):
        if not pm.is_blocked(name):
            pm.register(importlib.import_module(module), name=name)
    if entry_points:
        try:
            pm.load_setuptools_entrypoints(hookspecs.PROJECT)
        except Exception as exc:  # a broken third-party package must not hide which one it is
            raise PluginError(f"a newskit plugin failed to load: {exc}", plugin="?", hook="load") from exc
    for plugin in extra:
        pm.register(plugin)
    pm.check_pending()
    return pm


def _plugin_name(pm: pluggy.PluginManager, plugin: object) -> str:
    return pm.get_name(plugin) or repr(plugin)


def call_enrichers(pm: pluggy.PluginManager, digest: Digest, options: ParseOptions) -> Digest:
    """Run every ``enrich_digest`` implementation in order, each on the previous one's result."""
    hook = pm.hook.enrich_digest
    for impl in reversed(hook.get_hookimpls()):  # get_hookimpls lists them in reverse call order
        try:
            result = impl.function(digest=digest, options=options)
        except Exception as exc:
            name = impl.plugin_name
            raise PluginError(
                f"plugin {name!r} failed in enrich_digest: {type(exc).__name__}: {exc}",
                plugin=name,
                hook="enrich_digest",
            ) from exc
        if result is None:
            continue
        if not isinstance(result, Digest):
            raise PluginError(
                f"plugin {impl.plugin_name!r} returned {type(result).__name__} from enrich_digest, "
                "expected a Digest or None",
                plugin=impl.plugin_name,
                hook="enrich_digest",
            )
        digest = result
    return digest


def exporters(pm: pluggy.PluginManager) -> dict[str, Exporter]:
    """Every registered exporter by name, sorted by name; a duplicate name is a :class:`PluginError`."""
    found: dict[str, tuple[Exporter, str]] = {}
    hook = pm.hook.register_exporters
    for impl in reversed(hook.get_hookimpls()):
        plugin = impl.plugin_name

        def register(exporter: Exporter, plugin: str = plugin) -> None:
            if not isinstance(exporter, Exporter):
                raise PluginError(
                    f"plugin {plugin!r} registered {exporter!r}, expected a newskit.Exporter",
                    plugin=plugin,
                    hook="register_exporters",
                )
            if exporter.name in found:
                raise PluginError(
                    f"plugins {found[exporter.name][1]!r} and {plugin!r} both register the format {exporter.name!r}",
                    plugin=plugin,
                    hook="register_exporters",
                )
            found[exporter.name] = (exporter, plugin)

        try:
            impl.function(register=register)
        except PluginError:
            raise
        except Exception as exc:
            raise PluginError(
                f"plugin {plugin!r} failed in register_exporters: {type(exc).__name__}: {exc}",
                plugin=plugin,
                hook="register_exporters",
            ) from exc
    return {name: found[name][0] for name in sorted(found)}


def get_exporter(pm: pluggy.PluginManager, name: str) -> Exporter:
    """The exporter registered as ``name``; an unknown name is an :class:`ExportError` listing the known ones."""
    known = exporters(pm)
    if name not in known:
        raise ExportError(f"unknown format {name!r}; available: {', '.join(known) or 'none'}")
    return known[name]


@attrs.frozen(kw_only=True)
class PluginInfo:
    """One registered plugin, as ``python -m newskit plugins`` shows it.

    Attributes:
        name: the name it is registered (and blocked) under.
        version: the version of the distribution it comes from, or None.
        distribution: the distribution's name (``newskit`` for built-ins), or None.
        builtin: True for newskit's own plugins.
        hooks: the hooks it implements, sorted.
    """

    name: str
    version: str | None
    distribution: str | None
    builtin: bool
    hooks: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return attrs.asdict(self)


def _newskit_version() -> str | None:
    try:
        return importlib.metadata.version("newskit")
    except importlib.metadata.PackageNotFoundError:
        return None


def list_plugins(pm: pluggy.PluginManager) -> list[PluginInfo]:
    """Every plugin the manager holds, built-ins first, then the others by name."""
    dists: dict[int, Any] = {id(plugin): dist for plugin, dist in pm.list_plugin_distinfo()}
    builtin_modules = set(BUILTIN_PLUGINS.values())
    infos = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:  # blocked
            continue
        hooks = tuple(sorted(h.name for h in pm.get_hookcallers(plugin) or ()))
        is_builtin = isinstance(plugin, ModuleType) and plugin.__name__ in builtin_modules
        dist = dists.get(id(plugin))
        if is_builtin:
            infos.append(
                PluginInfo(name=name, version=_newskit_version(), distribution="newskit", builtin=True, hooks=hooks)
            )
        else:
            infos.append(
                PluginInfo(
                    name=name,
                    version=getattr(dist, "version", None),
                    distribution=getattr(dist, "project_name", None),
                    builtin=False,
                    hooks=hooks,
                )
            )
    order = list(BUILTIN_PLUGINS)
    return sorted(infos, key=lambda i: (not i.builtin, order.index(i.name) if i.builtin else 0, i.name))


def plugin_names(pm: pluggy.PluginManager) -> Sequence[str]:
    """The names of the registered plugins."""
    return [name for name, plugin in pm.list_name_plugin() if plugin is not None]
