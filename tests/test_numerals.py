"""Figures written in Chinese numerals or with grouping commas are figures: read as one value, checked as one, and
answered as the document writes them (retrieval/numerals.py and its users). Made-up sentences in the style of
regulations (每年不得少于六小时, 保额新台币二百万元)."""
from __future__ import annotations

from reportbot.index.answering.figure_bounds import figure_bound
from reportbot.index.answering.figures_zh import extract_number
from reportbot.index.answering.spans import Span
from reportbot.index.answering.terms import term_positions
from reportbot.index.answering.together import measure_together
from reportbot.index.answering.typed import typed_ok
from reportbot.index.answering.units import MONEY
from reportbot.index.retrieval.measured import asked_measure, asked_pattern
from reportbot.index.retrieval.numerals import figure_value, same_figure, zh_figures, zh_value
from reportbot.index.retrieval.query import analyse, chinese_to_int


def test_a_chinese_numeral_is_read_as_its_value():
    assert [zh_value(s) for s in ("六", "十二", "二十", "一百零五", "两千", "三百万", "一万二", "一千五")] == \
        [6, 12, 20, 105, 2000, 3_000_000, 12_000, 1500]
    assert zh_value("一一四") == 114 and zh_value("二〇二五") == 2025  # digits read one by one (a 民国 year)
    assert zh_value("千百") is None and zh_value("十百") is None and zh_value("统一") is None
    assert chinese_to_int("三十六") == 36  # the question's reading is the same one


def test_a_figure_is_read_as_written_in_any_form():
    assert figure_value("新台币3,200元") == 3200 and figure_value("1.5万人次") == 15_000
    assert figure_value("新台币二百万元") == 2_000_000 and figure_value("六小时") == 6
    assert same_figure("十六岁", "16 years old") and not same_figure("十六岁", "18")


def test_hours_in_chinese_numerals_answer_a_count_of_hours():
    # a regulation's figure in numerals (六小时) is a figure of the asked hours: neither "no figure" nor
    # "another measure", so the answer is not refused
    q = analyse("志工每年最少要上几个小时的在职训练")
    sentence = "志工参加在职训练每年不得少于六小时，未达时数者次年暂停排班。"
    span = extract_number(q, sentence, [(sentence.index("在职训练"), sentence.index("在职训练") + 4, 1.0)])
    assert span is not None and span.text.endswith("六小时")
    signals = measure_together(q, sentence, span, "")
    assert signals["measure"] == 1.0
    assert typed_ok(q, span, sentence=sentence) == 1.0
    # hours answered where the question counts people is still another measure
    people = analyse("在职训练有多少人参加")
    assert measure_together(people, sentence, Span("六小时", 0, 3, "figure"), "")["measure"] == 0.0


def test_the_question_s_own_figure_in_numerals_is_no_answer():
    q = analyse("回顾过去5年的工作有几项")
    assert typed_ok(q, Span("五年", 0, 2, "figure")) == 0.0
    assert typed_ok(q, Span("六项", 0, 2, "figure")) == 1.0


def test_a_fee_asked_is_money_and_is_answered_with_its_currency():
    assert asked_measure("复训费多少") == "元" and asked_measure("报名费用是多少") == "元"
    assert asked_measure("复训要花多少时间") is None  # time spent, not money
    q = analyse("复训费多少")
    sentence = "证书期满前三个月内得申请复训一次，复训费新台币四百元。"
    span = extract_number(q, sentence, [(sentence.index("复训费"), sentence.index("复训费") + 3, 1.0)])
    assert span is not None and span.text == "新台币四百元"


def test_an_amount_in_chinese_numerals_is_money():
    assert MONEY.search("每人保额新台币二百万元") and MONEY.search("补助五十元")
    assert not MONEY.search("推进管理一元化") and not MONEY.search("二元结构")
    pattern = asked_pattern("意外险保额多少钱", "zh")
    assert pattern is not None and pattern.search("每人保额新台币二百万元")
    assert asked_pattern("每年要上几个小时", "zh").search("每年不得少于六小时")


def test_a_figure_the_question_names_in_digits_meets_the_same_figure_in_numerals():
    sentence = "年满十六岁未满十八岁者，应检附法定代理人同意书；每年服务满二百小时者得申请补助。"
    found = term_positions(analyse("十八岁以下的志工要交什么文件"), sentence)
    at = sentence.index("十八")
    assert any(a == at and b == at + 2 for a, b, _ in term_positions(analyse("18岁以下的志工要交什么文件"), sentence))
    assert any(a == at for a, _, _ in found)
    hours = term_positions(analyse("服务满200小时可以申请什么"), sentence)
    assert any(sentence[a:b] == "二百" for a, b, _ in hours)
    assert zh_figures("推进统一管理，解决一些问题") == []  # a numeral inside a word is no figure


def test_the_end_of_a_range_asked_is_answered_by_the_figure_that_states_it():
    sentence = "年满十五岁未满二十岁者，应经监护人书面同意，始得报名。"
    terms = [(sentence.index("监护人"), sentence.index("监护人") + 3, 1.0)]
    assert extract_number(analyse("minimum age to sign up with a guardian's consent"), sentence, terms).text \
        == "十五岁"
    assert figure_bound(sentence, 2, 5) == "lower" and figure_bound(sentence, 7, 10) == "upper"
    assert figure_bound("每人补助三千元", 4, 7) is None


def test_a_magnitude_alone_is_no_figure():
    # 每万人口, （万元）: a word or a table header's unit, no amount and no count of people
    assert not MONEY.search("预算（万元）：64") and not asked_pattern("入库多少人", "zh").search("每万人口献血量")
    assert asked_pattern("入库多少人", "zh").search("入库三千人")
