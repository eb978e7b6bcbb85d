"""A place constraint stands only where the question writes the place (index/retrieval/context.py, issue 13): an
English question's common word whose gloss the bridge reads as a place (city, in 宁波's "city in Zhejiang") does not
hold the answer to that place, so the question's own place reaches its document. Made-up look-alike documents."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json

NINGBO_FAQ = """# 宁波市红十字志愿者常见问题解答

## 全市建了多少个志愿服务站点？

宁波市已建成城市红十字志愿服务站点42个，覆盖全市10个区县（市）。

## 纪念场所在哪里？

宁波市遗体捐献者纪念园位于鄞州区，每年清明节组织志愿者开展缅怀纪念活动，已建成纪念场所3处。
""".encode()


@pytest.fixture(scope="module")
def library(library_with):
    service, _ = library_with("place-written", {"ningbo_volunteer_faq.md": NINGBO_FAQ})
    return service


def places(service, question: str) -> list[tuple[str, ...]]:
    return [c.forms for c in service.engine.searcher.search(question, 3).constraints if c.kind == "place"]


def test_a_common_words_gloss_is_no_place(library):
    # "cities in zhejiang" is a gloss of 宁波 ("city in Zhejiang"): the place the question writes is Zhejiang
    assert places(library, "how many cities in zhejiang completed a memorial site for body donors") == [
        ("浙江", "zhejiang")]


def test_a_place_the_question_writes_is_still_held(library):
    assert places(library, "how many volunteer stations has Ningbo built") == [("宁波", "ningbo")]
    assert places(library, "宁波建了多少个志愿服务站点") == [("宁波", "ningbo")]


def test_the_report_of_the_province_asked_answers(library):
    got = answer_json(library.ask("how many cities in zhejiang completed a memorial site for body donors"))
    assert not got["abstained"] and "11" in got["answer"]
