"""Built-in exporter ``csv``: one table of the digests as comma-separated values.

``ExportOptions.table`` (``--table``) picks the table; each has a fixed header, written once
however many digests stream through:

==============  ==========================================================================
``events``      the timeline (default): one row per event, dated events by date, then undated
``actors``      one row per actor, with its aliases, roles, affiliations and mention count
``times``       one row per time expression
``quotes``      one row per quotation, with the speaker's name
``quantities``  one row per number with its unit
==============  ==========================================================================

Lists in a cell (names, aliases, roles, article ids) are joined with ``;``. Text cells that a
spreadsheet would run as a formula (starting ``=``, ``+``, ``-``, ``@``, tab or carriage return)
get a leading ``'``; see :func:`neutralise`. Numbers newskit computes (offsets, counts,
quantity values) are written as plain numbers, negative ones included: they cannot hold a formula.

The file is UTF-8 with CRLF line ends (RFC 4180), through the :mod:`csv` module; ``--option
bom=yes`` starts it with a byte-order mark so Excel reads it as UTF-8.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import BinaryIO, TypeAlias

from newskit.errors import ExportError
from newskit.export import Exporter
from newskit.hookspecs import hookimpl
from newskit.models import Actor, Digest, Event
from newskit.options import ExportOptions
from newskit.timeline import timeline_events

__all__ = ["FORMULA_START", "JOIN", "TABLES", "neutralise", "register_exporters", "restore", "rows", "write"]

#: The columns of each table, in order; the first table is the default.
TABLES: dict[str, tuple[str, ...]] = {
    "events": (
        "document",
        "article",
        "date_start",
        "date_end",
        "type",
        "agents",
        "targets",
        "participants",
        "location",
        "trigger",
        "sentence",
        "polarity",
        "modality",
        "id",
        "start",
        "end",
    ),
    "actors": ("document", "id", "name", "kind", "aliases", "roles", "affiliations", "mentions", "articles"),
    "times": ("document", "article", "id", "text", "type", "value", "date_start", "date_end", "start", "end"),
    "quotes": ("document", "article", "speaker", "text", "kind", "start", "end"),
    "quantities": ("document", "article", "text", "value", "unit", "per", "per_item", "start", "end"),
}

#: What joins several values in one cell.
JOIN = ";"

#: First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# A cell is neutralised when it starts like a formula, after any quotes already there: prefixing
# "'=x" as well as "=x" keeps restore() exact.
_FORMULA = re.compile("'*[" + re.escape("".join(FORMULA_START)) + "]")

Cell: TypeAlias = "str | int | float | None"


def neutralise(text: str) -> str:
    """The text with a leading ``'`` when a spreadsheet would run it as a formula.

    ``"=HYPERLINK(…)"`` becomes ``"'=HYPERLINK(…)"``; so does ``"-5"`` when it is *text* from the
    input (the OWASP advice: prefix, whatever follows). Text that already starts with quotes
    followed by a formula character gets one more, so :func:`restore` gives back the exact text.
    """
    return "'" + text if _FORMULA.match(text) else text


def restore(cell: str) -> str:
    """The text :func:`neutralise` was given: drops the ``'`` it added, and nothing else."""
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell) else cell


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, int):
        return str(value)
    return repr(value)  # the shortest text that reads back as the same float


def _names(actors: Mapping[str, Actor], ids: Iterable[str]) -> str:
    names: list[str] = []
    for actor_id in ids:
        actor = actors.get(actor_id)
        name = actor.name if actor is not None else actor_id
        if name not in names:
            names.append(name)
    return JOIN.join(names)


def _event_row(digest: Digest, actors: Mapping[str, Actor], article: str, event: Event) -> list[Cell]:
    def role(name: str) -> str:
        return _names(actors, (p.actor for p in event.participants if p.role == name))

    place = actors.get(event.location) if event.location else None
    return [
        digest.document,
        article,
        event.date_start.isoformat() if event.date_start else None,
        event.date_end.isoformat() if event.date_end else None,
        event.type,
        role("agent"),
        role("target"),
        role("participant"),
        place.name if place is not None else event.location,
        event.trigger.text,
        event.sentence.text,
        event.polarity,
        event.modality,
        event.id,
        event.trigger.start,
        event.trigger.end,
    ]


