"""Wrong figures taken from a right sentence (round 41): an English count's noun read past its plural head (how many
bus drivers got first aid training; how many volunteer groups linhai), working days asked (五个工作日) read as another
measure, a corrected figure, a budget, a classifier the figure pattern does not read, an English ratio. Made-up
sentences in the documents' style, none from the question sets."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse


def test_an_english_count_of_a_plural_noun_followed_by_a_verb_counts_that_noun():
    # "got" is no participle the phrase's end is read by: the plural (drivers) heads the noun phrase, not training
    bridge = Bridge.build({"驾驶员": 2.0, "培训": 2.0, "急救": 1.0},
                          to_english={"驾驶员": [("driver", 1.0)], "培训": [("training", 1.0)]})
    sentence = ("全年开展应急救护普及培训12.1万人次，培训持证救护员1.8万人次，"
                "其中面向中小学教师2,400人次、出租车驾驶员900人次。")
    q = analyse("how many taxi drivers got first aid training in 2024", bridge)
    assert extract(q, sentence).text == "900人次"


def test_a_place_named_after_an_english_count_is_not_its_noun():
    bridge = Bridge.build({"团体": 2.0, "志愿": 2.0, "服务": 1.0, "临海": 1.0},
                          to_english={"团体": [("group", 1.0)], "临海": [("linhai", 1.0)]})
    sentence = "建成基层组织超1.3万个，发展成人会员41.2万名，志愿服务团体（组织）近1100个，注册志愿者19.6万名。"
    q = analyse("how many volunteer service groups linhai", bridge)
    assert [t for i in q.focus for t in q.groups[i]][0] == "团体"  # the counted noun weighs most, not the place
    assert extract(q, sentence).text == "近1100个"


def test_working_days_asked_take_the_figure_of_working_days():
    bridge = Bridge.build({"工作日": 3.0, "培训": 1.0, "档案": 2.0, "录入": 1.0},
                          to_english={"工作日": [("working day", 1.0)], "录入": [("upload", 1.0)]})
    sentence = "培训机构应当在培训结束后五个工作日内录入学员信息；培训档案保存期限不少于五年。"
    q = analyse("how many working days do they have to upload trainee records", bridge)
    assert extract(q, sentence).text == "五个工作日"


def test_a_corrected_figure_answers_over_the_figure_it_replaces():
    sentence = "对2024年工作报告中的部分数据更正如下：2024年应急救护普及培训由12.4万人次更正为12.9万人次；"
    assert extract(analyse("2024年普及培训核定后是多少"), sentence).text == "12.9万人次"


def test_the_figure_before_a_correction_answers_a_question_asking_it():
    sentence = "2024年应急救护普及培训由12.4万人次更正为12.9万人次；"
    assert extract(analyse("2024年普及培训原来报的是多少"), sentence).text == "12.4万人次"


def test_a_budget_asked_is_money():
    sentence = "三、橡皮艇2艘已使用逾10年，建议115年度编列新台币38万元汰换。"
    assert extract(analyse("橡皮艇要换新 预算多少"), sentence).text == "新台币38万元"


def test_a_classifier_asked_that_the_figure_pattern_does_not_read_takes_its_figure():
    sentence = "①造血干细胞捐献：27例（其中“00后”捐献者8人）"
    assert extract(analyse("上半年造血干细胞捐了几例"), sentence).text.startswith("27")


def test_a_ratio_asked_in_english_is_a_share():
    sentence = ("公司利润分配预案为：每10股派发现金红利1.80元（含税），合计派发现金红利6,300万元，"
                "占归属于上市公司股东净利润的42.30%。")
    bridge = Bridge.build({"红利": 2.0, "分配": 1.0}, to_english={"红利": [("dividend", 1.0)]})
    assert extract(analyse("dividend payout ratio for FY2024?", bridge), sentence).text == "42.30%"


def test_a_ratio_written_as_two_figures_wins_over_a_percentage():
    sentence = "At the Lakeside depot the driver to vehicle ratio is 3 to 2, and 25% of drivers work nights."
    assert extract(analyse("what is the driver to vehicle ratio"), sentence).text == "3 to 2"
    assert extract(analyse("what proportion of drivers work nights"), sentence).text == "25%"
