"""The plugin manager: built-in plugins, third-party plugins from entry points, and the hooks' callers.

Nothing happens at import time. :func:`get_plugin_manager` builds a fresh manager each call, so
an embedding application and its tests can each have their own (with or without third-party
plugins, with some blocked, or with extra ones).
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import os
import warnings
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import Any

import attrs
import pluggy

from newskit import hookspecs
from newskit.errors import ExportError, NewskitWarning, PluginError
from newskit.export import Exporter
from newskit.models import Digest
from newskit.options import ParseOptions

__all__ = [
    "BUILTIN_PLUGINS",
    "PluginInfo",
    "PluginManager",
    "call_enrichers",
    "default_plugin_manager",
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


class PluginManager(pluggy.PluginManager):
    """pluggy's manager, remembering which distribution each entry-point plugin came from."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT)
        self.add_hookspecs(hookspecs)
        self.distributions: dict[str, importlib.metadata.Distribution] = {}


def _env_list(name: str) -> set[str] | None:
    value = os.environ.get(name)
    if value is None:
        return None
    return {part.strip() for part in value.split(",") if part.strip()}


def _load_entry_points(pm: PluginManager, strict: bool) -> None:
    """Register third-party plugins from the ``newskit`` entry-point group.

    ``NEWSKIT_PLUGINS=a,b`` loads only those; a plugin that fails to import is skipped with one
    warning naming it, or raises :class:`PluginError` when ``strict``.
    """
    wanted = _env_list("NEWSKIT_PLUGINS")
    entry_points = sorted(importlib.metadata.entry_points(group=hookspecs.PROJECT), key=lambda ep: ep.name)
    for ep in entry_points:
        if pm.is_blocked(ep.name) or pm.has_plugin(ep.name) or ep.value in BUILTIN_PLUGINS.values():
            continue  # blocked, or one of our own built-ins declared the same way
        if wanted is not None and ep.name not in wanted:
            continue
        try:
            plugin = ep.load()
            pm.register(plugin, name=ep.name)
        except Exception as exc:
            message = f"plugin {ep.name!r} ({ep.value}) failed to load: {type(exc).__name__}: {exc}"
            if strict:
                raise PluginError(message, plugin=ep.name, hook="load") from exc
            warnings.warn(message + "; skipped", NewskitWarning, stacklevel=3)
            continue
        if ep.dist is not None:
            pm.distributions[ep.name] = ep.dist


def get_plugin_manager(
    *,
    entry_points: bool = True,
    blocked: Iterable[str] = (),
    extra: Iterable[object] = (),
    strict: bool | None = None,
) -> PluginManager:
    """A new plugin manager with the built-ins, then third-party plugins, then ``extra``.

    :param entry_points: load third-party plugins from the ``newskit`` entry-point group
        (only those named in ``NEWSKIT_PLUGINS=a,b`` when that variable is set).
    :param blocked: plugin names not to register, built-ins included (``["ics", "myplugin"]``).
    :param extra: plugin objects or modules to register too (tests, embedding applications).
    :param strict: raise when a third-party plugin fails to import, instead of skipping it with a
        warning; default from ``NEWSKIT_STRICT_PLUGINS=1``.
    """
    if strict is None:
        strict = os.environ.get("NEWSKIT_STRICT_PLUGINS", "").strip().lower() in {"1", "true", "yes"}
    pm = PluginManager()
    for name in blocked:
        pm.set_blocked(name)
    # pluggy calls the last registered first: register in reverse so enrichers run in table order.
    for name, module in reversed(BUILTIN_PLUGINS.items()):
        if not pm.is_blocked(name):
            pm.register(importlib.import_module(module), name=name)
    if entry_points:
        _load_entry_points(pm, strict)
    for plugin in extra:
        pm.register(plugin)
    pm.check_pending()
    return pm


@functools.cache
def default_plugin_manager() -> PluginManager:
    """The manager :func:`newskit.parse` uses when given none: built once, on first use.

    Third-party plugins are therefore imported lazily, the first time text is parsed or
    exported, and only once per process. Pass your own manager to change plugins afterwards.
    """
    return get_plugin_manager()


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
        source: where it came from: ``builtin``, ``entry point``, or ``registered`` (added in code).
        module: the module that implements it.
        hooks: the hooks it implements, sorted.
    """

    name: str
    version: str | None
    distribution: str | None
    builtin: bool
    source: str
    module: str
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
    """Every plugin the manager holds, built-ins first in pipeline order, then the others by name."""
    dists: dict[str, importlib.metadata.Distribution] = getattr(pm, "distributions", {})
    infos = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:  # blocked
            continue
        hooks = tuple(sorted(h.name for h in pm.get_hookcallers(plugin) or ()))
        module = plugin.__name__ if isinstance(plugin, ModuleType) else type(plugin).__module__
        builtin = BUILTIN_PLUGINS.get(name) == module
        dist = dists.get(name)
        if builtin:
            version, distribution, source = _newskit_version(), "newskit", "builtin"
        elif dist is not None:
            version, distribution, source = dist.version, dist.metadata["Name"], "entry point"
        else:
            version, distribution, source = None, None, "registered"
        infos.append(
            PluginInfo(
                name=name,
                version=version,
                distribution=distribution,
                builtin=builtin,
                source=source,
                module=module,
                hooks=hooks,
            )
        )
    order = list(BUILTIN_PLUGINS)
    return sorted(infos, key=lambda i: (not i.builtin, order.index(i.name) if i.builtin else 0, i.name))


def plugin_names(pm: pluggy.PluginManager) -> Sequence[str]:
    """The names of the registered plugins."""
    return [name for name, plugin in pm.list_name_plugin() if plugin is not None]
