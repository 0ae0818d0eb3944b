"""A digest as a readable, aligned timeline for the terminal (``python -m newskit parse FILE``)."""

from __future__ import annotations

import datetime as dt

from newskit.models import Digest, Event

__all__ = ["event_title", "format_timeline", "timeline_events"]


def timeline_events(digest: Digest) -> list[tuple[str, Event]]:
    """Every event with its article id, dated ones first in date order, then undated in text order."""
    rows = [(article.id, event) for article in digest.articles for event in article.events]
    far = dt.date.max
    return sorted(rows, key=lambda row: (row[1].date_start or far, row[1].trigger.start))


def _names(digest: Digest, event: Event, role: str) -> list[str]:
    names = []
    for participant in event.participants:
        actor = digest.actor(participant.actor)
        if participant.role == role and actor is not None and actor.name not in names:
            names.append(actor.name)
    return names


def event_title(digest: Digest, event: Event) -> str:
    """A short readable line: "Sergei Lukashevich — meet — Sher Mohammad Abbas Stanikzai (Kabul)"."""
    agents = _names(digest, event, "agent")
    targets = _names(digest, event, "target") + _names(digest, event, "participant")
    parts = [" and ".join(agents)] if agents else []
    verb = event.type if event.polarity != "negative" else f"not {event.type}"
    parts.append(verb)
    if targets:
        parts.append(", ".join(targets))
    line = " — ".join(parts)
    place = digest.actor(event.location) if event.location else None
    return f"{line} (in {place.name})" if place is not None else line


def _when(event: Event) -> str:
    if event.date_start is None:
        return "undated"
    if event.date_end is None or event.date_end == event.date_start:
        return event.date_start.isoformat()
    return f"{event.date_start.isoformat()}..{event.date_end.isoformat()}"


def format_timeline(digest: Digest) -> str:
    """The timeline as aligned text lines: date, article, what happened, and the trigger word."""
    rows = timeline_events(digest)
    header = f"{digest.document or 'input'}: {len(digest.articles)} article(s), {len(digest.actors)} actor(s), "
    header += f"{len(rows)} event(s)"
    if digest.published is not None:
        header += f", published {digest.published.isoformat()}"
    lines = [header]
    if rows:
        width = max(len(_when(e)) for _, e in rows)
        for article_id, event in rows:
            lines.append(
                f"{_when(event):<{width}}  {article_id:<5} {event_title(digest, event)}  [{event.trigger.text}]"
            )
    return "\n".join(lines) + "\n"
