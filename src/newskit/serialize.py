"""The JSON contract, schema ``newskit/1``: a Digest to plain dicts and back.

The contract (``docs/json-contract.md``, ``newskit/schema/newskit-1.schema.json``) is what outside
tools rely on: keys may be added, never renamed or dropped. Dicts are built with a fixed key order
and the JSON is written with sorted-free, stable ``json.dumps`` settings, so the same digest gives
byte-identical output.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping
from typing import IO, Any

from newskit.errors import ParseError
from newskit.models import (
    Actor,
    Article,
    Digest,
    Event,
    Mention,
    Participant,
    Quantity,
    Quote,
    Span,
    TimeExpression,
)

__all__ = [
    "SCHEMA",
    "actor_to_dict",
    "article_to_dict",
    "digest_from_dict",
    "digest_to_dict",
    "dump",
    "dumps",
    "load_json",
]

SCHEMA = "newskit/1"
JSONDict = dict[str, Any]


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _finite(value: float | None) -> float | None:
    """JSON has no NaN or infinity: such a value is unknown."""
    return value if value is None or math.isfinite(value) else None


def _span(span: Span, *, text: bool = True) -> JSONDict:
    out: JSONDict = {"start": span.start, "end": span.end}
    if text:
        out["text"] = span.text
    return out


def actor_to_dict(actor: Actor, *, article: str | None = None) -> JSONDict:
    """One actor; with ``article``, only its mentions in that article."""
    mentions = [m for m in actor.mentions if article is None or m.article == article]
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "aliases": list(actor.aliases),
        "roles": list(actor.roles),
        "affiliations": list(actor.affiliations),
        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "article": m.article} for m in mentions],
    }


def _time(t: TimeExpression) -> JSONDict:
    return {
        "id": t.id,
        "start": t.start,
        "end": t.end,
        "text": t.text,
        "type": t.type,
        "value": t.value,
        "date_start": _date(t.date_start),
        "date_end": _date(t.date_end),
        "mod": t.mod,
        "range": t.range,
    }


def _event(e: Event) -> JSONDict:
    return {
        "id": e.id,
        "type": e.type,
        "trigger": _span(e.trigger),
        "sentence": _span(e.sentence, text=False),
        "participants": [{"actor": p.actor, "role": p.role} for p in e.participants],
        "time": e.time,
        "date_start": _date(e.date_start),
        "date_end": _date(e.date_end),
        "location": e.location,
        "cameo": e.cameo,
        "polarity": e.polarity,
        "modality": e.modality,
        "date_inherited": e.date_inherited,
        "mentions": [_span(m) for m in e.mentions],
    }


def article_to_dict(article: Article) -> JSONDict:
    """One article, as in the contract's ``articles`` list."""
    return {
        "id": article.id,
        "start": article.start,
        "end": article.end,
        "title": article.title.text if article.title else None,
        "title_span": _span(article.title, text=False) if article.title else None,
        "summary": article.summary.text if article.summary else None,
        "summary_span": _span(article.summary, text=False) if article.summary else None,
        "paragraphs": [_span(p, text=False) for p in article.paragraphs],
        "sentences": [_span(s, text=False) for s in article.sentences],
        "times": [_time(t) for t in article.times],
        "events": [_event(e) for e in article.events],
        "quotes": [
            {"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker, "kind": q.kind}
            for q in article.quotes
        ],
        "quantities": [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "value": _finite(q.value),
                "unit": q.unit,
                "per": q.per,
                "per_item": q.per_item,
            }
            for q in article.quantities
        ],
    }


def digest_to_dict(digest: Digest) -> JSONDict:
    """The whole digest under the ``newskit/1`` contract (the input text included, as ``text``)."""
    return {
        "schema": SCHEMA,
        "document": digest.document,
        "published": _date(digest.published),
        "text": digest.text,
        "actors": [actor_to_dict(a) for a in digest.actors],
        "articles": [article_to_dict(a) for a in digest.articles],
    }


def dumps(digest: Digest, *, indent: int | None = 2) -> str:
    """The digest as JSON text under the contract; byte-identical for equal digests."""
    return json.dumps(digest_to_dict(digest), ensure_ascii=False, indent=indent) + "\n"


def dump(digest: Digest, fp: IO[str], *, indent: int | None = 2) -> None:
    """Write :func:`dumps` to a text stream."""
    fp.write(dumps(digest, indent=indent))


