"""Shallow clause reading without a parser: tokens, and the subject left of a verb.

The heuristics are those a reader uses on news sentences: the subject is the nearest actor
left of the verb that is not inside an apposition (", the Taliban's spokesman,") or a
prepositional phrase ("critics of the Taliban"); a pronoun subject stands for the last person or
group mentioned.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Sequence
from typing import Final

import attrs

from newskit.data.roles import COMPANY_NOUNS, DIRECTIONS, ORG_HEADS, PERSON_NOUNS, WORKER_NOUNS
from newskit.data.roles import ROLE_HEADS as TITLE_HEADS
from newskit.extract._actorindex import NO_SPANS, PRONOUN_KINDS, ActorIndex, Ref, SpanSet
from newskit.extract._lastread import LastRead
from newskit.models import Actor

__all__ = [
    "AUXILIARIES",
    "BEFORE_NAME",
    "FUNCTION_WORDS",
    "PAST_FORMS",
    "PREPOSITIONS",
    "ROLE_HEADS",
    "Subject",
    "Token",
    "actor_index",
    "find_subject",
    "runs_on_into_a_title",
    "sentence_subject_resolver",
    "tokenize",
]

# every character is a space or in a token; a number keeps its thousands ("9,000" is one token)
_SPACED_TOKEN: Final = re.compile(r"(\s*)(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|\w+(?:['’.\-]\w+)*|[^\w\s])")

#: Nouns of a person: titles ("treasurer") and others ("shopkeeper").
PERSON_TITLES: Final[frozenset[str]] = frozenset(TITLE_HEADS) | frozenset(PERSON_NOUNS)
#: What may stand between a preposition and the name it governs: "in the", "in northern Malindo".
BEFORE_NAME: Final[frozenset[str]] = frozenset({"the", "a", "an"}) | frozenset(DIRECTIONS)

#: Irregular past forms of common verbs: where the subject of a clause ends ("A storm hit Valdoria").
PAST_FORMS: Final[frozenset[str]] = frozenset(
    [
        *("hit", "struck", "said", "told", "made", "took", "gave", "met", "won", "lost", "sent", "left"),
        *("held", "began", "came", "went", "saw", "fell", "rose", "found", "brought", "led", "ran", "built"),
        *("sold", "bought", "paid", "kept", "put", "set", "cut", "shut", "spread", "fought", "flew", "drew"),
        *("grew", "threw", "broke", "spoke", "wrote", "drove", "swept", "tore", "shot", "sank", "stood"),
        *("thought", "felt", "heard", "knew", "became", "got", "did", "had", "sought", "slew"),
    ]
)

#: Words skipped between a subject and its verb ("has strongly criticised").
AUXILIARIES: Final[frozenset[str]] = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "also",
        "not",
        "never",
        "no",
        "longer",
        "already",
        "still",
        "further",
        "jointly",
        "both",
        "reportedly",
        "allegedly",
        "recently",
        "previously",
        "then",
        "later",
        "however",
        "again",
        "now",
        "today",
        "just",
        "once",
        "even",
        "only",
        "first",
        "initially",
        "officially",
        "publicly",
        "formally",
    ]
)
#: Prepositions: an actor right after one of these is not the subject.
PREPOSITIONS: Final[frozenset[str]] = frozenset(
    [
        "of",
        "in",
        "at",
        "from",
        "for",
        "with",
        "to",
        "by",
        "on",
        "under",
        "against",
        "over",
        "about",
        "into",
        "onto",
        "across",
        "among",
        "between",
        "through",
        "during",
        "after",
        "before",
        "since",
        "until",
        "toward",
        "towards",
        "within",
        "without",
        "near",
        "around",
        "behind",
        "beyond",
        "via",
        "per",
        "like",
        "including",
        "regarding",
        "despite",
        "amid",
        "amongst",
        "upon",
    ]
)
#: Words that end a noun phrase looking left: a subject is not found across them.
FUNCTION_WORDS: Final[frozenset[str]] = PREPOSITIONS | frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "while",
        "because",
        "although",
        "though",
        "if",
        "unless",
        "whether",
        "as",
        "than",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "said",
        "says",
        "say",
        "told",
        "according",
    ]
)
#: Heads of a noun phrase whose "of X" complement speaks for X ("officials of the ministry").
ROLE_HEADS: Final[frozenset[str]] = frozenset(
    [
        "official",
        "officials",
        "member",
        "members",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "head",
        "heads",
        "leader",
        "leaders",
        "chief",
        "chiefs",
        "minister",
        "ministers",
        "president",
        "representative",
        "representatives",
        "government",
        "authorities",
        "forces",
        "army",
        "ministry",
        "delegation",
        "delegations",
        "envoy",
        "envoys",
        "ambassador",
        "secretary",
        "director",
        "chairman",
        "chair",
        "ceo",
        "executives",
        "executive",
        "staff",
        "troops",
        "police",
        "soldiers",
        "militants",
        "fighters",
        "commander",
        "commanders",
        "board",
        "owner",
        "founder",
    ]
)
_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i", "it", "you"})
_OWNERS: Final = frozenset({"his", "her", "its", "their"})  # a subject's owner (see _standing_for)
_CLAUSE_OPENERS: Final = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "whereas",
        "because",
        "although",
        "though",
        "if",
        "unless",
        "when",
        "whether",
    ]
)
_MAX_NP_WORDS: Final = 4
_DASHES: Final = frozenset(["-", "–", "—"])
_CLAUSE_START: Final = frozenset({"and", "but", "that", "while", "because", "although", "when", "if"})
#: Verbs a clause follows without "that": "said the man was arrested" (the man is the subject there)
_CLAUSE_VERBS: Final = frozenset(
    {"said", "says", "say", "added", "adds", "announced", "stated", "noted", "argued", "claimed", "insisted"}
    | {"warned", "believes", "believe", "believed", "thinks", "think", "thought", "reported", "confirmed"}
)
_NP_OPENERS: Final = frozenset(
    {"the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "some"}
)
_CONJUNCTIONS: Final = frozenset(
    {"after", "before", "since", "until"}
)  # "after the vote was held": a clause, not a phrase
_PHRASE_PREPOSITIONS: Final = PREPOSITIONS - _CONJUNCTIONS
_TIME_OPENERS: Final = PREPOSITIONS | {"last", "this", "next"}  # before a time read past: "on Tuesday", "last week"


_POSSESSIVE_PRONOUNS: Final = frozenset({"his", "her", "its", "their", "our", "my", "your"})


class Token:
    """A word or punctuation mark with its offsets.

    A class with slots rather than a named tuple: the events readers ask each token for its
    attributes millions of times per corpus, and a slot is read several times faster than a named
    tuple's field. Tokens compare and hash by their fields, as the tuples did.

    Attributes:
        start, end, text: where, and what.
        low: the word in lower case, without a possessive ending and with plain apostrophes.
        possessive: whether the word ends with 's (or is a possessive pronoun).
    """

    __slots__ = ("end", "low", "possessive", "start", "text")

    def __init__(self, start: int, end: int, text: str, low: str, possessive: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        self.possessive = possessive

    def _fields(self) -> tuple[int, int, str, str, bool]:
        return (self.start, self.end, self.text, self.low, self.possessive)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Token(start={self.start}, end={self.end}, text={self.text!r}, low={self.low!r}, "
            f"possessive={self.possessive})"
        )

    @classmethod
    def of(cls, start: int, end: int, text: str) -> Token:
        """The token ``text`` at ``start:end``, with its lower-case form worked out once."""
        low, possessive = _word(text)
        return cls(start, end, text, low, possessive)


_WORDS: Final[dict[str, tuple[str, bool]]] = {}  # word → (low, possessive): words repeat, so each is read once
_MAX_WORDS: Final = 100_000


def _word(text: str) -> tuple[str, bool]:
    found = _WORDS.get(text)
    if found is None:
        plain = text.lower().replace("’", "'")
        possessive = plain.endswith("'s")
        found = (plain[:-2] if possessive else plain, possessive or plain in _POSSESSIVE_PRONOUNS)
        if len(_WORDS) >= _MAX_WORDS:
            _WORDS.clear()
        _WORDS[text] = found
    return found


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``."""
    known = _WORDS
    out: list[Token] = []
    append = out.append
    pos = start
    # each word with the white space before it: offsets are summed up, no match object is made
    # typed, so that compiled code unpacks each pair directly rather than iterating over it
    pairs: list[tuple[str, str]] = _SPACED_TOKEN.findall(text, start, end)
    for space, word in pairs:
        begin = pos + len(space)
        pos = begin + len(word)
        low, possessive = known.get(word) or _word(word)
        append(Token(begin, pos, word, low, possessive))
    return out


