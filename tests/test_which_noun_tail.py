"""A which-question's slot stops where the sentence writes the end of the noun asked: 哪个抢险队团支部 over
…（东坪）山地救护队团支部获评… is the whole branch, 救护队团支部 ending as 抢险队团支部 does (队团支部), not the
slot cut before that shared ending (…山地救护)."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

SENTENCE = ("各级红十字团组织积极开展志愿服务，年均出动约300次，"
            "市红十字（东坪）山地救护队团支部获评“全省五四红旗团支部”。")


def ask(question: str, sentence: str) -> str:
    span = extract(analyse(question), sentence)
    return span.text if span else ""


def test_the_slot_keeps_the_asked_nouns_ending_as_the_sentence_writes_it():
    assert ask("哪个抢险队团支部得了全省五四红旗团支部称号", SENTENCE) == "市红十字（东坪）山地救护队团支部"


def test_a_slot_ending_with_the_whole_noun_stays_as_it_was():
    sentence = "今年，城西街道团支部获评“全市先进团支部”。"
    assert ask("哪个团支部拿到全市先进团支部称号", sentence) == "城西街道团支部"
