"""One identity per actor: mentions within an article, then articles within a digest.

Within an article, a surname, a title and surname, an acronym or a nominal reference ("the
ministry", "the congresswoman") joins the actor it refers to. Across a digest, actors join on
their names, looked up in indexes (full name, surname, surname skeleton), never by comparing all
pairs: a person whose surname is spelt differently ("Stanikzai" / "Stanekzai") joins only when a
role or an affiliation agrees, and two people who share a surname but not a given name stay two.

Other enrichers map text back to actors with :func:`actor_at` or, for many look-ups, a
:class:`MentionIndex`.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from newskit.data import roles as lex
from newskit.extract.names import Found, gazetteer, name_key, rare_word
from newskit.models import Actor, ActorKind, Article, Digest, Mention

__all__ = ["MentionIndex", "actor_at", "mention_index", "resolve"]


class _Entity:
    """An actor being built: first within one article, then merged across articles.

    A plain class, not attrs: compiled, it is a native class, whose fields resolution reads directly
    (mypyc leaves an attrs class a Python class). Compared by identity.
    """

    __slots__ = (
        "_full",
        "_full_seen",
        "acronyms",
        "affiliations",
        "canonical",
        "kind",
        "mentions",
        "merged_into",
        "names",
        "roles",
        "strength",
    )

    def __init__(self, kind: ActorKind | None, strength: int, names: list[str], canonical: str | None) -> None:
        self.kind = kind
        self.strength = strength
        self.names = names
        self.canonical = canonical
        self.mentions: list[Mention] = []
        self.roles: list[str] = []
        self.affiliations: list[_Entity] = []
        self.acronyms: list[str] = []
        self.merged_into: _Entity | None = None
        # the longest name among the first ``_full_seen`` names: names are only ever added, so the
        # full name is kept up to date by reading the new ones (an actor named in every article of a
        # digest of thousands has thousands of names)
        self._full = ""
        self._full_seen = 0

    def root(self) -> _Entity:
        e = self
        while e.merged_into is not None:
            e = e.merged_into
        return e

    def absorb(self, other: _Entity) -> None:
        if other is self:
            return
        if other.strength > self.strength or self.kind is None:
            self.kind, self.strength = other.kind or self.kind, max(self.strength, other.strength)
        self.names += other.names
        self.canonical = self.canonical or other.canonical
        self.mentions += other.mentions
        _add_roles(self.roles, other.roles)
        self.affiliations += other.affiliations
        self.acronyms += other.acronyms
        other.merged_into = self

    @property
    def full_name(self) -> str:
        """The name with the most words (then characters), the first such one."""
        if self._full_seen > len(self.names):  # names replaced, not added to: read them all again
            self._full, self._full_seen = "", 0
        best, seen = self._full, self._full_seen
        best_key = (len(best.split()), len(best)) if seen else None
        for name in self.names[seen:]:
            key = (len(name.split()), len(name))
            if best_key is None or key > best_key:
                best, best_key = name, key
        self._full, self._full_seen = best, len(self.names)
        return best


def _add_roles(roles: list[str], new: Iterable[str]) -> None:
    """Add roles not yet there, compared without case."""
    seen = {r.lower() for r in roles}
    for r in new:
        if r.lower() not in seen:
            roles.append(r)
            seen.add(r.lower())


_TITLE_WORDS: Final = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|sir|dame|prof|sen|rep|gov|gen|president|senator|representative|minister|"
    r"secretary|judge|justice|mayor|governor|spokesman|spokeswoman|spokesperson|sheikh|mullah|king|queen|prince)"
    r"\.?\s+)+",
    re.IGNORECASE,
)


_SUFFIXES: Final = {"jr", "sr", "ii", "iii", "iv"}


@functools.lru_cache(maxsize=1 << 16)
def _full_name_and_surname(one: str, other: str) -> bool:
    """Whether one name is two words and the other its last word alone, the first word being a given
    name or a word that is no ordinary English ("Bukayo Saka" and "Saka"): how news names a person
    the first time and after."""
    full, short = (one, other) if len(one.split()) > len(other.split()) else (other, one)
    words = full.split()
    if len(words) != 2 or len(short.split()) != 1 or words[1].lower() != short.lower():
        return False
    gz = gazetteer()
    return words[0] in gz.given_names or rare_word(words[0], gz)


@functools.lru_cache(maxsize=1 << 16)
def _person_words(name: str) -> tuple[str, ...]:
    """A person's name words without titles and suffixes: the surname is the last.

    Cached (and so a tuple): resolution asks it of the same names for every candidate.
    """
    words = name_key(_TITLE_WORDS.sub("", name)).replace("-", " ").split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return tuple(words)


@functools.lru_cache(maxsize=1 << 16)
def _surname(name: str) -> str:
    """The surname as written ("Stanikzai" in "Sher Mohammad Abbas Stanikzai", "King" in "Martin Luther King Jr.")."""
    words = [w for w in _TITLE_WORDS.sub("", name).split() if name_key(w) not in _SUFFIXES]
    return words[-1] if words else name


@functools.lru_cache(maxsize=1 << 16)
def _skeleton(word: str) -> str:
    """A surname without vowels and doubled letters: Stanikzai and Stanekzai both give "stnkz"."""
    out = re.sub(r"[aeiouy]", "", word.lower())
    return re.sub(r"(.)\1+", r"\1", out)


def _spelling_variant(word: str, by_surname: dict[str, _Entity]) -> _Entity | None:
    """The one person named before whose surname this word spells another way ("Zelenskyy" and
    "Zelensky", "Marquez" and "Márquez"): same first letters, one letter apart (two in long names)."""
    plain = _unaccented(word)
    if len(plain) < 5:
        return None
    found: list[_Entity] = []
    for surname, e in by_surname.items():
        other = _unaccented(surname)
        if surname == word or other[:2] != plain[:2] or e.root().kind != "person" or e.root().strength < 1:
            continue
        if plain == other + "s":
            continue  # "the Bronfmans": the family, not the one named
        if _edit_distance(plain, other) <= (2 if len(plain) >= 8 else 1):
            found.append(e.root())
    return found[0] if len(found) == 1 else None


@functools.lru_cache(maxsize=1 << 16)
def _unaccented(word: str) -> str:
    """The word in lower case without accents (cached: a spelling check reads every surname of the article)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _edit_distance(a: str, b: str, limit: int = 2) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


