"""Words the time extractor reads: calendar names, numbers, units, fuzzy and recurring expressions.

Every table is plain data (dicts and sets of lower-case strings) that the tagger's patterns are
built from when they are first needed. Extend them before the first parse to teach newskit more
English, e.g. ``timewords.FUZZY["of late"] = "PAST_REF"`` or ``timewords.HOLIDAYS["bastille day"] =
("fixed", 7, 14)``; after a parse, call ``newskit.extract.timex.grammar.patterns.cache_clear()`` so
the patterns are built again. Values follow TIMEX3 (ISO 8601 with its ``XX``, ``_REF`` and season
extensions).
"""

from __future__ import annotations

__all__ = [
    "ADVERB_ONLY_SET_WORDS",
    "AHEAD_DEADLINE_WORDS",
    "APPROXIMATORS",
    "ATTRIBUTION_VERBS",
    "CAPITALISED_FUNCTION_WORDS",
    "COUNT_NOUNS",
    "DEADLINE_WORDS",
    "DECADE_WORDS",
    "FRACTIONS",
    "FUTURE_BEFORE_TO",
    "FUTURE_MARKERS",
    "FUTURE_MODALS",
    "FUZZY",
    "FUZZY_COUNTS",
    "HOLIDAYS",
    "HOLIDAY_COUNTRIES",
    "LASTED_VERBS",
    "LAST_VERB_BEFORE",
    "MATCH_WORDS",
    "MATCH_WORDS_IN_A_SENTENCE_ONLY",
    "MODALS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_BEFORE_SURNAME",
    "MONTH_PREPOSITIONS",
    "NAME_WORDS_AFTER_DATE",
    "NAME_WORDS_BEFORE_WEEKDAY",
    "NEUTRAL_AUXILIARIES",
    "NOT_PAST_PARTICIPLES",
    "NOT_YEAR_BEFORE",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "PARTS_OF_DAY",
    "PAST_MARKERS",
    "QUANTITY_WORDS",
    "RESULT_NOUNS",
    "SCHEDULE_PROGRESSIVES",
    "SCHEDULE_VERBS",
    "SCHEDULE_VERB_BLOCKERS",
    "SEASONS",
    "SEASON_NOUNS",
    "SEASON_PREPOSITIONS",
    "SET_WORDS",
    "STREET_WORDS",
    "TIMEZONES",
    "TIME_COMPARATIVES",
    "UNITS",
    "UN_VERBS_PAST",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_NOUNS",
    "YEAR_PREPOSITIONS",
]

#: Month names (lower case) and their numbers. Only a capitalised name counts as a month.
MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}

#: Abbreviated month names, written with or without a full stop ("Sept.", "Dec").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

#: Weekday names and their ISO numbers (Monday 1 … Sunday 7).
WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}

#: Abbreviated weekdays, read only when a month-day follows ("Fri., Oct. 23").
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1,
    "tue": 2,
    "tues": 2,
    "wed": 3,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "fri": 5,
    "sat": 6,
    "sun": 7,
}

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number_words() -> dict[str, int]:
    words = {w: n for n, w in enumerate(_ONES)}
    words.update({w: 10 + n for n, w in enumerate(_TEENS)})
    for t, tens in enumerate(_TENS, start=2):
        words[tens] = t * 10
        for n, one in enumerate(_ONES[1:], start=1):
            words[f"{tens}-{one}"] = t * 10 + n
            words[f"{tens} {one}"] = t * 10 + n
    words.update({"a": 1, "an": 1, "a single": 1, "hundred": 100, "a hundred": 100, "one hundred": 100})
    words.update({"a thousand": 1000, "one thousand": 1000, "two thousand": 2000, "a dozen": 12, "dozen": 12})
    words["half a dozen"] = 6
    words.update({"a couple of": 2, "a couple": 2, "couple of": 2})
    return words


#: Cardinal numbers written as words (up to ninety-nine, and a few round ones).
NUMBER_WORDS: dict[str, int] = _number_words()

