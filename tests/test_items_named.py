"""A question that counts the group it asks to list, answered with fewer items (made-up sentences in the documents'
style, none of the question sets' words)."""
from __future__ import annotations

from reportbot.index.answering.items_named import items_named, named_count
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse


def _items(question: str, answer: str, sentence: str) -> float:
    at = sentence.find(answer)
    return items_named(analyse(question), sentence, Span(answer, at, at + len(answer), "slot"))


def test_the_count_of_the_listed_group_is_read_from_the_question():
    assert named_count(analyse("那12个便民服务点都有哪些")) == 12
    assert named_count(analyse("书屋那五位荣誉读者都叫啥")) == 5
    assert named_count(analyse("what are the 6 reading clubs")) == 6
    assert named_count(analyse("书屋一共有几个分馆")) is None  # a count question asks the number
    assert named_count(analyse("how many clubs are on the list of the 6 districts")) is None


def test_a_count_in_chinese_numerals_is_read_whole():
    """二十, 十二, 三十一 before a classifier the question's analysis leaves in numerals (条, 座, 件, 种): the count
    they write, not the 十 in them, nor nothing for the 一 or 二 they hold."""
    assert named_count(analyse("那二十条便民措施都有哪些")) == 20
    assert named_count(analyse("书屋那十二座分馆都叫啥")) == 12
    assert named_count(analyse("那三十一件展品都是什么名字")) == 31
    assert named_count(analyse("这一个书屋的四个分馆都有哪些")) == 4  # one of something counts no group
    sentence = "全区推出二十条便民措施，其中延时借阅、送书上门率先试行"
    assert _items("那二十条便民措施都有哪些", "延时借阅、送书上门、夜间自习", sentence) == 0.0


def test_a_list_shorter_than_the_counted_group_does_not_list_it():
    sentence = "全区12个便民服务点已于年内开放，西湖书屋、北山驿站率先试运行"
    assert _items("那12个便民服务点都有哪些", "西湖书屋、北山驿站", sentence) == 0.0
    counted = "全区5位荣誉读者获评“书香之家”，3个读书会被评为示范读书会"
    assert _items("书屋那五位荣誉读者都叫啥", counted, counted) == 0.0  # the clause that counts them names none


def test_a_list_as_long_as_the_count_answers():
    sentence = "书屋的三项服务是借阅、讲座和展览"
    assert _items("书屋的三项服务是哪三项", "借阅、讲座和展览", sentence) == 1.0
    pair = "年度优秀读者是林晓、陈海两位"
    assert _items("年度优秀读者是哪两位", "林晓", pair) == 1.0  # a pair: too short a count to weigh
