"""The command line, run as users run it: ``python -m newskit`` in a subprocess."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED

pytestmark = pytest.mark.slow


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newskit", *args], input=stdin, capture_output=True, cwd=cwd, timeout=120
    )


def one_line_error(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode()
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    assert err.startswith("newskit: error: ")
    return err


def test_parse_seed_to_json_file(tmp_path: Path) -> None:
    out = tmp_path / "seed.json"
    proc = run("parse", str(SEED), "--published", "2025-01-09", "--format", "json", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "newskit/1"
    assert data["published"] == "2025-01-09"
    assert len(data["articles"]) == 6


def test_default_output_is_a_readable_timeline() -> None:
    proc = run("parse", str(SEED), "--published", "2025-01-09")
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.decode().splitlines()[0]
    assert "6 article(s)" in first and "published 2025-01-09" in first


def test_stdin_to_stdout_is_deterministic() -> None:
    text = SEED.read_bytes()
    first = run("parse", "-", "--published", "2025-01-09", "--format", "json", stdin=text)
    second = run("parse", "-", "--published", "2025-01-09", "--format", "json", stdin=text)
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout


def test_split_option_reads_one_article() -> None:
    proc = run("parse", str(SEED), "--split", "no", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["articles"]) == 1


def test_jsonl_input_and_output() -> None:
    records = [
        {"id": "a", "text": "Officials met in Kabul on Sunday.", "published": "2025-01-09"},
        {"id": "b", "text": "Headline\n\nOne story.\n\n\nAnother story.", "split": False},
    ]
    stdin = "\n".join(json.dumps(r) for r in records).encode() + b"\n\n"
    proc = run("parse", "-", "--input-format", "jsonl", "--format", "jsonl", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [(line["document"], line["id"]) for line in lines] == [("a", "art1"), ("b", "art1")]
    assert lines[0]["published"] == "2025-01-09"
    assert lines[1]["published"] is None


@pytest.mark.parametrize(
    ("args", "stdin", "code", "message"),
    [
        (("parse", "no/such/file.txt"), None, 1, "no such file"),
        (("parse", "-", "--published", "soon"), b"x", 2, "--published"),
        (("parse", "-", "--format", "pdf"), b"x", 2, "unknown format 'pdf'"),
        (("parse", "-"), b"\xff\xfe bad", 1, "not UTF-8"),
        (("parse", "-", "--input-format", "jsonl"), b'{"id": 1}\n', 1, "line 1"),
        (("parse", "-", "--input-format", "jsonl"), b'{"text": "ok"}\nnot json\n', 1, "line 2: not JSON"),
        (("parse", "-", "--input-format", "jsonl"), b'{"text": "a", "published": "x"}\n', 1, "line 1"),
        (("parse", "-", "--split", "maybe"), b"x", 2, "--split"),
        (("parse", "-", "-o", "no/such/dir/out.json"), b"x", 1, "no such directory"),
        (("-p", "ics", "plugins"), None, 2, "-p takes no:NAME"),
        (("frobnicate",), None, 2, "invalid choice"),
        (("parse",), None, 2, "required"),
    ],
)
def test_user_errors_are_one_line(args: tuple[str, ...], stdin: bytes | None, code: int, message: str) -> None:
    proc = run(*args, stdin=stdin)
    assert proc.returncode == code
    assert message in one_line_error(proc)


def test_json_format_refuses_several_records_and_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    stdin = b'{"text": "One."}\n{"text": "Two."}\n'
    proc = run("parse", "-", "--input-format", "jsonl", "--format", "json", "-o", str(out), stdin=stdin)
    assert proc.returncode == 1
    assert "use --format jsonl" in one_line_error(proc)
    assert list(tmp_path.iterdir()) == []


def test_failed_run_keeps_the_old_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    stdin = b'{"text": "One."}\nbroken\n'
    proc = run("parse", "-", "--input-format", "jsonl", "--format", "jsonl", "-o", str(out), stdin=stdin)
    assert proc.returncode == 1
    assert out.read_text() == "previous\n"
    assert list(tmp_path.iterdir()) == [out]


def test_output_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    """The atomic write's private temporary file must not leave the output readable by its owner only."""
    fresh, kept = tmp_path / "fresh.txt", tmp_path / "kept.txt"
    kept.write_text("old")
    kept.chmod(0o640)
    umask = "umask 022 && " if sys.platform != "win32" else ""
    for out in (fresh, kept):
        proc = subprocess.run(
            f"{umask}{shlex.quote(sys.executable)} -m newskit parse - -o {shlex.quote(str(out))}",
            shell=True, input=b"Ms Luna spoke on Sunday.", capture_output=True, timeout=120,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
    assert fresh.stat().st_mode & 0o777 == 0o644
    assert kept.stat().st_mode & 0o777 == 0o640


def test_plugins_and_formats_listings() -> None:
    proc = run("plugins", "--json")
    assert proc.returncode == 0, proc.stderr
    names = [p["name"] for p in json.loads(proc.stdout)]
    assert names[:9] == ["times", "actors", "quantities", "quotes", "events", "json", "jsonl", "csv", "ics"]
    proc = run("formats")
    assert proc.returncode == 0
    assert {line.split()[0] for line in proc.stdout.decode().splitlines()} >= {"json", "jsonl", "csv", "ics"}


def test_blocking_a_plugin_from_the_command_line() -> None:
    proc = run("-p", "no:ics", "formats", "--json")
    assert proc.returncode == 0
    assert "ics" not in {f["name"] for f in json.loads(proc.stdout)}


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.decode().startswith("newskit ")