#: Fractions written before "a" or "an" and a unit: "half an hour" is ``PT30M``, "a quarter of a
#: century" ``P25Y``.
FRACTIONS: dict[str, float] = {
    "half a": 0.5,
    "half an": 0.5,
    "a quarter of a": 0.25,
    "a quarter of an": 0.25,
    "one quarter of a": 0.25,
    "one quarter of an": 0.25,
    "three quarters of a": 0.75,
    "three quarters of an": 0.75,
    "three-quarters of a": 0.75,
    "three-quarters of an": 0.75,
}

#: Counts that give a vague number: "several years" is ``PXY``.
FUZZY_COUNTS: set[str] = {"a few", "few", "several", "many", "some", "a number of", "numerous", "countless"}

_ORDINAL_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]


def _ordinal_words() -> dict[str, int]:
    words = {w: n for n, w in enumerate(_ORDINAL_ONES) if w}
    teens = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ]
    words.update({w: 10 + n for n, w in enumerate(teens)})
    words["twentieth"] = 20
    words["thirtieth"] = 30
    for n, one in enumerate(_ORDINAL_ONES[1:], start=1):
        words[f"twenty-{one}"] = 20 + n
        words[f"twenty {one}"] = 20 + n
    words["thirty-first"] = 31
    words["thirty first"] = 31
    return words


#: Ordinal numbers written as words, for days of the month and centuries ("March eighth").
ORDINAL_WORDS: dict[str, int] = _ordinal_words()

#: Decades written as words ("the nineties") and their decade within the 1900s.
DECADE_WORDS: dict[str, int] = {
    "twenties": 192,
    "thirties": 193,
    "forties": 194,
    "fifties": 195,
    "sixties": 196,
    "seventies": 197,
    "eighties": 198,
    "nineties": 199,
}

#: Seasons and their TIMEX3 codes.
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

#: Parts of the day and their TIMEX3 codes; clock words give an hour.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "daytime": "DT",
}

#: Units of time: the TIMEX3 duration letter and how many of it one unit is.
#: Units below a day are written after ``T`` (``PT3H``).
UNITS: dict[str, tuple[str, int]] = {
    "second": ("S", 1),
    "minute": ("M", 1),
    "hour": ("H", 1),
    "day": ("D", 1),
    "night": ("D", 1),
    "week": ("W", 1),
    "fortnight": ("W", 2),
    "month": ("M", 1),
    "quarter": ("Q", 1),
    "year": ("Y", 1),
    "decade": ("Y", 10),
    "century": ("Y", 100),
    "millennium": ("Y", 1000),
}

#: Fuzzy references and the TIMEX3 value they get (DATE; a duration value such as ``PXY`` makes a DURATION).
#: "recent weeks", "the coming months", "the years ahead" name a stretch of unsaid length that ends or
#: starts now: TimeML (and HeidelTime) read them as durations, ``PXW``, ``PXM``, ``PXY``. A leading
#: "in" is matched but not marked: TIMEX3 leaves prepositions out of the expression.
FUZZY: dict[str, str] = {
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "more recently": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "in the past": "PAST_REF",
    "the past": "PAST_REF",
    "in recent days": "PXD",
    "in recent weeks": "PXW",
    "in recent months": "PXM",
    "in recent years": "PXY",
    "in recent decades": "PXY",
    "recent days": "PXD",
    "recent weeks": "PXW",
    "recent months": "PXM",
    "recent years": "PXY",
    "recent decades": "PXY",
    "recent quarters": "PXQ",
    "in recent quarters": "PXQ",
    "in recent times": "PAST_REF",
    "now": "PRESENT_REF",
    "current": "PRESENT_REF",
    "then current": "PAST_REF",
    "then-current": "PAST_REF",
    "right now": "PRESENT_REF",
    "just now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "the future": "FUTURE_REF",
    "in the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "in the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "in the near term": "FUTURE_REF",
    "in the coming days": "PXD",
    "in the coming weeks": "PXW",
    "in the coming months": "PXM",
    "in the coming years": "PXY",
    "the coming days": "PXD",
    "the coming weeks": "PXW",
    "the coming months": "PXM",
    "the coming years": "PXY",
    "coming days": "PXD",
    "coming weeks": "PXW",
    "coming months": "PXM",
    "coming years": "PXY",
    "in the days ahead": "PXD",
    "in the weeks ahead": "PXW",
    "in the months ahead": "PXM",
    "in the years ahead": "PXY",
    "the days ahead": "PXD",
    "the weeks ahead": "PXW",
    "the months ahead": "PXM",
    "the years ahead": "PXY",
    "a later date": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
    "soon": "FUTURE_REF",
}

