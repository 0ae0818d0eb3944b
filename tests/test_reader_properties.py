"""Invariants of the reader that must hold for any string whatsoever."""

from __future__ import annotations

import datetime as dt

import pluggy
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newskit

news_like = st.lists(
    st.sampled_from(
        [
            "The",
            "U.S.",
            "Ms",
            "Dr.",
            "Jan.",
            "said",
            "“",
            "”",
            '"',
            "'",
            "’",
            ".",
            "?",
            "!",
            "—",
            ",",
            "3,000",
            "Sunday",
            "\n",
            "\n\n",
            "\n\n\n",
            "\r\n",
            " ",
            "Kabul",
            "a.m.",
            "(NRF)",
            "Taliban’s",
            "2024",
            "\t",
            "\u2028",
        ]
    ),
    max_size=60,
).map("".join)
any_text = st.one_of(st.text(max_size=400), news_like, st.text(alphabet=st.characters(codec="utf-8"), max_size=200))


@pytest.fixture(scope="module")
def pm() -> pluggy.PluginManager:
    return newskit.get_plugin_manager(entry_points=False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=any_text,
    split=st.sampled_from([None, True, False]),
    published=st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))),
)
def test_parse_never_raises_and_every_span_points_into_the_text(
    pm: pluggy.PluginManager, text: str, split: bool | None, published: dt.date | None
) -> None:
    digest = newskit.parse(text, published=published, split=split, plugin_manager=pm)
    for span in digest.spans():
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for article in digest.articles:
        assert 0 <= article.start <= article.end <= len(text)
        for sentence in article.sentences:
            assert article.start <= sentence.start and sentence.end <= article.end
            assert sentence.text.strip() == sentence.text and sentence.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=any_text)
@example(text="BU,THE“")  # an apposition with nothing in it once failed the name reader
def test_json_round_trip(pm: pluggy.PluginManager, text: str) -> None:
    digest = newskit.parse(text, published="2025-01-09", plugin_manager=pm)
    assert newskit.load_json(newskit.dumps(digest)) == digest


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01\x02",
        "\ud800 lone surrogate",
        "A" * 200_000,
        "." * 50_000,
        "“" * 10_000,
        "1" * 100_000,
        "Mr. " * 5_000,
        "\n" * 10_000,
    ],
)
def test_awkward_inputs(pm: pluggy.PluginManager, text: str) -> None:
    digest = newskit.parse(text, plugin_manager=pm)
    for span in digest.spans():
        assert text[span.start : span.end] == span.text
