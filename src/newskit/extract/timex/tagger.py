"""The time tagger: find TIMEX3 expressions in sentences and normalise them against a reference date.

It works in the manner of HeidelTime: every rule is a regular expression (see
:mod:`newskit.extract.timex.grammar`) with a check that throws out false alarms ("may" the modal,
"Sunday Times") and a normaliser that turns the match into TIMEX3 values. In each sentence the
longest candidates win; they are then normalised in text order, so that "the day before" or "a
year earlier" can lean on the date mentioned last. Underspecified dates (a weekday, a month, a
month and day) are placed before or after the reference date by the tense of the verb nearest
to them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence

import attrs

from newskit.data import timewords as tw
from newskit.extract.timex.calendar import Unit, holiday
from newskit.extract.timex.grammar import Grammar, patterns
from newskit.models import Span, TimeExpression, TimeType

__all__ = ["find_times"]

_MODS = {
    "early": "START",
    "earlier": None,
    "late": "END",
    "later": None,
    "mid": "MID",
    "beginning": "START",
    "start": "START",
    "end": "END",
    "close": "END",
    "middle": "MID",
    "turn": "END",
}
_UNIT_GRAN = {"day": "D", "week": "W", "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q"}
_UNIT_GRAN.update({"year": "Y", "decade": "DE", "century": "CE", "season": "SE"})
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"[a-z0-9]+")
_PREV_WORD = re.compile(r"([A-Za-z]+\.?|\d[\d,.]*|[$£€#(])\W{0,3}$")
_NEXT_WORD = re.compile(r"^\W{0,3}?([A-Za-z]+|\d+)")
_GAP_LINK = re.compile(r"\s*(?:,\s*)?(?:[-–—]|to|through|thru|until|till|and|or|&|,)?\s*(?:and\s+)?$", re.IGNORECASE)
_COUNT_NOUNS = re.compile(
    r"\s*(?:%|percent|per\s+cent|(?:[a-z]+\s+)?(?:people|persons|men|women|children|troops|soldiers|students|"
    r"workers|employees|jobs|members|refugees|cases|deaths|units|vehicles|cars|homes|houses|acres|feet|foot|meters|"
    r"metres|miles|kilometers|kilometres|km|kg|tons|tonnes|pounds|dollars|euros|yuan|yen|rupees|points|votes|seats|"
    r"shares|barrels|calories|words|pages|rpm|hp|mph|mm|cm|gb|mb|rooms|beds|lbs|tanks|aircraft|planes|guns|rounds|"
    r"copies|signatures|names|protesters|prisoners|detainees|hostages|civilians|fighters|police|officers|"
    r"residents|families|households|visitors|tourists|passengers|patients|doctors|teachers|families)\b)",
    re.IGNORECASE,
)
_QUANTITY_BEFORE = re.compile(
    r"(?:\d|\b(?:million|billion|thousand|hundred|percent|times|once|twice|dollars?|cents?|euros?|pounds?|"
    r"barrels|tons|tonnes|hours|miles|units|people|cases|copies|shares|points)\b)[^.;:!?]{0,30}$",
    re.IGNORECASE,
)
_NOT_YEAR_BEFORE = {
    "about",
    "some",
    "nearly",
    "approximately",
    "almost",
    "over",
    "than",
    "least",
    "only",
    "another",
    "additional",
    "roughly",
    "no",
    "no.",
    "nos.",
    "number",
    "page",
    "room",
    "flight",
    "route",
    "highway",
    "model",
    "version",
    "pp.",
    "p.",
    "#",
    "$",
    "£",
    "€",
    "total",
    "estimated",
    "under",
    "windows",
    "office",
    "suite",
    "box",
}
_MONTH_PREPOSITIONS = {
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "to",
    "through",
    "during",
    "before",
    "after",
    "of",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "between",
    "and",
    "or",
    "around",
    "for",
    "each",
    "every",
    "throughout",
    "on",
    "as",
    "that",
    "past",
    "coming",
    "into",
    "than",
}
#: How far (days, months) the tense may push a month-day or a month away from the nearest one.
_TENSE_REACH_DAYS = 200
_TENSE_REACH_MONTHS = 11
_FUTURE_BEFORE_TO = {"set", "due", "slated", "poised", "going", "scheduled", "expected", "planned", "plans", "plan"}
_FUTURE_BEFORE_TO |= {"about", "hopes", "hope", "intend", "intends", "wants", "want"}
_DEADLINE_WORDS = {"until", "till", "by", "through", "before"}
_ATTRIBUTION = {"said", "told", "added", "stated", "reported", "announced", "noted", "wrote", "explained"}
_NEUTRAL_AUXILIARIES = {"be", "being", "is", "are", "am", "to", "get", "gets"}
_SEASON_PREPOSITIONS = {"in", "during", "by", "until", "since", "through", "throughout", "over", "for", "this", "that"}
_SEASON_PREPOSITIONS.update({"last", "next", "of", "before", "after", "till", "into", "from", "early", "late"})


@attrs.define
class Draft:
    """A time expression being built: where it is and what it means so far."""

    start: int
    end: int
    type: TimeType
    value: str
    unit: Unit | None = None
    mod: str | None = None
    explicit_year: bool = False
    month_day: tuple[int, int | None] | None = None
    group: int = 0
    anchor: bool = True
    weekday: int = 0


class State:
    """What normalising one article needs: the text, the reference date, the last date mentioned."""

    def __init__(self, text: str, reference: dt.date | None) -> None:
        self.text = text
        self.ref = reference
        self.last: Unit | None = None
        self.sentence_last: Unit | None = None
        self.topic: Unit | None = None
        self.sentence = Span(start=0, end=0, text="")
        self._markers: list[tuple[int, int, str]] | None = None
        self._headline: bool | None = None
        self.group = 0

    def enter(self, sentence: Span) -> None:
        """Start a new sentence."""
        self.sentence = sentence
        self.sentence_last = None
        self._markers = None
        self._headline = None

    def _find_markers(self) -> list[tuple[int, int, str]]:
        """The words that give the sentence's verbs a tense, with where they are."""
        markers = []
        previous = ""
        for m in _WORD.finditer(self.text, self.sentence.start, self.sentence.end):
            word = m.group().lower()
            if previous in _FUTURE_BEFORE_TO and word in ("to", "for"):
                markers.append((m.start(), m.end(), "future"))  # "set to begin", "due to open"
            elif word in tw.FUTURE_MARKERS:
                if markers and markers[-1][2] == "past" and previous in ("was", "were", "had", "did"):
                    markers.pop()  # "were planning", "was expected": the auxiliary carries no past event
                markers.append((m.start(), m.end(), "future"))
            elif (
                word in tw.PAST_MARKERS
                or (len(word) > 4 and word.endswith("ed") and word not in tw.NOT_PAST_PARTICIPLES)
            ) and previous not in _NEUTRAL_AUXILIARIES:
                # "to be held", "is scheduled": a participle after a present or bare auxiliary is no past
                markers.append((m.start(), m.end(), "past"))
            previous = word
        return markers

    def headline_case(self) -> bool:
        """Whether the sentence is a headline with every word capitalised."""
        if self._headline is None:
            words = [w for w in _WORD.findall(self.sentence.text) if len(w) > 3]
            self._headline = bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
        return self._headline

    def tense(self, start: int, end: int) -> str:
        """``past``, ``future`` or ``""``: the tense marker nearest to ``text[start:end]``.

        A date after "until", "by" or "through" is a deadline: it has no tense of its own.
        """
        if self.prev_word(start) in _DEADLINE_WORDS:
            return ""
        if self._markers is None:
            self._markers = self._find_markers()
        best, best_distance = "", 1 << 60
        for m_start, m_end, tense in self._markers:
            if start <= m_start < end:
                continue
            if m_start >= end and self.text[m_start:m_end].lower() in _ATTRIBUTION and "," in self.text[end:m_start]:
                continue  # "... on Tuesday, Castro said": the attribution is no tense of the event
            distance = start - m_end if m_end <= start else (m_start - end) + 1
            if distance < best_distance:
                best, best_distance = tense, distance
        return best

    def next_group(self) -> int:
        self.group += 1
        return self.group

    def prev_word(self, pos: int) -> str:
        """The word just before ``pos`` in the sentence, lower-cased ("" at the start)."""
        m = _PREV_WORD.search(self.text, max(self.sentence.start, pos - 30), pos)
        return m.group(1).lower() if m else ""

    def prev_word_raw(self, pos: int) -> str:
        m = _PREV_WORD.search(self.text, max(self.sentence.start, pos - 30), pos)
        return m.group(1) if m else ""

    def next_word(self, pos: int) -> str:
        """The word just after ``pos`` in the sentence, as written ("" at the end)."""
        m = _NEXT_WORD.search(self.text[pos : min(self.sentence.end, pos + 30)])
        return m.group(1) if m else ""

    def at_sentence_start(self, pos: int) -> bool:
        return not self.text[self.sentence.start : pos].strip(" \t\n\"'“‘([")


