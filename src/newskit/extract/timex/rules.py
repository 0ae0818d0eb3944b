"""The rules of the time tagger: for each pattern of :mod:`newskit.extract.timex.grammar`, a check
that throws out false alarms and a normaliser that turns a match into TIMEX3 drafts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final

import attrs

from newskit.data import timewords as tw
from newskit.extract.names import gazetteer
from newskit.extract.timex.calendar import Unit, holiday, nth_weekday
from newskit.extract.timex.grammar import Grammar, patterns
from newskit.extract.timex.state import (
    SPACE,
    TENSE_REACH_DAYS,
    UNIT_GRAN,
    Check,
    Draft,
    Handler,
    State,
    day_number,
    is_name_after,
    mod_of,
    month_number,
    pick_date,
    pick_month_year,
    pin_weekday,
    spoken_year,
    two_digit_year,
    unit_draft,
    valid,
    weekday_date,
    weekday_number,
)
from newskit.models import TimeType

__all__ = ["RULES", "Rule", "always"]

# ---------------------------------------------------------------------------------------------
# Rules: dates with a month


def _h_date_mdy(m: re.Match[str], st: State) -> list[Draft]:
    month = month_number(m.group("mon"))
    day = day_number(m, "day", "dayo", "dayw")
    if day is None:
        return []
    year: int | None = None
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("yy"):
        year = two_digit_year(m.group("yy"))
    if valid(year or 2000, month, day) is None:
        return []
    drafts: list[Draft] = []
    start = m.start()
    wd = m.group("wd")
    weekday = weekday_number(wd) if wd else None
    split_weekday = False
    if wd:
        before = st.text[max(st.sentence.start, m.start() - 40) : m.start()]
        split_weekday = bool(re.search(rf"{patterns().weekday_name}\s*(?:,|and|or|&)\s*$", before))
        if split_weekday or m.group("day2"):
            start = m.start("mon")
    explicit = year is not None
    date: dt.date | None
    if year is not None:
        date = valid(year, month, day)
    elif weekday is not None and not split_weekday and not m.group("day2"):
        date = pin_weekday(st.ref, month, day, weekday)
    else:
        date = pick_date(st, month, day, m.start(), m.end())
    first_end = m.end("day") if m.group("day") else m.end("dayo") if m.group("dayo") else m.end("dayw")
    if year is not None and not m.group("day2"):
        first_end = m.end()
    unit = Unit("D", date) if date else None
    unresolved = f"XXXX-{month:02d}-{day:02d}"
    main = unit_draft((start, first_end), unit, unresolved, explicit_year=explicit, month_day=(month, day))
    drafts.append(main)
    if m.group("day2"):
        day2 = day_number(m, "day2")
        d2 = valid(date.year, month, day2) if date and day2 else None
        if day2 and valid(2000, month, day2):
            second = unit_draft(
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
        wd_date = match or weekday_date(st, weekday, m.start(), m.end("wd"))
        drafts.insert(
            0, unit_draft((m.start("wd"), m.end("wd")), Unit("D", wd_date) if wd_date else None, f"XXXX-WXX-{weekday}")
        )
    return drafts


def _h_date_dmy(m: re.Match[str], st: State) -> list[Draft]:
    month = month_number(m.group("mon"))
    day = day_number(m, "day")
    if day is None or valid(2000, month, day) is None:
        return []
    year = int(m.group("year")) if m.group("year") else None
    wd = m.group("wd")
    if year is not None:
        date = valid(year, month, day)
    elif wd and not m.group("day0"):
        date = pin_weekday(st.ref, month, day, weekday_number(wd))
    else:
        date = pick_date(st, month, day, m.start(), m.end())
    if date is None and year is not None:
        return []
    unit = Unit("D", date) if date else None
    if not m.group("day0"):
        return [
            unit_draft(m, unit, f"XXXX-{month:02d}-{day:02d}", explicit_year=year is not None, month_day=(month, day))
        ]
    day0 = day_number(m, "day0")
    if day0 is None or valid(2000, month, day0) is None:
        return []
    d0 = valid(date.year, month, day0) if date else None
    group = st.next_group()
    first = unit_draft(
        (m.start("day0"), m.end("day0")),
        Unit("D", d0) if d0 else None,
        f"XXXX-{month:02d}-{day0:02d}",
        explicit_year=year is not None,
        month_day=(month, day0),
    )
    second = unit_draft(
        (m.start("day"), m.end()),
        unit,
        f"XXXX-{month:02d}-{day:02d}",
        explicit_year=year is not None,
        month_day=(month, day),
    )
    first.group = second.group = group
    return [first, second]


_ORDINALS: Final = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _h_week_of(m: re.Match[str], st: State) -> list[Draft]:
    """ "the week of March 6": the calendar week that day falls in; "the first week of February": the
    first calendar week most of whose days are in February (the one holding its fourth day)."""
    if m.group("mon3"):
        month = month_number(m.group("mon3"))
        year = int(m.group("year3")) if m.group("year3") else pick_month_year(st, month, m.start(), m.end())
        if year is None:
            return [unit_draft(m, None, "XXXX-WXX")]
        ordinal = m.group("ord").lower()
        if ordinal in ("last", "final"):
            middle = Unit("M", dt.date(year, month, 1)).end - dt.timedelta(days=3)
        else:
            middle = dt.date(year, month, 4) + dt.timedelta(weeks=_ORDINALS[ordinal] - 1)
        return [unit_draft(m, Unit.of("W", middle), "XXXX-WXX", explicit_year=bool(m.group("year3")))]
    month = month_number(m.group("mon") or m.group("mon2"))
    day = day_number(m, "day", "day2")
    if day is None or valid(2000, month, day) is None:
        return []
    date = valid(int(m.group("year")), month, day) if m.group("year") else pick_date(st, month, day, m.start(), m.end())
    return [unit_draft(m, Unit.of("W", date) if date else None, "XXXX-WXX", explicit_year=bool(m.group("year")))]


_NTH: Final = {**_ORDINALS, "fifth": 5, "5th": 5, "last": -1, "final": -1}
#: The year "last", "this" or "next" names, counted from the reference year.
_YEAR_STEP: Final = {"this": 0, "last": -1, "next": 1}


def _h_nth_weekday(m: re.Match[str], st: State) -> list[Draft]:
    """ "the first Monday of February", "the last Sunday of October": that day of the month, in the
    year the month is read in (as "the first week of February" is)."""
    month = month_number(m.group("mon"))
    year = int(m.group("year")) if m.group("year") else pick_month_year(st, month, m.start(), m.end())
    weekday = weekday_number(m.group("wd"))
    if year is None:
        return [unit_draft(m, None, f"XXXX-{month:02d}-XX")]
    date = nth_weekday(year, month, weekday, _NTH[m.group("ord").lower()])
    if date.month != month:
        return []  # "the fifth Monday of February 2025": there is none
    return [unit_draft(m, Unit("D", date), "", explicit_year=bool(m.group("year")))]


def _h_date_num(m: re.Match[str], st: State) -> list[Draft]:
    if m.group("iy"):
        date = valid(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    elif m.group("a"):
        a, b, c = int(m.group("a")), int(m.group("b")), m.group("c")
        year = int(c) if len(c) == 4 else two_digit_year(c)
        month, day = (a, b) if a <= 12 else (b, a)
        date = valid(year, month, day)
    else:
        date = valid(int(m.group("yc")), int(m.group("mb")), int(m.group("da")))
    if date is None:
        return []
    return [unit_draft(m, Unit("D", date), "", explicit_year=True)]


def _h_month_year(m: re.Match[str], st: State) -> list[Draft]:
    month = month_number(m.group("mon"))
    if m.group("year"):
        year: int | None = int(m.group("year"))
    elif m.group("yy"):
        year = two_digit_year(m.group("yy"))
    elif m.group("sy"):
        year = spoken_year(m.group("sy"))
    else:
        rel = m.group("rel").lower()
        year = None if st.ref is None else st.ref.year + _YEAR_STEP[rel]
    unit = Unit("M", dt.date(year, month, 1)) if year else None
    return [
        unit_draft(
            m,
            unit,
            f"XXXX-{month:02d}",
            mod=mod_of(m.group("mod")),
            explicit_year=bool(m.group("year") or m.group("sy")),
        )
    ]


def _c_month(m: re.Match[str], st: State) -> bool:
    if m.group("pre"):
        return True
    word = m.group("mon")
    prev = st.prev_word(m.start())
    if prev not in tw.MONTH_BEFORE_SURNAME and _surname_after(st, m.end()):
        return False  # "and April Wilson", "August Ames was": a person
    if prev in tw.MONTH_PREPOSITIONS:
        if word.lower() == "may" and prev in ("and", "or", "to"):
            return _after_a_month(st, m.start())  # "between March and May", not "he and May agreed"
        return not (word.lower() == "may" and prev in ("that", "as"))
    if word.lower() in ("may", "march") or word.endswith("."):
        return False
    if is_name_after(st, m.end()):
        return False
    raw = st.prev_word_raw(m.start())
    return not (raw[:1].isupper() and not st.at_sentence_start(m.start() - len(raw) - 1))


_MONTH_AND: Final = re.compile(r"\b([A-Z][a-z]+)\.?,?\s+(?:and|or|to)\s+$")


def _after_a_month(st: State, start: int) -> bool:
    """Whether a month's name stands before the "and"/"or"/"to" before ``start`` ("March and May")."""
    before = _MONTH_AND.search(st.text, max(st.sentence.start, start - 24), start)
    return before is not None and before.group(1).lower() in tw.MONTHS


