"""Case-blind patterns, scanned fast: a case-sensitive twin reads the text in lower case.

Python's ``re`` compares every character both ways when a pattern ignores case, which makes a
long alternation tried at every word several times slower than the same pattern matched with
case. Extractors lower a sentence once, let the twin find where matches start, and match the
original pattern again there, so what they hand on are match objects over the original text.

A pattern with parts that read case (``(?-i:May)``: the month, not the modal) gets a *loose*
twin: those parts in lower case too, so it matches wherever the pattern does and sometimes where
it does not ("may"); each place it finds is checked by the pattern itself, and the scan goes on
from the next character when the pattern declines.

A twin is scanned by its separator scan where it has one (:mod:`newskit.text.scan`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

import attrs

from newskit.text.scan import scan_from, scanner, syntax_marks

__all__ = ["Twin", "finditer", "lower_case_twin", "lowered"]

# escapes (\S, \W, \B) and group names stay as written; every other letter is a literal
_KEPT: Final = re.compile(r"\\.|\(\?P(?:<\w+>|=\w+\))", re.DOTALL)
_CODE_POINT: Final = re.compile(r"\\[xuUN]")  # a character written by its code, which could be a capital
#: characters before a sentence kept when it is lowered, for look-behinds to read
CONTEXT: Final = 32


@attrs.frozen
class Twin:
    """A pattern's lower-case twin.

    Attributes:
        pattern: matched with case over text in lower case.
        exact: True when it matches exactly where the original does; False for a loose twin, which
            matches at least there (see the module's docstring).
    """

    pattern: re.Pattern[str]
    exact: bool


def lower_case_twin(pattern: re.Pattern[str]) -> Twin | None:
    """The pattern with its letters in lower case, matched with case: over text in lower case it
    finds what ``pattern`` finds over the original (a loose twin where ``pattern`` has parts that
    read case: ``(?-i:…)``). None when the pattern does not ignore case or writes a character by
    its code, which could be a capital."""
    if not pattern.flags & re.IGNORECASE or _CODE_POINT.search(pattern.pattern):
        return None
    source = pattern.pattern
    exact = "(?-i:" not in source
    if not exact:
        # a part that reads case, made blind: it admits more, except inside a negative look-around,
        # where admitting more would reject more; such a look-around is left out of the twin
        source = _without_cased_negations(source).replace("(?-i:", "(?:")
    parts, last = [], 0
    for m in _KEPT.finditer(source):
        parts += [source[last : m.start()].lower(), m.group()]
        last = m.end()
    parts.append(source[last:].lower())
    return Twin(re.compile("".join(parts), pattern.flags & ~re.IGNORECASE), exact)


def _without_cased_negations(source: str) -> str:
    """``source`` without the negative look-arounds (``(?!…)``, ``(?<!…)``) that hold a part read
    with case."""
    stack: list[int] = []  # where the groups still open begin
    cut: list[tuple[int, int]] = []
    for i, c in syntax_marks(source):
        if c == "(":
            stack.append(i)
        elif c == ")" and stack:
            opened = stack.pop()
            if source.startswith(("(?!", "(?<!"), opened) and "(?-i:" in source[opened:i]:
                cut.append((opened, i + 1))
    out: list[str] = []
    last = 0
    for begin, stop in sorted(cut):
        if begin < last:
            continue  # inside a look-around already left out
        out.append(source[last:begin])
        last = stop
    out.append(source[last:])
    return "".join(out)


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
    twin: Twin | None,
    text: str,
    start: int,
    end: int,
    lower: tuple[str, int] | None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, scanned by ``twin`` over ``lower`` (from
    :func:`lowered`) when both are given. (After an empty match the scan goes on from the next
    character: a non-empty match that ``re`` would allow at the same place is not looked for.)"""
    if twin is None or lower is None:
        yield from pattern.finditer(text, start, end)
        return
    low, begin = lower
    match = pattern.match
    scan = scanner(twin.pattern)
    if scan is not None:
        yield from scan_from(match, scan, text, start, end, low, begin)
        return
    if twin.exact:
        for found in twin.pattern.finditer(low, start - begin, end - begin):
            m = match(text, begin + found.start(), end)
            if m is not None:
                yield m
        return
    search = twin.pattern.search
    pos, stop = start - begin, end - begin
    while pos <= stop:
        candidate = search(low, pos, stop)
        if candidate is None:
            return
        at = candidate.start()
        m = match(text, begin + at, end)
        if m is None:
            pos = at + 1  # the twin admitted what the pattern does not: look on
            continue
        yield m
        pos = max(m.end() - begin, at + 1)
