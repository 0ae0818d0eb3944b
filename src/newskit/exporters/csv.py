"""Built-in exporter: csv."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import BinaryIO

from newskit.export import Exporter
from newskit.hookspecs import hookimpl
from newskit.models import Digest
from newskit.options import ExportOptions


def write(digests: Iterable[Digest], stream: BinaryIO, options: ExportOptions) -> None:
    """Write the digests as csv."""
    raise NotImplementedError


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Offer the csv format."""
    register(Exporter(name="csv", extension="csv", media_type="application/octet-stream", write=write))
