"""Quotes — quotations in straight or curly marks, with their speakers.

:func:`find_quotes` is the pure core: given a digest (its actors) and one of its articles, it
returns the article's quotations. A quotation runs from its opening mark to its closing mark,
across sentences; one left open runs to the end of its paragraph. Short quoted phrases
("“political and economic” cooperation") are ``kind="fragment"``, quoted statements
``kind="full"``.

The speaker is found the way a reader finds it: after the quote ("“…,” the letter said",
"“…,” said Ms Luna"), or before it, as the subject of the reporting verb that introduces it
("she stated, “…”", "Trump stated … that the government is “…”"), or, a quotation going on
right after another's attribution ("“…,” Hill said. “…”"), that one's speaker. Pronouns stand for
the last person or group mentioned. British copy's statements in single quotes after a colon
("said: 'This was a fraud.'") are read too. A document ("the letter") speaks for its authors when the article
names them ("In an open letter, X …"), else the speaker is None.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from typing import Final

import attrs

from newskit.data import reporting_verbs
from newskit.data import roles as lex
from newskit.extract._actorindex import ActorIndex, SpanSet
from newskit.extract._clause import (
    PREPOSITIONS,
    Token,
    actor_index,
    find_subject,
    runs_on_into_a_title,
    sentence_subject_resolver,
    tokenize,
)
from newskit.extract._inflect import verb_forms
from newskit.extract._lastread import LastRead
from newskit.models import Article, Digest, Quote, Span

__all__ = ["add_quotes", "find_quotes", "quote_spans"]

_PAIRS: Final = (("“", "”"), ("«", "»"), ("„", "“"))
_CLOSE_OF: Final = {**dict(_PAIRS), '"': '"'}  # opening mark -> the mark that closes it
_OPENING: Final = re.compile("[" + "".join(_CLOSE_OF) + "]")
_SINGLE: Final = re.compile(r"(?<![\w’'])‘(?=\w)([^‘’\n]{1,80}?)(?<=[\w.!?,])’(?!\w)")
#: A statement in single quotes after a colon, as British copy writes it ("said: 'This was a fraud.'"):
#: an apostrophe inside a word ("didn't") does not end it; the closing mark follows . ! or ?.
_SINGLE_STATEMENT: Final = re.compile(r"(?<=:\s)['‘](?=[A-Z0-9])(?:[^'‘’\n]|(?<=\w)['’](?=\w)){3,600}?[.!?]['’](?!\w)")
#: A statement in straight single quotes that opens a sentence and ends with its mark before the
#: closing one, as British copy writes it ("'We are ready,' said Moss."); an apostrophe inside a word
#: ("didn't") does not end it, and the closing mark is followed by a space or the end.
_SINGLE_STRAIGHT: Final = re.compile(
    r"(?:(?<=^)|(?<=[\s(]))'(?=[A-Z0-9])(?:[^'\n]|(?<=\w)'(?=\w)){3,600}?[,.!?]'(?=\s|\Z)", re.MULTILINE
)
_FRAGMENT_WORDS: Final = 6
_LOOK_BACK: Final = 400  # characters read before a quote for its reporting verb
_LOOK_AHEAD: Final = 200  # characters read after a quote for "…,” she said"
_CLOSING: Final = frozenset('”"’»“')
_PRONOUNS: Final = {"he", "she", "they"}


@functools.lru_cache(maxsize=4)
def _verbs(key: tuple[str, ...]) -> frozenset[str]:
    forms: set[str] = set()
    for lemma in key:
        forms |= verb_forms(lemma, reporting_verbs.IRREGULAR_FORMS.get(lemma, ()))
    return frozenset(f.split(" ")[0] for f in forms)


def _reporting_forms() -> frozenset[str]:
    """The forms of the reporting verbs, as the set stands now (it can be extended): the set is compared, as it
    is, with what the last call read, and sorted into a cache key only when it differs (it is asked per quote)."""
    verbs = tuple(reporting_verbs.REPORTING_VERBS)
    return _FORMS.get(verbs, lambda: _verbs(tuple(sorted(verbs))))


_FORMS: Final[LastRead[tuple[str, ...], frozenset[str]]] = LastRead()


def _single_patterns(text: str, start: int, end: int) -> list[re.Pattern[str]]:
    """The single-quote patterns that can match in ``text[start:end]``, in the order they are tried.

    Each needs a mark that ``str.find`` looks for much faster than the pattern itself, whose opening
    look-behind is tried at every character: an opening ‘ for a quoted phrase, and a colon (at most two
    characters before the region) and a quote mark for a statement, a comma or stop before a
    straight single mark for a statement in straight quotes.
    """
    patterns = []
    quote_mark = text.find("‘", start, end) != -1
    if (quote_mark or text.find("'", start, end) != -1) and text.find(":", max(0, start - 2), end) != -1:
        patterns.append(_SINGLE_STATEMENT)
    if quote_mark:
        patterns.append(_SINGLE)
    if text.find(",'", start, end) != -1 or text.find(".'", start, end) != -1:
        patterns.append(_SINGLE_STRAIGHT)
    return patterns


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where quotations lie in ``text[start:end]``: (start, end) pairs, marks included, in text order."""
    found: list[tuple[int, int]] = []
    i = start
    while (opening := _OPENING.search(text, i, end)) is not None:
        i = opening.start()
        j = text.find(_CLOSE_OF[text[i]], i + 1, end)
        stop = j + 1 if j != -1 else end
        found.append((i, stop))
        i = stop
    # the double quotations are in order and do not overlap: one bisection tells if a single one is inside
    starts = [s for s, _ in found]
    doubles = list(found)
    statements: list[tuple[int, int]] = []  # single-quoted statements, in order, not overlapping
    for pattern in _single_patterns(text, start, end):
        taken = [s for s, _ in statements]
        for m in pattern.finditer(text, start, end):
            k = bisect.bisect_right(starts, m.start()) - 1
            t = bisect.bisect_right(taken, m.start()) - 1
            if (k < 0 or m.start() >= doubles[k][1]) and (t < 0 or m.start() >= statements[t][1]):
                found.append((m.start(), m.end()))
                if pattern is _SINGLE_STATEMENT:
                    statements.append((m.start(), m.end()))
    # trailing whitespace of a quote left open at a paragraph's end is not part of it
    out = []
    for s, e in sorted(found):
        while e > s + 1 and text[e - 1].isspace():
            e -= 1
        if e - s > 2:
            out.append((s, e))
    return out


