"""A question's word the index never saw as a word of its own (女 inside 女性, cc inside 250cc) still marks where the
answer stands: it weighs as the question's typical word, not nothing (made-up sentences)."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.terms import term_positions
from reportbot.index.retrieval.query import analyse

# the index's idf: the words it cut; 女 and cc never stood alone in it (0.0, as BM25.idf gives an unseen term)
IDF = {"体重": 4.0, "公斤": 5.0, "保温杯": 6.0, "捐": 0.0, "女": 0.0, "cc": 0.0, "一个": 1.0, "干细胞": 5.0,
       "造血": 5.0}


def _idf(question: str) -> dict[str, float]:
    return {t: IDF.get(t, 3.0) for t in analyse(question).terms}


def test_an_unseen_word_of_the_question_still_weighs_where_the_sentence_says_it():
    q = analyse("女的体重要多少公斤以上")
    s = "体重男性不低于60公斤、女性不低于48公斤；"
    weights = {s[a:b]: w for a, b, w in term_positions(q, s, _idf(q.text))}
    assert weights["女"] > 0


def test_the_figure_beside_an_unseen_word_answers():
    q = "女的体重要多少公斤以上"
    assert extract(analyse(q), "体重男性不低于60公斤、女性不低于48公斤；", _idf(q)).text == "48公斤"
    q = "要捐幾多cc先送保溫杯"
    s = "3月2日在市民广场举办献血活动，捐血350cc以上赠送保温杯一个。"
    assert extract(analyse(q), s, _idf(q)).text == "350cc"
