"""The time tagger: find TIMEX3 expressions in sentences and normalise them against a reference date.

It works in the manner of HeidelTime: every rule (:mod:`newskit.extract.timex.rules`) is a regular
expression (:mod:`newskit.extract.timex.grammar`) with a check that throws out false alarms ("may" the modal,
"Sunday Times") and a normaliser that turns the match into TIMEX3 values. In each sentence the
longest candidates win; they are then normalised in text order, so that "the day before" or "a
year earlier" can lean on the date mentioned last. Underspecified dates (a weekday, a month, a
month and day) are placed before or after the reference date by the tense of the verb nearest
to them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from typing import Final

from newskit.extract.timex.calendar import Unit
from newskit.extract.timex.grammar import Grammar, patterns
from newskit.extract.timex.rules import (
    RULES,
    Rule,
    always,
    count_from_dates,
    day_before_month,
    join_durations,
    weekday_around_date,
    weekday_of_week,
)
from newskit.extract.timex.state import (
    GAP_LINK,
    TOKEN,
    Draft,
    State,
    day_number,
    month_number,
    pin_weekday,
    valid,
    weekday_number,
)
from newskit.models import Span, TimeExpression
from newskit.text.casefold import finditer, lower_case_twin, lowered

__all__ = ["find_times"]


class _Index:
    """The rules with their compiled patterns, and which rules each gate word or shape lets in.

    A sentence's words select the rules worth running there in one set intersection, instead of
    testing every rule's gate in turn.
    """

    def __init__(self, grammar: Grammar) -> None:
        self.rules = [
            (rule, pattern, rule.check or always, lower_case_twin(pattern))
            for rule, pattern in ((rule, rule.pattern(grammar)) for rule in RULES)
        ]
        word_mask: dict[str, int] = {}
        shape_mask: dict[str, int] = {}
        self.ungated = 0
        for i, rule in enumerate(RULES):
            gate = grammar.gates.get(rule.name)
            if gate is None:
                self.ungated |= 1 << i
                continue
            for word in gate:
                masks = shape_mask if word in grammar.shapes else word_mask
                masks[word] = masks.get(word, 0) | 1 << i
        self.word_mask = word_mask
        self.words = frozenset(word_mask)
        self.shapes = [(grammar.shapes[name], mask) for name, mask in shape_mask.items()]
        by_pattern: dict[re.Pattern[str], int] = {}
        for i, rule in enumerate(RULES):
            check = grammar.name_checks.get(rule.name)
            if check is not None:
                by_pattern[check] = by_pattern.get(check, 0) | 1 << i
        self.name_checks = list(by_pattern.items())


_INDEXES: Final[dict[int, tuple[Grammar, _Index]]] = {}
_DIGIT: Final = re.compile(r"\d")


def _index(grammar: Grammar) -> _Index:
    entry = _INDEXES.get(id(grammar))
    if entry is None or entry[0] is not grammar:
        entry = _INDEXES[id(grammar)] = (grammar, _Index(grammar))
    return entry[1]


def _candidates(st: State, index: _Index, sentence: Span) -> list[tuple[re.Match[str], Rule]]:
    """The non-overlapping matches in a sentence: longest first, then by rule order."""
    text, start, end = st.text, sentence.start, sentence.end
    mask = index.ungated
    word_mask = index.word_mask
    lower = lowered(text, start, end)
    tokens = TOKEN.findall(lower[0], start - lower[1]) if lower is not None else TOKEN.findall(sentence.text.lower())
    for word in index.words.intersection(tokens):
        mask |= word_mask[word]
    if _DIGIT.search(text, start, end) is not None:  # every shape needs a digit
        for shape, shape_mask in index.shapes:
            if shape_mask & ~mask and shape.search(text, start, end) is not None:
                mask |= shape_mask
    for names, names_mask in index.name_checks:
        if mask & names_mask and names.search(text, start, end) is None:
            mask &= ~names_mask  # "may" and "march" in lower case: no month for these rules
    found: list[tuple[int, int, int, re.Match[str], Rule]] = []
    rules = index.rules
    while mask:
        low = mask & -mask
        mask ^= low
        priority = low.bit_length() - 1
        rule, pattern, check, twin = rules[priority]
        found.extend(
            (m.start() - m.end(), priority, m.start(), m, rule)
            for m in finditer(pattern, twin, text, start, end, lower)
            if m.end() > m.start() and check(m, st)
        )
    if not found:
        return []
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    taken = bytearray(end - start)  # 1 where a chosen match lies
    chosen: list[tuple[re.Match[str], Rule]] = []
    for _, _, m_start, m, rule in found:
        begin, stop = m_start - start, m.end() - start
        if taken.find(1, begin, stop) != -1:
            continue
        taken[begin:stop] = b"\x01" * (stop - begin)
        chosen.append((m, rule))
    chosen.sort(key=lambda c: c[0].start())
    return chosen


def _normalise(
    st: State,
    candidates: list[tuple[re.Match[str], Rule]],
    spoken: dt.date | None = None,
    quotes: Sequence[tuple[int, int]] = (),
) -> list[Draft]:
    """The drafts of a sentence's candidates, in text order, each leaning on the dates before it;
    inside ``quotes`` relative words resolve against ``spoken``, the day the words were said."""
    out: list[Draft] = []
    for m, rule in candidates:
        reference = st.ref
        if spoken is not None and _inside(quotes, m.start()):
            st.ref = spoken
        try:
            made = rule.handler(m, st)
        except (OverflowError, ValueError):
            made = []  # a date beyond the calendar's ends (year 1 or 9999 references)
        finally:
            st.ref = reference
        for draft in made:
            _trim(st.text, draft)
            if draft.end <= draft.start:
                continue
            out.append(draft)
            if draft.unit is not None and draft.anchor and draft.type in ("DATE", "TIME"):
                st.last = draft.unit
                st.last_end = draft.end
                st.sentence_last = draft.unit
                if draft.unit.gran in ("Q", "H"):
                    st.topic = draft.unit
    return out


#: A quotation inside one sentence: straight or curly double quotes, or TeX-style ``…''.
_QUOTATION: Final = re.compile(r"\"[^\"\n]{3,}\"|“[^”\n]{3,}”|``[^\n]{3,}?''")


def _quotations(st: State) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTATION.finditer(st.text, st.sentence.start, st.sentence.end)]


def _inside(quotes: Sequence[tuple[int, int]], pos: int) -> bool:
    return any(start < pos < end for start, end in quotes)


def _speech_day(st: State, drafts: list[Draft], quotes: Sequence[tuple[int, int]]) -> dt.date | None:
    """The day a sentence's quotation was spoken, when the attribution outside it names one that
    is not the reference date ("…,' she told reporters on Dec. 30")."""
    for d in drafts:
        if _inside(quotes, d.start) or d.unit is None or d.unit.gran != "D" or d.type not in ("DATE", "TIME"):
            continue
        return d.unit.start if d.unit.start != st.ref else None
    return None


def _trim(text: str, draft: Draft) -> None:
    while draft.end > draft.start and text[draft.end - 1] in " \t\n,;:":
        draft.end -= 1
    while draft.start < draft.end and text[draft.start] in " \t\n,;:":
        draft.start += 1


def _link_ranges(st: State, drafts: list[Draft]) -> None:
    """Join enumerations and ranges ("Saturday and Sunday", "from March to May", "2019-2021")."""
    text = st.text
    for a, b in itertools.pairwise(drafts):
        if a.type != b.type or a.type not in ("DATE", "TIME") or b.start - a.end > 12:
            continue
        if not GAP_LINK.match(text, a.end, b.start):
            continue
        if text[a.end : b.start].strip() == "" and not (a.group and a.group == b.group):
            continue
        if not a.group:
            a.group = st.next_group()
        b.group = a.group
    groups: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.group:
            groups.setdefault(d.group, []).append(d)
    for members in groups.values():
        # "between 2 p.m. and 4 p.m. on Wednesday": a clock time without a day of its own is on the range's day
        days_of = [d for d in members if d.type == "TIME" and not d.dayless and d.unit is not None]
        for d in members:
            if d.dayless and days_of and d.unit is not None and days_of[-1].unit is not None:
                _move(d, Unit("D", days_of[-1].unit.start))
        # "Saturday and Sunday, January 11 and 12": each weekday is one of the dates
        dated = [d for d in members if d.month_day and d.unit is not None and d.unit.gran == "D"]
        days = [d.unit.start for d in dated if d.unit is not None]
        first_day = min((d.start for d in dated), default=0)
        before = [d for d in members if d.end <= first_day]
        # the weekdays name the month-days only when these follow them as an apposition ("Sunday,
        # January 12"); "postponed from Wednesday to March 12" moves one day to another
        apposed = bool(before) and text[before[-1].end : first_day].strip() in ("", ",")
        for d in members:
            # only weekdays written before the month-days name them; "from Sept. 14 to Thursday" is a span
            paired = d.weekday and d.start < first_day and apposed
            match = next((day for day in days if day.isoweekday() == d.weekday), None) if paired else None
            if match is not None:
                d.unit = Unit("D", match)
                d.value = match.isoformat() + d.value[10:]
        _keep_in_order(st, members)
        explicit = [d for d in members if d.explicit_year and d.unit is not None]
        if not explicit:
            continue
        anchor = explicit[-1]
        assert anchor.unit is not None
        for d in members:
            if d.explicit_year or d.month_day is None:
                continue
            month, day = d.month_day
            year = anchor.unit.start.year
            if anchor.unit.start.month < month and d.start < anchor.start:
                year -= 1
            date = valid(year, month, day or 1)
            if date is not None:
                d.unit = Unit("D" if day else "M", date)
                d.value = d.unit.value + (d.value[10:] if day and len(d.value) > 10 else "")


_RANGE_GAP: Final = re.compile(r"\s*(?:[-–—]|to|through|thru|until|till|and)\s*", re.IGNORECASE)
_BETWEEN: Final = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _keep_in_order(st: State, members: list[Draft]) -> None:
    """A range cannot end before it starts: "from June to August" written in January is June to
    August of one year, not June 2025 to August 2024. When the ends were placed on either side of
    the reference date, the end moves a year (a week for weekdays) later, or, in the past tense,
    the start a year earlier ("ran from December to February"); a clock time that ends a night is the
    next day's ("from 10 p.m. to 6 a.m.")."""
    for a, b in itertools.pairwise(members):
        if a.unit is None or b.unit is None or a.unit.gran != b.unit.gran:
            continue
        if a.type == b.type == "TIME" and a.unit == b.unit and b.value < a.value and _is_range(st, a, b):
            _move(b, b.unit.shift(1))  # "from 10 p.m. to 6 a.m.": the next morning
            continue
        if b.unit.start >= a.unit.start:
            continue
        if not _is_range(st, a, b):
            continue
        step = ("D", 7) if a.weekday and b.weekday else ("Y", 1)
        if st.tense(a.start, b.end) == "past" and not a.explicit_year:
            _move(a, a.unit.shift_by(step[0], -step[1]))
        elif not b.explicit_year:
            _move(b, b.unit.shift_by(step[0], step[1]))