def _kind(text: str) -> str:
    inner = text.strip('"“”‘’«»„ ')
    words = inner.split()
    if len(words) <= 3:
        return "fragment"
    if len(words) <= _FRAGMENT_WORDS and inner[:1].islower():
        return "fragment"
    return "full"


def _regions(article: Article) -> list[Span]:
    """The title, and the paragraphs the article reads (a summary the body repeats is left out)."""
    regions = [article.title] if article.title is not None else []
    starts = sorted(s.start for s in article.sentences)
    for paragraph in article.paragraphs:
        i = bisect.bisect_left(starts, paragraph.start)
        if i < len(starts) and starts[i] < paragraph.end:
            regions.append(paragraph)
    return regions


# The sentence bounds of the article read last (one entry): every quote of an article asks for them.
_last_bounds: list[tuple[Article, list[tuple[int, int]], list[int], bool]] = []


def _sentence_bounds(article: Article) -> tuple[list[tuple[int, int]], list[int], bool]:
    """The article's sentences as (start, end) pairs, their starts, and whether they are in text order
    without overlapping: built once per article, not once per quote (an article of thousands of quotes
    would otherwise be quadratic)."""
    entry = _last_bounds[0] if _last_bounds else None  # read once: another thread may replace it
    if entry is None or entry[0] is not article:
        bounds = [(s.start, s.end) for s in article.sentences]
        ordered = all(a[1] <= b[0] for a, b in itertools.pairwise(bounds))
        entry = (article, bounds, [start for start, _ in bounds], ordered)
        _last_bounds[:] = [entry]
    return entry[1], entry[2], entry[3]


def _sentence_at(article: Article, pos: int) -> Span | None:
    _, starts, ordered = _sentence_bounds(article)
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and pos < article.sentences[i].end:
        return article.sentences[i]
    if ordered:
        return None  # in order and apart: no other sentence can hold it
    return next((s for s in article.sentences if s.start <= pos < s.end), None)


