"""The markdown exporter: conformance (newskit.testing), content, escaping, entry point."""

from __future__ import annotations

import importlib.metadata
import io

import attrs
import newskit_markdown

import newskit
from newskit.testing import annotated_digest, check_exporter, plugin_manager


def test_conforms() -> None:
    out = check_exporter("markdown", pm=plugin_manager(newskit_markdown))
    assert out.decode("utf-8").startswith("# Briefing: sample\n")


def test_found_by_entry_point() -> None:
    assert importlib.metadata.distribution("newskit-markdown").version == "0.1.0"
    infos = {info.name: info for info in newskit.plugins()}
    assert infos["markdown"].distribution == "newskit-markdown"
    assert infos["markdown"].hooks == ("register_exporters",)


def test_briefing_has_headlines_dated_events_actors_and_quotes() -> None:
    text = newskit_markdown.render([annotated_digest()])
    assert "## Lisbon Dockworkers End Strike After Pay Deal" in text
    assert "## Kenya and Tanzania Sign Border Trade Accord" in text
    # dated events in date order, each with its source sentence
    march8 = text.index("- **2025-03-08** — dockworkers — strike (in Lisbon)")
    march11 = text.index("- **2025-03-11** — dockworkers — strike (in Lisbon)")
    june = text.index("- **2025-06** — meet — SINPORT, port authority _(planned)_")
    assert march8 < march11 < june
    assert "  > The strike began on 8 March and halted shipments worth €12 million a day." in text
    assert "- **2024-01** — Kenya and Tanzania — discuss" in text
    assert "### Undated events\n\n- dockworkers — halt" in text
    assert "- **Ana Ribeiro** (person; president; of SINPORT), 1 mention" in text
    assert "- **Joseph Mwangi** (person; trade minister; of Kenya), 2 mentions" in text
    assert "> “a fair result for every family on the docks.”\n> — Ana Ribeiro" in text


def test_first_sentence_stands_in_for_a_missing_headline() -> None:
    digest = annotated_digest()
    first = attrs.evolve(digest.articles[0], title=None, sentences=digest.articles[0].sentences[1:])
    text = newskit_markdown.render_digest(attrs.evolve(digest, articles=[first, *digest.articles[1:]]))
    assert "## Dockworkers in Lisbon ended a three-day strike on Tuesday" in text


def test_source_text_is_escaped() -> None:
    assert newskit_markdown.escape("*Breaking* [news](http://x) <b>now</b> & a_b") == (
        r"\*Breaking\* \[news\](http://x) \<b\>now\</b\> & a\_b"
    )
    assert newskit_markdown.escape("# Not a heading") == r"\# Not a heading"
    assert newskit_markdown.escape("- not a list\nitem") == r"\- not a list item"
    assert newskit_markdown.escape("1. first") == r"1\. first"
    assert newskit_markdown.escape("&amp; stays") == r"\&amp; stays"


def test_several_digests_stream_one_after_another() -> None:
    stream = io.BytesIO()
    newskit_markdown.write(iter([annotated_digest(), annotated_digest()]), stream, newskit.ExportOptions())
    text = stream.getvalue().decode("utf-8")
    assert text.count("# Briefing: sample") == 2
    assert "\n---\n" in text


def test_cli(tmp_path: object) -> None:
    from pathlib import Path

    from newskit.cli import main
    from newskit.testing import sample_text

    folder = Path(str(tmp_path))
    source = folder / "news.txt"
    source.write_text(sample_text(), encoding="utf-8")
    out = folder / "news.md"
    assert main(["parse", str(source), "--published", "2025-03-14", "--format", "markdown", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Briefing: news\n")
