"""What an output format is, and how digests are written through one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import BinaryIO

import attrs

from newskit.models import Digest
from newskit.options import ExportOptions

__all__ = ["Exporter", "WriteFunction"]

WriteFunction = Callable[[Iterable[Digest], BinaryIO, ExportOptions], None]
_NAME = re.compile(r"[a-z][a-z0-9_-]*\Z")


def _check_name(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not _NAME.match(value):
        raise ValueError(f"exporter name must be lower-case letters, digits, '-' or '_', not {value!r}")


@attrs.frozen(kw_only=True)
class Exporter:
    """An output format, registered by a plugin through ``register_exporters``.

    Attributes:
        name: the format's name, as given to ``--format`` (``json``, ``csv``…).
        extension: the usual file extension, without the dot.
        media_type: the IANA media type of what it writes.
        write: ``write(digests, stream, options)`` writes every digest to the binary stream.
            Formats that can only hold one digest raise :class:`newskit.ExportError` on a second.
        description: one line for ``python -m newskit formats``.
        streaming: True when the format writes each digest as it comes (JSON Lines, CSV), so
            batches of any length stream through in constant memory.
    """

    name: str = attrs.field(validator=_check_name)
    extension: str
    media_type: str
    write: WriteFunction
    description: str = ""
    streaming: bool = False
