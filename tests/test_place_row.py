"""A question naming a place over a table passage whose rows are named by places: the row the place names answers,
not a caption or a lead line ranked above it that writes no such place. Made-up FAQ table rows, none from the
question sets."""
from __future__ import annotations

from reportbot.corpus.document import Paragraph
from reportbot.index.answering.evidence import evidence
from reportbot.index.retrieval.context import Constraint
from reportbot.index.retrieval.hits import Hit, SearchResult
from reportbot.index.retrieval.query import analyse

CAPTION = "附：全市献血登记服务点一览"
ROWS = ("芜湖市中心血站 — 地址：镜湖区赭山西路9号；办理时间：工作日8:00—17:00",
        "南陵县中心血站 — 地址：南陵县籍山镇春谷路36号；办理时间：工作日8:30—17:00",
        "繁昌区献血屋 — 地址：繁昌区峨山路112号；办理时间：全天")


def choose(question: str, place: tuple[str, ...]) -> tuple[str, str]:
    sentences = (CAPTION, *ROWS)
    p = Paragraph("d", 1, "\n".join(sentences), sentences)
    hit = Hit(0, p, 1.0, 1.0, 1.0, 1.0, [0.87, 0.08, 0.46, 0.08])
    result = SearchResult(analyse(question), [hit], 0.5, 0.5, (Constraint("place", place),))
    sentence, span = evidence(result, hit, lambda t: 1.0)
    return sentence, span.text


def test_the_row_a_place_names_answers_over_the_caption():
    sentence, answer = choose("南陵县的登记服务点在哪", ("南陵", "nanling"))
    assert sentence == ROWS[1] and "春谷路36号" in answer


def test_a_place_no_row_names_keeps_the_best_line():
    # a guard: a place the rows do not name moves nothing
    sentence, _ = choose("芜湖的登记服务点在哪", ("无为", "wuwei"))
    assert sentence == CAPTION