_INDEXES: Final[LastRead[tuple[Actor, ...], ActorIndex]] = LastRead()  # the actors indexed last


def actor_index(actors: tuple[Actor, ...]) -> ActorIndex:
    """The index of a digest's actors, shared by the stages that read them one after the other.

    The quotes stage and then the events stage each index the digest's actors, the same tuple unless a
    stage between them adds some: the index built for the one is used again by the other. The actors
    are compared with those indexed last item by item (one identity test each when they are the same
    tuple); an index depends on nothing else, and the records are frozen.
    """
    return _INDEXES.get(actors, lambda: ActorIndex(actors))


@attrs.frozen
class Subject:
    """What stands left of a verb: actor ids (coordinated subjects give several), or a pronoun's actor.

    ``found`` is True when a subject phrase was found at all (even one that names no actor, such
    as "critics" or "the letter"): then nothing further left is the subject.
    """

    actors: tuple[str, ...] = ()
    found: bool = False
    start: int = -1


def _mention_ending_at(index: ActorIndex, tok: Token) -> tuple[int, int, str] | None:
    ref = index.at(tok.start, tok.end)
    if ref is None:
        return None
    return ref.start, ref.end, ref.actor


def _name_start(tokens: Sequence[Token], k: int, ref: Ref, floor: int) -> tuple[int, int]:
    """The first token of the mention ``ref`` that token ``k`` is in, and the token before it that
    is no article or direction word ("in northern Malindo": "in"); below ``floor`` when none is left."""
    first = k
    while first > floor and tokens[first - 1].end > ref.start:
        first -= 1
    before = first - 1
    while before >= floor and tokens[before].low in BEFORE_NAME:
        before -= 1
    return first, before


