"""What normalising a time expression needs: the draft being built, the article's state (the
reference date, the last date mentioned, the tense of the sentence), and calendar resolution:
which year a month-day falls in, which date a weekday means.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Collection
from typing import Final

import attrs

from newskit.data import timewords as tw
from newskit.extract.timex.calendar import Unit
from newskit.models import Span, TimeType

__all__ = [
    "GAP_LINK",
    "SPACE",
    "TENSE_REACH_DAYS",
    "TOKEN",
    "UNIT_GRAN",
    "Check",
    "Draft",
    "Handler",
    "State",
    "day_number",
    "is_name_after",
    "mod_of",
    "month_number",
    "pick_date",
    "pick_month_year",
    "pin_weekday",
    "spoken_year",
    "two_digit_year",
    "unit_draft",
    "valid",
    "weekday_date",
    "weekday_number",
]

_MODS: Final = {
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
UNIT_GRAN: Final = {"day": "D", "week": "W", "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q"}
UNIT_GRAN.update({"year": "Y", "decade": "DE", "century": "CE", "season": "SE"})
_WORD: Final = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
SPACE: Final = re.compile(r"\s+")
TOKEN: Final = re.compile(r"[a-z0-9]+")
# possessive: a shorter run of letters or digits could not end the text either, and is not tried
_PREV_WORD: Final = re.compile(r"([A-Za-z]++\.?|\d[\d,.]*+|[$£€#(])\W{0,3}$")
_NEXT_WORD: Final = re.compile(r"^\W{0,3}?([A-Za-z]+|\d+)")
_SPACED_WORD: Final = re.compile(r"\s+([A-Za-z]+)\b")


@functools.cache
def _headline_to_verbs() -> frozenset[str]:
    """The verbs a headline's "to" puts ahead: the event types' verbs and a few more
    (:data:`~newskit.data.timewords.HEADLINE_TO_EXTRA_VERBS`)."""
    from newskit.data.event_types import EVENT_TYPES  # the event taxonomy, read once it is needed

    return frozenset(
        {phrase.split()[0] for event_type in EVENT_TYPES.values() for phrase in event_type.verbs}
        | tw.HEADLINE_TO_EXTRA_VERBS
    )


GAP_LINK: Final = re.compile(
    r"\s*(?:,\s*)?(?:[-–—]|to|through|thru|until|till|and|or|&|,)?\s*(?:and\s+)?$", re.IGNORECASE
)
_SETTLED_PAST: Final = re.compile(
    r"(?:\bsince\s+(?:(?:shortly|just|soon|right|immediately)\s+)?(?:(?:after|before)\s+)?(?:the\s+)?"
    r"|\bended\s+(?:on\s+)?)(?:(?:early|late|mid)[\s-]+)?$",
    re.IGNORECASE,
)
_PAST_PERFECT: Final = re.compile(
    r"\bhad\s+(?:(?:not|never|already|still|yet|just)\s+)?(?:been|[a-z]+ed|[a-z]+en|spread|put|cut|set|hit|"
    r"lost|left|sent|spent|built|fled|held|kept|made|met|paid|said|sold|told|won|begun|gone|done|run|come|become)\b",
    re.IGNORECASE,
)
#: How far (days, months) the tense may push a month-day or a month away from the nearest one. A
#: month next to the reference month stays where it is: "said ... in November" written late in
#: October is the coming November (last year's would be "last November"), not one eleven months back.
TENSE_REACH_DAYS: Final = 200
_TENSE_REACH_MONTHS: Final = 10
#: How close (characters) a verb must stand before "on"/"in" and the date to govern it whatever the reach.
_GOVERNING_REACH: Final = 15
_HAVE: Final = re.compile(r"\s+(?:not\s+)?have\b", re.IGNORECASE)
_AFTER_COLON: Final = re.compile(r":\s*\Z")
_UP_NEXT: Final = re.compile(r"^\s*(?:UP NEXT|Up next|Up Next)\b", re.MULTILINE)
_FIXTURE: Final = re.compile(r"[A-Z][\w.'’ -]{0,40}:\s")
_BE_FORMS: Final = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: "for <a few words> to" right before a verb, after a word that opens the way to what follows or
#: calls for it ("clearing the way for jury selection to begin", "called for talks to resume"); not
#: "made it difficult for Sun to meet demand", which tells of the past.
_FOR_TO: Final = re.compile(
    r"\b(?:way|stage|path|ground|door|calls?|called|calling|wait(?:ed|ing)?|push(?:ed|ing)?|press(?:ed|ing)?|"
    r"arrangements?|plans?|ready)\s+for\s+(?:[\w'’-]+\s+){1,4}to\s+$",
    re.IGNORECASE,
)
_NOT: Final = re.compile(r"\s+(?:not\b|never\b|(?:not\s+)?have\b)", re.IGNORECASE)
_COPULA_BEFORE: Final = re.compile(r"\b(?:is|are)\s+(?:on\s+)?$", re.IGNORECASE)
_DENIED: Final = re.compile(r"\b(?:not|never|neither|nor|no\s+one|nobody|nothing)\b|n't\b", re.IGNORECASE)
_CLAUSE_OPENER: Final = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.IGNORECASE)
_LOWER_WORD: Final = re.compile(r"\b[a-z]{4,}\b")
_LOWER_WORDS: Final = re.compile(r"[a-z]+(?:-[a-z]+)?")
_TAKES_PLACE: Final = re.compile(r"\s+(?:place|effect)\b", re.IGNORECASE)
_COMES_INTO: Final = re.compile(r"\s+into\s+(?:force|effect)\b", re.IGNORECASE)
#: What may stand between a reporting verb and the date of its telling: "on", or one or two words
#: of object ("reporters", "the BBC", "parliament on").
_ATTRIBUTION_OBJECT: Final = re.compile(r"\s+(?:(?:the\s+)?[A-Za-z]+\s+)?(?:on\s+)?")
_CLAUSE_BREAK: Final = re.compile(r"[,;:()\"“”]")
#: A hedge between a deadline word and its date: "until at least Wednesday", "by the end of".
_HEDGE: Final = re.compile(r"\s+at\s+(?:the\s+)?(?:least|latest|earliest)\s*$", re.IGNORECASE)


def _negated(word: str) -> bool:
    """Whether an -ed word is a negated participle, an adjective ("an unspecified date", "the
    unnamed buyer"), not a verb: "un-" and a participle, unless "un-" makes a verb of its own
    ("unveiled", "unloaded")."""
    return word.startswith("un") and not word.startswith("under") and word not in tw.UN_VERBS_PAST


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
    dayless: bool = False  # a clock time whose day is only the one the context gives


class State:
    """What normalising one article needs: the text, the reference date, the last date mentioned."""

    def __init__(self, text: str, reference: dt.date | None) -> None:
        self.text = text
        self.ref = reference
        self.last: Unit | None = None
        self.last_end = 0  # where the expression of ``last`` ends
        self.sentence_last: Unit | None = None
        self.topic: Unit | None = None
        self.sentence = Span(start=0, end=0, text="")
        self._markers: list[tuple[int, int, str]] | None = None
        self._marker_starts: list[int] = []
        self._headline: bool | None = None
        self.group = 0
        self.article = (0, 0)  # where the article's sentences start and end
        self._game: bool | None = None

    def tells_of_a_game(self) -> bool:
        """Whether the article reports a game: a word of play in it ("scored", "halftime", "striker"),
        so that "the first half" is the game's (read once an article)."""
        if self._game is None:
            words = set(_LOWER_WORDS.findall(self.text, *self.article))
            self._game = not words.isdisjoint(tw.MATCH_WORDS - tw.MATCH_WORDS_IN_A_SENTENCE_ONLY)
        return self._game

    def enter(self, sentence: Span) -> None:
        """Start a new sentence."""
        self.sentence = sentence
        self.sentence_last = None
        self._markers = None
        self._headline = None

    def _find_markers(self) -> list[tuple[int, int, str]]:
        """The words that give the sentence's verbs a tense, with where they are."""
        markers: list[tuple[int, int, str]] = []
        previous = ""
        perfect = False  # after "had" or "had been": a plan made in the past ("had been due to expire")
        ahead = {
            "to",
            "take",
            "takes",
            "come",
            "comes",
            *tw.FUTURE_MODALS,
            *tw.SCHEDULE_PROGRESSIVES,
            *tw.SCHEDULE_VERBS,
        }
        for m in _WORD.finditer(self.text, self.sentence.start, self.sentence.end):
            word = m.group().lower()
            if word == "may" and m.group()[0] == "M" and previous:
                previous = word  # "May" inside a sentence is the month, not the modal
                continue
            if perfect and (word in tw.FUTURE_MARKERS or (previous in tw.FUTURE_BEFORE_TO and word in ("to", "for"))):
                previous = word
                continue
            # "originally scheduled for Wednesday": a plan that was, which says nothing of the day's side
            perfect = word in ("had", "originally") or (perfect and word in ("been", "not", "already", "originally"))
            if previous in tw.FUTURE_BEFORE_TO and word in ("to", "for"):
                markers.append((m.start(), m.end(), "future"))  # "set to begin", "due to open"
            elif word in tw.FUTURE_MARKERS or (word in tw.FORECAST_PARTICIPLES and previous in _BE_FORMS):
                if markers and markers[-1][2] == "past" and previous in ("was", "were", "did"):
                    markers.pop()  # "were planning", "was expected": the auxiliary carries no past event
                if previous in ("was", "were") and word in tw.FUTURE_MARKERS:
                    # "the report was due in June", "a vote was expected Tuesday": a plan as it stood
                    # then, whose day may have come or not: no side, the nearer day
                    previous = word
                    continue
                markers.append((m.start(), m.end(), "future"))
            elif (word in ahead or word.endswith(("'ll", "’ll"))) and self._looks_ahead(m, word, previous):
                markers.append((m.start(), m.end(), "future"))
            elif (
                word in tw.PAST_MARKERS
                or (
                    len(word) > 4
                    and word.endswith("ed")
                    and word not in tw.NOT_PAST_PARTICIPLES
                    and not _negated(word)
                    and self.text[m.start() - 1 : m.start()] != "-"  # "relegation-threatened": an adjective
                )
            ) and previous not in tw.NEUTRAL_AUXILIARIES:
                # "to be held", "is scheduled": a participle after a present or bare auxiliary is no past
                markers.append((m.start(), m.end(), "past"))
            previous = word
        if not markers and _FIXTURE.match(self.sentence.text) and self._after_up_next():
            # "UP NEXT / Celtics: At Miami on Thursday.": an AP game story's list of the next games
            markers.append((self.sentence.start, self.sentence.start, "future"))
        return markers

    def _after_up_next(self) -> bool:
        """Whether an "UP NEXT" heading stands a few lines before the sentence."""
        return _UP_NEXT.search(self.text, max(0, self.sentence.start - 300), self.sentence.start) is not None

    def _looks_ahead(self, m: re.Match[str], word: str, previous: str) -> bool:
        """Whether a verb tells of a plan without a future auxiliary: a schedule in the present ("the
        two leaders meet Monday"), an arrangement in the progressive ("is flying to Tokyo on Sunday"),
        "is to arrive", or a modal of likelihood ("the court may rule Friday", not "may have")."""
        if word in tw.FUTURE_MODALS:
            # "could rule on Friday" looks ahead; "could not be reached Friday" and "may have been" do not
            if word in ("could", "can"):
                # "could" is also the past of "can", which news mostly uses denied: "could not be
                # reached", "neither he nor his wife could be located Wednesday"
                before = self.text[max(self.sentence.start, m.start() - 40) : m.start()]
                return _NOT.match(self.text, m.end()) is None and _DENIED.search(before) is None
            return _HAVE.match(self.text, m.end()) is None
        if word.endswith(("'ll", "’ll")):
            return True  # "I'll see you in the spring"
        if word in ("take", "takes"):
            # "takes place on Saturday", "the rules take effect on Thursday"
            return _TAKES_PLACE.match(self.text, m.end()) is not None and self.reported()
        if word in ("come", "comes"):
            return _COMES_INTO.match(self.text, m.end()) is not None and self.reported()  # "come into force"
        if word == "to":
            return previous in ("is", "are") or self._headline_plan(m.end(), previous)
        if word in tw.SCHEDULE_PROGRESSIVES:
            return previous in ("is", "are") and self.reported()
        possessed = previous.endswith(("'s", "’s"))  # "Friday's close": a noun
        if (
            m.group()[:1].isupper()
            and m.start() > self.sentence.start
            and not _AFTER_COLON.search(self.text, 0, m.start())
        ):
            return False  # "the Boss Open": a name's word inside the sentence (but "Bucks: Host Sacramento")
        if word in tw.SCHEDULE_VERBS and previous == "to" and _FOR_TO.search(self.text, self.sentence.start, m.start()):
            return True  # "clearing the way for jury selection to begin Monday": what is allowed lies ahead
        return (
            word in tw.SCHEDULE_VERBS
            and previous not in tw.SCHEDULE_VERB_BLOCKERS
            and not possessed
            and self.reported()
        )

    def _headline_plan(self, pos: int, previous: str) -> bool:
        """Whether the "to" ending at ``pos`` is a headline's "is to": "Apple to unveil new iPhone
        on Tuesday" (a verb follows, and the sentence is a headline)."""
        if previous in tw.HEADLINE_TO_BLOCKERS or self.reported():
            return False
        verb = _SPACED_WORD.match(self.text, pos, self.sentence.end)
        return verb is not None and verb.group(1).lower() in _headline_to_verbs()

    def reported(self) -> bool:
        """Whether the sentence is running text, not a headline: it ends with a full stop, a question
        or exclamation mark (or one inside a closing quote) and some longer word is in lower case
        ("Arsenal host Tottenham on Sunday." is running text; "Leaders Meet Monday in Oslo" is not)."""
        body = self.sentence.text.rstrip(" \t\n\"'”’)")
        return body[-1:] in (".", "!", "?") and _LOWER_WORD.search(body) is not None

    def _sentence_markers(self) -> list[tuple[int, int, str]]:
        """The sentence's tense markers (found once a sentence), with their starts for bisection."""
        if self._markers is None:
            self._markers = self._find_markers()
            self._marker_starts = [m[0] for m in self._markers]
        return self._markers

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
        if self.settled_past(start):
            return "past"
        if self.deadline_word(start) in tw.DEADLINE_WORDS:
            return "past" if self.past_perfect(start) else ""
        markers, i = self._sentence_markers(), bisect.bisect_left(self._marker_starts, start)
        best, best_distance = "", 1 << 60
        j = i - 1
        while j >= 0 and markers[j][1] > start:
            j -= 1  # a marker inside the expression itself
        if j >= 0:
            best, best_distance = markers[j][2], start - markers[j][1]
            if self._attributed(start):
                return best  # "told reporters Wednesday he would not run": the telling is dated
        k = bisect.bisect_left(self._marker_starts, end, lo=i)
        for m_start, m_end, tense in markers[k : k + 8]:
            if j >= 0 and _CLAUSE_OPENER.search(self.text, end, m_start):
                break  # "warnings on Thursday that strikes could …": that verb is another clause's
            if j >= 0 and self.text[m_start:m_end].lower() in tw.ATTRIBUTION_VERBS and "," in self.text[end:m_start]:
                # "... on Tuesday, Castro said": the attribution is no tense of the event; but a date
                # that opens the sentence ("In September, it announced") dates the verb that follows
                continue
            if j >= 0 and _CLAUSE_BREAK.search(self.text, end, m_start) and not self._broken(markers[j][1], start):
                break  # "wrote to the court on Tuesday, saying he would": the verb of the date's own clause
            if m_start - end + 1 < best_distance:
                best = tense
            break
        return best

    def _broken(self, start: int, end: int) -> bool:
        """Whether a clause break (a comma, a quotation mark, a bracket) stands in ``text[start:end]``."""
        return _CLAUSE_BREAK.search(self.text, start, end) is not None

    def _close_before(self, start: int) -> tuple[int, int, str] | None:
        """The tense marker ending a few characters before ``start`` with no clause break between
        ("was held on", "told reporters"), or None."""
        markers = self._sentence_markers()
        i = bisect.bisect_left(self._marker_starts, start) - 1
        while i >= 0 and markers[i][1] > start:
            i -= 1  # a marker inside the expression itself
        if i < 0:
            return None
        between = self.text[markers[i][1] : start]
        return markers[i] if len(between) <= _GOVERNING_REACH and not _CLAUSE_BREAK.search(between) else None

    def _attributed(self, start: int) -> bool:
        """Whether the date follows a reporting verb and at most its short object ("said Monday",
        "told reporters Wednesday"): the date is when the words were spoken."""
        marker = self._close_before(start)
        if marker is None:
            return False
        m_start, m_end, _ = marker
        return (
            self.text[m_start:m_end].lower() in tw.ATTRIBUTION_VERBS
            and _ATTRIBUTION_OBJECT.fullmatch(self.text, m_end, start) is not None
        )

    def tense_before(self, pos: int) -> str:
        """The tense of the last marker before ``pos`` in the sentence ("" when none): what a
        deadline hangs on ("will grip the Midwest through the weekend")."""
        markers = self._sentence_markers()
        k = bisect.bisect_left(self._marker_starts, pos)
        return markers[k - 1][2] if k else ""

    def tense_close_after(self, pos: int, reach: int = 40) -> str:
        """The tense of the first marker after ``pos`` when it stands within ``reach`` characters and
        no clause break comes between ("Tuesday's vote is expected"); "" otherwise."""
        markers = self._sentence_markers()
        k = bisect.bisect_left(self._marker_starts, pos)
        if k == len(markers) or markers[k][0] - pos > reach or self._broken(pos, markers[k][0]):
            return ""
        return markers[k][2]

    def tense_after(self, pos: int) -> str:
        """The tense of the first marker after ``pos`` in the sentence ("" when none)."""
        markers = self._sentence_markers()
        k = bisect.bisect_left(self._marker_starts, pos)
        return markers[k][2] if k < len(markers) else ""

    def governing_tense(self, start: int) -> str:
        """The tense of a verb that governs ``text[start:]`` at close range: "was held on", "will
        reopen in", "took place on". Such a verb outweighs how far away the date it puts lands."""
        if self.prev_word(start) not in ("on", "in"):
            return ""
        marker = self._close_before(start)
        return marker[2] if marker is not None else ""

    def settled_past(self, start: int) -> bool:
        """Whether what comes before ``start`` puts the date in the past whatever the verbs say:
        "since March", "since shortly after the Oct. 23 slaying", "the year ended March 31"."""
        return _SETTLED_PAST.search(self.text, max(self.sentence.start, start - 50), start) is not None

    def past_perfect(self, start: int) -> bool:
        """Whether a verb in the past perfect ("had filed", "had not called") stands near ``start``."""
        lo, hi = max(self.sentence.start, start - 60), min(self.sentence.end, start + 60)
        return _PAST_PERFECT.search(self.text, lo, hi) is not None

    def next_group(self) -> int:
        self.group += 1
        return self.group

    def prev_word(self, pos: int) -> str:
        """The word just before ``pos`` in the sentence, lower-cased ("" at the start)."""
        m = _PREV_WORD.search(self.text, max(self.sentence.start, pos - 30), pos)
        return m.group(1).lower() if m else ""

    def done_until(self, start: int) -> bool:
        """Whether a verb in the past that tells how long something lasted governs the deadline before
        ``start`` at close range: "a cordon remained in place until Sunday" is the Sunday past."""
        word = self.deadline_word_at(start)
        if word is None:
            return False
        marker = self._close_before(word.start())
        if marker is None or marker[2] != "past":
            return False
        # "remained in place until Sunday", "stayed until Friday"; but "postponed until Tuesday",
        # "extended its deadline until Tuesday" put the day ahead
        return self.text[marker[0] : marker[1]].lower() in tw.LASTED_VERBS

    def deadline_word_at(self, pos: int) -> re.Match[str] | None:
        """The match of the word before ``pos`` (:meth:`prev_word`'s), read past a hedge: in "until at
        least Wednesday" it is "until"."""
        hedge = _HEDGE.search(self.text, max(self.sentence.start, pos - 24), pos)
        before = hedge.start() if hedge else pos
        return _PREV_WORD.search(self.text, max(self.sentence.start, before - 30), before)

    def deadline_word(self, pos: int) -> str:
        """:meth:`deadline_word_at`'s word, lower-cased ("" at the start)."""
        m = self.deadline_word_at(pos)
        return m.group(1).lower() if m else ""

    def prev_word_raw(self, pos: int) -> str:
        m = _PREV_WORD.search(self.text, max(self.sentence.start, pos - 30), pos)
        return m.group(1) if m else ""

    def next_word(self, pos: int) -> str:
        """The word just after ``pos`` in the sentence, as written ("" at the end)."""
        m = _NEXT_WORD.search(self.text[pos : min(self.sentence.end, pos + 30)])
        return m.group(1) if m else ""

    def at_sentence_start(self, pos: int) -> bool:
        """Whether ``pos`` starts the sentence, a quotation or a clause after a colon or a dash."""
        before = self.text[max(self.sentence.start, pos - 40) : pos].rstrip(" \t\n\"'`“‘([")
        return (not before and pos - 40 <= self.sentence.start) or before[-1:] in tuple(".!?:;—_-\n")


#: A rule's normaliser: the drafts a match gives (none when it turns out not to be a time).
Handler = Callable[[re.Match[str], State], list[Draft]]
#: A rule's check: whether a match is a time at all ("may" the modal is not).
Check = Callable[[re.Match[str], State], bool]


# ---------------------------------------------------------------------------------------------
# Resolution helpers


def month_number(word: str) -> int:
    key = word.lower().rstrip(".")
    return tw.MONTHS.get(key) or tw.MONTH_ABBREVIATIONS[key]


def day_number(m: re.Match[str], *names: str) -> int | None:
    for name in names:
        g = m.group(name)
        if g:
            digits = re.match(r"\d+", g)
            if digits:
                return int(digits.group())
            return tw.ORDINAL_WORDS.get(SPACE.sub(" ", g.lower()))
    return None


def valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def spoken_year(words: str) -> int:
    """ "nineteen ninety-four" is 1994."""
    parts = re.split(r"[\s-]+", words.lower())
    return (1800 if parts[0] == "eighteen" else 1900) + sum(tw.NUMBER_WORDS[p] for p in parts[1:])


def two_digit_year(yy: str) -> int:
    n = int(yy)
    return 1900 + n if n > 30 else 2000 + n


def pick_date(st: State, month: int, day: int, start: int, end: int) -> dt.date | None:
    """The year for a month-day written without one.

    The nearest such day to the reference, unless the tense puts it on the other side and the
    day there is not much further away ("said on March 3" late in March, "will open Dec. 15").
    """
    ref = st.ref
    if ref is None:
        return None
    candidates = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := valid(y, month, day))]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: (abs((d - ref).days), d > ref))
    if st.settled_past(start):
        return max((d for d in candidates if d <= ref), default=nearest)
    tense = st.tense(start, end) or _deadline(st, start, tw.AHEAD_DEADLINE_WORDS)
    if tense == "past":
        side = [d for d in candidates if d <= ref]
        chosen = max(side) if side else nearest
    elif tense == "future":
        side = [d for d in candidates if d >= ref]
        chosen = min(side) if side else nearest
    else:
        return nearest
    if abs((chosen - ref).days) <= TENSE_REACH_DAYS or st.governing_tense(start) == tense:
        return chosen
    return nearest