#: Adverbs and adjectives of frequency: the TIMEX3 value of the SET they name.
SET_WORDS: dict[str, str] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "XXXX-XX-XXTNI",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "quarterly": "P1Q",
    "semiannually": "P6M",
    "semi-annually": "P6M",
}

#: Frequency words that are a SET only as adverbs ("dividends are paid quarterly"): before a noun
#: they name a kind of report or payment ("its quarterly dividend", "quarterly results").
ADVERB_ONLY_SET_WORDS: set[str] = {"quarterly"}

#: Holidays: ``("fixed", month, day)``, ``("nth", month, weekday, n)`` (n = -1 for the last),
#: ``("easter", offset in days)`` or ``("election", 0)`` (the Tuesday after the first Monday of November).
HOLIDAYS: dict[str, tuple[str, int] | tuple[str, int, int] | tuple[str, int, int, int]] = {
    "new year's day": ("fixed", 1, 1),
    "new year's eve": ("fixed", 12, 31),
    "valentine's day": ("fixed", 2, 14),
    "halloween": ("fixed", 10, 31),
    "christmas": ("fixed", 12, 25),
    "christmas day": ("fixed", 12, 25),
    "christmas eve": ("fixed", 12, 24),
    "boxing day": ("fixed", 12, 26),
    "thanksgiving": ("nth", 11, 4, 4),
    "thanksgiving day": ("nth", 11, 4, 4),
    "labor day": ("nth", 9, 1, 1),
    "memorial day": ("nth", 5, 1, -1),
    "election day": ("election", 0),
    "easter": ("easter", 0),
    "easter sunday": ("easter", 0),
    "easter monday": ("easter", 1),
    "good friday": ("easter", -2),
    "holy thursday": ("easter", -3),
    "maundy thursday": ("easter", -3),
    "palm sunday": ("easter", -7),
    "ash wednesday": ("easter", -46),
    "independence day": ("fixed", 7, 4),
    "may day": ("fixed", 5, 1),  # International Workers' Day
    "fourth of july": ("fixed", 7, 4),
    "veterans day": ("fixed", 11, 11),
    "remembrance day": ("fixed", 11, 11),
    "armistice day": ("fixed", 11, 11),
    "remembrance sunday": ("nth", 11, 7, 2),
    "st. patrick's day": ("fixed", 3, 17),
    "st patrick's day": ("fixed", 3, 17),
    "juneteenth": ("fixed", 6, 19),
    "mother's day": ("nth", 5, 7, 2),  # the American one; Britain's Mothering Sunday follows Easter
    "father's day": ("nth", 6, 7, 3),
    "presidents day": ("nth", 2, 1, 3),
    "presidents' day": ("nth", 2, 1, 3),
    "martin luther king jr. day": ("nth", 1, 1, 3),
    "martin luther king day": ("nth", 1, 1, 3),
    "columbus day": ("nth", 10, 1, 2),
    "bastille day": ("fixed", 7, 14),
    "canada day": ("fixed", 7, 1),
    "australia day": ("fixed", 1, 26),
    "anzac day": ("fixed", 4, 25),
    "guy fawkes night": ("fixed", 11, 5),
    "bonfire night": ("fixed", 11, 5),
    "all saints' day": ("fixed", 11, 1),
}

#: Feasts and festivals that move with a lunar or lunisolar calendar: no date is worked out for
#: them, but like the holidays above they name a time, never an actor.
MOVABLE_FEASTS: set[str] = {
    "ramadan", "eid", "eid al-fitr", "eid al-adha", "diwali", "holi", "hanukkah", "chanukah", "passover",
    "rosh hashanah", "yom kippur", "lunar new year", "chinese new year", "nowruz", "vesak", "kwanzaa",
    "lent", "advent", "pentecost", "mardi gras",
}  # fmt: skip

