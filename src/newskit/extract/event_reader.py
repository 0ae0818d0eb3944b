"""Events — who did what to whom, where and when, typed by the taxonomy.

:func:`find_events` is the pure core: given a digest (its actors) and one of its articles (its
sentences, times and quotes), it returns the article's events. It reads each sentence for
triggers from :mod:`newskit.data.event_types` (verbs in any tense and spelling, multi-word
phrases, nominalisations), then fills in, by shallow heuristics over the sentence:

* participants — the agent is the subject left of the verb (appositions skipped, pronouns
  resolved), the target the first actor right of it; a passive swaps them and takes the agent from
  "by X"; a nominalisation takes "X's", "of X", "by X", "with X", "between X and Y";
* the location — a place actor after "in"/"at" (or "to"/"from" for movements);
* polarity and modality — negation and "denied …ing", future and planning words, conditionals,
  reported clauses;
* the date — the sentence's own time expression nearest the trigger (a chain such as "Saturday
  and Sunday, January 11 and 12" is one range); otherwise the article's anchoring time, marked
  ``date_inherited``.

The same event told twice in an article becomes one record with the other tellings in
``mentions``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Callable, Collection, Sequence
from typing import Final, NamedTuple

import attrs

from newskit.data import quantity_words, timewords
from newskit.data import roles as lex
from newskit.data.event_types import (
    COMPOUND_HEADS,
    CONTEST_WORDS,
    EVENT_TYPES,
    IRREGULAR_VERBS,
    OBJECT_GROUP_NOUNS,
    OBJECT_PRODUCT_NOUNS,
    WITH_THEME_VERBS,
    EventType,
)
from newskit.data.product_words import COMPOUND_NOUNS
from newskit.extract._actorindex import NO_SPANS, PRONOUN_KINDS, ActorIndex, Ref, SpanSet
from newskit.extract._clause import (
    AUXILIARIES,
    BEFORE_NAME,
    FUNCTION_WORDS,
    PAST_FORMS,
    PREPOSITIONS,
    ROLE_HEADS,
    Token,
    actor_index,
    find_subject,
    tokenize,
)
from newskit.extract._inflect import noun_forms, verb_forms
from newskit.extract._lastread import LastRead
from newskit.extract.names import SCORE
from newskit.extract.products import add_products, product_nouns, with_actors, word_pattern
from newskit.extract.timex.grammar import alternation
from newskit.models import Actor, Article, Digest, Event, Mention, Participant, Quote, Span, TimeExpression
from newskit.text import scan
from newskit.text.segment import dateline_end

__all__ = ["Lexicon", "add_events", "build_lexicon", "find_events"]

_DETERMINERS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "any",
        "no",
        "some",
        "each",
        "every",
        "another",
        "such",
        "mass",
        "new",
        "planned",
        "proposed",
        "upcoming",
        "recent",
        "latest",
        "first",
        "second",
        "further",
        "possible",
    ]
)
_BE: Final = frozenset(["is", "are", "was", "were", "be", "been", "being", "'s", "get", "got", "gets", "gotten"])
_NEGATIONS: Final = frozenset(["not", "n't", "never", "no", "neither", "nor", "without", "cannot"])


def _stems(endings: tuple[str, ...], *stems: str) -> frozenset[str]:
    """Every stem with every ending: the forms of a word that tokens are compared with (a set, not a
    pattern: it is asked of every word near every trigger, and answers for a window of words at once)."""
    return frozenset(stem + ending for stem in stems for ending in endings)


_NEG_VERBS: Final = _stems(("", "s", "ed", "ing"), "fail") | _stems(("e", "es", "ed", "ing"), "refus", "declin")
_DENY: Final = _stems(("y", "ies", "ied", "ying"), "den")  # "rule out" too, but that is two tokens: never one word
_PARTAKE: Final = frozenset(
    [
        "participate",
        "participated",
        "participating",
        "attend",
        "attended",
        "attending",
        "join",
        "joined",
        "joining",
        "boycott",
        "boycotted",
    ]
)
#: "denied receiving aid", "denied carrying out the attack": the noun after these is what is denied.
_DENIED_LIGHT: Final = frozenset(
    [
        "receiving",
        "getting",
        "accepting",
        "having",
        "taking",
        "holding",
        "making",
        "giving",
        "providing",
        "sending",
        "paying",
        "carrying",
        "conducting",
        "launching",
        "staging",
    ]
)
_PLANNED: Final = frozenset(["will", "shall", "'ll"])
_PLAN_WORDS: Final = _stems(
    ("", "s", "ed", "ing", "e", "es", "ned", "ning"),
    *("plan", "schedul", "set", "expect", "intend", "prepar", "due", "going", "aim", "slat"),
)
_HYPOTHETICAL: Final = frozenset(
    [
        "could",
        "might",
        "may",
        "should",
        "would",
        "hope",
        "hopes",
        "hoped",
        "hoping",
        "want",
        "wants",
        "wanted",
        "wanting",
        "seek",
        "seeks",
        "seeking",
        "sought",
        "aim",
        "aims",
        "aiming",
        "aimed",
        "try",
        "tries",
        "trying",
        "attempt",
        "attempts",
        "attempting",
        "urge",
        "urged",
        "urges",
        "calls",
        "called",
    ]
)
_REPORTING: Final = (
    _stems(("y", "ys", "id", "ying"), "sa")
    | _stems(("",), "told", "tell", "tells")
    | _stems(("e", "es", "ed", "ing"), "stat", "announc", "not")
    | _stems(("", "s", "ed", "ing"), "report", "claim", "add", "confirm")
    | _stems(("", "ing"), "accord")
)
#: Adjectives that can follow another across a comma before their noun ("a new, cheaper phone").
_ADJECTIVES: Final = frozenset(
    [
        "new",
        "old",
        "big",
        "small",
        "large",
        "cheap",
        "fast",
        "slow",
        "thin",
        "light",
        "powerful",
        "smaller",
        "bigger",
        "thinner",
        "lighter",
        "cheaper",
        "faster",
        "better",
    ]
)
_NP_DETERMINERS: Final = frozenset(["the", "a", "an", "some", "all", "both", "its", "their", "his", "her"])
_NP_BREAKS: Final = PREPOSITIONS | {"and", "or"}
_OBJECT_BREAKS: Final = (PREPOSITIONS | FUNCTION_WORDS) - {"of"}
_ADJUNCT_PREPOSITIONS: Final = PREPOSITIONS - {"to", "of"}  # "stated during a press conference … that …"
_APPOSITION_BREAKS: Final = PREPOSITIONS - {"of", "for"}  # ", the head of the agency for refugees," goes on
_END: Final = operator.attrgetter("end")  # where a token ends
_CLAUSE_BREAKS: Final = frozenset([";", ":", "that", "which", "who", "while", "whereas", "because"])
_UPCOMING: Final = frozenset(["upcoming", "planned", "scheduled", "forthcoming", "next"])
_COURTS: Final = frozenset(["court", "courts", "tribunal"])  # named "court of <noun>"
_SINCE: Final = frozenset(["since", "until", "till"])
_RANGE_JOINERS: Final = re.compile(r"\A[\s,]*(?:and|to|through|till|until|-|–|—)?[\s,]*\Z", re.IGNORECASE)
_SKIP_CAPITALISED: Final = re.compile(r"[A-Z]")
_CONTACT_TYPES: Final = frozenset({"meet", "visit", "conference", "negotiate"})
_CONTROL_TYPES: Final = frozenset({"appeal", "demand"})
_SPEECH_TYPES: Final = frozenset({"statement", "announce", "deny"})
#: Types that tell of a period: a time after the trigger is what is told of ("reported a jump in
#: fourth-quarter profit", "raised its dividend, payable on March 15"), unless it follows at once.
_TELLING_TYPES: Final = frozenset({"report", "forecast", "dividend"})
_TENSE_AUXILIARIES: Final = frozenset({"has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would"})
_NO_OBJECT_TYPES: Final = frozenset({"statement", "deny"})  # what follows "said" is speech, not a target
_ADJUNCT_OPENERS: Final = frozenset({",", "by", "while", "after", "before", "when", "since", "without", "in"})
_SUBJECT_WORDS: Final = frozenset(["he", "she", "they", "we", "i", "it", "who", "which", "that", "to"])
_CLAUSE_REACH: Final = 60  # tokens: how far a clause is read on either side of a trigger
_SALIENCE_REACH: Final = 400
_PRONOUN_OBJECT_REACH: Final = 200  # characters: "it" and "them" as objects stand for an actor named just before
_PHRASE_DETERMINERS: Final = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"]
)
_OBJECT_PRONOUNS: Final[dict[str, tuple[str, ...]]] = {
    "it": ("organization", "product"),
    "them": ("group",),
}  # characters: how far back an agent still stands for "he" or "they"
_LOCATION_REACH: Final = 12  # words after the trigger within which "in <place>" is where it happened
_ROLE_ORDER: Final = {"agent": 0, "target": 1, "participant": 2}


@attrs.frozen
class _Entry:
    type: EventType
    noun: bool
    words: tuple[str, ...]  # the trigger's words; "*" stands for up to three words
    participle: bool = False
    base: bool = False  # a base or third-person form that can also be read as a noun


@attrs.frozen
class Lexicon:
    """Trigger look-up tables built from a taxonomy: first word → entries, longest first.

    ``gate`` finds where a first word can stand in a sentence in lower case (:func:`_gate`); None: no gate.
    """

    entries: dict[str, list[_Entry]]
    speech_only: frozenset[str] = frozenset()
    gate: re.Pattern[str] | None = None

    def candidates(self, word: str) -> list[_Entry]:
        """The entries whose first word is ``word`` (lower case)."""
        return self.entries.get(word, [])

    def may_trigger(self, text: str, start: int, end: int) -> bool:
        """Whether a token of ``text[start:end]`` can start a trigger: False only when none can.

        About half the sentences of news hold no trigger: one search of the sentence in lower case says
        so for a tenth of what tokenising it costs. The sentence is searched on its own, as :func:`tokenize`
        reads it, so a word at its start is a word whatever stands before it.
        """
        if self.gate is None:
            return True
        low = text[start:end].lower()
        return len(low) != end - start or next(scan.finditer(self.gate, low), None) is not None


#: The first words of triggers that a gate can look for: ASCII letters and digits, with inner hyphens.
_GATE_SHAPE: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _gate(words: Collection[str]) -> re.Pattern[str] | None:
    """A pattern that finds, in a sentence in lower case, the start of every token whose lower-case form is
    one of ``words``: the shortest of them (those no other one begins), after no word character.

    A token starts after a space, a punctuation mark or nothing, never after a word character (the word
    before would go on); its lower-case form (:class:`Token`) begins as the token does in the sentence
    lowered whole, for a word of :data:`_GATE_SHAPE`: only ASCII letters and "K" (the Kelvin sign) are
    lowered to its letters, one for one and whatever stands beside them, lowering keeps every character a
    word character or not, and a sentence whose length lowering changes is not searched. So the gate
    misses no trigger; it also finds words that only begin like one ("airport"), which costs a
    tokenisation and nothing else. None when a word (a user's) is of another shape.
    """
    if not all(map(_GATE_SHAPE.fullmatch, words)):
        return None
    ordered = sorted(words)  # a word's shortest beginning among the words is the last one kept before it
    shortest: list[str] = []
    for word in ordered:
        if not shortest or not word.startswith(shortest[-1]):
            shortest.append(word)
    return re.compile(rf"(?<!\w){alternation(shortest)}")


def build_lexicon(types: dict[str, EventType] | None = None) -> Lexicon:
    """The trigger tables for a taxonomy (by default :data:`EVENT_TYPES`, read at call time).

    Tables are cached for the taxonomy's current contents, so a type added later is seen.
    """
    types = EVENT_TYPES if types is None else types
    # keys and values apart: two tuples each, compared item by item, where pairs would be a tuple apiece
    key = (tuple(types), tuple(types.values()), tuple(IRREGULAR_VERBS), tuple(IRREGULAR_VERBS.values()))
    return _LEXICONS.get(key, lambda: _build(tuple(types.items()), tuple(IRREGULAR_VERBS.items())))


_TaxonomyKey = tuple[tuple[str, ...], tuple[EventType, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]
_LEXICONS: Final[LastRead[_TaxonomyKey, Lexicon]] = LastRead()  # the taxonomy asked about last


@functools.lru_cache(maxsize=8)
def _build(
    type_items: tuple[tuple[str, EventType], ...], irregular_items: tuple[tuple[str, tuple[str, ...]], ...]
) -> Lexicon:
    types = dict(type_items)
    irregular_verbs = dict(irregular_items)
    entries: dict[str, list[_Entry]] = {}
    speech_only: set[str] = set()

    def add(words: tuple[str, ...], entry: _Entry) -> None:
        entries.setdefault(words[0], []).append(entry)

    for etype in types.values():
        for verb in etype.verbs:
            head = verb.split(" ")[0]
            irregular = irregular_verbs.get(verb, irregular_verbs.get(head, ()))
            lemma_forms = verb_forms(head, [i.split(" ")[0] for i in irregular])
            rest = tuple(verb.split(" ")[1:])
            if verb in etype.speech_only:
                speech_only.update(f.split(" ")[0] for f in lemma_forms)
            for form in lemma_forms:
                participle = form.endswith(("ed", "en")) or form in irregular
                base = not form.endswith(("ed", "ing")) and form not in irregular
                add((form, *rest), _Entry(etype, False, (form, *rest), participle, base))
        for noun in etype.nouns:
            for form in noun_forms(noun):
                words = tuple(form.split(" "))
                add(words, _Entry(etype, True, words))
    for found in entries.values():
        found.sort(key=lambda e: (-len(e.words), e.noun))
    return Lexicon(entries, frozenset(speech_only), _gate(entries.keys()))


class _Trigger(NamedTuple):
    first: int  # token indices, inclusive
    last: int
    entry: _Entry
    noun: bool


#: Prepositions that open an amount and so may open a phrase's gap: "cut about 10% of its workforce".
_GAP_OPENERS: Final = frozenset({"about", "around", "over", "under", "nearly", "almost", "some", "up"})


def _match_words(tokens: Sequence[Token], i: int, words: tuple[str, ...]) -> int | None:
    """The index of the last token of ``words`` matched from token ``i`` on, or None."""
    j = i
    for w_index, word in enumerate(words):
        if word == "*":
            continue
        if w_index and words[w_index - 1] == "*":
            # the gap holds the object, never a preposition ("fees charged by banks with …"), but a day
            # may stand in it ("charged on Monday with murder")
            dated = j + 1 < len(tokens) and tokens[j].low == "on" and tokens[j + 1].low in timewords.WEEKDAYS
            opens = j < len(tokens) and tokens[j].low in PREPOSITIONS and tokens[j].low not in _GAP_OPENERS | {word}
            if opens and not dated:
                return None
            for gap in range(4):
                if j + gap < len(tokens) and tokens[j + gap].low == word:
                    j += gap
                    break
            else:
                return None
        if j >= len(tokens) or tokens[j].low != word:
            return None
        j += 1
    return j - 1


def _is_noun_context(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i`` stands where a noun does: after a determiner, a possessive or a
    preposition, a date between them read past ("the Fed's December meeting", "its Oct. 31-Nov. 1 meeting")."""
    j = i - 1
    while j > 0 and i - j <= _DATE_WORDS_REACH and _date_word(tokens[j]):
        j -= 1
    if j < 0:
        return False
    prev = tokens[j]
    if prev.low in _DETERMINERS or prev.possessive:
        return True
    # a preposition only right before: "on Aug. 7 killed 258 people" is a verb after a date
    return j == i - 1 and prev.low in {"of", "for", "on", "in", "at", "during"}


_DATE_WORDS_REACH: Final = 8  # tokens: "Oct . 31 - Nov . 1"


def _date_word(tok: Token) -> bool:
    """A word or mark of a date written as a modifier: a month or weekday name, a number, "." or a dash."""
    if tok.text in {".", "-", "–"}:
        return True
    return all(part.isdigit() or (part[:1].isupper() and part.lower() in _DATE_NAMES) for part in tok.text.split("-"))


_DATE_NAMES: Final = frozenset([*timewords.MONTHS, *timewords.MONTH_ABBREVIATIONS, *timewords.WEEKDAYS])


_NAME_ENDINGS: Final = frozenset(
    {"bros", "jr", "sr"}
)  # with a legal form (lex.LEGAL_FORMS), words whose stop ends a name


def _is_verb_context(tokens: Sequence[Token], i: int, index: ActorIndex) -> bool:
    """Whether a base or third-person form ("visit", "orders") stands where a verb can: after its subject,
    an auxiliary, "to" or an adverb — not after a noun ("flour exports")."""
    if i == 0:
        return False  # a bare verb opening a news sentence is rare; "State officials", "Sales rose"
    prev = tokens[i - 1]
    low = prev.low
    if low in AUXILIARIES or low in _SUBJECT_WORDS or low.endswith("ly") or low in ROLE_HEADS:
        return True
    if prev.text == "." and i >= 2 and (tokens[i - 2].low in lex.LEGAL_FORMS or tokens[i - 2].low in _NAME_ENDINGS):
        prev = tokens[i - 2]  # "Goody Products Inc. cut its dividend": the stop that ends a company's name
        return index.at(prev.start, prev.end) is not None
    if not prev.text[0].isalnum():
        return prev.text in {",", ";", "(", "—", "–"}
    return index.at(prev.start, prev.end) is not None


#: Words before a plural noun of telling that show it is one ("early reports that"), where the verb's
#: subject would be a noun or a name ("The official adds", "IRNA reports").
_REPORT_MODIFIERS: Final = frozenset(
    [
        *("early", "earlier", "initial", "recent", "latest", "unconfirmed", "conflicting", "local", "media"),
        *("news", "press", "new", "first", "previous", "several", "many", "numerous", "widespread", "persistent"),
    ]
)


def _speech_follows(tokens: Sequence[Token], last: int, entry: _Entry, lexicon: Lexicon) -> bool:
    """For a verb that reports speech only sometimes ("added"): whether speech follows it."""
    if entry.words[0] not in lexicon.speech_only:
        return True
    first = last - len(entry.words) + 1
    if first > 0 and tokens[first - 1].low in _BE:
        return False  # "features will be added": a passive, not speech
    if tokens[first].low.endswith("s") and (
        _is_noun_context(tokens, first) or (first > 0 and tokens[first - 1].low in _REPORT_MODIFIERS)
    ):
        return False  # "the reports that", "some early reports that", "media reports that": the noun, a plural
    nxt = last + 1
    while nxt < len(tokens) and tokens[nxt].low in {"also", "further", "then", "later"}:
        nxt += 1
    if nxt >= len(tokens):
        return True
    if tokens[nxt].low in {"that", "how", "whether"} or tokens[nxt].text in {",", ":", ".", "“", '"', "—"}:
        return True
    # "stated during a press conference on Tuesday that …"
    ahead = tokens[nxt : nxt + 12]
    return tokens[nxt].low in _ADJUNCT_PREPOSITIONS and any(t.low == "that" or t.text in {":", "“", '"'} for t in ahead)


def _cancelled(tokens: Sequence[Token], last: int, words: Sequence[str]) -> bool:
    """Whether the noun phrase after token ``last`` is headed by one of ``words`` ("meet (customer) demand")."""
    if not words:
        return False
    k = last + 1
    if k < len(tokens) and tokens[k].low in words:
        return True  # "recalled that …": a word that is also a determiner, right after
    while k < len(tokens) and tokens[k].low in _DETERMINERS:
        k += 1
    read = 0
    for n in range(k, min(len(tokens), k + 5)):
        if tokens[n].text in _APOSTROPHES:
            continue  # "beat analysts' average estimate": the possessive's mark
        if tokens[n].low in words:
            return True
        if not tokens[n].text[0].isalpha() or tokens[n].low in FUNCTION_WORDS or read == 3:
            return False
        read += 1
    return False


_APOSTROPHES: Final = frozenset({"'", "’"})


def _find_triggers(
    tokens: Sequence[Token], lexicon: Lexicon, index: ActorIndex, title: bool, lows: Sequence[str] | None = None
) -> list[_Trigger]:
    """The triggers of a sentence, left to right; ``lows`` are its tokens' lower-case forms when already known."""
    out: list[_Trigger] = []
    entries = lexicon.entries
    if lows is None:
        lows = [t.low for t in tokens]
    taken = 0  # tokens before this one belong to a trigger already found
    # the words a trigger can start with, picked out without a Python loop over every word
    for i in itertools.compress(range(len(lows)), map(entries.__contains__, lows)):
        if i < taken:
            continue
        tok = tokens[i]
        candidates = entries[tok.low]
        found: _Trigger | None = None
        if tok.text[0].isalpha() and (title or i == 0 or not _SKIP_CAPITALISED.match(tok.text)):
            for entry in candidates:
                # a one-word entry is filed under its word: it matches this token as it is
                last = i if len(entry.words) == 1 else _match_words(tokens, i, entry.words)
                if last is None:
                    continue
                if index.overlapping(tok.start, tok.end):
                    break  # part of a name: "Organisation of Islamic Cooperation"
                if _cancelled(tokens, last, entry.type.not_before):
                    continue
                if i > 0 and tokens[i - 1].low in entry.type.not_after:
                    continue  # "strong demand", "a bigger beat"
                if entry.type.speech_only and not entry.noun and not _speech_follows(tokens, last, entry, lexicon):
                    continue
                noun_context = _is_noun_context(tokens, i)
                nxt = tokens[last + 1].low if last + 1 < len(tokens) else ""
                if entry.noun:
                    if tok.low == "order" and i > 0 and tokens[i - 1].low == "in":
                        continue
                    if tok.low == "orders" and i > 0 and tokens[i - 1].low == "on":
                        continue  # "left on orders from Washington": commanded ("ships on order" is bought)
                    if nxt in COMPOUND_HEADS:
                        continue  # "takeover speculation": a modifier
                    if i > 1 and tokens[i - 1].low == "of" and tokens[i - 2].low in _COURTS:
                        continue  # "the court of appeals", "the Court of Arbitration": the court's name
                    found = _Trigger(i, last, entry, True)
                    break
                if "*" in entry.words and entry.base and not title and not _is_verb_context(tokens, i, index):
                    continue  # "a one-time charge associated with": the noun, not "charge * with"
                if len(entry.words) == 1:
                    if entry.base and i > 0 and tokens[i - 1].low in _BE:
                        continue  # "the weather was fine", "talks are close": no verb's base form after "be"
                    if noun_context and (entry.base or entry.participle or (tok.low.endswith("ing") and nxt != "of")):
                        continue  # "the order", "a group of protesting women", "the detained men"
                    if entry.base and not title and not _is_verb_context(tokens, i, index):
                        continue  # "flour exports": a noun here
                    if entry.participle and _adjective_before_head(tokens, i, last):
                        continue  # "Elected officials said", "…, released prisoners were …": an adjective
                found = _Trigger(i, last, entry, False)
                break
        if found is not None:
            out.append(found)
            taken = found.last + 1
    return out


def _adjective_before_head(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether the participle at tokens ``i``…``last`` stands as an adjective before the noun of people or goods
    that follows it, with no subject before it: at the start of the sentence, or after a preposition ("Elected
    officials warned …", "talks with released prisoners"; not after a comma: "The carrier, X, ordered jets")."""
    if last + 1 >= len(tokens) or not tokens[i].low.endswith(("ed", "en")):
        return False
    if i > 0 and tokens[i - 1].text not in {"(", ";"} and tokens[i - 1].low not in PREPOSITIONS:
        return False
    nxt = tokens[last + 1]
    return nxt.text[:1].islower() and nxt.low in _unnamed_heads()


def _passive(tokens: Sequence[Token], trig: _Trigger) -> bool:
    if trig.noun or not trig.entry.participle:
        return False
    j = trig.first - 1
    while j >= 0 and (
        tokens[j].low in {"also", "not", "n't", "never", "reportedly", "allegedly", "being"}
        or tokens[j].low.endswith("ly")
    ):
        if tokens[j].low == "being":
            return True
        j -= 1
    if j >= 0 and tokens[j].low in _BE:
        return True
    if j >= 0 and tokens[j].low in {"has", "have", "had"}:
        return False
    if "*" in trig.entry.words and trig.last - trig.first + 1 > len(trig.entry.words) - 1:
        return False  # the phrase holds its object: "raised its dividend by 5 cents" is active
    if trig.entry.type.name in _DONE_TO_PEOPLE:
        # "Two men charged with murder", "three people killed in a crash": what is done to someone,
        # with no object, told in a headline or a reduced relative
        after = trig.entry.words[-1] if len(trig.entry.words) > 1 else _word_at(tokens, trig.last + 1)
        if after in _AFTER_DONE_TO:
            return True
    # a reduced passive: "figures released (on April 3) by the firm"
    for k in range(trig.last + 1, min(len(tokens), trig.last + 5)):
        if tokens[k].low == "by":
            return True
        if not (tokens[k].text[0].isdigit() or tokens[k].text[0].isupper() or tokens[k].low in {"on", "in", "last"}):
            return False
    return False


#: Types of what is done to people, whose participle with no object before a preposition is a passive.
_DONE_TO_PEOPLE: Final = frozenset({"kill", "detain", "charge", "convict", "sentence", "acquit", "release"})
_AFTER_DONE_TO: Final = frozenset(
    {"with", "of", "to", "for", "over", "on", "in", "after"}
)  # not "at": "killed at least 110"


def _word_at(tokens: Sequence[Token], k: int) -> str:
    return tokens[k].low if k < len(tokens) else ""


def _clause_end(tokens: Sequence[Token], start: int, lows: Sequence[str] | None = None) -> int:
    """The index one past the last token of the clause that goes on from ``start``."""
    if lows is None:
        lows = [t.low for t in tokens]
    n = len(lows)
    for j in range(start, min(n, start + _CLAUSE_REACH)):
        low = lows[j]
        if low in _CLAUSE_BREAKS:
            return j
        if low == "," and j + 1 < n and lows[j + 1] in {"and", "but", "saying", "adding"}:
            return j
    return max(start, min(n, start + _CLAUSE_REACH))


def _token_refs(tokens: Sequence[Token], index: ActorIndex) -> list[Ref | None]:
    """The actor mention at each token, as ``index.at`` gives it for the token's span: worked out once per
    sentence, because the readers of a trigger's roles ask it of the same tokens again and again.

    The sentence's mentions are read once, in the index's order, and each token keeps the one that overlaps
    it most (the longer on a tie, the first listed on a full tie), as ``index.at`` chooses: one pass over
    the few tokens inside mentions instead of one look-up per token asked about.
    """
    refs: list[Ref | None] = [None] * len(tokens)
    if not tokens:
        return refs
    mentions = index.overlapping(tokens[0].start, tokens[-1].end)
    if not mentions:
        return refs
    keys: list[tuple[int, int]] = [(0, 0)] * len(tokens)
    for mention in mentions:
        m_start, m_end = mention.start, mention.end
        k = bisect.bisect_right(tokens, m_start, key=_END)  # the first token that ends after the mention starts
        while k < len(tokens) and tokens[k].start < m_end:
            tok = tokens[k]
            key = (min(tok.end, m_end) - max(tok.start, m_start), m_end - m_start)
            if refs[k] is None or key > keys[k]:
                refs[k], keys[k] = mention, key
            k += 1
    return refs


def _head_ref(tokens: Sequence[Token], refs: Sequence[Ref | None], k: int, end: int) -> Ref | None:
    """The actor mention at token ``k``; for a nationality or place modifier ("Iraqi Prime Minister
    Mohammed al-Sudani"), the actor the capitalised phrase goes on to name, when it names one.

    :param refs: the mention at each token (:func:`_token_refs`).
    """
    ref = refs[k]
    if ref is None or ref.kind != "place":
        return ref
    n = k + 1
    while n < min(end, k + 6) and tokens[n].text[:1].isupper():
        other = refs[n]
        if other is not None and other.actor != ref.actor:
            return other
        n += 1
    return ref


def _np_after(tokens: Sequence[Token], refs: Sequence[Ref | None], i: int, end: int) -> tuple[str, int] | None:
    """The actor of the noun phrase starting at token ``i`` (after determiners and up to two modifiers)."""
    j = i
    while j < end and tokens[j].low in _NP_DETERMINERS:
        j += 1
    for k in range(j, min(j + 3, end)):
        tok = tokens[k]
        ref = refs[k]
        if ref is not None:
            if ref.kind == "place":
                ref = _head_ref(tokens, refs, k, end) or ref  # "Iraqi Prime Minister X": X
            last = k
            while last + 1 < len(tokens) and tokens[last + 1].start < ref.end:
                last += 1
            return ref.actor, last
        if not tok.text[0].isalnum() or tok.low in _NP_BREAKS:
            return None
    return None


class _Roles:
    """The actors found for one trigger, by role (lists filled in as the sentence is read)."""

    __slots__ = ("agents", "location", "others", "targets")

    def __init__(self) -> None:
        self.agents: list[str] = []
        self.targets: list[str] = []
        self.others: list[str] = []
        self.location: list[str] = []


def _skip_apposition(tokens: Sequence[Token], j: int, end: int) -> int:
    """The index after an apposition that opens with the comma at ``j`` (", the Taliban's deputy minister,")."""
    k = j + 1
    while k < end and tokens[k].text != "," and tokens[k].low not in _APPOSITION_BREAKS:
        k += 1
    if k < end and tokens[k].text == ",":
        return k + 1
    return k


def _assign(
    prep: str | None,
    actor: str,
    kind: str,
    trig: _Trigger,
    roles: _Roles,
    passive: bool,
    near: bool,
    direct: bool,
    reach: bool = True,
) -> bool:
    """Put an actor found after the trigger into a role; False when it takes none."""
    etype = trig.entry.type
    place = kind == "place"
    statement = etype.name in _NO_OBJECT_TYPES
    if prep == "by":
        if passive or trig.noun:
            roles.agents.append(actor)
            return True
        return False
    if prep in {"in", "at", "inside", "near"}:
        if place and reach:
            roles.location.append(actor)
            return True
        return False
    if prep in {"to", "into", "toward", "towards"}:
        if place and (etype.movement or etype.name in _CONTACT_TYPES):
            roles.location.append(actor)
        elif near and not roles.targets and (not statement or direct):
            roles.targets.append(actor)
        else:
            return False
        return True
    if prep == "from":
        if place and etype.movement:
            roles.location.append(actor)
        elif near and not statement:
            roles.others.append(actor)
        else:
            return False
        return True
    if prep == "of":
        if trig.noun and direct:
            (roles.agents if etype.of_role == "agent" else roles.targets).append(actor)
            return True
        return False
    if prep == "between" and near:
        (roles.targets if roles.agents else roles.agents).append(actor)
        return True
    if prep in {"with", "on", "upon", "against"} and near and not statement:
        roles.targets.append(actor)
        return True
    telling = trig.entry.words[0] in {"told", "tell", "tells", "telling"}
    if prep is None and direct and not passive and not trig.noun and (not statement or telling):
        roles.targets.append(actor)
        return True
    return False


def _noun_phrase_between(tokens: Sequence[Token], start: int, pronoun: int) -> bool:
    """Whether a noun phrase with a determiner stands between ``start`` and the pronoun at token ``pronoun``
    in this sentence ("the council passed the bill and signed it": "it" is the bill, not the council)."""
    for k in range(pronoun - 1, 0, -1):
        if tokens[k].end <= start:
            break
        if tokens[k - 1].low in _PHRASE_DETERMINERS and tokens[k].text[:1].islower() and tokens[k - 1].end > start:
            return True
    return False


def _relative_pronoun_at(tokens: Sequence[Token], trig: _Trigger) -> int | None:
    """The index of the pronoun subject of a verb in a relative clause without "that" ("the jets it ordered",
    "the aircraft they intend to launch"), or None."""
    j = trig.first - 1
    if j >= 1 and tokens[j].low == "to" and tokens[j - 1].text.isalpha() and tokens[j - 1].text.islower():
        j -= 2  # "intend to", "plan to"
    while j >= 0 and (tokens[j].low in AUXILIARIES or tokens[j].low.endswith(("ly", "n't"))):
        j -= 1
    if j < 1 or tokens[j].low not in {"they", "he", "she", "it", "we", "i", "you"}:
        return None
    return j


def _relative_object(tokens: Sequence[Token], refs: Sequence[Ref | None], trig: _Trigger) -> str | None:
    """The object of a verb in a relative clause without "that": the actor named right before its pronoun
    subject ("the aircraft they intend to launch", "the jets it ordered")."""
    j = _relative_pronoun_at(tokens, trig)
    if j is None:
        return None
    ref = refs[j - 1]
    if ref is None or ref.end != tokens[j - 1].end or ref.kind == "place":
        return None
    first = j - 1
    while first > 0 and tokens[first - 1].end > ref.start:
        first -= 1
    if first > 0 and tokens[first - 1].low in PREPOSITIONS:
        return None  # "In Kabul they met": a place or a phrase, not what is acted on
    return ref.actor


def _between_adjectives(tokens: Sequence[Token], j: int) -> bool:
    """Whether the comma at ``j`` joins two adjectives before their noun ("a new, faster phone")."""
    if j == 0 or j + 1 >= len(tokens):
        return False
    words = (tokens[j - 1], tokens[j + 1])
    return all(
        t.text.isalpha()
        and t.text.islower()
        and t.low not in FUNCTION_WORDS
        and not t.low.endswith(("ing", "ed", "ly"))
        for t in words
    ) and (tokens[j + 1].low.endswith(("er", "est")) or tokens[j + 1].low in _ADJECTIVES)


def _direct_object(tokens: Sequence[Token], refs: Sequence[Ref | None], trig: _Trigger, end: int) -> str | None:
    """The first actor inside the noun phrase right after a verb ("purchase 20 of Boeing's larger planes")."""
    for j in range(trig.last + 1, min(end, trig.last + 9)):
        tok = tokens[j]
        ref = _head_ref(tokens, refs, j, end)
        if ref is not None:
            return ref.actor
        if tok.text == "," and _between_adjectives(tokens, j):
            continue  # "launched a new, faster iPhone"
        if tok.low == "in" and j > trig.last + 1 and tokens[j - 1].low in _MONEY_WORDS:
            continue  # "ordered $6 billion in new airliners": the goods after the sum
        if tok.low in _OBJECT_BREAKS or tok.text in {",", ";", ":", "("}:
            return None
        if tok.text in {"“", '"', "‘"}:
            return None
    return None


def _right_roles(
    tokens: Sequence[Token],
    refs: Sequence[Ref | None],
    trig: _Trigger,
    index: ActorIndex,
    roles: _Roles,
    passive: bool,
    quotes: SpanSet,
    next_verb: int | None = None,
    clause_end: int | None = None,
) -> None:
    """Fill roles from what follows the trigger, up to the end of its clause (a noun: its chain of phrases)
    and never past the next verb trigger ("condemned the arrest and called on X": X is not condemned).

    :param refs: the mention at each token (:func:`_token_refs`).
    :param clause_end: :func:`_clause_end` after the trigger, when already known.
    """
    end = _clause_end(tokens, trig.last + 1) if clause_end is None else clause_end
    if next_verb is not None:
        end = min(end, next_verb)
    if not passive and "*" in trig.entry.words:
        # a phrase around its object: "found Maria Lopez guilty", "took the suspects into custody"
        for k in range(trig.first + 1, trig.last):
            ref = refs[k]
            if ref is not None and ref.actor not in roles.agents and ref.actor not in roles.targets:
                roles.targets.append(ref.actor)
    statement = trig.entry.type.name in _NO_OBJECT_TYPES
    if not trig.noun and not passive and not statement:
        obj = _direct_object(tokens, refs, trig, end)
        nxt = trig.last + 1
        if obj is None and nxt < len(tokens) and tokens[nxt].low in {"him", "her"}:
            # "to release him": the last person named other than the one acting
            floor = max(0, tokens[nxt].start - _SALIENCE_REACH - index.longest)  # no further back than can count
            ref = index.last_before(tokens[nxt].start, floor, ("person",), quotes, frozenset(roles.agents))
            obj = ref.actor if ref is not None and tokens[nxt].start - ref.end < _SALIENCE_REACH else None
        elif obj is None and nxt < len(tokens) and tokens[nxt].low in _OBJECT_PRONOUNS:
            # "acquired it", "sold them": the organisation or product named last, other than the one acting
            kinds = _OBJECT_PRONOUNS[tokens[nxt].low]
            floor = max(0, tokens[nxt].start - _PRONOUN_OBJECT_REACH - index.longest)
            ref = index.last_before(tokens[nxt].start, floor, kinds, quotes, frozenset(roles.agents))
            near = ref is not None and tokens[nxt].start - ref.end < _PRONOUN_OBJECT_REACH
            obj = ref.actor if ref is not None and near and not _noun_phrase_between(tokens, ref.end, nxt) else None
        if obj is None and (nxt >= len(tokens) or refs[nxt] is None):
            obj = _relative_object(tokens, refs, trig)  # "the aircraft they intend to launch"
        if obj is not None and index.kinds.get(obj) == "place" and trig.entry.type.movement:
            roles.location.append(obj)  # "visited Estrela"
        elif obj is not None:
            roles.targets.append(obj)
    j = trig.last + 1
    if j >= end or not index.overlapping(tokens[j].start, tokens[end - 1].end):
        return  # no actor is named in the rest of the clause
    while end > j and refs[end - 1] is None:
        end -= 1  # the words after the clause's last mention can take no role: the reading stops there
    quoted = len(quotes) > 0
    direct = True  # nothing but determiners between the trigger and here
    last_role: list[str] | None = None
    np_words = 0
    words_after = 0
    while j < end:
        tok = tokens[j]
        if quoted and quotes.covers(tok.start):
            j += 1
            continue
        words_after = j - trig.last
        if tok.text == ",":
            if last_role is not None:
                j = _skip_apposition(tokens, j, end)
                continue
            if trig.noun:
                break
            direct = False
            j += 1
            continue
        low = tok.low
        if low == "and" and last_role is not None:
            hit = _np_after(tokens, refs, j + 1, end)
            if hit is not None:
                last_role.append(hit[0])
                j = hit[1] + 1
                continue
        prep = low if low in PREPOSITIONS else None
        begin = j + 1 if prep is not None else j
        hit = _np_after(tokens, refs, begin, end)
        near = j - trig.last <= 6
        if hit is None:
            if prep is None and low not in {"the", "a", "an"}:
                direct = False
                np_words += 1
                if trig.noun and np_words > 4:
                    break
            elif prep is not None:
                np_words = 0
            last_role = None
            j += 1
            continue
        actor, last = hit
        before = (len(roles.agents), len(roles.targets), len(roles.others), len(roles.location))
        reach = words_after <= _LOCATION_REACH
        kind = index.kinds.get(actor, "")
        if prep == "with" and kind == "product" and not passive and tokens[trig.first].low in _with_theme_forms():
            # "supplied the air force with tankers": the tankers are what is given, the air force receives them
            roles.others.extend(a for a in roles.targets if a not in roles.others)
            roles.targets[:] = [actor]
            last_role, direct, np_words = roles.targets, False, 0
            j = last + 1
            continue
        taken = _assign(prep, actor, kind, trig, roles, passive, near, direct, reach)
        last_role = None
        if taken:
            after = (roles.agents, roles.targets, roles.others, roles.location)
            last_role = next((lst for lst, n in zip(after, before, strict=True) if len(lst) > n), None)
            if prep == "between" and last_role is roles.agents:
                last_role = roles.targets  # "between X and Y": X with Y, as in "X met Y"
        direct = False
        np_words = 0
        j = last + 1


_LIGHT_VERBS: Final = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "held",
        "hold",
        "holds",
        "holding",
        "made",
        "make",
        "makes",
        "making",
        "launched",
        "launch",
        "launches",
        "filed",
        "file",
        "files",
        "lodged",
        "lodge",
        "staged",
        "stage",
        "stages",
        "conducted",
        "conduct",
        "conducts",
        "led",
        "lead",
        "leads",
        "entered",
        "enter",
        "enters",
        "began",
        "begin",
        "begins",
        "started",
        "start",
        "starts",
        "attended",
        "attend",
        "attends",
        "received",
        "receive",
        "receives",
        "receiving",
        "gave",
        "give",
        "gives",
    ]
)


def _light_verb(tokens: Sequence[Token], trig: _Trigger) -> int | None:
    """The index of a verb that a nominalisation is the object of ("held talks", "are in negotiations")."""
    j = trig.first - 1
    steps = 0
    while j >= 0 and steps < 3 and (tokens[j].low in _DETERMINERS or tokens[j].low in {"in", "into"}):
        j -= 1
        steps += 1
    if j >= 0 and tokens[j].low in _LIGHT_VERBS:
        return j
    return None


def _left_noun_roles(
    tokens: Sequence[Token],
    refs: Sequence[Ref | None],
    trig: _Trigger,
    index: ActorIndex,
    roles: _Roles,
    resolve: Callable[[str, int], str | None] | None = None,
    times: SpanSet = NO_SPANS,
) -> None:
    """A nominalisation's possessive ("Pakistan's deportation", "his arrest": ``resolve`` finds whom a
    pronoun stands for) or modifier ("the Taliban attack"), read past a date between them ("the
    Fed's Oct. 31-Nov. 1 meeting": ``times`` are the time expressions' spans)."""
    j = trig.first - 1
    while j >= 0 and times.covers(tokens[j].start):
        j -= 1
    steps = 0
    has_of = trig.last + 1 < len(tokens) and tokens[trig.last + 1].low == "of"
    passed_possessive = False
    while j >= 0 and steps < 3:
        tok = tokens[j]
        ref = refs[j]
        if ref is not None:
            named = index.is_name(ref.actor, tok.text)  # "the Kabul talks", not "the Belarusian official's visit"
            if ref.kind == "place" and trig.entry.type.name in _CONTACT_TYPES and named and not passed_possessive:
                roles.location.append(ref.actor)
            elif ref.kind == "product" or (
                tok.possessive and not has_of and trig.entry.type.possessive_role == "target"
            ):
                roles.targets.append(ref.actor)  # "the reporter's arrest", "the iPhone launch"
            else:
                roles.agents.append(ref.actor)
            return
        if tok.low in {"his", "her", "their"}:
            actor = resolve(tok.low, tok.start) if resolve is not None else None
            target = not has_of and trig.entry.type.possessive_role == "target"
            done_to_a_body = (
                target and trig.entry.type.name in _DONE_TO_PEOPLE and index.kinds.get(actor or "") == "organization"
            )
            if actor is not None and not done_to_a_body:
                # "his arrest", "her visit"; not "to prevent their arrest" after a ministry spoke
                (roles.targets if target else roles.agents).append(actor)
            return
        passed_possessive = passed_possessive or tok.possessive
        if not tok.text[0].isalpha() or tok.low in PREPOSITIONS or tok.low in _DETERMINERS or tok.low in FUNCTION_WORDS:
            return
        j -= 1
        steps += 1


def _modality(tokens: Sequence[Token], trig: _Trigger, lows: Sequence[str] | None = None) -> str:
    if lows is None:
        lows = [t.low for t in tokens]
    first = trig.first
    clause = first
    floor = max(0, first - _CLAUSE_REACH)
    while clause > floor and lows[clause - 1] not in {"that", ";", "if", "unless", "whether"}:
        clause -= 1
    window = lows[max(clause, first - 6) : first]
    if clause > 0 and lows[clause - 1] in {"if", "unless", "whether"}:
        return "hypothetical"
    hypothetical = _HYPOTHETICAL.intersection(window)
    if hypothetical:
        if hypothetical == {"would"}:
            # "said it would lay off 1,800 employees": what was said to come, in reported speech
            reported = not _REPORTING.isdisjoint(lows[max(0, first - 8) : first])
            return "planned" if clause > 0 or reported else "hypothetical"
        return "hypothetical"
    if not _PLANNED.isdisjoint(window) or (not _PLAN_WORDS.isdisjoint(window[-4:]) and "to" in window[-3:]):
        return "planned"
    if trig.noun and not _UPCOMING.isdisjoint(window[-3:]):
        return "planned"
    if lows[: min(2, first)] == ["according", "to"]:
        return "reported"
    lo = max(0, first - _CLAUSE_REACH)
    if "that" in lows[lo + 1 : first]:
        for k in range(first - 1, lo, -1):
            if lows[k] == "that" and not _REPORTING.isdisjoint(lows[max(0, k - 6) : k]):
                return "reported"
    after = lows[trig.last + 1 : trig.last + _CLAUSE_REACH]
    if "," in after and not _REPORTING.isdisjoint(after[after.index(",") :][:5]):
        return "reported"
    return "asserted"


_NO_ONE: Final = frozenset({"nobody", "none", "nothing", "neither"})


def _polarity(tokens: Sequence[Token], trig: _Trigger, firsts: frozenset[int] = frozenset()) -> str:
    """Negative when the text says the event did not happen: "did not meet", "no talks", "denied receiving"."""
    first = tokens[trig.first].low
    j = trig.first - 1
    if trig.noun:
        while j >= 0 and tokens[j].low not in _NEGATIONS and tokens[j].text[0].isalpha() and trig.first - j <= 3:
            if tokens[j].low in _DETERMINERS or tokens[j].low in PREPOSITIONS:  # not "no": a negation, read above
                break
            j -= 1
        if j >= 0 and tokens[j].low in {"no", "without", "never"}:
            return "negative"
        # "would not participate in the meeting": the verb that governs the noun is negated
        g = trig.first - 1
        while g >= 0 and trig.first - g <= 3 and (tokens[g].low in _DETERMINERS or tokens[g].low in {"in", "at"}):
            g -= 1
        if g >= 0 and g < trig.first - 1 and tokens[g].low in _PARTAKE:
            j = g - 1
            while j >= 0 and (tokens[j].low in AUXILIARIES or tokens[j].low.endswith("n't")):
                if tokens[j].low in _NEGATIONS or tokens[j].low.endswith("n't"):
                    return "negative"
                j -= 1
    else:
        while j >= 0 and (
            tokens[j].low in AUXILIARIES or tokens[j].low.endswith(("ly", "n't")) or tokens[j].low == "to"
        ):
            low = tokens[j].low
            if low in _NEGATIONS or low.endswith("n't"):
                return "negative"
            if low == "to" and j > 0 and tokens[j - 1].low in _NEG_VERBS:
                return "negative"
            j -= 1
        if j >= 0 and tokens[j].low in {"without", "never"}:
            return "negative"
        if j >= 0 and (tokens[j].low in _NO_ONE or (tokens[j].low == "one" and j > 0 and tokens[j - 1].low == "no")):
            return "negative"  # "No one was injured", "nobody was arrested"
    # "denied receiving any aid": the event after a denial did not happen
    for k in range(trig.first - 1, max(-1, trig.first - 5), -1):
        low = tokens[k].low
        if k in firsts and low not in _DENY:
            break  # "denied ordering the detention": what is denied is the ordering
        if low in _DENY:
            between = tokens[k + 1 : trig.first]
            if (first.endswith("ing") and not between) or (trig.noun and any(t.low in _DENIED_LIGHT for t in between)):
                return "negative"
        if low in {",", ";", "that", "and", "but"}:
            break
    return "positive"


def _dated(times: Sequence[TimeExpression]) -> list[TimeExpression]:
    return [t for t in times if t.date_start is not None]


def _chain(text: str, ordered: Sequence[TimeExpression], i: int) -> tuple[dt.date, dt.date]:
    """The dates covered by ``ordered[i]`` and the dated times joined to it ("Saturday and Sunday, January 11
    and 12"); ``ordered`` are a sentence's dated times in text order."""
    chosen = ordered[i]
    lo = hi = i
    while lo > 0 and _RANGE_JOINERS.match(text[ordered[lo - 1].end : ordered[lo].start]):
        lo -= 1
    while hi + 1 < len(ordered) and _RANGE_JOINERS.match(text[ordered[hi].end : ordered[hi + 1].start]):
        hi += 1
    group = list(ordered[lo : hi + 1])
    if chosen.range is not None:
        group += [t for t in ordered if t.range == chosen.range or t.id == chosen.range]
    starts = [t.date_start for t in group if t.date_start is not None]
    ends = [t.date_end or t.date_start for t in group if (t.date_end or t.date_start) is not None]
    start, end = min(starts), max(e for e in ends if e is not None)
    return (start, end) if start <= end else (end, start)


@attrs.frozen
class _SentenceTimes:
    """A sentence's dated time expressions in text order, and which of them can date an event."""

    ordered: tuple[TimeExpression, ...]
    usable: tuple[bool, ...]  # False for "since 2023": a starting point, not the event's date
    starts: tuple[int, ...]
    floor: int = 0  # where the sentence starts

    @classmethod
    def of(cls, text: str, sentence: Span, dated: Sequence[TimeExpression], starts: Sequence[int]) -> _SentenceTimes:
        lo, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
        if lo == hi:
            return _NO_TIMES  # most sentences have no dated time: one shared empty record
        ordered = tuple(t for t in dated[lo:hi] if t.end <= sentence.end)
        usable = tuple(not _after_since(text, sentence.start, t) for t in ordered)
        return cls(ordered, usable, tuple(t.start for t in ordered), sentence.start)

    def nearest(
        self,
        text: str,
        trigger: Span,
        speech: bool = False,
        told_of: bool = False,
        quoted: SpanSet = NO_SPANS,
        latest: dt.date | None = None,
    ) -> tuple[TimeExpression, dt.date, dt.date] | None:
        """The usable time nearest the trigger, with the dates of the range it is part of. For a
        verb of saying (``speech``) a time well inside what was said is not when it was said:
        "said temperatures in September damaged the crop" is no statement of September, nor is
        "detected on Sept. 27, the ministry said" (what was said comes first, and the attribution
        after a comma). For what tells of a period (``told_of``: results, forecasts, dividends) a
        time after the trigger dates it only when it follows at once or after "on": "reported a
        jump in fourth-quarter profit" is not dated by the quarter. A time inside a quotation
        (``quoted``) is what was said, not when: "'I played well the whole week,' he said". A time
        that begins after ``latest`` is not when a verb in the past happened."""
        if not any(self.usable):
            return None
        at = bisect.bisect_left(self.starts, trigger.start)
        best: int | None = None
        best_distance = 0
        # walk out from the trigger on both sides; a side stops once it is further than the best found
        for side in (range(at - 1, -1, -1), range(at, len(self.ordered))):
            for read, i in enumerate(side):
                t = self.ordered[i]
                distance = min(abs(t.start - trigger.end), abs(trigger.start - t.end))
                if (best is not None and distance > best_distance) or read == _TIMES_READ:
                    break  # further times only lie further; and a sentence of thousands is read no further
                if not self.usable[i]:
                    continue
                if speech and t.start >= trigger.end and not _said_then(text, trigger, t):
                    continue
                if speech and t.end <= trigger.start and _said_before(text, self.floor, t, trigger):
                    continue
                if (
                    not speech
                    and t.end <= trigger.start
                    and _WHEN_SAID.search(text, max(self.floor, t.start - 40), t.start)
                ):
                    continue  # "said on Wednesday it would lay off": the day of the saying, not of the layoff
                if latest is not None and t.date_start is not None and t.date_start > latest:
                    continue
                if quoted.covers(t.start):
                    continue
                if told_of and t.start >= trigger.end and _ON_DAY.fullmatch(text, trigger.end, t.start) is None:
                    continue
                between = (trigger.end, t.start) if t.start >= trigger.end else (t.end, trigger.start)
                if _OTHER_CLAUSE.search(text, *between) or (
                    t.end <= trigger.start
                    and (
                        _in_relative_clause(text, self.floor, t, trigger.start)
                        or _JOINED_BEFORE.fullmatch(text, t.end, trigger.start) is not None
                    )
                ):
                    # "elected … in 2002 and was appointed a Dame in 2011"; "Nguyen, who became
                    # foreign minister in March, is scheduled to meet Li Qiang on Thursday"
                    distance += _OTHER_CLAUSE_COST
                if best is None or distance < best_distance:
                    best, best_distance = i, distance
        if best is None:
            return None
        start, end = _chain(text, self.ordered, best)
        return self.ordered[best], start, end


_NO_TIMES: Final = _SentenceTimes((), (), ())
#: What puts a time in another clause than the trigger's: a coordinating conjunction or a semicolon.
_OTHER_CLAUSE: Final = re.compile(
    r"\b(?:and|but|while|whereas|then)\s+(?:\w+\s+)?(?:was|were|is|are|has|have|had|\w+ed)\b|;"
)
_OTHER_CLAUSE_COST: Final = 60  # characters
#: What stands between a time and a verb joined to the clause the time ends: "elected in 2016 and
#: won re-election in 2024" (2016 is the election's).
_JOINED_BEFORE: Final = re.compile(r"\s*,?\s*(?:and|but|then|before|after)\s+(?:\w+\s+)?", re.IGNORECASE)
_RELATIVE_OPENING: Final = re.compile(r",\s+(?:who|which|whose|where)\b")


def _in_relative_clause(text: str, floor: int, t: TimeExpression, trigger_start: int) -> bool:
    """Whether a time before the trigger lies in a relative clause closed before it (", who became
    foreign minister in March, is scheduled to meet …")."""
    comma = text.rfind(",", floor, t.start)
    return comma >= 0 and _RELATIVE_OPENING.match(text, comma) is not None and "," in text[t.end : trigger_start]


_TIMES_READ: Final = 12  # times read on each side of a trigger at most: a sentence's times are rarely more

#: What may stand between a verb of saying and the time it was said: "said on Wednesday", "announced
#: late on Friday", "stated during a press conference on Tuesday", and for verbs that take whom they
#: tell, "told reporters Wednesday", "told the BBC on Monday".
_ADJUNCT: Final = (
    r"(?:(?:during|at|in|after|before|on)\s+(?:a|an|the|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+)?"
)
_LATE_OR_EARLY: Final = r"(?:(?:late|early)\s+)?"
_WHEN: Final = rf"{_LATE_OR_EARLY}(?:(?:on|in|at)\s+)?"
_SPEECH_TIME: Final = re.compile(rf"\s+{_ADJUNCT}{_WHEN}")
_TOLD_TIME: Final = re.compile(rf"\s+(?:(?:the|a|an)\s+)?(?:(?:[A-Z]?[a-z]+|[A-Z]{{2,5}})\s+){{0,2}}{_ADJUNCT}{_WHEN}")
_TELLING: Final = ("told", "tell", "brief", "inform", "assur", "warn")
_ON_DAY: Final = re.compile(rf"\s+{_LATE_OR_EARLY}(?:on\s+)?")  # a time told of, right after: "reported on Wednesday"


def _said_then(text: str, trigger: Span, t: TimeExpression) -> bool:
    """Whether a time after a verb of saying is when it was said, not a time in what was said."""
    gap = _TOLD_TIME if trigger.text.lower().startswith(_TELLING) else _SPEECH_TIME
    return gap.fullmatch(text, trigger.end, t.start) is not None


#: What may open a sentence before its time, when the time dates the whole sentence: "On Tuesday,",
#: "Late on Friday,", "In a statement on Monday,", "Earlier this week,".
_OPENING_ADJUNCT: Final = re.compile(
    r"\s*(?:(?:(?:late|early|earlier|later|also|and|but|then)\s+)*(?:on|in|at|by|during|from|after|before|over)\b[^,;]*"
    r"|[A-Z][a-z]+ing\b[^,;]*)?",  # "Speaking at a conference in Riyadh on Tuesday, X said"
    re.IGNORECASE,
)


_CLAUSE_JOINERS: Final = frozenset(["and", "but", "while", "then", "yet", "so"])
#: A verb of saying right before a time: the time is when it was said ("said on Wednesday it would …").
_WHEN_SAID: Final = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|stated|added|confirmed)\s+(?:(?:late|early)\s+)?(?:on\s+)?\Z",
    re.IGNORECASE,
)
_QUOTE_MARKS: Final = re.compile(r"[\"“”]|``|''")


