"""The html exporter: conformance (newskit.testing), marks, escaping, determinism, entry point."""

from __future__ import annotations

import datetime as dt
import html.parser
import importlib.metadata
import json
import re

import attrs
import newskit_html
import pytest

import newskit
from newskit.testing import annotated_digest, check_exporter, plugin_manager, sample_digest


class _Page(html.parser.HTMLParser):
    """Collects the tags, the marks and the JSON data of a page, and checks tags are balanced."""

    VOID = frozenset({"meta", "link", "br", "img", "input", "hr"})

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.tags: list[str] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text: list[str] = []
        self._script: dict[str, str | None] | None = None
        self.feed(text)
        self.close()
        assert self.stack == [], f"unclosed tags: {self.stack}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if "event-mark" in (values.get("class") or "").split():
            self.marks.append(values)
        if tag == "script":
            self._script = values
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1:] == [tag], f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self.scripts.append((self._script, data))
        else:
            self.text.append(data)

    def data(self) -> dict[str, object]:
        blobs = [text for attributes, text in self.scripts if attributes.get("type") == "application/json"]
        assert len(blobs) == 1
        loaded: dict[str, object] = json.loads(blobs[0])
        return loaded


def _dated(digest: newskit.Digest) -> list[newskit.Event]:
    return [e for a in digest.articles for e in a.events if e.date_start is not None]


def test_conforms() -> None:
    out = check_exporter("html", pm=plugin_manager(newskit_html))
    assert out.startswith(b"<!DOCTYPE html>\n")


def test_found_by_entry_point() -> None:
    assert importlib.metadata.distribution("newskit-html").version == "0.1.0"
    infos = {info.name: info for info in newskit.plugins()}
    assert infos["html"].distribution == "newskit-html"
    assert infos["html"].hooks == ("register_exporters",)


def test_one_mark_per_dated_event_with_its_date_and_type() -> None:
    digest = annotated_digest()
    page = _Page(newskit_html.render([digest]))
    dated = _dated(digest)
    assert len(page.marks) == len(dated) == 6
    by_event = {(m["data-article"], m["data-event"]): m for m in page.marks}
    for article in digest.articles:
        for event in article.events:
            if event.date_start is None:
                continue
            mark = by_event[(article.id, event.id)]
            assert mark["data-date"] == event.date_start.isoformat()
            assert mark["data-date-end"] == (event.date_end or event.date_start).isoformat()
            assert mark["data-type"] == event.type
    # a month-long event is drawn as a bar, a planned one as hollow
    june = by_event[("art1", "art1-e4")]
    assert {"event-range", "event-hedged"} <= set((june["class"] or "").split())


def test_the_page_shows_actors_quotes_undated_events_and_lanes() -> None:
    page = _Page(newskit_html.render([annotated_digest()]))
    text = " ".join(page.text)
    assert "Lisbon Dockworkers End Strike After Pay Deal" in text
    assert "Kenya and Tanzania Sign Border Trade Accord" in text
    assert "Ana Ribeiro" in text
    assert "president" in text
    assert "“a fair result for every family on the docks.”" in text
    assert "Undated events" in text
    assert "dockworkers — halt" in text


def test_the_script_data_carries_sentence_trigger_and_article() -> None:
    digest = annotated_digest()
    page = _Page(newskit_html.render([digest]))
    events = page.data()["events"]
    assert isinstance(events, dict)
    entry = events["d0-art2-art2-e1"]
    sentence, (start, end) = entry["sentence"], entry["trigger"]
    assert sentence[start:end] == "signed"  # no astral characters here, so UTF-16 and code points agree
    assert entry["headline"] == "Kenya and Tanzania Sign Border Trade Accord"
    assert {m["data-key"] for m in page.marks} == set(events)


def test_trigger_offsets_count_utf16_units_for_javascript() -> None:
    text = "Fans 🎉 cheered in Paris on Monday."
    digest = newskit.Digest(text=text)
    sentence = newskit.Span.of(text, 0, len(text))
    trigger = newskit.Span.of(text, text.index("cheered"), text.index("cheered") + 7)
    event = newskit.Event(
        id="art1-e1",
        type="celebrate",
        trigger=trigger,
        sentence=sentence,
        date_start=newskit.testing.SAMPLE_PUBLISHED,
    )
    article = newskit.Article(id="art1", start=0, end=len(text), sentences=[sentence], events=[event])
    page = _Page(newskit_html.render([attrs.evolve(digest, articles=[article])]))
    start, end = page.data()["events"]["d0-art1-art1-e1"]["trigger"]  # type: ignore[index]
    assert text.encode("utf-16-le")[start * 2 : end * 2].decode("utf-16-le") == "cheered"


