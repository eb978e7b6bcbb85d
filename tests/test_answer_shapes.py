"""Short answers shaped by what the question asks and how the sentence writes it: a phone number written without a
dash, the items of a list (哪几个), one test of a yes-or-no question, a field of a line of fields, an address whole, a
share, a range, a year's column named by a contraction, money, the figure of the clause a subjectless clause
continues. Made-up sentences in the documents' styles, none from the question sets."""
from __future__ import annotations

import pytest
from reportbot.index.answering.asked import asks_yes_no
from reportbot.index.answering.choose import extract
from reportbot.index.answering.faq import asks_whether
from reportbot.index.answering.lists import enumeration
from reportbot.index.answering.phones import extract_phone, phone_numbers
from reportbot.index.answering.structure import labelled_value
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_a_phone_number_without_a_dash_is_told_from_a_figure_by_the_words_around_it():
    s = "答：请拨打1999市民当家热线，外地请拨02-2720-8889。"
    assert [p.text for p in phone_numbers(s)] == ["1999", "02-2720-8889"]
    assert [p.text for p in phone_numbers("值班电话：87654321，全天有人接听。")] == ["87654321"]
    assert phone_numbers("协会成立于1999年，共有会员1999名。") == []  # a year and a count are no phone numbers
    hotline = s.index("热线")
    assert extract_phone(s, [(hotline, hotline + 2, 1.0)]).text == "1999"  # the number by the question's words
    assert ask("市民当家热线电话是多少", s) == "1999"


def test_a_phone_number_with_a_five_digit_area_code_is_given_whole():
    # a British number (01632 960101): not its last digits (1632 960101), not its area code alone (01632)
    question = "What is the phone number for room bookings at the hall?"
    for s in ("Tel: 01632 960101", "Room bookings can be made on 01632 960101.", "Call +44 1632 960101 to book."):
        assert ask(question, s) in ("01632 960101", "+44 1632 960101")
    assert [p.text for p in phone_numbers("Bookings: 01632 960101, or 0571-86451230 in Hangzhou.")] == [
        "01632 960101", "0571-86451230"]


def test_which_ones_asks_for_the_items_not_their_number():
    assert analyse("灭火器建议放在哪几个地方").kind != "count"
    assert analyse("一共有几个服务站").kind == "count"
    s = "答：按照消防安全要求，家中应配备灭火器，书房、客厅及阳台建议各放一个。"
    assert ask("灭火器建议放在哪几个地方", s) == "书房、客厅及阳台"
    s = "在疫情防控第一线、在抗洪抢险主阵地、在社区服务最前沿，到处活跃着志愿者热心服务、甘于奉献的身影。"
    span = enumeration(s, [], frozenset({s.index("阵地")}))
    assert span is not None and span.text.startswith("疫情防控第一线") and "社区服务最前沿" in span.text


def test_one_test_tells_a_yes_or_no_question():
    for text in ("老人能报名课程不", "讲座能带小孩吗会场有座位没", "地震的时候可不可以搭电梯", "Can I park there?"):
        assert asks_yes_no(text) and asks_whether(analyse(text))
    for text in ("培训日期是什么", "被蛇咬了怎么处理", "这个工程叫什么名称", "Can you tell me what the fee is?"):
        assert not asks_yes_no(text) and not asks_whether(analyse(text))  # 么 of 什么 / 怎么 asks no yes or no


def test_a_line_of_fields_answers_with_the_field_the_question_names():
    assert ask("服务队会长是哪位", "发布日期：2025年3月1日 | 会长：陈立新") == "陈立新"
    s = "服务中心联系人：周老师，联系电话：0571-8800 1234，办公地点：综合楼A区302室"
    assert ask("服务中心在哪个办公室", s) == "综合楼A区302室"
    assert ask("值班主任是谁", "值班主任：李文华。") == "李文华"
    # one field whose value is a sentence of its own is no name
    assert ask("评估组有谁", "评估组：由三名专家组成，负责现场核查和资料审阅，并出具书面意见。") != "由三名专家组成"