#: Holidays that many countries keep, each on its own day: the date in ``HOLIDAYS`` is taken only
#: when no country is named just before ("on Independence Day") or one of these words is ("U.S.
#: Independence Day"); "India's Independence Day" is left alone.
HOLIDAY_COUNTRIES: dict[str, set[str]] = {
    "independence day": {"america", "american", "u.s.", "us", "usa", "united states"},
}

#: Time zones after a clock time; those equal to UTC add ``Z`` to the value.
TIMEZONES: dict[str, str] = {
    "utc": "Z",
    "gmt": "Z",
    "z": "Z",
    "et": "",
    "ct": "",
    "mt": "",
    "pt": "",
    "est": "",
    "edt": "",
    "cst": "",
    "cdt": "",
    "mst": "",
    "mdt": "",
    "pst": "",
    "pdt": "",
    "bst": "",
    "cet": "",
    "cest": "",
    "ist": "",
    "local time": "",
}

#: Words before a number that make it a year ("in 2024", "since 1998").
YEAR_PREPOSITIONS: set[str] = {
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
    "between",
    "and",
    "or",
    "around",
    "circa",
    "for",
    "year",
    "fiscal",
    "throughout",
    "beyond",
    "within",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "the",
    "as",
    "than",
    "into",
}

#: Approximating and limiting words before a duration, and the TIMEX3 mod they give.
APPROXIMATORS: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
}

#: Capitalised words that may follow a weekday or month in a headline without making it a name.
CAPITALISED_FUNCTION_WORDS: set[str] = {
    "a",
    "after",
    "afternoon",
    "against",
    "amid",
    "and",
    "as",
    "at",
    "before",
    "but",
    "by",
    "during",
    "evening",
    "for",
    "from",
    "in",
    "into",
    "is",
    "it",
    "morning",
    "night",
    "of",
    "on",
    "or",
    "over",
    "the",
    "to",
    "was",
    "were",
    "will",
    "with",
}

#: Words that turn a weekday, holiday or month before them into a name ("Sunday Times").
NAME_WORDS_AFTER_DATE: set[str] = {
    "times",
    "telegraph",
    "express",
    "mirror",
    "post",
    "herald",
    "tribune",
    "independent",
    "mail",
    "school",
    "party",
    "movement",
    "group",
    "offensive",
    "uprising",
    "revolution",
    "agreement",
    "accord",
    "accords",
    "club",
    # places and events named after a day: "Christmas Island", "Easter Island", "the Easter Rising"
    "island",
    "islands",
    "rising",
}

#: Capitalised words before a weekday that make it a name ("Black Friday", "Blue Monday", "The Mail
#: on Sunday"), not a date: the day such a name calls up is not the weekday nearest the story.
NAME_WORDS_BEFORE_WEEKDAY: set[str] = {
    "black",
    "bloody",
    "blue",
    "cyber",
    "giving",
    "independent on",
    "mail on",
    "observer on",
    "super",
}

#: Nouns after a weekday that make it a habit, not one day ("Friday prayers", "the imam's Friday sermon").
WEEKDAY_NOUNS: set[str] = {
    "prayer",
    "prayers",
    "sermon",
    "sermons",
}

#: Words that put the verb of a sentence in the future.
FUTURE_MARKERS: set[str] = {
    "will",
    "'ll",
    "shall",
    "wo",
    "going",
    "scheduled",
    "expect",
    "expected",
    "expects",
    "due",
    "planned",
    "planning",
    "intends",
    "upcoming",
    "soon",
    "would",
    "to be held",
    "tomorrow",
    "hopes",
    "aims",
}

