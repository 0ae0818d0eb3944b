"""Batches and streams: JSON Lines records in, digests out, in input order, on one or many cores.

Memory stays flat however long the input: records are read lazily, and at most a small window of
them is in flight at once. With ``workers > 1`` each worker process builds its own plugin manager
(built-ins and installed plugins, the same ones blocked) the first time it is used.
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Sequence

import attrs
import pluggy

from newskit.errors import NewskitError, ParseError
from newskit.host import get_plugin_manager
from newskit.models import Digest
from newskit.options import coerce_published
from newskit.pipeline import parse

__all__ = ["Failure", "Outcome", "Record", "parse_many", "parse_records", "read_jsonl"]


@attrs.frozen(kw_only=True)
class Record:
    """One input text of a batch.

    Attributes:
        id: the record's id (its line number when the record has none).
        text: the news text.
        published: its publication date, if known.
        split: how to find articles (see :func:`newskit.parse`); None lets the reader decide.
        line: the 1-based line of the JSON Lines input, when it came from one.
    """

    id: str
    text: str
    published: dt.date | None = None
    split: bool | None = None
    line: int | None = None


@attrs.frozen(kw_only=True)
class Failure:
    """A record that could not be read or parsed, and why.

    Attributes:
        line: the 1-based input line, when known.
        id: the record's id, when it got that far.
        reason: one line saying what went wrong.
        source: the input line as read, so nothing is lost.
    """

    line: int | None
    id: str | None
    reason: str
    source: str | None = None


Outcome = Digest | Failure


def read_jsonl(
    lines: Iterable[bytes | str], *, published: object = None, split: bool | None = None
) -> Iterator[Record | Failure]:
    """Records from JSON Lines ``{"id", "text", "published"?, "split"?}``, lazily; bad lines become Failures.

    :param published: the date for records that carry none.
    :param split: the split for records that carry none.
    """
    default = coerce_published(published)
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            yield Failure(
                line=number,
                id=None,
                reason=f"not UTF-8 (undecodable byte at {exc.start})",
                source=raw.decode("utf-8", "replace") if isinstance(raw, bytes) else None,
            )
            continue
        if not line.strip():
            continue
        try:
            yield _record(line, number, default, split)
        except ParseError as exc:
            yield Failure(line=number, id=None, reason=str(exc), source=line.rstrip("\r\n"))


def _record(line: str, number: int, default: dt.date | None, split: bool | None) -> Record:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ParseError(f"not JSON ({exc.msg})", line=number) from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ParseError('expected an object with a "text" string', line=number)
    record_split = data.get("split", split)
    if record_split is not None and not isinstance(record_split, bool):
        raise ParseError('"split" must be true, false or absent', line=number)
    published = coerce_published(data.get("published")) if data.get("published") is not None else default
    identifier = data.get("id", number)
    return Record(id=str(identifier), text=data["text"], published=published, split=record_split, line=number)


def _parse_one(record: Record, pm: pluggy.PluginManager) -> Outcome:
    try:
        return parse(record.text, published=record.published, split=record.split, document=record.id, plugin_manager=pm)
    except NewskitError as exc:
        return Failure(line=record.line, id=record.id, reason=str(exc))


# --- worker processes ----------------------------------------------------------------------------

_worker_pm: pluggy.PluginManager | None = None


def _init_worker(blocked: Sequence[str], entry_points: bool) -> None:
    global _worker_pm
    _worker_pm = get_plugin_manager(blocked=blocked, entry_points=entry_points)


def _parse_chunk(records: Sequence[Record]) -> list[Outcome]:
    assert _worker_pm is not None, "worker not initialised"
    return [_parse_one(record, _worker_pm) for record in records]


def _chunks(items: Iterable[Record | Failure], size: int) -> Iterator[list[Record | Failure]]:
    chunk: list[Record | Failure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _blocked_names(pm: pluggy.PluginManager) -> list[str]:
    return sorted(name for name, plugin in pm.list_name_plugin() if plugin is None)


def parse_records(
    records: Iterable[Record | Failure],
    *,
    workers: int = 1,
    plugin_manager: pluggy.PluginManager | None = None,
    chunk_size: int = 8,
) -> Iterator[Outcome]:
    """Parse records in input order, yielding a Digest or a Failure for each (a Failure passes through).

    :param workers: processes to use; 1 parses in this process. Workers load the installed
        plugins themselves, blocking the names blocked in ``plugin_manager``; plugin objects
        registered by hand on ``plugin_manager`` do not travel to them.
    :param chunk_size: records sent to a worker at once.
    """
    pm = plugin_manager if plugin_manager is not None else get_plugin_manager()
    if workers <= 1:
        for item in records:
            yield item if isinstance(item, Failure) else _parse_one(item, pm)
        return
    window = workers * 4  # chunks in flight: enough to keep every core busy, small enough to stay flat
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(_blocked_names(pm), True)
    ) as pool:
        pending: collections.deque[tuple[list[Record | Failure], concurrent.futures.Future[list[Outcome]]]]
        pending = collections.deque()
        for chunk in _chunks(records, chunk_size):
            todo = [item for item in chunk if isinstance(item, Record)]
            pending.append((chunk, pool.submit(_parse_chunk, todo)))
            if len(pending) >= window:
                yield from _merge(*pending.popleft())
        while pending:
            yield from _merge(*pending.popleft())


def _merge(chunk: list[Record | Failure], future: concurrent.futures.Future[list[Outcome]]) -> Iterator[Outcome]:
    parsed = iter(future.result())
    for item in chunk:
        yield item if isinstance(item, Failure) else next(parsed)


def parse_many(
    texts: Iterable[str | Record],
    *,
    published: dt.date | dt.datetime | str | None = None,
    workers: int = 1,
    plugin_manager: pluggy.PluginManager | None = None,
) -> Iterator[Digest]:
    """Parse many texts (or :class:`Record`s) and yield their digests in input order.

    The first text that cannot be parsed raises its error. For streams where a bad record should
    be reported and skipped, use :func:`parse_records`, which yields :class:`Failure`s instead.

    :param published: the publication date of plain-text items.
    :param workers: processes to use (``os.cpu_count()`` with 0); 1 parses in this process.
    """
    default = coerce_published(published)
    records = (
        item if isinstance(item, Record) else Record(id=str(number), text=item, published=default)
        for number, item in enumerate(texts, start=1)
    )
    count = workers or os.cpu_count() or 1
    for outcome in parse_records(records, workers=count, plugin_manager=plugin_manager):
        if isinstance(outcome, Failure):
            raise ParseError(f"record {outcome.id}: {outcome.reason}", line=outcome.line)
        yield outcome
