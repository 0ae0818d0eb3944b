"""Built-in exporter ``json``: the whole digest under the ``newskit/1`` contract."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import BinaryIO

from newskit.errors import ExportError
from newskit.export import Exporter
from newskit.hookspecs import hookimpl
from newskit.models import Digest
from newskit.options import ExportOptions
from newskit.serialize import dumps


def write(digests: Iterable[Digest], stream: BinaryIO, options: ExportOptions) -> None:
    """Write one digest as an indented JSON document; a second digest is an error (use jsonl)."""
    for number, digest in enumerate(digests):
        if number:
            raise ExportError("the json format holds one digest; use --format jsonl for several records")
        stream.write(dumps(digest).encode("utf-8"))


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Offer the ``json`` format."""
    register(
        Exporter(
            name="json",
            extension="json",
            media_type="application/json",
            write=write,
            description="the whole digest under the newskit/1 JSON contract",
        )
    )