def _coordinated(
    tokens: Sequence[Token], i: int, at: Callable[[int], Ref | None], floor: int, commas: bool = False
) -> tuple[list[tuple[int, str]], int | None]:
    """Actors coordinated to the left of the token at ``i`` ("Stanikzai and Lukashevich", "A, B and C"),
    and the index of a preposition whose object the whole coordination is ("the bombings in Kenya and
    Tanzania killed": none of them is a subject), or None.

    A list joined by commas alone ("Taliban, Belarus Officials") counts only where ``commas`` is
    True (headlines); in running text "X, Y said" is more often "…, Y said".

    :param at: the actor mention at a token, by its index.
    """
    out: list[tuple[int, str]] = []
    joined_by_and = False
    j = i
    last = at(i)
    kinds = {last.kind} if last is not None else set()
    while j - 2 >= floor and tokens[j - 1].text in {",", "and", "&"}:
        joined_by_and = joined_by_and or tokens[j - 1].text in {"and", "&"}
        k = j - 2
        if tokens[k].text == "," or tokens[k].low == "and":
            k -= 1
        if k < floor:
            break
        ref = at(k)
        if ref is None:
            break
        first, before = _name_start(tokens, k, ref, floor)
        owner = at(before - 1) if before > floor and tokens[before].low == "of" else None
        if owner is not None and owner.kind == "person" and last is not None and last.kind == "person":
            # "Kuchma of Ukraine and Yeltsin": a person of a place is the conjunct
            ref = owner
            first, before = _name_start(tokens, before - 1, ref, floor)
        kinds.add(ref.kind)
        if before >= floor and tokens[before].low in PREPOSITIONS:
            if tokens[i - 1].text in {"and", "&"} and len(kinds) == 1:
                # "in Kenya and Tanzania": one preposition's object (but "Kuchma of Ukraine and Yeltsin"
                # joins two people, and "between Boeing and Lockheed Martin, Lockheed" ends otherwise)
                return [*out, (ref.start, ref.actor)], before
            break  # "In Estrela, Mensah met …": a place introduced by a preposition is not a subject
        out.append((ref.start, ref.actor))
        j = first
    return (out if joined_by_and or commas else []), None


