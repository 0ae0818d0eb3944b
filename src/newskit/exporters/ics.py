"""Built-in exporter: ics."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import BinaryIO

from newskit.export import Exporter
from newskit.hookspecs import hookimpl
from newskit.models import Digest
from newskit.options import ExportOptions


def write(digests: Iterable[Digest], stream: BinaryIO, options: ExportOptions) -> None:
    """Write the digests as ics."""
    raise NotImplementedError


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Offer the ics format."""
    register(Exporter(name="ics", extension="ics", media_type="application/octet-stream", write=write))
