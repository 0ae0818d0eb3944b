"""Round trips and invariants of the built-in exporters, for any digest the strategies can build."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import warnings

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit
from newskit.exporters import csv as csv_format
from newskit.exporters import ics as ics_format
from newskit.exporters import json as json_format
from newskit.exporters import jsonl as jsonl_format
from newskit.models import Digest
from newskit.timeline import timeline_events

from .samples import check_digest
from .strategies import digests

SETTINGS = settings(max_examples=60, deadline=None)
many_digests = st.lists(digests(max_articles=2), max_size=3)


def write(module: object, items: list[Digest], table: str = "events") -> tuple[bytes, list[str]]:
    """What the format writes, and the warnings it gives."""
    stream = io.BytesIO()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        module.write(iter(items), stream, newskit.ExportOptions(table=table))  # type: ignore[attr-defined]
    return stream.getvalue(), [str(w.message) for w in caught]


@SETTINGS
@given(digests())
def test_generated_digests_are_valid(digest: Digest) -> None:
    check_digest(digest)


@SETTINGS
@given(digests())
def test_json_round_trips_to_an_equal_digest(digest: Digest) -> None:
    data, caught = write(json_format, [digest])
    assert newskit.load_json(data) == digest
    assert caught == []


@SETTINGS
@given(many_digests)
def test_jsonl_has_one_record_per_article_with_its_own_actors(items: list[Digest]) -> None:
    data, _ = write(jsonl_format, items)
    records = [json.loads(line) for line in data.split(b"\n")[:-1]]  # not splitlines(): U+2028 is no break here
    assert [(r["document"], r["id"]) for r in records] == [(d.document, a.id) for d in items for a in d.articles]
    for record in records:
        assert all(m["article"] == record["id"] for actor in record["actors"] for m in actor["mentions"])


@SETTINGS
@given(many_digests, st.sampled_from(list(csv_format.TABLES)))
def test_csv_reads_back_to_the_same_rows_under_one_header(items: list[Digest], table: str) -> None:
    data, caught = write(csv_format, items, table=table)
    text = data.decode("utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert reader.fieldnames == list(csv_format.TABLES[table])
    assert list(reader) == list(csv_format.rows(items, table))
    assert caught == []


@SETTINGS
@given(many_digests)
def test_csv_events_restore_to_the_source_text_in_timeline_order(items: list[Digest]) -> None:
    data, _ = write(csv_format, items)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    expected = [(d, event) for d in items for _, event in timeline_events(d)]
    assert len(rows) == len(expected)
    for row, (digest, event) in zip(rows, expected, strict=True):
        assert csv_format.restore(row["trigger"]) == event.trigger.text
        assert csv_format.restore(row["sentence"]) == event.sentence.text
        assert (int(row["start"]), int(row["end"])) == (event.trigger.start, event.trigger.end)
        assert digest.text[int(row["start"]) : int(row["end"])] == event.trigger.text
        assert row["date_start"] == (event.date_start.isoformat() if event.date_start else "")


@SETTINGS
@given(many_digests, st.sampled_from(list(csv_format.TABLES)))
def test_csv_text_cells_never_start_a_formula(items: list[Digest], table: str) -> None:
    numbers = {"start", "end", "mentions"} | ({"value"} if table == "quantities" else set())
    for row in csv_format.rows(items, table):
        for column, cell in row.items():
            if column not in numbers:
                assert not cell.startswith(csv_format.FORMULA_START), (column, cell)


@SETTINGS
@given(st.text())
def test_neutralise_is_undone_by_restore(text: str) -> None:
    cell = csv_format.neutralise(text)
    assert csv_format.restore(cell) == text
    assert not cell.startswith(csv_format.FORMULA_START)


@SETTINGS
@given(many_digests)
def test_ics_holds_one_vevent_per_dated_event_with_its_days(items: list[Digest]) -> None:
    data, caught = write(ics_format, items)
    calendar = icalendar.Calendar.from_ical(data)
    found = list(calendar.walk("VEVENT"))
    events = [event for d in items for _, event in timeline_events(d)]
    dated = [event for event in events if event.date_start is not None]
    undated = len(events) - len(dated)
    assert caught == (
        [f"{undated} undated event{'s' if undated != 1 else ''} left out of the calendar"] if undated else []
    )
    assert len(found) == len(dated)
    assert len({str(v["uid"]) for v in found}) == len(found)
    days = [(v.decoded("dtstart"), v.decoded("dtend")) for v in found]
    expected = [(e.date_start, (e.date_end or e.date_start) + dt.timedelta(days=1)) for e in dated]  # type: ignore[operator]
    assert sorted(days) == sorted(expected)
    assert [start for start, _ in days] == sorted(start for start, _ in days)  # in date order
    assert all(type(v.decoded("dtstart")) is dt.date for v in found)


@SETTINGS
@given(many_digests)
def test_every_format_writes_the_same_bytes_twice(items: list[Digest]) -> None:
    for module in (jsonl_format, csv_format, ics_format):
        assert write(module, items) == write(module, items)
    if len(items) == 1:
        assert write(json_format, items) == write(json_format, items)


@SETTINGS
@given(digests(), many_digests)
def test_ics_uids_do_not_depend_on_the_other_digests(digest: Digest, others: list[Digest]) -> None:
    def uids(items: list[Digest]) -> set[str]:
        data, _ = write(ics_format, items)
        return {str(v["uid"]) for v in icalendar.Calendar.from_ical(data).walk("VEVENT")}

    alone = uids([digest])
    assert alone <= uids([digest, *others])
    assert alone == {
        ics_format.event_uid(digest, article, event)
        for article, event in timeline_events(digest)
        if event.date_start is not None
    }


@SETTINGS
@given(digests())
def test_ics_summaries_are_one_clean_line(digest: Digest) -> None:
    for _, event in timeline_events(digest):
        summary = ics_format.event_summary(digest, event)
        assert summary.strip() == summary != ""
        assert not any(ord(c) < 32 or (c.isspace() and c != " ") for c in summary)
