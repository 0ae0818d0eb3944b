"""Quantities: numbers in digits and words, money, rates, multipliers, percentages — and what is not one."""

from __future__ import annotations

import pytest

import newskit
from newskit.data import quantity_words
from newskit.extract.quantities import find_quantities, parse_number

# (text, expected quantities as (text, value, unit, per), what the case is about)
CASES = [
    (
        "The charity fed 2,500 families.",
        [("2,500 families", 2500, "family", None)],
        "digits with a thousands separator",
    ),
    ("Nine ministers resigned.", [("Nine ministers", 9, "minister", None)], "a number word opening a sentence"),
    ("It lent twenty-five boats.", [("twenty-five boats", 25, "boat", None)], "a hyphenated number word"),
    (
        "One hundred and twelve prisoners were freed.",
        [("One hundred and twelve prisoners", 112, "prisoner", None)],
        "a long number",
    ),
    ("Nearly 70 villages flooded.", [("Nearly 70 villages", 70, "village", None)], "a hedge stays in the span"),
    ("More than 15 lorries crossed.", [("More than 15 lorries", 15, "lorry", None)], "a two-word hedge"),
    ("The port handles a dozen ships.", [("a dozen ships", 12, "ship", None)], "a dozen"),
    ("The bank approved $7.5 million for roads.", [("$7.5 million", 7_500_000, "USD", None)], "dollars with a scale"),
    ("The deal is worth €3bn.", [("€3bn", 3_000_000_000, "EUR", None)], "an abbreviated scale after a symbol"),
    ("Farmers lost £900,000 last season.", [("£900,000", 900_000, "GBP", None)], "pounds"),
    ("Fines reached 12 million euros.", [("12 million euros", 12_000_000, "EUR", None)], "a currency word after"),
    ("It pledged US$2 billion.", [("US$2 billion", 2_000_000_000, "USD", None)], "a prefixed dollar sign"),
    ("They spent millions of pounds.", [("millions of pounds", None, "GBP", None)], "a vague amount of money"),
    ("Hundreds of volunteers came.", [("Hundreds", None, None, None)], "a vague count"),
    # a bare number counts the plural noun right after it, written in the singular as the unit
    (
        "Rescuers saved 31 lives and found 12 buses.",
        [("31 lives", 31, "life", None), ("12 buses", 12, "bus", None)],
        "what a number counts",
    ),
    (
        "He served 10 years and hit 20 aces in 3 matches.",
        [("10", 10, None, None), ("20 aces", 20, "ace", None), ("3 matches", 3, "match", None)],
        "a time unit is no count",
    ),
    ("The city pays $3 million a month.", [("$3 million a month", 3_000_000, "USD", "P1M")], "a monthly rate"),
    ("Exports of 400 tonnes per year", [("400 tonnes per year", 400, "t", "P1Y")], "a unit and a yearly rate"),
    ("Prices rose 8% in March.", [("8%", 8, "percent", None)], "a percent sign"),
    ("Turnout was 61.5 per cent.", [("61.5 per cent", 61.5, "percent", None)], "British per cent"),
    ("The budget is twice as large as before.", [("twice as large", 2, "times", None)], "twice as …"),
    ("Imports grew 30 times over the decade.", [("30 times", 30, "times", None)], "n times"),
    ("Output rose tenfold, or 10-fold.", [("10-fold", 10, "times", None)], "n-fold"),
    ("The road is 40 km long.", [("40 km", 40, "km", None)], "a unit of length"),
    ("Snow reached 30cm and winds 120km/h.", [("30cm", 30, "cm", None), ("120km/h", 120, "km/h", None)], "tight units"),
    ("It was 25°C at noon.", [("25°C", 25, "°C", None)], "degrees Celsius against the number"),
    ("The new plant makes 500MW.", [("500MW", 500, "MW", None)], "megawatts against the number"),
    ("The Dow fell 312.5 points.", [("312.5 points", 312.5, "points", None)], "index points"),
    ("Rates rose 25 basis points.", [("25 basis points", 25, "basis points", None)], "basis points"),
    ("It set aside 500 crore rupees.", [("500 crore rupees", 5_000_000_000, "INR", None)], "crore"),
    ("Some 5 lakh people applied.", [("Some 5 lakh people", 500_000, "people", None)], "lakh"),
]