# ---------------------------------------------------------------------------------------------
# Within an article


_NOMINAL_NOUNS: Final = frozenset(n.split()[-1] for n in lex.NOMINAL_PERSON_NOUNS)


class _Recall:
    """What an article has named so far, indexed for its nominal references ("the ministry", "the
    congresswoman"), so that each finds its actor without reading every actor before it: an article
    of thousands of names stays near-linear.

    Within one article no actor is merged into another (``root()`` is the actor itself), and names
    and roles are only ever added, so the indexes grow as the actors do.
    """

    def __init__(self) -> None:
        self.created: dict[_Entity, int] = {}  # actor -> its place among the article's actors
        self.by_word: dict[str, list[_Entity]] = defaultdict(list)  # a word of a name -> actors
        self.words: dict[_Entity, set[str]] = defaultdict(set)
        self.names_read: dict[_Entity, int] = defaultdict(int)  # how many of an actor's names are indexed
        self.by_role_noun: dict[str, set[_Entity]] = defaultdict(set)  # "minister" -> actors with such a role
        self.roles_read: dict[_Entity, int] = defaultdict(int)  # how many of an actor's roles are indexed
        self.people: dict[_Entity, tuple[int, int]] = {}  # person -> (order, sentence) of its last mention
        self.last_person: tuple[int, _Entity] | None = None  # (sentence, person) mentioned last
        self.orgs: dict[_Entity, int] = {}  # organization -> sentence of its last mention, latest last
        self.mentions = 0

    def created_actor(self, e: _Entity) -> None:
        """A new actor of the article."""
        self.created[e] = len(self.created)
        self.named(e)
        self.roles_changed(e)

    def named(self, e: _Entity) -> None:
        """Index the words of the actor's names added since last time."""
        seen = self.words[e]
        for name in e.names[self.names_read[e] :]:
            for w in name_key(name).split():
                if w not in seen:
                    seen.add(w)
                    self.by_word[w].append(e)
        self.names_read[e] = len(e.names)

    def roles_changed(self, e: _Entity) -> None:
        """Index the actor's new roles by the nominal nouns they contain ("deputy foreign minister")."""
        for role in e.roles[self.roles_read[e] :]:
            low = role.lower()
            for noun in _NOMINAL_NOUNS:
                if noun in low:
                    self.by_role_noun[noun].add(e)
        self.roles_read[e] = len(e.roles)

    def mentioned(self, e: _Entity, sentence: int) -> None:
        """A named mention of a person or an organization, in text order."""
        self.mentions += 1
        if e.kind == "person":
            self.people.pop(e, None)
            self.people[e] = (self.mentions, sentence)
            self.last_person = (sentence, e)
        elif e.kind == "organization":
            self.orgs.pop(e, None)
            self.orgs[e] = sentence

    def person_with_role(self, noun: str) -> _Entity | None:
        """The person mentioned last whose roles contain ``noun``."""
        if noun in _NOMINAL_NOUNS:
            candidates: Iterable[_Entity] = (e for e in self.by_role_noun.get(noun, ()) if e in self.people)
        else:  # a noun the index does not know: read every person
            candidates = (e for e in self.people if any(noun in r.lower() for r in e.roles))
        return max(candidates, key=lambda e: self.people[e][0], default=None)

    def organization_named(self, noun: str) -> _Entity | None:
        """The organization created last with ``noun`` (or its plural; centre or center) in a name."""
        forms = {noun, noun + "s"} | ({"centre"} if noun == "center" else {"center"} if noun == "centre" else set())
        candidates = (e for w in forms for e in self.by_word.get(w, ()) if e.kind == "organization")
        return max(candidates, key=lambda e: self.created[e], default=None)