def _addressed(tokens: Sequence[Token], comma: int, floor: int, at: Callable[[int], Ref | None]) -> Ref | None:
    """The person an address describes, the address ending at the comma at ``comma``: "Daniel
    Hargreaves, 34, of Kirkstall Lane, Leeds, was arrested", "Gregory Whitfield, of Dublin, Ohio,
    entered his plea" (the places there are where the person lives, not the subject)."""
    for a in range(comma - 1, max(floor, comma - _ADDRESS_REACH) - 1, -1):
        tok = tokens[a]
        if tok.text in {";", ":", '"', "“", "”"} or tok.low in _CLAUSE_OPENERS:
            return None
        if tok.low == "of" and a - 1 >= floor and tokens[a - 1].text == ",":
            b = a - 2
            if b - 1 >= floor and tokens[b].text.isdigit() and tokens[b - 1].text == ",":
                b -= 2  # ", 34,": the age
            ref = at(b) if b >= floor else None
            return ref if ref is not None and ref.kind == "person" else None
    return None


_ADDRESS_REACH: Final = 14  # tokens: ", of 12 Kirkstall Lane, Leeds, West Yorkshire"


def _someone_of(tokens: Sequence[Token], first: int, floor: int, head: str) -> bool:
    """Whether a place that opens a subject phrase ending in a title or a noun of a person describes
    someone unnamed: "A former Maricopa County treasurer", "a Kabul shopkeeper" (but "a U.S. official"
    speaks for the United States)."""
    if head not in PERSON_TITLES or head in ROLE_HEADS:
        return False
    before = first - 1
    while before >= floor and tokens[before].low in {"former", "ex", "then", "retired", "local"}:
        before -= 1
    return before >= floor and tokens[before].low in {"a", "an"}


def _standing_for(opener: str, head: str, words: int) -> str:
    """The pronoun whose actor stands for a subject phrase that names none, or "": "its planned
    offering" is the company's (its), "her group is appealing" hers (a body owned: "his kidnappers
    demanded" are not him), "the company told customers" the company named before (it)."""
    if opener == "its" or (opener in _OWNERS and head in ORG_HEADS):
        return opener
    return "it" if opener == "the" and words == 1 and head in COMPANY_NOUNS else ""


def _speaks_for(preposition: str, head: str) -> bool:
    """Whether "<head> <preposition> X" speaks for X: "officials of the ministry", "analysts at ING",
    "economists from the IMF"."""
    if preposition == "of":
        return head in ROLE_HEADS or (head[-1:] == "s" and head[:-1] in ROLE_HEADS)  # "the ambassadors of"
    return preposition in ("at", "from") and head in WORKER_NOUNS


_RELATIVES: Final = frozenset(["who", "whose", "whom", "which"])


_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"})


def runs_on_into_a_title(tokens: Sequence[Token], k: int, ref: Ref) -> bool:
    """Whether a capitalised word follows the mention ``ref`` (at token ``k``): the mention opens a
    title and a name ("ANC Secretary-General Thandiwe Nkosi", "Omani Foreign Minister Badr
    Albusaidi") and is not who acts or speaks."""
    after = next((t for t in tokens[k + 1 :] if t.start >= ref.end), None)
    return after is not None and after.text[:1].isupper()


_MAX_PHRASE_HOPS: Final = 2
#: Words that open a subject noun phrase whose head a prepositional phrase can follow ("all people under …").
_SUBJECT_DETERMINERS: Final = _NP_OPENERS | {"all", "many", "most", "several", "both", "each", "every", "no", "other"}
_PHRASE_OPENERS: Final = _CLAUSE_START | _CLAUSE_OPENERS


def _opens_subject_phrase(tokens: Sequence[Token], k: int, floor: int) -> bool:
    """Whether the words up to token ``k``, before a preposition, are a whole noun phrase that opens a
    clause: a determiner at a clause's start, then at most five words ("that all people | under the
    care of …", ", the new workers | at the plant …"). Then the prepositional phrase after it is part
    of the subject; where no such phrase stands before ("Castro read | from a letter", "a lack | of any
    buying"), the preposition ends the subject."""
    first = max(floor, k - 5)
    while k >= first:
        tok = tokens[k]
        low = tok.low
        if low in _SUBJECT_DETERMINERS:
            before = tokens[k - 1] if k > floor else None
            return before is None or before.text in {",", ";", ":"} or before.low in _PHRASE_OPENERS
        if not tok.text[0].isalpha() or low in FUNCTION_WORDS or low in AUXILIARIES or low in _CLAUSE_VERBS:
            return False
        k -= 1
    return False