#: Words that put the verb of a sentence in the past (besides regular ``-ed`` forms).
PAST_MARKERS: set[str] = {
    "said",
    "was",
    "were",
    "had",
    "did",
    "ago",
    "met",
    "told",
    "went",
    "came",
    "took",
    "gave",
    "made",
    "held",
    "left",
    "began",
    "won",
    "lost",
    "saw",
    "sent",
    "spent",
    "fell",
    "rose",
    "paid",
    "sold",
    "bought",
    "brought",
    "thought",
    "found",
    "got",
    "kept",
    "led",
    "ran",
    "struck",
    "spoke",
    "wrote",
    "broke",
    "chose",
    "drove",
    "flew",
    "grew",
    "knew",
    "threw",
    "fought",
    "caught",
    "taught",
    "last",
    "yesterday",
    "earlier",
    "arose",
    "ate",
    "awoke",
    "became",
    "bent",
    "bled",
    "blew",
    "bore",
    "bred",
    "dealt",
    "drew",
    "dug",
    "felt",
    "fled",
    "forbade",
    "foresaw",
    "forgave",
    "forgot",
    "froze",
    "heard",
    "hung",
    "laid",
    "lent",
    "meant",
    "mistook",
    "overcame",
    "oversaw",
    "overthrew",
    "overtook",
    "rang",
    "rode",
    "sank",
    "sat",
    "shook",
    "shot",
    "slid",
    "sought",
    "sped",
    "spun",
    "stole",
    "stood",
    "stuck",
    "strove",
    "swam",
    "swept",
    "swore",
    "swung",
    "tore",
    "understood",
    "undertook",
    "upheld",
    "wept",
    "withdrew",
    "withheld",
    "woke",
    "wore",
    "built",
}

#: Verbs made with "un-" in the past tense: unlike "unspecified" or "unnamed", these are verbs.
UN_VERBS_PAST: set[str] = {
    "unbolted",
    "unbuckled",
    "unburdened",
    "unbuttoned",
    "unchained",
    "uncoiled",
    "uncorked",
    "uncovered",
    "undressed",
    "unearthed",
    "unfastened",
    "unfolded",
    "unfurled",
    "unhooked",
    "unified",
    "unionized",
    "united",
    "unlatched",
    "unleashed",
    "unloaded",
    "unlocked",
    "unmasked",
    "unnerved",
    "unpacked",
    "unplugged",
    "unraveled",
    "unravelled",
    "unrolled",
    "unscrewed",
    "unsealed",
    "unseated",
    "unsettled",
    "untangled",
    "untied",
    "unveiled",
    "unwrapped",
    "unzipped",
}

#: Words ending in -ed that are not past tense verbs.
NOT_PAST_PARTICIPLES: set[str] = {
    "red",
    "bed",
    "need",
    "seed",
    "speed",
    "feed",
    "indeed",
    "hundred",
    "shed",
    "united",
    "based",
    "proposed",
    "expected",
    "scheduled",
    "planned",
    "limited",
    "related",
    "compared",  # "compared with a year earlier": a preposition, no past event
    "detailed",
    "alleged",
    "advanced",
    "concerned",
    "interested",
    "armed",
    "supposed",
    "embed",
    "breed",
    "creed",
    "greed",
    "weed",
    "deed",
    "preferred",
}

#: Nouns after a number that make it a count, not a year ("2000 troops").
COUNT_NOUNS: set[str] = {
    "acres",
    "aircraft",
    "barrels",
    "beds",
    "calories",
    "cars",
    "cases",
    "children",
    "civilians",
    "cm",
    "copies",
    "deaths",
    "detainees",
    "doctors",
    "dollars",
    "employees",
    "euros",
    "families",
    "feet",
    "fighters",
    "foot",
    "gb",
    "guns",
    "homes",
    "hostages",
    "households",
    "houses",
    "hp",
    "jobs",
    "kg",
    "kilometers",
    "kilometres",
    "km",
    "lbs",
    "mb",
    "members",
    "men",
    "meters",
    "metres",
    "miles",
    "mm",
    "mph",
    "names",
    "officers",
    "pages",
    "passengers",
    "patients",
    "people",
    "persons",
    "planes",
    "points",
    "police",
    "pounds",
    "prisoners",
    "protesters",
    "refugees",
    "residents",
    "rooms",
    "rounds",
    "rpm",
    "rupees",
    "seats",
    "shares",
    "signatures",
    "soldiers",
    "students",
    "tanks",
    "teachers",
    "tonnes",
    "tons",
    "tourists",
    "troops",
    "units",
    "vehicles",
    "visitors",
    "votes",
    "women",
    "words",
    "workers",
    "yen",
    "yuan",
}

