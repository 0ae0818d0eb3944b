"""Products: named products, aircraft and vehicle models, devices and software, as actors of kind ``product``.

News is often about things as much as about people: "Boeing has unveiled its 777 airliner", "Apple
launched the iPhone 4", "the first jets will be delivered in 2014". :func:`add_products` reads a
digest whose person, organization, place and group actors are already found and adds one actor of
kind ``product`` for each product it names, with these mentions:

* names in the way products are named: a lower-case "i" before a capital ("iPhone", "iTunes", "iOS"),
  a model code ("A380", "A400M", "A330-200", "F-16") after its maker ("Airbus A380"), a determiner
  ("the A380", "six more A350s") or before a product noun ("A350 jets"), a model number after its maker
  ("Boeing 787") or before a product noun in the singular ("its 777 airliner"; "500 jets" counts jets),
  a name before a product noun ("MacBook Air laptops", "Trent 900 engines"), with the words of the
  model that follow ("iPhone 4", "iPod nano", "787 Dreamliner");
* definite descriptions that refer back to the last product of their class named before them in the
  article ("the aircraft", "the plane", "the device", "the new products").

A product never takes a span from another actor: an organization right after a model number ("787
Dreamliner") is that model's name and becomes part of the product, but a maker before one ("Boeing
787") stays the organization it is. The vocabulary is data in :mod:`newskit.data.product_words`.

Actor ids stay in order of first mention: when products are added, every actor is numbered again
and the ids that quotes and affiliations hold are changed with them.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Sequence
from typing import Final

import attrs

from newskit.data.product_words import (
    COMPANY_WORDS,
    COMPOUND_NOUNS,
    DESCRIPTION_MODIFIERS,
    GENERIC_NOUNS,
    MODEL_WORDS,
    NOT_BRANDS,
    NOT_MODEL_AFTER,
    NOT_MODEL_BEFORE,
    NOT_MODELS,
    NOT_SAID_OF_COMPANIES,
    PRODUCT_NOUNS,
)
from newskit.extract._actorindex import ActorIndex, Ref
from newskit.extract._clause import AUXILIARIES, FUNCTION_WORDS, Token, tokenize
from newskit.extract._lastread import LastRead
from newskit.extract.names import SCORE, gazetteer
from newskit.models import Actor, Article, Digest, Mention
from newskit.text import scan

__all__ = ["add_products", "find_products", "product_nouns", "with_actors", "word_pattern"]

_ICAMEL: Final = re.compile(r"i[A-Z][A-Za-z]+\Z")  # iPhone, iPod, iOS, iTunes
_CODE: Final = re.compile(
    r"[A-Z][A-Za-z]{0,2}-?\d{2,4}[A-Za-z]{0,3}(?:-\d{1,4}[A-Z]{0,2})?\Z"
)  # A380, A400M, F-16, A330-200
_NUMBER: Final = re.compile(r"\d{3}(?:-\d{1,3}[A-Z]{0,2})?s?\Z")  # 737, 787, 737-800, 777s
_VERSION: Final = re.compile(r"\d{1,2}(?:\.\d{1,2})?[A-Za-z]{0,3}\Z")  # the "4" of "iPhone 4", "3GS", "3.0"
_DETERMINERS: Final = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "each", "every"]
)
_BEFORE_MODEL: Final = _DETERMINERS | frozenset(
    ["new", "first", "second", "third", "last", "final", "latest", "next", "more", "another", "other", "larger"]
)
_NUMBER_WORDS: Final = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "hundred",
        "dozen",
        "dozens",
        "score",
        "hundreds",
        "several",
    ]
)
_SCALES: Final = frozenset(["million", "billion", "trillion", "thousand", "bn", "m", "percent", "per", "%"])
#: Words that can stand between "the" and a product noun ("the new jets", "the much-anticipated phone") besides
_ADJECTIVE_ENDINGS: Final = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "est", "ary", "ian", "ese")
_THE: Final = re.compile(r"\A(?:the|a|an)\s+", re.IGNORECASE)
_LINKS: Final = frozenset([",", "-", "–", "—", "is", "was", "are", "were", "remains", "became", "becomes"])
_DESCRIPTION_OPENERS: Final = frozenset(["the", "this", "that", "these", "those", "its", "their"])
_FOLLOWERS = FUNCTION_WORDS | AUXILIARIES | frozenset(["he", "she", "it", "they", "we", "i", "you", "'s", "s"])
# verbs in the past that do not end in "-ed": "the aircraft flew", "the phone sold well"
_FOLLOWERS |= frozenset(
    [
        "flew",
        "took",
        "made",
        "came",
        "went",
        "sold",
        "won",
        "hit",
        "left",
        "fell",
        "rose",
        "began",
        "got",
        "struck",
        "caught",
        "ran",
        "set",
        "broke",
        "became",
        "brought",
        "drew",
        "led",
        "lost",
        "met",
        "paid",
        "put",
        "saw",
        "sent",
        "shot",
        "stood",
        "told",
        "underwent",
    ]
)
_START: Final = operator.attrgetter("start")
_FREQUENT: Final = 1000  # the most frequent words ("March", "The") are not brand names
_REACH: Final = 3000  # characters: how far back a description looks for the product it means


_INVARIANT: Final = frozenset(["aircraft", "spacecraft"])  # "100 aircraft" counts them as "100 jets" would


def _plural(noun: str) -> str:
    if noun in {"aircraft", "software", "hardware", "spacecraft"}:
        return noun
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def product_nouns() -> dict[str, tuple[str, bool]]:
    """Every form of the product nouns ("jet", "jets", "operating system") → (class, plural?); read at call
    time, so nouns added to the data count.

    The data are compared, as they are, with what the last call read before they are sorted into the
    cache key: unchanged, they hold the same objects in the same order, and the comparison is cheap.
    """
    read = (tuple(PRODUCT_NOUNS.items()), tuple(GENERIC_NOUNS))
    return _NOUN_TABLES.get(read, lambda: _nouns(read[0], tuple(sorted(GENERIC_NOUNS))))


_NOUN_TABLES: Final[LastRead[tuple[tuple[tuple[str, str], ...], tuple[str, ...]], dict[str, tuple[str, bool]]]] = (
    LastRead()
)


@functools.lru_cache(maxsize=4)
def _nouns(product_nouns: tuple[tuple[str, str], ...], generic_nouns: tuple[str, ...]) -> dict[str, tuple[str, bool]]:
    table: dict[str, tuple[str, bool]] = {}
    for noun, cls in [*product_nouns, *((n, "") for n in generic_nouns)]:
        last = noun.split(" ")[-1]
        table[noun] = (cls, False)
        plural = " ".join([*noun.split(" ")[:-1], _plural(last)])
        table.setdefault(plural, (cls, plural != noun))
    return table


@functools.lru_cache(maxsize=8)
def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` (lower case) as a whole word, one branch per first letter."""
    return re.compile(rf"(?<![\w-])(?:{_trie(words)})(?![\w-])")