def _said_before(text: str, floor: int, t: TimeExpression, trigger: Span) -> bool:
    """Whether a time before a verb of saying is in what was said, the attribution following after a
    comma: "The outbreak was detected on Sept. 27, the ministry said". A time in an adjunct that opens
    the sentence ("On Tuesday, the ministry said") dates the saying."""
    between = text[t.end : trigger.start]
    if "," not in between or _QUOTE_MARKS.search(between) or trigger.text.endswith("ing"):
        # a quotation between: the time is another telling's ("told … on Sunday … '…,' he told"); a
        # participle shares its clause's time ("wrote this week, demanding … and saying")
        return False
    attribution = between[between.rindex(",") + 1 :].split()
    if attribution and attribution[0].lower() in _CLAUSE_JOINERS:
        return False  # "warned officials Wednesday …, and they said": a second clause of the same telling
    return _OPENING_ADJUNCT.fullmatch(text, floor, t.start) is None


def _after_since(text: str, floor: int, t: TimeExpression) -> bool:
    before = text[max(floor, t.start - 12) : t.start].lower().split()
    return bool(before) and before[-1] in _SINCE


_BYLINE: Final = re.compile(r"(?:By|BY|From)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|in|,))*\s*\Z")


def _anchor(digest: Digest, article: Article) -> TimeExpression | None:
    """The article's anchoring time: the first dated day of its lede (the first sentence after the
    headline and the byline), or None when the lede has none."""
    sentence = next(
        (
            s
            for s in article.sentences
            if (article.title is None or s != article.title) and not _BYLINE.match(digest.text, s.start, s.end)
        ),
        None,
    )  # the lede: only the sentences up to it are read
    if sentence is None:
        return None
    found = [
        t
        for t in sorted(_dated(article.times), key=lambda t: t.start)
        if sentence.start <= t.start and t.end <= sentence.end and not _after_since(digest.text, sentence.start, t)
    ]
    # "Inflation fell to 2.6% in November, the ONS said on Wednesday": the day is the news, the
    # month what it was about
    return next((t for t in found if t.date_start == t.date_end), found[0] if found else None)