#: Words of amounts before "a week", "a year" that make it a rate ("$40 million a week").
QUANTITY_WORDS: set[str] = {
    "barrels",
    "billion",
    "cases",
    "cent",
    "cents",
    "copies",
    "dollar",
    "dollars",
    "euro",
    "euros",
    "hours",
    "hundred",
    "miles",
    "million",
    "once",
    "people",
    "percent",
    "points",
    "pound",
    "pounds",
    "shares",
    "thousand",
    "times",
    "tonnes",
    "tons",
    "twice",
    "units",
}

#: Street words that end an address after a number and one to three capitalised words: "2020
#: Pennsylvania Avenue" is an address, not a year.
STREET_WORDS: set[str] = {
    *("avenue", "ave.", "street", "st.", "road", "rd.", "boulevard", "blvd.", "lane", "drive", "terrace"),
    *("crescent", "parkway"),
}

#: Comparatives of time before "than" that make the number after it a year ("no later than 2026",
#: "earlier than 2030"): after other words "than" takes an amount ("more than 2000 people").
TIME_COMPARATIVES: set[str] = {"later", "earlier", "sooner"}

#: Words before a number that make it a count or a label, not a year ("about 2000", "No. 1998").
NOT_YEAR_BEFORE: set[str] = {
    "#",
    "$",
    "about",
    "additional",
    "almost",
    "another",
    "approximately",
    "box",
    "estimated",
    "flight",
    "highway",
    "least",
    "model",
    "nearly",
    "no",
    "no.",
    "nos.",
    "number",
    "office",
    "only",
    "over",
    "p.",
    "page",
    "pp.",
    "room",
    "roughly",
    "route",
    "some",
    "suite",
    "than",
    "total",
    "under",
    "version",
    "windows",
    "£",
    "€",
}

#: Words before a month that keep it a month even when a surname follows: "in April Congress", "since
#: June Smith has led"; after other words a month before a capitalised surname is a given name
#: ("written by Jan de Vries and April Wilson", "August Ames was an actress").
MONTH_BEFORE_SURNAME: set[str] = {
    *("in", "since", "until", "till", "during", "through", "throughout", "from", "before", "after"),
    *("early", "late", "mid", "last", "next", "this", "each", "every", "past", "coming", "of", "between", "than"),
}

#: Words before a lone month name that make it a month ("in May"), not a verb or a name.
MONTH_PREPOSITIONS: set[str] = {
    "after",
    "and",
    "around",
    "as",
    "before",
    "between",
    "by",
    "coming",
    "during",
    "each",
    "early",
    "every",
    "for",
    "from",
    "in",
    "into",
    "last",
    "late",
    "mid",
    "next",
    "of",
    "on",
    "or",
    "past",
    "since",
    "than",
    "that",
    "this",
    "through",
    "throughout",
    "till",
    "to",
    "until",
}

#: Words before a season name that make it a time ("in the fall"), not a verb or a noun.
SEASON_PREPOSITIONS: set[str] = {
    "after",
    "before",
    "by",
    "during",
    "early",
    "for",
    "from",
    "in",
    "into",
    "last",
    "late",
    "next",
    "of",
    "over",
    "since",
    "that",
    "this",
    "through",
    "throughout",
    "till",
    "until",
}

#: Words of a game being played: in a sentence with one, "the second half" and "the fourth quarter"
#: are the game's, not the year's ("scored 12 points in the fourth quarter"). Not "goal", "penalty"
#: or "pitch", which business news uses as much.
MATCH_WORDS: set[str] = {
    *("scored", "scoring", "halftime", "half-time", "kickoff", "kick-off", "touchdown", "touchdowns"),
    *("rebounds", "assists", "innings", "inning", "quarterback", "striker", "equaliser", "equalizer"),
    *("whistle", "minute", "header", "free-kick", "wicket", "wickets", "three-pointer", "layup", "dunk"),
    *("interception", "fumble", "spot-kick"),
}

#: Words of play that tell of a game only in their own sentence, not across an article ("a minute").
MATCH_WORDS_IN_A_SENTENCE_ONLY: set[str] = {"minute", "whistle", "header", "interception", "scoring", "scored"}

