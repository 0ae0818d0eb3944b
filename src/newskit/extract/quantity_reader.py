"""Quantities — numbers in digits and words, money, percentages, rates, multipliers.

:func:`find_quantities` is the pure core: it reads one stretch of text and returns the quantities in
it, leaving out numbers that lie inside a time expression (years, days of the month, clock times).
The vocabulary (number words, scales, currencies, units, rates, hedges) is data in
:mod:`newskit.data.quantity_words`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Final

import attrs

from newskit.data import lexicon
from newskit.data import quantity_words as words
from newskit.extract._lastread import LastRead
from newskit.extract.names import gazetteer
from newskit.models import Article, Digest, Quantity
from newskit.text.casefold import Twin, finditer, lower_case_twin, lowered

__all__ = ["add_quantities", "find_quantities", "parse_number"]

_MONTHS: Final = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_AFTER_MONTH: Final = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:,|and|to|-|–|through)\s*)*\Z", re.IGNORECASE
)
_BEFORE_MONTH: Final = re.compile(
    rf"\A(?:st|nd|rd|th)?\s*(?:-|–|and|to)?\s*(?:\d{{1,2}}\s+)?(?:of\s+)?(?:{_MONTHS})\b", re.I
)
_CLOCK: Final = re.compile(
    r"\A(?::\d\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|o'clock|hours\b|hrs\b))", re.IGNORECASE
)
_NUMBER_SIGN: Final = re.compile(r"(?:\bNo\.|\bnumber|#)\s*\Z", re.IGNORECASE)
_NUMBER_SIGN_ENDS: Final = frozenset({"#", ".", "r", "R"})  # the last characters of "#", "No.", "number"
_TIEBREAK: Final = re.compile(r"\d[-–]\d+\(\Z")  # "7-6(3)": a tie-break's points, part of the score
_CAPITALISED_BEFORE: Final = re.compile(r"(?<![\w-])[A-Z][\w-]*\s\Z")
_OPENERS: Final = {
    *("only", "just", "nearly", "almost", "about", "some", "over", "with", "of", "to", "from", "in", "on"),
    *("between", "around", "roughly", "under", "at", "by", "for", "after", "since", "until", "among", "all"),
}
_DIGITS: Final = r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,12})?|\d{1,18}(?:\.\d{1,12})?"
_DIGITS_PATTERN: Final = re.compile(_DIGITS)
_WORD_GAP: Final = re.compile(r"[\s-]+")  # between the words of a number or a scale ("twenty-five", "million")


def _alternation(items: Iterable[str]) -> str:
    """A regex alternation of literal strings, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(set(items), key=lambda s: (-len(s), s)))


def _first_words(literals: Iterable[str]) -> str:
    """A look-ahead that a quantity can start here: a digit, a symbol, or the first letters of one
    of the words a quantity starts with.

    The full pattern tries dozens of word lists at every word of the text; this check, grouped by
    first letter, turns most words away at once (the look-ahead only ever rejects positions where
    the full pattern could not match, so what is found is the same). A word followed in the list by
    a non-letter ("at least", "US$") must be the whole word ("at", "us"); other words need their
    first three letters ("twe" for "twenty", and for "twentyfold" too).

    The pattern is matched ignoring case, so "AED" and "about" share the branch of "a": the
    look-ahead tries one branch per letter, not one per letter and case, at every word.
    """
    symbols: set[str] = set()
    by_letter: dict[str, set[str]] = {}
    for literal in literals:
        run = _LETTERS.match(literal).group()  # type: ignore[union-attr]  # matches the empty string
        if not run:
            symbols.add(re.escape(literal[0]))
            continue
        whole_word = run != literal and len(run) < 3
        rest = re.escape(run[1:]) + r"(?![^\W\d_])" if whole_word else re.escape(run[1:3])
        first = run[0].lower() if run[0].lower().isascii() else run[0]
        by_letter.setdefault(first, set()).add(rest)
    words = "|".join(
        f"{re.escape(first)}(?:{'|'.join(sorted(rests, key=lambda r: (-len(r), r)))})"
        for first, rests in sorted(by_letter.items())
    )
    return rf"(?=\s?(?:\d|[{''.join(sorted(symbols))}]|{words}))"