def _is_range(st: State, a: Draft, b: Draft) -> bool:
    """Whether two neighbours are the ends of one range ("June to August", "between July 10 and
    July 14"), not an enumeration ("on Friday and Monday")."""
    gap = st.text[a.end : b.start]
    if not _RANGE_GAP.fullmatch(gap):
        return False
    if gap.strip().lower() != "and":
        return True
    return _BETWEEN.search(st.text, max(st.sentence.start, a.start - 20), a.start) is not None


def _move(d: Draft, unit: Unit) -> None:
    """Give a draft another calendar unit, keeping what its value says beyond the unit (a clock time)."""
    assert d.unit is not None
    d.value = unit.value + d.value[len(d.unit.value) :]
    d.unit = unit


def _infer_reference(st: State, grammar: Grammar, spans: Sequence[Span]) -> dt.date | None:
    """A reference date pinned down by the text itself: a line near the top that is a full date
    and nothing else ("June 13, 2005" under a headline), the full date of a dateline ("WASHINGTON,
    Jan 9, 2025 (Reuters) - ..."), or else a weekday written with its month-day."""
    for span in spans[:_DATE_LINE_REACH]:
        date = _date_line(st.text, grammar, span)
        if date is not None:
            return date
    for span in spans:
        line = grammar.dateline.match(st.text, span.start, span.end)
        if line is not None:
            date = _written_date(line, line.group("mon") or line.group("mon2"), "day", "day2")
            if date is not None:
                return date
    for span in spans:
        for m in grammar.date_mdy.finditer(st.text, span.start, span.end):
            if m.group("wd") and m.group("day"):
                # "Saturday and Sunday, January 11 and 12": the weekday next to the month is the last day's
                month, day = month_number(m.group("mon")), day_number(m, "day2", "day")
                if day is None:
                    continue
                if m.group("year"):
                    date = _written_date(m, m.group("mon"), "day2", "day")
                    if date is not None and _on_its_weekday(date, m):
                        return date
                    continue
                pinned = pin_weekday(_year_told(st, spans), month, day, weekday_number(m.group("wd")))
                if pinned is not None:
                    return pinned
    return None


