"""Built-in exporter ``jsonl``: one self-contained JSON line per article, for streams and batches.

Each line is the article as in the ``newskit/1`` contract, plus ``"schema"``, ``"document"`` (the
input record's id), ``"published"`` and ``"actors"``: the actors this article mentions, each with
only this article's mentions. Offsets stay relative to the input record's text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, BinaryIO

from newskit.export import Exporter
from newskit.hookspecs import hookimpl
from newskit.models import Article, Digest
from newskit.options import ExportOptions
from newskit.serialize import SCHEMA, actor_to_dict, article_to_dict

# Characters str.splitlines() breaks on that JSON leaves unescaped: escape them, one record a line.
_LINE_BREAKS = {ord(c): f"\\u{ord(c):04x}" for c in "\u2028\u2029\x85\x1c\x1d\x1e"}


def article_record(digest: Digest, article: Article) -> dict[str, Any]:
    """The self-contained record of one article."""
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "document": digest.document,
        "published": digest.published.isoformat() if digest.published else None,
    }
    record.update(article_to_dict(article))
    record["actors"] = [
        actor_to_dict(actor, article=article.id)
        for actor in digest.actors
        if any(m.article == article.id for m in actor.mentions)
    ]
    return record


def write(digests: Iterable[Digest], stream: BinaryIO, options: ExportOptions) -> None:
    """Write each article of each digest as one line, as the digests come."""
    for digest in digests:
        for article in digest.articles:
            line = json.dumps(article_record(digest, article), ensure_ascii=False, separators=(",", ":"))
            line = line.translate(_LINE_BREAKS)
            stream.write(line.encode("utf-8") + b"\n")


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Offer the ``jsonl`` format."""
    register(
        Exporter(
            name="jsonl",
            extension="jsonl",
            media_type="application/jsonl",
            write=write,
            description="one self-contained JSON line per article (streams, batches)",
            streaming=True,
        )
    )