def _article_entities(text: str, article: Article, found: Sequence[Found]) -> list[_Entity]:
    """The actors of one article, each with its mentions, roles and affiliations."""
    entities: list[_Entity] = []
    by_found: dict[int, _Entity] = {}
    by_key: dict[str, _Entity] = {}
    by_surname: dict[str, _Entity] = {}
    by_first: dict[str, _Entity] = {}
    by_given: dict[str, _Entity | None] = {}  # people by their name's first word (None: two people share it)
    # people by a middle word of a long name ("Sheinbaum" in "… Sheinbaum Pardo")
    by_part: dict[str, _Entity | None] = {}
    by_suffix: dict[str, _Entity] = {}  # organization names without a leading country
    by_initials: dict[str, _Entity] = {}  # organizations by the initials of their name's words ("ESA")
    recall = _Recall()
    order = sorted(range(len(found)), key=lambda n: (found[n].start, -found[n].end))

    def mention(f: Found) -> Mention:
        return Mention(start=f.start, end=f.end, text=text[f.start : f.end], article=article.id)

    for n in order:
        f = found[n]
        if f.dropped:
            continue
        if f.nominal:
            target = _nominal_target(f, recall, text)
            if target is not None:
                target = target.root()
                target.mentions.append(mention(f))
                if f.kind == "person" and not any(f.name in r.lower() for r in target.roles):
                    target.roles.append(f.name)  # "the congresswoman" tells her role
                    recall.roles_changed(target)
                by_found[n] = target
            continue
        if f.acronym_of is not None and f.acronym_of in by_found:
            long = by_found[f.acronym_of].root()
            long.mentions.append(mention(f))
            long.names.append(f.name)
            recall.named(long)
            long.acronyms.append(f.name)
            by_key[name_key(f.name)] = long
            by_found[n] = long
            continue
        key = f.canonical or name_key(f.name)
        e = by_key.get(key)
        if e is not None and f.kind == "place" and e.root().kind == "person" and _after_place_word(text, f.start):
            e = None  # "Reno said …", then "flew to Reno": the city
        words = _person_words(f.name)
        if e is None and f.kind in (None, "person") and words:
            cand = by_surname.get(words[-1])
            if cand is not None and (len(words) == 1 or _given_compatible(words, _person_words(cand.full_name))):
                cand = cand.root()
                if cand.kind == "person" or f.kind == "person":
                    e = cand
                elif cand.kind is None and f.kind is None and _full_name_and_surname(f.name, cand.names[0]):
                    e = cand
                    e.kind, e.strength = "person", 1  # "Bukayo Saka" … "Saka": a full name, then its surname alone
        if (
            e is None
            and f.kind == "place"
            and len(words) == 1
            and words[0] in by_surname
            and f.name not in gazetteer().countries
        ):
            cand = by_surname[words[0]].root()
            if cand.kind == "person" and len(cand.names[0].split()) > 1 and not _after_place_word(text, f.start):
                e = cand  # "Miguel Duarte" … "Duarte said": the person, not the town of Duarte
        if e is None and len(words) == 1 and f.strength < 2:
            e = _spelling_variant(words[0], by_surname)  # "Zelenskyy" after "Volodymyr Zelensky"
        if e is None and f.kind == "person" and len(words) > 1:
            # a full name after the surname alone, which had nothing to say it was a person
            cand = by_key.get(words[-1])
            if cand is not None and cand.root().strength == 0 and len(cand.root().names[0].split()) == 1:
                e = cand.root()
        if e is None and f.kind == "organization" and len(words) > 1:
            # "Foreign Ministry" after "German Foreign Ministry", and the other way round; "Northwind
            # Energy Inc" after "Northwind Energy"
            cand = (
                by_key.get(_without_place(f.name))
                or by_suffix.get(name_key(f.name))
                or by_key.get(_without_legal_form(f.name))
            )
            if cand is not None and cand.root().kind == "organization":
                e = cand.root()
        if e is None and f.kind in (None, "person") and words:
            e = _by_name_part(f, words, by_key, by_given, by_part)
        if e is None and f.kind in (None, "organization") and len(words) == 1:
            cand = by_first.get(words[0])
            if cand is not None and cand.root().kind == "organization" and f.strength < 3:
                e = cand.root()
        if e is None and f.kind == "organization" and len(words) > 1 and f.strength < 3:
            # a longer form of a name seen alone before: "Agroexport" then "Agroexport Centre" (but not
            # "Apple" then "Apple Intelligence", which nothing says is the company)
            cand = by_key.get(words[0])
            if cand is not None and cand.root().kind in ("organization", None) and cand.root().canonical is None:
                e = cand.root()
        if e is None and len(words) == 1 and f.canonical is None:
            e = _abbreviated_body(f.name, by_initials)  # "ESA" after "the European Space Agency"
        if e is None and f.weak:
            continue  # an ordinary word that names nothing seen before
        if e is not None:
            e = e.root()
            stronger = f.kind is not None and (f.strength > e.strength or e.kind is None)
            if stronger and not (e.kind == "person" and f.kind != "person" and e.strength >= 2):
                e.kind, e.strength = f.kind, f.strength
            e.names.append(f.name)
            e.mentions.append(mention(f))
            recall.named(e)
            if f.roles:  # most mentions bring no role: nothing to add, nothing new to index
                _add_roles(e.roles, f.roles)
                recall.roles_changed(e)
        else:
            e = _Entity(kind=f.kind, strength=f.strength, names=[f.name], canonical=f.canonical)
            e.mentions.append(mention(f))
            if f.roles:
                _add_roles(e.roles, f.roles)
            entities.append(e)
            recall.created_actor(e)
        by_found[n] = e
        by_key.setdefault(key, e)
        by_key.setdefault(name_key(f.name), e)
        if e.kind in ("person", None) and words and not f.canonical and (len(words) > 1 or words[0] not in by_surname):
            by_surname[words[-1]] = e
        if e.kind in ("organization", None) and len(words) > 1 and f.canonical is None:
            by_first.setdefault(words[0], e)
        if e.kind == "person" and len(words) > 1 and f.strength >= 1:
            _index_uniquely(by_given, words[0], e)
            for word in words[1:-1]:
                if word not in _NAME_PARTICLES:
                    _index_uniquely(by_part, word, e)
            if len(words) > 2:
                by_key.setdefault(" ".join(words[:-1]), e)  # "Claudia Sheinbaum" after "Claudia Sheinbaum Pardo"
        if e.kind == "organization" and len(words) > 1:
            by_initials.setdefault(_initials(f.name), e)
            by_suffix.setdefault(_without_place(f.name), e)
            by_key.setdefault(_without_legal_form(f.name), e)  # "Northwind Energy" after "… Inc"
        recall.mentioned(e, f.sentence)
    for e in entities:
        # "F.D.A. Approves …" over "The Food and Drug Administration …": an acronym named before the
        # body it abbreviates (in the headline) joins it, as one named after does
        spellings = {n.replace(".", "") for n in e.names}
        if e.merged_into is None and e.kind in (None, "organization") and len(spellings) == 1:
            body = _abbreviated_body(e.names[0], by_initials)
            if body is not None and body is not e:
                body.absorb(e)
                body.acronyms.extend(n for n in e.names if n not in body.acronyms)
    for n, f in enumerate(found):
        if not f.affiliations:
            continue
        e = by_found.get(n)
        if e is None:
            continue
        e = e.root()
        for a in f.affiliations:
            target = by_found.get(a)
            if target is not None and target.root() is not e and target.root() not in e.affiliations:
                e.affiliations.append(target.root())
    out = []
    for e in entities:
        if e.merged_into is None:
            e.affiliations = [a.root() for a in e.affiliations]
            if e.kind is None:
                e.kind = "organization"
            out.append(e)
    return out