_DATE_LINE_REACH: Final = 3  # sentences: the headline, perhaps a byline, then the date


def _date_line(text: str, grammar: Grammar, span: Span) -> dt.date | None:
    """The date of a sentence that is a full date alone: "June 13, 2005", "Monday, 13 June 2005"."""
    end = span.end
    while end > span.start and text[end - 1] in " \t.":
        end -= 1
    for pattern in (grammar.date_mdy, grammar.date_dmy):
        m = pattern.fullmatch(text, span.start, end)
        if m is None or not m.group("year"):
            continue
        date = _written_date(m, m.group("mon"), "day")
        if date is not None and _on_its_weekday(date, m):
            return date
    return None


def _written_date(m: re.Match[str], month: str, *days: str) -> dt.date | None:
    """The date a match writes in full: its year, ``month`` and the first of the groups ``days`` that
    is set; None when no calendar has it."""
    day = day_number(m, *days)
    return valid(int(m.group("year")), month_number(month), day) if day is not None else None


def _on_its_weekday(date: dt.date, m: re.Match[str]) -> bool:
    """Whether the weekday a date match writes (group ``wd``), if any, is the date's."""
    return not m.group("wd") or date.isoweekday() == weekday_number(m.group("wd"))


_FOUR_DIGIT_YEAR: Final = re.compile(r"(?<![\w$£€.,/-])(?:1[89]|20)\d\d(?![\w%]|[.,]\d)")