class _Draft(NamedTuple):
    event: _Told
    order: int
    title: bool


def _participants(roles: _Roles, made: dict[tuple[str, str], Participant]) -> tuple[Participant, ...]:
    """Each actor in its first role; ``made`` holds the participants made before, which are used again."""
    seen: dict[str, str] = {}
    for role, actors in (("agent", roles.agents), ("target", roles.targets), ("participant", roles.others)):
        for actor in actors:
            seen.setdefault(actor, role)
    out = []
    for pair in seen.items():
        found = made.get(pair)
        if found is None:
            found = made[pair] = Participant(actor=pair[0], role=pair[1])  # type: ignore[arg-type]
        out.append(found)
    return tuple(out)


class _Salience:
    """Who the article has been about: the agents of its events so far, for pronouns, unless a
    sentence since opened with someone else ("Tusk told supporters … President Andrzej Duda will
    ask a party to form a government. He said …" is Duda, though asking made no event)."""

    def __init__(self, index: ActorIndex, article_start: int, skip: SpanSet, sentence_starts: Sequence[int]) -> None:
        self.index = index
        self.article_start = article_start
        self.skip = skip
        self.sentence_starts = sentence_starts
        self.agents: list[tuple[int, str]] = []  # (position, actor)

    def resolve(self, word: str, pos: int) -> str | None:
        kinds = PRONOUN_KINDS.get(word)
        if kinds is None:
            return None
        recent = self.index.resolve_pronoun(word, pos, self.article_start, self.skip)
        for where, actor in reversed(self.agents):
            if pos - where >= _SALIENCE_REACH:
                break
            if where < pos and self.index.kinds.get(actor) in kinds:
                opener = self._sentence_opener(pos, kinds) if kinds == ("person",) else None
                return opener[1] if opener is not None and opener[0] > where else actor
        return recent

    def _sentence_opener(self, pos: int, kinds: Sequence[str]) -> tuple[int, str] | None:
        """The last mention of ``kinds`` before ``pos`` when it opens a sentence: where, and whose.
        Asked for people only: a name opening a sentence is its subject far more often than a
        capitalised first word read as an organization ("Newsprint results continued …")."""
        ref = self.index.last_before(pos, self.article_start, kinds, self.skip)
        if ref is None:
            return None
        i = bisect.bisect_right(self.sentence_starts, ref.start) - 1
        return (ref.start, ref.actor) if i >= 0 and self.sentence_starts[i] == ref.start else None


