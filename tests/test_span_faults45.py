"""Spans of round 45: a Chinese count over an English sentence (the noun it counts glossed in English, a day after
its month and a year naming one thing are no counts), a duration in two units whose smaller one is a symbol
(6 min 40 s). Made-up sentences in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_a_chinese_count_takes_the_english_figure_of_the_noun_it_counts():
    # 多少份餐 counts meals (餐: CC-CEDICT's "meal"), not the volunteers nearer the question's other words
    sentence = ("After the March storm in the Kestrel Bay district, 240 volunteers ran three rest centres for six days "
                "and served more than 9,500 meals.")
    assert extract(analyse("Kestrel Bay暴雨那次送了多少份餐"), sentence).text.endswith("9,500 meals")


def test_a_chinese_count_of_days_takes_the_days():
    # 几天 over a US date (August 1) and a week: the days; the 1 of "August 1" is a day of a month, no count
    sentence = "Aug 9, 2024: A-positive stock fell to 1.8 days after the August 1 holiday week"
    assert extract(analyse("8月9号库存掉到几天"), sentence).text == "1.8 days"


def test_a_day_written_after_its_month_counts_nothing():
    sentence = "The warehouse shipped 412 boxes after the October 3 storm week."
    assert extract(analyse("how many did the warehouse ship after the October storm"), sentence).text == "412 boxes"


def test_a_year_naming_one_thing_counts_nothing():
    # "the 2024 conference": the year names the conference; the count of people is the other figure
    sentence = "A: 85 people came to the 2024 conference."
    assert extract(analyse("how many came to the conference"), sentence).text == "85 people"
    assert extract(analyse("去年conference来了多少人"), sentence).text == "85 people"


def test_a_year_before_a_plural_stays_a_count():
    sentence = "Our stores handed out 1950 parcels last winter."
    assert extract(analyse("how many parcels did the stores hand out"), sentence).text == "1950 parcels"


def test_a_duration_whose_seconds_are_written_s_stays_whole():
    sentence = "The average time from call to arrival was 7 min 25 s, two minutes ahead of the ambulance."
    assert extract(analyse("what was the average call to arrival time"), sentence).text == "7 min 25 s"


def test_a_period_in_the_republic_of_chinas_calendar_is_answered_whole():
    # 從哪天到哪天 over a period whose ends open with a three-digit ROC year: both ends, not the first date alone
    sentence = "服務期間：113年4月1日至113年10月31日，共7個月"
    assert extract(analyse("志工服務期間從哪天到哪天"), sentence).text == "113年4月1日至113年10月31日"


def test_a_date_moved_is_answered_with_the_date_it_was_moved_to():
    # 延到什么时候 over 由原定X推迟至Y: the new date, not the one first set
    sentence = "年会由原定2024年10月推迟至2025年3月召开，原因是场地调整。"
    assert extract(analyse("年会延到什么时候"), sentence).text == "2025年3月"


def test_a_date_asked_without_a_move_is_the_nearest_as_before():
    sentence = "年会原定于2024年10月召开，筹备会于2024年8月举行。"
    assert extract(analyse("筹备会什么时候开"), sentence).text == "2024年8月"


def test_a_date_written_in_error_yields_to_the_corrected_one():
    # an erratum: the date the entry got wrong is no answer, the one it should be is
    sentence = "更正：5月3日条目中东湖救援队成立日期误写为4月18日，应为4月16日。"
    assert extract(analyse("东湖救援队是哪天成立的"), sentence).text == "4月16日"
