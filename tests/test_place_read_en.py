"""The place an English question names, read where it writes it (index/retrieval/context.py ``_names_in``): a
place's name inside a longer place's name is the longer place (New Taipei is 新北, whose passages never write 台北);
a place's English name that is a common word (song, 嵩县's) names no place in a Chinese phrase spelled out; and an
English question quoting a Chinese phrase is still read as English (its "cities" is no place's gloss). Made-up
documents and wording."""
from __future__ import annotations

import pytest
from reportbot.index.retrieval.context import question_constraints

XINBEI = """# 新北市红十字会2031年防灾演练纪要

新北市分会全年办理社区防灾演练58场，动员志工1,260人次。
""".encode()

TAIBEI = """# 台北市红十字会2031年防灾演练纪要

台北市分会全年办理社区防灾演练41场，动员志工930人次。
""".encode()

LUOYANG = """# 洛阳市红十字会2031年工作要点

嵩县新建博爱家园6个，覆盖山区乡镇。

启动“爱心送暖”行动，计划走访独居老人3,200户。
""".encode()

NINGBO = """# 宁波市红十字志愿者常见问题解答

## 纪念场所在哪里？

宁波市遗体捐献者纪念园位于鄞州区，已建成纪念场所3处。
""".encode()


@pytest.fixture(scope="module")
def library(library_with):
    service, _ = library_with("place-read-en", {"xinbei_drills_2031.md": XINBEI, "taibei_drills_2031.md": TAIBEI,
                                                "luoyang_plan_2031.md": LUOYANG, "ningbo_memorial_faq.md": NINGBO})
    return service


def places(service, question: str) -> list[str]:
    return [c.forms[0] for c in service.engine.searcher.search(question, 3).constraints if c.kind == "place"]


def test_a_place_inside_a_longer_place_name_is_the_longer_place(library):
    assert places(library, "new taipei chapter: disaster drills held in 2031") == ["新北"]
    assert places(library, "taipei chapter: disaster drills held in 2031") == ["台北"]


def test_the_longer_places_passage_agrees_and_comes_first(library):
    first = library.engine.searcher.search("new taipei chapter: how many disaster drills in 2031", 3).hits[0]
    assert "新北" in first.paragraph.text and first.constraints_ok


def test_a_common_word_spelling_a_chinese_phrase_is_no_place():
    # the bridge's groups for "luoyang" and "song" (嵩县, "Song county"): the question spells 爱心送暖 out
    groups = ({"洛阳": 1.0}, {"嵩县": 1.0})
    got = question_constraints("luoyang aixin song nuan drive: how many elderly homes to visit", groups,
                               frozenset({"洛阳", "嵩县"}))
    assert [c.forms[0] for c in got] == ["洛阳"]
    assert [c.forms[0] for c in question_constraints("嵩县新建了几个博爱家园", ({"嵩县": 1.0},),
                                                     frozenset({"嵩县"}))] == ["嵩县"]


def test_an_english_question_quoting_chinese_is_read_as_english(library):
    assert places(library, "which cities in zhejiang opened a 纪念园 for donors") == ["浙江"]
    assert places(library, "does 宁波 have a memorial garden") == ["宁波"]
