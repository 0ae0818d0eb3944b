"""The pipeline: read → segment → extract (enrichers) → one Digest.

:func:`segment` builds the bare digest (articles, paragraphs, sentences); :func:`parse` runs
every enricher the plugin manager holds over it. The built-in extractors are enrichers like any
other, so what ``parse`` returns depends only on the text, the options and the plugins.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pluggy

from newskit._collector import paused
from newskit.errors import ParseError
from newskit.host import call_enrichers, default_plugin_manager
from newskit.models import Article, Digest, Span
from newskit.options import ParseOptions
from newskit.text.segment import layout_articles, split_sentences

__all__ = ["decode", "parse", "parse_file", "read_text", "segment"]


def segment(text: str, options: ParseOptions) -> Digest:
    """The digest with its articles, paragraphs and sentences, before any extraction.

    An article's sentences are its headline (when it has one), then the sentences of its
    paragraphs, leaving out a summary that the body repeats word for word.
    """
    articles = []
    for number, layout in enumerate(layout_articles(text, options.split), start=1):
        sentences: list[Span] = []
        if layout.title is not None:
            sentences.append(layout.title)
        for paragraph in layout.paragraphs:
            if layout.summary_repeated and paragraph == layout.summary:
                continue
            sentences.extend(split_sentences(text, paragraph))
        articles.append(
            Article(
                id=f"art{number}",
                start=layout.start,
                end=layout.end,
                title=layout.title,
                summary=layout.summary,
                paragraphs=layout.paragraphs,
                sentences=sentences,
            )
        )
    return Digest(text=text, published=options.published, articles=articles, document=options.document)


def parse(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    split: bool | None = None,
    document: str | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
) -> Digest:
    """Read English news text into a :class:`Digest`.

    :param text: one article or a digest of several.
    :param published: the publication date (a date, a datetime or an ISO string) that relative
        dates such as "on Sunday" resolve against. Anything else is a ValueError.
    :param split: None lets the reader find the articles; False reads one article; True lets
        every blank-line boundary start an article.
    :param document: an id for the input, kept on the digest (batch input).
    :param plugin_manager: the plugins to run; by default every installed plugin, loaded on first use.

    Python's cyclic garbage collector is paused while the text is read, and resumed as it was
    (:mod:`newskit._collector`): a parse makes no reference cycles for it to find.
    """
    if not isinstance(text, str):
        raise ParseError(f"text must be a str, not {type(text).__name__}")
    options = ParseOptions(published=published, split=split, document=document)
    pm = plugin_manager if plugin_manager is not None else default_plugin_manager()
    with paused:  # a parse makes no reference cycles: collections during it would free nothing
        return call_enrichers(pm, segment(text, options), options)


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a UTF-8 file (a byte-order mark is dropped); errors say which file and why."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ParseError(f"no such file: {os.fspath(path)}") from None
    except IsADirectoryError:
        raise ParseError(f"is a directory, not a file: {os.fspath(path)}") from None
    except OSError as exc:
        raise ParseError(f"cannot read {os.fspath(path)}: {exc.strerror or exc}") from None
    return decode(data, os.fspath(path))


def decode(data: bytes, where: str) -> str:
    """UTF-8 bytes as text; undecodable bytes are a ParseError naming the byte offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(f"{where} is not UTF-8 text (undecodable byte at offset {exc.start})") from None


def parse_file(
    path: str | os.PathLike[str],
    *,
    published: dt.date | dt.datetime | str | None = None,
    split: bool | None = None,
    plugin_manager: pluggy.PluginManager | None = None,
) -> Digest:
    """:func:`parse` the UTF-8 text of a file; the file's stem becomes the digest's document id."""
    text = read_text(path)
    return parse(text, published=published, split=split, document=Path(path).stem, plugin_manager=plugin_manager)
