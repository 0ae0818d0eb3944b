"""newskit: English news text in, structured, dated, checkable records out.

>>> import newskit
>>> digest = newskit.parse("On Sunday, Germany announced ...", published="2025-01-09")
"""

from __future__ import annotations

from newskit.batch import Failure, Record, parse_many, parse_records
from newskit.errors import ExportError, NewskitError, NewskitWarning, ParseError, PluginError
from newskit.export import Exporter
from newskit.hookspecs import hookimpl
from newskit.host import PluginInfo, get_plugin_manager
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
from newskit.pipeline import parse, parse_file
from newskit.serialize import dump, dumps, load_json

__all__ = [
    "Actor",
    "Article",
    "Digest",
    "Event",
    "ExportError",
    "ExportOptions",
    "Exporter",
    "Failure",
    "Mention",
    "NewskitError",
    "NewskitWarning",
    "ParseError",
    "ParseOptions",
    "Participant",
    "PluginError",
    "PluginInfo",
    "Quantity",
    "Quote",
    "Record",
    "Span",
    "TimeExpression",
    "__version__",
    "compiled",
    "dump",
    "dumps",
    "get_plugin_manager",
    "hookimpl",
    "load_json",
    "parse",
    "parse_file",
    "parse_many",
    "parse_records",
    "plugins",
]

__version__ = "0.1.0"


def plugins(*, entry_points: bool = True) -> list[PluginInfo]:
    """Every plugin newskit would run, built-ins first: name, version, distribution, hooks."""
    from newskit.host import list_plugins

    return list_plugins(get_plugin_manager(entry_points=entry_points))


def compiled() -> bool:
    """Whether the readers run compiled to C by mypyc (docs/scale.md#the-compiled-build): the same
    records from the same source, faster. A plain or editable install is pure Python."""
    import importlib.machinery

    from newskit.extract import names

    return (names.__file__ or "").endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
