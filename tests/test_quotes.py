"""Quotes: straight and curly marks, speakers before and after, fragments, quotes across sentences."""

from __future__ import annotations

import pytest

import newskit
from newskit.extract.quotes import find_quotes, quote_spans
from tests.test_events import ActorSpec, build

ACTORS: list[ActorSpec] = [
    ("Lena Vogel", "person", ["Vogel", "Ms Vogel"]),
    ("Kofi Mensah", "person", ["Mensah"]),
    ("Harbour Workers Union", "organization", ["the union"]),
]


def speakers(text: str, actors: list[ActorSpec] = ACTORS) -> list[tuple[str, str | None, str]]:
    digest = build(text, actors=actors)
    by_id = {a.id: a.name for a in digest.actors}
    return [
        (q.text, by_id.get(q.speaker) if q.speaker else None, q.kind) for q in find_quotes(digest, digest.articles[0])
    ]


# (text, expected [(quote text, speaker name, kind)], what the case is about)
CASES = [
    (
        "Vogel said, “The port will reopen on Friday.”",
        [("“The port will reopen on Friday.”", "Lena Vogel", "full")],
        "speaker before, curly marks",
    ),
    (
        'Ms Vogel stressed: "Nobody was hurt in the fire."',
        [('"Nobody was hurt in the fire."', "Lena Vogel", "full")],
        "speaker before, straight marks",
    ),
    (
        "“We will not give up the harbour,” Mensah said.",
        [("“We will not give up the harbour,”", "Kofi Mensah", "full")],
        "speaker after",
    ),
    (
        '"The strike goes on until we are heard," said Mensah.',
        [('"The strike goes on until we are heard,"', "Kofi Mensah", "full")],
        "verb before the speaker after the quote",
    ),
    (
        "Mensah arrived at noon. He told reporters, “The talks have failed again.”",
        [("“The talks have failed again.”", "Kofi Mensah", "full")],
        "a pronoun speaker",
    ),
    (
        "Vogel, a spokeswoman for the union, added, “We are ready to talk to anyone.”",
        [("“We are ready to talk to anyone.”", "Lena Vogel", "full")],
        "an apposition between speaker and verb",
    ),
    (
        "The union wants “fair and open” talks.",
        [("“fair and open”", None, "fragment")],
        "a short quoted phrase",
    ),
    (
        "Mensah called the offer “an insult to every worker”.",
        [("“an insult to every worker”", "Kofi Mensah", "fragment")],
        "a phrase somebody calls something",
    ),
    (
        "“The port stays shut,” a local paper quoted Vogel as saying.",
        [("“The port stays shut,”", "Lena Vogel", "full")],
        "quoted as saying",
    ),
    (
        "Talks on “shared use” of the docks began.",
        [("“shared use”", None, "fragment")],
        "a phrase nobody is said to say",
    ),
    (
        "Vogel said the plan was “hasty and unfair.”",
        [("“hasty and unfair.”", "Lena Vogel", "fragment")],
        "a fragment still has its speaker",
    ),
    (
        "Mensah said, “The docks are empty. The ships have gone. Nobody is coming back.”",
        [("“The docks are empty. The ships have gone. Nobody is coming back.”", "Kofi Mensah", "full")],
        "one quote across sentences",
    ),
    (
        "“We will build it,” Mensah said. “It is long overdue.”",
        [("“We will build it,”", "Kofi Mensah", "full"), ("“It is long overdue.”", "Kofi Mensah", "full")],
        "a quotation that goes on after the attribution",
    ),
    (
        "“We will build it,” Mensah said. “It is a waste,” objected the union.",
        [("“We will build it,”", "Kofi Mensah", "full"), ("“It is a waste,”", None, "full")],
        "a second quotation with an attribution of its own is not the first speaker's",
    ),
    (
        "Vogel said after the hearing: 'This was a calculated fraud, and they didn't care.'",
        [("'This was a calculated fraud, and they didn't care.'", "Lena Vogel", "full")],
        "a statement in single quotes after a colon, British style",
    ),
    (
        "Mensah defended the strike, saying the workers had acted “with restraint”.",
        [("“with restraint”", "Kofi Mensah", "fragment")],
        "a participle of saying after a comma: the one the sentence opens with says it",
    ),
    (
        "“We ask the council to listen to the families of the workers,” the letter said.",
        [("“We ask the council to listen to the families of the workers,”", None, "full")],
        "a document with no named author",
    ),
]


@pytest.mark.parametrize(("text", "expected", "about"), CASES, ids=[c[2] for c in CASES])
def test_quotes(text: str, expected: list[tuple[str, str | None, str]], about: str) -> None:
    assert speakers(text) == expected, about