def _reduced_relative_head(tokens: Sequence[Token], trig: _Trigger, index: ActorIndex) -> str | None:
    """The actor a participle after a comma says something of ("The new hardware, revealed at …", "the system,
    to be released in 2011"): what is done to it."""
    if trig.noun or not trig.entry.participle or not tokens[trig.first].low.endswith(("ed", "en", "wn", "ld")):
        return None
    j = trig.first - 1
    if j >= 2 and tokens[j].low == "be" and tokens[j - 1].low == "to":
        j -= 2
    elif j >= 1 and tokens[j].low == "being":
        j -= 1
    if j < 1 or tokens[j].text != ",":
        return None
    ref = index.at(tokens[j - 1].start, tokens[j - 1].end)
    return ref.actor if ref is not None and ref.end == tokens[j - 1].end else None


def _sentence_subject(tokens: Sequence[Token], index: ActorIndex, before: int) -> list[str]:
    """The main subject for an adjunct verb at token ``before``: the first actor of the sentence before it that
    does not follow a preposition, or, for an opening adjunct ("While introducing X, Jobs …"), the first one after
    the adjunct's comma."""
    opening = dateline_end([t.text for t in tokens])  # a dateline is never the subject
    floor = max(opening, before - _CLAUSE_REACH)
    said = _said_of_another(tokens, floor, before)
    if said is not None:
        # "X said a strike destroyed the house, killing 14": what the clause after "said" tells,
        # whose subject is no actor here, did the killing; not the one who said it
        return _first_subject(tokens, index, said + 1, before)
    found = _first_subject(tokens, index, floor, before)
    if not found and before <= 1:
        comma = next((k for k in range(before, len(tokens)) if tokens[k].text == ","), None)
        if comma is not None:
            found = _first_subject(tokens, index, comma + 1, min(len(tokens), comma + 9))
    return found


