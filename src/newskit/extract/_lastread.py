"""A one-entry cache for tables built from word lists a user may extend at run time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LastRead(Generic[K, V]):
    """The table built from the data read last, built again only when the data read now differ.

    The data are read at every call and compared as they are with what the last call read:
    unchanged, they hold the same objects in the same order, so comparing them costs much less
    than sorting and hashing them into a cache key, and a list extended in place is still seen.
    """

    def __init__(self) -> None:
        self._entry: tuple[K, V] | None = None

    def get(self, read: K, build: Callable[[], V]) -> V:
        """The table for ``read``: the one kept when ``read`` equals what was read last, else ``build()``."""
        entry = self._entry
        if entry is None or entry[0] != read:
            entry = self._entry = (read, build())
        return entry[1]