_CAPITALISED_AFTER: Final = re.compile(r"[ \t]+([A-Z][a-z]+)(?![\w-])")
_CAPITALISED_BEFORE: Final = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[ \t]+$")


def _date_word(low: str) -> bool:
    """Whether a capitalised word (lower-cased) may follow a date without making it a name."""
    return low in tw.CAPITALISED_FUNCTION_WORDS or low in tw.MONTHS or low in tw.WEEKDAYS


def _surname_after(st: State, end: int) -> bool:
    """Whether a capitalised surname of the gazetteer follows ``end`` ("April Wilson"), and not a word
    that may follow a date ("April Congress", "June France": a country)."""
    after = _CAPITALISED_AFTER.match(st.text, end, st.sentence.end)
    if after is None:
        return False
    word = after.group(1)
    low = word.lower()
    if _date_word(low):
        return False
    names = gazetteer()
    return low in names.surnames and word not in names.places


def _given_name_before(st: State, start: int) -> bool:
    """Whether a capitalised given name of the gazetteer starts a name just before ``start`` ("Jack
    Sunday"); not after a title or another name ("Pope Francis Sunday", "Hurricane Grace Sunday"),
    which is how a date follows a person in wire copy."""
    before = _CAPITALISED_BEFORE.search(st.text, max(st.sentence.start, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if _date_word(word.lower()) or word not in gazetteer().given_names:
        return False
    raw = st.prev_word_raw(before.start())
    return not (raw[:1].isupper() and raw.lower() not in tw.CAPITALISED_FUNCTION_WORDS)


def _h_month(m: re.Match[str], st: State) -> list[Draft]:
    month = month_number(m.group("mon"))
    pre = SPACE.sub(" ", (m.group("pre") or "").lower())
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
        year = pick_month_year(st, month, m.start(), m.end())
    unit = Unit("M", dt.date(year, month, 1)) if year else None
    return [unit_draft(m, unit, f"XXXX-{month:02d}", mod=mod_of(pre), month_day=(month, None))]


# ---------------------------------------------------------------------------------------------
# Rules: years, decades, centuries, seasons, quarters


def _c_year(m: re.Match[str], st: State) -> bool:
    if m.group("mod") or m.group("fiscal") or m.group("year2") or m.group("split"):
        return True
    start, end = m.start("year"), m.end("year")
    if patterns().count_nouns.match(st.text, end, min(len(st.text), end + 40)):
        return False
    prev = st.prev_word(start)
    if prev == "than":
        comparative = _TIME_THAN.search(st.text, max(st.sentence.start, start - 20), start)
        if comparative is not None and comparative.group(1).lower() in tw.TIME_COMPARATIVES:
            return True  # "no later than 2026": a deadline, not an amount
    if prev in tw.NOT_YEAR_BEFORE:
        return False
    year = int(m.group("year"))
    if prev in tw.YEAR_PREPOSITIONS:
        return True
    if year < 1900 or patterns().address_after.match(st.text, end, st.sentence.end):
        return False  # "He lives at 2020 Pennsylvania Avenue": a house number
    nxt = st.text[end : end + 12]
    # a number followed by a time-of-day word or ":" is a clock time or a score
    return not re.match(r"\s*(?:GMT|UTC|hours|hrs|[ap]\.?m\b|:\d)", nxt)


_TIME_THAN: Final = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s+than\s+$", re.IGNORECASE)


def _h_year(m: re.Match[str], st: State) -> list[Draft]:
    if m.group("split"):
        return _split_years(m, st)
    year = int(m.group("year"))
    mod_word = (m.group("mod") or "").lower()
    if "half" in mod_word:
        half = 1 if "first" in mod_word else 2
        unit = Unit("H", dt.date(year, 1 if half == 1 else 7, 1))
        return [unit_draft(m, unit, "", explicit_year=True)]
    mod = mod_of(mod_word)
    if m.group("or_later"):
        mod = "EQUAL_OR_MORE" if "earlier" not in m.group("or_later") else "EQUAL_OR_LESS"
    if not m.group("year2"):
        return [unit_draft(m, Unit("Y", dt.date(year, 1, 1)), "", mod=mod, explicit_year=True)]
    text2 = m.group("year2")
    year2 = int(text2) if len(text2) == 4 else year // 100 * 100 + int(text2)
    if year2 <= year or year2 - year > 100:
        if len(text2) == 2:
            return [
                unit_draft((m.start(), m.end("year")), Unit("Y", dt.date(year, 1, 1)), "", mod=mod, explicit_year=True)
            ]
        return []
    return _year_range(st, (m.start(), m.end("year")), year, (m.start("year2"), m.end()), year2, mod)


def _split_years(m: re.Match[str], st: State) -> list[Draft]:
    """ "the 2023/24 season", "fiscal 2024/2025": a stretch across two years in a row, kept as a
    range of the two; anything else written so ("2023/12") is no year."""
    year, text2 = int(m.group("split")), m.group("split2")
    year2 = int(text2) if len(text2) == 4 else year // 100 * 100 + int(text2)
    if year2 != year + 1:
        return []
    return _year_range(
        st, (m.start(), m.end("split")), year, (m.start("split2"), m.end()), year2, mod_of(m.group("mod"))
    )


def _year_range(
    st: State, first: tuple[int, int], year: int, second: tuple[int, int], year2: int, mod: str | None = None
) -> list[Draft]:
    """Two years as the ends of one range ("from 2019-2021": ``mod`` goes with the first)."""
    group = st.next_group()
    drafts = [
        unit_draft(first, Unit("Y", dt.date(year, 1, 1)), "", mod=mod, explicit_year=True),
        unit_draft(second, Unit("Y", dt.date(year2, 1, 1)), "", explicit_year=True),
    ]
    drafts[0].group = drafts[1].group = group
    return drafts


def _h_fiscal_short(m: re.Match[str], st: State) -> list[Draft]:
    """ "FY25" is fiscal 2025; "FY24/25" the fiscal year from 2024 into 2025."""
    year = two_digit_year(m.group("yy"))
    if m.group("yy2") is None:
        return [unit_draft(m, Unit("Y", dt.date(year, 1, 1)), "", explicit_year=True)]
    year2 = year // 100 * 100 + int(m.group("yy2"))
    if year2 != year + 1:
        return []
    return _year_range(st, (m.start(), m.end("yy")), year, (m.start("yy2"), m.end()), year2)


def _h_spoken_year(m: re.Match[str], st: State) -> list[Draft]:
    if m.group("thousand"):
        if not m.group().lower().startswith("the year"):
            return []
        year = 2000 + (tw.NUMBER_WORDS.get((m.group("ones2") or "zero").lower(), 0))
    else:
        tens_word = m.group("tens")
        if tens_word[:1].isupper() and not tens_word.isupper() and not m.group().lower().startswith("the year"):
            return []  # "Nineteen Eighty-Four": a year in words with each word capitalised is a title
        cent = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[m.group("cent").lower()]
        if cent == 2000 and not m.group().lower().startswith("the year"):
            return []
        tens = tw.NUMBER_WORDS[m.group("tens").lower()]
        ones = tw.NUMBER_WORDS[m.group("ones").lower()] if m.group("ones") else 0
        year = cent + tens + ones
    return [unit_draft(m, Unit("Y", dt.date(year, 1, 1)), "", explicit_year=True)]


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
    return [unit_draft(m, unit, "", mod=mod_of(m.group("mod")), explicit_year=True)]


def _h_century(m: re.Match[str], st: State) -> list[Draft]:
    n = int(m.group("cnum")) if m.group("cnum") else tw.ORDINAL_WORDS.get(SPACE.sub(" ", m.group("cword").lower()), 0)
    if not 1 <= n <= 21:
        return []
    unit = Unit("CE", dt.date(max(1, (n - 1) * 100), 1, 1))
    return [unit_draft(m, unit, "", mod=mod_of(m.group("mod")), explicit_year=True)]


_WORD_AFTER: Final = re.compile(r"[ \t]+([A-Za-z]+)")


def _word_after(st: State, pos: int) -> str:
    """The word right after ``pos`` with only spaces between, in lower case ("" when there is none)."""
    after = _WORD_AFTER.match(st.text, pos, st.sentence.end)
    return after.group(1).lower() if after is not None else ""


def _c_season(m: re.Match[str], st: State) -> bool:
    if m.group("year") or m.group("sy"):
        return True
    written = m.group("season")
    capitalised = written[0].isupper() and written[1:].islower()
    if capitalised and not st.at_sentence_start(m.start("season")) and not st.headline_case():
        return False  # "the Winter Olympics", "the Summer Palace": capitalised inside a sentence, a name
    after_name = _CAPITALISED_AFTER.match(st.text, m.end(), st.sentence.end) if capitalised else None
    if (
        after_name is not None
        and not _date_word(after_name.group(1).lower())
        and not (st.headline_case() and st.prev_word(m.start()) in tw.SEASON_PREPOSITIONS)
    ):
        # "The Autumn Statement", "Spring Festival": a name, even in a title-case sentence; but in a
        # headline a preposition makes it a time ("Talks Resume In Spring After Break")
        return False
    if _word_after(st, m.end()) in tw.SEASON_NOUNS:
        return False  # "the spring water", "a summer camp": the season modifies a noun
    if m.group("pre"):
        return True
    season = written.lower()
    prev = st.prev_word(m.start())
    if m.group("the"):
        if season == "fall":
            return prev in tw.SEASON_PREPOSITIONS and st.next_word(m.end()).lower() not in (
                "of",
                "in",
                "from",
                "to",
                "on",
            )
        return st.next_word(m.end()).lower() not in ("of",) or prev in tw.SEASON_PREPOSITIONS
    return season != "fall" and prev in tw.SEASON_PREPOSITIONS


def _h_season(m: re.Match[str], st: State) -> list[Draft]:
    code = tw.SEASONS[m.group("season").lower()]
    pre = SPACE.sub(" ", (m.group("pre") or "").lower())
    mod = mod_of(pre if pre in ("early", "late", "mid") else m.group("mod"))
    if m.group("year") or m.group("sy"):
        year = int(m.group("year")) if m.group("year") else spoken_year(m.group("sy"))
        unit: Unit | None = Unit.of("SE", dt.date(year, 6, 1), code)
        return [unit_draft(m, unit, "", mod=mod, explicit_year=True)]
    ref = st.ref
    if ref is None:
        return [unit_draft(m, None, f"XXXX-{code}", mod=mod)]
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
    return [unit_draft(m, unit, "", mod=mod)]


#: the units a "period" can stand for when no quarter was named before it
_PERIOD_GRANS: Final = frozenset({"Y", "M"})
_QUARTER_REFERRING: Final = ("latest", "same", "comparable", "corresponding", "year-ago", "year-earlier", "that")


def _c_quarter(m: re.Match[str], st: State) -> bool:
    if m.group("qq"):
        return True
    if m.group("hh"):
        return bool(m.group("qy") or m.group("qyy"))  # "H1" alone is too many other things
    mods = SPACE.sub(" ", m.group("mods").lower())
    det = (m.group("det") or "").lower()
    kind = m.group("q").lower()
    if kind in ("half", "quarter") and _in_a_game(m, st, mods):
        return False  # "scored 12 points in the fourth quarter"
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


_MATCH_WORD: Final = re.compile(r"[a-z]+(?:-[a-z]+)?")


def _in_a_game(m: re.Match[str], st: State, mods: str) -> bool:
    """Whether a half or quarter without a year is a game's: the sentence tells of play."""
    if m.group("yof") or m.group("py") or re.search(r"\d", mods):
        return False
    return not tw.MATCH_WORDS.isdisjoint(_MATCH_WORD.findall(st.sentence.text.lower())) or st.tells_of_a_game()


def _quarter_ending(m: re.Match[str], st: State) -> Unit | None:
    """The quarter of "the quarter ended Sept. 30" or "the quarter ending in January": the three
    months up to that day, named by the calendar quarter most of them fall in (a quarter ended
    July 31 is the second)."""
    date = _ended_on(m, st)
    return Unit.of("Q", date - dt.timedelta(days=45)) if date is not None else None


def _fiscal_quarter(m: re.Match[str], st: State, n: int) -> Draft | None:
    """A quarter numbered by a company's fiscal year and dated by its last day ("its fourth quarter
    ended Sept. 30"): the value keeps the company's number in the year the quarter ended, as
    TimeML annotates it (``2025-Q4``), and the dates are the three months it covered (July to
    September), not the calendar's fourth quarter."""
    date = _ended_on(m, st)
    if date is None:
        return None
    return unit_draft(m, Unit("Q", Unit.of("M", date).shift(-2).start, fiscal=n), "")


def _ended_on(m: re.Match[str], st: State) -> dt.date | None:
    """The last day of the period ``m`` names, told right after it ("ended Sept. 30", "ending in
    January": a month's last day). Without a year, "ended" looks back from the reference date and
    "ending" takes the nearer side ("expects revenue for the quarter ending in January", written
    in November, is the coming one)."""
    after = patterns().ended_on.match(st.text, m.end(), min(st.sentence.end, m.end() + 40))
    if after is None:
        return None
    month = month_number(after.group("mon"))
    day = day_number(after, "day") if after.group("day") else None
    if after.group("day") and day is None:
        return None

    def last_day(year: int) -> dt.date | None:
        return valid(year, month, day) if day is not None else Unit("M", dt.date(year, month, 1)).end

    if after.group("year"):
        date = last_day(int(after.group("year")))
    else:
        ref = st.ref
        if ref is None:
            return None
        date = last_day(ref.year)
        if date is not None and date > ref:
            earlier = last_day(ref.year - 1)
            if not after.group("ending") or earlier is None or (ref - earlier) < (date - ref):
                date = earlier
        elif date is not None and after.group("ending"):
            later = last_day(ref.year + 1)
            if later is not None and (later - ref) < (ref - date):
                date = later
    return date


def _h_quarter(m: re.Match[str], st: State) -> list[Draft]:
    drafts = _quarter_drafts(m, st)
    det = (m.group("det") or "").lower()
    if drafts and det and not (m.group("qq") or m.group("hh")):
        adjective = st.text[m.start("q") - 1] == "-"  # "a third-quarter loss", "its third-quarter profit"
        if det in ("its", "their") or (adjective and det in ("a", "an", "the", "that", "this")):
            # the determiner goes with the noun the quarter modifies, or is a possessive: not marked
            for draft in drafts:
                if draft.start == m.start():
                    draft.start = m.start("mods")
    return drafts


def _quarter_drafts(m: re.Match[str], st: State) -> list[Draft]:
    ref = st.ref
    year: int | None = None
    mods = ""
    kind = "quarter"
    short = m.group("qq") or m.group("hh")
    if short:
        n: int | None = int(short.strip("QqHh"))
        kind = "half" if m.group("hh") else "quarter"
        if m.group("qy"):
            year = int(m.group("qy"))
        elif m.group("qyy"):
            year = two_digit_year(m.group("qyy"))
    else:
        kind = m.group("q").lower()
        mods = SPACE.sub(" ", m.group("mods").lower())
        n = _ORDINALS.get((m.group("ord") or "").lower())
        if m.group("qmon"):
            n = (month_number(m.group("qmon")) - 1) // 3 + 1  # "the December quarter" is the fourth
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
                # "the second half of the year" is this year's, as "the end of the year" is
                year = ref.year + {**_YEAR_STEP, "the": 0}[yof.split()[-2]]
        elif det.endswith("year's") and ref is not None:
            year = ref.year + _YEAR_STEP[det.split()[0]]
        if kind == "half":
            n = 2 if n is None else n
            if n > 2:
                return []
        if n is None and "final" in mods:
            n = 4
    half = kind == "half"
    if n is None and year is None and not half and kind == "quarter" and (st.topic is None or st.topic.gran != "Q"):
        # a quarter named before ("its fiscal first quarter") says more than the calendar
        ended = _quarter_ending(m, st)
        if ended is not None:
            return [unit_draft(m, ended, "")]
    topic = st.topic
    if kind == "period" and topic is None and st.sentence_last is not None and st.sentence_last.gran in _PERIOD_GRANS:
        # "so far this year … the same period last year": the period is the one just named
        topic = st.sentence_last
    gran = "H" if half else topic.gran if kind == "period" and topic is not None else "Q"
    if topic is not None and topic.gran != gran:
        topic = None
    year_ago = "year-ago" in mods or "year-earlier" in mods or bool(m.group("ago"))
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
        elif (
            kind == "quarter" and "latest" in mods.split() and (topic is None or topic.start > current.shift(-1).start)
        ):
            # "the latest quarter": the last one that has ended, not one still running
            base = current.shift(-1)
        else:
            base = topic or current.shift(-1)
        if base is None:
            return [unit_draft(m, None, "XXXX-" + ("HX" if half else "QX"))]
        if year_ago:
            base = base.shift_by("Y", -1)
        draft = unit_draft(m, base, "")
        # a comparison ("the year-ago quarter", "the 1988 period") is not what the text is about
        draft.anchor = not year_ago and year is None
        return [draft]
    if year is None and year_ago and topic is not None:
        year = topic.start.year
    if year is None and not half and not year_ago:
        fiscal = _fiscal_quarter(m, st, n)
        if fiscal is not None:
            return [fiscal]
    if year is None and ref is not None:
        year = _quarter_year(st, m, ref, n, half)
    if year is None:
        return [unit_draft(m, None, f"XXXX-{'H' if half else 'Q'}{n}")]
    if year_ago:
        year -= 1
    unit = Unit(gran if gran in ("Q", "H") else "Q", dt.date(year, (n - 1) * (6 if half else 3) + 1, 1))
    draft = unit_draft(m, unit, "")
    draft.anchor = not year_ago
    return [draft]


def _quarter_year(st: State, m: re.Match[str], ref: dt.date, n: int, half: bool) -> int:
    """The year of "the first quarter", "the second half" written without one: the latest such
    period begun by the reference date; but a future verb puts it ahead ("will publish the results
    in the first quarter", written in December). A quarter that names results is not what the verb
    sets ahead: in "expects to report fourth-quarter results" the report is ahead, the quarter not."""
    current_n = (ref.month - 1) // (6 if half else 3) + 1
    results = (
        "-" in m.group()
        or st.next_word(m.end()).lower() in tw.RESULT_NOUNS
        or (st.prev_word(m.start()) in ("for", "of") and not _END_OF.search(st.text, max(0, m.start() - 24), m.start()))
        or _OF_FISCAL_YEAR.match(st.text, m.end()) is not None  # "the first quarter of the financial year"
    )
    if n == current_n:
        # "returned to profit in the first half", written in January: a half that has not ended
        # cannot have been told of in the past; last year's
        early = (ref - dt.date(ref.year, (n - 1) * (6 if half else 3) + 1, 1)).days < 31
        past = early and not results and st.tense(m.start(), m.end()) == "past"
        return ref.year - 1 if past else ref.year
    # "its second-quarter Brent forecast", "guidance for the fourth quarter": what is forecast lies ahead
    foreseen = _FORECAST_AFTER.match(st.text, m.end()) is not None
    ahead = foreseen or (not results and st.tense(m.start(), m.end()) == "future")
    if n > current_n:
        return ref.year if ahead else ref.year - 1
    return ref.year + 1 if ahead else ref.year


_FORECAST_AFTER: Final = re.compile(
    r"(?:\s+[A-Za-z-]+){0,2}?\s+(?:forecasts?|outlook|guidance|targets?|estimates?|projections?)\b", re.IGNORECASE
)
#: "by the end of the second quarter": a point in the quarter, not the results for it.
_END_OF: Final = re.compile(r"\b(?:end|start|beginning|middle|close)\s+of\s+$", re.IGNORECASE)
_OF_FISCAL_YEAR: Final = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:fiscal|financial)\s+year\b", re.IGNORECASE)


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
        return [unit_draft(m, unit, "XXXX-XX-XX", suffix=f"T{code}")]
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
    return [unit_draft(m, unit, "XXXX-XX-XX", suffix=suffix, mod=mod_of(m.group("mod")))]


def _day_told_of(st: State) -> dt.date | None:
    """The day a clock time or a part of a day without a day of its own falls on: the sentence's
    day, else the day the article named a few sentences before ("derailed late Saturday … left the
    tracks at 10:40 p.m."), else the reference date."""
    if st.sentence_last is not None and st.sentence_last.gran == "D":
        return st.sentence_last.start
    if st.last is not None and st.last.gran == "D" and st.sentence.start - st.last_end <= _DAY_TOLD_REACH:
        return st.last.start
    return st.ref


_DAY_TOLD_REACH: Final = 400  # characters: about three sentences


def _h_day_part(m: re.Match[str], st: State) -> list[Draft]:
    """ "by mid-afternoon", "in the morning": that part of the day the sentence is about."""
    code = tw.PARTS_OF_DAY[(m.group("pod") or m.group("pod2")).lower()]
    day = _day_told_of(st)
    span = (m.start("core"), m.end("core")) if m.group("core") else (m.start(), m.end())
    draft = unit_draft(span, Unit("D", day) if day else None, "XXXX-XX-XX", suffix=f"T{code}")
    draft.anchor = False
    return [draft]


def _c_overnight(m: re.Match[str], st: State) -> bool:
    """ "erupted overnight", "closed overnight."; not "an overnight flight", "overnight rates"."""
    after = _word_after(st, m.end())
    if after and after not in tw.CAPITALISED_FUNCTION_WORDS:
        return False
    return st.prev_word(m.start()) not in _DETERMINERS and _c_common_words(m, st)


def _h_overnight(m: re.Match[str], st: State) -> list[Draft]:
    """The night from the day the sentence names, or, in the past tense, from the day before the reference."""
    day: dt.date | None = None
    if st.sentence_last is not None and st.sentence_last.gran == "D":
        day = st.sentence_last.start
    elif st.ref is not None:
        day = st.ref - dt.timedelta(days=1) if st.tense(m.start(), m.end()) == "past" else st.ref
    draft = unit_draft(m, Unit("D", day) if day else None, "XXXX-XX-XX", suffix="TNI")
    draft.anchor = False
    return [draft]


def _c_weekday(m: re.Match[str], st: State) -> bool:
    before = patterns().weekday_name_before.search(st.text, max(st.sentence.start, m.start() - 30), m.start())
    if before is not None and before.group()[:1].isupper() and not m.group("pre"):
        return False  # "Black Friday", "Blue Monday", "The Mail on Sunday": a name
    if not m.group("pre") and not m.group("mod") and _given_name_before(st, m.start()):
        return False  # "Jack Sunday, a local farmer": a surname
    pod = m.group("pod")
    if pod and pod[:1].isupper() and not st.headline_case() and is_name_after(st, m.end()):
        return False  # "Saturday Night Live", "Monday Night Football"
    if pod or m.group("pre"):
        return True
    if _word_after(st, m.end()) in tw.WEEKDAY_NOUNS:
        return False  # "Friday prayers", "the imam's Friday sermon": a habit, not one day
    return not is_name_after(st, m.end())


_DAY_ALONE: Final = re.compile(
    r"\s*(?:[,.;:!?)\"”]|$|(?:in|at|of|on|when|and|or|that|last|this|before|after)\b)", re.IGNORECASE
)


def _h_weekday(m: re.Match[str], st: State) -> list[Draft]:
    weekday = weekday_number(m.group("wd"))
    pre = SPACE.sub(" ", (m.group("pre") or "").lower())
    suffix = "T" + tw.PARTS_OF_DAY[m.group("pod").lower()] if m.group("pod") else ""
    plural = m.group("pl") or m.group("pl2")
    prev = st.prev_word(m.start())
    if plural and not pre:
        if prev in ("on", "every", "each", "most", "some", "all") or m.group("pl2"):
            return [Draft(m.start(), m.end(), "SET", f"XXXX-WXX-{weekday}{suffix}")]
        return []
    if not pre and prev == "a" and _DAY_ALONE.match(st.text, m.end(), st.sentence.end):
        # "on a Tuesday in March 2019", "stranded on a Friday": some such day, not one near today;
        # but "a Wednesday media event" is that event's day
        return [Draft(m.start(), m.end(), "DATE", f"XXXX-WXX-{weekday}{suffix}", anchor=False)]
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
        elif not pre and m.group("poss"):
            # "Wednesday's ruling", "before Friday's purchases": the day names an event already
            # reported; "ahead of Sunday's final", "Tuesday's vote is expected to be close" one still to come
            ahead = _AHEAD_OF.search(st.text, max(st.sentence.start, m.start() - 30), m.start())
            direction = "future" if ahead or st.tense_close_after(m.end()) == "future" else "past"
        date = weekday_date(st, weekday, m.start(), m.end(), direction)
    # "Friday's ruling": the possessive ending is no part of the expression
    span = (m.start(), m.start("poss")) if m.group("poss") and not m.group("pod") else (m.start(), m.end())
    week_on = _WEEK_ON.match(st.text, m.end(), st.sentence.end) if not (pre or plural or m.group("poss")) else None
    if week_on is not None:
        # "adjourned until Monday week" (British): a week after the coming Monday
        date = weekday_date(st, weekday, m.start(), m.end(), "future!")
        date = date + dt.timedelta(weeks=1) if date else None
        span = (m.start(), week_on.end())
    unit = Unit("D", date) if date else None
    draft = unit_draft(span, unit, f"XXXX-WXX-{weekday}", suffix=suffix, mod=mod_of(m.group("mod")))
    draft.weekday = weekday if not pre else 0
    return [draft]


_WEEK_ON: Final = re.compile(r"\s+week\b(?![-'’])", re.IGNORECASE)
_AHEAD_OF: Final = re.compile(r"\b(?:ahead\s+of|upcoming|until|till|awaiting|await)\s+$", re.IGNORECASE)


#: the words before "14:30" or "noon" written alone that make it a clock time ("at 14:30", "between
#: noon and 6 p.m."); a score or a ratio ("won 14:30") and "noon" as a noun have none
_CLOCK_PREPOSITIONS: Final = frozenset(
    {"at", "by", "around", "about", "from", "until", "till", "to", "before", "after", "since", "between", "through"}
)
#: more words before "noon", "midnight": "past midnight", "on Sunday at noon"
_NOON_PREPOSITIONS: Final = _CLOCK_PREPOSITIONS | {"past", "on"}


def _c_clock(m: re.Match[str], st: State) -> bool:
    if m.group("approx"):
        return True  # "shortly after midnight", "around 14:30"
    if m.group("h24") is not None and not (m.group("tz") or m.group("dw")):
        return st.prev_word(m.start()) in _CLOCK_PREPOSITIONS
    if m.group("nw") and not (m.group("dw") or m.group("tz") or m.group("dbmon") or m.group("hol")):
        return st.prev_word(m.start()) in _NOON_PREPOSITIONS
    return True


def _days_to_local(aside: str, local: int) -> int:
    """The days to add to the day a bracketed conversion names to get the local clock time's day
    ("10:05 p.m. (0305 GMT Saturday)" is Friday: -1), from the two clock times (minutes of the day):
    the zones are taken to be less than twelve hours apart."""
    found = _CONVERTED_CLOCK.search(aside)
    if found is None:
        return 0
    if found.group("h24"):
        converted = int(found.group("h24")) * 60 + int(found.group("m24"))
    else:
        converted = int(found.group("h")) % 12 * 60 + int(found.group("mi") or 0)
        converted += 12 * 60 if found.group("ap").lower() == "p" else 0
    ahead = (converted - local) % (24 * 60)  # how far the converted clock is ahead of the local one
    if ahead == 0 or converted >= 24 * 60:
        return 0
    if ahead <= 12 * 60:
        return -1 if local > converted else 0  # west of the conversion: its day may have begun first
    return 1 if local < converted else 0


_CONVERTED_CLOCK: Final = re.compile(
    r"\(\s*(?:(?P<h24>[0-2]\d):?(?P<m24>[0-5]\d)|(?P<h>1[0-2]|0?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?m\.?)",
    re.IGNORECASE,
)


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
        pod = (m.group("hpod") or "").lower()
        if pod == "morning" or (pod == "night" and hour == 12):
            hour %= 12  # "4 in the morning", "12 at night"
        elif pod and hour < 12:
            hour += 12  # "8 in the evening"
    else:
        hour, minute = int(m.group("hm")), int(m.group("mm"))
    zone = tw.TIMEZONES.get(SPACE.sub(" ", (m.group("tz") or "").lower()), "")
    day: dt.date | None = None
    day_word = m.group("dw")
    end = m.end()
    holiday_name = m.group("hol") is not None and is_name_after(st, m.end("hol"))
    if holiday_name:
        end = m.end("time")  # "at noon on Christmas Island": the holiday is a name; the clock time alone is read
    crossed = 0  # days between the day a conversion in brackets names and the local one
    if not day_word and not (m.group("dmon") or m.group("dbmon") or m.group("hol")):
        aside = patterns().day_after_aside.match(st.text, m.end(), min(st.sentence.end, m.end() + 60))
        day_word = (aside.group("dw") or aside.group("dw2")) if aside else None
        if aside is not None and aside.group("dw2"):
            crossed = _days_to_local(aside.group(), hour * 60 + minute)
    if m.group("wmon") or m.group("wbmon"):
        weekday = tw.WEEKDAYS.get((day_word or "").lower())
        exists, day = _clock_month_day(st, m, "w" if m.group("wmon") else "wb", weekday)
        if not exists:
            return []
    elif day_word:
        word = day_word.lower()
        ref = st.ref
        if word in tw.WEEKDAYS:
            day = weekday_date(st, tw.WEEKDAYS[word], m.start(), m.end())
        elif ref is not None:
            day = ref + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word])
        if day is not None and crossed:
            day += dt.timedelta(days=crossed)  # "10:05 p.m. local time (0305 GMT Saturday)": Friday
    elif m.group("dmon") or m.group("dbmon"):
        exists, day = _clock_month_day(st, m, "d" if m.group("dmon") else "db")
        if not exists:
            return []
    elif m.group("hol") and not holiday_name:
        # "noon on Christmas Eve": that holiday's day; unresolved without a reference
        name = SPACE.sub(" ", m.group("hol").lower())
        year = int(m.group("hyear")) if m.group("hyear") else None
        if m.group("hrel") and st.ref is not None:
            year = st.ref.year + _YEAR_STEP[m.group("hrel").lower()]  # "… last year"
        day = _holiday_date(st, name, year, m.start("hol"), m.end())
    else:
        day = _day_told_of(st)
    unit = Unit("D", day) if day else None
    suffix = f"T{hour:02d}:{minute:02d}{zone}"
    mod = "APPROX" if m.group("approx") else None
    draft = unit_draft((m.start(), end), unit, "XXXX-XX-XX", suffix=suffix, type_="TIME", mod=mod)
    draft.dayless = not (day_word or m.group("dmon") or m.group("dbmon") or m.group("hol") or m.group("wmon"))
    draft.dayless = draft.dayless and not m.group("wbmon")
    return [draft]