# --- reading back ------------------------------------------------------------------------------


def _get(data: Mapping[str, Any], key: str, where: str) -> Any:
    try:
        return data[key]
    except (KeyError, TypeError):
        raise ParseError(f"{where}: missing key {key!r}") from None


def _to_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _span_from(data: Mapping[str, Any], text: str) -> Span:
    return Span.of(text, int(data["start"]), int(data["end"]))


def digest_from_dict(data: Mapping[str, Any], text: str | None = None) -> Digest:
    """Rebuild a :class:`Digest` from the contract's dicts.

    :param text: the input text, when the dict does not carry it under ``text``.
    """
    if not isinstance(data, Mapping) or data.get("schema") != SCHEMA:
        raise ParseError(f'not a newskit export: expected a JSON object with "schema": "{SCHEMA}"')
    source = data.get("text", text)
    if not isinstance(source, str):
        raise ParseError("the export does not carry its input text; pass text=")
    try:
        actors = [
            Actor(
                id=a["id"],
                name=a["name"],
                kind=a["kind"],
                aliases=a.get("aliases", ()),
                roles=a.get("roles", ()),
                affiliations=a.get("affiliations", ()),
                mentions=[
                    Mention(start=m["start"], end=m["end"], text=m["text"], article=m["article"])
                    for m in a.get("mentions", ())
                ],
            )
            for a in _get(data, "actors", "digest")
        ]
        articles = [_article_from(a, source) for a in _get(data, "articles", "digest")]
        return Digest(
            text=source,
            published=_to_date(data.get("published")),
            articles=articles,
            actors=actors,
            document=data.get("document"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ParseError):
            raise
        raise ParseError(f"malformed newskit export: {type(exc).__name__}: {exc}") from None


def _article_from(a: Mapping[str, Any], text: str) -> Article:
    title = _span_from(a["title_span"], text) if a.get("title_span") else None
    summary = _span_from(a["summary_span"], text) if a.get("summary_span") else None
    return Article(
        id=a["id"],
        start=a["start"],
        end=a["end"],
        title=title,
        summary=summary,
        paragraphs=[_span_from(p, text) for p in a.get("paragraphs", ())],
        sentences=[_span_from(s, text) for s in a.get("sentences", ())],
        times=[
            TimeExpression(
                id=t["id"],
                start=t["start"],
                end=t["end"],
                text=t["text"],
                type=t["type"],
                value=t["value"],
                date_start=_to_date(t.get("date_start")),
                date_end=_to_date(t.get("date_end")),
                mod=t.get("mod"),
                range=t.get("range"),
            )
            for t in a.get("times", ())
        ],
        events=[
            Event(
                id=e["id"],
                type=e["type"],
                trigger=_span_from(e["trigger"], text),
                sentence=_span_from(e["sentence"], text),
                participants=[Participant(actor=p["actor"], role=p["role"]) for p in e.get("participants", ())],
                time=e.get("time"),
                date_start=_to_date(e.get("date_start")),
                date_end=_to_date(e.get("date_end")),
                location=e.get("location"),
                cameo=e.get("cameo"),
                polarity=e.get("polarity", "positive"),
                modality=e.get("modality", "asserted"),
                date_inherited=bool(e.get("date_inherited", False)),
                mentions=[_span_from(m, text) for m in e.get("mentions", ())],
            )
            for e in a.get("events", ())
        ],
        quotes=[
            Quote(start=q["start"], end=q["end"], text=q["text"], speaker=q.get("speaker"), kind=q.get("kind", "full"))
            for q in a.get("quotes", ())
        ],
        quantities=[
            Quantity(
                start=q["start"],
                end=q["end"],
                text=q["text"],
                value=q.get("value"),
                unit=q.get("unit"),
                per=q.get("per"),
                per_item=q.get("per_item"),
            )
            for q in a.get("quantities", ())
        ],
    )


def load_json(source: str | bytes | IO[str] | IO[bytes] | Mapping[str, Any]) -> Digest:
    """A Digest from a ``--format json`` export: JSON text, bytes, an open file, or the parsed dict."""
    if isinstance(source, Mapping):
        return digest_from_dict(source)
    raw = source if isinstance(source, (str, bytes)) else source.read()
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ParseError(f"not JSON: {exc}") from None
    return digest_from_dict(data)