_SAID_CLAUSE_VERBS: Final = frozenset({"said", "says", "told", "added", "reported", "announced", "stated", "claimed"})
_OWN_WORDS: Final = frozenset({"he", "she", "they", "it", "we", "i", "his", "her", "its", "their", "our", "that"})


def _said_of_another(tokens: Sequence[Token], floor: int, before: int) -> int | None:
    """The verb of saying before token ``before`` whose clause tells of something other than the
    speaker ("Barakat said a strike destroyed the house, killing 14"), or None: none, or its clause
    opens with a pronoun ("Dicks said he was shocked, releasing a statement"), or nothing but the
    verb stands between ("Adams said, adding"), or it is a relative clause's ("X, who said …, defended")."""
    for k in range(before - 1, floor - 1, -1):
        if tokens[k].low not in _SAID_CLAUSE_VERBS:
            continue
        if k > 0 and tokens[k - 1].low in {"who", "which", "that"}:
            return None
        words = [t for t in tokens[k + 1 : before] if t.text[:1].isalnum()]
        if len(words) < 2 or words[0].low in _OWN_WORDS:
            return None
        return k
    return None


#: Words before a verb in the past form that put it ahead or in the present: "will be sentenced",
#: "is expected", "to be held".
_NOT_PAST_BEFORE = frozenset(["will", "would", "shall", "'ll", "to", "be", "is", "are", "am", "being", "may", "might"])
_NOT_PAST_BEFORE |= frozenset(["could", "should", "can", "must", "'s", "'re"])


def _after(day: dt.date | None, published: dt.date | None) -> bool:
    """Whether ``day`` comes after the day of publication (False when either is unknown)."""
    return day is not None and published is not None and day > published


def _past_tense(lows: Sequence[str], trig: _Trigger) -> bool:
    """Whether a verb trigger tells of what was done: a past form ("said", "was arrested", "has
    threatened") with no auxiliary before it that puts it ahead or in the present ("will be
    sentenced", "is scheduled")."""
    if trig.noun:
        return False
    low = lows[trig.first]
    if not (low.endswith("ed") or low in _past_forms()):
        return False
    j = trig.first - 1
    while (
        j >= 0 and trig.first - j <= 4 and (lows[j] in AUXILIARIES or lows[j] in _NEGATIONS or lows[j].endswith("ly"))
    ):
        if lows[j] in _NOT_PAST_BEFORE:
            return False
        j -= 1
    return True


def _past_forms() -> frozenset[str]:
    """Irregular past forms: the common ones and those the event lexicon knows, as it stands now."""
    return PAST_FORMS | {form for forms in IRREGULAR_VERBS.values() for form in forms if " " not in form}


def _first_subject(tokens: Sequence[Token], index: ActorIndex, start: int, end: int) -> list[str]:
    """The first actor from token ``start`` on that is no object of a preposition, before the first verb:
    in "A magnitude 6.8 earthquake struck eastern Turkey, killing …" the subject names no actor."""
    past_forms = _past_forms()
    for j in range(start, end):
        tok = tokens[j]
        ref = index.at(tok.start, tok.end)
        if ref is None:
            low = tok.low
            if low in AUXILIARIES or low in past_forms or (len(low) > 4 and low.endswith("ed")):
                return []  # the verb: what follows is its object
            continue
        before = j - 1
        while before >= 0 and tokens[before].low in BEFORE_NAME:
            before -= 1
        if before >= 0 and tokens[before].low in PREPOSITIONS:
            continue  # "derails in southern Veltria, killing …": no subject
        return [_titled_head(tokens, index, ref, j + 1, end)]
    return []


def _titled_head(tokens: Sequence[Token], index: ActorIndex, ref: Ref, k: int, end: int) -> str:
    """The actor a noun phrase opening with ``ref`` names: the person after a title that ``ref`` is
    the employer of ("Leeds City Council leader James Lewis", "Apple CEO Tim Cook"), else ``ref``.
    ``k`` is a token at or before the end of ``ref``; ``end`` the token to stop at."""
    while k < end and tokens[k].start < ref.end:
        k += 1
    titled = False
    while k < end:
        tok = tokens[k]
        if titled:
            head = index.at(tok.start, tok.end)
            if head is not None and head.actor != ref.actor and head.start == tok.start:
                return head.actor if index.kinds.get(head.actor) == "person" else ref.actor
        if tok.low in lex.ROLE_HEADS or tok.low in lex.ROLE_MODIFIERS:
            titled = titled or tok.low in lex.ROLE_HEADS
            k += 1
            continue
        break
    return ref.actor


