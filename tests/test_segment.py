"""The reader: articles, headline, summary, paragraphs and sentences, with offsets."""

from __future__ import annotations

import pytest

import newskit
from newskit.options import ParseOptions
from newskit.pipeline import segment


def read(text: str, split: bool | None = None) -> newskit.Digest:
    return segment(text, ParseOptions(split=split))


def sentence_texts(digest: newskit.Digest, article: int = 0) -> list[str]:
    return [s.text for s in digest.articles[article].sentences]


def test_seed_has_six_articles_and_first_has_headline_and_summary(seed_text: str) -> None:
    digest = read(seed_text)
    assert len(digest.articles) == 6
    first = digest.articles[0]
    assert first.title is not None and first.title.text.startswith("Taliban, Belarus Officials")
    assert first.summary is not None and first.summary.text.startswith("On Sunday")
    assert [a.title for a in digest.articles[1:]] == [None] * 5


def test_repeated_summary_is_read_once(seed_text: str) -> None:
    first = read(seed_text).articles[0]
    assert first.summary is not None
    texts = [s.text for s in first.sentences]
    assert texts.count(first.summary.text) == 1  # the body's copy, not the summary's
    assert all(s.start > first.summary.end for s in first.sentences[1:])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("He lives in the U.S. The weather is fine.", ["He lives in the U.S.", "The weather is fine."]),
        ("Dr. Rice met Ms Luna. They talked.", ["Dr. Rice met Ms Luna.", "They talked."]),
        ("On Jan. 5 they met at 3 p.m. local time.", ["On Jan. 5 they met at 3 p.m. local time."]),
        # a month abbreviation after a dash still keeps its full stop
        ("The Fed meets Oct. 31-Nov. 1 in Washington.", ["The Fed meets Oct. 31-Nov. 1 in Washington."]),
        ("J. R. Smith arrived. Then he left.", ["J. R. Smith arrived.", "Then he left."]),
        ("She said, “We will go.” He agreed.", ["She said, “We will go.”", "He agreed."]),
        ('He said "no." Then he left!', ['He said "no."', "Then he left!"]),
        ("Is it over? Nobody knows.", ["Is it over?", "Nobody knows."]),
        ("The price rose 3.5 percent. Traders cheered.", ["The price rose 3.5 percent.", "Traders cheered."]),
        ("See No. 5 for details.", ["See No. 5 for details."]),
        ("the group—the very group—spoke. Then it ended.", ["the group—the very group—spoke.", "Then it ended."]),
        ("CUPERTINO, Calif. (AP) — Apple spoke.", ["CUPERTINO, Calif. (AP) — Apple spoke."]),
        ("She lives in Tampa, Fla. The house is big.", ["She lives in Tampa, Fla.", "The house is big."]),
        ("He was ill. Doctors came.", ["He was ill.", "Doctors came."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentence_texts(read(text, split=False)) == expected


def test_crlf_keeps_offsets_and_paragraphs() -> None:
    text = "Headline here\r\n\r\nFirst paragraph. Two sentences.\r\nSecond paragraph.\r\n"
    digest = read(text)
    article = digest.articles[0]
    assert article.title is not None and article.title.text == "Headline here"
    assert [p.text for p in article.paragraphs] == ["First paragraph. Two sentences.", "Second paragraph."]
    for span in digest.spans():
        assert text[span.start : span.end] == span.text


def test_single_article_without_blank_lines_is_one_article() -> None:
    text = "Officials met on Monday.\nThey agreed on a plan.\nTalks continue.\n"
    digest = read(text)
    assert len(digest.articles) == 1
    assert len(digest.articles[0].paragraphs) == 3


def test_blank_line_between_every_paragraph_is_one_article() -> None:
    text = "Officials met on Monday.\n\nThey agreed on a plan.\n\nTalks continue.\n"
    assert len(read(text).articles) == 1


def test_a_headline_between_paragraphs_parted_by_blank_lines_starts_a_story() -> None:
    text = (
        "Wildfire forces evacuation of 4,000 in California\n\nFirefighters battled a fire on Saturday.\n\n"
        "It was 5% contained.\n\nDynamo Kyiv stun Ajax with late winner\n\nDynamo Kyiv beat Ajax 2-1 on Thursday.\n"
    )
    digest = read(text)
    assert [a.title.text if a.title else None for a in digest.articles] == [
        "Wildfire forces evacuation of 4,000 in California",
        "Dynamo Kyiv stun Ajax with late winner",
    ]
    # a short subheading inside a story is no headline of its own
    text = "Storm hits the coast of Valdoria\n\nA storm hit on Monday.\n\nWhat happens next\n\nRepairs begin soon.\n"
    assert len(read(text).articles) == 1


def test_a_byline_over_its_agency_is_no_paragraph_and_no_summary() -> None:
    text = (
        "Storm strengthens as coast orders evacuations\n\nBy MARGARET OSEI and DANIEL FURLONG\nAssociated Press\n\n"
        "NEW ORLEANS (AP) — The storm strengthened on Sunday.\n\nOfficials ordered evacuations.\n\n"
        "Forecasters expect landfall on Tuesday.\n"
    )
    (article,) = read(text).articles
    assert article.summary is not None and article.summary.text.startswith("NEW ORLEANS")


def test_two_blank_lines_start_an_article() -> None:
    text = "One story here.\n\n\nAnother story there.\n"
    assert len(read(text).articles) == 2


def test_split_false_reads_one_article_with_paragraphs(seed_text: str) -> None:
    digest = read(seed_text, split=False)
    assert len(digest.articles) == 1
    assert len(digest.articles[0].paragraphs) > 30


def test_split_true_keeps_headline_with_its_text() -> None:
    text = "A Headline Without A Period\n\nThe story begins here.\n\nA second story begins.\n"
    digest = read(text, split=True)
    assert len(digest.articles) == 2
    assert digest.articles[0].title is not None


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    text = (
        "The committee said on Monday that the new rules, which were\n"
        "first proposed last year, would take effect in the spring and\n"
        "apply to every member state of the union.\n"
    )
    digest = read(text)
    assert len(digest.articles[0].paragraphs) == 1
    assert len(digest.articles[0].sentences) == 1


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "\r\n"])
def test_empty_text_has_no_articles(text: str) -> None:
    assert read(text).articles == ()


