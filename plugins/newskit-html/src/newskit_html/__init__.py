"""newskit exporter ``html``: one self-contained page with a visual timeline of the dated events.

The page has a lane per article and a mark per dated event on a shared date axis (a bar for an
event that spans days), the undated events, the actors and the quotes. Hovering, focusing or
clicking a mark shows its sentence (the trigger highlighted) and the article it comes from.

Everything is inline — CSS, script, data — and a Content-Security-Policy forbids any network
access, so the file opens anywhere, offline. All text is HTML-escaped; the data the script reads
is embedded as JSON in a ``<script type="application/json">`` element with ``<``, ``>`` and ``&``
written as ``\\u`` escapes, so no text can close the element. The same digests give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from typing import Any, BinaryIO

import attrs

import newskit
from newskit.timeline import event_title

__all__ = ["embed_json", "register_exporters", "render", "write"]

#: Colours for event types: the page's types, sorted, take them in turn.
PALETTE = (
    "#2563eb",
    "#dc2626",
    "#059669",
    "#d97706",
    "#7c3aed",
    "#db2777",
    "#0891b2",
    "#65a30d",
    "#9333ea",
    "#ea580c",
    "#4f46e5",
    "#be123c",
    "#0d9488",
    "#a16207",
    "#475569",
    "#c026d3",
)
_MARK_GAP = 2.2  # percent of the axis two marks in one row keep between them
_ROW_HEIGHT = 22  # pixels


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def embed_json(data: object) -> str:
    """``data`` as JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` left."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


def _colours(marks: Sequence[_Mark]) -> dict[str, str]:
    types = sorted({m.event.type for m in marks})
    return {kind: PALETTE[number % len(PALETTE)] for number, kind in enumerate(types)}


@attrs.frozen
class _Lane:
    key: str
    label: str
    digest: newskit.Digest
    article: newskit.Article


@attrs.frozen
class _Mark:
    key: str
    lane: _Lane
    event: newskit.Event
    start: dt.date
    end: dt.date


def _headline(article: newskit.Article) -> str:
    if article.title is not None:
        return " ".join(article.title.text.split())
    if article.sentences:
        text = " ".join(article.sentences[0].text.split())
        return text if len(text) <= 100 else text[:99].rstrip() + "…"
    return f"Article {article.id}"


def _lanes(digests: Sequence[newskit.Digest]) -> list[_Lane]:
    lanes: list[_Lane] = []
    for number, digest in enumerate(digests):
        prefix = f"{digest.document or f'digest {number + 1}'} · " if len(digests) > 1 else ""
        lanes.extend(_Lane(f"d{number}-{a.id}", prefix + _headline(a), digest, a) for a in digest.articles)
    return lanes


def _marks(lanes: Sequence[_Lane]) -> list[_Mark]:
    marks = []
    for lane in lanes:
        for event in lane.article.events:
            if event.date_start is None:
                continue
            end = event.date_end if event.date_end and event.date_end >= event.date_start else event.date_start
            marks.append(_Mark(f"{lane.key}-{event.id}", lane, event, event.date_start, end))
    return marks


# --- the date axis -------------------------------------------------------------------------------


@attrs.frozen
class _Axis:
    first: dt.date
    last: dt.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def left(self, day: dt.date) -> float:
        """Where a day starts, in percent of the axis."""
        return (day - self.first).days / self.days * 100

    def centre(self, day: dt.date) -> float:
        return ((day - self.first).days + 0.5) / self.days * 100


def _axis(marks: Sequence[_Mark]) -> _Axis:
    first = min(m.start for m in marks)
    last = max(m.end for m in marks)
    pad = max(1, (last - first).days // 25)
    return _Axis(first - dt.timedelta(days=pad), last + dt.timedelta(days=pad))


def _month_starts(first: dt.date, last: dt.date, step: int) -> list[dt.date]:
    days: list[dt.date] = []
    year, month = first.year, first.month
    while True:
        day = dt.date(year, month, 1)
        if day > last:
            return days
        if day >= first and (month - 1) % step == 0:
            days.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _ticks(axis: _Axis) -> list[tuple[dt.date, str]]:
    """About four to twelve labelled ticks, on days, weeks, months, quarters or years."""
    span = axis.days
    for step in (1, 2, 7, 14):
        if span / step <= 12:
            days: list[dt.date] = [axis.first + dt.timedelta(days=i) for i in range(span)]
            if step >= 7:
                days = [d for d in days if d.weekday() == 0]  # Mondays
                days = days[:: step // 7]
            else:
                days = days[::step]
            return [
                (d, f"{d:%b} {d.day}" if d.year == axis.first.year == axis.last.year else f"{d:%b} {d.day}, {d.year}")
                for d in days
            ]
    for step in (1, 2, 3, 6):
        starts = _month_starts(axis.first, axis.last, step)
        if len(starts) <= 12:
            return [(d, f"{d:%b %Y}") for d in starts]
    years = [dt.date(y, 1, 1) for y in range(axis.first.year, axis.last.year + 1) if dt.date(y, 1, 1) >= axis.first]
    every = max(1, len(years) // 10 + (len(years) % 10 > 0))
    return [(d, str(d.year)) for d in years[::every]]


def _rows(marks: Sequence[_Mark], axis: _Axis) -> dict[str, int]:
    """A row for each mark in its lane, so that marks close together stack instead of overlapping."""
    rows: dict[str, int] = {}
    ends: dict[str, list[float]] = {}  # per lane, per row: where the last mark in it ends, in percent
    for mark in sorted(marks, key=lambda m: (m.start, m.end, m.event.trigger.start)):
        lane = ends.setdefault(mark.lane.key, [])
        left, right = axis.left(mark.start), axis.left(mark.end + dt.timedelta(days=1))
        right = max(right, axis.centre(mark.start) + _MARK_GAP / 2)
        left = min(left, axis.centre(mark.start) - _MARK_GAP / 2)
        row = next((i for i, end in enumerate(lane) if end <= left), len(lane))
        if row == len(lane):
            lane.append(right)
        else:
            lane[row] = right
        rows[mark.key] = row
    return rows


# --- the page --------------------------------------------------------------------------------------


def _when(start: dt.date, end: dt.date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"


def _mark_html(mark: _Mark, axis: _Axis, row: int, colour: str) -> str:
    event = mark.event
    line = event_title(mark.lane.digest, event)
    label = f"{_when(mark.start, mark.end)}: {line}"
    classes = "event-mark"
    style = f"top:{row * _ROW_HEIGHT + 4}px;--c:{colour}"
    if mark.end > mark.start:
        classes += " event-range"
        width = axis.left(mark.end + dt.timedelta(days=1)) - axis.left(mark.start)
        style = f"left:{axis.left(mark.start):.3f}%;width:{width:.3f}%;{style}"
    else:
        style = f"left:{axis.centre(mark.start):.3f}%;{style}"
    if event.modality != "asserted" or event.polarity == "negative":
        classes += " event-hedged"
    return (
        f'<button type="button" class="{classes}" data-key="{_e(mark.key)}" data-event="{_e(event.id)}" '
        f'data-article="{_e(mark.lane.article.id)}" data-date="{mark.start.isoformat()}" '
        f'data-date-end="{mark.end.isoformat()}" data-type="{_e(event.type)}" '
        f'style="{style}" title="{_e(label)}" aria-label="{_e(label)}"></button>'
    )


def _timeline(lanes: Sequence[_Lane], marks: Sequence[_Mark]) -> str:
    if not marks:
        return '<p class="empty">No dated events.</p>'
    axis = _axis(marks)
    rows = _rows(marks, axis)
    colours = _colours(marks)
    parts = ['<div class="timeline" role="group" aria-label="Dated events on a time axis">']
    parts.append('<div class="lane axis"><div class="lane-label"></div><div class="track ticks">')
    for day, label in _ticks(axis):
        parts.append(f'<span class="tick" style="left:{axis.left(day):.3f}%">{_e(label)}</span>')
    parts.append("</div></div>")
    for lane in lanes:
        lane_marks = [m for m in marks if m.lane is lane]
        height = (max((rows[m.key] for m in lane_marks), default=0) + 1) * _ROW_HEIGHT + 8
        count = len(lane_marks)
        parts.append(
            f'<div class="lane" data-article="{_e(lane.article.id)}">'
            f'<div class="lane-label" title="{_e(lane.label)}"><span class="lane-title">{_e(lane.label)}</span>'
            f"<small>{count} dated event{'' if count == 1 else 's'}</small></div>"
            f'<div class="track" style="height:{height}px">'
        )
        for day, _ in _ticks(axis):
            parts.append(f'<span class="gridline" style="left:{axis.left(day):.3f}%"></span>')
        parts.extend(_mark_html(mark, axis, rows[mark.key], colours[mark.event.type]) for mark in lane_marks)
        parts.append("</div></div>")
    parts.append("</div>")
    parts.append('<ul class="legend">')
    parts.extend(f'<li><span class="swatch" style="--c:{c}"></span>{_e(t)}</li>' for t, c in colours.items())
    parts.append("</ul>")
    return "".join(parts)


def _undated(lanes: Sequence[_Lane]) -> str:
    groups = []
    for lane in lanes:
        items = [
            f"<li><strong>{_e(event_title(lane.digest, event))}</strong>"
            f"<q>{_e(' '.join(event.sentence.text.split()))}</q></li>"
            for event in lane.article.events
            if event.date_start is None
        ]
        if items:
            groups.append(
                f"<details><summary>{_e(lane.label)} <small>({len(items)})</small></summary>"
                f'<ul class="undated">{"".join(items)}</ul></details>'
            )
    if not groups:
        return ""
    return f"<section><h2>Undated events</h2>{''.join(groups)}</section>"


def _actors(digests: Sequence[newskit.Digest], lanes: Sequence[_Lane]) -> str:
    label = {(id(lane.digest), lane.article.id): lane.label for lane in lanes}
    rows = []
    for digest in digests:
        for actor in digest.actors:
            affiliations = [a.name for a in (digest.actor(x) for x in actor.affiliations) if a is not None]
            mentioned = {m.article for m in actor.mentions}
            where = ", ".join(
                f'<span class="art" title="{_e(label.get((id(digest), a.id), a.id))}">{_e(a.id)}</span>'
                for a in digest.articles
                if a.id in mentioned
            )
            rows.append(
                f'<tr><th scope="row">{_e(actor.name)}</th><td><span class="kind kind-{_e(actor.kind)}">'
                f"{_e(actor.kind)}</span></td><td>{_e('; '.join(actor.roles))}</td>"
                f"<td>{_e('; '.join(affiliations))}</td><td class='num'>{len(actor.mentions)}</td>"
                f"<td>{where}</td></tr>"
            )
    if not rows:
        return '<section><h2>Actors</h2><p class="empty">No actors found.</p></section>'
    head = "<tr><th>Name</th><th>Kind</th><th>Roles</th><th>Affiliations</th><th>Mentions</th><th>Articles</th></tr>"
    table = f'<table class="actors"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'
    return f"<section><h2>Actors</h2>{table}</section>"


def _quotes(lanes: Sequence[_Lane]) -> str:
    items = []
    for lane in lanes:
        for quote in lane.article.quotes:
            speaker = lane.digest.actor(quote.speaker) if quote.speaker else None
            who = _e(speaker.name) if speaker else "<em>unattributed</em>"
            items.append(
                f"<figure><blockquote>{_e(' '.join(quote.text.split()))}</blockquote>"
                f'<figcaption>— {who}<span class="source">{_e(lane.label)}</span></figcaption></figure>'
            )
    if not items:
        return ""
    return f'<section><h2>Quotes</h2><div class="quotes">{"".join(items)}</div></section>'


def _data(marks: Sequence[_Mark]) -> dict[str, Any]:
    events = {}
    for mark in marks:
        event, sentence = mark.event, mark.event.sentence
        events[mark.key] = {
            "id": event.id,
            "article": mark.lane.article.id,
            "headline": mark.lane.label,
            "when": _when(mark.start, mark.end),
            "line": event_title(mark.lane.digest, event),
            "type": event.type,
            "modality": event.modality,
            "polarity": event.polarity,
            "sentence": sentence.text,
            "trigger": [
                _utf16(sentence.text, event.trigger.start - sentence.start),
                _utf16(sentence.text, event.trigger.end - sentence.start),
            ],
        }
    return {"schema": "newskit-html/1", "events": events}


def _utf16(text: str, index: int) -> int:
    """A Python string index as a JavaScript one (which counts UTF-16 code units)."""
    return len(text[: max(0, index)].encode("utf-16-le")) // 2


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def render(digests: Iterable[newskit.Digest]) -> str:
    """The whole page for the digests, as text."""
    items = list(digests)
    lanes = _lanes(items)
    marks = _marks(lanes)
    events = sum(len(lane.article.events) for lane in lanes)
    documents = [d.document for d in items if d.document]
    title = "News timeline" + (f": {', '.join(documents)}" if documents else "")
    published = sorted({d.published.isoformat() for d in items if d.published})
    facts = [f"{len(lanes)} article{'s' if len(lanes) != 1 else ''}", f"{events} events", f"{len(marks)} dated"]
    if published:
        facts.insert(0, "published " + ", ".join(published))
    details = (
        '<aside id="details" class="details" aria-live="polite"><p class="hint">Hover over or select a mark '
        "to read its sentence.</p></aside>"
        if marks
        else ""
    )
    if items:
        sections = [
            f'<section class="timeline-section"><h2>Timeline</h2>{_timeline(lanes, marks)}{details}</section>',
            _undated(lanes),
            _actors(items, lanes),
            _quotes(lanes),
        ]
    else:
        sections = ['<p class="empty">Nothing to show: no digests.</p>']
    body = [f"<header><h1>{_e(title)}</h1><p>{_e(' · '.join(facts))}</p></header>", "<main>", *sections, "</main>"]
    csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="newskit-html">'
        '<link rel="icon" href="data:,">'
        f"<title>{_e(title)}</title><style>{_asset('page.css')}</style></head>\n"
        f"<body>{''.join(body)}\n"
        f'<script type="application/json" id="newskit-data">{embed_json(_data(marks))}</script>\n'
        f"<script>{_asset('page.js')}</script>\n"
        "</body></html>\n"
    )


def write(digests: Iterable[newskit.Digest], stream: BinaryIO, options: newskit.ExportOptions) -> None:
    """Write one page for all the digests (UTF-8)."""
    stream.write(render(digests).encode("utf-8"))


@newskit.hookimpl
def register_exporters(register: Callable[[newskit.Exporter], None]) -> None:
    """Offer the ``html`` format."""
    register(
        newskit.Exporter(
            name="html",
            extension="html",
            media_type="text/html",
            write=write,
            description="one self-contained page: a timeline of dated events, actors, quotes (plugin)",
        )
    )