NOT_QUANTITIES = [
    ("The law passed in 1998.", "a year"),
    ("Talks resume on March 4 and 5.", "days of the month after a month name"),
    ("They met on 14 February.", "a day before a month name"),
    ("The vote closed at 9:30.", "a clock time"),
    ("It took off at 6 p.m.", "a clock time with p.m."),
    ("The Airbus A350 and Boeing 787 flew.", "model numbers"),
    ("Resolution 2334 was adopted.", "a numbered name"),
    ("The COVID-19 rules ended in the 1990s.", "numbers inside names and decades"),
    ("Each one of them voted.", "one as a pronoun"),
    ("The mast is 40m tall.", "an abbreviation that is a length, not a scale, without a currency"),
]


@pytest.mark.parametrize(("text", "expected", "about"), CASES, ids=[c[2] for c in CASES])
def test_quantities(text: str, expected: list[tuple[str, float | None, str | None, str | None]], about: str) -> None:
    found = [(q.text, q.value, q.unit, q.per) for q in find_quantities(text)]
    assert found == expected, about


@pytest.mark.parametrize(("text", "about"), NOT_QUANTITIES, ids=[c[1] for c in NOT_QUANTITIES])
def test_not_quantities(text: str, about: str) -> None:
    assert find_quantities(text) == [], about


def test_offsets_point_into_the_text() -> None:
    text = "Preamble. The fund paid $12 million to 300 teachers."
    for q in find_quantities(text, 10, len(text)):
        assert text[q.start : q.end] == q.text


def test_numbers_inside_time_expressions_are_skipped() -> None:
    text = "Within 48 hours, 48 people left."
    blocked = [(7, 15)]  # "48 hours", as the time extractor reads it
    assert [(q.text, q.value) for q in find_quantities(text, blocked=blocked)] == [("48 people", 48)]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("3,000", 3000), ("0.25", 0.25), ("seventeen", 17), ("ninety-nine", 99), ("two thousand", 2000), ("a dozen", 12)],
)
def test_parse_number(phrase: str, value: float) -> None:
    assert parse_number(phrase) == value


def test_vocabulary_is_extendable() -> None:
    quantity_words.CURRENCY_WORDS["zorkmids"] = "ZRK"
    try:
        [q] = find_quantities("It cost 40 zorkmids.")
        assert (q.text, q.value, q.unit) == ("40 zorkmids", 40, "ZRK")
    finally:
        del quantity_words.CURRENCY_WORDS["zorkmids"]


def test_new_first_words_are_read_too() -> None:
    """The pattern turns words away by their first letters: words added in place must still be found."""
    quantity_words.APPROXIMATORS = (*quantity_words.APPROXIMATORS, "circa")
    quantity_words.CURRENCY_SYMBOLS["Rs"] = "INR"
    try:
        found = [(q.text, q.value, q.unit) for q in find_quantities("It took circa 300 days and Rs 500 each.")]
        assert found == [("circa 300", 300, None), ("Rs 500", 500, "INR")]
    finally:
        quantity_words.APPROXIMATORS = quantity_words.APPROXIMATORS[:-1]
        del quantity_words.CURRENCY_SYMBOLS["Rs"]


def test_long_stretches_keep_every_quantity() -> None:
    text = "The ministry sent 1,200 tents on March 3. " * 500
    found = find_quantities(text, blocked=[(m, m + 7) for m in range(33, len(text), 42)])
    assert [q.text for q in found] == ["1,200 tents"] * 500
    assert all(text[q.start : q.end] == q.text for q in found)


def test_enricher_fills_articles_and_keeps_years_out() -> None:
    digest = newskit.parse("The ministry sent 1,200 tents to the valley in 2019.", published="2020-01-01")
    [article] = digest.articles
    assert [(q.text, q.value, q.unit) for q in article.quantities] == [("1,200 tents", 1200, "tent")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The firm raised its dividend to 55 cents a share.", 0.55, "USD"),
        ("A stamp costs 85 pence.", 0.85, "GBP"),
        ("Sales reached $4.1 billion.", 4_100_000_000, "USD"),
        ("The loan was $3.3m.", 3_300_000, "USD"),
        ("It was 35 degrees Celsius.", 35, "°C"),
        ("Winds reached 93 mph.", 93, "mph"),
    ],
)
def test_values_are_the_decimal_numbers_written(text: str, value: float, unit: str) -> None:
    # "$4.1 billion" was 4099999999.9999995 in binary floating point; cents counted as dollars
    found = newskit.parse(text, published="2025-01-09").articles[0].quantities
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