def _clock_month_day(
    st: State, m: re.Match[str], prefix: str, weekday: int | None = None
) -> tuple[bool, dt.date | None]:
    """The day a clock time names by month and day ("5 p.m. EST, Nov. 6", "6 p.m. Wednesday, Jan. 8"),
    from the groups ``{prefix}mon``, ``{prefix}day`` and ``{prefix}year``; a weekday written with it
    fixes the year. False first when no calendar has that day ("Feb. 30")."""
    month, mday = month_number(m.group(prefix + "mon")), day_number(m, prefix + "day")
    if mday is None or valid(2000, month, mday) is None:
        return False, None
    if m.group(prefix + "year"):
        return True, valid(int(m.group(prefix + "year")), month, mday)
    day = pin_weekday(st.ref, month, mday, weekday) if weekday else None
    return True, day or pick_date(st, month, mday, m.start(), m.end())


def _h_holiday(m: re.Match[str], st: State) -> list[Draft]:
    name = SPACE.sub(" ", m.group("name").lower())
    rule = tw.HOLIDAYS[name]
    if is_name_after(st, m.end()):
        return []
    countries = tw.HOLIDAY_COUNTRIES.get(name)
    if countries is not None:
        before = _COUNTRY_BEFORE.search(st.text, max(st.sentence.start, m.start() - 40), m.start())
        word = before.group(1).lower() if before is not None else ""
        named = before is not None and before.group(1)[:1].isupper() and word not in tw.CAPITALISED_FUNCTION_WORDS
        if named and word not in countries:
            return []  # "India's Independence Day", "Mexican Independence Day"
    if m.group("year"):
        date = holiday(rule, int(m.group("year")))
        return [_holiday_draft(m, date)] if date else []
    if m.group("rel") and st.ref is not None:
        # "Thanksgiving last year": that year's
        date = holiday(rule, st.ref.year + _YEAR_STEP[m.group("rel").lower()])
        return [_holiday_draft(m, date)] if date else []
    if st.ref is None:
        return [Draft(m.start(), m.end(), "DATE", "XXXX-WXX" if m.group("week") else "XXXX-XX-XX")]
    date = _holiday_date(st, name, None, m.start(), m.end())
    return [_holiday_draft(m, date)] if date else []


