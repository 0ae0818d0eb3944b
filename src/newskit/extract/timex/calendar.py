"""Calendar units: a day, week, month, quarter, season, year, decade or century, and its TIMEX3 value.

A :class:`Unit` is a granularity and the first day it covers. It knows its TIMEX3 value
(``2025-W01``, ``2024-Q3``, ``199``), its last day, and how to step to the unit before or after.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Final

import attrs
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

__all__ = ["GRANULARITIES", "Unit", "holiday", "nth_weekday"]

#: Granularities, coarsest first. Seasons (SP, SU, FA, WI) sit between quarters and months.
GRANULARITIES: Final = ("CE", "DE", "Y", "H", "Q", "SE", "M", "W", "WE", "D")

SEASON_START: Final = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_OF_MONTH: Final = {1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA"}
_SEASON_OF_MONTH.update({11: "FA", 12: "WI"})


@attrs.frozen
class Unit:
    """A calendar unit: ``gran`` (``D``, ``W``, ``WE``, ``M``, ``SE``, ``Q``, ``H``, ``Y``, ``DE``,
    ``CE``) and the first day it covers (for ``SE`` the season is ``season``).

    A company's fiscal quarter covers any three months in a row and keeps the company's number:
    ``fiscal`` is that number (0 for a calendar quarter), and the value names it in the year the
    quarter ends ("its fourth quarter ended Sept. 30", 2025: ``2025-Q4``, July to September).
    """

    gran: str
    start: dt.date
    season: str = ""
    fiscal: int = 0

    @classmethod
    def of(cls, gran: str, day: dt.date, season: str = "") -> Unit:
        """The unit of this granularity that contains ``day`` (for seasons: named ``season`` in day's year)."""
        if gran == "D":
            return cls("D", day)
        if gran in ("W", "WE"):
            monday = day - dt.timedelta(days=day.weekday())
            return cls(gran, monday + dt.timedelta(days=5) if gran == "WE" else monday)
        if gran == "M":
            return cls("M", day.replace(day=1))
        if gran == "Q":
            return cls("Q", dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1))
        if gran == "H":
            return cls("H", dt.date(day.year, 1 if day.month <= 6 else 7, 1))
        if gran == "SE":
            name = season or _SEASON_OF_MONTH[day.month]
            year = day.year - 1 if not season and day.month <= 2 else day.year
            return cls("SE", dt.date(year, SEASON_START[name], 1), name)
        if gran == "Y":
            return cls("Y", dt.date(day.year, 1, 1))
        if gran == "DE":
            return cls("DE", dt.date(day.year // 10 * 10, 1, 1))
        if gran == "CE":
            return cls("CE", dt.date(max(1, day.year // 100 * 100), 1, 1))
        raise ValueError(f"unknown granularity {gran!r}")

    @property
    def value(self) -> str:
        """The TIMEX3 value."""
        s, g = self.start, self.gran
        if g == "D":
            return s.isoformat()
        if g in ("W", "WE"):
            year, week, _ = s.isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if g == "WE" else "")
        if g == "M":
            return f"{s.year:04d}-{s.month:02d}"
        if g == "Q":
            if self.fiscal:
                return f"{self.end.year:04d}-Q{self.fiscal}"
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if g == "H":
            return f"{s.year:04d}-H{1 if s.month == 1 else 2}"
        if g == "SE":
            return f"{s.year:04d}-{self.season}"
        if g == "Y":
            return f"{s.year:04d}"
        if g == "DE":
            return f"{s.year // 10:03d}"
        return f"{s.year // 100:02d}"

    @property
    def end(self) -> dt.date:
        """The last day the unit covers (inclusive)."""
        try:
            if self.gran == "WE":
                return self.start + dt.timedelta(days=1)
            following = self.shift(1)
            return following.start - dt.timedelta(days=1) if following != self else dt.date.max
        except OverflowError:
            return dt.date.max

    def shift(self, n: int) -> Unit:
        """The unit ``n`` steps later (earlier when negative), at the same granularity."""
        g, s = self.gran, self.start
        try:
            if g == "D":
                return Unit(g, s + dt.timedelta(days=n))
            if g in ("W", "WE"):
                return Unit(g, s + dt.timedelta(weeks=n))
            if g == "SE":
                return Unit.of("SE", _add_months(s, n * _MONTHS[g]))  # the season after autumn is winter
            if self.fiscal:
                return Unit(g, _add_months(s, 3 * n), fiscal=(self.fiscal - 1 + n) % 4 + 1)
            return Unit(g, _add_months(s, n * _MONTHS[g]))
        except (OverflowError, ValueError):
            return self

    def shift_by(self, gran: str, n: int) -> Unit:
        """This unit moved by ``n`` units of another granularity ("a year before the third quarter")."""
        step = {"D": relativedelta(days=n), "W": relativedelta(weeks=n), "M": relativedelta(months=n)}
        step.update({"Q": relativedelta(months=3 * n), "Y": relativedelta(years=n)})
        step.update({"DE": relativedelta(years=10 * n), "CE": relativedelta(years=100 * n)})
        if gran not in step:
            return self
        if self.fiscal and gran in ("Q", "Y", "DE", "CE"):
            return self.shift(n * {"Q": 1, "Y": 4, "DE": 40, "CE": 400}[gran])  # the same quarter of its year
        try:
            return Unit.of(self.gran, self.start + step[gran], self.season)
        except (OverflowError, ValueError):
            return self

    def coarsen(self, gran: str) -> Unit:
        """The unit of a coarser granularity containing this one's first day."""
        return Unit.of(gran, self.start)


#: The length in months of the units that are whole months.
_MONTHS: Final = {"M": 1, "Q": 3, "SE": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, kept within the month it lands in (as ``relativedelta`` does)."""
    years, month0 = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month0 + 1
    if day.day <= 28:
        return dt.date(year, month, day.day)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ISO ``weekday`` (1 = Monday) of a month; ``n == -1`` is the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, 1) + relativedelta(months=1, days=-1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday(rule: tuple[object, ...], year: int) -> dt.date | None:
    """The date of a holiday rule (see ``newskit.data.timewords.HOLIDAYS``) in a year."""
    kind = rule[0]
    try:
        if kind == "fixed" and len(rule) == 3:
            return dt.date(year, int(str(rule[1])), int(str(rule[2])))
        if kind == "nth" and len(rule) == 4:
            month, weekday, n = (int(str(x)) for x in rule[1:])
            return nth_weekday(year, month, weekday, n)
        if kind == "election":
            return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
        if kind == "easter" and len(rule) == 2:
            return easter(year) + dt.timedelta(days=int(str(rule[1])))
    except (ValueError, OverflowError):
        return None
    return None
