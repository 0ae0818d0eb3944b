"""A small lookup index over actor mentions: which actor is at a span, which came last, whom a pronoun means.

Built from :attr:`Digest.actors` alone, so the quote and event extractors work with whatever
the actor extractor found (or with actors built by hand in tests).
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from newskit.models import Actor

__all__ = ["NO_SPANS", "PRONOUN_KINDS", "ActorIndex", "Ref", "SpanSet"]

#: Pronouns that stand for the last person, or the last group or organisation, mentioned.
PRONOUN_KINDS: Final[dict[str, tuple[str, ...]]] = {
    "he": ("person",),
    "she": ("person",),
    "him": ("person",),
    "her": ("person",),
    "his": ("person",),
    "they": ("group", "organization"),
    "them": ("group", "organization"),
    "their": ("group", "organization"),
    "it": ("organization",),  # "Redline Homes said it had cooperated"
    "its": ("organization",),
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
        if not self.spans:
            return False
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._reach[i]

    def __len__(self) -> int:
        return len(self.spans)


#: The empty span set.
NO_SPANS: Final = SpanSet()


class Ref(NamedTuple):
    """One actor mention: where, whose, and what kind of actor (a named tuple: built for every mention)."""

    start: int
    end: int
    actor: str
    kind: str


_START: Final = operator.itemgetter(0)
_END: Final = operator.itemgetter(1)


class ActorIndex:
    """Actor mentions sorted by position, with the look-ups the extractors need."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        actors = list(actors)
        new = tuple.__new__
        refs = [new(Ref, (m.start, m.end, a.id, a.kind)) for a in actors for m in a.mentions]
        refs.sort(key=_END, reverse=True)  # by end, longest first, then (stable) by start:
        refs.sort(key=_START)  # the order of (start, -end), with no Python key function
        self.refs: list[Ref] = refs
        self._starts = [r.start for r in refs]
        ends = [r.end for r in refs]
        self._longest = max(map(operator.sub, ends, self._starts), default=0)
        self._reach = list(itertools.accumulate(ends, max))  # the furthest end among the mentions up to each one
        self._kind_lists: dict[str, tuple[list[int], list[int]]] | None = None  # built when first asked
        self._actors = actors
        self._names: dict[str, frozenset[str]] | None = None
        self.kinds: dict[str, str] = {a.id: a.kind for a in actors}
        self.affiliations: dict[str, frozenset[str]] = {a.id: frozenset(a.affiliations) for a in actors}

    @property
    def longest(self) -> int:
        """The length of the longest mention, in characters."""
        return self._longest

    @property
    def names(self) -> dict[str, frozenset[str]]:
        """Each actor's name and aliases in lower case."""
        if self._names is None:
            self._names = {a.id: frozenset(n.lower() for n in (a.name, *a.aliases)) for a in self._actors}
        return self._names

    def _of_kind(self) -> dict[str, tuple[list[int], list[int]]]:
        """For each kind, the positions in ``refs`` of its mentions and their starts (for :meth:`last_before`)."""
        if self._kind_lists is None:
            self._kind_lists = {}
            for n, r in enumerate(self.refs):
                positions, starts = self._kind_lists.setdefault(r.kind, ([], []))
                positions.append(n)
                starts.append(r.start)
        return self._kind_lists

    def overlapping(self, start: int, end: int) -> list[Ref]:
        """Mentions that overlap ``[start, end)``, in text order."""
        hi = bisect.bisect_left(self._starts, end)
        if hi == 0 or self._reach[hi - 1] <= start:
            return []  # most words are in no mention: one bisection says so
        lo = bisect.bisect_left(self._starts, start - self._longest, 0, hi)
        return [r for r in self.refs[lo:hi] if r.end > start]

    def at(self, start: int, end: int) -> Ref | None:
        """The mention that overlaps ``[start, end)`` most (the longer, more specific one on a tie), or None."""
        found = self.overlapping(start, end)
        if len(found) < 2:
            return found[0] if found else None
        best: Ref | None = None
        best_key = (0, 0)
        for r in found:
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
        lists: list[tuple[Sequence[int], list[int]]]
        if kinds:
            of_kind = self._of_kind()
            lists = [of_kind[k] for k in dict.fromkeys(kinds) if k in of_kind]
        else:
            lists = [(range(len(self.refs)), self._starts)]
        refs, longest = self.refs, self._longest
        best: Ref | None = None
        best_key = (0, 0, 0)
        # walk back from ``pos``: a mention that starts further back than the longest mention reaches from
        # the best one's end cannot end later, so the walk stops there (not at the start of the article)
        for positions, starts in lists:
            lo = bisect.bisect_left(starts, floor)
            for i in range(bisect.bisect_left(starts, pos) - 1, lo - 1, -1):
                n = positions[i]
                r = refs[n]
                if best is not None and r.start + longest < best.end:
                    break
                if r.end > pos or skip.covers(r.start) or r.actor in exclude:
                    continue
                key = (r.end, r.start, -n)  # the last to end, then the last to start, then the first listed
                if best is None or key > best_key:
                    best, best_key = r, key
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
