"""Every hook a newskit plugin can implement, and the markers to implement them with.

A plugin is a module or object with functions decorated by :data:`hookimpl`, registered under a
name in the ``newskit`` entry-point group::

    [project.entry-points.newskit]
    myplugin = "myplugin"

The built-in readers, extractors and exporters are plugins of exactly this kind
(``python -m newskit plugins`` lists them); any of them can be blocked by name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from newskit.export import Exporter
    from newskit.models import Digest
    from newskit.options import ParseOptions

__all__ = ["PROJECT", "hookimpl", "hookspec"]

PROJECT = "newskit"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Offer output formats.

    Called once per plugin manager, the first time an exporter is looked up. Call ``register``
    once for each :class:`newskit.Exporter` the plugin provides; a name already taken by another
    plugin is an error naming both.

    :param register: the host's callback that validates and records one exporter.
    :return: nothing; what counts is what was passed to ``register``.
    """


@hookspec
def enrich_digest(digest: Digest, options: ParseOptions) -> Digest | None:
    """Add to, or refine, what has been found in a parsed digest.

    Called once per parsed text, after the reader has split it into articles, paragraphs and
    sentences. Enrichers run one after another, each receiving the digest the previous one
    returned: first ``tryfirst`` implementations, then the built-in extractors (times, actors,
    quantities, quotes, events, in that order), then ordinary implementations, then ``trylast``
    ones. An enricher must keep every offset valid (``digest.text[start:end] == text``) and every
    id it refers to existing.

    :param digest: the digest so far; models are frozen, build new ones with ``attrs.evolve``.
    :param options: the options the text is being parsed with (publication date, split, id).
    :return: the new digest, or None to leave it as it is.
    """