@attrs.frozen
class _Found:
    """One product mention: where, the product's identity key, its class, and how it was found."""

    start: int
    end: int
    key: str
    cls: str
    strong: bool  # found by its own form or context, not only because its key is known
    maker: str | None = None  # the maker named right before it ("Boeing" of "Boeing 787")
    absorbs: str | None = None  # the id of an organization that is this product's name ("787 Dreamliner")


def _bare(text: str) -> str:
    return text[:-2] if text.endswith(("'s", "’s")) else text


def _key(text: str) -> str:
    """A model's identity: "A380s" and "A380's" are the A380, "777s" the 777."""
    bare = _bare(text)
    if len(bare) > 2 and bare.endswith("s") and bare[-2].isdigit():
        bare = bare[:-1]
    return bare.lower()


class _Sentence:
    """One sentence's tokens with what the products reader asks of them."""

    def __init__(self, tokens: list[Token], index: ActorIndex, common: frozenset[str] | dict[str, int], title: bool):
        self.tokens = tokens
        self.index = index
        self.common = common
        self.title = title
        self._refs: dict[int, Ref | None] = {}

    def ref(self, k: int) -> Ref | None:
        """The actor mention at token ``k`` (asked of few tokens: looked up when asked)."""
        if k not in self._refs:
            tok = self.tokens[k]
            self._refs[k] = self.index.at(tok.start, tok.end)
        return self._refs[k]

    def free(self, k: int) -> bool:
        return 0 <= k < len(self.tokens) and self.ref(k) is None

    def org_at(self, k: int) -> str | None:
        ref = self.ref(k) if 0 <= k < len(self.tokens) else None
        return ref.actor if ref is not None and ref.kind in {"organization", "group"} else None

    def is_name_word(self, k: int) -> bool:
        """A capitalised word that is not an ordinary word ("Dreamliner", "Trent"), not opening the sentence nor in
        a headline (where every word is capitalised)."""
        if not (0 < k < len(self.tokens)) or self.title:
            return False
        text = _bare(self.tokens[k].text)
        return text[:1].isupper() and text.isalpha() and text.lower() not in self.common

    def brand_at(self, k: int) -> bool:
        """Whether token ``k`` is a name that can come before a model number ("Boeing 787", "Trent 900"): a
        capitalised word that is not one of the most frequent words ("March 200", "The 100") nor opens the
        sentence."""
        if not (0 < k < len(self.tokens)):
            return False
        text = _bare(self.tokens[k].text)
        if (
            not (text[:1].isupper() and text.isalpha())
            or self.tokens[k].low in NOT_MODEL_AFTER
            or self.tokens[k].low in NOT_BRANDS
        ):
            return False
        ref = self.ref(k)
        if ref is not None and ref.kind != "organization":
            return False  # a person or a place is no brand: "Kabul 500"
        common = self.common
        rank = common.get(text.lower()) if isinstance(common, dict) else (0 if text.lower() in common else None)
        return rank is None or rank >= _FREQUENT

    def noun_after(self, j: int, nouns: dict[str, tuple[str, bool]]) -> tuple[str, bool, int] | None:
        """The product noun at token ``j`` or after up to two lower-case modifiers ("passenger jets"): its class,
        whether it is plural, and the index after it."""
        toks = self.tokens
        for k in range(j, min(j + 3, len(toks))):
            low = toks[k].low
            if k + 1 < len(toks) and f"{low} {toks[k + 1].low}" in nouns:
                cls, plural = nouns[f"{low} {toks[k + 1].low}"]
                return cls, plural, k + 2
            if low in nouns and toks[k].text[:1].islower():
                while k + 1 < len(toks) and toks[k + 1].low in nouns and toks[k + 1].text[:1].islower():
                    k += 1  # "tanker aircraft": the last noun is the head
                cls, plural = nouns[toks[k].low]
                return cls, plural or toks[k].low in _INVARIANT, k + 1
            if not (toks[k].text[:1].islower() and toks[k].text[:1].isalpha()) or low in FUNCTION_WORDS:
                return None
            if not self.free(k):
                return None
        return None