_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")
_PLACE_WORD_BEFORE: Final = re.compile(
    r"\b(?:in|near|outside|across|toward|towards|into|via)\s+(?:the\s+)?\Z", re.IGNORECASE
)


def _abbreviated_body(name: str, by_initials: dict[str, _Entity]) -> _Entity | None:
    """The organization whose initials an acronym spells, dotted or not ("ESA", "F.D.A."), or None."""
    letters = name.replace(".", "")
    body = by_initials.get(letters) if _ACRONYM.fullmatch(letters) else None
    return body.root() if body is not None and body.root().kind == "organization" else None


def _after_place_word(text: str, start: int) -> bool:
    """Whether a preposition of place stands right before ``start`` ("in Duarte"; "to Reno" may be a
    letter's addressee)."""
    return _PLACE_WORD_BEFORE.search(text, max(0, start - 16), start) is not None


#: Words inside a name that join its parts and name no one ("bin Farhan", "de la Cruz", "van Wyk").
_NAME_PARTICLES: Final = frozenset(
    {"al", "el", "bin", "bint", "ibn", "abu", "ben", "de", "del", "della", "di", "da", "das", "do", "dos", "du"}
    | {"la", "le", "van", "von", "der", "den", "ter", "y", "e"}
)


def _index_uniquely(index: dict[str, _Entity | None], word: str, e: _Entity) -> None:
    """Index ``e`` by ``word``, or mark the word as naming no one when another actor has it too."""
    known = index.get(word, e)
    index[word] = e if known is not None and known.root() is e.root() else None


