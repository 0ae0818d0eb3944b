"""Options that travel through the pipeline in one object."""

from __future__ import annotations

import datetime as dt

import attrs

from newskit.errors import ParseError

__all__ = ["ExportOptions", "ParseOptions", "coerce_published"]


def coerce_published(value: object) -> dt.date | None:
    """Read a publication date given as a date, a datetime or an ISO 8601 string.

    A datetime keeps only its calendar day. Anything else is a :class:`ParseError` (a ValueError)
    that says what was expected.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10]) if len(text) >= 10 else dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise ParseError(f"published must be a date, a datetime or an ISO 8601 date string like 2025-01-09, not {value!r}")


@attrs.frozen(kw_only=True)
class ParseOptions:
    """How to read one input text.

    Attributes:
        published: the publication date relative dates resolve against; None when unknown.
        split: how to split the text into articles. None lets the reader decide (two or more
            blank lines between blocks start a new article); False reads the whole text as one
            article (blank lines are paragraph breaks); True lets every blank-line boundary start
            an article (a headline stays with the text under it).
        document: the id of the input record, for batch input.
    """

    published: dt.date | None = attrs.field(default=None, converter=coerce_published)
    split: bool | None = None
    document: str | None = None


@attrs.frozen(kw_only=True)
class ExportOptions:
    """How an exporter should write.

    Attributes:
        table: for tabular formats (csv), which table: ``events`` (the timeline), ``actors``,
            ``times``, ``quotes`` or ``quantities``.
        parameters: free ``name=value`` settings for plugin exporters, as given on the command line.
    """

    table: str = "events"
    parameters: tuple[tuple[str, str], ...] = ()

    def parameter(self, name: str, default: str | None = None) -> str | None:
        """The value of one plugin parameter, or ``default``."""
        return next((v for k, v in self.parameters if k == name), default)
