"""Right short answers refused by a gate that misread a shape, or taken wrongly (round 38): an age asked (义工几多岁
可以报名) read as a count of volunteers, an hour count typed short (how many hrs) read as a count of "hrs", a list of
exactly the places the question names (在城口、巫溪等地) read as places sharing another list's figure, a number before
a name ending in a plural (64 Red Cross volunteers) read as naming it, and a table's scale (A$'000) read as a figure.
Made-up sentences, none from the question sets."""
from __future__ import annotations

import pytest
from reportbot.index.answering.choose import extract
from reportbot.index.answering.counted_said import counted_groups, counted_said, counted_word_zh
from reportbot.index.answering.label_figure import label_checked
from reportbot.index.answering.placed import places_placed
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.context import Constraint
from reportbot.index.retrieval.query import analyse


def span_of(sentence: str, text: str, source: str = "figure") -> Span:
    start = sentence.index(text)
    return Span(text, start, start + len(text), source)


@pytest.mark.parametrize("question, sentence, answer", [
    ("青溪应急义工 几多岁可以报名", "答：年满18岁即可网上报名；16至17岁人士须附家长同意书。", "18岁"),
    ("青溪应急義工 幾多歲先可以報名", "答：年满18岁即可网上报名；16至17岁人士须附家长同意书。", "18岁"),
    ("青溪志愿者服务满多少小时拿铜章", "累计服务满100小时授予铜质徽章。", "100小时"),
])
def test_an_age_or_a_length_of_time_asked_is_no_count_of_the_thing_before_it(question, sentence, answer):
    q = analyse(question)
    assert counted_groups(q) == []
    assert counted_said(q, sentence, span_of(sentence, answer)) == 1.0


def test_an_hour_count_typed_short_counts_no_thing():
    q = analyse("cancel how many hrs before the shift to keep your place")
    sentence = "Cancel 48 hours or more before the shift to keep your place."
    assert counted_groups(q) == []
    assert counted_said(q, sentence, span_of(sentence, "48 hours")) == 1.0


def test_a_count_of_a_thing_is_still_read_and_checked():
    assert counted_word_zh("青溪救援队有多少名队员") == "队员"
    assert counted_word_zh("青溪有多少年轻人参加培训") == "年轻人"  # 年 begins a word here: no length of time
    q = analyse("青溪救援队有多少名队员")
    sentence = "全县共培训救护员1200名。"
    assert counted_said(q, sentence, span_of(sentence, "1200名")) == 0.0


def test_a_list_of_exactly_the_question_places_scopes_the_answer():
    places = (Constraint("place", ("城口", "chengkou")), Constraint("place", ("巫溪", "wuxi")))
    sentence = "下半年在城口、巫溪等地新建博爱家园23个。"
    assert places_placed(places, sentence, span_of(sentence, "23个"), "重庆市红十字会工作简报")
    county = "下半年在城口县和巫溪县新建博爱家园23个。"
    assert places_placed(places, county, span_of(county, "23个"), "重庆市红十字会工作简报")


def test_the_question_places_inside_a_longer_list_still_share_its_figure():
    places = (Constraint("place", ("宁波", "ningbo")), Constraint("place", ("温州", "wenzhou")))
    sentence = "赛事期间，在杭州及宁波、温州、湖州4个协办城市共布设救护站36个。"
    assert not places_placed(places, sentence, span_of(sentence, "36个"), "浙江省红十字会工作总结")
    ending = "赛事期间，在湖州、宁波、温州共布设救护站36个。"
    assert not places_placed(places, ending, span_of(ending, "36个"), "浙江省红十字会工作总结")


@pytest.mark.parametrize("sentence, figure", [
    ("Maria Lopez reported that 58 Red Cross volunteers staffed the two shelters.", "58"),
    ("Open a new branch office; add 40 Boai Homes; and train 900 people.", "40"),
])
def test_a_number_before_a_name_ending_in_a_plural_counts_it(sentence, figure):
    q = analyse("how many volunteers staffed the shelters")
    span = span_of(sentence, figure)
    assert label_checked(q, sentence, span) == 1.0
    street = "The branch office is at 58 Harbour Road, Nelson."
    assert label_checked(q, street, span_of(street, "58")) == 0.0
    clause = "3.1.2 Volunteers must be at least 16 years old."  # a clause's number names it, counts nothing
    assert label_checked(analyse("how many shelters opened"), clause, Span("2 Volunteers", 4, 16, "figure")) == 0.0


def test_a_scale_after_an_apostrophe_is_no_figure():
    sentence = "Total — 2023-24 (A$'000): 4,512; 2022-23 (A$'000): 3,970; Change (%): +13.7"
    assert ask_figure("汤斯维尔项目总支出2023-24是多少", sentence) == "4,512"


def ask_figure(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text
