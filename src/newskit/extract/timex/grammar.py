"""The regular expressions of the time tagger, built from the word lists in :mod:`newskit.data.timewords`.

Patterns are compiled on first use (:func:`patterns`), so words added to the data module before
the first parse are part of them. Names of months, weekdays and holidays only match capitalised
("March") or upper case ("MARCH"): lower-case "march" and "may" are verbs.

Every pattern is built from alternations of fixed words and bounded repetitions, so matching is
linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any, Final

from newskit.data import timewords as tw

__all__ = ["Grammar", "alternation", "patterns"]


#: Words left in lower case inside a capitalised name ("Fourth of July", "Day of the Dead").
_SMALL_WORDS: Final = frozenset(("of", "the", "and", "on"))


def alternation(words: Iterable[str], *, names: bool = False) -> str:
    """A non-capturing alternation of words, longest first; spaces match any run of spaces.

    With ``names``, each word matches only capitalised or upper case, whatever the pattern's flags.
    """
    forms: set[str] = set()
    for word in (" ".join(w.split()) for w in words):  # a run of spaces inside a word is one gap
        if names:
            # "Fourth of July": the small words inside a name stay in lower case
            forms.add(
                " ".join(part if part in _SMALL_WORDS else part[:1].upper() + part[1:] for part in word.split(" "))
            )
            forms.add(word.upper())
        else:
            forms.add(word)
    body = _trie(forms)
    return f"(?-i:{body})" if names else f"(?:{body})"


def _trie(forms: Iterable[str]) -> str:
    """An alternation of words as a trie: ``seven(?:t(?:een|y))?`` rather than ``seventeen|seventy|seven``.

    It matches what the longest-first alternation matches: the words that match at one place are
    prefixes of one another, and the trie, like that alternation, tries the longer first. It fails
    much faster, as a position is ruled out by its first letter rather than by every word in turn.
    """
    root: dict[str, dict[str, Any]] = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(r"\s+" if char == " " else re.escape(char), {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, Any]) -> str:
    branches = [unit + _emit(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


#: Gate words that stand for a shape rather than a word: the sentence must match the pattern.
#: Every shape needs a digit, so a sentence without one is not searched for them.
SHAPES: Final[dict[str, str]] = {
    "#numdate": r"\d[-/.]\d",
    # each shape starts with a digit or a literal, which lets the regex engine skip ahead fast
    "#year": r"(?:1[5-9]|20)(?<!\d\d\d)\d\d(?!\d)",
    "#decade": r"\d0'?s\b",
    "#clock": r"\d(?:\s*[ap]\.?\s?m\b|:\d\d|\d{3}\s*(?:GMT|UTC|hours|hrs)\b)",
    "#digit": r"\d",
    "#quarter": r"(?<!\w)(?:[QqHh]\d|\d[QqHh])",
    "#fiscal": r"(?<![\w])[Ff][Yy]\s?'?\d\d",
}


def _words(phrases: Iterable[str]) -> set[str]:
    return {w for phrase in phrases for w in re.findall(r"[a-z0-9]+", phrase.lower())}


def _gates() -> dict[str, frozenset[str]]:
    """For each rule, words one of which a sentence must contain for the rule to be tried there.

    Checking a sentence's words against these sets is much cheaper than running every pattern
    over every sentence.
    """
    months = _words(tw.MONTHS) | _words(tw.MONTH_ABBREVIATIONS)
    weekdays = _words(tw.WEEKDAYS) | {w + "s" for w in tw.WEEKDAYS}
    units = _words(tw.UNITS) | {"seconds", "minutes", "hours", "days", "nights", "weeks", "weekend", "weekends"}
    units |= {"fortnights", "months", "quarters", "years", "decades", "centuries", "millennia"}
    parts = _words(tw.PARTS_OF_DAY)
    stop = {"in", "the", "at", "a", "an", "to", "so", "this", "just", "right", "more", "as", "of"}
    gates = {
        "date_num": {"#numdate"},
        "date_mdy": months,
        "date_dmy": months,
        "week_of": {"week"},
        # and, by its name check, a capitalised weekday
        "nth_weekday": {
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "last",
            "final",
            "1st",
            "2nd",
            "3rd",
            "4th",
            "5th",
        },
        "month_year": months,
        "month": months,
        "clock": {"#clock", "noon", "midnight", "midday", "clock"},
        "holiday": {max(re.findall(r"[a-z]+", name), key=len) for name in tw.HOLIDAYS},
        "quarter": {"quarter", "quarters", "half", "period", "q1", "q2", "q3", "q4", "h1", "h2", "#quarter"},
        "fiscal_short": {"#fiscal"},
        "quarter_elided": {"quarter", "half"},
        "year_ago": {"year"},
        "the_year": {"year", "weekend"},
        "edge": {"end", "beginning", "start", "middle", "close", "turn"},
        "relday": {"today", "tonight", "yesterday", "tomorrow"} | parts,
        "ago": {"ago", "earlier", "later", "now", "hence", "back", "previously", "before", "after"},
        "set": units | weekdays | months | parts | _words(tw.SEASONS),
        # the words the pattern itself must end on
        "relunit": {"week", "weekend", "month", "year", "decade", "century", "fortnight", "season"},
        "anaphor": {"day", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"},
        "weekday": weekdays,
        "day_part": {"morning", "afternoon", "evening", "midmorning", "midafternoon", "midevening"},
        "overnight": {"overnight"},
        "decade": {"#decade"} | _words(tw.DECADE_WORDS),
        "century": {"century"},
        "season": _words(tw.SEASONS),
        "year": {"#year"},
        "spoken_year": {"nineteen", "eighteen", "thousand", "twenty"},
        "fuzzy": _words(tw.FUZZY) - stop,
        "duration": units,
        "bare_plural": {"years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes"},
        "set_word": _words(tw.SET_WORDS),
        "unit_long": {"long"},
    }
    return {name: frozenset(words) for name, words in gates.items()}


def _number_words() -> str:
    """Cardinal words as a compact pattern ("twenty[- ]one" once, not eighty alternatives)."""
    tens = {w for w, n in tw.NUMBER_WORDS.items() if n % 10 == 0 and 20 <= n <= 90 and " " not in w and "-" not in w}
    ones = [w for w, n in tw.NUMBER_WORDS.items() if 1 <= n <= 9 and " " not in w and w not in ("a", "an")]
    compound = {w for w in tw.NUMBER_WORDS if any(w.startswith(t + sep) for t in tens for sep in " -")}
    rest = [w for w in tw.NUMBER_WORDS if w not in tens and w not in compound and w != "a couple"]
    return rf"(?:{alternation(tens)}(?:[\s-]{alternation(ones)})?|{alternation(rest)})"


class Grammar:
    """The compiled patterns, one attribute per rule (see the tagger for what each one reads)."""

    def __init__(self) -> None:
        month_full = alternation(tw.MONTHS, names=True)
        month_abbr = alternation(tw.MONTH_ABBREVIATIONS, names=True)
        month = rf"(?:{month_full}|{month_abbr}\b\.?)"
        weekday = alternation(tw.WEEKDAYS, names=True)
        weekday_abbr = alternation(tw.WEEKDAY_ABBREVIATIONS, names=True)
        self.weekday_name = weekday
        day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)(?![.,]\d)"
        ordinal_day = alternation(w for w, n in tw.ORDINAL_WORDS.items() if n <= 31)
        year_digits = r"(?:1[5-9]\d\d|20\d\d)"
        year = rf"{year_digits}(?![\w%]|[.,/]\d|-[a-z])"
        number = _number_words()
        spoken = (
            r"(?:nineteen|eighteen)\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?(?![\w-])"
        )
        fuzzy_count = alternation(tw.FUZZY_COUNTS)
        digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+\d/\d)?"  # "2,000", "2.5", "2 1/2"
        # fractions first: "a quarter of a century" is one count, not "a quarter" and "a century"
        fraction = alternation(tw.FRACTIONS)
        num = rf"(?:{fraction}(?=[\s-])|{digits}|(?:{number})(?:\s+and\s+a\s+half)?|a\s+half|{fuzzy_count})"
        self.num = num
        approx = alternation(tw.APPROXIMATORS)
        units = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a))"
        pod = alternation(tw.PARTS_OF_DAY)
        mod = r"(?:early|mid|late|the\s+(?:beginning|start|end|middle|close|turn)\s+of)"
        end_guard = r"(?!\s*(?:%|percent|per\s+cent|million|billion|thousand|hundred|[-–]\s*\d+\s*(?:%|percent)))"
        flags = re.IGNORECASE

        def c(pattern: str) -> re.Pattern[str]:
            # every match starts at the start of a word: the look-behind makes failing fast
            return re.compile(rf"(?<![\w'’]){pattern}", flags)

        wd_prefix = rf"(?:(?P<wd>{weekday}|{weekday_abbr}\.?)\s*,?\s+(?:the\s+)?)?"
        self.date_mdy = c(
            rf"{wd_prefix}(?P<mon>{month})\s*(?:(?P<day>{day})|the\s+(?P<dayo>{ordinal_day})|(?P<dayw>{ordinal_day})\b){end_guard}"
            rf"(?:\s*(?:[-–]|\band\b|\bto\b|\bthrough\b|\buntil\b|\bor\b|&)\s*(?P<day2>{day})(?!\s+{month_full}){end_guard})?"
            rf"(?:\s*,?\s*(?P<year>{year})|\s*,?\s*'(?P<yy>\d\d)\b)?"
        )
        self.week_of = c(
            rf"the\s+(?:week\s+of\s+(?:(?P<mon>{month})\s*(?P<day>{day})|(?P<day2>{day})\s+(?:of\s+)?(?P<mon2>{month}))"
            rf"(?:\s*,?\s*(?P<year>{year}))?"
            # "the first week of February", "the last week of March 2024"
            rf"|(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+of\s+"
            rf"(?P<mon3>{month_full}|{month_abbr}\.)(?![\w-])(?:\s*,?\s*(?P<year3>{year}))?)"
        )
        #: "the first Monday of February", "the last Sunday in October 2025": that day of the month
        self.nth_weekday = c(
            rf"the\s+(?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+(?P<wd>{weekday})\s+"
            rf"(?:of|in)\s+(?P<mon>{month_full}|{month_abbr}\.)(?![\w-])(?:\s*,?\s*(?P<year>{year}))?"
        )
        self.date_dmy = c(
            rf"{wd_prefix}(?<![\w$£€.,/-])(?:the\s+)?(?:(?P<day0>{day})\s*(?:[-–]|\band\b|\bto\b|&)\s*)?"
            rf"(?P<day>{day})\s+(?:of\s+)?(?P<mon>{month})(?:\s*,?\s*(?P<year>{year}))?"
        )
        #: a wire story's dateline: the place in capitals, the date, the agency, a dash:
        #: "WASHINGTON, Jan 9, 2025 (Reuters) -", "KYIV, Ukraine, 9 January 2025 (AP) —"
        place_word = r"[A-Z][A-Z.'’-]*"
        self.dateline = re.compile(
            rf"\s*{place_word}(?:[ \t]+{place_word}){{0,3}}(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)?,[ \t]*"
            rf"(?:(?P<mon>{month})[ \t]*(?P<day>{day})|(?P<day2>{day})[ \t]+(?P<mon2>{month})),?[ \t]*(?P<year>{year})"
            r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-–—]"
        )
        self.date_num = c(
            rf"(?<![\w./-])(?:(?P<iy>{year_digits})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])"
            r"|(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<c>(?:19|20)\d\d|\d\d)"
            r"|(?P<da>[0-3]?\d)\.(?P<mb>[01]?\d)\.(?P<yc>(?:19|20)\d\d))(?![\w/.-]\w|\d)"
        )
        self.month_year = c(
            rf"(?:(?P<mod>{mod})[\s-]+)?(?P<mon>{month})\s*,?\s*(?:of\s+)?"
            rf"(?:(?P<year>{year})|'(?P<yy>\d\d)\b|(?P<rel>this|last|next)\s+year\b|(?P<sy>{spoken}))"
        )
        self.month = c(
            r"(?:(?P<pre>this\s+past|this\s+coming|this|last|next|each|every|early|mid|late|"
            r"the\s+(?:beginning|start|end|middle|close)\s+of)[\s-]+|(?<![\w-]))"
            rf"(?P<mon>{month_full}|{month_abbr}\.)(?![\w-])(?(pre)(?!\s*\d))"
        )
        self.year = c(
            rf"(?:(?P<mod>{mod}|the\s+(?:first|second|last)\s+half\s+of)[\s-]+|(?<![\w$£€/.,:#+-]))"
            r"(?:(?P<fiscal>fiscal(?:\s+year)?|FY|the\s+(?:fiscal\s+|calendar\s+)?year|calendar(?:\s+year)?)\s*)?"
            rf"(?:(?P<year>{year})(?!\s*[-–]\s*(?:\d\d\b|\d{{4}}\b)\s*(?:%|percent))"
            rf"(?:\s*[-–]\s*(?P<year2>{year}|\d\d(?![\w%]|[.,]\d)))?"
            # a season or fiscal year written across two years: "the 2023/24 season", "2024/2025"
            rf"|(?P<split>{year_digits})/(?P<split2>\d\d|{year_digits})(?![\w%/]|[.,]\d))"
            r"(?P<or_later>\s+or\s+(?:later|earlier|beyond))?"
        )
        decade_words = alternation(tw.DECADE_WORDS)
        self.decade = c(
            rf"(?:(?P<the>the)\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?"
            rf"(?:(?<![\w$£€.,])(?P<dec>1[0-9]\d0|20\d0)'?s|'(?P<dec2>\d0)s|(?P<decw>{decade_words}))(?![\w'])"
        )
        ordinals = alternation(w for w, n in tw.ORDINAL_WORDS.items() if n <= 21)
        self.century = c(
            rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<cnum>\d{{1,2}})(?:st|nd|rd|th)|(?P<cword>{ordinals}))"
            r"[\s-]+century\b"
        )
        seasons = alternation(tw.SEASONS)
        self.season = c(
            r"(?:(?P<pre>this\s+past|this\s+coming|this|last|next|past|coming|early|late|mid)[\s-]+"
            r"|(?P<the>the)\s+(?:(?P<mod>early|late)\s+)?)?"
            rf"(?<![\w-])(?P<season>{seasons})(?:\s*,?\s+(?:of\s+)?(?:(?P<year>{year})|(?P<sy>{spoken})))?(?![\w-])"
        )
        self.quarter = c(
            rf"(?:(?P<det>the|its|their|this|that|a|last\s+year's|this\s+year's|next\s+year's|(?P<py>{year})'s)\s+)?"
            r"(?P<mods>(?:(?:current|latest|last|past|previous|prior|recent|next|coming|same|comparable|corresponding|"
            rf"year-ago|year-earlier|fiscal|final|calendar|{year})[\s-]+){{0,4}})"
            # "the December quarter": the quarter that ends with the month
            rf"(?:(?P<qmon>{month_full})[\s-]+(?=quarter))?"
            r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)?[\s-]*(?<![\w])(?P<q>quarter|half|period)(?![\w-])"
            rf"(?:\s+of\s+(?:fiscal\s+)?(?:the\s+year\s+)?(?P<yof>{year}|(?:the\s+)?(?:this|last|next)\s+year|the\s+year(?![\w-]))"
            r"|(?P<ago>\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year)))?"
            # "Q3", "Q3 2024", "3Q24", "Q3 FY25", "H1 2025", "1H25" (a half needs its year)
            r"|(?:(?P<qq>Q[1-4]|[1-4]Q)|(?P<hh>H[12]|[12]H)(?=\s*(?:FY|fiscal|'|\d)))"
            rf"(?:\s*(?:(?:FY|fiscal)\s*)?(?P<qy>{year})|(?:\s*(?:FY|fiscal)\s*'?|\s*'|)(?P<qyy>\d\d)(?![\w%]|[.,/]\d))?"
            r"(?![\w-])"
        )
        #: the first of two ordinals that share one "quarter" or "half": "first" in "the first or second
        #: quarter"; the quarter itself (group "second") is read by the quarter pattern
        quarter_ordinals = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
        self.quarter_elided = c(
            rf"(?P<ord1>{quarter_ordinals})(?=\s*(?:or|and|to|through|[-–])\s*"
            rf"(?P<second>{quarter_ordinals}[\s-]+(?:quarter|half)(?![\w-])))"
        )
        #: what may follow a quarter or a period: the day or month it ended ("the quarter ended Sept. 30",
        #: "the quarter ending in January")
        self.ended_on = re.compile(
            r"\s*,?\s+(?:that\s+|which\s+)?(?:ended|(?P<ending>ending))\s+(?:on\s+|in\s+)?"
            rf"(?P<mon>{month})(?:\s*(?P<day>{day}))?(?![\w-])(?:\s*,?\s*(?P<year>{year}))?"
        )
        #: a fiscal year by its last two digits: "FY25", "FY 2024/25" is read by the year rule
        self.fiscal_short = c(r"FY\s?'?(?P<yy>\d\d)(?:/(?P<yy2>\d\d))?(?![\w%/]|[.,]\d)")
        self.year_ago = c(r"year[-\s](?:ago|earlier)(?![\w-])")
        self.relday = c(
            rf"(?:(?P<mod>early|late|earlier|later)\s+|(?:at\s+)?(?P<pod0>(?:mid-?\s?)?{pod})\s+)?"
            r"(?:the\s+day\s+(?P<ba>before|after)\s+(?P<w2>yesterday|tomorrow)|(?P<w>today|tonight|yesterday|tomorrow))"
            rf"(?![\w-])(?:\s+(?P<pod>{pod})(?![\w-]))?"
            r"|(?P<this>this|last|tomorrow)\s+(?P<pod2>morning|afternoon|evening|night)(?![\w-])"
        )
        self.day_part = c(
            r"(?:mid-?\s?(?P<pod>morning|afternoon|evening)"
            r"|(?:in|during|by|throughout)\s+(?P<core>the\s+(?P<pod2>morning|afternoon|evening)))(?![\w-])"
            r"(?!\s+(?:of|before|after|when|that|edition|news|paper|show|session|rush)\b)"
        )
        #: "Clashes erupted overnight": the night before, or the night of the day named
        self.overnight = c(r"overnight(?![\w-])")
        self.weekday = c(
            r"(?:(?P<pre>last|next|this(?:\s+(?:past|coming))?|the\s+(?:previous|following|next|same|preceding))\s+"
            r"|(?P<mod>early|late|earlier|later)\s+)?"
            rf"(?P<wd>{weekday})(?P<pl>s)?(?P<poss>['’]s)?(?![\w-])(?:\s+(?P<pod>{pod})(?P<pl2>s)?(?![\w-]))?"
        )
        #: what before a weekday makes it a name: "Black Friday", "The Mail on Sunday" (capitalised; see the check)
        self.weekday_name_before = re.compile(
            rf"(?<![\w'’]){alternation(tw.NAME_WORDS_BEFORE_WEEKDAY)}\s+$", re.IGNORECASE
        )
        hour_words = alternation(w for w, n in tw.NUMBER_WORDS.items() if 1 <= n <= 12 and " " not in w and w[0] != "a")
        zones = [z for z in tw.TIMEZONES if " " not in z]
        tz = rf"(?:local\s+time|(?-i:{'|'.join(z.upper() for z in sorted(zones, key=len, reverse=True))}))"
        self.clock = c(
            r"(?P<time>(?:(?P<approx>about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
            r"(?:(?<![\w.:,$])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap])(?:\.\s?m\b\.?|\s?m\b)"
            r"|(?<![\w.:,$])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])"
            r"|(?P<nw>noon|midnight|midday)"
            rf"|(?P<ho>1[0-2]|[1-9]|{hour_words})(?=\s+(?:o'clock|in\s+the\s+(?:morning|afternoon|evening|night)\b))"
            r"(?:\s+o'clock)?(?:\s+in\s+the\s+(?P<hpod>morning|afternoon|evening|night)\b)?"
            r"|(?<![\w.,$])(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?:GMT|UTC|hours|hrs)\b))"
            rf"(?:\s*(?P<tzp>\()?(?P<tz>{tz})\b(?(tzp)\)))?)"
            rf"(?:,?\s+(?:on\s+)?(?:(?P<dw>{weekday}|today|tonight|yesterday|tomorrow)(?![\w-])"
            # the weekday's date after it: "6 p.m. Wednesday, Jan. 8", "4:15 a.m. Tuesday, Jan. 7, 2025",
            # or day first: "4.45pm on Monday 6 January"
            rf"(?:\s*,?\s*(?P<wmon>{month})\s*(?P<wday>{day})(?:\s*,\s*(?P<wyear>{year}))?"
            rf"|\s*,?\s*(?:the\s+)?(?P<wbday>{day})\s+(?:of\s+)?(?P<wbmon>{month})(?:\s*,?\s*(?P<wbyear>{year}))?)?"
            rf"|(?P<dmon>{month})\s*(?P<dday>{day})(?:\s*,?\s*(?P<dyear>{year}))?"
            # day first: "4.45pm on 6 January", "11pm on the 3rd of February 2025"
            rf"|(?:the\s+)?(?P<dbday>{day})\s+(?:of\s+)?(?P<dbmon>{month})(?:\s*,?\s*(?P<dbyear>{year}))?"
            # a holiday: "noon on Christmas Eve"
            rf"|(?P<hol>{alternation(tw.HOLIDAYS, names=True)})(?![\w-])"
            rf"(?:\s*,?\s+(?P<hyear>{year})|\s+(?P<hrel>last|this|next)\s+year(?![\w-]))?))?"
        )
        #: a day named after a clock time's parenthetical conversion, or inside it:
        #: "10:35 a.m. (0735 GMT) Friday", "4 in the morning (4 a.m. EDT Thursday)"
        self.day_after_aside = re.compile(
            rf"\s*\((?:[^()\n]{{1,30}}\)\s*,?\s*(?:on\s+)?(?P<dw>{weekday}|today|tonight|yesterday|tomorrow)(?![\w-])"
            rf"|[^()\n]{{0,30}}?(?<![\w-])(?P<dw2>{weekday}|today|tonight|yesterday|tomorrow)\s*\))",
            flags,
        )
        self.ago = c(
            rf"(?:(?P<approx>{approx})\s+)?(?P<num>{num})[\s-]+(?P<unit>{units})s?(?:\s+or\s+so)?"
            r"\s+(?P<dir>ago|earlier|later|from\s+now|hence|back|previously|(?:before|after)(?=\s*[,.;:]))(?![\w-])"
            r"(?:(?<=ago)\s+(?P<today>today|this\s+week)(?![\w-]))?"  # "a year ago today"
        )
        #: a day counted from a date written just after it: "the day before" last Tuesday's hearing,
        #: "two days after" Christmas; searched for right before that date (it ends the search window)
        self.day_offset = c(
            rf"(?:the\s+|a\s+)?(?:(?P<one>day)|(?P<num>{num})[\s-]+(?P<unit>day|week)s?)"
            r"\s+(?P<dir>before|after|prior\s+to|following)\s+(?:the\s+)?$"
        )
        self.anaphor = c(
            r"(?:(?P<pre>the\s+(?:next|following|previous|preceding|same|prior|ensuing)|that(?:\s+same)?|the\s+very)"
            r"\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)"
            r"|the\s+(?P<unit2>day|night|week|month|year)\s+(?P<post>before|after|earlier|later|prior))(?![\w-])"
        )
        self.relunit = c(
            r"(?P<pre>(?:early|late|mid|earlier|later)(?:\s+in)?\s+(?:this|last|next|the)|this\s+past|this\s+coming|"
            r"this|last|next|past|coming|current|previous|the\s+(?:past|last|previous|next|coming|current|latest|"
            r"present|whole|entire|full|same|current))[\s-]+(?:(?P<cal>fiscal|calendar|financial|school)\s+)?"
            r"(?P<unit>week|weekend|month|year|decade|century|fortnight|season)(?![\w-])"
            r"(?:(?P<poss>'s)\s+(?P<edge2>end|beginning|start))?"
        )
        self.the_year = c(
            r"the\s+(?:(?P<cal>fiscal|calendar|financial)\s+)?(?P<unit>year|weekend)(?![\w-])"
            r"(?P<ended>\s+(?:ended|ending|ends|that\s+ended|to|through))?"
        )
        self.edge = c(
            r"(?:(?P<det>the|this)\s+(?P<edge>end|beginning|start|middle|close|turn)\s+of\s+(?:the|this|next|last|that)"
            r"\s+(?:(?:fiscal|calendar)\s+)?(?P<unit>week|month|year|decade|century|quarter))(?![\w-])"
            r"|(?P<ye>year|month)[\s-]end\b|(?P<ye2>year)'s\s+end\b"
        )
        duration_det = alternation(["the", "these", "those", "its", "their", "his", "her", "a", "an"])
        duration_rel = alternation(
            [
                *("past", "last", "next", "first", "previous", "coming", "following", "final", "latest"),
                *("remaining", "initial", "ensuing", "preceding", "other", "additional", "entire", "whole"),
                *("full", "year-earlier", "same", "better part of the"),
            ]
        )
        duration_adj = alternation(
            [
                *("more", "additional", "consecutive", "straight", "full", "long", "short", "trading"),
                *("business", "working", "calendar", "successive"),
            ]
        )
        self.duration = c(
            rf"(?:(?P<approx>{approx})\s+)?(?:(?P<the>{duration_det})\s+)?(?:(?P<rel>{duration_rel})\s+)?"
            rf"(?P<num>{num})[\s-]+(?:{duration_adj}\s+)?"
            rf"(?P<unit>{units})(?P<pl>s)?(?![\w])(?P<half>\s+and\s+a\s+half(?![\w-]))?(?P<adj>-long|-old|\s+old)?"
            r"(?P<orso>\s+or\s+so)?"
        )
        self.bare_plural = c(
            r"(?P<pre>for|(?P<within>within)|in|over|after|lasting|take|takes|took)\s+(?P<core>(?:the\s+)?(?P<unit>"
            r"years|months|weeks|days|decades|centuries|hours|minutes))(?![\w-])"
            # "years of talks" is no stretch of time, but "within weeks of taking office" is
            r"(?!\s+(?:(?(within)(?!)|of)|ago|later|earlier|to\s+come|before|after|since|old|ahead))"
        )
        #: "decades-long", "a day-long meeting": the adjective names a stretch
        self.unit_long = c(
            r"(?P<unit>second|minute|hour|day|week|month|year|decade|centur(?:y|ie))(?P<pl>s)?-long(?![\w-])"
        )
        months = f"{month_full}"
        self.set = c(
            rf"(?:(?P<freq>{alternation(['once', 'twice', 'thrice'])})\s+)?"
            rf"(?P<q>{alternation(['every', 'each', 'per', 'a', 'an'])})\s+"
            rf"(?:(?P<other>other|single)\s+)?(?:(?P<n>{num})\s+)?"
            rf"(?P<unit>second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|"
            rf"morning|afternoon|evening|{weekday}|{months}|{seasons})(?P<pl>s)?(?![\w-])"
        )
        self.set_word = c(rf"(?<![\w-]){alternation(tw.SET_WORDS)}(?![\w-])")
        self.fuzzy = c(rf"(?<![\w-]){alternation(tw.FUZZY)}(?![\w-])")
        self.holiday = c(
            rf"(?<![\w-])(?P<name>{alternation(tw.HOLIDAYS, names=True)})(?![\w-])(?P<week>\s+week\b)?"
            rf"(?:\s*,?\s+(?P<year>{year})|\s+(?P<rel>last|this|next)\s+year(?![\w-]))?"
        )
        self.count_nouns = re.compile(
            rf"\s*(?:%|percent|per\s+cent|(?:[a-z]+\s+)?{alternation(tw.COUNT_NOUNS)}\b)", re.IGNORECASE
        )
        #: what after a number makes it a house number: "2020 Pennsylvania Avenue"
        self.address_after = re.compile(
            rf"(?:[ \t]+[A-Z][\w'’.-]*){{1,3}}[ \t]+{alternation(tw.STREET_WORDS, names=True)}(?![\w-])"
        )
        #: an amount right before "a week", "a second": at most two words after it ("$40 million a
        #: week", "20 hours a day"; not "after 12 minutes and added a second" goal)
        self.quantity_before = re.compile(
            rf"(?:\d|\b{alternation(tw.QUANTITY_WORDS)}\b)[^\s;:!?]*(?:\s+[^\s;:!?]+){{0,2}}\s*$", re.IGNORECASE
        )
        self.gates = _gates()
        #: names that only match capitalised or in capitals ("March", not the verb "march"): a rule
        #: whose every match holds one is tried only in sentences where one is written so
        months_cased = re.compile(alternation([*tw.MONTHS, *tw.MONTH_ABBREVIATIONS], names=True))
        self.name_checks = dict.fromkeys(("date_mdy", "date_dmy", "month_year", "month"), months_cased)
        self.name_checks["weekday"] = self.name_checks["nth_weekday"] = re.compile(weekday)
        self.name_checks["holiday"] = re.compile(alternation(tw.HOLIDAYS, names=True))
        self.shapes = {name: re.compile(shape) for name, shape in SHAPES.items()}
        #: for each rule, the shapes among its gate words
        self.gate_shapes = {name: tuple(w for w in words if w in SHAPES) for name, words in self.gates.items()}
        tens = alternation(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
        ones = alternation(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
        self.spoken_year = c(
            rf"(?:the\s+year\s+)?(?:(?P<cent>nineteen|eighteen|twenty)\s+(?P<tens>{tens})(?:[\s-](?P<ones>{ones}))?"
            rf"|(?P<thousand>two\s+thousand)(?:\s+(?:and\s+)?(?P<ones2>{ones}|ten))?)(?![\w-])"
        )


@functools.cache
def patterns() -> Grammar:
    """The tagger's patterns, compiled once from the data module as it is at the first call."""
    return Grammar()