def _named(tok: Token, ref: Ref | None) -> bool:
    """Whether a capitalised word is (part of) an actor's name: "Donnelly" is no adverb in -ly."""
    return ref is not None and tok.text[:1].isupper()


def _apposition_in_a_phrase(tokens: Sequence[Token], comma: int, floor: int) -> int | None:
    """When the name after the comma at ``comma`` renames a noun inside a phrase ("… under his
    predecessor, Joko Widodo,"), the comma that opens the aside the phrase is part of; else None."""
    p = comma - 1
    while p >= floor and tokens[p].text.isalpha() and tokens[p].text.islower() and tokens[p].low not in PREPOSITIONS:
        p -= 1
    if p < floor or p + 1 >= comma - 1 or tokens[p].low not in _PHRASE_PREPOSITIONS or tokens[p].low in {"of", "for"}:
        return None  # "Truman's secretary of state, Dean Acheson,": the name renames the whole phrase
    if tokens[p + 1].low not in _DETERMINERS:
        return None
    while p >= floor and tokens[p].text not in {",", ";", ":"}:
        p -= 1
    return p if p >= floor and tokens[p].text == "," else None


def _describes(tokens: Sequence[Token], first: int, name_start: int) -> bool:
    """Whether the words from token ``first`` up to a name only describe it: an article and words in
    lower case that are no function words ("the physicist", "its longtime chief executive")."""
    while tokens[first].start < name_start:
        tok = tokens[first]
        if tok.low not in {"the", "a", "an"} and (
            tok.low in FUNCTION_WORDS or not tok.text.isalpha() or not tok.text.islower()
        ):
            return False
        first += 1
    return True