@functools.lru_cache(maxsize=64)
def _authors_cached(
    text: str, start: int, end: int, noun: str, index: ActorIndex, skip: SpanSet
) -> tuple[tuple[int, str | None], ...]:
    """Where in ``text[start:end]`` a document noun's authors are named, and who they are, in text order.

    Cached per article (a str caches its hash; the index and span set are hashed by identity).
    """
    pattern = re.compile(
        rf"\b[Ii]n\s+(?:a|an|the|its|their|his|her)\s+(?:\w+\s+){{0,2}}{re.escape(noun)}\b[^,.]{{0,40}},\s*"
        rf"|(?P<owner>\S+)['’]s\s+(?:\w+\s+){{0,2}}{re.escape(noun)}\b",
    )
    found: list[tuple[int, str | None]] = []
    for m in pattern.finditer(text, start, end):
        if m.group("owner") is not None:
            ref = index.at(m.start("owner"), m.end("owner"))
            if ref is not None:
                found.append((m.end(), ref.actor))
            continue
        for tok in tokenize(text, m.end(), min(m.end() + 80, end))[:7]:
            ref = index.at(tok.start, tok.end)
            if ref is not None and not skip.covers(ref.start):
                found.append((m.end(), ref.actor))
                break
            if tok.low in _PRONOUNS:
                found.append((m.end(), index.resolve_pronoun(tok.low, tok.start, start, skip)))
                break
    return tuple(found)


def _document_authors(
    digest: Digest, article: Article, noun: str, before: int, index: ActorIndex, skip: SpanSet
) -> str | None:
    """The authors of "the letter" when the article names them ("In an open letter, X …", "X's letter")."""
    found = _authors_cached(digest.text, article.start, article.end, noun, index, skip)
    named = [actor for end, actor in found if end <= before]
    return named[0] if named else None


def _subject_speaker(
    digest: Digest,
    article: Article,
    tokens: Sequence[Token],
    verb: int,
    index: ActorIndex,
    skip: SpanSet,
) -> tuple[bool, str | None]:
    """(found, speaker) for the reporting verb at token ``verb``: its subject, or a document's authors."""
    if verb > 1 and tokens[verb - 1].low == "as":
        ref = index.at(tokens[verb - 2].start, tokens[verb - 2].end)  # "quoted Djamal as saying"
        if ref is not None:
            return True, ref.actor
    sentences, starts, ordered = _sentence_bounds(article)
    resolve = sentence_subject_resolver(digest.text, sentences, index, article.start, skip, starts if ordered else None)
    subject = find_subject(tokens, verb, index, article_start=article.start, skip=skip, resolve=resolve)
    if subject.actors:
        return True, subject.actors[0]
    for k in range(verb - 1, max(-1, verb - 4), -1):
        noun = tokens[k].low
        if noun in reporting_verbs.DOCUMENT_NOUNS:
            return True, _document_authors(digest, article, noun, tokens[k].start, index, skip)
    return subject.found, None


def _abbreviated(tok: Token) -> bool:
    """Whether a full stop after ``tok`` belongs to it: an initial or an abbreviation ("Dr.", "Jr.", "U.S.")."""
    return (len(tok.text) == 1 and tok.text.isupper()) or tok.low in lex.ABBREVIATIONS or "." in tok.text  # "U.S"


#: Tokens after a quotation within which its reporting verb stands: the speaker and an apposition
#: ("…,” Dr. Samuel Achieng, the WHO representative in Malindo, said").
_AFTER_REACH: Final = 16