def test_an_address_keeps_its_street_and_number():
    s = "答：各分队都开设免费课程，展馆地址为杭州市西湖区文三路90号。"
    assert ask("展馆地址在哪", s) == "杭州市西湖区文三路90号"


def test_a_share_a_range_and_money_are_answered_in_their_measure():
    s = "An excess of RMB 200 applies to each claim, and 85% of the remaining eligible cost is reimbursed."
    assert ask("住院费用报销比例是多少", s) == "85%"
    assert ask("体检前要空腹多久", "体检前须空腹8至10小时。") == "8至10小时"
    assert ask("一等奖学金奖多少钱", "一等奖学金每学年评选不超过20人，奖励5000元并颁发证书。") == "5000元"
    assert extract(analyse("训练模型租一天多少钱"), "每10名学员至少配备模拟人1具、训练机1台。").source != "figure"


def test_a_year_column_is_found_by_a_contraction_of_the_row():
    row = "营业收入 — 2023年：120,500；2022年：98,300；本年比上年增减：22.58%"
    assert ask("2022年营收多少", row) == "98,300"
    assert labelled_value(analyse("2022年员工有多少人"), row, []) is None  # the question names another row


def test_a_clause_with_no_subject_gives_the_figure_of_the_clause_before_it():
    s = "全年实现营业收入8,650万元，同比增长6.15%；实现净利润1,320万元，同比增长12.40%。"
    assert ask("净利润同比涨了多少", s) == "12.40%"


@pytest.mark.parametrize("question", ["what's the mentoring scheme called", "what is the name of the mentoring scheme"])
def test_a_name_in_straight_quotes_answers_what_a_thing_is_called(question):
    s = 'Turnover fell from 9.2% to 7.4% after the launch of a mentoring scheme called "Buddy Up".'
    assert "Buddy Up" in ask(question, s)


def test_a_name_cut_inside_its_quote_is_given_whole():
    from reportbot.index.answering.bounds import whole_quote as _whole_quote
    from reportbot.index.answering.spans import Span

    s = "答：地下车库B1层设有40个充电车位，由第三方“速充能源”运营。"
    at = s.index("速充")
    assert _whole_quote(Span("速充", at, at + 2, "name"), s).text == "速充能源"


def test_a_labelled_line_that_the_question_names_holds_the_answer():
    from reportbot.index.answering.sentence_share import label_share

    q = analyse("专科门诊看一次几钱")
    assert label_share(q, "专科门诊：每次诊金港币200元。") > label_share(q, "长者评估：每年一次，港币90元。")
    assert label_share(q, "答：每次诊金港币200元。") == 0.0  # a FAQ's 答 labels no subject


def test_a_condition_clause_is_answered_with_what_follows_it():
    s = "暴雨红色预警生效期间，服务站暂停开放，预警解除后一小时内恢复服务。"
    assert "暂停开放" in ask("暴雨红色预警还开不开", s)
    s = "每位会员每年初始积分为10分，扣满10分的，取消其下一年度报名资格。"
    assert "取消其下一年度报名资格" in ask("扣满10分会咋样", s)


def test_words_that_only_contain_a_phone_word_call_no_number_a_phone():
    for sentence in ("During 2023, the clinic opened.", "The hotel has 305 rooms.", "offering 150 beds to patients"):
        assert phone_numbers(sentence) == []


@pytest.mark.parametrize("sentence,amount", [("年费为港币300。", "300"), ("挂号费每次50块。", "50"),
                                             ("会费300港元。", "300"), ("每份人民币50。", "50")])
def test_a_price_in_any_currency_word_is_a_price(sentence, amount):
    assert amount in extract(analyse("要交多少钱"), sentence).text
    assert len(extract(analyse("要交多少钱"), sentence).text) <= len(amount) + 3


def test_of_phone_numbers_in_parts_the_one_in_the_part_that_holds_the_questions_words():
    s = "答：报名问题请洽教务处，电话0571-8800 1201；缴费及退费问题请洽财务处，电话0571-8800 1202。"
    paid, refund = s.index("缴费"), s.index("退费")
    terms = [(paid, paid + 2, 1.0), (refund, refund + 2, 1.0)]
    assert extract_phone(s, terms).text.endswith("1202")  # not the number just before the words, in another part