def _model_end(s: _Sentence, j: int) -> int:
    """The index after the words that go on with a model's name ("4", "3GS", "nano", "Pro", "Dreamliner")."""
    toks = s.tokens
    while j < len(toks) and s.free(j):
        text = toks[j].text
        if _VERSION.match(text) or toks[j].low in MODEL_WORDS or (s.is_name_word(j) and not s.title):
            j += 1
            continue
        break
    return j


def _count_before(s: _Sentence, i: int) -> bool:
    """Whether a number or quantity stands before token ``i``, past adjectives ("five new 737 aircraft")."""
    for k in range(i - 1, max(-1, i - 4), -1):
        tok = s.tokens[k]
        if tok.text[:1].isdigit() or tok.low in _NUMBER_WORDS:
            return True
        if tok.text[:1].isupper() and (s.org_at(k) is not None or s.brand_at(k)):
            continue  # "60 Boeing 787 …"
        if not (tok.text[:1].islower() and tok.text.isalpha()) or (tok.low in FUNCTION_WORDS and tok.low != "of"):
            return False
    return False


def _sentence_products(s: _Sentence, nouns: dict[str, tuple[str, bool]], window: Sequence[int]) -> list[_Found]:
    """The product names of a sentence, in text order, starting at the tokens of ``window`` (in order)."""
    toks = s.tokens
    out: list[_Found] = []
    i = 0
    for candidate in window:
        if candidate < i:
            continue
        i = candidate
        tok = toks[i]
        first = tok.text[:1]
        if not (first.isupper() or first.isdigit() or first == "i") or not s.free(i):
            continue
        text = _bare(tok.text)
        before = toks[i - 1].low if i > 0 else ""
        maker = s.org_at(i - 1) if i > 0 and toks[i - 1].text[:1].isupper() else None
        found: _Found | None = None
        if _ICAMEL.match(text):
            end = _model_end(s, i + 1)
            key = " ".join(_bare(t.text) for t in toks[i:end]).lower()
            if end == i + 1 and key.endswith("s") and not key.endswith("os"):
                key = key[:-1]  # "iPhones" is the iPhone
            found = _Found(tok.start, toks[end - 1].end, key, "digital", True)
        elif before not in NOT_MODEL_AFTER and (_CODE.match(text) or _NUMBER.match(text)) and not SCORE.fullmatch(text):
            found = _code(s, i, nouns, maker)
        if found is not None:
            out.append(found)
            i = next((k for k in range(i, len(toks)) if toks[k].start >= found.end), len(toks))
            if found.absorbs is not None:
                i += 1
            continue
        named = _named_before_noun(s, i, nouns)
        if named is not None:
            out.append(named)
            i = next((k for k in range(i, len(toks)) if toks[k].start >= named.end), len(toks))
    return out


