"""The built-in exporters on hand-built digests: json, jsonl, csv and ics, case by case."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import icalendar
import pluggy
import pytest

import newskit
from newskit import cli
from newskit.exporters import csv as csv_format
from newskit.exporters import ics as ics_format
from newskit.host import exporters, get_exporter
from newskit.models import Actor, Digest, Event, Participant, Span

from .samples import SAMPLES, check_digest, empty_digest, hostile_digest, kabul_digest


def export(pm: pluggy.PluginManager, name: str, digests: list[Digest], **options: object) -> bytes:
    stream = io.BytesIO()
    get_exporter(pm, name).write(digests, stream, newskit.ExportOptions(**options))  # type: ignore[arg-type]
    return stream.getvalue()


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def vevents(data: bytes) -> list[Any]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_samples_are_valid_digests(name: str) -> None:
    check_digest(SAMPLES[name]())


# --- registration ------------------------------------------------------------------------------

REGISTERED = [
    # (name, extension, media type, streaming)
    ("csv", "csv", "text/csv", True),
    ("ics", "ics", "text/calendar", False),
    ("json", "json", "application/json", False),
    ("jsonl", "jsonl", "application/jsonl", True),
]


@pytest.mark.parametrize(("name", "extension", "media_type", "streaming"), REGISTERED)
def test_builtin_formats_are_registered_with_media_type_and_description(
    builtin_pm: pluggy.PluginManager, name: str, extension: str, media_type: str, streaming: bool
) -> None:
    exporter = exporters(builtin_pm)[name]
    assert (exporter.extension, exporter.media_type, exporter.streaming) == (extension, media_type, streaming)
    assert exporter.description


@pytest.mark.parametrize("name", ["csv", "ics"])
def test_formats_pass_the_plugin_authors_conformance_check(builtin_pm: pluggy.PluginManager, name: str) -> None:
    testing = pytest.importorskip("newskit.testing")
    assert testing.check_exporter(name, pm=builtin_pm)


def test_csv_and_ics_can_be_blocked_by_name() -> None:
    pm = newskit.get_plugin_manager(entry_points=False, blocked=["csv", "ics"])
    assert set(exporters(pm)) == {"json", "jsonl"}


# --- json and jsonl ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_json_export_loads_back_to_an_equal_digest(builtin_pm: pluggy.PluginManager, name: str) -> None:
    digest = SAMPLES[name]()
    assert newskit.load_json(export(builtin_pm, "json", [digest])) == digest


def test_json_refuses_a_second_digest(builtin_pm: pluggy.PluginManager) -> None:
    with pytest.raises(newskit.ExportError, match="jsonl"):
        export(builtin_pm, "json", [kabul_digest(), kabul_digest()])


def test_jsonl_writes_one_line_per_article_of_every_digest(builtin_pm: pluggy.PluginManager) -> None:
    lines = export(builtin_pm, "jsonl", [kabul_digest(), empty_digest(), hostile_digest()]).splitlines()
    records = [json.loads(line) for line in lines]
    assert [(r["document"], r["id"]) for r in records] == [("kabul", "art1"), ("kabul", "art2"), ("=evil", "art1")]
    luna = next(a for a in records[1]["actors"] if a["name"] == "Anna Paulina Luna")
    assert {m["article"] for m in luna["mentions"]} == {"art2"}


# --- csv ---------------------------------------------------------------------------------------


def test_csv_events_are_the_timeline_dated_by_date_then_undated(builtin_pm: pluggy.PluginManager) -> None:
    rows = read_csv(export(builtin_pm, "csv", [kabul_digest()]))
    assert [(r["id"], r["date_start"], r["date_end"]) for r in rows] == [
        ("art2-e2", "2024-12-30", "2025-01-05"),
        ("art1-e1", "2025-01-05", "2025-01-05"),
        ("art1-e2", "2025-01-05", "2025-01-05"),
        ("art2-e1", "", ""),
    ]
    meet = rows[2]
    assert meet == {
        "document": "kabul",
        "article": "art1",
        "date_start": "2025-01-05",
        "date_end": "2025-01-05",
        "type": "meet",
        "agents": "Sergei Lukashevich",
        "targets": "Sher Mohammad Abbas Stanikzai",
        "participants": "",
        "location": "Kabul",
        "trigger": "met",
        "sentence": kabul_digest().articles[0].sentences[1].text,
        "polarity": "positive",
        "modality": "reported",
        "id": "art1-e2",
        "start": str(kabul_digest().text.index(" met ") + 1),
        "end": str(kabul_digest().text.index(" met ") + 4),
    }
    assert rows[0]["participants"] == "House of Representatives"


def test_csv_joins_several_names_with_a_semicolon(builtin_pm: pluggy.PluginManager) -> None:
    digest = kabul_digest()
    meet = digest.articles[0].events[1]
    both = attrs.evolve(meet, participants=[*meet.participants, Participant(actor="act7", role="agent")])
    digest = attrs.evolve(digest, articles=[attrs.evolve(digest.articles[0], events=[both]), digest.articles[1]])
    row = next(r for r in read_csv(export(builtin_pm, "csv", [digest])) if r["id"] == "art1-e2")
    assert row["agents"] == "Sergei Lukashevich;Anna Paulina Luna"


TABLE_CASES = [
    # (table, column, values in row order)
    ("actors", "name", ["Taliban", "Ministry of Foreign Affairs", "Sergei Lukashevich", "Belarus", "Kabul",
                        "Sher Mohammad Abbas Stanikzai", "Anna Paulina Luna", "Burchett", "House of Representatives"]),
    ("actors", "affiliations", ["", "Taliban", "Belarus", "", "", "Taliban", "", "", ""]),
    ("actors", "mentions", ["4", "1", "2", "2", "1", "1", "2", "1", "1"]),
    ("actors", "articles", ["art1;art2", "art1", "art1", "art1", "art1", "art1", "art2", "art2", "art2"]),
    ("actors", "aliases", ["", "", "", "", "", "", "Ms Luna", "", ""]),
    ("times", "value", ["2025-01-05", "2025-W01", "P1W"]),
    ("times", "date_end", ["2025-01-05", "2025-01-05", ""]),
    ("quotes", "speaker", ["Anna Paulina Luna"]),
    ("quotes", "text", ["“We are sending $40 million a week to the Taliban.”"]),
    ("quantities", "value", ["40000000", "40000000"]),
    ("quantities", "per", ["", "P1W"]),
]  # fmt: skip


@pytest.mark.parametrize(("table", "column", "values"), TABLE_CASES)
def test_csv_tables(builtin_pm: pluggy.PluginManager, table: str, column: str, values: list[str]) -> None:
    data = export(builtin_pm, "csv", [kabul_digest()], table=table)
    header = data.split(b"\r\n", 1)[0].decode()
    assert header.split(",") == list(csv_format.TABLES[table])
    assert [row[column] for row in read_csv(data)] == values


@pytest.mark.parametrize("table", list(csv_format.TABLES))
def test_csv_header_once_over_many_digests_and_alone_for_none(builtin_pm: pluggy.PluginManager, table: str) -> None:
    header = ",".join(csv_format.TABLES[table]).encode() + b"\r\n"
    assert export(builtin_pm, "csv", [], table=table) == header
    many = export(
        builtin_pm, "csv", [kabul_digest("a"), empty_digest(), hostile_digest(), kabul_digest("b")], table=table
    )
    assert many.startswith(header) and many.count(header) == 1
    one = export(builtin_pm, "csv", [kabul_digest("a")], table=table)
    assert len(read_csv(many)) == 2 * len(read_csv(one)) + len(
        read_csv(export(builtin_pm, "csv", [hostile_digest()], table=table))
    )


def test_csv_unknown_table_is_an_export_error_listing_the_valid_ones(builtin_pm: pluggy.PluginManager) -> None:
    stream = io.BytesIO()
    with pytest.raises(
        newskit.ExportError, match="unknown csv table 'people'; valid tables: events, actors, times, quotes, quantities"
    ):
        get_exporter(builtin_pm, "csv").write([kabul_digest()], stream, newskit.ExportOptions(table="people"))
    assert stream.getvalue() == b""
    with pytest.raises(ValueError, match="people"):  # an ExportError is a ValueError too
        list(csv_format.rows([], "people"))


NEUTRALISE = [
    # (text, cell, why)
    ("=1+2", "'=1+2", "a formula"),
    ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")', "a link formula"),
    ("+1", "'+1", "a plus sign starts a formula"),
    ("-5", "'-5", "negative-looking text from the input is prefixed too (OWASP)"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", "the DDE attack"),
    ("@SUM(A1)", "'@SUM(A1)", "an at sign starts a formula"),
    ("\t=1", "'\t=1", "a tab"),
    ("\r=1", "'\r=1", "a carriage return"),
    ("'=1", "''=1", "an apostrophe before a formula gets another, so restore is exact"),
    ("'plain", "'plain", "an apostrophe before text stays as it is"),
    ("a=b", "a=b", "only the first character counts"),
    (" =1", " =1", "a leading space is not a formula"),
    ("", "", "empty"),
    ("Kabul", "Kabul", "plain text"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cell", "why"), NEUTRALISE)
def test_neutralise_and_restore(text: str, cell: str, why: str) -> None:
    assert csv_format.neutralise(text) == cell, why
    assert csv_format.restore(cell) == text, why


def test_csv_neutralises_formulas_in_every_table_but_keeps_numbers(builtin_pm: pluggy.PluginManager) -> None:
    for table in csv_format.TABLES:
        for row in read_csv(export(builtin_pm, "csv", [hostile_digest()], table=table)):
            for column, cell in row.items():
                numeric = column in {"start", "end", "mentions", "value"} and table != "times"
                if not numeric:
                    assert not cell.startswith(csv_format.FORMULA_START), (table, column, cell)
    events = read_csv(export(builtin_pm, "csv", [hostile_digest()]))
    assert events[1]["agents"] == "'" + hostile_digest().actors[0].name
    assert events[1]["location"] == "'+Town"
    assert events[0]["targets"] == "'-5 soldiers"
    assert events[0]["participants"] == '"Semi;colon, Inc."'
    assert csv_format.restore(events[0]["sentence"]) == hostile_digest().articles[0].sentences[1].text
    (quantity,) = read_csv(export(builtin_pm, "csv", [hostile_digest()], table="quantities"))
    assert (quantity["text"], quantity["value"]) == ("'-3.5 percent", "-3.5")


def test_csv_cells_keep_separators_quotes_and_line_breaks(builtin_pm: pluggy.PluginManager) -> None:
    digest = hostile_digest()
    rows = read_csv(export(builtin_pm, "csv", [digest]))
    assert [csv_format.restore(r["sentence"]) for r in rows] == [
        digest.articles[0].sentences[1].text,
        digest.articles[0].sentences[0].text,
        digest.articles[0].sentences[2].text,
    ]
    assert "\t" in rows[0]["sentence"]


def test_csv_bom_option(builtin_pm: pluggy.PluginManager) -> None:
    plain = export(builtin_pm, "csv", [kabul_digest()])
    assert not plain.startswith(b"\xef\xbb\xbf")
    assert export(builtin_pm, "csv", [kabul_digest()], parameters=(("bom", "yes"),)) == b"\xef\xbb\xbf" + plain
    with pytest.raises(newskit.ExportError, match="bom takes yes or no"):
        export(builtin_pm, "csv", [kabul_digest()], parameters=(("bom", "maybe"),))


def test_csv_streams_each_digest_before_reading_the_next(builtin_pm: pluggy.PluginManager) -> None:
    stream = io.BytesIO()

    def digests() -> Iterator[Digest]:
        yield kabul_digest("first")
        assert b"first,art1" in stream.getvalue()
        yield kabul_digest("second")

    get_exporter(builtin_pm, "csv").write(digests(), stream, newskit.ExportOptions())
    assert b"second,art2" in stream.getvalue()


def test_csv_rows_are_what_the_file_holds() -> None:
    stream = io.BytesIO()
    digests = [kabul_digest(), hostile_digest()]
    for table in csv_format.TABLES:
        stream = io.BytesIO()
        csv_format.write(digests, stream, newskit.ExportOptions(table=table))
        assert read_csv(stream.getvalue()) == list(csv_format.rows(digests, table))


# --- ics ---------------------------------------------------------------------------------------


def test_ics_has_one_all_day_vevent_per_dated_event(builtin_pm: pluggy.PluginManager) -> None:
    with pytest.warns(newskit.NewskitWarning, match=r"^1 undated event left out of the calendar$"):
        data = export(builtin_pm, "ics", [kabul_digest()])
    events = vevents(data)
    assert [(e.decoded("dtstart"), e.decoded("dtend")) for e in events] == [
        (dt.date(2024, 12, 30), dt.date(2025, 1, 6)),  # a range ends the day after its last day
        (dt.date(2025, 1, 5), dt.date(2025, 1, 6)),
        (dt.date(2025, 1, 5), dt.date(2025, 1, 6)),
    ]
    assert all(not isinstance(e.decoded("dtstart"), dt.datetime) for e in events)
    assert b"DTSTART;VALUE=DATE:20250105\r\n" in data
    meet = events[2]
    assert str(meet["summary"]) == "Sergei Lukashevich meets Sher Mohammad Abbas Stanikzai in Kabul"
    assert str(meet["description"]) == kabul_digest().articles[0].sentences[1].text
    assert [str(c) for c in meet["categories"].cats] == ["meet"]
    assert str(meet["location"]) == "Kabul"
    assert "location" not in events[1]
    assert meet.decoded("dtstamp") == dt.datetime(2025, 1, 9, tzinfo=dt.UTC)
    assert str(meet["transp"]) == "TRANSPARENT"


def test_ics_calendar_properties(builtin_pm: pluggy.PluginManager) -> None:
    with pytest.warns(newskit.NewskitWarning):
        calendar = icalendar.Calendar.from_ical(export(builtin_pm, "ics", [kabul_digest()]))
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["prodid"]) == f"-//newskit//newskit {newskit.__version__}//EN"
    assert str(calendar["x-wr-calname"]) == "kabul — newskit timeline"
    assert "method" not in calendar  # DTSTAMP then means "last revised": the publication date


@pytest.mark.parametrize(
    ("digests", "parameters", "name"),
    [
        ([kabul_digest(None)], (), "newskit timeline"),
        ([kabul_digest("a"), kabul_digest("b")], (), "newskit timeline"),
        ([kabul_digest("a"), kabul_digest("a")], (), "a — newskit timeline"),
        ([kabul_digest("a")], (("name", "Afghanistan, January"),), "Afghanistan, January"),
        ([kabul_digest("two\nlines")], (), "two lines — newskit timeline"),
        ([kabul_digest("\r\n")], (), "newskit timeline"),
        ([kabul_digest("a")], (("name", " Afghanistan,\r\n January "),), "Afghanistan, January"),
    ],
)
def test_ics_calendar_name(
    builtin_pm: pluggy.PluginManager, digests: list[Digest], parameters: tuple[tuple[str, str], ...], name: str
) -> None:
    with pytest.warns(newskit.NewskitWarning):
        data = export(builtin_pm, "ics", digests, parameters=parameters)
    assert str(icalendar.Calendar.from_ical(data)["x-wr-calname"]) == name


def test_ics_warns_once_per_write_counting_every_undated_event(builtin_pm: pluggy.PluginManager) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        export(builtin_pm, "ics", [kabul_digest("a"), hostile_digest(), empty_digest(), kabul_digest("b")])
    assert [str(w.message) for w in caught] == ["3 undated events left out of the calendar"]
    assert caught[0].category is newskit.NewskitWarning


def test_ics_does_not_warn_when_every_event_is_dated(builtin_pm: pluggy.PluginManager) -> None:
    digest = kabul_digest()
    articles = [attrs.evolve(a, events=[e for e in a.events if e.date_start]) for a in digest.articles]
    events = vevents(export(builtin_pm, "ics", [attrs.evolve(digest, articles=articles)]))  # filterwarnings=error
    assert len(events) == 3
    assert vevents(export(builtin_pm, "ics", [])) == []


def test_ics_many_digests_make_one_calendar_in_date_order(builtin_pm: pluggy.PluginManager) -> None:
    with pytest.warns(newskit.NewskitWarning, match="^2 undated events"):
        data = export(builtin_pm, "ics", [hostile_digest(), kabul_digest()])
    assert data.count(b"BEGIN:VCALENDAR") == 1
    events = vevents(data)
    assert [e.decoded("dtstart") for e in events] == sorted(e.decoded("dtstart") for e in events)
    assert len(events) == 5
    assert events[-1].decoded("dtstamp") == ics_format.EPOCH  # the hostile digest has no publication date


def test_ics_uids_are_stable_and_unique(builtin_pm: pluggy.PluginManager) -> None:
    with pytest.warns(newskit.NewskitWarning):
        first = [str(e["uid"]) for e in vevents(export(builtin_pm, "ics", [kabul_digest()]))]
    with pytest.warns(newskit.NewskitWarning):
        again = [str(e["uid"]) for e in vevents(export(builtin_pm, "ics", [kabul_digest()]))]
    assert first == again
    assert all(len(uid) == len("0123456789abcdef0123@newskit") and uid.endswith("@newskit") for uid in first)
    assert len(set(first)) == len(first)
    with pytest.warns(newskit.NewskitWarning):
        other = [str(e["uid"]) for e in vevents(export(builtin_pm, "ics", [kabul_digest("other")]))]
    assert not set(first) & set(other)
    with pytest.warns(newskit.NewskitWarning):
        twice = [str(e["uid"]) for e in vevents(export(builtin_pm, "ics", [kabul_digest(), kabul_digest()]))]
    assert len(set(twice)) == 6 and set(first) < set(twice)
    assert sum(uid.endswith("-2@newskit") for uid in twice) == 3


def test_ics_uid_is_a_hash_of_document_article_event_and_trigger() -> None:
    digest = kabul_digest()
    event = digest.articles[0].events[1]
    uid = ics_format.event_uid(digest, "art1", event)
    assert uid == ics_format.event_uid(attrs.evolve(digest, published=None), "art1", attrs.evolve(event, type="x"))
    moved = attrs.evolve(event, trigger=Span(start=event.trigger.start + 1, end=event.trigger.end, text="et"))
    assert ics_format.event_uid(digest, "art1", moved) != uid


def test_ics_an_event_ending_on_the_last_representable_day_is_an_export_error(builtin_pm: pluggy.PluginManager) -> None:
    digest = kabul_digest()
    late = attrs.evolve(digest.articles[0].events[0], date_start=dt.date.max, date_end=dt.date.max)
    digest = attrs.evolve(digest, articles=[attrs.evolve(digest.articles[0], events=[late])])
    with pytest.raises(newskit.ExportError, match="too late for a calendar"):
        export(builtin_pm, "ics", [digest])


def test_ics_an_end_before_the_start_is_a_one_day_event(builtin_pm: pluggy.PluginManager) -> None:
    digest = kabul_digest()
    backwards = attrs.evolve(digest.articles[0].events[0], date_end=dt.date(2025, 1, 1))
    digest = attrs.evolve(digest, articles=[attrs.evolve(digest.articles[0], events=[backwards])])
    (vevent,) = vevents(export(builtin_pm, "ics", [digest]))
    assert (vevent.decoded("dtstart"), vevent.decoded("dtend")) == (dt.date(2025, 1, 5), dt.date(2025, 1, 6))


def test_ics_text_loses_control_characters_and_keeps_the_rest(builtin_pm: pluggy.PluginManager) -> None:
    text = "Sergei\x00 met\x07 Stanikzai;\r\nin Kabul, “today”."
    event = Event(
        id="art1-e1",
        type="meet",
        trigger=Span.of(text, 8, 11),
        sentence=Span.of(text, 0, len(text)),
        date_start=dt.date(2025, 1, 5),
    )
    digest = Digest(text=text, articles=[newskit.Article(id="art1", start=0, end=len(text), events=[event])])
    (vevent,) = vevents(export(builtin_pm, "ics", [digest]))
    assert str(vevent["description"]) == "Sergei met Stanikzai;\nin Kabul, “today”."
    assert vevent.decoded("dtend") == dt.date(2025, 1, 6)  # no date_end: one day


def _event(type: str = "meet", *roles: tuple[str, str], **fields: object) -> tuple[Digest, Event]:
    actors = [
        Actor(id="a", name="Sergei Lukashevich", kind="person"),
        Actor(id="b", name="Anna Paulina Luna", kind="person"),
        Actor(id="t", name="Sher Mohammad Abbas Stanikzai", kind="person"),
        Actor(id="u", name="Tim Burchett", kind="person"),
        Actor(id="k", name="Kabul", kind="place"),
        Actor(id="g", name="Pakistani security forces", kind="group"),
        Actor(id="o", name="Taliban", kind="organization"),
        Actor(id="n", name="United Nations", kind="organization"),
        Actor(id="h", name="Hamas", kind="group"),
        Actor(id="p", name="Pakistani authorities", kind="organization"),
        Actor(id="f", name="Afghans", kind="group"),
        Actor(id="c", name="Police", kind="organization"),
        Actor(id="m", name="Two men", kind="group"),  # a phrase read from a headline's start
    ]
    text = "They met."
    event = Event(
        id="art1-e1",
        type=type,
        trigger=Span.of(text, 5, 8),
        sentence=Span.of(text, 0, 9),
        participants=[Participant(actor=a, role=r) for a, r in roles],  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )
    return Digest(text=text, actors=actors), event


SUMMARIES = [
    # (type, participants, fields, summary)
    ("meet", [("a", "agent"), ("t", "target")], {}, "Sergei Lukashevich meets Sher Mohammad Abbas Stanikzai"),
    ("meet", [("a", "agent"), ("t", "target")], {"location": "k"},
     "Sergei Lukashevich meets Sher Mohammad Abbas Stanikzai in Kabul"),
    ("meet", [("a", "agent"), ("b", "agent"), ("t", "target")], {},
     "Sergei Lukashevich and Anna Paulina Luna meet Sher Mohammad Abbas Stanikzai"),
    ("meet", [("a", "agent"), ("t", "target"), ("u", "target"), ("b", "target")], {},
     "Sergei Lukashevich meets Sher Mohammad Abbas Stanikzai, Tim Burchett and Anna Paulina Luna"),
    ("meet", [("a", "agent"), ("t", "target")], {"polarity": "negative"},
     "Sergei Lukashevich does not meet Sher Mohammad Abbas Stanikzai"),
    ("meet", [("a", "agent"), ("b", "agent")], {"polarity": "negative"},
     "Sergei Lukashevich and Anna Paulina Luna do not meet"),
    ("meet", [("a", "agent"), ("t", "target")], {"modality": "planned"},
     "Sergei Lukashevich meets Sher Mohammad Abbas Stanikzai (planned)"),
    ("meet", [("a", "agent"), ("t", "target")], {"modality": "reported"},
     "Sergei Lukashevich meets Sher Mohammad Abbas Stanikzai"),
    ("criticize", [("b", "agent")], {}, "Anna Paulina Luna criticizes"),
    ("deny", [("b", "agent")], {}, "Anna Paulina Luna denies"),
    ("approach", [("b", "agent")], {}, "Anna Paulina Luna approaches"),
    ("propose", [("u", "agent"), ("b", "participant")], {}, "Tim Burchett proposes with Anna Paulina Luna"),
    ("statement", [("b", "agent"), ("u", "target")], {}, "Anna Paulina Luna makes a statement about Tim Burchett"),
    ("announce", [("o", "agent"), ("a", "target")], {},
     "Taliban makes an announcement about Sergei Lukashevich"),
    ("announce", [("o", "agent")], {}, "Taliban makes an announcement"),
    ("sign_deal", [("a", "agent"), ("t", "target")], {}, "Sergei Lukashevich signs deal Sher Mohammad Abbas Stanikzai"),
    ("visit", [("a", "agent"), ("k", "target")], {"location": "k"}, "Sergei Lukashevich visits Kabul"),
    ("visit", [("a", "agent")], {"location": "k"}, "Sergei Lukashevich visits Kabul"),
    ("visit", [("a", "agent"), ("t", "target")], {"location": "k"},
     "Sergei Lukashevich visits Sher Mohammad Abbas Stanikzai in Kabul"),
    ("visit", [("t", "target")], {"location": "k"}, "Visit: Sher Mohammad Abbas Stanikzai in Kabul"),
    ("visit", [], {"location": "k"}, "Visit (“met”) in Kabul"),
    ("deport", [("g", "agent"), ("u", "target")], {"location": "k"},
     "Pakistani security forces deport Tim Burchett to Kabul"),
    ("detain", [("g", "agent"), ("u", "target")], {"polarity": "negative"},
     "Pakistani security forces do not detain Tim Burchett"),
    ("detain", [("o", "agent"), ("u", "target")], {}, "Taliban detains Tim Burchett"),
    ("detain", [("p", "agent"), ("u", "target")], {}, "Pakistani authorities detain Tim Burchett"),
    ("criticize", [("n", "agent")], {}, "United Nations criticizes"),
    ("criticize", [("h", "agent")], {}, "Hamas criticizes"),
    ("protest", [("f", "agent"), ("p", "target")], {}, "Afghans protest against Pakistani authorities"),
    ("trade", [("o", "agent"), ("g", "target")], {}, "Taliban trades with Pakistani security forces"),
    ("conference", [("a", "agent")], {"location": "k"}, "Sergei Lukashevich holds a conference in Kabul"),
    ("aid", [("a", "agent"), ("o", "target")], {}, "Sergei Lukashevich gives aid to Taliban"),
    ("detain", [("u", "target")], {}, "Tim Burchett detained"),
    ("detain", [("u", "target")], {"polarity": "negative", "location": "k"}, "Tim Burchett not detained in Kabul"),
    ("meet", [("u", "target")], {}, "Meet: Tim Burchett"),
    ("meet", [], {}, "Meet (“met”)"),
    ("meet", [("a", "agent"), ("zz", "target")], {}, "Sergei Lukashevich meets"),  # unknown actor ids are skipped
    # "Police" is a plural; a phrase naming no one is in lower case after the verb, capitalised first
    ("charge", [("c", "agent"), ("m", "target")], {}, "Police charge two men"),
    ("detain", [("m", "target")], {}, "Two men detained"),
]  # fmt: skip


@pytest.mark.parametrize(("type", "roles", "fields", "summary"), SUMMARIES)
def test_ics_summary(type: str, roles: list[tuple[str, str]], fields: dict[str, object], summary: str) -> None:
    digest, event = _event(type, *roles, **fields)
    assert ics_format.event_summary(digest, event) == summary


# --- determinism -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["json", "jsonl", "csv", "ics"])
def test_two_writes_are_byte_identical(builtin_pm: pluggy.PluginManager, name: str) -> None:
    def run() -> bytes:
        digests = [kabul_digest()] if name == "json" else [kabul_digest(), hostile_digest(), empty_digest()]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newskit.NewskitWarning)
            return export(builtin_pm, name, digests)

    assert run() == run()


# --- through the command line ------------------------------------------------------------------


def test_command_line_writes_csv_tables_and_ics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_text: str
) -> None:
    source = tmp_path / "seed.txt"
    source.write_text(seed_text, encoding="utf-8")
    out = tmp_path / "out.csv"
    for table in csv_format.TABLES:
        args = ["parse", str(source), "--published", "2025-01-09", "--format", "csv", "--table", table, "-o", str(out)]
        assert cli.main(args) == 0
        assert read_csv(out.read_bytes()) == list(
            csv_format.rows([newskit.parse(seed_text, published="2025-01-09", document="seed")], table)
        )
    calendar = tmp_path / "out.ics"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newskit.NewskitWarning)  # the extractors may leave events undated
        assert (
            cli.main(["parse", str(source), "--published", "2025-01-09", "--format", "ics", "-o", str(calendar)]) == 0
        )
    parsed = icalendar.Calendar.from_ical(calendar.read_bytes())
    assert str(parsed["x-wr-calname"]) == "seed — newskit timeline"
    capsys.readouterr()
    assert (
        cli.main(["parse", str(source), "--format", "csv", "--table", "people", "-o", str(out)]) == 2
    )  # a usage error, found before parsing
    assert "valid tables: events, actors, times, quotes, quantities" in capsys.readouterr().err


def test_passive_summaries_are_for_types_of_the_taxonomy() -> None:
    from newskit.data.event_types import EVENT_TYPES

    assert set(ics_format.PASSIVES) <= set(EVENT_TYPES)
