"""Separator scans find exactly what their patterns find (newskit.text.scan)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.extract.event_reader import build_lexicon
from newskit.extract.products import _candidates, product_nouns, word_pattern
from newskit.text import scan

_PATTERNS = [
    re.compile(r"(?<![\w'’])(?:days?|weeks?)"),
    re.compile(r"(?<!\w)(?:a|an|and)"),
    re.compile(r"(?<![\w-])(?:x|)(?![\w-])"),  # empty matches
    re.compile(r"(?<![a-z])[0-9]+%?"),  # a match can end where the next begins: "5%6"
    re.compile(r"""(?<![\w$.])  (?:\$\s?)? \d+""", re.VERBOSE),
    word_pattern(("officials", "people", "rescue workers")),
    _candidates(tuple(sorted(product_nouns()))),
]
_PIECES = [*("a", "an", "and", "days", "day", "week", "weeks", "x", "-", "'", "’", " ", "  ", "5", "%", "12"), "$"]
_PIECES += [*("people", "officials", "rescue", " workers", "iPhone", "A320", "B-52", "737", ".", "ANd", "\n")]


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(_PIECES), max_size=16).map("".join),
    which=st.integers(0, len(_PATTERNS) - 1),
    cut=st.tuples(st.integers(0, 40), st.integers(0, 40)),
)
def test_a_separator_scan_finds_what_the_pattern_finds(text: str, which: int, cut: tuple[int, int]) -> None:
    pattern = _PATTERNS[which]
    assert scan.separator_scan(pattern) is not None
    start, end = min(cut), max(cut)
    expected = [m.span() for m in pattern.finditer(text, start, end)]
    assert [m.span() for m in scan.finditer(pattern, text, start, end)] == expected


def test_the_scan_consumes_the_character_before_the_match() -> None:
    pattern = re.compile(r"(?<![\w'’])days")
    found = scan.separator_scan(pattern)
    assert found is not None and found.pattern.endswith("]days")
    assert found.match(" days") and found.match("(days") and found.match("\ndays")
    assert not found.match("adays") and not found.match("édays") and not found.match("'days")
    # past the first 256 characters the scan takes every one, and the pattern's own look-behind decides
    assert found.match("’days") and found.match("дdays")
    assert [m.span() for m in scan.finditer(pattern, "’days дdays days")] == [(12, 16)]


def test_no_scan_where_the_look_behind_would_not_cover_every_match() -> None:
    assert scan.separator_scan(re.compile(r"(?<!\w)days|weeks")) is None  # "weeks" may follow a letter
    assert scan.separator_scan(re.compile(r"(?<![^a-z])days")) is None  # a positive class, written negated
    assert scan.separator_scan(re.compile(r"days(?<!\w)")) is None
    assert scan.separator_scan(re.compile(r"(?<!ab)days")) is None  # two characters, no class
    # a comment in a verbose pattern could hold a bar: left alone
    assert scan.separator_scan(re.compile(r"(?<!\w) days  # a | b", re.VERBOSE)) is None
    # a bar inside a group or a class is no alternative of the whole
    assert scan.separator_scan(re.compile(r"(?<!\w)(?:days|weeks)[|]")) is not None


def test_syntax_marks_skip_escapes_and_classes() -> None:
    assert list(scan.syntax_marks(r"(a\(|[(|)])|b)")) == [(0, "("), (4, "|"), (10, ")"), (11, "|"), (13, ")")]
    assert list(scan.syntax_marks(r"[]|]|[^]|]")) == [(4, "|")]


def test_the_event_gate_is_scanned_and_agrees_with_a_search() -> None:
    lexicon = build_lexicon()
    assert lexicon.gate is not None and scan.separator_scan(lexicon.gate) is not None
    for text in ("Officials said on Monday", "airport", "The attack", "x-attack", "nothing here at all"):
        assert lexicon.may_trigger(text, 0, len(text)) == (lexicon.gate.search(text.lower()) is not None)