def _code(s: _Sentence, i: int, nouns: dict[str, tuple[str, bool]], maker: str | None) -> _Found | None:
    """A model code or number at token ``i`` when what stands around it says it is one."""
    toks = s.tokens
    tok = toks[i]
    key = _key(tok.text)
    if key in NOT_MODELS or key.split("-")[0] in NOT_MODELS:
        return None
    numeric = tok.text[0].isdigit()
    if numeric and (i == 0 or toks[i - 1].text in {"$", "£", "€", "¥"} or toks[i - 1].low in {"of", "to", "than"}):
        return None  # "$737 million", "up to 787", "more than 500"
    if i >= 2 and toks[i - 1].text in {",", "."} and toks[i - 2].text[-1:].isdigit() and toks[i - 1].end == tok.start:
        return None  # the end of "3,000" or "2.500"
    end = _model_end(s, i + 1)
    j = end
    if j < len(toks) and (toks[j].low in _SCALES or toks[j].low in NOT_MODEL_BEFORE):
        return None  # "C415 million": money; "the M25 motorway": a road
    # "787 Dreamliner", "the 787 “Dreamliner”": an organization right after a model number is its name
    absorbs = None
    k = j + 1 if j < len(toks) and toks[j].text in {'"', "“", "'"} else j
    before = toks[i - 1].low if i > 0 else ""
    named_before = maker is not None or s.brand_at(i - 1)
    if k < len(toks) and (named_before or before in _BEFORE_MODEL):
        ref = s.ref(k)
        if ref is not None and ref.kind == "organization" and ref.start == toks[k].start and ref.end == toks[k].end:
            absorbs = ref.actor  # one word: "Dreamliner", not "Phoenix Technologies"
    noun = s.noun_after(j if absorbs is None else k + 1, nouns)
    cls = noun[0] if noun is not None else ""
    plural = tok.text.endswith("s") and not tok.text.endswith("'s")
    if numeric:
        strong = (
            named_before
            or absorbs is not None
            or (noun is not None and (not noun[1] or _count_before(s, i)))
            or (end > i + 1 and s.is_name_word(i + 1) and before in _BEFORE_MODEL)
        )
        # a brand that is no actor is part of the name ("Trent 900"); the model number stays its identity
        start = toks[i - 1].start if maker is None and s.brand_at(i - 1) and s.free(i - 1) else tok.start
        weak = before in _BEFORE_MODEL or plural
    else:
        strong = named_before or absorbs is not None or noun is not None or before in _BEFORE_MODEL
        strong = strong or (plural and (_count_before(s, i) or before in _BEFORE_MODEL))
        # a brand that is no actor is part of the name ("Galaxy S24")
        start = toks[i - 1].start if maker is None and s.brand_at(i - 1) and s.free(i - 1) else tok.start
        weak = True
    if not strong and not weak:
        return None
    last = end - 1
    return _Found(start, toks[last].end, key, cls, strong, maker, absorbs)


