"""Wrong figures taken from a right sentence (round 41): an English count's noun read past its plural head (how many
nurses took fire safety training; how many youth service clubs yuhang), working days asked (三个工作日) read as another
measure, a corrected figure, a budget, a classifier the figure pattern does not read, an English ratio. Made-up
questions and sentences in the documents' style: other nouns, figures and places than any question set's."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse


def test_an_english_count_of_a_plural_noun_followed_by_a_verb_counts_that_noun():
    # "took" is no participle the phrase's end is read by: the plural (nurses) heads the noun phrase, not training
    bridge = Bridge.build({"护士": 2.0, "培训": 2.0, "消防": 1.0},
                          to_english={"护士": [("nurse", 1.0)], "培训": [("training", 1.0)]})
    sentence = ("全年开展消防安全培训3.4万人次，培训持证安全员0.6万人次，"
                "其中面向养老机构护工1,150人次、社区医院护士580人次。")
    q = analyse("how many hospital nurses took fire safety training in 2023", bridge)
    assert extract(q, sentence).text == "580人次"


def test_a_place_named_after_an_english_count_is_not_its_noun():
    bridge = Bridge.build({"俱乐部": 2.0, "青年": 2.0, "服务": 1.0, "余杭": 1.0},
                          to_english={"俱乐部": [("club", 1.0)], "余杭": [("yuhang", 1.0)]})
    sentence = "设立社区服务站超2400个，登记青年会员8.6万名，青年服务俱乐部（分会）约350个，持证安全员3.1万名。"
    q = analyse("how many youth service clubs yuhang", bridge)
    assert [t for i in q.focus for t in q.groups[i]][0] == "俱乐部"  # the counted noun weighs most, not the place
    assert extract(q, sentence).text == "约350个"


def test_working_days_asked_take_the_figure_of_working_days():
    bridge = Bridge.build({"工作日": 3.0, "演练": 1.0, "记录": 2.0, "报送": 1.0},
                          to_english={"工作日": [("working day", 1.0)], "报送": [("submit", 1.0)]})
    sentence = "学校应当在演练结束后三个工作日内报送参演人员名单；演练记录保存期限不少于三年。"
    q = analyse("how many working days does a school have to submit drill records", bridge)
    assert extract(q, sentence).text == "三个工作日"


def test_a_corrected_figure_answers_over_the_figure_it_replaces():
    sentence = "对2023年年度报告中的个别数据说明如下：2023年无偿献血由3,150人次更正为3,420人次；"
    assert extract(analyse("2023年无偿献血人次最终是多少"), sentence).text == "3,420人次"


def test_the_figure_before_a_correction_answers_a_question_asking_it():
    sentence = "2023年无偿献血由3,150人次更正为3,420人次；"
    assert extract(analyse("2023年无偿献血原来报的是多少"), sentence).text == "3,150人次"


def test_a_budget_asked_is_money():
    sentence = "五、发电机3台已使用逾12年，建议116年度编列新台币52万元购置新机。"
    assert extract(analyse("买新发电机的预算有多少"), sentence).text == "新台币52万元"


def test_a_classifier_asked_that_the_figure_pattern_does_not_read_takes_its_figure():
    sentence = "③心肺复苏救治：12例（其中“90后”施救者4人）"
    assert extract(analyse("下半年心肺复苏救了几例"), sentence).text.startswith("12")


def test_a_ratio_asked_in_english_is_a_share():
    sentence = ("本年度利润分配方案为：每10股派发现金红利2.50元（含税），共计派发现金红利4,150万元，"
                "占本年度合并报表净利润的35.10%。")
    bridge = Bridge.build({"红利": 2.0, "分配": 1.0}, to_english={"红利": [("dividend", 1.0)]})
    assert extract(analyse("what is the dividend ratio for 2023?", bridge), sentence).text == "35.10%"


def test_a_ratio_written_as_two_figures_wins_over_a_percentage():
    sentence = "At the Lakeside depot the driver to vehicle ratio is 3 to 2, and 25% of drivers work nights."
    assert extract(analyse("what is the driver to vehicle ratio"), sentence).text == "3 to 2"
    assert extract(analyse("what proportion of drivers work nights"), sentence).text == "25%"