Handler = Callable[[re.Match[str], State], list[Draft]]
Check = Callable[[re.Match[str], State], bool]


# ---------------------------------------------------------------------------------------------
# Resolution helpers


def _month_number(word: str) -> int:
    key = word.lower().rstrip(".")
    return tw.MONTHS.get(key) or tw.MONTH_ABBREVIATIONS[key]


def _day_number(m: re.Match[str], *names: str) -> int | None:
    for name in names:
        g = m.group(name)
        if g:
            digits = re.match(r"\d+", g)
            if digits:
                return int(digits.group())
            return tw.ORDINAL_WORDS.get(_SPACE.sub(" ", g.lower()))
    return None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _spoken_year(words: str) -> int:
    """ "nineteen ninety-four" is 1994."""
    parts = re.split(r"[\s-]+", words.lower())
    return (1800 if parts[0] == "eighteen" else 1900) + sum(tw.NUMBER_WORDS[p] for p in parts[1:])


def _two_digit_year(yy: str) -> int:
    n = int(yy)
    return 1900 + n if n > 30 else 2000 + n


def _pick_date(st: State, month: int, day: int, start: int, end: int) -> dt.date | None:
    """The year for a month-day written without one.

    The nearest such day to the reference, unless the tense puts it on the other side and the
    day there is not much further away ("said on March 3" late in March, "will open Dec. 15").
    """
    ref = st.ref
    if ref is None:
        return None
    candidates = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _valid(y, month, day))]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: (abs((d - ref).days), d > ref))
    tense = st.tense(start, end)
    if tense == "past":
        side = [d for d in candidates if d <= ref]
        chosen = max(side) if side else nearest
    elif tense == "future":
        side = [d for d in candidates if d >= ref]
        chosen = min(side) if side else nearest
    else:
        return nearest
    return chosen if abs((chosen - ref).days) <= _TENSE_REACH_DAYS else nearest


def _pick_month_year(st: State, month: int, start: int, end: int) -> int | None:
    """The year for a month written without one: as :func:`_pick_date`, in months."""
    ref = st.ref
    if ref is None:
        return None
    diff = month - ref.month
    nearest_diff = diff - 12 if diff > 6 else diff + 12 if diff < -6 else diff
    if diff in (6, -6):
        nearest_diff = -6
    tense = st.tense(start, end)
    chosen = nearest_diff
    if tense == "past" and nearest_diff > 0:
        chosen = nearest_diff - 12
    elif tense == "future" and nearest_diff < 0:
        chosen = nearest_diff + 12
    if abs(chosen) > _TENSE_REACH_MONTHS:
        chosen = nearest_diff
    return ref.year + (ref.month - 1 + chosen) // 12


def _weekday_date(st: State, weekday: int, start: int, end: int, direction: str = "") -> dt.date | None:
    ref = st.ref
    if ref is None:
        return None
    if not direction and st.prev_word(start) in _DEADLINE_WORDS:
        direction = "future"  # "until Tuesday", "by Friday": a deadline ahead
    tense = direction or st.tense(start, end) or "past"
    delta = weekday - ref.isoweekday()
    if direction == "past!":
        return ref - dt.timedelta(days=(-delta) % 7 or 7)
    if direction == "future!":
        return ref + dt.timedelta(days=delta % 7 or 7)
    if delta == 0:
        return ref
    if tense == "future":
        return ref + dt.timedelta(days=delta % 7)
    return ref - dt.timedelta(days=(-delta) % 7)


def _unit_draft(
    m: re.Match[str] | tuple[int, int],
    unit: Unit | None,
    unresolved: str,
    *,
    mod: str | None = None,
    suffix: str = "",
    type_: TimeType = "DATE",
    explicit_year: bool = False,
    month_day: tuple[int, int | None] | None = None,
) -> Draft:
    start, end = (m.start(), m.end()) if isinstance(m, re.Match) else m
    value = (unit.value if unit is not None else unresolved) + suffix
    if suffix and type_ == "DATE":
        type_ = "TIME"
    return Draft(start, end, type_, value, unit, mod, explicit_year=explicit_year, month_day=month_day)


def _mod_of(word: str | None) -> str | None:
    if not word:
        return None
    key = _SPACE.sub(" ", word.lower()).replace("the ", "").replace(" of", "").strip(" -")
    return _MODS.get(key)


def _is_name_after(st: State, end: int) -> bool:
    """Whether a capitalised word that is not a function word follows (``Sunday Times``)."""
    nxt = st.next_word(end)
    if not nxt or not nxt[0].isupper():
        return False
    low = nxt.lower()
    if low in tw.NAME_WORDS_AFTER_DATE:
        return True
    if low in tw.CAPITALISED_FUNCTION_WORDS or low in tw.MONTHS or low in tw.WEEKDAYS:
        return False
    gap = st.text[end : end + 3]
    if gap[:1] in ",.;:" or gap[:2] in (" —", " -"):
        return False
    # in an all-capitalised headline every word is capitalised: only the name list counts there
    return not st.headline_case()


# ---------------------------------------------------------------------------------------------
# Rules: dates with a month