def _holiday_date(st: State, name: str, year: int | None, start: int, end: int) -> dt.date | None:
    """The day of a holiday (a key of ``HOLIDAYS``): in ``year`` when given, else the one the tense
    of ``text[start:end]`` and its distance from the reference make most likely."""
    rule = tw.HOLIDAYS[name]
    if year is not None:
        return holiday(rule, year)
    ref = st.ref
    if ref is None:
        return None
    candidates = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := holiday(rule, y))]
    if not candidates:
        return None
    tense = st.tense(start, end)
    nearest = min(candidates, key=lambda d: abs((d - ref).days))
    if tense == "past" and any(d <= ref for d in candidates):
        date = max(d for d in candidates if d <= ref)
    elif tense == "future" and any(d >= ref for d in candidates):
        date = min(d for d in candidates if d >= ref)
    else:
        date = nearest
    if (
        abs((date - ref).days) > TENSE_REACH_DAYS
        and st.governing_tense(start) != tense
        and _APPROACHING.search(st.text, max(st.sentence.start, start - 60), min(st.sentence.end, end + 20)) is not None
    ):
        # "as Easter approached" a week before it: this Easter, not last year's; but "gathered on
        # Ash Wednesday" in January and "sales fell at Christmas" in October are last year's
        date = nearest
    return date


