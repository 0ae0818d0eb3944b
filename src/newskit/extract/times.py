"""Built-in enricher: times. Finds TIMEX3 date, time, duration and set expressions in every article.

The work is done by :func:`newskit.extract.timex.find_times`; the words it reads are in
:mod:`newskit.data.timewords`.
"""

from __future__ import annotations

import attrs

from newskit.extract.timex import find_times
from newskit.hookspecs import hookimpl
from newskit.models import Digest
from newskit.options import ParseOptions

__all__ = ["enrich_digest", "find_times"]


@hookimpl(tryfirst=True)
def enrich_digest(digest: Digest, options: ParseOptions) -> Digest | None:
    """Find times in every article, relative dates resolved against the publication date."""
    articles = [
        attrs.evolve(
            article,
            times=find_times(digest.text, article.sentences, digest.published, article_id=article.id),
        )
        for article in digest.articles
    ]
    return attrs.evolve(digest, articles=articles)
