"""The JSON Schema (draft 2020-12) of the ``newskit/1`` contract, shipped with the package.

>>> from newskit.schema import load_schema
>>> load_schema()["title"]
'newskit/1'

The schema describes what :func:`newskit.serialize.digest_to_dict` (the ``json`` format)
produces; ``load_schema()["$defs"]["articleRecord"]`` describes one line of the ``jsonl`` format.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

__all__ = ["SCHEMA_FILE", "load_schema"]

#: The file's name inside this package.
SCHEMA_FILE = "newskit-1.schema.json"


def load_schema() -> dict[str, Any]:
    """The ``newskit/1`` JSON Schema as a dict (a fresh copy on every call)."""
    data: dict[str, Any] = json.loads(files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))
    return data