#: Words around a holiday that tell of the days leading up to it or of its start: a verb in the
#: past then says nothing of which year's it is ("as Easter approached", "in the run-up to
#: Christmas", "as Easter week began").
_APPROACHING: Final = re.compile(
    r"\b(?:approach(?:ed|ing|es)?|near(?:ed|ing|s)?|loom(?:ed|ing|s)?|ahead\s+of|run-up\s+to|lead-up\s+to|"
    r"build-up\s+to|before|until|till|countdown\s+to|beg[ai]n(?:s|ning)?|start(?:ed|ing|s)?)\b",
    re.IGNORECASE,
)


_COUNTRY_BEFORE: Final = re.compile(r"((?:United\s+)?[A-Za-z][A-Za-z.]*?)(?:['’]s|['’])?\s+(?:the\s+)?$")


def _holiday_draft(m: re.Match[str], date: dt.date) -> Draft:
    """The holiday's day, or for "Easter week", "Christmas week" the calendar week it falls in."""
    unit = Unit.of("W", date) if m.group("week") else Unit("D", date)
    return unit_draft(m, unit, "", explicit_year=bool(m.group("year")))


# ---------------------------------------------------------------------------------------------
# Rules: relative and anaphoric expressions


def count_from_dates(st: State, drafts: list[Draft]) -> list[Draft]:
    """Fold "the day before", "two days after" into the day-dated expression that follows them: "the
    day before last Tuesday's hearing" is the Monday, "three days after Christmas" Dec. 28. A count
    already read as a duration ("two days") becomes part of the date."""
    pattern = patterns().day_offset
    folded = False
    for d in drafts:
        if d.type != "DATE" or d.unit is None or d.unit.gran != "D" or len(d.value) != 10:
            continue
        m = pattern.search(st.text, max(st.sentence.start, d.start - 60), d.start)
        if m is None:
            continue
        n = 1.0 if m.group("one") else _number(m.group("num"))
        if n is None or n != int(n) or not 1 <= n <= 1000:
            continue
        if any(o.start < m.start() < o.end for o in drafts):
            continue  # the count begins inside another expression ("1,000 days")
        days = int(n) * (7 if (m.group("unit") or "").lower() == "week" else 1)
        if m.group("dir").lower() in ("before", "prior to"):
            days = -days
        day = d.unit.start + dt.timedelta(days=days)
        d.start, d.unit, d.value, d.month_day = m.start(), Unit("D", day), day.isoformat(), None
        folded = True
    if not folded:
        return drafts
    return [d for d in drafts if not any(o is not d and o.start <= d.start and d.end <= o.end for o in drafts)]