def _named_before_noun(s: _Sentence, i: int, nouns: dict[str, tuple[str, bool]]) -> _Found | None:
    """A name of one to three words before a product noun ("MacBook Air laptops"), not a maker or place."""
    toks = s.tokens
    if s.title or not s.is_name_word(i):
        return None
    j = i
    while j < len(toks) and j < i + 3 and s.free(j) and (s.is_name_word(j) or _VERSION.match(toks[j].text)):
        j += 1
    if j == i:
        return None
    low = toks[j].low if j < len(toks) else ""
    pair = f"{low} {toks[j + 1].low}" if j + 1 < len(toks) else ""
    hit = nouns.get(pair) or (nouns.get(low) if j < len(toks) and toks[j].text[:1].islower() else None)
    if hit is None or not PRODUCT_NOUNS.get(pair, PRODUCT_NOUNS.get(low)):
        return None
    words = " ".join(_bare(t.text) for t in toks[i:j])
    return _Found(toks[i].start, toks[j - 1].end, words.lower(), hit[0], True)


def _descriptions(
    s: _Sentence, nouns: dict[str, tuple[str, bool]], window: Sequence[int]
) -> list[tuple[int, int, str]]:
    """Definite descriptions of a product ("the aircraft", "the first jets", "the new products"): (start, end,
    class), the class "" for a generic noun; they open at the tokens of ``window``."""
    toks = s.tokens
    out: list[tuple[int, int, str]] = []
    for i in window:
        tok = toks[i]
        if tok.low not in _DESCRIPTION_OPENERS or not s.free(i):
            continue
        for j in range(i + 1, min(i + 4, len(toks))):
            word = toks[j]
            if not s.free(j) or not word.text[:1].isalpha() or not word.text[:1].islower():
                break
            hit = nouns.get(word.low)
            modifier = word.low in DESCRIPTION_MODIFIERS or "-" in word.low or word.low.endswith(_ADJECTIVE_ENDINGS)
            if hit is None and not modifier:
                break
            if hit is not None:
                after = toks[j + 1].low if j + 1 < len(toks) and toks[j + 1].text[:1].isalpha() else ""
                if after and after not in _FOLLOWERS and (after in COMPOUND_NOUNS or not after.endswith(("ed", "s"))):
                    break  # "the plane crash", "the phone makers": a modifier
                out.append((tok.start, word.end, hit[0]))
                break
            if word.low in FUNCTION_WORDS:
                break
    return out


def _said_to_be_products(s: _Sentence, nouns: dict[str, tuple[str, bool]], window: Sequence[int]) -> list[_Found]:
    """Organisations the sentence says are products: "The Volt is an electric car", "the MacBook Pro - a
    notebook computer -", "the Prius, a hybrid car,". The name was taken for a company's; it is the product's."""
    toks = s.tokens
    out: list[_Found] = []
    for k in window:
        word = toks[k]
        hit = nouns.get(word.low)
        if hit is None or not hit[0] or not word.text[:1].islower() or word.low in NOT_SAID_OF_COMPANIES:
            continue
        after = toks[k + 1].low if k + 1 < len(toks) and toks[k + 1].text[:1].isalpha() else ""
        if after and after not in _FOLLOWERS and (after in COMPOUND_NOUNS or not after.endswith(("ed", "s"))):
            continue  # "a car maker": a company
        d = k - 1
        while d > k - 4 and d >= 0 and toks[d].low not in {"a", "an", "the"}:
            low = toks[d].low
            if not (toks[d].text[:1].islower() and toks[d].text[:1].isalpha()) or low in FUNCTION_WORDS:
                break
            d -= 1
        if d < 2 or toks[d].low not in {"a", "an", "the"} or toks[d - 1].low not in _LINKS:
            continue
        ref = s.ref(d - 2)
        if ref is None or ref.kind not in {"organization", "group"} or ref.end != toks[d - 2].end:
            continue
        names = s.index.names.get(ref.actor, frozenset())
        if any(w.strip(".,") in COMPANY_WORDS for n in names for w in n.split()):
            continue  # "Apple Computer, a …": a company, whatever it is called
        key = _THE.sub("", min(names, key=lambda n: (-len(n), n)) if names else toks[d - 2].low)
        out.append(_Found(ref.start, ref.end, key, hit[0], True, absorbs=ref.actor))
    return out


