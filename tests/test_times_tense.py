"""The time extractor's reading of tense and context: which side of the reference date a weekday,
a month or a month-day without a year falls on, and how periods are named.

The reference date is Thursday 9 January 2025 unless a case says otherwise; the sentences are made
up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newskit.extract.times import find_times
from newskit.models import Span, TimeExpression

D = dt.date
REF = D(2025, 1, 9)  # a Thursday


def find(text: str, expected: str, reference: dt.date = REF) -> TimeExpression:
    found = find_times(text, [Span.of(text, 0, len(text))], reference, article_id="a1")
    for t in found:
        assert text[t.start : t.end] == t.text
    hits = [t for t in found if t.text == expected]
    assert hits, f"{expected!r} not found in {[t.text for t in found]}"
    return hits[0]


CASES: list[tuple[str, str, str]] = [
    # "since" and "ended" look back, however far ("since March": the last March, not the next)
    ("The carrier has been on patrol since March and was scheduled to return.", "March", "2024-03"),
    ("Sales reached $5 million in the year ended March 31.", "March 31", "2024-03-31"),
    ("Police have searched for him since shortly after the Oct. 23 shooting.", "Oct. 23", "2024-10-23"),
    # a plan in the past perfect is a past plan: "had been due to expire Friday"
    ("The offer had been due to expire Friday evening.", "Friday evening", "2025-01-03TEV"),
    ("The vote had been scheduled for Monday.", "Monday", "2025-01-06"),
    ("The vote is scheduled for Monday.", "Monday", "2025-01-13"),
    # a deadline is ahead, unless the sentence looks back from it in the past perfect
    ("Until Tuesday, investigators had not named him a suspect.", "Tuesday", "2025-01-07"),
    ("Thirty members had filed their reports by Wednesday.", "Wednesday", "2025-01-08"),
    ("The airline will double its flights by August.", "August", "2025-08"),
    ("The plan is to repay the loan by March.", "March", "2025-03"),
    ("The fund's sales barely changed this year through August.", "August", "2024-08"),
    # a date opening the sentence dates the verb after the comma, even a reporting verb
    ("In December, the company announced plans to expand.", "December", "2024-12"),
    ("The ministers will meet on Tuesday, the spokesman said.", "Tuesday", "2025-01-14"),
    # a headline's bare "to" is "is to": a plan ("Apple to unveil"), unless a verb governs it
    ("Apple to unveil new iPhone on Tuesday", "Tuesday", "2025-01-14"),
    ("Apple To Unveil New iPhone On Tuesday", "Tuesday", "2025-01-14"),
    ("Apple fails to meet targets on Tuesday", "Tuesday", "2025-01-07"),
    ("Apple plans to unveil new iPhone on Tuesday.", "Tuesday", "2025-01-14"),
    # a weekend as a deadline hangs on the verb before it
    ("The storm lingered through the weekend.", "the weekend", "2025-W01-WE"),
    # infinitives after verbs of deciding and agreeing look ahead
    ("The alliance has decided to admit three new members in early March.", "early March", "2025-03"),
    # a weekday in the possessive names an event already reported
    ("The relatives will look for ways to get around Wednesday's ruling.", "Wednesday", "2025-01-08"),
    ("Fans gathered ahead of Sunday's final.", "Sunday", "2025-01-12"),
    ("Shares rose after last Tuesday’s vote.", "last Tuesday", "2025-01-07"),
    # tense moves a bare month to the other side, but never the month next to the reference month
    ("Officials said the plant shuts in February.", "February", "2025-02"),
    ("Officials said the plant shut in March.", "March", "2024-03"),
    ("Officials will review the plant in December.", "December", "2024-12"),
    # a negated participle is an adjective, no past verb: "an unspecified date", "the unnamed buyer"
    ("The bonus will be paid on an unspecified date in March.", "March", "2025-03"),
    ("The unnamed buyer will take over the plant in March.", "March", "2025-03"),
    ("The police unveiled the plan in March.", "March", "2024-03"),
    # irregular past forms date what they tell in the past
    ("Officials over the weekend became more cautious.", "the weekend", "2025-W01-WE"),
    ("Rebels withdrew from the town on Sunday.", "Sunday", "2025-01-05"),
    # a verb that governs the date at close range decides its side, however far that puts it
    ("The ceremony was held on Jan. 20.", "Jan. 20", "2024-01-20"),
    ("The bill passed the House on March 5.", "March 5", "2024-03-05"),
    ("The leaders will meet on Dec. 20.", "Dec. 20", "2025-12-20"),
    ("The festival will be held in December.", "December", "2025-12"),
    ("The company declared a dividend, payable Jan. 20.", "Jan. 20", "2025-01-20"),
    # a schedule verb in the present tense announces what lies ahead; a headline's present reports the past
    ("The two leaders meet separately Monday with the envoy.", "Monday", "2025-01-13"),
    ("The trial opens Tuesday in Boston.", "Tuesday", "2025-01-14"),
    ("They did not meet Monday, officials said.", "Monday", "2025-01-06"),
    ("Leaders Meet Monday in Oslo", "Monday", "2025-01-06"),
    ("The match kicks off on Saturday.", "Saturday", "2025-01-11"),
    ("Arsenal host Tottenham on Sunday.", "Sunday", "2025-01-12"),
    ("His visits on Sunday were brief.", "Sunday", "2025-01-05"),
    # an arrangement in the progressive, "is to", and modals of likelihood look ahead
    ("The president is flying to Tokyo on Sunday.", "Sunday", "2025-01-12"),
    ("Police are investigating the shooting on Sunday.", "Sunday", "2025-01-05"),
    ("The delegation is to arrive on Wednesday.", "Wednesday", "2025-01-15"),
    ("The court may rule on Friday.", "Friday", "2025-01-10"),
    ("Oil wells may have been set afire on Monday.", "Monday", "2025-01-06"),
    # a quarter a plan is set in lies ahead; the quarter of results that are still to come does not
    ("The results will be published in the first quarter.", "the first quarter", "2025-Q1"),
    ("Analysts expect a strong second half.", "second half", "2025-H2"),
    ("The firm expects to report fourth-quarter results soon.", "fourth-quarter", "2024-Q4"),
    ("The plant will reopen in the third quarter.", "the third quarter", "2025-Q3"),
    # "the next year" in a story of the past counts from the year told of; "later" needs a date to count from
    ("The treaty was signed in 1992 and ratified the next year.", "the next year", "1993"),
    ("Over the next year, growth will slow.", "the next year", "2026"),
    ("Three years later, he was elected president.", "Three years later", "XXXX"),
    ("Two months later, he was dead.", "Two months later", "XXXX-XX"),
    ("He joined in 2001. Three years later, he was elected president.", "Three years later", "2004"),
    ("In 2010, the bank failed; a year before, it had been profitable.", "a year before", "2009"),
    # "N days later" names a day, and the chain goes on from it; a vague count or a comparison is a stretch
    ("The army withdrew on Jan. 2. Two days later, the rebels attacked again.", "Two days later", "2025-01-04"),
    ("The ship left on Jan. 3. Four days later it was seized. They left the next day.", "the next day", "2025-01-08"),
    ("A few days later, he left.", "A few days", "PXD"),
    ("It arrives on Jan. 11, three days later than planned.", "three days", "P3D"),
    ("An hour earlier, the power had failed.", "An hour", "PT1H"),
    ("The court could rule on Monday.", "Monday", "2025-01-13"),
    ("He could not be reached for comment Friday.", "Friday", "2025-01-03"),
    ("Neither he nor his wife could be located Wednesday.", "Wednesday", "2025-01-08"),
    ("The parade takes place on Saturday.", "Saturday", "2025-01-11"),
    ("The final is on Sunday.", "Sunday", "2025-01-12"),
    ('"I\'ll see you on Sunday," he said.', "Sunday", "2025-01-12"),
    ("He filed his tax returns on Monday.", "Monday", "2025-01-06"),
    # a deadline that opens a story told in the past is behind
    ("By Wednesday morning, a million homes were without power.", "Wednesday morning", "2025-01-08TMO"),
    ("By Wednesday, the fire had spread to the suburbs.", "Wednesday", "2025-01-08"),
    ("Investors were told to respond by Friday.", "Friday", "2025-01-10"),
    # a weekday and its week are one day
    ("The talks collapsed on Thursday last week.", "Thursday last week", "2025-01-02"),
    ("He left on Tuesday of last week.", "Tuesday of last week", "2024-12-31"),
    ("The vote is on Monday next week.", "Monday next week", "2025-01-13"),
    # "a Friday" alone is some Friday; "a Wednesday media event" is the event's day
    ("He was stranded on a Friday.", "Friday", "XXXX-WXX-5"),
    ("In a Wednesday media event, Apple released a laptop.", "Wednesday", "2025-01-08"),
    # a half or quarter not over yet was not told of in the past; one named with results keeps its label
    ("The airline returned to profit in the first half.", "the first half", "2024-H1"),
    # a season that names no spring or winter is vague
    ("The striker is out until next season.", "next season", "FUTURE_REF"),
    # British forms: "Monday week", "1 March last year"; a count of weeks after a month starts from it
    ("The hearing was adjourned until Monday week.", "Monday week", "2025-01-20"),
    ("Rail fares went up on 1 March last year.", "1 March last year", "2024-03-01"),
    ("The firm cut jobs in November. Three weeks later, the CEO resigned.", "Three weeks later", "2024-W47"),
    # words inside a quotation are resolved against the day they were spoken, when the sentence names it
    ('"Next year will be different," she told reporters on Dec. 30.', "Next year", "2025"),
    ('"We will meet tomorrow," he said on Monday.', "tomorrow", "2025-01-07"),
    ('He said on Monday: "Tomorrow we start again."', "Tomorrow", "2025-01-07"),
    ('"We met yesterday," he said.', "yesterday", "2025-01-08"),
    # a verb of a clause that opens after the date is not the date's
    ("He shrugged off warnings on Monday that the plan could fail.", "Monday", "2025-01-06"),
    # a date right after a reporting verb and its short object dates the telling
    ("He told reporters Wednesday he would not run again.", "Wednesday", "2025-01-08"),
    ("She told the BBC on Monday that she will stand down.", "Monday", "2025-01-06"),
    ("He said the talks would resume Monday.", "Monday", "2025-01-13"),
    # "last Oct. 23" is a month-day, not the month
    ("He was shot last Oct. 23 at his home.", "Oct. 23", "2024-10-23"),
]


@pytest.mark.parametrize(("text", "expected", "value"), CASES)
def test_tense(text: str, expected: str, value: str) -> None:
    assert find(text, expected).value == value


def test_weekday_at_the_far_end_of_a_span_is_not_one_of_its_dates() -> None:
    text = "The fund bought 254,200 shares from Sept. 14 to Thursday."
    thursday = find(text, "Thursday", D(1989, 10, 30))
    assert thursday.value == "1989-10-26"
    assert thursday.range is not None


def test_weekdays_written_with_their_month_days_take_those_days() -> None:
    text = "Protests were held on Saturday and Sunday, January 11 and 12."
    assert find(text, "Saturday", D(2025, 1, 15)).value == "2025-01-11"
    assert find(text, "Sunday", D(2025, 1, 15)).value == "2025-01-12"


def test_quarter_ended_on_a_day_is_the_quarter_most_of_its_months_fall_in() -> None:
    assert find("Profit rose in the quarter ended Sept. 30.", "the quarter", D(1989, 10, 26)).value == "1989-Q3"
    assert find("In the quarter ended July 31, sales fell.", "the quarter", D(1989, 10, 30)).value == "1989-Q2"


def test_a_numbered_quarter_ended_on_a_day_is_the_companys_fiscal_quarter() -> None:
    text = "It earned $5 million in its fourth quarter ended Sept. 30, against $3 million a year earlier."
    fourth = find(text, "fourth quarter", D(2025, 10, 15))
    assert fourth.value == "2025-Q4"  # the company's number, in the year the quarter ended
    assert (fourth.date_start, fourth.date_end) == (D(2025, 7, 1), D(2025, 9, 30))  # the months it covered
    earlier = find(text, "a year earlier", D(2025, 10, 15))
    assert (earlier.value, earlier.date_start) == ("2024-Q4", D(2024, 7, 1))
    # without a year, "ended" looks back: an October 31 still ahead is last year's
    second = find("In the second quarter ended Oct. 31, it lost money.", "the second quarter", D(1989, 10, 27))
    assert (second.value, second.date_start, second.date_end) == ("1988-Q2", D(1988, 8, 1), D(1988, 10, 31))


def test_quarters_as_durations_and_sets_count_quarters() -> None:
    assert find("It has lost money in the past two quarters.", "the past two quarters").value == "P2Q"
    assert find("It pays $100 million in interest every quarter.", "every quarter").value == "P1Q"


def test_and_a_half_after_the_unit() -> None:
    found = find("But a minute and a half later, a pilot called in.", "a minute and a half")
    assert (found.type, found.value) == ("DURATION", "PT1M30S")


MORE: list[tuple[str, str, dt.date, str]] = [
    # the latest quarter is the last one that has ended
    ("Earnings fell 59% in the latest quarter.", "the latest quarter", D(1989, 11, 2), "1989-Q3"),
    # "that same day" after a month: a day of that month
    ("The site went up in October. It was taken down that same day.", "that same day", REF, "2024-10-XX"),
    # AP style: the day after or inside a clock time's conversion
    ("The blast came at about 10:35 a.m. (0735 GMT) Friday.", "about 10:35 a.m.", D(1998, 8, 8), "1998-08-07T10:35"),
    ("He will leave at 4 in the morning (4 a.m. EDT Thursday).", "4 in the morning", D(2000, 4, 5), "2000-04-06T04:00"),
    ("They met at 8 o'clock in the evening.", "8 o'clock in the evening", REF, "2025-01-09T20:00"),
    # the week of a day
    ("The case may be heard the week of March 6.", "the week of March 6", D(2000, 2, 24), "2000-W10"),
    # "one day" after a modal is some day ahead
    ("Islam will one day be the second largest religion here.", "one day", REF, "FUTURE_REF"),
    ("The strike lasted one day.", "one day", REF, "P1D"),
    # parts of a day without a day: the day the sentence is about
    ("Fighting resumed on Tuesday. By mid-afternoon, the town had fallen.", "mid-afternoon", REF, "2025-01-07TAF"),
    ("Dealers placed heavy orders in the morning.", "the morning", REF, "2025-01-09TMO"),
    # "compared with" is no past verb; "the quarter ending in January", written in November, is ahead
    (
        "It expects $37 billion for the quarter ending in January, compared with $35 billion.",
        "January",
        D(2024, 11, 20),
        "2025-01",
    ),
    ("It expects $37 billion for the quarter ending in January.", "the quarter", D(2024, 11, 20), "2024-Q4"),
    ("Revenue in the quarter ended in June rose.", "the quarter", D(2024, 11, 20), "2024-Q2"),
    # written on a Monday, a weekend ahead as a deadline: the coming one
    ("The storm will linger through the weekend.", "the weekend", D(2025, 1, 6), "2025-W02-WE"),
    ("Heat wave to grip Midwest through the weekend", "the weekend", D(2025, 1, 6), "2025-W02-WE"),
    # "come close": an adjective, no schedule; the past perfect looks back (written on a Sunday)
    ("They said the sides had come close on Tuesday to agreeing a swap.", "Tuesday", D(2025, 10, 12), "2025-10-07"),
    # a hedged deadline is a deadline; what starts on a day lies ahead of the past verb announcing it
    ("The line would remain closed until at least Wednesday.", "Wednesday", D(2025, 10, 12), "2025-10-15"),
    ("He declared three days of national mourning starting Monday.", "Monday", D(2025, 10, 12), "2025-10-13"),
    ("Starting Monday, the agency posted updates every hour.", "Monday", D(2025, 10, 12), "2025-10-06"),
    # "prepared to" looks ahead; what is forecast lies ahead
    ("OPEC+ was prepared to extend cuts into the third quarter.", "the third quarter", D(2025, 3, 12), "2025-Q3"),
    ("Goldman trimmed its second-quarter Brent forecast.", "second-quarter", D(2025, 3, 12), "2025-Q2"),
    ("Acme reported a third-quarter loss.", "third-quarter", D(2025, 3, 12), "2024-Q3"),
    # what lasted until a day in the past ended on the day past; what was postponed until one, ahead
    ("A cordon remained in place until Sunday, police said.", "Sunday", D(2025, 10, 22), "2025-10-19"),
    ("A cordon remained in place until at least Sunday.", "Sunday", D(2025, 10, 22), "2025-10-19"),
    ("Officials postponed until Tuesday any action.", "Tuesday", D(2025, 10, 22), "2025-10-28"),
    # a present tense that tells of what is scheduled looks ahead (written on a Wednesday)
    ("The new rules take effect on Thursday.", "Thursday", D(2025, 3, 12), "2025-03-13"),
    ("The new rules come into force on Monday.", "Monday", D(2025, 3, 12), "2025-03-17"),
    ("The markets reopen on Monday.", "Monday", D(2025, 3, 12), "2025-03-17"),
    ("England play France on Saturday.", "Saturday", D(2025, 3, 12), "2025-03-15"),
    # a hyphenated adjective in -ed is no past verb; a possessive before "close" makes it a noun
    ("Almansa plays at relegation-threatened Orbaneja on Sunday.", "Sunday", D(2025, 3, 12), "2025-03-16"),
    ("Shares fell 2% from Wednesday's close.", "Wednesday", D(2025, 3, 14), "2025-03-12"),
    # a possessive weekday before a verb that looks ahead
    ("Tuesday's vote is expected to be close.", "Tuesday", D(2025, 3, 14), "2025-03-18"),
    # a point in a quarter ahead is no result for it
    (
        "The upgrade will be finished by the end of the second quarter.",
        "the second quarter",
        D(2025, 3, 14),
        "2025-Q2",
    ),
    # months joined by "and"/"to": "May" is the month
    ("Between March and May, the reservoir level dropped.", "May", D(2025, 6, 15), "2025-05"),
    ("Between March and May, the reservoir level dropped.", "March", D(2025, 6, 15), "2025-03"),
    # a clock time without a day of its own is on the day its range names
    ("The meeting was held between 2 p.m. and 4 p.m. on Wednesday.", "2 p.m.", D(2025, 3, 14), "2025-03-12T14:00"),
    # what opens the way for something, or is forecast, lies ahead; a modal of ability looks ahead
    ("A judge refused to postpone the trial, clearing the way for jury selection to begin Monday.", "Monday",
     D(2024, 10, 16), "2024-10-21"),
    ("Problems made it difficult for Sun to meet demand well into the summer.", "the summer", D(1989, 10, 26),
     "1989-SU"),
    ("Rain and thunderstorms were forecast for the Southeast on Wednesday.", "Wednesday", D(2024, 11, 26),
     "2024-11-27"),
    ('"If you can leave early Wednesday, do it," Olds said.', "early Wednesday", D(2024, 11, 26), "2024-11-27"),
    ("He could not be reached on Monday.", "Monday", D(2024, 11, 26), "2024-11-25"),
    # a name's capitalised word is no verb of a schedule: "the Boss Open"
    ("He beat Duarte to win the Boss Open in Stuttgart on Sunday.", "Sunday", D(2023, 6, 12), "2023-06-11"),
    # a plan as it stood then ("was due", "originally scheduled") has no side: the nearer day
    ("The report was due in June.", "June", D(2023, 9, 22), "2023-06"),
    ("He postponed his speech, originally scheduled for Wednesday, to March 12.", "Wednesday", D(2025, 2, 20),
     "2025-02-19"),
    ("The game, originally scheduled for Saturday, will now be played on Sunday.", "Saturday", D(2025, 2, 20),
     "2025-02-22"),
    # "a year ago today": the same day a year back
    ("A year ago today, the ferry capsized.", "A year ago today", D(2023, 9, 22), "2022-09-22"),
    ("Two years ago this week, the war began.", "Two years ago this week", D(2023, 9, 22), "2021-W38"),
    # a local clock time takes the day a bracketed conversion names, across midnight when it must
    ("The jet departed at 10:05 p.m. local time (0305 GMT Saturday).", "10:05 p.m. local time", D(2022, 11, 5),
     "2022-11-04T22:05"),
    ("The quake hit at 2 a.m. local time (1800 GMT Friday).", "2 a.m. local time", D(2022, 11, 5),
     "2022-11-05T02:00"),
    ("The blast came at 10:35 a.m. (0735 GMT Friday).", "10:35 a.m.", D(2022, 11, 5), "2022-11-04T10:35"),
    # a verb opening a fixture after a colon is a schedule's
    ("Bucks: Host Sacramento on Wednesday night.", "Wednesday night", D(2024, 1, 22), "2024-01-24TNI"),
    # a duration and a finer one right after it are one
    ("He needed two hours and 51 minutes to win.", "two hours and 51 minutes", D(2023, 6, 12), "PT2H51M"),
    ("He served three years and six months in prison.", "three years and six months", D(2023, 6, 12), "P3Y6M"),
    # a weekday counted from a day: "the Friday after Christmas"
    ("Stores reopen the Friday after Christmas.", "Friday after Christmas", D(2024, 11, 26), "2024-12-27"),
    ("Traffic peaked on the Sunday after Thanksgiving last year.", "Sunday after Thanksgiving last year",
     D(2024, 11, 26), "2023-11-26"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "reference", "value"), MORE)
def test_more(text: str, expected: str, reference: dt.date, value: str) -> None:
    found = find_times(text, [Span.of(text, 0, len(text))], reference, article_id="a1")
    hits = [t for t in found if t.text == expected]
    assert hits, [t.text for t in found]
    assert hits[0].value == value


def test_clock_in_a_parenthesis_stops_at_its_closing_bracket() -> None:
    text = "It exploded at 10:35 a.m. (0735 GMT) Friday."
    found = find_times(text, [Span.of(text, 0, len(text))], D(1998, 8, 8), article_id="a1")
    assert [t.text for t in found] == ["10:35 a.m.", "0735 GMT", "Friday"]


def test_a_year_earlier_compares_the_period_of_its_own_sentence() -> None:
    text = (
        "Profit rose in the third quarter. "
        "Net was $5 million, up from $4 million a year earlier. "
        "In the first nine months, net was $15 million, compared with $12 million a year earlier."
    )
    found = find_times(text, [Span.of(text, 0, len(text))], D(1989, 10, 26), article_id="a1")
    earlier = [t.value for t in found if t.text == "a year earlier"]
    assert earlier == ["1988-Q3", "1988"]


def test_a_holiday_days_ahead_is_not_pushed_a_year_back_by_the_past_tense() -> None:
    easter_2025 = D(2025, 4, 14)  # Easter Sunday is 20 April 2025
    assert find("Pilgrims gathered as Easter approached.", "Easter", easter_2025).value == "2025-04-20"
    assert find("Pilgrims gathered as Easter week approached.", "Easter week", easter_2025).value == "2025-W16"
    assert find("Pilgrims gathered at Easter.", "Easter", D(2025, 5, 2)).value == "2025-04-20"
    assert find("Pilgrims gathered on Ash Wednesday.", "Ash Wednesday", D(2025, 1, 9)).value == "2024-02-14"
    assert find("Protesters prayed as Easter week began.", "Easter week", D(2025, 4, 14)).value == "2025-W16"


def test_a_holiday_told_of_in_the_past_is_the_last_one_however_far_back() -> None:
    october = D(2025, 10, 15)
    assert find("Sales fell at Christmas.", "Christmas", october).value == "2024-12-25"
    assert find("Parades on Veterans Day drew crowds.", "Veterans Day", october).value == "2024-11-11"
    assert find("Sales will rise at Christmas.", "Christmas", october).value == "2025-12-25"


@pytest.mark.parametrize(
    ("text", "holiday", "value"),
    [
        ("Parades were held on Bastille Day.", "Bastille Day", "2025-07-14"),
        ("Stores will open on Veterans Day.", "Veterans Day", "2025-11-11"),
        ("Florists expect a busy Mother's Day.", "Mother's Day", "2026-05-10"),
        ("Offices close on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", "2026-01-19"),
        ("Marches are planned for Juneteenth.", "Juneteenth", "2026-06-19"),
    ],
)
def test_more_holidays(text: str, holiday: str, value: str) -> None:
    assert find(text, holiday, D(2025, 10, 15)).value == value


@pytest.mark.parametrize(
    ("reference", "value"),
    [(D(2025, 1, 13), "2025-W02-WE"), (D(2025, 1, 15), "2025-W02-WE"), (D(2025, 1, 16), "2025-W03-WE")],
)
def test_the_weekend_without_a_tense_is_the_last_one_early_in_the_week(reference: dt.date, value: str) -> None:
    # "spread" shows no tense; a Monday story tells of the weekend just past, a Thursday one of the next
    assert find("Protests spread over the weekend.", "the weekend", reference).value == value


def test_a_clock_time_falls_on_the_day_just_named() -> None:
    text = (
        "A passenger train derailed late Saturday near Orvieto, killing 23 people. "
        "The train left the tracks at around 10:40 p.m., officials said."
    )
    sentences = [Span.of(text, 0, 73), Span.of(text, 74, len(text))]
    found = find_times(text, sentences, D(2025, 10, 12), article_id="a1")
    assert [t.value for t in found if t.type == "TIME"] == ["2025-10-11T22:40"]


@pytest.mark.parametrize("text", ["Daily Telegraph columnist Allison Pearson wrote.", "He and May agreed to talk."])
def test_names_are_no_times(text: str) -> None:
    assert not find_times(text, [Span.of(text, 0, len(text))], D(2025, 3, 12), article_id="a1")


def test_halves_of_a_game_told_of_in_the_article_are_no_calendar_halves() -> None:
    text = "The striker equalised before halftime. We were not good in the first half, the coach said."
    sentences = [Span.of(text, 0, 38), Span.of(text, 39, len(text))]
    assert not find_times(text, sentences, D(2024, 4, 6), article_id="a1")
    text = "Profit fell in the first half, the company said."
    assert [t.value for t in find_times(text, [Span.of(text, 0, len(text))], D(2024, 8, 6), article_id="a1")] == [
        "2024-H1"
    ]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Earlier this month, the company cut jobs.", D(2025, 3, 1), D(2025, 3, 14)),
        ("Later this month, the company will cut jobs.", D(2025, 3, 14), D(2025, 3, 31)),
        ("So far this year, sales rose 3%.", D(2025, 1, 1), D(2025, 3, 14)),
        ("Sales rose this month.", D(2025, 3, 1), D(2025, 3, 31)),
    ],
)
def test_a_period_told_from_one_side_of_now_covers_that_side(text: str, first: dt.date, last: dt.date) -> None:
    (found,) = find_times(text, [Span.of(text, 0, len(text))], D(2025, 3, 14), article_id="a1")
    assert (found.date_start, found.date_end) == (first, last)


def test_an_up_next_list_tells_of_the_next_games() -> None:
    import newskit

    text = "The Celtics won on Monday night.\n\nUP NEXT\n\nCeltics: At Miami on Thursday.\n"
    [article] = newskit.parse(text, published="2024-01-22", split=False).articles
    assert {t.text: t.value for t in article.times}["Thursday"] == "2024-01-25"