def join_durations(st: State, drafts: list[Draft]) -> list[Draft]:
    """Fold a duration and a finer one written right after it into one: "two hours and 51 minutes"
    is PT2H51M, "3 years 6 months" P3Y6M."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == d.type == "DURATION"
            and not prev.mod
            and _DURATION_GAP.fullmatch(st.text, prev.end, d.start) is not None
        ):
            joined = _joined_duration(prev.value, d.value)
            if joined is not None:
                prev.end, prev.value, prev.mod = d.end, joined, d.mod
                continue
        out.append(d)
    return out


_DURATION_GAP: Final = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
_DURATION_PARTS: Final = re.compile(
    r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?"
)


def _joined_duration(coarse: str, fine: str) -> str | None:
    """One TIMEX3 duration of two, when every part of the second is finer than every part of the first."""
    a, b = _DURATION_PARTS.fullmatch(coarse), _DURATION_PARTS.fullmatch(fine)
    if a is None or b is None or coarse == "P" or fine == "P":
        return None
    first = [k for k in range(7) if a.group(k + 1)]
    second = [k for k in range(7) if b.group(k + 1)]
    if not first or not second or max(first) >= min(second):
        return None
    parts = [a.group(k + 1) or b.group(k + 1) for k in range(7)]
    date = "".join(f"{n}{u}" for n, u in zip(parts[:4], "YMWD", strict=True) if n)
    time = "".join(f"{n}{u}" for n, u in zip(parts[4:], "HMS", strict=True) if n)
    return "P" + date + ("T" + time if time else "")


def weekday_around_date(st: State, drafts: list[Draft]) -> list[Draft]:
    """Fold a weekday and the day it is counted from into one day: "the Friday after Christmas" is
    the first Friday after December 25, "the Saturday before Election Day" the last one before it."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        between = _AROUND.fullmatch(st.text, prev.end, d.start) if prev is not None else None
        if (
            prev is not None
            and between is not None
            and prev.weekday
            and prev.type == "DATE"
            and d.type == "DATE"
            and d.unit is not None
            and d.unit.gran == "D"
        ):
            after = between.group(1).lower() == "after"
            step = 1 if after else -1
            day = d.unit.start + dt.timedelta(days=step)
            while day.isoweekday() != prev.weekday:
                day += dt.timedelta(days=step)
            prev.end, prev.unit, prev.value, prev.weekday = d.end, Unit("D", day), day.isoformat(), 0
            continue
        out.append(d)
    return out


_AROUND: Final = re.compile(r"\s+(after|before)\s+(?:the\s+)?", re.IGNORECASE)


