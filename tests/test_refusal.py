"""Refusals decided on the answer: the shipped logistic model over named signals (pure, no index)."""
from __future__ import annotations

import json
from dataclasses import replace

from reportbot.index.answering.refusal import MODEL_FILE, answers, load
from reportbot.index.answering.signals import (
    FEATURES,
    Signals,
    constraint_words,
    constraints_found,
    groups_held,
    naming_held,
)
from reportbot.index.answering.spans import Span
from reportbot.index.answering.typed import typed_ok
from reportbot.index.answering.units import usual_unit
from reportbot.index.retrieval.query import analyse


def signals(**kw) -> Signals:
    base = dict(coverage=0.8, coverage_en=0.0, dense=0.9, alignment=0.8, constraints=1.0, typed=1.0, known=1.0,
                english=0.0, document=1.0)
    return Signals(**{**base, **kw})


def test_a_well_supported_answer_is_given():
    assert answers(signals())


def test_a_count_whose_evidence_holds_no_figure_is_refused():
    q = analyse("去年驰援灾区一共派了多少名队员")
    clause = Span("按总会要求驰援灾区，救援队荣膺提名奖", 0, 18, "clause")
    assert typed_ok(q, clause) == 0.0
    assert not answers(signals(typed=typed_ok(q, clause)))
    assert typed_ok(q, Span("约1500名", 0, 7, "figure")) == 1.0


def test_a_year_or_place_the_evidence_lacks_is_refused():
    q = analyse("2015年募集了多少捐款")
    assert constraints_found(q, "五年来募集社会捐赠款物超5亿元") == 0.0
    assert not answers(signals(constraints=0.0))
    assert constraints_found(analyse("“一核两翼”指的是什么"), "实施“一核（党建引领）两翼”计划") == 1.0


def test_an_answer_that_repeats_the_question_is_no_answer():
    q = analyse("作者李华是啥职务")
    assert typed_ok(q, Span("李华", 0, 2, "header")) == 0.0


def test_model_file_says_what_it_was_fitted_on():
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert data["fitted_on"] and all("tune" in f["file"] for f in data["fitted_on"])
    assert len(load().weights) == len(FEATURES)


def test_words_that_name_the_document_are_held_by_its_context():
    q = analyse("东湖大学2024年春季培训班第一期的日期是什么")
    row = "第一期：3月16日—17日"
    title = "东湖大学2024年春季红十字救护员培训班通知"
    assert groups_held(q, row, title) > groups_held(q, row) + 0.3


def test_an_english_question_over_english_text_is_aligned_word_by_word():
    q = analyse("Who chairs the new Audit and Risk Committee?")
    assert groups_held(q, "The board established an Audit and Risk Committee, chaired by Priya Raman.") >= 0.8
    assert groups_held(q, "The meeting closed at 8 pm.") == 0.0


def test_a_figure_from_a_document_the_question_does_not_name_is_doubted():
    q = analyse("华瑞康公司2022年员工献血人次是多少")
    names = {"华瑞", "2022"}.__contains__  # the words some documents' titles hold
    assert naming_held(q, "全年无偿献血人数达18.9万人次\n杭州市红十字志愿服务工作2022年度综述", names) == 0.5
    assert naming_held(q, "员工献血1260人次\n华瑞康医疗科技2022年年度报告", names) == 1.0
    assert answers(signals(document=1.0)) and not answers(signals(document=0.0, typed=0.5, alignment=0.4))


def test_a_place_or_a_person_time_is_not_what_was_asked():
    assert typed_ok(analyse("中国红十字会会长是谁"), Span("浙江省", 0, 3, "subject")) == 0.0
    assert typed_ok(analyse("机关一共有多少名党员"), Span("60万人次", 0, 5, "figure")) == 0.5


def test_an_english_name_that_romanises_a_place_no_document_has_constrains():
    q = analyse("How many first-aid stations has the Guangdong Red Cross built?")
    q = replace(q, unmatched=("guangdong",))  # the bridge found no corpus word for it
    assert constraint_words(q) == ["guangdong"]
    assert constraint_words(replace(q, raw="What did the 7th Congress decide?", unmatched=("congress",))) == []


def test_a_count_that_names_no_measure_asks_for_the_one_the_documents_give_its_thing():
    texts = ["全年募集社会捐赠款物1.62亿元，圆满完成任务", "募集社会捐赠款物 — 2023年数值：1.62亿元",
             "五年来募集社会捐赠款物超5亿元"]
    assert usual_unit(["捐赠款物"], texts) == "元"  # the year 2023年 dates the figure, it is not its unit
    q = analyse("2022年全年募集了多少捐赠款物")
    assert typed_ok(q, Span("68.05万名", 0, 7, "figure"), usual="元") == 0.5
    assert typed_ok(q, Span("1.62亿元", 0, 6, "figure"), usual="元") == 1.0
    assert usual_unit(["捐赠款物"], texts[:1]) is None  # one figure is not yet a habit


def test_a_word_names_a_document_by_its_own_forms_not_by_one_of_many_renderings():
    q = analyse("which pilot got rolled out across the province")
    names = {"退出", "华瑞"}.__contains__  # words some documents' titles or headings hold
    rolled = {"不送": 0.17, "发生": 0.17, "实行": 0.17, "暂停": 0.17, "退出": 0.17, "实践": 0.16}
    evidence = "推广鼓楼区“十分钟急救圈”试点经验"
    assert naming_held(replace(q, groups=(rolled,)), evidence, names) == 1.0  # 退出 is one rendering of six
    company = {"华瑞": 1.0, "康": 1.0}  # Huaruikang: a lone character names nothing
    assert naming_held(replace(q, groups=(company, rolled)), evidence, names) == 0.0


def test_a_figure_the_question_gives_is_no_answer_a_chinese_numeral_figure_is_one():
    years = Span("五年", 0, 2, "figure")
    assert typed_ok(analyse("How many years does this report cover?"), years) == 1.0
    assert typed_ok(analyse("how many blood donors did the province have over the 5 years"), years) == 0.0


def test_a_whole_quoted_name_answers_a_name_question_however_weakly_its_slot_was_found():
    name = Span("“十分钟急救圈”", 0, 8, "slot", strength=0.5)
    assert typed_ok(analyse("滨江区那个救护圈项目叫啥"), name) == 1.0
    assert typed_ok(analyse("华瑞康2021年的净利润是什么"), name) == 0.5  # not asked for a name: the slot's strength
