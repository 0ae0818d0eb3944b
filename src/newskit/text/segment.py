"""Split input text into articles, paragraphs and sentences, keeping offsets into the original text.

The reader never copies or rewrites the input: CRLF, curly quotes and odd whitespace stay as they
are, and every boundary is an index into the text the caller gave.

How a digest is split (``split=None``): blocks of lines are separated by blank lines. Two or
more blank lines always start a new article. One blank line starts a new article only where the
text already breaks paragraphs with single newlines (a block of several paragraph lines); in text
that puts a blank line between every paragraph it is a paragraph break. A headline stays with the
text under it, and a summary stays with the body that repeats it. ``split=True`` lets every
blank-line boundary start an article (with the same exceptions); ``split=False`` reads the whole
text as one article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

import attrs

from newskit.data import lexicon
from newskit.models import Span

__all__ = ["ArticleLayout", "dateline_end", "layout_articles", "split_sentences"]

_LINE: Final = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")
_TERMINAL: Final = re.compile(r"[.!?…][\"'”’)\]]*\s*\Z")
_WORD: Final = re.compile(r"\w+", re.UNICODE)


@attrs.frozen
class _Line:
    start: int
    end: int  # without the line break
    blank: bool


@attrs.frozen
class _Block:
    lines: tuple[_Line, ...]
    gap: int  # blank lines before the block

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


@attrs.frozen(kw_only=True)
class ArticleLayout:
    """Where one article's parts lie, before any extraction.

    Attributes:
        start, end: the article's extent.
        title: the headline, when there is one.
        summary: the summary paragraph, when there is one.
        summary_repeated: True when the body repeats the summary word for word.
        paragraphs: the paragraphs below the headline, in order.
    """

    start: int
    end: int
    title: Span | None
    summary: Span | None
    summary_repeated: bool
    paragraphs: tuple[Span, ...]


def _lines(text: str) -> list[_Line]:
    lines = []
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        raw = match.group()
        body = raw.rstrip("\r\n")
        start = match.start()
        lstrip = len(body) - len(body.lstrip())
        stripped = body.strip()
        end = start + lstrip + len(stripped)
        lines.append(_Line(start=start + lstrip, end=end, blank=not stripped))
    return lines


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[_Line] = []
    gap = 0
    for line in _lines(text):
        if line.blank:
            if current:
                blocks.append(_Block(tuple(current), gap))
                current, gap = [], 0
            gap += 1
        else:
            current.append(line)
    if current:
        blocks.append(_Block(tuple(current), gap))
    return blocks


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _is_headline(text: str, block: _Block) -> bool:
    """A headline: one short line that does not end like a sentence."""
    if len(block.lines) != 1:
        return False
    line = text[block.start : block.end]
    # a line ending with a colon introduces what follows ("Here is what we know so far:")
    return 0 < len(line) <= 200 and len(line.split()) <= 25 and not _TERMINAL.search(line) and line[-1:] != ":"


_BYLINE: Final = re.compile(r"(?:By|BY|From|FROM)\s+[A-Z]")
_BYLINE_LINE_WORDS: Final = 12


def _in_capitals(text: str, block: _Block) -> bool:
    """Whether a block is written in capitals (a subhead, a standfirst slug)."""
    letters = [c for c in text[block.start : block.end] if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _is_byline(text: str, block: _Block) -> bool:
    """Whether a block is a byline: "By Helen Tarrant, Political Correspondent", "By A and B" over
    "Associated Press" — a few short lines, the first opening with "By", none ending a sentence."""
    return (
        len(block.lines) <= 3
        and _BYLINE.match(text, block.start) is not None
        and all(
            len(text[line.start : line.end].split()) <= _BYLINE_LINE_WORDS
            and not _TERMINAL.search(text[line.start : line.end])
            for line in block.lines
        )
    )


def _repeats(text: str, first: _Block, second: _Block) -> bool:
    """Whether ``second`` begins with the words of ``first`` (a summary repeated as the lede)."""
    a = _words(text[first.start : first.end])
    b = _words(text[second.start : second.end])
    return bool(a) and b[: len(a)] == a


#: Words a headline has at least, where a blank line also parts paragraphs: a shorter line between
#: paragraphs is a subheading inside the story ("Background", "What happens next").
_HEADLINE_WORDS: Final = 4


def _opens_story(text: str, previous: _Block, block: _Block, following: _Block | None) -> bool:
    """Whether ``block`` is the headline of a new story in a text whose paragraphs are all parted by
    blank lines (a digest of briefs): a headline after a paragraph that ends like a sentence, with a
    paragraph of its own below it."""
    if following is None or _is_headline(text, following) or not _is_headline(text, block):
        return False
    if len(text[block.start : block.end].split()) < _HEADLINE_WORDS:
        return False
    return _TERMINAL.search(text[previous.start : previous.end]) is not None


def _group(text: str, blocks: list[_Block], split: bool | None) -> list[list[_Block]]:
    if not blocks:
        return []
    if split is False:
        return [blocks]
    # Where single newlines already break paragraphs, a blank line is left to separate articles (a
    # byline over its agency, "By A and B\nAssociated Press", is no paragraph: its lines end no sentence)
    blank_lines_separate = split is True or any(
        len(block.lines) > 1 and not _is_wrapped(text, block) and not _is_byline(text, block) for block in blocks
    )
    groups: list[list[_Block]] = [[blocks[0]]]
    for i, (previous, block) in enumerate(pairwise(blocks), start=1):
        if block.gap >= 2 and split is None:
            new_article = True
        elif not blank_lines_separate:
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            new_article = split is None and _opens_story(text, previous, block, following)
        else:
            group = groups[-1]
            # a headline keeps what follows it, and so does a headline with its standfirst under it
            # (a second line that ends no sentence: "Starmer faces revolt …" over "Committee says …")
            headed = len(group) <= 2 and all(_is_headline(text, b) for b in group)
            # … or with a standfirst of one sentence, when the body follows, not the next headline
            headed = headed or (
                len(group) == 2
                and _is_headline(text, group[0])
                and len(group[1].lines) == 1
                and not _is_headline(text, block)
                and len(block.lines) > 1
            )
            new_article = not (headed or _repeats(text, previous, block))
        if new_article:
            groups.append([block])
        else:
            groups[-1].append(block)
    return groups


def _is_wrapped(text: str, block: _Block) -> bool:
    """Whether a block's lines are hard-wrapped prose rather than one paragraph a line.

    Wrapped lines mostly end mid-sentence and run to a similar width; a headline over a date
    line over a paragraph does neither.
    """
    if len(block.lines) < 3:
        return False
    inner = block.lines[:-1]
    lengths = [line.end - line.start for line in inner]
    open_ends = sum(1 for line in inner if not _TERMINAL.search(text[line.start : line.end]))
    even_width = min(lengths) >= 0.6 * max(lengths) and max(lengths) >= 30
    return even_width and open_ends / len(inner) > 0.5


def _paragraphs(text: str, block: _Block) -> list[Span]:
    if not _is_wrapped(text, block):
        return [Span.of(text, line.start, line.end) for line in block.lines]
    paragraphs = []
    start = block.lines[0].start
    for line, following in pairwise(block.lines):
        if _TERMINAL.search(text[line.start : line.end]) and (following.end - following.start) > 0:
            short = (line.end - line.start) < 0.6 * max(ln.end - ln.start for ln in block.lines)
            if short:
                paragraphs.append(Span.of(text, start, line.end))
                start = following.start
    paragraphs.append(Span.of(text, start, block.lines[-1].end))
    return paragraphs


def _layout(text: str, group: Sequence[_Block]) -> ArticleLayout:
    rest = list(group)
    title = None
    if len(rest) > 1 and _is_headline(text, rest[0]):
        title = Span.of(text, rest[0].start, rest[0].end)
        rest = rest[1:]
    elif (
        len(rest) == 1
        and len(rest[0].lines) > 1
        and not _is_wrapped(text, rest[0])
        and _is_headline(text, _Block((rest[0].lines[0],), 0))
    ):
        first, *others = rest[0].lines
        title = Span.of(text, first.start, first.end)
        rest = [_Block(tuple(others), 0)]
    summary = None
    repeated = False
    lead = 1 if len(rest) > 2 and _is_byline(text, rest[0]) else 0  # "By Helen Tarrant" is no summary
    # a subhead in capitals ("HOW DID IT START?") is no summary
    if len(rest) > lead + 1 and len(_paragraphs(text, rest[lead])) == 1 and not _in_capitals(text, rest[lead]):
        repeated = _repeats(text, rest[lead], rest[lead + 1])
        if title is not None or repeated:
            summary = Span.of(text, rest[lead].start, rest[lead].end)
    paragraphs = tuple(p for block in rest for p in _paragraphs(text, block))
    return ArticleLayout(
        start=group[0].start,
        end=group[-1].end,
        title=title,
        summary=summary,
        summary_repeated=repeated,
        paragraphs=paragraphs,
    )


def layout_articles(text: str, split: bool | None = None) -> list[ArticleLayout]:
    """Find the articles of a text and, in each, its headline, summary and paragraphs."""
    return [_layout(text, group) for group in _group(text, _blocks(text), split)]


# --- sentences ---------------------------------------------------------------------------------

# Each run is matched whole and never given back (possessive quantifiers), and a match starts only
# at the first mark of a run: long runs of dots, quotes or spaces stay linear. The pattern opens
# with the marks themselves, so the regex engine skips to the next one instead of trying every
# character.
_BOUNDARY: Final = re.compile(
    r"""(?P<end>[.!?…](?<![.!?…][.!?…])[.!?…]*+)      # terminal punctuation, from a run's first mark
        (?P<close>[\"'”’)\]]*+)                         # closing quotes or brackets
        (?P<space>\s++)                                  # white space
        (?=[\"'“‘(\[]*[A-Z0-9À-Ý])                      # next sentence opens with a capital or a digit
    """,
    re.VERBOSE,
)
_NEXT_WORD: Final = re.compile(r"[\"'“‘(\[]*([\w.’'-]+)")
_JOINED: Final = re.compile(r"[-–/]")


def _is_boundary(text: str, match: re.Match[str], start: int) -> bool:
    if match.group("end") != "." or match.group("close"):
        return True
    # the word before the period; look back a bounded window so long runs stay linear
    window = text[max(start, match.start("end") - 40) : match.start("end") + 1].split()
    token = window[-1] if window else ""
    bare = token.rstrip(".").lstrip("\"'“‘([")
    following = _NEXT_WORD.match(text, match.end())
    next_word = following.group(1) if following else ""
    if len(bare) == 1 and bare.isupper():  # an initial: "J. Smith"
        return False
    bare = _JOINED.split(bare)[-1]  # "Oct. 31-Nov. 1", "mid-Jan. 5": the abbreviation after the dash
    if bare.casefold() in lexicon.ABBREVIATIONS_BEFORE_NAME or bare in lexicon.ABBREVIATIONS_BEFORE_NAME:
        return False
    if next_word[:1].isdigit() and bare.casefold() in lexicon.ABBREVIATIONS_BEFORE_NUMBER:
        return False
    if "." in bare or bare.casefold() in lexicon.ABBREVIATIONS:
        # "U.S.", "a.m.", "Jan.": a sentence ends here only if the next word usually opens one
        return next_word in lexicon.SENTENCE_OPENERS
    return True


def split_sentences(text: str, paragraph: Span) -> list[Span]:
    """The sentences of one paragraph, as spans of ``text``."""
    sentences = []
    start = paragraph.start
    for match in _BOUNDARY.finditer(text, paragraph.start, paragraph.end):
        if not _is_boundary(text, match, start):
            continue
        end = match.start("space")
        if end > start:
            sentences.append(Span.of(text, start, end))
        start = match.end()
    if start < paragraph.end:
        end = paragraph.end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append(Span.of(text, start, end))
    return sentences


# --- datelines ---------------------------------------------------------------------------------

_DATELINE_DASHES: Final = frozenset(["-", "–", "—", "--"])
_DATELINE_REACH: Final = 14  # words: "KYIV, Ukraine, Jan. 9, 2025 (Reuters) -" and no more


def dateline_end(words: Sequence[str]) -> int:
    """The index of the word after a wire story's dateline that opens a sentence ("ANKARA, Turkey
    (AP) —", "HOUSTON, Feb 12 (Reuters) -"), or 0: a place in capitals, then a dash close by.
    ``words`` are the sentence's words and marks in order. The place is where the story was
    filed: a place, and never the subject of what follows."""
    if not words or not (words[0].isupper() and len(words[0]) > 1 and words[0][0].isalpha()):
        return 0
    for k in range(1, min(len(words), _DATELINE_REACH)):
        if words[k] in _DATELINE_DASHES:
            return k + 1
    return 0