_LETTERS: Final = re.compile(r"[^\W\d_]*")


@functools.lru_cache(maxsize=8)
def _pattern(key: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    (
        number_words,
        scales,
        abbreviations,
        vague,
        symbols,
        currency_words,
        codes,
        units,
        tight,
        rates,
        items,
        multipliers,
        hedges,
    ) = key
    # every word a quantity can start with; "a" and "an" start "a dozen", "an estimated"
    firsts = [*hedges, *multipliers, "tens", "hundreds", *vague, *codes, *symbols, *number_words, "a ", "an "]
    starts = _first_words(firsts)
    first, word = _alternation(number_words), _alternation([*number_words, *scales])
    joiner = r"(?:(?:(?<=hundred)|(?<=thousand))\s+and\s+|[\s-]+)"
    word_number = rf"(?:{first})(?:{joiner}(?:{word}))*"
    scale = rf"(?:[\s-]+(?:{_alternation(scales)}))*"
    abbreviation = rf"(?:{_alternation(abbreviations)})"
    currency_after = rf"(?:{_alternation(currency_words)}|{_alternation(codes)})"
    rate = rf"(?:\s+(?:a|an|per|each|every)\s+(?:{_alternation(rates)})|\s+(?:annually|yearly|monthly|weekly|daily))"
    per_item = rf"\s+(?:a|an|per|each)\s+(?P<item>{_alternation(items)})"
    return re.compile(
        rf"""
        (?<![\w$£€¥₹.,:/-])
        {starts}
        (?P<hedge>(?:{_alternation(hedges)})\s+)?
        (?:
            (?P<mult>{_alternation(multipliers)})(?:\s+as\s+(?:much|many|large|high|big|long|often))?(?!\w)
          |
            (?P<vague>(?:(?:tens|hundreds)\s+of\s+)?(?:{_alternation(vague)}))
            (?:\s+of\s+(?P<vague_cur>{currency_after})(?!\w))?(?!\w)
          |
            (?:(?P<code_before>{_alternation(codes)})\s?)?
            (?P<symbol>{_alternation(symbols)})?\s?
            (?P<number>{_DIGITS}|{word_number}|an?\s+(?:{_alternation([*scales, "dozen"])}))
            (?:
                (?P<abbr>{abbreviation})(?![\w])
              | (?P<tight>{_alternation(tight)})(?![\w/])
              | (?P<scale>{scale})(?!\w)(?!-(?!fold\b))
            )
            (?P<currency>\s+{currency_after}(?!\w))?
            (?P<unit>\s*%|\s+(?:{_alternation(units)})(?!\w))?
            (?P<times>\s+times\b|-fold\b)?
        )
        (?P<rate>{rate}(?!\w)(?!\s+(?:earlier|ago|before|after|later|previously)\b)|{per_item}(?![\w-]))?
        """,
        re.IGNORECASE | re.VERBOSE,
    )


_Patterns = tuple[re.Pattern[str], Twin | None]  # the pattern and its lower-case twin
_PATTERNS: Final[LastRead[tuple[tuple[str, ...], ...], _Patterns]] = LastRead()  # for the word lists read last


def _with_twin(pattern: re.Pattern[str]) -> _Patterns:
    return pattern, lower_case_twin(pattern)


def _current_pattern() -> _Patterns:
    """:func:`_pattern` for the word lists as they stand now (they can be extended or replaced between calls),
    with its lower-case twin (:mod:`newskit.text.casefold`).

    The lists are read at every call, but compared, as they are, with the lists read last time before they
    are sorted into the cache key: unchanged, they hold the same strings in the same order, and comparing
    them costs much less than sorting them again and hashing the key.
    """
    lists = (
        words.NUMBER_WORDS,
        words.SCALES,
        words.SCALE_ABBREVIATIONS,
        words.VAGUE_SCALES,
        words.CURRENCY_SYMBOLS,
        words.SHARED_SYMBOLS,
        words.CURRENCY_WORDS,
        words.CURRENCY_CODES,
        words.UNITS,
        words.TIGHT_UNITS,
        words.RATE_WORDS,
        words.PER_ITEM_WORDS,
        words.MULTIPLIER_WORDS,
        words.APPROXIMATORS,
    )
    return _PATTERNS.get(tuple(map(tuple, lists)), lambda: _with_twin(_pattern(_key())))


def _key() -> tuple[tuple[str, ...], ...]:
    units = [u for u in words.UNITS if u != "%"]
    return (
        tuple(sorted(words.NUMBER_WORDS)),
        tuple(sorted(words.SCALES)),
        tuple(sorted(words.SCALE_ABBREVIATIONS)),
        tuple(sorted(words.VAGUE_SCALES)),
        tuple(sorted({*words.CURRENCY_SYMBOLS, *words.SHARED_SYMBOLS})),
        tuple(sorted(words.CURRENCY_WORDS)),
        tuple(sorted(words.CURRENCY_CODES)),
        tuple(sorted(units)),
        tuple(sorted(words.TIGHT_UNITS)),
        tuple(sorted(words.RATE_WORDS)),
        tuple(sorted(words.PER_ITEM_WORDS)),
        tuple(sorted(words.MULTIPLIER_WORDS)),
        tuple(sorted(words.APPROXIMATORS)),
    )


def _whole(value: float) -> float | int:
    return int(value) if value == int(value) and abs(value) < 1e18 else value


def _scaled(value: float, factor: float) -> float | int:
    """``value * factor`` as the decimal numbers they are written as: "$4.1 billion" is 4100000000,
    not the 4099999999.9999995 binary floating point makes of it."""
    return _whole(float(Decimal(repr(value)) * Decimal(repr(factor))))


def parse_number(phrase: str) -> float | int | None:
    """The value of a number written in digits or words ("3,000", "1.5", "twenty-five", "a dozen")."""
    phrase = phrase.strip().lower()
    if _DIGITS_PATTERN.fullmatch(phrase):
        return _whole(float(phrase.replace(",", "")))
    total = current = 0.0
    seen = False
    for token in _WORD_GAP.split(phrase):
        if token in {"and", ""}:
            continue
        if token in {"a", "an"}:
            current = max(current, 1.0)
            continue
        if token == "dozen":
            current = max(current, 1.0) * 12
        elif token in words.NUMBER_WORDS:
            current += words.NUMBER_WORDS[token]
        elif token == "hundred":
            current = max(current, 1.0) * 100
        elif token in words.SCALES:
            total += max(current, 1.0) * words.SCALES[token]
            current = 0.0
        else:
            return None
        seen = True
    return _whole(total + current) if seen else None


def _currency(
    symbol: str | None, after: str | None, before: str | None, shared: Mapping[str, str] | None = None
) -> str | None:
    """The ISO code of a symbol before the number, or a currency word or code around it; a symbol several
    currencies share is read from ``shared``, what it stands for in this article (:class:`_SharedSymbols`)."""
    if symbol:
        code = next((c for s, c in words.CURRENCY_SYMBOLS.items() if s.lower() == symbol.lower()), None)
        if code is None and shared:
            code = shared.get(symbol.lower())
        if code is not None:
            return code
    for found in (after, before):
        if found:
            name = " ".join(found.split()).lower()
            if name.upper() in words.CURRENCY_CODES:
                return name.upper()
            if name in words.CURRENCY_WORDS:
                return words.CURRENCY_WORDS[name]
    return None


def _unit(found: str | None) -> str | None:
    if not found:
        return None
    name = " ".join(found.split()).lower()
    return words.UNITS.get(name)


def _per_item(found: str | None) -> str | None:
    if not found:
        return None
    return words.PER_ITEM_WORDS.get(" ".join(found.split()).lower())


def _rate(found: str | None) -> str | None:
    if not found:
        return None
    last = found.split()[-1].lower()
    return words.RATE_WORDS.get(last)


_DIGIT_GROUP_BEFORE: Final = re.compile(r"(?<![\w/])\d{3,}[ \t]\Z")
_DIGIT_GROUP_AFTER: Final = re.compile(r"[ \t]\d{3}(?![\w/])")


def _is_identifier(digits: str, before: str, after: str) -> bool:
    """Whether bare digits are a phone or reference number: a leading zero ("0800"), eight digits or
    more in one run, or a group of a number written in groups of digits ("0800 555 111")."""
    if (digits[0] == "0" and len(digits) >= 3) or len(digits) >= 8:
        return True
    return bool(_DIGIT_GROUP_BEFORE.search(before)) or bool(_DIGIT_GROUP_AFTER.match(after))


def _is_date_or_label(text: str, start: int, end: int, groups: dict[str, str | None]) -> bool:
    """Whether a bare number is part of a date, a clock time, a year or a name ("Boeing 747");
    ``groups`` are the match's groups by name."""
    number = groups["number"] or ""
    before, after = text[max(0, start - 40) : start], text[end : end + 20]
    # the searches anchored at the end of ``before`` are run only where its last character allows a match
    tail = before.rstrip()[-1:]
    if (
        _CLOCK.match(after)
        or (tail in _NUMBER_SIGN_ENDS and _NUMBER_SIGN.search(before))
        or (before.endswith("(") and _TIEBREAK.search(before))
    ):
        return True
    digits = number.replace(",", "")
    if not digits.isdigit():
        return False
    if int(digits) <= 31 and (_AFTER_MONTH.search(before) or _BEFORE_MONTH.match(after)):
        return True
    bare = not any(groups[g] for g in ("symbol", "code_before", "abbr", "currency", "unit", "times", "rate"))
    scaled = bool((groups["scale"] or "").strip())
    if bare and not scaled and len(digits) == 4 and "," not in number and 1000 <= int(digits) <= 2199:
        return True  # a year
    if bare and not scaled and "," not in number and _is_identifier(digits, before, after):
        return True  # "call 0800 555 111", "crime reference 13230587211": a number that names, not counts
    label = _CAPITALISED_BEFORE.search(before)
    if not bare or scaled or "," in number or label is None:
        return False
    opener = label.group().strip()
    return opener not in lexicon.SENTENCE_OPENERS and opener.lower() not in _OPENERS


def find_quantities(
    text: str, start: int = 0, end: int | None = None, *, blocked: Sequence[tuple[int, int]] = ()
) -> list[Quantity]:
    """The quantities in ``text[start:end]``, in text order.

    :param text: the whole input (offsets index into it).
    :param start, end: the stretch to read (a sentence).
    :param blocked: spans already read as something else (time expressions): a number inside one
        of them is not a quantity.
    """
    return _find(text, start, len(text) if end is None else end, _Blocked(blocked), _current_pattern())


class _Blocked:
    """Spans where no quantity is read, sorted, answering "does any overlap this?" by bisection:
    an article with thousands of times and numbers must not compare every pair."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, end in self.spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps ``[start, end)``."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.reach[i] > start


def _find(
    text: str,
    start: int,
    end: int,
    blocked: _Blocked,
    patterns: _Patterns,
    shared: Mapping[str, str] | None = None,
) -> list[Quantity]:
    """:func:`find_quantities` with the blocked spans indexed and the pattern built once per article;
    ``shared`` says what shared currency symbols stand for here."""
    out: list[Quantity] = []
    factors: list[float | None] = []  # each quantity's scale ("3 million": 1e6), None for a bare number
    pattern, twin = patterns
    for match in finditer(pattern, twin, text, start, end, lowered(text, start, end)):
        q_start, q_end = match.start(), match.end()
        g = match.groupdict()  # the groups read once: most are asked for several times
        number = g["number"]
        if g["hedge"] and not (number or g["vague"]):
            q_start = match.start("mult")
        core = match.span("number") if number else (q_start, q_end)
        if blocked.overlaps(core[0], core[1]):
            continue
        if number:
            if _is_date_or_label(text, core[0], core[1], g):
                continue
            qualified = any(g[name] for name in ("symbol", "code_before", "abbr", "currency", "unit", "times"))
            if number.lower() == "one" and not qualified and not (g["scale"] or "").strip():
                continue  # "one of them", "the new one": a pronoun more often than a count
            value = parse_number(number)
            if value is None:
                continue
            factor: float = 1.0
            scale_text = (g["scale"] or "").strip().lower()
            for part in _WORD_GAP.split(scale_text):
                if part in words.SCALES:
                    factor = _scaled(factor, words.SCALES[part])
            abbr = g["abbr"]
            if abbr:
                if not (g["symbol"] or g["code_before"] or g["currency"]):
                    continue  # "40m" without a currency is a length, not forty million
                factor = _scaled(factor, words.SCALE_ABBREVIATIONS[abbr.lower()])
            value = _scaled(value, factor)
            bare = not qualified and not scale_text and not abbr
            if " ".join((g["currency"] or "").split()).lower() in words.MINOR_CURRENCY_WORDS:
                value = _scaled(value, 0.01)  # "55 cents" is 0.55 of a dollar
            unit = _currency(g["symbol"], g["currency"], g["code_before"], shared)
            pounds = (g["currency"] or "").lstrip().lower().startswith("pound") and not g["symbol"]
            if pounds and _is_weight(text, start, q_start, q_end, factor):
                unit = "lb"
            unit = unit or _unit(g["unit"]) or _unit(g["tight"]) or ("times" if g["times"] else None)
            if unit is None and not scale_text.endswith("of"):
                counted = _counted(text, q_end, end)
                if counted is not None:
                    unit, q_end = counted  # "284 passengers", "38 homes": what is counted
        elif g["mult"]:
            value = words.MULTIPLIER_WORDS.get(g["mult"].lower())
            unit = "times"
            factor, bare = 1.0, False
        else:
            value = None
            unit = _currency(None, g["vague_cur"], None)
            factor, bare = 1.0, False
        q_end = q_start + len(text[q_start:q_end].rstrip())  # the match only, not all the text before it
        out.append(
            Quantity(
                start=q_start,
                end=q_end,
                text=text[q_start:q_end],
                value=value,
                unit=unit,
                per=None if g["item"] else _rate(g["rate"]),
                per_item=_per_item(g["item"]),
            )
        )
        factors.append(None if bare else factor)
    return _share_in_ranges(text, out, factors)


#: A noun in the plural right after a bare number: what the number counts.
_COUNTED_NOUN: Final = re.compile(r"[ \t]+([a-z][a-z-]*[a-z]s)\b(?![-'’])")
_NOT_COUNTED: Final = frozenset(
    {"times", "percent", "cents", "pence", "others", "plus", "minus", "less", "was", "has", "is"}
)


def _counted(text: str, q_end: int, end: int) -> tuple[str, int] | None:
    """The thing a bare number counts, named right after it in the plural ("284 passengers" →
    ``passenger``, "31 casualties" → ``casualty``), and where the noun ends; None when no frequent
    noun follows (time units are the times reader's, "20 times" and "others" count nothing)."""
    m = _COUNTED_NOUN.match(text, q_end, end)
    if m is None:
        return None
    plural = m.group(1)
    if plural in _NOT_COUNTED or plural in words.TIME_UNIT_WORDS:
        return None
    singular = _singular(plural)
    if len(singular) < 3 or singular not in gazetteer().common_words:
        return None  # "gas", "news": no plural of a word the list knows
    return singular, m.end()


def _singular(plural: str) -> str:
    """A plural's singular: the first of its possible forms the word list knows ("cases" → case,
    "buses" → bus, "casualties" → casualty)."""
    forms = [plural[:-3] + "y"] if plural.endswith("ies") and len(plural) > 4 else []
    forms += [plural[:-3] + "fe", plural[:-3] + "f"] if plural.endswith("ves") else []  # "lives", "halves"
    forms += [plural[:-1], plural[:-2]] if plural.endswith("es") else [plural[:-1]]
    common = gazetteer().common_words
    return next((form for form in forms if form in common), forms[0])


_WEIGHED: Final = re.compile(r"\bweigh(?:s|ed|ing)?\b", re.IGNORECASE)
#: a body's weight changing, right before the amount: "lost 20 pounds", "put on 15 pounds"
_WEIGHT_CHANGE: Final = re.compile(
    r"\b(?:los[et]|losing|gain(?:s|ed|ing)?|shed(?:s|ding)?|put(?:s|ting)?\s+on|dropp(?:ed|ing))\s+(?:about\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?\Z",
    re.IGNORECASE,
)
_OF_MATTER: Final = re.compile(r"\s+of\s+(?!the\b|its\b|their\b|his\b|her\b|our\b|this\b|that\b)[a-z]", re.IGNORECASE)


def _is_weight(text: str, start: int, q_start: int, q_end: int, factor: float) -> bool:
    """Whether "pounds" written without "£" is a weight: "weighs 150 pounds", and without a scale
    "lost 20 pounds", "20 pounds of cocaine"; "fined 500 pounds" and "lost 5 million pounds" stay money."""
    before = max(start, q_start - 40)
    if _WEIGHED.search(text, before, q_start) is not None:
        return True
    return factor == 1 and (
        _WEIGHT_CHANGE.search(text[before:q_start]) is not None or _OF_MATTER.match(text, q_end) is not None
    )


_RANGE_GAP: Final = re.compile(r"\s*(?:to|and|or|-|–)\s*", re.IGNORECASE)


def _share_in_ranges(text: str, found: list[Quantity], factors: list[float | None]) -> list[Quantity]:
    """The two ends of a range share what is written once, after the second: "10 to 15 people",
    "2 to 3 million" (2000000), "$7.80 to $8.10 per share"."""
    for i in range(len(found) - 1):
        first, second, scale = found[i], found[i + 1], factors[i + 1]
        if _RANGE_GAP.fullmatch(text, first.end, second.start) is None:
            continue
        if factors[i] is None and scale is not None and first.value is not None:
            found[i] = attrs.evolve(
                first,
                value=_scaled(first.value, scale),
                unit=second.unit,
                per=second.per,
                per_item=second.per_item,
            )
        elif first.unit == second.unit and first.per is None and first.per_item is None:
            found[i] = attrs.evolve(first, per=second.per, per_item=second.per_item)
    return found


def _article_quantities(digest: Digest, article: Article) -> tuple[Quantity, ...]:
    blocked = _Blocked((t.start, t.end) for t in article.times)
    patterns = _current_pattern()
    shared = _SharedSymbols(digest.text[article.start : article.end])
    found: list[Quantity] = []
    for sentence in article.sentences:
        found.extend(_find(digest.text, sentence.start, sentence.end, blocked, patterns, shared))
    return tuple(found)


_CAPITALISED: Final = re.compile(r"[A-Z][a-z]+")


class _SharedSymbols(Mapping[str, str]):
    """What each shared symbol stands for in one article's text (lower case → ISO code): the currency
    of the country the text names most, by name, demonym or a place in it ("India", "Indian",
    "Kolkata"); none on a tie or when it names none of them. Worked out the first time a shared
    symbol is met: most articles have none."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._codes: dict[str, str] | None = None

    def _read(self) -> dict[str, str]:
        if self._codes is None:
            gz = gazetteer()
            capitalised = _CAPITALISED.findall(self.text)
            names = [*capitalised, *(" ".join(pair) for pair in itertools.pairwise(capitalised))]  # "Sri Lanka"
            # a country by its name or demonym, or by a place in it ("Kolkata", "West Bengal": India)
            countries = Counter(
                gz.countries.get(name) or gz.demonyms.get(name) or gz.place_countries.get(name) for name in names
            )
            self._codes = {}
            for symbol, by_country in words.SHARED_SYMBOLS.items():
                ranked = Counter({c: n for c, n in countries.items() if c in by_country}).most_common(2)
                if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                    self._codes[symbol.lower()] = by_country[ranked[0][0]]
        return self._codes

    def __getitem__(self, symbol: str) -> str:
        return self._read()[symbol]

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


def add_quantities(digest: Digest) -> Digest:
    """The digest with the quantities of every article."""
    articles = [attrs.evolve(a, quantities=_article_quantities(digest, a)) for a in digest.articles]
    return attrs.evolve(digest, articles=articles)