def test_article_ids_are_sequential(seed_text: str) -> None:
    assert [a.id for a in read(seed_text).articles] == [f"art{i}" for i in range(1, 7)]


def test_a_line_ending_with_a_colon_and_subheads_in_capitals_stay_in_the_story() -> None:
    text = (
        "EXPLAINER-What we know so far about the riot at the Litoral prison\n\n"
        "GUAYAQUIL, Ecuador, March 17 (Reuters) - At least 31 inmates were killed in a riot.\n\n"
        "Here is what we know so far:\n\n"
        "HOW DID IT START?\n\n"
        "Fighting broke out at about 10:45 p.m. on Friday in Pavilion 8.\n\n"
        "WHAT HAPPENED NEXT?\n\n"
        "Soldiers surrounded the complex by early Saturday.\n"
    )
    digest = read(text)
    assert len(digest.articles) == 1
    article = digest.articles[0]
    assert article.title is not None and article.title.text.startswith("EXPLAINER")
    assert article.summary is None or not article.summary.text.isupper()


def test_a_dateline_in_capitals_is_no_summary() -> None:
    article = read("Arrest Made in Embassy Bombings\n\nNEW YORK (AP) --\n\nA man was arrested on Thursday.\n").articles[
        0
    ]
    assert article.summary is None


@pytest.mark.parametrize(
    "standfirst",
    [
        "Select committee says ministers have no credible plan for the workforce",  # no full stop
        "At least 62 people have been killed in the past 24 hours, officials say.",  # one sentence
    ],
)
def test_a_headline_and_its_standfirst_stay_with_the_body(standfirst: str) -> None:
    text = (
        "Starmer faces Labour revolt over planning bill\n\n"
        f"{standfirst}\n\n"
        "Keir Starmer is facing a rebellion after 40 MPs signed an amendment.\n"
        "The committee said in a report on Thursday that ministers had no plan.\n"
        "The amendment is due to be debated next Tuesday.\n"
    )
    [article] = read(text).articles
    assert article.title is not None and article.title.text.startswith("Starmer")
    assert article.summary is not None and article.summary.text == standfirst