def test_a_comparison_with_a_year_before_is_no_rate() -> None:
    found = newskit.parse("Profit was $298 million a year earlier.", published="2025-01-09").articles[0].quantities
    assert [(q.text, q.per) for q in found] == [("$298 million", None)]
    rate = newskit.parse("Output was 2.4 billion cubic feet per day.", published="2025-01-09").articles[0].quantities
    assert [(q.unit, q.per) for q in rate] == [("cu ft", "P1D")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It earned 45 cents a share.", ("45 cents a share", 0.45, "USD", None, "share")),
        ("Brent rose to $78.40 a barrel.", ("$78.40 a barrel", 78.4, "USD", None, "barrel")),
        ("Gold hit $2,700 an ounce.", ("$2,700 an ounce", 2700, "USD", None, "ounce")),
        ("Tickets cost $50 per person.", ("$50 per person", 50, "USD", None, "person")),
        ("Rent is $3,000 a month.", ("$3,000 a month", 3000, "USD", "P1M", None)),
    ],
)
def test_what_a_price_is_for(text: str, expected: tuple[str, float, str, str | None, str | None]) -> None:
    (q,) = find_quantities(text)
    assert (q.text, q.value, q.unit, q.per, q.per_item) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The Indian government allocated Rs 500 crore to the scheme.", "INR"),
        ("Pakistan raised Rs. 20 billion in the auction.", "PKR"),
        ("In Sri Lanka, fuel costs Rs 400 a litre.", "LKR"),
        ("The council allocated Rs 500 crore.", None),  # no country named
        ("India and Pakistan each spent Rs 5 billion.", None),  # two named as often
    ],
)
def test_a_shared_symbol_takes_the_currency_of_the_country_told_of(text: str, unit: str | None) -> None:
    digest = newskit.parse(text, published="2025-01-09")
    (q,) = [q for a in digest.articles for q in a.quantities if q.text.startswith("Rs")]
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Between 10 and 15 people died.", ("10", 10, "people", None)),
        ("Some 2 to 3 million people fled.", ("Some 2", 2_000_000, "people", None)),
        ("Prices rose 3 to 5 percent.", ("3", 3, "percent", None)),
        ("It expects $7.80 to $8.10 per share.", ("$7.80", 7.8, "USD", "share")),
        ("He has 2 children and 3 dogs.", ("2", 2, None, None)),  # no range
    ],
)
def test_the_ends_of_a_range_share_what_is_written_after_the_second(
    text: str, first: tuple[str, float, str | None, str | None]
) -> None:
    q = find_quantities(text)[0]
    assert (q.text, q.value, q.unit, q.per_item) == first


def test_pounds_after_weigh_are_a_weight() -> None:
    assert [q.unit for q in find_quantities("The parcel weighed 3 pounds and cost £20.")] == ["lb", "GBP"]
    assert [q.unit for q in find_quantities("It cost 150 pounds.")] == ["GBP"]


def test_pounds_lost_gained_or_of_a_substance_are_a_weight() -> None:
    assert [q.unit for q in find_quantities("He lost 20 pounds in a year.")] == ["lb"]
    assert [q.unit for q in find_quantities("She put on nearly 15 pounds.")] == ["lb"]
    assert [q.unit for q in find_quantities("Police seized 20 pounds of cocaine.")] == ["lb"]
    # money all the same: a scale, a fine, a share of something
    assert [q.unit for q in find_quantities("The club lost 20 million pounds.")] == ["GBP"]
    assert [q.unit for q in find_quantities("He was fined 500 pounds.")] == ["GBP"]
    assert [q.unit for q in find_quantities("It was 20 pounds of the budget.")] == ["GBP"]


def test_a_day_after_is_no_rate() -> None:
    assert [q.per for q in find_quantities("Shares fell 1.5% a day after the report.")] == [None]


def test_a_tie_break_is_part_of_the_score() -> None:
    assert find_quantities("Djokovic won 7-6(3) 7-6(2) on Sunday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Anyone with information should call 0800 555 111.",  # a phone number in groups
        "Quote crime reference 13230587211.",  # a reference
        "Its serial number is 001.",
    ],
)
def test_numbers_that_name_are_no_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_a_count_before_a_model_number_stays() -> None:
    assert [q.value for q in find_quantities("It ordered 18 777s.")] == [18]


def test_rupees_take_the_currency_of_the_country_whose_places_the_story_names() -> None:
    digest = newskit.parse("KOLKATA: Officials seized Rs 500 crore in cash in West Bengal.", published="2026-04-08")
    [article] = digest.articles
    assert [(q.text, q.value, q.unit) for q in article.quantities] == [("Rs 500 crore", 5_000_000_000, "INR")]
    assert not [a.name for a in digest.actors if "Rs" in a.name]
