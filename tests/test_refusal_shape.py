"""A question that asks for a phone number, an e-mail address, money or a date, answered with none (the gate
``shape``). Made-up questions over made-up sentences in the documents' style (none of the question sets' words)."""
from __future__ import annotations

from reportbot.index.answering.refusal import answers
from reportbot.index.answering.shape import asked_shape, shape_agrees
from reportbot.index.answering.signals import Signals
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse


def _shape(question: str, answer: str, sentence: str = "", source: str = "slot") -> float:
    at = max(sentence.find(answer), 0)
    return shape_agrees(analyse(question), Span(answer, at, at + len(answer), source), sentence)


def test_the_asked_kind_is_read_from_the_question():
    assert asked_shape(analyse("西湖书屋值班室电话号码多少")) == "phone"
    assert asked_shape(analyse("whats the emial for the reading room")) == "email"
    assert asked_shape(analyse("书法班一期得交几多钱")) == "money"
    assert asked_shape(analyse("how much does the reading course cost")) == "money"
    assert asked_shape(analyse("书展是哪天办的")) == "date"
    assert asked_shape(analyse("书屋值班电话是几号")) == "phone"  # 几号 with a phone word asks its number
    assert asked_shape(analyse("借书去几号柜台")) is None  # 几号 before a noun: a numbered thing, not a day
    assert asked_shape(analyse("how many days until an email is answered")) is None  # a count of days
    assert asked_shape(analyse("can I sign up by phone")) is None or _shape("can I sign up by phone", "yes") == 1.0
    assert asked_shape(analyse("what did the funding panel decide")) is None  # funding qualifies the panel


def test_an_answer_without_the_asked_kind_is_contradicted():
    assert _shape("西湖书屋值班室电话号码多少", "请到服务台登记") == 0.0
    assert _shape("西湖书屋值班室电话号码多少", "0571-87654321") == 1.0
    assert _shape("西湖书屋值班室电话号码多少", "拨打12345") == 1.0
    assert _shape("what is the email for the reading room", "the front desk") == 0.0
    assert _shape("what is the email for the reading room", "books@westlake.example.org") == 1.0
    assert _shape("书法班一期得交几多钱", "由街道统一安排") == 0.0
    assert _shape("书法班一期得交几多钱", "30元") == 1.0
    assert _shape("书法班一期得交几多钱", "免费") == 1.0  # nothing to pay is an answer
    assert _shape("书展是哪天办的", "在西湖书屋") == 0.0
    assert _shape("书展是哪天办的", "每月第二个周六") == 1.0
    clause = "推进全民阅读和书香社区建设走深走实取得新成效"
    assert _shape("西湖书屋管理员叫啥", clause) == 0.0  # a clause names no one
    assert _shape("西湖书屋管理员叫啥", "李文华") == 1.0
    assert _shape("name a reading room in the district", clause) == 1.0  # name: a verb, not the noun asked


def test_a_cell_whose_label_names_the_kind_answers():
    row = "西湖书屋 — 联系电话：见服务台公告"
    assert _shape("西湖书屋的值班电话号码", "见服务台公告", row, "cell") == 1.0


def test_the_shipped_model_refuses_a_contradicted_shape():
    good = dict(coverage=0.8, coverage_en=0.0, dense=0.9, alignment=0.8, constraints=1.0, typed=1.0, known=1.0,
                english=0.0, document=1.0)
    assert answers(Signals(**good))
    assert not answers(Signals(**good, shape=0.0))


def test_a_clock_time_asked_wants_a_time_in_digits_or_in_words():
    assert asked_shape(analyse("书法班每晚几点散场")) == "date"  # the same date words typed reads (shape.asks_date)
    assert _shape("书法班每晚几点散场", "上午九点") == 1.0
    assert _shape("书法班每晚几点散场", "9:30") == 1.0
    assert _shape("书法班每晚几点散场", "由街道统一安排") == 0.0


def test_how_many_points_asks_no_clock_time():
    sentence = "年度工作会议提出三点要求：一是强化培训，二是规范管理，三是加强宣传。"
    for question in ("年度工作会议提出了哪几点要求？", "座谈会上代表提出几点建议"):
        assert asked_shape(analyse(question)) is None
    assert _shape("年度工作会议提出了哪几点要求？", "一是强化培训，二是规范管理，三是加强宣传", sentence) == 1.0
    assert asked_shape(analyse("阅览室周六几点开馆")) == "date"  # 开馆 is tagged a noun: the hour still


def test_a_relative_date_answers_a_date():
    assert _shape("书展是哪天办的", "去年春节前后") == 1.0
    assert _shape("书展是哪天办的", "开学前一周") == 1.0
    assert _shape("书展是哪天办的", "同年") == 1.0


def test_nothing_to_pay_answers_a_price():
    assert _shape("书法班一期得交几多钱", "对低保家庭免收") == 1.0
    assert _shape("书法班一期得交几多钱", "不收取任何费用") == 1.0
    assert _shape("书法班一期得交几多钱", "凭证免票") == 1.0


def test_an_amount_of_something_else_asks_no_money():
    assert asked_shape(analyse("what is the amount of water each kit holds")) is None
    assert asked_shape(analyse("what is the amount of funding for the reading room")) == "money"


def test_a_long_name_of_a_body_is_a_name():
    body = "青溪县全民阅读推广与书香社区建设工作指导中心"
    assert _shape("西湖书屋的主管单位叫啥", body) == 1.0
    assert _shape("西湖书屋的主管单位叫啥", "推进全民阅读和书香社区建设工作取得新的成效") == 0.0


