"""A total asked is not answered by a figure its clause marks new, nor what is new by a total
(index/answering/new_or_total.py). Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.new_or_total import marks_new, marks_total, new_or_total_kept
from reportbot.index.answering.spans import Span

LODGE = """青石县护林协会2031年工作简报

一、队伍建设
2031年，协会新增登记护林员418人，林区巡护站新建9座。
""".encode()

HARBOR = """临港区救生驿站年度小结

一、设施配置
全区驿站累计配备救生圈2,960个。
""".encode()


@pytest.fixture(scope="module")
def briefs(library_with):
    return library_with("newtotal", {"qingshi_forest_2031.txt": LODGE, "lingang_stations.txt": HARBOR})


def test_a_total_asked_of_a_figure_marked_new_is_refused(briefs):
    service, _ = briefs
    out = answer_json(service.ask("青石县护林协会总共登记了多少护林员"))
    assert out["abstained"], out["answer"]


def test_what_is_new_asked_of_a_total_is_refused(briefs):
    service, _ = briefs
    out = answer_json(service.ask("临港区驿站今年新配备了多少个救生圈"))
    assert out["abstained"], out["answer"]


def test_the_kind_asked_is_answered(briefs):
    service, _ = briefs
    out = answer_json(service.ask("青石县护林协会新增登记了多少护林员"))
    assert not out["abstained"] and "418" in out["answer"], out["answer"]
    out = answer_json(service.ask("临港区驿站累计配备了多少个救生圈"))
    assert not out["abstained"] and "2,960" in out["answer"], out["answer"]


def test_the_marks_and_the_clause():
    assert marks_total("一共有几座") and marks_total("累计配备") and marks_total("年末总数")
    assert not marks_total("全面推进") and not marks_total("系统共发展")
    assert marks_new("新增登记") and marks_new("新登记") and marks_new("新入库")
    assert not marks_new("新闻发布") and not marks_new("迎接新年")
    sentence = "协会新增登记护林员418人，累计登记护林员2,315人。"
    new = Span("418人", sentence.index("418"), sentence.index("418") + 4, "figure")
    total = Span("2,315人", sentence.index("2,315"), sentence.index("2,315") + 6, "figure")
    assert not new_or_total_kept("一共登记了多少护林员", sentence, new)
    assert new_or_total_kept("一共登记了多少护林员", sentence, total)
    assert not new_or_total_kept("新登记了多少护林员", sentence, total)
    assert new_or_total_kept("登记了多少护林员", sentence, new)  # neither asked
    assert new_or_total_kept("一共新登记了多少护林员", sentence, new)  # both asked