def pick_month_year(st: State, month: int, start: int, end: int) -> int | None:
    """The year for a month written without one: as :func:`pick_date`, in months."""
    ref = st.ref
    if ref is None:
        return None
    diff = month - ref.month
    nearest_diff = diff - 12 if diff > 6 else diff + 12 if diff < -6 else diff
    if diff in (6, -6):
        nearest_diff = -6
    if st.settled_past(start):
        return ref.year if month <= ref.month else ref.year - 1
    tense = st.tense(start, end) or _deadline(st, start, tw.AHEAD_DEADLINE_WORDS)
    chosen = nearest_diff
    if tense == "past" and nearest_diff > 0:
        chosen = nearest_diff - 12
    elif tense == "future" and nearest_diff < 0:
        chosen = nearest_diff + 12
    if abs(chosen) > _TENSE_REACH_MONTHS and st.governing_tense(start) != tense:
        chosen = nearest_diff
    return ref.year + (ref.month - 1 + chosen) // 12


def _deadline(st: State, start: int, words: Collection[str] | None = None) -> str:
    """The side of a deadline ("by August", "until Thursday"): ahead, unless the sentence looks
    back from it in the past perfect ("by Wednesday, 32 members had filed"). ``words`` are the
    deadline words that count (by default ``DEADLINE_WORDS``, read at each call)."""
    if st.deadline_word(start) not in (tw.DEADLINE_WORDS if words is None else words):
        return ""
    if st.past_perfect(start) or st.done_until(start):
        return "past"
    # "By Wednesday morning, a million homes were without power": a story told from the deadline
    word = st.deadline_word_at(start)
    opening = word is not None and st.at_sentence_start(word.start())
    return "past" if opening and st.tense_after(start) == "past" else "future"


