"""The time extractor, case by case: what it finds, how it normalises it, and what it leaves alone.

Each case is ``(text, reference, expected_text, expected_type, expected_value[, date_start,
date_end])``: ``expected_text`` must be found in ``text`` (as one expression, or inside one) with
that type and TIMEX3 value. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

import newskit
from newskit.extract.times import find_times
from newskit.models import Span, TimeExpression

D = dt.date
REF = D(2025, 1, 9)  # a Thursday

Case = tuple[str, dt.date | None, str, str, str] | tuple[str, dt.date | None, str, str, str, dt.date, dt.date]


def times(text: str, reference: dt.date | None = REF) -> list[TimeExpression]:
    """Every time expression of ``text`` read as one sentence."""
    found = find_times(text, [Span.of(text, 0, len(text))], reference, article_id="a1")
    for t in found:
        assert text[t.start : t.end] == t.text
    return found


def find(text: str, reference: dt.date | None, expected: str) -> TimeExpression:
    found = times(text, reference)
    hits = [t for t in found if expected in t.text]
    assert hits, f"{expected!r} not found in {[t.text for t in found]}"
    return hits[0]


ABSOLUTE: list[Case] = [
    ("The ceasefire began on March 3, 2023, after talks.", REF, "March 3, 2023", "DATE", "2023-03-03"),
    ("Elections were held on 14 October 2022 across the region.", REF, "14 October 2022", "DATE", "2022-10-14"),
    ("The office opened in September 2019.", REF, "September 2019", "DATE", "2019-09", D(2019, 9, 1), D(2019, 9, 30)),
    ("The agreement was signed in 2024.", REF, "2024", "DATE", "2024", D(2024, 1, 1), D(2024, 12, 31)),
    # "than" takes an amount, but a year after a comparative of time
    ("The referendum will take place no later than 2026.", REF, "2026", "DATE", "2026"),
    ("The plant will close no sooner than 2030.", REF, "2030", "DATE", "2030"),
    ("Prices have risen since mid-2021.", REF, "mid-2021", "DATE", "2021"),
    ("The rule was adopted on 2024-11-05 by the board.", REF, "2024-11-05", "DATE", "2024-11-05"),
    ("The memo is dated 7/8/07 and unsigned.", REF, "7/8/07", "DATE", "2007-07-08"),
    ("The vote is on the 5th of May 2026.", REF, "5th of May 2026", "DATE", "2026-05-05"),
    ("The region changed in the 1990s.", REF, "1990s", "DATE", "199", D(1990, 1, 1), D(1999, 12, 31)),
    ("Cities grew fast in the early 1960s.", REF, "1960s", "DATE", "196"),
    ("Such ideas belong to the 19th century.", REF, "19th century", "DATE", "18"),
    ("Relief supplies arrive every winter of 2023.", REF, "winter of 2023", "DATE", "2023-WI"),
    ("Profit fell in the third quarter of 2024.", REF, "third quarter of 2024", "DATE", "2024-Q3"),
    ("Sales slowed in the first half of 2023.", REF, "first half of 2023", "DATE", "2023-H1"),
    # business shorthand: fiscal years, quarters and halves by letter and digits
    ("Revenue rose 5% in FY25, the company said.", REF, "FY25", "DATE", "2025"),
    ("Margins improved in Q3 FY25.", REF, "Q3 FY25", "DATE", "2025-Q3"),
    ("Sales rose in 3Q24 from a year earlier.", REF, "3Q24", "DATE", "2024-Q3"),
    ("The H1 2025 results beat forecasts.", REF, "H1 2025", "DATE", "2025-H1"),
    ("Guidance for 1H25 was cut.", REF, "1H25", "DATE", "2025-H1"),
    ("Orders jumped in Q4'24.", REF, "Q4'24", "DATE", "2024-Q4"),
    # a quarter named by the month it ends with
    ("Profit in the December quarter fell, the bank said.", REF, "the December quarter", "DATE", "2024-Q4"),
    ("The company expects the March quarter to be weaker.", REF, "the March quarter", "DATE", "2025-Q1"),
    ("The talks opened on Christmas Day, 2019.", REF, "Christmas Day", "DATE", "2019-12-25"),
    ("The parade will be held on Independence Day.", REF, "Independence Day", "DATE", "2025-07-04"),
    ("The U.S. Independence Day holiday closed markets.", REF, "Independence Day", "DATE", "2024-07-04"),
    ("Fireworks will light up the sky on the Fourth of July.", REF, "Fourth of July", "DATE", "2025-07-04"),
    ("Pilgrims will gather on Ash Wednesday.", REF, "Ash Wednesday", "DATE", "2025-03-05"),
    ("Thousands marched on May Day in Paris.", REF, "May Day", "DATE", "2024-05-01"),
]

RELATIVE: list[Case] = [
    ("Officials said on Sunday that the border was open.", REF, "Sunday", "DATE", "2025-01-05"),
    ("Crowds gathered after prayers on Friday night.", REF, "Friday night", "TIME", "2025-01-03TNI"),
    ("The ministers will meet on Sunday in Doha.", REF, "Sunday", "DATE", "2025-01-12"),
    # a day counted from a date that follows is one date: the count and the date fold together
    ("The day before last Tuesday's hearing, he left.", REF, "The day before last Tuesday", "DATE", "2025-01-06"),
    ("Two days after Christmas Day, 2024, the road opened.", REF, "Two days after Christmas", "DATE", "2024-12-27"),
    ("It reopened three weeks after Jan. 5, 2024.", REF, "three weeks after Jan. 5, 2024", "DATE", "2024-01-26"),
    ("It ended 1,000 days after Jan. 5, 2020.", REF, "1,000 days after Jan. 5, 2020", "DATE", "2022-10-01"),
    ("A summit is scheduled to be held in Oslo on Saturday.", REF, "Saturday", "DATE", "2025-01-11"),
    ("He spoke to reporters yesterday.", REF, "yesterday", "DATE", "2025-01-08"),
    ("The report is published today.", REF, "today", "DATE", "2025-01-09"),
    ("The plane lands tomorrow.", REF, "tomorrow", "DATE", "2025-01-10"),
    ("Rebels seized the town two days ago.", REF, "two days ago", "DATE", "2025-01-07"),
    (
        "Last week, the council approved the budget.",
        REF,
        "Last week",
        "DATE",
        "2025-W01",
        D(2024, 12, 30),
        D(2025, 1, 5),
    ),
    ("Traffic has doubled this year.", REF, "this year", "DATE", "2025"),
    ("The firm lost money last year.", REF, "last year", "DATE", "2024"),
    ("The rules change next month.", REF, "next month", "DATE", "2025-02"),
    ("Talks resumed on Tuesday morning.", REF, "Tuesday morning", "TIME", "2025-01-07TMO"),
    ("The blast happened at 3 p.m. local time.", REF, "3 p.m. local time", "TIME", "2025-01-09T15:00"),
    ("The launch is set for 18:00 UTC on Friday.", REF, "18:00 UTC", "TIME", "2025-01-10T18:00Z"),
    ("Troops crossed the river in March.", REF, "March", "DATE", "2024-03"),
    # after a time preposition a month stays a month before a capitalised word, a title or a surname
    ("In April Congress approved the budget.", REF, "April", "DATE", "2024-04"),
    ("In April Israel launched a raid.", REF, "April", "DATE", "2024-04"),
    ("Pope Francis Sunday urged peace.", REF, "Sunday", "DATE", "2025-01-05"),
    ("The court sat on December 12 to hear the case.", REF, "December 12", "DATE", "2024-12-12"),
    ("The envoy will return on January 20.", REF, "January 20", "DATE", "2025-01-20"),
    ("Growth picked up in the third quarter.", REF, "third quarter", "DATE", "2024-Q3"),
    ("The deal should close in the second half of the year.", REF, "second half of the year", "DATE", "2025-H2"),
    ("The crown has ruled for almost a hundred years.", REF, "almost a hundred years", "DURATION", "P100Y"),
    ("The harvest failed last summer.", REF, "last summer", "DATE", "2024-SU"),
    # a week of a month: the calendar week that holds most of its days at that place
    (
        "The talks resume in the first week of February.",
        REF,
        "the first week of February",
        "DATE",
        "2025-W06",
        D(2025, 2, 3),
        D(2025, 2, 9),
    ),
    ("The ban runs until the second week of March.", REF, "the second week of March", "DATE", "2025-W11"),
    ("The vote is set for the week of 10 February 2025.", REF, "the week of 10 February 2025", "DATE", "2025-W07"),
    ("The law passed in the last week of December.", REF, "the last week of December", "DATE", "2024-W52"),
    ("Talks were held in the first week of March 2024.", REF, "the first week of March 2024", "DATE", "2024-W10"),
    # a weekday of a month counted from its start or end: the year is read as for the month
    (
        "Congress will convene on the first Monday of February.",
        REF,
        "the first Monday of February",
        "DATE",
        "2025-02-03",
    ),
    ("The clocks will go back on the last Sunday of October.", REF, "the last Sunday of October", "DATE", "2025-10-26"),
    ("Voters went to the polls on the second Sunday of December.", REF, "the second Sunday", "DATE", "2024-12-08"),
    ("The summit is held on the third Thursday in March 2026.", REF, "the third Thursday", "DATE", "2026-03-19"),
    ("Crops are sown in the spring.", REF, "the spring", "DATE", "2025-SP"),
    ("The summer of 2023 was hot.", REF, "The summer of 2023", "DATE", "2023-SU"),
    ("It snowed heavily last winter.", REF, "last winter", "DATE", "2023-WI"),
    ("The line opens in spring 2024.", REF, "spring 2024", "DATE", "2024-SP"),
    ("It met in Rome on December 3. The day before, the envoys arrived.", REF, "The day before", "DATE", "2024-12-02"),
    ("Shops closed over the weekend.", REF, "the weekend", "DATE", "2025-W01-WE", D(2025, 1, 4), D(2025, 1, 5)),
    ("The offer runs until 5 p.m. EST Jan. 15.", REF, "5 p.m. EST Jan. 15", "TIME", "2025-01-15T17:00"),
    ("Polls close at 8 pm ET.", REF, "8 pm ET", "TIME", "2025-01-09T20:00"),
    # a clock time before a weekday and its date is one time of that day
    ("The minister spoke at 6 p.m. Wednesday, Jan. 8.", REF, "6 p.m. Wednesday, Jan. 8", "TIME", "2025-01-08T18:00"),
    (
        "The quake hit at 4:15 a.m. Tuesday, Jan. 7, 2025, near Lhasa.",
        REF,
        "4:15 a.m. Tuesday, Jan. 7, 2025",
        "TIME",
        "2025-01-07T04:15",
    ),
    ("The talks end at noon Friday, Jan. 10.", REF, "noon Friday, Jan. 10", "TIME", "2025-01-10T12:00"),
    # the day written first (British order), with or without its weekday, or a holiday
    ("The attack happened at 4.45pm on 6 January.", REF, "4.45pm on 6 January", "TIME", "2025-01-06T16:45"),
    ("The attack happened at 16:45 on 6 January.", REF, "16:45 on 6 January", "TIME", "2025-01-06T16:45"),
    ("The attack happened at 4pm on 6 January 2025.", REF, "4pm on 6 January 2025", "TIME", "2025-01-06T16:00"),
    ("The attack happened at 4.45pm on 6th January.", REF, "4.45pm on 6th January", "TIME", "2025-01-06T16:45"),
    ("He arrived at 10pm on the 6th of January.", REF, "10pm on the 6th of January", "TIME", "2025-01-06T22:00"),
    ("The transfer window closes at 11pm on 3 February.", REF, "11pm on 3 February", "TIME", "2025-02-03T23:00"),
    ("The attack happened at 4.45pm on Monday 6 January.", REF, "4.45pm on Monday 6", "TIME", "2025-01-06T16:45"),
    ("The deadline is midnight on 31 January.", REF, "midnight on 31 January", "TIME", "2025-01-31T00:00"),
    ("The shop closes at noon on Christmas Eve.", REF, "noon on Christmas Eve", "TIME", "2025-12-24T12:00"),
    ("Shops shut at 4pm on Christmas Eve last year.", REF, "4pm on Christmas Eve", "TIME", "2024-12-24T16:00"),
    ("The ferry leaves at noon on Christmas Island.", REF, "noon", "TIME", "2025-01-09T12:00"),
    ("The blast happened shortly after midnight.", REF, "shortly after midnight", "TIME", "2025-01-09T00:00"),
    ("The blast happened around noon.", REF, "around noon", "TIME", "2025-01-09T12:00"),
    ("Limit outdoor work between noon and 6 p.m.", REF, "noon", "TIME", "2025-01-09T12:00"),
    ("Clashes erupted overnight.", REF, "overnight", "TIME", "2025-01-08TNI"),
    ("The road will be closed overnight.", REF, "overnight", "TIME", "2025-01-09TNI"),
    ("On Tuesday, rebels attacked overnight and fled.", REF, "overnight", "TIME", "2025-01-07TNI"),
    ("The launch will be at 9 a.m. PT on Friday.", REF, "9 a.m. PT", "TIME", "2025-01-10T09:00"),
    (
        "Profit rose in the fourth quarter. In the year-ago quarter, it fell.",
        REF,
        "year-ago quarter",
        "DATE",
        "2023-Q4",
    ),
    # a period compared with is the one the sentence named, a year or a quarter
    ("Sales rose so far this year from the same period last year.", REF, "same period", "DATE", "2024"),
    ("Sales rose in the third quarter from the same period last year.", REF, "same period", "DATE", "2023-Q3"),
    ("Revenue was $5 million for the year ended June 30.", REF, "the year", "DURATION", "P1Y"),
    ("He spent 2,000 days in prison.", REF, "2,000 days", "DURATION", "P2000D"),
    ("Oil was cheap in the winter of nineteen ninety-four.", REF, "winter of nineteen ninety-four", "DATE", "1994-WI"),
    ("Nineteen ninety-four was a good year.", REF, "Nineteen ninety-four", "DATE", "1994"),
    ("A 2020 Supreme Court ruling stands.", REF, "2020", "DATE", "2020"),
    ("In 2020 Pennsylvania Avenue was closed.", REF, "2020", "DATE", "2020"),
    ("Talks Resume In Spring After Break", REF, "Spring", "DATE", "2025-SP"),
    ("Guards will be posted until Tuesday.", REF, "Tuesday", "DATE", "2025-01-14"),
    ("The pact ran out in 2019. A year later, talks broke down.", REF, "A year later", "DATE", "2020"),
]

FUZZY_DURATION_SET: list[Case] = [
    ("The group recently changed its leader.", REF, "recently", "DATE", "PAST_REF"),
    ("The city is currently under curfew.", REF, "currently", "DATE", "PRESENT_REF"),
    ("Fighting is now spreading south.", REF, "now", "DATE", "PRESENT_REF"),
    ("The country has come under pressure in recent months.", REF, "recent months", "DURATION", "PXM"),
    ("More arrests are expected in the coming weeks.", REF, "the coming weeks", "DURATION", "PXW"),
    ("He vowed to act within weeks of taking office.", REF, "weeks", "DURATION", "PXW"),
    ("Rents have doubled in recent years.", REF, "recent years", "DURATION", "PXY"),
    ("Talks may resume in the days ahead.", REF, "the days ahead", "DURATION", "PXD"),
    ("The pair met often in the past.", REF, "the past", "DATE", "PAST_REF"),
    ("The regime will soon lift the curfew.", REF, "soon", "DATE", "FUTURE_REF"),
    ("Holders could buy shares at half the then current price.", REF, "then current", "DATE", "PAST_REF"),
    ("Rebels may soon seize the port.", REF, "soon", "DATE", "FUTURE_REF"),
    ("The decades-long feud ended in a handshake.", REF, "decades-long", "DURATION", "PXY"),
    ("Unions held their third day-long strike.", REF, "day-long", "DURATION", "P1D"),
    ("The valley has been dry for decades.", REF, "decades", "DURATION", "PXY"),
    ("Over the next couple of years, the port will grow.", REF, "the next couple of years", "DURATION", "P2Y"),
    ("The talks lasted a couple of days.", REF, "a couple of days", "DURATION", "P2D"),
    ("The dam was built over the past two years.", REF, "the past two years", "DURATION", "P2Y"),
    ("The envoy had previously said he would resign.", REF, "previously", "DATE", "PAST_REF"),
    ("He ruled the province for three years.", REF, "three years", "DURATION", "P3Y"),
    ("She began a six-month term.", REF, "six-month", "DURATION", "P6M"),
    ("The strike lasted about two and a half hours.", REF, "two and a half hours", "DURATION", "PT2H30M"),
    ("Prices fell over the last twenty four hours.", REF, "twenty four hours", "DURATION", "P1D"),
    ("Half an hour later, the building collapsed.", REF, "Half an hour", "DURATION", "PT30M"),
    ("The family ruled for a quarter of a century.", REF, "a quarter of a century", "DURATION", "P25Y"),
    ("He waited a quarter of an hour.", REF, "a quarter of an hour", "DURATION", "PT15M"),
    ("The war lasted half a century.", REF, "half a century", "DURATION", "P50Y"),
    ("The talks took half a dozen years.", REF, "half a dozen years", "DURATION", "P6Y"),
    ("The aid costs $40 million a week.", REF, "a week", "SET", "P1W"),
    # after an amount but before "after": how long after, not how often
    ("Shares fell 1.5% a day after the results.", REF, "a day", "DURATION", "P1D"),
    ("The market opens every Friday.", REF, "every Friday", "SET", "XXXX-WXX-5"),
    ("The report is updated annually.", REF, "annually", "SET", "P1Y"),
    ("Inspectors visit twice a year.", REF, "twice a year", "SET", "P1Y"),
    ("Tourists arrive each summer.", REF, "each summer", "SET", "XXXX-SU"),
    ("Storks return every spring.", REF, "every spring", "SET", "XXXX-SP"),
    ("The company reports quarterly.", REF, "quarterly", "SET", "P1Q"),
    ("The rate will be adjusted quarterly and published.", REF, "quarterly", "SET", "P1Q"),
    ("The plant was previously owned by the state.", REF, "previously", "DATE", "PAST_REF"),
]

RANGES: list[Case] = [
    ("The fair is held on Saturday and Sunday, January 11 and 12, in Lahore.", REF, "January 11", "DATE", "2025-01-11"),
    ("The fair is held on Saturday and Sunday, January 11 and 12, in Lahore.", REF, "12", "DATE", "2025-01-12"),
    ("The fair is held on Saturday and Sunday, January 11 and 12, in Lahore.", REF, "Saturday", "DATE", "2025-01-11"),
    ("Output shrank between 2019 and 2021.", REF, "2021", "DATE", "2021"),
    ("The works run from March to May 2025.", REF, "March", "DATE", "2025-03"),
    # an ordinal that shares the quarter or half named after it
    ("Deliveries will begin in the first or second quarter.", REF, "first", "DATE", "2025-Q1"),
    ("Deliveries will begin in the first or second quarter.", REF, "second quarter", "DATE", "2025-Q2"),
    ("Profits rose in the first and second half of 2024.", REF, "first", "DATE", "2024-H1"),
    ("Output grew in the second to fourth quarter of 2023.", REF, "second", "DATE", "2023-Q2"),
]

UNRESOLVED: list[Case] = [
    ("Officials said on Sunday that the road was closed.", None, "Sunday", "DATE", "XXXX-WXX-7"),
    ("The ship docked on June 4.", None, "June 4", "DATE", "XXXX-06-04"),
    ("The pact was signed on May 4, 2019.", None, "May 4, 2019", "DATE", "2019-05-04"),
    ("The talks were held on Saturday, January 11, in Lahore.", None, "January 11", "DATE", "2025-01-11"),
    ("Congress will convene on the first Monday of February.", None, "the first Monday", "DATE", "XXXX-02-XX"),
    # a dateline's full date is the reference when there is no publication date
    (
        "WASHINGTON, Jan 9, 2025 (Reuters) - The Senate will vote next week.",
        None,
        "next week",
        "DATE",
        "2025-W03",
    ),
    ("KYIV, Ukraine, 9 January 2025 (AP) — Russia attacked yesterday.", None, "yesterday", "DATE", "2025-01-08"),
    ("WASHINGTON (Reuters) - The Senate will vote next week.", None, "next week", "DATE", "XXXX-WXX"),
    ("In Washington, Jan 9, 2025 - they said it would end next week.", None, "next week", "DATE", "XXXX-WXX"),
]


@pytest.mark.parametrize("case", ABSOLUTE + RELATIVE + FUZZY_DURATION_SET + RANGES + UNRESOLVED)
def test_case(case: Case) -> None:
    text, reference, expected, type_, value = case[:5]
    found = find(text, reference, expected)
    assert (found.type, found.value) == (type_, value), found
    if len(case) == 7:
        assert (found.date_start, found.date_end) == (case[5], case[6])


FALSE_ALARMS = [
    ("Officials may decide later whether to reopen the school.", "may"),
    ("The students March through the capital every spring.", "March"),
    ("Protesters will march on the embassy.", "march"),
    ("He finished second in the race.", "second"),
    ("After years of talks, they agreed.", "years"),
    ("It was the second time the team lost.", "second"),
    ("More than 3,000 refugees crossed the border.", "3,000"),
    ("The price rose 20 times.", "20"),
    ("The donors pledged $80 million for schools.", "80"),
    ("The Sunday Times published the letter.", "Sunday"),
    ("She leads the Independence Day Party in the assembly.", "Independence Day"),
    ("India's Independence Day was marked with parades.", "Independence Day"),
    ("Mexican Independence Day falls in the autumn.", "Independence Day"),
    ("Christmas Island is an Australian territory in the Indian Ocean.", "Christmas"),
    ("Easter Island is a Chilean territory in the Pacific Ocean.", "Easter"),
    ("The Easter Rising began in Dublin.", "Easter"),
    ("The home side won 2-1 after extra time.", "2-1"),
    ("Update to version 2.0 of the app.", "2.0"),
    ("Theresa May met the envoy.", "May"),
    ("About 2000 people gathered in the square.", "2000"),
    ("More than 2000 people marched.", "2000"),
    ("The minister spoke on ABC's This Week programme.", "This Week"),
    ("He arrived the day before the vote.", "the day before"),
    ("It is the most recent model.", "recent"),
    ("A previously announced plan was dropped.", "previously"),
    ("The loss was higher than was previously reported.", "previously"),
    ("The fund pays quarterly dividends.", "quarterly"),
    ("He became an overnight success.", "overnight"),
    ("Overnight rates rose.", "Overnight"),
    ("The firm declared its initial quarterly of five cents.", "quarterly"),
    ("Children go to every summer camp in the county.", "summer"),
    ("He finished first or second in every race this quarter.", "first"),
    ("He is a 45-year-old engineer.", "45-year-old"),
    ("Doctors arrived soon after the blast.", "soon"),
    ("The crowd soon grew to thousands.", "soon"),
    ("Voters will decide the future of the port.", "future"),
    # a season that modifies a noun, or is part of a name, is no time
    ("The spring water is contaminated.", "spring"),
    ("The summer camp was organised by the church.", "summer"),
    ("The Winter Olympics will be held in Italy.", "Winter"),
    ("The Summer Palace was crowded.", "Summer"),
    ("Dozens died in winter storms.", "winter"),
    ("The Autumn Statement was delivered by the Chancellor.", "Autumn"),
    ("Spring Festival crowds filled the station.", "Spring"),
    # a house number, a title
    ("He lives at 2020 Pennsylvania Avenue.", "2020"),
    ("The shop at 1998 Main St. closed.", "1998"),
    ('"Nineteen Eighty-Four" was published in 1949.', "Eighty"),
    # weekdays in names, and in habits
    ("Black Friday sales were strong.", "Friday"),
    ("Black Monday hit the markets.", "Monday"),
    ("Blue Monday is said to be the saddest day.", "Monday"),
    ("The Mail on Sunday apologised.", "Sunday"),
    ("Saturday Night Live mocked the president.", "Saturday"),
    ("Friday prayers were cancelled.", "Friday"),
    ("The imam's Friday sermon was about peace.", "Friday"),
    # given names: a month before a surname, a surname after a given name
    ("The report was written by Jan de Vries and April Wilson.", "April"),
    ("August Ames was a Canadian actress.", "August"),
    ("The letter to April Wilson was lost.", "April"),
    ("Jack Sunday, a local farmer, found the body.", "Sunday"),
    ("A farmer, Jack Sunday, found the body.", "Sunday"),
    ("The fifth Monday of February 2025 is no day at all.", "Monday"),
    ("He scored 12 points in the fourth quarter.", "quarter"),  # the game's quarter
    ("The striker added a second goal after 12 minutes and added a second.", "a second"),
    ("The H1 variant spread quickly.", "H1"),
    ("The file was stamped 2023/12 by the clerk.", "2023"),
]


@pytest.mark.parametrize(("text", "word"), FALSE_ALARMS)
def test_no_false_alarm(text: str, word: str) -> None:
    found = times(text)
    assert not [t for t in found if word in t.text], found


def test_range_parts_share_a_range_id() -> None:
    found = times("The fair is held on Saturday and Sunday, January 11 and 12, in Lahore.")
    ranges = {t.range for t in found}
    assert len(found) == 4 and len(ranges) == 1 and None not in ranges
    between = times("Output shrank between 2019 and 2021.")
    assert [t.text for t in between] == ["2019", "2021"] and between[0].range == between[1].range is not None


@pytest.mark.parametrize(
    ("text", "parts", "values"),
    [
        ("He scored 20 goals in the 2023/24 season.", ["2023", "24"], ["2023", "2024"]),
        ("The budget for 2023/2024 was cut.", ["2023", "2024"], ["2023", "2024"]),
        ("Revenue in FY24/25 rose.", ["FY24", "25"], ["2024", "2025"]),
        ("He played in the 2024-25 season.", ["2024", "25"], ["2024", "2025"]),
    ],
)
def test_a_season_across_two_years_is_a_range_of_them(text: str, parts: list[str], values: list[str]) -> None:
    found = times(text)
    assert [t.text for t in found] == parts and [t.value for t in found] == values
    assert found[0].range == found[1].range is not None


def test_ids_and_order() -> None:
    found = find_times(
        "In 2023 they met. On Monday they spoke.",
        [Span(start=0, end=17, text="In 2023 they met."), Span(start=18, end=39, text="On Monday they spoke.")],
        REF,
        article_id="art2",
    )
    assert [t.id for t in found] == ["art2-t1", "art2-t2"]
    assert [t.text for t in found] == ["2023", "Monday"]


def test_only_the_given_sentences_are_read() -> None:
    text = "In 2023 they met. In 2024 they spoke."
    found = find_times(text, [Span(start=18, end=37, text="In 2024 they spoke.")], REF, article_id="a")
    assert [t.value for t in found] == ["2024"]


def test_reference_pinned_by_weekday_and_date() -> None:
    found = times("The talks were held on Saturday, January 11. Two days ago, guards left.", None)
    assert [(t.text, t.value) for t in found] == [
        ("Saturday, January 11", "2025-01-11"),
        ("Two days ago", "2025-01-09"),
    ]


def test_reference_pinned_near_the_years_the_text_writes() -> None:
    found = times("The talks were held on Tuesday, Jan. 7. In 1998 the plant closed.", None)
    assert [t.value for t in found] == ["1997-01-07", "1998"]


def test_reference_pinned_by_weekdays_and_dates_in_pairs() -> None:
    found = times("The museum is open Saturday and Sunday, January 11 and 12.", None)
    assert [t.value for t in found] == ["2025-01-11", "2025-01-12", "2025-01-11", "2025-01-12"]


def test_reference_pinned_by_a_dateline_before_a_weekday_and_date() -> None:
    found = times("NEW YORK, Jan 9, 2025 - Stocks fell on Monday. The summit opened on Tuesday, March 4, 2025.", None)
    assert [(t.text, t.value) for t in found][1:] == [
        ("Monday", "2025-01-06"),
        ("Tuesday, March 4, 2025", "2025-03-04"),
    ]


def test_reference_pinned_by_a_date_line_under_the_headline() -> None:
    text = "Ryanair orders 70 jets\nJune 13, 2005\nRyanair said today it would buy jets. It flew on Friday."
    digest = newskit.parse(text)
    found = [(t.text, t.value) for a in digest.articles for t in a.times]
    assert found == [("June 13, 2005", "2005-06-13"), ("today", "2005-06-13"), ("Friday", "2005-06-10")]
    # a date inside running text pins nothing: it is not the day of the writing
    text = "Ryanair orders 70 jets\nThe deal closed on June 13, 2005. It flew on Friday."
    found = [t.value for a in newskit.parse(text).articles for t in a.times]
    assert found == ["2005-06-13", "XXXX-WXX-5"]


def test_through_parse() -> None:
    text = "Ministers Meet in Oslo\n\nThe ministers met on Sunday. They will meet again on March 3."
    digest = newskit.parse(text, published="2025-01-09")
    found = [(t.text, t.value, t.id) for a in digest.articles for t in a.times]
    assert ("Sunday", "2025-01-05", "art1-t1") in found
    assert ("March 3", "2025-03-03", "art1-t2") in found
    for article in digest.articles:
        for t in article.times:
            assert digest.text[t.start : t.end] == t.text


def test_adversarial_input_is_fast() -> None:
    import time

    text = "1" * 200_000 + " " + "A" * 200_000 + " May " * 20_000 + "2020-" * 20_000
    start = time.perf_counter()
    times(text)
    assert time.perf_counter() - start < 5


def test_words_are_data_a_user_can_extend() -> None:
    from newskit.data import timewords
    from newskit.extract.timex.grammar import patterns

    assert not times("Prices rose of late.")
    timewords.FUZZY["of late"] = "PAST_REF"
    patterns.cache_clear()
    try:
        assert [(t.text, t.value) for t in times("Prices rose of late.")] == [("of late", "PAST_REF")]
    finally:
        del timewords.FUZZY["of late"]
        patterns.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The country has come under pressure in recent months.", "recent months"),
        ("More arrests are expected in the coming weeks.", "the coming weeks"),
        ("In the past, the two sides rarely spoke.", "the past"),
        ("Sales may slow in the future.", "the future"),
        ("Prices rose over the past two years.", "the past two years"),
        ("Over the next three weeks, the roads stay shut.", "the next three weeks"),
        ("The law will take effect at a later date.", "a later date"),
    ],
)
def test_a_leading_preposition_is_not_marked(text: str, expected: str) -> None:
    """TIMEX3 leaves prepositions out: "in recent months" is marked "recent months"."""
    assert [t.text for t in times(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trading was halted at 11.30am.", "11.30am"),
        ("Trading was halted at 11.30 am.", "11.30 am"),
        ("Trading was halted at 11:30 a.m.", "11:30 a.m."),
        ("Trading resumed at 2pm. Prices then fell.", "2pm"),
    ],
)
def test_a_full_stop_after_am_or_pm_ends_the_sentence(text: str, expected: str) -> None:
    """ "11.30am." ends with the sentence's full stop; "a.m." ends with its own."""
    assert [t.text for t in times(text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        ("The miller posted a third-quarter loss.", "third-quarter", "2024-Q3"),
        ("Its fourth quarter was weak, the miller said.", "fourth quarter", "2024-Q4"),
        ("The envoy signed a 10-year lease.", "10-year", "P10Y"),
        ("The unions called off the two-week strike.", "two-week", "P2W"),
        ("Ministers approved a five year plan.", "five year", "P5Y"),
        ("The talks took a year.", "a year", "P1Y"),
        ("The talks took the whole two years.", "the whole two years", "P2Y"),
        # "last" the verb is no part of the duration; "the last" is
        ("The ceasefire will last 72 hours.", "72 hours", "PT72H"),
        ("The storm is expected to last two days.", "two days", "P2D"),
        ("Prices rose over the last two days.", "the last two days", "P2D"),
    ],
)
def test_a_determiner_of_the_noun_modified_is_not_marked(text: str, expected: str, value: str) -> None:
    """In "a third-quarter loss" the article goes with "loss": the expression is "third-quarter"."""
    assert [(t.text, t.value) for t in times(text)] == [(expected, value)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The peak season runs from June to August.", ["2025-06", "2025-08"]),
        ("The festival takes place between July 10 and July 14.", ["2025-07-10", "2025-07-14"]),
        ("The office is open from Monday to Friday.", ["2025-01-06", "2025-01-10"]),
        ("Polls open on Friday and Monday.", ["2025-01-10", "2025-01-13"]),  # an enumeration, no range; a schedule
        ("The festival runs from Friday through Sunday.", ["2025-01-10", "2025-01-12"]),
        ("The curfew runs from 10 p.m. to 6 a.m.", ["2025-01-09T22:00", "2025-01-10T06:00"]),
    ],
)
def test_a_range_ends_after_it_starts(text: str, values: list[str]) -> None:
    found = times(text)
    assert [t.value for t in found] == values
    assert found[0].date_start is not None and found[-1].date_end is not None
    assert found[0].date_start <= found[-1].date_end


def _every_sentence() -> list[str]:
    from tests.test_times_tense import CASES as TENSE_CASES

    cases = ABSOLUTE + RELATIVE + FUZZY_DURATION_SET + RANGES + UNRESOLVED
    return [c[0] for c in cases] + [text for text, _ in FALSE_ALARMS] + [c[0] for c in TENSE_CASES]


@pytest.mark.parametrize("case", [str.upper, str.lower, str.title], ids=["upper", "lower", "title"])
def test_any_letter_case_reads_without_error(case: Callable[[str], str]) -> None:
    # wire slugs and headlines come in capitals: "FOR DECADES, THE VILLAGE HAD NO ELECTRICITY."
    for text in _every_sentence():
        times(case(text))
    assert [t.value for t in times("FOR DECADES, THE VILLAGE HAD NO ELECTRICITY.")] == ["PXY"]