def test_a_share_asked_is_answered_by_a_share():
    assert asked_shape(analyse("by what percent did the reading club grow")) == "share"
    assert asked_shape(analyse("书屋借阅量里儿童读物占比多少")) == "share"
    assert asked_shape(analyse("what compression rate should the trainee keep")) is None  # a rate may be a pace
    grew = "书友会新增会员1200名，志愿者近300名，同比均大幅增长"
    assert _shape("by what percent did the reading club grow", grew, grew, "clause") == 0.0
    assert _shape("by what percent did the reading club grow", "12.5%", "会员同比增长12.5%", "figure") == 1.0
    assert _shape("书屋借阅量里儿童读物占比多少", "三成", "儿童读物约占三成", "figure") == 1.0


def test_a_who_question_is_answered_by_someone():
    assert asked_shape(analyse("who runs the reading room's night shift")) == "someone"
    sentence = "书屋夜间值班由西湖街道文化站负责，并为三排书架各添置一台自助借书机"
    assert _shape("who runs the reading room's night shift", "文化站", sentence) == 1.0  # a body
    assert _shape("who donated the self-service machines", "并为三排书架各添置一台", sentence, "subject") == 0.0
    assert _shape("书屋馆长是谁", "何建平", "书屋馆长何建平介绍") == 1.0  # a surname before a given name
    assert _shape("who chairs the reading club", "借阅", "借阅满十次可兑换书签") == 0.0  # a common noun, no one
    assert _shape("who issued the reading notice", "区“两办”", "区“两办”印发通知") == 1.0  # a quoted body
    assert _shape("who chairs the reading club", "Ms. Dana Ruiz", "Ms. Dana Ruiz chairs the club") == 1.0


def test_a_fare_or_an_income_asked_is_money():
    assert asked_shape(analyse("ferry fare to the north pier?")) == "money"
    assert asked_shape(analyse("reading club book fair income 2023")) == "money"
    assert _shape("ferry fare to the north pier?", "Ferry", "Ferry: the shuttle calls at the north pier hourly") == 0.0
    assert _shape("ferry fare to the north pier?", "$4.50", "Ferry: a single fare is $4.50") == 1.0
    assert _shape("how much did the club spend on printing in dollars", "3%", "printing took 3% of costs",
                  "figure") == 0.0


def test_a_deadline_asked_is_a_date():
    assert asked_shape(analyse("what is the deadline to return the loaned books")) == "date"
    sentence = "读者登录“西湖书屋服务平台”在线续借，逾期按日计费"
    assert _shape("what is the deadline to return the loaned books", "“西湖书屋服务平台”", sentence, "quote") == 0.0
    assert _shape("what is the deadline to return the loaned books", "6月30日", "借阅图书须于6月30日前归还") == 1.0


def test_which_body_asked_is_answered_by_a_body():
    assert asked_shape(analyse("西湖书屋的书架是哪家公司做的")) == "someone"
    assert asked_shape(analyse("which firm printed the reading guide")) == "someone"
    sentence = "2024年是公司成立十周年，书架由杭州木艺有限公司承制"
    assert _shape("西湖书屋的书架是哪家公司做的", "2024年是公司", sentence, "which") == 0.0  # only the asked kind
    assert _shape("西湖书屋的书架是哪家公司做的", "杭州木艺有限公司", sentence) == 1.0
    assert _shape("which firm printed the reading guide", "3.2 million yuan", "It cost 3.2 million yuan.") == 0.0
    assert _shape("西湖书屋的书架是哪家公司做的", "“书香一本通”", "书屋上线“书香一本通”", "quote") == 0.0


def test_a_date_a_duration_or_a_quoted_name_is_no_price():
    # a money question found a passage about its thing, but the figures there date it, time it or name it
    assert _shape("reading club 2026 budget", "West Lake Reading Club, March 2026") == 0.0
    assert _shape("reading club 2026 budget", "$12,400") == 1.0
    assert _shape("shuttle bus fare to the book fair?", "20 minutes") == 0.0
    assert _shape("书法班一期得交几多钱", "2025年9月1日") == 0.0
    assert _shape("reading room budget for the “1+1” upgrade?", "推进“1+1”书屋提质工程") == 0.0
    assert _shape("书法班一期得交几多钱", "每期800元，共8周") == 1.0  # money beside a duration is a price
    assert _shape("reading club 2026 budget", "1,200") == 1.0  # a bare figure: the document's amount, its unit unsaid


def test_a_currency_or_a_verb_of_paying_asks_an_amount():
    assert asked_shape(analyse("total dollar cost of the new shelves")) == "money"
    assert asked_shape(analyse("what did the reading club spend on the book fair?")) == "money"
    assert asked_shape(analyse("what did the printer bid for the catalogue")) == "money"
    assert asked_shape(analyse("what do members from other districts pay")) == "money"
    assert asked_shape(analyse("what does the reading card pay for")) is None  # the things it covers
    assert asked_shape(analyse("what did the club spend the grant on")) is None  # the thing bought
    assert _shape("what did the reading club spend on the book fair?", "书香社区", "书香社区读书节") == 0.0
    assert _shape("total dollar cost of the new shelves", "14-16 May") == 0.0
    assert _shape("total dollar cost of the new shelves", "$8,950") == 1.0
