"""Built-in enricher: events — who did what to whom, where and when, typed by the taxonomy.

Runs after actors, times and quotes. The reading is done by :mod:`newskit.extract.event_reader`
(:func:`~newskit.extract.event_reader.find_events` for one article); the taxonomy is
:mod:`newskit.data.event_types`.
"""

from __future__ import annotations

from newskit.extract.event_reader import Lexicon, add_events, build_lexicon, find_events
from newskit.hookspecs import hookimpl
from newskit.models import Digest
from newskit.options import ParseOptions

__all__ = ["Lexicon", "build_lexicon", "enrich_digest", "find_events"]


@hookimpl(tryfirst=True)
def enrich_digest(digest: Digest, options: ParseOptions) -> Digest | None:
    """Find the products every article names (as actors), the unnamed objects of its events, then its events."""
    return add_events(digest)
