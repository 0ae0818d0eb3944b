"""The fast paths the events stage reads through give what the plain definitions give.

Tokens are built once per sentence from one pattern, and the actor index answers "which mention is
here" and "which came last" with bisections and walks that stop early; each is checked here against
a direct reading of its definition, on any text and any set of mentions. The gate that spares the
tokens of a sentence without a trigger word is checked to pass every sentence that has one.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.extract._actorindex import ActorIndex, Ref, SpanSet
from newskit.extract._clause import Token, tokenize
from newskit.extract.events import build_lexicon
from newskit.models import Actor, Mention

_WORD = re.compile(r"\w+(?:['’.\-]\w+)*|[^\w\s]")


def _plain_tokens(text: str, start: int, end: int) -> list[Token]:
    out = []
    for m in _WORD.finditer(text, start, end):
        plain = m.group().lower().replace("’", "'")
        possessive = plain.endswith("'s")
        low = plain[:-2] if possessive else plain
        out.append(
            Token(
                m.start(),
                m.end(),
                m.group(),
                low,
                possessive or plain in {"his", "her", "its", "their", "our", "my", "your"},
            )
        )
    return out


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab’'s.-, \n\tİ1Z")), max_size=60), st.data())
def test_tokens_are_the_words_of_the_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert tokenize(text, start, end) == _plain_tokens(text, start, end)


_KINDS = ("person", "organization", "place", "group", "product")


@st.composite
def _indexes(draw: st.DrawFn) -> tuple[ActorIndex, list[Ref]]:
    spans = draw(st.lists(st.tuples(st.integers(0, 80), st.integers(1, 6)), max_size=25))
    actors = []
    refs = []
    for n, (start, length) in enumerate(spans):
        kind = draw(st.sampled_from(_KINDS))
        actor = f"act{draw(st.integers(1, 5))}"
        mention = Mention(start=start, end=start + length, text="x" * length, article="art1")
        actors.append(Actor(id=f"{actor}-{n}", name=actor, kind=kind, mentions=[mention]))  # type: ignore[arg-type]
        refs.append(Ref(start, start + length, f"{actor}-{n}", kind))
    return ActorIndex(actors), refs


@settings(max_examples=300, deadline=None)
@given(_indexes(), st.integers(0, 90), st.integers(0, 90), st.lists(st.sampled_from(_KINDS), max_size=2), st.data())
def test_last_before_is_the_mention_that_ends_last(
    built: tuple[ActorIndex, list[Ref]], pos: int, floor: int, kinds: list[str], data: st.DataObject
) -> None:
    index, _refs = built
    ids = [r.actor for r in index.refs]
    exclude = frozenset(data.draw(st.lists(st.sampled_from(ids), max_size=3)) if ids else [])
    skip = SpanSet([(10, 20)])
    plain = None
    for r in index.refs:  # the definition: the mention ending last (then starting last), the first listed on a tie
        if not (floor <= r.start < pos and r.end <= pos) or (kinds and r.kind not in kinds):
            continue
        if skip.covers(r.start) or r.actor in exclude:
            continue
        if plain is None or r.end > plain.end or (r.end == plain.end and r.start > plain.start):
            plain = r
    assert index.last_before(pos, floor, kinds, skip, exclude) == plain


@settings(max_examples=300, deadline=None)
@given(_indexes(), st.integers(0, 90), st.integers(1, 8))
def test_at_is_the_mention_that_overlaps_most(built: tuple[ActorIndex, list[Ref]], start: int, length: int) -> None:
    index, _refs = built
    end = start + length
    found = [r for r in index.refs if r.start < end and start < r.end]
    assert index.overlapping(start, end) == found
    best = None
    for r in found:
        key = (min(end, r.end) - max(start, r.start), r.end - r.start)
        if best is None or key > best[0]:
            best = (key, r)
    assert index.at(start, end) == (best[1] if best else None)


@settings(max_examples=300, deadline=None)
@given(_indexes(), st.text(alphabet=st.sampled_from(list("ab ,.-")), min_size=1, max_size=90), st.data())
def test_token_refs_are_the_mentions_at_each_token(
    built: tuple[ActorIndex, list[Ref]], text: str, data: st.DataObject
) -> None:
    from newskit.extract.event_reader import _token_refs

    index, _refs = built
    start = data.draw(st.integers(0, len(text)))
    tokens = tokenize(text, start, len(text))
    assert _token_refs(tokens, index) == [index.at(t.start, t.end) for t in tokens]


_GATE_PIECES = [
    *("visit", "Visit", "VISITS", "\u212aill", "kill", "killed", "sit-in", "sit", "-in", "co-operate", "co"),
    *("’s", "'s", "'", "’", ".", "-", "--", " ", ", ", "İ", "ſ", "ΟΔΟΣ", ":", "x", "re", "met", "1", "_"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GATE_PIECES), max_size=10).map("".join), st.data())
def test_the_trigger_gate_misses_no_token_that_starts_a_trigger(text: str, data: st.DataObject) -> None:
    lexicon = build_lexicon()
    assert lexicon.gate is not None
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if any(tok.low in lexicon.entries for tok in tokenize(text, start, end)):
        assert lexicon.may_trigger(text, start, end)
