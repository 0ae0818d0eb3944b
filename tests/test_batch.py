"""Batches and streams: order, workers, failures reported and skipped, nothing lost."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newskit
from newskit.batch import Failure, Record, parse_records, read_jsonl
from newskit.host import get_plugin_manager, list_plugins

TEXTS = [f"Story {n}. Officials met in Kabul on Sunday.\n" for n in range(30)]


def test_parse_many_keeps_input_order_in_process() -> None:
    digests = list(newskit.parse_many(TEXTS, published="2025-01-09"))
    assert [d.text for d in digests] == TEXTS
    assert [d.document for d in digests] == [str(n) for n in range(1, 31)]


@pytest.mark.slow
def test_parse_many_with_workers_gives_the_same_digests() -> None:
    single = list(newskit.parse_many(TEXTS, published="2025-01-09", workers=1))
    several = list(newskit.parse_many(TEXTS, published="2025-01-09", workers=2))
    assert several == single


def test_read_jsonl_reports_bad_lines_and_keeps_going() -> None:
    lines = [
        b'{"id": "a", "text": "One."}\n',
        b"\n",
        b"not json\n",
        b'{"text": 5}\n',
        b"\xff\n",
        b'{"text": "Two.", "published": "2024-02-29", "split": false}\n',
    ]
    items = list(read_jsonl(lines, published="2025-01-09"))
    assert [type(i).__name__ for i in items] == ["Record", "Failure", "Failure", "Failure", "Record"]
    first, *failures, last = items
    assert isinstance(first, Record) and first.id == "a" and str(first.published) == "2025-01-09"
    assert [f.line for f in failures if isinstance(f, Failure)] == [3, 4, 5]
    assert isinstance(last, Record) and last.id == "6" and last.split is False and str(last.published) == "2024-02-29"


def test_failures_pass_through_in_order() -> None:
    items: list[Record | Failure] = [
        Record(id="1", text="A."),
        Failure(line=2, id=None, reason="bad"),
        Record(id="3", text="C."),
    ]
    out = list(parse_records(items, plugin_manager=get_plugin_manager(entry_points=False)))
    assert [type(o).__name__ for o in out] == ["Digest", "Failure", "Digest"]


def test_parse_many_raises_on_the_first_bad_record() -> None:
    class FailsOnB:
        @newskit.hookimpl
        def enrich_digest(self, digest: newskit.Digest, options: newskit.ParseOptions) -> None:
            if "B" in digest.text:
                raise ValueError("no B")

    pm = get_plugin_manager(entry_points=False, extra=[FailsOnB()])
    with pytest.raises(newskit.ParseError, match=r"record 2: plugin .* failed in enrich_digest"):
        list(newskit.parse_many(["A.", "B.", "C."], plugin_manager=pm))
    with pytest.raises(newskit.ParseError, match="published must be a date"):
        list(newskit.parse_many(["A."], published="nope"))


def test_broken_third_party_plugin_is_skipped_with_one_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = importlib.metadata.EntryPoint(name="broken", value="newskit_no_such_module", group="newskit")
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [broken])
    with pytest.warns(newskit.NewskitWarning, match="plugin 'broken' .* failed to load"):
        pm = get_plugin_manager()
    assert "broken" not in {info.name for info in list_plugins(pm)}
    with pytest.raises(newskit.PluginError, match="plugin 'broken'") as info:
        get_plugin_manager(strict=True)
    assert info.value.plugin == "broken"
    monkeypatch.setenv("NEWSKIT_STRICT_PLUGINS", "1")
    with pytest.raises(newskit.PluginError):
        get_plugin_manager()


def test_newskit_plugins_variable_limits_third_party_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    other = importlib.metadata.EntryPoint(name="other", value="newskit_no_such_module", group="newskit")
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [other])
    monkeypatch.setenv("NEWSKIT_PLUGINS", "sample")
    pm = get_plugin_manager()  # "other" is not wanted, so it is never imported: no warning
    assert "other" not in {info.name for info in list_plugins(pm)}


@pytest.mark.slow
def test_cli_stream_skips_bad_records_into_an_errors_file(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    records = [json.dumps({"id": f"r{n}", "text": f"Story {n} was published."}) for n in range(5)]
    records.insert(2, "{broken")
    source.write_text("\n".join(records) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "newskit",
            "parse",
            str(source),
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "-o",
            str(out),
            "--errors",
            "skip",
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["document"] for line in out.read_text().splitlines()] == [f"r{n}" for n in range(5)]
    errors = [json.loads(line) for line in Path(f"{out}.errors.jsonl").read_text().splitlines()]
    assert errors == [{"line": 3, "id": None, "error": errors[0]["error"], "record": "{broken"}]
    assert "not JSON" in errors[0]["error"]
    assert "6 records read, 5 written, 1 skipped" in proc.stderr
