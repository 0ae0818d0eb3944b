"""The command line: ``python -m newskit parse | plugins | formats``.

Exit status: 0 on success, 1 when the run failed (a plugin, an export, unreadable input),
2 on a usage error. Every user error is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import stat
import sys
import tempfile
import time
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

import pluggy

from newskit import __version__
from newskit.batch import parse_records, read_jsonl
from newskit.errors import ExportError, NewskitError, ParseError, PluginError
from newskit.host import exporters, get_exporter, get_plugin_manager, list_plugins
from newskit.models import Digest
from newskit.options import ExportOptions, coerce_published
from newskit.pipeline import decode, parse, read_text
from newskit.timeline import format_timeline

__all__ = ["main"]

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class _UsageError(Exception):
    """A mistake in how the command was called (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


def _split_value(value: str) -> bool | None:
    choices = {"auto": None, "yes": True, "true": True, "no": False, "false": False}
    if value.lower() not in choices:
        raise argparse.ArgumentTypeError(f"expected auto, yes or no, not {value!r}")
    return choices[value.lower()]


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newskit", description="Turn English news text into dated, checkable records.")
    parser.add_argument("--version", action="version", version=f"newskit {__version__}")
    parser.add_argument(
        "-p",
        dest="plugin_flags",
        action="append",
        default=[],
        metavar="no:NAME",
        help="block a plugin by name, built-ins included (repeatable)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = commands.add_parser("parse", help="read news text and export what was found")
    p.add_argument("input", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) that relative dates resolve against")
    p.add_argument(
        "--format", dest="fmt", default=None, help="output format (see `newskit formats`); default: a readable timeline"
    )
    p.add_argument("-o", "--output", help="write here (atomically) instead of standard output")
    p.add_argument(
        "--input-format",
        choices=["text", "jsonl"],
        default="text",
        help='text (default) or jsonl: one {"id", "text", "published"?, "split"?} a line',
    )
    p.add_argument(
        "--split",
        type=_split_value,
        default=None,
        metavar="auto|yes|no",
        help="auto (default): find the articles; no: one article; yes: every blank line may start one",
    )
    p.add_argument("--table", default="events", help="for csv: events (default), actors, times, quotes or quantities")
    p.add_argument(
        "--workers", type=int, default=1, metavar="N", help="processes for --input-format jsonl (0: every core)"
    )
    p.add_argument(
        "--errors",
        choices=["fail", "skip"],
        default="fail",
        help="a bad jsonl record stops the run (fail, default) or goes to the errors file (skip)",
    )
    p.add_argument(
        "--errors-file",
        metavar="PATH",
        help="where skipped records go (default OUT.errors.jsonl or newskit-errors.jsonl)",
    )
    p.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a setting for a plugin exporter (repeatable)",
    )

    commands.add_parser("plugins", help="list the plugins with their versions and hooks").add_argument(
        "--json", action="store_true", help="print JSON"
    )
    commands.add_parser("formats", help="list the output formats").add_argument(
        "--json", action="store_true", help="print JSON"
    )
    return parser


def _plugin_manager(flags: Sequence[str]) -> pluggy.PluginManager:
    blocked = []
    for flag in flags:
        if not flag.startswith("no:") or not flag[3:]:
            raise _UsageError(f"-p takes no:NAME to block a plugin, not {flag!r}")
        blocked.append(flag[3:])
    return get_plugin_manager(blocked=blocked)


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[BinaryIO]:
    """Standard output, or a temporary file renamed onto ``path`` only when everything was written."""
    if path is None or path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise ParseError(f"cannot write {path}: no such directory {directory}")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        os.chmod(tmp, _file_mode(target))
        with os.fdopen(fd, "wb") as stream:
            yield stream
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _file_mode(target: Path) -> int:
    """The permissions ``target`` should get: those it has, or what a new file gets under the umask.

    The temporary file is private (0600) while it is written; without this, every output would
    end up readable by its owner only, unlike a file the shell or an editor writes.
    """
    with contextlib.suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _read_input(name: str) -> str:
    if name == "-":
        return decode(sys.stdin.buffer.read(), "standard input")
    return read_text(name)


@contextlib.contextmanager
def _input_lines(name: str) -> Iterator[Iterator[bytes]]:
    """The lines of a file or of standard input, read lazily (JSON Lines streams)."""
    if name == "-":
        yield iter(sys.stdin.buffer)
        return
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed by the context manager below
    except FileNotFoundError:
        raise ParseError(f"no such file: {name}") from None
    except OSError as exc:
        raise ParseError(f"cannot read {name}: {exc.strerror or exc}") from None
    with handle:
        yield iter(handle)


class _Progress:
    """Counts records; draws a one-line progress report on stderr only when it is a terminal."""

    def __init__(self) -> None:
        self.read = self.written = self.skipped = 0
        self.live = sys.stderr.isatty()
        self._shown = 0.0

    def tick(self) -> None:
        now = time.monotonic()
        if self.live and now - self._shown > 0.2:
            self._shown = now
            sys.stderr.write(f"\rnewskit: {self.read} records read, {self.skipped} skipped")
            sys.stderr.flush()

    def close(self) -> None:
        if self.live:
            sys.stderr.write("\r")
        sys.stderr.write(f"newskit: {self.read} records read, {self.written} written, {self.skipped} skipped\n")


def _parse_options(values: Sequence[str]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name:
            raise _UsageError(f"--option takes NAME=VALUE, not {value!r}")
        pairs.append((name, setting))
    return tuple(pairs)


def _run_parse(args: argparse.Namespace, pm: pluggy.PluginManager) -> int:
    if args.published is not None:
        try:
            coerce_published(args.published)
        except ParseError as exc:
            raise _UsageError(f"--published: {exc}") from None
    if args.workers < 0:
        raise _UsageError("--workers takes 0 (every core) or a positive number")
    exporter = get_exporter(pm, args.fmt) if args.fmt else None
    options = ExportOptions(table=args.table, parameters=_parse_options(args.option))
    if exporter is not None:
        try:  # a dry run on nothing: a bad --table or --option is a usage error, found before any parsing
            exporter.write([], io.BytesIO(), options)
        except ExportError as exc:
            raise _UsageError(str(exc)) from None

    def write(digests: Iterable[Digest], stream: BinaryIO) -> None:
        if exporter is None:
            for digest in digests:
                stream.write(format_timeline(digest).encode("utf-8"))
        else:
            exporter.write(digests, stream, options)

    if args.input_format == "text":
        text = _read_input(args.input)
        name = None if args.input == "-" else Path(args.input).stem
        digest = parse(text, published=args.published, split=args.split, document=name, plugin_manager=pm)
        with _output(args.output) as stream:
            write([digest], stream)
        return EXIT_OK

    progress = _Progress()
    errors_path = args.errors_file or (f"{args.output}.errors.jsonl" if args.output else "newskit-errors.jsonl")
    with contextlib.ExitStack() as stack:
        lines = stack.enter_context(_input_lines(args.input))
        stream = stack.enter_context(_output(args.output))
        error_log: list[BinaryIO] = []

        def digests() -> Iterator[Digest]:
            records = read_jsonl(lines, published=args.published, split=args.split)
            for outcome in parse_records(records, workers=args.workers or os.cpu_count() or 1, plugin_manager=pm):
                progress.read += 1
                progress.tick()
                if isinstance(outcome, Digest):
                    progress.written += 1
                    yield outcome
                    continue
                if args.errors == "fail":
                    where = f"line {outcome.line}" if outcome.line else f"record {outcome.id}"
                    reason = outcome.reason.removeprefix(f"line {outcome.line}: ")
                    raise ParseError(f"{where}: {reason} (use --errors skip to go on)", line=outcome.line)
                progress.skipped += 1
                if not error_log:
                    error_log.append(stack.enter_context(_output(errors_path)))
                entry = {"line": outcome.line, "id": outcome.id, "error": outcome.reason, "record": outcome.source}
                error_log[0].write(json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n")

        write(digests(), stream)
    progress.close()
    if progress.skipped:
        sys.stderr.write(f"newskit: skipped records are in {errors_path}\n")
    return EXIT_OK


def _print_plugins(pm: pluggy.PluginManager, as_json: bool, out: TextIO) -> int:
    infos = list_plugins(pm)
    if as_json:
        out.write(json.dumps([i.as_dict() for i in infos], indent=2) + "\n")
        return EXIT_OK
    width = max((len(i.name) for i in infos), default=4)
    for info in infos:
        origin = "built-in" if info.builtin else (info.distribution or info.source)
        out.write(f"{info.name:<{width}}  {info.version or '-':<8}  {origin:<22}  {', '.join(info.hooks)}\n")
    return EXIT_OK


def _print_formats(pm: pluggy.PluginManager, as_json: bool, out: TextIO) -> int:
    known = exporters(pm)
    if as_json:
        rows = [
            {
                "name": e.name,
                "extension": e.extension,
                "media_type": e.media_type,
                "description": e.description,
                "streaming": e.streaming,
            }
            for e in known.values()
        ]
        out.write(json.dumps(rows, indent=2) + "\n")
        return EXIT_OK
    width = max((len(n) for n in known), default=4)
    for exporter in known.values():
        out.write(
            f"{exporter.name:<{width}}  .{exporter.extension:<6} {exporter.media_type:<28} {exporter.description}\n"
        )
    return EXIT_OK


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    sys.stderr.write(f"newskit: warning: {message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            warnings.simplefilter("always")
            pm = _plugin_manager(args.plugin_flags)
            if args.command == "plugins":
                return _print_plugins(pm, args.json, sys.stdout)
            if args.command == "formats":
                return _print_formats(pm, args.json, sys.stdout)
            return _run_parse(args, pm)
    except _UsageError as exc:
        sys.stderr.write(f"newskit: error: {exc}\n")
        return EXIT_USAGE
    except ExportError as exc:
        unknown = str(exc).startswith("unknown format")
        sys.stderr.write(f"newskit: error: {exc}\n")
        return EXIT_USAGE if unknown else EXIT_FAILURE
    except (ParseError, PluginError, NewskitError) as exc:
        sys.stderr.write(f"newskit: error: {exc}\n")
        return EXIT_FAILURE
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stderr.close()
        return EXIT_FAILURE
    except KeyboardInterrupt:
        sys.stderr.write("newskit: interrupted\n")
        return 130
    except OSError as exc:
        sys.stderr.write(f"newskit: error: {exc.strerror or exc}: {exc.filename or ''}\n")
        return EXIT_FAILURE