def _year_told(st: State, spans: Sequence[Span]) -> dt.date | None:
    """The end of the latest year the text writes out, which a weekday and month-day are placed
    near ("Tuesday, Jan. 7" in a story that mentions 1998 is 1998's, whatever year it is read in);
    None when it writes none (then the year is the latest up to the day of the run)."""
    years = [int(m.group()) for s in spans for m in _FOUR_DIGIT_YEAR.finditer(st.text, s.start, s.end)]
    return dt.date(max(years), 12, 31) if years else None


#: The side of the reference date a period of it is told from: "earlier this month", "so far this
#: year" (group 1 empty), "later this week" (group 1 set).
_SIDE_OF_NOW: Final = re.compile(r"(?:earlier|so\s+far|(later))\s+(?:in\s+)?this\s+", re.IGNORECASE)
_SO_FAR: Final = re.compile(r"\bso\s+far\s+(?:in\s+)?\Z", re.IGNORECASE)


def find_times(text: str, spans: Sequence[Span], reference: dt.date | None, *, article_id: str) -> list[TimeExpression]:
    """Every time expression in the given sentences of ``text``, normalised against ``reference``.

    :param text: the whole text the spans index into.
    :param spans: the sentences to read, in order (Spans into ``text``).
    :param reference: the publication date relative expressions resolve against; when None, a
        date the text pins down (a dateline's full date, or else a weekday written with its
        month-day) is used, and what cannot be resolved keeps ``X`` placeholders (``XXXX-WXX-7``).
    :param article_id: prefix of the ids (``art1`` gives ``art1-t1``…, ranges ``art1-r1``…).
    :return: the expressions in text order; ``text[e.start:e.end] == e.text`` for each.
    """
    grammar = patterns()
    index = _index(grammar)
    st = State(text, reference)
    if spans:
        st.article = (spans[0].start, spans[-1].end)
    if reference is None:
        st.ref = _infer_reference(st, grammar, spans)
    drafts: list[Draft] = []
    for sentence in spans:
        if sentence.end <= sentence.start:
            continue
        st.enter(sentence)
        candidates = _candidates(st, index, sentence)
        before = (st.last, st.topic, st.group)
        in_sentence = _normalise(st, candidates)
        quotes = _quotations(st) if len(in_sentence) > 1 else []
        spoken = _speech_day(st, in_sentence, quotes) if quotes else None
        if spoken is not None and any(_inside(quotes, m.start()) for m, _ in candidates):
            # "'We will meet tomorrow,' he said on Monday": the quotation's words are Monday's
            st.last, st.topic, st.group = before
            st.sentence_last = None
            in_sentence = _normalise(st, candidates, spoken, quotes)
        if in_sentence:
            in_sentence = join_durations(
                st,
                day_before_month(st, weekday_around_date(st, weekday_of_week(st, count_from_dates(st, in_sentence)))),
            )
        if len(in_sentence) > 1:
            _link_ranges(st, in_sentence)
        drafts.extend(in_sentence)
    result: list[TimeExpression] = []
    range_ids: dict[int, str] = {}
    for n, d in enumerate(drafts, start=1):
        range_id = None
        if d.group:
            range_id = range_ids.setdefault(d.group, f"{article_id}-r{len(range_ids) + 1}")
        unit = d.unit if d.type in ("DATE", "TIME") else None
        first, last = (unit.start, unit.end) if unit else (None, None)
        if unit is not None and st.ref is not None and unit.start <= st.ref <= unit.end:
            # "earlier this month", "so far this year": the part up to the reference date;
            # "later this month": the part after it
            side = _SIDE_OF_NOW.match(text, d.start)
            if side is not None:
                first, last = (first, st.ref) if side.group(1) is None else (st.ref, last)
            elif _SO_FAR.search(text, max(0, d.start - 16), d.start):
                last = st.ref  # "so far this year": the expression is "this year"
        result.append(
            TimeExpression(
                id=f"{article_id}-t{n}",
                start=d.start,
                end=d.end,
                text=text[d.start : d.end],
                type=d.type,
                value=d.value,
                date_start=first,
                date_end=last,
                mod=d.mod,
                range=range_id,
            )
        )
    return result
