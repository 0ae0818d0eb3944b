"""Built-in enricher: times (first pass, to be deepened)."""

from __future__ import annotations

from newskit.hookspecs import hookimpl
from newskit.models import Digest
from newskit.options import ParseOptions


@hookimpl(tryfirst=True)
def enrich_digest(digest: Digest, options: ParseOptions) -> Digest | None:
    """Find times in every article."""
    return None
