"""A count question is answered by the passage that states the measure it asks for (retrieval/measured.py): the
notice's opening paragraph that says how many sessions there are, not its schedule table that numbers them."""
from __future__ import annotations

import numpy as np
import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.measured import asked_measure, asked_pattern, measured_first


def test_the_measure_a_question_asks_for():
    assert asked_measure("培训班一共开几期") == "期"
    assert asked_measure("复训至少要多少学时") == "学时"
    assert asked_measure("报名要交多少") == "元"
    assert asked_measure("参加一次要多少钱") == "元"
    assert asked_measure("一共有几个") is None  # 个 alone names nothing counted
    assert asked_measure("一共多少名额") is None  # 名额 is a noun (quotas), not people counted with 名
    assert asked_measure("哪一年成立的") is None


def test_a_figure_in_the_measure_is_stated_and_an_ordinal_is_not():
    sessions = asked_pattern("培训班一共开几期", "zh")
    assert sessions.search("定于9月至11月举办，共开设3期，每期限额50人")
    assert sessions.search("共开设三期")
    assert not sessions.search("第一期 — 培训日期：9月20日；名额：50人")
    people = asked_pattern("志愿者有多少人", "zh")
    assert people.search("注册志愿者1200人") and not people.search("服务群众3.5万人次")
    assert people.search("注册队员1,360名")  # people are counted with 名 as well as 人
    stations = asked_pattern("how many ambulance stations are there", "en")
    assert stations.search("The service runs 9 ambulance stations across the city.")
    assert not stations.search("The fleet grew to 52 ambulances in 2025.")
    volunteers = asked_pattern("how many volunteers does the club have", "en")
    assert volunteers.search("thanks to 2,300 volunteers") and not volunteers.search("a board of 9 volunteer directors")
    assert asked_pattern("how much did it cost", "en") is None


def choose(fused, docs, texts, stated, margin=0.25):
    return measured_first(range(len(texts)), np.array(fused), docs, texts, stated, margin)


def test_the_passage_that_states_the_measure_goes_first_when_close_behind_in_the_same_document():
    stated = asked_pattern("培训班一共开几期", "zh")
    table = "第一期 — 培训日期：9月20日；名额：50人\n第二期 — 培训日期：10月11日；名额：50人"
    prose = "团委定于9月至11月举办秋季急救培训班，共开设3期，每期限额50人。"
    assert choose([0.9, 0.8, 0.7], ["a", "a", "a"], [table, "联系人：团委李老师", prose], stated) == 2
    assert choose([0.9, 0.6], ["a", "a"], [table, prose], stated) is None  # too far behind
    assert choose([0.9, 0.8], ["a", "b"], [table, prose], stated) is None  # another document's
    assert choose([0.9, 0.8], ["a", "a"], [prose, table], stated) is None  # the best one states it already
    assert choose([0.9, 0.8], ["a", "a"], [table, prose], None) is None


NOTICE = """# 青山学院2025年秋季急救培训班通知

发布单位：青山学院团委　发布时间：2025年9月1日

为提高学生应急救护能力，团委联合青山市急救中心，定于2025年9月至11月举办秋季急救培训班，共开设3期，每期限额50人。现将有关事项通知如下。

## 一、培训安排

| 期次 | 培训日期 | 培训地点 | 名额 |
|---|---|---|---|
| 第一期 | 9月20日 | 图书馆报告厅 | 50人 |
| 第二期 | 10月11日 | 图书馆报告厅 | 50人 |
| 第三期 | 11月8日 | 图书馆报告厅 | 50人 |

## 二、费用说明

学生培训费由团委承担；教职工每人缴纳教材及考核费60元，由所在部门列支。

## 三、联系方式

- 联系人：团委李老师
- 联系电话：0571-12345678
- 办公地点：学生活动中心201室
""".encode()


@pytest.fixture(scope="module")
def notice(library_with):
    return library_with("measured", {"qingshan_notice.md": NOTICE})


def test_a_count_question_is_answered_by_the_paragraph_that_counts(notice):
    service, _ = notice
    out = answer_json(service.ask("青山学院急救培训班开几期"))
    assert "共开设3期" in out["passages"][0]["text"]
    out = answer_json(service.ask("青山学院教职工参加急救培训要交多少钱"))
    assert "60元" in out["passages"][0]["text"]


def test_a_when_question_wants_a_date_in_either_language_and_which_year_wants_a_year():
    when = asked_pattern("表格什么时候前要交上去", "zh", "when")
    assert when.search("各单位于11月3日（星期一）17:00前将汇总表报送") and when.search("held on 9 November")
    assert not when.search("各单位要严格按照分配名额推荐，不得超额。")
    for dated in ("服务站于2019年投入使用", "The hall opened in March 2019.", "义诊每年3月举行", "学校创办于二〇一九年",
                  "Registration closed on 2024-05-14.", "演练在十二月进行"):
        assert when.search(dated), dated
    for undated in ("The committee made several decisions.", "Keep the two lists separate.", "注册志愿者：2000",
                    "活动在一楼大厅举行", "Marine rescue volunteers joined."):
        assert not when.search(undated), undated
    year = asked_pattern("救援队哪一年成立", "zh", "when")
    assert year.search("救援队成立于2016年") and not year.search("救援队共有队员120名")


def test_money_is_stated_by_a_figure_in_yuan_or_a_cell_under_a_header_in_yuan():
    money = asked_pattern("一等奖学金一年几多钱", "zh")
    assert money.search("一等奖学金 — 奖励金额（元/人·年）：6000；名额：20")
    assert money.search("每人每年奖励6000元") and not money.search("一等奖学金 — 名额：20")
    assert asked_measure("公司去年营收多少") is None  # a company's takings are not something paid


def test_paying_asks_money_unless_a_measure_of_things_follows_in_search_and_in_the_answer_alike():
    from reportbot.index.answering.units import question_unit
    from reportbot.index.retrieval.query import analyse

    for asked, measure in (("报名时要交多少", "元"), ("每人交了多少份材料", "份"), ("每队交了多少张报名表", "张")):
        assert asked_measure(asked) == measure, asked
        # the answer's measure: money only when paying is asked (张 of 多少张报名表 is a classifier of goods, asked)
        assert (question_unit(analyse(asked)) == "元") == (measure == "元"), asked


def test_an_english_count_of_a_unit_is_stated_by_a_chinese_figure_in_that_unit():
    # "how many hours" over a Chinese notice: 不少于6学时 states hours; a row of 人次 and 台 does not (made-up text)
    hours = asked_pattern("how many hours minimum for the basic first aid course", "en")
    assert hours.search("（三）保证质量。普及培训不少于6学时，持证培训不少于16学时。")
    assert hours.search("the course lasts 6 hours")
    assert not hours.search("东城区 — 普及培训（人次）：3200；AED新增（台）：30")
    days = asked_pattern("how many working days to apply", "en")
    assert days.search("须在活动结束后5个工作日内报送")
    texts = ["东城区 — 普及培训（人次）：3200；AED新增（台）：30", "活动时间为9月全月。", "普及培训不少于6学时。"]
    assert measured_first(range(3), np.array([0.9, 0.85, 0.8]), ["n", "n", "n"], texts, hours, 0.25) == 2
