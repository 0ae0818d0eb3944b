"""Properties of the time extractor that hold for any text and any reference date."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newskit.extract.times import find_times
from newskit.models import TIME_TYPES, Span

#: The TIMEX3 value grammar: calendar dates (with X placeholders, weeks, quarters, halves, seasons,
#: decades and centuries, optionally a time of day), durations, and the fuzzy references.
_WEEK = r"-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?"
_DATE = rf"(?:\d{{4}}|XXXX)(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?|{_WEEK}|-Q(?:[1-4]|X)|-H(?:[12]|X)|-(?:SP|SU|FA|WI))?"
_TIME = r"T(?:\d{2}:\d{2}(?::\d{2})?|MO|AF|EV|NI|DT)(?:Z|[+-]\d{2}(?::?\d{2})?)?"
_NUMBER = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = rf"P(?:(?:{_NUMBER}(?:Y|M|W|D|Q|DE|CE|ML))+(?:T(?:{_NUMBER}[HMS])+)?|T(?:{_NUMBER}[HMS])+)"
TIMEX3_VALUE = re.compile(rf"(?:{_DATE}(?:{_TIME})?|\d{{3}}|\d{{2}}|{_DURATION}|PAST_REF|PRESENT_REF|FUTURE_REF)")

PIECES = [
    "On Sunday,",
    "Saturday and Sunday, January 11 and 12",
    "last week",
    "in 2024",
    "mid-2021",
    "the 1990s",
    "between 2019 and 2021",
    "from March to May",
    "two days ago",
    "the day before",
    "a year earlier",
    "for three years",
    "a six-month term",
    "$40 million a week",
    "every Friday",
    "annually",
    "at 3 p.m. local time",
    "on Tuesday morning",
    "recently",
    "in the coming weeks",
    "the third quarter",
    "the year-ago quarter",
    "Feb. 29",
    "February 30, 2023",
    "31/12/99",
    "9/31/2020",
    "2024-02-30",
    "Q4 2023",
    "the 21st century",
    "this weekend",
    "next month",
    "Dec. 31,",
    "May",
    "march",
    "3,000",
    "12:75",
    "25:00",
    "0:00",
    "noon Friday",
    "Christmas",
    "the first half",
    "1 1/2 years",
    "nineteen ninety-six",
    "'98",
    ",",
    ".",
    "\n",
    "—",
]

texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=12)),
    max_size=25,
).map(" ".join)
references = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(texts, references)
@example(" ".join(PIECES) + " last week, next year, the next day, tomorrow, the weekend", dt.date.min)
@example(" ".join(PIECES) + " last week, next year, the next day, tomorrow, the weekend", dt.date.max)
def test_any_text_any_reference(text: str, reference: dt.date | None) -> None:
    found = find_times(text, [Span.of(text, 0, len(text))], reference, article_id="a")
    ids = [t.id for t in found]
    assert len(set(ids)) == len(ids)
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.text and t.text == t.text.strip()
        assert t.type in TIME_TYPES
        assert TIMEX3_VALUE.fullmatch(t.value), t.value
        assert (t.date_start is None) == (t.date_end is None)
        if t.date_start is not None and t.date_end is not None:
            assert t.date_start <= t.date_end
        if t.range is not None:
            assert sum(1 for u in found if u.range == t.range) >= 2


@settings(max_examples=100, deadline=None)
@given(texts, references, st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=40))
def test_only_inside_the_spans(text: str, reference: dt.date | None, cut_start: int, cut_end: int) -> None:
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    found = find_times(text, [Span.of(text, start, end)], reference, article_id="a")
    assert all(start <= t.start and t.end <= end for t in found)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1600, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_absolute_dates_do_not_depend_on_the_reference(reference: dt.date) -> None:
    text = "The treaty was signed on March 3, 2019, and ratified in August 2020."
    found = find_times(text, [Span.of(text, 0, len(text))], reference, article_id="a")
    assert [t.value for t in found] == ["2019-03-03", "2020-08"]