def test_letter_speaks_for_its_named_authors() -> None:
    text = (
        "In an open letter, the Harbour Workers Union asked the council for help. "
        "“We cannot feed our families on promises alone,” the letter said."
    )
    [(_quote, speaker, kind)] = speakers(text)
    assert speaker == "Harbour Workers Union"
    assert kind == "full"


def test_quote_left_open_runs_to_the_end_of_its_paragraph() -> None:
    text = "Vogel said: “The first ships arrive at dawn and the rest follow.\n\nNothing else was said."
    assert quote_spans(text, 0, text.index("\n")) == [(12, text.index("\n"))]


def test_apostrophes_are_not_quotes() -> None:
    text = "The union’s leaders met the workers’ families at Vogel’s office."
    assert quote_spans(text, 0, len(text)) == []


def test_single_curly_quotes_mark_a_short_phrase() -> None:
    text = "Union Calls Plan ‘Reckless’ As Talks Stall"
    assert quote_spans(text, 0, len(text)) == [(17, 27)]


def test_single_quotes_inside_double_ones_are_not_counted_twice() -> None:
    text = "Vogel said “the plan is ‘reckless’ and late” and ‘Mensah’ agreed; «Nein» „Ja“."
    spans = [text[s:e] for s, e in quote_spans(text, 0, len(text))]
    assert spans == ["“the plan is ‘reckless’ and late”", "‘Mensah’", "«Nein»", "„Ja“"]


def test_runs_of_marks_give_whole_spans() -> None:
    text = "“" * 3000 + '"' * 3001 + " ‘Word’" * 500
    spans = quote_spans(text, 0, len(text))
    assert spans[0] == (0, len(text))  # the first mark is never closed: one quote to the end
    assert len(spans) == 1


def test_offsets_and_speaker_ids_are_valid() -> None:
    text = "Vogel said, “The port will reopen.” Mensah said “maybe” twice."
    digest = build(text, actors=ACTORS)
    ids = {a.id for a in digest.actors}
    for quote in find_quotes(digest, digest.articles[0]):
        assert digest.text[quote.start : quote.end] == quote.text
        assert quote.speaker is None or quote.speaker in ids


def test_quote_carried_into_the_next_paragraph_keeps_its_speaker() -> None:
    text = (
        "Vogel said: “The first ships arrive at dawn and the rest follow by noon.\n\n"
        "“Nobody should be at the gates before six.”"
    )
    found = speakers(text)
    assert [s for _, s, _ in found] == ["Lena Vogel", "Lena Vogel"]


def test_pronoun_speaker_is_the_subject_of_the_sentences_before() -> None:
    text = "Mensah met Vogel on Monday. He later said, “The talks went well for both sides.”"
    assert [s for _, s, _ in speakers(text)] == ["Kofi Mensah"]


@pytest.mark.parametrize(("fillers", "speaker"), [(0, "Kofi Mensah"), (3, "Kofi Mensah"), (4, "Lena Vogel")])
def test_pronoun_speaker_looks_back_four_sentences_however_long_the_article(fillers: int, speaker: str) -> None:
    # the four sentences that start before the pronoun are read for a subject; further back, the last person named
    lead = " ".join(f"The tide turned at dawn on day {n}." for n in range(60))
    calm = " ".join(["The sea was calm."] * fillers)
    text = f"{lead} Mensah met Vogel on Monday. {calm} He later said, “The talks went well for both sides.”"
    assert [s for _, s, _ in speakers(text)] == [speaker]


def test_pronoun_resolver_is_the_same_with_sentences_out_of_order() -> None:
    from newskit.extract._actorindex import ActorIndex
    from newskit.extract._clause import sentence_subject_resolver

    text = "Mensah met Vogel on Monday. The sea was calm. He later spoke to the union."
    digest = build(text, actors=ACTORS)
    sentences = [(s.start, s.end) for s in digest.articles[0].sentences]
    index = ActorIndex(digest.actors)
    pos = text.index("He ")
    in_order = sentence_subject_resolver(text, sentences, index, 0)("he", pos)
    shuffled = sentence_subject_resolver(text, sentences[::-1], index, 0)("he", pos)
    assert index.kinds[in_order or ""] == "person"
    assert in_order == sentence_subject_resolver(text, sentences, index, 0, starts=[s for s, _ in sentences])("he", pos)
    assert shuffled is not None  # read by a scan, not by bisection of an unordered list


