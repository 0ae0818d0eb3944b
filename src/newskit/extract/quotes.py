"""Built-in enricher: quotes — quotations in straight or curly marks, with their speakers.

Runs after actors. The reading is done by :mod:`newskit.extract.quote_reader`
(:func:`~newskit.extract.quote_reader.find_quotes` for one article).
"""

from __future__ import annotations

from newskit.extract.quote_reader import add_quotes, find_quotes, quote_spans
from newskit.hookspecs import hookimpl
from newskit.models import Digest
from newskit.options import ParseOptions

__all__ = ["enrich_digest", "find_quotes", "quote_spans"]


@hookimpl(tryfirst=True)
def enrich_digest(digest: Digest, options: ParseOptions) -> Digest | None:
    """Find quotes in every article."""
    return add_quotes(digest)