def _speaker_after(
    digest: Digest, article: Article, q_end: int, limit: int, index: ActorIndex, skip: SpanSet
) -> tuple[bool, str | None]:
    """The speaker named right after a quotation: "…,” the letter said" or "…,” said Ms Luna"."""
    text = digest.text
    if not re.search(r"[,!?]\s*\S?\Z", text[max(0, q_end - 3) : q_end]) and not text[q_end:limit].lstrip().startswith(
        ","
    ):
        return False, None
    tokens = tokenize(text, q_end, limit)
    forms = _reporting_forms()
    for i, tok in enumerate(tokens[:_AFTER_REACH]):
        if tok.text in {".", "“", '"', ";"} or tok.low in {"and", "that", "but"}:
            if tok.text == "." and i and _abbreviated(tokens[i - 1]):
                continue  # "Dr. Samuel Achieng": the stop of an abbreviation
            return False, None
        if tok.low in forms:
            if i == 0 or all(not t.text[0].isalnum() for t in tokens[:i]):
                # "…,” said Ms Luna" — the speaker follows the verb
                following = tokens[i + 1 : i + 9]
                for k, after in enumerate(following):
                    ref = index.at(after.start, after.end)
                    if ref is not None:
                        if ref.kind != "person" and runs_on_into_a_title(following, k, ref):
                            continue  # "said Omani Foreign Minister Badr Albusaidi": the title's country
                        return True, ref.actor
                    if after.low in _PRONOUNS:
                        return True, index.resolve_pronoun(after.low, after.start, article.start, skip)
                return False, None
            return _subject_speaker(digest, article, tokens, i, index, skip)
    return False, None


def _speaker_before(
    digest: Digest, article: Article, q_start: int, index: ActorIndex, skip: SpanSet
) -> tuple[bool, str | None]:
    """The speaker named before a quotation: the subject of the last reporting verb in its sentence."""
    sentence = _sentence_at(article, q_start)
    if sentence is None:
        return False, None
    return _reporting_subject(digest, article, sentence, q_start, index, skip)


def _reporting_subject(
    digest: Digest, article: Article, sentence: Span, end: int, index: ActorIndex, skip: SpanSet
) -> tuple[bool, str | None]:
    """(found, speaker): the subject of the last reporting verb of ``sentence`` before ``end``."""
    text = digest.text
    tokens = tokenize(text, max(sentence.start, end - _LOOK_BACK), end)
    forms = _reporting_forms()
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        if skip.covers(tok.start):
            continue
        if tok.low == "according" and i + 2 < len(tokens) and tokens[i + 1].low == "to":
            ref = index.at(tokens[i + 2].start, tokens[i + 2].end) or (
                index.at(tokens[i + 3].start, tokens[i + 3].end) if i + 3 < len(tokens) else None
            )
            return (ref is not None), (ref.actor if ref is not None else None)
        if tok.low in forms and tok.text[0].islower():
            found, speaker = _subject_speaker(digest, article, tokens, i, index, skip)
            if not found and tok.low.endswith("ing") and i > 0 and tokens[i - 1].text == ",":
                # "Kindiki defended the police, saying officers had acted “with restraint”": the one
                # the sentence opens with says it
                opening = _opening_actor(text, sentence, index)
                if opening is not None:
                    return True, opening
            if found or i == 0 or tokens[i - 1].low not in {"and", "but", ","}:
                return found, speaker
            # "He condemned … and insisted that …", "X denied it, telling reporters …": the verb before
    return False, None


def _opening_actor(text: str, sentence: Span, index: ActorIndex) -> str | None:
    """The person or organization a sentence opens with (within its first words), or None. A phrase
    that opens the sentence before a comma ("Speaking to broadcaster NRK on Wednesday, Roos
    condemned …", "In Kabul, the ministry said …") is read past: its actors are no subject."""
    tokens = tokenize(text, sentence.start, min(sentence.end, sentence.start + 160))
    if tokens and (tokens[0].low in PREPOSITIONS or tokens[0].low.endswith("ing")):
        comma = next((i for i, t in enumerate(tokens[:14]) if t.text == ","), None)
        if comma is not None:
            tokens = tokens[comma + 1 :]
    for tok in tokens[:8]:
        ref = index.at(tok.start, tok.end)
        if ref is not None and index.kinds.get(ref.actor) in ("person", "organization", "group"):
            return ref.actor
    return None


def _speaker_of_the_sentence_before(
    digest: Digest, article: Article, q_start: int, q_end: int, region: Span, index: ActorIndex, skip: SpanSet
) -> str | None:
    """The speaker of a quotation that is a sentence of its own, with no attribution, right after a
    sentence in the same paragraph whose reporting verb has a named subject: "Lopez spoke after
    the vote. “This is a historic day.”" is Lopez's."""
    text = digest.text
    sentence = _sentence_at(article, q_start)
    if sentence is None or text[sentence.start : q_start].strip() or text[q_end : sentence.end].strip():
        return None  # words of the sentence stand outside the quotation
    _, starts, _ = _sentence_bounds(article)
    i = bisect.bisect_left(starts, sentence.start) - 1
    before = article.sentences[i] if i >= 0 else None
    if before is None or before.start < region.start or before.end > sentence.start:
        return None
    found, speaker = _reporting_subject(digest, article, before, before.end, index, skip)
    return speaker if found else None