def _by_name_part(
    f: Found,
    words: tuple[str, ...],
    by_key: dict[str, _Entity],
    by_given: dict[str, _Entity | None],
    by_part: dict[str, _Entity | None],
) -> _Entity | None:
    """The person a name refers to by another part of their name than the last word: news names
    many people by their family name written first ("Wang Yi" … "Wang", "Mr. Yoon" after "Yoon Suk
    Yeol"), by a given name alone ("Prince Faisal" after "Prince Faisal bin Farhan Al Saud",
    "Saddam" after "Saddam Hussein"), or by the first of two surnames ("Sheinbaum" after "Claudia
    Sheinbaum Pardo"); and a full name may come with a second surname the first mention left out.
    Only a part that one person of the article has counts."""
    if len(words) == 1:
        cand = by_given.get(words[0]) or by_part.get(words[0])
        if cand is None:
            return None
        return cand.root() if cand.root().kind == "person" else None
    if f.kind != "person" or len(words) < 3:
        return None
    # "Claudia Sheinbaum Pardo" after "Claudia Sheinbaum": the name without its last word is a person's
    cand = by_key.get(" ".join(words[:-1]))
    return cand.root() if cand is not None and cand.root().kind == "person" else None


_NOT_IN_INITIALS: Final = frozenset({"of", "the", "and", "for", "&", "on", "in"})


def _initials(name: str) -> str:
    """The initials of a name's words, its small words left out: "European Space Agency" is "ESA",
    "Energy Information Administration" "EIA"."""
    return "".join(w[0] for w in name.split() if w.lower() not in _NOT_IN_INITIALS and w[0].isupper())


@functools.lru_cache(maxsize=1 << 16)
def _without_place(name: str) -> str:
    """The key of an organization's name without a leading country or demonym ("German Foreign Ministry")."""
    gz = gazetteer()
    words = name.split()
    for n in (2, 1):
        head = " ".join(words[:n])
        if len(words) > n + 1 and (head in gz.places or head in gz.demonyms):
            return name_key(" ".join(words[n:]))
    return name_key(name)


#: Legal forms that end a company's name and are often left out ("Northwind Energy Inc").
def _without_legal_form(name: str) -> str:
    """The key of a company's name without the legal form that ends it, when two words or more are left."""
    words = name_key(name).split()
    while len(words) > 2 and words[-1].strip(",") in lex.LEGAL_FORMS:
        words.pop()  # a name of one word and a legal form ("Apple Inc.", "Apple Corps") keeps it
    return " ".join(words)


