"""Finding names in sentences: tokens, capitalised chunks, kinds, titles, roles and appositions.

This module reads one article at a time and returns :class:`Found` mentions: where a name is,
what kind of actor it names and how sure that is, and the roles and affiliations the words
around it give. Deciding which mentions are one actor is :mod:`newskit.resolve`'s work.

Evidence, strongest first: a gazetteer entry (countries, places, organizations shipped in
``newskit/data``), a title or honorific before the name, an organization or place head word,
a role apposition, a common given name, and weak context (``in X``, ``X officials``, ``the X``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import Final, NamedTuple

import attrs

from newskit.data import roles as lex
from newskit.data import timewords
from newskit.models import ActorKind, Article, Span
from newskit.text.segment import dateline_end

__all__ = [
    "SCORE",
    "Found",
    "Gazetteer",
    "Token",
    "classify",
    "find_names",
    "gazetteer",
    "name_key",
    "rare_word",
    "tokenize",
]

_WORD: Final = r"[^\W\d_]"
# Possessive quantifiers (``*+``, ``++``): nothing after a token can fail, so the engine never gives
# back what a run took and the matches are the greedy ones; it need not keep the states to do so.
# Each branch opens with a character class, which the engine tests before it enters the branch.
_TOKEN: Final = re.compile(
    rf"""
    [A-Z]\.(?:[A-Z]\.)++                                   # U.S., U.K., N.V.
    |{_WORD}\w*+(?:(?:[-&](?=\w)|['’](?=[A-Z]))\w*+)*+     # words, hyphenated, O'Leary, AT&T
    |\d\w*+(?:[-.,:/]\d+)*+\w*                             # numbers
    |['’]s\b                                               # possessive 's
    |\S                                                    # any other character
    """,
    re.VERBOSE,
)
# each token with the white space before it (every character is a space or in a token)
_SPACED_TOKEN: Final = re.compile(rf"(\s*+)({_TOKEN.pattern})", re.VERBOSE)
_QUOTES: Final = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_APOS: Final = {"'", "’"}
_RESCUE_RANK: Final = 1000
_DROP_RANK: Final = 30000
_FUNCTION_RANK: Final = 150  # the most frequent words: articles, prepositions, pronouns
_MODEL: Final = re.compile(r"(?!(?:19|20)\d\d\b)[A-Z]{0,3}-?\d[\w-]*")
_OPENERS: Final = {"“", '"', "‘", "'", "`", ":", "(", "[", "—", "–", ";"}
_CLOSERS: Final = {"”", '"', "’", "'"}
_STOPS: Final = {".", "?", "!"}


class Token:
    """A word or punctuation mark of a sentence, with its offsets in the digest text.

    ``lower``, ``cap`` (the first character is upper case) and ``name`` (the word can be part of a
    name, :func:`_name_word`) are looked up once per distinct word (:func:`_word_plan`), not once
    per token: every reader of the sentence asks them of every token.
    """

    __slots__ = ("cap", "end", "lower", "name", "start", "text")

    def __init__(self, start: int, end: int, text: str, lower: str, cap: bool, name: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = lower
        self.cap = cap
        self.name = name

    def __repr__(self) -> str:
        return f"Token(start={self.start}, end={self.end}, text={self.text!r})"

    @classmethod
    def of(cls, start: int, end: int, text: str) -> Token:
        """The token ``text`` at ``start:end``, its word information looked up."""
        return cls(start, end, text, *_word_info(text))

    @property
    def acronym(self) -> bool:
        """ "NRF", "U.N.", and mixed ones such as "MoHE" (ministry of higher education)."""
        letters = [c for c in self.text if c.isalpha()]
        upper = sum(c.isupper() for c in letters)
        return len(letters) >= 2 and (
            upper == len(letters) or (letters[0].isupper() and upper >= 2 and len(letters) <= 6)
        )


def _keeps_stop(word: str, text: str, e: int) -> bool:
    """Whether the full stop at ``text[e]`` belongs to ``word``: an abbreviation or an initial."""
    low = word.lower()
    if len(word) == 1:
        return word.isupper() or low in lex.ABBREVIATIONS
    if low not in lex.ABBREVIATIONS:
        return word + "." in _dotted_places()  # "Calif.", "Wash.": a state in US news style
    # Inc., Ltd., Jr. keep their stop anywhere; an honorific only before a name: "Sen. Rubio"
    return low + "." not in lex.HONORIFICS or (text[e + 1 : e + 2].isspace() and text[e + 2 : e + 3][:1].isupper())


def _is_holiday(name: str) -> bool:
    """Whether a name is a holiday's or a feast's ("Thanksgiving Day", "Eid al-Fitr")."""
    key = " ".join(name.lower().replace("’", "'").split())
    return key in timewords.HOLIDAYS or key in timewords.MOVABLE_FEASTS


@functools.cache
def _holiday_openers() -> frozenset[str]:
    """The first words of holidays and feasts as written ("Mother" of "Mother's Day", "Eid")."""
    names = (*timewords.HOLIDAYS, *timewords.MOVABLE_FEASTS)
    return frozenset(w[:1].upper() + w[1:] for w in (re.split(r"[\s']", name)[0] for name in names))


def _holidays(toks: Sequence[Token], texts: Sequence[str]) -> set[int]:
    """The tokens of the holidays and feasts a sentence names ("Thanksgiving Day traffic", "Eid
    al-Fitr"): times, no actors. Not when a name goes on after one ("the Independence Day Party")."""
    out: set[int] = set()
    openers = _holiday_openers()
    for i, word in enumerate(texts):
        if word not in openers:
            continue
        written = word
        end = i + 1 if _is_holiday(written) else 0
        for k in range(i + 1, min(len(toks), i + 6)):
            written += texts[k] if toks[k].start == toks[k - 1].end else " " + texts[k]
            if _is_holiday(written):
                end = k + 1  # the longest: "Thanksgiving Day", not "Thanksgiving"
        if end and not (end < len(toks) and toks[end].cap and toks[end].name):
            out.update(range(i, end))
    return out


@functools.cache
def _dotted_places() -> frozenset[str]:
    """The gazetteer's places written with a full stop ("Calif.", "Ariz.")."""
    return frozenset(p for p in gazetteer().places if p.endswith(".") and p.count(".") == 1)


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``; an abbreviation or initial keeps its full stop."""
    _check_vocabulary()
    return _tokenize(text, start, end).tokens


class _Tokens(NamedTuple):
    """A sentence's tokens, with what the readers ask of all of them, gathered as they are made.

    Attributes:
        tokens: the tokens.
        texts: their words.
        caps: the indices of the capitalised tokens.
        names: the indices of the tokens that can be part of a name.
    """

    tokens: list[Token]
    texts: list[str]
    caps: list[int]
    names: list[int]


def _tokenize(text: str, start: int, end: int) -> _Tokens:
    """:func:`tokenize`, the word caches known to be current (:func:`find_names` checks once per article).

    One ``findall`` gives each token with the white space before it, so offsets are summed up and
    no match object is made; what depends on the word alone (its lower case, capital, whether it
    can be part of a name, where a hyphen splits it) is looked up once per distinct word. The
    words and the indices of the capitalised and name tokens are gathered in the same loop: a
    second pass over the tokens for each costs more than an append.
    """
    while end > start and text[end - 1].isspace():
        end -= 1  # trailing white space would make the spaced pattern retry at every position of it
    tokens: list[Token] = []
    texts: list[str] = []
    caps: list[int] = []
    names: list[int] = []
    append = tokens.append
    texts_append = texts.append
    plans = _PLANS
    pos = start
    last_end = -1
    # typed, so that compiled code unpacks each pair directly rather than iterating over it
    pairs: list[tuple[str, str]] = _SPACED_TOKEN.findall(text, start, end)
    for space, word in pairs:
        s = pos + len(space)
        e = pos = s + len(word)
        if s < last_end:
            continue  # the full stop already taken by an abbreviation
        if e < end and text[e] == "." and _keeps_stop(word, text, e):
            e += 1
            word += "."
        last_end = e
        lower, cap, name, split = plans.get(word) or _word_plan(word)
        if split:
            # "Taliban-run", "EADS-led", "Kabul-based": the name, then the rest
            for part in (Token.of(s, s + split, word[:split]), Token.of(s + split, e, word[split:])):
                if part.cap:
                    caps.append(len(tokens))
                if part.name:
                    names.append(len(tokens))
                append(part)
                texts_append(part.text)
            continue
        if cap:
            caps.append(len(tokens))
        if name:
            names.append(len(tokens))
        append(Token(s, e, word, lower, cap, name))
        texts_append(word)
    return _Tokens(tokens, texts, caps, names)


#: Words after a hyphen that make an adjective of a name whatever its length ("Iran-run", "Apple-style").
_ADJECTIVE_MAKERS: Final = frozenset(
    {"run", "led", "born", "made", "built", "cut", "bound", "style", "era", "wide", "free"}
)
_PLANS: Final[
    dict[str, tuple[str, bool, bool, int]]
] = {}  # word → _word_plan(word); emptied with the other word caches
_MAX_PLANS: Final = 1 << 16


def _word_plan(word: str) -> tuple[str, bool, bool, int]:
    """:func:`_word_info` of a word, and where a hyphen splits it into a name and the rest
    ("Taliban|-run", "EADS|-led"; 0 when it stays whole), kept in ``_PLANS``: a plain dictionary,
    because :func:`_tokenize` asks for every token and a dictionary look-up is the cheapest cache.
    The rest is an English word, and the name a known one, an acronym or a word of five letters or
    more unless the rest makes an adjective of it ("-run", "-led", "-based"): Korean and Cantonese
    given names stay whole ("Duck-soo", "Jae-in", "Wai-man", "Chun-kit")."""
    split = 0
    if "-" in word:
        head, _, tail = word.rpartition("-")
        gz = gazetteer()
        if (
            head[:1].isupper()
            and tail.islower()
            and tail.isalpha()
            and len(tail) > 2
            and tail in gz.common_words
            and not _is_role_word(word)
            and (
                head.isupper()
                or len(head) >= 5
                or tail.endswith(("ed", "ing", "en"))
                or tail in _ADJECTIVE_MAKERS
                or _known(head, gz)
                or head in gz.demonyms
            )
        ):
            split = len(head)
    if len(_PLANS) >= _MAX_PLANS:
        _PLANS.clear()
    plan = _PLANS[word] = (*_word_info(word), split)
    return plan


@attrs.frozen
class Gazetteer:
    """Names the package ships: what each is and which country it belongs to.

    Attributes:
        places: surface form -> (canonical name, kind) for countries, places and regions.
        countries: every surface form of a country -> canonical country name.
        demonyms: "Afghan", "Afghans" -> canonical place name.
        group_demonyms: religion and people adjectives ("Muslim") that make groups.
        organizations: surface form -> canonical organization name.
        given_names: common given names.
        common_words: frequent English words (lower case) -> frequency rank (0 the most frequent).
        surnames: frequent surnames, lower case, without apostrophes ("obrien").
        place_countries: place name -> the canonical name of the country it is in ("Kolkata" -> India).
    """

    places: dict[str, str]
    countries: dict[str, str]
    demonyms: dict[str, str]
    group_demonyms: frozenset[str]
    organizations: dict[str, str]
    given_names: frozenset[str]
    common_words: dict[str, int]
    surnames: frozenset[str] = frozenset()
    place_countries: dict[str, str] = attrs.Factory(dict)


def _read(name: str) -> str:
    return resources.files("newskit.data").joinpath(name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteers, read once."""
    countries: dict[str, str] = {}
    places: dict[str, str] = {}
    codes: dict[str, str] = {}
    for c in json.loads(_read("countries.json")):
        codes.setdefault(c["iso2"], c["name"])
        for form in [c["name"], *c["aliases"]]:
            countries.setdefault(form, c["name"])
            places.setdefault(form, c["name"])
    place_countries: dict[str, str] = {}
    for name, code in json.loads(_read("places.json")).items():
        places.setdefault(name, name)
        if code in codes:
            place_countries[name] = codes[code]
    dem = json.loads(_read("demonyms.json"))
    orgs: dict[str, str] = {}
    for o in json.loads(_read("organizations.json")):
        for form in [o["name"], *o["aliases"]]:
            orgs.setdefault(form, o["name"])
    return Gazetteer(
        places=places,
        countries=countries,
        demonyms=dict(dem["places"]),
        group_demonyms=frozenset(dem["groups"]),
        organizations=orgs,
        given_names=frozenset(_read("given_names.txt").split()),
        common_words={w: n for n, w in enumerate(_read("common_words.txt").split())},
        surnames=frozenset(_read("surnames.txt").split()),
        place_countries=place_countries,
    )


_KEY_DROPS: Final = re.compile(r"[.\u2019']")


@functools.lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A name compared loosely: case, dots, apostrophes, a leading "the" and a possessive dropped.

    Cached: resolution asks it of the same few names again and again.
    """
    text = text.replace("’", "'")
    if text.endswith(("'s", "'")):
        text = text[: -2 if text.endswith("'s") else -1]
    words = _KEY_DROPS.sub("", text).lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


class Found:
    """One mention found in an article, before resolution.

    Attributes:
        start, end: the mention (titles included: "Senator Marco Rubio").
        name: the name without title or article ("Marco Rubio").
        kind: the kind the evidence points to, or None when there is none.
        strength: how sure the kind is (0 a default guess … 3 a gazetteer entry).
        canonical: the gazetteer's name for it ("United States" for "U.S."), or None.
        roles: role texts the context gives.
        affiliations: indices into the article's found list of the actors this one belongs to.
        acronym_of: index of the found mention this acronym abbreviates.
        nominal: a reference such as "the ministry", resolved later to a named actor.
        sentence: index of the sentence in the article.
        title: whether it is in the headline.
        dropped: found, then judged no actor (an acronym of an event); resolution skips it.
        weak: an ordinary word that is a name only if it names an actor found before.
        demonym: a place named by its adjective ("German" for Germany).

    A plain class, not attrs: compiled, it is a native class, whose fields the readers read directly
    (mypyc leaves an attrs class a Python class, every attribute looked up by name). Compared by identity.
    """

    __slots__ = (
        "acronym_of",
        "affiliations",
        "canonical",
        "demonym",
        "dropped",
        "end",
        "kind",
        "name",
        "nominal",
        "roles",
        "sentence",
        "start",
        "strength",
        "title",
        "weak",
    )

    def __init__(
        self,
        start: int,
        end: int,
        name: str,
        kind: ActorKind | None,
        strength: int,
        canonical: str | None = None,
        *,
        sentence: int = 0,
        title: bool = False,
        nominal: bool = False,
        weak: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.kind = kind
        self.strength = strength
        self.canonical = canonical
        self.roles: list[str] = []
        self.affiliations: list[int] = []
        self.acronym_of: int | None = None
        self.nominal = nominal
        self.sentence = sentence
        self.title = title
        self.dropped = False
        self.weak = weak
        self.demonym = False


# ---------------------------------------------------------------------------------------------
# 1. Which capitalised words are names


def _vocabulary() -> tuple[tuple[int, int], ...]:
    """Which role and name vocabulary is in force: the identity and size of each set read by a cached
    function. :mod:`newskit.data.roles` may be extended in place between parses; the caches must not
    then answer with the old vocabulary."""
    sets = (lex.NOT_NAMES, lex.NAME_PARTICLES, lex.ROLE_HEADS, lex.ROLE_MODIFIERS, lex.HONORIFICS, lex.DIRECTIONS)
    return tuple((id(x), len(x)) for x in (*sets, lex.ORG_HEADS, lex.PLACE_HEADS))


_cached_for: list[tuple[tuple[int, int], ...]] = []


def _check_vocabulary() -> None:
    """Empty the word caches when the vocabulary has changed since they were filled."""
    now = _vocabulary()
    if _cached_for != [now]:
        for cached in (_name_word, _is_role_head, _is_role_word, _classify_shipped, _cuts):
            cached.cache_clear()
        _PLANS.clear()
        _cached_for[:] = [now]


def _courtesy_only(word: str) -> bool:
    """Whether an honorific alone is a form of address rather than a rank or an office ("Sheikh", "Haji")."""
    low = word.lower()
    return low in lex.HONORIFICS and low not in lex.RANKS


def _adjective_word(word: str, gz: Gazetteer) -> bool:
    """Whether a capitalised word alone is an adjective of nation, faith or direction, or a frequent
    word ("German party financing", "Protestant party", "Western alliance"), not a party's name."""
    return word in gz.demonyms or word in gz.group_demonyms or word.lower() in gz.common_words


#: Nouns in lower case after a name that make it a party's or a movement's ("Georgian Dream party").
_PARTY_NOUNS: Final = frozenset({"party", "movement", "alliance", "coalition", "bloc", "militia", "faction"})


@functools.lru_cache(maxsize=1 << 16)
def _is_role_head(word: str) -> bool:
    """A word that ends a role: "Minister", "Presidents", "Secretary-General", "President-elect"."""
    w = word.lower()
    return (
        w in lex.ROLE_HEADS
        or (w.endswith("s") and w[:-1] in lex.ROLE_HEADS)
        or any(part in lex.ROLE_HEADS for part in w.split("-")[:1])
    )


@functools.lru_cache(maxsize=1 << 16)
def _is_role_word(word: str) -> bool:
    """A role head, a role modifier ("Deputy", "Foreign") or an honorific ("Ms")."""
    w = word.lower()
    return (
        w in lex.ROLE_HEADS
        or w in lex.ROLE_MODIFIERS
        or w in lex.HONORIFICS
        or _is_role_head(word)  # "Presidents X and Y", "Secretary-General"
    )


def _word_info(word: str) -> tuple[str, bool, bool]:
    """A word's lower case, whether it is capitalised and whether it can be part of a name.

    Not cached itself: the tokenizer keeps it in ``_PLANS`` with the rest of a word's plan, and the
    other callers (the cold path of :func:`_cuts`, hyphen splits) are few; a second cache would be
    filled, on the first sight of every word, for nothing.
    """
    return word.lower(), word[:1].isupper(), _name_word(word)


@functools.lru_cache(maxsize=1 << 16)
def _name_word(t: str) -> bool:
    """Whether a word can be part of a name (cached: the same words come back in every article)."""
    if not t[:1].isalpha():
        return False
    if any(map(str.isdigit, t)):
        return False  # model codes and units: A380, 737-800, 30GB
    if t[:1].isupper():
        return t.lower() not in lex.NOT_NAMES
    # al-Assad, el-Sisi, bin-Salman: a lower-case particle glued to a capitalised name
    head, _, rest = t.partition("-")
    return head in lex.NAME_PARTICLES and rest[:1].isupper()


def _chunks(tokens: Sequence[Token], names: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Runs of name tokens, with connectors ("of", "bin", "&") between two name tokens.

    ``names``: the indices of the name tokens, where runs start (the tokens between are not read).
    """
    n = len(tokens)
    j = 0
    for i in names:
        if i < j:
            continue  # inside the run before
        j = i + 1
        while j < n:
            near = tokens[j].start - tokens[j - 1].end <= 1
            if near and _legal_form(tokens[j - 1].lower) and not _legal_form(tokens[j].lower):
                break  # "Apple Inc. Steve Jobs": a company's suffix ends its name
            if near and (tokens[j].name or tokens[j].lower in _SUFFIXES):
                j += 1  # a name word, or "Jr." after one
                continue
            if _plural_possessive_inside(tokens, j) or _titled_possessive_inside(tokens, j):
                j += 2  # "Leeds Magistrates' Court", "the Sheriff's Office": the possessive and the head
                continue
            # connector(s) followed by a name token: "of", "of the", "bin", "van der"
            k = j
            while k < n and k - j < 2 and tokens[k].lower in lex.CONNECTORS and not tokens[k].cap:
                k += 1
            if k > j and k < n and tokens[k].name and tokens[k].cap:
                j = k + 1
                continue
            break
        yield i, j


def _plural_possessive_inside(tokens: Sequence[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is the apostrophe of a plural possessive inside a name: right after a
    capitalised plural, before a capitalised head word ("Magistrates' Court", "Veterans' Affairs")."""
    if j + 1 >= len(tokens) or tokens[j].text not in _APOS:
        return False
    plural, head = tokens[j - 1], tokens[j + 1]
    return (
        tokens[j].start == plural.end
        and plural.cap
        and plural.text.endswith("s")
        and head.cap
        and head.start - tokens[j].end == 1
        and (head.lower in lex.ORG_HEADS or head.lower in lex.PLACE_HEADS or head.lower == "affairs")
    )


def _titled_possessive_inside(tokens: Sequence[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is the "'s" of a title, a saint or people inside a name, before a
    capitalised head word ("the Sheriff's Office", "the Ombudsman's Office", "Queen's Club", "St
    James's University Hospital", "Children's Hospital"); not a name's ("Russia's Foreign Ministry")."""
    if j + 1 >= len(tokens) or tokens[j].text not in ("'s", "’s"):
        return False
    owner, head = tokens[j - 1], tokens[j + 1]
    if not (tokens[j].start == owner.end and owner.cap and head.cap and head.start - tokens[j].end == 1):
        return False
    if head.lower not in lex.ORG_HEADS and head.lower not in lex.PLACE_HEADS:
        return False
    saint = j >= 2 and tokens[j - 2].lower in ("st", "st.", "saint")
    return saint or owner.lower in lex.ROLE_HEADS or owner.lower in _PEOPLE_PLURALS


_PEOPLE_PLURALS: Final = frozenset({"children", "people", "women", "men", "workers", "peoples"})


# ---------------------------------------------------------------------------------------------
# 2. Kinds


def _head_words(words: Sequence[str]) -> list[str]:
    """The words that can carry an organization's or place's type: the last, and the one before the
    first "of" or "for" ("Ministry of Health", "National Agency for Railway Safety")."""
    lowered = [w.lower() for w in words]
    heads = [lowered[-1]]
    i = next((k for k, w in enumerate(lowered) if w in ("of", "for")), 0)
    if i > 0:
        heads.append(lowered[i - 1])
    if len(lowered) > 1 and lowered[0] in {"ministry", "department", "university", "bank", "office", "embassy", "air"}:
        heads.append(lowered[0])
    if len(lowered) > 1 and lowered[0] in {"mount", "mt.", "lake", "fort", "port", "gulf", "bay"}:
        heads.append(lowered[0])  # "Mt. Kilimanjaro", "Lake Naivasha"
    return heads


_SUFFIXES: Final = {"jr.", "sr.", "jr", "sr"}


def _legal_form(word: str) -> bool:
    """Whether a word in lower case is a company's legal form ("inc.", "gmbh", "s.p.a."): the end of its name."""
    return word.replace(".", "") in lex.LEGAL_FORMS


_PARTY_STATE: Final = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,5}")  # "R-AZ", "D-N" of "D-N.Y."
_ROMAN: Final = re.compile(r"[IVX]{1,4}")
_INITIALS: Final = re.compile(r"(?:[A-Z]\.){1,3}")


def _acronym_word(word: str) -> bool:
    """An acronym ("NATO", "EADS"), not initials with full stops ("J.D.")."""
    return word.isupper() and "." not in word and len(word) > 1


def classify(words: Sequence[str], gz: Gazetteer) -> tuple[ActorKind | None, int, str | None]:
    """The kind a name's own words give, how sure (0-3), and its gazetteer name."""
    if gz is gazetteer():
        return _classify_shipped(tuple(words))  # the same names come back in every article
    return _classify(words, gz)


@functools.lru_cache(maxsize=1 << 16)
def _classify_shipped(words: tuple[str, ...]) -> tuple[ActorKind | None, int, str | None]:
    """:func:`classify` with the shipped gazetteers, cached."""
    return _classify(words, gazetteer())


def _classify(words: Sequence[str], gz: Gazetteer) -> tuple[ActorKind | None, int, str | None]:
    """:func:`classify`, computed."""
    text = " ".join(words)
    if text.isupper() and len(text) > 4 and (text.title() in gz.places or text.title() in gz.organizations):
        text = text.title()  # a dateline or a headline in capitals: "KABUL", "TALIBAN"
    if text in gz.organizations:
        return "organization", 3, gz.organizations[text]
    if text in gz.places:
        return "place", 3, gz.places[text]
    key = text.replace("’", "'")
    if key.startswith("the ") and key[4:] in gz.organizations:
        return "organization", 3, gz.organizations[key[4:]]
    heads = _head_words(words)
    first = words[0].lower()
    if len(words) == 2 and first in lex.DIRECTIONS and words[1] in gz.places:
        return "place", 2, None  # "East Africa", "Southern Lebanon": a region of a known place
    if first in lex.HONORIFICS:
        return "person", 3, None
    if len(words) > 1 and first in lex.CLUB_PREFIXES:
        return "organization", 2, None  # "Real Madrid", "Sporting Almansa": a club
    if "&" in words[1:-1]:
        return "organization", 2, None  # "Procter & Gamble": no person's name holds an ampersand
    if any(h in lex.ORG_HEADS or (h[-1:] == "s" and h[:-1] in lex.ORG_HEADS) for h in heads) and not (
        len(words) == 1 and words[0].isupper()
    ):
        return "organization", 2, None
    if len(words) > 1 and any(h in lex.PLACE_HEADS for h in heads):
        return "place", 2, None
    shouted = any(_acronym_word(w) for w in words)
    if "of" in (w.lower() for w in words):
        return None, 0, None  # "Bill of Rights": a given name does not start "X of Y"
    if words[0] in gz.given_names and len(words) >= 2 and not shouted:
        return "person", 2, None
    if (
        _INITIALS.fullmatch(words[0])
        and len(words) >= 2
        and not shouted
        and words[0] not in gz.places
        and gz.common_words.get(words[1].lower(), _DROP_RANK) >= _FUNCTION_RANK
    ):
        return "person", 2, None  # "J.D. Vance", "J. Smith"
    if len(words) >= 2 and any(w in gz.given_names for w in words[:-1]) and not shouted:
        return "person", 1, None
    if 2 <= len(words) <= 3 and not shouted and _surname(words[-1], gz) and rare_word(words[0], gz):
        return "person", 1, None  # "Elian Gonzalez", "Bronek Kowalski": a given name the list lacks, a surname
    if len(words) >= 2 and not shouted and _plural_noun(words[-1], gz):
        return "organization", 1, None  # "Redline Homes", "Castlegate Developments", "Sky Sports"
    return None, 0, None


def _plural_noun(word: str, gz: Gazetteer) -> bool:
    """A capitalised plural of a frequent English noun ("Homes", "Developments"): a business's name ends
    so, a person's rarely ("Jones", "Williams" are no plurals of frequent words)."""
    low = word.lower()
    return (
        word[:1].isupper()
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and gz.common_words.get(low[:-1], _DROP_RANK) < _SURNAME_RANK
    )


_SURNAME_RANK: Final = 2000  # a surname that is also a frequent word ("Brown", "King", "Young") says nothing


def _who_follows(tokens: Sequence[Token], j: int) -> bool:
    """Whether ", who" follows the chunk ending at ``j``: what it ends is a person."""
    return j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower == "who"


#: Verbs whose subject, a single capitalised word seldom ordinary (:func:`_rarely_ordinary`), is a name
#: wherever it stands: one who speaks, or does what people and organizations do ("Boeing said", "after
#: Trump signed"); not what prices do ("rose").
_ACTS_OF_ACTORS: Final = frozenset(lex.SPEECH_VERBS) | frozenset(
    [
        *("signed", "met", "visited", "won", "urged", "called", "pledged", "vowed", "denied", "launched"),
        *("unveiled", "appointed", "fired", "sued", "acquired", "agreed", "rejected", "criticised", "criticized"),
        *("condemned", "accused", "welcomed", "confirmed", "refused", "threatened", "ordered"),
    ]
)


#: Verbs whose object, a single capitalised word seldom ordinary, is a name: whom actors meet, urge, sue,
#: hire or blame ("Biden met Putin", "critics accused Musk", "Salesforce acquired Slack").
_ACTS_ON_ACTORS: Final = frozenset(
    [
        *("met", "visited", "urged", "sued", "acquired", "appointed", "fired", "hired", "accused", "thanked"),
        *("criticised", "criticized", "condemned", "praised", "warned", "invited", "defeated", "told"),
    ]
)


def _rarely_ordinary(low: str, gz: Gazetteer) -> bool:
    """Whether a word (in lower case) is written as an ordinary word too seldom for that to be the better
    reading before a verb of an actor: outside the thousand most frequent words and no plural of a
    frequent noun ("Prosecutors said", "Analysts said" are ordinary)."""
    rank = gz.common_words.get(low)
    return (rank is None or rank > _RESCUE_RANK) and not _plural_of_common(low, gz) and low not in lex.NOT_NAMES


def _surname(word: str, gz: Gazetteer) -> bool:
    """A frequent surname that is not a frequent English word."""
    low = word.lower()
    return (
        word[:1].isupper()
        and low.replace("'", "").replace("’", "") in gz.surnames
        and gz.common_words.get(low, _DROP_RANK) >= 3 * _SURNAME_RANK  # not "Marine", "Patch", "Daniel"
    )


def rare_word(word: str, gz: Gazetteer) -> bool:
    """A capitalised word that is no frequent English word, place, organization, particle or surname: it may be
    a given name the list lacks."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and gz.common_words.get(word.lower(), _DROP_RANK) >= _SURNAME_RANK
        and word not in gz.places
        and word not in gz.organizations
        and word not in gz.demonyms
        and word.lower() not in lex.CONNECTORS  # "Der Spiegel", "El Pais"
        and word.lower() not in lex.NAME_PARTICLES
        and word.lower() not in gz.surnames  # "McDonnell Douglas", "Goldman Sachs": two founders, a firm
    )


# ---------------------------------------------------------------------------------------------
# 3. Reading one article


class _Piece:
    """A name inside a chunk, with the title words before it (a plain class, as :class:`Found` is).

    Attributes:
        first: the token index where the mention starts (title included).
        name_first: the token index where the name starts.
        last: the token index one past the name.
        role: the title's text, if any.
        role_owner: the token index (start) of the affiliation inside the title.
    """

    __slots__ = ("first", "last", "name_first", "role", "role_owner")

    def __init__(
        self, first: int, name_first: int, last: int, role: str | None = None, role_owner: int | None = None
    ) -> None:
        self.first = first
        self.name_first = name_first
        self.last = last
        self.role = role
        self.role_owner = role_owner


_OPENERS_FOR: Final[list[tuple[dict[str, str], int, frozenset[str]]]] = []  # places table, its size, its first words


def _place_openers(places: dict[str, str]) -> frozenset[str]:
    """The first words of the places named in several words ("New" of "New York"): a run of words that
    starts with none of them is no such place, and its words need not be joined to be looked up.

    Kept for the table and its size, as the word caches are kept for the vocabulary (:func:`_vocabulary`).
    """
    if not _OPENERS_FOR or _OPENERS_FOR[0][0] is not places or _OPENERS_FOR[0][1] != len(places):
        openers = frozenset(p.split(" ")[0] for p in places if " " in p)
        _OPENERS_FOR[:] = [(places, len(places), openers)]
    return _OPENERS_FOR[0][2]


def _strip_leading(
    tokens: Sequence[Token], i: int, j: int, initial: bool, known: set[str], repeated: set[str], gz: Gazetteer
) -> int:
    """Skip the words at the start of a chunk that are not part of a name."""
    while i < j:
        tok = tokens[i]
        low = tok.lower
        if (
            j - i > 1
            and tok.text in _place_openers(gz.places)
            and any(" ".join(t.text for t in tokens[i:m]) in gz.places for m in range(i + 2, min(j, i + 4) + 1))
        ):
            break
        if low in lex.CONNECTORS and tok.text.islower():
            i += 1
            continue
        if low in lex.NOT_NAMES:
            i += 1
            continue
        if initial or tok.text == "The":
            function_word = gz.common_words.get(low, _DROP_RANK) < _FUNCTION_RANK  # "The", "In", "After"
            joined = i + 1 < j and tokens[i + 1].lower in {
                "of",
                "for",
                "and",
                "&",
                "on",
            }  # "Shares of General Electric"
            rest = [t.text for t in tokens[i + function_word : j]]
            if not joined and len(rest) >= 2 and classify(rest, gz)[1] >= 2:
                if function_word:
                    i += 1
                break  # "The Ministry of Water", "Foreign Ministry": a name by its head word
            next_is_name = i + 1 < j and tokens[i + 1].cap and not _ordinary(tokens[i + 1].text, known, repeated, gz)
            if next_is_name and (tok.text in gz.given_names or _is_role_head(tok.text) or low in lex.ROLE_MODIFIERS):
                break  # "Anna Paulina Luna", "Governor Ellen Marsh", "Former President X", "CEO Tim Cook"
            if (next_is_name or _who_follows(tokens, j)) and _surname(tok.text, gz):
                break  # "Nguyen Thi Thanh Hoa met", "Nguyen, who became foreign minister": a family name
            if low in lex.ROLE_HEADS and any(tokens[m].text in gz.given_names for m in range(i + 1, min(j, i + 5))):
                break  # "Secretary of State Paul Grant"
            acts = j - i == 1 and j < len(tokens) and tokens[j].lower in _ACTS_OF_ACTORS
            if acts and (_surname(tok.text, gz) or _rarely_ordinary(low, gz)):
                break  # "Lopez said", "Boeing said", "Trump signed": a name that speaks or acts
            if _ordinary(tok.text, known, repeated, gz):
                i += 1
                initial = True  # the next word is now the first of a name only if it is one
                continue
        break
    return i


def _known_in_caps(word: str, known: set[str], gz: Gazetteer) -> bool:
    """In an all-capitals headline, whether a word is a name the body or the gazetteer knows ("KABUL")."""
    title = word.title()
    return (
        title in known
        or title in gz.places
        or title in gz.organizations
        or title in gz.demonyms
        or (len(word) <= 5 and (word in gz.organizations or word in gz.places))
    )


def _ordinary(word: str, known: set[str], repeated: set[str], gz: Gazetteer) -> bool:
    """Whether a capitalised word is likely an ordinary word (at a sentence start or in a headline)."""
    if word in known:
        return False
    if word in gz.places or word in gz.organizations or word in gz.demonyms or word in gz.group_demonyms:
        return False
    low = word.lower()
    if low in lex.HONORIFICS:
        return False
    if not word.isupper() and any(c.isupper() for c in word[1:]):
        return False  # "LeBron", "McCarthy", "DeSantis": no ordinary word is written with a capital inside
    if word in repeated and gz.common_words.get(low, 0) > _RESCUE_RANK:
        return False  # a rarer word the article writes capitalised again and again, never in lower case
    return (
        low in gz.common_words
        or low in lex.CONNECTORS
        or low in lex.NOT_NAMES
        or word.isdigit()
        or _plural_of_common(low, gz)  # "Ambulances were sent", "Negotiators arrived"
        or _compound_of_common(low, gz)  # "Long-term", "Anti-abortion", "Year-earlier"
    )


def _compound_of_common(low: str, gz: Gazetteer) -> bool:
    """Whether a hyphenated word in lower case is made of frequent words and prefixes ("long-term",
    "anti-abortion", "pre-orders"), as no name is."""
    parts = low.split("-")
    return len(parts) > 1 and all(
        part in gz.common_words or part in _PREFIXES or _plural_of_common(part, gz) for part in parts
    )


_PREFIXES: Final = frozenset(
    {"anti", "pro", "pre", "non", "post", "co", "ex", "re", "mid", "semi", "multi", "sub", "inter"}
)


def _plural_of_common(low: str, gz: Gazetteer) -> bool:
    """Whether a word in lower case is the plural of a frequent English noun ("ambulances", "ferries")."""
    if len(low) < 5 or not low.endswith("s") or low.endswith("ss"):
        return False
    words = gz.common_words
    return (
        low[:-1] in words
        or (low.endswith("ies") and low[:-3] + "y" in words)
        or (low.endswith("es") and low[:-2] in words)
    )


_QUOTE_OPENERS: Final = {"“", '"', "‘", "`", ":", "(", "—", "–", "-"}  # a capital after these may start a sentence


def _after_stop(toks: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` follows a full stop and closing quotes (``… Iraq." Despite``, ``… he said.'' We``):
    a sentence the segmenter did not end there starts there all the same."""
    m = k - 1
    while m > 0 and toks[m].text in _CLOSERS and k - m <= 3:
        m -= 1
    return m < k - 1 and toks[m].text in _STOPS


def find_names(text: str, article: Article) -> list[Found]:
    """Every name and nominal reference in one article, in text order, with kinds and roles."""
    _check_vocabulary()
    gz = gazetteer()
    sentences = list(article.sentences)
    headline = article.title
    tokenized = [_tokenize(text, s.start, s.end) for s in sentences]
    # Words the article writes capitalised inside a sentence (not first, not in the headline),
    # and words it writes in lower case: evidence for sentence starts and headlines.
    known: set[str] = set()
    lowered: set[str] = set()
    capitalised_words: list[str] = []  # counted once for the article: Counter.update is a Python call
    adverbs: set[str] = set()
    for s, (toks, texts, caps, _) in zip(sentences, tokenized, strict=True):
        capitalised_words += [texts[k] for k in caps]
        if len(toks) > 1 and toks[0].cap and texts[1] == ",":
            adverbs.add(texts[0])  # "Meanwhile,", "However,": sentence adverbs, not names
        if headline is not None and s.start == headline.start:
            continue
        known.update(
            [
                texts[k]
                for k in caps
                if k > 0
                and texts[k - 1] not in _QUOTE_OPENERS
                and not (texts[k - 1] in _CLOSERS and _after_stop(toks, k))
            ]
        )
        lowered.update(filter(str.islower, texts))
    known -= {w for w in known if w.lower() in lowered}
    capitalised = Counter(capitalised_words)
    repeated = {w for w, n in capitalised.items() if n >= 2 and w.lower() not in lowered and w not in adverbs}

    found: list[Found] = []
    not_actors: set[str] = set()
    for index, (s, words) in enumerate(zip(sentences, tokenized, strict=True)):
        is_headline = headline is not None and s.start == headline.start
        _read_sentence(text, s, words, index, is_headline, known, repeated, gz, found, not_actors)
    return found


def _quoted_titles(tokens: Sequence[Token], texts: list[str]) -> set[int]:
    """Token indices inside a short quotation whose words are all capitalised: a title, not names.

    ``texts``: the tokens' words. Only the opening marks are visited (picked out in C), and each
    closing mark is looked for with ``list.index``.
    """
    out: set[int] = set()
    n = len(tokens)
    after = 0  # where the quotation read last ends
    for i in itertools.compress(range(n), map(_QUOTES.__contains__, texts)):
        if i < after:
            continue
        close = _QUOTES[texts[i]]
        try:
            j = texts.index(close, i + 1, min(n, i + 13))  # the first within twelve tokens
        except ValueError:
            continue
        if j - i > 2:
            words = [t for t in tokens[i + 1 : j] if t.text[:1].isalpha()]
            content = [t for t in words if len(t.text) > 3 or t.cap]
            if len(words) >= 2 and all(t.cap for t in content) and sum(t.cap for t in words) >= 2:
                out.update(range(i + 1, j))
            after = j + 1
    return out


# An e-mail address starts where its run of address characters starts (the look-behind) and takes
# the whole run at once (possessive): a run of 100,000 digits is read once, not once per digit.
_ADDRESS: Final = re.compile(r"https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]++@[\w-]+\.[\w.]+|[#@]\w+")


def _addresses(text: str, sentence: Span, toks: Sequence[Token]) -> set[int]:
    """Token indices inside web addresses, e-mail addresses, hashtags and handles: no names there."""
    spans = [m.span() for m in _ADDRESS.finditer(text, sentence.start, sentence.end)]
    if not spans:
        return set()
    return {k for k, t in enumerate(toks) if any(s <= t.start < e for s, e in spans)}


_QUOTE_MARKS: Final = re.compile("[" + "".join(_QUOTES) + "]")


_ASCII_LOWER: Final = bytes(range(ord("a"), ord("z") + 1))


#: A byline: "By Farhana Akter", "By Jane Doe and John Roe, Associated Press" — names and a few
#: small words, no verb.
_BYLINE_SENTENCE: Final = re.compile(r"\s*(?:By|BY)\s+[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|and|&|in|of))*\s*")

#: Words that open a question: in a subhead in capitals ("WHO ARE THE VICTIMS?") the first is no
#: acronym (WHO, IS).
_QUESTION_OPENERS: Final = frozenset(
    {"who", "what", "why", "how", "when", "where", "which", "is", "are", "was", "were", "do", "does", "did"}
    | {"can", "could", "will", "would", "should", "has", "have", "had"}
)


def _shouting(words: str) -> bool:
    """Whether a sentence is written in capitals: more than 12 letters, over 80% of them upper case.

    Counted in C: most sentences are turned away by their ASCII lower-case letters alone (bytes
    ``translate``), then by ``map`` passes; the exact count (upper-case letters only) is needed only
    when the quick ones say it may be so.
    """
    raw = words.encode("ascii", "ignore")
    if 5 * (len(raw) - len(raw.translate(None, _ASCII_LOWER))) >= len(words):
        return False  # a fifth of the characters are lower-case letters: a fifth of the letters at least
    letters = sum(map(str.isalpha, words))
    if letters <= 12 or sum(map(str.isupper, words)) <= 0.8 * letters:
        return False
    return sum(1 for c in words if c.isalpha() and c.isupper()) > 0.8 * letters


def _read_sentence(
    text: str,
    sentence: Span,
    read: _Tokens,
    index: int,
    headline: bool,
    known: set[str],
    repeated: set[str],
    gz: Gazetteer,
    found: list[Found],
    not_actors: set[str],
) -> None:
    """Add the names and references of one sentence to ``found``.

    ``read``: the sentence's tokens with their words and the indices of the capitalised and name
    tokens; the readers that look for rare words ask the words of the sentence at once (a set
    against a list, in C) before they read the tokens one by one.
    """
    toks, texts, caps, names = read
    base = len(found)
    words = text[sentence.start : sentence.end]
    skip = _quoted_titles(toks, texts) if _QUOTE_MARKS.search(words) else set()
    if "@" in words or "#" in words or "www." in words or "http" in words:
        skip |= _addresses(text, sentence, toks)
    if not _holiday_openers().isdisjoint(texts):
        holidays = _holidays(toks, texts)
        names = [k for k in names if k not in holidays]  # a holiday ends a name: "the Atlantic on Thanksgiving Day"
    shouting = _shouting(words)
    headline = headline or shouting  # a sentence in capitals reads like a headline
    if shouting and words.rstrip().endswith("?") and toks and toks[0].lower in _QUESTION_OPENERS:
        names = names[1:] if names[:1] == [0] else names  # "WHO ARE THE VICTIMS?", "IS THIS THE FIRST?"
    first_word = next((k for k, t in enumerate(toks) if t.text[:1].isalnum()), 0)
    pieces: list[_Piece] = []
    for i, j in _chunks(toks, names):
        if skip and any(k in skip for k in range(i, j)):
            continue
        initial = i == first_word or headline or (i > 0 and (toks[i - 1].text in _OPENERS or _after_stop(toks, i)))
        if not headline:
            i = _strip_leading(toks, i, j, initial, known, repeated, gz)
        if headline:
            # in a headline every word is capitalised: keep only runs of words known as names
            k = i
            while k < j:
                name_like = (
                    _known_in_caps(toks[k].text, known, gz)
                    if shouting
                    else not _ordinary(toks[k].text, known, repeated, gz)
                )
                if not name_like or toks[k].lower in lex.CONNECTORS:
                    k += 1
                    continue
                m = k + 1
                while m < j and (
                    _known_in_caps(toks[m].text, known, gz)
                    if shouting
                    else not _ordinary(toks[m].text, known, repeated, gz)
                ):
                    m += 1
                pieces.extend(_split_chunk_cached(texts, k, m, gz))
                k = m
            continue
        # trailing connectors never end a name
        while j > i and toks[j - 1].lower in lex.CONNECTORS and not toks[j - 1].cap:
            j -= 1
        if i < j and _defined_by_acronym(toks, i, j):
            pieces.append(_Piece(i, i, j))  # "Law and Justice (PiS)": one name, however it reads
        elif i < j:
            pieces.extend(_split_chunk_cached(texts, i, j, gz))

    for piece in pieces:
        _add_piece(text, toks, piece, index, headline, repeated, gz, found, not_actors)
    if texts[:1] in (["By"], ["BY"]) and _BYLINE_SENTENCE.fullmatch(words):
        for f in found[base:]:
            if f.kind in (None, "organization") and f.strength < 3 and 2 <= len(f.name.split()) <= 4:
                f.kind, f.strength = "person", 2  # "By Farhana Akter": a writer
    _demonyms(toks, caps, index, headline, gz, found, skip, base)
    named = len(found) > base  # the readers below only add to what the sentence names
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    if named:
        starts, ends = _positions(toks)
        _leading_countries(toks, starts, index, headline, gz, found, base)
        if "(" in texts:
            _acronyms(toks, base, found, not_actors)
    if not _nominal_nouns().isdisjoint(texts):
        _nominals(toks, index, found, base)
    if named:
        if "," in texts:  # an apposition follows its name after a comma
            _appositions(text, toks, ends, base, found)
        _preceding_roles(text, toks, starts, base, found)
        _possessor_roles(toks, texts, starts, base, found)
        _articles(toks, starts, ends, base, found, gz)


def _defined_by_acronym(toks: Sequence[Token], i: int, j: int) -> bool:
    """Whether the run ``toks[i:j]`` joins names with "and" or "&" and is defined by an acronym in
    brackets right after it ("Law and Justice (PiS)", "Research and Development Agency (RDA)"): then
    it is one name, not two. Not when the acronym's letters run on before the run's initials: the
    definition began earlier ("Maintenance, Repair and Overhaul (MRO)")."""
    if not (
        j + 2 < len(toks)
        and toks[j].text == "("
        and toks[j + 2].text == ")"
        and toks[j + 1].acronym
        and any(t.lower in ("and", "&") for t in toks[i + 1 : j - 1])
    ):
        return False
    letters = "".join(c for c in toks[j + 1].text if c.isupper())
    initials = "".join(t.text[0] for t in toks[i:j] if t.cap)
    return not (len(letters) > len(initials) and letters.endswith(initials))


_MAX_SPLITS: Final = 6  # nested cuts of one run ("X of Y of Z ..."); past it the rest stays one piece


_Cut = tuple[int, int, int, str | None, int | None]  # a _Piece with token indices relative to the chunk


def _split_chunk_cached(texts: list[str], i: int, j: int, gz: Gazetteer) -> list[_Piece]:
    """:func:`_split_chunk`, which depends on the chunk's words alone (``texts[i:j]``, the tokens' words):
    cached by them for the shipped gazetteers (the same names come back in every article), new pieces
    each time."""
    if gz is not gazetteer():
        return _split_chunk(texts, i, j, gz)
    cuts = _cuts(tuple(texts[i:j]))
    return [
        _Piece(i + first, i + name_first, i + last, role, None if owner is None else i + owner)
        for first, name_first, last, role, owner in cuts
    ]


@functools.lru_cache(maxsize=1 << 14)
def _cuts(words: tuple[str, ...]) -> tuple[_Cut, ...]:
    """The pieces of a chunk of these words, relative to its start."""
    return tuple(
        (p.first, p.name_first, p.last, p.role, p.role_owner) for p in _split_chunk(words, 0, len(words), gazetteer())
    )


def _split_chunk(texts: Sequence[str], i: int, j: int, gz: Gazetteer) -> list[_Piece]:
    """Cut a run of capitalised words into names: at "and" between two names, at "of" before a
    country, and after a title ("Senator | Marco Rubio", "Deputy Minister of Foreign Affairs | of | Belarus").

    ``texts``: the sentence's words, the run being ``texts[i:j]``; the cut reads the words alone, so the
    cache (:func:`_cuts`) makes no tokens for them."""
    words = list(texts[i:j])
    if " ".join(words) in gz.places or " ".join(words) in gz.organizations:
        return [_Piece(i, i, j)]
    if len(words) >= 2 and _acronym_word(words[-1]) and " ".join(words[:-1]) in gz.countries:
        return [_Piece(i, i, j - 1), _Piece(j - 1, j - 1, j)]  # "UK RAF": the country, then its body
    lowered = [w.lower() for w in words]
    # split at "and"/"&" unless the whole is one organization ("Defence and Space Company")
    whole_kind = classify(words, gz)[0] if ("and" in lowered or "&" in lowered) else None
    pieces: list[_Piece] = []
    start = 0
    for k, w in enumerate(lowered):
        if w in {"and", "&"} and start < k < len(words) - 1:
            right = words[k + 1 : next((m for m in range(k + 1, len(words)) if lowered[m] in {"and", "&"}), len(words))]
            if _joined_by_and(words[start:k], lowered[start:k], whole_kind, w, gz, right):
                continue  # one name: "Defence and Space Company", "Ministry of Agriculture and Food"
            pieces += _split_one(texts, i + start, i + k, gz, 0)
            start = k + 1
    return pieces + _split_one(texts, i + start, j, gz, 0)


def _titled_name(words: Sequence[str], gz: Gazetteer) -> bool:
    """Whether words are a title and a person's name after it ("Prime Minister Jorin Vass"; not
    "Labor Statistics")."""
    t = 0
    while t < len(words) and _is_role_word(words[t]):
        t += 1
    return 0 < t < len(words) and (words[t] in gz.given_names or (len(words) - t >= 2 and rare_word(words[t], gz)))


def _known(word: str, gz: Gazetteer) -> bool:
    """Whether a word is a place's or an organization's name in the gazetteers."""
    return word in gz.places or word in gz.organizations


def _of_body(words: Sequence[str], lowered: Sequence[str], first_of: int, gz: Gazetteer) -> bool:
    """Whether a person's name before "of" at ``first_of`` is followed by a body's ("Dr. Fiona Grant of
    the Scottish Association for Marine Science", "Joan Brown Campbell of the National Council of
    Churches"), and no title stands before the name ("Minister of …" is read as a title)."""
    if any(_is_role_word(w) and w.lower() not in lex.HONORIFICS for w in words[:first_of]):
        return False
    rest = words[first_of + 1 :]
    return bool({"of", "for"} & set(lowered[first_of + 1 :])) or (
        bool(rest) and classify(rest, gz)[0] == "organization"
    )


def _joined_by_and(
    left: list[str], lowered: list[str], whole_kind: str | None, joiner: str, gz: Gazetteer, right: Sequence[str] = ()
) -> bool:
    """Whether the words before an "and" (or "&") and those after it are one organization's name:
    the whole reads as an organization and the left part is no name of its own ("Defence and Space
    Company", "Ministry of Agriculture and Food", "Economy and Finance Ministry"), unless the left
    part is a title ("President and CEO"). An ampersand joins one name ("Brighton & Hove Albion",
    "Procter & Gamble", "Smith & Wesson") unless a person's full name stands before it or a known
    name on each side ("Taliban & Belarus Officials", the words ``right`` of it)."""
    if joiner == "&":
        both_known = _known(left[-1], gz) and bool(right) and _known(right[0], gz)
        return not both_known and not (len(left) > 1 and classify(left, gz)[0] == "person")
    if whole_kind != "organization":
        return False
    if joiner == "&" or "of" in lowered:
        return True
    if classify(left, gz)[0] is not None:
        return False
    return len(left) >= 2 or (
        lowered[-1] in gz.common_words and not (_is_role_head(left[0]) or lowered[-1] in lex.HONORIFICS)
    )


_BODIES: Final = ("place", "organization")


def _split_one(texts: Sequence[str], i: int, j: int, gz: Gazetteer, depth: int) -> list[_Piece]:
    """Cut a run without "and" at "of" before a country and after a title."""
    while i < j and texts[i].islower():
        i += 1  # "and the African Union" after a split
    if i >= j:
        return []
    words = list(texts[i:j])
    text = " ".join(words)
    if text in gz.places or text in gz.organizations or depth > _MAX_SPLITS:
        return [_Piece(i, i, j)]
    lowered = [w.lower() for w in words]
    # split at the last "of"/"for" when what follows is a country or place: "X of Belarus"
    for k in range(len(words) - 2, 0, -1):
        if lowered[k] in {"of", "for"}:
            rest = " ".join(words[k + 1 :])
            left_is_person = lowered[k] == "of" and classify(words[:k], gz)[0] == "person"
            one_body = k == 1 and lowered[0] in lex.ORG_HEADS  # "Bank of America", "Embassy of France"
            body = not _is_role_word(words[0]) and not _is_role_word(words[k - 1])  # not "Secretary of State X"
            if lowered[k] == "of" and body and _titled_name(words[k + 1 :], gz):
                # "the Social Democratic Alliance of Prime Minister Jorin Vass": a body, then its titled leader
                return _split_one(texts, i, i + k, gz, depth + 1) + _split_one(texts, i + k + 1, j, gz, depth + 1)
            if (rest in gz.places or left_is_person) and " ".join(words[:k]) not in gz.places and not one_body:
                left = _split_one(texts, i, i + k, gz, depth + 1)
                right = [_Piece(i + k + 1, i + k + 1, j)]
                if len(left) == 1 and left[0].name_first == left[0].last:  # the left part is a role
                    left[0].role_owner = i + k + 1
                return left + right
            break
    # "Joan Brown Campbell of the National Council of Churches": a person before the first "of"
    first_of = lowered.index("of") if "of" in lowered[1:-1] else 0
    person_first = first_of and classify(words[:first_of], gz)[0] == "person"
    # "Dr. Fiona Grant of the Scottish Association for Marine Science": of a body
    if person_first and _of_body(words, lowered, first_of, gz):
        return [_Piece(i, i, i + first_of), *_split_one(texts, i + first_of + 1, j, gz, depth + 1)]
    # "King Street", "Prince Albert Road", "the Premier League": a place or body named with a title word
    headed = lowered[-1] in lex.PLACE_HEADS or lowered[-1] in lex.ORG_HEADS
    if headed and len(words) >= 2 and not {"of", "for"} & set(lowered) and classify(words, gz)[0] in _BODIES:
        return [_Piece(i, i, j)]
    if not _is_role_head(words[0]) and classify(words, gz)[0] in ("organization", "place"):
        return [_Piece(i, i, j)]  # "General Motors", "National Grid Corp.": no title inside
    # title words before the name
    t = i
    while t < j and (_is_role_word(words[t - i]) or (t > i and lowered[t - i] in {"of", "for"})):
        t += 1
    if t == j:
        # all role words: "Deputy Minister of Foreign Affairs", "President"
        return [_Piece(i, j, j, role=text)]
    if t > i + 1 and lowered[t - 1 - i] in {"of", "for"}:
        # "Minister of Petroleum", "Minister of Petroleum Karim Rostami": the role goes on after
        # "of" up to a given name, or to the end
        given = next((m for m in range(t, j) if words[m - i] in gz.given_names), None)
        if given is None and classify(words[t - i :], gz)[0] == "organization":
            # "Chief Operating Officer of AirTran Airways": the role, and the organization it belongs to
            return [_Piece(i, t - 1, t - 1, role=" ".join(words[: t - 1 - i]), role_owner=t), _Piece(t, t, j)]
        if given is None:
            return [_Piece(i, j, j, role=text)]
        t = given
    after_title = words[t - i :]
    # "General Electric", "Major League": a title word that also starts company names, before a plain word
    plain_word = (
        len(after_title) == 1
        and after_title[0] not in gz.given_names
        and after_title[0].lower() in gz.common_words
        and all(w.lower() in {"general", "major", "chief", "national", "first", "royal"} for w in words[: t - i])
    )
    if t > i and any(_is_role_head(w) or w.lower() in lex.HONORIFICS for w in words[: t - i]) and not plain_word:
        # the title is the whole run of role words: "National Security Advisor | Michael Waltz",
        # "Secretary of State | James Baker"
        title = " ".join(words[: t - i])
        # "Gov. Lisa Brandt", "Det Insp Karen Whitmore" tell a role; "Mr", "Dr", "Sheikh" do not
        role = None if words[0].lower() in lex.COURTESY_TITLES or (t - i == 1 and _courtesy_only(words[0])) else title
        return [_Piece(i, t, j, role=role)]
    # a title after its affiliation: "Apple CEO Tim Cook", "Iraqi Deputy Prime Minister Tariq Aziz",
    # "U.S. Secretary of State James Baker"
    first_role = next((m for m in range(1, len(words) - 1) if _is_role_word(words[m])), None)
    if first_role is not None:
        e = first_role
        while e < len(words) and (
            _is_role_word(words[e])
            or (lowered[e] in {"of", "for"} and e + 1 < len(words) and _is_role_word(words[e + 1]))
        ):
            e += 1
        # "Illinois State Police Sgt. Marcus Bell": the title starts after the body's head word
        body_end = max((m + 1 for m in range(first_role, e) if lowered[m] in lex.ORG_HEADS), default=first_role)
        if body_end < e:
            first_role = body_end
        title_words = words[first_role:e]
        prefix_is_person = words[0] in gz.given_names  # "Martin Luther King Jr.": no title inside
        if (
            e < len(words)
            and lowered[e] in {"of", "for"}
            and any(_is_role_head(w) for w in title_words)
            and not any(w in gz.given_names for w in words[e:])
        ):
            # "UN High Commissioner for Refugees": a role, and the organization it belongs to
            bare_role = _Piece(i + first_role, j, j, role=" ".join(words[first_role:]), role_owner=i)
            return [*_split_one(texts, i, i + first_role, gz, depth + 1), bare_role]
        if (
            e < len(words)
            and any(_is_role_head(w) or w.lower() in lex.RANKS for w in title_words)
            and lowered[e] not in lex.CONNECTORS
            and not prefix_is_person
        ):
            country = " ".join(words[1:first_role])
            if (
                first_role > 1
                and lowered[0] in lex.ROLE_MODIFIERS
                and not _is_role_head(words[0])
                and (country in gz.countries or country in gz.demonyms)
            ):
                # "Assistant U.S. Attorney Dana Okafor": the modifier and the country are the title's
                role = " ".join(words[:e])
                person = _Piece(i + first_role, i + e, j, role=role, role_owner=i + 1)
                return [*_split_one(texts, i + 1, i + first_role, gz, depth + 1), person]
            person = _Piece(i + first_role, i + e, j, role=" ".join(title_words), role_owner=i)
            return [*_split_one(texts, i, i + first_role, gz, depth + 1), person]
    # role words after a name: "U.S. President-elect", "Apple CEO" (not "Martin Luther King")
    if lowered[-1] in lex.ROLE_HEADS and len(words) > 1 and words[0] not in gz.given_names:
        m = len(words) - 1
        while m > 1 and _is_role_word(words[m - 1]):
            m -= 1
        if lowered[m - 1] in {"of", "for"}:
            return [_Piece(i, i, j)]  # "Royal Courts of Justice": the role word is the name's own
        after = _Piece(i + m, j, j, role=" ".join(words[m:]), role_owner=i)
        return [*_split_one(texts, i, i + m, gz, depth + 1), after]
    return [_Piece(i, i, j)]


def _add_piece(
    text: str,
    toks: Sequence[Token],
    piece: _Piece,
    index: int,
    headline: bool,
    repeated: set[str],
    gz: Gazetteer,
    found: list[Found],
    not_actors: set[str],
) -> None:
    if piece.name_first >= piece.last:
        # a bare role: recorded on the next name found in the sentence by the apposition reader
        return
    name_toks = toks[piece.name_first : piece.last]
    words = [t.text for t in name_toks]
    name = text[name_toks[0].start : name_toks[-1].end]
    kind, strength, canonical = classify(words, gz)
    if (
        strength < 3
        and piece.last < len(toks)
        and toks[piece.last].lower in _PARTY_NOUNS
        and not toks[piece.last].cap
        and not (len(words) == 1 and _adjective_word(words[0], gz))
    ):
        kind, strength = "organization", 2  # "the ruling Georgian Dream party", "the National Action party"
    at_employer = (
        piece.first > 1 and toks[piece.first - 1].lower == "at" and toks[piece.first - 2].lower in lex.WORKER_NOUNS
    )
    if strength < 3 and at_employer:
        kind, strength = "organization", 2  # "analysts at Morgan Stanley": an employer, whatever its name says
    first = toks[piece.first]
    title_words = [t.lower for t in toks[piece.first : piece.name_first]]
    honorific = bool(title_words) and title_words[0] in lex.HONORIFICS
    if title_words and (kind in (None, "person") or (honorific and strength < 3)) and not _acronym_word(words[0]):
        kind, strength = "person", 3
    if kind is None and len(words) == 1 and words[0] in _demonym_forms(gz):
        return  # a demonym alone is read by _demonyms
    nxt = toks[piece.last] if piece.last < len(toks) else None
    if nxt is not None and nxt.text == "$" and nxt.start == name_toks[-1].end:
        return  # US$40: a currency
    if (
        nxt is not None
        and strength < 3
        and nxt.start == name_toks[-1].end + 1
        and _MODEL.fullmatch(nxt.text)
        and not SCORE.fullmatch(nxt.text)
    ):
        return  # Boeing 737, Airbus A380: a product (but "beat Chelsea 3-1": a score)
    prev = toks[piece.first - 1] if piece.first > 0 else None
    if (
        prev is not None
        and strength < 2
        and prev.end + 1 == first.start
        and _MODEL.fullmatch(prev.text)
        and words[0] not in repeated
    ):
        return  # 787 Dreamliner: a product (but "500 Apple engineers")
    if len(words) == 1 and prev is not None and prev.text in ("(", ",") and _PARTY_STATE.fullmatch(words[0]):
        return  # "Senator X (R-AZ)", "Chuck Schumer, D-N.Y.,": party and state
    lone = len(words) == 1 and strength < 3
    if lone and ((_INITIALS.fullmatch(words[0]) and words[0].count(".") < 3) or _legal_form(words[0].lower())):
        return  # a lone initial or company suffix: "A.", "Inc."
    if len(words) > 1 and _ROMAN.fullmatch(words[-1]) and words[-2].lower() in lex.EVENT_HEADS:
        return  # "World War II"
    before = toks[piece.first - 1] if piece.first > 0 else None
    if words[0].lower() in lex.STORM_WORDS or (before is not None and before.cap and before.lower in lex.STORM_WORDS):
        not_actors.add(words[-1])  # "Hurricane Delphine", and "Delphine" after it: a storm, no actor
        return
    if strength < 3 and words[-1].lower() == "flight" and len(words) > 1:
        piece = _Piece(piece.first, piece.name_first, piece.last - 1)  # Air France Flight 447: the airline
        name_toks = name_toks[:-1]
        words = words[:-1]
        name = text[name_toks[0].start : name_toks[-1].end]
        kind, strength, canonical = classify(words, gz)
        if kind is None:
            kind, strength = "organization", 1
    elif strength < 3 and words[-1].lower() in lex.EVENT_HEADS:
        if len(words) > 2 and words[0] in repeated and piece.name_first == piece.first:
            # "Apple Worldwide Developers Conference": the organization holding the event
            one = _Piece(piece.first, piece.first, piece.first + 1)
            _add_piece(text, toks, one, index, headline, repeated, gz, found, not_actors)
        return  # Paris Air Show, Worldwide Developers Conference: not an actor
    if kind is None and len(words) == 1 and _adjective(toks, piece.last, words[0], gz):
        return  # "Islamic countries", "Republican lawmakers": an adjective, not a name
    if strength < 3 and name in not_actors:
        return
    if kind is None:
        kind, strength = _context_kind(toks, piece, gz)
    if strength < 3 and not title_words and _described_as_company(toks, piece.last):
        kind, strength = "organization", 2  # "Polly Peck, a British conglomerate,"
    # an ordinary word capitalised once, with nothing else to say it is a name ("Tiger", "Classic"): kept
    # only if it names an actor already found ("Jobs" after "Steve Jobs")
    weak = (
        kind is None
        and len(words) == 1
        and gz.common_words.get(words[0].lower(), _DROP_RANK) < _DROP_RANK
        and words[0] not in repeated
        and not (len(words[0]) > 2 and words[0].isupper() and not headline)  # "RAF", "NHS": acronyms name
        # "Boeing said", "Trump signed": a word seldom ordinary, doing what actors do; "met Putin": done to
        and not (
            ((nxt is not None and nxt.lower in _ACTS_OF_ACTORS) or (prev is not None and prev.lower in _ACTS_ON_ACTORS))
            and _rarely_ordinary(words[0].lower(), gz)
        )
    )
    if prev is not None and prev.end + 1 == first.start and prev.text[:1].islower() and prev.text[1:2].isupper():
        return  # iPod Nano, iTunes Music Store: a product
    f = Found(
        start=first.start,
        end=name_toks[-1].end,
        name=name,
        kind=kind,
        strength=strength,
        canonical=canonical,
        sentence=index,
        title=headline,
        weak=weak,
    )
    if piece.role:
        f.roles.append(piece.role)
    found.append(f)
    if piece.role_owner is not None:
        owner_start = toks[piece.role_owner].start
        f.affiliations.append(-owner_start - 1)  # fixed up to an index by _possessor_roles


#: A match's score: no model number after a name, and a contest told of. Two numbers of one or two
#: digits ("3-1", "7-6"), or a basketball score between 40 and 199 a side ("118-109"; not a model
#: number such as "737-800").
SCORE: Final = re.compile(r"(?<![\d-])(?:\d{1,2}[-–]\d{1,2}|(?:1\d\d|[4-9]\d)[-–](?:1\d(?!00)\d|[4-9]\d))(?![\d-])")

_ADJECTIVE_ENDINGS: Final = ("ic", "ian", "ean", "ese", "ish", "ist", "ern", "al")


def _adjective(toks: Sequence[Token], after: int, word: str, gz: Gazetteer) -> bool:
    """A capitalised adjective before a lower-case noun: "Islamic countries", "Federal judges". Words in
    "-al" are as often nouns ("Arsenal beat Chelsea", "Arsenal manager"): they count as adjectives only
    before a plural ("Federal judges")."""
    nxt = toks[after] if after < len(toks) else None
    low = word.lower()
    if nxt is None or not (nxt.text.isalpha() and nxt.text.islower()) or not low.endswith(_ADJECTIVE_ENDINGS):
        return False
    if low.endswith("al") and not (nxt.text.endswith("s") and not nxt.text.endswith("ss")):
        return False
    return low in gz.common_words


_FREQUENT_NOUNS: Final = {"time", "people", "way", "work", "year", "years", "day", "life", "world", "man", "home"}


def _described_as_company(toks: Sequence[Token], after: int) -> bool:
    """ "X, a fast-growing British conglomerate,": an apposition whose head noun is a business."""
    if after + 2 >= len(toks) or toks[after].text != "," or toks[after + 1].lower not in {"a", "an", "the"}:
        return False
    k = after + 2
    while k < len(toks) and k - after < 9 and toks[k].text not in _APPOSITION_STOPS:
        k += 1
    words = [t.lower for t in toks[after + 2 : k]]
    if not words:
        return False  # "BU, THE“": nothing between the article and the end of the apposition
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # "a maker of engineered products"
    return k < len(toks) and toks[k].text in {",", ".", ";"} and head in lex.BUSINESS_NOUNS


_VERB_OBJECTS: Final = {"to", "that", "the", "a", "an", "it", "its", "his", "her", "their", "this", "he", "she", "they"}


def _derived(word: str, gz: Gazetteer) -> bool:
    """A past tense or an adverb made from a known word: "tumbled", "carried", "formally", "happily"
    (not "family", "need", "hundred")."""
    stems: tuple[str, ...]
    if word.endswith("ed"):
        stem = word[:-2]
        stems = (
            word[:-1],
            stem,
            stem[:-1] if stem[-1:] == stem[-2:-1] else "",
            stem[:-1] + "y" if stem[-1:] == "i" else "",
        )
    elif word.endswith("ly"):
        stem = word[:-2]
        stems = (stem, stem[:-1] + "y" if stem[-1:] == "i" else "", word[:-1] + "e" if word.endswith("bly") else "")
    else:
        return False
    return any(len(s) > 2 and s in gz.common_words for s in stems)


def _premodifier(toks: Sequence[Token], after: int, gz: Gazetteer) -> bool:
    """Whether the name before ``toks[after]`` modifies a noun that follows it ("the Miami relatives", "the
    Airbus website"): a "the" before the name then belongs to that noun and says nothing of the name.
    A verb, an adverb or a function word after the name ("the FBI said", "the EU also") says it heads."""
    if after >= len(toks):
        return False
    word = toks[after].text
    if not (word.isalpha() and word.islower()):
        return False
    if word in lex.WORDS_AFTER_HEADS or word in lex.SPEECH_VERBS or _derived(word, gz):
        return False
    if gz.common_words.get(word, _DROP_RANK) < _FUNCTION_RANK and word not in _FREQUENT_NOUNS:
        return False
    if word.endswith("s") and not word.endswith("ss") and after + 1 < len(toks):
        return toks[after + 1].lower not in _VERB_OBJECTS  # "the EU wants to", not "the Miami relatives"
    return True


#: Words that end the phrase of an apposition before its head noun: "a company whose chief", "the
#: opposition would"; what follows them is another phrase.
_APPOSITION_PHRASE_ENDS: Final = frozenset(
    {"whose", "which", "that", "who", "would", "will", "said", "says", "has", "had", "is"}
)

#: Nouns after "the <Name>" that make the name a place's ("the Harehills area", "the Donbas region").
_AREA_NOUNS: Final = frozenset(
    {"area", "region", "district", "neighbourhood", "neighborhood", "suburb", "province", "valley"}
)


def _context_kind(toks: Sequence[Token], piece: _Piece, gz: Gazetteer) -> tuple[ActorKind | None, int]:
    """Weak evidence from the words around a name."""
    before = toks[piece.first - 1].lower if piece.first > 0 else ""
    before2 = toks[piece.first - 2].lower if piece.first > 1 else ""
    after = toks[piece.last].lower if piece.last < len(toks) else ""
    after2 = toks[piece.last + 1].lower if piece.last + 1 < len(toks) else ""
    if after == "," and piece.last + 1 < len(toks):
        run = []
        for t in toks[piece.last + 1 : piece.last + 5]:
            if not t.cap:
                break
            run.append(t.text)
        stop = piece.last + 1 + len(run)
        closed = stop >= len(toks) or toks[stop].text in {",", ".", ";", "(", ")", "—", "–"}  # "(AP)" after a dateline
        if run and closed and " ".join(run) in gz.places:
            return "place", 2  # "Everett, Washington", "Mobile, Alabama"
    if before in lex.BUSINESS_NOUNS:
        return "organization", 2  # "vaccine maker Bavarian Nordic", "the retailer Kingfisher"
    capitals = piece.name_first == 0 and all(t.text.isupper() for t in toks[: piece.last])
    if capitals and dateline_end([t.text for t in toks]):
        return "place", 2  # "GENEVA (Reuters) -": where the story was filed
    age = after == "," and after2.isdigit() and len(after2) <= 3 and piece.last + 2 < len(toks)
    if age and toks[piece.last + 2].text == ",":
        return "person", 2  # "Mohamed, 24, was arrested": an age
    if before.endswith(("year-old", "years-old")):
        return "person", 2  # "6-year-old Elian"
    if before == "from" and after == "to":
        return "place", 1  # "from Frankfurt to Chicago"
    if after in {"'s", "’s"} and (after2 in lex.ORG_NOUNS or after2 in lex.ORG_HEADS):  # no union built per call
        return "organization", 1
    if after in {"'s", "’s"} and after2 in lex.KIN_NOUNS:
        return "person", 2  # "Elian's father"
    if after in lex.ORG_NOUNS and after not in {"state", "administration", "regime", "leadership"}:
        return "organization", 1  # "Taliban officials", "Kremlin authorities"
    if after == "," and after2 in {"a", "an", "the"} and piece.last + 2 < len(toks):
        # "Tusk, a former European Council president,"; not "The Left, the opposition would"
        # "Oluwaseun Adeyemi, a farmer in Kano,", "Chidi Okafor, a 43-year-old taxi driver,"
        for tok in toks[piece.last + 2 : piece.last + 8]:
            if tok.lower in lex.ROLE_HEADS or tok.lower in lex.PERSON_NOUNS:
                return "person", 1
            if tok.text == "-":
                continue  # "43-year-old"
            if not tok.text[:1].isalnum() or tok.lower in _APPOSITION_PHRASE_ENDS or tok.lower in lex.CONNECTORS:
                break
            if tok.lower not in lex.ROLE_MODIFIERS and not tok.text[:1].islower() and not tok.text[:1].isdigit():
                break
    speaks = after in lex.SPEECH_VERBS or (after == "," and after2 == "who")
    acts = after in _ACTS_OF_ACTORS and piece.last - piece.name_first == 1  # a surname alone: "Lopez signed"
    if (speaks or acts) and (piece.last - piece.name_first > 1 or _surname(toks[piece.name_first].text, gz)):
        return "person", 1  # "Moammar Gadhafi said", "Jane Roe, who", "Lopez said", "Nguyen met"
    if before == "of" and before2 in lex.PLACE_NOUNS:
        return "place", 2  # "the port of Aqaba", "his hometown of Cardenas"
    possessed = after in {"'s", "’s"} or (after in _APOS and toks[piece.last - 1].text.endswith("s"))
    if before in lex.PLACE_PREPOSITIONS and before2 not in {"interest", "stake", "investment"} and not possessed:
        return "place", 1  # (not "in Kopp's car")
    if before == "the" and after in _AREA_NOUNS:
        return "place", 2  # "the Harehills area", "the Donbas region"
    if before == "the" and not _premodifier(toks, piece.last, gz):
        return "organization", 1
    return None, 0


# ---------------------------------------------------------------------------------------------
# 4. Demonyms, acronyms, nominal references, appositions


class _SpanIndex:
    """The spans of found mentions, sorted, for "which contain this?" and "does any overlap this?"
    in logarithmic time: a sentence of thousands of names must not compare every pair."""

    def __init__(self, spans: Sequence[tuple[int, int, int]]) -> None:
        """``spans``: (start, end, found index) triples, in any order."""
        self.spans = sorted(spans)
        self.starts = [sp[0] for sp in self.spans]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, end, _ in self.spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def containing(self, start: int, end: int) -> list[int]:
        """Found indices (ascending) of the spans that contain ``[start, end)``."""
        out = []
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0 and self.reach[i] >= end:
            if self.spans[i][1] >= end:
                out.append(self.spans[i][2])
            i -= 1
        return sorted(out)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)``."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.reach[i] > start


def _demonyms(
    toks: Sequence[Token],
    caps: Sequence[int],
    index: int,
    headline: bool,
    gz: Gazetteer,
    found: list[Found],
    skip: set[int],
    base: int,
) -> None:
    """'Afghan refugees' (a group), 'German government' (an organization), 'German magazine' (the place).

    ``caps``: the indices of the capitalised tokens, the only ones that can be demonyms.
    """
    forms = _demonym_forms(gz)
    demonyms = [k for k in caps if toks[k].text in forms and k not in skip]
    if not demonyms:
        return
    taken = {(f.start, f.end) for f in found[base:]}
    inside = _SpanIndex([(found[n].start, found[n].end, n) for n in range(base, len(found))])
    for k in demonyms:
        tok = toks[k]
        place = gz.demonyms.get(tok.text)
        group = _group_demonym(tok.text, gz)
        if place is None and not group:
            continue
        # the noun the demonym modifies: up to three lower-case words ("Afghan asylum seekers")
        m = k + 1
        while m < len(toks) and m - k <= 3 and toks[m].text.islower() and toks[m].text.isalpha():
            m += 1
        nouns = [t.lower for t in toks[k + 1 : m]]
        # the words before the noun are modifiers, never function words ("American strategy that officials")
        for cut, word in enumerate(nouns):
            if gz.common_words.get(word, _DROP_RANK) < _FUNCTION_RANK or word in lex.CONNECTORS:
                in_noun = word in lex.GROUP_NOUNS or word in lex.ORG_NOUNS  # two look-ups, not a union built per word
                nouns = nouns[: cut + 1] if in_noun else nouns[:cut]
                break
        phrase_end = None
        phrase_kind: ActorKind | None = None
        for n in range(len(nouns), 0, -1):
            last = nouns[n - 1]
            two = " ".join(nouns[n - 2 : n]) if n >= 2 else last
            if last in lex.ORG_NOUNS or two in lex.ORG_NOUNS:
                phrase_end, phrase_kind = k + n, "organization"
                break
            if last in lex.GROUP_NOUNS:
                phrase_end, phrase_kind = k + n, "group"
                break
        plural = tok.text.endswith("s") and tok.text not in gz.places
        if plural and ((not nouns and place is not None) or tok.text[:-1] in gz.demonyms or group):
            phrase_end, phrase_kind = k, "group"  # "Afghans", "who will Cubans believe", "Arabs"
        containers = inside.containing(tok.start, tok.end)
        in_name = bool(containers)
        place_index = None
        if place is not None and (tok.start, tok.end) not in taken:
            f = Found(tok.start, tok.end, place, "place", 3, canonical=place, sentence=index, title=headline)
            f.demonym = True
            if phrase_kind != "group" or phrase_end != k:
                place_index = len(found)
                found.append(f)
                for n in containers:  # "German Foreign Ministry": the ministry is Germany's
                    if found[n].kind in ("organization", "group") and found[n].start == tok.start:
                        found[n].affiliations.append(place_index)
        if phrase_kind is not None and phrase_end is not None and not in_name:
            end = toks[phrase_end].end
            g = Found(tok.start, end, " ".join(t.text for t in toks[k : phrase_end + 1]), phrase_kind, 2)
            g.sentence, g.title = index, headline
            if place_index is not None:
                g.affiliations.append(place_index)
            found.append(g)


def _group_demonym(word: str, gz: Gazetteer) -> bool:
    """A religion's or people's demonym, singular or plural: "Muslim", "Arabs"."""
    return word in gz.group_demonyms or (word[-1:] == "s" and word[:-1] in gz.group_demonyms)


_DEMONYMS_FOR: Final[list[tuple[tuple[int, int, int, int], frozenset[str]]]] = []  # the tables read, and their forms


def _demonym_forms(gz: Gazetteer) -> frozenset[str]:
    """Every word that is a demonym or a group demonym, singular or plural (:func:`_group_demonym`): one
    look-up per capitalised word tells whether :func:`_demonyms` reads it.

    Kept for the identity and size of the tables, as :func:`_place_openers` is for the places.
    """
    dem, groups = gz.demonyms, gz.group_demonyms
    read = (id(dem), len(dem), id(groups), len(groups))
    if not _DEMONYMS_FOR or _DEMONYMS_FOR[0][0] != read:
        _DEMONYMS_FOR[:] = [(read, frozenset([*dem, *groups, *(g + "s" for g in groups)]))]
    return _DEMONYMS_FOR[0][1]


def _positions(toks: Sequence[Token]) -> tuple[dict[int, int], dict[int, int]]:
    """Token index by start offset and by end offset: built once per sentence for the readers below."""
    return {t.start: i for i, t in enumerate(toks)}, {t.end: i for i, t in enumerate(toks)}


def _leading_countries(
    toks: Sequence[Token],
    start_at: dict[int, int],
    index: int,
    headline: bool,
    gz: Gazetteer,
    found: list[Found],
    base: int,
) -> None:
    """ "US Air Force", "United States House of Representatives": a state body named with its country
    mentions the country too, and belongs to it (not so "Singapore Airlines", a company)."""
    for n in range(base, len(found)):
        f = found[n]
        k = start_at.get(f.start)
        if f.nominal or f.kind != "organization" or k is None:
            continue
        words = f.name.split()
        if len(words) < 2:
            continue
        heads = {w.lower() for w in words[1:]}
        if not heads & lex.STATE_BODIES:
            continue
        for size in (2, 1):
            country = gz.countries.get(" ".join(words[:size]))
            if country is None or len(words) <= size or k + size > len(toks):
                continue
            place = Found(toks[k].start, toks[k + size - 1].end, country, "place", 3, canonical=country)
            place.sentence, place.title = index, headline
            f.affiliations.append(len(found))
            found.append(place)
            break


def _tokens_within(toks: Sequence[Token], start: int, end: int) -> Sequence[Token]:
    """The tokens lying inside ``[start, end)``: a slice, found by bisection (tokens are in order
    and do not overlap, so their starts and their ends both ascend)."""
    lo = bisect.bisect_left(toks, start, key=lambda t: t.start)
    hi = bisect.bisect_right(toks, end, key=lambda t: t.end)
    return toks[lo:hi]


def _acronyms(toks: Sequence[Token], base: int, found: list[Found], not_actors: set[str]) -> None:
    """ "National Resistance Front (NRF)": the acronym is the same actor as the name before it."""
    bracketed = [k + 1 for k, t in enumerate(toks[:-2]) if t.text == "(" and toks[k + 2].text == ")"]
    if not bracketed:
        return
    by_start = {found[n].start: n for n in range(base, len(found))}
    by_end = {found[n].end: n for n in range(base, len(found))}
    for k in bracketed:
        if not toks[k].acronym:
            continue
        inner = by_start.get(toks[k].start)
        before = by_end.get(toks[k - 2].end) if k >= 2 else None
        if inner is not None and before is None and k >= 2 and toks[k - 2].cap and found[inner].strength < 3:
            # "Maintenance, Repair and Overhaul (MRO)", "Developers Conference (WWDC)": what it
            # abbreviates is no actor, so neither is the acronym, here or later in the article
            found[inner].dropped = True
            not_actors.add(found[inner].name)
            continue
        if inner is None or before is None or inner == before:
            continue
        short = found[inner]
        # the definition may run over several names: "United Nations Assistance Mission in Afghanistan (UNAMA)"
        for cand in range(before, max(base, before - 3) - 1, -1):
            span = [t.text for t in _tokens_within(toks, found[cand].start, toks[k - 2].end)]
            if short.name == "".join(w[0] for w in span if w[:1].isupper()):
                before = cand
                break
        long = found[before]
        initials = "".join(w[0] for w in long.name.split() if w[:1].isupper())
        # a body of several words may be abbreviated in its own language: "Civic Coalition (KO)"; not a
        # dateline's city in capitals before its agency: "UNITED NATIONS (AP)"
        body = long.kind in (None, "organization") and " " in long.name and not long.name.isupper()
        if short.name[0] == long.name[0] or short.name in initials or body:
            short.acronym_of = before
            if body and long.kind is None:
                long.kind = "organization"  # a name defined by an acronym names a body
            short.kind = long.kind or short.kind
            short.strength = max(short.strength, long.strength)


_DETERMINERS: Final = {"the", "this", "that"}
_VAGUE_ROLES: Final = {"member", "part", "one", "head", "chief", "leader", "official"}
_NOUNS_FOR: Final[list[tuple[tuple[int, ...], frozenset[str]]]] = []  # the noun sets read, and the words they end in


def _nominal_nouns() -> frozenset[str]:
    """The words a nominal reference ends in ("ministry", the "minister" of "foreign minister"): a sentence
    without one of them has none, and :func:`_nominals` need not read it.

    Kept for the identity and size of the noun sets, as the word caches are kept for the vocabulary
    (:func:`_vocabulary`): the sets may be extended in place between parses.
    """
    person, org = lex.NOMINAL_PERSON_NOUNS, lex.NOMINAL_ORG_NOUNS
    read = (id(person), len(person), id(org), len(org))
    if not _NOUNS_FOR or _NOUNS_FOR[0][0] != read:
        _NOUNS_FOR[:] = [(read, frozenset(n.split(" ")[-1] for n in (*person, *org)))]
    return _NOUNS_FOR[0][1]


#: Words before the head of a nominal that leave it the body named before: "the central bank" (a
#: "foreign ministry" may be another country's, a "central bank" is the one of the story).
_NOMINAL_MODIFIERS: Final = frozenset({"central"})


def _nominals(toks: Sequence[Token], index: int, found: list[Found], base: int) -> None:
    """ "the ministry", "the congresswoman": references resolved later to a named actor."""
    determiners = [k for k, tok in enumerate(toks[:-1]) if tok.lower in _DETERMINERS]
    if not determiners:
        return
    named = len(found)  # what the sentence names before its nominals: indexed when first needed
    covered: _SpanIndex | None = None
    for k in determiners:
        noun = toks[k + 1]
        if not noun.text.islower():
            continue
        low = noun.lower
        if k + 2 < len(toks) and toks[k + 2].text[:1].isalpha() and toks[k + 2].text.islower():
            two = f"{low} {toks[k + 2].lower}"
            if two in lex.NOMINAL_PERSON_NOUNS:
                noun = toks[k + 2]
                low = two
            elif low in _NOMINAL_MODIFIERS and toks[k + 2].lower in lex.NOMINAL_ORG_NOUNS:
                noun = toks[k + 2]  # "the central bank": the bank named before
                low = noun.lower
            elif toks[k + 2].lower in lex.NOMINAL_ORG_NOUNS or toks[k + 2].lower in lex.NOMINAL_PERSON_NOUNS:
                continue  # "the foreign ministry" reads as ministry only when the head comes last
        if low in lex.NOMINAL_PERSON_NOUNS:
            kind: ActorKind = "person"
        elif low in lex.NOMINAL_ORG_NOUNS:
            kind = "organization"
        else:
            continue
        start, end = toks[k].start, noun.end
        if covered is None:
            covered = _SpanIndex([(f.start, f.end, n) for n, f in enumerate(found[base:named])])
        if covered.overlaps(start, end):
            continue
        after = toks[k + 2].lower if k + 2 < len(toks) and noun is toks[k + 1] else ""
        if kind == "person" and ((k > 0 and toks[k - 1].text == ",") or after == "of"):
            continue  # "X, the mayor of Kano": an apposition giving a role, read by _appositions
        f = Found(start, end, low, kind, 0, nominal=True, sentence=index)
        found.append(f)


def _owner(words: Sequence[Token], q: int, ends: dict[int, int]) -> int | None:
    """The found name (or reference: "the ministry’s spokesperson") that ends right before a possessive."""
    return ends.get(words[q - 1].end) if q > 0 else None


def _appositions(text: str, toks: Sequence[Token], ends_at: dict[int, int], base: int, found: list[Found]) -> None:
    """ "X, the Y of Z," and "X, Y of Z,": Y is a role of X, Z (a named actor) an affiliation."""
    order = sorted(range(base, len(found)), key=lambda n: found[n].start)
    at: dict[int, int] = {}
    ends: dict[int, int] = {}
    for n in order:
        at.setdefault(found[n].start, n)
        ends.setdefault(found[n].end, n)
    closes: list[int] | None = None  # where each parenthesis closes, found when first needed
    for n in order:
        f = found[n]
        if f.nominal or f.kind not in (None, "person") or f.acronym_of is not None:
            continue
        # the token after the name
        last = ends_at.get(f.end)
        if last is None or last + 1 >= len(toks):
            continue
        k = last + 1
        if toks[k].text == "(":  # "Ms X (R-FL)," — skip a parenthesis
            if closes is None:
                closes = [m for m, t in enumerate(toks) if t.text == ")"]
            c = bisect.bisect_left(closes, k)
            if c == len(closes):
                continue
            k = closes[c] + 1
        if k >= len(toks) or toks[k].text != ",":
            continue
        m = k + 1
        if m + 1 < len(toks) and toks[m].text.isdigit() and toks[m + 1].text == ",":
            m += 2  # "X, 45, the Y of Z"
        if m + 1 < len(toks) and toks[m].lower == "who" and toks[m + 1].lower in {"is", "was", "serves", "served"}:
            m += 2 + (toks[m + 1].lower in {"serves", "served"} and m + 2 < len(toks) and toks[m + 2].lower == "as")
        end = m
        while end < len(toks) and toks[end].text not in _APPOSITION_STOPS and end - m < 25:
            if end > m and _ends_apposition(toks, end):
                break
            end += 1
        if end == m:
            continue
        words = toks[m:end]
        lead = words[0]
        if not (
            lead.lower in {"the", "a", "an", "its", "his", "her", "their", "former", "then"}
            or lead.lower in lex.ROLE_HEADS
            or lead.lower in lex.ROLE_MODIFIERS
            or lead.cap
        ):
            continue  # "X, has chosen to ...": no apposition
        start_word = 0
        owner: int | None = None
        if words[0].lower in {"the", "a", "an", "its", "his", "her", "their"}:
            start_word = 1
        # "the Taliban’s Deputy Spokesperson": a possessor before the role
        for q in range(start_word, min(len(words) - 1, start_word + 6)):
            if words[q].lower in {"'s", "’s"} or (words[q].text in _APOS and q > start_word):
                owner = _owner(words, q, ends)
                start_word = q + 1
                break
        role_toks = list(words[start_word:])
        # another person inside ends the role: "advisor to President-elect X", "Minister Y and ..."
        for q, t in enumerate(role_toks):
            other = at.get(t.start)
            if other is not None and other != n and found[other].kind == "person" and not found[other].nominal:
                role_toks = role_toks[:q]
                break
        while role_toks and role_toks[-1].lower in {"of", "at", "for", "to", "in", "from", "the", "with", "and"}:
            role_toks.pop()
        if not role_toks:
            continue
        lows = [t.lower for t in role_toks]
        if not any(w in lex.ROLE_HEADS for w in lows):
            continue
        # a named actor inside the apposition is the affiliation: the role is the words before it
        # ("head of foreign relations of the NRF") or, when those hold no role head, after it
        # ("the new US secretary of state", "the U.S. President-elect")
        role_text = ""
        for q, t in enumerate(role_toks):
            named = at.get(t.start)
            if named is None or found[named].nominal or found[named].kind == "person":
                continue
            pre = list(role_toks[:q])
            while pre and pre[-1].lower in {"of", "at", "for", "to", "in", "from", "the", "with"}:
                pre.pop()
            post = [u for u in role_toks[q:] if u.start >= found[named].end]
            located = q > 0 and role_toks[q - 1].lower in {"in", "from", "near", "at"} and found[named].kind == "place"
            if owner is None and not located:
                owner = named  # not "a shopkeeper in Kandahar": where someone is is no affiliation
            if len(pre) == 1 and pre[0].lower in _VAGUE_ROLES:
                role_text = text[role_toks[0].start : role_toks[-1].end]  # "member of the House"
            elif any(u.lower in lex.ROLE_HEADS for u in pre):
                role_text = text[pre[0].start : pre[-1].end]
            elif any(u.lower in lex.ROLE_HEADS for u in post):
                role_text = text[post[0].start : post[-1].end]
            break
        else:
            role_text = text[role_toks[0].start : role_toks[-1].end]
        if not role_text or len(role_text) > 120:
            continue
        if f.kind not in (None, "person") and f.strength >= 2:
            continue  # "the National Resistance Front, a member of the coalition": no person
        f.roles.append(role_text)
        f.kind, f.strength = "person", max(f.strength, 2)
        if owner is not None and owner != n:
            f.affiliations.append(owner)


def _preceding_roles(text: str, toks: Sequence[Token], start_at: dict[int, int], base: int, found: list[Found]) -> None:
    """ "Taliban foreign minister Amir Khan Muttaqi", "Airbus chief executive Noel Forgeard": a lower-case
    role right before a name, and the organization or country named before the role; also across
    a comma when the name stands in apposition ("Hale's lawyer, Daniel Price, said")."""
    ends: dict[int, int] | None = None  # the mentions by their ends, made when a role is first found
    places = gazetteer().places
    for n in range(base, len(found)):
        f = found[n]
        k = start_at.get(f.start)
        if f.nominal or f.kind not in (None, "person") or k is None or k == 0:
            continue
        if f.kind is None and " " in f.name and f.name.rsplit(" ", 1)[1] in places:
            continue  # "Arsenal host Bayern Munich": a name ending in a city is a club or a firm, "host" a verb
        after_comma = k > 1 and toks[k - 1].text == "," and _closes_apposition(toks, start_at, f)
        if after_comma:
            k -= 1  # the role before the comma: "Hale's lawyer, Daniel Price,"
        if not _is_role_head(toks[k - 1].text):
            continue  # a role ends right before the name: most names have none, and nothing is walked back
        m = k
        while (
            m > 0
            and k - m < 4
            and toks[m - 1].text[:1].isalpha()
            and (toks[m - 1].text.islower() or (toks[m - 1].text.isupper() and _is_role_head(toks[m - 1].text)))
            and toks[m - 1].lower not in lex.SPEECH_VERBS
        ):
            m -= 1  # lower-case words, or a title in capitals: "Apple CEO Tim Cook", "Labour MP Jane Smith"
        if m == k:
            continue
        opened = toks[m].lower in _APPOSITION_OPENERS or (m > 0 and toks[m - 1].lower in _APPOSITION_OPENERS)
        if after_comma and not opened and m > 1 and toks[m - 1].cap and toks[m - 2].lower in _APPOSITION_OPENERS:
            m -= 1  # "Britain's U.N. ambassador, Eleanor Whitby,": the body is part of the role
            opened = True
        if after_comma and not opened:
            continue  # "…, lawyers, Daniel Price": a list, not a role told of the name
        while m < k and toks[m].lower in {"the", "a", "an", "its", "his", "her", "their", "and", "of", "to"}:
            m += 1
        if m == k:
            continue
        role = text[toks[m].start : toks[k - 1].end]
        if role.lower() not in {r.lower() for r in f.roles}:
            f.roles.append(role)
        if after_comma:
            for other in found[base:]:
                if other.nominal and other.end == toks[k - 1].end:
                    other.dropped = True  # "the chancellor, Rachel Reeves,": the role is hers, no one else's
        if f.kind is None or f.strength < 2:
            f.kind, f.strength = "person", 2
        before = m - 2 if m > 1 and toks[m - 1].lower in {"'s", "’s"} else m - 1  # "the Taliban's deputy ..."
        if ends is None:
            ends = {found[n].end: n for n in range(base, len(found)) if not found[n].nominal}
        owner = ends.get(toks[before].end) if before >= 0 else None
        if owner is not None and owner != n and owner not in f.affiliations:
            f.affiliations.append(owner)


_APPOSITION_STOPS: Final = {",", ";", ".", "(", "—", "–", "“", '"'}
# what opens a role told before a name set off by commas: "Hale's lawyer, X,", "his spokesman, X,"
_APPOSITION_OPENERS: Final = {"'s", "’s", "his", "her", "their", "its", "the"}


def _closes_apposition(toks: Sequence[Token], start_at: dict[int, int], f: Found) -> bool:
    """Whether the name ``f`` is followed by a comma, a closing stop or a verb of saying: it stands
    in apposition to what comes before it ("Hale's lawyer, Daniel Price, said")."""
    last = start_at.get(f.start)
    while last is not None and last < len(toks) and toks[last].end <= f.end:
        last += 1
    if last is None or last >= len(toks):
        return True
    return toks[last].text in {",", ".", ";"} or toks[last].lower in lex.SPEECH_VERBS


# the tokens a possessive is written with: "'s" and "’s" are the only tokens whose lower case is a possessive
_POSSESSIVES: Final = frozenset({"'s", "’s", *_APOS})
_CLAUSE_WORDS: Final = {"who", "which", "said", "says", "has", "had", "is", "was", "will", "and"}


def _ends_apposition(toks: Sequence[Token], end: int) -> bool:
    """Whether a verb or relative pronoun ends the apposition here ("and" only when no role follows)."""
    word = toks[end].lower
    if word not in _CLAUSE_WORDS:
        return False
    if word != "and":
        return True
    after = toks[end + 1].lower if end + 1 < len(toks) else None
    return not (after in lex.ROLE_HEADS or after in lex.ROLE_MODIFIERS)  # two look-ups, not a union per call


def _articles(
    toks: Sequence[Token], index: dict[int, int], ends: dict[int, int], base: int, found: list[Found], gz: Gazetteer
) -> None:
    """ "the Taliban", "the United States", "the NRF": the article belongs to an organization's or place's
    mention (not when a product or a bigger name follows: "the Airbus A380", "the Apple iPod")."""
    for n in range(base, len(found)):
        f = found[n]
        k = index.get(f.start)
        if f.nominal or f.demonym or f.kind not in ("organization", "place") or k is None or k == 0:
            continue
        if toks[k - 1].lower != "the" or toks[k - 1].end + 1 != f.start:
            continue
        after = ends.get(f.end)
        nxt = toks[after + 1] if after is not None and after + 1 < len(toks) else None
        if nxt is not None and (nxt.cap or _MODEL.fullmatch(nxt.text) or nxt.text[1:2].isupper()):
            continue
        if nxt is not None and nxt.start == f.end and nxt.text not in {"’s", "'s", ",", ".", ")", ";", ":"}:
            continue  # glued to something: "the US$"
        if after is not None and _premodifier(toks, after + 1, gz):
            continue  # "the Airbus website": the article is the website's
        f.start = toks[k - 1].start


def _possessor_roles(
    toks: Sequence[Token], texts: list[str], tok_index: dict[int, int], base: int, found: list[Found]
) -> None:
    """Resolve affiliations recorded as offsets; "Z’s Y X" and "Z Y X": Z is X's affiliation.

    ``texts``: the tokens' words. Each half runs only when the sentence has what it reads: an
    affiliation recorded as an offset, a possessive.
    """
    if any(a < 0 for n in range(base, len(found)) for a in found[n].affiliations):
        starts = {found[n].start: n for n in range(base, len(found)) if not found[n].nominal}
        for n in range(base, len(found)):
            f = found[n]
            fixed: list[int] = []
            for a in f.affiliations:
                if a < 0:
                    owner = starts.get(-a - 1)
                    if owner is not None and owner != n:
                        fixed.append(owner)
                else:
                    fixed.append(a)
            f.affiliations = fixed
    if _POSSESSIVES.isdisjoint(texts):
        return
    # "the Taliban’s Ministry of Foreign Affairs", "Belarus’s Deputy Minister X"
    ends = {found[n].end: n for n in range(base, len(found)) if not found[n].nominal}
    for n in range(base, len(found)):
        f = found[n]
        if f.nominal:
            continue
        k = tok_index.get(f.start)
        if k is None or k < 2:
            continue
        if toks[k - 1].lower in {"'s", "’s"} or toks[k - 1].text in _APOS:
            owner = ends.get(toks[k - 2].end)
            if owner is not None and owner != n and owner not in f.affiliations:
                f.affiliations.append(owner)
