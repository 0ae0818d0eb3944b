"""Built-in exporter ``ics``: the dated events as an iCalendar (RFC 5545) timeline.

Every dated event becomes one all-day ``VEVENT``, all digests in one ``VCALENDAR``, written by
the :mod:`icalendar` package:

- ``DTSTART`` is the first day as a ``DATE``; ``DTEND`` the day after the last (RFC 5545 end
  dates are exclusive), so a one-day event ends the next day. Events stay all-day even when the
  text gives a clock time: TIMEX3 times carry no time zone, and a floating time would show in the
  reader's own zone, which is wrong more often than right.
- ``UID`` is ``<sha1 prefix>@newskit``, hashed from document id, article id, event id and trigger
  offsets, so the same event keeps its UID from run to run and a calendar app updates it in place.
- ``DTSTAMP`` is midnight UTC of the digest's publication date (1970-01-01 when unknown). Without a
  ``METHOD`` it means "when this information was last revised", which the publication date is;
  the clock would make two runs on the same input differ.
- ``SUMMARY`` is a readable line (:func:`event_summary`), ``DESCRIPTION`` the source sentence,
  ``CATEGORIES`` the event type, ``LOCATION`` the place's name when there is one. ``TRANSP`` is
  ``TRANSPARENT``: a news event does not make the reader busy.

Undated events cannot go in a calendar: they are left out, with one :class:`NewskitWarning` per
write that counts them. ``--option name=TEXT`` sets the calendar's name (``X-WR-CALNAME``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import BinaryIO, NamedTuple

import icalendar

from newskit.data import quantity_words
from newskit.errors import ExportError, NewskitWarning
from newskit.export import Exporter
from newskit.hookspecs import hookimpl
from newskit.models import Actor, Digest, Event
from newskit.options import ExportOptions
from newskit.timeline import timeline_events

__all__ = [
    "EPOCH",
    "PASSIVES",
    "SINGULAR_NAMES",
    "VERB_PHRASES",
    "Phrase",
    "event_summary",
    "event_uid",
    "register_exporters",
    "write",
]

#: The DTSTAMP of events from a digest without a publication date.
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class Phrase(NamedTuple):
    """How a summary tells one event type.

    Attributes:
        verb: the verb phrase, first word inflected ("make a statement" → "makes a statement").
        before_object: the word before the targets ("" when they follow the verb: "meets X").
        before_place: the word before the place ("" when the place is the object: "visits Kabul").
    """

    verb: str
    before_object: str = ""
    before_place: str = "in"


#: Event types that need more than "<agents> <type>s <targets> in <place>", by type name (the
#: taxonomy in :mod:`newskit.data.event_types`). Add to it for new types.
VERB_PHRASES: dict[str, Phrase] = {
    "statement": Phrase("make a statement", "about"),
    "announce": Phrase("make an announcement", "about"),  # what is announced is rarely the actor named
    "conference": Phrase("hold a conference", "with"),
    "aid": Phrase("give aid", "to"),
    "agree": Phrase("agree", "with"),
    "appeal": Phrase("appeal", "to"),
    "cooperate": Phrase("cooperate", "with"),
    "negotiate": Phrase("negotiate", "with"),
    "trade": Phrase("trade", "with"),
    "protest": Phrase("protest", "against"),
    "visit": Phrase("visit", before_place=""),
    "deport": Phrase("deport", before_place="to"),
    "withdraw": Phrase("withdraw", before_place="from"),
    "plead": Phrase("enter a plea"),
    "rate_change": Phrase("set interest rates"),
    "accident": Phrase("have an accident"),
}

#: Types whose targets undergo them, told as a headline does when no agent is known: "Tim
#: Burchett detained", "Martin Hale not convicted". Other types without an agent read "Meet: X".
PASSIVES: dict[str, str] = {
    "detain": "detained",
    "deport": "deported",
    "release": "released",
    "kill": "killed",
    "attack": "attacked",
    "sanction": "sanctioned",
    "ban": "banned",
    "criticize": "criticised",
    "threaten": "threatened",
    "praise": "praised",
    "sue": "sued",
    "investigate": "investigated",
    "elect": "elected",
    "appoint": "appointed",
    "charge": "charged",
    "convict": "convicted",
    "sentence": "sentenced",
    "acquit": "acquitted",
    "die": "dead",
    "injure": "injured",
    "accident": "in an accident",
}

_IRREGULAR = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _third_person(verb: str) -> str:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if re.search(r"(s|sh|ch|x|z|o)\Z", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y\Z", verb):
        return verb[:-1] + "ies"
    return verb + "s"


def _phrase(event: Event) -> Phrase:
    return VERB_PHRASES.get(event.type) or Phrase(event.type.replace("_", " ").strip() or "act")


def _predicate(phrase: Phrase, negative: bool, singular: bool) -> str:
    """The verb phrase agreeing with its subject: ``meets``, ``meet``, ``does not meet``."""
    verb, _, rest = phrase.verb.partition(" ")
    auxiliary = "does not" if singular else "do not"
    words = [auxiliary, verb] if negative else [_third_person(verb) if singular else verb]
    return " ".join([*words, rest]).strip()


#: Group names that end in "s" but take a singular verb.
SINGULAR_NAMES = {"Hamas"}


def _plural(actor: Actor) -> bool:
    """Whether a name reads as a plural: a group ("Afghans") or a common noun ("security forces"),
    or a collective one ("Police", "people").

    Proper names of organizations ("United Nations", "Ministry of Foreign Affairs") stay singular.
    """
    words = actor.name.split()
    if not words or actor.name in SINGULAR_NAMES or actor.kind not in {"group", "organization"}:
        return False
    last = words[-1]
    if last.lower() in _COLLECTIVE_PLURALS and (len(words) == 1 or last.islower()):
        return True  # "Police charge two men"; "West Yorkshire Police" is a body's name
    plural_form = last.endswith("s") and not last.endswith(("ss", "us"))
    return plural_form and (actor.kind == "group" or last.islower())


_COLLECTIVE_PLURALS = frozenset({"police", "people", "staff", "personnel", "clergy"})


def _object_name(actor: Actor) -> str:
    """An actor's name where it stands after the verb: a phrase that names no one, read from the
    start of a sentence or headline ("Two men", "The victims"), loses the capital it had there."""
    first, _, rest = actor.name.partition(" ")
    if actor.kind == "group" and rest and first.lower() in _PHRASE_OPENERS and first[1:].islower():
        return first.lower() + " " + rest
    return actor.name


_PHRASE_OPENERS = frozenset(
    {"the", "a", "an", "some", "many", "several", "dozens", "hundreds", "thousands", "all", "both", "most"}
    | set(quantity_words.NUMBER_WORDS)
)


def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _actors(digest: Digest, event: Event, role: str) -> list[Actor]:
    found: list[Actor] = []
    for participant in event.participants:
        actor = digest.actor(participant.actor)
        if participant.role == role and actor is not None and actor.name not in [a.name for a in found]:
            found.append(actor)
    return found


def event_summary(digest: Digest, event: Event) -> str:
    """A readable line for a calendar: "Sergei Lukashevich meets Sher Mohammad Abbas Stanikzai in Kabul".

    Agents are the subject and the verb agrees with them; targets are the object, other
    participants follow "with", the place follows "in" (each as :data:`VERB_PHRASES` says for the
    type). Without an agent, the targets of what is done to them read as a headline does ("Tim
    Burchett detained", :data:`PASSIVES`), others as "Meet: <the others>"; without any
    participant "Meet (“met”)" with the trigger. Negative events say "does not", planned and hypothetical
    ones say so in brackets. Runs of white space (line breaks in a name) become one space.
    (:func:`newskit.timeline.event_title` is the terse form for the terminal.)
    """
    agents = _actors(digest, event, "agent")
    subject = [a.name for a in agents]
    targets = [_object_name(a) for a in _actors(digest, event, "target") if a.name not in subject]
    others = [a.name for a in _actors(digest, event, "participant") if a.name not in subject + targets]
    place = digest.actor(event.location) if event.location else None
    phrase = _phrase(event)
    if agents:
        singular = len(agents) == 1 and not _plural(agents[0])
        line = f"{_and(subject)} {_predicate(phrase, event.polarity == 'negative', singular)}"
        if targets:
            line += " " + " ".join(word for word in (phrase.before_object, _and(targets)) if word)
        if others:
            line += f" with {_and(others)}"
    elif targets and event.type in PASSIVES:
        negation = "not " if event.polarity == "negative" else ""
        line = f"{_and(targets)} {negation}{PASSIVES[event.type]}"
        line = line[:1].upper() + line[1:]  # "Two men charged", though "charges two men"
        if others:
            line += f" with {_and(others)}"
    else:
        predicate = event.type.replace("_", " ").strip() or "event"
        if event.polarity == "negative":
            predicate = f"not {predicate}"
        predicate = predicate[0].upper() + predicate[1:]
        names = targets + others
        line = f"{predicate}: {_and(names)}" if names else f"{predicate} (“{event.trigger.text}”)"
    if place is not None and place.name not in subject + targets + others:
        # The place is the object ("visits Kabul") only when nothing else is.
        before = phrase.before_place if agents and not targets else phrase.before_place or "in"
        line += " " + " ".join(word for word in (before, place.name) if word)
    if event.modality in {"planned", "hypothetical"}:
        line += f" ({event.modality})"
    return " ".join(_clean(line).split())  # one line, whatever spacing the names have


def event_uid(digest: Digest, article: str, event: Event) -> str:
    """The event's UID, the same on every run: ``<20 hex digits of a SHA-1>@newskit``."""
    key = "\x1f".join([digest.document or "", article, event.id, str(event.trigger.start), str(event.trigger.end)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20] + "@newskit"


def _clean(text: str) -> str:
    """Text an iCalendar TEXT value may hold: line breaks as ``\\n``, other control characters dropped."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _dtstamp(digest: Digest) -> dt.datetime:
    if digest.published is None:
        return EPOCH
    return dt.datetime.combine(digest.published, dt.time(), tzinfo=dt.UTC)


def _vevent(digest: Digest, event: Event, first: dt.date, uid: str) -> icalendar.Event:
    last = max(event.date_end or first, first)  # an end before the start is read as a one-day event
    try:
        end = last + dt.timedelta(days=1)
    except OverflowError:
        raise ExportError(f"event {event.id} ends on {last}, too late for a calendar") from None
    vevent = icalendar.Event()
    vevent.add("uid", uid)
    vevent.add("dtstamp", _dtstamp(digest))
    vevent.add("dtstart", first)
    vevent.add("dtend", end)
    vevent.add("summary", event_summary(digest, event))
    vevent.add("description", _clean(event.sentence.text))
    vevent.add("categories", [_clean(event.type)])
    place = digest.actor(event.location) if event.location else None
    if place is not None:
        vevent.add("location", _clean(place.name))
    vevent.add("transp", "TRANSPARENT")
    return vevent


def _calendar_name(options: ExportOptions, documents: set[str | None]) -> str:
    """One line: calendar apps show it as a title, and icalendar does not escape breaks in X- properties."""
    name = " ".join(_clean(options.parameter("name") or "").split())
    if name:
        return name
    if len(documents) == 1 and None not in documents:
        document = " ".join(_clean(next(iter(documents)) or "").split())
        if document:
            return f"{document} — newskit timeline"
    return "newskit timeline"


def _version() -> str:
    from newskit import __version__

    return __version__


def write(digests: Iterable[Digest], stream: BinaryIO, options: ExportOptions) -> None:
    """Write one calendar with a VEVENT per dated event of every digest, in date order."""
    found: list[tuple[dt.date, int, icalendar.Event]] = []
    seen: set[str] = set()
    documents: set[str | None] = set()
    undated = 0
    for digest in digests:
        documents.add(digest.document)
        for article, event in timeline_events(digest):
            if event.date_start is None:
                undated += 1
                continue
            uid = base = event_uid(digest, article, event)
            copy = 1
            while uid in seen:  # two inputs with the same document id: keep UIDs unique, still stable
                copy += 1
                uid = base.replace("@", f"-{copy}@")
            seen.add(uid)
            found.append((event.date_start, len(found), _vevent(digest, event, event.date_start, uid)))
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//newskit//newskit {_version()}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _calendar_name(options, documents))
    for _, _, vevent in sorted(found, key=lambda item: (item[0], item[1])):
        calendar.add_component(vevent)
    stream.write(calendar.to_ical())
    if undated:
        s = "" if undated == 1 else "s"
        warnings.warn(f"{undated} undated event{s} left out of the calendar", NewskitWarning, stacklevel=2)


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Offer the ``ics`` format."""
    register(
        Exporter(
            name="ics",
            extension="ics",
            media_type="text/calendar",
            write=write,
            description="an iCalendar timeline: one all-day event per dated event (undated ones left out)",
        )
    )