def find_subject(
    tokens: Sequence[Token],
    verb: int,
    index: ActorIndex,
    *,
    floor: int = 0,
    article_start: int = 0,
    skip: SpanSet = NO_SPANS,
    resolve: Callable[[str, int], str | None] | None = None,
    commas: bool = False,
    adverbials: SpanSet = NO_SPANS,
    refs: Sequence[Ref | None] | None = None,
) -> Subject:
    """The subject of the verb at token ``verb``, looking left no further than token ``floor``.

    Stops at the start of the clause (a complementiser, a semicolon, a quotation mark); skips
    auxiliaries and adverbs, appositions between commas and parenthesised asides; accepts an actor
    mention, or an actor inside a noun phrase ("Taliban officials"); resolves he, she and they.

    :param adverbials: spans (time expressions) between subject and verb to read past, with the
        preposition that introduces them ("Kenyan police on Tuesday detained …").
    :param refs: the actor mention at each token (``index.at`` of its span), when already worked out.
    """

    def at(k: int) -> Ref | None:
        return refs[k] if refs is not None else index.at(tokens[k].start, tokens[k].end)

    def stands_for(word: str, pos: int) -> str | None:
        """The actor a pronoun (or "the company") at ``pos`` stands for."""
        return resolve(word, pos) if resolve is not None else index.resolve_pronoun(word, pos, article_start, skip)

    j = verb - 1
    while j >= floor:
        low = tokens[j].low
        if low in AUXILIARIES or low == "n't" or (low.endswith("ly") and not _named(tokens[j], at(j))):
            j -= 1  # an auxiliary or an adverb; not "Donnelly said", "Kelly told"
        elif adverbials.covers(tokens[j].start):
            while j >= floor and adverbials.covers(tokens[j].start):
                j -= 1
            if j >= floor and tokens[j].low in _TIME_OPENERS:
                j -= 1
        else:
            break
    np_words = 0
    hops = 0  # prepositional phrases read past to the noun they follow
    head = ""  # the word the subject phrase ends with, once one is read
    while j >= floor:
        tok = tokens[j]
        low = tok.low
        if tok.text in {";", ":"} or low in _CLAUSE_OPENERS:
            # "said that customers will receive refunds": the words read are the subject, naming no actor
            return Subject(found=np_words > 0)
        if tok.text in {"“", "”", '"', "‘"}:
            return Subject()
        if tok.text == ")":
            depth = 0
            while j >= floor:
                depth += tokens[j].text == ")"
                depth -= tokens[j].text == "("
                j -= 1
                if depth == 0:
                    break
            continue
        if tok.text in _DASHES and not np_words:
            # an aside between dashes: "The iMac - a notebook computer - is said …"
            k = j - 1
            while k >= floor and tokens[k].text not in _DASHES and tokens[k].text not in {";", ":"}:
                k -= 1
            if k < floor or tokens[k].text not in _DASHES:
                return Subject()
            j = k - 1
            continue
        if tok.text == ",":
            if np_words:
                # "…, officials said": the words since the comma are the subject, and they name no actor
                return Subject(found=True)
            addressed = _addressed(tokens, j, floor, at)
            if addressed is not None and not skip.covers(addressed.start):
                return Subject((addressed.actor,), True, addressed.start)
            # an apposition or aside: ", a member of the House," — look before the comma that opens it;
            # a relative clause is read past whole (", whose research changed how scientists …,")
            k = j - 1
            while k >= floor and tokens[k].text not in {",", ";", ":"}:
                k -= 1
            relative = k >= floor and tokens[k].text == "," and tokens[k + 1].low in _RELATIVES
            if not relative:
                k = j - 1
                while k >= floor and tokens[k].text != "," and tokens[k].text not in {";", ":"}:
                    if tokens[k].low in _CLAUSE_OPENERS and tokens[k].low not in {"who", "which"}:
                        break
                    k -= 1
            if k < floor or tokens[k].text != ",":
                return Subject()
            # "Irish low cost airline, Ryanair, announced", "Her husband, the physicist Robert Hale,
            # died": a name that ends what stands between the commas is the subject
            inner = at(j - 1) if j - 1 > k and not relative else None
            if inner is not None and not skip.covers(inner.start) and _describes(tokens, k + 1, inner.start):
                opening = _apposition_in_a_phrase(tokens, k, floor) if tokens[k + 1].start == inner.start else None
                if opening is None:
                    return Subject((inner.actor,), True, inner.start)
                k = opening  # "X, a general who served under his predecessor, Joko Widodo, said": X
            j = k - 1
            continue
        ref = at(j)
        if ref is not None and ref.end < tok.end and index.kinds.get(ref.actor) == "place":
            ref = None  # "the Houston-based utility": the place only describes the subject
        if ref is not None and not skip.covers(ref.start):
            # first token of the mention, and what stands before it
            m, before = _name_start(tokens, j, ref, floor)
            if np_words and ref.kind == "place" and _someone_of(tokens, m, floor, head):
                return Subject(found=True, start=ref.start)  # "A former Maricopa County treasurer was sentenced"
            coordinated, governing = _coordinated(tokens, m, at, floor, commas)
            actors = tuple(dict.fromkeys([ref.actor] + [a for _, a in coordinated]))
            if governing is None and before >= floor and tokens[before].low in _PHRASE_PREPOSITIONS:
                governing = before
            if governing is not None and tokens[governing].low in _PHRASE_PREPOSITIONS:
                owner = governing - 1
                if owner >= floor and _speaks_for(tokens[governing].low, tokens[owner].low):
                    return Subject(actors, True, ref.start)  # "officials of the ministry said"
                j = governing - 1
                np_words += 1
                if np_words > _MAX_NP_WORDS:
                    return Subject()
                continue
            return Subject(actors, True, ref.start)
        if low in _SUBJECT_PRONOUNS:
            actor = stands_for(low, tok.start)
            return Subject((actor,) if actor else (), True, tok.start)
        if np_words and low in _CLAUSE_VERBS:
            return Subject(found=True)  # "said troops had killed …": the subject names no actor
        if (
            np_words
            and low in _PHRASE_PREPOSITIONS
            and hops < _MAX_PHRASE_HOPS
            and _opens_subject_phrase(tokens, j - 1, floor)
        ):
            # "all people under the care of the government … will receive": the phrase tells which people;
            # the subject's head is the noun before it
            hops += 1
            np_words = 0
            j -= 1
            continue
        if low in FUNCTION_WORDS or not tok.text[0].isalnum():
            return Subject()
        opens_clause = (
            j == floor
            or tokens[j - 1].text in {",", ";"}
            or tokens[j - 1].low in _CLAUSE_START
            or tokens[j - 1].low in _CLAUSE_VERBS
            # "Wang told reporters the two sides had signed": no noun phrase runs on past a name into
            # "the"; the name is the object of the verb before
            or (low in _NP_OPENERS and not tokens[j - 1].possessive and at(j - 1) is not None)
        )
        if np_words and low in _NP_OPENERS and opens_clause:
            # "…, and the interior ministry said": a subject, but no actor; unless an owner or the
            # company named before stands for it ("its planned offering", "the company told customers")
            word = _standing_for(low, tokens[j + np_words].low, np_words)
            actor = stands_for(word, tok.start) if word else None
            if actor is not None:
                return Subject((actor,), True, tok.start)
            return Subject(found=True)
        if not np_words:
            head = low
        np_words += 1
        if np_words > _MAX_NP_WORDS:
            return Subject(found=True)
        j -= 1
    return Subject()


