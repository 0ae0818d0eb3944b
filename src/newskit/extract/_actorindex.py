"""A small lookup index over actor mentions: which actor is at a span, which came last, whom a pronoun means.

Built from :attr:`Digest.actors` alone, so the quote and event extractors work with whatever
the actor extractor found (or with actors built by hand in tests).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs

from newskit.models import Actor

__all__ = ["NO_SPANS", "PRONOUN_KINDS", "ActorIndex", "Ref", "SpanSet"]

#: Pronouns that stand for the last person, or the last group or organisation, mentioned.
PRONOUN_KINDS: dict[str, tuple[str, ...]] = {
    "he": ("person",),
    "she": ("person",),
    "him": ("person",),
    "her": ("person",),
    "his": ("person",),
    "they": ("group", "organization"),
    "them": ("group", "organization"),
    "their": ("group", "organization"),
}


class SpanSet:
    """A set of text spans (quotations) that answers "is this position inside one?" in logarithmic time."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans: list[tuple[int, int]] = sorted(spans)
        self._starts = [s for s, _ in self.spans]
        self._reach: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, end in self.spans:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` lies inside one of the spans."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._reach[i]

    def __len__(self) -> int:
        return len(self.spans)


#: The empty span set.
NO_SPANS = SpanSet()


@attrs.frozen
class Ref:
    """One actor mention: where, whose, and what kind of actor."""

    start: int
    end: int
    actor: str
    kind: str


class ActorIndex:
    """Actor mentions sorted by position, with the look-ups the extractors need."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        refs = [Ref(m.start, m.end, a.id, a.kind) for a in actors for m in a.mentions]
        refs.sort(key=lambda r: (r.start, -r.end))
        self.refs: list[Ref] = refs
        self._starts = [r.start for r in refs]
        self._longest = max((r.end - r.start for r in refs), default=0)
        self.kinds: dict[str, str] = {}
        self.affiliations: dict[str, frozenset[str]] = {}
        self.names: dict[str, frozenset[str]] = {}
        for actor in actors:
            self.kinds[actor.id] = actor.kind
            self.affiliations[actor.id] = frozenset(actor.affiliations)
            self.names[actor.id] = frozenset(n.lower() for n in (actor.name, *actor.aliases))

    def overlapping(self, start: int, end: int) -> list[Ref]:
        """Mentions that overlap ``[start, end)``, in text order."""
        hi = bisect.bisect_left(self._starts, end)
        lo = bisect.bisect_left(self._starts, start - self._longest)
        return [r for r in self.refs[lo:hi] if r.end > start]

    def at(self, start: int, end: int) -> Ref | None:
        """The mention that overlaps ``[start, end)`` most (the longer, more specific one on a tie), or None."""
        best: Ref | None = None
        best_key = (0, 0)
        for r in self.overlapping(start, end):
            key = (min(end, r.end) - max(start, r.start), r.end - r.start)
            if best is None or key > best_key:
                best, best_key = r, key
        return best

    def within(self, start: int, end: int) -> list[Ref]:
        """Mentions lying inside ``[start, end)``, outermost first when nested, in text order."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        out: list[Ref] = []
        for r in self.refs[lo:hi]:
            if r.end > end:
                continue
            if out and out[-1].start <= r.start and r.end <= out[-1].end:
                continue  # nested in the previous one
            out.append(r)
        return out

    def last_before(
        self,
        pos: int,
        floor: int,
        kinds: Sequence[str] = (),
        skip: SpanSet = NO_SPANS,
        exclude: frozenset[str] = frozenset(),
    ) -> Ref | None:
        """The mention ending last before ``pos`` (and after ``floor``), of one of ``kinds`` when given.

        :param skip: spans whose mentions do not count (quotations).
        :param exclude: actors not to return.
        """
        hi = bisect.bisect_left(self._starts, pos)
        lo = bisect.bisect_left(self._starts, floor)
        best: Ref | None = None
        for r in self.refs[lo:hi]:
            if r.start < floor or r.end > pos or (kinds and r.kind not in kinds):
                continue
            if skip.covers(r.start) or r.actor in exclude:
                continue
            if best is None or r.end > best.end or (r.end == best.end and r.start > best.start):
                best = r
        return best

    def resolve_pronoun(self, word: str, pos: int, floor: int, skip: SpanSet = NO_SPANS) -> str | None:
        """The actor a third-person pronoun at ``pos`` most likely means: the last person (he, she) or
        group or organisation (they) mentioned since ``floor``, or None."""
        kinds = PRONOUN_KINDS.get(word.lower())
        if kinds is None:
            return None
        if kinds == ("person",):
            ref = self.last_before(pos, floor, kinds, skip)
            return ref.actor if ref is not None else None
        group = self.last_before(pos, floor, ("group",), skip)
        org = self.last_before(pos, floor, ("organization",), skip)
        ref = max((r for r in (group, org) if r is not None), key=lambda r: r.end, default=None)
        return ref.actor if ref is not None else None

    def is_name(self, actor: str, surface: str) -> bool:
        """Whether ``surface`` is the actor's name or an alias (not a derived form such as "Belarusian")."""
        return surface.lower() in self.names.get(actor, frozenset())

    def related(self, actor: str) -> frozenset[str]:
        """The actor and the actors it belongs to or speaks for."""
        return frozenset({actor}) | self.affiliations.get(actor, frozenset())