def weekday_date(st: State, weekday: int, start: int, end: int, direction: str = "") -> dt.date | None:
    ref = st.ref
    if ref is None:
        return None
    if not direction:
        # "until Tuesday", "by Friday": a deadline ahead
        direction = _deadline(st, start)
    if not direction and _COPULA_BEFORE.search(st.text, max(st.sentence.start, start - 12), start):
        direction = "future"  # "the final is on Sunday": what is set for a day is ahead
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


def unit_draft(
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


def mod_of(word: str | None) -> str | None:
    if not word:
        return None
    key = SPACE.sub(" ", word.lower()).replace("the ", "").replace(" of", "").strip(" -")
    return _MODS.get(key)


def is_name_after(st: State, end: int) -> bool:
    """Whether a capitalised word that is not a function word follows (``Sunday Times``)."""
    nxt = st.next_word(end)
    if not nxt or not nxt[0].isupper() or not st.text[end : end + 2].lstrip(" ")[:1].isalpha():
        return False  # a quotation or a clause may start after it: 'on Friday "I want…'
    low = nxt.lower()
    if low in tw.NAME_WORDS_AFTER_DATE:
        return True
    if low in tw.CAPITALISED_FUNCTION_WORDS or low in tw.MONTHS or low in tw.WEEKDAYS:
        return False
    # in an all-capitalised headline every word is capitalised: only the name list counts there
    return not st.headline_case()


def weekday_number(word: str) -> int:
    key = word.lower().rstrip(".")
    return tw.WEEKDAYS.get(key) or tw.WEEKDAY_ABBREVIATIONS[key]


def pin_weekday(ref: dt.date | None, month: int, day: int, weekday: int) -> dt.date | None:
    """The date of a month-day that falls on ``weekday``: the year nearest the reference, or the
    latest such year up to now when there is no reference."""
    anchor = ref or dt.date.today()
    years = sorted(range(anchor.year - 14, anchor.year + 2), key=lambda y: abs(y - anchor.year) + (y > anchor.year))
    if ref is None:
        years = [y for y in years if y <= anchor.year]
    for year in years:
        d = valid(year, month, day)
        if d is not None and d.isoweekday() == weekday:
            return d
    return None
