"""Lower-case twins of case-blind patterns find exactly what the patterns find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.extract.quantity_reader import _current_pattern
from newskit.text.casefold import finditer, lower_case_twin, lowered

_PIECES = [
    *("US$", "usd ", "USD ", "EUR ", "$", "£", "€", "Rs ", "3", "40", ",000", ".5", " ", "-", "million ", "Million"),
    *("bn ", "BN ", "m ", "percent ", "Per Cent", "%", " a week", " A Year", "twenty", "-one ", "Hundred ", "and "),
    *("About ", "nearly ", "tens of ", "Thousands ", "times ", "-fold", "dozen ", "kg ", "KM ", "İ", "ſ", "mph "),
]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_the_quantity_pattern_twin_finds_what_the_pattern_finds(text: str) -> None:
    pattern, twin = _current_pattern()
    assert twin is not None
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in finditer(pattern, twin, text, 0, len(text), lowered(text, 0, len(text)))] == expected


def test_finditer_reads_the_characters_before_the_start() -> None:
    pattern = re.compile(r"(?<![a-z])days", re.IGNORECASE)
    twin = lower_case_twin(pattern)
    text = "Holidays. DAYS"
    for start in range(len(text)):
        found = [m.span() for m in finditer(pattern, twin, text, start, len(text), lowered(text, start, len(text)))]
        assert found == [m.span() for m in pattern.finditer(text, start)]


def test_matches_are_over_the_original_text() -> None:
    pattern = re.compile(r"\d+\s+(?P<unit>DAYS?)", re.IGNORECASE)
    text = "after 3 Days"
    (m,) = finditer(pattern, lower_case_twin(pattern), text, 0, len(text), lowered(text, 0, len(text)))
    assert m.group("unit") == "Days" and m.string is text


def test_no_lower_case_text_where_lowering_changes_the_length() -> None:
    assert lowered("İstanbul 3 days", 0, 15) is None
    assert lowered("3 dayſ", 0, 6) is None  # the long s is "s" to a case-blind pattern, not to its twin
    pattern = re.compile(r"\d+ days", re.IGNORECASE)
    text = "İstanbul 3 DAYS"
    assert [m.group() for m in finditer(pattern, lower_case_twin(pattern), text, 0, len(text), None)] == ["3 DAYS"]


def test_a_loose_twin_reads_cased_words_blind_and_leaves_out_cased_negations() -> None:
    pattern = re.compile(r"(?-i:May)\s+(?P<day>\d+)(?!\s+(?-i:June))", re.IGNORECASE)
    twin = lower_case_twin(pattern)
    assert twin is not None and not twin.exact
    assert twin.pattern.pattern == r"(?:may)\s+(?P<day>\d+)"
    text = "may 5 and May 6 June, May 7"
    found = [m.group() for m in finditer(pattern, twin, text, 0, len(text), lowered(text, 0, len(text)))]
    assert found == [m.group() for m in pattern.finditer(text)] == ["May 7"]