HOSTILE = '</script><script>alert("x")</script> <b onmouseover=alert(1)>&amp; \u2028'


def _hostile_digest() -> newskit.Digest:
    text = f"{HOSTILE}\n\nThe {HOSTILE} met the <i>press</i> on Monday.\n"
    base = annotated_digest()
    start = text.index("met")
    sentence = newskit.Span.of(text, text.index("The"), text.index("Monday.") + 7)
    title = newskit.Span.of(text, 0, len(HOSTILE))
    actor = newskit.Actor(
        id="act1",
        name=HOSTILE,
        kind="organization",
        roles=[HOSTILE],
        mentions=[
            newskit.Mention(
                start=sentence.start + 4, end=sentence.start + 4 + len(HOSTILE), text=HOSTILE, article="art1"
            )
        ],
    )
    event = newskit.Event(
        id="art1-e1",
        type='meet"><script>',
        trigger=newskit.Span.of(text, start, start + 3),
        sentence=sentence,
        participants=[newskit.Participant(actor="act1", role="agent")],
        date_start=base.published,
    )
    quote = newskit.Quote(start=title.start, end=title.end, text=title.text, speaker="act1")
    article = newskit.Article(
        id="art1", start=0, end=len(text), title=title, sentences=[title, sentence], events=[event], quotes=[quote]
    )
    return newskit.Digest(text=text, published=base.published, articles=[article], actors=[actor], document=HOSTILE)


def test_all_text_is_escaped() -> None:
    out = newskit_html.render([_hostile_digest()])
    page = _Page(out)  # balanced: nothing in the text opened or closed a tag
    assert page.tags.count("script") == 2  # the JSON data and the page's own script, nothing injected
    assert not {"b", "i"} & set(page.tags)
    assert out.count("</script>") == 2
    assert page.marks[0]["data-type"] == 'meet"><script>'  # attribute values come back intact
    assert HOSTILE in " ".join(page.text)
    blob = out.split('id="newskit-data">', 1)[1].split("</script>", 1)[0]
    assert not set("<>&\u2028") & set(blob)
    assert page.data()["events"]["d0-art1-art1-e1"]["sentence"] == f"The {HOSTILE} met the <i>press</i> on Monday."  # type: ignore[index]


def test_no_network_no_cdn() -> None:
    out = newskit_html.render([annotated_digest()])
    assert not re.search(r"(src|href)=\"(https?:)?//", out)
    assert "@import" not in out
    assert "url(" not in out
    assert "default-src 'none'" in out


def test_deterministic_and_one_page_for_several_digests() -> None:
    first = newskit_html.render([annotated_digest(), sample_digest()])
    assert first == newskit_html.render([annotated_digest(), sample_digest()])
    other = attrs.evolve(annotated_digest(), document="other")
    page = _Page(newskit_html.render([annotated_digest(), other]))
    assert len(page.marks) == 12
    assert len({m["data-key"] for m in page.marks}) == 12  # event ids repeat across digests, keys do not


def test_empty_inputs_give_a_page_saying_so() -> None:
    assert "Nothing to show" in " ".join(_Page(newskit_html.render([])).text)
    bare = newskit.Digest(text="Nothing happened.")
    assert "No dated events." in " ".join(_Page(newskit_html.render([bare])).text)


@pytest.mark.parametrize("days", [0, 1, 6, 20, 45, 100, 400, 1000, 4000, 40000])
def test_ticks_fit_short_and_long_spans(days: int) -> None:
    digest = annotated_digest()
    first = dt.date(2020, 2, 29)
    events = []
    for number, article in enumerate(digest.articles):
        event = article.events[0]
        day = first + dt.timedelta(days=days * number)
        events.append(attrs.evolve(article, events=[attrs.evolve(event, date_start=day, date_end=day, time=None)]))
    out = newskit_html.render([attrs.evolve(digest, articles=events)])
    ticks = re.findall(r'class="tick" style="left:([0-9.]+)%">([^<]+)<', out)
    assert 2 <= len(ticks) <= 13, ticks
    assert all(0 <= float(left) <= 100 for left, _ in ticks)
    assert len({label for _, label in ticks}) == len(ticks)  # no label twice
    assert len(_Page(out).marks) == 2
