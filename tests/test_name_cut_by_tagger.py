"""A person's name the word tagger cuts: a given name's last character left as a lone noun before a verb (陈美 珊
捐赠), a surname tagged as another word before the given name (林 海燕). The answer is the whole name.

Sentences are made up in the style of the library's reviews and progress notices.
"""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_a_given_name_cut_before_a_verb_is_read_whole():
    s = "救护车「海岸二号」于2024年5月投入使用，由爱心人士陈美珊捐赠。"
    assert ask("救护车是谁捐的", s) == "陈美珊"


def test_a_traditional_given_name_cut_before_a_verb_is_read_whole():
    s = "救护车「海岸二号」于2024年5月投入使用，由爱心人士黄寶珊捐赠。"
    assert ask("救护车是谁捐的", s) == "黄寶珊"


def test_a_surname_tagged_as_a_noun_opens_the_name():
    s = "理事会增补林海燕为副秘书长。"
    assert ask("增补为副秘书长的是谁", s) == "林海燕"


def test_a_lone_verb_after_a_name_is_no_part_of_it():
    # a guard: a name the tagger reads whole keeps its end before a verb of one character
    s = "证书由王明来颁发。"
    assert ask("证书由谁颁发", s) == "王明"