def _given_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two person names' given names can be the same person's ("Abbas" within "Sher Mohammad Abbas")."""
    ga, gb = set(a[:-1]), set(b[:-1])
    if not ga or not gb:
        return True
    return bool(ga <= gb or gb <= ga or (ga & gb))


def _nominal_target(f: Found, recall: _Recall, text: str = "") -> _Entity | None:
    """The actor a nominal reference means: the person last mentioned with that role (or, failing
    that, the person of the last two sentences), the organization with that head word, or the
    business named just before ("the company")."""
    noun = f.name.split()[-1]
    if f.kind == "person":
        person = recall.person_with_role(noun)
        if person is not None:
            return person
        if recall.last_person is not None and f.sentence - recall.last_person[0] <= 2:
            person = recall.last_person[1]
            if f.name.lower() in _ONE_HOLDER and person.roles:
                return None  # "the chancellor, Rachel Reeves" … "the prime minister's spokesperson": not her
            return person
        return None
    org = recall.organization_named(noun)
    if org is not None:
        return org
    if noun in lex.COMPANY_NOUNS:
        # "the company", "the airline": the business named last, in this sentence or the one before
        for e, sentence in reversed(recall.orgs.items()):
            if f.sentence - sentence > 1:
                break
            words = {w for n in e.names for w in name_key(n).split()}
            if e.kind != "organization" or words & lex.PUBLIC_BODIES:
                continue
            if text and all(text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")" for m in e.mentions):
                continue  # "SAN FRANCISCO (AP) —": the agency that filed the story is no business in it
            return e
    return None


#: Offices one person holds at a time: "the prime minister" is the person the article named last
#: only when nothing says that person holds another office.
_ONE_HOLDER: Final = frozenset(
    {"prime minister", "president", "vice president", "chancellor", "king", "queen", "pope", "premier"}
    | {"first minister", "taoiseach", "emperor", "crown prince", "supreme leader", "secretary-general"}
)


# ---------------------------------------------------------------------------------------------
# Across a digest


def _agree(a: _Entity, b: _Entity) -> bool:
    """Whether two person records share an affiliation or a role word."""
    aff_a = {name_key(x.root().full_name) for x in a.affiliations}
    aff_b = {name_key(x.root().full_name) for x in b.affiliations}
    if aff_a & aff_b:
        return True
    words_a = {w for r in a.roles for w in r.lower().split() if len(w) > 3}
    words_b = {w for r in b.roles for w in r.lower().split() if len(w) > 3}
    return bool(words_a & words_b)


@attrs.define
class _PersonIndex:
    """People by surname, and by surname (or its skeleton) with one given name: look-ups stay small
    however many articles the digest has."""

    by_surname: dict[str, list[_Entity]] = attrs.Factory(lambda: defaultdict(list))
    by_pair: dict[tuple[str, str], list[_Entity]] = attrs.Factory(lambda: defaultdict(list))
    by_skeleton: dict[tuple[str, str], list[_Entity]] = attrs.Factory(lambda: defaultdict(list))
    seen: set[tuple[str, int]] = attrs.Factory(set)

    def add(self, e: _Entity, name: str) -> None:
        words = _person_words(name)
        if not words:
            return
        surname = words[-1]
        if (surname, id(e)) not in self.seen:
            self.by_surname[surname].append(e)
            self.seen.add((surname, id(e)))
        for given in words[:-1]:
            keys = ((self.by_pair, (surname, given)), (self.by_skeleton, (_skeleton(surname), given[:1])))
            for index, key in keys:
                marker = (f"{index is self.by_pair} {key[0]} {key[1]}", id(e))
                if marker not in self.seen:
                    index[key].append(e)
                    self.seen.add(marker)


_CROWD: Final = 50  # past this many people with one surname, a bare surname is looked up no further


def _merge_digest(per_article: Iterable[list[_Entity]]) -> list[_Entity]:
    actors: list[_Entity] = []
    by_key: dict[tuple[str, str], _Entity] = {}
    people = _PersonIndex()
    for entities in per_article:
        for e in entities:
            target = _find_global(e, by_key, people)
            if (
                target is None
                and e.strength == 0
                and len(e.names[0].split()) == 1
                and people.by_surname.get(name_key(e.names[0]))
            ):
                e.kind = "person"  # the surname of several people: a person, though which one is unsure
            if target is not None:
                target = target.root()
                target.absorb(e)
            else:
                actors.append(e)
                target = e
            kind = target.kind or "organization"
            for n in dict.fromkeys([*e.names, *([e.canonical] if e.canonical else [])]):  # each name once
                by_key.setdefault((kind, name_key(n)), target)
            if kind == "person":
                people.add(target, e.full_name)
    return [a for a in actors if a.merged_into is None]


def _find_global(e: _Entity, by_key: dict[tuple[str, str], _Entity], people: _PersonIndex) -> _Entity | None:
    kind = e.kind or "organization"
    keys = [name_key(n) for n in ([e.canonical] if e.canonical else [])] + [
        name_key(n) for n in sorted(set(e.names), key=lambda n: (-len(n.split()), n))
    ]
    if kind != "person" and e.strength == 0 and len(keys) == 1 and len(keys[0].split()) == 1:
        known = people.by_surname.get(keys[0], [])
        if len(known) == 1:
            return known[0].root()  # a surname alone, with nothing to say what it is, of one known person
    if kind != "person" and e.strength == 0:
        for k in keys:
            hit = by_key.get(("person", k))
            if hit is not None:
                return hit.root()  # "Elian Gonzalez", with nothing to say what it is here, a person elsewhere
    if kind != "person":
        for k in keys:
            hit = by_key.get((kind, k))
            if hit is not None:
                return hit.root()
        return None
    words = _person_words(e.full_name)
    if not words:
        return None
    for form in (" ".join(words), words[-1]):
        weak = by_key.get(("organization", form))
        if weak is not None and weak.root().strength == 0 and weak.root().kind != "person":
            return weak.root()  # the name or surname, seen first in another article with nothing to say what it was
    hit = by_key.get(("person", " ".join(words)))
    if hit is not None:
        return hit.root()
    surname, given = words[-1], words[:-1]
    if not given:
        known = people.by_surname.get(surname, [])
        return known[0].root() if len(known) == 1 else None
    # the same surname and a given name in common: "Abbas Stanikzai" and "Sher Mohammad Abbas Stanikzai"
    sharing = _unique(c for g in given for c in people.by_pair.get((surname, g), []))
    sharing = [c for c in sharing if _given_compatible(words, _person_words(c.full_name))]
    if len(sharing) == 1:
        return sharing[0]
    crowd = people.by_surname.get(surname, [])
    if len(crowd) <= _CROWD:
        same = [c.root() for c in crowd if _given_compatible(words, _person_words(c.full_name))]
        agreeing = [c for c in same if _agree(e, c)]
        if len(agreeing) == 1:
            return agreeing[0]
    # a spelling variant of the surname (Stanikzai / Stanekzai) with a given name in common, when a role or
    # an affiliation agrees
    for c in _unique(c for g in given for c in people.by_skeleton.get((_skeleton(surname), g[:1]), [])):
        other = _person_words(c.full_name)
        if (
            other
            and _edit_distance(other[-1], surname) <= 2
            and any(_edit_distance(a, b) <= 2 for a in given for b in other[:-1])  # Zabihullah / Zabiullah
            and _agree(e, c)
        ):
            return c
    return None


def _unique(entities: Iterable[_Entity]) -> list[_Entity]:
    out: dict[int, _Entity] = {}
    for c in entities:
        out.setdefault(id(c.root()), c.root())
    return list(out.values())


def _link_leading_places(entities: Sequence[_Entity]) -> None:
    """An organization named with a demonym ("German Foreign Ministry"), or a state body named with its
    country ("United States House of Representatives"), belongs to that country when the digest mentions it;
    a company named after one ("Kenya Airways") does not."""
    gz = gazetteer()
    places: dict[str, _Entity] = {}
    for e in entities:
        if e.kind == "place":
            for n in [*e.names, *([e.canonical] if e.canonical else [])]:
                places.setdefault(n, e)
    if not places:
        return  # no place to belong to
    for e in entities:
        if e.kind not in ("organization", "group"):
            continue
        for name in set(e.names):
            words = name.split()
            for size in (2, 1):
                head = " ".join(words[:size])
                country = gz.demonyms.get(head)
                state_body = head in gz.countries and any(w.lower() in lex.STATE_BODIES for w in words[size:])
                if not country and state_body:
                    country = gz.countries[head]  # a country names a state body only: not "Kenya Airways"
                place = places.get(country) if country and len(words) > size else None
                if place is not None and place is not e and place not in e.affiliations:
                    e.affiliations.append(place)
                    break


def _canonical(e: _Entity) -> str:
    distinct = list(dict.fromkeys(e.names))  # a name comes once per mention: each is read once
    names = [n for n in distinct if n not in e.acronyms] or distinct
    if e.kind == "person":
        names = [_TITLE_WORDS.sub("", n) or n for n in names]
    best = max(names, key=lambda n: (not (n.isupper() and len(n) > 4), len(n.split()), len(n), n))
    if e.canonical and best.isupper() and len(best) > 4:
        return e.canonical  # only ever written in capitals ("KABUL"): the gazetteer's spelling
    if e.canonical and e.kind == "place" and len(e.canonical.split()) >= len(best.split()):
        return e.canonical if e.canonical in e.names else best
    if e.kind == "place" and best.isupper() and len(best) > 4 and best.isalpha():
        return best.title()  # a dateline's city the gazetteer lacks: "CUPERTINO" is Cupertino
    return best


_SPAN: Final = operator.attrgetter("start", "end")  # a mention's (start, end): a key read in C, not a lambda


def resolve(digest: Digest, found: Sequence[tuple[Article, Sequence[Found]]]) -> list[Actor]:
    """The digest's actors from the mentions found in each article: ids in order of first mention."""
    per_article = [_article_entities(digest.text, article, f) for article, f in found]
    merged = _merge_digest(per_article)
    _link_leading_places(merged)
    # one mention, one actor: the first actor (in order of first mention) keeps a span seen twice
    for e in merged:
        e.mentions.sort(key=_SPAN)
    merged.sort(key=lambda e: (e.mentions[0].start, e.mentions[0].end) if e.mentions else (1 << 62, 0))
    seen: set[tuple[int, int]] = set()
    kept: list[_Entity] = []
    for e in merged:
        mentions = []
        for m in e.mentions:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                mentions.append(m)
        e.mentions = mentions
        if mentions:
            kept.append(e)
    ids = {id(e): f"act{n}" for n, e in enumerate(kept, start=1)}
    actors = []
    for e in kept:
        name = _canonical(e)
        forms = {m.text for m in e.mentions}
        if e.kind == "person":
            # the surname of every full form is how the text will refer to the person next
            forms |= {_surname(n) for n in set(e.names) if len(_person_words(n)) > 1}  # each name once
        aliases = sorted(forms - {name})
        affiliations: list[str] = []
        for a in e.affiliations:
            aid = ids.get(id(a.root()))
            if aid is not None and aid != ids[id(e)] and aid not in affiliations:
                affiliations.append(aid)
        actors.append(
            Actor(
                id=ids[id(e)],
                name=name,
                kind=e.kind or "organization",
                aliases=aliases,
                roles=e.roles,
                affiliations=affiliations,
                mentions=e.mentions,
            )
        )
    return actors