#: How long the attribution between two quotations of one speaker may be ("Hill said.").
_FOLLOW_ON_GAP: Final = 80


def _attribution_only(gap: str) -> bool:
    """Whether what stands between two quotations is no more than the first one's attribution
    ("Hill said."): short, ending a sentence, and opening no other quotation."""
    return (
        len(gap) <= _FOLLOW_ON_GAP
        and gap.rstrip()[-1:] in (".", "!", "?", ":")
        and not any(c in _CLOSE_OF or c in _CLOSING for c in gap)
    )


def _continues_the_paragraph_before(previous: Quote, q_start: int, q_end: int, region: Span, text: str) -> bool:
    """Whether a quotation that is a whole paragraph goes on from the quotation that ended the
    paragraph before, with only its attribution after it ("“…,” she said." then "“We believe …”"):
    news writes a speaker's next paragraph so."""
    return (
        previous.speaker is not None
        and previous.end <= region.start
        and not text[region.start : q_start].strip()
        and not text[q_end : region.end].strip()
        and _attribution_only(text[previous.end : region.start])
    )


def _follows_on(previous: Quote, q_start: int, q_end: int, region: Span, text: str) -> bool:
    """Whether a quotation without its own attribution goes on from the one just before it in the
    same paragraph, separated by no more than that one's attribution; one that ends with a comma
    or is followed by a lower-case word ("“…,” enthused Scott Fancher") has an attribution of its
    own that was not understood."""
    after = text[q_end : q_end + 3].lstrip(" ")
    return (
        previous.speaker is not None
        and text[q_end - 2 : q_end - 1] in (".", "!", "?")
        and not after[:1].islower()
        and previous.start >= region.start
        and _attribution_only(text[previous.end : q_start])
    )


def find_quotes(digest: Digest, article: Article, *, index: ActorIndex | None = None) -> tuple[Quote, ...]:
    """The quotations of one article of ``digest``, in text order, with speakers as actor ids."""
    index = index if index is not None else ActorIndex(digest.actors)
    text = digest.text
    spans: list[tuple[int, int, Span]] = []
    for region in _regions(article):
        spans.extend((s, e, region) for s, e in quote_spans(text, region.start, region.end))
    skip = SpanSet((s, e) for s, e, _ in spans)
    out: list[Quote] = []
    left_open: Quote | None = None  # a quote that ran to the end of its paragraph
    for q_start, q_end, region in spans:
        limit = min(region.end, q_end + _LOOK_AHEAD)
        found, speaker = _speaker_after(digest, article, q_end, limit, index, skip)
        if not found:
            found, speaker = _speaker_before(digest, article, q_start, index, skip)
        if not found and left_open is not None and not text[region.start : q_start].strip():
            speaker = left_open.speaker  # a quotation carried on into the next paragraph
        elif not found and out and _follows_on(out[-1], q_start, q_end, region, text):
            speaker = out[-1].speaker  # "“We will build it,” Hill said. “It is long overdue.”"
        elif not found and out and _continues_the_paragraph_before(out[-1], q_start, q_end, region, text):
            speaker = out[-1].speaker  # a paragraph of quotation alone, after one that ended with the speaker's
        elif not found:
            speaker = _speaker_of_the_sentence_before(digest, article, q_start, q_end, region, index, skip)
        closed = text[q_end - 1] in _CLOSING
        quote_text = text[q_start:q_end]
        quote = Quote(start=q_start, end=q_end, text=quote_text, speaker=speaker, kind=_kind(quote_text))
        out.append(quote)
        left_open = None if closed else quote
    return tuple(out)


def add_quotes(digest: Digest) -> Digest:
    """The digest with the quotations of every article."""
    index = actor_index(digest.actors)
    articles = [attrs.evolve(a, quotes=find_quotes(digest, a, index=index)) for a in digest.articles]
    return attrs.evolve(digest, articles=articles)