def _compatible(description: str, product: str) -> bool:
    if not description or not product:
        return True
    if product == "digital":
        return description in {"device", "software"}
    return description == product


@functools.lru_cache(maxsize=4)
def _candidates(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """Where a product may be named: an "iX" word, a model code or number, a product noun."""
    words = _trie(nouns)  # one branch per first letter: the pattern does not try every noun at every position
    return re.compile(rf"(?<![A-Za-z0-9])(?:i[A-Z]|[A-Z][A-Za-z]{{0,2}}-?\d{{2}}|\d{{3}}(?![\d,.]\d)|{words}\b)")


def _trie(words: Sequence[str]) -> str:
    """A regular expression matching any of ``words``, with shared prefixes written once."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return pattern(root)


def find_products(
    digest: Digest, cache: dict[tuple[int, int], list[Token]] | None = None, index: ActorIndex | None = None
) -> list[tuple[Article, list[_Found], list[tuple[int, int, str]]]]:
    """For each article: the product names found and the descriptions of products, in text order.

    :param cache: where to keep the tokens of the sentences read, by (start, end), for the next reader.
    :param index: the digest's actor index, when already built.
    """
    common = gazetteer().common_words
    nouns = product_nouns()
    candidate = _candidates(tuple(nouns))
    out = []
    for article in digest.articles:
        names: list[_Found] = []
        descriptions: list[tuple[int, int, str]] = []
        # most sentences name no product: one pattern over the article finds the few that may
        starts = [m.start() for m in scan.finditer(candidate, digest.text, article.start, article.end)]
        for sentence in article.sentences:
            at, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
            if at == hi:
                continue
            title = article.title is not None and sentence == article.title
            if index is None:
                index = ActorIndex(digest.actors)
            tokens = tokenize(digest.text, sentence.start, sentence.end)
            if cache is not None:
                cache[sentence.start, sentence.end] = tokens
            s = _Sentence(tokens, index, common, title)
            # a name or description ends at most three words after where it starts
            hits = {bisect.bisect_right(tokens, c, key=_START) - 1 for c in starts[at:hi]}
            window = sorted({k - back for k in hits for back in range(4) if k - back >= 0})
            names.extend(_sentence_products(s, nouns, window))
            names.extend(_said_to_be_products(s, nouns, window))
            descriptions.extend(_descriptions(s, nouns, window))
        out.append((article, names, descriptions))
    return out


def add_products(
    digest: Digest, cache: dict[tuple[int, int], list[Token]] | None = None, index: ActorIndex | None = None
) -> Digest:
    """The digest with a ``product`` actor for each product it names (the same digest when it names none).

    :param cache: where to keep the tokens of the sentences read, by (start, end), for the next reader.
    :param index: the digest's actor index, when already built.
    """
    found = find_products(digest, cache, index)
    strong_keys = {f.key for _, names, _ in found for f in names if f.strong}
    if not strong_keys:
        return digest
    text = digest.text
    by_id = {a.id: a for a in digest.actors}
    products: dict[str, list[Mention]] = {}  # key → its names' mentions
    described: dict[str, list[Mention]] = {}  # key → the descriptions that refer to it
    makers: dict[str, str] = {}
    classes: dict[str, str] = {}
    absorbed: dict[str, str] = {}  # organization id → the product key it names
    for article, names, descriptions in found:
        kept = [f for f in names if f.key in strong_keys]
        for f in kept:
            mention = Mention(start=f.start, end=f.end, text=text[f.start : f.end], article=article.id)
            products.setdefault(f.key, []).append(mention)
            if f.cls or f.key not in classes:
                classes[f.key] = f.cls or classes.get(f.key, "")
            if f.maker is not None and f.key not in makers:
                makers[f.key] = by_id[f.maker].name
            if f.absorbs is not None:
                absorbed.setdefault(f.absorbs, f.key)
        # a description means the last product of its class named before it
        order = sorted(kept, key=lambda f: (f.end, f.start))
        ends = [f.end for f in order]
        for start, end, cls in descriptions:
            # walk back from the description, no further than it can reach
            n = bisect.bisect_right(ends, start) - 1
            while n >= 0 and start - order[n].end < _REACH and not _compatible(cls, classes[order[n].key]):
                n -= 1
            if n >= 0 and start - order[n].end < _REACH:
                mention = Mention(start=start, end=end, text=text[start:end], article=article.id)
                described.setdefault(order[n].key, []).append(mention)
    return _with_products(digest, products, described, makers, absorbed)


def _with_products(
    digest: Digest,
    products: dict[str, list[Mention]],
    described: dict[str, list[Mention]],
    makers: dict[str, str],
    absorbed: dict[str, str],
) -> Digest:
    """The digest's actors and the products in one list, numbered again in order of first mention."""
    for actor in digest.actors:
        key = absorbed.get(actor.id)
        if key is not None:
            products[key].extend(actor.mentions)
    drafts: list[Actor] = [a for a in digest.actors if a.id not in absorbed]
    for key, named in products.items():
        named = _joined(digest.text, sorted(set(named), key=lambda m: (m.start, m.end)))
        forms = [_THE.sub("", m.text) for m in named]  # "the Volt" is named "Volt"
        name = _bare(max(forms, key=lambda n: (len(n), n))).replace('"', "").replace("“", "")
        maker = makers.get(key)
        if maker is not None and not name.startswith(maker):
            name = f"{maker} {name}"
        mentions = sorted({*named, *described.get(key, [])}, key=lambda m: (m.start, m.end))
        aliases = sorted({m.text for m in mentions} - {name})
        drafts.append(Actor(id=f"product:{key}", name=name, kind="product", aliases=aliases, mentions=mentions))
    return with_actors(digest, drafts, {old: f"product:{key}" for old, key in absorbed.items()})


def with_actors(digest: Digest, drafts: Sequence[Actor], merged: dict[str, str] | None = None) -> Digest:
    """The digest with ``drafts`` as its actors, numbered again in order of first mention.

    Affiliations and quote speakers follow the new ids; ``merged`` maps the id of an actor that
    is gone to the draft id of the actor that took it over (an organization absorbed by the
    product it names). An actor is never its own affiliation, nor twice the same one.
    """
    drafts = sorted(drafts, key=lambda a: (a.mentions[0].start, a.mentions[0].end) if a.mentions else (1 << 62, 0))
    ids = {a.id: f"act{n}" for n, a in enumerate(drafts, start=1)}
    for old, new in (merged or {}).items():
        ids[old] = ids[new]
    actors = []
    for a in drafts:
        own = ids[a.id]
        affiliations = tuple(dict.fromkeys(x for x in (ids.get(y, y) for y in a.affiliations) if x != own))
        same = own == a.id and affiliations == a.affiliations
        actors.append(a if same else attrs.evolve(a, id=own, affiliations=affiliations))
    articles = [
        article
        if all(ids.get(q.speaker, q.speaker) == q.speaker for q in article.quotes if q.speaker)
        else attrs.evolve(
            article,
            quotes=[attrs.evolve(q, speaker=ids.get(q.speaker, q.speaker)) if q.speaker else q for q in article.quotes],
        )
        for article in digest.articles
    ]
    return attrs.evolve(digest, actors=actors, articles=articles)


def _joined(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions with adjacent ones of the same product joined ("787" and "Dreamliner" → "787 Dreamliner")."""
    out: list[Mention] = []
    for m in mentions:
        adjacent = out and out[-1].article == m.article and out[-1].end < m.start <= out[-1].end + 2
        if adjacent and not text[out[-1].end : m.start].strip(" “\"'"):
            prev = out[-1]
            out[-1] = Mention(start=prev.start, end=m.end, text=text[prev.start : m.end], article=m.article)
            continue
        if out and out[-1].start <= m.start < out[-1].end:
            continue  # inside the one before
        out.append(m)
    return out