def weekday_of_week(st: State, drafts: list[Draft]) -> list[Draft]:
    """Fold a weekday and the week written right after it into one day: "Thursday last week",
    "Tuesday of next week", "Monday this week"."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.weekday
            and prev.unit is not None
            and prev.unit.gran == "D"
            and d.unit is not None
            and d.unit.gran == "W"
            and _WEEK_GAP.fullmatch(st.text, prev.end, d.start)
        ):
            day = d.unit.start + dt.timedelta(days=prev.weekday - 1)
            prev.end, prev.unit, prev.value = d.end, Unit("D", day), day.isoformat() + prev.value[10:]
            continue
        out.append(d)
    return out


_WEEK_GAP: Final = re.compile(r"\s+(?:of\s+)?", re.IGNORECASE)


def day_before_month(st: State, drafts: list[Draft]) -> list[Draft]:
    """Give a month a day written right before it that no rule took: "on 1 March last year" (the
    month rule reads "March last year"), "the 3rd of May last year"."""
    for d in drafts:
        if d.unit is None or d.unit.gran != "M" or d.type != "DATE":
            continue
        m = _DAY_BEFORE.search(st.text, max(st.sentence.start, d.start - 12), d.start)
        day = valid(d.unit.start.year, d.unit.start.month, int(m.group(1))) if m else None
        if m is None or day is None or any(o.start < m.end() and m.start() < o.end for o in drafts if o is not d):
            continue
        d.start, d.unit, d.value = m.start(), Unit("D", day), day.isoformat()
    return drafts


_DAY_BEFORE: Final = re.compile(r"(?<![\w.,/$£€-])([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?$", re.IGNORECASE)


def _number(text: str) -> float | None:
    """The number a count phrase means, or None when it is vague ("several")."""
    words = SPACE.sub(" ", text.lower().strip()).replace(",", "")
    if words in tw.FRACTIONS:
        return tw.FRACTIONS[words]
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


def _stretch(m: re.Match[str], n: float | None, st: State) -> bool:
    """Whether "N days later/earlier" measures a gap rather than naming a day: a vague count ("a
    few days later") or a comparison ("three days later than planned")."""
    return n is None or n != int(n) or _THAN.match(st.text, m.end()) is not None


_THAN: Final = re.compile(r"\s+than\b", re.IGNORECASE)


def _unit_word(word: str) -> str:
    low = word.lower()
    if low.startswith("centur"):
        return "century"
    if low.startswith("millenni"):
        return "millennium"
    return low


_MONTHS_BEFORE: Final = re.compile(r"\b(?:months|\w+-month)\b", re.IGNORECASE)


def _h_ago(m: re.Match[str], st: State) -> list[Draft]:
    n = _number(m.group("num"))
    unit_word = _unit_word(m.group("unit"))
    direction = SPACE.sub(" ", m.group("dir").lower())
    sign = -1 if direction in ("ago", "earlier", "back", "previously", "before") else 1
    anaphoric = direction in ("earlier", "later", "before", "after")  # "a year before, it had been"
    mod = tw.APPROXIMATORS.get(SPACE.sub(" ", (m.group("approx") or "").lower()))
    if anaphoric and (unit_word in ("second", "minute", "hour") or (unit_word == "day" and _stretch(m, n, st))):
        # "an hour earlier", "minutes later", "three days later than planned": the stretch, a
        # duration; but "three days later" on its own is a day of the calendar (a timeline places
        # the event there, and "the next day" counts from it)
        end = m.start("dir")
        while end > m.start() and st.text[end - 1].isspace():
            end -= 1
        return [Draft(m.start(), end, "DURATION", _duration_value(n, unit_word), mod=mod)]
    if n is None or n != int(n):
        return [Draft(m.start(), m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod, anchor=False)]
    count = int(n) * sign
    gran = {"second": "D", "minute": "D", "hour": "D", "fortnight": "W", "decade": "Y", "century": "Y"}.get(
        unit_word, UNIT_GRAN.get(unit_word, "D")
    )
    steps = count * {"fortnight": 2, "decade": 10, "century": 100}.get(unit_word, 1)
    if unit_word in ("second", "minute", "hour"):
        steps = 0
    base: Unit | None = None
    if (
        gran == "Y"
        and abs(count) == 1
        and st.topic is not None
        and not _MONTHS_BEFORE.search(st.text, st.sentence.start, m.start())
    ):
        # "up from $5 million a year ago" after "the third quarter": the same quarter a year before;
        # but "in the first nine months, ... compared with 40% a year earlier" compares those months
        base = st.topic
    elif anaphoric and st.last is not None:
        base = st.last if gran != "Y" else Unit.of("Y", st.last.start)
    elif sign > 0 and anaphoric and st.tense(m.start(), m.end()) == "past":
        # "Three years later, he was elected": later than a date the text does not give
        return [Draft(m.start(), m.end(), "DATE", _unresolved(gran), mod=mod, anchor=False)]
    if base is not None and _finer_or_same(base.gran, gran):
        unit: Unit | None = base.shift_by(gran, steps)
    elif base is not None and anaphoric and base.gran in ("M", "Q", "SE"):
        # "announced the layoffs in November. Three weeks later": counted from the month's start, roughly
        unit = Unit.of(gran, base.start).shift(steps)
        mod = mod or "APPROX"
    elif st.ref is not None:
        unit = Unit.of(gran, st.ref).shift(steps)
    else:
        unit = None
    today = m.group("today")
    if today and gran in ("Y", "M", "W"):
        # "a year ago today", "two years ago this week": the same day (week) that many units back
        finer = "D" if today.lower() == "today" else "W"
        day = Unit.of("D", st.ref).shift_by(gran, steps).start if st.ref is not None else None
        return [unit_draft(m, Unit.of(finer, day) if day else None, _unresolved(finer), mod=mod)]
    unresolved = _unresolved(gran)
    draft = unit_draft(m, unit, unresolved, mod=mod)
    # "four days later" moves a story on ("the next day" counts from it); "a year ago" compares
    draft.anchor = anaphoric and gran in ("D", "W", "M")
    return [draft]


def _h_year_ago(m: re.Match[str], st: State) -> list[Draft]:
    """ "year-earlier", "year-ago" as adjectives: the period talked about, one year before."""
    base = st.topic or (Unit.of("Y", st.ref) if st.ref else None)
    unit = base.shift_by("Y", -1) if base else None
    draft = unit_draft(m, unit, "XXXX")
    draft.anchor = False
    return [draft]


_ORDER: Final = {g: i for i, g in enumerate(("CE", "DE", "Y", "H", "Q", "SE", "M", "W", "WE", "D"))}


#: The value of a date of each granularity whose place in the calendar is unknown.
_UNRESOLVED: Final = {
    "D": "XXXX-XX-XX",
    "W": "XXXX-WXX",
    "WE": "XXXX-WXX-WE",
    "M": "XXXX-XX",
    "Q": "XXXX-QX",
    "SE": "XXXX-XX",
}


def _unresolved(gran: str) -> str:
    return _UNRESOLVED.get(gran, "XXXX")


def _finer_or_same(gran: str, than: str) -> bool:
    return _ORDER.get(gran, 9) >= _ORDER.get(than, 9)


def _h_anaphor(m: re.Match[str], st: State) -> list[Draft]:
    word = (m.group("unit") or m.group("unit2")).lower()
    if m.group("pre"):
        pre = SPACE.sub(" ", m.group("pre").lower())
        offset = 1 if any(w in pre for w in ("next", "following", "ensuing")) else -1
        if any(w in pre for w in ("same", "that", "very")):
            offset = 0
    else:
        offset = -1 if m.group("post").lower() in ("before", "earlier", "prior") else 1
    suffix = ""
    if word in tw.PARTS_OF_DAY:
        suffix = "T" + tw.PARTS_OF_DAY[word]
        word = "day"
    gran = UNIT_GRAN[word]
    base = st.last or (Unit("D", st.ref) if st.ref else None)
    if base is None:
        unresolved = _unresolved(gran)
        return [unit_draft(m, None, unresolved, suffix=suffix)]
    if word == "day" and m.group("pre") and "next" in m.group("pre").lower() and base.gran != "D":
        # "the next day" right after a coarse date has nothing to count from
        return [unit_draft(m, None, "XXXX-XX-XX", suffix=suffix)]
    if gran == "D" and offset == 0 and base.gran in ("M", "Y"):
        # "that same day" after "in October": a day of that month, which one unsaid
        return [unit_draft(m, None, base.value + ("-XX" if base.gran == "M" else "-XX-XX"), suffix=suffix)]
    unit = Unit.of(gran, base.start).shift(offset)
    return [unit_draft(m, unit, "", suffix=suffix)]


def _h_relunit(m: re.Match[str], st: State) -> list[Draft]:
    pre = SPACE.sub(" ", m.group("pre").lower())
    word = m.group("unit").lower()
    gran = UNIT_GRAN[word]
    words = pre.split()
    mod = mod_of(words[0]) if words[0] in ("early", "late", "mid") else None
    if m.group("edge2"):
        mod = mod_of(m.group("edge2"))
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
        unresolved = _unresolved(gran)
        return [unit_draft(m, None, unresolved, mod=mod)]
    if last_word in ("same", "latest") and st.last is not None:
        unit = Unit.of(gran, st.last.start)
    elif pre in ("the next", "the previous") and st.last is not None and st.tense(m.start(), m.end()) == "past":
        # "signed in 1992 and ratified the next year": counted from the date told of, not from today
        unit = Unit.of(gran, st.last.start).shift(offset)
    elif gran == "SE":
        # "next season" names no spring or winter: in sport, television or fashion it is theirs
        ref_value = "FUTURE_REF" if offset > 0 else "PAST_REF" if offset < 0 else "PRESENT_REF"
        return [Draft(m.start(), m.end(), "DATE", ref_value, mod=mod, anchor=False)]
    elif gran == "WE" and offset == -1 and st.ref.isoweekday() <= 5:
        unit = Unit.of("WE", st.ref).shift(-1)
    else:
        unit = Unit.of(gran, st.ref).shift(offset)
    return [unit_draft(m, unit, "", mod=mod)]


def _c_the_year(m: re.Match[str], st: State) -> bool:
    nxt = st.next_word(m.end()).lower()
    return nxt not in ("of", "in", "when", "that", "before", "after") or bool(m.group("ended"))


def _h_the_year(m: re.Match[str], st: State) -> list[Draft]:
    """ "the year" (this one, or a stretch of a year when it "ended June 30"), "the weekend"."""
    ref = st.ref
    if m.group("unit").lower() == "weekend":
        if ref is None:
            return [unit_draft(m, None, "XXXX-WXX-WE")]
        weekend = Unit.of("WE", ref)
        tense = st.tense(m.start(), m.end())
        if not tense and st.prev_word(m.start()) in tw.DEADLINE_WORDS:
            tense = st.tense_before(m.start())  # "will last through the weekend": the coming one
        # without a tense, early in the week "the weekend" is the one just past (Monday's story)
        if ref.isoweekday() <= 5 and (tense == "past" or (not tense and ref.isoweekday() <= 3)):
            weekend = weekend.shift(-1)
        return [unit_draft(m, weekend, "")]
    if m.group("ended"):
        end = m.start("ended")
        return [Draft(m.start(), end, "DURATION", "P1Y")]
    return [unit_draft(m, Unit.of("Y", ref) if ref else None, "XXXX")]


def _h_edge(m: re.Match[str], st: State) -> list[Draft]:
    if m.group("ye") or m.group("ye2"):
        gran = "Y" if (m.group("ye") or m.group("ye2")).lower() == "year" else "M"
        return [unit_draft(m, Unit.of(gran, st.ref) if st.ref else None, "XXXX", mod="END")]
    word = m.group("unit").lower()
    gran = UNIT_GRAN[word]
    mod = mod_of(m.group("edge"))
    rel = re.search(r"of\s+(the|this|next|last|that)", m.group(), re.IGNORECASE)
    which = rel.group(1).lower() if rel else "the"
    if which == "that" and st.last is not None and _finer_or_same(st.last.gran, gran):
        unit: Unit | None = Unit.of(gran, st.last.start)
    elif st.ref is not None:
        unit = Unit.of(gran, st.ref).shift({"next": 1, "last": -1}.get(which, 0))
    else:
        unit = None
    return [unit_draft(m, unit, "XXXX", mod=mod)]


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
        return "PXY"  # in years, as "two decades" is P20Y
    if unit_word == "century" and n is None:
        return "PXCE"
    return f"PT{amount}{letter}" if time else f"P{amount}{letter}"


def _c_duration(m: re.Match[str], st: State) -> bool:
    unit_word = _unit_word(m.group("unit"))
    num = SPACE.sub(" ", m.group("num").lower())
    if unit_word == "second" and num in ("a", "an", "one") and not m.group("pl"):
        return False
    if unit_word == "quarter" and (num in ("a", "an", "one", "a half") or st.next_word(m.end()) == "of"):
        return False
    if m.group("adj") and "old" in m.group("adj"):
        return False  # ages: "a 45-year-old", "52 years old"
    if num == "some" and not m.group("pl"):
        return False
    the = (m.group("the") or "").lower()
    if (
        the in ("a", "an")
        and num not in tw.FUZZY_COUNTS
        and num not in ("couple of", "hundred", "thousand", "dozen")  # "for almost a hundred years"
        and not m.group("rel")
        and _number(num) is not None
    ):
        # "an 18-month delay", "a five year low" are fine; "a two years" is not English
        return not m.group("pl")
    return not (
        num in ("a", "an")
        and _word_after(st, m.end()) not in _RELATIVE_AFTER  # "rose 2% a day after": how long after
        and patterns().quantity_before.search(st.text, max(st.sentence.start, m.start() - 40), m.start())
    )


def _h_duration(m: re.Match[str], st: State) -> list[Draft]:
    unit_word = _unit_word(m.group("unit"))
    if m.group().lower() == "one day" and st.prev_word(m.start()) in tw.MODALS:
        # "Islam will one day be ...": some day ahead, not a stretch of one day
        return [Draft(m.start(), m.end(), "DATE", "FUTURE_REF", anchor=False)]
    n = _number(m.group("num"))
    if n is not None and m.group("half"):
        n += 0.5  # "a minute and a half"
    value = _duration_value(n, unit_word)
    mod = tw.APPROXIMATORS.get(SPACE.sub(" ", (m.group("approx") or "").lower()))
    start = m.start()
    if m.group("approx") and (m.group("the") or "").lower() not in ("", "a", "an"):
        # "over the past two years", "under its two-year plan": a preposition, not "more than"
        start, mod = m.start("the"), None
    rel = (m.group("rel") or "").lower()
    if rel == "last" and not m.group("the") and not m.group("approx"):
        prev = st.prev_word(m.start())
        if prev in tw.MODALS or prev in tw.LAST_VERB_BEFORE:
            start = m.start("num")  # "the truce will last 72 hours": the verb is no part of it
    if m.group("the") and not m.group("rel") and _modifier(m, n):
        # "a 10-year plan", "the two-week strike": the determiner goes with the noun, not the time
        start = m.start("num")
    return [Draft(start, m.end(), "DURATION", value, mod=mod)]


def _modifier(m: re.Match[str], n: float | None) -> bool:
    """Whether a duration modifies a noun: "10-year", or a count before a singular unit ("a five year plan")."""
    if m.group("pl") or m.group("half"):
        return False
    return "-" in m.string[m.end("num") : m.start("unit")] or (n is not None and n != 1)


def _h_bare_plural(m: re.Match[str], st: State) -> list[Draft]:
    unit_word = _unit_word(m.group("unit").lower().rstrip("s"))
    return [Draft(m.start("core"), m.end("core"), "DURATION", _duration_value(None, unit_word))]


def _h_unit_long(m: re.Match[str], st: State) -> list[Draft]:
    n = None if m.group("pl") else 1.0
    return [Draft(m.start(), m.end(), "DURATION", _duration_value(n, _unit_word(m.group("unit"))))]


#: words after "a day", "a week" that make it a distance in time, not a rate
_RELATIVE_AFTER: Final = frozenset({"after", "before", "later", "earlier", "ago", "since"})


def _c_set(m: re.Match[str], st: State) -> bool:
    q = m.group("q").lower()
    if q in ("a", "an") and not m.group("freq"):
        unit = m.group("unit").lower()
        if unit not in UNIT_GRAN and unit not in ("hour", "minute", "second", "night"):
            return False
        if _word_after(st, m.end()) in _RELATIVE_AFTER:
            return False  # "fell 1.5% a day after the report": how long after, not how often
        return bool(patterns().quantity_before.search(st.text, max(st.sentence.start, m.start() - 40), m.start()))
    if q == "per" and m.group("unit").lower() in tw.MONTHS:
        return False
    if m.group("unit").lower() in tw.SEASONS and _word_after(st, m.end()) in tw.SEASON_NOUNS:
        return False  # "every summer camp"
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
    elif word in tw.SEASONS:
        value = f"XXXX-{tw.SEASONS[word]}"
    elif word == "weekend":
        value = "XXXX-WXX-WE"
    elif word == "night":
        value = "XXXX-XX-XXTNI"
    else:
        value = _duration_value(n, _unit_word(word))
    return [Draft(m.start(), m.end(), "SET", value, anchor=False)]


def _c_set_word(m: re.Match[str], st: State) -> bool:
    """ "daily", but not the "Daily" of a newspaper's name; "paid quarterly", not "quarterly results"."""
    if m.group().lower() in tw.ADVERB_ONLY_SET_WORDS:
        word_after = _word_after(st, m.end())
        if (word_after and word_after not in tw.CAPITALISED_FUNCTION_WORDS) or word_after == "of":
            return False
        if st.prev_word(m.start()) in _DETERMINERS:
            return False  # "its initial quarterly of five cents": a noun
    if m.group()[:1].isupper() and _CAPITALISED_AFTER.match(st.text, m.end(), st.sentence.end):
        after = _CAPITALISED_AFTER.match(st.text, m.end(), st.sentence.end)
        if after is not None and after.group(1).lower() not in tw.CAPITALISED_FUNCTION_WORDS:
            return False  # "Daily Telegraph columnist …", "Weekly Standard": a name
    return not (m.group()[:1].isupper() and not st.at_sentence_start(m.start()) and not st.headline_case())


def _h_set_word(m: re.Match[str], st: State) -> list[Draft]:
    return [Draft(m.start(), m.end(), "SET", tw.SET_WORDS[m.group().lower()], anchor=False)]


def _c_fuzzy(m: re.Match[str], st: State) -> bool:
    if not _c_common_words(m, st):
        return False
    word = SPACE.sub(" ", m.group().lower())
    if word == "recent" and st.prev_word(m.start()) in ("most", "more"):
        return False  # "the most recent model": an order, not a time
    if word == "previously":
        # "had previously said", "was previously owned", "Previously, ..."; not "a previously announced
        # plan", nor the set phrases "as (was) previously reported", "than previously thought"
        if st.at_sentence_start(m.start()):
            return True
        if _AS_PREVIOUSLY.search(st.text, max(st.sentence.start, m.start() - 12), m.start()):
            return False
        return st.prev_word(m.start()) in _BEFORE_PREVIOUSLY
    if word == "soon":
        # "will soon begin", "may soon seek"; not "as soon as", "soon after", "soon became", "too soon"
        if st.prev_word(m.start()) in ("as", "so", "too", "how") or st.next_word(m.end()).lower() in _SOON_NOT_BEFORE:
            return False
        return st.prev_word(m.start()) in tw.MODALS or st.tense(m.start(), m.end()) == "future"
    if word.endswith("the future") and st.next_word(m.end()).lower() == "of":
        return False  # "the future of the company": what becomes of it, not a time
    return not (word == "the past" and st.next_word(m.end()).lower() in ("few", "two", "three", "several"))


_DETERMINERS: Final = frozenset(
    ("a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "initial", "regular")
)
_BEFORE_PREVIOUSLY: Final = frozenset(("had", "has", "have", "was", "were", "is", "are", "been"))
_AS_PREVIOUSLY: Final = re.compile(r"\b(?:as|than)\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?$", re.IGNORECASE)
_SOON_NOT_BEFORE: Final = frozenset(("after", "afterwards", "afterward", "thereafter", "as", "enough"))


def _h_fuzzy(m: re.Match[str], st: State) -> list[Draft]:
    value = tw.FUZZY[SPACE.sub(" ", m.group().lower())]
    type_: TimeType = "DURATION" if value[:1] == "P" and value[1:2] in "XT0123456789" else "DATE"
    # "in the past", "in recent weeks": the preposition is matched but is no part of the expression
    lead = _LEADING_IN.match(m.group())
    start = m.start() + (lead.end() if lead and lead.end() < len(m.group()) else 0)
    return [Draft(start, m.end(), type_, value, anchor=False)]


_LEADING_IN: Final = re.compile(r"in\s+", re.IGNORECASE)


def _h_quarter_elided(m: re.Match[str], st: State) -> list[Draft]:
    """ "first" in "the first or second quarter": the quarter the second names, moved back to the first."""
    second = patterns().quarter.match(st.text, m.start("second"), st.sentence.end)
    if second is None or not _c_quarter(second, st):
        return []
    drafts = _quarter_drafts(second, st)
    if not drafts:
        return []
    n1, n2 = _ORDINALS[m.group("ord1").lower()], _ORDINALS[(second.group("ord") or "").lower()]
    half = second.group("q").lower() == "half"
    if half and n1 > 2:
        return []
    unit = drafts[0].unit
    unresolved = f"XXXX-{'H' if half else 'Q'}{n1}"
    return [unit_draft(m, unit.shift(n1 - n2) if unit is not None else None, unresolved)]


# ---------------------------------------------------------------------------------------------
# The tagger


@attrs.frozen
class Rule:
    """One rule: a pattern, an optional check that rejects false alarms, and its normaliser."""

    name: str
    pattern: Callable[[Grammar], re.Pattern[str]]
    handler: Handler
    check: Check | None = None


def _c_common_words(m: re.Match[str], st: State) -> bool:
    """Common words capitalised inside a sentence are a name: ABC's "This Week", "USA Today"."""
    return not (m.group()[:1].isupper() and not st.at_sentence_start(m.start()) and not st.headline_case())


def _c_anaphor(m: re.Match[str], st: State) -> bool:
    """ "The day before, ..." but not "the day before returning" or "the day before the vote"."""
    if m.group("post") is None:
        return _c_common_words(m, st)
    rest = st.text[m.end() : min(st.sentence.end, m.end() + 3)].lstrip()
    return (not rest or rest[0] in ",.;:!?)\"'”’—") and _c_common_words(m, st)


def always(m: re.Match[str], st: State) -> bool:
    """The check of a rule without one."""
    return True


#: The rules, strongest first: when two candidates cover the same stretch, the earlier rule wins.
RULES: Final[tuple[Rule, ...]] = (
    Rule("date_num", lambda g: g.date_num, _h_date_num),
    Rule("date_mdy", lambda g: g.date_mdy, _h_date_mdy),
    Rule("date_dmy", lambda g: g.date_dmy, _h_date_dmy),
    Rule("week_of", lambda g: g.week_of, _h_week_of),
    Rule("nth_weekday", lambda g: g.nth_weekday, _h_nth_weekday),
    Rule("month_year", lambda g: g.month_year, _h_month_year),
    Rule("clock", lambda g: g.clock, _h_clock, _c_clock),
    Rule("holiday", lambda g: g.holiday, _h_holiday),
    Rule("quarter", lambda g: g.quarter, _h_quarter, _c_quarter),
    Rule("quarter_elided", lambda g: g.quarter_elided, _h_quarter_elided),
    Rule("edge", lambda g: g.edge, _h_edge),
    Rule("year_ago", lambda g: g.year_ago, _h_year_ago),
    Rule("fiscal_short", lambda g: g.fiscal_short, _h_fiscal_short),
    Rule("the_year", lambda g: g.the_year, _h_the_year, _c_the_year),
    Rule("relday", lambda g: g.relday, _h_relday, _c_common_words),
    Rule("ago", lambda g: g.ago, _h_ago),
    Rule("set", lambda g: g.set, _h_set, _c_set),
    Rule("relunit", lambda g: g.relunit, _h_relunit, _c_common_words),
    Rule("anaphor", lambda g: g.anaphor, _h_anaphor, _c_anaphor),
    Rule("weekday", lambda g: g.weekday, _h_weekday, _c_weekday),
    Rule("day_part", lambda g: g.day_part, _h_day_part, _c_common_words),
    Rule("overnight", lambda g: g.overnight, _h_overnight, _c_overnight),
    Rule("decade", lambda g: g.decade, _h_decade),
    Rule("century", lambda g: g.century, _h_century),
    Rule("season", lambda g: g.season, _h_season, _c_season),
    Rule("year", lambda g: g.year, _h_year, _c_year),
    Rule("spoken_year", lambda g: g.spoken_year, _h_spoken_year),
    Rule("month", lambda g: g.month, _h_month, _c_month),
    Rule("fuzzy", lambda g: g.fuzzy, _h_fuzzy, _c_fuzzy),
    Rule("duration", lambda g: g.duration, _h_duration, _c_duration),
    Rule("bare_plural", lambda g: g.bare_plural, _h_bare_plural),
    Rule("unit_long", lambda g: g.unit_long, _h_unit_long),
    Rule("set_word", lambda g: g.set_word, _h_set_word, _c_set_word),
)
