"""A year the question names must scope the answer (index/answering/years_placed.py): a passage that names the year
only in passing (a comparison with the year before) does not give that year's figure, while a year written in the
evidence sentence, the document's title or the passage's opening clause does. Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.spans import Span
from reportbot.index.answering.years_placed import years_placed
from reportbot.index.retrieval.context import Constraint

GUILD = """青禾互助会2031年度账目公示

一、收支概况
2031年，互助会收到会费2,418.6万元，较2030年的2,107.3万元增长14.8%；发放补助1,936.2万元；年底留存备用金5,372.9万元。
""".encode()

DEPOT = """岚山市应急物资站工作简报

一、物资储备
2031年，全市新购折叠担架730副；库存担架合计4,260副。
""".encode()


@pytest.fixture(scope="module")
def reports(library_with):
    return library_with("years", {"qinghe_guild_2031.txt": GUILD, "lanshan_depot.txt": DEPOT})


def test_a_year_named_only_as_the_comparison_is_not_the_answers_year(reports):
    service, _ = reports
    out = answer_json(service.ask("青禾互助会2030年底留存备用金有多少"))
    assert out["abstained"], out["answer"]


def test_the_documents_own_year_and_the_passages_opening_year_answer(reports):
    service, _ = reports
    out = answer_json(service.ask("青禾互助会2031年底留存备用金有多少"))
    assert not out["abstained"] and "5,372.9" in out["answer"], out["answer"]
    out = answer_json(service.ask("岚山市2031年库存担架合计多少副"))
    assert not out["abstained"] and "4,260" in out["answer"], out["answer"]


def test_a_year_scopes_the_answer_from_its_sentence_context_or_opening_clause():
    year = (Constraint("year", ("2030",)),)
    sentence = "年底留存备用金5,372.9万元。"
    span = Span("5,372.9万元", 7, 16, "figure")
    passage = "2031年，互助会收到会费2,418.6万元，较2030年的2,107.3万元增长14.8%；年底留存备用金5,372.9万元。"
    assert not years_placed(year, sentence, span, "青禾互助会2031年度账目公示", passage)
    assert years_placed(year, sentence, span, "青禾互助会2030年度账目公示", passage)
    assert years_placed(year, sentence, span, "工作简报", "2030年，互助会收到会费…；年底留存备用金5,372.9万元。")
    assert years_placed(year, "2030年底留存备用金5,372.9万元。", span, "", passage)
    assert years_placed((), sentence, span, "", passage)  # no year named
    assert years_placed(year, sentence, Span("第2页", 0, 0, "page"), "", passage)


def test_a_republic_of_china_year_must_scope_the_answer_too():
    # 119年 asked of a roll whose sentence and title give another year's figure (a 民國 year, which the search does
    # not read as a year), and answered where the title, the sentence or its numerals write that year
    sentence = "本期结业学员83人。"
    span = Span("83人", sentence.index("83"), sentence.index("83") + 3, "figure")
    asked = "某镇119年结业学员几人"
    assert not years_placed((), sentence, span, "某镇民国120年学员名册", sentence, asked)
    assert years_placed((), sentence, span, "某镇民国119年学员名册", sentence, asked)
    assert years_placed((), sentence, span, "某镇一一九年度学员名册", sentence, asked)
    dated = "2030年本期结业学员83人。"
    assert years_placed((), dated, Span("83人", dated.index("83"), dated.index("83") + 3, "figure"), "", "", asked)
