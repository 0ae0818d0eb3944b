"""A third-party plugin used by newskit's tests: one exporter and one enricher, found by entry point."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import BinaryIO

import newskit


def _write(digests: Iterable[newskit.Digest], stream: BinaryIO, options: newskit.ExportOptions) -> None:
    for digest in digests:
        counts = {"articles": len(digest.articles), "sentences": sum(len(a.sentences) for a in digest.articles)}
        stream.write(json.dumps(counts).encode() + b"\n")


@newskit.hookimpl
def register_exporters(register: Callable[[newskit.Exporter], None]) -> None:
    register(
        newskit.Exporter(
            name="sample-counts",
            extension="json",
            media_type="application/json",
            write=_write,
            description="article and sentence counts (test plugin)",
        )
    )


@newskit.hookimpl(trylast=True)
def enrich_digest(digest: newskit.Digest, options: newskit.ParseOptions) -> newskit.Digest | None:
    return None
