"""Patterns whose matches start a word, searched fast.

Python's ``re`` tries a pattern at every position of the text, unless the pattern starts with a
character set: then it skips through the text in a tight loop to the next character in the set.
A pattern that opens with a negative look-behind (``(?<![\\w'’])``, ``(?<!\\w)``: a match starts
a word) has no such set, so its look-behind is tried, and rejected, at every letter inside every
word. Its *separator scan* is the same pattern with the look-behind turned into a consuming class
(``[^\\w'’]``) that matches the character before the match: ``re`` skips the letters inside words,
and each place the scan finds, one character on, is where the pattern itself is matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

__all__ = ["finditer", "scan_from", "scanner", "separator_scan", "syntax_marks"]

#: a pattern's opening negative look-behind of one character class or class escape, and its members
_LEADING_LOOK_BEHIND: Final = re.compile(r"\(\?<!(?:\[(?!\^)((?:\\.|[^\]\\])+)\]|(\\[wdsWDS]))\)")


def separator_scan(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` with its opening look-behind ``(?<![…])`` made a consuming ``[^…]``; None when it opens
    with none, ignores case (``re`` skips through no set then), or has an alternative at the top level that
    the look-behind would not cover (``(?<!\\w)x|y``)."""
    source, flags = pattern.pattern, pattern.flags
    opening = len(source) - len(source.lstrip()) if flags & re.VERBOSE else 0
    found = _LEADING_LOOK_BEHIND.match(source, opening)
    if (
        found is None
        or flags & re.IGNORECASE
        or _alternates_at_top_level(source)
        or (flags & re.VERBOSE and "#" in source)
    ):
        return None  # (a comment could hold brackets and bars that the reading below would count)
    behind = re.compile(f"[{found.group(1) or found.group(2)}]", flags)
    # the class's members written out, which re tests by a table; past the first 256 characters every
    # one is taken as a separator: the pattern's own look-behind turns away those that are not
    members = "".join(re.escape(c) for c in map(chr, range(256)) if behind.match(c))
    return re.compile(f"[^{members}]{source[found.end() :]}", flags)


def syntax_marks(source: str) -> Iterator[tuple[int, str]]:
    """The ``(``, ``)`` and ``|`` of a pattern's source that are syntax, with their offsets: not escaped
    and outside character classes."""
    in_class = False
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]" or source[i + 1 : i + 3] == "^]":
                i += 2 if source[i + 1] == "]" else 3  # a "]" first in a class is a literal
                continue
        elif c in "()|":
            yield i, c
        i += 1


def _alternates_at_top_level(source: str) -> bool:
    """Whether ``source`` has a ``|`` outside every group."""
    depth = 0
    for _, c in syntax_marks(source):
        if c == "|" and depth == 0:
            return True
        depth += 1 if c == "(" else -1 if c == ")" else 0
    return False


def scan_from(
    match: Callable[[str, int, int], re.Match[str] | None],
    scan: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    scanned: str,
    offset: int,
) -> Iterator[re.Match[str]]:
    """The matches of ``match`` in ``text[start:end]``, found where ``scan`` finds them in ``scanned``, a copy
    of ``text[offset:end]`` (the same text, or the text in lower case for a twin, :mod:`newskit.text.casefold`).

    Each place the scan finds, one character after the separator, is matched by the pattern itself (a
    loose twin's places can be declined), and the next separator is looked for from the last character
    of the match, which can be one. After an empty match the scan goes on from the next character.
    """
    search = scan.search
    pos, stop = start - offset - 1, end - offset
    if pos < 0:  # the text's first character: nothing before it to scan
        m = match(text, start, end)
        pos = 0
        if m is not None:
            yield m
            pos = max(m.end() - offset - 1, 0)
    while True:
        found = search(scanned, pos, stop)
        if found is None:
            return
        at = found.start() + 1
        m = match(text, offset + at, end)
        if m is None:
            pos = at  # the scan admitted what the pattern does not: look on
            continue
        yield m
        pos = max(m.end() - offset - 1, at)


#: pattern id -> (the pattern, its separator scan): by id, because a pattern hashes its compiled code
_SCANS: Final[dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]]] = {}
_MAX_SCANS: Final = 512


def scanner(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """:func:`separator_scan` of ``pattern``, compiled the first time it is asked for and kept: a
    pattern of thousands of words takes a while to compile, and a short text may never need it."""
    entry = _SCANS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_SCANS) >= _MAX_SCANS:
            _SCANS.clear()
        entry = _SCANS[id(pattern)] = (pattern, separator_scan(pattern))
    return entry[1]


def finditer(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, by the pattern's separator scan when it has one."""
    # the range as re reads it: each end within the text
    start = max(0, min(start, len(text)))
    end = len(text) if end is None else max(0, min(end, len(text)))
    if start > end:
        return iter(())
    scan = scanner(pattern)
    if scan is None:
        return pattern.finditer(text, start, end)
    return scan_from(pattern.match, scan, text, start, end, text, 0)
