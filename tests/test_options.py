"""Publication dates and other options."""

from __future__ import annotations

import datetime as dt

import pytest

import newskit
from newskit.options import coerce_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-09", dt.date(2025, 1, 9)),
        (" 2025-01-09 ", dt.date(2025, 1, 9)),
        ("2025-01-09T10:30:00Z", dt.date(2025, 1, 9)),
        ("2025-01-09T10:30:00+05:00", dt.date(2025, 1, 9)),
        (dt.date(2024, 2, 29), dt.date(2024, 2, 29)),
        (dt.datetime(2024, 2, 29, 23, 59), dt.date(2024, 2, 29)),
        (None, None),
        ("", None),
    ],
)
def test_published_accepts_dates(value: object, expected: dt.date | None) -> None:
    assert coerce_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2025-13-01", "09/01/2025", 20250109, 3.5, ["2025-01-09"]])
def test_published_rejects_anything_else_with_a_value_error(value: object) -> None:
    with pytest.raises(ValueError, match="published must be a date"):
        coerce_published(value)
    with pytest.raises(newskit.ParseError):
        newskit.parse("Text.", published=value)  # type: ignore[arg-type]


def test_parse_rejects_non_text() -> None:
    with pytest.raises(newskit.ParseError, match="text must be a str"):
        newskit.parse(b"bytes")  # type: ignore[arg-type]
