"""newskit exporter ``markdown``: a readable briefing, one section per article.

Each article gets its headline (or its first sentence), then its dated events in date order —
date, a readable line (who did what to whom, where), the source sentence — then its undated
events, the actors it mentions with their roles and affiliations, and the quotes with their
speakers. Every piece of source text is escaped, so it shows as written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import BinaryIO

import newskit
from newskit.timeline import event_title

__all__ = ["escape", "register_exporters", "render", "render_digest", "write"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_SPACE = re.compile(r"\s+")


def escape(text: str) -> str:
    """Source text as one Markdown line that shows exactly as written (no emphasis, links or HTML)."""
    text = _SPACE.sub(" ", text).strip()
    text = _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", text))
    # A line that starts like a list item or a numbered list would turn into one.
    text = re.sub(r"^([-+=])(\s|\Z)", r"\\\1\2", text)
    return re.sub(r"^(\d+)([.)])(\s|\Z)", r"\1\\\2\3", text)


def _when(start: dt.date, end: dt.date | None) -> str:
    """``2025-03-11``, ``2025-06`` (a whole month), ``2024`` (a whole year) or ``2025-03-08 to 2025-03-11``."""
    end = end or start
    if start == end:
        return start.isoformat()
    next_day = end + dt.timedelta(days=1)
    if start.day == 1 and next_day.day == 1 and (start.year, start.month) == (end.year, end.month):
        return f"{start:%Y-%m}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{start.isoformat()} to {end.isoformat()}"


def _event_line(digest: newskit.Digest, event: newskit.Event) -> list[str]:
    line = escape(event_title(digest, event))
    notes = [event.modality] if event.modality != "asserted" else []
    if event.date_inherited:
        notes.append("date from the article")
    if notes:
        line += f" _({', '.join(notes)})_"
    if event.date_start is not None:
        line = f"**{_when(event.date_start, event.date_end)}** — {line}"
    return [f"- {line}", f"  > {escape(event.sentence.text)}"]


def _headline(article: newskit.Article) -> str:
    if article.title is not None:
        return escape(article.title.text)
    if article.sentences:
        text = " ".join(article.sentences[0].text.split())
        return escape(text if len(text) <= 100 else text[:99].rstrip() + "…")
    return f"Article {article.id}"


def _actor_line(digest: newskit.Digest, actor: newskit.Actor, article: newskit.Article) -> str:
    mentions = sum(1 for m in actor.mentions if m.article == article.id)
    details: list[str] = [actor.kind]
    details.extend(escape(role) for role in actor.roles)
    for affiliation in actor.affiliations:
        other = digest.actor(affiliation)
        if other is not None:
            details.append(f"of {escape(other.name)}")
    times = "1 mention" if mentions == 1 else f"{mentions} mentions"
    return f"- **{escape(actor.name)}** ({'; '.join(details)}), {times}"


def _article(digest: newskit.Digest, article: newskit.Article) -> list[str]:
    lines = [f"## {_headline(article)}", ""]
    dated = sorted((e for e in article.events if e.date_start), key=lambda e: (e.date_start, e.trigger.start))
    undated = [e for e in article.events if e.date_start is None]
    if dated:
        lines += ["### Timeline", ""]
        for event in dated:
            lines += _event_line(digest, event)
        lines.append("")
    if undated:
        lines += ["### Undated events", ""]
        for event in undated:
            lines += _event_line(digest, event)
        lines.append("")
    first_mention = {
        actor.id: min(m.start for m in actor.mentions if m.article == article.id)
        for actor in digest.actors
        if any(m.article == article.id for m in actor.mentions)
    }
    if first_mention:
        lines += ["### Actors", ""]
        actors = sorted((a for a in digest.actors if a.id in first_mention), key=lambda a: (first_mention[a.id], a.id))
        lines += [_actor_line(digest, actor, article) for actor in actors]
        lines.append("")
    if article.quotes:
        lines += ["### Quotes", ""]
        for quote in article.quotes:
            speaker = digest.actor(quote.speaker) if quote.speaker else None
            lines.append(f"> {escape(quote.text)}")
            lines.append(f"> — {escape(speaker.name) if speaker else '_unattributed_'}")
            lines.append("")
    if not (dated or undated or first_mention or article.quotes):
        lines += ["_Nothing found in this article._", ""]
    return lines


def render_digest(digest: newskit.Digest) -> str:
    """One digest as a Markdown briefing."""
    events = sum(len(a.events) for a in digest.articles)
    facts = [f"{len(digest.articles)} article(s)", f"{len(digest.actors)} actor(s)", f"{events} event(s)"]
    if digest.published is not None:
        facts.insert(0, f"published {digest.published.isoformat()}")
    lines = [f"# Briefing: {escape(digest.document or 'news digest')}", "", f"_{', '.join(facts)}_", ""]
    for article in digest.articles:
        lines += _article(digest, article)
    return "\n".join(lines).rstrip("\n") + "\n"


def render(digests: Iterable[newskit.Digest]) -> str:
    """Every digest's briefing, separated by a horizontal rule."""
    return "\n---\n\n".join(render_digest(digest) for digest in digests)


def write(digests: Iterable[newskit.Digest], stream: BinaryIO, options: newskit.ExportOptions) -> None:
    """Write each digest's briefing as it comes (UTF-8)."""
    for number, digest in enumerate(digests):
        if number:
            stream.write(b"\n---\n\n")
        stream.write(render_digest(digest).encode("utf-8"))


@newskit.hookimpl
def register_exporters(register: Callable[[newskit.Exporter], None]) -> None:
    """Offer the ``markdown`` format."""
    register(
        newskit.Exporter(
            name="markdown",
            extension="md",
            media_type="text/markdown",
            write=write,
            description="a Markdown briefing: dated events, actors with roles, quotes (plugin)",
            streaming=True,
        )
    )