def _place_in_clause(
    tokens: Sequence[Token],
    refs: Sequence[Ref | None],
    trig: _Trigger,
    index: ActorIndex,
    quotes: SpanSet,
    clause_end: int | None = None,
) -> str | None:
    """A place named with "in" or "at" in the trigger's clause ("… is to be held in Pakistan")."""
    end = _clause_end(tokens, trig.last + 1) if clause_end is None else clause_end
    distance = 0
    quoted = len(quotes) > 0
    for j in range(trig.last + 1, end - 1):
        if quoted and quotes.covers(tokens[j].start):
            continue
        distance += 1
        if distance > _LOCATION_REACH:
            break
        if tokens[j].low in {"in", "at"}:
            hit = _np_after(tokens, refs, j + 1, end)
            if hit is not None and index.kinds.get(hit[0]) == "place":
                return hit[0]
    for k in range(trig.first - 1, max(0, trig.first - _CLAUSE_REACH), -1):
        if trig.noun or tokens[k].low in {"that", ";"}:
            break
        if tokens[k - 1].low in {"in", "at"}:
            ref = refs[k]
            if ref is not None and ref.kind == "place":
                return ref.actor
    return None


def _quoted_speaker(quotes: Sequence[Quote], starts: Sequence[int], start: int, end: int) -> str | None:
    """The speaker of a quotation right before or after a reporting verb ("“…,” the letter said").

    :param quotes: the article's quotes in text order; ``starts`` their start offsets.
    """
    lo, hi = bisect.bisect_left(starts, start - 2000), bisect.bisect_right(starts, end + 30)
    for quote in quotes[lo:hi]:
        if quote.speaker is not None and (0 <= start - quote.end < 30 or 0 <= quote.start - end < 30):
            return quote.speaker
    return None


@attrs.frozen
class _Context:
    """What every sentence of an article needs, computed once: its quotes and dated times, sorted; and the
    participants made so far, by (actor, role), for the article's events to share (the records are frozen)."""

    quotes: tuple[Quote, ...]
    quote_starts: tuple[int, ...]
    quote_set: SpanSet
    dated: tuple[TimeExpression, ...]
    dated_starts: tuple[int, ...]
    time_set: SpanSet
    participants: dict[tuple[str, str], Participant] = attrs.Factory(dict)

    @classmethod
    def of(cls, article: Article) -> _Context:
        quotes = tuple(sorted(article.quotes, key=lambda q: q.start))
        dated = tuple(sorted(_dated(article.times), key=lambda t: t.start))
        return cls(
            quotes=quotes,
            quote_starts=tuple(q.start for q in quotes),
            quote_set=SpanSet((q.start, q.end) for q in quotes),
            dated=dated,
            dated_starts=tuple(t.start for t in dated),
            time_set=SpanSet((t.start, t.end) for t in article.times),
        )


def _sentence_events(
    digest: Digest,
    article: Article,
    sentence: Span,
    index: ActorIndex,
    lexicon: Lexicon,
    anchor: TimeExpression | None,
    title: bool,
    salience: _Salience,
    context: _Context,
    tokens: list[Token] | None = None,
    triggers: list[_Trigger] | None = None,
) -> list[_Told]:
    text = digest.text
    if triggers is not None and not triggers:
        return []
    if tokens is None:
        if triggers is None and not lexicon.may_trigger(text, sentence.start, sentence.end):
            return []
        tokens = tokenize(text, sentence.start, sentence.end)
    quotes = quote_skip = context.quote_set
    lows = [t.low for t in tokens]
    if triggers is None:
        triggers = _find_triggers(tokens, lexicon, index, title, lows)
    if not triggers:
        return []
    times = _SentenceTimes.of(text, sentence, context.dated, context.dated_starts)
    refs = _token_refs(tokens, index)
    events: list[_Told] = []
    previous: list[tuple[_Trigger, _Roles]] = []
    firsts = frozenset(t.first for t in triggers)
    # the first verb trigger after each trigger, found in one pass from the end (not one scan per trigger)
    next_verbs: list[int | None] = [None] * len(triggers)
    following: int | None = None
    for number in range(len(triggers) - 1, -1, -1):
        next_verbs[number] = following
        if not triggers[number].noun:
            following = triggers[number].first
    for number, trig in enumerate(triggers):
        next_verb = next_verbs[number]
        t_start, t_end = tokens[trig.first].start, tokens[trig.last].end
        if quotes.covers(t_start):
            continue
        roles = _Roles()
        passive = _passive(tokens, trig)
        if trig.noun:
            _left_noun_roles(tokens, refs, trig, index, roles, salience.resolve, context.time_set)
            light = _light_verb(tokens, trig)
            if light is not None and not roles.agents:
                subject = find_subject(
                    tokens,
                    light + 1,
                    index,
                    article_start=article.start,
                    skip=quote_skip,
                    resolve=salience.resolve,
                    refs=refs,
                )
                actors = list(subject.actors)
                k = light - 1
                while k >= 0 and tokens[k].low in AUXILIARIES:
                    k -= 1
                if not actors and k >= 0 and tokens[k].low == "and":
                    actors = _sentence_subject(tokens, index, k)  # "X operates … and has made the purchase of …"
                (roles.targets if tokens[light].low.startswith("receiv") else roles.agents).extend(actors)
        else:
            before = tokens[trig.first - 1].low if trig.first > 0 else ""
            infinitive = before == "to"
            # "and threatened", "and has threatened", "and was appointed": a verb sharing the subject before
            k = trig.first - 1
            while k > 0 and trig.first - k <= 2 and tokens[k].low in _TENSE_AUXILIARIES:
                k -= 1
            coordinated = k >= 0 and tokens[k].low == "and"
            adjunct = tokens[trig.first].low.endswith("ing") and before in _ADJUNCT_OPENERS
            subject = find_subject(
                tokens,
                trig.first,
                index,
                article_start=article.start,
                skip=quote_skip,
                resolve=salience.resolve,
                commas=title,
                adverbials=context.time_set,
                refs=refs,
            )
            subject_actors = [] if adjunct else list(subject.actors)
            own_subject = subject.found and not (infinitive or coordinated or adjunct)
            if not subject.found and not adjunct:
                head = _reduced_relative_head(tokens, trig, index)
                if head is not None:
                    subject_actors, passive, own_subject = [head], True, True
            if before == "as" and trig.first > 1:
                # "quoted Djamal as saying"
                ref = index.at(tokens[trig.first - 2].start, tokens[trig.first - 2].end)
                if ref is not None:
                    subject_actors, adjunct = [ref.actor], False
            if infinitive or coordinated or adjunct or not subject.found:
                last_verb = next(((t, r) for t, r in reversed(previous) if not t.noun), None)
                if last_verb is not None:
                    prev_trig, prev_roles = last_verb
                    if infinitive and prev_trig.entry.type.name in _CONTROL_TYPES:
                        subject_actors = list(prev_roles.targets[:1])  # "urged X to talk": X talks
                    elif prev_roles.agents and not (
                        adjunct
                        and prev_trig.entry.type.name in _SPEECH_TYPES
                        and trig.entry.type.name not in _SPEECH_TYPES
                        and _said_of_another(tokens, prev_trig.first, trig.first) is not None
                    ):
                        # (not "X said a strike destroyed it, killing 14": the speaker killed no one)
                        subject_actors = list(prev_roles.agents)
                controlled = last_verb is not None and last_verb[0].entry.type.name in _CONTROL_TYPES
                if infinitive and not subject_actors and trig.first > 1 and not controlled:
                    # "Apple has plans to import", "is planning to sell": the subject of what controls "to"
                    controller = find_subject(
                        tokens,
                        trig.first - 1,
                        index,
                        article_start=article.start,
                        skip=quote_skip,
                        resolve=salience.resolve,
                        refs=refs,
                    )
                    subject_actors = list(controller.actors)
                if (adjunct or coordinated) and not subject_actors:
                    subject_actors = _sentence_subject(tokens, index, trig.first)
            for actor in subject_actors:
                # a product does not act: "the phone launches", "Dreamliners delivered to …" tell what is done to it
                product = own_subject and index.kinds.get(actor) == "product"
                done_to = passive or product or trig.entry.type.subject_role == "target"  # "Jobs died"
                (roles.targets if done_to else roles.agents).append(actor)
        clause_end = _clause_end(tokens, trig.last + 1, lows)
        subject_targets = len(roles.targets)  # a product or a passive subject: "The A330 crashed into"
        _right_roles(tokens, refs, trig, index, roles, passive, quotes, next_verb, clause_end)
        if trig.entry.type.intransitive and not trig.noun and len(roles.targets) > subject_targets:
            # "died trying to get Elian", "crashed into the Atlantic": no one after it is done to; a place is where
            roles.location.extend(a for a in roles.targets[subject_targets:] if index.kinds.get(a) == "place")
            del roles.targets[subject_targets:]
        if not roles.agents and trig.entry.type.name in _SPEECH_TYPES:
            speaker = _quoted_speaker(context.quotes, context.quote_starts, t_start, t_end)
            if speaker is not None:
                roles.agents.append(speaker)
        if not roles.location:
            place = _place_in_clause(tokens, refs, trig, index, quotes, clause_end)
            if place is not None and place not in roles.agents:
                roles.location.append(place)
        participants = _participants(roles, context.participants)
        etype = trig.entry.type
        switch = EVENT_TYPES.get(etype.person_object_type or "")
        if (
            switch is not None
            and any(index.kinds.get(a) in {"person", "group"} for a in roles.targets)
            and not (etype.name == "win" and _tells_of_contest(lows, text, sentence))
        ):
            etype = switch  # "release him": freeing a person, not launching a product
        previous.append((trig, roles))
        for agent in roles.agents:
            salience.agents.append((t_start, agent))
        if trig.noun and trig.entry.type.noun_needs_participant and not participants:
            continue
        trigger = Span.of(text, t_start, t_end)
        modality = _modality(tokens, trig, lows)
        polarity = _polarity(tokens, trig, firsts)
        speech = etype.name in _SPEECH_TYPES and not trig.noun
        when = functools.partial(
            times.nearest, text, trigger, speech, etype.name in _TELLING_TYPES, quotes if speech else NO_SPANS
        )
        dated = when()
        time_id: str | None = None
        date_start = date_end = None
        inherited = False
        done = modality in {"asserted", "reported"}
        if dated is not None and done and _after(dated[1], digest.published) and _past_tense(lows, trig):
            # "has threatened levies from April 2", "said … is due to rule on Friday": what is
            # done is not dated ahead of the story; a time before it may date it still
            dated = when(latest=digest.published)
        if dated is not None:
            chosen, date_start, date_end = dated
            time_id = chosen.id
            if digest.published is not None and date_start > digest.published and modality == "asserted":
                modality = "planned"
        elif (
            anchor is not None
            and modality not in {"planned", "hypothetical"}
            and not (_after(anchor.date_start, digest.published) and _past_tense(lows, trig))
        ):
            time_id, date_start = anchor.id, anchor.date_start
            date_end = anchor.date_end or anchor.date_start
            inherited = True
        location = roles.location[0] if roles.location else None
        events.append(
            _Told(
                type=etype.name,
                trigger=trigger,
                sentence=sentence,
                participants=tuple(p for p in participants if p.actor != location),
                time=time_id,
                date_start=date_start,
                date_end=date_end,
                location=location,
                cameo=etype.cameo,
                polarity=polarity,
                modality=modality,
                date_inherited=inherited,
            )
        )
    return events


class _Told(NamedTuple):
    """An event as one sentence tells it, before the tellings of one event are merged and numbered: the
    fields of :class:`Event` but its id and other tellings (a named tuple: cheaper to build and change)."""

    type: str
    trigger: Span
    sentence: Span
    participants: tuple[Participant, ...]
    time: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    location: str | None
    cameo: str | None
    polarity: str
    modality: str
    date_inherited: bool


def _actors_of(event: _Told, index: ActorIndex) -> frozenset[str]:
    out: set[str] = set()
    for p in event.participants:
        out |= index.related(p.actor)
    return frozenset(out)


def _same(a: _Told, b: _Told, index: ActorIndex, title: bool, lede: Span | None = None) -> bool:
    """Whether two events of an article tell the same thing (``title``: one of them is the headline's; a
    headline event of the same type as one in the ``lede`` sentence tells the lede's)."""
    if a.type != b.type or a.polarity != b.polarity:
        return False
    own_a, own_b = not a.date_inherited and a.date_start is not None, not b.date_inherited and b.date_start is not None
    if own_a and own_b and (a.date_start, a.date_end) != (b.date_start, b.date_end):
        return False
    pa, pb = {p.actor for p in a.participants}, {p.actor for p in b.participants}
    if a.type in _SPEECH_TYPES and not title:
        # every statement says something of its own; only the same words, by the same people, on the same day repeat one
        same_words = a.trigger.text.lower() == b.trigger.text.lower()
        return same_words and pa == pb and (a.date_start, a.date_end) == (b.date_start, b.date_end)
    if a.sentence == b.sentence:
        return not pa or not pb or bool(pa & pb)
    if title and lede is not None and lede in (a.sentence, b.sentence):
        return True
    if title:
        return not pa or not pb or bool(_actors_of(a, index) & _actors_of(b, index))
    if not pa or not pb:
        return pa == pb and own_a == own_b
    agents_a = {p.actor for p in a.participants if p.role == "agent"}
    agents_b = {p.actor for p in b.participants if p.role == "agent"}
    if agents_a and agents_b and not agents_a & agents_b:
        return False
    return pa <= pb or pb <= pa


