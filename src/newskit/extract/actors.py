"""Built-in enricher: actors — people, organizations, places and groups, one identity each.

Names are found article by article (:func:`newskit.extract.names.find_names`: proper names,
acronyms, titles, appositions, demonyms and references such as "the ministry"), then resolved to
one :class:`~newskit.models.Actor` per identity across the digest (:func:`newskit.resolve.resolve`).
Runs first among the extractors that need actors (``tryfirst``), after times.

Later enrichers map a span of the text to the actor mentioned there with
:func:`newskit.resolve.actor_at` (one look-up) or :func:`newskit.resolve.mention_index` (many).
The vocabulary (titles, role words, head words) is :mod:`newskit.data.roles`; the gazetteers are
the JSON and text files beside it, built by ``tools/build_gazetteers.py``.
"""

from __future__ import annotations

import attrs

from newskit.extract.names import find_names
from newskit.hookspecs import hookimpl
from newskit.models import Digest
from newskit.options import ParseOptions
from newskit.resolve import resolve

__all__ = ["enrich_digest"]


@hookimpl(tryfirst=True)
def enrich_digest(digest: Digest, options: ParseOptions) -> Digest | None:
    """Find the actors of every article and give the digest one record per identity."""
    found = [(article, find_names(digest.text, article)) for article in digest.articles]
    return attrs.evolve(digest, actors=resolve(digest, found))