# ---------------------------------------------------------------------------------------------
# Looking actors up by span


@attrs.frozen
class MentionIndex:
    """Every mention of a digest sorted by start, for finding the actor at a span in O(log n)."""

    starts: tuple[int, ...]
    entries: tuple[tuple[int, int, str], ...]  # (start, end, actor id), sorted
    longest: int

    def actor_at(self, start: int, end: int) -> str | None:
        """The id of the actor whose mention overlaps ``[start, end)`` most (the shortest on a tie)."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        best: tuple[int, int, str] | None = None
        best_score = (0, 0)
        for s, e, aid in self.entries[lo:]:
            if s >= end and s > start:
                break
            overlap = min(e, end) - max(s, start)
            if overlap <= 0 and not (s == e == start):
                continue
            score = (overlap, -(e - s))
            if best is None or score > best_score:
                best, best_score = (s, e, aid), score
        return best[2] if best is not None else None

    def actors_in(self, start: int, end: int) -> list[str]:
        """Ids of the actors with a mention inside ``[start, end)``, in text order, once each."""
        lo = bisect.bisect_left(self.starts, start)
        out: list[str] = []
        for s, e, aid in self.entries[lo:]:
            if s >= end:
                break
            if e <= end and aid not in out:
                out.append(aid)
        return out


def mention_index(digest: Digest) -> MentionIndex:
    """An index of the digest's mentions; build it once when looking up many spans."""
    entries = sorted((m.start, m.end, a.id) for a in digest.actors for m in a.mentions)
    longest = max((e - s for s, e, _ in entries), default=0)
    return MentionIndex(starts=tuple(s for s, _, _ in entries), entries=tuple(entries), longest=longest)


# The index of the digest asked about last (one entry): enrichers ask about one digest many times.
_last: list[tuple[Digest, MentionIndex]] = []


def actor_at(digest: Digest, start: int, end: int) -> str | None:
    """The id of the actor whose mention overlaps the span ``[start, end)`` of ``digest.text``, or None.

    Prefers the mention with the largest overlap, then the shortest mention ("German" inside
    "German government" gives the organization for the whole phrase, the place for the word).
    The index of the last digest asked about is kept, so repeated calls are cheap.
    """
    entry = _last[0] if _last else None  # read once: another thread may replace it meanwhile
    if entry is None or entry[0] is not digest:
        entry = (digest, mention_index(digest))
        _last[:] = [entry]
    return entry[1].actor_at(start, end)