class _MergeIndex:
    """The events of an article's body by what two tellings of one event share, for :func:`find_events`.

    Two body tellings of one type are the same event (:func:`_same`) only when they are in one sentence, or
    neither has participants, or the participants of one are among the other's. So a telling need only be
    compared with the events of its sentence, those with no participants (as sure or unsure of their date
    as it; a statement: of the same date), those whose participants are a part of its own, and those that
    have all of its own.
    An event is filed again under what it has after every merge (it only gains participants and dates);
    what it was filed under before stays, so the candidates are never fewer than the events that can match.
    """

    __slots__ = ("_keys", "_with")

    def __init__(self) -> None:
        self._keys: dict[tuple[object, ...], list[int]] = {}  # (what, type, …) → events, in order
        self._with: dict[tuple[str, str], set[int]] = {}  # (type, actor) → the events that have the actor

    @staticmethod
    def _own(ev: _Told) -> tuple[object, ...]:
        """What two tellings without participants agree on when they are one event: a statement's date, else
        whether the date is their own, and if so which."""
        if ev.type in _SPEECH_TYPES:
            return ("said", ev.date_start, ev.date_end)
        own = not ev.date_inherited and ev.date_start is not None
        return (True, ev.date_start, ev.date_end) if own else (False,)

    def add(self, n: int, ev: _Told) -> None:
        """File event number ``n`` under what it has now."""
        actors = frozenset(p.actor for p in ev.participants)
        keys: list[tuple[object, ...]] = [
            ("sentence", ev.type, ev.sentence.start, ev.sentence.end),
            ("set", ev.type, actors),
        ]
        if not actors:
            keys.append(("none", ev.type, *self._own(ev)))
        for key in keys:
            filed = self._keys.setdefault(key, [])
            if not filed or filed[-1] != n:
                filed.append(n)
        for actor in actors:
            self._with.setdefault((ev.type, actor), set()).add(n)

    def candidates(self, ev: _Told) -> list[int]:
        """The events a body telling ``ev`` can be the same as, in the order they were first filed."""
        keys = self._keys
        found: set[int] = set(keys.get(("sentence", ev.type, ev.sentence.start, ev.sentence.end), ()))
        actors = list(dict.fromkeys(p.actor for p in ev.participants))
        if not actors:
            found.update(keys.get(("none", ev.type, *self._own(ev)), ()))
            return sorted(found)
        if len(actors) <= _SUBSET_ACTORS:
            # events whose participants are some of this one's: each part of them, looked up
            for size in range(1, len(actors) + 1):
                for part in itertools.combinations(actors, size):
                    found.update(keys.get(("set", ev.type, frozenset(part)), ()))
        else:  # a long list: every event that shares one of them
            for actor in actors:
                found |= self._with.get((ev.type, actor), set())
        # events that have all of this one's participants
        having = sorted((self._with.get((ev.type, a), set()) for a in actors), key=len)
        found |= having[0].intersection(*having[1:])
        return sorted(found)


_SUBSET_ACTORS: Final = 6  # participants: up to this many, the parts of a telling's set are looked up one by one
_SCAN_ALL: Final = (
    100  # tellings: an article with no more is merged by comparing each with every earlier one of its type
)


def _merge(keep: _Told, other: _Told, index: ActorIndex) -> _Told:
    participants = list(keep.participants)
    known = {p.actor for p in participants}
    related = set().union(*(index.related(a) for a in known)) if known else set()
    for p in other.participants:
        if p.actor not in known and p.actor not in related and p.actor != keep.location:
            participants.append(p)
            known.add(p.actor)
    changes: dict[str, object] = {"participants": tuple(participants)}
    if keep.location is None and other.location is not None and other.location not in known:
        changes["location"] = other.location
    own_keep = keep.date_start is not None and not keep.date_inherited
    if not own_keep and other.date_start is not None and not other.date_inherited:
        changes.update(time=other.time, date_start=other.date_start, date_end=other.date_end, date_inherited=False)
    return keep._replace(**changes)  # type: ignore[arg-type]


def _richness(event: _Told) -> tuple[int, int]:
    return (len(event.participants) + (event.location is not None), -event.trigger.start)


def _numbered(ev: _Told, event_id: str, mentions: list[Span]) -> Event:
    """The event, with its id and other tellings."""
    return Event(
        id=event_id,
        type=ev.type,
        trigger=ev.trigger,
        sentence=ev.sentence,
        participants=ev.participants,
        time=ev.time,
        date_start=ev.date_start,
        date_end=ev.date_end,
        location=ev.location,
        cameo=ev.cameo,
        polarity=ev.polarity,
        modality=ev.modality,
        date_inherited=ev.date_inherited,
        mentions=mentions,
    )


def _merge_tellings(
    drafts: Sequence[_Draft], index: ActorIndex, lede: Span | None, *, every: bool | None = None
) -> tuple[list[_Draft], list[list[Span]]]:
    """The article's events with the tellings of one event merged, and every trigger that tells each.

    :param every: compare each telling with every earlier event of its type (True), or only with those the
        index says it can be the same as (False: what the index spares; both give the same events). By default,
        every earlier one when the article tells no more than :data:`_SCAN_ALL` events: comparing a few costs
        less than indexing them.
    """
    if every is None:
        every = len(drafts) <= _SCAN_ALL
    merged: list[_Draft] = []
    tellings: list[list[Span]] = []  # every trigger that tells each merged event
    # body events first (they carry the detail), the headline's after, each merged into an earlier equal
    ordered = [d for d in drafts if not d.title] + [d for d in drafts if d.title]
    of_type: dict[str, list[int]] = {}  # only events of one type can be the same: compare those alone
    # the body's events that a body telling can be the same as, by what they share (kept when it is asked)
    body_index = None if every else _MergeIndex()
    for draft in ordered:
        same_type = of_type.setdefault(draft.event.type, [])
        # a headline telling is compared with every event of its type (a headline tells few); a body telling
        # only with those it can be the same as (not every earlier event: an article of thousands would be
        # quadratic), in the same order
        for n in same_type if draft.title or body_index is None else body_index.candidates(draft.event):
            kept = merged[n]
            if _same(kept.event, draft.event, index, draft.title or kept.title, lede):
                if _richness(draft.event)[0] > _richness(kept.event)[0] and not draft.title:
                    merged[n] = draft._replace(event=_merge(draft.event, kept.event, index))
                else:
                    merged[n] = kept._replace(event=_merge(kept.event, draft.event, index))
                tellings[n].append(draft.event.trigger)
                if not draft.title and body_index is not None:
                    body_index.add(n, merged[n].event)
                break
        else:
            same_type.append(len(merged))
            if not draft.title and body_index is not None:
                body_index.add(len(merged), draft.event)
            merged.append(draft)
            tellings.append([draft.event.trigger])
    return merged, tellings


def find_events(
    digest: Digest,
    article: Article,
    *,
    index: ActorIndex | None = None,
    tokens: dict[tuple[int, int], list[Token]] | None = None,
    triggers: dict[tuple[int, int], list[_Trigger]] | None = None,
) -> tuple[Event, ...]:
    """The events of one article of ``digest``, with ids ``{article.id}-e1``… in text order.

    Pure: reads ``digest.actors``, ``article.sentences``, ``article.times`` and ``article.quotes``.

    :param tokens: sentences already tokenised, by (start, end).
    :param triggers: the triggers of sentences already read with the same actors, by (start, end).
    """
    index = index if index is not None else ActorIndex(digest.actors)
    lexicon = build_lexicon()  # cached
    anchor = _anchor(digest, article)
    drafts: list[_Draft] = []
    context = _Context.of(article)
    salience = _Salience(index, article.start, context.quote_set, [s.start for s in article.sentences])
    headline = article.title
    for sentence in article.sentences:
        title = sentence is headline or (headline is not None and sentence == headline)
        key = (sentence.start, sentence.end)
        known = tokens.get(key) if tokens else None
        found = _sentence_events(
            digest,
            article,
            sentence,
            index,
            lexicon,
            anchor,
            title,
            salience,
            context,
            known,
            triggers.get(key) if triggers else None,
        )
        drafts.extend([_Draft(event, event.trigger.start, title) for event in found])
    # A meeting or visit told without a place happened where the article's earlier visit did.
    located: _Told | None = None
    for n, draft in enumerate(drafts):
        ev = draft.event
        if ev.type in _CONTACT_TYPES and ev.location is None and located is not None:
            if located.location not in {p.actor for p in ev.participants}:
                drafts[n] = draft._replace(event=ev._replace(location=located.location))
        elif ev.type in _CONTACT_TYPES and ev.location is not None and ev.polarity == "positive":
            located = ev
    lede = next((s for s in article.sentences if article.title is None or s != article.title), None)
    merged, tellings = _merge_tellings(drafts, index, lede)
    slots = sorted(range(len(merged)), key=lambda n: merged[n].event.trigger.start)
    out = []
    for number, n in enumerate(slots, start=1):
        ev = merged[n].event
        told = tellings[n]  # an event told once has no other telling: its one trigger is its own
        mentions = sorted(set(told) - {ev.trigger}, key=lambda s: s.start) if len(told) > 1 else []
        out.append(_numbered(ev, f"{article.id}-e{number}", mentions))
    return tuple(out)


# Unnamed objects: what an event is done to when no name says what it is ("ordered 20 jets", "killed 12 people")

_NUMBER_WORDS: Final = frozenset(quantity_words.NUMBER_WORDS) | frozenset(quantity_words.SCALES)
_VAGUE_NUMBERS: Final = frozenset(quantity_words.VAGUE_SCALES) | {"dozen", "score", "scores", "several", "many", "few"}
_MONEY_WORDS: Final = (
    frozenset(quantity_words.SCALES) | frozenset(quantity_words.SCALE_ABBREVIATIONS) | {"$", "£", "€", "¥"}
)
_HEDGES: Final[tuple[tuple[str, ...], ...]] = (
    ("at", "least"),
    ("more", "than"),
    ("fewer", "than"),
    ("less", "than"),
    ("up", "to"),
    ("as", "many", "as"),
    ("over",),
    ("about",),
    ("nearly",),
    ("almost",),
    ("around",),
    ("roughly",),
    ("approximately",),
    ("some",),
    ("only",),
    ("just",),
)
_OBJECT_DETERMINERS: Final = _NP_DETERMINERS | frozenset(
    ["this", "these", "those", "our", "all", "both", "several", "many", "other", "more", "further", "additional"]
)
_COUNTED_HEADS: Final = frozenset(["units"])  # heads that make a product only after a number ("sold 2,400 units")
_THEME_PREPOSITIONS: Final = frozenset(
    ["with", "against", "on", "upon"]
)  # "met with union leaders", "fired on protesters"
_MAX_MODIFIERS: Final = 4


def _tells_of_contest(lows: Sequence[str], text: str, sentence: Span) -> bool:
    """Whether the sentence tells of a contest: a contest word or a score ("beat Alcaraz 7-6(3) 7-6(2)
    in the final")."""
    return not CONTEST_WORDS.isdisjoint(lows) or SCORE.search(text, sentence.start, sentence.end) is not None


def _unnamed_heads() -> dict[str, str]:
    """Head nouns of unnamed objects → the kind of actor they make (read at call time: the data can grow).

    The nouns are compared, as they are, with what the last call read before they are sorted into the
    cache key: unchanged, they hold the same strings in the same order, and the comparison is cheap.
    """
    products = product_nouns()
    read = (products, tuple(OBJECT_PRODUCT_NOUNS), tuple(OBJECT_GROUP_NOUNS))
    return _HEADS.get(
        read, lambda: _heads(tuple(products) + tuple(sorted(OBJECT_PRODUCT_NOUNS)), tuple(sorted(OBJECT_GROUP_NOUNS)))
    )


_HEADS: Final[LastRead[tuple[dict[str, tuple[str, bool]], tuple[str, ...], tuple[str, ...]], dict[str, str]]] = (
    LastRead()
)


@functools.lru_cache(maxsize=4)
def _heads(products: tuple[str, ...], groups: tuple[str, ...]) -> dict[str, str]:
    table = {noun: "product" for noun in products if " " not in noun}
    table.update((noun, "group") for noun in groups)
    return table


def _is_number(tok: Token) -> bool:
    return tok.text[:1].isdigit() or tok.low in _NUMBER_WORDS or tok.low in _VAGUE_NUMBERS


def _is_modifier(tok: Token) -> bool:
    """A lower-case word that can stand before the head of a noun phrase ("new", "aerial", "full-length")."""
    low = tok.low
    return (
        tok.text[:1].islower()
        and tok.text[:1].isalpha()
        and not tok.possessive
        and low not in FUNCTION_WORDS
        and low not in AUXILIARIES
        and low not in _SUBJECT_WORDS
        and low not in _OBJECT_PRONOUNS
        and low not in {"him", "her", "them", "us", "me"}
    )


