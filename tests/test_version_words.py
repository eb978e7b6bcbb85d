"""A question asks for a version only with a word that means one (第几版, 新版, 版本), read by jieba's words and
CC-CEDICT's glosses: 头版 (front page), 版块 (section), 翻版 (a copy) ask none. Made-up sentences."""
from __future__ import annotations

import pytest
from reportbot.index.answering.choose import extract
from reportbot.index.answering.versions import asks_version
from reportbot.index.retrieval.query import analyse

SENTENCE = "《应急周报》3.0版改版上线，头版开设专栏5个，网站设讨论区8个。"


@pytest.mark.parametrize(("question", "sentence", "count"), [
    ("周报头版一共收录了多少", "周报头版3.0版于5月上线，收录稿件40篇。", "40篇"),
    ("论坛急救版块有多少", "论坛急救版块2.0版改版上线，注册会员1200名。", "1200名")])
def test_a_front_page_or_a_section_asks_the_count_not_the_version(question, sentence, count):
    assert extract(analyse(question), sentence).text == count  # before: 3.0 and 2.0, the versions


def test_a_forum_section_or_a_copy_asks_no_version():
    assert not asks_version("网站的讨论版块总共几个")
    assert not asks_version("这份材料被翻版了几次")
    assert not asks_version("出版时收录了多少") and not asks_version("版权归谁所有")


@pytest.mark.parametrize("question", ["周报现在是第几版", "周报新版收录几篇", "周报的版本号是多少",
                                      "what version does the weekly run"])
def test_an_edition_or_a_version_asked_is_one(question):
    assert asks_version(question)
    if not question.isascii():
        assert extract(analyse(question), SENTENCE).text.startswith("3.0")


def test_a_word_the_dictionary_lacks_is_read_by_its_part_holding_the_edition():
    assert asks_version("周报的电子版有几页") and asks_version("中文版收录多少项")