def _h_date_mdy(m: re.Match[str], st: State) -> list[Draft]:
    month = _month_number(m.group("mon"))
    day = _day_number(m, "day", "dayo", "dayw")
    if day is None:
        return []
    year: int | None = None
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("yy"):
        year = _two_digit_year(m.group("yy"))
    if _valid(year or 2000, month, day) is None:
        return []
    drafts: list[Draft] = []
    start = m.start()
    wd = m.group("wd")
    weekday = _weekday_number(wd) if wd else None
    split_weekday = False
    if wd:
        before = st.text[max(st.sentence.start, m.start() - 40) : m.start()]
        split_weekday = bool(re.search(rf"{patterns().weekday_name}\s*(?:,|and|or|&)\s*$", before))
        if split_weekday or m.group("day2"):
            start = m.start("mon")
    explicit = year is not None
    date: dt.date | None
    if year is not None:
        date = _valid(year, month, day)
    elif weekday is not None and not split_weekday and not m.group("day2"):
        date = _pin_weekday(st.ref, month, day, weekday)
    else:
        date = _pick_date(st, month, day, m.start(), m.end())
    first_end = m.end("day") if m.group("day") else m.end("dayo") if m.group("dayo") else m.end("dayw")
    if year is not None and not m.group("day2"):
        first_end = m.end()
    unit = Unit("D", date) if date else None
    unresolved = f"XXXX-{month:02d}-{day:02d}"
    main = _unit_draft((start, first_end), unit, unresolved, explicit_year=explicit, month_day=(month, day))
    drafts.append(main)
    if m.group("day2"):
        day2 = _day_number(m, "day2")
        d2 = _valid(date.year, month, day2) if date and day2 else None
        if day2 and _valid(2000, month, day2):
            second = _unit_draft(
                (m.start("day2"), m.end()),
                Unit("D", d2) if d2 else None,
                f"XXXX-{month:02d}-{day2:02d}",
                explicit_year=explicit,
                month_day=(month, day2),
            )
            group = st.next_group()
            main.group = second.group = group
            drafts.append(second)
    if wd and start != m.start():
        assert weekday is not None
        days = [d.unit.start for d in drafts if d.unit is not None]
        match = next((d for d in days if d.isoweekday() == weekday), None)
        wd_date = match or _weekday_date(st, weekday, m.start(), m.end("wd"))
        drafts.insert(
            0, _unit_draft((m.start("wd"), m.end("wd")), Unit("D", wd_date) if wd_date else None, f"XXXX-WXX-{weekday}")
        )
    return drafts


def _weekday_number(word: str) -> int:
    key = word.lower().rstrip(".")
    return tw.WEEKDAYS.get(key) or tw.WEEKDAY_ABBREVIATIONS[key]


def _pin_weekday(ref: dt.date | None, month: int, day: int, weekday: int) -> dt.date | None:
    """The date of a month-day that falls on ``weekday``: the year nearest the reference, or the
    latest such year up to now when there is no reference."""
    anchor = ref or dt.date.today()
    years = sorted(range(anchor.year - 14, anchor.year + 2), key=lambda y: abs(y - anchor.year) + (y > anchor.year))
    if ref is None:
        years = [y for y in years if y <= anchor.year]
    for year in years:
        d = _valid(year, month, day)
        if d is not None and d.isoweekday() == weekday:
            return d
    return None


def _h_date_dmy(m: re.Match[str], st: State) -> list[Draft]:
    month = _month_number(m.group("mon"))
    day = _day_number(m, "day")
    if day is None or _valid(2000, month, day) is None:
        return []
    year = int(m.group("year")) if m.group("year") else None
    wd = m.group("wd")
    if year is not None:
        date = _valid(year, month, day)
    elif wd and not m.group("day0"):
        date = _pin_weekday(st.ref, month, day, _weekday_number(wd))
    else:
        date = _pick_date(st, month, day, m.start(), m.end())
    if date is None and year is not None:
        return []
    unit = Unit("D", date) if date else None
    if not m.group("day0"):
        return [
            _unit_draft(m, unit, f"XXXX-{month:02d}-{day:02d}", explicit_year=year is not None, month_day=(month, day))
        ]
    day0 = _day_number(m, "day0")
    if day0 is None or _valid(2000, month, day0) is None:
        return []
    d0 = _valid(date.year, month, day0) if date else None
    group = st.next_group()
    first = _unit_draft(
        (m.start("day0"), m.end("day0")),
        Unit("D", d0) if d0 else None,
        f"XXXX-{month:02d}-{day0:02d}",
        explicit_year=year is not None,
        month_day=(month, day0),
    )
    second = _unit_draft(
        (m.start("day"), m.end()),
        unit,
        f"XXXX-{month:02d}-{day:02d}",
        explicit_year=year is not None,
        month_day=(month, day),
    )
    first.group = second.group = group
    return [first, second]