#: Nouns after a season that make the season their modifier, not a time: "the spring water", "a
#: summer camp", "winter storms", "the Winter Olympics". (A capitalised season inside a sentence is
#: taken for part of a name as well: "the Summer Palace".)
SEASON_NOUNS: set[str] = {
    "break",
    "camp",
    "camps",
    "clothes",
    "clothing",
    "coat",
    "coats",
    "collection",
    "collections",
    "crop",
    "crops",
    "equinox",
    "fashion",
    "festival",
    "festivals",
    "flu",
    "fuel",
    "games",
    "heat",
    "holiday",
    "holidays",
    "home",
    "homes",
    "house",
    "houses",
    "intern",
    "interns",
    "internship",
    "internships",
    "job",
    "jobs",
    "olympics",
    "palace",
    "residence",
    "resort",
    "resorts",
    "sale",
    "sales",
    "school",
    "schools",
    "semester",
    "session",
    "sessions",
    "solstice",
    "sports",
    "storm",
    "storms",
    "term",
    "tires",
    "tour",
    "tourists",
    "training",
    "tyres",
    "vacation",
    "vacations",
    "water",
    "weather",
    "wheat",
}

#: Words that put what follows in the future when "to" or "for" comes next ("set to", "due for").
FUTURE_BEFORE_TO: set[str] = {
    "about",
    "agreed",
    "agreement",
    "decided",
    "due",
    "expected",
    "going",
    "hope",
    "hopes",
    "intend",
    "intends",
    "plan",
    "planned",
    "plans",
    "pledged",
    "poised",
    "prepared",
    "promised",
    "ready",
    "scheduled",
    "set",
    "slated",
    "vowed",
    "want",
    "wants",
    "willing",
}

#: Verbs a headline puts ahead with a bare "to" ("Apple to unveil new iPhone on Tuesday", "Heat wave
#: to grip Midwest through the weekend"), besides the event types' verbs (:data:`HEADLINE_TO_VERBS`
#: reads those at run time). Headline grammar drops "is": "X to do" is "X is to do".
HEADLINE_TO_EXTRA_VERBS: set[str] = {
    *("begin", "bring", "build", "close", "end", "expand", "face", "get", "go", "grip", "hit", "join"),
    *("leave", "lift", "make", "move", "open", "reopen", "resume", "return", "seek", "start", "stay"),
    *("become", "boost", "hike", "lower", "replace", "scrap", "spend", "testify", "decide", "rule"),
}
#: Words before "to" that make a headline's "to" no plan: "Apple fails to meet targets".
HEADLINE_TO_BLOCKERS: set[str] = {
    *("fails", "failed", "refuses", "refused", "tries", "tried", "used", "seems", "seemed", "appears"),
    *("managed", "manages", "helped", "helps", "returns", "returned", "back", "how", "what", "where"),
}

#: Verbs that, in the present tense of a news report, announce a scheduled event: "the two leaders
#: meet Monday", "the trial opens Tuesday", "the Senate votes Friday" all lie ahead. Only forms that are
#: rarely nouns are listed ("start", "return" and "visit" are not), and a headline, where the present
#: tense reports the past, does not count.
SCHEDULE_VERBS: set[str] = {
    "airs",
    "arrive",
    "arrives",
    "begin",
    "begins",
    "close",
    "closes",
    "convene",
    "convenes",
    "depart",
    "departs",
    "ends",
    "expire",
    "expires",
    "face",
    "faces",
    "flies",
    "host",
    "hosts",
    "kicks",
    "launches",
    "leaves",
    "meet",
    "meets",
    "open",
    "opens",
    "plays",
    "reconvene",
    "reconvenes",
    "resume",
    "resumes",
    "runs",
    "start",
    "starts",
    "testifies",
    "travels",
    "visits",
    "reopen",
    "reopens",
    "play",
}

#: The same kind of verbs in the progressive, which after "is"/"are" tells an arrangement ahead: "the
#: president is flying to Tokyo on Sunday", "the team is playing Saturday".
SCHEDULE_PROGRESSIVES: set[str] = {
    "arriving",
    "beginning",
    "coming",
    "convening",
    "departing",
    "flying",
    "heading",
    "holding",
    "hosting",
    "launching",
    "leaving",
    "meeting",
    "opening",
    "playing",
    "resuming",
    "returning",
    "starting",
    "testifying",
    "traveling",
    "travelling",
    "visiting",
    "voting",
}

