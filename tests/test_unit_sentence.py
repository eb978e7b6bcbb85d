"""A count or a price asked in a unit (多少钱, 几名) whose best sentence gives figures of other units only: the
passage's line that gives a figure in the asked unit answers (a course's sessions and pass rate lead the passage,
its fee is the next line). Made-up community review sentences, none from the question sets."""
from __future__ import annotations

from reportbot.corpus.document import Paragraph
from reportbot.index.answering.evidence import evidence
from reportbot.index.retrieval.hits import Hit, SearchResult
from reportbot.index.retrieval.query import analyse

SESSIONS = "全年举办长者防跌倒课程9班，共有214名长者完成课程，出席率为88%。"
FEE = "课程学费每人港币350元，领取综援者全免。"
VENUE = "课程在北区社区会堂二楼上课。"


def choose(question: str, scores: list[float]) -> tuple[str, str]:
    sentences = (SESSIONS, FEE, VENUE)
    p = Paragraph("d", 1, "".join(sentences), sentences)
    hit = Hit(0, p, 1.0, 1.0, 1.0, 1.0, scores)
    sentence, span = evidence(SearchResult(analyse(question), [hit], 0.5, 0.5), hit, lambda t: 1.0)
    return sentence, span.text


def test_a_price_asked_takes_the_line_with_money_behind_the_best():
    sentence, answer = choose("长者防跌倒课程几钱", [0.73, 0.55, 0.30])
    assert sentence == FEE and "350元" in answer


def test_a_price_asked_in_traditional_takes_the_line_with_money():
    sentence, answer = choose("長者防跌倒課程要幾多錢", [0.73, 0.55, 0.30])
    assert sentence == FEE and "350元" in answer


def test_a_count_in_the_best_lines_unit_keeps_the_best_line():
    # a guard: the best line gives the asked unit (名): it answers
    sentence, answer = choose("长者防跌倒课程有几名长者完成", [0.73, 0.55, 0.30])
    assert sentence == SESSIONS and "214名" in answer