def _h_date_num(m: re.Match[str], st: State) -> list[Draft]:
    if m.group("iy"):
        date = _valid(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    elif m.group("a"):
        a, b, c = int(m.group("a")), int(m.group("b")), m.group("c")
        year = int(c) if len(c) == 4 else _two_digit_year(c)
        month, day = (a, b) if a <= 12 else (b, a)
        date = _valid(year, month, day)
    else:
        date = _valid(int(m.group("yc")), int(m.group("mb")), int(m.group("da")))
    if date is None:
        return []
    return [_unit_draft(m, Unit("D", date), "", explicit_year=True)]


def _h_month_year(m: re.Match[str], st: State) -> list[Draft]:
    month = _month_number(m.group("mon"))
    if m.group("year"):
        year: int | None = int(m.group("year"))
    elif m.group("yy"):
        year = _two_digit_year(m.group("yy"))
    elif m.group("sy"):
        year = _spoken_year(m.group("sy"))
    else:
        rel = m.group("rel").lower()
        year = None if st.ref is None else st.ref.year + {"this": 0, "last": -1, "next": 1}[rel]
    unit = Unit("M", dt.date(year, month, 1)) if year else None
    return [
        _unit_draft(
            m,
            unit,
            f"XXXX-{month:02d}",
            mod=_mod_of(m.group("mod")),
            explicit_year=bool(m.group("year") or m.group("sy")),
        )
    ]


def _c_month(m: re.Match[str], st: State) -> bool:
    if m.group("pre"):
        return True
    word = m.group("mon")
    prev = st.prev_word(m.start())
    if prev in _MONTH_PREPOSITIONS:
        return not (word.lower() == "may" and prev in ("that", "as", "and", "or", "to"))
    if word.lower() in ("may", "march") or word.endswith("."):
        return False
    if _is_name_after(st, m.end()):
        return False
    raw = st.prev_word_raw(m.start())
    return not (raw[:1].isupper() and not st.at_sentence_start(m.start() - len(raw) - 1))


def _h_month(m: re.Match[str], st: State) -> list[Draft]:
    month = _month_number(m.group("mon"))
    pre = _SPACE.sub(" ", (m.group("pre") or "").lower())
    if pre in ("each", "every"):
        return [Draft(m.start(), m.end(), "SET", f"XXXX-{month:02d}")]
    ref = st.ref
    year: int | None
    if ref is None:
        year = None
    elif pre in ("last", "this past"):
        year = ref.year if month < ref.month else ref.year - 1
    elif pre in ("next", "this coming"):
        year = ref.year if month > ref.month else ref.year + 1
    elif pre == "this":
        year = ref.year
    else:
        year = _pick_month_year(st, month, m.start(), m.end())
    unit = Unit("M", dt.date(year, month, 1)) if year else None
    return [_unit_draft(m, unit, f"XXXX-{month:02d}", mod=_mod_of(pre), month_day=(month, None))]


# ---------------------------------------------------------------------------------------------
# Rules: years, decades, centuries, seasons, quarters


def _c_year(m: re.Match[str], st: State) -> bool:
    if m.group("mod") or m.group("fiscal") or m.group("year2"):
        return True
    start, end = m.start("year"), m.end("year")
    if _COUNT_NOUNS.match(st.text, end, min(len(st.text), end + 40)):
        return False
    prev = st.prev_word(start)
    if prev in _NOT_YEAR_BEFORE:
        return False
    year = int(m.group("year"))
    if prev in tw.YEAR_PREPOSITIONS:
        return True
    if year < 1900:
        return False
    nxt = st.text[end : end + 12]
    # a number followed by a time-of-day word or ":" is a clock time or a score
    return not re.match(r"\s*(?:GMT|UTC|hours|hrs|[ap]\.?m\b|:\d)", nxt)


def _h_year(m: re.Match[str], st: State) -> list[Draft]:
    year = int(m.group("year"))
    mod_word = (m.group("mod") or "").lower()
    if "half" in mod_word:
        half = 1 if "first" in mod_word else 2
        unit = Unit("H", dt.date(year, 1 if half == 1 else 7, 1))
        return [_unit_draft(m, unit, "", explicit_year=True)]
    mod = _mod_of(mod_word)
    if m.group("or_later"):
        mod = "EQUAL_OR_MORE" if "earlier" not in m.group("or_later") else "EQUAL_OR_LESS"
    if not m.group("year2"):
        return [_unit_draft(m, Unit("Y", dt.date(year, 1, 1)), "", mod=mod, explicit_year=True)]
    text2 = m.group("year2")
    year2 = int(text2) if len(text2) == 4 else year // 100 * 100 + int(text2)
    if year2 <= year or year2 - year > 100:
        if len(text2) == 2:
            return [
                _unit_draft((m.start(), m.end("year")), Unit("Y", dt.date(year, 1, 1)), "", mod=mod, explicit_year=True)
            ]
        return []
    group = st.next_group()
    first = _unit_draft((m.start(), m.end("year")), Unit("Y", dt.date(year, 1, 1)), "", mod=mod, explicit_year=True)
    second = _unit_draft((m.start("year2"), m.end()), Unit("Y", dt.date(year2, 1, 1)), "", explicit_year=True)
    first.group = second.group = group
    return [first, second]


def _h_spoken_year(m: re.Match[str], st: State) -> list[Draft]:
    if m.group("thousand"):
        if not m.group().lower().startswith("the year"):
            return []
        year = 2000 + (tw.NUMBER_WORDS.get((m.group("ones2") or "zero").lower(), 0))
    else:
        cent = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[m.group("cent").lower()]
        if cent == 2000 and not m.group().lower().startswith("the year"):
            return []
        tens = tw.NUMBER_WORDS[m.group("tens").lower()]
        ones = tw.NUMBER_WORDS[m.group("ones").lower()] if m.group("ones") else 0
        year = cent + tens + ones
    return [_unit_draft(m, Unit("Y", dt.date(year, 1, 1)), "", explicit_year=True)]


def _h_decade(m: re.Match[str], st: State) -> list[Draft]:
    if m.group("dec"):
        decade = int(m.group("dec")) // 10
    elif m.group("dec2"):
        decade = 190 + int(m.group("dec2")) // 10
    else:
        if not m.group("the") and not m.group("mod"):
            return []
        decade = tw.DECADE_WORDS[m.group("decw").lower()]
    unit = Unit("DE", dt.date(decade * 10, 1, 1))
    return [_unit_draft(m, unit, "", mod=_mod_of(m.group("mod")), explicit_year=True)]


def _h_century(m: re.Match[str], st: State) -> list[Draft]:
    n = int(m.group("cnum")) if m.group("cnum") else tw.ORDINAL_WORDS.get(_SPACE.sub(" ", m.group("cword").lower()), 0)
    if not 1 <= n <= 21:
        return []
    unit = Unit("CE", dt.date(max(1, (n - 1) * 100), 1, 1))
    return [_unit_draft(m, unit, "", mod=_mod_of(m.group("mod")), explicit_year=True)]


def _c_season(m: re.Match[str], st: State) -> bool:
    if m.group("year") or m.group("sy") or m.group("pre"):
        return True
    season = m.group("season").lower()
    prev = st.prev_word(m.start())
    if m.group("the"):
        if season == "fall":
            return prev in _SEASON_PREPOSITIONS and st.next_word(m.end()).lower() not in (
                "of",
                "in",
                "from",
                "to",
                "on",
            )
        return st.next_word(m.end()).lower() not in ("of",) or prev in _SEASON_PREPOSITIONS
    return season != "fall" and prev in _SEASON_PREPOSITIONS


def _h_season(m: re.Match[str], st: State) -> list[Draft]:
    code = tw.SEASONS[m.group("season").lower()]
    pre = _SPACE.sub(" ", (m.group("pre") or "").lower())
    mod = _mod_of(pre if pre in ("early", "late", "mid") else m.group("mod"))
    if m.group("year") or m.group("sy"):
        year = int(m.group("year")) if m.group("year") else _spoken_year(m.group("sy"))
        unit: Unit | None = Unit.of("SE", dt.date(year, 6, 1), code)
        return [_unit_draft(m, unit, "", mod=mod, explicit_year=True)]
    ref = st.ref
    if ref is None:
        return [_unit_draft(m, None, f"XXXX-{code}", mod=mod)]
    this = Unit.of("SE", dt.date(ref.year, 6, 1), code)
    current = Unit.of("SE", ref)
    if code == "WI" and ref.month <= 2:
        this = this.shift(-4)
    tense = st.tense(m.start(), m.end())
    if pre in ("last", "past", "this past"):
        unit = this if this.start < current.start else this.shift(-4)
    elif pre in ("next", "coming", "this coming"):
        unit = this if this.start > current.start else this.shift(4)
    elif pre == "this":
        unit = this
    elif tense == "future":
        unit = this if this.start >= current.start else this.shift(4)
    elif tense == "past":
        unit = this if this.start <= current.start else this.shift(-4)
    else:
        unit = this
    return [_unit_draft(m, unit, "", mod=mod)]


_QUARTER_REFERRING = ("latest", "same", "comparable", "corresponding", "year-ago", "year-earlier", "that")


def _c_quarter(m: re.Match[str], st: State) -> bool:
    if m.group("qq"):
        return True
    mods = _SPACE.sub(" ", m.group("mods").lower())
    det = (m.group("det") or "").lower()
    kind = m.group("q").lower()
    if kind == "half":
        if not (m.group("ord") or "last" in mods):
            return False
        return st.next_word(m.end()).lower() not in ("a", "an", "of") or bool(m.group("yof"))
    if kind == "period":
        # "the latest period", "the year-ago period", "the 1988 period"; not "a trial period"
        return not m.group("ord") and (
            any(w in mods for w in _QUARTER_REFERRING) or bool(re.search(r"\d{4}", mods)) or det == "that"
        )
    if not m.group("ord") and det in ("a", ""):
        return bool(mods.strip()) and det != "a"
    return True


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _h_quarter(m: re.Match[str], st: State) -> list[Draft]:
    ref = st.ref
    year: int | None = None
    mods = ""
    kind = "quarter"
    if m.group("qq"):
        n: int | None = int(m.group("qq")[1])
        if m.group("qy"):
            year = int(m.group("qy"))
    else:
        kind = m.group("q").lower()
        mods = _SPACE.sub(" ", m.group("mods").lower())
        n = _ORDINALS.get((m.group("ord") or "").lower())
        det = (m.group("det") or "").lower()
        years = re.findall(r"\d{4}", mods)
        if m.group("py"):
            year = int(m.group("py"))
        elif years:
            year = int(years[0])
        elif m.group("yof"):
            yof = m.group("yof").lower()
            if yof[0].isdigit():
                year = int(yof)
            elif ref is not None:
                year = ref.year + {"this": 0, "last": -1, "next": 1}[yof.split()[-2]]
        elif det.endswith("year's") and ref is not None:
            year = ref.year + {"this": 0, "last": -1, "next": 1}[det.split()[0]]
        if kind == "half":
            n = 2 if n is None else n
            if n > 2:
                return []
        if n is None and "final" in mods:
            n = 4
    half = kind == "half"
    topic = st.topic
    gran = "H" if half else topic.gran if kind == "period" and topic is not None else "Q"
    if topic is not None and topic.gran != gran:
        topic = None
    year_ago = "year-ago" in mods or "year-earlier" in mods or bool(m.group("ago") if not m.group("qq") else None)
    if n is None:
        current = Unit.of(gran, ref) if ref is not None else None
        base: Unit | None
        if year is not None:
            month = topic.start.month if topic is not None else 1
            base = Unit(gran, dt.date(year, month, 1)) if topic is not None else Unit("Y", dt.date(year, 1, 1))
        elif current is None:
            base = topic
        elif "current" in mods or "this" in mods or (m.group("det") or "").lower() == "this":
            base = current
        elif "next" in mods or "coming" in mods:
            base = current.shift(1)
        elif any(w in mods.split() for w in ("last", "previous", "prior", "past", "recent")):
            base = current.shift(-1)
        else:
            base = topic or current.shift(-1)
        if base is None:
            return [_unit_draft(m, None, "XXXX-" + ("HX" if half else "QX"))]
        if year_ago:
            base = base.shift_by("Y", -1)
        draft = _unit_draft(m, base, "")
        # a comparison ("the year-ago quarter", "the 1988 period") is not what the text is about
        draft.anchor = not year_ago and year is None
        return [draft]
    if year is None and year_ago and topic is not None:
        year = topic.start.year
    if year is None and ref is not None:
        current_n = (ref.month - 1) // (6 if half else 3) + 1
        future = st.tense(m.start(), m.end()) == "future"
        year = ref.year if n <= current_n or future else ref.year - 1
    if year is None:
        return [_unit_draft(m, None, f"XXXX-{'H' if half else 'Q'}{n}")]
    if year_ago:
        year -= 1
    unit = Unit(gran if gran in ("Q", "H") else "Q", dt.date(year, (n - 1) * (6 if half else 3) + 1, 1))
    draft = _unit_draft(m, unit, "")
    draft.anchor = not year_ago
    return [draft]


# ---------------------------------------------------------------------------------------------
# Rules: days, weekdays, clock times


def _h_relday(m: re.Match[str], st: State) -> list[Draft]:
    ref = st.ref
    if m.group("this"):
        offset = {"this": 0, "last": -1, "tomorrow": 1}[m.group("this").lower()]
        code = tw.PARTS_OF_DAY[m.group("pod2").lower()]
        if m.group("this").lower() == "last" and code != "NI":
            return []
        unit = Unit("D", ref + dt.timedelta(days=offset)) if ref else None
        return [_unit_draft(m, unit, "XXXX-XX-XX", suffix=f"T{code}")]
    if m.group("w2"):
        offset = -2 if m.group("ba").lower() == "before" else 2
        word = ""
    else:
        word = m.group("w").lower()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    suffix = "TNI" if word == "tonight" else ""
    pod = m.group("pod") or m.group("pod0")
    if pod:
        suffix = "T" + tw.PARTS_OF_DAY[re.sub(r"^mid-?\s?", "", pod.lower())]
    unit = Unit("D", ref + dt.timedelta(days=offset)) if ref else None
    return [_unit_draft(m, unit, "XXXX-XX-XX", suffix=suffix, mod=_mod_of(m.group("mod")))]


def _c_weekday(m: re.Match[str], st: State) -> bool:
    if m.group("pod") or m.group("pre"):
        return True
    return not _is_name_after(st, m.end())


def _h_weekday(m: re.Match[str], st: State) -> list[Draft]:
    weekday = _weekday_number(m.group("wd"))
    pre = _SPACE.sub(" ", (m.group("pre") or "").lower())
    suffix = "T" + tw.PARTS_OF_DAY[m.group("pod").lower()] if m.group("pod") else ""
    plural = m.group("pl") or m.group("pl2")
    prev = st.prev_word(m.start())
    if plural and not pre:
        if prev in ("on", "every", "each", "most", "some", "all") or m.group("pl2"):
            return [Draft(m.start(), m.end(), "SET", f"XXXX-WXX-{weekday}{suffix}")]
        return []
    date: dt.date | None
    if pre in ("the previous", "the preceding", "the following", "the next", "the same") and st.last is not None:
        base = st.last.start
        delta = weekday - base.isoweekday()
        if pre in ("the previous", "the preceding"):
            date = base - dt.timedelta(days=(-delta) % 7 or 7)
        elif pre == "the same":
            date = base
        else:
            date = base + dt.timedelta(days=delta % 7 or 7)
    else:
        direction = {"last": "past!", "this past": "past", "next": "future!", "this coming": "future"}.get(pre, "")
        if pre == "this":
            direction = st.tense(m.start(), m.end()) or "future"
        date = _weekday_date(st, weekday, m.start(), m.end(), direction)
    unit = Unit("D", date) if date else None
    draft = _unit_draft(m, unit, f"XXXX-WXX-{weekday}", suffix=suffix, mod=_mod_of(m.group("mod")))
    draft.weekday = weekday if not pre else 0
    return [draft]


def _c_clock(m: re.Match[str], st: State) -> bool:
    if m.group("h24") is not None and not (m.group("tz") or m.group("dw")):
        return st.prev_word(m.start()) in (
            "at",
            "by",
            "around",
            "about",
            "from",
            "until",
            "till",
            "to",
            "before",
            "after",
            "since",
        )
    if m.group("nw") and not (m.group("dw") or m.group("tz")):
        return st.prev_word(m.start()) in (
            "at",
            "by",
            "around",
            "about",
            "from",
            "until",
            "till",
            "to",
            "before",
            "after",
            "since",
            "before",
            "past",
            "noon",
            "on",
        )
    return True


def _h_clock(m: re.Match[str], st: State) -> list[Draft]:
    minute = 0
    if m.group("h"):
        hour = int(m.group("h")) % 12
        minute = int(m.group("mi") or 0)
        if m.group("ap").lower() == "p":
            hour += 12
    elif m.group("h24") is not None:
        hour, minute = int(m.group("h24")), int(m.group("m24"))
    elif m.group("nw"):
        hour = 0 if m.group("nw").lower() == "midnight" else 12
    elif m.group("ho"):
        word = m.group("ho").lower()
        hour = int(word) if word.isdigit() else tw.NUMBER_WORDS[word]
    else:
        hour, minute = int(m.group("hm")), int(m.group("mm"))
    zone = tw.TIMEZONES.get(_SPACE.sub(" ", (m.group("tz") or "").lower()), "")
    day: dt.date | None = None
    if m.group("dw"):
        word = m.group("dw").lower()
        ref = st.ref
        if word in tw.WEEKDAYS:
            day = _weekday_date(st, tw.WEEKDAYS[word], m.start(), m.end())
        elif ref is not None:
            day = ref + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word])
    elif m.group("dmon"):
        month, mday = _month_number(m.group("dmon")), _day_number(m, "dday")
        if mday is None or _valid(2000, month, mday) is None:
            return []
        if m.group("dyear"):
            day = _valid(int(m.group("dyear")), month, mday)
        else:
            day = _pick_date(st, month, mday, m.start(), m.end())
    elif st.sentence_last is not None and st.sentence_last.gran == "D":
        day = st.sentence_last.start
    elif st.ref is not None:
        day = st.ref
    unit = Unit("D", day) if day else None
    suffix = f"T{hour:02d}:{minute:02d}{zone}"
    mod = "APPROX" if m.group("approx") else None
    return [_unit_draft(m, unit, "XXXX-XX-XX", suffix=suffix, type_="TIME", mod=mod)]


