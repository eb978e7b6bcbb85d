"""index/answer.py: short answers picked out of evidence sentences (pure, no model)."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.units import question_unit
from reportbot.index.retrieval.query import analyse, arabic_numerals

RESCUE = "各红十字救援队党支部充分发挥战斗堡垒作用，年均出动约1500次、5万余人，调派队员紧急出勤超过10万人次，受益群众60万人次。"  # noqa: E501 (CJK text counts double)
MONEY = "募集社会捐赠款物超5亿元，投入使用4.65亿元，惠及困难群众300万人次。"
PEOPLE = "涌现出全国“最美救护员”夏振辉，“最美志愿者”闵华、吴坚强，湖州红十字会工作者吴飞娜，仙居红十字救援队队长方浙等一大批优秀红十字党员。"  # noqa: E501 (CJK text counts double)


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_picks_the_figure_that_belongs_to_the_question_words():
    assert ask("救援队每年平均出动多少次？", RESCUE) == "约1500次"
    assert ask("紧急调派的队员出勤超过了多少人次？", RESCUE).endswith("10万人次")
    assert ask("受益群众有多少人次？", RESCUE) == "60万人次"


def test_keeps_qualifiers_and_units():
    assert ask("募集了多少社会捐赠款物？", MONEY) == "超5亿元"
    assert ask("捐赠款物投入使用了多少？", MONEY) == "4.65亿元"
    assert ask("困难群众受惠了多少人次？", MONEY) == "300万人次"


def test_count_answer_keeps_the_counted_noun_the_question_names():
    assert ask("有多少支救援队建立了党支部？", "推动全省123支救援队建立党支部，实现应建尽建。") == "123支救援队"


def test_names_for_who():
    assert ask("全国“最美救护员”是谁？", PEOPLE) == "夏振辉"
    assert ask("仙居救援队队长是哪位？", PEOPLE) == "方浙"
    assert "闵华" in ask("哪些人被评为“最美志愿者”？", PEOPLE)


def test_places_for_where():
    assert ask("吴飞娜是哪里的红十字会工作者？", PEOPLE) == "湖州"


def test_quoted_names_for_what():
    s = "实施“红十字强基工程”，建成基层组织超2万个。浙江省红十字会将大力实施“红色根脉强基工程”，纵深推进全面从严治党。"
    assert ask("浙江省红十字会接下来将大力实施什么工程？", s) == "“红色根脉强基工程”"


def test_clause_when_nothing_shorter_fits():
    s = "三年来，全市各级志愿服务组织始终牢牢把握志愿服务是公益事业这一基本定位，服务群众、奉献社会。"
    got = ask("志愿服务组织的基本定位指什么？", s)
    assert "公益事业" in got and len(got) <= 60


def test_question_units_and_numerals():
    assert question_unit(analyse("有几个市建成了场所？")) == "市"
    assert question_unit(analyse("how many times were they dispatched")) == "次"
    assert question_unit(analyse("volunteers turned out how many person-times")) == "人次"
    assert question_unit(analyse("how many person times did the clinics serve")) == "人次"
    got = ask("the clinics served how many person times", "各门诊全年出诊约800次，接诊超过3万人次。")
    assert "3万人次" in got
    assert arabic_numerals("一百二十三支救援队") == "123支救援队"
    assert arabic_numerals("一核两翼") == "一核两翼"  # not a count


def test_a_duration_in_minutes_and_seconds_is_one_answer():
    assert ask("平均响应时间缩短至多少？", "示范点平均响应时间缩短至3分40秒，群众满意度提升。") == "3分40秒"


def test_who_wants_the_person_not_the_title_next_to_the_role():
    assert ask("应急救援队队长是谁？", "萧山区红十字应急救援队队长何建平，获评“杭州市优秀共产党员”。") == "何建平"


def test_a_label_with_a_letter_counts_nothing():
    s = "Flats (4B and 17A) are being repainted; the tenants' waiting list now has 38 families."
    assert ask("how many families are on the waiting list", s) == "38 families"
    assert ask("轮候的有多少家", s).startswith("38")  # no word of the question in the sentence: still no label


def test_a_size_is_one_figure():
    s = "Suitcases larger than 55 x 35 cm must go in the hold, which costs $20."
    assert ask("how large can a cabin suitcase be", s) == "55 x 35 cm"


def test_a_multiplier_after_a_figure_is_no_label():
    s = "The spring fun run drew 12K runners along the river, and 40 stalls sold water."
    assert ask("how many runners took part", s).startswith("12K")
