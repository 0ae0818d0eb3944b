"""Parse news at cluster scale with Dask bags (optional: ``pip install "newskit[dask]"``).

Why Dask: newskit's unit of work is one text, independent of every other, and its output is a
stream of small records, which is exactly a Dask bag; Dask is pure Python, runs the same code on
a laptop's cores or a ``distributed`` cluster, and needs no JVM (Spark) or separate object store
(Ray). See ``docs/scale.md``.

Each worker process builds its plugin manager once, on first use, from what is installed there
(built-ins and entry points, minus the blocked names), so plugins load on the workers exactly as
they do locally; digests are frozen attrs objects and pickle as they are.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

import dask.bag as db

from newskit.batch import Record
from newskit.exporters.jsonl import article_record
from newskit.host import PluginManager, get_plugin_manager
from newskit.models import Digest
from newskit.options import coerce_published
from newskit.pipeline import parse

__all__ = ["parse_bag", "to_article_records"]


@functools.cache
def _worker_plugin_manager(blocked: tuple[str, ...]) -> PluginManager:
    return get_plugin_manager(blocked=blocked)


def _as_record(item: str | Mapping[str, Any] | Record, number: int, published: Any) -> Record:
    if isinstance(item, Record):
        return item
    if isinstance(item, str):
        return Record(id=str(number), text=item, published=coerce_published(published))
    return Record(
        id=str(item.get("id", number)),
        text=item["text"],
        published=coerce_published(item.get("published") or published),
        split=item.get("split"),
    )


def _parse_partition(
    items: Iterable[str | Mapping[str, Any] | Record], published: Any, blocked: tuple[str, ...]
) -> list[Digest]:
    pm = _worker_plugin_manager(blocked)
    out = []
    for number, item in enumerate(items, start=1):
        record = _as_record(item, number, published)
        out.append(
            parse(record.text, published=record.published, split=record.split, document=record.id, plugin_manager=pm)
        )
    return out


def parse_bag(bag: db.Bag, *, published: Any = None, blocked: Iterable[str] = ()) -> db.Bag:
    """A bag of :class:`~newskit.Digest` from a bag of texts, of ``{"id", "text", "published"?, "split"?}``
    dicts, or of :class:`~newskit.Record`.

    :param published: the publication date of items that carry none.
    :param blocked: plugin names the workers must not load.
    """
    digests: db.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        _parse_partition, published, tuple(sorted(blocked))
    )
    return digests


def _records_of(digests: Iterable[Digest]) -> list[dict[str, Any]]:
    return [article_record(digest, article) for digest in digests for article in digest.articles]


def to_article_records(digests: db.Bag) -> db.Bag:
    """One JSON-ready dict per article, as the ``jsonl`` exporter writes them (``.map(json.dumps).to_textfiles``)."""
    records: db.Bag = digests.map_partitions(_records_of)  # type: ignore[no-untyped-call]
    return records