def _h_holiday(m: re.Match[str], st: State) -> list[Draft]:
    name = _SPACE.sub(" ", m.group("name").lower())
    rule = tw.HOLIDAYS[name]
    if _is_name_after(st, m.end()):
        return []
    ref = st.ref
    if m.group("year"):
        date = holiday(rule, int(m.group("year")))
        return [_unit_draft(m, Unit("D", date), "", explicit_year=True)] if date else []
    if ref is None:
        return [Draft(m.start(), m.end(), "DATE", "XXXX-XX-XX")]
    candidates = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := holiday(rule, y))]
    if not candidates:
        return []
    tense = st.tense(m.start(), m.end())
    if tense == "past" and any(d <= ref for d in candidates):
        date = max(d for d in candidates if d <= ref)
    elif tense == "future" and any(d >= ref for d in candidates):
        date = min(d for d in candidates if d >= ref)
    else:
        date = min(candidates, key=lambda d: abs((d - ref).days))
    return [_unit_draft(m, Unit("D", date), "")]


# ---------------------------------------------------------------------------------------------
# Rules: relative and anaphoric expressions


def _number(text: str) -> float | None:
    """The number a count phrase means, or None when it is vague ("several")."""
    words = _SPACE.sub(" ", text.lower().strip())
    half = 0.0
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    if words in ("a half", "half"):
        return 0.5
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?", words)
    if m:
        value = float(m.group(1))
        if m.group(2):
            value += int(m.group(2)) / max(1, int(m.group(3)))
        return value + half
    if words in tw.NUMBER_WORDS:
        return tw.NUMBER_WORDS[words] + half
    return None


