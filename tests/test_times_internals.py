"""The time tagger's speed-ups keep its meaning: word alternations built as tries match what the
plain longest-first alternation matches, calendar shifts agree with ``dateutil``, and the gates
that skip sentences never skip one a rule would match in.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.extract.timex.calendar import Unit
from newskit.extract.timex.grammar import SHAPES, alternation, patterns
from newskit.extract.timex.rules import RULES
from newskit.extract.timex.state import TOKEN
from newskit.text.casefold import finditer, lower_case_twin, lowered

_WORDS = st.lists(st.text(alphabet="ab ", min_size=1, max_size=5).map(str.strip).filter(bool), min_size=1, max_size=8)


def _plain(words: list[str]) -> str:
    forms = sorted({" ".join(w.split()) for w in words}, key=lambda f: (-len(f), f))  # spaces: any run
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + ")"


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, text=st.text(alphabet="ab  ", max_size=30), tail=st.sampled_from(["", r"(?![ab])", r"\s+b", "a"]))
def test_trie_alternation_matches_like_the_longest_first_alternation(words: list[str], text: str, tail: str) -> None:
    trie = re.compile(alternation(words) + tail, re.IGNORECASE)
    plain = re.compile(_plain(words) + tail, re.IGNORECASE)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_trie_alternation_of_names_keeps_their_case() -> None:
    pattern = re.compile(alternation(["march", "may"], names=True), re.IGNORECASE)
    assert pattern.fullmatch("March") and pattern.fullmatch("MAY")
    assert not pattern.fullmatch("march") and not pattern.fullmatch("may")
    # the small words inside a name stay in lower case
    pattern = re.compile(alternation(["fourth of july"], names=True), re.IGNORECASE)
    assert pattern.fullmatch("Fourth of July") and pattern.fullmatch("FOURTH OF JULY")
    assert not pattern.fullmatch("fourth of july")


_STEPS = {
    "M": lambda n: relativedelta(months=n),
    "Q": lambda n: relativedelta(months=3 * n),
    "H": lambda n: relativedelta(months=6 * n),
    "Y": lambda n: relativedelta(years=n),
    "DE": lambda n: relativedelta(years=10 * n),
    "CE": lambda n: relativedelta(years=100 * n),
}


@given(
    gran=st.sampled_from(sorted(_STEPS)),
    day=st.dates(min_value=dt.date(100, 1, 1), max_value=dt.date(9999, 12, 31)),
    n=st.integers(min_value=-3000, max_value=3000),
)
def test_unit_shift_agrees_with_relativedelta(gran: str, day: dt.date, n: int) -> None:
    unit = Unit.of(gran, day)
    try:
        expected = unit.start + _STEPS[gran](n)
    except (OverflowError, ValueError):
        expected = unit.start  # beyond the calendar: the unit stays where it is
    assert unit.shift(n).start == expected


def test_season_shift_by_a_year_keeps_the_season_name() -> None:
    summer = Unit.of("SE", dt.date(2024, 7, 1))
    assert summer.shift(4).value == "2025-SU"
    assert summer.shift(-4).value == "2023-SU"


def test_every_shape_needs_a_digit() -> None:
    """The tagger searches a sentence for shapes only when it has a digit."""
    for shape in SHAPES.values():
        assert not re.search(shape, "no digit here: a.m. p.m. GMT hours s - / .")
        assert r"\d" in shape


_PIECES = [
    *("the ", "next ", "last ", "this ", "past ", "coming ", "for ", "in ", "over ", "same ", "that ", "day"),
    *("days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "night", "morning"),
    *("hours", "minutes", "centuries", "season", " ", "-", ",", "'s ", "two ", "a ", "every ", "ago"),
]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_gates_let_in_every_sentence_a_rule_matches(text: str) -> None:
    grammar = patterns()
    words = set(TOKEN.findall(text.lower()))
    for rule in RULES:
        gate = grammar.gates[rule.name]
        if rule.pattern(grammar).search(text):
            shaped = any(re.search(SHAPES[w], text) for w in gate if w in SHAPES)
            assert not words.isdisjoint(gate) or shaped, (rule.name, text)


_NAMED = [
    *("march ", "March ", "MARCH ", "may ", "May ", "Sept. ", "sept ", "Monday ", "monday", "MONDAY ", "Christmas "),
    *("christmas ", "3 ", "the ", "of ", "last ", "next ", ", ", "2024 ", "Jan. ", "31st ", "on ", "s "),
]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_NAMED), max_size=10).map("".join))
def test_name_checks_let_in_every_sentence_a_rule_matches(text: str) -> None:
    """Month, weekday and holiday rules are skipped where no such name is capitalised."""
    grammar = patterns()
    for rule in RULES:
        check = grammar.name_checks.get(rule.name)
        if check is not None and rule.pattern(grammar).search(text):
            assert check.search(text), (rule.name, text)


_MIXED_CASE = [*_PIECES, *_NAMED, *("Two ", "DAYS ", "Ago", "The Past ", "Year ", "İ", "ſ", "Days", "-Long ", "3 ")]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_MIXED_CASE), max_size=12).map("".join))
def test_lower_case_twins_find_what_the_case_blind_patterns_find(text: str) -> None:
    """A rule's exact lower-case twin, run over the text in lower case, matches where and as far as
    the rule's own pattern does over the original text; with a loose twin (rules that read month
    and weekday names with case) ``finditer`` gives the pattern's own matches all the same. For every
    text ``lowered`` gives a lower case of: not when lowering changes the length, "İ", or leaves a
    letter with another case, "ſ"."""
    lower = lowered(text, 0, len(text))
    if lower is None:
        return
    grammar = patterns()
    for rule in RULES:
        pattern = rule.pattern(grammar)
        twin = lower_case_twin(pattern)
        expected = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
        if twin is not None and twin.exact:
            assert [m.span() for m in twin.pattern.finditer(lower[0]) if m.end() > m.start()] == expected, rule.name
        found = [m.span() for m in finditer(pattern, twin, text, 0, len(text), lower) if m.end() > m.start()]
        assert found == expected, rule.name


def test_which_patterns_have_a_lower_case_twin() -> None:
    loose = lower_case_twin(re.compile(r"(?-i:May)\s+\d", re.IGNORECASE))  # reads case: a loose twin
    assert loose is not None and not loose.exact and loose.pattern.pattern == r"(?:may)\s+\d"
    assert lower_case_twin(re.compile(r"\x41\w+", re.IGNORECASE)) is None  # a letter by its code
    exact = lower_case_twin(re.compile(r"[A-Z]\S+", re.IGNORECASE))
    assert exact is not None and exact.exact and exact.pattern.pattern == r"[a-z]\S+"
    assert lower_case_twin(re.compile(r"may", 0)) is None  # matched with case already
    twins = {rule.name: lower_case_twin(rule.pattern(patterns())) for rule in RULES}
    assert all(twin is not None for twin in twins.values())
    assert twins["duration"].exact and not twins["weekday"].exact and not twins["month"].exact  # type: ignore[union-attr]


def test_season_shift_by_one_is_the_next_season() -> None:
    winter = Unit.of("SE", dt.date(2025, 1, 9))
    assert (winter.value, winter.shift(1).value, winter.shift(-1).value) == ("2024-WI", "2025-SP", "2024-FA")
    assert winter.shift(1).start == dt.date(2025, 3, 1) and winter.end == dt.date(2025, 2, 28)
