"""A year the question names must scope the answer (index/answering/years_placed.py): a passage that names the year
only in passing (a comparison with the year before) does not give that year's figure, while a year written in the
evidence sentence, the document's title or the passage's opening clause does. Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.spans import Span
from reportbot.index.answering.years_placed import years_placed
from reportbot.index.retrieval.context import Constraint

FUND = """青禾慈善基金会2031年度财务报告

一、总体情况
2031年，基金会全年总收入2,418.6万元，较2030年的2,107.3万元增长14.8%；总支出1,936.2万元；年末净资产5,372.9万元。
""".encode()

STATION = """岚山市红十字会工作简报

一、设备配置
2031年，全市新增配置AED 730台；累计配置达4,260台。
""".encode()


@pytest.fixture(scope="module")
def reports(library_with):
    return library_with("years", {"qinghe_fund_2031.txt": FUND, "lanshan_brief.txt": STATION})


def test_a_year_named_only_as_the_comparison_is_not_the_answers_year(reports):
    service, _ = reports
    out = answer_json(service.ask("青禾慈善基金会2030年年末净资产多少"))
    assert out["abstained"], out["answer"]


def test_the_documents_own_year_and_the_passages_opening_year_answer(reports):
    service, ids = reports
    out = answer_json(service.ask("青禾慈善基金会2031年年末净资产多少"))
    assert not out["abstained"] and "5,372.9" in out["answer"]
    out = answer_json(service.ask("岚山市2031年累计配置AED多少台"))
    assert not out["abstained"] and "4,260" in out["answer"], out["answer"]


def test_a_year_scopes_the_answer_from_its_sentence_context_or_opening_clause():
    year = (Constraint("year", ("2030",)),)
    sentence = "年末净资产5,372.9万元。"
    span = Span("5,372.9万元", 5, 14, "figure")
    passage = "2031年，基金会全年总收入2,418.6万元，较2030年的2,107.3万元增长14.8%；年末净资产5,372.9万元。"
    assert not years_placed(year, sentence, span, "青禾慈善基金会2031年度财务报告", passage)
    assert years_placed(year, sentence, span, "青禾慈善基金会2030年度财务报告", passage)
    assert years_placed(year, sentence, span, "工作简报", "2030年，基金会全年总收入…；年末净资产5,372.9万元。")
    assert years_placed(year, "2030年末净资产5,372.9万元。", span, "", passage)
    assert years_placed((), sentence, span, "", passage)  # no year named
    assert years_placed(year, sentence, Span("第2页", 0, 0, "page"), "", passage)


def test_a_republic_of_china_year_must_scope_the_answer_too():
    # 112年 asked of a roster whose sentence and title give another year's figure (a 民國 year, which the search does
    # not read as a year), and answered where the title, the sentence or its numerals write that year
    sentence = "全年结训新进志工57人。"
    span = Span("57人", sentence.index("57"), sentence.index("57") + 3, "figure")
    assert not years_placed((), sentence, span, "某县红十字会民国113年志工统计简报", sentence, "某县112年志工有几人")
    assert years_placed((), sentence, span, "某县红十字会民国112年志工统计简报", sentence, "某县112年志工有几人")
    assert years_placed((), sentence, span, "某县红十字会一一二年度志工统计简报", sentence, "某县112年志工有几人")
    assert years_placed((), "2023年全年结训新进志工57人。", Span("57人", 10, 13, "figure"), "", "",
                        "某县112年志工有几人")