def _unit_word(word: str) -> str:
    low = word.lower()
    if low.startswith("centur"):
        return "century"
    if low.startswith("millenni"):
        return "millennium"
    return low


def _h_ago(m: re.Match[str], st: State) -> list[Draft]:
    n = _number(m.group("num"))
    unit_word = _unit_word(m.group("unit"))
    direction = _SPACE.sub(" ", m.group("dir").lower())
    sign = -1 if direction in ("ago", "earlier", "back", "previously") else 1
    anaphoric = direction in ("earlier", "later")
    mod = tw.APPROXIMATORS.get(_SPACE.sub(" ", (m.group("approx") or "").lower()))
    if anaphoric and unit_word in ("second", "minute", "hour", "day"):
        # "three days later", "an hour earlier": TimeBank reads the stretch, a duration
        end = m.start("dir")
        while end > m.start() and st.text[end - 1].isspace():
            end -= 1
        return [Draft(m.start(), end, "DURATION", _duration_value(n, unit_word), mod=mod)]
    if n is None or n != int(n):
        return [Draft(m.start(), m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod, anchor=False)]
    count = int(n) * sign
    gran = {"second": "D", "minute": "D", "hour": "D", "fortnight": "W", "decade": "Y", "century": "Y"}.get(
        unit_word, _UNIT_GRAN.get(unit_word, "D")
    )
    steps = count * {"fortnight": 2, "decade": 10, "century": 100}.get(unit_word, 1)
    if unit_word in ("second", "minute", "hour"):
        steps = 0
    base: Unit | None = None
    if gran == "Y" and abs(count) == 1 and st.topic is not None:
        # "up from $5 million a year ago" after "the third quarter": the same quarter a year before
        base = st.topic
    elif anaphoric and st.last is not None:
        base = st.last if gran != "Y" else Unit.of("Y", st.last.start)
    if base is not None and _finer_or_same(base.gran, gran):
        unit: Unit | None = base.shift_by(gran, steps)
    elif st.ref is not None:
        unit = Unit.of(gran, st.ref).shift(steps)
    else:
        unit = None
    unresolved = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(gran, "XXXX")
    draft = _unit_draft(m, unit, unresolved, mod=mod)
    draft.anchor = False
    return [draft]


def _h_year_ago(m: re.Match[str], st: State) -> list[Draft]:
    """ "year-earlier", "year-ago" as adjectives: the period talked about, one year before."""
    base = st.topic or (Unit.of("Y", st.ref) if st.ref else None)
    unit = base.shift_by("Y", -1) if base else None
    draft = _unit_draft(m, unit, "XXXX")
    draft.anchor = False
    return [draft]


_ORDER = {g: i for i, g in enumerate(("CE", "DE", "Y", "H", "Q", "SE", "M", "W", "WE", "D"))}


def _finer_or_same(gran: str, than: str) -> bool:
    return _ORDER.get(gran, 9) >= _ORDER.get(than, 9)


def _h_anaphor(m: re.Match[str], st: State) -> list[Draft]:
    word = (m.group("unit") or m.group("unit2")).lower()
    if m.group("pre"):
        pre = _SPACE.sub(" ", m.group("pre").lower())
        offset = 1 if any(w in pre for w in ("next", "following", "ensuing")) else -1
        if any(w in pre for w in ("same", "that", "very")):
            offset = 0
    else:
        offset = -1 if m.group("post").lower() in ("before", "earlier", "prior") else 1
    suffix = ""
    if word in tw.PARTS_OF_DAY:
        suffix = "T" + tw.PARTS_OF_DAY[word]
        word = "day"
    gran = _UNIT_GRAN[word]
    base = st.last or (Unit("D", st.ref) if st.ref else None)
    if base is None:
        unresolved = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX"}.get(gran, "XXXX")
        return [_unit_draft(m, None, unresolved, suffix=suffix)]
    if word == "day" and m.group("pre") and "next" in m.group("pre").lower() and base.gran != "D":
        # "the next day" right after a coarse date has nothing to count from
        return [_unit_draft(m, None, "XXXX-XX-XX", suffix=suffix)]
    unit = Unit.of(gran, base.start).shift(offset)
    return [_unit_draft(m, unit, "", suffix=suffix)]


