"""Case-blind patterns, scanned fast: a case-sensitive twin reads the text in lower case.

Python's ``re`` compares every character both ways when a pattern ignores case, which makes a
long alternation tried at every word several times slower than the same pattern matched with
case. Extractors lower a sentence once, let the twin find where matches start, and match the
original pattern again there, so what they hand on are match objects over the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["finditer", "lower_case_twin", "lowered"]

# escapes (\S, \W, \B) and group names stay as written; every other letter is a literal
_KEPT = re.compile(r"\\.|\(\?P(?:<\w+>|=\w+\))", re.DOTALL)
_CODE_POINT = re.compile(r"\\[xuUN]")  # a character written by its code, which could be a capital
#: characters before a sentence kept when it is lowered, for look-behinds to read
CONTEXT = 32


def lower_case_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern with its letters in lower case, matched with case: over text in lower case it
    finds what ``pattern`` finds over the original. None when the pattern does not ignore case or
    has a part that reads case (``(?-i:…)``, as names do)."""
    if not pattern.flags & re.IGNORECASE or "(?-i:" in pattern.pattern or _CODE_POINT.search(pattern.pattern):
        return None
    source, parts, last = pattern.pattern, [], 0
    for m in _KEPT.finditer(source):
        parts += [source[last : m.start()].lower(), m.group()]
        last = m.end()
    parts.append(source[last:].lower())
    return re.compile("".join(parts), pattern.flags & ~re.IGNORECASE)


def lowered(text: str, start: int, end: int) -> tuple[str, int] | None:
    """``text[begin:end]`` in lower case and ``begin``, a few characters before ``start``; None
    when lowering changes the length (a few letters, such as "İ"), and offsets would not agree, or
    leaves a letter that a case-blind pattern matches to another lower-case letter ("ſ" to "s",
    "ς" to "σ"), so the twin would miss what the pattern finds."""
    begin = max(0, start - CONTEXT)
    low = text[begin:end].lower()
    if len(low) != end - begin:
        return None
    if not low.isascii() and any(c.upper().lower() != c for c in low if not c.isascii()):
        return None
    return low, begin


def finditer(
    pattern: re.Pattern[str],
    twin: re.Pattern[str] | None,
    text: str,
    start: int,
    end: int,
    lower: tuple[str, int] | None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, scanned by ``twin`` over ``lower`` (from
    :func:`lowered`) when both are given."""
    if twin is None or lower is None:
        yield from pattern.finditer(text, start, end)
        return
    low, begin = lower
    match = pattern.match
    for found in twin.finditer(low, start - begin, end - begin):
        m = match(text, begin + found.start(), end)
        if m is not None:
            yield m
