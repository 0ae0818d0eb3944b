"""Exceptions raised by newskit.

::

    NewskitError                      root: catch this to catch everything newskit raises
    ├── ParseError(ValueError)        the input or an option cannot be read
    ├── PluginError(RuntimeError)     a plugin raised, or registered something invalid
    └── ExportError(ValueError)       an exporter cannot write this digest in this format

Each leaf also subclasses the builtin it resembles, so ``except ValueError`` keeps working for
callers who do not know newskit.
"""

from __future__ import annotations

__all__ = ["ExportError", "NewskitError", "NewskitWarning", "ParseError", "PluginError"]


class NewskitError(Exception):
    """Root of every exception newskit raises on purpose."""


class ParseError(NewskitError, ValueError):
    """The input text, a record or an option cannot be read.

    Attributes:
        line: the 1-based input line (JSON Lines record) the error belongs to, when known.
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class PluginError(NewskitError, RuntimeError):
    """A plugin failed: it raised inside a hook, or registered something invalid.

    Attributes:
        plugin: the name the plugin is registered under.
        hook: the hook that was being called.
    """

    def __init__(self, message: str, *, plugin: str, hook: str) -> None:
        super().__init__(message)
        self.plugin = plugin
        self.hook = hook


class ExportError(NewskitError, ValueError):
    """An exporter cannot write what it was given (unknown format, bad option, unwritable digest)."""


class NewskitWarning(UserWarning):
    """Something was left out or guessed, and the caller may want to know (e.g. undated events)."""
