"""Answers by alignment: the words of the evidence that fill the question word's slot (pure, no model)."""
from __future__ import annotations

from reportbot.index.answering.align import alignment, find_slot, wants_list
from reportbot.index.answering.choose import extract
from reportbot.index.answering.fill import slot_answer
from reportbot.index.retrieval.query import analyse


def slot(question: str, sentence: str) -> str:
    found = slot_answer(analyse(question).text, sentence)
    return sentence[found[0]:found[1]] if found else ""


def test_the_words_between_the_question_words_neighbours():
    assert slot("根据谁的部署开展了演练", "今年5月，根据省应急管理厅部署开展全省演练。") == "省应急管理厅"
    assert slot("按谁的要求驰援灾区", "按国家应急总部要求驰援灾区，派出救援队。") == "国家应急总部"


def test_who_accepts_a_role_or_a_body():
    s = "每年召开全系统工作会议，上级协会调研、指导下级协会的工作。"
    assert slot("谁负责调研指导下级协会的工作", s) == "上级协会"


def test_one_character_head_noun_is_part_of_the_answer():
    assert slot("李明是哪个县救援队的队长", "安吉县红十字救援队队长李明带队出发。") == "安吉县"


def test_a_quoted_name_in_the_slot_or_holding_the_neighbour():
    assert slot("推行的是什么机制", "全面推行“首问负责”机制，提升服务质量。") == "“首问负责”"
    assert slot("那个活动叫三进啥来着", "开展“三进三帮”活动，组建宣讲团。") == "“三进三帮”"
    # X叫什么: the name stands right before X
    assert slot("服务品牌叫什么名字", "着力打造“暖心驿站”服务品牌，惠及群众。") == "“暖心驿站”"


def test_traditional_question_and_corner_quotes():
    assert "“安心工程”" in extract(analyse("大力實施「什麼」工程？"), "今后将大力实施“安心工程”，推进改革。").text
    assert slot("要守好什麼「根基」", "牢记使命，守好“绿色根基”，推动发展。") == "“绿色根基”"


def test_lists_are_answers():
    s = "采用专题授课、参观基地、观看电影、网上展览等多种学习形式，确保学习入脑入心。"
    got = slot("集体学习有哪些学习形式", s)
    assert "专题授课" in got and "网上展览" in got and "等" not in got
    assert wants_list("哪几类活动", "zh") and wants_list("which activities were held? list them", "en")
    assert not wants_list("多少支救援队", "zh")


def test_no_slot_when_nothing_aligns():
    assert find_slot("今天天气怎么样", "全省建成救护站1000余个。") is None
    assert alignment("救护站有多少个", "全省建成救护站1000余个。") > alignment("天气怎么样", "全省建成救护站1000余个。")


def test_across_a_clause_the_stronger_neighbour_keeps_its_clause():
    s = "按省应急厅要求支援安庆抗洪，杭州市红十字搜救队荣获“抗洪先锋”称号。"
    assert extract(analyse("按应急厅要求支援了哪个市"), s).text == "安庆"
    # a relative clause describes the asked thing: the team is named in its own clause
    assert "杭州市红十字搜救队" in extract(analyse("支援安庆的是哪个队"), s).text


def test_the_item_the_slot_opens_not_the_next_quoted_name():
    s = "引导党员争做“两个先行”忠实践行者、“三个表率”示范带头人。"
    assert slot("党员要争做两个先行的啥", s) == "忠实践行者"


def test_the_name_asked_by_jiao_sha_ming_is_the_quoted_name():
    s = "上线“湖城通”应急服务小程序，实现报名、查询等功能。"
    assert extract(analyse("上线的应急服务小程序叫啥名"), s).text == "“湖城通”"