#: Nouns a quarter or a half names the period of ("third-quarter results", "the first half profit"):
#: the tense of the sentence is the report's, not the period's.
RESULT_NOUNS: set[str] = {
    "earnings",
    "figures",
    "income",
    "loss",
    "losses",
    "net",
    "profit",
    "profits",
    "report",
    "results",
    "revenue",
    "revenues",
    "sales",
}

#: Modal verbs that look ahead unless "have" follows ("may rule on Friday", but "may have been"); "could"
#: and "can" not when "not" follows either ("could not be reached Friday").
FUTURE_MODALS: set[str] = {"could", "can", "may", "might", "should"}

#: Participles that look ahead after a form of "be" ("storms were forecast for Wednesday", "the
#: deal is projected to close"), while "the IMF forecast on Tuesday that …" dates the forecast.
FORECAST_PARTICIPLES: set[str] = {"forecast", "forecasted", "predicted", "projected"}

#: Words before a schedule verb that make it no verb of its own ("to meet", "will begin", "the meet",
#: "the office is open", "had come close to agreeing": "close" the adjective).
SCHEDULE_VERB_BLOCKERS: set[str] = {
    "a",
    "an",
    "and",
    "are",
    "be",
    "been",
    "can",
    "could",
    "did",
    "do",
    "does",
    "her",
    "his",
    "is",
    "its",
    "might",
    "must",
    "my",
    "not",
    "our",
    "remain",
    "remains",
    "should",
    "stay",
    "stays",
    "the",
    "their",
    "to",
    "was",
    "were",
    "would",
    "your",
    "came",
    "come",
    "comes",
    "coming",
    "drew",
    "so",
    "too",
    "very",
    "as",
}

#: Past verbs that tell how long something lasted: before "until", the day is past ("a cordon remained
#: in place until Sunday"), where "postponed until Tuesday" puts it ahead.
LASTED_VERBS: set[str] = {
    *("remained", "stayed", "lasted", "continued", "persisted", "lingered", "waited", "worked", "lived"),
    *("served", "ruled", "reigned", "held", "kept", "sat", "stood", "slept", "hid", "camped", "queued"),
}

#: Words before a date that make it a deadline ahead ("until Tuesday"), or the start of what lies
#: ahead ("mourning starting Monday", "effective July 1"): the date has no tense of its own.
DEADLINE_WORDS: set[str] = {
    "before",
    "beginning",
    "by",
    "effective",
    "starting",
    "through",
    "till",
    "until",
}

#: Deadline words that put a month or a month-day without a year ahead ("by August", "until March 3");
#: "through August" ends a stretch that is as often behind as ahead.
AHEAD_DEADLINE_WORDS: set[str] = {"by", "until", "till", "starting", "beginning", "effective"}

#: Words before "last" that make it the verb, not "the last": "the truce will last 72 hours", "is
#: expected to last two days", "does not last a week" (modal verbs count as well).
LAST_VERB_BEFORE: set[str] = {
    "did",
    "do",
    "does",
    "generally",
    "never",
    "normally",
    "not",
    "often",
    "only",
    "rarely",
    "seldom",
    "to",
    "typically",
    "usually",
}

#: Modal verbs: "one day" after one is some day ahead ("will one day be").
MODALS: set[str] = {"will", "would", "could", "can", "may", "might", "shall", "should", "must"}

#: Reporting verbs: after a comma they attribute, they do not date the event ("…on Tuesday, he said").
ATTRIBUTION_VERBS: set[str] = {
    "added",
    "announced",
    "explained",
    "noted",
    "reported",
    "said",
    "stated",
    "told",
    "wrote",
}

#: Words before a participle that leave it without tense ("to be held", "is scheduled").
NEUTRAL_AUXILIARIES: set[str] = {
    "am",
    "are",
    "be",
    "being",
    "get",
    "gets",
    "is",
    "to",
}