def _h_relunit(m: re.Match[str], st: State) -> list[Draft]:
    pre = _SPACE.sub(" ", m.group("pre").lower())
    word = m.group("unit").lower()
    gran = _UNIT_GRAN[word]
    words = pre.split()
    mod = _mod_of(words[0]) if words[0] in ("early", "late", "mid") else None
    if m.group("edge2"):
        mod = _mod_of(m.group("edge2"))
    last_word = words[-1]
    if last_word == "past" and word in ("decade", "century"):
        return [Draft(m.start(), m.end(), "DURATION", "P10Y" if word == "decade" else "P100Y")]
    offset = {"this": 0, "current": 0, "present": 0, "whole": 0, "entire": 0, "full": 0, "the": 0, "coming": 1}.get(
        last_word, 0
    )
    if last_word in ("last", "past", "previous"):
        offset = -1
    elif last_word in ("next", "coming") or pre == "this coming":
        offset = 1
    if pre == "this coming" and gran in ("W", "WE"):
        offset = 0 if gran == "WE" else 1
    if pre == "this past" and gran == "WE":
        offset = -1
    if st.ref is None:
        unresolved = {"W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "SE": "XXXX-XX"}.get(gran, "XXXX")
        return [_unit_draft(m, None, unresolved, mod=mod)]
    if last_word in ("same", "latest") and st.last is not None:
        unit = Unit.of(gran, st.last.start)
    elif gran == "SE":
        unit = Unit.of("SE", st.ref).shift(offset)
    elif gran == "WE" and offset == -1 and st.ref.isoweekday() <= 5:
        unit = Unit.of("WE", st.ref).shift(-1)
    else:
        unit = Unit.of(gran, st.ref).shift(offset)
    return [_unit_draft(m, unit, "", mod=mod)]


def _c_the_year(m: re.Match[str], st: State) -> bool:
    nxt = st.next_word(m.end()).lower()
    return nxt not in ("of", "in", "when", "that", "before", "after") or bool(m.group("ended"))


def _h_the_year(m: re.Match[str], st: State) -> list[Draft]:
    """ "the year" (this one, or a stretch of a year when it "ended June 30"), "the weekend"."""
    ref = st.ref
    if m.group("unit").lower() == "weekend":
        if ref is None:
            return [_unit_draft(m, None, "XXXX-WXX-WE")]
        weekend = Unit.of("WE", ref)
        tense = st.tense(m.start(), m.end())
        if tense == "past" and ref.isoweekday() <= 5:
            weekend = weekend.shift(-1)
        return [_unit_draft(m, weekend, "")]
    if m.group("ended"):
        end = m.start("ended")
        return [Draft(m.start(), end, "DURATION", "P1Y")]
    return [_unit_draft(m, Unit.of("Y", ref) if ref else None, "XXXX")]


def _h_edge(m: re.Match[str], st: State) -> list[Draft]:
    if m.group("ye") or m.group("ye2"):
        gran = "Y" if (m.group("ye") or m.group("ye2")).lower() == "year" else "M"
        return [_unit_draft(m, Unit.of(gran, st.ref) if st.ref else None, "XXXX", mod="END")]
    word = m.group("unit").lower()
    gran = _UNIT_GRAN[word]
    mod = _mod_of(m.group("edge"))
    rel = re.search(r"of\s+(the|this|next|last|that)", m.group(), re.IGNORECASE)
    which = rel.group(1).lower() if rel else "the"
    if which == "that" and st.last is not None and _finer_or_same(st.last.gran, gran):
        unit: Unit | None = Unit.of(gran, st.last.start)
    elif st.ref is not None:
        unit = Unit.of(gran, st.ref).shift({"next": 1, "last": -1}.get(which, 0))
    else:
        unit = None
    return [_unit_draft(m, unit, "XXXX", mod=mod)]


# ---------------------------------------------------------------------------------------------
# Rules: durations, sets, fuzzy references


_SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("DT", 0), "TH": ("M", 60), "TM": ("S", 60)}
_SMALLER = {k: v for k, v in _SMALLER.items() if v[1]}


def _duration_value(n: float | None, unit_word: str) -> str:
    letter, size = tw.UNITS[unit_word]
    if unit_word == "hour" and n == 24:
        return "P1D"
    time = unit_word in ("second", "minute", "hour")
    if n is None:
        amount = "X"
    else:
        total = n * size
        amount = str(int(total)) if total == int(total) else f"{total:g}"
        smaller = _SMALLER.get(letter if not time else "T" + letter)
        if total != int(total) and smaller is not None:
            # "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S
            rest = round((total - int(total)) * smaller[1])
            if rest == (total - int(total)) * smaller[1]:
                head = f"{int(total)}{letter}" if int(total) else ""
                return f"PT{head}{rest}{smaller[0]}" if time else f"P{head}{rest}{smaller[0]}"
    if unit_word == "decade" and n is None:
        return "PXDE"
    if unit_word == "century" and n is None:
        return "PXCE"
    return f"PT{amount}{letter}" if time else f"P{amount}{letter}"


def _c_duration(m: re.Match[str], st: State) -> bool:
    unit_word = _unit_word(m.group("unit"))
    num = _SPACE.sub(" ", m.group("num").lower())
    if unit_word == "second" and num in ("a", "an", "one") and not m.group("pl"):
        return False
    if unit_word == "quarter" and (num in ("a", "an", "one", "a half") or st.next_word(m.end()) == "of"):
        return False
    if m.group("adj") and "old" in m.group("adj"):
        return False  # ages: "a 45-year-old", "52 years old"
    if num == "some" and not m.group("pl"):
        return False
    the = (m.group("the") or "").lower()
    if the in ("a", "an") and num not in tw.FUZZY_COUNTS and not m.group("rel") and _number(num) is not None:
        # "an 18-month delay", "a five year low" are fine; "a two years" is not English
        return not m.group("pl")
    return not (
        num in ("a", "an") and _QUANTITY_BEFORE.search(st.text, max(st.sentence.start, m.start() - 40), m.start())
    )


def _h_duration(m: re.Match[str], st: State) -> list[Draft]:
    unit_word = _unit_word(m.group("unit"))
    n = _number(m.group("num"))
    value = _duration_value(n, unit_word)
    mod = tw.APPROXIMATORS.get(_SPACE.sub(" ", (m.group("approx") or "").lower()))
    return [Draft(m.start(), m.end(), "DURATION", value, mod=mod)]


def _h_bare_plural(m: re.Match[str], st: State) -> list[Draft]:
    unit_word = _unit_word(m.group("unit").rstrip("s"))
    return [Draft(m.start("core"), m.end("core"), "DURATION", _duration_value(None, unit_word))]


def _c_set(m: re.Match[str], st: State) -> bool:
    q = m.group("q").lower()
    if q in ("a", "an") and not m.group("freq"):
        unit = m.group("unit").lower()
        if unit not in _UNIT_GRAN and unit not in ("hour", "minute", "second", "night"):
            return False
        return bool(_QUANTITY_BEFORE.search(st.text, max(st.sentence.start, m.start() - 40), m.start()))
    if q == "per" and m.group("unit").lower() in tw.MONTHS:
        return False
    return not (m.group("pl") and q in ("every", "each", "a", "an") and not m.group("n"))


def _h_set(m: re.Match[str], st: State) -> list[Draft]:
    word = m.group("unit").lower()
    n = _number(m.group("n")) if m.group("n") else 1.0
    if m.group("other"):
        n = 2.0 if m.group("other").lower() == "other" else 1.0
    if word in tw.WEEKDAYS:
        value = f"XXXX-WXX-{tw.WEEKDAYS[word]}"
    elif word in tw.MONTHS:
        value = f"XXXX-{tw.MONTHS[word]:02d}"
    elif word in tw.PARTS_OF_DAY:
        value = f"XXXX-XX-XXT{tw.PARTS_OF_DAY[word]}"
    elif word == "weekend":
        value = "XXXX-WXX-WE"
    elif word == "night":
        value = "XXXX-XX-XXTNI"
    else:
        value = _duration_value(n, _unit_word(word))
    return [Draft(m.start(), m.end(), "SET", value, anchor=False)]


def _c_set_word(m: re.Match[str], st: State) -> bool:
    """ "daily", but not the "Daily" of a newspaper's name."""
    return not (m.group()[:1].isupper() and not st.at_sentence_start(m.start()) and not st.headline_case())


def _h_set_word(m: re.Match[str], st: State) -> list[Draft]:
    return [Draft(m.start(), m.end(), "SET", tw.SET_WORDS[m.group().lower()], anchor=False)]


def _c_fuzzy(m: re.Match[str], st: State) -> bool:
    word = _SPACE.sub(" ", m.group().lower())
    if word == "recent" and st.prev_word(m.start()) in ("most", "more"):
        return False  # "the most recent model": an order, not a time
    if word == "previously":
        # "had previously said", "Previously, ..."; not "a previously announced plan"
        return st.at_sentence_start(m.start()) or st.prev_word(m.start()) in ("had", "has", "have")
    return not (word == "the past" and st.next_word(m.end()).lower() in ("few", "two", "three", "several"))


def _h_fuzzy(m: re.Match[str], st: State) -> list[Draft]:
    value = tw.FUZZY[_SPACE.sub(" ", m.group().lower())]
    return [Draft(m.start(), m.end(), "DATE", value, anchor=False)]


# ---------------------------------------------------------------------------------------------
# The tagger


@attrs.frozen
class Rule:
    """One rule: a pattern, an optional check that rejects false alarms, and its normaliser."""

    name: str
    pattern: Callable[[Grammar], re.Pattern[str]]
    handler: Handler
    check: Check | None = None