def _events(digest: Digest, actors: Mapping[str, Actor]) -> Iterator[list[Cell]]:
    for article, event in timeline_events(digest):
        yield _event_row(digest, actors, article, event)


def _actors(digest: Digest, actors: Mapping[str, Actor]) -> Iterator[list[Cell]]:
    for actor in digest.actors:
        articles = list(dict.fromkeys(m.article for m in actor.mentions))
        yield [
            digest.document,
            actor.id,
            actor.name,
            actor.kind,
            JOIN.join(actor.aliases),
            JOIN.join(actor.roles),
            _names(actors, actor.affiliations),
            len(actor.mentions),
            JOIN.join(articles),
        ]


def _times(digest: Digest, actors: Mapping[str, Actor]) -> Iterator[list[Cell]]:
    for article in digest.articles:
        for t in article.times:
            yield [
                digest.document,
                article.id,
                t.id,
                t.text,
                t.type,
                t.value,
                t.date_start.isoformat() if t.date_start else None,
                t.date_end.isoformat() if t.date_end else None,
                t.start,
                t.end,
            ]


def _quotes(digest: Digest, actors: Mapping[str, Actor]) -> Iterator[list[Cell]]:
    for article in digest.articles:
        for q in article.quotes:
            speaker = _names(actors, [q.speaker]) if q.speaker else None
            yield [digest.document, article.id, speaker, q.text, q.kind, q.start, q.end]


def _quantities(digest: Digest, actors: Mapping[str, Actor]) -> Iterator[list[Cell]]:
    for article in digest.articles:
        for q in article.quantities:
            yield [digest.document, article.id, q.text, q.value, q.unit, q.per, q.per_item, q.start, q.end]


_ROWS: dict[str, Callable[[Digest, Mapping[str, Actor]], Iterator[list[Cell]]]] = {
    "events": _events,
    "actors": _actors,
    "times": _times,
    "quotes": _quotes,
    "quantities": _quantities,
}


def _columns(table: str) -> Sequence[str]:
    if table not in TABLES:
        raise ExportError(f"unknown csv table {table!r}; valid tables: {', '.join(TABLES)}")
    return TABLES[table]


def rows(digests: Iterable[Digest], table: str = "events") -> Iterator[dict[str, str]]:
    """The table's rows as the file holds them (every cell a string, already neutralised).

    Digests come one after the other, in the order given; an unknown table is an
    :class:`~newskit.ExportError` listing the valid ones.
    """
    columns = _columns(table)
    build = _ROWS[table]
    for digest in digests:
        actors = {actor.id: actor for actor in digest.actors}
        for row in build(digest, actors):
            yield dict(zip(columns, map(_cell, row), strict=True))


def _flag(options: ExportOptions, name: str) -> bool:
    value = (options.parameter(name) or "no").strip().lower()
    if value not in {"1", "true", "yes", "0", "false", "no"}:
        raise ExportError(f"csv option {name} takes yes or no, not {value!r}")
    return value in {"1", "true", "yes"}


class _Encoder:
    """A text sink for :func:`csv.writer` that writes UTF-8 to a binary stream as rows come."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(text.encode("utf-8"))


def write(digests: Iterable[Digest], stream: BinaryIO, options: ExportOptions) -> None:
    """Write one table (``options.table``) of every digest, under one header row."""
    columns = _columns(options.table)
    if _flag(options, "bom"):
        stream.write(codecs.BOM_UTF8)
    writer = csv.DictWriter(_Encoder(stream), fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows(digests, options.table))


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Offer the ``csv`` format."""
    register(
        Exporter(
            name="csv",
            extension="csv",
            media_type="text/csv",
            write=write,
            description="a table: the event timeline (default), or actors, times, quotes, quantities (--table)",
            streaming=True,
        )
    )
