"""Python's cyclic garbage collector, paused while a text is read.

A parse allocates tens of thousands of containers (tokens, spans, records) that live until it
returns and form no reference cycles, so each collection their allocation sets off walks them and
frees nothing: over the benchmark corpus, a pass leaves a few dozen objects in cycles, all of them
the plugin manager's. Pausing the collector for the parse saves those walks (docs/scale.md).
Reference counting frees everything else as usual; what a plugin's enricher leaves in cycles waits
for the first collection after the parse.

The pause is process-wide, as the collector is. The collector resumes when the last parse running
in the process ends, and only if it was enabled when the first began: an application that turned
it off keeps it off, and a parse in one thread does not resume it under a parse still running in
another.
"""

from __future__ import annotations

import gc
import threading
from types import TracebackType

__all__ = ["paused"]

_LOCK = threading.Lock()


class _Pause:
    """A context manager that holds the collector off while at least one parse is inside it."""

    def __init__(self) -> None:
        self.inside = 0  # parses running now, in any thread
        self.resume = False  # whether the collector was enabled when the first of them began

    def __enter__(self) -> None:
        with _LOCK:
            if self.inside == 0:
                self.resume = gc.isenabled()
                gc.disable()
            self.inside += 1

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        with _LOCK:
            self.inside -= 1
            if self.inside == 0 and self.resume:
                gc.enable()


#: Enter around a parse: ``with paused: ...``.
paused = _Pause()