def test_single_quoted_statement_is_found_when_the_region_starts_at_its_mark() -> None:
    # the colon before the region still opens the statement, as the pattern's look-behind reads it
    text = "He said: 'This was a calculated fraud.' Then he left."
    start = text.index("'")
    assert quote_spans(text, start, len(text)) == [(start, text.index(".'") + 2)]
    assert quote_spans(text, 0, len(text)) == [(start, text.index(".'") + 2)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vogel said the port was closed. “It will not reopen this year.”", "Lena Vogel"),
        ("Vogel spoke after the vote. “This is a historic day.”", "Lena Vogel"),
        ("Vogel met Mensah on Monday. “It is over.”", None),  # no one was said to speak
        ("Vogel said the port was closed.\n\n“It will not reopen this year.”", None),  # another paragraph
    ],
)
def test_a_quotation_standing_alone_is_said_by_the_speaker_of_the_sentence_before(
    text: str, speaker: str | None
) -> None:
    (quote,) = speakers(text)
    assert quote[1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an abbreviation's stop and an apposition stand between the quotation and its verb
        ('"We will win," Gen. Tomas Halvik told reporters.', "Tomas Halvik"),
        ('"The risk is high," Dr. Samuel Achieng, the WHO representative in Malindo, said.', "Samuel Achieng"),
        # a body or country before a title and a name: the person speaks
        ('"Oman will always build bridges," said Omani Foreign Minister Badr Albusaidi.', "Badr Albusaidi"),
        ('"We love the Beatles," said Apple Inc. CEO Steve Jobs.', "Steve Jobs"),
        # a name that renames a noun inside an aside is not the subject
        (
            "Mr. Prabowo, a former general who served under his predecessor, Joko Widodo, said Indonesia "
            'would remain "a good friend to all countries."',
            "Prabowo",
        ),
        # an opening phrase before a comma names no speaker of "…, saying"
        (
            'Speaking to broadcaster NRK on Wednesday, Anders Roos condemned it, saying "there is no place for this".',
            "Anders Roos",
        ),
    ],
)
def test_speaker_past_abbreviations_appositions_and_opening_phrases(text: str, speaker: str) -> None:
    digest = newskit.parse(text, published="2025-10-14", split=False)
    names = {a.id: a.name for a in digest.actors}
    assert [names.get(q.speaker or "") for q in digest.articles[0].quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # British copy: a statement in straight single quotes; an apostrophe inside a word is no mark
        ("'We are ready,' said Daniel Moss. 'We will win.'", ["Daniel Moss", "Daniel Moss"]),
        ("The workers' union said it didn't agree.", []),
        # a phrase quoted after a verb that frames it
        ('Graham Ashworth accused ministers of "concreting over the countryside".', ["Graham Ashworth"]),
        # a second verb after "but" shares its subject
        ('Maria Ortega admitted errors but dismissed talk of a "crisis," saying sales were strong.', ["Maria Ortega"]),
    ],
)
def test_british_quotes_and_framed_phrases(text: str, speakers: list[str]) -> None:
    digest = newskit.parse(text, published="2025-10-18", split=False)
    names = {a.id: a.name for a in digest.actors}
    assert [names.get(q.speaker or "") for q in digest.articles[0].quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the sentence before opens with a body, then a title and the person: "she" is the person
        (
            "Finance Minister Enoch Godongwana postponed his speech.\n\nANC Secretary-General Thandiwe Nkosi "
            'said the party would not be held hostage. "The ANC remains the largest party," she told reporters.',
            "Thandiwe Nkosi",
        ),
        # "X's mother, Y, told AFP": the mother, not X
        (
            "The freed aid worker, Claire Dumont, landed in Muscat.\n\nDumont's mother, Martine Dumont, told AFP "
            'she had not slept.\n\n"I will believe it when I hold her in my arms," she said.',
            "Martine Dumont",
        ),
    ],
)
def test_pronoun_speaker_is_the_person_the_sentence_before_opens_with(text: str, speaker: str) -> None:
    digest = newskit.parse(text, published="2025-02-20", split=False)
    names = {a.id: a.name for a in digest.actors}
    assert names.get(digest.articles[0].quotes[-1].speaker or "") == speaker


def test_a_surname_in_ly_is_no_adverb() -> None:
    digest = newskit.parse(
        'Coach Ray Donnelly spoke.\n\n"He is tough," Donnelly said.', published="2024-01-23", split=False
    )
    names = {a.id: a.name for a in digest.actors}
    assert [names.get(q.speaker or "") for q in digest.articles[0].quotes] == ["Ray Donnelly"]


def test_a_paragraph_of_quotation_alone_goes_on_from_the_quotation_that_ended_the_one_before() -> None:
    text = (
        '"We know the street was busy," Det Insp Karen Whitmore said.\n\n'
        '"We believe the victim and the man charged were known to each other."\n\n'
        "Police said a cordon had been lifted."
    )
    digest = newskit.parse(text, published="2022-11-14", split=False)
    names = {a.id: a.name for a in digest.actors}
    assert [names.get(q.speaker or "") for q in digest.articles[0].quotes] == ["Karen Whitmore", "Karen Whitmore"]