def sentence_subject_resolver(
    text: str,
    sentences: Sequence[tuple[int, int]],
    index: ActorIndex,
    article_start: int,
    skip: SpanSet = NO_SPANS,
    starts: Sequence[int] | None = None,
) -> Callable[[str, int], str | None]:
    """A pronoun resolver that prefers the subject of the sentences before: "Araghchi met al-Sudani. … he
    said" means Araghchi. A sentence that opens with a pronoun passes on to the one before it.

    :param sentences: the article's sentences as (start, end), in order.
    :param starts: their start offsets, when already known (a caller that makes a resolver for each of
        thousands of quotes passes them, so that none is built again); found by bisection, so a pronoun
        costs the same however long the article is.
    """
    return _SubjectResolver(text, sentences, index, article_start, skip, starts)


#: The subject pronouns the resolver reads back to an earlier sentence's subject, with the kinds of
#: actor each can stand for (the index's own table).
_PRONOUN_KINDS: Final = {word: PRONOUN_KINDS[word] for word in ("he", "she", "they")}


class _SubjectResolver:
    """:func:`sentence_subject_resolver`'s resolver. An object rather than nested functions: compiled,
    functions nested in one another hold each other in a cycle, and the article's actor index with
    them, until the cyclic garbage collector runs."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        index: ActorIndex,
        article_start: int,
        skip: SpanSet,
        starts: Sequence[int] | None,
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.index = index
        self.article_start = article_start
        self.skip = skip
        self.starts = starts  # built at the first pronoun when not given; [] when out of text order

    def __call__(self, word: str, pos: int) -> str | None:
        kinds = _PRONOUN_KINDS.get(word)
        if kinds is None:
            return None
        sentences = self.sentences
        if self.starts is None:
            firsts = [s[0] for s in sentences]
            self.starts = firsts if all(map(operator.le, firsts, firsts[1:])) else []
        if self.starts or not sentences:
            # the last four sentences that start before the pronoun, found by bisection
            count = bisect.bisect_left(self.starts, pos)
            before = sentences[max(0, count - 4) : count]
        else:  # sentences out of text order (never from the segmenter): the same four, by a scan
            before = [s for s in sentences if s[0] < pos][-4:]
        for start, end in reversed(before):
            found = self._opening_subject(start, min(end, pos), kinds)
            if isinstance(found, str):
                return found
            if found is None and start < pos <= end and pos - start > 0:
                continue
        return self.index.resolve_pronoun(word, pos, self.article_start, self.skip)

    def _opening_subject(self, start: int, end: int, kinds: tuple[str, ...]) -> str | bool | None:
        """The actor of ``kinds`` that opens the sentence, True when it opens with a pronoun again
        (look further back), None when it opens otherwise."""
        tokens = tokenize(self.text, start, end)[:8]
        index, skip = self.index, self.skip
        for k, tok in enumerate(tokens):
            ref = index.at(tok.start, tok.end)
            if ref is not None and not skip.covers(ref.start):
                if tok.possessive:
                    continue  # "Dumont's mother, Martine Dumont, told AFP": the mother
                if ref.kind in kinds:
                    return ref.actor
                if runs_on_into_a_title(tokens, k, ref):
                    continue  # "ANC Secretary-General Thandiwe Nkosi said": the body before a title and name
                return None
            if tok.low in _SUBJECT_PRONOUNS:
                return True  # a pronoun again: look further back
            if tok.low in PREPOSITIONS:
                return None
        return None