def _unnamed_after(
    tokens: Sequence[Token], i: int, heads: dict[str, str], money: bool = True
) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i`` when its head says what it is and no name does: (first, head)
    token indices. "179 new aerial refueling tankers", "all 228 people on board", "US$6 billion in new
    airliners" (the airliners)."""
    n = len(tokens)
    j = i
    lows = [t.low for t in tokens[i : i + 4]]
    for hedge in _HEDGES:
        if tuple(lows[: len(hedge)]) == hedge:
            j += len(hedge)
            break
    while j < n and tokens[j].low in _OBJECT_DETERMINERS:
        j += 1
    if money and j < n and (tokens[j].low in _MONEY_WORDS or tokens[j].text.isupper()):
        # "US$6 billion in new airliners", "$40 million of equipment": the goods after the sum
        k = j
        while k < n and (tokens[k].low in _MONEY_WORDS or tokens[k].text[:1].isdigit() or tokens[k].text.isupper()):
            k += 1
        if (
            k > j
            and k < n
            and tokens[k].low in {"in", "of", "worth"}
            and any(t.text[:1].isdigit() for t in tokens[j:k])
        ):
            k += 1 + (k + 1 < n and tokens[k].low == "worth" and tokens[k + 1].low == "of")
            return _unnamed_after(tokens, k, heads, money=False)
        return None
    while j < n and (_is_number(tokens[j]) or (tokens[j].text in {",", "and"} and j > i and _is_number(tokens[j - 1]))):
        j += 1
        if j < n and tokens[j].low == "of" and tokens[j - 1].low in _VAGUE_NUMBERS:
            j += 1  # "hundreds of people"
    while j < n and tokens[j].low in _OBJECT_DETERMINERS:
        j += 1  # "20 more jets", "the other passengers"
    for k in range(j, min(n, j + _MAX_MODIFIERS + 1)):
        tok = tokens[k]
        if tok.low in heads and tok.text[:1].islower():
            head = k
            while head + 1 < n and tokens[head + 1].low in heads and tokens[head + 1].text[:1].islower():
                head += 1  # "tanker aircraft", "jet engines": the last noun is the head
            if tokens[head].possessive or (
                tokens[head].low in _COUNTED_HEADS and not any(map(_is_number, tokens[i:head]))
            ):
                return None  # "the unit's division"; "sell the unit" (a business): "units" only when counted
            nxt = tokens[head + 1] if head + 1 < n else None
            if nxt is not None and nxt.text in {"'", "’"}:
                return None  # "a shareholders' meeting"
            if nxt is not None and (nxt.text[:1].isupper() or nxt.text[:1].isdigit()):
                return None  # "the superjumbo A380", "its jet 787": a noun before a name says what the name is
            if (
                nxt is not None
                and nxt.low in {"and", "or", "&"}
                and any(t.low in COMPOUND_NOUNS for t in tokens[head + 2 : head + 5])
            ):
                return None  # "computer and electronics makers": modifiers of another noun
            if (
                nxt is not None
                and _is_modifier(nxt)
                and (
                    nxt.low in COMPOUND_NOUNS
                    or nxt.low in COMPOUND_HEADS
                    or (nxt.low.endswith("s") and not nxt.low.endswith("ss"))
                )
            ):
                return None  # "aircraft makers", "staff cuts": the noun is a modifier
            return i, head
        if not _is_modifier(tok):
            return None
    return None


def _unnamed_before(
    tokens: Sequence[Token], verb: int, heads: dict[str, str], relative: bool = False, reduced: bool = False
) -> tuple[int, int] | None:
    """The subject of a passive verb at token ``verb`` when its head says what it is and no name does:
    "Three reporters were detained", "the new jets will be delivered", "airliners are selected and purchased";
    with ``relative``, the noun right before the token ``verb`` (a relative clause's pronoun subject); with
    ``reduced``, of a passive told without "be" ("Two men charged with murder")."""
    j = verb - 1
    if not (relative or reduced):  # else the noun right before the token ``verb``
        while j >= 0 and (
            tokens[j].low in AUXILIARIES or tokens[j].low in _BE or tokens[j].low.endswith(("ly", "n't"))
        ):
            j -= 1
        if j >= 3 and tokens[j].low == "and" and tokens[j - 1].text.islower() and tokens[j - 2].low in _BE:
            j -= 2  # "are selected and purchased", "are built and sold": the subject of the first participle
            while j >= 0 and (tokens[j].low in AUXILIARIES or tokens[j].low in _BE):
                j -= 1
        if j == verb - 1:
            return None
    if j < 0 or tokens[j].low not in heads or not tokens[j].text[:1].islower():
        return None
    head, first = j, _first_modifier(tokens, j, heads)
    if first > 0:
        prev = tokens[first - 1]
        if prev.low in PREPOSITIONS or prev.possessive or (prev.text[:1].isupper() and first - 1 > 0):
            return None  # "improvements to the browser were announced", "the Macintosh computer was released"
    return first, head


def _first_modifier(tokens: Sequence[Token], head: int, heads: dict[str, str]) -> int:
    """Where the noun phrase ending with the head noun at ``head`` begins: its determiners, numbers and
    adjectives ("the three injured", "about 200 foreign")."""
    first = head
    while first > 0 and head - first < _MAX_MODIFIERS + 3:
        prev = tokens[first - 1]
        low = prev.low
        adjective = low in _ADJECTIVES or low.endswith(("al", "ic", "ive", "ous", "est", "er")) or low in heads
        if low in _OBJECT_DETERMINERS or _is_number(prev) or (adjective and _is_modifier(prev)):
            first -= 1
            continue
        break
    return first


def _unnamed_subject(
    tokens: Sequence[Token], verb: int, heads: dict[str, str], index: ActorIndex
) -> tuple[int, int] | None:
    """The subject of an active verb at token ``verb`` when it is a group no name says more of:
    "officials said", "Prosecutors have charged", "three residents told reporters"; not "Taliban
    officials said" (the name before the group speaks) nor "the men who said" (a relative clause)."""
    j = verb - 1
    while j >= 0 and (tokens[j].low in AUXILIARIES or tokens[j].low.endswith(("ly", "n't"))):
        j -= 1
    if j < 0 or heads.get(tokens[j].low) != "group":
        return None
    first = _first_modifier(tokens, j, heads)
    if not tokens[j].text[:1].islower() and j > 0:
        return None  # a capitalised noun is part of a name, unless it opens the sentence ("Officials said")
    if first > 0:
        prev = tokens[first - 1]
        if prev.text[:1].isalnum() or prev.possessive or index.at(prev.start, prev.end) is not None:
            return None  # "Taliban officials", "the ministry's officials", "in which officials said"
    return first, j


def _unnamed_objects(
    tokens: Sequence[Token], triggers: Sequence[_Trigger], index: ActorIndex, heads: dict[str, str], quotes: SpanSet
) -> list[tuple[int, int, str]]:
    """The unnamed objects of a sentence's triggers, and the unnamed groups that are the subjects of
    active ones ("officials said"): (first, head, kind) token indices."""
    found: list[tuple[int, int, str]] = []
    themes = _with_theme_forms()
    for trig in triggers:
        if quotes.covers(tokens[trig.first].start):
            continue
        etype = trig.entry.type
        telling = trig.entry.words[0] in {"told", "tell", "tells", "telling"}
        no_object = etype.name in _NO_OBJECT_TYPES and not telling  # what follows "said" is speech
        nxt = trig.last + 1
        hits: list[tuple[int, int] | None] = []
        passive = _passive(tokens, trig)
        if no_object and (trig.noun or passive):
            continue
        if trig.noun:
            if nxt < len(tokens) and tokens[nxt].low == "of":
                hits.append(_unnamed_after(tokens, nxt + 1, heads))  # "the deportation of 200 migrants"
        elif passive:
            # "Two men charged with murder": the noun right before the participle, no "be" between
            reduced = trig.first > 0 and tokens[trig.first - 1].low in heads
            hits.append(_unnamed_before(tokens, trig.first, heads, reduced=reduced))
        elif (pronoun := _relative_pronoun_at(tokens, trig)) is not None:
            # "the music it sells", "the aircraft they intend to launch": the noun before the pronoun
            if not no_object:
                hits.append(_unnamed_before(tokens, pronoun, heads, relative=True))
        else:
            hits.append(_unnamed_subject(tokens, trig.first, heads, index))  # "officials said"
            if nxt < len(tokens) and not no_object:
                start = nxt + 1 if tokens[nxt].low in _THEME_PREPOSITIONS else nxt
                hits.append(_unnamed_after(tokens, start, heads))
                if tokens[trig.first].low in themes:
                    # "supplied the air force with tankers": the thing given, after "with"
                    end = _clause_end(tokens, nxt)
                    with_at = next((k for k in range(nxt, end) if tokens[k].low == "with"), None)
                    if with_at is not None:
                        hits.append(_unnamed_after(tokens, with_at + 1, heads))
        for hit in hits:
            if hit is None:
                continue
            first, head = hit
            while first < head and tokens[first].low in {"the", "a", "an"}:
                first += 1
            if index.overlapping(tokens[first].start, tokens[head].end):
                continue  # a name in it: the actor it names is the object
            found.append((first, head, heads[tokens[head].low]))
    return found


@functools.lru_cache(maxsize=4)
def _theme_forms(lemmas: tuple[str, ...]) -> frozenset[str]:
    return frozenset(f for lemma in lemmas for f in verb_forms(lemma, IRREGULAR_VERBS.get(lemma, ())))


def _with_theme_forms() -> frozenset[str]:
    """The forms of the verbs that take what they give after "with", as the set stands now: compared, as it is,
    with what the last call read, and sorted into a cache key only when it differs (it is asked per sentence)."""
    lemmas = tuple(WITH_THEME_VERBS)
    return _THEMES.get(lemmas, lambda: _theme_forms(tuple(sorted(lemmas))))


_THEMES: Final[LastRead[tuple[str, ...], frozenset[str]]] = LastRead()


_FIRST_WORD: Final = re.compile(r"[A-Z][a-z]+")


def _opens_with(text: str, sentence: Span, heads: dict[str, str]) -> bool:
    """Whether the sentence opens with a head noun, capitalised there ("Officials said …")."""
    first = _FIRST_WORD.match(text, sentence.start, sentence.end)
    return first is not None and first.group().lower() in heads


def add_unnamed_objects(
    digest: Digest,
    cache: dict[tuple[int, int], list[Token]] | None = None,
    index: ActorIndex | None = None,
    triggers: dict[tuple[int, int], list[_Trigger]] | None = None,
) -> Digest:
    """The digest with an actor for each unnamed object of an event: a product ("ordered 20 jets", "released an
    application") or a group of people ("killed 12 people", "three reporters were detained"), one actor per
    phrase (nothing says two such phrases are the same). The same digest when there are none.

    :param cache: the tokens of sentences already read, by (start, end); the sentences read here are added.
    :param triggers: where to keep the triggers of the sentences read here that gain no actor, by (start, end).
    """
    index = index if index is not None else ActorIndex(digest.actors)
    lexicon = build_lexicon()
    heads = _unnamed_heads()
    pattern = word_pattern(tuple(heads))
    text = digest.text
    added: list[Actor] = []
    for article in digest.articles:
        starts = [m.start() for m in scan.finditer(pattern, text, article.start, article.end)]
        quotes = SpanSet((q.start, q.end) for q in article.quotes)
        for sentence in article.sentences:
            at = bisect.bisect_left(starts, sentence.start)
            if (at == len(starts) or starts[at] >= sentence.end) and not _opens_with(text, sentence, heads):
                continue  # no head noun in it
            tokens = cache.get((sentence.start, sentence.end)) if cache is not None else None
            if tokens is None and not lexicon.may_trigger(text, sentence.start, sentence.end):
                if triggers is not None:
                    triggers[sentence.start, sentence.end] = []  # no trigger, whatever actors are added
                continue
            if tokens is None:
                tokens = tokenize(text, sentence.start, sentence.end)
                if cache is not None:
                    cache[sentence.start, sentence.end] = tokens
            title = article.title is not None and sentence == article.title
            found = _find_triggers(tokens, lexicon, index, title)
            objects = _unnamed_objects(tokens, found, index, heads, quotes)
            if not objects and triggers is not None:
                triggers[sentence.start, sentence.end] = found  # read again only if an actor is added to it
            seen: set[int] = set()
            for first, head, kind in objects:
                start, end = tokens[first].start, tokens[head].end
                if start in seen:
                    continue
                seen.add(start)
                name = text[start:end]
                mention = Mention(start=start, end=end, text=name, article=article.id)
                added.append(Actor(id=f"object:{start}", name=name, kind=kind, mentions=[mention]))  # type: ignore[arg-type]
    if not added:
        return digest
    return with_actors(digest, [*digest.actors, *added])


def add_events(digest: Digest) -> Digest:
    """The digest with the products every article names (as actors), the unnamed objects of its
    events, then its events."""
    tokens: dict[tuple[int, int], list[Token]] = {}  # the sentences the products reader tokenised
    index = actor_index(digest.actors)  # the quotes stage's, when it ran on these actors
    with_products = add_products(digest, tokens, index)
    if with_products is not digest:
        digest, index = with_products, ActorIndex(with_products.actors)
    triggers: dict[tuple[int, int], list[_Trigger]] = {}  # of the sentences read for objects that gained none
    with_objects = add_unnamed_objects(digest, tokens, index, triggers)
    if with_objects is not digest:
        digest, index = with_objects, ActorIndex(with_objects.actors)
    articles = [
        attrs.evolve(a, events=find_events(digest, a, index=index, tokens=tokens, triggers=triggers))
        for a in digest.articles
    ]
    return attrs.evolve(digest, articles=articles)