def _always(m: re.Match[str], st: State) -> bool:
    """The check of a rule without one."""
    return True


#: The rules, strongest first: when two candidates cover the same stretch, the earlier rule wins.
RULES: tuple[Rule, ...] = (
    Rule("date_num", lambda g: g.date_num, _h_date_num),
    Rule("date_mdy", lambda g: g.date_mdy, _h_date_mdy),
    Rule("date_dmy", lambda g: g.date_dmy, _h_date_dmy),
    Rule("month_year", lambda g: g.month_year, _h_month_year),
    Rule("clock", lambda g: g.clock, _h_clock, _c_clock),
    Rule("holiday", lambda g: g.holiday, _h_holiday),
    Rule("quarter", lambda g: g.quarter, _h_quarter, _c_quarter),
    Rule("edge", lambda g: g.edge, _h_edge),
    Rule("year_ago", lambda g: g.year_ago, _h_year_ago),
    Rule("the_year", lambda g: g.the_year, _h_the_year, _c_the_year),
    Rule("relday", lambda g: g.relday, _h_relday),
    Rule("ago", lambda g: g.ago, _h_ago),
    Rule("set", lambda g: g.set, _h_set, _c_set),
    Rule("relunit", lambda g: g.relunit, _h_relunit),
    Rule("anaphor", lambda g: g.anaphor, _h_anaphor),
    Rule("weekday", lambda g: g.weekday, _h_weekday, _c_weekday),
    Rule("decade", lambda g: g.decade, _h_decade),
    Rule("century", lambda g: g.century, _h_century),
    Rule("season", lambda g: g.season, _h_season, _c_season),
    Rule("year", lambda g: g.year, _h_year, _c_year),
    Rule("spoken_year", lambda g: g.spoken_year, _h_spoken_year),
    Rule("month", lambda g: g.month, _h_month, _c_month),
    Rule("fuzzy", lambda g: g.fuzzy, _h_fuzzy, _c_fuzzy),
    Rule("duration", lambda g: g.duration, _h_duration, _c_duration),
    Rule("bare_plural", lambda g: g.bare_plural, _h_bare_plural),
    Rule("set_word", lambda g: g.set_word, _h_set_word, _c_set_word),
)


def _candidates(st: State, grammar: Grammar, sentence: Span) -> list[tuple[re.Match[str], Rule]]:
    """The non-overlapping matches in a sentence: longest first, then by rule order."""
    found: list[tuple[int, int, int, re.Match[str], Rule]] = []
    words = set(_TOKEN.findall(sentence.text.lower()))
    shapes: dict[str, bool] = {}
    for priority, rule in enumerate(RULES):
        gate = grammar.gates.get(rule.name)
        if gate is not None and words.isdisjoint(gate):
            for shape in grammar.gate_shapes[rule.name]:
                if shape not in shapes:
                    shapes[shape] = grammar.shapes[shape].search(st.text, sentence.start, sentence.end) is not None
                if shapes[shape]:
                    break
            else:
                continue
        pattern = rule.pattern(grammar)
        check = rule.check or _always
        found.extend(
            (m.start() - m.end(), priority, m.start(), m, rule)
            for m in pattern.finditer(st.text, sentence.start, sentence.end)
            if m.end() > m.start() and check(m, st)
        )
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[re.Match[str], Rule]] = []
    for _, _, start, m, rule in found:
        end = m.end()
        i = bisect.bisect_left(taken, (start, start))
        if i > 0 and taken[i - 1][1] > start:
            continue
        if i < len(taken) and taken[i][0] < end:
            continue
        taken.insert(i, (start, end))
        chosen.append((m, rule))
    chosen.sort(key=lambda c: c[0].start())
    return chosen


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
        if not _GAP_LINK.match(text, a.end, b.start):
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
        # "Saturday and Sunday, January 11 and 12": each weekday is one of the dates
        days = [d.unit.start for d in members if d.month_day and d.unit is not None and d.unit.gran == "D"]
        for d in members:
            match = next((day for day in days if day.isoweekday() == d.weekday), None) if d.weekday else None
            if match is not None:
                d.unit = Unit("D", match)
                d.value = match.isoformat() + d.value[10:]
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
            date = _valid(year, month, day or 1)
            if date is not None:
                d.unit = Unit("D" if day else "M", date)
                d.value = d.unit.value + (d.value[10:] if day and len(d.value) > 10 else "")


def _infer_reference(st: State, grammar: Grammar, spans: Sequence[Span]) -> dt.date | None:
    """A reference date pinned down by the text itself: a weekday written with its month-day."""
    for span in spans:
        for m in grammar.date_mdy.finditer(st.text, span.start, span.end):
            if m.group("wd") and m.group("day") and not m.group("day2"):
                month, day = _month_number(m.group("mon")), _day_number(m, "day")
                if day is None:
                    continue
                if m.group("year"):
                    date = _valid(int(m.group("year")), month, day)
                    if date and date.isoweekday() == _weekday_number(m.group("wd")):
                        return date
                    continue
                pinned = _pin_weekday(None, month, day, _weekday_number(m.group("wd")))
                if pinned is not None:
                    return pinned
    return None


def find_times(text: str, spans: Sequence[Span], reference: dt.date | None, *, article_id: str) -> list[TimeExpression]:
    """Every time expression in the given sentences of ``text``, normalised against ``reference``.

    :param text: the whole text the spans index into.
    :param spans: the sentences to read, in order (Spans into ``text``).
    :param reference: the publication date relative expressions resolve against; when None, a
        date the text pins down (a weekday written with its month-day) is used, and what cannot be
        resolved keeps ``X`` placeholders (``XXXX-WXX-7``).
    :param article_id: prefix of the ids (``art1`` gives ``art1-t1``…, ranges ``art1-r1``…).
    :return: the expressions in text order; ``text[e.start:e.end] == e.text`` for each.
    """
    grammar = patterns()
    st = State(text, reference)
    if reference is None:
        st.ref = _infer_reference(st, grammar, spans)
    drafts: list[Draft] = []
    for sentence in spans:
        if sentence.end <= sentence.start:
            continue
        st.enter(sentence)
        in_sentence: list[Draft] = []
        for m, rule in _candidates(st, grammar, sentence):
            try:
                made = rule.handler(m, st)
            except (OverflowError, ValueError):
                continue  # a date beyond the calendar's ends (year 1 or 9999 references)
            for draft in made:
                _trim(text, draft)
                if draft.end <= draft.start:
                    continue
                in_sentence.append(draft)
                if draft.unit is not None and draft.anchor and draft.type in ("DATE", "TIME"):
                    st.last = draft.unit
                    st.sentence_last = draft.unit
                    if draft.unit.gran in ("Q", "H"):
                        st.topic = draft.unit
        _link_ranges(st, in_sentence)
        drafts.extend(in_sentence)
    result: list[TimeExpression] = []
    range_ids: dict[int, str] = {}
    for n, d in enumerate(drafts, start=1):
        range_id = None
        if d.group:
            range_id = range_ids.setdefault(d.group, f"{article_id}-r{len(range_ids) + 1}")
        unit = d.unit if d.type in ("DATE", "TIME") else None
        result.append(
            TimeExpression(
                id=f"{article_id}-t{n}",
                start=d.start,
                end=d.end,
                text=text[d.start : d.end],
                type=d.type,
                value=d.value,
                date_start=unit.start if unit else None,
                date_end=unit.end if unit else None,
                mod=d.mod,
                range=range_id,
            )
        )
    return result
