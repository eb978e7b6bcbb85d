"""Follow-up questions completed from the one before, and short answers rendered in English."""
from __future__ import annotations

import pytest
from reportbot.index.answering.english import english_answer
from reportbot.index.answering.followup import FollowUpRules, RecentQuestions, resolve
from reportbot.index.retrieval.query import analyse


@pytest.mark.parametrize("prev, follow, want", [
    ("成人会员有多少名？", "那注册志愿者呢？", "注册志愿者有多少？"),
    # a measure word belongs to the noun it counts: it goes with the old noun, before or after it
    ("救援队有多少支？", "那党支部呢？", "党支部有多少？"),
    ("救援队有几支", "那党支部呢？", "党支部有几个"),  # 几 wants one: the general 个
    # a word that measures is what is asked, and stays with the question: days, a date, money
    ("培训班持续几天？", "那急救课程呢？", "急救课程几天？"),
    ("会费要交多少钱？", "那学生呢？", "学生多少钱？"),
    ("有多少支救援队建立了党支部？", "其中党支部有几个", "救援队中党支部有几个"),
    ("有多少支救援队建立了党支部？", "那志愿者呢？", "有多少志愿者建立了党支部？"),
    ("2022年募集了多少社会捐赠款物？", "2023年呢？", "2023年募集了多少社会捐赠款物？"),
    ("how many rescue teams have Party branches", "and in 2023?", "how many rescue teams have Party branches in 2023?"),
    ("how many rescue teams have Party branches", "what about volunteers?", "how many volunteers have Party branches"),
    ("how many rescue teams have Party branches", "how many of them were set up in 2023?",
     "how many rescue teams were set up in 2023?"),
])
def test_a_follow_up_carries_over_the_previous_question(prev, follow, want):
    assert resolve(analyse(prev), analyse(follow)) == want


@pytest.mark.parametrize("follow", ["募集了多少社会捐赠款物？", "这篇综述的作者是谁？", "同意", "谢谢",
                                    "how many volunteers are registered in Zhejiang"])
def test_a_question_that_stands_alone_is_left_alone(follow):
    assert resolve(analyse("有多少支救援队建立了党支部？"), analyse(follow)) is None


def test_recent_questions_forget_a_private_chat_after_the_window():
    now = [0.0]
    recent = RecentQuestions(FollowUpRules(private_window=300, remembered=2), clock=lambda: now[0])
    recent.remember(5, 900, "成人会员有多少名？")
    assert recent.answered_by(5, 900) == "成人会员有多少名？" and recent.last(5) == "成人会员有多少名？"
    now[0] = 301
    assert recent.last(5) is None and recent.answered_by(5, 900) == "成人会员有多少名？"
    recent.remember(6, 901, "a")
    recent.remember(7, 902, "b")
    assert recent.answered_by(5, 900) is None  # bounded: the oldest goes first


@pytest.mark.parametrize("answer, want", [
    ("超5亿元", "over 500 million yuan (超5亿元)"),
    ("123支救援队", "123 rescue teams (123支救援队)"),
    ("68.05万名", "680,500 (68.05万名)"),
    ("1000余人", "over 1,000 people (1000余人)"),
    ("约1500次", "about 1,500 times (约1500次)"),
    ("1个党支部", "1 party branch (1个党支部)"),
    ("12.5%", "12.5%"),
    ("仙居县", "Xianju county (仙居县)"),
    ("17枚", "17 (17枚)"),  # a measure word alone is not glossed by its other senses ("tree trunks")
    ("89个县", "89 counties (89个县)"),
    ("4.2万人次", "42,000 person-times (4.2万人次)"),  # the measure word's English from CC-CEDICT
    ("1人次", "1 person-time (1人次)"),
    # every measure word of more than one character a figure is read with takes CC-CEDICT's first sense
    ("400毫升全血", "400 milliliters 全血 (400毫升全血)"),  # the unit glossed though its noun has none
    ("30公斤大米", "30 kilograms rice (30公斤大米)"),
    ("8课时", "8 classes (8课时)"),  # a sense ending in ss is no plural
    ("16周岁", "16 years old (16周岁)"),  # an age, as 岁
])
def test_figures_and_words_in_english(answer, want):
    assert english_answer(answer, "en") == want


def test_chinese_stays_where_there_is_no_gloss_and_for_chinese_askers():
    assert english_answer("7个款物", "en") == "7 款物 (7个款物)"  # the counted noun has no gloss
    assert english_answer("张亚东", "en", "author") == "张亚东"  # a name jieba does not tag stays as written
    assert english_answer("在全国率先实施红十字救援队赋能计划", "en") == "在全国率先实施红十字救援队赋能计划"
    assert english_answer("123支救援队", "zh") == ""
    assert english_answer("", "en") == ""


@pytest.mark.parametrize("answer, want", [
    ("4.65亿元", "465 million yuan (4.65亿元)"),      # 亿 read as millions
    ("12亿元", "1.2 billion yuan (12亿元)"),
    ("1.5万亿元", "1.5 trillion yuan (1.5万亿元)"),
    ("1234.5万元", "12,345,000 yuan (1234.5万元)"),  # no round million: every digit, grouped
    ("2.50吨", "2.5 tonnes (2.50吨)"),               # no trailing zero
])
def test_numbers_read_as_english_readers_write_them(answer, want):
    assert english_answer(answer, "en") == want


@pytest.mark.parametrize("answer, want", [
    ("陈晓东", "Chen Xiaodong (陈晓东)"),           # family name first, the given name one word
    ("市长王建国", "mayor Wang Jianguo (市长王建国)"),  # a role before the name is glossed
])
def test_a_persons_name_is_given_in_pinyin(answer, want):
    assert english_answer(answer, "en", "who") == want
    assert english_answer(answer, "zh", "who") == ""
