"""Built-in enricher: quantities — numbers in digits and words, money, percentages, rates, multipliers.

The reading is done by :mod:`newskit.extract.quantity_reader`
(:func:`~newskit.extract.quantity_reader.find_quantities` for one stretch of text); the
vocabulary is :mod:`newskit.data.quantity_words`.
"""

from __future__ import annotations

from newskit.extract.quantity_reader import add_quantities, find_quantities, parse_number
from newskit.hookspecs import hookimpl
from newskit.models import Digest
from newskit.options import ParseOptions

__all__ = ["enrich_digest", "find_quantities", "parse_number"]


@hookimpl(tryfirst=True)
def enrich_digest(digest: Digest, options: ParseOptions) -> Digest | None:
    """Find quantities in every article."""
    return add_quantities(digest)
